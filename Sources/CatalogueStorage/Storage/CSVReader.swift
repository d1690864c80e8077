/// Reads a CSV file as spreadsheet programs and phone systems save it (RFC 4180): `;` or `,`
/// (or a tab) between fields, quoted fields with doubled quotes and line breaks inside, CRLF, LF
/// or CR line ends, UTF-8 with or without a byte-order mark, or Windows-1252. The one reader
/// behind `import` and `stats`. It never traps: whatever the bytes, the answer is a table or a
/// problem with its line.
public enum CSVReader {
    /// How the bytes were read, so a command can say it (a guessed encoding must never be silent).
    public enum Encoding: String, Sendable, Hashable {
        case utf8, utf8WithByteOrderMark, windows1252
    }

    /// A file read into a header and rows.
    public struct Table: Sendable, Equatable {
        /// The first row: the column names, trimmed.
        public var header: [String]
        /// The other rows that hold anything, each with the line it starts on (1-based).
        public var rows: [Row]
        public var delimiter: Character
        public var encoding: Encoding
    }

    /// One row and the line of the file it starts on; a quoted line break makes a row span lines.
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var fields: [String]
    }

    /// Why a file cannot be read as CSV, with the line it was found on.
    public enum Problem: Error, Sendable, Hashable {
        /// Nothing at all, not even a header.
        case empty
        /// A quoted field that is never closed: the line it opens on.
        case unclosedQuote(line: Int)
        /// Text after a closing quote, before the next delimiter (`"a"b;`).
        case textAfterQuote(line: Int)
        /// A byte that neither UTF-8 nor Windows-1252 has (or a NUL, which no text holds).
        case notText(line: Int, byte: UInt8)
        /// UTF-16 ("Unicode text" in Excel), which is no CSV a phone system or this tool reads.
        case utf16
        /// UTF-8 that was read as Windows-1252 and saved again ("Ã¸" for "ø"), or UTF-8 in a
        /// Windows-1252 file: the line of the first such pair.
        case convertedTwice(line: Int)

        /// The stable code of each case.
        public var code: String {
            switch self {
            case .empty: "csv-empty"
            case .unclosedQuote: "csv-unclosed-quote"
            case .textAfterQuote: "csv-text-after-quote"
            case .notText: "csv-not-text"
            case .utf16: "csv-utf16"
            case .convertedTwice: "csv-converted-twice"
            }
        }
    }

    /// Reads `bytes`; `delimiter` when the user gave one, else the one the header line uses most
    /// (`;` when Danish Excel saved it, `,` elsewhere).
    public static func read(_ bytes: [UInt8], delimiter given: Character? = nil) -> Result<Table, Problem> {
        let text: String, encoding: Encoding
        switch decode(bytes) {
        case .success(let decoded): (text, encoding) = decoded
        case .failure(let problem): return .failure(problem)
        }
        // Also in a file read as Windows-1252: UTF-8 pasted into it reads the same way.
        if let line = convertedTwice(text) { return .failure(.convertedTwice(line: line)) }
        let delimiter = given ?? detectDelimiter(text)
        let records: [Row]
        switch parse(text, delimiter: delimiter) {
        case .success(let parsed): records = parsed
        case .failure(let problem): return .failure(problem)
        }
        guard let first = records.first else { return .failure(.empty) }
        // Excel writes a row it saw as empty as a line of delimiters; such a row says nothing.
        let rows = records.dropFirst().filter { $0.fields.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }
        return .success(Table(header: first.fields.map { $0.trimmingCharacters(in: .whitespaces) }, rows: Array(rows),
                              delimiter: delimiter, encoding: encoding))
    }

    /// UTF-8 (a byte-order mark dropped) when the bytes are valid UTF-8, else Windows-1252, which
    /// is what Excel's plain "CSV" saves on a Danish Windows; æ, ø, å are single bytes there.
    static func decode(_ bytes: [UInt8]) -> Result<(String, Encoding), Problem> {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .failure(.utf16) }
        if let nul = bytes.firstIndex(of: 0) {
            return .failure(.notText(line: bytes[..<nul].count { $0 == 0x0A } + 1, byte: 0))
        }
        if bytes.starts(with: bom) {
            let rest = Array(bytes.dropFirst(3))
            if let text = String(validating: rest, as: UTF8.self) { return .success((text, .utf8WithByteOrderMark)) }
        } else if let text = String(validating: bytes, as: UTF8.self) {
            return .success((text, .utf8))
        }
        var scalars = String.UnicodeScalarView()
        var line = 1
        for byte in bytes {
            if byte == 0x0A { line += 1 }
            guard let scalar = windows1252(byte) else { return .failure(.notText(line: line, byte: byte)) }
            scalars.append(scalar)
        }
        return .success((String(scalars), .windows1252))
    }

    /// The line of the first "Ã" or "Â" followed by what the second byte of a UTF-8 letter reads
    /// as in Windows-1252 ("Ã¸", "Ã¦", "Ã…" for ø, æ, Å): a file converted twice, which no Danish
    /// text holds otherwise; nil when there is none.
    static func convertedTwice(_ text: String) -> Int? {
        var line = 1, previous: Unicode.Scalar = " "
        let continuations = Set((0x80...0xBF).compactMap { windows1252(UInt8($0)) })
        for scalar in text.unicodeScalars {
            if scalar == "\n" { line += 1 }
            if previous == "Ã" || previous == "Â", continuations.contains(scalar) { return line }
            previous = scalar
        }
        return nil
    }

    /// The character a Windows-1252 byte stands for; nil for the five bytes it leaves undefined.
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar? {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        let table: [UInt32] = [
            0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
            0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
        ]
        let value = table[Int(byte - 0x80)]
        return value == 0 ? nil : Unicode.Scalar(value)
    }

    /// The delimiter the first line uses most, outside quotes: `;`, `,` or a tab (`,` when none).
    static func detectDelimiter(_ text: String) -> Character {
        var counts: [Character: Int] = [";": 0, ",": 0, "\t": 0]
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if !quoted, character == "\n" || character == "\r" || character == "\r\n" { break }
            if !quoted, counts[character] != nil { counts[character, default: 0] += 1 }
        }
        let best = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }
        return best.map { $0.value > 0 ? $0.key : "," } ?? ","
    }

    /// The records of `text`, each with the line it starts on. A quote inside an unquoted field
    /// is kept as text, as spreadsheet programs read it.
    static func parse(_ text: String, delimiter: Character) -> Result<[Row], Problem> {
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var line = 1, rowLine = 1, quoteLine = 1
        var state = State.fieldStart
        // Swift reads "\r\n" as one Character; its scalars are walked so CR, LF and CRLF all end a line.
        let characters = Array(text.unicodeScalars)
        var index = 0
        func endRow() {
            fields.append(field)
            rows.append(Row(line: rowLine, fields: fields))
            fields = []
            field = ""
        }
        while index < characters.count {
            let scalar = characters[index]
            let isLineEnd = scalar == "\n" || scalar == "\r"
            if isLineEnd, scalar == "\r", index + 1 < characters.count, characters[index + 1] == "\n" { index += 1 }
            index += 1
            // Outside quotes (a field's start, an unquoted field, after a closing quote) a
            // delimiter ends the field and a line end the row.
            if state == .unquoted || (state != .quoted && scalar != "\"") {
                if Character(scalar) == delimiter {
                    fields.append(field)
                    field = ""
                    state = .fieldStart
                    continue
                }
                if isLineEnd {
                    endRow()
                    line += 1
                    rowLine = line
                    state = .fieldStart
                    continue
                }
            }
            switch state {
            case .fieldStart where scalar == "\"":
                state = .quoted
                quoteLine = line
            case .fieldStart, .unquoted:
                field.unicodeScalars.append(scalar)
                state = .unquoted
            case .quoted where scalar == "\"":
                state = .quoteInQuoted
            case .quoted where isLineEnd:
                // A line break inside a field is kept as LF, whatever the file's line ends.
                line += 1
                field += "\n"
            case .quoted:
                field.unicodeScalars.append(scalar)
            case .quoteInQuoted where scalar == "\"":
                field += "\""
                state = .quoted
            case .quoteInQuoted where scalar == " " || scalar == "\t":
                break  // Blanks after a closing quote are padding, not text.
            case .quoteInQuoted:
                return .failure(.textAfterQuote(line: line))
            }
        }
        switch state {
        case .quoted: return .failure(.unclosedQuote(line: quoteLine))
        case .fieldStart where fields.isEmpty && field.isEmpty: break
        default: endRow()
        }
        return .success(rows)
    }

    private enum State {
        case fieldStart, unquoted, quoted, quoteInQuoted
    }
}
