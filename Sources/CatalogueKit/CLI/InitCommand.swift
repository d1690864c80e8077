import Foundation
import CatalogueModel
import CatalogueStorage

extension Command {
    /// `catalogue init DIR --organisation NAME`: an empty, valid catalogue to start from.
    static let initialise = Command(spec: CommandSpec(
        name: "init", summary: "Start a new, empty catalogue in a folder.",
        discussion: "Creates DIR/catalogue.json and the folders departments, employees, tasks and areas. An existing catalogue is never overwritten. With --pipeline, also the pipeline that checks and publishes the catalogue when DIR is pushed to GitHub or GitLab (see 'catalogue pipeline --help').",
        arguments: [.init(name: "DIR", help: "The folder to create the catalogue in.")],
        options: [Value.organisation.spec, Value.pipelineHost.spec, Value.archiveURL.spec])
    ) { call, console in
        let (arguments, context) = (call.arguments, call.context)
        let given = arguments.positionals[0]
        guard !given.isEmpty else {
            return call.usageError(UsageError(.initEmptyFolder), &console)
        }
        guard let organisation = arguments.value(.organisation), !organisation.allSatisfy(\.isWhitespace) else {
            return call.usageError(UsageError(.initMissingOrganisation), &console)
        }
        var pipeline: PipelineHost?
        if let typed = arguments.value(.pipelineHost) {
            guard let host = PipelineHost(rawValue: typed) else {
                return call.usageError(UsageError(.notAChoiceOption(option: "--pipeline", text: typed, choices: PipelineHost.allCases.map(\.rawValue))), &console)
            }
            pipeline = host
        }
        let root = context.resolve(given)
        if let problem = InitError.problem(in: root) {
            return console.fail(.initRefused(problem, folder: given))
        }
        let year = Calendar(identifier: .gregorian).component(.year, from: context.now)
        let settings = Settings(organisation: organisation.trimmingCharacters(in: .whitespaces), edition: "\(year), 1. udgave")
        let settingsText = EntryFile.text(fields: settings.fields, description: nil)
        // Read back as check will read it, so init never writes a catalogue that check refuses.
        var scratch = LoadedCatalogue.empty
        scratch.readSettings(Array(settingsText.utf8))
        let errors = scratch.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else {
            console.report(errors, pathPrefix: given + "/")
            return call.usageError(UsageError(.initRefused(.invalidSettings(count: errors.count), folder: given)), &console)
        }
        // Git does not keep empty folders; the marker keeps the layout in a fresh clone. A change in
        // progress leaves its lock, journal and temporary files here; git should never pick them up.
        // The new folder is the repository's root unless it lies inside a git repository already: then the pipeline
        // goes to that repository's root, where the host reads it, once the catalogue is made.
        let repository = repositoryRoot(above: root.deletingLastPathComponent())
        let files = EntryKind.allCases.map { ($0.folder + "/.gitkeep", "") } + [(".gitignore", gitignore), (settingsFileName, settingsText)]
            + (repository == nil ? pipeline.map { [($0.path, $0.file(catalogue: ".", archiveURL: arguments.value(.archiveURL)))] } ?? [] : [])
        do throws(ApplyError) {
            try FileTransaction.createFolder(root)
            try ChangePlan(changes: files.map { .create(path: $0.0, new: Array($0.1.utf8)) }).apply(to: root)
        } catch {
            return console.fail(.initCannotCreate(folder: given, error))
        }
        console.say(.initCreated(organisation: settings.organisation, folder: given))
        console.say(.initNext(folder: given))
        guard let pipeline else { return ExitStatus.success }
        guard let repository else {
            console.say(.pipelineWritten(path: given + "/" + pipeline.path, host: pipeline.rawValue, variable: arguments.value(.archiveURL) == nil))
            return ExitStatus.success
        }
        return writePipeline(pipeline, catalogue: root, repository: repository, archiveURL: arguments.value(.archiveURL), context, &console)
    }
}

/// What git should leave out of a catalogue folder: the lock a writing command holds while it
/// works, the journal of a change being put in place, and the temporary files of an interrupted run.
let gitignore = """
    # Written by the catalogue tool while it changes the catalogue; never commit them.
    .catalogue.lock
    .catalogue-journal
    .*.catalogue-tmp-*

    """

extension Value {
    static let organisation = Value("--organisation", "NAME", help: "The organisation's name, e.g. \"Fjordby Kommune\".", required: true)
    /// `init --pipeline HOST`.
    static let pipelineHost = Value("--pipeline", "HOST", help: "Also write the pipeline for github or gitlab.")
}

/// Why `init` refuses a folder or the values it was given; nothing is written then.
public enum InitError: Error, Sendable, Hashable {
    /// The folder holds a catalogue already.
    case holdsACatalogue
    /// The folder holds files or folders a catalogue may not (the first few named).
    case holdsOtherFiles([String])
    /// The settings as given would not pass `check` (the problems are shown above).
    case invalidSettings(count: Int)

    /// The stable code of each case.
    public var code: String {
        switch self {
        case .holdsACatalogue: "init-holds-a-catalogue"
        case .holdsOtherFiles: "init-holds-other-files"
        case .invalidSettings: "init-invalid-settings"
        }
    }

    /// Why `init` may not make a catalogue in `root`, or nil when it may: the folder is missing,
    /// empty, or holds only hidden files and empty kind folders.
    static func problem(in root: URL) -> InitError? {
        if FileSystem.kind(root.appendingPathComponent(settingsFileName).path) != .missing { return .holdsACatalogue }
        guard case .success(let names) = FileSystem.list(root.path) else { return nil }
        var others: [String] = []
        for name in names where !name.hasPrefix(".") {
            let folder = root.appendingPathComponent(name).path
            let empty = EntryKind(folder: name) != nil && FileSystem.isDirectory(folder)
                && ((try? FileSystem.list(folder).get()) ?? [name]).allSatisfy { $0.hasPrefix(".") }
            if !empty { others.append(EntryKind(folder: name) != nil && FileSystem.isDirectory(folder) ? name + "/" : name) }
        }
        return others.isEmpty ? nil : .holdsOtherFiles(others)
    }
}
