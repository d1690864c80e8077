extension Danish {
    /// One switch over every message, so the compiler proves the table complete.
    static func message(_ message: Message) -> String {
        switch message {
        case .unknownCommand(let word): return "ukendt kommando '\(word)'"
        case .unknownOption(let name): return "ukendt tilvalg '\(name)'"
        case .unknownSubcommand(let group, let word, let choices):
            return "ukendt \(group == "help" ? "kommando" : "slags") '\(word)': brug \(choices.joined(separator: ", "))"
        case .missingSubcommand(_, let argument): return "\(argument) mangler"
        case .missingArgument(let name): return "\(name) mangler"
        case .unexpectedArgument(let word): return "uventet argument '\(word)'"
        case .givenTwice(let option): return "'\(option)' er angivet to gange; angiv det én gang"
        case .takesNoValue(let option): return "'\(option)' tager ingen værdi"
        case .needsValue(let option, let valueName): return "'\(option)' skal have en værdi: \(option) \(valueName)"
        case .unknownKind(let word): return "ukendt slags '\(word)': brug department, employee, task eller area"
        case .wrongLanguage(let value): return "--language skal være da (dansk) eller en (engelsk), ikke '\(value)'"
        case .noHelpFor(let command, let word): return "'\(command)' har ingen '\(word)'; se 'catalogue help \(command)'"
        case .nothingToChange: return "Intet at ændre: kataloget siger det allerede."
        case .dryRunSummary(let files):
            return "Prøvekørsel: intet er skrevet. Uden --dry-run ville \(files) \(files == 1 ? "fil" : "filer") blive ændret."
        case .created(let path): return "Oprettet \(path)"
        case .changed(let path): return "Ændret \(path)"
        case .deleted(let path): return "Slettet \(path)"
        case .renamed(let from, let to): return "Omdøbt \(from) → \(to)"
        case .removedLeftover(let path): return "fjernede \(path), som en afbrudt kørsel havde efterladt"
        case .refusedUnreadFolders:
            return "intet er ændret: en del af kataloget kunne ikke læses (se ovenfor). Ret det først, og kør så kommandoen igen."
        case .refusedDamagedFiles(let files):
            return "intet er ændret: ændringen ville omskrive \(files.joined(separator: ", ")), som har fejl (se ovenfor). Ret \(files.count == 1 ? "den" : "dem") først: omskrives en fil, der ikke kunne læses helt, går det tabt, der ikke kunne læses."
        case .refusedErrors(let count):
            return "intet er ændret: ændringen ville give kataloget \(count) fejl (se ovenfor)."
        case .checked(let place, let departments, let employees, let tasks, let areas, let errors, let warnings, let accepted):
            let found = "\(errors) fejl, \(plural(warnings, "advarsel", "advarsler"))"
            let more = accepted == 0 ? "" : " (og \(accepted) \(accepted == 1 ? "accepteret" : "accepterede"), vis dem med --all)"
            let counts = [plural(departments, "afdeling", "afdelinger"), plural(employees, "medarbejder", "medarbejdere"),
                          plural(tasks, "opgave", "opgaver"), plural(areas, "område", "områder")]
            return "Tjekket \(place): \(counts.joined(separator: ", ")); \(found)\(more)."
        case .untranslated(let text): return text
        }
    }

    /// "1 advarsel", "3 advarsler".
    static func plural(_ n: Int, _ singular: String, _ plural: String) -> String { "\(n) \(n == 1 ? singular : plural)" }
}
