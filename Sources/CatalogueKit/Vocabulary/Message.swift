import CatalogueModel
import CatalogueStorage

/// What the command line says besides diagnostics — usage mistakes, refusals, what a change did,
/// summaries — as values with a stable code; the words are in the language tables (`Wording`).
public enum Message: Sendable, Hashable {
    // MARK: How a command is typed
    case unknownCommand(String)
    case unknownOption(String)
    case unknownSubcommand(group: String, word: String, choices: [String])
    case missingSubcommand(group: String, argument: String)
    case missingArgument(String)
    case unexpectedArgument(String)
    case givenTwice(option: String)
    case takesNoValue(option: String)
    case needsValue(option: String, valueName: String)
    case unknownKind(String)
    case wrongLanguage(String)
    case argumentNotUTF8(option: String?, position: Int, byte: Int)
    case noHelpFor(command: String, word: String)

    // MARK: A change
    case nothingToChange
    case dryRunSummary(files: Int)
    case created(path: String)
    case changed(path: String)
    case deleted(path: String)
    case renamed(from: String, to: String)
    case removedLeftover(path: String)
    case refusedUnreadFolders
    case refusedDamagedFiles([String])
    case refusedErrors(count: Int)

    // MARK: Checking
    case checked(place: String, departments: Int, employees: Int, tasks: Int, areas: Int,
                 errors: Int, warnings: Int, accepted: Int)

    // MARK: Adding, setting and naming entries
    case missingRequiredOptions(kind: EntryKind, missing: [String], all: [String])
    case cannotBeAnID(text: String, problem: IDProblem, suggested: String)
    case renameNotAnID(text: String, problem: IDProblem, suggested: String, kind: EntryKind, typed: String)
    case sameNameExists(kind: EntryKind, name: String, id: String)
    case idTaken(kind: EntryKind, id: String, name: String)
    case idFileHasErrors(path: String)
    case idMadeFrom(id: String, kind: EntryKind)
    case nothingChangedTypedValue
    case emptyValue(option: String)
    case noSuchSetting(String)
    case noSuchField(kind: EntryKind, name: String)
    case requiredCannotBeUnset(option: String, key: String, replacement: String?)
    case nameAFieldToChange(example: String, command: String)
    case wrongRole(String)
    case roleWithoutAdd(role: String)
    case alreadyInList(key: String, value: String)
    case notInList(option: String, text: String, key: String, kind: EntryKind, id: String, held: [String])
    case notAChoiceOption(option: String, text: String, choices: [String])
    case notTrueOrFalse(option: String, text: String)
    case notAWholeNumberOption(option: String, text: String)
    case linkNeedsTitleAndAddress(option: String)
    case acceptNeedsCodeAndReason(option: String)

    // MARK: Finding the entry a command names
    case entryHasErrors(path: String, kind: EntryKind)
    case nameFitsSeveral(query: String, count: Int, kind: EntryKind)
    case noEntryNamed(kind: EntryKind, query: String)
    case noEntry(kind: EntryKind, id: String, path: String)
    case partialNameOnly(kind: EntryKind, query: String)
    case tookName(name: String, kind: EntryKind, id: String)

    // MARK: Removing, handing over, renaming, moving
    case successorIsTheSame(kind: EntryKind)
    case reassignToForTask
    case stillReferred(kind: EntryKind, id: String, name: String, references: [ReferenceCount], example: String)
    case referredBy(path: String, role: ReferenceRole)
    case gaveTo(references: [ReferenceCount], from: String, fromName: String, to: String, toName: String)
    case leaverWasDeputy(leaver: String, leaverName: String, heir: String, heirName: String, newDeputy: String?, newDeputyName: String?)
    case missingTo
    case allFromWithTask
    case nameTaskOrAll
    case allFromIsTo
    case notResponsible(typed: String, task: String, people: [String])
    case nobodyResponsible(task: String)
    case alreadyHoldsPlace(name: String, id: String)
    case nameAwayAndCover
    case nameWhoIsBack
    case awayRecorded(name: String, id: String, from: CalendarDay, until: CalendarDay?, cover: String, coverID: String)
    case backRecorded(name: String, id: String)
    case notAway(name: String, id: String)
    case takesOver(name: String, id: String, task: String, from: String, primary: Bool)
    case alreadyHeldSoRemoved(name: String, id: String, task: String, from: String, primary: Bool)
    case alreadyCalled(kind: EntryKind, id: String)
    case updatedReferences([ReferenceCount], id: String)
    case cannotMove(String)
    case moveOptionNotFor(option: String, kind: EntryKind, allowed: [String])
    case sayWhereTo(allowed: [String])
    case moved(name: String, id: String, to: String, toID: String)

