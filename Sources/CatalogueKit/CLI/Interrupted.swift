import Foundation
import CatalogueModel
import CatalogueStorage

extension Command {
    /// Completes the change that a killed writer left half-made in `folder` (the catalogue, or
    /// an export's output folder), as its journal says, and says so in one line; call it while
    /// holding the folder's lock. Nil to go on, or the exit status after saying why it cannot be
    /// completed (nothing is guessed).
    static func completeInterruptedChange(in folder: URL, shownAs prefix: String, _ console: inout Console) -> Int32? {
        do {
            guard let recovery = try Journal.complete(in: folder) else { return nil }
            console.note(.completedInterruptedChange(place: prefix, completed: recovery.completed, total: recovery.total))
            return nil
        } catch {
            return console.fail(.cannotCompleteJournal(error, prefix: prefix))
        }
    }

    /// Before a command reads the catalogue: if a journal is there, waits for the lock (a live
    /// writer finishes its change), then completes what a dead writer left. False after
    /// saying why the catalogue cannot be read now.
    static func completeInterruptedChangeBeforeReading(_ location: CatalogueLocation, _ context: RunContext,
                                                       _ console: inout Console) -> Bool {
        guard Journal.exists(in: location.root) else { return true }
        let lock: CatalogueLock
        do {
            lock = try CatalogueLock.acquire(root: location.root, command: commandLine(context), timeout: lockTimeout(context))
        } catch {
            _ = console.fail(.cannotLock(error, prefix: location.displayPrefix))
            return false
        }
        defer { lock.release() }
        return completeInterruptedChange(in: location.root, shownAs: location.displayPrefix, &console) == nil
    }

    /// Creates an export's output folder if missing, takes its lock and completes a change a
    /// killed export left there; nil after saying why not.
    static func lockOutputFolder(_ folder: URL, shownAs prefix: String, _ context: RunContext, _ console: inout Console) -> CatalogueLock? {
        let lock: CatalogueLock
        do throws(ApplyError) {
            try FileTransaction.createFolder(folder)
        } catch {
            _ = console.fail(.cannotApply(error, prefix: prefix))
            return nil
        }
        do {
            lock = try CatalogueLock.acquire(root: folder, command: commandLine(context), timeout: lockTimeout(context))
        } catch {
            _ = console.fail(.cannotLock(error, prefix: prefix))
            return nil
        }
        if completeInterruptedChange(in: folder, shownAs: prefix, &console) != nil {
            lock.release()
            return nil
        }
        return lock
    }

    /// The command line as typed, for the lock file: "catalogue set employee akm --phone …".
    static func commandLine(_ context: RunContext) -> String {
        (["catalogue"] + context.arguments.map { $0.contains(where: \.isWhitespace) || $0.isEmpty ? "'\($0)'" : $0 }).joined(separator: " ")
    }

    /// How long a command waits for another to finish: 5 seconds, or CATALOGUE_LOCK_TIMEOUT seconds.
    static func lockTimeout(_ context: RunContext) -> Duration {
        context.environment["CATALOGUE_LOCK_TIMEOUT"].flatMap(Double.init).map { .milliseconds(Int($0 * 1000)) } ?? .seconds(5)
    }
}
