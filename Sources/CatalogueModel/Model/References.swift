/// Where entries refer to one another by id, found and changed in one place, so that
/// `remove`, `rename` and `reassign` all follow the same references.
public struct Reference: Sendable, Equatable {
    /// The entry that refers.
    public var kind: EntryKind
    public var id: String
    /// The field that holds the reference, e.g. "responsible" or "deputy".
    public var field: String
    /// For a list, the position (0 is the primary person of a task).
    public var position: Int?
}

extension Catalogue {
    /// Every reference to the entry of `kind` with `id`, in kind and id order.
    public func references(to kind: EntryKind, _ id: String) -> [Reference] {
        var found: [Reference] = []
        switch kind {
        case .employee:
            for task in tasks {
                for (position, person) in task.responsible.enumerated() where person.rawValue == id {
                    found.append(Reference(kind: .task, id: task.id.rawValue, field: "responsible", position: position))
                }
            }
            for employee in employees where employee.deputy?.rawValue == id {
                found.append(Reference(kind: .employee, id: employee.id.rawValue, field: "deputy"))
            }
            for employee in employees where employee.absence?.cover.rawValue == id {
                found.append(Reference(kind: .employee, id: employee.id.rawValue, field: "absence.cover"))
            }
            for department in departments where department.head?.rawValue == id {
                found.append(Reference(kind: .department, id: department.id.rawValue, field: "head"))
            }
        case .department:
            for department in departments where department.parent?.rawValue == id {
                found.append(Reference(kind: .department, id: department.id.rawValue, field: "parent"))
            }
            for employee in employees where employee.department.rawValue == id {
                found.append(Reference(kind: .employee, id: employee.id.rawValue, field: "department"))
            }
            for task in tasks where task.department.rawValue == id {
                found.append(Reference(kind: .task, id: task.id.rawValue, field: "department"))
            }
            for area in areas where area.contactDepartment.rawValue == id {
                found.append(Reference(kind: .area, id: area.id.rawValue, field: "contactDepartment"))
            }
        case .area:
            for task in tasks where task.area.rawValue == id {
                found.append(Reference(kind: .task, id: task.id.rawValue, field: "area"))
            }
        case .task:
            break
        }
        return found.sorted { ($0.kind.order, $0.id, $0.field) < ($1.kind.order, $1.id, $1.field) }
    }

    /// Makes every reference to `id` (of `kind`) point at `successor` instead. A person keeps
    /// their place in a task's list, unless the successor is already listed, who then stays
    /// where they are (never listed twice). An entry that would come to refer to itself gets
    /// the next step instead: a successor whose deputy was `id` gets `id`'s own deputy (or none,
    /// when that is the successor), a department the removed department's parent. Returns the
    /// references changed.
    @discardableResult
    public mutating func redirect(_ kind: EntryKind, from id: String, to successor: String) -> [Reference] {
        let changed = references(to: kind, id)
        switch kind {
        case .employee:
            let old = EmployeeID(id), new = EmployeeID(successor)
            let nextDeputy = employee(old)?.deputy.flatMap { $0 == new ? nil : $0 }
            for reference in changed {
                switch reference.field {
                case "responsible":
                    tasks.update(TaskID(reference.id)) { task in
                        guard let position = task.responsible.firstIndex(of: old) else { return }
                        if task.responsible.contains(new) { task.responsible.remove(at: position) } else { task.responsible[position] = new }
                    }
                case "absence.cover":
                    employees.update(EmployeeID(reference.id)) { $0.absence?.cover = new }
                case "head":
                    departments.update(DepartmentID(reference.id)) { $0.head = new }
                default:
                    employees.update(EmployeeID(reference.id)) { $0.deputy = $0.id == new ? nextDeputy : new }
                }
            }
        case .department:
            let old = DepartmentID(id), new = DepartmentID(successor)
            let grandparent = department(old)?.parent
            for reference in changed {
                switch reference.field {
                case "parent": departments.update(DepartmentID(reference.id)) { $0.parent = $0.id == new ? grandparent : new }
                case "department" where reference.kind == .employee: employees.update(EmployeeID(reference.id)) { $0.department = new }
                case "department": tasks.update(TaskID(reference.id)) { $0.department = new }
                default: areas.update(AreaID(reference.id)) { $0.contactDepartment = new }
                }
            }
        case .area:
            for reference in changed { tasks.update(TaskID(reference.id)) { $0.area = AreaID(successor) } }
        case .task:
            break
        }
        return changed
    }

    /// Gives the entry of `kind` with `id` the id `newID`, and every reference to it with it.
    public mutating func rename(_ kind: EntryKind, _ id: String, to newID: String) {
        guard var entry = remove(kind, id) else { return }
        switch entry {
        case .department(var value): value.id = DepartmentID(newID); entry = .department(value)
        case .employee(var value): value.id = EmployeeID(newID); entry = .employee(value)
        case .task(var value): value.id = TaskID(newID); entry = .task(value)
        case .area(var value): value.id = AreaID(newID); entry = .area(value)
        }
        put(entry)
        redirect(kind, from: id, to: newID)
    }
}

extension EntryKind {
    /// The order kinds are listed in: as in the README, departments first.
    package var order: Int { EntryKind.allCases.firstIndex(of: self) ?? 0 }
}
