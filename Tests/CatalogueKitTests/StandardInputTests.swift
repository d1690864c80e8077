import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// `--description-file -` and `--description-file FILE` read with the entry limit and never
/// trap, whatever standard input or the file is; the real binary is run, since standard
/// input is the process's own.
struct StandardInputTests {
    /// How standard input is set up for the run.
    enum Input: Sendable, CustomStringConvertible {
        case path(String), closed
        var description: String {
            switch self {
            case .path(let path): path
            case .closed: "closed"
            }
        }
    }

    @Test(arguments: [
        (Input.path("/tmp"), InputError.notAFile(.standardInput, kind: .folder)),
        (Input.path("/dev/zero"), InputError.tooLarge(.standardInput, limit: 1_048_576)),
        (Input.closed, InputError.closed),
    ])
    func standardInputThatIsNoTextIsRefusedWithTheReasonAndNothingChanges(_ input: Input, _ reason: InputError) throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let before = scratch.snapshot()
        let started = ContinuousClock.now
        let (status, stderr) = Self.run(["set", "task", "byggesag", "--description-file", "-", "--catalogue", scratch.root.path, "--language", "en"], input: input)
        #expect(status == 64, "\(stderr)")
        #expect(stderr.hasPrefix(errorLine(.cannotReadInput(reason)) + "\n"), "\(stderr)")
        // /dev/zero is endless: reading stops at the limit, not after gigabytes.
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(scratch.snapshot() == before)
    }

    @Test func aDescriptionFileThatIsAFolderOrAPipeIsNamedAsSuchAndNeverWaitedOn() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let pipe = scratch.root.appendingPathComponent(".pipe").path
        #expect(mkfifo(pipe, 0o644) == 0)
        let folder = scratch.run(["set", "task", "byggesag", "--description-file", "tasks"])
        #expect(folder.stderr.hasPrefix(errorLine(.cannotReadInput(.notAFile(.file("tasks"), kind: .folder))) + "\n"))
        let fifo = scratch.run(["set", "task", "byggesag", "--description-file", ".pipe"])
        #expect(fifo.stderr.hasPrefix(errorLine(.cannotReadInput(.notAFile(.file(".pipe"), kind: .deviceOrPipe))) + "\n"))
        let missing = scratch.run(["set", "task", "byggesag", "--description-file", "nowhere.md"])
        #expect(missing.stderr.hasPrefix(errorLine(.cannotReadInput(.missing(.file("nowhere.md")))) + "\n"))
    }

    /// Runs the binary with standard input as given; its exit status and what it wrote to stderr.
    private static func run(_ arguments: [String], input: Input) -> (Int32, String) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        switch input {
        case .path(let path): posix_spawn_file_actions_addopen(&actions, 0, path, O_RDONLY, 0)
        case .closed: posix_spawn_file_actions_addclose(&actions, 0)
        }
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("stderr-\(UUID().uuidString)").path
        defer { unlink(errors) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([EndToEndTests.binary.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, EndToEndTests.binary.path, &actions, nil, argv, environ) == 0 else { return (-1, "") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let text = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
        return (status & 0x7F == 0 ? (status >> 8) & 0xFF : -(status & 0x7F), text)
    }
}
