import Foundation
import CatalogueModel

/// CSV by RFC 4180, made safe for spreadsheets.
public enum CSV {
    /// A delimiter and whether the file starts with a byte-order mark. `standard` is RFC 4180
    /// with commas; `excel` is what Danish spreadsheet programs open on a double-click:
    /// semicolons and a byte-order mark so UTF-8 is recognised. Phone systems may want others
    /// (Wazo reads `|`).
    public struct Dialect: Sendable, Equatable {
        public var delimiter: Character
        public var byteOrderMark: Bool

        public static let standard = Dialect(delimiter: ",", byteOrderMark: false)
        public static let excel = Dialect(delimiter: ";", byteOrderMark: true)
    }

    /// The whole file: header and rows, each row ended by CRLF.
    public static func document(header: [String], rows: [[String]], dialect: Dialect) -> String {
        var out: [UInt8] = dialect.byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        for row in [header] + rows {
            append(row, delimiter: dialect.delimiter, to: &out)
            out += [0x0D, 0x0A]
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// One row, without its line end.
    static func row(row: [String], dialect: Dialect) -> String {
        var out: [UInt8] = []
        append(row, delimiter: dialect.delimiter, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// A field quoted exactly when it holds the delimiter, a quote, CR or LF; quotes doubled.
    static func field(_ value: String, delimiter: Character) -> String {
        var out: [UInt8] = []
        append(value, delimiter: Array(String(delimiter).utf8), to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The fields of a row, neutralised and quoted, between delimiters.
    private static func append(_ row: [String], delimiter: Character, to out: inout [UInt8]) {
        let delimiter = Array(String(delimiter).utf8)
        for (position, value) in row.enumerated() {
            if position > 0 { out += delimiter }
            append(neutralised(value), delimiter: delimiter, to: &out)
        }
    }

    /// One field. By UTF-8 bytes, not Characters: a quote followed by a combining mark is one
    /// Character that is no quote, yet a reader sees the quote. A delimiter of several bytes
    /// (a non-ASCII one) counts by any of its scalars.
    private static func append(_ value: String, delimiter: [UInt8], to out: inout [UInt8]) {
        let single: UInt8? = delimiter.count == 1 ? delimiter[0] : nil
        let holdsLongDelimiter = single == nil
            && value.unicodeScalars.contains { String(decoding: delimiter, as: UTF8.self).unicodeScalars.contains($0) }
        var value = value
        value.withUTF8 { bytes in
            let needsQuotes = holdsLongDelimiter || bytes.contains { $0 == 0x22 || $0 == 0x0D || $0 == 0x0A || $0 == single }
            guard needsQuotes else {
                out.append(contentsOf: bytes)
                return
            }
            out.append(0x22)
            for byte in bytes {
                if byte == 0x22 { out.append(0x22) }
                out.append(byte)
            }
            out.append(0x22)
        }
    }

    /// A spreadsheet runs a cell that starts with =, +, -, @, TAB or CR as a formula (CSV
    /// injection); an apostrophe in front makes it plain text, as OWASP recommends. Their
    /// fullwidth forms (＝＋－＠) are treated alike, since some programs fold them to ASCII.
    static func neutralised(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, startsFormula(first) else { return value }
        return "'" + value
    }

    /// A cell as it was before `neutralised`: the apostrophe in front of a formula character
    /// dropped, so a file the tool wrote (`--excel`) reads back as it was (`import`).
    public static func unneutralised(_ value: String) -> String {
        let scalars = value.unicodeScalars
        guard scalars.first == "'", let second = scalars.dropFirst().first, startsFormula(second) else { return value }
        return String(value.dropFirst())
    }

    /// Whether a spreadsheet starts a formula with `scalar`. A switch, not a set: every cell of
    /// every list asks, and hashing a scalar costs more than comparing it.
    private static func startsFormula(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}": true
        default: false
        }
    }
}
