import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// The command-line conventions, driven in-process, and the reading commands.
struct CLITests {
    @Test func helpListsEveryCommand() throws {
        let result = run(["--help"], in: projectRoot)
        #expect(result.status == 0)
        for command in CLI.commands {
            #expect(result.stdout.contains("  \(command.spec.name) "), "\(command.spec.name) missing from --help")
        }
        #expect(run(["help", "list"], in: projectRoot).stdout == run(["list", "--help"], in: projectRoot).stdout)
        #expect(run(["list", "--help"], in: projectRoot).stdout == (try helpText("list")))
    }

    @Test func versionIsPrinted() {
        // A work tree's build records no commit; .ci/check-dist checks the archive's binary names its commit.
        #expect(run(["--version"], in: projectRoot) == RunResult(status: 0, stdout: "catalogue \(CLI.version) (built from a work tree)\n", stderr: ""))
    }

    @Test func unknownCommandIsAUsageError() {
        let result = run(["lsit"], in: projectRoot)
        #expect(errorCodes(result.stderr) == ["unknown-command"])
        let stderr = errorLine(.unknownCommand("lsit")) + "\n" + noteLine(didYouMean("list")) + "\n"
            + usageLines("catalogue COMMAND [ARGUMENTS] [OPTIONS]", command: "")
        #expect(result == RunResult(status: 64, stdout: "", stderr: stderr))
    }

    @Test func unknownOptionIsAUsageErrorWithTheCommandsUsage() {
        let result = run(["check", "--strict"], in: projectRoot)
        #expect(errorCodes(result.stderr) == ["unknown-option"])
        let stderr = errorLine(.unknownOption("--strict")) + "\n" + usageLines("catalogue check [--all] [--json] [--format FORMAT] [--date YYYY-MM-DD] [--catalogue DIR] [--kle-plan FILE]", command: "check")
        #expect(result == RunResult(status: 64, stdout: "", stderr: stderr))
    }

    @Test func missingArgumentAndMissingOptionValueAreUsageErrors() {
        let missing = run(["show", "employee"], in: projectRoot)
        #expect(missing.status == 64)
        #expect(missing.stderr.hasPrefix(errorLine(.missingArgument("ID")) + "\n"))
        let noValue = run(["list", "employees", "--department"], in: projectRoot)
        #expect(noValue.status == 64)
        #expect(noValue.stderr.hasPrefix(errorLine(.needsValue(option: "--department", valueName: "ID")) + "\n"))
        #expect(run(["list", "people"], in: projectRoot).status == 64)
    }

    @Test func theCatalogueIsFoundAboveTheWorkingDirectory() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let result = run(["check"], in: scratch.root.appendingPathComponent("tasks"))
        #expect(result.status == 0)
        #expect(result.stdout == said(.checked(place: "../", departments: 1, employees: 2, tasks: 1, areas: 1, errors: 0, warnings: 0, accepted: 0)))
    }

    @Test func missingCatalogueIsExplained() {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("no-catalogue-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = run(["check"], in: empty)
        #expect(result.status == 1)
        #expect(result.stderr == errorLine(.noCatalogueFound) + "\n")
        #expect(run(["check", "--catalogue", "nowhere"], in: empty).stderr == errorLine(.catalogueFolderMissing("nowhere")) + "\n")
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
        #expect(result.stderr.hasSuffix(noteLine(didYouMean("akm")) + "\n"))
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
        #expect(again.stderr == errorLine(.initRefused(.holdsACatalogue, folder: "ejendomscenter")) + "\n")
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
        #expect(result.stderr == errorLine(.folderInsideCatalogue(given: "\(name)/employees", catalogue: name)) + "\n")
        #expect(!result.stderr.contains("init"))
    }

    @Test func anOutputFolderInsideTheCatalogueSaysWhichFolderThatIs() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let result = scratch.run(["export", "--out", "out"])
        #expect(result.status == 1)
        #expect(result.stderr == errorLine(.outputInsideCatalogue(folder: "out", catalogue: nil)) + "\n")
    }

    @Test func aProjectFolderWithTheCatalogueInsideNamesIt() {
        let result = run(["check", "--catalogue", "."], in: projectRoot)
        #expect(result.stderr == errorLine(.catalogueInside(given: ".", inner: "./catalogue")) + "\n")
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
