import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One writer at a time: the file `.catalogue.lock` in the catalogue folder, naming its holder.
/// Release it explicitly (`defer { lock.release() }`); a lock left by a killed run on this
/// computer is taken over by the next one.
public struct CatalogueLock: Sendable {
    /// The lock file's name in the catalogue folder.
    public static let fileName = ".catalogue.lock"
    /// Held, briefly, by the one process allowed to remove a stale lock.
    public static let breakFileName = ".catalogue.lock.break"

    /// The catalogue folder.
    public let root: URL
    /// Who we are, as written in the lock file.
    public let holder: LockHolder
    /// The holder of a stale lock this one replaced, if any.
    public let takenOverFrom: LockHolder?
    /// The exact bytes we wrote, so release removes the file only while it is still ours.
    private let content: [UInt8]

    /// Takes the lock of the catalogue in `root` for `command` (the command line as typed), waiting
    /// up to `timeout` while another live process holds it. `now` gives the time written in the file.
    public static func acquire(
        root: URL,
        command: String,
        timeout: Duration = .seconds(5),
        now: @Sendable () -> Date = { Date() }
    ) throws(LockError) -> CatalogueLock {
        let me = LockHolder(pid: getpid(), host: currentHost(), command: command, since: now().ISO8601Format())
        let content = Array(me.text.utf8)
        let lockPath = root.path + "/" + fileName
        let deadline = ContinuousClock.now + timeout
        var takenOver: LockHolder?
        var lastSeen: LockError
        while true {
            switch create(lockPath, content) {
            case .success:
                return CatalogueLock(root: root, holder: me, takenOverFrom: takenOver, content: content)
            case .failure(let error) where error.code != EEXIST:
                throw .couldNotCreate(file: fileName, reason: error.reason)
            case .failure:
                break
            }
            switch FileSystem.readAll(lockPath) {
            case .failure(let error) where error.code == ENOENT:
                // Released between our attempt and the read: try again at once.
                continue
            case .failure(let error):
                lastSeen = .unreadable(file: fileName, reason: error.reason)
            case .success(let bytes):
                guard let holder = LockHolder(text: String(decoding: bytes, as: UTF8.self)) else {
                    lastSeen = .unreadable(file: fileName, reason: "its content is not a lock")
                    break
                }
                if holder.host == me.host, !isRunning(holder.pid) {
                    switch breakStale(root: root, stale: bytes, me: me) {
                    case .broken:
                        takenOver = holder
                        continue
                    case .blocked(let error):
                        lastSeen = error
                    case .notStale:
                        lastSeen = .held(holder: holder, file: fileName, onThisComputer: true)
                    }
                } else {
                    takenOver = nil
                    lastSeen = .held(holder: holder, file: fileName, onThisComputer: holder.host == me.host)
                }
            }
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else { throw lastSeen }
            usleep(UInt32(min(remaining, .milliseconds(50)) / .microseconds(1)))
        }
    }

    /// Removes the lock file if it still holds what this lock wrote; otherwise leaves it alone.
    public func release() {
        let lockPath = root.path + "/" + Self.fileName
        // Nobody else removes a lock whose holder is running, so it cannot change between the check and the unlink.
        if case .success(let bytes) = FileSystem.readAll(lockPath), bytes == content {
            unlink(lockPath)
        }
    }

    /// The warning to show when this lock replaced a stale one, or nil.
    public func warning(pathPrefix: String = "") -> String? {
        guard let old = takenOverFrom else { return nil }
        return "Took over \(pathPrefix)\(Self.fileName), left by '\(old.command)' (process \(old.pid), since \(old.since)), which is no longer running. "
            + "Its changes may be unfinished; check the catalogue with 'git status' and 'catalogue check'."
    }

    /// Creates the lock file with `content` only if none exists (EEXIST otherwise). The content is
    /// written and synced under a temporary name and then hard-linked, so no reader ever sees half a lock.
    private static func create(_ lockPath: String, _ content: [UInt8]) -> Result<Void, SystemError> {
        let folder = (lockPath as NSString).deletingLastPathComponent
        while true {
            let name = ChangePlan.temporaryName(for: fileName, pid: getpid(), counter: Int.random(in: 0..<Int.max))
            let temporary = folder + "/" + name
            if case .failure(let error) = FileSystem.writeNew(temporary, content, mode: 0o644) { return .failure(error) }
            defer { unlink(temporary) }
            if link(temporary, lockPath) == 0 { return .success(()) }
            let code = errno
            // The lock holder's `removeLeftovers` may have taken our temporary file; write another.
            if code == ENOENT, FileSystem.kind(temporary) == .missing { continue }
            guard code == EPERM || code == EOPNOTSUPP || code == EMLINK else { return .failure(SystemError(code: code)) }
            // Without hard links, exclusive creation still guarantees one holder; a reader may then
            // briefly see a partly written file, which it treats as held.
            return FileSystem.writeNew(lockPath, content, mode: 0o644)
        }
    }

