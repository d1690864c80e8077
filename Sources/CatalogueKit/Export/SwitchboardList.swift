/// The switchboard's routing list: one row per task, so a caller's topic or keyword leads to
/// the person (and backups) or department to put the call through to.
public enum SwitchboardList {
    /// The columns, declared once: a name from the language table and how to fill it.
    private static let columns: [(name: @Sendable (Strings.SwitchboardColumns) -> String, value: @Sendable (Row) -> String)] = [
        ({ $0.topic }, { $0.task.title }),
        ({ $0.keywords }, { $0.task.keywords.joined(separator: ", ") }),
        ({ $0.area }, { $0.area }),
        ({ $0.department }, { $0.department }),
        ({ $0.primaryPerson }, { $0.route.primary?.name ?? "" }),
        ({ $0.primaryPhone }, { $0.route.primary?.phone.map(digits) ?? "" }),
        ({ $0.backups }, { $0.route.backups.map { person in ([person.name] + [person.phone.map(digits)].compactMap { $0 }).joined(separator: " ") }.joined(separator: ", ") }),
        ({ $0.departmentPhone }, { $0.route.departmentPhone.map(digits) ?? "" }),
        ({ $0.openingHours }, { $0.route.openingHours ?? "" }),
        ({ $0.kle }, { $0.task.kle.joined(separator: ", ") }),
    ]

    /// What one row is made from.
    struct Row {
        var task: CatalogueTask
        var area: String
        var department: String
        var route: Route
    }

    /// The CSV text. Rows are in Danish order of topic, then by task id.
    public static func render(_ relations: Relations, dialect: CSV.Dialect) -> String {
        let catalogue = relations.catalogue
        let strings = Strings.for(catalogue.settings.language)
        let rows = relations.tasksInOrder.map { task in
            Row(task: task, area: catalogue.area(task.area)?.name ?? task.area.rawValue,
                department: catalogue.department(task.department)?.name ?? task.department.rawValue,
                route: relations.route(for: task))
        }
        return CSV.document(header: columns.map { $0.name(strings.columns) },
                            rows: rows.map { row in columns.map { $0.value(row) } }, dialect: dialect)
    }

    /// Phone numbers as digits only, which phone systems read; an extension as it is.
    /// (Kept as text: a number format would drop the grouping and could drop leading zeros.)
    static func digits(_ phone: String) -> String { PhoneNumber(phone)?.digits ?? phone }
}
