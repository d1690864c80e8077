import Foundation
import CatalogueModel
import CatalogueStorage
import CatalogueValidation
import CatalogueEditing
import CatalogueSearch

/// A change a writing command is making: the change in memory (the catalogue as read under the
/// lock and as edited), where the catalogue is, and what to say besides the files once written.
struct CatalogueEdit {
    let location: CatalogueLocation
    var change: CatalogueChange
    /// What the change did beyond the files it wrote (e.g. "Moved 3 tasks to sfl"), shown after them.
    var report: [Message] = []

    var loaded: LoadedCatalogue { change.loaded }
    var catalogue: Catalogue {
        get { change.catalogue }
        set { change.catalogue = newValue }
    }
    var renames: [CatalogueWriter.Rename] {
        get { change.renames }
        set { change.renames = newValue }
    }
}

extension Command {
    /// Runs a writing command through the transaction every change goes through
    /// (`CatalogueTransaction`), saying each step's outcome: find and lock the catalogue, load
    /// it, let `change` edit it in memory, plan and check, then write every file or none (with
    /// `--dry-run`, show the diff instead). `change` returns an exit status to stop early
    /// (having said why), or nil to go on.
    static func changeCatalogue(_ call: Invocation, _ console: inout Console,
                                _ change: (inout CatalogueEdit, inout Console) -> Int32?) -> Int32 {
        let (arguments, context) = (call.arguments, call.context)
        let location: CatalogueLocation
        switch CatalogueLocation.find(arguments, context) {
        case .failure(let error): return console.fail(error.message)
        case .success(let found): location = found
        }
        let dryRun = arguments.flag(.dryRun)
        let transaction: CatalogueTransaction
        do {
            transaction = try CatalogueTransaction.begin(root: location.root, command: commandLine(context),
                                                         timeout: lockTimeout(context), locking: !dryRun)
        } catch {
            return console.fail(error.message(location.displayPrefix))
        }
        defer { transaction.end() }
        if let recovered = transaction.recovered {
            console.note(.completedInterruptedChange(place: location.displayPrefix, completed: recovered.completed, total: recovered.total))
        }
        for leftover in transaction.removedLeftovers { console.note(.removedLeftover(path: location.displayPrefix + leftover)) }
        if let problems = transaction.unreadFolderProblems {
            console.report(problems, pathPrefix: location.displayPrefix)
            return console.fail(.refusedUnreadFolders)
        }
        var edit = CatalogueEdit(location: location, change: transaction.change())
        edit.change.today = CalendarDay(context.now)
        if let status = change(&edit, &console) { return status }
        return write(edit, transaction, dryRun: dryRun, &console)
    }

    /// Plans, checks and writes (or shows) an edit.
    static func write(_ edit: CatalogueEdit, _ transaction: CatalogueTransaction, dryRun: Bool, _ console: inout Console) -> Int32 {
        let prefix = edit.location.displayPrefix
        let plan: ChangePlan, warnings: [Diagnostic]
        switch edit.change.prepare() {
        case .nothing:
            console.say(.nothingToChange)
            return ExitStatus.success
        case .refused(let problems, let refusal):
            console.report(problems, pathPrefix: prefix)
            return console.fail(refusal.message(prefix))
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
            try transaction.commit(plan)
        } catch {
            return console.fail(.cannotApply(error, prefix: prefix))
        }
        for line in plan.summary(pathPrefix: prefix) { console.say(line) }
        for line in edit.report { console.say(line) }
        console.report(warnings, pathPrefix: prefix)
        return ExitStatus.success
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
}

extension Refusal {
    /// The sentence that sums up a refusal, with the files read from where the user stands.
    func message(_ prefix: String) -> Message {
        switch self {
        case .damagedFiles(let files): return .refusedDamagedFiles(files.map { prefix + $0 })
        case .errors(let count): return .refusedErrors(count: count)
        }
    }
}

extension TransactionError {
    /// What to say when a change could not begin.
    func message(_ prefix: String) -> Message {
        switch self {
        case .lock(let error): return .cannotLock(error, prefix: prefix)
        case .journal(let error): return .cannotCompleteJournal(error, prefix: prefix)
        }
    }
}
