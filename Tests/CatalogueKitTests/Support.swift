import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// A catalogue folder in a fresh temporary directory, starting as a small valid catalogue
/// (no errors, no warnings) that a test then breaks in one place.
struct ScratchCatalogue {
    let root: URL

    static let validFiles: [String: String] = [
        "catalogue.json": """
            {
              "organisation": "Testby Kommune",
              "title": "Opgave- og medarbejderkatalog",
              "edition": "2026, 1. udgave",
              "language": "da"
            }

            """,
        "departments/adm.json": """
            {
              "name": "Administration"
            }

            """,
        "employees/aa.json": """
            {
              "name": "Anne Andersen",
              "title": "Sagsbehandler",
              "department": "adm",
              "phone": "72 57 00 01",
              "deputy": "bb",
              "visibility": "contact"
            }

            """,
        "employees/bb.json": """
            {
              "name": "Bo Berg",
              "title": "Sagsbehandler",
              "department": "adm",
              "deputy": "aa",
              "visibility": "internal"
            }

            """,
        "areas/byg.md": """
            {
              "name": "Byggeri",
              "significantBusinessContact": true,
              "contactDepartment": "adm"
            }

            Alt om byggeri.

            """,
        "tasks/byggesag.md": """
            {
              "title": "Byggesag",
              "department": "adm",
              "area": "byg",
              "responsible": [
                "aa",
                "bb"
              ],
              "keywords": [],
              "kle": [],
              "links": [],
              "audience": "external"
            }

            Vi behandler byggesager.

            """,
    ]

    /// A valid catalogue, with `changes` written over it (nil deletes a file).
    init(_ changes: [String: String?] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("catalogue-test-\(UUID().uuidString)")
        for (path, text) in Self.validFiles where changes[path] == nil {
            try write(path, text)
        }
        for (path, text) in changes {
            if let text { try write(path, text) }
        }
    }

    /// A copy of the catalogue folder at `source` (such as the default catalogue), to change freely.
    init(copyOf source: URL) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("catalogue-test-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: source, to: root)
    }

    func write(_ path: String, _ text: String) throws {
        try writeBytes(path, Array(text.utf8))
    }

    func writeBytes(_ path: String, _ bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every diagnostic of loading and validation, as values.
    func checked() -> [Diagnostic] {
        Validator.check(CatalogueReader.load(root))
    }

    /// Every diagnostic of loading and validation, as `file:line:column: severity [code]`.
    func diagnostics() -> [String] {
        Validator.check(CatalogueReader.load(root)).map(\.coded)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Every file below the catalogue folder and its bytes, hidden files included, to show that
    /// a refused command changed nothing at all.
    func snapshot() -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            if let data = FileManager.default.contents(atPath: url.path), !url.hasDirectoryPath {
                files[String(url.path.dropFirst(root.path.count + 1))] = [UInt8](data)
            }
        }
        return files
    }

    /// Runs the CLI in-process in the catalogue folder.
    func run(_ arguments: [String], environment: [String: String] = [:]) -> RunResult {
        CatalogueKitTests.run(arguments, in: root, environment: environment)
    }

    /// The diagnostics of a valid catalogue with `changes` written over it.
    static func diagnostics(_ changes: [String: String?]) throws -> [String] {
        let scratch = try ScratchCatalogue(changes)
        defer { scratch.remove() }
        return scratch.diagnostics()
    }
}

/// The project's root folder, found from this file's place in Tests/CatalogueKitTests.
let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The embedded default catalogue.
let defaultCatalogue = projectRoot.appendingPathComponent("catalogue")

/// Runs the CLI in-process from `directory`.
/// Runs in English unless the test names a language (`CATALOGUE_LANG`): the tests of a command's
/// own sentences read them in English, the tests of the Danish wording say so.
func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) -> RunResult {
    let environment = ["CATALOGUE_LANG": "en"].merging(environment) { _, given in given }
    return CLI.run(RunContext(arguments: arguments, workingDirectory: directory, environment: environment,
                       now: Date(timeIntervalSince1970: 1_795_000_000)))
}

extension Diagnostic {
    /// `file:line:column: severity [code]`: what a test asserts, whatever the wording.
    var coded: String { "\(location.format(pathPrefix: "")): \(severity.rawValue) [\(code)]" }
}

