import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// Arguments that are not UTF-8 are refused with the option and the byte, never stored as U+FFFD.
struct ArgumentBytesTests {
    @Test(arguments: [
        (["set", "employee", "aa", "--title", "Byg\u{FF}x"], Message.argumentNotUTF8(option: "--title", position: 5, byte: 4)),
        (["set", "employee", "aa", "--title=Byg\u{FF}x"], Message.argumentNotUTF8(option: "--title", position: 4, byte: 12)),
        (["set", "employee", "a\u{FF}"], Message.argumentNotUTF8(option: nil, position: 3, byte: 2)),
    ])
    func anArgumentThatIsNotUTF8IsRefusedWithItsOptionAndByte(_ arguments: [String], _ message: Message) throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let before = scratch.snapshot()
        // U+00FF stands for the single byte 0xFF here: each argument is passed as Latin-1 bytes where it holds it.
        let bytes = arguments.map { argument in
            argument.unicodeScalars.contains("\u{FF}") ? argument.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) } : Array(argument.utf8)
        }
        let (status, stderr) = Self.run(bytes + [Array("--catalogue".utf8), Array(scratch.root.path.utf8), Array("--language=en".utf8)])
        #expect(status == 64)
        #expect(stderr == errorLine(message) + "\n", "\(stderr)")
        let unchanged = scratch.snapshot() == before
        #expect(unchanged)
    }

    @Test func theBytesOfEveryArgumentAreCheckedInProcessToo() {
        #expect(ArgumentBytes.invalidUTF8([Array("ok".utf8), [0x42, 0xC3], Array("æøå".utf8), [0xFF]]) == [1: 1, 3: 0])
        let context = RunContext(arguments: ["init", "k", "--organisation", "A\u{FFFD}"], workingDirectory: URL(fileURLWithPath: "/"))
        var bad = context
        bad.invalidUTF8 = [3: 1]
        #expect(CLI.run(bad) == RunResult(status: 64, stderr: errorLine(.argumentNotUTF8(option: "--organisation", position: 4, byte: 2)) + "\n"))
    }

    /// Runs the binary with arguments given as raw bytes; its exit status and stderr.
    private static func run(_ arguments: [[UInt8]]) -> (Int32, String) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("stderr-\(UUID().uuidString)").path
        defer { unlink(errors) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([Array(EndToEndTests.binary.path.utf8)] + arguments).map { bytes in
            let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
            for (index, byte) in bytes.enumerated() { pointer[index] = CChar(bitPattern: byte) }
            pointer[bytes.count] = 0
            return pointer
        } + [nil]
        defer { argv.forEach { $0?.deallocate() } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, EndToEndTests.binary.path, &actions, nil, argv, environ) == 0 else { return (-1, "") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return ((status >> 8) & 0xFF, (try? String(contentsOfFile: errors, encoding: .utf8)) ?? "")
    }
}
