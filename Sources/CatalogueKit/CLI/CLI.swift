import Synchronization
import Foundation
import CatalogueModel
import CatalogueStorage

/// Everything a run of the tool depends on from outside, passed in so tests can drive it.
/// What `RunContext.keepUntilExit` keeps.
private let keptUntilExit = Mutex<[any Sendable]>([])

public struct RunContext: Sendable {
    /// The arguments after the program name.
    public var arguments: [String]
    public var workingDirectory: URL
    public var environment: [String: String]
    /// The clock: used only where a command needs today's date (init, export without --date).
    public var now: Date
    /// Colour diagnostics only when stderr is a terminal and NO_COLOR is not set.
    public var stderrIsTerminal: Bool
    /// Reads all of standard input, failing past `limit` bytes; called only by a command told to read it (`-`).
    public var readStandardInput: @Sendable (_ limit: Int) -> Result<[UInt8], InputError>
    /// Reads one line typed at a question, or nil at the end of input.
    public var readLine: @Sendable () -> String?
    /// Runs an editor command on a file, on the user's terminal, and returns its exit status.
    public var runEditor: @Sendable (_ command: String, _ file: String) -> Int32
    /// Arguments that were not UTF-8 as the system gave them: index → offset of the first bad byte.
    public var invalidUTF8: [Int: Int] = [:]
    /// True when the process ends with the run, as the `catalogue` program's does: the large
    /// values of a run (the catalogue read, its relations) are then left for the process's end
    /// to reclaim, since freeing them object by object takes longer than the exit that follows.
    public var endsProcess = false

    /// Keeps `value` until the process ends, when it ends with the run (see `endsProcess`).
    func keepUntilExit(_ value: some Sendable) {
        guard endsProcess else { return }
        keptUntilExit.withLock { $0.append(value) }
    }

    /// A path the user typed, read from the working directory unless it is absolute.
    func resolve(_ path: String) -> URL {
        // Not URL(fileURLWithPath:relativeTo:): a base without a trailing slash would resolve
        // against its parent folder.
        (path.hasPrefix("/") ? URL(fileURLWithPath: path) : workingDirectory.appendingPathComponent(path)).standardizedFileURL
    }

    public init(arguments: [String], workingDirectory: URL, environment: [String: String] = [:], now: Date = Date(timeIntervalSince1970: 0),
                stderrIsTerminal: Bool = false,
                readStandardInput: @escaping @Sendable (_ limit: Int) -> Result<[UInt8], InputError> = { _ in .success([]) },
                readLine: @escaping @Sendable () -> String? = { nil },
                runEditor: @escaping @Sendable (_ command: String, _ file: String) -> Int32 = { _, _ in 127 }) {
        self.arguments = arguments
        self.workingDirectory = workingDirectory
        self.environment = environment
        self.now = now
        self.stderrIsTerminal = stderrIsTerminal
        self.readStandardInput = readStandardInput
        self.readLine = readLine
        self.runEditor = runEditor
    }
}

/// What a run produced: its exit status and its output, in the order it was written.
public struct RunResult: Sendable, Equatable {
    public var status: Int32
    /// Each piece of output and whether it belongs on stderr, in order, so a terminal shows
    /// the diagnostics before the summary that follows them.
    public var output: [(toStderr: Bool, text: String)]

    public var stdout: String { output.filter { !$0.toStderr }.map(\.text).joined() }
    public var stderr: String { output.filter(\.toStderr).map(\.text).joined() }

    public init(status: Int32, stdout: String = "", stderr: String = "") {
        self.status = status
        self.output = [(false, stdout), (true, stderr)].filter { !$0.1.isEmpty }
    }

    init(status: Int32, output: [(toStderr: Bool, text: String)]) {
        self.status = status
        self.output = output
    }

    public static func == (lhs: RunResult, rhs: RunResult) -> Bool {
        lhs.status == rhs.status && lhs.stdout == rhs.stdout && lhs.stderr == rhs.stderr
    }
}

/// Exit statuses, as documented in the README.
public enum ExitStatus {
    public static let success: Int32 = 0
    /// The catalogue has errors, or `fmt --check` found files to rewrite.
    public static let failure: Int32 = 1
    /// The command was typed wrong (BSD `EX_USAGE`).
    public static let usage: Int32 = 64
}

/// Text written during a run, and how diagnostics are shown.
struct Console {
    private(set) var output: [(toStderr: Bool, text: String)] = []
    let colour: Bool
    /// The words of the run's language.
    let wording: Wording

    /// Text for stdout, as it is.
    mutating func write(_ text: String) { output.append((false, text)) }
    mutating func print(_ line: String = "") { write(line + "\n") }
    mutating func printError(_ line: String) { output.append((true, line + "\n")) }

