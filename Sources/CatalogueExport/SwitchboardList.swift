import CatalogueModel
import KLE

/// The switchboard's routing list: one row per task, so a caller's topic or keyword leads to
/// the person (and backups) or department to put the call through to.
public enum SwitchboardList {
    /// One column: a name from the language table and how to fill it from a row.
    private typealias Column = (name: @Sendable (Strings.SwitchboardColumns) -> String, value: @Sendable (Row) -> String)

    /// The columns, declared once. Each backup gets a name and a phone column of its own, so
    /// they can be sorted and dialled; there are as many pairs as the task with most backups needs.
    private static func columns(backups: Int) -> [Column] {
        let head: [Column] = [
            ({ $0.topic }, { $0.task.title }),
            ({ $0.keywords }, { $0.task.keywords.joined(separator: ", ") }),
            ({ $0.area }, { $0.area }),
            ({ $0.department }, { $0.department }),
            ({ $0.primaryPerson }, { $0.route.primary?.name ?? "" }),
            ({ $0.primaryPhone }, { $0.phones($0.route.primary?.phone) }),
            ({ $0.primaryMobile }, { $0.phones($0.route.primary?.mobile) }),
            ({ $0.primaryMail }, { $0.route.primary?.mail ?? "" }),
            ({ $0.primaryDeputy }, { $0.deputy?.name ?? "" }),
            ({ $0.deputyPhone }, { $0.phones($0.deputy?.phone) }),
        ]
        let backupColumns: [Column] = (0..<backups).flatMap { index -> [Column] in
            [({ $0.backupName(index + 1) }, { $0.backup(index)?.name ?? "" }),
             ({ $0.backupPhone(index + 1) }, { $0.phones($0.backup(index)?.phone) })]
        }
        let tail: [Column] = [
            ({ $0.departmentPhone }, { $0.phones($0.route.departmentPhone) }),
            ({ $0.openingHours }, { $0.route.openingHours ?? "" }),
            ({ $0.kle }, { $0.task.kle.joined(separator: ", ") }),
            ({ $0.kleTitle }, { row in row.task.kle.compactMap(row.kle.title).joined(separator: "; ") }),
            // Last, so the columns systems already import keep their places.
            ({ $0.absence }, { $0.strings.awayOnTask($0.route) }),
        ]
        return head + backupColumns + tail
    }

    /// What one row is made from. A class: every column reads it, and a struct holding the
    /// language table would be copied whole for each.
    final class Row {
        let task: CatalogueTask
        let area: String
        let department: String
        let route: Route
        /// The primary person's deputy, when they have one that exists.
        let deputy: Employee?
        let phones: PhoneStyle
        /// The plan the KLE titles come from.
        let kle: KLEPlanInUse
        let strings: Strings

        init(task: CatalogueTask, area: String, department: String, route: Route, deputy: Employee?, phones: PhoneStyle,
             kle: KLEPlanInUse, strings: Strings) {
            self.task = task
            self.area = area
            self.department = department
            self.route = route
            self.deputy = deputy
            self.phones = phones
            self.kle = kle
            self.strings = strings
        }

        /// The backup in position `index` (0 = the first backup), if the task has one there.
        func backup(_ index: Int) -> Employee? {
            index < route.backups.count ? route.backups[route.backups.startIndex + index] : nil
        }
    }

    /// The CSV text. Rows are in Danish order of topic, then by task id.
    public static func render(_ relations: Relations, dialect: CSV.Dialect, kle: KLEPlanInUse = .shipped) -> String {
        let catalogue = relations.catalogue
        let strings = Strings.for(catalogue.settings.language)
        let rows = relations.tasksInOrder.map { task in
            let route = relations.route(for: task)
            return Row(task: task, area: catalogue.area(task.area)?.name ?? task.area.rawValue,
                       department: catalogue.department(task.department)?.name ?? task.department.rawValue,
                       route: route, deputy: route.primary?.deputy.flatMap(catalogue.employee),
                       phones: PhoneStyle(for: dialect), kle: kle, strings: strings)
        }
        let columns = columns(backups: rows.map(\.route.backups.count).max() ?? 0)
        return CSV.document(header: columns.map { $0.name(strings.columns) },
                            rows: rows.map { row in columns.map { $0.value(row) } }, dialect: dialect)
    }

    /// Phone numbers as digits only, which phone systems read; an extension as it is.
    static func digits(_ phone: String) -> String { PhoneNumber(phone)?.digits ?? phone }
}

/// How a CSV file writes phone numbers. Phone systems read digits only (`72577354`). A
/// spreadsheet would read those as a number, shown without the grouping people read aloud (and
/// a leading zero would be lost), so the spreadsheet variant writes the Danish grouping
/// (`72 57 73 54`), which no spreadsheet takes for a number and so keeps as typed.
enum PhoneStyle: Sendable {
    case digits, grouped

    /// Grouped for the spreadsheet dialect, digits for everything else.
    init(for dialect: CSV.Dialect) { self = dialect == .excel ? .grouped : .digits }

    /// `phone` in this style; empty when there is none.
    func callAsFunction(_ phone: String?) -> String {
        guard let phone else { return "" }
        switch self {
        case .digits: return SwitchboardList.digits(phone)
        case .grouped: return PhoneNumber.display(phone)
        }
    }
}
