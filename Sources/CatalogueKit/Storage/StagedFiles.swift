import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Output files written as they are made, each to a temporary file beside its target, and put
/// in place all together or not at all, as `CatalogueWriter.replaceAll` does, but without
/// holding any file's bytes: a file is written while it is rendered, and what it replaces is
/// known by its identity (device, inode, size, modification time), not by its content.
struct StagedFiles: Sendable {
    /// One file being written.
    struct File: Sendable {
        /// The name in the folder.
        let name: String
        /// The temporary file's descriptor, open for writing until `commit`.
        let descriptor: Int32
        let temporary: String
        /// The file it replaces, or nil for a new name.
        let replaces: Identity?
    }

    /// What tells a file apart from another one put at its name since it was looked at.
    struct Identity: Sendable, Equatable {
        var device: UInt64, inode: UInt64, size: Int64, seconds: Int, nanoseconds: Int
    }

    /// The files, in the order named.
    private(set) var files: [File] = []
    private let folder: String

    /// Creates `folder` if missing and a temporary file for each of `names`; refuses a name that
    /// is a symbolic link or anything but a regular file, before anything is written.
    init(_ names: [String], in folder: URL) throws(ApplyError) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .couldNotWrite(path: "", reason: FileSystem.kind(folder.path) == .missing ? "the folder cannot be created" : "it is not a folder")
        }
        self.folder = folder.path
        var targets: [(String, Identity?, mode_t)] = []
        for name in names {
            let target = self.folder + "/" + name
            let descriptor = open(target, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            if descriptor < 0 {
                switch errno {
                case ENOENT: targets.append((name, nil, 0o644)); continue
                case ELOOP: throw .symbolicLink(path: name)
                case let code: throw .couldNotWrite(path: name, reason: FileSystem.reason(code))
                }
            }
            defer { close(descriptor) }
            var info = stat()
            guard fstat(descriptor, &info) == 0 else { throw .couldNotWrite(path: name, reason: FileSystem.reason(errno)) }
            guard info.st_mode & S_IFMT == S_IFREG else {
                throw .couldNotWrite(path: name, reason: FileSystem.reason(info.st_mode & S_IFMT == S_IFDIR ? EISDIR : EINVAL))
            }
            targets.append((name, Self.identity(info), info.st_mode & 0o7777))
        }
        var counter = 0
        for (name, identity, mode) in targets {
            while true {
                let temporary = self.folder + "/" + ChangePlan.temporaryName(for: name, pid: getpid(), counter: counter)
                counter += 1
                let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
                if descriptor >= 0 {
                    files.append(File(name: name, descriptor: descriptor, temporary: temporary, replaces: identity))
                    break
                }
                // Left by an earlier run that had our pid; the next number is free.
                if errno == EEXIST { continue }
                let code = errno
                discard()
                throw .couldNotWrite(path: name, reason: FileSystem.reason(code))
            }
        }
    }

    private static func identity(_ info: stat) -> Identity {
        Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                 seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec)
    }

    /// Writes all of `bytes` to a staged file's descriptor.
    static func write(_ bytes: [UInt8], to descriptor: Int32) -> SystemError? {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress.map { $0 + written }, bytes.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                return SystemError(code: errno)
            }
            written += count
        }
        return nil
    }

    /// Syncs every file, checks that no target changed since it was looked at, and renames them
    /// into place; if one fails, those already placed are put back and nothing is left behind.
    mutating func commit() throws(ApplyError) {
        for (index, file) in files.enumerated() where fsync(file.descriptor) != 0 || close(file.descriptor) != 0 {
            let code = errno
            for later in files[(index + 1)...] { close(later.descriptor) }
            for file in files { unlink(file.temporary) }
            files = []
            throw .couldNotWrite(path: file.name, reason: FileSystem.reason(code))
        }
        let closed = files
        files = []
        func removeTemporaries() { for file in closed { unlink(file.temporary) } }
        for file in closed {
            var info = stat()
            let present = lstat(folder + "/" + file.name, &info) == 0
            let unchanged = file.replaces.map { present && info.st_mode & S_IFMT == S_IFREG && Self.identity(info) == $0 } ?? !present
            if !unchanged {
                removeTemporaries()
                throw present && info.st_mode & S_IFMT == S_IFLNK ? .symbolicLink(path: file.name) : .changedSinceRead(path: file.name)
            }
        }
        // A replaced file keeps a second name until all are placed, so it can be put back.
        var placed: [(file: File, backup: String?)] = []
        var counter = 0
        func undo() -> Bool {
            var restored = true
            for (file, backup) in placed.reversed() {
                let target = folder + "/" + file.name
                if let backup { if rename(backup, target) != 0 { restored = false } } else if unlink(target) != 0 { restored = false }
            }
            return restored
        }
        for file in closed {
            let target = folder + "/" + file.name
            var backup: String?
            if file.replaces != nil {
                while true {
                    let name = folder + "/" + ChangePlan.temporaryName(for: file.name, pid: getpid(), counter: 1_000_000 + counter)
                    counter += 1
                    if link(target, name) == 0 { backup = name; break }
                    if errno == EEXIST { continue }
                    break  // without hard links the file is replaced without a way back, as a rename would
                }
            }
            let result = file.replaces != nil ? FileSystem.check(rename(file.temporary, target)) : FileSystem.linkNew(file.temporary, target)
            if case .failure(let error) = result {
                if let backup { unlink(backup) }
                let restored = undo()
                removeTemporaries()
                throw error.code == EEXIST && file.replaces == nil
                    ? .changedSinceRead(path: file.name)
                    : .couldNotReplace(path: file.name, reason: error.reason, restored: restored)
            }
            placed.append((file, backup))
        }
        for (_, backup) in placed { if let backup { unlink(backup) } }
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
    }

    /// Closes and removes every temporary file: nothing is changed.
    mutating func discard() {
        for file in files {
            close(file.descriptor)
            unlink(file.temporary)
        }
        files = []
    }
}