    /// Diagnostics on stderr, each path read from where the user stands.
    mutating func report(_ diagnostics: [Diagnostic], pathPrefix: String) {
        for diagnostic in diagnostics {
            for line in wording.lines(diagnostic, pathPrefix: pathPrefix, colour: colour) { printError(line) }
        }
    }

    /// An error that belongs to no file, with its notes: `Fejl: … [code]`; returns 1.
    mutating func fail(_ message: Message, notes: [Hint] = []) -> Int32 {
        printError(errorLine(message))
        for note in notes { printError("\(wording.noteLinePrefix): \(wording.text(note))") }
        return ExitStatus.failure
    }

    /// `Fejl: … [code]` (`Error:` in English).
    func errorLine(_ message: Message) -> String {
        "\(wording.errorLabel): \(wording.text(message)) [\(message.code)]"
    }

    /// A line of what happened, on stdout.
    mutating func say(_ message: Message) { print(wording.text(message)) }

    /// A note on stderr that is no error: `Bemærk: …`.
    mutating func note(_ message: Message) { printError("\(wording.noteLinePrefix): \(wording.text(message))") }
}

/// One command: its declaration and what it does, or the subcommands it groups
/// (`add employee`, `add task`, ...), each a command of its own.
struct Command: Sendable {
    var spec: CommandSpec
    /// Other words that name this command, e.g. the plural "employees" for "employee".
    var aliases: [String] = []
    var subcommands: [Command] = []
    var run: @Sendable (_ call: Invocation, _ console: inout Console) -> Int32

    init(spec: CommandSpec, aliases: [String] = [], run: @escaping @Sendable (_ call: Invocation, _ console: inout Console) -> Int32) {
        self.spec = spec
        self.aliases = aliases
        self.run = run
    }

    /// A command whose first argument picks one of `subcommands`; its help lists them.
    init(group spec: CommandSpec, subcommands: [Command]) {
        self.spec = spec
        self.subcommands = subcommands
        self.run = { call, console in call.usageError(UsageError(.missingArgument(spec.arguments.first?.name ?? "SUBCOMMAND")), &console) }
    }

    /// The subcommand a word names.
    func subcommand(_ word: String) -> Command? {
        subcommands.first { $0.spec.name.split(separator: " ").last.map(String.init) == word || $0.aliases.contains(word) }
    }

    /// The help text in the run's language; a group lists its subcommands.
    func help(_ wording: Wording) -> String {
        guard !subcommands.isEmpty else { return spec.help(wording) }
        let first = subcommands[0].spec.name.split(separator: " ").last ?? ""
        return "\(wording.help("OVERVIEW")): \(wording.help(spec.summary))\n" + (spec.discussion.map { "\n" + wording.help($0) + "\n" } ?? "")
            + "\n\(wording.help("USAGE")): \(wording.placeholder("catalogue \(spec.name) \(spec.arguments.map(\.name).joined(separator: " ")) [OPTIONS]"))\n"
            + "\n\(wording.help("SUBCOMMANDS")):\n"
            + CommandSpec.table(subcommands.map { (String($0.spec.name.split(separator: " ").last ?? ""), wording.help($0.spec.summary)) })
            + "\n" + wording.help("See 'catalogue COMMAND SUBCOMMAND --help' for its options.")
                .replacingOccurrences(of: "COMMAND SUBCOMMAND", with: "\(spec.name) \(first)") + "\n"
    }

    /// Every text the help of this command and its subcommands shows.
    var helpTexts: [String] {
        spec.helpTexts + subcommands.flatMap(\.helpTexts)
    }
}

/// One call of a command: what was typed, parsed, and the run's surroundings.
struct Invocation: Sendable {
    var spec: CommandSpec
    var arguments: ParsedArguments
    var context: RunContext

    /// The kind of entry the first argument names, or nil after reporting a usage mistake.
    func kind(_ console: inout Console) -> EntryKind? {
        let word = arguments.positionals.first ?? ""
        if let kind = EntryKind(name: word) { return kind }
        _ = usageError(UsageError(.unknownKind(word), suggesting: .forWord(word, among: EntryKind.allCases.map(\.rawValue))), &console)
        return nil
    }

    /// The day the command works for: `--date`, else today. Absences are judged on it, and
    /// `export` prints it as the edition date.
    func day() -> Result<CalendarDay, UsageError> {
        // `.date` (export's) and `.day` (the other commands') are both "--date".
        guard let text = arguments.value(.date) else { return .success(CalendarDay(context.now)) }
        return CalendarDay(iso: text).map { .success($0) } ?? .failure(UsageError(.badDate(option: "--date", text: text)))
    }

