import Foundation
import CatalogueModel
import CatalogueStorage
import CatalogueValidation

/// A change a writing command is making: the catalogue as it was read (under the lock), the
/// catalogue as it is being edited, and what to say besides the files once it is written.
struct CatalogueEdit {
    let location: CatalogueLocation
    let loaded: LoadedCatalogue
    var catalogue: Catalogue
    var renames: [CatalogueWriter.Rename] = []
    /// What the change did beyond the files it wrote (e.g. "Moved 3 tasks to sfl"), shown after them.
    var report: [Message] = []
}

extension Command {
    /// Runs a writing command the one way every change is made: find and lock the catalogue,
    /// load it, let `change` edit it in memory, plan the file changes, check the catalogue as
    /// it would be, then write every file or none (with `--dry-run`, show the diff instead).
    /// `change` returns an exit status to stop early (having said why), or nil to go on.
    static func changeCatalogue(_ call: Invocation, _ console: inout Console,
                     _ change: (inout CatalogueEdit, inout Console) -> Int32?) -> Int32 {
        let (arguments, context) = (call.arguments, call.context)
        let location: CatalogueLocation
        switch CatalogueLocation.find(arguments, context) {
        case .failure(let error): return console.fail(error.message)
        case .success(let found): location = found
        }
        let dryRun = arguments.flag(.dryRun)
        var lock: CatalogueLock?
        if !dryRun {
            // Held from reading to writing, so a second writer cannot read what this one is about to change.
            do {
                lock = try CatalogueLock.acquire(root: location.root, command: commandLine(context), timeout: lockTimeout(context))
            } catch {
                return console.fail(.cannotLock(error, prefix: location.displayPrefix))
            }
            if let status = completeInterruptedChange(in: location.root, shownAs: location.displayPrefix, &console) {
                lock?.release()
                return status
            }
            for leftover in ChangePlan.removeLeftovers(in: location.root) {
                console.note(.removedLeftover(path: location.displayPrefix + leftover))
            }
        }
        defer { lock?.release() }
        let loaded = CatalogueReader.load(location.root)
        if let status = refuseUnreadFolders(loaded, location, &console) { return status }
        var edit = CatalogueEdit(location: location, loaded: loaded, catalogue: loaded.catalogue)
        if let status = change(&edit, &console) { return status }
        return write(edit, dryRun: dryRun, &console)
    }

    /// Refuses to work on a catalogue with a folder that could not be read: a change could not
    /// follow the references in what was not read (a rename would leave them behind).
    static func refuseUnreadFolders(_ loaded: LoadedCatalogue, _ location: CatalogueLocation, _ console: inout Console) -> Int32? {
        let folders = Set(loaded.unreadableKinds.map(\.folder) + ["."])
        let problems = loaded.diagnostics.filter { $0.severity == .error && folders.contains($0.location.file) }
        guard !loaded.unreadableKinds.isEmpty || !problems.isEmpty else { return nil }
        console.report(problems.sortedByLocation(), pathPrefix: location.displayPrefix)
        return console.fail(.refusedUnreadFolders)
    }

    /// Plans, checks and writes (or shows) an edit.
    static func write(_ edit: CatalogueEdit, dryRun: Bool, _ console: inout Console) -> Int32 {
        let prefix = edit.location.displayPrefix
        let plan: ChangePlan, warnings: [Diagnostic]
        switch prepare(edit) {
        case .nothing:
            console.say(.nothingToChange)
            return ExitStatus.success
        case .refused(let problems, let message):
            console.report(problems, pathPrefix: prefix)
            return console.fail(message)
        case .ready(let ready, let introduced):
            (plan, warnings) = (ready, introduced)
        }
        if dryRun {
            console.write(plan.unifiedDiff(pathPrefix: prefix))
            for line in edit.report { console.printError(console.wording.text(.wouldBe(line))) }
            console.report(warnings, pathPrefix: prefix)
            console.printError(console.wording.text(.dryRunSummary(files: plan.changes.count)))
            return ExitStatus.success
        }
        do {
            try plan.apply(to: edit.location.root)
        } catch {
            return console.fail(.cannotApply(error, prefix: prefix))
        }
        for line in plan.summary(pathPrefix: prefix) { console.say(line) }
        for line in edit.report { console.say(line) }
        console.report(warnings, pathPrefix: prefix)
        return ExitStatus.success
    }

    /// What an edit comes to before anything is written.
    enum Prepared {
        /// The files to write, and the warnings the change brings (shown once it is written).
        case ready(ChangePlan, warnings: [Diagnostic])
        /// The catalogue already is as the edit wants it.
        case nothing
        /// The edit cannot be written: the problems it would cause, and the sentence that sums them up.
        case refused([Diagnostic], message: Message)
    }

    /// Plans an edit and checks the catalogue as it would be: refused when it would rewrite a
    /// file that could not be read whole, or bring errors the catalogue did not have.
    static func prepare(_ edit: CatalogueEdit) -> Prepared {
        let prefix = edit.location.displayPrefix
        let (plan, damaged) = CatalogueWriter.plan(from: edit.loaded, to: edit.catalogue, renames: edit.renames)
        if !damaged.isEmpty {
            let errors = edit.loaded.diagnostics.filter { $0.severity == .error && damaged.contains($0.location.file) }
            return .refused(errors.sortedByLocation(), message: .refusedDamagedFiles(damaged.map { prefix + $0 }))
        }
        if plan.isEmpty { return .nothing }
        let introduced = Validator.check(edit.loaded.applying(plan)).introduced(comparedTo: Validator.check(edit.loaded))
        let written = plan.writtenPaths
        let errors = introduced.filter { $0.severity == .error }
        if !errors.isEmpty {
            // A place in a file that is not written yet would point at nothing the user can open.
            return .refused(errors.map { written.contains($0.location.file) ? $0.withoutPosition : $0 },
                            message: .refusedErrors(count: errors.count))
        }
        return .ready(plan, warnings: introduced + Validator.mentionsOfOldNames(before: edit.loaded, after: edit.catalogue))
    }

