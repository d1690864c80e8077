import CatalogueModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The journal of a change of more than one file: written and synced once every new file is
/// complete beside its target, it names every rename and removal still to do and what each
/// target holds before and after, so a change whose writer died is completed by the next
/// command (rolled forward), and one whose files were changed by hand since is reported.
public enum Journal {
    /// The journal's name in the catalogue folder (or the output folder of an export).
    public static let fileName = ".catalogue-journal"

    /// The largest journal read: a line per file, so even 100,000 files fit many times over.
    package static let sizeLimit = 64 << 20

    /// One step of a change, as the journal names it; paths are relative to the journal's folder.
    package enum Step: Equatable {
        /// Rename `temporary` to `path`; `path` has `before` (nil: nothing) until then, `after` once done.
        case put(path: String, temporary: String, after: FileIdentity, before: FileIdentity?)
        /// Remove `path`, which has `before` until then.
        case remove(path: String, before: FileIdentity)
        /// A second name of a replaced file, kept to undo a failure, removed at the end.
        case backup(String)

        /// The file the step changes.
        package var target: String {
            switch self {
            case .put(let path, _, _, _), .remove(let path, _), .backup(let path): path
            }
        }

        /// What the target holds before the step (nil: nothing, or a backup).
        package var before: FileIdentity? {
            switch self {
            case .put(_, _, _, let before): before
            case .remove(_, let before): before
            case .backup: nil
            }
        }

        /// The step as one line of the journal.
        package var line: String {
            switch self {
            case .put(let path, let temporary, let after, let before):
                "put\t\(path)\t\(temporary)\t\(after.text)\t\(before?.text ?? "absent")"
            case .remove(let path, let before): "remove\t\(path)\t\(before.text)"
            case .backup(let path): "backup\t\(path)"
            }
        }

        /// The step a journal line names, or nil.
        package init?(line: Substring) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch fields.first {
            case "put" where fields.count == 5:
                guard Journal.isSafe(fields[1]), Journal.isSafe(fields[2]),
                      ChangePlan.isTemporaryName((fields[2] as NSString).lastPathComponent),
                      let after = FileIdentity(text: fields[3]) else { return nil }
                let before = fields[4] == "absent" ? nil : FileIdentity(text: fields[4])
                if fields[4] != "absent" && before == nil { return nil }
                self = .put(path: fields[1], temporary: fields[2], after: after, before: before)
            case "remove" where fields.count == 3:
                guard Journal.isSafe(fields[1]), let before = FileIdentity(text: fields[2]) else { return nil }
                self = .remove(path: fields[1], before: before)
            case "backup" where fields.count == 2:
                guard Journal.isSafe(fields[1]),
                      ChangePlan.isTemporaryName((fields[1] as NSString).lastPathComponent) else { return nil }
                self = .backup(fields[1])
            default:
                return nil
            }
        }
    }

    /// The first line of every journal.
    private static let header = "catalogue journal 1"

    /// True for a relative path that stays inside the folder.
    package static func isSafe(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.hasPrefix("/") && parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
            && !path.contains(where: { $0.isNewline || $0 == "\t" })
    }

    /// The journal's text: the header, one line per step, and a last line with the count, so
    /// a journal cut short is never taken for a whole one.
    package static func text(_ steps: [Step]) -> String {
        ([header] + steps.map(\.line) + ["end\t\(steps.count)"]).joined(separator: "\n") + "\n"
    }

    /// The steps of a journal's text, or nil when it is not a whole journal.
    package static func steps(_ text: String) -> [Step]? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 3, lines.first == Substring(header), lines.last == "",
              lines[lines.count - 2] == Substring("end\t\(lines.count - 3)") else { return nil }
        var steps: [Step] = []
        for line in lines[1..<(lines.count - 2)] {
            guard let step = Step(line: line) else { return nil }
            steps.append(step)
        }
        return steps
    }

    /// Writes the journal for `steps` into `root`, synced: under a temporary name first, then
    /// linked to its name, so it is never seen half written and never replaces another.
    package static func write(_ steps: [Step], in root: String, counter: inout Int) throws(ApplyError) {
        let bytes = Array(text(steps).utf8)
        while true {
            let temporary = root + "/" + ChangePlan.temporaryName(for: fileName, pid: getpid(), counter: counter)
            counter += 1
            Interruption.register(file: temporary)
            defer { Interruption.unregister(file: temporary) }
            switch FileSystem.writeNew(temporary, bytes, mode: 0o644) {
            case .failure(let error) where error.code == EEXIST: continue
            case .failure(let error): throw .writing(fileName, error.code)
            case .success: break
            }
            let result = FileSystem.linkNew(temporary, root + "/" + fileName)
            unlink(temporary)
            switch result {
            case .success:
                syncFolders([root + "/" + fileName])
                return
            case .failure(let error) where error.code == EEXIST: throw .unfinishedChange(file: fileName)
            case .failure(let error): throw .couldNotWrite(path: fileName, reason: error.reason)
            }
        }
    }

    /// Removes the journal of a change that is complete, or given up, and syncs the folder.
    package static func remove(in root: String) {
        unlink(root + "/" + fileName)
        syncFolders([root + "/" + fileName])
    }

    /// True when a journal (or anything by its name) is in `root`.
    public static func exists(in root: URL) -> Bool {
        FileSystem.kind(root.path + "/" + fileName) != .missing
    }
}