    /// The days typed with `options` (`--from`/`--until`, `--since`/`--until`), nil where one
    /// was not typed, or the first that is not a real `YYYY-MM-DD` date.
    func days(_ options: [Value]) -> Result<[CalendarDay?], UsageError> {
        var days: [CalendarDay?] = []
        for option in options {
            guard let text = arguments.value(option) else { days.append(nil); continue }
            guard let day = CalendarDay(iso: text) else { return .failure(UsageError(.badDate(option: option.spec.name, text: text))) }
            days.append(day)
        }
        return .success(days)
    }

    /// Reports a usage mistake in this command; returns 64.
    func usageError(_ error: UsageError, _ console: inout Console) -> Int32 {
        CLI.usageError(error, usage: spec.usage, command: spec.name, &console)
    }

}

/// The command-line interface: parses a run's arguments and dispatches to a command.
public enum CLI {
    /// The tool's version, shown by `--version`.
    public static let version = "0.1.0"

    /// `--version`: "catalogue 0.1.0 (commit 341e86c4b2a1)" for a release archive, "catalogue 0.1.0 (built from a
    /// work tree)" otherwise; the same in both languages, as names and numbers are.
    static var versionLine: String {
        "catalogue \(version) (" + (Build.commit.map { "commit \($0)" } ?? "built from a work tree") + ")"
    }

    /// The commands, in the groups the main help shows them in, in the order of an update round.
    static let sections: [(title: String, commands: [Command])] = [
        ("LOOK UP", [.find, .show, .list, .check, .kle, .report, .stats]),
        ("CHANGE (name an entry by its id or its full name; each command checks the whole catalogue and writes every file or none; --dry-run shows the diff, fmt --check the files it would change)",
         [.add, .importSheet, .set, .move, .reassign, .away, .back, .rename, .remove, .edit, .fmt, .review]),
        ("PUBLISH", [.export, .edition, .changes, .pipeline]),
        ("OTHER", [.initialise, .help]),
    ]

    static let commands: [Command] = sections.flatMap(\.commands)

    /// Every text the main help and the commands' help show: what each language must word.
    static var helpTexts: Set<String> {
        Set(commands.flatMap(\.helpTexts) + sections.map(\.title) + fixedHelpTexts)
    }

    /// The main help's own texts, and the labels of every help.
    static let fixedHelpTexts = [
        "OVERVIEW", "USAGE", "ARGUMENTS", "OPTIONS", "SUBCOMMANDS", "Required.", "Show help for this command.",
        "Keeps a municipality's task and employee catalogue and publishes it.", "Show the version.", "Show this help.",
        "Choose the language of the tool's messages: da (Danish) or en (English).",
        "See 'catalogue help COMMAND' for a command's arguments and options.",
        "See 'catalogue COMMAND SUBCOMMAND --help' for its options.",
    ]

    /// Runs the tool once.
    public static func run(_ context: RunContext) -> RunResult {
        // NO_COLOR counts when it is set to anything but the empty string (no-color.org).
        let colour = context.stderrIsTerminal && (context.environment["NO_COLOR"] ?? "").isEmpty
        let (language, arguments, wrongLanguage) = RunLanguage.choose(context)
        var console = Console(colour: colour, wording: Wording(language))
        // Checked against the arguments as given, before --language is taken out of them.
        if let invalid = InvalidArgument.first(in: context) {
            console.printError(console.errorLine(.argumentNotUTF8(option: invalid.option, position: invalid.position, byte: invalid.byte)))
            return RunResult(status: ExitStatus.usage, output: console.output)
        }
        var context = context
        context.arguments = arguments
        if let wrongLanguage {
            console.printError(console.errorLine(.wrongLanguage(wrongLanguage)))
            console.printError("\(console.wording.usageLabel): \(console.wording.placeholder("catalogue COMMAND [ARGUMENTS] [--language da|en] [OPTIONS]"))")
            return RunResult(status: ExitStatus.usage, output: console.output)
        }
        let status = dispatch(context, &console)
        return RunResult(status: status, output: console.output)
    }

