import CatalogueModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one writer of files, for catalogue changes, `fmt`, `init` and exports alike: every new
/// content goes to a temporary file beside its target, complete and synced; then one journal
/// names every rename and removal still to do, with what each target holds before; then they
/// are done and the journal removed. A run killed before the journal leaves only temporary
/// files; one killed after it leaves a journal that the next command completes (`Journal`).
package struct FileTransaction {
    /// What a target must hold when the change is put in place.
    package enum Expected: Sendable, Equatable {
        /// No file at all.
        case absent
        /// Exactly these bytes (what the plan was computed from).
        case bytes([UInt8])
        /// The file that was looked at: same inode, size and modification time.
        case identity(FileIdentity)
    }

    /// A file that gets new contents from a temporary file beside it.
    package struct Put {
        package let path: String
        package let temporary: String
        /// Open while the content is streamed into it (`open`); nil once complete.
        package var descriptor: Int32?
        /// The temporary file's identity once complete: what the target has once the rename is done.
        package var identity: FileIdentity?
        package let expected: Expected
    }

    /// A file removed by the change.
    package struct Removal {
        package let path: String
        package let expected: Expected
    }

    /// The folder the paths are relative to; the journal is written there.
    package let root: String
    package let hook: RenameWindowHook
    package private(set) var puts: [Put] = []
    package private(set) var removals: [Removal] = []
    /// Folders this change created (absolute), deepest last, removed again if it is given up.
    private var createdFolders: [String] = []
    /// The number in the next temporary name, so names within one run never collide.
    private var counter = 0

    /// A change of files below `root`.
    package init(root: String, hook: RenameWindowHook = .fromEnvironment) {
        self.root = root
        self.hook = hook
    }

    /// The absolute path of a root-relative one.
    package func absolute(_ path: String) -> String { root + "/" + path }

    /// The descriptors of the files being streamed, in the order they were opened.
    package var descriptors: [Int32] { puts.compactMap(\.descriptor) }

    /// Refuses if any of `paths`, or a folder between it and the root, is a symbolic link.
    package func refuseSymbolicLinks(_ paths: [String]) throws(ApplyError) {
        for path in paths {
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

    /// Writes `bytes` for `path` to a temporary file beside it and syncs it; the target must
    /// hold `expected` when the change is put in place.
    package mutating func stage(_ path: String, _ bytes: [UInt8], expected: Expected) throws(ApplyError) {
        try createFolders((path as NSString).deletingLastPathComponent)
        // A changed file keeps its permissions; a new one gets the usual ones (umask applies).
        let mode = expected == .absent ? 0o644 : FileSystem.permissions(absolute(path)) ?? 0o644
        let (temporary, descriptor) = try createTemporary(beside: path, mode: mode)
        puts.append(Put(path: path, temporary: temporary, descriptor: descriptor, identity: nil, expected: expected))
        if let error = FileSystem.write(bytes, to: descriptor) {
            throw .writing(path, error.code)
        }
        try finish(puts.count - 1)
    }

    /// Opens a temporary file for `path` to stream its content into, after looking at what the
    /// target is now: a new file, or a regular file it replaces (a link or a folder is refused).
    package mutating func open(_ path: String) throws(ApplyError) -> Int32 {
        let expected: Expected, mode: mode_t
        switch FileIdentity.state(absolute(path)) {
        case .missing: (expected, mode) = (.absent, 0o644)
        case .symbolicLink: throw .symbolicLink(path: path)
        case .file(let identity, let permissions): (expected, mode) = (.identity(identity), permissions)
        case .other(let code): throw .couldNotWrite(path: path, reason: FileSystem.reason(code))
        }
        try createFolders((path as NSString).deletingLastPathComponent)
        let (temporary, descriptor) = try createTemporary(beside: path, mode: mode)
        puts.append(Put(path: path, temporary: temporary, descriptor: descriptor, identity: nil, expected: expected))
        return descriptor
    }

    /// Removes `path` with the change; it must hold `expected` until then.
    package mutating func remove(_ path: String, expected: Expected) {
        removals.append(Removal(path: path, expected: expected))
    }

    /// Syncs and closes the temporary file of `puts[index]` and records its identity.
    private mutating func finish(_ index: Int) throws(ApplyError) {
        guard let descriptor = puts[index].descriptor else { return }
        puts[index].descriptor = nil
        var info = stat()
        var failure: Int32?
        if fsync(descriptor) != 0 || fstat(descriptor, &info) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure { throw .writing(puts[index].path, failure) }
        puts[index].identity = FileIdentity(info)
    }

    /// Creates a new temporary file beside `path`; returns its absolute path and descriptor.
    private mutating func createTemporary(beside path: String, mode: mode_t) throws(ApplyError) -> (String, Int32) {
        let folder = (path as NSString).deletingLastPathComponent
        while true {
            let name = ChangePlan.temporaryName(for: (path as NSString).lastPathComponent, pid: getpid(), counter: counter)
            counter += 1
            let temporary = folder.isEmpty ? absolute(name) : absolute(folder + "/" + name)
            // Known before it exists, so a signal never leaves it behind.
            Interruption.register(file: temporary)
            let descriptor = Glibc.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if descriptor >= 0 { return (temporary, descriptor) }
            let code = errno
            Interruption.unregister(file: temporary)
            // Left by an earlier run that had our pid; the next number is free.
            if code == EEXIST { continue }
            throw .writing(path, code)
        }
    }

    /// Creates `folder` (root-relative) and any missing parents, remembering which were made.
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

    /// Removes every temporary file and the folders this change created: nothing is changed.
    package mutating func discard() {
        for put in puts {
            if let descriptor = put.descriptor { close(descriptor) }
            unlink(put.temporary)
            Interruption.unregister(file: put.temporary)
        }
        puts = []
        removals = []
        // Only empty folders go: rmdir refuses the rest, which then hold something not ours.
        for folder in createdFolders.reversed() { rmdir(folder) }
        createdFolders = []
    }
}

extension FileTransaction {
    /// Puts every file in place and removes the removed ones, all or nothing: checks that each
    /// target still holds what is expected and may be replaced or removed, links a backup of
    /// each, writes the journal, does the renames and removals, then removes backups and journal.
    /// A failure part-way puts the backups back.
    package mutating func commit() throws(ApplyError) {
        // A signal waits until the change is whole or undone.
        try Interruption.inWindow { () throws(ApplyError) in try commitWithoutInterruption() }
    }

    /// `commit`, while signals wait.
    private mutating func commitWithoutInterruption() throws(ApplyError) {
        var steps: [Journal.Step] = [], backups: [String: String] = [:]
        do {
            for index in puts.indices { try finish(index) }
            steps = try checkedSteps()
            backups = makeBackups(steps)
            syncFolders(puts.map(\.temporary) + Array(backups.values))
            if steps.count > 1 {
                try Journal.write(steps + backups.values.sorted().map { .backup(relative($0)) }, in: root, counter: &counter)
            }
        } catch {
            for backup in backups.values { unlink(backup); Interruption.unregister(file: backup) }
            discard()
            throw error
        }
        let journal = steps.count > 1
        do {
            guard try perform(steps, backups: backups) else { return }
        } catch {
            if journal { Journal.remove(in: root) }
            for backup in backups.values { unlink(backup); Interruption.unregister(file: backup) }
            discard()
            throw error
        }
        for backup in backups.values { unlink(backup) }
        syncFolders(steps.map { absolute($0.target) })
        if journal { Journal.remove(in: root) }
        for path in puts.map(\.temporary) + backups.values { Interruption.unregister(file: path) }
        puts = []
        removals = []
    }

    /// The root-relative form of an absolute path below the root.
    private func relative(_ path: String) -> String { String(path.dropFirst(root.count + 1)) }

    /// Checks every target against what it must hold, and that it may be replaced or removed;
    /// returns the steps with the identity each target has now.
    private func checkedSteps() throws(ApplyError) -> [Journal.Step] {
        if FileSystem.kind(absolute(Journal.fileName)) != .missing { throw .unfinishedChange(file: Journal.fileName) }
        var steps: [Journal.Step] = []
        for put in puts {
            let before = try check(put.path, holds: put.expected)
            guard let after = put.identity else { throw .couldNotWrite(path: put.path, reason: FileSystem.reason(EIO)) }
            steps.append(.put(path: put.path, temporary: relative(put.temporary), after: after, before: before))
        }
        for removal in removals {
            guard let before = try check(removal.path, holds: removal.expected) else {
                throw .changedSinceRead(path: removal.path)
            }
            steps.append(.remove(path: removal.path, before: before))
        }
        for step in steps where step.before != nil {
            if let error = FileSystem.removalRefused(absolute(step.target)) {
                throw .couldNotDelete(path: step.target, reason: error.reason)
            }
        }
        return steps
    }

    /// Throws unless `path` holds `expected`; returns its identity (nil when it is absent).
    private func check(_ path: String, holds expected: Expected) throws(ApplyError) -> FileIdentity? {
        let state = FileIdentity.state(absolute(path))
        switch (state, expected) {
        case (.missing, .absent): return nil
        case (.symbolicLink, _): throw .symbolicLink(path: path)
        case (.file(let identity, _), .identity(let wanted)) where identity == wanted: return identity
        case (.file, .bytes(let old)):
            switch FileSystem.readAllWithIdentity(absolute(path)) {
            case .success(let (bytes, identity)) where bytes == old: return identity
            case .success: throw .changedSinceRead(path: path)
            case .failure(let error) where error.code == ELOOP: throw .symbolicLink(path: path)
            case .failure(let error) where error.code == ENOENT: throw .changedSinceRead(path: path)
            case .failure(let error): throw .couldNotWrite(path: path, reason: error.reason)
            }
        default: throw .changedSinceRead(path: path)
        }
    }

    /// A second name for every file that is replaced or removed, so a failure part-way can put
    /// it back; a file system without hard links gets none (and such a failure says so).
    private mutating func makeBackups(_ steps: [Journal.Step]) -> [String: String] {
        var backups: [String: String] = [:]
        for step in steps where step.before != nil {
            let folder = (step.target as NSString).deletingLastPathComponent
            while true {
                let name = ChangePlan.temporaryName(for: (step.target as NSString).lastPathComponent, pid: getpid(), counter: counter)
                counter += 1
                let backup = absolute(folder.isEmpty ? name : folder + "/" + name)
                Interruption.register(file: backup)
                if link(absolute(step.target), backup) == 0 { backups[step.target] = backup; break }
                let code = errno
                Interruption.unregister(file: backup)
                if code != EEXIST { break }
            }
        }
        return backups
    }

    /// Does the steps in order; if one fails, undoes those done and throws. False when a test's
    /// hook stopped it as if the process had died.
    private func perform(_ steps: [Journal.Step], backups: [String: String]) throws(ApplyError) -> Bool {
        for (index, step) in steps.enumerated() {
            var failure: SystemError?
            switch hook.beforeStep(index, of: steps.count) {
            case .abandon: return false
            case .fail(let error): failure = error
            case .go: break
            }
            if failure == nil {
                switch step {
                case .put(let path, let temporary, _, let before):
                    // A new name is linked, not renamed, so a file that appeared since the check is never overwritten.
                    let result = before == nil ? FileSystem.linkNew(absolute(temporary), absolute(path))
                        : FileSystem.check(rename(absolute(temporary), absolute(path)))
                    if case .failure(let error) = result { failure = error }
                case .remove(let path, _):
                    if unlink(absolute(path)) != 0 && errno != ENOENT { failure = SystemError(code: errno) }
                case .backup:
                    continue
                }
            }
            guard let failure else { continue }
            let restored = undo(steps[..<index], backups: backups)
            switch step {
            case .remove(let path, _): throw .couldNotDelete(path: path, reason: failure.reason)
            default:
                throw failure.code == EEXIST && step.before == nil ? .changedSinceRead(path: step.target)
                    : .couldNotReplace(path: step.target, reason: failure.reason, restored: restored)
            }
        }
        return true
    }

    /// The bytes a target was expected to hold, when the change knows them.
    private func oldBytes(of path: String) -> [UInt8]? {
        let expected = puts.first { $0.path == path }?.expected ?? removals.first { $0.path == path }?.expected
        if case .bytes(let old)? = expected { return old }
        return nil
    }

    /// Undoes `done`, newest first: backups go back, new files go; true when all were undone.
    private func undo(_ done: ArraySlice<Journal.Step>, backups: [String: String]) -> Bool {
        var restored = true
        for step in done.reversed() {
            let target = absolute(step.target)
            if step.before == nil {
                if unlink(target) != 0 { restored = false }
            } else if let backup = backups[step.target] {
                if rename(backup, target) != 0 { restored = false }
            } else if let old = oldBytes(of: step.target) {
                // Without hard links there is no backup, but a catalogue change knows what the file held.
                var transaction = FileTransaction(root: root, hook: .none)
                do {
                    try transaction.stage(step.target, old, expected: .absent)
                    if rename(transaction.puts[0].temporary, target) != 0 { restored = false }
                } catch {
                    restored = false
                }
                transaction.discard()
            } else {
                restored = false
            }
        }
        syncFolders(done.map { absolute($0.target) })
        return restored
    }
}

extension FileTransaction {
    /// A transaction that streams `names` into `folder` (created if missing), as an export does.
    package static func streaming(_ names: [String], in folder: URL) throws(ApplyError) -> FileTransaction {
        try createFolder(folder)
        var transaction = FileTransaction(root: folder.path)
        do {
            for name in names { _ = try transaction.open(name) }
        } catch {
            transaction.discard()
            throw error
        }
        return transaction
    }

    /// Creates `folder` and its parents if missing.
    package static func createFolder(_ folder: URL) throws(ApplyError) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .couldNotWrite(path: "", reason: FileSystem.kind(folder.path) == .missing ? "the folder cannot be created" : "it is not a folder")
        }
    }

    /// Writes all of `bytes` to a descriptor of a file being streamed.
    package static func write(_ bytes: [UInt8], to descriptor: Int32) -> SystemError? {
        FileSystem.write(bytes, to: descriptor)
    }
}

