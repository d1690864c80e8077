import CatalogueModel
import CatalogueStorage
import CatalogueExport

/// A phone system's call log read into calls: 3CX's call log export (`Call Time`, `From`, `To`,
/// `Direction`, ...) or its CDR fields (`time-start`, `to-no`, `final-number`), and a generic
/// layout with Danish or English headers (`Tidspunkt`, `Nummer`); `--mapping` for others.
enum CallLog {
    /// The columns a log needs (a time, the number it reached) and may have.
    enum Field: String, CaseIterable {
        case time, number, reached, direction

        var headerNames: [String] {
            switch self {
            case .time: ["Tidspunkt", "Dato", "Opkaldstidspunkt", "Starttidspunkt", "Call Time", "Time", "Date", "Start time", "time-start"]
            case .number: ["Nummer", "Lokalnummer", "Til", "Modtager", "Number", "Extension", "To", "Destination", "to-no", "dial-no"]
            case .reached: ["Besvaret af", "Endeligt nummer", "Answered by", "final-number"]
            case .direction: ["Retning", "Opkaldstype", "Direction", "Call type"]
            }
        }

        static let table = allCases.map { (field: $0.rawValue, names: $0.headerNames) }
    }

    /// What a log's rows came to: the calls in the period, the rows whose time could not be
    /// read (line and text), and how many outgoing or internal calls were left out.
    struct Reading {
        var calls: [Call] = []
        var unreadable: [(line: Int, text: String)] = []
        var skipped = 0
    }

    /// Whether the columns are 3CX's, to say which layout was read.
    static func isThreeCX(_ columns: ColumnMatch) -> Bool {
        columns.understood.contains { ["calltime", "timestart", "tono", "finalnumber"].contains(ColumnMatch.key($0.header)) }
    }

    /// The calls of `table` between `since` and `until` (either may be nil).
    static func calls(_ table: CSVReader.Table, _ columns: ColumnMatch, file: String,
                      since: CalendarDay?, until: CalendarDay?) -> Reading {
        var reading = Reading()
        for row in table.rows {
            if let direction = columns.cell(row, Field.direction.rawValue), !isIncoming(direction) {
                reading.skipped += 1
                continue
            }
            let time = columns.cell(row, Field.time.rawValue) ?? ""
            guard let date = date(time) else {
                reading.unreadable.append((row.line, time))
                continue
            }
            if let since, date < since { continue }
            if let until, until < date { continue }
            let number = columns.cell(row, Field.reached.rawValue) ?? columns.cell(row, Field.number.rawValue) ?? ""
            reading.calls.append(Call(file: file, line: row.line, date: date, number: number))
        }
        return reading
    }

    /// Whether a direction cell is a call coming in: 3CX writes Inbound/Outbound/Internal, a
    /// Danish system Indgående/Udgående/Intern.
    static func isIncoming(_ text: String) -> Bool {
        let key = ColumnMatch.key(text)
        return !["outbound", "outgoing", "out", "udgaaende", "ud", "internal", "intern"].contains(key)
    }

    /// The day of a time as logs write it: "2026-11-03 09:14:22", "2026/11/03", "03-11-2026 09:14",
    /// "3.11.2026"; day first unless the time says AM or PM (then, as in the US, month first).
    static func date(_ text: String) -> CalendarDay? {
        let groups = text.split { !($0.isASCII && $0.isNumber) }.prefix(3).map(String.init)
        guard groups.count == 3 else { return nil }
        let iso: String
        if groups[0].count == 4 {
            iso = "\(groups[0])-\(padded(groups[1]))-\(padded(groups[2]))"
        } else if groups[2].count == 4 {
            let upper = text.uppercased()
            let monthFirst = upper.hasSuffix("AM") || upper.hasSuffix("PM") || upper.contains(" AM") || upper.contains(" PM")
            iso = "\(groups[2])-\(padded(monthFirst ? groups[0] : groups[1]))-\(padded(monthFirst ? groups[1] : groups[0]))"
        } else {
            return nil
        }
        return CalendarDay(iso: iso)
    }

    private static func padded(_ digits: String) -> String { digits.count == 1 ? "0" + digits : digits }
}
