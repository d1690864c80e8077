import Foundation
import CatalogueModel
import CatalogueStorage

/// The git host a pipeline file is written for.
enum PipelineHost: String, CaseIterable, Sendable {
    case github, gitlab

    /// Where the host reads its pipeline, from the repository's root.
    var path: String {
        switch self {
        case .github: ".github/workflows/catalogue.yml"
        case .gitlab: ".gitlab-ci.yml"
        }
    }

    /// The pipeline for a catalogue at `catalogue` (relative to the repository's root, "." for the root itself):
    /// on every push `catalogue check` with its findings shown by the host; on the default branch the publications
    /// exported, the external version published as the host's static pages, and the internal catalogue (HTML and
    /// PDF) and the switchboard's files kept to download. The tool comes from its release archive, named by
    /// `archiveURL` or else by the CI variable CATALOGUE_ARCHIVE_URL.
    func file(catalogue: String, archiveURL: String?) -> String {
        let header = """
            # The catalogue's pipeline, written by 'catalogue pipeline \(rawValue)' (catalogue \(CLI.version)).
            # Every push: 'catalogue check', its findings shown on the lines they are about.
            # The default branch: the publications exported; the external version published as the site's
            # pages; the internal catalogue (HTML and PDF) and the switchboard's files kept to download.
            # The tool is installed from its release archive (make dist), which CATALOGUE_ARCHIVE_URL names.

            """
        let install = """
            mkdir -p "$HOME/.local/bin" "$HOME/catalogue-tool"
            curl --fail --silent --show-error --location "${CATALOGUE_ARCHIVE_URL:?set CATALOGUE_ARCHIVE_URL to the address of the release archive of catalogue}" | tar -xz -C "$HOME/catalogue-tool" --strip-components=1
            install -m 755 "$HOME/catalogue-tool/catalogue" "$HOME/.local/bin/catalogue"
            """
        // Exported outside the working copy, which may be the catalogue itself (the tool never writes into it), then
        // copied to where the host takes its pages and downloads from.
        let export = """
            catalogue export --catalogue "$CATALOGUE_DIR" --out "OUT"
            catalogue export pdf --catalogue "$CATALOGUE_DIR" --out "OUT" --engine chromium
            mkdir -p SITE
            cp "OUT/external.html" SITE/index.html
            cp "OUT/external.css" SITE/external.css
            """
        switch self {
        case .github:
            let url = archiveURL.map(Self.yamlQuoted) ?? "${{ vars.CATALOGUE_ARCHIVE_URL }}"
            let installStep = Self.indented(install + "\necho \"$HOME/.local/bin\" >> \"$GITHUB_PATH\"", by: 10)
            return header + """
                # On GitHub: set the repository variable CATALOGUE_ARCHIVE_URL (Settings › Secrets and variables ›
                # Actions › Variables), and choose "GitHub Actions" as the source of Pages (Settings › Pages).
                name: Katalog

                on:
                  push:
                  pull_request:
                  workflow_dispatch:

                permissions:
                  contents: read

                env:
                  CATALOGUE_DIR: \(Self.yamlQuoted(catalogue))
                  CATALOGUE_ARCHIVE_URL: \(url)

                jobs:
                  check:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - name: Install catalogue
                        run: |
                \(installStep)
                      - name: Check
                        run: catalogue check --catalogue "$CATALOGUE_DIR" --format github

                  publish:
                    needs: check
                    if: github.event_name != 'pull_request' && github.ref_name == github.event.repository.default_branch
                    runs-on: ubuntu-latest
                    permissions:
                      contents: read
                      pages: write
                      id-token: write
                    environment:
                      name: github-pages
                      url: ${{ steps.deployment.outputs.page_url }}
                    steps:
                      - uses: actions/checkout@v4
                      - name: Install catalogue
                        run: |
                \(installStep)
                      - name: Export
                        run: |
                \(Self.indented(export.replacingOccurrences(of: "SITE", with: "\"$RUNNER_TEMP/site\"").replacingOccurrences(of: "OUT", with: "$RUNNER_TEMP/katalog"), by: 10))
                      - uses: actions/upload-pages-artifact@v3
                        with:
                          path: ${{ runner.temp }}/site
                      - id: deployment
                        uses: actions/deploy-pages@v4
                      - uses: actions/upload-artifact@v4
                        with:
                          name: katalog
                          path: |
                            ${{ runner.temp }}/katalog/internal.html
                            ${{ runner.temp }}/katalog/internal.pdf
                            ${{ runner.temp }}/katalog/switchboard*.csv

                """
        case .gitlab:
            let url = archiveURL.map { "  CATALOGUE_ARCHIVE_URL: \(Self.yamlQuoted($0))\n" } ?? ""
            return header + """
                # On GitLab: set the CI/CD variable CATALOGUE_ARCHIVE_URL (Settings › CI/CD › Variables) unless it is
                # written below; the pages job publishes public/ as the project's GitLab Pages.
                stages:
                  - check
                  - publish

                variables:
                  CATALOGUE_DIR: \(Self.yamlQuoted(catalogue))
                \(url.isEmpty ? "" : url.dropLast() + "\n")
                default:
                  image: debian:bookworm-slim
                  before_script:
                    - apt-get update -qq && apt-get install -y -qq --no-install-recommends ca-certificates curl > /dev/null
                \(Self.listed(install, by: 4))
                    - export PATH="$HOME/.local/bin:$PATH"

                check:
                  stage: check
                  script:
                    # Written outside the working copy first: it may be the catalogue, which holds only its own files.
                    - catalogue check --catalogue "$CATALOGUE_DIR" --format gitlab > "${TMPDIR:-/tmp}/gl-code-quality-report.json" || status=$?
                    - mv "${TMPDIR:-/tmp}/gl-code-quality-report.json" gl-code-quality-report.json
                    - exit ${status:-0}
                  artifacts:
                    when: always
                    reports:
                      codequality: gl-code-quality-report.json

                pages:
                  stage: publish
                  rules:
                    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
                  # Not the check job's report: in a catalogue at the repository's root it would be a file that
                  # does not belong there.
                  dependencies: []
                  script:
                    - apt-get install -y -qq --no-install-recommends chromium fonts-liberation > /dev/null
                \(Self.listed(export.replacingOccurrences(of: "SITE", with: "public").replacingOccurrences(of: "OUT", with: "${TMPDIR:-/tmp}/katalog")
                    + "\nmkdir -p katalog-ud\ncp \"${TMPDIR:-/tmp}/katalog\"/internal.* \"${TMPDIR:-/tmp}/katalog\"/switchboard*.csv katalog-ud/", by: 4))
                  artifacts:
                    name: katalog
                    paths:
                      - public
                      - katalog-ud

                """
        }
    }