    private static func dispatch(_ context: RunContext, _ console: inout Console) -> Int32 {
        guard let first = context.arguments.first else {
            console.write(mainHelp(console.wording))
            return ExitStatus.success
        }
        switch first {
        case "-h", "--help":
            console.write(mainHelp(console.wording))
            return ExitStatus.success
        case "--version":
            console.print(versionLine)
            return ExitStatus.success
        default:
            break
        }
        guard var command = commands.first(where: { $0.spec.name == first }) else {
            let error = first.hasPrefix("-") ? UsageError(.unknownOption(first))
                : UsageError(.unknownCommand(first), suggesting: .forWord(first, among: commands.map(\.spec.name)))
            return usageError(error, usage: "catalogue COMMAND [ARGUMENTS] [OPTIONS]", command: nil, &console)
        }
        var rest = Array(context.arguments.dropFirst())
        while !command.subcommands.isEmpty {
            guard let word = rest.first, !word.hasPrefix("-") else {
                if rest.contains(where: { $0 == "-h" || $0 == "--help" }) {
                    console.write(command.help(console.wording))
                    return ExitStatus.success
                }
                let argument = command.spec.arguments.first?.name ?? "SUBCOMMAND"
                return usageError(UsageError(.missingSubcommand(group: command.spec.name, argument: argument)), command, &console)
            }
            guard let sub = command.subcommand(word) else {
                let names = command.subcommands.compactMap { $0.spec.name.split(separator: " ").last.map(String.init) }
                let error = UsageError(.unknownSubcommand(group: command.spec.name, word: word, choices: names),
                                       suggesting: .forWord(word, among: names))
                return usageError(error, command, &console)
            }
            command = sub
            rest.removeFirst()
        }
        let parsed: ParsedArguments
        do {
            parsed = try command.spec.parse(rest)
        } catch {
            return usageError(error, usage: command.spec.usage, command: command.spec.name, &console)
        }
        if parsed.wantsHelp {
            console.write(command.help(console.wording))
            return ExitStatus.success
        }
        return command.run(Invocation(spec: command.spec, arguments: parsed, context: context), &console)
    }

    /// A usage mistake in a group command: its usage is the group's.
    private static func usageError(_ error: UsageError, _ group: Command, _ console: inout Console) -> Int32 {
        let usage = "catalogue \(group.spec.name) \(group.spec.arguments.map(\.name).joined(separator: " ")) [OPTIONS]"
        return usageError(error, usage: usage, command: group.spec.name, &console)
    }

    /// Prints `Fejl: … [code]`, its notes, the usage line and where to read more; returns 64.
    static func usageError(_ error: UsageError, usage: String, command: String?, _ console: inout Console) -> Int32 {
        console.printError(console.errorLine(error.message))
        for note in error.notes { console.printError("\(console.wording.noteLinePrefix): \(console.wording.text(note))") }
        console.printError("\(console.wording.usageLabel): \(console.wording.placeholder(usage))")
        console.printError(console.wording.seeHelp(command ?? "").replacingOccurrences(of: "catalogue  --help", with: "catalogue --help"))
        return ExitStatus.usage
    }

    /// The main help in the run's language: the commands in the order of an update round.
    static func mainHelp(_ wording: Wording) -> String {
        let width = commands.map(\.spec.name.count).max() ?? 0
        var text = "\(wording.help("OVERVIEW")): \(wording.help("Keeps a municipality's task and employee catalogue and publishes it."))\n"
            + "\n\(wording.help("USAGE")): \(wording.placeholder("catalogue COMMAND [ARGUMENTS] [OPTIONS]"))\n"
        for section in sections {
            let rows = section.commands.map { ($0.spec.name.padding(toLength: width, withPad: " ", startingAt: 0), wording.help($0.spec.summary)) }
            text += "\n\(wording.help(section.title)):\n" + CommandSpec.table(rows)
        }
        let options = [("--version", wording.help("Show the version.")), ("-h, --help", wording.help("Show this help.")),
                       ("--language da|en", wording.help("Choose the language of the tool's messages: da (Danish) or en (English)."))]
        return text + "\n\(wording.help("OPTIONS")):\n" + CommandSpec.table(options)
            + "\n" + wording.help("See 'catalogue help COMMAND' for a command's arguments and options.") + "\n"
    }
}

extension Command {
    /// `catalogue help [COMMAND [SUBCOMMAND]]`.
    static let help = Command(spec: CommandSpec(
        name: "help", summary: "Show help for a command.",
        arguments: [.init(name: "COMMAND", help: "The command to explain, e.g. 'find' or 'add employee'.", optional: true, variadic: true)])
    ) { call, console in
        guard let name = call.arguments.positionals.first else {
            console.write(CLI.mainHelp(console.wording))
            return ExitStatus.success
        }
        guard var command = CLI.commands.first(where: { $0.spec.name == name }) else {
            return call.usageError(UsageError(.unknownCommand(name), suggesting: .forWord(name, among: CLI.commands.map(\.spec.name))), &console)
        }
        // Words after a command without subcommands are its arguments ("help remove employee").
        for word in call.arguments.positionals.dropFirst() where !command.subcommands.isEmpty {
            guard let sub = command.subcommand(word) else {
                return call.usageError(UsageError(.noHelpFor(command: command.spec.name, word: word)), &console)
            }
            command = sub
        }
        console.write(command.help(console.wording))
        return ExitStatus.success
    }
}