/// The diagnostics a run printed, as `file:line:column: severity [code]` (severity in English
/// whatever the run's language), so a test of the command line asserts codes, not wording.
func diagnosticCodes(_ output: String) -> [String] {
    output.split(separator: "\n").compactMap { line in
        guard line.hasSuffix("]"), let open = line.lastIndex(of: "[") else { return nil }
        let code = line[line.index(after: open)..<line.index(before: line.endIndex)]
        for (label, severity) in [("fejl", "error"), ("advarsel", "warning"), ("error", "error"), ("warning", "warning")] {
            if let range = line.range(of: ": \(label): ") {
                return "\(line[..<range.lowerBound]): \(severity) [\(code)]"
            }
        }
        return nil
    }
}

/// The suggestion rules' answer as the note it becomes: `.didYouMean(["sfl"…], naming: true)`, or
/// nil when nothing fits, so the tests of those rules compare values, not the English of the note.
extension Diagnostic {
    static func suggestion(_ value: String, among candidates: [Suggestion.Candidate], preferring department: DepartmentID?) -> Hint? {
        Note.suggesting(Suggestion.forReference(value, among: candidates, preferring: department), naming: true).first?.hint
    }

    static func suggestion(_ value: String, among entries: [(id: String, name: String)]) -> Hint? {
        Command.suggestion(value, among: entries).first
    }

    static func suggestion(_ value: String, among words: [String]) -> Hint? {
        Note.suggesting(Suggestion.forWord(value, among: words), naming: true).first?.hint
    }
}

/// A "did you mean" note for plain words or ids without names: `didYouMean("akm")`.
func didYouMean(_ ids: String...) -> Hint {
    .didYouMean(ids.map { Suggestion.Candidate(id: $0) }, naming: true)
}

/// The codes of the `Error:`/`Fejl:` lines a run printed, in order: `["unknown-option"]`.
func errorCodes(_ output: String) -> [String] {
    output.split(separator: "\n").compactMap { line in
        guard line.hasPrefix("Error: ") || line.hasPrefix("Fejl: "), line.hasSuffix("]"), let open = line.lastIndex(of: "[") else { return nil }
        return String(line[line.index(after: open)..<line.index(before: line.endIndex)])
    }
}

// MARK: Messages as a run prints them

/// The words of `messages`, one line each, as a run in `language` prints them on stdout (English
/// unless said: `run` sets CATALOGUE_LANG=en). A test builds the values it expects, with their
/// arguments, and compares the output with their words, so the wording may change without the
/// tests changing; the wording itself is pinned by the golden transcripts (TranscriptTests).
func said(_ messages: Message..., in language: Language = .english) -> String {
    messages.map { Wording(language).text($0) + "\n" }.joined()
}

/// `Error: … [code]` (`Fejl: … [code]`): the line of a message that stops a command.
func errorLine(_ message: Message, in language: Language = .english) -> String {
    let wording = Wording(language)
    return "\(wording.errorLabel): \(wording.text(message)) [\(message.code)]"
}

/// `Note: …` (`Bemærk: …`): a note on its own line, after an error or a report.
func noteLine(_ hint: Hint, in language: Language = .english) -> String {
    "\(Wording(language).noteLinePrefix): \(Wording(language).text(hint))"
}

/// `Note: …` for a message said as a note (`'Anne' is the employee aa`).
func noteLine(_ message: Message, in language: Language = .english) -> String {
    "\(Wording(language).noteLinePrefix): \(Wording(language).text(message))"
}

/// The lines after a usage error's notes: `Usage: …` and where to read more.
func usageLines(_ usage: String, command: String, in language: Language = .english) -> String {
    let wording = Wording(language)
    return "\(wording.usageLabel): \(usage)\n" + wording.seeHelp(command).replacingOccurrences(of: "catalogue  --help", with: "catalogue --help") + "\n"
}

/// The help a command (or one of its subcommands: `["add", "employee"]`) prints for `--help`.
func helpText(_ names: String..., in language: Language = .english) throws -> String {
    var command = try #require(CLI.commands.first { $0.spec.name == names.first })
    for word in names.dropFirst() { command = try #require(command.subcommand(word)) }
    return command.help(Wording(language))
}

/// The summary `check` prints for a catalogue with these counts of entries and problems.
extension Message {
    static func checked(_ place: String, of catalogue: Catalogue, errors: Int, warnings: Int, accepted: Int = 0) -> Message {
        .checked(place: place, departments: catalogue.departments.count, employees: catalogue.employees.count,
                 tasks: catalogue.tasks.count, areas: catalogue.areas.count, errors: errors, warnings: warnings, accepted: accepted)
    }
}
