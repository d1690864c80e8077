import Foundation

extension Command {
    /// `catalogue init DIR --organisation NAME`: an empty, valid catalogue to start from.
    static let initialise = Command(spec: CommandSpec(
        name: "init", summary: "Start a new, empty catalogue in a folder.",
        discussion: "Creates DIR/catalogue.json and the folders departments, employees, tasks and areas. An existing catalogue is never overwritten.",
        arguments: [.init(name: "DIR", help: "The folder to create the catalogue in.")],
        options: [Value.organisation.spec])
    ) { call, console in
        let (arguments, context) = (call.arguments, call.context)
        let given = arguments.positionals[0]
        guard !given.isEmpty else {
            return call.usageError("DIR must not be empty: name the folder to create the catalogue in", &console)
        }
        guard let organisation = arguments.value(.organisation), !organisation.allSatisfy(\.isWhitespace) else {
            return call.usageError("missing --organisation NAME: the organisation's name for the cover and the web page", &console)
        }
        let root = context.resolve(given)
        let files = FileManager.default
        if files.fileExists(atPath: root.appendingPathComponent(settingsFileName).path) {
            return console.fail("'\(given)' already holds a catalogue; nothing was changed")
        }
        for kind in EntryKind.allCases {
            let folder = root.appendingPathComponent(kind.folder).path
            if let contents = try? files.contentsOfDirectory(atPath: folder), contents.contains(where: { !$0.hasPrefix(".") }) {
                return console.fail("'\(given)/\(kind.folder)' already holds files; nothing was changed")
            }
        }
        let year = Calendar(identifier: .gregorian).component(.year, from: context.now)
        let settings = Settings(organisation: organisation.trimmingCharacters(in: .whitespaces), edition: "\(year), 1. udgave")
        do throws(ApplyError) {
            for kind in EntryKind.allCases {
                // Git does not keep empty folders; the marker keeps the layout in a fresh clone.
                try CatalogueWriter.write("", to: root.appendingPathComponent(kind.folder).appendingPathComponent(".gitkeep"))
            }
            // A change in progress leaves its lock and temporary files here; git should never pick them up.
            try CatalogueWriter.write(gitignore, to: root.appendingPathComponent(".gitignore"))
            // Written last: a catalogue.json means the catalogue is complete, and a second init refuses.
            try CatalogueWriter.write(EntryFile.text(fields: settings.fields, description: nil), to: root.appendingPathComponent(settingsFileName))
        } catch {
            return console.fail("could not create the catalogue in '\(given)': \(error.message(pathPrefix: given + "/"))")
        }
        console.print("Created an empty catalogue for \(settings.organisation) in \(given).")
        console.print("Next: add departments, employees, tasks and areas (see the README), then run 'catalogue check --catalogue \(given)'.")
        return ExitStatus.success
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
}
