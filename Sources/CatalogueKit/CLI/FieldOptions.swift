import Foundation
import CatalogueModel
import CatalogueStorage

/// The options `add KIND` and `set KIND` take for a kind's fields, made from its field table
/// (`internalNote` → `--internal-note`), and how a typed value becomes the field's value.
struct FieldOptions: Sendable {
    /// One option per field: `--name TEXT`, `--responsible ID,ID,...`, `--link TITLE=URL` (repeatable).
    let fields: [(field: FieldSpec, option: OptionSpec)]
    /// `--description-file FILE`, for the kinds with a Markdown description.
    let description: OptionSpec?
    /// `--add-keyword`, `--remove-responsible`, ...: one pair per list field, for `set`.
    let listEdits: [(field: FieldSpec, add: OptionSpec, remove: OptionSpec)]

    /// The options for `kind`; `forNewEntries` marks the required fields as required (for `add`).
    init(_ kind: EntryKind, forNewEntries: Bool) {
        self.init(schema: kind.schema, hasDescription: kind.hasDescription, forNewEntries: forNewEntries)
    }

    /// The options for the fields of `schema` (an entry kind's, or the settings').
    init(schema: [FieldSpec], hasDescription: Bool, forNewEntries: Bool) {
        // An absence has commands of its own (`away`, `back`), which read better than options of `set`.
        fields = schema.filter { $0.type != .absence }.map { field in
            field.type == .links || field.type == .acceptances
                ? (field, OptionSpec(name: field.type == .links ? "--link" : field.option, valueName: field.type.valueName,
                                     help: field.help, repeatable: true))
                : (field, OptionSpec(name: field.option, valueName: field.type.valueName,
                                     help: field.help, required: field.required && forNewEntries))
        }
        description = hasDescription
            ? OptionSpec(name: "--description-file", valueName: "FILE", help: "The description in Markdown, read from FILE ('-' reads standard input).")
            : nil
        listEdits = schema.filter(\.type.isList).map { field in
            let value = field.type == .links ? "TITLE=URL" : field.type == .references(.employee) ? "ID" : field.type == .texts ? "TEXT" : "ID"
            return (field, OptionSpec(name: "--add-\(field.singular)", valueName: value, help: "Add one to \"\(field.key)\"; repeat for more.", repeatable: true),
                    OptionSpec(name: "--remove-\(field.singular)", valueName: field.type == .links ? "URL|TITLE" : value,
                               help: "Remove one from \"\(field.key)\"; repeat for more.", repeatable: true))
        }
    }

    /// The fields given on the command line, as JSON values; or the first value typed wrong.
    func given(_ arguments: ParsedArguments) -> Result<[(field: FieldSpec, value: JSONNode)], UsageError> {
        var result: [(FieldSpec, JSONNode)] = []
        for (field, option) in fields where arguments.has(option) {
            let texts = arguments.values(option)
            switch field.type {
            case .links:
                var links: [JSONNode] = []
                for text in texts {
                    switch Self.link(text, option: option.name) {
                    case .success(let link): links.append(link)
                    case .failure(let error): return .failure(error)
                    }
                }
                result.append((field, .array(links)))
            case .acceptances:
                var members: [(String, JSONNode?)] = []
                for text in texts {
                    guard let equals = text.firstIndex(of: "=") else {
                        return .failure(UsageError(.acceptNeedsCodeAndReason(option: option.name)))
                    }
                    let code = text[..<equals].trimmingCharacters(in: .whitespaces)
                    let reason = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
                    members.removeAll { $0.0 == code }
                    members.append((code, JSONNode.string(reason)))
                }
                result.append((field, .object(members)))
            default:
                // An empty value removed the field without a word; removing is what --unset says.
                if (texts.last ?? "").allSatisfy(\.isWhitespace) { return .failure(UsageError(.emptyValue(option: option.name))) }
                switch Self.value(texts.last ?? "", field, option: option.name) {
                case .success(let value): result.append((field, value))
                case .failure(let error): return .failure(error)
                }
            }
        }
        return .success(result)
    }

    /// A typed value as the JSON value of `field`, or what is wrong with it.
    static func value(_ text: String, _ field: FieldSpec, option: String) -> Result<JSONNode, UsageError> {
        switch field.type {
        case .text, .reference:
            // Spaces around a typed value are a slip of the keyboard, never part of a name or number.
            return .success(.string(text.trimmingCharacters(in: .whitespaces)))
        case .choice(let words):
            guard words.contains(text) else {
                return .failure(UsageError(.notAChoiceOption(option: option, text: text, choices: words), suggesting: .forWord(text, among: words)))
            }
            return .success(.string(text))
        case .bool:
            switch text.lowercased() {
            case "true", "ja", "yes": return .success(.bool(true))
            case "false", "nej", "no": return .success(.bool(false))
            default: return .failure(UsageError(.notTrueOrFalse(option: option, text: text)))
            }
        case .integer:
            guard let number = Int(text.trimmingCharacters(in: .whitespaces)) else {
                return .failure(UsageError(.notAWholeNumberOption(option: option, text: text)))
            }
            return .success(.integer(number))
        case .texts, .references:
            return .success(.strings(list(text)))
        case .links:
            return link(text, option: option)
        case .acceptances:
            return .failure(UsageError(.acceptNeedsCodeAndReason(option: option)))
        case .absence:
            return .success(.string(text))  // never offered as an option (see `init`)
        }
    }

