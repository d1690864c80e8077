import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// No command writes what the loader then refuses: an entry over the size limit, a logo file no
/// setting names, a catalogue from `init` that `check` rejects. Each is refused, or made whole,
/// before anything is written.
struct WriteLimitTests {
    /// Text that makes an entry file larger than the loader reads, though it passes the input limit itself.
    private static let longText = String(repeating: "Lang tekst. ", count: 87_380)

    @Test func aDescriptionThatWouldMakeTheFileTooLargeIsRefusedBySetAndAdd() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        try scratch.write(".long.md", Self.longText)
        let before = scratch.snapshot()
        for arguments in [["set", "task", "byggesag", "--description-file", ".long.md"],
                          ["add", "task", "--title", "Ny", "--department", "adm", "--area", "byg", "--responsible", "aa", "--audience", "internal",
                           "--description-file", ".long.md"]] {
            let result = scratch.run(arguments)
            #expect(result.status == 1, "\(arguments): \(result.stderr)")
            #expect(diagnosticCodes(result.stderr).filter { $0.hasSuffix(": error [file-too-large]") }.count == 1, "\(arguments): \(result.stderr)")
            #expect(errorCodes(result.stderr) == ["refused-errors"], "\(arguments)")
            let unchanged = scratch.snapshot() == before
            #expect(unchanged, "\(arguments)")
        }
    }

    @Test func keywordsThatWouldMakeTheFileTooLargeAreRefused() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let before = scratch.snapshot()
        let keyword = String(repeating: "k", count: 120_000)
        let result = scratch.run(["set", "task", "byggesag"] + (0..<10).flatMap { ["--add-keyword", keyword + "\($0)"] })
        #expect(result.status == 1)
        #expect(diagnosticCodes(result.stderr) == ["tasks/byggesag.md: error [file-too-large]"])
        #expect(errorCodes(result.stderr) == ["refused-errors"])
        let unchanged = scratch.snapshot() == before
        #expect(unchanged)
    }

    @Test func anEditThatWouldMakeTheFileTooLargeIsShownAsAProblemAndNotSaved() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let before = scratch.snapshot()
        let result = CLI.run(RunContext(
            arguments: ["edit", "task", "byggesag"], workingDirectory: scratch.root, environment: ["EDITOR": "fake", "CATALOGUE_LANG": "en"],
            readLine: { "n" },
            runEditor: { _, file in
                guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return 1 }
                try? (text + Self.longText).write(toFile: file, atomically: false, encoding: .utf8)
                return 0
            }))
        #expect(result.status == 1)
        #expect(diagnosticCodes(result.stderr).filter { $0.hasSuffix(": error [file-too-large]") }.count == 1, "\(result.stderr)")
        #expect(errorCodes(result.stderr) == ["edit-discarded"])
        let unchanged = scratch.snapshot() == before
        #expect(unchanged)
    }

    @Test func anEmptyLogoIsRefusedAndChangesNothing() throws {
        let scratch = try ScratchCatalogue(copyOf: defaultCatalogue)
        defer { scratch.remove() }
        let before = scratch.snapshot()
        let result = scratch.run(["set", "settings", "--logo", ""])
        #expect(errorCodes(result.stderr) == ["empty-value"])
        #expect(scratch.snapshot() == before)
    }

    @Test func removingTheLogoSettingTakesTheLogoFileWithItSoCheckStillPasses() throws {
        let scratch = try ScratchCatalogue(copyOf: defaultCatalogue)
        defer { scratch.remove() }
        let result = scratch.run(["set", "settings", "--unset", "logo"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == said(.changed(path: "catalogue.json"), .deleted(path: "logo.svg")))
        #expect(!FileManager.default.fileExists(atPath: scratch.root.appendingPathComponent("logo.svg").path))
        #expect(scratch.checked().filter { $0.severity == .error } == [])
    }

    @Test func initRefusesAnOrganisationThatCheckWouldRefuseAndWritesNothing() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let result = run(["init", "k", "--organisation", "Fjordby\nKommune"], in: parent)
        #expect(result.status == 64)
        let control = Diagnostic.at(SourceLocation(file: "k/catalogue.json", line: 2, column: 19), .controlCharacter(key: "organisation", scalar: "\n"))
        #expect(result.stderr.hasPrefix(Wording(.english).lines(control).joined(separator: "\n") + "\n" + errorLine(.initRefused(.invalidSettings(count: 1), folder: "k"))))
        #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent("k").path))
    }

    @Test func initRefusesAFolderHoldingOtherFilesAndNamesThem() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("k")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("tasks"), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let result = run(["init", "k", "--organisation", "Fjordby Kommune"], in: parent)
        #expect(result.status == 1)
        #expect(result.stderr == errorLine(.initRefused(.holdsOtherFiles(["notes.txt"]), folder: "k")) + "\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["notes.txt", "tasks"])
        // Hidden files and empty kind folders are no obstacle.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("notes.txt"))
        try Data("x".utf8).write(to: folder.appendingPathComponent(".envrc"))
        #expect(run(["init", "k", "--organisation", "Fjordby Kommune"], in: parent).status == 0)
        #expect(try ScratchCatalogue.diagnostics(in: folder) == [])
    }
}

/// A full disk is said to be full, not blamed on permissions.
struct DiskFullTests {
    @Test(.enabled(if: getuid() == 0, "mounting a small file system needs root"))
    func aChangeOnAFullDiskSaysTheDiskIsFullAndChangesNothing() throws {
        let mount = FileManager.default.temporaryDirectory.appendingPathComponent("full-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: mount) }
        guard Self.shell("mount -t tmpfs -o size=256k tmpfs '\(mount.path)'") == 0 else { return }
        defer { _ = Self.shell("umount '\(mount.path)'") }
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let root = mount.appendingPathComponent("catalogue")
        try FileManager.default.copyItem(at: scratch.root, to: root)
        // Fill what is left, so the next write fails for want of space.
        let filler = open(mount.path + "/filler", O_WRONLY | O_CREAT, 0o644)
        let block = [UInt8](repeating: 0, count: 4096)
        while block.withUnsafeBytes({ write(filler, $0.baseAddress, $0.count) }) > 0 {}
        close(filler)
        let result = run(["set", "employee", "aa", "--title", String(repeating: "Teamleder ", count: 800)], in: root)
        #expect(result.status == 1)
        #expect(result.stderr == errorLine(.cannotApply(.diskFull(path: "employees/aa.json"), prefix: "")) + "\n")
        #expect(try String(contentsOf: root.appendingPathComponent("employees/aa.json"), encoding: .utf8).contains("Sagsbehandler"))
    }

    private static func shell(_ command: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

extension ScratchCatalogue {
    /// The diagnostics of the catalogue in `folder`.
    static func diagnostics(in folder: URL) throws -> [String] {
        Validator.check(CatalogueReader.load(folder)).map(\.coded)
    }
}
