import Foundation
import Synchronization
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// The one-writer lock: taking it, waiting for it, a dead holder's lock released by the kernel, releasing it.
struct LockTests {
    /// A fresh empty folder for one test.
    private static func folder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lock-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }

    /// The lock file's text, or nil when there is none.
    private static func lockText(_ root: URL) -> String? {
        FileManager.default.contents(atPath: root.appendingPathComponent(CatalogueLock.fileName).path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Writes a lock file by hand, as another process would have left it.
    private static func writeLock(_ root: URL, _ text: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent(CatalogueLock.fileName))
    }

    /// A fixed time for the lock file, 2026-05-28T20:26:40Z.
    private static let fixedDate = Date(timeIntervalSince1970: 1_780_000_000)

    /// Holds the kernel lock on the lock file in `root` through a descriptor of its own, as
    /// another process would; returns the descriptor, to be closed to release it.
    private static func holdLock(_ root: URL, content: [UInt8]) throws -> Int32 {
        let path = root.appendingPathComponent(CatalogueLock.fileName).path
        try Data(content).write(to: URL(fileURLWithPath: path))
        let descriptor = open(path, O_RDWR)
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        return descriptor
    }

    @Test func acquireWritesHolderLinesAndReleaseRemovesTheFile() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let lock = try CatalogueLock.acquire(root: root, command: "catalogue set employee akm --phone 12345678", now: { Self.fixedDate })
        #expect(Self.lockText(root) == """
            pid: \(getpid())
            host: \(CatalogueLock.currentHost())
            command: catalogue set employee akm --phone 12345678
            since: 2026-05-28T20:26:40Z

            """)
        lock.release()
        #expect(Self.lockText(root) == nil)
        // No temporary or break file of the lock is ever made.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == [])
    }

    @Test func secondAcquireWhileHeldTimesOutWithAMessageNamingTheHolder() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try CatalogueLock.acquire(root: root, command: "catalogue fmt", now: { Self.fixedDate })
        defer { first.release() }
        let start = ContinuousClock.now
        let error = #expect(throws: LockError.self) {
            try CatalogueLock.acquire(root: root, command: "catalogue set employee akm --phone 1", timeout: .milliseconds(300))
        }
        #expect(ContinuousClock.now - start >= .milliseconds(300))
        #expect(error == .held(holder: first.holder, file: ".catalogue.lock", onThisComputer: true))
        // The message names the holder in both languages: its command, process and since when.
        for language in Language.allCases {
            let text = error.map { Wording(language).text(.cannotLock($0, prefix: "catalogue/")) } ?? ""
            #expect(text.contains("'catalogue fmt'") && text.contains("\(getpid())") && text.contains("2026-05-28T20:26:40Z"), "\(text)")
        }
        #expect(Self.lockText(root) == first.holder.text)
    }

    @Test func acquireWaitsUntilTheHolderReleases() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try CatalogueLock.acquire(root: root, command: "first")
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { first.release() }
        let second = try CatalogueLock.acquire(root: root, command: "second", timeout: .seconds(5))
        #expect(Self.lockText(root)?.contains("command: second\n") == true)
        second.release()
    }

    @Test(arguments: ["pid: 2147483646\nhost: elsewhere.example\ncommand: catalogue fmt\nsince: 2026-01-02T03:04:05Z\n",
                      "pid: not a number\n", ""])
    func aLockFileNobodyHoldsIsTakenAtOnceWhateverItSays(_ text: String) throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.writeLock(root, text)
        let start = ContinuousClock.now
        let lock = try CatalogueLock.acquire(root: root, command: "catalogue check", timeout: .seconds(5))
        #expect(ContinuousClock.now - start < .seconds(1))
        #expect(Self.lockText(root) == lock.holder.text)
        lock.release()
    }

    @Test func acquirersRacingForTheLockEndWithExactlyOneHolderAtATime() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let holders = Mutex<(now: Int, most: Int, taken: Int)>((0, 0, 0))
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            for _ in 0..<5 {
                guard let lock = try? CatalogueLock.acquire(root: root, command: "racer \(index)", timeout: .seconds(10)) else { continue }
                holders.withLock { $0.now += 1; $0.most = max($0.most, $0.now); $0.taken += 1 }
                usleep(1000)
                holders.withLock { $0.now -= 1 }
                lock.release()
            }
        }
        let result = holders.withLock { $0 }
        #expect(result.most == 1)
        #expect(result.taken == 40)
        #expect(Self.lockText(root) == nil)
    }

    @Test func aLockHeldWithCRLFLineEndsNamesItsHolder() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let descriptor = try Self.holdLock(root, content: Array("pid: 4242\r\nhost: pc-7\r\ncommand: catalogue fmt\r\nsince: 2026-01-02T03:04:05Z\r\n".utf8))
        defer { close(descriptor) }
        #expect(throws: LockError.held(holder: LockHolder(pid: 4242, host: "pc-7", command: "catalogue fmt", since: "2026-01-02T03:04:05Z"),
                                       file: ".catalogue.lock", onThisComputer: false)) {
            try CatalogueLock.acquire(root: root, command: "catalogue check", timeout: .milliseconds(100))
        }
    }

    @Test func aHugeLockFileIsReadOnlyAtItsStart() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let descriptor = try Self.holdLock(root, content: Array("pid: 4242\nhost: pc-7\ncommand: catalogue fmt\nsince: s\n".utf8))
        defer { close(descriptor) }
        // 200 MB, most of it a hole: reading it whole would take seconds and the memory.
        #expect(ftruncate(descriptor, 200 << 20) == 0)
        let start = ContinuousClock.now
        let error = #expect(throws: LockError.self) {
            try CatalogueLock.acquire(root: root, command: "catalogue check", timeout: .milliseconds(200))
        }
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect(error == .heldByUnknown(file: ".catalogue.lock"))
    }

    @Test(arguments: ["fifo", "folder", "link"])
    func aLockPathThatIsNotAFileIsRefusedAtOnce(_ kind: String) throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent(CatalogueLock.fileName).path
        switch kind {
        case "fifo": #expect(mkfifo(path, 0o644) == 0)
        case "folder": #expect(mkdir(path, 0o755) == 0)
        default: #expect(symlink("elsewhere", path) == 0)
        }
        let start = ContinuousClock.now
        let error = #expect(throws: LockError.self) {
            try CatalogueLock.acquire(root: root, command: "catalogue fmt", timeout: .seconds(5))
        }
        #expect(ContinuousClock.now - start < .seconds(1))
        let expected: FileKind? = ["fifo": .deviceOrPipe, "folder": .folder, "link": .symbolicLink][kind]
        #expect(error == expected.map { .notAFile(file: ".catalogue.lock", kind: $0) })
        for language in Language.allCases {
            #expect(error.map { Wording(language).text(.cannotLock($0, prefix: "catalogue/")) }?.contains("catalogue/.catalogue.lock") == true)
        }
    }

    @Test func aFileSystemWithoutLocksIsRefusedWithTheReason() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let noLocks = LockPrimitive { _ in .failure(SystemError(code: ENOLCK)) }
        let error = #expect(throws: LockError.self) {
            try CatalogueLock.acquire(root: root, command: "catalogue fmt", timeout: .seconds(5), now: { Date() }, locking: noLocks)
        }
        #expect(error == .unsupported(file: ".catalogue.lock", reason: "no locks available"))
        for language in Language.allCases {
            #expect(error.map { Wording(language).text(.cannotLock($0, prefix: "")) }?.contains("(no locks available)") == true)
        }
    }

    @Test func aHolderKilledWhileItHoldsTheLockReleasesIt() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        // An edit whose editor waits: the command holds the lock until it is killed.
        let process = Process()
        process.executableURL = EndToEndTests.binary
        process.arguments = ["edit", "employee", "aa", "--catalogue", scratch.root.path]
        process.environment = ["EDITOR": "sleep 3; :", "PATH": "/usr/bin:/bin"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let lockPath = scratch.root.appendingPathComponent(CatalogueLock.fileName).path
        let deadline = Date().addingTimeInterval(10)
        while Self.lockText(scratch.root)?.contains("command: catalogue edit") != true && Date() < deadline { usleep(10_000) }
        #expect(FileManager.default.fileExists(atPath: lockPath))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let start = ContinuousClock.now
        let lock = try CatalogueLock.acquire(root: scratch.root, command: "catalogue check", timeout: .seconds(5))
        lock.release()
        #expect(ContinuousClock.now - start < .seconds(1))
        // The editor it started (sleep 3) outlives it by a moment, and holds no lock.
    }

    @Test func releaseLeavesALockFileThatIsNoLongerOurs() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let lock = try CatalogueLock.acquire(root: root, command: "ours")
        let theirs = "pid: 1\nhost: elsewhere.example\ncommand: theirs\nsince: 2026-01-02T03:04:05Z\n"
        let other = root.appendingPathComponent("other")
        try Data(theirs.utf8).write(to: other)
        #expect(rename(other.path, root.appendingPathComponent(CatalogueLock.fileName).path) == 0)
        lock.release()
        #expect(Self.lockText(root) == theirs)
    }

    @Test func missingCatalogueFolderFailsWithTheReason() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lock-missing-\(UUID().uuidString)")
        #expect(throws: LockError.couldNotCreate(file: ".catalogue.lock", reason: "no such file or directory")) {
            try CatalogueLock.acquire(root: root, command: "catalogue check", timeout: .milliseconds(100))
        }
    }

    @Test func holderRoundTripsThroughTheLockFileText() {
        let holder = LockHolder(pid: 42, host: "pc-17", command: "catalogue set task x --title 'a\nb'", since: "2026-01-02T03:04:05Z")
        #expect(holder.command == "catalogue set task x --title 'a b'")
        #expect(LockHolder(text: holder.text) == holder)
        #expect(LockHolder(text: "pid: 0\nhost: h\ncommand: c\nsince: s\n") == nil)
    }
}
