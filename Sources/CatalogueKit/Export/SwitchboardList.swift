/// The switchboard's routing list: one row per task, so a caller's topic or keyword leads to
/// the person (and backups) or department to put the call through to.
public enum SwitchboardList {
    /// The columns, declared once: a name from the language table and how to fill it.
    private static let columns: [(name: @Sendable (Strings.SwitchboardColumns) -> String, value: @Sendable (Route) -> String)] = [
        ({ $0.topic }, { $0.task.title }),
        ({ $0.keywords }, { $0.task.keywords.joined(separator: ", ") }),
        ({ $0.area }, { $0.area }),
        ({ $0.department }, { $0.department }),
        ({ $0.primaryPerson }, { $0.people.first?.name ?? "" }),
        ({ $0.primaryPhone }, { $0.people.first.flatMap(\.phone).map(digits) ?? "" }),
        ({ $0.backups }, { $0.people.dropFirst().map { person in ([person.name] + [person.phone.map(digits)].compactMap { $0 }).joined(separator: " ") }.joined(separator: ", ") }),
        ({ $0.departmentPhone }, { $0.departmentPhone.map(digits) ?? "" }),
        ({ $0.openingHours }, { $0.openingHours ?? "" }),
        ({ $0.kle }, { $0.task.kle.joined(separator: ", ") }),
    ]

    /// What one row is made from.
    struct Route {
        var task: CatalogueTask
        var area: String
        var department: String
        var people: [Employee]
        var departmentPhone: String?
        var openingHours: String?
    }

    /// The CSV text. Rows are in Danish order of topic, then by task id.
    public static func render(_ catalogue: Catalogue, dialect: CSV.Dialect) -> String {
        let strings = Strings.for(catalogue.settings.language)
        let routes = DanishOrder.sorted(catalogue.tasks, by: \.title, \.id.rawValue).map { task in
            Route(task: task, area: catalogue.area(task.area)?.name ?? task.area.rawValue,
                  department: catalogue.department(task.department)?.name ?? task.department.rawValue,
                  people: catalogue.people(of: task),
                  departmentPhone: catalogue.inherited(task.department, \.phone),
                  openingHours: catalogue.inherited(task.department, \.openingHours) ?? catalogue.settings.openingHours)
        }
        return CSV.document(header: columns.map { $0.name(strings.columns) },
                            rows: routes.map { route in columns.map { $0.value(route) } }, dialect: dialect)
    }

    /// Phone numbers as digits only, which phone systems read; an extension as it is.
    /// (Kept as text: a number format would drop the grouping and could drop leading zeros.)
    static func digits(_ phone: String) -> String { PhoneNumber(phone)?.digits ?? phone }
}

extension Catalogue {
    /// A department's own value, or the nearest one above it in the nesting.
    func inherited(_ id: DepartmentID, _ value: KeyPath<Department, String?>) -> String? {
        var current: DepartmentID? = id
        var seen: Set<DepartmentID> = []
        while let currentID = current, seen.insert(currentID).inserted, let department = department(currentID) {
            if let found = department[keyPath: value] { return found }
            current = department.parent
        }
        return nil
    }
}