    /// A YAML scalar in double quotes (a path or address of any characters).
    static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Lines indented by `spaces`, for a block scalar.
    private static func indented(_ text: String, by spaces: Int) -> String {
        text.split(separator: "\n").map { String(repeating: " ", count: spaces) + $0 }.joined(separator: "\n")
    }

    /// Lines as items of a YAML list indented by `spaces`.
    private static func listed(_ text: String, by spaces: Int) -> String {
        text.split(separator: "\n").map { String(repeating: " ", count: spaces) + "- " + Self.yamlItem(String($0)) }.joined(separator: "\n")
    }

    /// A shell line as a YAML list item: plain when YAML reads it as the same text, else single-quoted.
    private static func yamlItem(_ line: String) -> String {
        let plain = !line.contains(": ") && !line.contains(" #") && !"!&*?|>'\"%@`{[-".contains(line.first ?? " ")
        return plain ? line : "'" + line.replacingOccurrences(of: "'", with: "''") + "'"
    }
}

extension Command {
    /// `catalogue pipeline github|gitlab`: the pipeline file for the repository that holds the catalogue.
    static let pipeline = Command(spec: CommandSpec(
        name: "pipeline", summary: "Write the pipeline that checks and publishes the catalogue on GitHub or GitLab.",
        discussion: """
            Writes .github/workflows/catalogue.yml (github) or .gitlab-ci.yml (gitlab) at the root of the git repository that holds the catalogue (or in the catalogue's folder when it is in none). On every push the pipeline runs 'catalogue check' and shows its findings on the lines they are about; on the default branch it exports the catalogue, publishes the external version as the host's pages and keeps the internal catalogue (HTML and PDF) and the switchboard's files to download. It installs the tool from its release archive (make dist): put the archive where the pipeline can fetch it, and give its address with --archive-url or as the CI variable CATALOGUE_ARCHIVE_URL. An existing pipeline file is never overwritten; --print shows the file instead, to merge by hand.
            """,
        arguments: [.init(name: "HOST", help: "github or gitlab.")],
        options: [Value.archiveURL.spec, Flag.printPipeline.spec, Value.catalogue.spec])
    ) { call, console in
        let (arguments, context) = (call.arguments, call.context)
        let typed = arguments.positionals[0]
        guard let host = PipelineHost(rawValue: typed) else {
            return call.usageError(UsageError(.notAChoiceOption(option: "HOST", text: typed, choices: PipelineHost.allCases.map(\.rawValue))), &console)
        }
        let location: CatalogueLocation
        switch CatalogueLocation.find(arguments, context) {
        case .failure(let error):
            console.printError(console.errorLine(error.message))
            return ExitStatus.failure
        case .success(let found):
            location = found
        }
        let repository = repositoryRoot(above: location.root) ?? location.root
        if arguments.flag(.printPipeline) {
            console.write(host.file(catalogue: relativePath(of: location.root, from: repository), archiveURL: arguments.value(.archiveURL)))
            return ExitStatus.success
        }
        return writePipeline(host, catalogue: location.root, repository: repository, archiveURL: arguments.value(.archiveURL), context, &console)
    }

