/// The relations between entries that commands and publications show (who holds which task,
/// who works where, which departments nest in which, who deputises for whom) and the orders
/// entries are listed in. Worked out once per version of the catalogue, so that every lookup
/// is a dictionary access rather than a scan; after an edit, build a new one.
public struct Relations: Sendable {
    /// The catalogue these relations were worked out from.
    public let catalogue: Catalogue
    /// The day absences are judged on; nil: nobody is away.
    public let day: CalendarDay?

    /// A person's part in a task: the first responsible is the primary person, the rest are backups.
    public enum Role: String, Sendable {
        case primary, backup
    }

    /// Tasks in Danish title order, then by id.
    public let tasksInOrder: [CatalogueTask]
    /// Employees in Danish name order, then by id.
    public let employeesInOrder: [Employee]
    /// Areas by sort order, then name.
    public let areasInOrder: [Area]
    /// Every department in reading order: each followed by those nested in it, with its depth (0 = top).
    public let departmentTree: [(department: Department, depth: Int)]

    private let held: [EmployeeID: [(task: TaskID, role: Role)]]
    private let staff: [DepartmentID: [EmployeeID]]
    private let deputisingFor: [EmployeeID: [EmployeeID]]
    private let childDepartments: [DepartmentID: [DepartmentID]]
    private let topDepartments: [DepartmentID]
    private let tasksOfArea: [AreaID: [TaskID]]
    private let tasksOfDepartment: [DepartmentID: [TaskID]]
    private let absences: [EmployeeID: AbsenceToday]

    /// Works out every relation of `catalogue` in one pass per kind (plus one sort per kind),
    /// with the absences of `day` (the export's date, or today).
    public init(_ catalogue: Catalogue, on day: CalendarDay? = nil) {
        self.catalogue = catalogue
        self.day = day
        // Buckets filled in sorted order come out sorted, so each list is sorted once, not per lookup.
        tasksInOrder = DanishOrder.sorted(catalogue.tasks, by: \.title, \.id.rawValue)
        employeesInOrder = DanishOrder.sorted(catalogue.employees, by: \.name, \.id.rawValue)
        areasInOrder = Self.bySortOrder(catalogue.areas, sortOrder: \.sortOrder, name: \.name)

        var held: [EmployeeID: [(task: TaskID, role: Role)]] = [:]
        var tasksOfArea: [AreaID: [TaskID]] = [:], tasksOfDepartment: [DepartmentID: [TaskID]] = [:]
        for task in tasksInOrder {
            var seen: Set<EmployeeID> = []
            for (position, person) in task.responsible.enumerated() where seen.insert(person).inserted {
                held[person, default: []].append((task.id, position == 0 ? .primary : .backup))
            }
            tasksOfArea[task.area, default: []].append(task.id)
            tasksOfDepartment[task.department, default: []].append(task.id)
        }
        var staff: [DepartmentID: [EmployeeID]] = [:], deputisingFor: [EmployeeID: [EmployeeID]] = [:]
        var absences: [EmployeeID: AbsenceToday] = [:]
        for employee in employeesInOrder {
            staff[employee.department, default: []].append(employee.id)
            if let deputy = employee.deputy { deputisingFor[deputy, default: []].append(employee.id) }
            if let absence = catalogue.absence(of: employee, on: day) { absences[employee.id] = absence }
        }
        self.absences = absences
        var children: [DepartmentID: [DepartmentID]] = [:], top: [DepartmentID] = []
        for department in Self.bySortOrder(catalogue.departments, sortOrder: \.sortOrder, name: \.name) {
            // A department whose parent does not exist is shown at the top rather than lost.
            if let parent = department.parent, catalogue.departments.contains(id: parent) {
                children[parent, default: []].append(department.id)
            } else {
                top.append(department.id)
            }
        }
        self.held = held
        self.tasksOfArea = tasksOfArea
        self.tasksOfDepartment = tasksOfDepartment
        self.staff = staff
        self.deputisingFor = deputisingFor
        self.childDepartments = children
        self.topDepartments = top
        departmentTree = Self.tree(catalogue, top: top, children: children)
    }

