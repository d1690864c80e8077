import Foundation
import CatalogueModel
import CatalogueStorage
import CatalogueExport

/// A column the user's file has, and the field it was taken for: shown back so the user sees
/// what was understood ("Navn → name").
public struct MatchedColumn: Sendable, Hashable {
    public var header: String
    public var field: String
}

/// The columns of a CSV file matched to the fields a command reads (`import`, `stats`): by the
/// header's name in Danish or English, spelling aside ("E-mail", "Email", "mail"), or by the
/// user's own mapping file, which wins.
struct ColumnMatch: Sendable, Equatable {
    /// The column of each field found, by the field's name.
    var columns: [String: Int] = [:]
    var understood: [MatchedColumn] = []
    /// Headers that name no field, in file order: left out, and said so.
    var ignored: [String] = []

    /// Matches `header` against `fields` (each field's name and the header names that mean it).
    init(header: [String], fields: [(field: String, names: [String])], mapping: [String: String]) {
        let mapped = Dictionary(mapping.map { (Self.key($0.key), $0.value) }) { first, _ in first }
        for (index, name) in header.enumerated() {
            let key = Self.key(name)
            let field = mapped[key] ?? fields.first { $0.names.contains { Self.key($0) == key } }?.field
            // A second column for a field already found is left out rather than mixed in.
            if let field, columns[field] == nil {
                columns[field] = index
                understood.append(MatchedColumn(header: name, field: field))
            } else if !name.isEmpty {
                ignored.append(name)
            }
        }
    }

    /// A header as compared: æ, ø, å spelt out, case, spaces, punctuation and accents aside.
    static func key(_ header: String) -> String {
        Slug.make(header).filter { $0 != "-" }
    }

    /// The trimmed text of `field` in `row`, or nil when the column is missing or the cell empty.
    func cell(_ row: CSVReader.Row, _ field: String) -> String? {
        guard let column = columns[field], column < row.fields.count else { return nil }
        // A cell the tool's own `--excel` export protected against formulas reads back as it was.
        let text = CSV.unneutralised(row.fields[column].trimmingCharacters(in: .whitespacesAndNewlines))
        return text.isEmpty ? nil : text
    }
}

extension Command {
    /// The largest CSV file read: a year of a busy switchboard's calls is a few megabytes.
    static let csvSizeLimit = 64 << 20

    /// The table in the CSV file `given`, or why it cannot be read.
    static func readCSV(_ given: String, delimiter: Character?, _ context: RunContext) -> Result<CSVReader.Table, UsageError> {
        let bytes: [UInt8]
        switch InputReading.file(context.resolve(given).path, shownAs: given, limit: csvSizeLimit) {
        case .success(let read): bytes = read
        case .failure(let error): return .failure(UsageError(.cannotReadInput(error)))
        }
        return CSVReader.read(bytes, delimiter: delimiter).mapError { UsageError(.importing(.unreadable(path: given, $0))) }
    }

    /// The delimiter typed with `--delimiter` (`;`, `,` or `tab`), nil when none was typed.
    static func delimiter(_ call: Invocation) -> Result<Character?, UsageError> {
        guard let typed = call.arguments.value(.delimiter) else { return .success(nil) }
        switch typed {
        case ";", "semicolon", "semikolon": return .success(";")
        case ",", "comma", "komma": return .success(",")
        case "tab", "\t": return .success("\t")
        default: return .failure(UsageError(.importing(.wrongDelimiter(typed))))
        }
    }

    /// The mapping file given with `--mapping`: a JSON object from a column's header to a field
    /// (`{"Lokalnummer": "number"}`), or the message that says what is wrong with it.
    static func readMapping(_ call: Invocation, fields: [String]) -> Result<[String: String], UsageError> {
        guard let given = call.arguments.value(.mapping) else { return .success([:]) }
        let bytes: [UInt8]
        switch InputReading.file(call.context.resolve(given).path, shownAs: given, limit: FileSystem.entrySizeLimit) {
        case .success(let read): bytes = read
        case .failure(let error): return .failure(UsageError(.cannotReadInput(error)))
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            return .failure(UsageError(.importing(.mappingInvalid(path: given, fields: fields))))
        }
        var mapping: [String: String] = [:]
        for (column, value) in object.sorted(by: { $0.key < $1.key }) {
            guard let field = value as? String, fields.contains(field) else {
                return .failure(UsageError(.importing(.mappingUnknownField(path: given, column: column, field: "\(value)", fields: fields))))
            }
            mapping[column] = field
        }
        return .success(mapping)
    }
}

extension Console {
    /// A problem in a line of a file the user gave: `personale.csv:14: fejl: … [code]`, then its notes.
    mutating func report(_ message: ImportMessage, file: String, line: Int, notes: [Hint] = [], severity: Diagnostic.Severity = .error) {
        printError("\(file):\(line): \(wording.label(severity)): \(wording.text(.importing(message))) [\(message.code)]")
        for note in notes { printError("\(file):\(line): \(wording.noteLabel): \(wording.text(note))") }
    }
}

extension Value {
    static let mapping = Value("--mapping", "FILE",
                               help: "A JSON file that names the field of each column the tool does not recognise, e.g. {\"Lokalnummer\": \"number\"}.")
    static let delimiter = Value("--delimiter", "CHAR", help: "The character between fields: ';', ',' or 'tab' (default: the one the first line uses).")
}
