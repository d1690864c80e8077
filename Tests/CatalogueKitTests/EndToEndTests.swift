import Foundation
import Testing

/// Runs of the real, built binary: arguments in, stdout, stderr and exit status out.
struct EndToEndTests {
    /// The `catalogue` executable SwiftPM built next to the test bundle.
    private static let binary: URL = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // On Linux the test runner lives in the build folder; on macOS inside an .xctest bundle.
        while !FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("catalogue").path), directory.path != "/" {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("catalogue")
    }()

    private func launch(_ arguments: [String], in directory: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    @Test func checkOnTheDefaultCatalogueHasWarningsButNoErrors() throws {
        let result = try launch(["check"], in: projectRoot)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Checked catalogue/: "))
        #expect(result.stdout.contains(" 0 errors, "))
        #expect(result.stderr.contains("catalogue/tasks/"))
        #expect(result.stderr.contains(": warning: the task has only one responsible employee"))
        #expect(!result.stderr.contains("error"))
    }

    @Test func brokenCatalogueExitsOneWithCompilerStyleErrors() throws {
        let scratch = try ScratchCatalogue(["employees/bb.json": "{\"name\": \"Bo\", \"title\": \"T\", \"department\": \"ad\"}"])
        defer { scratch.remove() }
        let result = try launch(["check"], in: scratch.root)
        #expect(result.status == 1)
        #expect(result.stderr == "employees/bb.json:1:44: error: \"department\" names the department \"ad\", but there is no departments/ad.json (did you mean \"adm\", Administration?)\n")
        #expect(result.stdout == "Checked .: 1 department, 2 employees, 1 task, 1 area; 1 error, 0 warnings.\n")
    }

    @Test func usageErrorExitsSixtyFour() throws {
        let result = try launch(["export-all"], in: projectRoot)
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("Error: unknown command 'export-all'"))
    }

    @Test func exportWritesTheFourFilesAndSaysSo() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try launch(["export", "--out", out.path, "--date", "2026-11-22"], in: projectRoot)
        #expect(result.status == 0)
        let written = result.stdout.split(separator: "\n").map { $0.split(separator: " ")[1] }
        #expect(written.map(String.init) == ["internal.html", "external.html", "external-fragment.html", "switchboard.csv"].map { out.path + "/" + $0 })
        #expect(result.stderr.hasPrefix("Note: the catalogue has "))
        let html = try String(contentsOf: out.appendingPathComponent("internal.html"), encoding: .utf8)
        #expect(html.contains("<time datetime=\"2026-11-22\">22. november 2026</time>"))
    }
}
