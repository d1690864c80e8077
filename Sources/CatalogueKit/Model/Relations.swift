/// The relations between entries that commands and publications show: who holds which task,
/// which departments nest in which, and the orders entries are listed in.
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

    /// A person's part in a task.
    public enum Role: String, Sendable {
        case primary, backup
    }

    /// The tasks an employee holds, with their role in each, in Danish title order.
    public func tasks(heldBy id: EmployeeID) -> [(task: CatalogueTask, role: Role)] {
        DanishOrder.sorted(tasks.compactMap { task in
            task.responsible.firstIndex(of: id).map { (task, $0 == 0 ? Role.primary : .backup) }
        }, by: \.task.title, \.task.id.rawValue)
    }

    /// The people responsible for a task, in order, as far as they exist.
    public func people(of task: CatalogueTask) -> [Employee] {
        task.responsible.compactMap(employee)
    }

    /// The employees whose deputy `id` is, in Danish name order.
    public func deputising(for id: EmployeeID) -> [Employee] {
        DanishOrder.sorted(employees.filter { $0.deputy == id }, by: \.name, \.id.rawValue)
    }

    /// A department and every department nested below it.
    public func subtree(of id: DepartmentID) -> Set<DepartmentID> {
        var result: Set<DepartmentID> = [id]
        var frontier = [id]
        while let current = frontier.popLast() {
            for child in departments where child.parent == current && !result.contains(child.id) {
                result.insert(child.id)
                frontier.append(child.id)
            }
        }
        return result
    }

    /// Departments directly below `parent` (nil: the top level), by sort order, then name.
    public func children(of parent: DepartmentID?) -> [Department] {
        let known = Set(departments.map(\.id))
        // A department whose parent does not exist is shown at the top rather than lost.
        let below = departments.filter { parent == nil ? ($0.parent == nil || !known.contains($0.parent!)) : $0.parent == parent }
        return Self.bySortOrder(below, sortOrder: \.sortOrder, name: \.name)
    }

    /// Every department in reading order: each followed by those nested in it, with its depth (0 = top).
    public func departmentTree() -> [(department: Department, depth: Int)] {
        var result: [(Department, Int)] = []
        var visited: Set<DepartmentID> = []
        func visit(_ parent: DepartmentID?, _ depth: Int) {
            for child in children(of: parent) where visited.insert(child.id).inserted {
                result.append((child, depth))
                visit(child.id, depth + 1)
            }
        }
        visit(nil, 0)
        // Departments caught in a parent loop have no way down from the top; list them last.
        for department in departments where !visited.contains(department.id) { result.append((department, 0)) }
        return result
    }

    /// The names from the top department down to `id`, e.g. ["Teknik og Miljø", "Byggeri"].
    public func departmentPath(_ id: DepartmentID) -> [String] {
        var names: [String] = []
        var current: DepartmentID? = id
        var seen: Set<DepartmentID> = []
        while let currentID = current, let department = department(currentID), seen.insert(currentID).inserted {
            names.insert(department.name, at: 0)
            current = department.parent
        }
        return names
    }

    /// Areas by sort order, then name.
    public var areasInOrder: [Area] { Self.bySortOrder(areas, sortOrder: \.sortOrder, name: \.name) }

    /// The tasks of an area in Danish title order.
    public func tasks(in area: AreaID) -> [CatalogueTask] {
        DanishOrder.sorted(tasks.filter { $0.area == area }, by: \.title, \.id.rawValue)
    }

    /// The employees of a department (not its sub-departments), in Danish name order.
    public func employees(in department: DepartmentID) -> [Employee] {
        DanishOrder.sorted(employees.filter { $0.department == department }, by: \.name, \.id.rawValue)
    }

    /// Entries with a sort order first, in that order; then the rest; names, then ids, break ties.
    static func bySortOrder<T: Identifiable>(_ values: [T], sortOrder: (T) -> Int?, name: @escaping (T) -> String) -> [T] where T.ID: CustomStringConvertible {
        let byName = DanishOrder.sorted(values, by: name, { $0.id.description })
        return byName.enumerated().sorted { a, b in
            let orderA = sortOrder(a.element) ?? Int.max, orderB = sortOrder(b.element) ?? Int.max
            return orderA != orderB ? orderA < orderB : a.offset < b.offset
        }.map(\.element)
    }
}