    /// What came of trying to remove a stale lock.
    private enum Breaking {
        case broken
        case notStale
        case blocked(LockError)
    }

    /// Removes the stale lock whose bytes are `stale`, if no other process is doing so. Only the
    /// process that creates the break file may remove the lock, and it first checks the lock still
    /// holds exactly the stale bytes, so two processes finding the same stale lock cannot both
    /// remove it, and neither can remove a new lock that replaced it.
    private static func breakStale(root: URL, stale: [UInt8], me: LockHolder) -> Breaking {
        let lockPath = root.path + "/" + fileName
        let breakPath = root.path + "/" + breakFileName
        switch FileSystem.writeNew(breakPath, Array(me.text.utf8), mode: 0o644) {
        case .success:
            break
        case .failure(let error) where error.code == EEXIST:
            // Another process is breaking the lock right now; a break file whose writer died is
            // never removed automatically (that removal could race), so the user is told about it.
            guard case .success(let bytes) = FileSystem.readAll(breakPath),
                  let breaker = LockHolder(text: String(decoding: bytes, as: UTF8.self)) else {
                return .blocked(.unreadable(file: breakFileName, reason: "another catalogue command is taking over the lock"))
            }
            return .blocked(.held(holder: breaker, file: breakFileName, onThisComputer: breaker.host == me.host))
        case .failure(let error):
            return .blocked(.couldNotCreate(file: breakFileName, reason: error.reason))
        }
        defer { unlink(breakPath) }
        guard case .success(let current) = FileSystem.readAll(lockPath), current == stale else { return .notStale }
        return unlink(lockPath) == 0 ? .broken : .notStale
    }

    /// True unless the process `pid` certainly does not exist; EPERM means it runs as another user.
    private static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }

    /// This computer's name, as the lock file records it.
    static func currentHost() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "unknown" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// Who holds a lock: the process, its computer, the command line and when it took the lock.
public struct LockHolder: Sendable, Equatable {
    /// The process id, meaningful only on `host`.
    public var pid: Int32
    /// The computer's name.
    public var host: String
    /// The command line, e.g. "catalogue set employee akm --phone 12345678".
    public var command: String
    /// When the lock was taken, in ISO 8601.
    public var since: String

    /// A holder; line breaks in the command become spaces so the file stays one field per line.
    public init(pid: Int32, host: String, command: String, since: String) {
        self.pid = pid
        self.host = host
        self.command = command.split(whereSeparator: \.isNewline).joined(separator: " ")
        self.since = since
    }

    /// The lock file's content: `key: value` lines.
    public var text: String {
        "pid: \(pid)\nhost: \(host)\ncommand: \(command)\nsince: \(since)\n"
    }

    /// The holder written in a lock file, or nil when a field is missing or the pid is not a positive number.
    public init?(text: String) {
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let value = line[line.index(after: colon)...]
            fields[String(line[..<colon])] = String(value.hasPrefix(" ") ? value.dropFirst() : value)
        }
        // kill(0, …) and kill(-1, …) address groups of processes, so only a positive pid is accepted.
        guard let pidText = fields["pid"], let pid = Int32(pidText), pid > 0,
              let host = fields["host"], let command = fields["command"], let since = fields["since"] else { return nil }
        self.init(pid: pid, host: host, command: command, since: since)
    }
}

/// Why the lock could not be taken; every case names the lock file, relative to the catalogue.
public enum LockError: Error, Sendable, Equatable {
    /// Another process held the file until the timeout.
    case held(holder: LockHolder, file: String, onThisComputer: Bool)
    /// The file existed but could not be read or understood until the timeout.
    case unreadable(file: String, reason: String)
    /// The file could not be created at all.
    case couldNotCreate(file: String, reason: String)

    /// The message for the user, with `pathPrefix` before the file ("catalogue/").
    public func message(pathPrefix: String = "") -> String {
        switch self {
        case .held(let holder, let file, let onThisComputer):
            let place = onThisComputer ? "on this computer" : "on the computer \(holder.host)"
            return "the catalogue is being changed by another command: '\(holder.command)' (process \(holder.pid) \(place), since \(holder.since)). "
                + "Wait for it to finish and run your command again; if no such program is running, delete \(pathPrefix)\(file)."
        case .unreadable(let file, let reason):
            return "could not read \(pathPrefix)\(file) (\(reason)), so it is unknown which command is changing the catalogue. "
                + "Wait for any other catalogue command to finish and run your command again; if none is running, delete \(pathPrefix)\(file)."
        case .couldNotCreate(let file, let reason):
            return "could not create \(pathPrefix)\(file) (\(reason)). Check that the catalogue folder exists and you may write to it, then run the command again."
        }
    }
}

extension LockError: CustomStringConvertible {
    /// The message without a path prefix.
    public var description: String { message() }
}