    private static func tree(_ catalogue: Catalogue, top: [DepartmentID], children: [DepartmentID: [DepartmentID]]) -> [(department: Department, depth: Int)] {
        var result: [(department: Department, depth: Int)] = []
        var visited: Set<DepartmentID> = []
        var stack = top.reversed().map { ($0, 0) }
        while let (id, depth) = stack.popLast() {
            guard visited.insert(id).inserted, let department = catalogue.department(id) else { continue }
            result.append((department, depth))
            stack += (children[id] ?? []).reversed().map { ($0, depth + 1) }
        }
        // Departments caught in a parent loop have no way down from the top; list them last.
        for department in catalogue.departments where !visited.contains(department.id) { result.append((department, 0)) }
        return result
    }

    /// The tasks an employee holds, with their role in each, in Danish title order.
    public func tasks(heldBy id: EmployeeID) -> [(task: CatalogueTask, role: Role)] {
        (held[id] ?? []).compactMap { item in catalogue.task(item.task).map { ($0, item.role) } }
    }

    /// The person's absence on the relations' day, with who takes their calls; nil when they are at work.
    public func absence(of id: EmployeeID) -> AbsenceToday? {
        absences[id]
    }

    /// The people responsible for a task, in order, as far as they exist.
    public func people(of task: CatalogueTask) -> [Employee] {
        task.responsible.compactMap(catalogue.employee)
    }

    /// The employees whose deputy `id` is, in Danish name order.
    public func deputising(for id: EmployeeID) -> [Employee] {
        (deputisingFor[id] ?? []).compactMap(catalogue.employee)
    }

    /// Departments directly below `parent` (nil: the top level), by sort order, then name.
    public func children(of parent: DepartmentID?) -> [Department] {
        (parent.map { childDepartments[$0] ?? [] } ?? topDepartments).compactMap(catalogue.department)
    }

    /// A department and every department nested below it.
    public func subtree(of id: DepartmentID) -> Set<DepartmentID> {
        var result: Set<DepartmentID> = [id]
        var frontier = [id]
        while let current = frontier.popLast() {
            for child in childDepartments[current] ?? [] where result.insert(child).inserted { frontier.append(child) }
        }
        return result
    }

    /// The employees of a department (not its sub-departments), in Danish name order.
    public func employees(in department: DepartmentID) -> [Employee] {
        (staff[department] ?? []).compactMap(catalogue.employee)
    }

    /// The employees of a department and the departments nested in it, in Danish name order.
    public func employees(inSubtreeOf department: DepartmentID) -> [Employee] {
        let units = subtree(of: department)
        return employeesInOrder.filter { units.contains($0.department) }
    }

    /// The tasks of an area in Danish title order.
    public func tasks(in area: AreaID) -> [CatalogueTask] {
        (tasksOfArea[area] ?? []).compactMap(catalogue.task)
    }

    /// The tasks owned by a department and the departments nested in it, in Danish title order.
    public func tasks(inSubtreeOf department: DepartmentID) -> [CatalogueTask] {
        let units = subtree(of: department)
        return DanishOrder.sorted(units.flatMap { tasksOfDepartment[$0] ?? [] }.compactMap(catalogue.task), by: \.title, \.id.rawValue)
    }

    /// Entries with a sort order first, in that order; then the rest; names, then ids, break ties.
    package static func bySortOrder<Entries: Sequence>(_ values: Entries, sortOrder: (Entries.Element) -> Int?, name: @escaping (Entries.Element) -> String) -> [Entries.Element]
    where Entries.Element: Identifiable, Entries.Element.ID: CustomStringConvertible {
        let byName = DanishOrder.sorted(values, by: name, { $0.id.description })
        return byName.enumerated().sorted { a, b in
            let orderA = sortOrder(a.element) ?? Int.max, orderB = sortOrder(b.element) ?? Int.max
            return orderA != orderB ? orderA < orderB : a.offset < b.offset
        }.map(\.element)
    }
}

