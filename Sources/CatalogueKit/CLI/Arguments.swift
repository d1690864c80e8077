import Foundation
import CatalogueModel
import CatalogueStorage

/// An option as the user types it: `--name VALUE`, or a flag when `valueName` is nil.
struct OptionSpec: Sendable {
    var name: String
    var valueName: String?
    var help: String
    /// Shown without brackets in the usage line; the command checks it is there.
    var required = false
    /// May be given more than once (`--add-keyword a --add-keyword b`); otherwise twice is a mistake.
    var repeatable = false
}

/// A flag such as `--json`, read as a Bool. Declared once as a static member, so a command
/// reads `arguments.flag(.json)` and a misspelt option does not compile.
struct Flag: Sendable {
    let spec: OptionSpec
    init(_ name: String, help: String) { spec = OptionSpec(name: name, valueName: nil, help: help) }
}

/// An option with one value, such as `--out DIR`, read as `String?`.
struct Value: Sendable {
    let spec: OptionSpec
    init(_ name: String, _ valueName: String, help: String, required: Bool = false) {
        spec = OptionSpec(name: name, valueName: valueName, help: help, required: required)
    }
}

/// An option that may be repeated, such as `--add-keyword WORD`, read as `[String]` in the order typed.
struct Values: Sendable {
    let spec: OptionSpec
    init(_ name: String, _ valueName: String, help: String) {
        spec = OptionSpec(name: name, valueName: valueName, help: help, repeatable: true)
    }
}

extension Value {
    /// `--catalogue DIR`, shared by every command that reads a catalogue.
    static let catalogue = Value("--catalogue", "DIR",
                                 help: "The catalogue folder (default: the nearest folder at or above this one holding catalogue.json, else ./catalogue).")
    /// `--kle-plan FILE`, for the commands that check KLE numbers or show their titles.
    static let klePlan = Value("--kle-plan", "FILE",
                               help: "A newer KLE plan in OS2KLE's format (OS2KLE.txt, with its change.json beside it if you have it) instead of the OS2KLE 3.23 the tool ships.")
}

extension Flag {
    /// `--json`, for the commands that can print JSON.
    static let json = Flag("--json", help: "Print JSON instead of text.")
    /// `--dry-run`, for every command that writes: show the change as a diff, write nothing.
    static let dryRun = Flag("--dry-run", help: "Show the change as a diff (like 'git diff') and write nothing.")
}

/// What a command accepts, declared once: parsing, usage lines and help all come from it.
struct CommandSpec: Sendable {
    /// A positional argument.
    struct Argument: Sendable {
        var name: String
        var help: String
        var optional = false
        /// Takes every remaining word (only the last argument may).
        var variadic = false
    }

    /// The command's words as typed, e.g. "list" or "add employee".
    var name: String
    var summary: String
    var discussion: String?
    var arguments: [Argument] = []
    var options: [OptionSpec] = []
    /// Said after "unknown option" when no option is near, e.g. which fields a kind has.
    var unknownOptionNote: Hint?

    init(name: String, summary: String, discussion: String? = nil, arguments: [Argument] = [], options: [OptionSpec] = [],
         unknownOptionNote: Hint? = nil) {
        self.name = name
        self.summary = summary
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
        self.unknownOptionNote = unknownOptionNote
    }

    /// The one-line synopsis, e.g. `catalogue list KIND [--json]`, with its placeholders in
    /// English (`Wording.placeholder` words them in the run's language).
    var usage: String {
        var parts = ["catalogue", name]
        parts += arguments.map { ($0.optional ? "[\($0.name)]" : $0.name) + ($0.variadic ? "..." : "") }
        parts += options.map { option in
            let text = option.name + (option.valueName.map { " " + $0 } ?? "") + (option.repeatable ? "..." : "")
            return option.required ? text : "[\(text)]"
        }
        return parts.joined(separator: " ")
    }

    /// The full help text, the same shape for every command, in the run's language.
    func help(_ wording: Wording) -> String {
        var text = "\(wording.help("OVERVIEW")): \(wording.help(summary))\n"
        if let discussion { text += "\n" + wording.help(discussion) + "\n" }
        text += "\n\(wording.help("USAGE")): \(wording.placeholder(usage))\n"
        if !arguments.isEmpty {
            text += "\n\(wording.help("ARGUMENTS")):\n" + Self.table(arguments.map { (wording.placeholder($0.name), wording.help($0.help)) })
        }
        let optionRows = options.map { option in
            (wording.placeholder(option.name + (option.valueName.map { " " + $0 } ?? "")),
             wording.help(option.help) + (option.required ? " " + wording.help("Required.") : ""))
        } + [("-h, --help", wording.help("Show help for this command."))]
        text += "\n\(wording.help("OPTIONS")):\n" + Self.table(optionRows)
        return text
    }

