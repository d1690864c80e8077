import Foundation

/// A calendar day, never the clock's time: the edition date printed in the publications (so
/// the same catalogue and date give the same bytes) and the days an absence begins and ends.
public struct CalendarDay: Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Reads `YYYY-MM-DD`, or nil when it is not a real date.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              text.allSatisfy({ $0 == "-" || ($0.isASCII && $0.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)),
              calendar.component(.day, from: date) == day else { return nil }  // refuses 31 April
        self.init(year: year, month: month, day: day)
    }

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `date` falls on in `timeZone`.
    public init(_ date: Date, timeZone: TimeZone = .current) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// `YYYY-MM-DD`, for machine-readable places such as `<time datetime>`.
    public var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// The same day `years` later (29 February becomes 28 February in a common year).
    public func adding(years: Int) -> CalendarDay {
        let year = self.year + years
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return CalendarDay(year: year, month: month, day: month == 2 && day == 29 && !leap ? 28 : day)
    }

    /// The same day `months` months earlier (the month's last day when it has fewer days): how
    /// long ago an entry was last confirmed is counted so.
    public func monthsEarlier(_ months: Int) -> CalendarDay {
        let count = year * 12 + (month - 1) - months
        let (newYear, newMonth) = (count / 12, count % 12 + 1)
        let leap = (newYear % 4 == 0 && newYear % 100 != 0) || newYear % 400 == 0
        let days = newMonth == 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].contains(newMonth) ? 30 : 31
        return CalendarDay(year: newYear, month: newMonth, day: min(day, days))
    }
}