/// Whom a call about a task is put through to: the responsible people in order, each one who is
/// away replaced by whoever covers for them, then the department's phone and opening hours. The
/// one routing rule, used by `show`, `find`, the switchboard list and the pages alike.
public struct Route: Sendable, Equatable {
    /// Who takes the calls, the primary place first: the responsible people as far as they exist,
    /// each one away replaced by their cover (someone already listed is not listed twice, and
    /// an absent person nobody covers is left out, so the calls go to the department).
    public var people: [Employee]
    /// For someone in `people` who is there in place of a colleague who is away: that absence.
    public var standingIn: [EmployeeID: AbsenceToday] = [:]
    /// The responsible people who are away, in the task's order.
    public var away: [AbsenceToday] = []
    /// The owning department's phone, or the nearest one above it (a team uses its parent's).
    public var departmentPhone: String?
    /// The department's opening hours, the nearest above it, else the catalogue's.
    public var openingHours: String?

    public var primary: Employee? { people.first }
    public var backups: ArraySlice<Employee> { people.dropFirst() }
}

extension Relations {
    /// Where calls about `task` go.
    public func route(for task: CatalogueTask) -> Route {
        let contact = catalogue.callContact(of: task.department)
        var route = Route(people: [], departmentPhone: contact.phone, openingHours: contact.openingHours)
        for person in people(of: task) {
            guard let absence = absences[person.id] else {
                if !route.people.contains(where: { $0.id == person.id }) { route.people.append(person) }
                continue
            }
            route.away.append(absence)
            // A cover who holds the task already (or covers for someone before) keeps that one place.
            guard let cover = absence.cover, !route.people.contains(where: { $0.id == cover.id }) else { continue }
            route.people.append(cover)
            route.standingIn[cover.id] = absence
        }
        return route
    }
}

/// The phone and opening hours a call to a department is put through on.
public struct DepartmentContact: Sendable, Equatable {
    /// The department's phone, or the nearest one above it (a team uses its parent's).
    public var phone: String?
    /// The department's opening hours, the nearest above it, else the catalogue's.
    public var openingHours: String?
}

extension Catalogue {
    /// The id and name (a task's title) of every entry of a kind, for suggestions.
    public func names(of kind: EntryKind) -> [(id: String, name: String)] {
        switch kind {
        case .department: return departments.map { ($0.id.rawValue, $0.name) }
        case .employee: return employees.map { ($0.id.rawValue, $0.name) }
        case .task: return tasks.map { ($0.id.rawValue, $0.title) }
        case .area: return areas.map { ($0.id.rawValue, $0.name) }
        }
    }

    /// A department's own value, or the nearest one above it in the nesting.
    public func inherited(_ id: DepartmentID, _ value: KeyPath<Department, String?>) -> String? {
        var current: DepartmentID? = id
        var seen: Set<DepartmentID> = []
        while let currentID = current, seen.insert(currentID).inserted, let department = department(currentID) {
            if let found = department[keyPath: value] { return found }
            current = department.parent
        }
        return nil
    }

    /// The one fallback rule for reaching a department by phone: its own phone and hours,
    /// else the nearest department above it, and for hours finally the catalogue's. The
    /// routing rule, the staff directory and `find` all call this.
    public func callContact(of id: DepartmentID) -> DepartmentContact {
        DepartmentContact(phone: inherited(id, \.phone), openingHours: inherited(id, \.openingHours) ?? settings.openingHours)
    }

    /// The names from the top department down to `id`, e.g. ["Teknik og Miljø", "Byggeri"].
    public func departmentPath(_ id: DepartmentID) -> [String] {
        var names: [String] = []
        var current: DepartmentID? = id
        var seen: Set<DepartmentID> = []
        while let currentID = current, let department = department(currentID), seen.insert(currentID).inserted {
            names.append(department.name)
            current = department.parent
        }
        return names.reversed()
    }
}