/// What completing a journal came to.
public struct JournalRecovery: Sendable, Equatable {
    /// The renames and removals the interrupted run had not done yet, now done.
    public var completed: Int
    /// All the renames and removals the change had.
    public var total: Int
}

extension Journal {
    /// Completes the change whose journal is in `root`, if there is one; call it only while
    /// holding the lock. Every step is first checked to be done or still to do, with its files
    /// as the journal says; if any is not (a file changed by hand since, a temporary file
    /// missing), nothing is touched and the problems are thrown.
    public static func complete(in root: URL) throws(JournalError) -> JournalRecovery? {
        let path = root.path + "/" + fileName
        guard FileSystem.kind(path) != .missing else { return nil }
        let steps: [Step]
        switch FileSystem.readFile(path, limit: sizeLimit, following: false) {
        case .success(let bytes):
            guard let read = Journal.steps(String(decoding: bytes, as: UTF8.self)) else {
                throw .unreadable(file: fileName, reason: "it is not a whole journal")
            }
            steps = read
        case .failure(.tooLarge): throw .unreadable(file: fileName, reason: "it is too large to be a journal")
        case .failure(.notAFile): throw .unreadable(file: fileName, reason: "it is not a regular file")
        case .failure(.system(let error)): throw .unreadable(file: fileName, reason: error.reason)
        }
        let (pending, problems) = examine(steps, in: root.path)
        if !problems.isEmpty { throw .cannotComplete(file: fileName, problems: problems) }
        for step in pending {
            let target = root.path + "/" + step.target
            switch step {
            case .put(_, let temporary, _, _):
                let from = root.path + "/" + temporary
                // Linked already (killed between link and unlink): only the temporary name goes.
                if case .file(let identity, _) = FileIdentity.state(target), identity == step.after {
                    if unlink(from) != 0 {
                        throw .couldNotComplete(file: fileName, path: temporary, reason: FileSystem.reason(errno))
                    }
                } else if rename(from, target) != 0 {
                    throw .couldNotComplete(file: fileName, path: step.target, reason: FileSystem.reason(errno))
                }
            case .remove:
                if unlink(target) != 0 && errno != ENOENT {
                    throw .couldNotComplete(file: fileName, path: step.target, reason: FileSystem.reason(errno))
                }
            case .backup:
                unlink(target)
            }
        }
        syncFolders(steps.map { root.path + "/" + $0.target })
        remove(in: root.path)
        let isChange: (Step) -> Bool = { if case .backup = $0 { false } else { true } }
        return JournalRecovery(completed: pending.filter(isChange).count, total: steps.filter(isChange).count)
    }

    /// The steps still to do, and the problems that keep the change from being completed.
    private static func examine(_ steps: [Step], in root: String) -> (pending: [Step], problems: [JournalProblem]) {
        var pending: [Step] = [], problems: [JournalProblem] = []
        for step in steps {
            let target = FileIdentity.state(root + "/" + step.target)
            switch step {
            case .put(let path, let temporary, let after, let before):
                let temporaryState = FileIdentity.state(root + "/" + temporary)
                if target.identity == after {
                    if temporaryState != .missing { pending.append(step) }
                } else if temporaryState.identity != after {
                    problems.append(.temporaryMissing(path: path, temporary: temporary))
                } else if target.identity != before || (before == nil && target != .missing) {
                    problems.append(.changedByHand(path: path))
                } else {
                    pending.append(step)
                }
            case .remove(let path, let before):
                if target == .missing { continue }
                if target.identity == before { pending.append(step) } else { problems.append(.changedByHand(path: path)) }
            case .backup:
                if target != .missing { pending.append(step) }
            }
        }
        return (pending, problems)
    }
}

extension Journal.Step {
    /// What a put's target holds once it is done.
    fileprivate var after: FileIdentity? {
        if case .put(_, _, let after, _) = self { return after }
        return nil
    }
}

extension FileIdentity.State {
    /// The identity of a regular file, else nil.
    package var identity: FileIdentity? {
        if case .file(let identity, _) = self { return identity }
        return nil
    }
}

/// Why one step of an interrupted change cannot be completed.
public enum JournalProblem: Sendable, Hashable {
    /// The file holds neither what it held before the change nor what the change put there.
    case changedByHand(path: String)
    /// The new content, in its temporary file, is gone.
    case temporaryMissing(path: String, temporary: String)
}

/// Why a change that a killed run left half-made could not be completed; every case names
/// the journal, relative to its folder.
public enum JournalError: Error, Sendable, Hashable {
    /// The journal could not be read, or is not a whole journal.
    case unreadable(file: String, reason: String)
    /// Some files are not as the journal says: nothing was touched.
    case cannotComplete(file: String, problems: [JournalProblem])
    /// A rename or removal failed while completing it; the journal stays for another try.
    case couldNotComplete(file: String, path: String, reason: String)

    /// The stable code of each case.
    public var code: String {
        switch self {
        case .unreadable: "journal-unreadable"
        case .cannotComplete: "journal-cannot-complete"
        case .couldNotComplete: "journal-not-completed"
        }
    }
}
