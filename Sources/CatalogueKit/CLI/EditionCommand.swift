import Foundation
import CatalogueModel
import CatalogueStorage
import CatalogueValidation
import CatalogueExport

extension Command {
    /// `catalogue edition publish|list`: the editions, kept in git as tags.
    static let edition = Command(group: CommandSpec(
        name: "edition", summary: "Publish the catalogue as an edition, list the editions published, or write the mail that sends it.",
        discussion: "Editions are kept in the git repository that holds the catalogue, each as a tag 'edition/<label as an id>'. 'catalogue changes' compares with the latest.",
        arguments: [.init(name: "publish|list|send", help: "What to do.")]),
        subcommands: [editionPublish, editionList, editionSend])

    /// `catalogue edition publish LABEL [--commit]`.
    static let editionPublish = Command(spec: CommandSpec(
        name: "edition publish", summary: "Check the catalogue, set the edition's label, and tag it in git as an edition.",
        discussion: "Refused when the catalogue has errors, lies in no git repository, has changes that are not committed, or when the edition exists already. With --commit the label is set in catalogue.json and every change in the catalogue's folder is committed with the label as the message; then the commit is tagged 'edition/<label as an id>', e.g. edition/2027-1-udgave.",
        arguments: [.init(name: "LABEL", help: "The edition as printed on the cover, e.g. \"2027, 1. udgave\".")],
        options: [Flag.commit.spec, Value.catalogue.spec])
    ) { call, console in
        let label = call.arguments.positionals[0].trimmingCharacters(in: .whitespaces)
        guard !label.isEmpty else { return call.usageError(UsageError(.emptyLabel), &console) }
        guard let (location, loaded) = loadCatalogue(call.arguments, call.context, &console),
              let git = repository(location, &console) else { return ExitStatus.failure }
        let tag = EditionTag.name(for: label)
        if git.commit("refs/tags/" + tag) != nil { return console.fail(.editionTagExists(tag: tag)) }
        let diagnostics = Validator.check(loaded)
        if diagnostics.hasErrors {
            console.report(diagnostics.filter { $0.severity == .error }, pathPrefix: location.displayPrefix)
            return console.fail(.editionRefusedErrors(count: diagnostics.errorCount))
        }
        guard let uncommitted = gitAnswer(git.uncommittedFiles(), "git status", &console) else { return ExitStatus.failure }
        guard call.arguments.flag(.commit) else {
            if !uncommitted.isEmpty { return console.fail(.uncommittedChanges(files: uncommitted)) }
            if loaded.catalogue.settings.edition != label {
                return console.fail(.editionLabelNotCommitted(current: loaded.catalogue.settings.edition, label: label))
            }
            return tagEdition(label, tag, git, &console)
        }
        if loaded.catalogue.settings.edition != label {
            let status = changeCatalogue(call, &console) { edit, _ in
                edit.catalogue.settings.edition = label
                return nil
            }
            guard status == ExitStatus.success else { return status }
        }
        guard let changed = gitAnswer(git.uncommittedFiles(), "git status", &console) else { return ExitStatus.failure }
        if !changed.isEmpty {
            // Only the catalogue's folder is committed, whatever else the repository holds.
            guard gitAnswer(git.run(["add", "-A", "--"] + GitRepository.catalogueFiles), "git add", &console) != nil,
                  gitAnswer(git.run(["commit", "-q", "-m", label, "--"] + GitRepository.catalogueFiles), "git commit", &console) != nil,
                  let head = gitAnswer(git.run(["rev-parse", "--short", "HEAD"]), "git rev-parse", &console) else { return ExitStatus.failure }
            console.say(.editionCommitted(label: label, commit: String(decoding: head, as: UTF8.self).trimmingCharacters(in: .newlines)))
        }
        return tagEdition(label, tag, git, &console)
    }

    /// `catalogue edition list`: the editions published, oldest first.
    static let editionList = Command(spec: CommandSpec(
        name: "edition list", summary: "List the editions published, oldest first, with the day each was published.",
        options: [Value.catalogue.spec])
    ) { call, console in
        let location: CatalogueLocation
        switch CatalogueLocation.find(call.arguments, call.context) {
        case .failure(let error): return console.fail(error.message)
        case .success(let found): location = found
        }
        guard let git = repository(location, &console), let tags = gitAnswer(git.editionTags(), "git for-each-ref", &console) else {
            return ExitStatus.failure
        }
        guard !tags.isEmpty else {
            console.say(.noEditions)
            return ExitStatus.success
        }
        let language = CatalogueReader.load(location.root, threads: 1).catalogue.settings.language
        let strings = Strings.for(language)
        console.write(textTable(tags.map { tag in
            [tag.label, CalendarDay(iso: tag.date).map(strings.date) ?? tag.date, tag.tag]
        }))
        return ExitStatus.success
    }

