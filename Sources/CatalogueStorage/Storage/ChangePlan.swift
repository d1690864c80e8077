import CatalogueModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One change to one file of the catalogue; paths are relative to the catalogue folder ("employees/akm.json").
public enum FileChange: Sendable, Equatable {
    case create(path: String, new: [UInt8])
    case modify(path: String, old: [UInt8], new: [UInt8])
    case delete(path: String, old: [UInt8])
    case rename(from: String, to: String, old: [UInt8], new: [UInt8])
}

/// A set of file changes that is applied all together, or not at all.
public struct ChangePlan: Sendable, Equatable {
    /// The changes, in the order they are shown to the user.
    public var changes: [FileChange]

    /// A plan of `changes`.
    public init(changes: [FileChange] = []) {
        self.changes = changes
    }

    /// True when the plan changes nothing.
    public var isEmpty: Bool { changes.isEmpty }


    /// The plan as a unified diff in the shape `git diff` prints, with 3 lines of context;
    /// a file whose bytes do not change shows no hunks (a pure rename) or nothing (a modify).
    public func unifiedDiff(pathPrefix: String = "") -> String {
        // A catalogue given by an absolute path is named without its leading slash, as `git
        // diff --no-index` names it: "a/tmp/x", not "a//tmp/x".
        let pathPrefix = String(pathPrefix.drop { $0 == "/" })
        var text = ""
        for change in changes {
            switch change {
            case .create(let path, let new):
                let name = pathPrefix + path
                text += "diff --git a/\(name) b/\(name)\nnew file mode 100644\n"
                if !new.isEmpty {
                    text += "--- /dev/null\n+++ b/\(name)\n" + LineDiff.unifiedHunks(old: [], new: new)
                }
            case .modify(let path, let old, let new):
                guard old != new else { continue }
                let name = pathPrefix + path
                text += "diff --git a/\(name) b/\(name)\n--- a/\(name)\n+++ b/\(name)\n" + LineDiff.unifiedHunks(old: old, new: new)
            case .delete(let path, let old):
                let name = pathPrefix + path
                text += "diff --git a/\(name) b/\(name)\ndeleted file mode 100644\n"
                if !old.isEmpty {
                    text += "--- a/\(name)\n+++ /dev/null\n" + LineDiff.unifiedHunks(old: old, new: [])
                }
            case .rename(let from, let to, let old, let new):
                let oldName = pathPrefix + from, newName = pathPrefix + to
                text += "diff --git a/\(oldName) b/\(newName)\nrename from \(oldName)\nrename to \(newName)\n"
                if old != new {
                    text += "--- a/\(oldName)\n+++ b/\(newName)\n" + LineDiff.unifiedHunks(old: old, new: new)
                }
            }
        }
        return text
    }

    /// The name of a temporary file written next to `name` before it is renamed into place:
    /// hidden, and recognisable by `isTemporaryName` so the loader skips it and a later run removes it.
    public static func temporaryName(for name: String, pid: Int32, counter: Int) -> String {
        ".\(name)\(temporaryMarker)\(pid)-\(counter)"
    }