    /// Every text the help of this command shows, to be worded in each language.
    var helpTexts: [String] {
        [summary] + (discussion.map { [$0] } ?? []) + arguments.map(\.help) + options.map(\.help)
    }

    /// Two aligned columns, indented by two spaces.
    static func table(_ rows: [(String, String)]) -> String {
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { "  " + $0.0.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.1 + "\n" }.joined()
    }
}

extension CommandSpec.Argument {
    /// `KIND`, the first argument of the commands that work on one kind of entry.
    static let kind = CommandSpec.Argument(name: "KIND", help: "department, employee, task or area.")
}

/// The arguments of one invocation, parsed against a `CommandSpec`.
struct ParsedArguments: Sendable {
    var positionals: [String] = []
    /// The values of each option, in the order typed.
    private var given: [String: [String]] = [:]
    private var flags: Set<String> = []
    var wantsHelp = false

    func flag(_ flag: Flag) -> Bool { flags.contains(flag.spec.name) }
    func value(_ option: Value) -> String? { given[option.spec.name]?.last }
    func values(_ option: Values) -> [String] { given[option.spec.name] ?? [] }
    /// The value of an option declared at run time (the field options of `add` and `set`).
    func value(_ spec: OptionSpec) -> String? { given[spec.name]?.last }
    /// Every value of an option declared at run time, in the order typed.
    func values(_ spec: OptionSpec) -> [String] { given[spec.name] ?? [] }
    /// True when the option was typed at all.
    func has(_ spec: OptionSpec) -> Bool { given[spec.name] != nil || flags.contains(spec.name) }

    mutating func add(_ spec: OptionSpec, _ value: String?) {
        if let value { given[spec.name, default: []].append(value) } else { flags.insert(spec.name) }
    }
}

/// A mistake in how the command was typed, with its notes; shown with the usage line, exit status 64.
struct UsageError: Error, Sendable {
    var message: Message
    var notes: [Hint] = []

    init(_ message: Message, notes: [Hint] = []) {
        self.message = message
        self.notes = notes
    }

    /// The mistake with a "did you mean" note when the suggestion has candidates.
    init(_ message: Message, suggesting suggestion: Suggestion) {
        self.init(message, notes: Note.suggesting(suggestion).map(\.hint))
    }

}

extension CommandSpec {
    /// Parses `arguments` (everything after the command's words) or explains what is wrong.
    func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" { onlyPositionals = true; continue }
            if argument == "-h" || argument == "--help" { parsed.wantsHelp = true; continue }
            let (name, inlineValue) = Self.split(argument)
            guard let option = options.first(where: { $0.name == name }) else {
                let suggestion = Suggestion.forWord(name, among: options.map(\.name))
                var error = UsageError(.unknownOption(name), suggesting: suggestion)
                if suggestion.candidates.isEmpty, let note = unknownOptionNote { error.notes.append(note) }
                throw error
            }
            if parsed.has(option) && !option.repeatable {
                throw UsageError(.givenTwice(option: name))
            }
            if option.valueName == nil {
                if inlineValue != nil { throw UsageError(.takesNoValue(option: name)) }
                parsed.add(option, nil)
            } else if let inlineValue {
                parsed.add(option, inlineValue)
            } else if index < arguments.count, !isOption(arguments[index]) {
                parsed.add(option, arguments[index])
                index += 1
            } else {
                throw UsageError(.needsValue(option: name, valueName: option.valueName ?? "VALUE"))
            }
        }
        if parsed.wantsHelp { return parsed }
        let required = self.arguments.filter { !$0.optional }.count
        if parsed.positionals.count < required {
            let missing = self.arguments[parsed.positionals.count]
            throw UsageError(.missingArgument(missing.name))
        }
        if parsed.positionals.count > self.arguments.count, self.arguments.last?.variadic != true {
            throw UsageError(.unexpectedArgument(parsed.positionals[self.arguments.count]))
        }
        return parsed
    }

    /// Whether a word after an option that takes a value is itself an option, so the value is
    /// missing; a word such as `--1` that no option is called is the value ("--title --1").
    private func isOption(_ word: String) -> Bool {
        guard word.hasPrefix("--") else { return false }
        let name = Self.split(word).0
        return name == "--" || name == "--help" || options.contains { $0.name == name }
    }

    /// `--name=value` → ("--name", "value").
    private static func split(_ argument: String) -> (String, String?) {
        guard let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }
}
