import Foundation
import CatalogueModel

/// The contact statistics as text for the terminal and as a printable HTML page with charts
/// (SVG, no script) and the tables under them, in the catalogue's language. Pure functions of
/// the statistics and the catalogue's settings.
public enum ContactReport {
    /// The fixed words of the report, in one language.
    struct Words: Sendable {
        var title: String
        var period: String
        var files: String
        var calls: String
        var oneEntry: String
        var switchboard: String
        var attributedHow: String
        var byArea: String, byDepartment: String, byMonth: String, unknownHeading: String
        var area: String, department: String, month: String, number: String, share: String, lines: String
        var withoutArea: String
        var noNumber: String
        var noCalls: String
        var unknownHow: String
        var chartOf: String
        /// "12,5 %" or "12.5%".
        var percent: @Sendable (_ tenths: Int) -> String
        /// "fra 3. november 2026 til 28. februar 2027".
        var span: @Sendable (_ from: String, _ to: String) -> String

        static func `for`(_ language: Language) -> Words {
            switch language {
            case .danish: Words(
                title: "Kontaktstatistik", period: "Periode", files: "Opkaldslister", calls: "Opkald i alt",
                oneEntry: "Heraf til én indgang for virksomheder", switchboard: "Heraf til hovednummeret",
                attributedHow: "Et opkald tælles hos den medarbejder eller afdeling, hvis nummer det nåede. En medarbejders opkald tælles i det fagområde, hvor vedkommende er primær ansvarlig for flest opgaver (ellers backup på flest).",
                byArea: "Opkald pr. fagområde", byDepartment: "Opkald pr. afdeling", byMonth: "Opkald pr. måned",
                unknownHeading: "Numre, kataloget ikke kender", area: "Fagområde", department: "Afdeling", month: "Måned",
                number: "Nummer", share: "Andel", lines: "Linjer", withoutArea: "Uden fagområde", noNumber: "(intet nummer)",
                noCalls: "Ingen opkald i perioden.",
                unknownHow: "Opkald til numre, som ingen medarbejder eller afdeling i kataloget har. Ret numrene i kataloget, eller tjek linjerne i opkaldslisten.",
                chartOf: "Diagram",
                percent: { tenths in "\(tenths / 10),\(tenths % 10) %" },
                span: { from, to in from == to ? from : "fra \(from) til \(to)" })
            case .english: Words(
                title: "Contact statistics", period: "Period", files: "Call logs", calls: "Calls in all",
                oneEntry: "Of these to the one entry for businesses", switchboard: "Of these to the main number",
                attributedHow: "A call counts for the employee or department whose number it reached. An employee's calls count in the area where they are the primary person of most tasks (else a backup on most).",
                byArea: "Calls per area", byDepartment: "Calls per department", byMonth: "Calls per month",
                unknownHeading: "Numbers the catalogue does not know", area: "Area", department: "Department", month: "Month",
                number: "Number", share: "Share", lines: "Lines", withoutArea: "No area", noNumber: "(no number)",
                noCalls: "No calls in the period.",
                unknownHow: "Calls to numbers that no employee or department in the catalogue has. Correct the numbers in the catalogue, or check the lines of the call log.",
                chartOf: "Chart",
                percent: { tenths in "\(tenths / 10).\(tenths % 10)%" },
                span: { from, to in from == to ? from : "\(from) to \(to)" })
            }
        }
    }

    /// A table of the report: its heading, column names and rows (label and calls).
    struct Table {
        var heading: String
        var label: String
        var rows: [(label: String, calls: Int)]
    }

    /// The tables in the order both reports show them.
    static func tables(_ stats: ContactStatistics, _ words: Words, _ strings: Strings) -> [Table] {
        let areas = stats.areas.map { ($0.name, $0.calls) } + (stats.withoutArea > 0 ? [(words.withoutArea, stats.withoutArea)] : [])
        return [
            Table(heading: words.byArea, label: words.area, rows: areas),
            Table(heading: words.byDepartment, label: words.department, rows: stats.departments.map { ($0.name, $0.calls) }),
            Table(heading: words.byMonth, label: words.month,
                  rows: stats.months.map { ("\(strings.months[$0.month - 1]) \($0.year)", $0.calls) }),
        ]
    }

    /// A share of all calls, in tenths of a percent, rounded half up.
    static func tenths(_ part: Int, of whole: Int) -> Int { whole == 0 ? 0 : (part * 2000 + whole) / (2 * whole) }

    /// The lines of a number's places: "opkald.csv:4, 9, 12", at most `limit` of them.
    static func places(_ unknown: ContactStatistics.Unknown, limit: Int = 12) -> String {
        var out: [String] = [], file = ""
        for place in unknown.places.prefix(limit) {
            out.append(place.file == file ? "\(place.line)" : "\(place.file):\(place.line)")
            file = place.file
        }
        return out.joined(separator: ", ") + (unknown.places.count > limit ? ", … (\(unknown.places.count))" : "")
    }

    // MARK: Text

    /// The report for the terminal.
    public static func text(_ stats: ContactStatistics, settings: Settings, files: [String]) -> String {
        let words = Words.for(settings.language), strings = Strings.for(settings.language)
        var lines = ["\(words.title) – \(settings.organisation)", ""]
        lines.append("\(words.files): \(files.joined(separator: ", "))")
        guard let first = stats.first, let last = stats.last else { return (lines + [words.noCalls]).joined(separator: "\n") + "\n" }
        lines.append("\(words.period): \(words.span(strings.date(first), strings.date(last)))")
        lines.append("\(words.calls): \(stats.calls)")
        if settings.oneEntryPhone != nil {
            lines.append("\(words.oneEntry): \(stats.oneEntry) (\(words.percent(tenths(stats.oneEntry, of: stats.calls))))")
        }
        if stats.switchboard > 0 {
            lines.append("\(words.switchboard): \(stats.switchboard) (\(words.percent(tenths(stats.switchboard, of: stats.calls))))")
        }
        for table in tables(stats, words, strings) where !table.rows.isEmpty {
            lines += ["", table.heading + ":"]
            let width = table.rows.map(\.label.count).max() ?? 0
            lines += table.rows.map { row in
                "  " + row.label.padding(toLength: width, withPad: " ", startingAt: 0)
                    + "  " + String(repeating: " ", count: max(0, 6 - String(row.calls).count)) + "\(row.calls)"
                    + "  " + words.percent(tenths(row.calls, of: stats.calls))
            }
        }
        if !stats.unknown.isEmpty {
            lines += ["", "\(words.unknownHeading) (\(stats.unattributed)):"]
            lines += stats.unknown.map { "  \($0.number.isEmpty ? words.noNumber : $0.number)  \($0.calls)  \(places($0))" }
        }
        lines += ["", words.attributedHow]
        return lines.joined(separator: "\n") + "\n"
    }
}