/// Syncs the folders holding `paths` (absolute), so their new names survive a power cut; a
/// failure loses nothing already visible, so it is not reported.
package func syncFolders(_ paths: [String]) {
    for folder in Set(paths.map { ($0 as NSString).deletingLastPathComponent }).sorted() {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { continue }
        fsync(descriptor)
        close(descriptor)
    }
}

/// What tells one version of a file from another: inode, size and modification time. The device
/// is left out: it may differ after a restart, which is when a journal may have to be completed.
package struct FileIdentity: Sendable, Equatable {
    package var inode: UInt64, size: Int64, seconds: Int, nanoseconds: Int

    /// The identity of the file `info` describes.
    package init(_ info: stat) {
        (inode, size) = (UInt64(info.st_ino), Int64(info.st_size))
        (seconds, nanoseconds) = (Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec))
    }

    /// An identity from its parts.
    package init(inode: UInt64, size: Int64, seconds: Int, nanoseconds: Int) {
        (self.inode, self.size, self.seconds, self.nanoseconds) = (inode, size, seconds, nanoseconds)
    }

    /// "inode:size:seconds.nanoseconds", as the journal writes it.
    package var text: String { "\(inode):\(size):\(seconds).\(nanoseconds)" }

    /// The identity written as `text`, or nil.
    package init?(text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        let time = parts.count == 3 ? parts[2].split(separator: ".", omittingEmptySubsequences: false) : []
        guard parts.count == 3, time.count == 2, let inode = UInt64(parts[0]), let size = Int64(parts[1]),
              let seconds = Int(time[0]), let nanoseconds = Int(time[1]) else { return nil }
        self.init(inode: inode, size: size, seconds: seconds, nanoseconds: nanoseconds)
    }

    /// What is at a path, without following a link.
    package enum State: Equatable {
        case missing, symbolicLink
        case file(FileIdentity, permissions: mode_t)
        /// A folder or device (EISDIR, EINVAL), or what kept it from being examined.
        case other(Int32)
    }

    /// What is at `path` now.
    package static func state(_ path: String) -> State {
        var info = stat()
        guard lstat(path, &info) == 0 else { return errno == ENOENT || errno == ENOTDIR ? .missing : .other(errno) }
        switch info.st_mode & S_IFMT {
        case S_IFLNK: return .symbolicLink
        case S_IFREG: return .file(FileIdentity(info), permissions: info.st_mode & 0o7777)
        case S_IFDIR: return .other(EISDIR)
        default: return .other(EINVAL)
        }
    }
}