    /// Writes the pipeline for the catalogue at `catalogue` to the root of `repository`, never over an existing file.
    static func writePipeline(_ host: PipelineHost, catalogue: URL, repository: URL, archiveURL: String?,
                              _ context: RunContext, _ console: inout Console) -> Int32 {
        let text = host.file(catalogue: relativePath(of: catalogue, from: repository), archiveURL: archiveURL)
        let prefix = CatalogueLocation.prefix(for: repository, from: context.workingDirectory)
        if FileManager.default.fileExists(atPath: repository.appendingPathComponent(host.path).path) {
            return console.fail(.pipelineExists(path: prefix + host.path, host: host.rawValue))
        }
        do throws(ApplyError) {
            try ChangePlan(changes: [.create(path: host.path, new: Array(text.utf8))]).apply(to: repository)
        } catch {
            return console.fail(.cannotApply(error, prefix: prefix))
        }
        console.say(.pipelineWritten(path: prefix + host.path, host: host.rawValue, variable: archiveURL == nil))
        return ExitStatus.success
    }

    /// The nearest folder at or above `folder` that is a git repository's root (holds `.git`), or nil.
    static func repositoryRoot(above folder: URL) -> URL? {
        var candidate = folder.standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent(".git").path) { return candidate }
            let parent = candidate.deletingLastPathComponent()
            if parent.path == candidate.path { return nil }
            candidate = parent
        }
    }

    /// `folder` as a path from `root` ("." for the root itself).
    static func relativePath(of folder: URL, from root: URL) -> String {
        let parts = folder.standardizedFileURL.pathComponents, rootParts = root.standardizedFileURL.pathComponents
        guard parts.starts(with: rootParts), parts.count > rootParts.count else { return "." }
        return parts.dropFirst(rootParts.count).joined(separator: "/")
    }
}

extension Value {
    /// `--archive-url URL` for `pipeline`.
    static let archiveURL = Value("--archive-url", "URL", help: "Where the pipeline fetches the tool's release archive (catalogue-VERSION-linux-x86_64.tar.gz); without it, the CI variable CATALOGUE_ARCHIVE_URL.")
}

extension Flag {
    /// `pipeline --print`: the file on standard output, nothing written.
    static let printPipeline = Flag("--print", help: "Print the pipeline file instead of writing it.")
}