    // MARK: fmt, list, find, show
    case notCanonical(files: Int)
    case formatted(path: String)
    case damagedNotRewritten(files: Int)
    case allCanonical(others: Bool)
    case noCatalogueFound
    case catalogueFolderMissing(String)
    case catalogueFolderUnreadable(String, reason: String)
    case catalogueIsAFile(String)
    case klePlanUnreadable(path: String, reason: String)
    case klePlanNotAFile(path: String)
    case klePlanNoTopics(path: String)
    case klePlanBadChanges(path: String)
    case kleNotANumber(String)
    case kleNotInPlan(number: String, plan: String, nearest: [KLETitle])
    case kleRetired(number: String, version: String)
    case catalogueInside(given: String, inner: String)
    case folderInsideCatalogue(given: String, catalogue: String)
    case notACatalogue(String)
    case listUnknownKind(String)
    case areaFilterOnlyForTasks
    case departmentFilterNotForAreas
    case mayBeMissing
    case noWordToSearch
    case showEntryHasErrors(path: String, kind: EntryKind, id: String)
    case fixAndTryAgain(path: String)
    case nameMatchesSeveral(query: String, count: Int, kind: EntryKind)

    // MARK: Exporting
    case unknownPublication(String)
    case wrongEngine(String)
    case engineOnlyForPDF
    case unknownProfile(String, choices: [String])
    case profileNotPublished(publication: String, profile: String)
    case outNeedsFolder
    case badDate(option: String, text: String)
    case exportRefused(errors: Int)
    case catalogueHasWarnings(Int)
    case outputInsideCatalogue(folder: String, catalogue: String?)
    case wrote(path: String, size: String)
    case wrotePDF(path: String, size: String, engine: String, seconds: String)
    case couldNotPrint(path: String, reason: String)
    case couldNotWrite(path: String, reason: String)
    case noPDFEngine(wanted: String?)

    // MARK: Writing, locking, reading input
    case cannotApply(ApplyError, prefix: String)
    case cannotLock(LockError, prefix: String)
    case cannotReadInput(InputError)
    case cannotCompleteJournal(JournalError, prefix: String)
    case completedInterruptedChange(place: String, completed: Int, total: Int)
    case descriptionNotUTF8(source: String, byte: Int)

    // MARK: edit and init
    case editCannotRead(path: String)
    case editNoCopy(folder: String, reason: String)
    case editorFailed(editor: String, status: Int32)
    case editUnchanged(path: String)
    case editSaysTheSame(path: String)
    case editAgain(problems: Int)
    case editDiscarded(path: String)
    case editCopyKept(path: String)
    case initEmptyFolder
    case initMissingOrganisation
    case initRefused(InitError, folder: String)
    case initCannotCreate(folder: String, ApplyError)
    case initCreated(organisation: String, folder: String)
    case initNext(folder: String)
    case pipelineExists(path: String, host: String)
    case pipelineWritten(path: String, host: String, variable: Bool)

    // MARK: Editions and what changed
    case notInGit(place: String)
    case gitFailed(command: String, reason: String)
    case emptyLabel
    case editionTagExists(tag: String)
    case editionRefusedErrors(count: Int)
    case uncommittedChanges(files: [String])
    case editionLabelNotCommitted(current: String, label: String)
    case editionCommitted(label: String, commit: String)
    case editionPublished(label: String, tag: String)
    case noEditions
    case noEditionToCompare
    case unknownRevision(String)
    case earlierHasErrors(revision: String, errors: Int)
    case oneFormat([String])
    case pdfMissing(path: String, folder: String)
    case noRecipients
    case draftWritten(recipients: Int, path: String)

    // MARK: The review round
    case reviewStarted(label: String, sheets: Int, folder: String)
    case noReviewRound
    case notReviewable(String)
    case confirmed(kind: EntryKind, id: String, name: String, with: Int)
    // MARK: import and stats
    /// What `import` and `stats` say about the files they read.
    case importing(ImportMessage)

    /// What a change would do, said in the conditional (`--dry-run`).
    indirect case wouldBe(Message)


