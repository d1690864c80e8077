import CatalogueModel
import CatalogueStorage

extension English {
    /// What `import` and `stats` say about the files they read; one switch, so the compiler proves it complete.
    static func importMessage(_ message: ImportMessage) -> String {
        switch message {
        case .wrongDelimiter(let typed): return "--delimiter must be ';', ',' or 'tab', not '\(typed)'"
        case .unreadable(let path, let problem): return csvProblem(problem, path)
        case .mappingInvalid(let path, let fields):
            return "\(path) must be a JSON object from a column's header to a field, e.g. {\"Employee\": \"\(fields.first ?? "name")\"}; the fields are \(fields.joined(separator: ", "))"
        case .mappingUnknownField(let path, let column, let field, let fields):
            return "\(path): the column \"\(column)\" is given the field \"\(field)\", which does not exist; use one of \(fields.joined(separator: ", "))"
        case .read(let path, let rows, let delimiter, let encoding):
            return "Read \(path): \(plural(rows, "row")), fields separated by \(delimiterName(delimiter)), encoding \(encodingName(encoding))."
        case .columns(let layout, let columns, let ignored):
            let shape = layout == .people ? "One row per person." : "One row per person and task."
            let read = columns.map { "\($0.header) → \(ImportField(rawValue: $0.field).map(fieldName) ?? $0.field)" }.joined(separator: ", ")
            return "\(shape) Columns: \(read)" + (ignored.isEmpty ? "." : "; not used: \(ignored.joined(separator: ", ")).")
        case .noColumns(let path, let headers):
            return "\(path) has no column for a name, initials or mail (first row: \(headers.joined(separator: ", "))); correct the headers, or say which column is which with --mapping"
        case .tooManyCells(let cells, let columns):
            return "the row has \(cells) fields but there are only \(columns) headers; a field that holds the delimiter must be in quotes"
        case .noPerson: return "the row names no person; fill in the name, initials or mail"
        case .conflict(let field, let value, let earlier, let earlierLine):
            let about = ImportField.personFields.contains(field) ? "the same person" : "the same task"
            return "\(fieldName(field)) is \"\(value)\" here but \"\(earlier)\" on line \(earlierLine) for \(about); correct one so they agree"
        case .nameFitsSeveral(let kind, let name, let ids):
            let fix = kind == .employee ? "add an Initials column so it is clear who is meant" : "write the id instead of the name"
            return "several \(kind.rawValue)s are called \"\(name)\" (\(ids.joined(separator: ", "))); \(fix)"
        case .missing(let fields, let kind, let name):
            let needs = and(fields.map(fieldName))
            return kind == .employee
                ? "\(name) is not in the catalogue, and a new employee needs \(needs); fill \(fields.count == 1 ? "it" : "them") in on the row"
                : "the task \"\(name)\" is not in the catalogue, and a new task needs \(needs); fill \(fields.count == 1 ? "it" : "them") in on the row"
        case .notAPhone(let field, let text):
            return "\"\(text)\" in \(fieldName(field)) is not a phone number; write a Danish 8-digit number (72 57 73 54) or an extension (8810)"
        case .notAMail(let text): return "\"\(text)\" is not a mail address; write it as name@domain.dk"
        case .notAChoice(let field, let text, let choices):
            return "\(fieldName(field)) must be \(or(choices)), not \"\(text)\""
        case .badInitials(let text, let problem, let suggested):
            return "the initials \"\(text)\" cannot be an id: \(idProblem(problem)) (e.g. '\(suggested)')"
        case .unknown(let kind, let name):
            return "there is no \(kind.rawValue) \"\(name)\" in the catalogue or the sheet; write the name or id as it stands there"
        case .nearMiss(let kind, let name):
            return "there is no \(kind.rawValue) \"\(name)\", but the name is close to one there is; correct the name in the sheet, or if it is new, add it first with 'catalogue add \(kind.rawValue) --name \"\(name)\" ...'"
        case .refused(let path, let rows):
            return "nothing imported: \(plural(rows, "row")) of \(path) \(rows == 1 ? "has" : "have") errors (see above). Correct them in the spreadsheet, save it as CSV again and run the command again."
        case .logNoColumns(let path, let headers, let missing):
            return "\(path) has no column for \(and(missing.map(logFieldName))) (first row: \(headers.joined(separator: ", "))); correct the headers, or say which column is which with --mapping, e.g. {\"Extension\": \"number\"}"
        case .logColumns(let threeCX, let columns, let ignored):
            let read = columns.map { "\($0.header) → \(logFieldName($0.field))" }.joined(separator: ", ")
            return "\(threeCX ? "3CX call log" : "Call log"). Columns: \(read)" + (ignored.isEmpty ? "." : "; not used: \(ignored.joined(separator: ", ")).")
        case .logBadTime(let text):
            return "the time \"\(text)\" cannot be read as a date, so the call is not counted; write dates as 2026-11-03 or 03-11-2026"
        case .logSkipped(let calls): return "\(plural(calls, "outgoing or internal call")) \(calls == 1 ? "was" : "were") not counted."
        case .jsonOrHTML: return "choose --json or --html, not both"
        case .newEntry(let kind, let id, let name, let line):
            if kind == .area {
                return "New area \"\(name)\" (\(id)) from line \(line). It is left out of the external version until you run 'catalogue set area \(id) --significant-business-contact true'."
            }
            return "New department \"\(name)\" (\(id)) from line \(line). It is at the top of the organisation; if it belongs under another, run 'catalogue move department \(id) --parent ID'."
        case .idTaken(let name, let id, let taken, let holder):
            return "\(name) gets the id '\(id)' because '\(taken)' is \(holder) already; add an Initials column to choose another."
        case .nameChanged(let id, let from, let to, let line):
            return "'\(id)' was called \(from) and is now called \(to) (line \(line)); if this is someone else, give them other initials in the sheet."
        }
    }

