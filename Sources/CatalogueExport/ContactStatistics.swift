import Foundation
import CatalogueModel

/// One call from a phone system's log: its day, the number or extension it reached, and where
/// in which file it stands.
public struct Call: Sendable, Equatable {
    public var file: String
    public var line: Int
    public var date: CalendarDay
    public var number: String

    public init(file: String, line: Int, date: CalendarDay, number: String) {
        (self.file, self.line, self.date, self.number) = (file, line, date, number)
    }
}

/// Calls counted through the catalogue: which person or department each number belongs to,
/// and so which department and area took the call, per month; the share that reached the one
/// entry for businesses; and the numbers the catalogue does not know. A value, computed by one
/// pure function, that the text, JSON and HTML reports all show.
public struct ContactStatistics: Sendable, Equatable {
    /// A row of a table: an entry's id and name, and its calls.
    public struct Count: Sendable, Equatable {
        public var id: String
        public var name: String
        public var calls: Int
    }

    /// Calls in one month.
    public struct Month: Sendable, Equatable {
        public var year: Int, month: Int, calls: Int
    }

    /// A number no entry has, how often it was called, and where (file and line).
    public struct Unknown: Sendable, Equatable {
        public var number: String
        public var calls: Int
        public var places: [Place]
    }

    /// A line of a log file.
    public struct Place: Sendable, Equatable {
        public var file: String
        public var line: Int
    }

    /// The first and last day with a call; nil when no call was counted.
    public var first: CalendarDay?, last: CalendarDay?
    public var calls = 0
    public var oneEntry = 0
    public var switchboard = 0
    /// Most calls first, then in Danish order of the name.
    public var areas: [Count] = []
    public var departments: [Count] = []
    /// Calls that reached a person or department whose area cannot be told.
    public var withoutArea = 0
    public var months: [Month] = []
    /// Most calls first.
    public var unknown: [Unknown] = []

    /// The calls that could not be given to any number in the catalogue.
    public var unattributed: Int { unknown.reduce(0) { $0 + $1.calls } }

    /// The statistics of `calls` in `catalogue`.
    public static func of(_ calls: [Call], in catalogue: Catalogue) -> ContactStatistics {
        let directory = NumberDirectory(catalogue)
        let areaOf = mainAreas(catalogue)
        var stats = ContactStatistics()
        var areas: [AreaID: Int] = [:], departments: [DepartmentID: Int] = [:], months: [Int: Int] = [:]
        var unknown: [String: Unknown] = [:]
        for call in calls {
            stats.calls += 1
            stats.first = min(stats.first ?? call.date, call.date)
            stats.last = max(stats.last ?? call.date, call.date)
            months[call.date.year * 12 + call.date.month - 1, default: 0] += 1
            let department: DepartmentID?, area: AreaID?
            switch directory.owner(of: call.number) {
            case .oneEntry?:
                stats.oneEntry += 1
                continue
            case .switchboard?:
                stats.switchboard += 1
                continue
            case .employee(let id)?:
                department = catalogue.employee(id)?.department
                area = areaOf[id]
            case .department(let id)?:
                department = id
                let contact = catalogue.areas.filter { $0.contactDepartment == id }
                area = contact.count == 1 ? contact[0].id : nil
            case nil:
                let key = call.number.isEmpty ? "" : directory.shown(call.number)
                unknown[key, default: Unknown(number: key, calls: 0, places: [])].calls += 1
                unknown[key]?.places.append(Place(file: call.file, line: call.line))
                continue
            }
            if let department { departments[department, default: 0] += 1 }
            if let area { areas[area, default: 0] += 1 } else { stats.withoutArea += 1 }
        }
        stats.areas = ranked(areas.map { Count(id: $0.key.rawValue, name: catalogue.area($0.key)?.name ?? $0.key.rawValue, calls: $0.value) })
        stats.departments = ranked(departments.map {
            Count(id: $0.key.rawValue, name: catalogue.department($0.key)?.name ?? $0.key.rawValue, calls: $0.value)
        })
        stats.months = months.keys.sorted().map { Month(year: $0 / 12, month: $0 % 12 + 1, calls: months[$0] ?? 0) }
        stats.unknown = unknown.values.sorted { ($1.calls, $0.number) < ($0.calls, $1.number) }
        return stats
    }

