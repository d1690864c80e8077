import CatalogueModel

/// Who carries which tasks, worked out for the update round, when the catalogue is "a tool for
/// distributing new tasks": the load per person and per department, and the weak spots (people
/// with nothing, tasks with no backup, people who alone hold several tasks, backups and deputies
/// from another department, areas for businesses with nothing to show them).
public struct TaskLoad: Sendable, Equatable {
    /// One person's load.
    public struct Person: Sendable, Equatable {
        public var id: String
        public var name: String
        public var department: String
        /// Tasks they hold as primary person, and as backup.
        public var primary: Int
        public var backup: Int
        public var total: Int { primary + backup }
    }

    /// One department's load: the tasks it owns and the people who work in it (its teams apart).
    public struct Unit: Sendable, Equatable {
        public var id: String
        public var name: String
        public var depth: Int
        public var tasks: Int
        public var people: Int
    }

    /// A task named by id and title, with its primary person.
    public struct TaskRef: Sendable, Equatable {
        public var id: String
        public var title: String
        public var primary: String?
    }

    /// A person who alone holds several tasks: nobody can take over while they are away.
    public struct SolePerson: Sendable, Equatable {
        public var person: String
        public var id: String
        public var tasks: [String]
    }

    /// A backup on a task of another department, or a deputy in another department than the person.
    public struct Across: Sendable, Equatable {
        public enum Role: String, Sendable, Equatable { case backup, deputy }
        public var role: Role
        /// The backup or the deputy, and their department.
        public var person: String
        public var personDepartment: String
        /// The task (for a backup) or the person deputised for, and their department.
        public var of: String
        public var ofDepartment: String
    }

    /// Everyone, most tasks first, then in Danish name order.
    public var people: [Person]
    /// The departments in reading order.
    public var units: [Unit]
    /// People who hold no task, in Danish name order.
    public var withoutTasks: [Person]
    public var withoutBackup: [TaskRef]
    public var soleHolders: [SolePerson]
    public var across: [Across]
    /// Areas with significant business contact but no external task: the external page shows them empty.
    public var areasWithoutExternalTask: [String]
    /// The review round in progress, and the departments, people and tasks not yet confirmed in it.
    public var round: String?
    public var notConfirmed: [Unconfirmed]

    /// An entry not confirmed in the current round.
    public struct Unconfirmed: Sendable, Equatable {
        public var kind: EntryKind
        public var id: String
        public var name: String
    }

    /// The load of every person and department of the catalogue `relations` was made from.
    public init(_ relations: Relations) {
        let catalogue = relations.catalogue
        func departmentName(_ id: DepartmentID) -> String { catalogue.department(id)?.name ?? id.rawValue }
        let everyone = relations.employeesInOrder.map { employee in
            let held = relations.tasks(heldBy: employee.id)
            return Person(id: employee.id.rawValue, name: employee.name, department: departmentName(employee.department),
                          primary: held.filter { $0.role == .primary }.count, backup: held.filter { $0.role == .backup }.count)
        }
        // A stable sort: equal loads stay in name order.
        people = everyone.enumerated().sorted { ($1.element.total, $0.offset) < ($0.element.total, $1.offset) }.map(\.element)
        withoutTasks = everyone.filter { $0.total == 0 }
        units = relations.departmentTree.map { item in
            Unit(id: item.department.id.rawValue, name: item.department.name, depth: item.depth,
                 tasks: catalogue.tasks.filter { $0.department == item.department.id }.count,
                 people: relations.employees(in: item.department.id).count)
        }
        withoutBackup = relations.tasksInOrder.filter { Set($0.responsible).count < 2 }.map { task in
            TaskRef(id: task.id.rawValue, title: task.title, primary: task.responsible.first.map { catalogue.employee($0)?.name ?? $0.rawValue })
        }
        soleHolders = relations.employeesInOrder.compactMap { employee in
            let alone = relations.tasks(heldBy: employee.id).map(\.task).filter { Set($0.responsible) == [employee.id] }
            return alone.count < 2 ? nil : SolePerson(person: employee.name, id: employee.id.rawValue, tasks: alone.map(\.title))
        }
        var across: [Across] = []
        for task in relations.tasksInOrder {
            for backup in relations.people(of: task).dropFirst() where backup.department != task.department {
                across.append(Across(role: .backup, person: backup.name, personDepartment: departmentName(backup.department),
                                     of: task.title, ofDepartment: departmentName(task.department)))
            }
        }
        for employee in relations.employeesInOrder {
            guard let deputy = employee.deputy.flatMap(catalogue.employee), deputy.department != employee.department else { continue }
            across.append(Across(role: .deputy, person: deputy.name, personDepartment: departmentName(deputy.department),
                                 of: employee.name, ofDepartment: departmentName(employee.department)))
        }
        self.across = across
        areasWithoutExternalTask = relations.areasInOrder.filter { area in
            area.significantBusinessContact && !relations.tasks(in: area.id).contains { $0.audience == .external }
        }.map(\.name)
        round = catalogue.settings.reviewRound
        notConfirmed = round == nil ? [] : relations.departmentTree.flatMap { catalogue.reviewedWith($0.department) }
            .filter { !catalogue.isConfirmedInRound($0) }.map { Unconfirmed(kind: $0.kind, id: $0.id, name: $0.name) }
    }
}