    /// A CSV file that cannot be read, and what to do.
    private static func csvProblem(_ problem: CSVReader.Problem, _ path: String) -> String {
        switch problem {
        case .empty: return "\(path) is empty; save the spreadsheet as CSV with the headers in the first row"
        case .unclosedQuote(let line):
            return "\(path):\(line): a quoted field is never closed; correct the line in the spreadsheet, or save it as CSV again"
        case .textAfterQuote(let line):
            return "\(path):\(line): there is text after a closing quote; a quote inside a field must be written twice (\"\")"
        case .notText(let line, let byte):
            return "\(path):\(line): the byte 0x\(String(byte, radix: 16, uppercase: true)) is in neither UTF-8 nor Windows-1252, so this is not text; save the spreadsheet as \"CSV UTF-8\""
        case .convertedTwice(let line):
            return "\(path):\(line): the text was converted twice (e.g. \"Ã¸\" for \"ø\"), so æ, ø and å are broken; open the original spreadsheet and save it as \"CSV UTF-8\""
        case .utf16: return "\(path) is saved as UTF-16 (\"Unicode text\"); save the spreadsheet as \"CSV UTF-8 (comma delimited)\" instead"
        }
    }

    /// A column's field, as the user reads it.
    static func fieldName(_ field: ImportField) -> String {
        switch field {
        case .name: "name"
        case .initials: "initials"
        case .title: "job title"
        case .department: "department"
        case .phone: "phone"
        case .mobile: "mobile"
        case .mail: "mail"
        case .deputy: "deputy"
        case .visibility: "visibility"
        case .task: "task"
        case .taskDepartment: "task department"
        case .area: "area"
        case .role: "role"
        case .keywords: "keywords"
        case .kle: "KLE"
        case .description: "description"
        case .audience: "audience"
        case .internalNote: "internal note"
        }
    }

    /// A call log's column, as the user reads it.
    private static func logFieldName(_ field: String) -> String {
        switch field {
        case "time": "time"
        case "number": "number"
        case "reached": "answered by"
        case "direction": "direction"
        default: field
        }
    }

    private static func delimiterName(_ delimiter: String) -> String {
        switch delimiter {
        case ";": "semicolons"
        case ",": "commas"
        case "\t": "tabs"
        default: "'\(delimiter)'"
        }
    }

    private static func encodingName(_ encoding: CSVReader.Encoding) -> String {
        switch encoding {
        case .utf8: "UTF-8"
        case .utf8WithByteOrderMark: "UTF-8 with BOM"
        case .windows1252: "Windows-1252 (the file is not UTF-8; æ, ø and å were read as Windows-1252)"
        }
    }

    /// "a, b or c".
    static func or(_ parts: [String]) -> String {
        parts.count < 2 ? parts.joined() : parts.dropLast().joined(separator: ", ") + " or " + (parts.last ?? "")
    }
}
