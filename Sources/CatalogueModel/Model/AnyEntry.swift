/// An entry of any of the four kinds, for the code that handles them all alike: loading,
/// editing, writing and removing.
public enum AnyEntry: Sendable, Equatable {
    case department(Department)
    case employee(Employee)
    case task(CatalogueTask)
    case area(Area)

    public var kind: EntryKind {
        switch self {
        case .department: return .department
        case .employee: return .employee
        case .task: return .task
        case .area: return .area
        }
    }

    /// The entry's id, its file name without extension.
    public var id: String {
        switch self {
        case .department(let entry): return entry.id.rawValue
        case .employee(let entry): return entry.id.rawValue
        case .task(let entry): return entry.id.rawValue
        case .area(let entry): return entry.id.rawValue
        }
    }

    /// What a person calls the entry: a name, or a task's title.
    public var name: String {
        switch self {
        case .department(let entry): return entry.name
        case .employee(let entry): return entry.name
        case .task(let entry): return entry.title
        case .area(let entry): return entry.name
        }
    }

    /// The department an employee or a task belongs to, to tell apart entries of the same name.
    /// When the entry was last confirmed in a review round (`YYYY-MM-DD`); areas are not reviewed.
    public var reviewed: String? {
        switch self {
        case .department(let value): value.reviewed
        case .employee(let value): value.reviewed
        case .task(let value): value.reviewed
        case .area: nil
        }
    }

    public var departmentID: DepartmentID? {
        switch self {
        case .employee(let value): return value.department
        case .task(let value): return value.department
        case .department(let value): return value.parent
        case .area: return nil
        }
    }
}

extension Catalogue {
    /// The entry of `kind` with `id`, or nil.
    public func entry(_ kind: EntryKind, _ id: String) -> AnyEntry? {
        switch kind {
        case .department: return department(DepartmentID(id)).map(AnyEntry.department)
        case .employee: return employee(EmployeeID(id)).map(AnyEntry.employee)
        case .task: return task(TaskID(id)).map(AnyEntry.task)
        case .area: return area(AreaID(id)).map(AnyEntry.area)
        }
    }

    /// Every entry of `kind`, in the catalogue's order.
    public func entries(_ kind: EntryKind) -> [AnyEntry] {
        switch kind {
        case .department: return departments.map(AnyEntry.department)
        case .employee: return employees.map(AnyEntry.employee)
        case .task: return tasks.map(AnyEntry.task)
        case .area: return areas.map(AnyEntry.area)
        }
    }

    /// Adds the entry, or replaces the one of the same kind and id.
    public mutating func put(_ entry: AnyEntry) {
        switch entry {
        case .department(let value): departments.upsert(value)
        case .employee(let value): employees.upsert(value)
        case .task(let value): tasks.upsert(value)
        case .area(let value): areas.upsert(value)
        }
    }

    /// Removes the entry of `kind` with `id`; returns it, or nil when there was none.
    @discardableResult
    public mutating func remove(_ kind: EntryKind, _ id: String) -> AnyEntry? {
        switch kind {
        case .department: return departments.remove(DepartmentID(id)).map(AnyEntry.department)
        case .employee: return employees.remove(EmployeeID(id)).map(AnyEntry.employee)
        case .task: return tasks.remove(TaskID(id)).map(AnyEntry.task)
        case .area: return areas.remove(AreaID(id)).map(AnyEntry.area)
        }
    }
}