    /// True for a name made by `temporaryName` (".<name>.catalogue-tmp-<pid>-<n>").
    public static func isTemporaryName(_ name: String) -> Bool {
        guard name.hasPrefix("."), let marker = name.range(of: temporaryMarker, options: .backwards) else { return false }
        let numbers = name[marker.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
        return numbers.count == 2 && numbers.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// True when the process whose id is in a temporary name still runs (or may: it cannot be told).
    private static func writerRuns(_ name: String) -> Bool {
        guard let marker = name.range(of: temporaryMarker, options: .backwards),
              let pid = Int32(name[marker.upperBound...].prefix { $0 != "-" }), pid > 0 else { return true }
        return kill(pid, 0) == 0 || errno != ESRCH
    }

    /// What marks a temporary name; no entry file name contains it.
    private static let temporaryMarker = ".catalogue-tmp-"

    /// Deletes the temporary files a killed run left in the catalogue folder and its direct
    /// subfolders (none while a journal is there), and returns their catalogue-relative paths
    /// in path order. Call it only
    /// while holding the `CatalogueLock`, when no other run can be writing its own; without
    /// a lock (the output folder of `export`), pass `keepingLiveWriters` to leave the files
    /// of a process on this computer that still runs.
    @discardableResult
    public static func removeLeftovers(in root: URL, keepingLiveWriters: Bool = false) -> [String] {
        // The temporary files a journal names are the change it still has to complete.
        guard !Journal.exists(in: root) else { return [] }
        var removed: [String] = []
        let folders = [""] + FileSystem.names(in: root.path).filter { FileSystem.isDirectory(root.path + "/" + $0) }
        for folder in folders {
            let folderPath = folder.isEmpty ? root.path : root.path + "/" + folder
            for name in FileSystem.names(in: folderPath) where isTemporaryName(name) && !(keepingLiveWriters && writerRuns(name)) {
                let relative = folder.isEmpty ? name : folder + "/" + name
                if unlink(root.path + "/" + relative) == 0 { removed.append(relative) }
            }
        }
        return removed.sorted()
    }

    /// Applies every change, or none, through the one writer (`FileTransaction`): all new contents
    /// are written and synced to temporary files first, every touched file is checked to still
    /// hold what the plan was computed from, and only then are the temporary files renamed into
    /// place and old files deleted, under a journal that the next command completes if this run dies.
    public func apply(to root: URL) throws(ApplyError) {
        try apply(to: root, hook: .fromEnvironment)
    }

    /// `apply`, with a test's hook into the rename window.
    package func apply(to root: URL, hook: RenameWindowHook) throws(ApplyError) {
        try validatePaths()
        var transaction = FileTransaction(root: root.path, hook: hook)
        do {
            try transaction.refuseSymbolicLinks(changes.flatMap(\.paths))
            for change in changes {
                switch change {
                case .create(let path, let new):
                    try transaction.stage(path, new, expected: .absent)
                case .modify(let path, let old, let new):
                    try transaction.stage(path, new, expected: .bytes(old))
                case .delete(let path, let old):
                    transaction.remove(path, expected: .bytes(old))
                case .rename(let from, let to, let old, let new):
                    try transaction.stage(to, new, expected: .absent)
                    transaction.remove(from, expected: .bytes(old))
                }
            }
        } catch {
            transaction.discard()
            throw error
        }
        try transaction.commit()
    }

    /// Refuses a plan whose paths leave the catalogue folder or touch one file twice; such a
    /// plan is a bug in the command that made it, caught before anything is written.
    private func validatePaths() throws(ApplyError) {
        var seen: Set<String> = []
        for path in changes.flatMap(\.paths) {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            let valid = !path.hasPrefix("/") && parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
                && !Self.isTemporaryName(String(parts.last ?? ""))
            guard valid, seen.insert(path).inserted else { throw .invalidPlan(path: path) }
        }
    }
}

extension FileChange {
    /// Every catalogue-relative path the change touches.
    package var paths: [String] {
        switch self {
        case .create(let path, _), .modify(let path, _, _), .delete(let path, _): [path]
        case .rename(let from, let to, _, _): [from, to]
        }
    }

    /// The path that gets new contents and those contents, if any.
    package var written: (path: String, bytes: [UInt8], replaces: Bool)? {
        switch self {
        case .create(let path, let new): (path, new, false)
        case .modify(let path, _, let new): (path, new, true)
        case .delete: nil
        case .rename(_, let to, _, let new): (to, new, false)
        }
    }

    /// The path that is removed at the end, if any.
    package var removed: String? {
        switch self {
        case .delete(let path, _), .rename(let path, _, _, _): path
        case .create, .modify: nil
        }
    }
}

/// Why a plan could not be applied; every case names the catalogue-relative file.
public enum ApplyError: Error, Sendable, Hashable {
    /// A path leaves the catalogue or appears twice: a bug in the command, nothing was written.
    case invalidPlan(path: String)
    /// The file or one of its folders is a symbolic link, which the catalogue never follows.
    case symbolicLink(path: String)
    /// The file does not hold what the plan was computed from (or now exists, for a new file).
    case changedSinceRead(path: String)
    /// A file or folder could not be read, written or created; nothing was changed.
    case couldNotWrite(path: String, reason: String)
    /// Putting a file in place failed part-way; `restored` says whether the earlier files were put back.
    case couldNotReplace(path: String, reason: String, restored: Bool)
    /// A file the change removes or replaces could not be; nothing was changed.
    case couldNotDelete(path: String, reason: String)
    /// A journal of an interrupted change is still in the folder; it must be completed first.
    case unfinishedChange(file: String)
    /// The disk (or the user's quota) is full; nothing was changed.
    case diskFull(path: String)

    /// The error for a failure to write `path` with the system's error `code`: a full disk is said
    /// as such, not as a permission to check.
    package static func writing(_ path: String, _ code: Int32) -> ApplyError {
        code == ENOSPC || code == EDQUOT ? .diskFull(path: path) : .couldNotWrite(path: path, reason: FileSystem.reason(code))
    }

    /// The stable code of each case.
    public var code: String {
        switch self {
        case .invalidPlan: "invalid-plan"
        case .symbolicLink: "symbolic-link"
        case .changedSinceRead: "changed-since-read"
        case .couldNotWrite: "could-not-write"
        case .couldNotReplace: "could-not-replace"
        case .couldNotDelete: "could-not-delete"
        case .diskFull: "disk-full"
        case .unfinishedChange: "unfinished-change"
        }
    }
}

/// An operating-system error number with its text for the user.
package struct SystemError: Error, Sendable, Equatable {
    package let code: Int32

    /// The system's wording, starting in lower case to fit inside a sentence ("permission denied").
    package var reason: String { FileSystem.reason(code) }
}

/// The few POSIX file operations the writer and the lock need, none of which follows a symbolic link.
package enum FileSystem {
    /// What is at a path, without following a symbolic link.
    package enum Kind: Sendable, Equatable { case missing, file, directory, symbolicLink, other }

    /// What is at `path`; an error other than "does not exist" counts as `.other`.
    package static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return errno == ENOENT || errno == ENOTDIR ? .missing : .other }
        switch info.st_mode & S_IFMT {
        case S_IFLNK: return .symbolicLink
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        default: return .other
        }
    }

