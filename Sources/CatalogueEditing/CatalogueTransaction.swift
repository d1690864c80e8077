import Foundation
import CatalogueModel
import CatalogueStorage
import CatalogueValidation

/// The one way every change to a catalogue is made, for every writing command, `fmt`, and the
/// commands to come (review rounds, editions, the import): take the lock, complete a change a
/// killed writer left, load, let the caller change the catalogue in memory, plan the file
/// changes, check the catalogue as it would be, and write every file or none. It says nothing:
/// each step returns values, and the command line words them.
public struct CatalogueTransaction {
    /// The catalogue folder.
    public let root: URL
    /// The catalogue as read under the lock.
    public let loaded: LoadedCatalogue
    /// A change a killed writer had left half-made, completed before loading.
    public let recovered: JournalRecovery?
    /// Temporary files an interrupted run had left, removed (catalogue-relative).
    public let removedLeftovers: [String]
    private let lock: CatalogueLock?

    /// Begins a change of the catalogue in `root`. With `locking` (every change that may be
    /// written) the lock is held from before reading until `end()`, so a second writer cannot
    /// read what this one is about to change; a dry run only reads.
    public static func begin(root: URL, command: String, timeout: Duration, locking: Bool,
                             threads: Int? = nil) throws(TransactionError) -> CatalogueTransaction {
        guard locking else {
            return CatalogueTransaction(root: root, loaded: CatalogueReader.load(root, threads: threads), recovered: nil,
                                        removedLeftovers: [], lock: nil)
        }
        let lock: CatalogueLock
        do {
            lock = try CatalogueLock.acquire(root: root, command: command, timeout: timeout)
        } catch {
            throw .lock(error)
        }
        let recovered: JournalRecovery?
        do {
            recovered = try Journal.complete(in: root)
        } catch {
            lock.release()
            throw .journal(error)
        }
        let leftovers = ChangePlan.removeLeftovers(in: root)
        return CatalogueTransaction(root: root, loaded: CatalogueReader.load(root, threads: threads), recovered: recovered,
                                    removedLeftovers: leftovers, lock: lock)
    }

    /// A change to make, starting from the catalogue as read.
    public func change() -> CatalogueChange {
        CatalogueChange(loaded: loaded, catalogue: loaded.catalogue)
    }

    /// The errors of folders that could not be read, or nil when every folder was read: a
    /// change could not follow references into what was not read (a rename would leave them behind).
    public var unreadFolderProblems: [Diagnostic]? { loaded.unreadFolderProblems }

    /// Writes a prepared plan, every file or none.
    public func commit(_ plan: ChangePlan) throws(ApplyError) {
        try plan.apply(to: root)
    }

    /// Releases the lock.
    public func end() {
        lock?.release()
    }
}

/// A change being made in memory: the catalogue as read, as edited, and the files to rename.
public struct CatalogueChange: Sendable {
    public let loaded: LoadedCatalogue
    public var catalogue: Catalogue
    public var renames: [CatalogueWriter.Rename] = []
    /// The day absences are judged on when the changed catalogue is checked.
    public var today: CalendarDay?

    public init(loaded: LoadedCatalogue, catalogue: Catalogue) {
        self.loaded = loaded
        self.catalogue = catalogue
    }

    /// Plans the change and checks the catalogue as it would be: refused when it would rewrite
    /// a file that could not be read whole, or bring errors the catalogue did not have.
    public func prepare() -> PreparedChange {
        let (plan, damaged) = CatalogueWriter.plan(from: loaded, to: catalogue, renames: renames)
        if !damaged.isEmpty {
            let errors = loaded.diagnostics.filter { $0.severity == .error && damaged.contains($0.location.file) }
            return .refused(errors.sortedByLocation(), .damagedFiles(damaged))
        }
        if plan.isEmpty { return .nothing }
        let introduced = Validator.check(loaded.applying(plan), today: today).introduced(comparedTo: Validator.check(loaded, today: today))
        let written = plan.writtenPaths
        let errors = introduced.filter { $0.severity == .error }
        if !errors.isEmpty {
            // A place in a file that is not written yet would point at nothing the user can open.
            return .refused(errors.map { written.contains($0.location.file) ? $0.withoutPosition : $0 }, .errors(count: errors.count))
        }
        return .ready(plan, warnings: introduced + Validator.mentionsOfOldNames(before: loaded, after: catalogue))
    }
}

/// What a change comes to before anything is written.
public enum PreparedChange: Sendable {
    /// The files to write, and the warnings the change brings.
    case ready(ChangePlan, warnings: [Diagnostic])
    /// The catalogue already is as the change wants it.
    case nothing
    /// The change cannot be written: the problems it would cause, and why in one word.
    case refused([Diagnostic], Refusal)
}

/// Why a change is refused before anything is written.
public enum Refusal: Sendable, Hashable {
    /// It would rewrite files (catalogue-relative) that had errors when read.
    case damagedFiles([String])
    /// It would give the catalogue errors it did not have.
    case errors(count: Int)
}

/// Why a change could not begin.
public enum TransactionError: Error, Sendable, Hashable {
    case lock(LockError)
    case journal(JournalError)
}

extension Array where Element == Diagnostic {
    /// The problems in `self` that `before` did not have (compared by file and problem, since
    /// a change can move a problem to another line without causing it).
    package func introduced(comparedTo before: [Diagnostic]) -> [Diagnostic] {
        var existing: [Identity: Int] = [:]
        for diagnostic in before { existing[Identity(diagnostic), default: 0] += 1 }
        return filter { diagnostic in
            guard let count = existing[Identity(diagnostic)], count > 0 else { return true }
            existing[Identity(diagnostic)] = count - 1
            return false
        }
    }
}

/// A problem in a file, wherever in the file it stands.
private struct Identity: Hashable {
    var file: String
    var problem: Problem

    init(_ diagnostic: Diagnostic) {
        file = diagnostic.location.file
        problem = diagnostic.problem
    }
}

extension LoadedCatalogue {
    /// The errors of folders that could not be read, or nil when every folder was read.
    public var unreadFolderProblems: [Diagnostic]? {
        let folders = Set(unreadableKinds.map(\.folder) + ["."])
        let problems = diagnostics.filter { $0.severity == .error && folders.contains($0.location.file) }
        return unreadableKinds.isEmpty && problems.isEmpty ? nil : problems.sortedByLocation()
    }
}

extension ChangePlan {
    /// The files the plan writes (created, changed, or renamed to).
    package var writtenPaths: Set<String> {
        Set(changes.compactMap { change in
            switch change {
            case .create(let path, _), .modify(let path, _, _): return path
            case .rename(_, let to, _, _): return to
            case .delete: return nil
            }
        })
    }
}