    /// The entry a command names by kind and id, or nil after saying why there is none: not a
    /// valid id, a file that exists but could not be read, or no such entry (with a suggestion).
    /// An entry's full name (a task's title) names it too, whatever the case, accents or æ/ae
    /// spelling, and the command says which entry it took. Part of a name only suggests: a
    /// command that removes or hands over must never act on a word that happened to fit.
    static func lookup(_ kind: EntryKind, _ id: String, in loaded: LoadedCatalogue, _ catalogue: Catalogue,
                       _ location: CatalogueLocation, _ console: inout Console) -> AnyEntry? {
        if let entry = catalogue.entry(kind, id) { return entry }
        let path = kind.path(for: id)
        if EntryID<Never>.problem(with: id) == nil, loaded.unreadable.contains(path) {
            console.report(loaded.diagnostics.filter { $0.location.file == path && $0.severity == .error }.sortedByLocation(),
                           pathPrefix: location.displayPrefix)
            _ = console.fail(.entryHasErrors(path: location.displayPrefix + path, kind: kind))
            return nil
        }
        let all = catalogue.entries(kind)
        let named = entries(fullyNamed: id, among: all)
        if named.count == 1 {
            console.note(.tookName(name: id, kind: kind, id: named[0].id))
            return named[0]
        }
        if named.count > 1 {
            for entry in named { console.printError("  \(entry.id)  \(entry.name)") }
            _ = console.fail(.nameFitsSeveral(query: id, count: named.count, kind: kind))
            return nil
        }
        let partial = entries(named: id, among: all)
        if !partial.isEmpty {
            let candidates = partial.prefix(5).map { Suggestion.Candidate(id: $0.id, name: $0.name) }
            _ = console.fail(.partialNameOnly(kind: kind, query: id), notes: [.didYouMean(Array(candidates), naming: true)])
            return nil
        }
        var notes = Note.suggesting(.forReference(id, among: catalogue.suggestionCandidates(of: kind))).map(\.hint)
        if notes.isEmpty { notes = [.lookItUp(query: id)] }
        if EntryID<Never>.problem(with: id) != nil {
            _ = console.fail(.noEntryNamed(kind: kind, query: id), notes: notes)
        } else {
            _ = console.fail(.noEntry(kind: kind, id: id, path: location.displayPrefix + path), notes: notes)
        }
        return nil
    }

    /// The entries whose full name (a task's title) is `query`, folded: case, accents, spacing
    /// and the æ/ae, ø/oe, å/aa spellings aside ("soeren aegidius boegh" is Søren Ægidius Bøgh).
    static func entries(fullyNamed query: String, among entries: [AnyEntry]) -> [AnyEntry] {
        let words = TextFolding.words(query)
        guard !words.isEmpty else { return [] }
        let slug = Slug.make(query)
        return entries.filter { TextFolding.words($0.name) == words || Slug.make($0.name) == slug }
    }

    /// The entries whose name (a task's title) holds every word of `query` as the start of one
    /// of its words, folded ("moerk" finds "Mørk"); a name typed in full wins over longer names
    /// that begin the same way. For reading commands and suggestions; writing ones use full names.
    static func entries(named query: String, among entries: [AnyEntry]) -> [AnyEntry] {
        let words = TextFolding.words(query)
        guard !words.isEmpty else { return [] }
        let matches = entries.filter { entry in
            let nameWords = TextFolding.words(entry.name)
            return words.allSatisfy { word in nameWords.contains { $0.hasPrefix(word) } }
        }
        let exact = matches.filter { TextFolding.words($0.name) == words }
        return exact.count == 1 ? exact : matches
    }
}

extension EntryKind {
    /// "a" or "an", for messages.
    var article: String { self == .employee || self == .area ? "an" : "a" }
}

extension Array where Element == Diagnostic {
    /// The problems in `self` that `before` did not have (compared by kind, file and message,
    /// since a change can move a problem to another line without causing it).
    func introduced(comparedTo before: [Diagnostic]) -> [Diagnostic] {
        var existing: [Diagnostic.Identity: Int] = [:]
        for diagnostic in before { existing[diagnostic.identity, default: 0] += 1 }
        return filter { diagnostic in
            guard let count = existing[diagnostic.identity], count > 0 else { return true }
            existing[diagnostic.identity] = count - 1
            return false
        }
    }
}

extension Diagnostic {
    /// A problem in a file, wherever in the file it stands: a change can move a problem to
    /// another line without causing it.
    fileprivate var identity: Identity { Identity(file: location.file, problem: problem) }

    fileprivate struct Identity: Hashable {
        var file: String
        var problem: Problem
    }
}

extension ChangePlan {
    /// One line per file for the user ("changed catalogue/tasks/byggesag.md"), in plan order.
    func summary(pathPrefix: String = "") -> [Message] {
        changes.map { change in
            switch change {
            case .create(let path, _): .created(path: pathPrefix + path)
            case .modify(let path, _, _): .changed(path: pathPrefix + path)
            case .delete(let path, _): .deleted(path: pathPrefix + path)
            case .rename(let from, let to, _, _): .renamed(from: pathPrefix + from, to: pathPrefix + to)
            }
        }
    }

    /// The files the plan writes (created, changed, or renamed to).
    var writtenPaths: Set<String> {
        Set(changes.compactMap { change in
            switch change {
            case .create(let path, _), .modify(let path, _, _): return path
            case .rename(_, let to, _, _): return to
            case .delete: return nil
            }
        })
    }
}
