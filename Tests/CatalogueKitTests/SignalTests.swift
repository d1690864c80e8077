import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// SIGINT, SIGTERM and SIGHUP end a run of the built binary cleanly: a change being put in
/// place is finished first, and no temporary file, editing copy or lock file is left.
struct SignalTests {
    @Test func aSignalInsideTheRenameWindowEndsTheRunOnlyOnceTheChangeIsWhole() throws {
        let scratch = try ScratchCatalogue(copyOf: defaultCatalogue)
        defer { scratch.remove() }
        let arguments = ["rename", "employee", "jhn", "jhx", "--catalogue", scratch.root.path]
        var environment = ProcessInfo.processInfo.environment
        environment["CATALOGUE_TEST_SIGNAL_IN_RENAME_WINDOW"] = "1"
        let status = try Self.run(arguments, environment: environment)
        #expect(status == -SIGTERM)
        let files = scratch.snapshot()
        #expect(files["employees/jhx.json"] != nil)
        #expect(files["employees/jhn.json"] == nil)
        #expect(files.keys.filter(RenameWindowKillTests.isScratch).isEmpty)
        #expect(scratch.diagnostics().filter { $0.contains("error") }.isEmpty)
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func aSignalWhileTheEditorIsOpenRemovesTheCopyAndTheLock(_ signal: Int32) throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let (editor, temporary) = try Self.editor(signalling: signal, scratch)
        defer { try? FileManager.default.removeItem(at: temporary) }
        let status = try Self.run(["edit", "employee", "aa", "--catalogue", scratch.root.path],
                                  environment: ["EDITOR": editor.path, "TMPDIR": temporary.path, "PATH": "/usr/bin:/bin"])
        #expect(status == -signal)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == ["editor.sh"])
        #expect(!FileManager.default.fileExists(atPath: scratch.root.appendingPathComponent(CatalogueLock.fileName).path))
    }

    @Test func ctrlCWhileTheEditorIsOpenIsTheEditorsAndTheEditIsSaved() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let (editor, temporary) = try Self.editor(signalling: SIGINT, scratch, thenWrite: "Afdelingsleder")
        defer { try? FileManager.default.removeItem(at: temporary) }
        let status = try Self.run(["edit", "employee", "aa", "--catalogue", scratch.root.path],
                                  environment: ["EDITOR": editor.path, "TMPDIR": temporary.path, "PATH": "/usr/bin:/bin"])
        #expect(status == 0)
        #expect(try scratch.read("employees/aa.json").contains("Afdelingsleder"))
    }

    /// An editor script that sends `signal` to the command holding the catalogue's lock (read
    /// from the lock file), waits, and optionally puts `title` in the file.
    private static func editor(signalling signal: Int32, _ scratch: ScratchCatalogue,
                               thenWrite title: String? = nil) throws -> (URL, URL) {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("signal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let editor = temporary.appendingPathComponent("editor.sh")
        let edit = title.map { "sed -i 's/Sagsbehandler/\($0)/' \"$1\"" } ?? ""
        try Data("""
            #!/bin/sh
            pid=$(sed -n 's/^pid: //p' '\(scratch.root.path)/\(CatalogueLock.fileName)')
            kill -\(signal) "$pid"
            sleep 0.3
            \(edit)

            """.utf8).write(to: editor)
        chmod(editor.path, 0o755)
        return (editor, temporary)
    }

    /// Runs the binary with its output discarded; its exit status, or minus the signal that ended it.
    private static func run(_ arguments: [String], environment: [String: String]) throws -> Int32 {
        let process = Process()
        process.executableURL = EndToEndTests.binary
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus
    }
}
