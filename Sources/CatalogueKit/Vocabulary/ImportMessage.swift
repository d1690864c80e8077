import CatalogueModel
import CatalogueStorage

/// What `import` and `stats` say about the CSV files they read, as values with a stable code
/// (carried in `Message.importing`); the words are in the language tables (`ImportMessagesDanish`,
/// `ImportMessagesEnglish`).
public enum ImportMessage: Sendable, Hashable {
    // MARK: Reading a CSV file and its columns
    case wrongDelimiter(String)
    case unreadable(path: String, CSVReader.Problem)
    case mappingInvalid(path: String, fields: [String])
    case mappingUnknownField(path: String, column: String, field: String, fields: [String])
    case read(path: String, rows: Int, delimiter: String, encoding: CSVReader.Encoding)
    case columns(layout: ImportLayout, columns: [MatchedColumn], ignored: [String])
    case noColumns(path: String, headers: [String])

    // MARK: A row that cannot be imported
    case tooManyCells(cells: Int, columns: Int)
    case noPerson
    case conflict(field: ImportField, value: String, earlier: String, earlierLine: Int)
    case nameFitsSeveral(kind: EntryKind, name: String, ids: [String])
    case missing(fields: [ImportField], kind: EntryKind, name: String)
    case notAPhone(field: ImportField, text: String)
    case notAMail(text: String)
    case notAChoice(field: ImportField, text: String, choices: [String])
    case badInitials(text: String, problem: IDProblem, suggested: String)
    case unknown(kind: EntryKind, name: String)
    case nearMiss(kind: EntryKind, name: String)
    case refused(path: String, rows: Int)

    // MARK: Call logs
    case logNoColumns(path: String, headers: [String], missing: [String])
    case logColumns(threeCX: Bool, columns: [MatchedColumn], ignored: [String])
    case logBadTime(text: String)
    case logSkipped(calls: Int)
    case jsonOrHTML

    // MARK: What an import did
    case newEntry(kind: EntryKind, id: String, name: String, line: Int)
    case idTaken(name: String, id: String, taken: String, holder: String)
    case nameChanged(id: String, from: String, to: String, line: Int)

    /// The stable code, such as `import-near-miss`.
    public var code: String {
        switch self {
        case .wrongDelimiter: return "wrong-delimiter"
        case .unreadable(_, let problem): return problem.code
        case .mappingInvalid: return "mapping-invalid"
        case .mappingUnknownField: return "mapping-unknown-field"
        case .read: return "import-read"
        case .columns: return "import-columns"
        case .noColumns: return "import-no-columns"
        case .tooManyCells: return "import-too-many-cells"
        case .noPerson: return "import-no-person"
        case .conflict: return "import-conflict"
        case .nameFitsSeveral: return "import-name-fits-several"
        case .missing: return "import-missing"
        case .notAPhone: return "import-not-a-phone"
        case .notAMail: return "import-not-a-mail"
        case .notAChoice: return "import-not-a-choice"
        case .badInitials: return "import-bad-initials"
        case .unknown: return "import-unknown"
        case .nearMiss: return "import-near-miss"
        case .refused: return "import-refused"
        case .logNoColumns: return "log-no-columns"
        case .logColumns: return "log-columns"
        case .logBadTime: return "log-bad-time"
        case .logSkipped: return "log-skipped"
        case .jsonOrHTML: return "json-or-html"
        case .newEntry: return "import-new-entry"
        case .idTaken: return "import-id-taken"
        case .nameChanged: return "import-name-changed"
        }
    }

    /// One message of every case, with example arguments, for the test of the wording tables.
    public static let examples: [ImportMessage] = [
        .wrongDelimiter("|"), .unreadable(path: "ark.csv", .empty), .unreadable(path: "ark.csv", .unclosedQuote(line: 4)),
        .unreadable(path: "ark.csv", .textAfterQuote(line: 2)), .unreadable(path: "ark.csv", .notText(line: 3, byte: 0x81)),
        .unreadable(path: "ark.csv", .utf16), .unreadable(path: "ark.csv", .convertedTwice(line: 3)),
        .mappingInvalid(path: "kort.json", fields: ["name", "title"]),
        .mappingUnknownField(path: "kort.json", column: "Lokal", field: "nummer", fields: ["time", "number"]),
        .read(path: "ark.csv", rows: 42, delimiter: ";", encoding: .windows1252),
        .read(path: "ark.csv", rows: 1, delimiter: ",", encoding: .utf8WithByteOrderMark),
        .read(path: "ark.csv", rows: 2, delimiter: "\t", encoding: .utf8),
        .columns(layout: .peopleAndTasks, columns: [MatchedColumn(header: "Navn", field: "name")], ignored: ["Bemærkning"]),
        .columns(layout: .people, columns: [MatchedColumn(header: "Navn", field: "name")], ignored: []),
        .noColumns(path: "ark.csv", headers: ["A", "B"]),
        .tooManyCells(cells: 9, columns: 8), .noPerson,
        .conflict(field: .phone, value: "72 57 00 02", earlier: "72 57 00 01", earlierLine: 3),
        .nameFitsSeveral(kind: .employee, name: "Anne Andersen", ids: ["aa", "aa2"]),
        .missing(fields: [.title, .department], kind: .employee, name: "Karen Lund"),
        .missing(fields: [.area], kind: .task, name: "Byggesag"),
        .notAPhone(field: .phone, text: "7257"), .notAMail(text: "kl@"),
        .notAChoice(field: .role, text: "chef", choices: ["primær", "backup"]),
        .badInitials(text: "K L", problem: .characters, suggested: "k-l"),
        .unknown(kind: .employee, name: "Anne Madsen"), .nearMiss(kind: .department, name: "Team Byggsag"),
        .refused(path: "ark.csv", rows: 2),
        .logNoColumns(path: "opkald.csv", headers: ["Fra", "Varighed"], missing: ["time", "number"]),
        .logColumns(threeCX: true, columns: [MatchedColumn(header: "Call Time", field: "time")], ignored: ["Cost"]),
        .logColumns(threeCX: false, columns: [MatchedColumn(header: "Tidspunkt", field: "time")], ignored: []),
        .logBadTime(text: "i går"), .logSkipped(calls: 12), .jsonOrHTML,
        .newEntry(kind: .department, id: "team-vej", name: "Team Vej", line: 4),
        .newEntry(kind: .area, id: "vej", name: "Vej", line: 5),
        .idTaken(name: "Anne Andersen", id: "aa2", taken: "aa", holder: "Anne Aagaard"),
        .nameChanged(id: "akm", from: "Anne Kirstine Mørk", to: "Anne Kirstine Madsen", line: 4),
    ]
}
