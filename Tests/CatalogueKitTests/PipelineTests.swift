import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage

/// `check --format github|gitlab` and `catalogue pipeline`: the findings where a git host shows them, and the
/// pipeline files. .ci/check-pipelines parses the files as YAML and runs their shell steps.
struct PipelineTests {
    private let diagnostic = Diagnostic.at(SourceLocation(file: "tasks/a,b.md", line: 3, column: 7),
                                           .invalidPhone(key: "phone", value: "72 57"),
                                           notes: [Note(.lookItUp(query: "50% rabat"))])

    @Test func githubAnnotationsCarryFileLineColumnAndCodeWithTheRunnersEscapes() {
        let line = PipelineReport.annotation(diagnostic, pathPrefix: "katalog/", wording: Wording(.english))
        // A comma in a property is %2C; the message's line break (before the note) %0A, its per cent sign %25.
        #expect(line.hasPrefix("::error file=katalog/tasks/a%2Cb.md,line=3,col=7,title=invalid-phone::"))
        #expect(line.contains("%0A") && line.contains("50%25 rabat") && !line.contains("\n"))
        let warning = Diagnostic.at(SourceLocation(file: "employees/aa.json"), .noTasks)
        #expect(PipelineReport.annotation(warning, pathPrefix: "", wording: Wording(.english))
                == "::warning file=employees/aa.json,title=no-tasks::" + Wording(.english).text(Problem.noTasks))
    }

    @Test func gitlabCodeQualityHasEveryFieldAndAFingerprintPerFinding() throws {
        let twice = [diagnostic, diagnostic, Diagnostic.at(SourceLocation(file: "employees/aa.json"), .noTasks)]
        let text = PipelineReport.codeQuality(twice, pathPrefix: "katalog/", wording: Wording(.danish))
        let issues = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(issues.count == 3)
        #expect(issues[0]["check_name"] as? String == "invalid-phone")
        #expect(issues[0]["severity"] as? String == "major")
        #expect(issues[2]["severity"] as? String == "minor")
        let location = try #require(issues[0]["location"] as? [String: Any])
        #expect(location["path"] as? String == "katalog/tasks/a,b.md")
        #expect((location["lines"] as? [String: Any])?["begin"] as? Int == 3)
        // A finding with no line is put at line 1, which GitLab requires.
        #expect(((issues[2]["location"] as? [String: Any])?["lines"] as? [String: Any])?["begin"] as? Int == 1)
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(Set(fingerprints).count == 3 && fingerprints.allSatisfy { $0.count == 32 })
        // The same findings give the same fingerprints in the next pipeline.
        #expect(PipelineReport.codeQuality(twice, pathPrefix: "katalog/", wording: Wording(.danish)) == text)
    }

    @Test func checkFormatOnABrokenCatalogueExitsOneAndLeavesAcceptedWarningsOut() throws {
        let scratch = try ScratchCatalogue(["employees/aa.json": """
            {
              "name": "Anne Andersen",
              "title": "Sagsbehandler",
              "department": "adm",
              "phone": "72 57",
              "deputy": "bb",
              "visibility": "contact"
            }

            """])
        defer { scratch.remove() }
        let github = scratch.run(["check", "--format", "github"])
        #expect(github.status == 1)
        #expect(github.stdout.hasPrefix("::error file=employees/aa.json,line=5,col=12,title=invalid-phone::"))
        let gitlab = scratch.run(["check", "--format", "gitlab"])
        #expect(gitlab.status == 1)
        #expect(gitlab.stdout.contains("\"check_name\": \"invalid-phone\""))
        let wrong = scratch.run(["check", "--format", "xml"])
        #expect(wrong.status == 64)
        #expect(errorCodes(wrong.stderr) == ["not-a-choice-option"])
    }

    @Test func pipelineIsWrittenAtTheRepositorysRootNamingTheCatalogueFolderAndNeverOverwritten() throws {
        let repository = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: repository) }
        try FileManager.default.createDirectory(at: repository.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: defaultCatalogue, to: repository.appendingPathComponent("katalog"))
        let written = run(["pipeline", "github", "--catalogue", "katalog"], in: repository)
        #expect(written.status == 0)
        let file = try String(contentsOf: repository.appendingPathComponent(".github/workflows/catalogue.yml"), encoding: .utf8)
        #expect(file.contains("CATALOGUE_DIR: \"katalog\"\n"))
        #expect(file.contains("CATALOGUE_ARCHIVE_URL: ${{ vars.CATALOGUE_ARCHIVE_URL }}\n"))
        #expect(written.stdout == said(.pipelineWritten(path: ".github/workflows/catalogue.yml", host: "github", variable: true)))
        let again = run(["pipeline", "github", "--catalogue", "katalog"], in: repository)
        #expect(again.status == 1)
        #expect(errorCodes(again.stderr) == ["pipeline-exists"])
        #expect(try String(contentsOf: repository.appendingPathComponent(".github/workflows/catalogue.yml"), encoding: .utf8) == file)
        // From inside the catalogue, the file still goes to the repository's root, and the catalogue is still found.
        let gitlab = run(["pipeline", "gitlab", "--archive-url", "https://x.dk/c.tar.gz"], in: repository.appendingPathComponent("katalog"))
        #expect(gitlab.status == 0)
        let gitlabFile = try String(contentsOf: repository.appendingPathComponent(".gitlab-ci.yml"), encoding: .utf8)
        #expect(gitlabFile.contains("CATALOGUE_DIR: \"katalog\"\n  CATALOGUE_ARCHIVE_URL: \"https://x.dk/c.tar.gz\"\n"))
        // The catalogue folder itself does not change, and a pipeline file beside it is no entry.
        #expect(run(["check", "--catalogue", "katalog"], in: repository).status == 0)
    }

    /// The trial: `init kat --pipeline gitlab` inside a repository wrote kat/.gitlab-ci.yml, which GitLab never
    /// reads. Inside a repository the pipeline goes to its root and names the new folder.
    @Test func initInsideARepositoryWritesThePipelineAtTheRepositorysRoot() throws {
        let repository = FileManager.default.temporaryDirectory.appendingPathComponent("init-pipeline-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: repository) }
        try FileManager.default.createDirectory(at: repository.appendingPathComponent(".git"), withIntermediateDirectories: true)
        let result = run(["init", "kat", "--organisation", "Prøveby Kommune", "--pipeline", "gitlab"], in: repository)
        #expect(result.status == 0)
        #expect(!FileManager.default.fileExists(atPath: repository.appendingPathComponent("kat/.gitlab-ci.yml").path))
        let file = try String(contentsOf: repository.appendingPathComponent(".gitlab-ci.yml"), encoding: .utf8)
        #expect(file.contains("CATALOGUE_DIR: \"kat\"\n"))
        // Outside any repository the new folder is the repository to be: the file goes into it.
        let alone = FileManager.default.temporaryDirectory.appendingPathComponent("init-alone-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: alone) }
        #expect(run(["init", alone.path, "--organisation", "Prøveby Kommune", "--pipeline", "github"], in: repository).status == 0)
        #expect(try String(contentsOf: alone.appendingPathComponent(".github/workflows/catalogue.yml"), encoding: .utf8)
            .contains("CATALOGUE_DIR: \".\"\n"))
    }

    /// The trial: with the catalogue at the repository's root, the export wrote into the catalogue and was refused.
    /// Both pipelines export outside the working copy.
    @Test func thePipelinesExportOutsideTheWorkingCopy() {
        for host in PipelineHost.allCases {
            let file = host.file(catalogue: ".", archiveURL: nil)
            #expect(!file.contains("--out out"), "\(host)")
            #expect(file.contains(host == .github ? "--out \"$RUNNER_TEMP/katalog\"" : "--out \"${TMPDIR:-/tmp}/katalog\""), "\(host)")
        }
    }

    @Test func printShowsTheFileAndWritesNothing() throws {
        let scratch = try ScratchCatalogue([:])
        defer { scratch.remove() }
        let printed = scratch.run(["pipeline", "gitlab", "--print"])
        #expect(printed.status == 0)
        #expect(printed.stdout == PipelineHost.gitlab.file(catalogue: ".", archiveURL: nil))
        #expect(!FileManager.default.fileExists(atPath: scratch.root.appendingPathComponent(".gitlab-ci.yml").path))
        #expect(scratch.run(["pipeline", "bitbucket"]).status == 64)
    }
}
