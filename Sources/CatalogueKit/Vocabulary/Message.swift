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

    /// A sentence not yet given a code and a Danish wording; shown as it is in both languages.
    /// Transitional: every use is to become a case of its own.
    case untranslated(String)

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
        case .untranslated: return "untranslated"
        }
    }

    /// One message of every case, with example arguments, for the test of the wording tables.
    public static let examples: [Message] = [
        .unknownCommand("fnid"), .unknownOption("--phnoe"), .unknownSubcommand(group: "add", word: "emplyee", choices: ["employee", "task"]),
        .missingSubcommand(group: "add", argument: "KIND"), .missingArgument("ID"), .unexpectedArgument("x"),
        .givenTwice(option: "--phone"), .takesNoValue(option: "--json"), .needsValue(option: "--title", valueName: "TEXT"),
        .unknownKind("emplyee"), .wrongLanguage("de"), .noHelpFor(command: "add", word: "person"),
        .nothingToChange, .dryRunSummary(files: 2), .created(path: "employees/aa.json"), .changed(path: "tasks/x.md"),
        .deleted(path: "employees/aa.json"), .renamed(from: "employees/aa.json", to: "employees/ab.json"),
        .removedLeftover(path: "employees/.aa.json.catalogue-tmp-1-1"), .refusedUnreadFolders,
        .refusedDamagedFiles(["tasks/x.md"]), .refusedErrors(count: 2),
        .checked(place: "catalogue/", departments: 15, employees: 43, tasks: 89, areas: 12, errors: 0, warnings: 1, accepted: 14),
        .untranslated("text"),
    ]
}
