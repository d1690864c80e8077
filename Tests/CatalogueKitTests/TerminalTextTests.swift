import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// What the tool prints to a terminal shows control characters instead of acting on them.
struct TerminalTextTests {
    @Test func controlAndDirectionCharactersAreShownEscaped() {
        #expect(TerminalText.visible("x\u{1B}]0;pwned\u{07}\u{1B}[2J") == "x\\x1B]0;pwned\\x07\\x1B[2J")
        #expect(TerminalText.visible("abc\u{202E}fed\r\u{9B}") == "abc\\u{202E}fed\\x0D\\x9B")
        #expect(TerminalText.visible("Mørk\tByggesag\n") == "Mørk\tByggesag\n")
    }

    @Test func theToolsOwnColoursPass() {
        let painted = "\u{1B}[1;31merror\u{1B}[0m: \u{1B}[2Jx"
        #expect(TerminalText.visible(painted) == "\u{1B}[1;31merror\u{1B}[0m: \\x1B[2Jx")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a pseudo-terminal"),
          .timeLimit(.minutes(1)))
    func anArgumentEchoedToATerminalCannotSetTheTitleOrClearTheScreen() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let runner = folder.appendingPathComponent("run.sh"), transcript = folder.appendingPathComponent("transcript")
        try Data("""
            #!/bin/sh
            '\(EndToEndTests.binary.path)' show employee "$(printf 'x\\033]0;pwned\\007\\033[2J')" --catalogue '\(defaultCatalogue.path)' --language en

            """.utf8).write(to: runner)
        chmod(runner.path, 0o755)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["20", "/usr/bin/script", "-qec", runner.path, transcript.path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let seen = try String(contentsOf: transcript, encoding: .utf8)
        // The typed id is named in the message with its control characters spelt out.
        #expect(seen.contains("[no-entry]") && seen.contains("'x\\x1B]0;pwned\\x07\\x1B[2J'"), "\(seen)")
        #expect(!seen.contains("\u{1B}]0;"))
        #expect(!seen.contains("\u{1B}[2J"))
    }
}
