import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// The command-line conventions, driven in-process, and the reading commands.
struct CLITests {
    @Test func helpListsEveryCommand() {
        let result = run(["--help"], in: projectRoot)
        #expect(result.status == 0)
        for command in CLI.commands {
            #expect(result.stdout.contains("  \(command.spec.name) "), "\(command.spec.name) missing from --help")
        }
        #expect(run(["help", "list"], in: projectRoot).stdout == run(["list", "--help"], in: projectRoot).stdout)
        #expect(run(["list", "--help"], in: projectRoot).stdout.hasPrefix("OVERVIEW: List the departments"))
    }

    @Test func versionIsPrinted() {
        #expect(run(["--version"], in: projectRoot) == RunResult(status: 0, stdout: CLI.version + "\n", stderr: ""))
    }

    @Test func unknownCommandIsAUsageError() {
        let result = run(["lsit"], in: projectRoot)
        #expect(result == RunResult(status: 64, stdout: "", stderr: """
            Error: unknown command 'lsit' [unknown-command]
            Note: did you mean "list"?
            Usage: catalogue COMMAND [ARGUMENTS] [OPTIONS]
            See 'catalogue --help'.

            """))
    }

    @Test func unknownOptionIsAUsageErrorWithTheCommandsUsage() {
        let result = run(["check", "--strict"], in: projectRoot)
        #expect(result == RunResult(status: 64, stdout: "", stderr: """
            Error: unknown option '--strict' [unknown-option]
            Usage: catalogue check [--all] [--json] [--catalogue DIR]
            See 'catalogue check --help'.

            """))
    }

    @Test func missingArgumentAndMissingOptionValueAreUsageErrors() {
        #expect(run(["show", "employee"], in: projectRoot).stderr.hasPrefix("Error: missing ID [missing-argument]"))
        #expect(run(["list", "employees", "--department"], in: projectRoot).stderr.hasPrefix("Error: '--department' needs a value: --department ID [needs-value]"))
        #expect(run(["list", "people"], in: projectRoot).status == 64)
    }

    @Test func theCatalogueIsFoundAboveTheWorkingDirectory() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let result = run(["check"], in: scratch.root.appendingPathComponent("tasks"))
        #expect(result.status == 0)
        #expect(result.stdout == "Checked ../: 1 department, 2 employees, 1 task, 1 area; 0 errors, 0 warnings.\n")
    }

    @Test func missingCatalogueIsExplained() {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("no-catalogue-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = run(["check"], in: empty)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Error: no catalogue found"))
        #expect(run(["check", "--catalogue", "nowhere"], in: empty).stderr == "Error: the catalogue folder 'nowhere' does not exist [catalogue-folder-missing]\n")
    }

    @Test func diagnosticsNameFilesFromWhereTheUserStands() throws {
        let scratch = try ScratchCatalogue(["departments/adm.json": "{\"name\": \"\"}"])
        defer { scratch.remove() }
        let parent = scratch.root.deletingLastPathComponent()
        let result = run(["check", "--catalogue", scratch.root.lastPathComponent], in: parent)
        #expect(result.status == 1)
        #expect(diagnosticCodes(result.stderr) == ["\(scratch.root.lastPathComponent)/departments/adm.json:1:10: error [empty-field]"])
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() throws {
        let scratch = try ScratchCatalogue(["departments/adm.json": "{\"name\": \"\"}"])
        defer { scratch.remove() }
        func stderr(terminal: Bool, _ environment: [String: String]) -> String {
            CLI.run(RunContext(arguments: ["check"], workingDirectory: scratch.root, environment: environment, stderrIsTerminal: terminal)).stderr
        }
        #expect(stderr(terminal: true, [:]).contains("\u{1B}[1;31mfejl\u{1B}[0m"))
        #expect(!stderr(terminal: true, ["NO_COLOR": "1"]).contains("\u{1B}"))
        #expect(!stderr(terminal: false, [:]).contains("\u{1B}"))
    }

    @Test func listIsInDanishOrderAndFiltersByDepartmentTree() {
        let result = run(["list", "employees", "--department", "teknik-og-miljoe"], in: projectRoot)
        #expect(result.status == 0)
        let names = result.stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: " ", maxSplits: 1)[1]).trimmingCharacters(in: .whitespaces) }
        #expect(names == DanishOrder.sorted(names, by: { $0 }))
        #expect(result.stdout.contains("akm "))  // in a team two levels below
        #expect(!result.stdout.contains("Jobcenter"))
    }

    @Test func listAsJSONParsesAndCarriesIds() throws {
        let result = run(["list", "tasks", "--area", "byggeri", "--json"], in: projectRoot)
        let node = try JSONParser.parse(Array(result.stdout.utf8))
        guard case .array(let tasks) = node.value else { Issue.record("not a list"); return }
        #expect(!tasks.isEmpty)
        for task in tasks {
            guard case .object(let members) = task.value else { Issue.record("not an object"); continue }
            #expect(members.first?.key == "id")
            #expect(members.contains { $0.key == "area" && $0.value.value == .string("byggeri") })
        }
    }

    @Test func showTaskListsItsPeopleInOrderWithPhones() {
        let result = run(["show", "task", "byggetilladelse-erhverv"], in: projectRoot)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Ansvarlige (2):\n  Anne Kirstine Mørk (akm), primær, 72 57 73 54\n  Jens Henrik Nørgaard (jhn), backup, 72 57 73 55\n"))
    }

    @Test func showUnknownEntrySuggestsTheNearestId() {
        let result = run(["show", "employee", "akn"], in: projectRoot)
        #expect(result.status == 1)
        #expect(errorCodes(result.stderr) == ["no-entry"])
        #expect(result.stderr.hasSuffix("Note: did you mean \"akm\"?\n"))
    }

    @Test func initCreatesAValidEmptyCatalogueAndRefusesToOverwrite() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        let created = run(["init", "ejendomscenter", "--organisation", "Fjordby Kommune, Ejendomscenter"], in: parent)
        #expect(created.status == 0)
        let check = run(["check", "--catalogue", "ejendomscenter"], in: parent)
        #expect(check.status == 0)
        #expect(check.stderr == "")
        let settings = try String(contentsOf: parent.appendingPathComponent("ejendomscenter/catalogue.json"), encoding: .utf8)
        #expect(settings.contains("\"edition\": \"2026, 1. udgave\""))
        let again = run(["init", "ejendomscenter", "--organisation", "X"], in: parent)
        #expect(again.status == 1)
        #expect(again.stderr == "Error: 'ejendomscenter' already holds a catalogue; nothing was changed [init-holds-a-catalogue]\n")
        #expect(run(["init", "other"], in: parent).status == 64)
        #expect(run(["init", "", "--organisation", "X"], in: parent).status == 64)
    }

    @Test func aFolderInsideTheCatalogueNamesTheCatalogueInsteadOfSuggestingInit() throws {
        // Following the old advice ('catalogue init catalogue/employees ...') broke the catalogue.
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let parent = scratch.root.deletingLastPathComponent()
        let name = scratch.root.lastPathComponent
        let result = run(["check", "--catalogue", "\(name)/employees"], in: parent)
        #expect(result.stderr == "Error: '\(name)/employees' is a folder inside the catalogue '\(name)'; name the catalogue's own folder: --catalogue \(name) [folder-inside-catalogue]\n")
        #expect(!result.stderr.contains("init"))
    }

    @Test func anOutputFolderInsideTheCatalogueSaysWhichFolderThatIs() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let result = scratch.run(["export", "--out", "out"])
        #expect(result.status == 1)
        #expect(errorCodes(result.stderr) == ["output-inside-catalogue"])
        #expect(result.stderr.contains("'out' is inside this folder, which is the catalogue"))
    }

    @Test func aProjectFolderWithTheCatalogueInsideNamesIt() {
        let result = run(["check", "--catalogue", "."], in: projectRoot)
        #expect(result.stderr == "Error: '.' is not a catalogue, but it holds one in './catalogue'; use --catalogue ./catalogue [catalogue-inside]\n")
    }

    @Test func listSpeaksTheCataloguesLanguage() {
        let result = run(["list", "areas"], in: projectRoot)
        #expect(result.stdout.hasPrefix("ID "))
        #expect(result.stdout.split(separator: "\n")[0].contains("NAVN"))
        #expect(result.stdout.contains(" ja "))
    }

    @Test func initKeepsTheToolsLockAndTemporaryFilesOutOfGit() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        #expect(run(["init", "k", "--organisation", "X"], in: parent).status == 0)
        let ignore = try String(contentsOf: parent.appendingPathComponent("k/.gitignore"), encoding: .utf8)
        #expect(ignore.contains(".catalogue.lock\n") && ignore.contains(".*.catalogue-tmp-*\n"))
    }
}