    /// The stable code, such as `unknown-option`.
    public var code: String {
        switch self {
        case .unknownCommand: return "unknown-command"
        case .unknownOption: return "unknown-option"
        case .unknownSubcommand: return "unknown-subcommand"
        case .missingSubcommand: return "missing-subcommand"
        case .missingArgument: return "missing-argument"
        case .unexpectedArgument: return "unexpected-argument"
        case .givenTwice: return "given-twice"
        case .takesNoValue: return "takes-no-value"
        case .needsValue: return "needs-value"
        case .unknownKind: return "unknown-kind"
        case .wrongLanguage: return "wrong-language"
        case .argumentNotUTF8: return "argument-not-utf8"
        case .noHelpFor: return "no-help-for"
        case .nothingToChange: return "nothing-to-change"
        case .dryRunSummary: return "dry-run-summary"
        case .created: return "created"
        case .changed: return "changed"
        case .deleted: return "deleted"
        case .renamed: return "renamed"
        case .removedLeftover: return "removed-leftover"
        case .refusedUnreadFolders: return "refused-unread-folders"
        case .refusedDamagedFiles: return "refused-damaged-files"
        case .refusedErrors: return "refused-errors"
        case .checked: return "checked"
        case .missingRequiredOptions: return "missing-required-options"
        case .cannotBeAnID: return "cannot-be-an-id"
        case .renameNotAnID: return "rename-not-an-id"
        case .sameNameExists: return "same-name-exists"
        case .idTaken: return "id-taken"
        case .idFileHasErrors: return "id-file-has-errors"
        case .idMadeFrom: return "id-made-from"
        case .nothingChangedTypedValue: return "nothing-changed-typed-value"
        case .emptyValue: return "empty-value"
        case .noSuchSetting: return "no-such-setting"
        case .noSuchField: return "no-such-field"
        case .requiredCannotBeUnset: return "required-cannot-be-unset"
        case .nameAFieldToChange: return "name-a-field-to-change"
        case .wrongRole: return "wrong-role"
        case .roleWithoutAdd: return "role-without-add"
        case .alreadyInList: return "already-in-list"
        case .notInList: return "not-in-list"
        case .notAChoiceOption: return "not-a-choice-option"
        case .notTrueOrFalse: return "not-true-or-false"
        case .notAWholeNumberOption: return "not-a-whole-number-option"
        case .linkNeedsTitleAndAddress: return "link-needs-title-and-address"
        case .acceptNeedsCodeAndReason: return "accept-needs-code-and-reason"
        case .entryHasErrors: return "entry-has-errors"
        case .nameFitsSeveral: return "name-fits-several"
        case .noEntryNamed: return "no-entry-named"
        case .noEntry: return "no-entry"
        case .partialNameOnly: return "partial-name-only"
        case .tookName: return "took-name"
        case .successorIsTheSame: return "successor-is-the-same"
        case .reassignToForTask: return "reassign-to-for-task"
        case .stillReferred: return "still-referred"
        case .referredBy: return "referred-by"
        case .gaveTo: return "gave-to"
        case .leaverWasDeputy: return "leaver-was-deputy"
        case .missingTo: return "missing-to"
        case .allFromWithTask: return "all-from-with-task"
        case .nameTaskOrAll: return "name-task-or-all"
        case .allFromIsTo: return "all-from-is-to"
        case .notResponsible: return "not-responsible"
        case .nobodyResponsible: return "nobody-responsible"
        case .alreadyHoldsPlace: return "already-holds-place"
        case .nameAwayAndCover: return "name-away-and-cover"
        case .nameWhoIsBack: return "name-who-is-back"
        case .awayRecorded: return "away-recorded"
        case .backRecorded: return "back-recorded"
        case .notAway: return "not-away"
        case .takesOver: return "takes-over"
        case .alreadyHeldSoRemoved: return "already-held-so-removed"
        case .alreadyCalled: return "already-called"
        case .updatedReferences: return "updated-references"
        case .cannotMove: return "cannot-move"
        case .moveOptionNotFor: return "move-option-not-for"
        case .sayWhereTo: return "say-where-to"
        case .moved: return "moved"
        case .notCanonical: return "not-canonical"
        case .formatted: return "formatted"
        case .damagedNotRewritten: return "damaged-not-rewritten"
        case .allCanonical: return "all-canonical"
        case .noCatalogueFound: return "no-catalogue-found"
        case .catalogueFolderMissing: return "catalogue-folder-missing"
        case .catalogueFolderUnreadable: return "catalogue-folder-unreadable"
        case .catalogueIsAFile: return "catalogue-is-a-file"
        case .klePlanUnreadable: return "kle-plan-unreadable"
        case .klePlanNotAFile: return "kle-plan-not-a-file"
        case .klePlanNoTopics: return "kle-plan-no-topics"
        case .klePlanBadChanges: return "kle-plan-bad-changes"
        case .kleNotANumber: return "kle-not-a-number"
        case .kleNotInPlan: return "kle-not-in-plan"
        case .kleRetired: return "kle-retired"
        case .catalogueInside: return "catalogue-inside"
        case .folderInsideCatalogue: return "folder-inside-catalogue"
        case .notACatalogue: return "not-a-catalogue"
        case .listUnknownKind: return "list-unknown-kind"
        case .areaFilterOnlyForTasks: return "area-filter-only-for-tasks"
        case .departmentFilterNotForAreas: return "department-filter-not-for-areas"
        case .mayBeMissing: return "may-be-missing"
        case .noWordToSearch: return "no-word-to-search"
        case .showEntryHasErrors: return "show-entry-has-errors"
        case .fixAndTryAgain: return "fix-and-try-again"
        case .nameMatchesSeveral: return "name-matches-several"
        case .unknownPublication: return "unknown-publication"
        case .wrongEngine: return "wrong-engine"
        case .engineOnlyForPDF: return "engine-only-for-pdf"
        case .unknownProfile: return "unknown-profile"
        case .profileNotPublished: return "profile-not-published"
        case .outNeedsFolder: return "out-needs-folder"
        case .badDate: return "bad-date"
        case .exportRefused: return "export-refused"
        case .catalogueHasWarnings: return "catalogue-has-warnings"
        case .outputInsideCatalogue: return "output-inside-catalogue"
        case .wrote: return "wrote"
        case .wrotePDF: return "wrote-pdf"
        case .couldNotPrint: return "could-not-print"
        case .couldNotWrite: return "could-not-write-pdf"
        case .noPDFEngine: return "no-pdf-engine"
        case .cannotApply(let error, _): return error.code
        case .cannotLock(let error, _): return error.code
        case .cannotReadInput(let error): return error.code
        case .cannotCompleteJournal(let error, _): return error.code
        case .completedInterruptedChange: return "completed-interrupted-change"
        case .descriptionNotUTF8: return "description-not-utf8"
        case .editCannotRead: return "edit-cannot-read"
        case .editNoCopy: return "edit-no-copy"
        case .editorFailed: return "editor-failed"
        case .editUnchanged: return "edit-unchanged"
        case .editSaysTheSame: return "edit-says-the-same"
        case .editAgain: return "edit-again"
        case .editDiscarded: return "edit-discarded"
        case .editCopyKept: return "edit-copy-kept"
        case .initEmptyFolder: return "init-empty-folder"
        case .initMissingOrganisation: return "init-missing-organisation"
        case .initRefused(let error, _): return error.code
        case .initCannotCreate: return "init-cannot-create"
        case .initCreated: return "init-created"
        case .initNext: return "init-next"
        case .pipelineExists: return "pipeline-exists"
        case .pipelineWritten: return "pipeline-written"
        case .notInGit: return "not-in-git"
        case .gitFailed: return "git-failed"
        case .emptyLabel: return "empty-label"
        case .editionTagExists: return "edition-tag-exists"
        case .editionRefusedErrors: return "edition-refused-errors"
        case .uncommittedChanges: return "uncommitted-changes"
        case .editionLabelNotCommitted: return "edition-label-not-committed"
        case .editionCommitted: return "edition-committed"
        case .editionPublished: return "edition-published"
        case .noEditions: return "no-editions"
        case .noEditionToCompare: return "no-edition-to-compare"
        case .unknownRevision: return "unknown-revision"
        case .earlierHasErrors: return "earlier-has-errors"
        case .oneFormat: return "one-format"
        case .pdfMissing: return "pdf-missing"
        case .noRecipients: return "no-recipients"
        case .draftWritten: return "draft-written"
        case .reviewStarted: return "review-started"
        case .noReviewRound: return "no-review-round"
        case .notReviewable: return "not-reviewable"
        case .confirmed: return "confirmed"
        case .importing(let message): return message.code
        case .wouldBe: return "would-be"
        }
    }