    /// Most calls first, then in Danish order of the name.
    private static func ranked(_ counts: [Count]) -> [Count] {
        counts.sorted { $0.calls != $1.calls ? $0.calls > $1.calls : DanishOrder.precedes($0.name, $1.name) }
    }

    /// Each person's area, for the calls they take: the area in which they are the primary
    /// person of most tasks, else a backup on most; a tie goes to the area first in the
    /// catalogue's order (sortOrder, then name), so every call counts in one area only.
    static func mainAreas(_ catalogue: Catalogue) -> [EmployeeID: AreaID] {
        var held: [EmployeeID: [AreaID: (primary: Int, backup: Int)]] = [:]
        for task in catalogue.tasks {
            for (position, id) in task.responsible.enumerated() {
                var counts = held[id, default: [:]][task.area, default: (0, 0)]
                if position == 0 { counts.primary += 1 } else { counts.backup += 1 }
                held[id, default: [:]][task.area] = counts
            }
        }
        let order = Dictionary(uniqueKeysWithValues: catalogue.areas.sorted {
            ($0.sortOrder ?? .max, $0.name) < ($1.sortOrder ?? .max, $1.name)
        }.enumerated().map { ($1.id, $0) })
        return held.compactMapValues { areas in
            areas.min { a, b in
                (-a.value.primary, -a.value.backup, order[a.key] ?? .max, a.key.rawValue)
                    < (-b.value.primary, -b.value.backup, order[b.key] ?? .max, b.key.rawValue)
            }?.key
        }
    }
}

/// Whom a number in the catalogue belongs to.
enum NumberOwner: Sendable, Equatable {
    case oneEntry, switchboard, department(DepartmentID), employee(EmployeeID)
}

/// Every number in the catalogue by its digits: the one entry, the switchboard, departments'
/// phones, people's phones and mobiles. A short extension in a log ("7354") is the number
/// whose last digits it is, when only one entry's number ends so.
struct NumberDirectory {
    private var full: [String: NumberOwner] = [:]
    private var endings: [String: NumberOwner?] = [:]

    init(_ catalogue: Catalogue) {
        // In order of precedence: a number two entries share goes to the first (a department's
        // main number answered by one person counts for the department).
        var numbers: [(String?, NumberOwner)] = [(catalogue.settings.oneEntryPhone, .oneEntry),
                                                 (catalogue.settings.switchboardPhone, .switchboard)]
        numbers += catalogue.departments.map { ($0.phone, .department($0.id)) }
        numbers += catalogue.employees.flatMap { [($0.phone, .employee($0.id)), ($0.mobile, .employee($0.id))] }
        for case let (text?, owner) in numbers {
            guard let digits = PhoneNumber(text)?.digits, full[digits] == nil else { continue }
            full[digits] = owner
            guard digits.count == 8 else { continue }
            for length in 3...5 {
                let ending = String(digits.suffix(length))
                if let known = endings[ending] { if known != owner { endings[ending] = .some(nil) } } else { endings[ending] = owner }
            }
        }
    }

    /// The digits of a number as a log writes it: "+45 72 57 73 54", "004572577354", "Anne Mørk (7354)".
    func digits(_ text: String) -> String {
        // 3CX writes "Name (extension)": the number is in the brackets.
        var text = Substring(text)
        if let open = text.lastIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
            text = text[text.index(after: open)..<close]
        }
        var digits = String(text.filter { $0.isASCII && $0.isNumber })
        if digits.count == 12, digits.hasPrefix("0045") { digits.removeFirst(4) }
        if digits.count == 10, digits.hasPrefix("45"), text.contains("+") || text.hasPrefix("45") { digits.removeFirst(2) }
        return digits
    }

    /// The owner of the number, or nil when none or several entries have it.
    func owner(of text: String) -> NumberOwner? {
        let digits = digits(text)
        if let owner = full[digits] { return owner }
        guard (3...5).contains(digits.count) else { return nil }
        return endings[digits] ?? nil
    }

    /// A number as the report shows it: grouped the Danish way when it is one, else as logged.
    func shown(_ text: String) -> String {
        PhoneNumber(digits(text))?.grouped ?? text.trimmingCharacters(in: .whitespaces)
    }
}