    /// True when `path` is a directory and not a link to one.
    package static func isDirectory(_ path: String) -> Bool { kind(path) == .directory }

    /// The permission bits of the file at `path`, or nil when it cannot be examined.
    package static func permissions(_ path: String) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }

    /// The names in a folder except "." and "..", sorted; empty when it cannot be read.
    package static func names(in path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    /// The whole content of a regular file; a symbolic link fails with ELOOP.
    package static func readAll(_ path: String) -> Result<[UInt8], SystemError> {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(SystemError(code: errno)) }
        defer { close(descriptor) }
        return readToEnd(descriptor)
    }

    /// The whole content of a regular file and its identity, read through one descriptor; a
    /// symbolic link fails with ELOOP.
    package static func readAllWithIdentity(_ path: String) -> Result<([UInt8], FileIdentity), SystemError> {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(SystemError(code: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(SystemError(code: errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(SystemError(code: EINVAL)) }
        return readToEnd(descriptor).map { ($0, FileIdentity(info)) }
    }

    /// Everything left to read from an open descriptor, retrying an interrupted read.
    private static func readToEnd(_ descriptor: Int32) -> Result<[UInt8], SystemError> {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(SystemError(code: errno))
            }
            if count == 0 { return .success(bytes) }
            bytes += buffer[0..<count]
        }
    }

    /// Writes all of `bytes` to an open descriptor.
    package static func write(_ bytes: [UInt8], to descriptor: Int32) -> SystemError? {
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

    /// Why the file at `path` could not be removed or replaced by this process, or nil when it
    /// can: its folder must be writable, and in a folder with the sticky bit (such as /tmp) the
    /// file or the folder must be ours.
    package static func removalRefused(_ path: String) -> SystemError? {
        let folder = (path as NSString).deletingLastPathComponent
        if faccessat(AT_FDCWD, folder, W_OK | X_OK, AT_EACCESS) != 0 { return SystemError(code: errno) }
        var file = stat(), parent = stat()
        guard lstat(path, &file) == 0, lstat(folder, &parent) == 0 else { return nil }
        let user = geteuid()
        if parent.st_mode & S_ISVTX != 0, user != 0, file.st_uid != user, parent.st_uid != user {
            return SystemError(code: EPERM)
        }
        return nil
    }

    /// Creates a file that must not exist yet, writes `bytes` and syncs it to disk; removes it again on failure.
    package static func writeNew(_ path: String, _ bytes: [UInt8], mode: mode_t) -> Result<Void, SystemError> {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor >= 0 else { return .failure(SystemError(code: errno)) }
        var failure = write(bytes, to: descriptor)
        if failure == nil, fsync(descriptor) != 0 { failure = SystemError(code: errno) }
        if close(descriptor) != 0, failure == nil { failure = SystemError(code: errno) }
        if let failure {
            unlink(path)
            return .failure(failure)
        }
        return .success(())
    }

    /// Gives the file at `source` the name `target` only if `target` does not exist (EEXIST otherwise),
    /// then removes the name `source`. A file system without hard links falls back to a rename.
    package static func linkNew(_ source: String, _ target: String) -> Result<Void, SystemError> {
        if link(source, target) == 0 {
            unlink(source)
            return .success(())
        }
        guard errno == EPERM || errno == EOPNOTSUPP || errno == EMLINK else { return .failure(SystemError(code: errno)) }
        guard kind(target) == .missing else { return .failure(SystemError(code: EEXIST)) }
        return check(rename(source, target))
    }

    /// The result of a POSIX call that returns 0 on success and sets errno otherwise.
    package static func check(_ status: Int32) -> Result<Void, SystemError> {
        status == 0 ? .success(()) : .failure(SystemError(code: errno))
    }

    /// The system's wording of an error number, starting in lower case ("permission denied").
    package static func reason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