    /// "a, b,c" → ["a", "b", "c"]: a list typed as one value.
    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// "Søg om byggetilladelse=https://…" → a link object. The title ends at the `=` before
    /// the address, so a title may itself hold `=`.
    static func link(_ text: String, option: String) -> Result<JSONNode, UsageError> {
        let separator = ["=https://", "=http://", "=mailto:", "=tel:"].compactMap { text.range(of: $0) }.min { $0.lowerBound < $1.lowerBound }
            ?? text.range(of: "=", options: .backwards)
        guard let separator else {
            return .failure(UsageError(.linkNeedsTitleAndAddress(option: option)))
        }
        let title = text[..<separator.lowerBound].trimmingCharacters(in: .whitespaces)
        let url = text[text.index(after: separator.lowerBound)...].trimmingCharacters(in: .whitespaces)
        return .success(.object([("title", .string(title)), ("url", .string(url))]))
    }
}

/// An entry's fields and description being edited as the file will hold them, then read back
/// through the loader, so a typed value is checked exactly as a hand-edited file would be.
struct EntryDraft {
    let kind: EntryKind
    var fields: [String: JSONNode]
    var description: String

    /// A draft of `entry`, or an empty one for a new entry.
    init(_ kind: EntryKind, _ entry: AnyEntry?) {
        self.kind = kind
        fields = [:]
        description = ""
        guard let entry else { return }
        if case .object(let members) = entry.fields.value {
            for member in members { fields[member.key] = member.value }
        }
        description = entry.description ?? ""
    }

    /// Replaces a reference typed as an entry's full name by that entry's id, in the fields
    /// `keys` (those typed on the command line), and says each name it took. A text that is an
    /// id, or that fits no single full name, stays as typed for the check to report.
    mutating func resolveNames(in keys: Set<String>, _ catalogue: Catalogue, _ console: inout Console) {
        func resolved(_ node: JSONNode, _ kind: EntryKind) -> JSONNode {
            guard case .string(let text) = node.value else { return node }
            return .string(Command.referenceID(text, kind, in: catalogue, &console))
        }
        for field in kind.schema where keys.contains(field.key) {
            guard let value = fields[field.key] else { continue }
            switch field.type {
            case .reference(let target): fields[field.key] = resolved(value, target)
            case .references(let target): fields[field.key] = .array(list(field.key).map { resolved($0, target) })
            default: break
            }
        }
    }

    /// The elements of a list field.
    func list(_ key: String) -> [JSONNode] {
        if case .array(let elements)? = fields[key]?.value { return elements }
        return []
    }

    /// The file's text: the fields in the schema's order, then the description.
    var text: String {
        EntryFile.text(fields: .object(kind.keys.map { ($0, fields[$0]) }), description: kind.hasDescription ? description : nil)
    }

    /// The entry the draft holds, read back as the loader reads files; or the problems found.
    func entry(id: String) -> Result<AnyEntry, DraftProblems> {
        var scratch = LoadedCatalogue.empty
        scratch.read(kind, id: id, bytes: Array(text.utf8))
        let errors = scratch.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let entry = scratch.catalogue.entry(kind, id) else { return .failure(DraftProblems(errors: errors)) }
        return .success(entry)
    }
}

/// What is wrong with a draft, as the loader words it.
struct DraftProblems: Error {
    var errors: [Diagnostic]
}

extension Command {
    /// The id a typed reference stands for: the text itself when it is an id, else the id of the
    /// one entry whose full name it is (said in a note), else the text for the check to report.
    static func referenceID(_ text: String, _ kind: EntryKind, in catalogue: Catalogue, _ console: inout Console) -> String {
        guard catalogue.entry(kind, text) == nil else { return text }
        let named = entries(fullyNamed: text, among: catalogue.entries(kind))
        guard named.count == 1 else { return text }
        console.note(.tookName(name: text, kind: kind, id: named[0].id))
        return named[0].id
    }

    /// Reads a description file named on the command line ('-': standard input) as UTF-8 text.
    static func readDescription(_ given: String, _ call: Invocation) -> Result<String, UsageError> {
        let read = given == "-" ? call.context.readStandardInput(FileSystem.entrySizeLimit)
            : InputReading.file(call.context.resolve(given).path, shownAs: given, limit: FileSystem.entrySizeLimit)
        let bytes: [UInt8]
        switch read {
        case .success(let read): bytes = read
        case .failure(let error): return .failure(UsageError(.cannotReadInput(error)))
        }
        if let offset = SourceText.firstInvalidUTF8Offset(bytes) {
            return .failure(UsageError(.descriptionNotUTF8(source: given, byte: offset + 1)))
        }
        return .success(EntryFile.description(String(decoding: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self)))
    }
}
