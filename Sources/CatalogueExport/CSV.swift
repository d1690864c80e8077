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
        (dialect.byteOrderMark ? "\u{FEFF}" : "") + ([header] + rows).map { row(row: $0, dialect: dialect) + "\r\n" }.joined()
    }

    /// One row, without its line end.
    static func row(row: [String], dialect: Dialect) -> String {
        row.map { field(neutralised($0), delimiter: dialect.delimiter) }.joined(separator: String(dialect.delimiter))
    }

    /// A field quoted exactly when it holds the delimiter, a quote, CR or LF; quotes doubled.
    static func field(_ value: String, delimiter: Character) -> String {
        // By scalars, not Characters: a quote followed by a combining mark is one Character
        // that is no quote, yet a reader sees the quote.
        let special = Set(delimiter.unicodeScalars).union(["\"", "\r", "\n"])
        guard value.unicodeScalars.contains(where: special.contains) else { return value }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in value.unicodeScalars {
            if scalar == "\"" { quoted.append("\"") }
            quoted.append(scalar)
        }
        quoted.append("\"")
        return String(quoted)
    }

    /// A spreadsheet runs a cell that starts with =, +, -, @, TAB or CR as a formula (CSV
    /// injection); an apostrophe in front makes it plain text, as OWASP recommends. Their
    /// fullwidth forms (＝＋－＠) are treated alike, since some programs fold them to ASCII.
    static func neutralised(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, formulaStarts.contains(first) else { return value }
        return "'" + value
    }

    /// A cell as it was before `neutralised`: the apostrophe in front of a formula character
    /// dropped, so a file the tool wrote (`--excel`) reads back as it was (`import`).
    public static func unneutralised(_ value: String) -> String {
        let scalars = value.unicodeScalars
        guard scalars.first == "'", let second = scalars.dropFirst().first, formulaStarts.contains(second) else { return value }
        return String(value.dropFirst())
    }

    /// The characters a spreadsheet starts a formula with.
    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]
}
