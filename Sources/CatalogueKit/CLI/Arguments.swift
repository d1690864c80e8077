import Foundation

/// What a command accepts, declared once: parsing, usage lines and help all come from it.
struct CommandSpec: Sendable {
    /// An option: `--name VALUE`, or a flag when `valueName` is nil.
    struct Option: Sendable {
        var name: String
        var valueName: String?
        var help: String
        /// Shown without brackets in the usage line; the command checks it is there.
        var required = false
    }

    /// A positional argument.
    struct Argument: Sendable {
        var name: String
        var help: String
        var optional = false
    }

    var name: String
    var summary: String
    var discussion: String?
    var arguments: [Argument] = []
    var options: [Option] = []

    /// `--catalogue DIR`, shared by every command that reads a catalogue.
    static let catalogueOption = Option(name: "--catalogue", valueName: "DIR",
                                        help: "The catalogue folder (default: the nearest folder at or above this one holding catalogue.json, else ./catalogue).")

    /// The one-line synopsis, e.g. `catalogue list KIND [--json]`.
    var usage: String {
        var parts = ["catalogue", name]
        parts += arguments.map { $0.optional ? "[\($0.name)]" : $0.name }
        parts += options.map { option in
            let text = option.name + (option.valueName.map { " " + $0 } ?? "")
            return option.required ? text : "[\(text)]"
        }
        return parts.joined(separator: " ")
    }

    /// The full help text, the same shape for every command.
    var help: String {
        var text = "OVERVIEW: \(summary)\n"
        if let discussion { text += "\n" + discussion + "\n" }
        text += "\nUSAGE: \(usage)\n"
        if !arguments.isEmpty {
            text += "\nARGUMENTS:\n" + Self.table(arguments.map { ($0.name, $0.help) })
        }
        let optionRows = options.map { ($0.name + ($0.valueName.map { " " + $0 } ?? ""), $0.help) } + [("-h, --help", "Show help for this command.")]
        text += "\nOPTIONS:\n" + Self.table(optionRows)
        return text
    }

    /// Two aligned columns, indented by two spaces.
    static func table(_ rows: [(String, String)]) -> String {
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { "  " + $0.0.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.1 + "\n" }.joined()
    }
}

/// The arguments of one invocation, parsed against a `CommandSpec`.
struct ParsedArguments: Sendable {
    var positionals: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []
    var wantsHelp = false

    func value(_ name: String) -> String? { values[name] }
    func flag(_ name: String) -> Bool { flags.contains(name) }
}

/// A mistake in how the command was typed; shown with the usage line, exit status 64.
struct UsageError: Error, Sendable {
    var message: String
}

extension CommandSpec {
    /// Parses `arguments` (everything after the command name) or explains what is wrong.
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
                throw UsageError(message: "unknown option '\(name)'\(Diagnostic.suggestion(name, among: options.map(\.name)))")
            }
            if option.valueName == nil {
                if inlineValue != nil { throw UsageError(message: "'\(name)' takes no value") }
                parsed.flags.insert(name)
            } else if let inlineValue {
                parsed.values[name] = inlineValue
            } else if index < arguments.count, !arguments[index].hasPrefix("--") {
                parsed.values[name] = arguments[index]
                index += 1
            } else {
                throw UsageError(message: "'\(name)' needs a value: \(name) \(option.valueName!)")
            }
        }
        if parsed.wantsHelp { return parsed }
        let required = self.arguments.filter { !$0.optional }.count
        if parsed.positionals.count < required {
            let missing = self.arguments[parsed.positionals.count]
            throw UsageError(message: "missing \(missing.name): \(missing.help.prefix(1).lowercased() + missing.help.dropFirst())")
        }
        if parsed.positionals.count > self.arguments.count {
            throw UsageError(message: "unexpected argument '\(parsed.positionals[self.arguments.count])'")
        }
        return parsed
    }

    /// `--name=value` → ("--name", "value").
    private static func split(_ argument: String) -> (String, String?) {
        guard let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }
}
