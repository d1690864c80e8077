import CatalogueModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One writer at a time: a kernel lock (`flock`) on the file `.catalogue.lock` in the catalogue
/// folder (or an export's output folder), which the kernel releases when its holder ends, however
/// it ends. The file names the holder (process, computer, command) for the messages of those
/// who wait. Release it explicitly (`defer { lock.release() }`), which also removes the file.
public struct CatalogueLock: Sendable {
    /// The lock file's name in the catalogue folder.
    public static let fileName = ".catalogue.lock"
    /// How much of a lock file is read to name its holder: a real one has four short lines.
    package static let readLimit = 4096

    /// The catalogue folder.
    public let root: URL
    /// Who we are, as written in the lock file.
    public let holder: LockHolder
    /// The open lock file, which holds the kernel lock until it is closed.
    private let descriptor: Int32

    /// Takes the lock of the folder `root` for `command` (the command line as typed), waiting up
    /// to `timeout` while another process holds it. A lock path that is not a regular file, or a
    /// file system that refuses locks, is refused at once. `now` gives the time written.
    public static func acquire(
        root: URL,
        command: String,
        timeout: Duration = .seconds(5),
        now: @Sendable () -> Date = { Date() }
    ) throws(LockError) -> CatalogueLock {
        try acquire(root: root, command: command, timeout: timeout, now: now, locking: .kernel)
    }

    /// `acquire` with the locking primitive given, so a test can stand in for a file system without locks.
    package static func acquire(root: URL, command: String, timeout: Duration, now: @Sendable () -> Date,
                        locking: LockPrimitive) throws(LockError) -> CatalogueLock {
        let me = LockHolder(pid: getpid(), host: currentHost(), command: command, since: now().ISO8601Format())
        let path = root.path + "/" + fileName
        let deadline = ContinuousClock.now + timeout
        while true {
            let descriptor = try openLockFile(path)
            switch locking.tryLock(descriptor) {
            case .success:
                // A holder releasing the lock removes the file: a lock on a file no longer at the path locks nothing.
                guard isStillAtPath(descriptor, path) else {
                    close(descriptor)
                    continue
                }
                write(me, to: descriptor)
                Interruption.register(lock: path, descriptor: descriptor)
                return CatalogueLock(root: root, holder: me, descriptor: descriptor)
            case .failure(let error) where error.code == EWOULDBLOCK || error.code == EAGAIN || error.code == EINTR:
                let seen = holder(readFrom: descriptor)
                close(descriptor)
                let remaining = deadline - ContinuousClock.now
                guard remaining > .zero else {
                    guard let seen else { throw .heldByUnknown(file: fileName) }
                    throw .held(holder: seen, file: fileName, onThisComputer: seen.host == me.host)
                }
                usleep(UInt32(min(remaining, .milliseconds(50)) / .microseconds(1)))
            case .failure(let error):
                // ENOLCK, EOPNOTSUPP, ENOSYS, EINVAL: the file system keeps no locks.
                close(descriptor)
                throw .unsupported(file: fileName, reason: error.reason)
            }
        }
    }

    /// Removes the lock file and releases the kernel lock.
    public func release() {
        let path = root.path + "/" + Self.fileName
        Interruption.unregister(lock: path)
        // Removed while still held, so a waiter never takes a lock on a file that is then removed.
        if Self.isStillAtPath(descriptor, path) { unlink(path) }
        close(descriptor)
    }

    /// Opens (creating if missing) the lock file without following a link or waiting on a pipe,
    /// and refuses anything but a regular file.
    private static func openLockFile(_ path: String) throws(LockError) -> Int32 {
        let descriptor = open(path, O_RDWR | O_CREAT | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let code = errno
            switch code {
            case ELOOP: throw .notAFile(file: fileName, kind: .symbolicLink)
            case EISDIR: throw .notAFile(file: fileName, kind: .folder)
            case ENXIO: throw .notAFile(file: fileName, kind: .socketOrDevice)
            default: throw .couldNotCreate(file: fileName, reason: FileSystem.reason(code))
            }
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let code = errno
            close(descriptor)
            throw .couldNotCreate(file: fileName, reason: FileSystem.reason(code))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw .notAFile(file: fileName, kind: info.st_mode & S_IFMT == S_IFIFO ? .deviceOrPipe : .socketOrDevice)
        }
        return descriptor
    }

    /// True when the open lock file is still the file at `path`.
    private static func isStillAtPath(_ descriptor: Int32, _ path: String) -> Bool {
        var open = stat(), atPath = stat()
        return fstat(descriptor, &open) == 0 && lstat(path, &atPath) == 0 && open.st_dev == atPath.st_dev && open.st_ino == atPath.st_ino
    }

    /// Writes the holder's lines over whatever the file held.
    private static func write(_ holder: LockHolder, to descriptor: Int32) {
        let bytes = Array(holder.text.utf8)
        guard ftruncate(descriptor, 0) == 0 else { return }
        _ = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    /// The holder named at the start of a lock file, reading at most `readLimit` bytes, or nil.
    private static func holder(readFrom descriptor: Int32) -> LockHolder? {
        var buffer = [UInt8](repeating: 0, count: readLimit)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return LockHolder(text: String(decoding: buffer[0..<count], as: UTF8.self))
    }

    /// This computer's name, as the lock file records it.
    package static func currentHost() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "unknown" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// How a lock is taken without waiting: `flock`, or a test's stand-in.
package struct LockPrimitive: Sendable {
    package let tryLock: @Sendable (Int32) -> Result<Void, SystemError>

    /// The kernel's exclusive `flock`, released when the descriptor is closed or the process ends.
    package static let kernel = LockPrimitive { descriptor in
        FileSystem.check(flock(descriptor, LOCK_EX | LOCK_NB))
    }
}

/// Who holds a lock: the process, its computer, the command line and when it took the lock.
public struct LockHolder: Sendable, Hashable {
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

    /// The holder written in a lock file (LF or CRLF line ends), or nil when a field is missing
    /// or the pid is not a positive number.
    public init?(text: String) {
        var fields: [String: String] = [:]
        // Swift takes "\r\n" as one Character, so it splits lines as isNewline does.
        for line in text.split(whereSeparator: \.isNewline) {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let value = line[line.index(after: colon)...]
            fields[String(line[..<colon])] = String(value.hasPrefix(" ") ? value.dropFirst() : value)
        }
        guard let pidText = fields["pid"], let pid = Int32(pidText), pid > 0,
              let host = fields["host"], let command = fields["command"], let since = fields["since"] else { return nil }
        self.init(pid: pid, host: host, command: command, since: since)
    }
}

/// Why the lock could not be taken; every case names the lock file, relative to its folder.
public enum LockError: Error, Sendable, Hashable {
    /// Another process held the lock until the timeout.
    case held(holder: LockHolder, file: String, onThisComputer: Bool)
    /// Another process held the lock until the timeout, and the file does not (yet) name it.
    case heldByUnknown(file: String)
    /// The file could not be created or opened.
    case couldNotCreate(file: String, reason: String)
    /// Something other than a regular file is at the lock's path.
    case notAFile(file: String, kind: FileKind)
    /// The file system does not lock files, so two writers could not be kept apart.
    case unsupported(file: String, reason: String)

    /// The stable code of each case.
    public var code: String {
        switch self {
        case .held: "lock-held"
        case .heldByUnknown: "lock-held"
        case .couldNotCreate: "lock-not-created"
        case .notAFile: "lock-not-a-file"
        case .unsupported: "lock-unsupported"
        }
    }
}
