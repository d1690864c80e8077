import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// Runs of the real, built binary: arguments in, stdout, stderr and exit status out.
struct EndToEndTests {
    /// The `catalogue` executable SwiftPM built next to the test bundle.
    static let binary: URL = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // On Linux the test runner lives in the build folder; on macOS inside an .xctest bundle.
        while !FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("catalogue").path), directory.path != "/" {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("catalogue")
    }()

    func launch(_ arguments: [String], in directory: URL, program: URL = Self.binary) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = try start(arguments, in: directory, program: program)
        let stdout = (process.standardOutput as? Pipe)?.fileHandleForReading.readDataToEndOfFile() ?? Data()
        let stderr = (process.standardError as? Pipe)?.fileHandleForReading.readDataToEndOfFile() ?? Data()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    /// Starts a process with its output piped, without waiting for it.
    private func start(_ arguments: [String], in directory: URL, program: URL = Self.binary) throws -> Process {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return process
    }

    /// Runs the binary with `CATALOGUE_THREADS` set (nil: as the user's environment has it, unset).
    private func launch(_ arguments: [String], threads: Int?) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["CATALOGUE_THREADS"] = threads.map(String.init)
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    /// Every file in `folder`, by name.
    private func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    @Test func anExportOnAllCoresIsByteIdenticalToTheGoldenFilesAndToASingleThreadedRun() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("threads-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let fixture = GoldenFileTests.fixture.path
        var outputs: [[String: Data]] = []
        // Three threads as well as the machine's count, so the work is split even on one core.
        for threads in [1, nil, 3] {
            let out = scratch.appendingPathComponent("out-\(threads.map(String.init) ?? "all")")
            let result = try launch(["export", "all", "--catalogue", fixture, "--out", out.path, "--date", "2026-11-22"], threads: threads)
            #expect(result.status == 0, "\(result.stderr)")
            outputs.append(try contents(of: out))
        }
        #expect(outputs[0].keys.sorted() == ["external-fragment.html", "external.css", "external.html", "internal.html",
                                             "switchboard-people.csv", "switchboard.csv"])
        #expect(outputs[1] == outputs[0])
        #expect(outputs[2] == outputs[0])
        // Recorded in-process by GoldenFileTests: the processes agree with another run, not only with each other.
        for (name, bytes) in outputs[1] {
            #expect(bytes == (try Data(contentsOf: GoldenFileTests.goldenFolder.appendingPathComponent(name))), "\(name) differs from its golden file")
        }
    }

    @Test func checkOnAllCoresReportsExactlyWhatASingleThreadedRunReports() throws {
        // The default catalogue has warnings and enough files for the reading to be split into chunks.
        let runs = try [1, nil, 3].map { try launch(["check", "--catalogue", defaultCatalogue.path], threads: $0) }
        #expect(!runs[0].stdout.isEmpty || !runs[0].stderr.isEmpty)
        #expect(runs[1].stdout == runs[0].stdout && runs[1].stderr == runs[0].stderr && runs[1].status == runs[0].status)
        #expect(runs[2].stdout == runs[0].stdout && runs[2].stderr == runs[0].stderr && runs[2].status == runs[0].status)
    }

    /// Runs git in `directory`.
    @discardableResult
    private func git(_ arguments: [String], in directory: URL) throws -> String {
        let result = try launch(["-c", "user.name=Test", "-c", "user.email=test@example.dk"] + arguments, in: directory,
                                program: URL(fileURLWithPath: "/usr/bin/git"))
        #expect(result.status == 0, "git \(arguments): \(result.stderr)")
        return result.stdout
    }

    @Test func checkOnTheDefaultCatalogueHasWarningsButNoErrors() throws {
        let result = try launch(["check"], in: projectRoot)
        #expect(result.status == 0)
        // In Danish, the catalogue's language: 0 errors, 0 warnings and the 3 accepted ones counted.
        let catalogue = CatalogueReader.load(defaultCatalogue).catalogue
        #expect(result.stdout == said(.checked("catalogue/", of: catalogue, errors: 0, warnings: 0, accepted: 3), in: .danish))
        #expect(result.stderr == "", "the sample's warnings are fixed or accepted, so a run is quiet")
        let all = try launch(["check", "--all"], in: projectRoot)
        #expect(diagnosticCodes(all.stderr).filter { $0.hasSuffix(": warning [no-backup]") }.count == 2)
    }

    @Test func brokenCatalogueExitsOneWithCompilerStyleErrors() throws {
        let scratch = try ScratchCatalogue(["employees/bb.json": "{\"name\": \"Bo\", \"title\": \"T\", \"department\": \"ad\"}"])
        defer { scratch.remove() }
        let result = try launch(["check"], in: scratch.root)
        #expect(result.status == 1)
        #expect(diagnosticCodes(result.stderr) == ["employees/bb.json:1:44: error [unknown-reference]"])
        #expect(result.stdout == said(.checked(place: ".", departments: 1, employees: 2, tasks: 1, areas: 1, errors: 1, warnings: 0, accepted: 0),
                                      in: .danish))
    }

    @Test func usageErrorExitsSixtyFour() throws {
        let result = try launch(["export-all"], in: projectRoot)
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(errorCodes(result.stderr) == ["unknown-command"])
    }

    @Test func exportWritesTheFiveFilesAndSaysSo() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try launch(["export", "--out", out.path, "--date", "2026-11-22"], in: projectRoot)
        #expect(result.status == 0)
        let written = result.stdout.split(separator: "\n").map { $0.split(separator: " ")[1] }
        #expect(written.map(String.init) == ["internal.html", "external.html", "external-fragment.html", "external.css", "switchboard.csv", "switchboard-people.csv"].map { out.path + "/" + $0 })
        #expect(result.stderr == "", "the default catalogue exports quietly: its warnings are fixed or accepted")
        let html = try String(contentsOf: out.appendingPathComponent("internal.html"), encoding: .utf8)
        #expect(html.contains("<time datetime=\"2026-11-22\">22. november 2026</time>"))
    }

    @Test func anUpdateRoundNeedsNoHandEditAndTouchesOnlyTheFilesThatMustChange() throws {
        let scratch = try ScratchCatalogue(copyOf: defaultCatalogue)
        defer { scratch.remove() }
        let root = scratch.root
        try git(["init", "-q"], in: root)
        try git(["add", "-A"], in: root)
        try git(["commit", "-qm", "2026, 1. udgave"], in: root)
        let round: [[String]] = [
            // A person joins and takes over a task from a colleague who is leaving.
            ["add", "employee", "--name", "Karen Lund", "--title", "Byggesagsbehandler", "--department", "team-byggesag",
             "--phone", "72 57 73 60", "--mail", "kl@fjordby.dk", "--deputy", "akm", "--visibility", "name"],
            ["reassign", "task", "byggetilladelse-landbrug", "--from", "jhn", "--to", "kl"],
            // The colleague leaves; the newcomer takes over the rest.
            ["remove", "employee", "jhn", "--reassign-to", "kl"],
            // A department is renamed, id and name.
            ["rename", "department", "team-byggesag", "team-byggeri"],
            ["set", "department", "team-byggeri", "--name", "Team Byggeri"],
            // A task moves to another area; a person goes on leave.
            ["move", "task", "nedrivning", "--area", "miljoe"],
            ["reassign", "--all-from", "sfl", "--to", "aoe"],
        ]
        for arguments in round {
            let result = try launch(arguments, in: root)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let check = try launch(["check"], in: root)
        #expect(check.status == 0)
        #expect(diagnosticCodes(check.stderr).filter { $0.contains(": error [") } == [])
        try git(["add", "-A"], in: root)
        let changed = try git(["diff", "--cached", "--name-status", "-M"], in: root).split(separator: "\n")
            .map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "^R[0-9]+ ", with: "R ", options: .regularExpression) }
        #expect(changed == [
            "R departments/team-byggesag.json departments/team-byggeri.json",
            "M employees/akm.json", "M employees/aoe.json", "D employees/jhn.json", "A employees/kl.json", "M employees/sfl.json",
            "M tasks/anmeldelse-mindre-byggeri.md", "M tasks/bbr-erhvervsejendomme.md", "M tasks/byggesagsarkiv.md",
            "M tasks/byggetilladelse-erhverv.md", "M tasks/byggetilladelse-landbrug.md", "M tasks/dispensation-lokalplan.md",
            "M tasks/ibrugtagning-og-faerdigmelding.md", "M tasks/nedrivning.md", "M tasks/planoplysninger-ejendom.md",
            "M tasks/skilte-facader.md", "M tasks/ulovligt-byggeri.md",
        ])
        // Each change is the lines it concerns and no more.
        let lines = try git(["diff", "--cached", "--numstat", "-M"], in: root)
        #expect(lines.contains("1\t1\tdepartments/{team-byggesag.json => team-byggeri.json}"))
        #expect(lines.contains("2\t2\temployees/akm.json"))  // deputy jhn → kl, department renamed
        #expect(lines.contains("1\t1\temployees/aoe.json"))
        #expect(lines.contains("3\t3\ttasks/nedrivning.md"))  // department, area, jhn → kl
    }

    @Test func twoWritersRacingNeverLoseAnUpdate() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        for round in 1...10 {
            let first = try start(["set", "task", "byggesag", "--add-keyword", "a\(round)"], in: scratch.root)
            let second = try start(["set", "task", "byggesag", "--add-keyword", "b\(round)"], in: scratch.root)
            first.waitUntilExit()
            second.waitUntilExit()
            #expect(first.terminationStatus == 0 && second.terminationStatus == 0, "round \(round)")
            let keywords = CatalogueReader.load(scratch.root).catalogue.task("byggesag")?.keywords ?? []
            #expect(keywords.contains("a\(round)") && keywords.contains("b\(round)"), "round \(round): \(keywords)")
        }
        #expect(scratch.diagnostics() == [])
        let hidden = try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).filter { $0.hasPrefix(".") }
        #expect(hidden.isEmpty, "left behind: \(hidden)")
    }
}