    /// One message of every case, with example arguments, for the test of the wording tables.
    public static let examples: [Message] = [
        .unknownCommand("fnid"), .unknownOption("--phnoe"), .unknownSubcommand(group: "add", word: "emplyee", choices: ["employee", "task"]),
        .missingSubcommand(group: "add", argument: "KIND"), .missingArgument("ID"), .unexpectedArgument("x"),
        .givenTwice(option: "--phone"), .takesNoValue(option: "--json"), .needsValue(option: "--title", valueName: "TEXT"),
        .unknownKind("emplyee"), .wrongLanguage("de"), .argumentNotUTF8(option: "--title", position: 4, byte: 4), .noHelpFor(command: "add", word: "person"),
        .nothingToChange, .dryRunSummary(files: 2), .created(path: "employees/aa.json"), .changed(path: "tasks/x.md"),
        .deleted(path: "employees/aa.json"), .renamed(from: "employees/aa.json", to: "employees/ab.json"),
        .removedLeftover(path: "employees/.aa.json.catalogue-tmp-1-1"), .refusedUnreadFolders,
        .refusedDamagedFiles(["tasks/x.md"]), .refusedErrors(count: 2),
        .checked(place: "catalogue/", departments: 15, employees: 43, tasks: 89, areas: 12, errors: 0, warnings: 1, accepted: 14),
        .missingRequiredOptions(kind: .employee, missing: ["--title"], all: ["--name", "--title", "--department"]),
        .cannotBeAnID(text: "Anne K", problem: .characters, suggested: "anne-k"),
        .renameNotAnID(text: "Team Miljø", problem: .characters, suggested: "team-miljoe", kind: .department, typed: "team-miljoe"),
        .sameNameExists(kind: .employee, name: "Anne Andersen", id: "aa"), .idTaken(kind: .task, id: "byggesag", name: "Byggesag"),
        .idFileHasErrors(path: "employees/aa.json"), .idMadeFrom(id: "aa", kind: .employee), .nothingChangedTypedValue,
        .emptyValue(option: "--phone"), .noSuchSetting("editon"), .noSuchField(kind: .employee, name: "phnoe"),
        .requiredCannotBeUnset(option: "--unset", key: "name", replacement: "--name"),
        .nameAFieldToChange(example: "--name", command: "set employee"), .wrongRole("first"), .roleWithoutAdd(role: "primary"),
        .alreadyInList(key: "keywords", value: "skilt"),
        .notInList(option: "--remove-keyword", text: "x", key: "keywords", kind: .task, id: "byggesag", held: ["a", "b"]),
        .notAChoiceOption(option: "--visibility", text: "all", choices: ["internal", "name", "contact"]),
        .notTrueOrFalse(option: "--significant-business-contact", text: "måske"),
        .notAWholeNumberOption(option: "--sort-order", text: "ti"), .linkNeedsTitleAndAddress(option: "--link"),
        .acceptNeedsCodeAndReason(option: "--accept"),
        .entryHasErrors(path: "tasks/x.md", kind: .task), .nameFitsSeveral(query: "Anne", count: 2, kind: .employee),
        .noEntryNamed(kind: .employee, query: "Anne Xx"), .noEntry(kind: .employee, id: "akn", path: "employees/akn.json"),
        .partialNameOnly(kind: .task, query: "con"), .tookName(name: "Anne Kirstine Mørk", kind: .employee, id: "akm"),
        .successorIsTheSame(kind: .employee), .reassignToForTask,
        .stillReferred(kind: .employee, id: "aa", name: "Anne Andersen", references: [.init(noun: .task, count: 3)], example: "bb"),
        .referredBy(path: "tasks/x.md", role: .primaryOfTask),
        .gaveTo(references: [.init(noun: .task, count: 2), .init(noun: .deputyship, count: 1)], from: "aa", fromName: "Anne",
                to: "bb", toName: "Bo"),
        .leaverWasDeputy(leaver: "aa", leaverName: "Anne", heir: "bb", heirName: "Bo", newDeputy: "cc", newDeputyName: "Carl"),
        .missingTo, .allFromWithTask, .nameTaskOrAll, .allFromIsTo,
        .notResponsible(typed: "cc", task: "byggesag", people: ["Anne (aa)"]), .nobodyResponsible(task: "byggesag"),
        .alreadyHoldsPlace(name: "Bo", id: "bb"), .nameAwayAndCover, .nameWhoIsBack,
        .awayRecorded(name: "Anne", id: "aa", from: CalendarDay(year: 2027, month: 2, day: 1), until: CalendarDay(year: 2027, month: 7, day: 31),
                      cover: "Bo", coverID: "bb"),
        .backRecorded(name: "Anne", id: "aa"), .notAway(name: "Anne", id: "aa"), .takesOver(name: "Bo", id: "bb", task: "byggesag", from: "Anne (aa)", primary: true),
        .alreadyHeldSoRemoved(name: "Bo", id: "bb", task: "byggesag", from: "Anne (aa)", primary: true),
        .alreadyCalled(kind: .area, id: "byg"), .updatedReferences([.init(noun: .employee, count: 4)], id: "adm"),
        .cannotMove("area"), .moveOptionNotFor(option: "--area", kind: .employee, allowed: ["department"]),
        .sayWhereTo(allowed: ["department", "area"]), .moved(name: "Anne", id: "aa", to: "Byg", toID: "byg"),
        .notCanonical(files: 2), .formatted(path: "tasks/x.md"), .damagedNotRewritten(files: 1), .allCanonical(others: true), .noCatalogueFound,
        .catalogueFolderMissing("kat"), .catalogueFolderUnreadable("kat", reason: "permission denied"), .catalogueIsAFile("kat"),
        .klePlanUnreadable(path: "kle/OS2KLE.txt", reason: "permission denied"), .klePlanNotAFile(path: "kle"),
        .klePlanNoTopics(path: "plan.txt"), .klePlanBadChanges(path: "kle/change.json"), .kleNotANumber("9.13"),
        .kleNotInPlan(number: "09.13.05", plan: "OS2KLE 3.23", nearest: [KLETitle(number: "09.13.01", title: "Rottebekæmpelse")]),
        .kleRetired(number: "03.09.13", version: "3.23"),
        .catalogueInside(given: "projekt", inner: "projekt/catalogue"), .folderInsideCatalogue(given: "kat/employees", catalogue: "kat"),
        .notACatalogue("kat"), .listUnknownKind("people"), .areaFilterOnlyForTasks, .departmentFilterNotForAreas, .mayBeMissing,
        .noWordToSearch, .showEntryHasErrors(path: "tasks/x.md", kind: .task, id: "x"), .fixAndTryAgain(path: "tasks/x.md"),
        .nameMatchesSeveral(query: "Anne", count: 2, kind: .employee),
        .unknownPublication("web"), .wrongEngine("prince"), .engineOnlyForPDF, .unknownProfile("yeaster", choices: ["3cx", "yeastar"]),
        .profileNotPublished(publication: "internal", profile: "wazo"), .outNeedsFolder, .badDate(option: "--date", text: "2026-02-30"), .exportRefused(errors: 2),
        .catalogueHasWarnings(3), .outputInsideCatalogue(folder: "out", catalogue: nil),
        .wrote(path: "out/internal.html", size: "120 KB"), .wrotePDF(path: "out/internal.pdf", size: "1 MB", engine: "chromium", seconds: "4.2"),
        .couldNotPrint(path: "out/internal.pdf", reason: "stopped"), .couldNotWrite(path: "out/internal.pdf", reason: "disk full"),
        .noPDFEngine(wanted: nil),
        .cannotApply(.changedSinceRead(path: "employees/aa.json"), prefix: ""), .cannotApply(.invalidPlan(path: "x"), prefix: ""),
        .cannotApply(.symbolicLink(path: "x"), prefix: ""), .cannotApply(.couldNotWrite(path: "x", reason: "disk full"), prefix: ""),
        .cannotApply(.couldNotReplace(path: "x", reason: "r", restored: true), prefix: ""),
        .cannotApply(.couldNotReplace(path: "x", reason: "r", restored: false), prefix: ""),
        .cannotApply(.couldNotDelete(path: "x", reason: "r"), prefix: ""), .cannotApply(.diskFull(path: "x"), prefix: ""), .cannotApply(.unfinishedChange(file: "j"), prefix: ""),
        .cannotLock(.held(holder: LockHolder(pid: 1, host: "h", command: "catalogue fmt", since: "t"), file: ".catalogue.lock", onThisComputer: true),
                    prefix: ""),
        .cannotLock(.heldByUnknown(file: ".catalogue.lock"), prefix: ""), .cannotLock(.couldNotCreate(file: "l", reason: "r"), prefix: ""),
        .cannotLock(.notAFile(file: "l", kind: .folder), prefix: ""), .cannotLock(.unsupported(file: "l", reason: "r"), prefix: ""),
        .cannotReadInput(.closed), .cannotReadInput(.missing(.file("x.md"))), .cannotReadInput(.notAFile(.standardInput, kind: .folder)),
        .cannotReadInput(.tooLarge(.standardInput, limit: 1_048_576)), .cannotReadInput(.unreadable(.file("x.md"), reason: "r")),
        .cannotCompleteJournal(.unreadable(file: "j", reason: "r"), prefix: ""),
        .cannotCompleteJournal(.cannotComplete(file: "j", problems: [.changedByHand(path: "a"), .temporaryMissing(path: "b", temporary: "c")]),
                               prefix: ""),
        .cannotCompleteJournal(.couldNotComplete(file: "j", path: "a", reason: "r"), prefix: ""),
        .completedInterruptedChange(place: "", completed: 2, total: 3), .descriptionNotUTF8(source: "x.md", byte: 12),
        .editCannotRead(path: "x"), .editNoCopy(folder: "/tmp/x", reason: "r"), .editorFailed(editor: "vi", status: 1),
        .editUnchanged(path: "x"), .editSaysTheSame(path: "x"), .editAgain(problems: 2), .editDiscarded(path: "x"), .editCopyKept(path: "/tmp/x"),
        .initEmptyFolder, .initMissingOrganisation, .initRefused(.holdsACatalogue, folder: "k"),
        .initRefused(.holdsOtherFiles(["a", "b"]), folder: "k"), .initRefused(.invalidSettings(count: 1), folder: "k"),
        .initCannotCreate(folder: "k", .couldNotWrite(path: "x", reason: "r")), .initCreated(organisation: "Fjordby Kommune", folder: "k"),
        .initNext(folder: "k"),
        .pipelineExists(path: ".gitlab-ci.yml", host: "gitlab"), .pipelineWritten(path: ".github/workflows/catalogue.yml", host: "github", variable: true),
        .notInGit(place: "katalog/"), .gitFailed(command: "git commit", reason: "Please tell me who you are"), .emptyLabel,
        .editionTagExists(tag: "edition/2027-1-udgave"), .editionRefusedErrors(count: 2),
        .uncommittedChanges(files: ["employees/aa.json", "tasks/x.md"]),
        .editionLabelNotCommitted(current: "2026, 2. udgave", label: "2027, 1. udgave"),
        .editionCommitted(label: "2027, 1. udgave", commit: "1a2b3c4"), .editionPublished(label: "2027, 1. udgave", tag: "edition/2027-1-udgave"),
        .noEditions, .noEditionToCompare, .unknownRevision("edition/2025"), .earlierHasErrors(revision: "edition/2026-2-udgave", errors: 1),
        .oneFormat(["--json", "--html"]), .pdfMissing(path: "out/internal.pdf", folder: "out"), .noRecipients,
        .draftWritten(recipients: 44, path: "out/edition.eml"),
        .reviewStarted(label: "Gennemgang december 2026", sheets: 15, folder: "gennemgang"), .noReviewRound, .notReviewable("area"),
        .confirmed(kind: .department, id: "adm", name: "Administration", with: 4),
        .wouldBe(.moved(name: "Anne", id: "aa", to: "Byg", toID: "byg")),
    ] + ImportMessage.examples.map(Message.importing)
}

/// How many references of one kind: "3 tasks", "1 deputyship".
public struct ReferenceCount: Sendable, Hashable {
    public var noun: ReferenceNoun
    public var count: Int
}

/// What a reference to an entry is, counted in a message.
public enum ReferenceNoun: Sendable, Hashable {
    case task, deputyship, cover, subDepartment, area, employee, headship
}

/// What the referring entry makes of the one referred to, in the list of what refers to it.
public enum ReferenceRole: Sendable, Hashable {
    case primaryOfTask, backupOnTask, deputyOfEmployee, coverForEmployee, parentOfDepartment, contactDepartmentOfArea, departmentOf(EntryKind)
    case field(String)
}
