import Foundation
import CatalogueModel
import CatalogueStorage

/// Which language a run speaks: `--language da|en`, else `CATALOGUE_LANG`, else the language of
/// the catalogue the command works on, else (for `init`, `help` and a run outside any
/// catalogue) the user's locale from `LC_ALL`, `LC_MESSAGES` or `LANG`.
enum RunLanguage {
    /// The option every command takes, read before the command's own options.
    static let option = "--language"

    /// The language and the arguments without `--language`; or the value typed wrong.
    static func choose(_ context: RunContext) -> (Language, [String], wrongValue: String?) {
        var arguments: [String] = []
        var chosen: Language?
        var wrong: String?
        var index = 0
        let given = context.arguments
        while index < given.count {
            let argument = given[index]
            index += 1
            if argument == "--" { arguments += given[(index - 1)...]; break }
            var value: String?
            if argument == option {
                value = index < given.count ? given[index] : ""
                index += 1
            } else if argument.hasPrefix(option + "=") {
                value = String(argument.dropFirst(option.count + 1))
            }
            guard let value else { arguments.append(argument); continue }
            if let language = Language(rawValue: value) { chosen = language } else { wrong = value }
        }
        let fromEnvironment = context.environment["CATALOGUE_LANG"].flatMap(Language.init(rawValue:))
        let language = chosen ?? fromEnvironment ?? catalogueLanguage(arguments, context) ?? locale(context.environment)
        return (language, arguments, wrong)
    }

    /// The locale's language: Danish for `da…`, else English (also for C and POSIX).
    static func locale(_ environment: [String: String]) -> Language {
        let value = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return value.lowercased().hasPrefix("da") ? .danish : .english
    }

    /// The "language" of the catalogue the command would work on, when it names one; nil for the
    /// commands without a catalogue and when none is found or its settings cannot be read.
    private static func catalogueLanguage(_ arguments: [String], _ context: RunContext) -> Language? {
        guard let command = arguments.first, !["init", "help", "-h", "--help", "--version"].contains(command) else { return nil }
        var parsed = ParsedArguments()
        if let index = arguments.firstIndex(of: Value.catalogue.spec.name), index + 1 < arguments.count {
            parsed.add(Value.catalogue.spec, arguments[index + 1])
        } else if let inline = arguments.first(where: { $0.hasPrefix(Value.catalogue.spec.name + "=") }) {
            parsed.add(Value.catalogue.spec, String(inline.dropFirst(Value.catalogue.spec.name.count + 1)))
        }
        guard case .success(let location) = CatalogueLocation.find(parsed, context),
              case .success(let bytes) = FileSystem.readFile(location.root.path + "/" + settingsFileName, limit: 65_536),
              let node = try? JSONParser.parse(bytes),
              let code = node.member("language") else { return nil }
        return Language(rawValue: code)
    }
}
