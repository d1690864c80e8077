import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// `edit` as a person runs it: on a terminal, with an editor that sets the terminal up, and a
/// save refused at the last moment that keeps what was edited.
struct EditTerminalTests {
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a pseudo-terminal"),
          .timeLimit(.minutes(1)))
    func aTerminalEditorRunsInTheForegroundAndTheEditIsSaved() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        // Setting the terminal up, as vi and nano do, stops an editor that is not in the foreground.
        let editor = scratch.root.appendingPathComponent(".editor.sh")
        try Data("""
            #!/bin/sh
            stty -echo < /dev/tty && stty echo < /dev/tty && sed -i 's/Sagsbehandler/Teamleder/' "$1"

            """.utf8).write(to: editor)
        chmod(editor.path, 0o755)
        let command = "EDITOR='\(editor.path)' '\(EndToEndTests.binary.path)' edit employee aa --catalogue '\(scratch.root.path)'"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["20", "/usr/bin/script", "-qec", command, "/dev/null"]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        // 124 is timeout's status for a run it had to stop: the editor was stopped and the command hung.
        #expect(process.terminationStatus == 0)
        #expect(try scratch.read("employees/aa.json").contains("\"title\": \"Teamleder\""))
        #expect(!FileManager.default.fileExists(atPath: scratch.root.appendingPathComponent(CatalogueLock.fileName).path))
    }

    @Test func aSaveRefusedBecauseTheFileChangedMeanwhileKeepsTheEditedCopyAndSaysWhere() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let target = scratch.root.appendingPathComponent("employees/aa.json").path
        let edited = Answers([])
        let result = CLI.run(RunContext(
            arguments: ["edit", "employee", "aa"], workingDirectory: scratch.root, environment: ["EDITOR": "fake", "CATALOGUE_LANG": "en"],
            runEditor: { _, file in
                edited.add(file)
                guard let text = try? String(contentsOfFile: file, encoding: .utf8),
                      let real = try? String(contentsOfFile: target, encoding: .utf8) else { return 1 }
                // Someone else changes the real file while the editor is open.
                try? real.replacingOccurrences(of: "72 57 00 01", with: "72 57 00 09").write(toFile: target, atomically: false, encoding: .utf8)
                try? text.replacingOccurrences(of: "Sagsbehandler", with: "Teamleder").write(toFile: file, atomically: false, encoding: .utf8)
                return 0
            }))
        #expect(result.status == 1)
        // The copy the editor had open is kept, and the last line says where.
        let kept = try #require(edited.next())
        #expect(result.stderr == errorLine(.cannotApply(.changedSinceRead(path: "employees/aa.json"), prefix: "")) + "\n"
            + said(.editCopyKept(path: kept)))
        defer { try? FileManager.default.removeItem(atPath: (kept as NSString).deletingLastPathComponent) }
        #expect(try String(contentsOfFile: kept, encoding: .utf8).contains("\"title\": \"Teamleder\""))
        #expect(try scratch.read("employees/aa.json").contains("72 57 00 09"))
    }
}
