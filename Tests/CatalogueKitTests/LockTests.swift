import Foundation
import Synchronization
import Testing
@testable import CatalogueKit

/// The one-writer lock: taking it, waiting for it, taking over a dead holder's lock, releasing it.
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

    /// The pid of a process that has run and exited, so no process has it (until the pid is reused).
    private static func exitedPid() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    /// A fixed time for the lock file, 2026-05-28T20:26:40Z.
    private static let fixedDate = Date(timeIntervalSince1970: 1_780_000_000)

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
        #expect(lock.warning() == nil)
        lock.release()
        #expect(Self.lockText(root) == nil)
        // No temporary file of the lock is left behind.
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
        #expect(error?.message(pathPrefix: "catalogue/") == "the catalogue is being changed by another command: 'catalogue fmt' (process \(getpid()) on this computer, since 2026-05-28T20:26:40Z). Wait for it to finish and run your command again; if no such program is running, delete catalogue/.catalogue.lock.")
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

    @Test func lockOfAnExitedProcessIsTakenOverWithAWarningNamingIt() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let dead = try Self.exitedPid()
        try Self.writeLock(root, "pid: \(dead)\nhost: \(CatalogueLock.currentHost())\ncommand: catalogue fmt\nsince: 2026-01-02T03:04:05Z\n")
        let lock = try CatalogueLock.acquire(root: root, command: "catalogue check", timeout: .milliseconds(300))
        defer { lock.release() }
        #expect(lock.takenOverFrom?.pid == dead)
        #expect(lock.warning(pathPrefix: "catalogue/") == "Took over catalogue/.catalogue.lock, left by 'catalogue fmt' (process \(dead), since 2026-01-02T03:04:05Z), which is no longer running. Its changes may be unfinished; check the catalogue with 'git status' and 'catalogue check'.")
        #expect(Self.lockText(root) == lock.holder.text)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(CatalogueLock.breakFileName).path))
    }

    @Test func acquirersFindingTheSameStaleLockEndWithExactlyOneHolder() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let dead = try Self.exitedPid()
        try Self.writeLock(root, "pid: \(dead)\nhost: \(CatalogueLock.currentHost())\ncommand: old\nsince: 2026-01-02T03:04:05Z\n")
        let winners = Mutex<[String]>([])
        // Each racer has its own command, so the lock file tells which one holds it.
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            if let lock = try? CatalogueLock.acquire(root: root, command: "racer \(index)", timeout: .milliseconds(300)) {
                winners.withLock { $0.append(lock.holder.command) }
            }
        }
        let held = winners.withLock { $0 }
        #expect(held.count == 1)
        #expect(Self.lockText(root)?.contains("command: \(held.first ?? "none")\n") == true)
    }

    @Test func staleLockIsKeptWhileABreakFileSaysAnotherTakeoverIsUnderWay() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let stale = "pid: \(try Self.exitedPid())\nhost: \(CatalogueLock.currentHost())\ncommand: old\nsince: 2026-01-02T03:04:05Z\n"
        try Self.writeLock(root, stale)
        let breaker = "pid: \(try Self.exitedPid())\nhost: \(CatalogueLock.currentHost())\ncommand: catalogue fmt\nsince: 2026-01-02T03:04:06Z\n"
        try Data(breaker.utf8).write(to: root.appendingPathComponent(CatalogueLock.breakFileName))
        let error = #expect(throws: LockError.self) {
            try CatalogueLock.acquire(root: root, command: "catalogue check", timeout: .milliseconds(200))
        }
        #expect(error?.message(pathPrefix: "catalogue/").hasSuffix("delete catalogue/.catalogue.lock.break.") == true)
        #expect(Self.lockText(root) == stale)
    }

    @Test func lockOfAnotherComputerIsNeverTakenOver() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let text = "pid: \(try Self.exitedPid())\nhost: elsewhere.example\ncommand: catalogue fmt\nsince: 2026-01-02T03:04:05Z\n"
        try Self.writeLock(root, text)
        let error = #expect(throws: LockError.self) {
            try CatalogueLock.acquire(root: root, command: "catalogue check", timeout: .milliseconds(200))
        }
        #expect(error?.message().contains("on the computer elsewhere.example") == true)
        #expect(Self.lockText(root) == text)
    }

    @Test func garbledLockCountsAsHeldSaysItCouldNotBeReadAndIsKept() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.writeLock(root, "pid: not a number\n")
        let error = #expect(throws: LockError.self) {
            try CatalogueLock.acquire(root: root, command: "catalogue check", timeout: .milliseconds(200))
        }
        #expect(error == .unreadable(file: ".catalogue.lock", reason: "its content is not a lock"))
        #expect(error?.message(pathPrefix: "catalogue/").hasPrefix("could not read catalogue/.catalogue.lock (its content is not a lock)") == true)
        #expect(Self.lockText(root) == "pid: not a number\n")
    }

    @Test func releaseLeavesALockThatIsNoLongerOurs() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let lock = try CatalogueLock.acquire(root: root, command: "ours")
        let theirs = "pid: 1\nhost: elsewhere.example\ncommand: theirs\nsince: 2026-01-02T03:04:05Z\n"
        try Self.writeLock(root, theirs)
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