/// Where a test reaches into the rename window: before one of its steps the writer kills
/// itself, fails, or stops as if it had died. `CATALOGUE_TEST_KILL_IN_RENAME_WINDOW=N` kills
/// before step N (modulo the number of steps), so that every kill of the kill tests lands there;
/// `CATALOGUE_TEST_SIGNAL_IN_RENAME_WINDOW=N` sends SIGTERM there instead.
package struct RenameWindowHook: Sendable {
    package var killAt: Int?
    package var signalAt: Int?
    package var failAt: Int?
    package var abandonAt: Int?

    /// What the writer does before a step.
    package enum Action: Equatable {
        case go
        case fail(SystemError)
        /// Leave everything as it is, journal included, as a writer that died here would.
        case abandon
    }

    /// No hook.
    package static let none = RenameWindowHook()

    /// The kill the environment asks for, if any.
    package static var fromEnvironment: RenameWindowHook {
        func step(_ name: String) -> Int? {
            getenv(name).flatMap { Int(String(cString: $0)) }.flatMap { $0 >= 0 ? $0 : nil }
        }
        return RenameWindowHook(killAt: step("CATALOGUE_TEST_KILL_IN_RENAME_WINDOW"),
                                signalAt: step("CATALOGUE_TEST_SIGNAL_IN_RENAME_WINDOW"))
    }

    /// What to do before step `index` of `total` (only a change of more than one step has a window).
    package func beforeStep(_ index: Int, of total: Int) -> Action {
        guard total > 1 else { return .go }
        if let killAt, index == killAt % total { kill(getpid(), SIGKILL) }
        if let signalAt, index == signalAt % total { kill(getpid(), SIGTERM) }
        if let failAt, index == failAt % total { return .fail(SystemError(code: EIO)) }
        if let abandonAt, index == abandonAt % total { return .abandon }
        return .go
    }
}