    /// `catalogue edition send [--out DIR] [--pdf FILE] [--since REF]`: the distribution list and a mail draft.
    static let editionSend = Command(spec: CommandSpec(
        name: "edition send", summary: "Write the edition's distribution list and a mail draft with the PDF attached, to open and send.",
        discussion: "Writes into the output folder (default: out) distribution.txt, every employee's mail address and those of the \"distribution\" setting, each once, one a line; and edition.eml, a mail draft (RFC 5322 with MIME) to every one of them as Bcc, with the internal catalogue's PDF attached, a subject naming the edition, and a short text in the catalogue's language with what changed since the previous edition (when the catalogue is in git and one was published before; --since names another). Print the PDF first with 'catalogue export pdf --out DIR', or name it with --pdf. Open edition.eml in the mail program, check it, and send it.",
        options: [Value.out.spec, Value.pdf.spec, Value.since.spec, Value.catalogue.spec])
    ) { call, console in
        guard let (location, loaded) = loadCatalogue(call.arguments, call.context, &console) else { return ExitStatus.failure }
        reportUnreadable(loaded, location, &console)
        guard let (folder, shown) = outputFolder(call, default: "out", location, &console) else { return ExitStatus.failure }
        let pdfPath = call.arguments.value(.pdf).map(call.context.resolve) ?? folder.appendingPathComponent("internal.pdf")
        guard let pdf = FileManager.default.contents(atPath: pdfPath.path) else {
            return console.fail(.pdfMissing(path: call.arguments.value(.pdf) ?? shown + "/internal.pdf", folder: shown))
        }
        let relations = Relations(loaded.catalogue)
        let recipients = EditionMail.recipients(relations)
        guard !recipients.isEmpty else { return console.fail(.noRecipients) }
        let settings = loaded.catalogue.settings
        // What changed since the previous edition, when git knows one; named with --since, it must be there.
        var news: EditionChanges.Since?
        if let since = call.arguments.value(.since) {
            guard let found = changesSince(since, loaded, location, &console) else { return ExitStatus.failure }
            news = found
        } else if let git = GitRepository.containing(location.root), case .success(let tags) = git.editionTags(),
                  tags.contains(where: { $0.label != settings.edition }) {
            news = changesSince(nil, excluding: settings.edition, loaded, location, &console)
        }
        let draft = EditionMail.draft(settings: settings, recipients: recipients, body: EditionMail.body(settings, changes: news),
                                      pdf: [UInt8](pdf), pdfName: "internal.pdf", date: call.context.now)
        let renderings = [Rendering.text("distribution.txt") { (recipients.map { $0 + "\n" }.joined(), []) },
                          Rendering(names: ["edition.eml"]) { output in
                              output.buffers[0] = draft
                              return []
                          }]
        guard writeOutputs(renderings, into: folder, shownAs: shown, location, call.context, &console) else { return ExitStatus.failure }
        console.say(.draftWritten(recipients: recipients.count, path: shown + "/edition.eml"))
        return ExitStatus.success
    }

    /// Tags HEAD as the edition and says so.
    private static func tagEdition(_ label: String, _ tag: String, _ git: GitRepository, _ console: inout Console) -> Int32 {
        guard gitAnswer(git.run(["tag", "-a", tag, "-m", label]), "git tag", &console) != nil else { return ExitStatus.failure }
        console.say(.editionPublished(label: label, tag: tag))
        return ExitStatus.success
    }

    /// git's answer, or nil after saying which git command failed and why.
    static func gitAnswer<Answer>(_ result: Result<Answer, GitError>, _ command: String, _ console: inout Console) -> Answer? {
        switch result {
        case .success(let answer): return answer
        case .failure(let error):
            _ = console.fail(.gitFailed(command: command, reason: error.reason))
            return nil
        }
    }
}

extension Value {
    static let pdf = Value("--pdf", "FILE", help: "The PDF to attach (default: internal.pdf in the output folder).")
}

extension Flag {
    static let commit = Flag("--commit", help: "Set the label in catalogue.json and commit the catalogue's changes in git before tagging.")
}
