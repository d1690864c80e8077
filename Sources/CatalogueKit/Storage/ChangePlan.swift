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

    /// One line per file for the user ("changed catalogue/tasks/byggesag.md"), in plan order.
    public func summary(pathPrefix: String = "") -> [Message] {
        changes.map { change in
            switch change {
            case .create(let path, _): .created(path: pathPrefix + path)
            case .modify(let path, _, _): .changed(path: pathPrefix + path)
            case .delete(let path, _): .deleted(path: pathPrefix + path)
            case .rename(let from, let to, _, _): .renamed(from: pathPrefix + from, to: pathPrefix + to)
            }
        }
    }

    /// The plan as a unified diff in the shape `git diff` prints, with 3 lines of context;
    /// a file whose bytes do not change shows no hunks (a pure rename) or nothing (a modify).
    public func unifiedDiff(pathPrefix: String = "") -> String {
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
    /// subfolders, and returns their catalogue-relative paths in path order. Call it only
    /// while holding the `CatalogueLock`, when no other run can be writing its own; without
    /// a lock (the output folder of `export`), pass `keepingLiveWriters` to leave the files
    /// of a process on this computer that still runs.
    @discardableResult
    public static func removeLeftovers(in root: URL, keepingLiveWriters: Bool = false) -> [String] {
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

    /// Applies every change, or none: all new contents are written and synced to temporary files
    /// first, every touched file is checked to still hold what the plan was computed from, and
    /// only then are the temporary files renamed into place and old files deleted.
    public func apply(to root: URL) throws(ApplyError) {
        try validatePaths()
        var application = Application(root: root.path)
        do {
            try application.refuseSymbolicLinks(in: self)
            try application.writeTemporaryFiles(for: self)
            try application.checkUnchanged(self)
        } catch {
            application.discard()
            throw error
        }
        try application.moveIntoPlace(self)
        try application.deleteOldFiles(of: self)
        application.syncFolders()
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
    var paths: [String] {
        switch self {
        case .create(let path, _), .modify(let path, _, _), .delete(let path, _): [path]
        case .rename(let from, let to, _, _): [from, to]
        }
    }

    /// The path that gets new contents and those contents, if any.
    var written: (path: String, bytes: [UInt8], replaces: Bool)? {
        switch self {
        case .create(let path, let new): (path, new, false)
        case .modify(let path, _, let new): (path, new, true)
        case .delete: nil
        case .rename(_, let to, _, let new): (to, new, false)
        }
    }

    /// The path that is removed at the end, if any.
    var removed: String? {
        switch self {
        case .delete(let path, _), .rename(let path, _, _, _): path
        case .create, .modify: nil
        }
    }
}

/// Why a plan could not be applied; every case names the catalogue-relative file.
public enum ApplyError: Error, Sendable, Equatable {
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
    /// The new files are in place, but an old one could not be removed.
    case couldNotDelete(path: String, reason: String)

    /// The message for the user, with `pathPrefix` before the file ("catalogue/").
    public func message(pathPrefix: String = "") -> String {
        switch self {
        case .invalidPlan(let path):
            "The change to \(pathPrefix)\(path) is not allowed (the path is outside the catalogue or used twice); nothing was changed. This is a bug in catalogue; please report it."
        case .symbolicLink(let path):
            "\(pathPrefix)\(path) is a symbolic link; catalogue never writes through a link nor replaces it with a plain file, so nothing was changed. Change the file it points to instead, or replace the link with a copy of that file, then run the command again."
        case .changedSinceRead(let path):
            "\(pathPrefix)\(path) was changed by someone else since it was read; nothing was changed. Run the command again."
        case .couldNotWrite(let path, let reason):
            "Could not write \(pathPrefix)\(path) (\(reason)); nothing was changed. Check that the folder exists and you may write to it, then run the command again."
        case .couldNotReplace(let path, let reason, true):
            "Could not put \(pathPrefix)\(path) in place (\(reason)); the files changed before it were put back, so nothing was changed. Run the command again."
        case .couldNotReplace(let path, let reason, false):
            "Could not put \(pathPrefix)\(path) in place (\(reason)), and the files changed before it could not all be put back. Check the catalogue with 'git status' and 'catalogue check' before going on."
        case .couldNotDelete(let path, let reason):
            "The changes were made, but \(pathPrefix)\(path) could not be deleted (\(reason)). Delete it by hand."
        }
    }
}

extension ApplyError: CustomStringConvertible {
    /// The message without a path prefix.
    public var description: String { message() }
}

/// The state of one `apply`: which temporary files and folders exist, and what is already in place,
/// so a failure can undo exactly what this run did.
private struct Application {
    let root: String
    /// Temporary file (absolute) for each catalogue-relative path that gets new contents.
    var temporaryFiles: [String: String] = [:]
    /// Folders this run created (absolute), deepest last.
    var createdFolders: [String] = []
    /// Files already put in place, in order, to undo if a later one fails.
    var placed: [FileChange] = []
    /// Folders whose entries changed, synced at the end so the renames survive a power cut.
    var touchedFolders: Set<String> = []
    /// The number in the next temporary name, so names within one run never collide.
    var counter = 0

    init(root: String) {
        self.root = root
    }

    /// The absolute path of a catalogue-relative one.
    func absolute(_ path: String) -> String { root + "/" + path }

    /// Refuses the plan if any touched file, or a folder between it and the catalogue folder, is a symbolic link.
    func refuseSymbolicLinks(in plan: ChangePlan) throws(ApplyError) {
        for path in plan.changes.flatMap(\.paths) {
            var prefix = ""
            for part in path.split(separator: "/") {
                prefix += prefix.isEmpty ? String(part) : "/" + part
                let kind = FileSystem.kind(absolute(prefix))
                if kind == .symbolicLink { throw .symbolicLink(path: prefix) }
                // Nothing below a missing folder exists either.
                if kind == .missing { break }
            }
        }
    }

    /// Creates the missing folders and writes and syncs every new content to a temporary file beside its target.
    mutating func writeTemporaryFiles(for plan: ChangePlan) throws(ApplyError) {
        for change in plan.changes {
            guard let (path, bytes, replaces) = change.written else { continue }
            try createFolders((path as NSString).deletingLastPathComponent)
            // A changed file keeps its permissions; a new one gets the usual ones (umask applies).
            let mode = replaces ? FileSystem.permissions(absolute(path)) ?? 0o644 : 0o644
            switch writeTemporary(beside: path, bytes, mode: mode) {
            case .success(let temporary): temporaryFiles[path] = temporary
            case .failure(let error): throw .couldNotWrite(path: path, reason: error.reason)
            }
        }
    }

    /// Writes `bytes` to a new temporary file in the folder of `path` and returns its absolute path.
    private mutating func writeTemporary(beside path: String, _ bytes: [UInt8], mode: mode_t) -> Result<String, SystemError> {
        let folder = (path as NSString).deletingLastPathComponent
        while true {
            let name = ChangePlan.temporaryName(for: (path as NSString).lastPathComponent, pid: getpid(), counter: counter)
            counter += 1
            let temporary = folder.isEmpty ? absolute(name) : absolute(folder + "/" + name)
            switch FileSystem.writeNew(temporary, bytes, mode: mode) {
            case .success: return .success(temporary)
            // Left by an earlier run that had our pid; the next number is free.
            case .failure(let error) where error.code == EEXIST: continue
            case .failure(let error): return .failure(error)
            }
        }
    }

    /// Creates `folder` (catalogue-relative) and any missing parents, remembering which were made.
    private mutating func createFolders(_ folder: String) throws(ApplyError) {
        guard !folder.isEmpty else { return }
        var prefix = ""
        for part in folder.split(separator: "/") {
            prefix += prefix.isEmpty ? String(part) : "/" + part
            if mkdir(absolute(prefix), 0o755) == 0 {
                createdFolders.append(absolute(prefix))
                continue
            }
            let code = errno
            if code == EEXIST, FileSystem.isDirectory(absolute(prefix)) { continue }
            throw .couldNotWrite(path: prefix, reason: code == EEXIST ? "a file has the folder's name" : FileSystem.reason(code))
        }
    }

    /// Checks that every file still holds the bytes the plan was computed from, and new names are still free.
    func checkUnchanged(_ plan: ChangePlan) throws(ApplyError) {
        for change in plan.changes {
            switch change {
            case .create(let path, _):
                try checkAbsent(path)
            case .modify(let path, let old, _), .delete(let path, let old):
                try checkHolds(path, old)
            case .rename(let from, let to, let old, _):
                try checkHolds(from, old)
                try checkAbsent(to)
            }
        }
    }

    /// Throws unless `path` holds exactly `old`.
    private func checkHolds(_ path: String, _ old: [UInt8]) throws(ApplyError) {
        switch FileSystem.readAll(absolute(path)) {
        case .success(let bytes):
            if bytes != old { throw .changedSinceRead(path: path) }
        case .failure(let error) where error.code == ENOENT:
            throw .changedSinceRead(path: path)
        case .failure(let error) where error.code == ELOOP:
            throw .symbolicLink(path: path)
        case .failure(let error):
            throw .couldNotWrite(path: path, reason: error.reason)
        }
    }

    /// Throws unless nothing exists at `path`.
    private func checkAbsent(_ path: String) throws(ApplyError) {
        switch FileSystem.kind(absolute(path)) {
        case .missing: return
        case .symbolicLink: throw .symbolicLink(path: path)
        case .file, .directory, .other: throw .changedSinceRead(path: path)
        }
    }

    /// Renames every temporary file into place; if one fails, puts back what was already placed.
    mutating func moveIntoPlace(_ plan: ChangePlan) throws(ApplyError) {
        for change in plan.changes {
            guard let (path, _, replaces) = change.written, let temporary = temporaryFiles[path] else { continue }
            let target = absolute(path)
            // A new name is linked rather than renamed so a file that appeared since the check is never overwritten.
            let result = replaces ? FileSystem.check(rename(temporary, target)) : FileSystem.linkNew(temporary, target)
            if case .failure(let error) = result {
                let restored = undoPlaced()
                discard()
                throw error.code == EEXIST && !replaces
                    ? .changedSinceRead(path: path)
                    : .couldNotReplace(path: path, reason: error.reason, restored: restored)
            }
            temporaryFiles[path] = nil
            placed.append(change)
            touchedFolders.insert((target as NSString).deletingLastPathComponent)
        }
    }

    /// Puts back the files already placed, newest first; true when all of them were restored.
    private mutating func undoPlaced() -> Bool {
        var restored = true
        for change in placed.reversed() {
            switch change {
            case .modify(let path, let old, _):
                let mode = FileSystem.permissions(absolute(path)) ?? 0o644
                guard case .success(let temporary) = writeTemporary(beside: path, old, mode: mode) else { restored = false; continue }
                if rename(temporary, absolute(path)) != 0 { unlink(temporary); restored = false }
            case .create(let path, _), .rename(_, let path, _, _):
                if unlink(absolute(path)) != 0 { restored = false }
            case .delete:
                continue
            }
        }
        placed = []
        return restored
    }

    /// Removes every temporary file still present and the folders this run created.
    mutating func discard() {
        for temporary in temporaryFiles.values { unlink(temporary) }
        temporaryFiles = [:]
        // Only empty folders go: rmdir refuses the rest, which then hold something not ours.
        for folder in createdFolders.reversed() { rmdir(folder) }
        createdFolders = []
    }

    /// Deletes deleted files and the old names of renamed ones; the first failure is reported.
    mutating func deleteOldFiles(of plan: ChangePlan) throws(ApplyError) {
        var failure: ApplyError?
        for path in plan.changes.compactMap(\.removed) {
            if unlink(absolute(path)) == 0 || errno == ENOENT {
                touchedFolders.insert((absolute(path) as NSString).deletingLastPathComponent)
            } else if failure == nil {
                failure = .couldNotDelete(path: path, reason: FileSystem.reason(errno))
            }
        }
        if let failure { throw failure }
    }

    /// Syncs every folder whose entries changed; a failure here loses nothing already visible, so it is not reported.
    func syncFolders() {
        for folder in touchedFolders.sorted() {
            let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            fsync(descriptor)
            close(descriptor)
        }
    }
}

/// An operating-system error number with its text for the user.
struct SystemError: Error, Sendable, Equatable {
    let code: Int32

    /// The system's wording, starting in lower case to fit inside a sentence ("permission denied").
    var reason: String { FileSystem.reason(code) }
}

/// The few POSIX file operations the writer and the lock need, none of which follows a symbolic link.
enum FileSystem {
    /// What is at a path, without following a symbolic link.
    enum Kind: Sendable, Equatable { case missing, file, directory, symbolicLink, other }

    /// What is at `path`; an error other than "does not exist" counts as `.other`.
    static func kind(_ path: String) -> Kind {
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
    static func isDirectory(_ path: String) -> Bool { kind(path) == .directory }

    /// The permission bits of the file at `path`, or nil when it cannot be examined.
    static func permissions(_ path: String) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }

    /// The names in a folder except "." and "..", sorted; empty when it cannot be read.
    static func names(in path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    /// The whole content of a regular file; a symbolic link fails with ELOOP.
    static func readAll(_ path: String) -> Result<[UInt8], SystemError> {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(SystemError(code: errno)) }
        defer { close(descriptor) }
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

    /// Creates a file that must not exist yet, writes `bytes` and syncs it to disk; removes it again on failure.
    static func writeNew(_ path: String, _ bytes: [UInt8], mode: mode_t) -> Result<Void, SystemError> {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor >= 0 else { return .failure(SystemError(code: errno)) }
        var failure: SystemError?
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress.map { $0 + written }, bytes.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                failure = SystemError(code: errno)
                break
            }
            written += count
        }
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
    static func linkNew(_ source: String, _ target: String) -> Result<Void, SystemError> {
        if link(source, target) == 0 {
            unlink(source)
            return .success(())
        }
        guard errno == EPERM || errno == EOPNOTSUPP || errno == EMLINK else { return .failure(SystemError(code: errno)) }
        guard kind(target) == .missing else { return .failure(SystemError(code: EEXIST)) }
        return check(rename(source, target))
    }

    /// The result of a POSIX call that returns 0 on success and sets errno otherwise.
    static func check(_ status: Int32) -> Result<Void, SystemError> {
        status == 0 ? .success(()) : .failure(SystemError(code: errno))
    }

    /// The system's wording of an error number, starting in lower case ("permission denied").
    static func reason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
