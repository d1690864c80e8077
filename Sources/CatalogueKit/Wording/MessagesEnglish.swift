extension English {
    /// One switch over every message, so the compiler proves the table complete.
    static func message(_ message: Message) -> String {
        switch message {
        case .unknownCommand(let word): return "unknown command '\(word)'"
        case .unknownOption(let name): return "unknown option '\(name)'"
        case .unknownSubcommand(let group, let word, let choices):
            return "unknown \(group == "help" ? "command" : "kind") '\(word)': use \(choices.joined(separator: ", "))"
        case .missingSubcommand(_, let argument): return "missing \(argument)"
        case .missingArgument(let name): return "missing \(name)"
        case .unexpectedArgument(let word): return "unexpected argument '\(word)'"
        case .givenTwice(let option): return "'\(option)' is given twice; give it once"
        case .takesNoValue(let option): return "'\(option)' takes no value"
        case .needsValue(let option, let valueName): return "'\(option)' needs a value: \(option) \(valueName)"
        case .unknownKind(let word): return "unknown kind '\(word)': use department, employee, task or area"
        case .wrongLanguage(let value): return "--language must be da (Danish) or en (English), not '\(value)'"
        case .noHelpFor(let command, let word): return "'\(command)' has no '\(word)'; see 'catalogue help \(command)'"
        case .nothingToChange: return "Nothing to change: the catalogue already says so."
        case .dryRunSummary(let files):
            return "Dry run: nothing was written. Without --dry-run, \(files) \(files == 1 ? "file" : "files") would change."
        case .created(let path): return "Created \(path)"
        case .changed(let path): return "Changed \(path)"
        case .deleted(let path): return "Deleted \(path)"
        case .renamed(let from, let to): return "Renamed \(from) → \(to)"
        case .removedLeftover(let path): return "removed \(path), left behind by an interrupted run"
        case .refusedUnreadFolders:
            return "nothing was changed: part of the catalogue could not be read (above). Fix that first, then run the command again."
        case .refusedDamagedFiles(let files):
            return "nothing was changed: the change would rewrite \(files.joined(separator: ", ")), which \(files.count == 1 ? "has" : "have") errors (above). Fix \(files.count == 1 ? "it" : "them") first: rewriting a file that could not be read whole would lose what could not be read."
        case .refusedErrors(let count):
            return "nothing was changed: the change would give the catalogue \(count) \(count == 1 ? "error" : "errors") (above)."
        case .checked(let place, let departments, let employees, let tasks, let areas, let errors, let warnings, let accepted):
            let found = "\(plural(errors, "error")), \(plural(warnings, "warning"))"
            let more = accepted == 0 ? "" : " (and \(accepted) accepted, shown with --all)"
            return "Checked \(place): \(plural(departments, "department")), \(plural(employees, "employee")), \(plural(tasks, "task")), \(plural(areas, "area")); \(found)\(more)."
        case .untranslated(let text): return text
        }
    }

    /// "1 error", "3 warnings".
    static func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
