import CatalogueModel
import CatalogueStorage

/// The English words for what can go wrong while writing, locking and reading input.
extension English {
    static func apply(_ error: ApplyError, _ prefix: String) -> String {
        switch error {
        case .invalidPlan(let path):
            return "The change to \(prefix)\(path) is not allowed (the path is outside the catalogue or used twice); nothing was changed. This is a bug in catalogue; please report it."
        case .symbolicLink(let path):
            return "\(prefix)\(path) is a symbolic link; catalogue never writes through a link nor replaces it with a plain file, so nothing was changed. Change the file it points to instead, or replace the link with a copy of that file, then run the command again."
        case .changedSinceRead(let path):
            return "\(prefix)\(path) was changed by someone else since it was read; nothing was changed. Run the command again."
        case .couldNotWrite(let path, let reason):
            return "Could not write \(prefix)\(path) (\(reason)); nothing was changed. Check that the folder exists, you may write to it and the disk has room, then run the command again."
        case .couldNotReplace(let path, let reason, true):
            return "Could not put \(prefix)\(path) in place (\(reason)); the files changed before it were put back, so nothing was changed. Run the command again."
        case .couldNotReplace(let path, let reason, false):
            return "Could not put \(prefix)\(path) in place (\(reason)), and the files changed before it could not all be put back. Check the catalogue with 'git status' and 'catalogue check' before going on."
        case .couldNotDelete(let path, let reason):
            return "Could not delete or replace \(prefix)\(path) (\(reason)); nothing was changed. Check that you may change that file and its folder, then run the command again."
        case .diskFull(let path):
            return "Could not write \(prefix)\(path): the disk is full; nothing was changed. Free some space, then run the command again."
        case .unfinishedChange(let file):
            return "\(prefix)\(file) records an interrupted change that is not complete yet; nothing was changed. Run any catalogue command (such as 'catalogue check') to complete it, then run this one again."
        }
    }

    static func lock(_ error: LockError, _ prefix: String) -> String {
        switch error {
        case .held(let holder, _, let onThisComputer):
            let place = onThisComputer ? "on this computer" : "on the computer \(holder.host)"
            return "the catalogue is being changed by another command: '\(holder.command)' (process \(holder.pid) \(place), since \(holder.since)). Wait for it to finish and run your command again."
        case .heldByUnknown:
            return "the catalogue is being changed by another command, which has not yet written its name. Wait for it to finish and run your command again."
        case .couldNotCreate(let file, let reason):
            return "could not create \(prefix)\(file) (\(reason)). Check that the catalogue folder exists and you may write to it, then run the command again."
        case .notAFile(let file, let kind):
            return "\(prefix)\(file) is \(fileKind(kind)), not the lock file catalogue keeps there, so it cannot tell whether another command is at work; nothing was changed. Remove it, then run the command again."
        case .unsupported(let file, let reason):
            return "the file system of \(prefix)\(file) does not lock files (\(reason)), so two commands changing the catalogue at once could not be kept apart; nothing was changed. Keep the catalogue on a local disk, or on a network share that supports file locks."
        }
    }

    static func input(_ error: InputError) -> String {
        func shown(_ source: InputSource) -> String {
            switch source {
            case .standardInput: return "standard input"
            case .file(let name): return "'\(name)'"
            }
        }
        switch error {
        case .closed:
            return "standard input is closed, so there is no description to read from '-'; pipe the text in (--description-file - < text.md) or name a file"
        case .missing(let source): return "the description file \(shown(source)) does not exist"
        case .notAFile(.standardInput, let kind):
            return "standard input is \(fileKind(kind)), not text; pipe the text in (--description-file - < text.md) or name a file"
        case .notAFile(let source, let kind): return "the description file \(shown(source)) is \(fileKind(kind)), not a file; name a text file"
        case .tooLarge(let source, let limit):
            return "the description from \(shown(source)) is longer than an entry file may be (\(grouped(limit)) bytes); shorten it"
        case .unreadable(let source, let reason): return "cannot read the description from \(shown(source)) (\(reason))"
        }
    }

    static func journal(_ error: JournalError, _ prefix: String) -> String {
        let advice = "Look at the files with 'git status' and 'git diff', put them right by hand (e.g. 'git checkout' of the old version), then delete \(prefix)\(Journal.fileName)."
        switch error {
        case .unreadable(let file, let reason):
            return "an interrupted change left \(prefix)\(file), which cannot be read (\(reason)), so it is unknown which files it changed; nothing was changed. \(advice)"
        case .cannotComplete(let file, let problems):
            let what = problems.map { problem in
                switch problem {
                case .changedByHand(let path): return "\(prefix)\(path) was changed since"
                case .temporaryMissing(let path, let temporary): return "the new version of \(prefix)\(path) (\(prefix)\(temporary)) is missing"
                }
            }.joined(separator: "; ")
            return "an interrupted change, recorded in \(prefix)\(file), cannot be completed: \(what). Nothing was guessed or changed: some files may be old and some new. \(advice)"
        case .couldNotComplete(let file, let path, let reason):
            return "could not complete the interrupted change recorded in \(prefix)\(file): \(prefix)\(path) could not be put in place (\(reason)). Fix that and run the command again; the change is completed then."
        }
    }

    static func fileKind(_ kind: FileKind) -> String {
        switch kind {
        case .folder: return "a folder"
        case .symbolicLink: return "a symbolic link"
        case .socketOrDevice: return "a socket or device"
        case .deviceOrPipe: return "a device or pipe"
        }
    }
}
