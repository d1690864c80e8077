import CatalogueModel

/// What changed between two versions of a catalogue, by meaning rather than by file: who joined,
/// left or moved, which tasks were handed over, which areas entered the external version, which
/// departments were renamed. The one source of `changes`, of the internal catalogue's "Nyt siden
/// sidste udgave" and of the edition's cover mail.
public struct EditionChanges: Sendable, Equatable {
    /// One change to one entry, with the names a reader knows it by.
    public struct Change: Sendable, Equatable {
        public var kind: EntryKind
        /// The entry's id now (before, when it was removed).
        public var id: String
        /// Its name (a task's title) now (before, when it was removed).
        public var name: String
        /// The id it had in the earlier version, when `rename` gave it a new one.
        public var formerID: String?
        public var what: What
    }

    /// What happened to the entry.
    public enum What: Sendable, Equatable {
        /// New: for a person their title and department, for a task its primary person, for a department its parent.
        case added(detail: String?)
        case removed
        /// A new name (a task's title); the entry may also have a new id (`formerID`).
        case renamed(from: String)
        /// A person, task or department (its parent; nil at the top) in another department.
        case movedDepartment(from: String?, to: String?)
        /// A task in another area.
        case movedArea(from: String, to: String)
        /// A person's job title.
        case newTitle(from: String, to: String)
        /// A person's phone, mobile or mail; a department's phone, mail or opening hours.
        case newContact([FieldChange])
        case newDeputy(from: String?, to: String?)
        /// The primary person left the task to someone who did not hold it.
        case handedOver(from: String, to: String)
        /// Another of the task's people became its primary person.
        case newPrimary(from: String, to: String)
        case backups(added: [String], removed: [String])
        /// A task's keywords, which the switchboard finds it by.
        case keywords(added: [String], removed: [String])
        /// A task's KLE numbers.
        case kle(added: [String], removed: [String])
        /// A task's description, which colleagues read as their job description.
        case newDescription
        /// An area, or a task of its own accord (its audience), that the external version now
        /// shows, or no longer shows.
        case enteredExternal
        case leftExternal
    }

    /// A contact detail before and after (nil: none).
    public struct FieldChange: Sendable, Equatable {
        public var field: ContactField
        public var from: String?
        public var to: String?
    }

    /// The contact details a change names.
    public enum ContactField: String, Sendable, Equatable {
        case phone, mobile, mail, openingHours
    }

    /// Every change, people first, then tasks, areas and departments, each in Danish order of name.
    public var changes: [Change]

    public var isEmpty: Bool { changes.isEmpty }

    /// The changes since an earlier version, and how a reader names it ("2026, 2. udgave").
    public struct Since: Sendable, Equatable {
        public var changes: EditionChanges
        public var label: String

        public init(_ changes: EditionChanges, label: String) {
            self.changes = changes
            self.label = label
        }
    }

    /// The changes of one kind, in order.
    public func of(_ kind: EntryKind) -> [Change] { changes.filter { $0.kind == kind } }

    /// The kinds in the order the changes are told: people, tasks, areas, departments.
    public static let kindOrder: [EntryKind] = [.employee, .task, .area, .department]

    /// The changes from `before` to `after`. An entry that `rename` gave a new id is the same
    /// entry, recognised by a name that stayed or by every reference following it.
    public static func between(_ before: Catalogue, _ after: Catalogue) -> EditionChanges {
        var earlier = before
        var formerIDs: [EntryKind: [String: String]] = [:]
        for kind in EntryKind.allCases {
            for (old, new) in renamedIDs(kind, before, after) {
                earlier.rename(kind, old, to: new)
                formerIDs[kind, default: [:]][new] = old
            }
        }
        var found: [Change] = []
        found += employees(earlier, after)
        found += tasks(earlier, after)
        found += areas(earlier, after)
        found += departments(earlier, after)
        for index in found.indices { found[index].formerID = formerIDs[found[index].kind]?[found[index].id] }
        let ordered = kindOrder.flatMap { kind in
            // Each entry's changes together, entries in Danish order of name.
            let entries = DanishOrder.sorted(found.filter { $0.kind == kind }, by: \.name, \.id)
            var rank: [String: Int] = [:]
            for (position, change) in entries.enumerated() where rank[change.id] == nil { rank[change.id] = position }
            return entries.sorted { (rank[$0.id] ?? 0, $0.what.order) < (rank[$1.id] ?? 0, $1.what.order) }
        }
        return EditionChanges(changes: ordered)
    }

    /// Pairs of an id gone and an id new that name the same entry: the same name, or, for a
    /// department or an area, most of the entries that referred to the old id referring to the
    /// new one (what `rename` leaves, even when someone has moved since). A person who left and
    /// handed everything to a newcomer is not renamed, so people and tasks pair by name only.
    private static func renamedIDs(_ kind: EntryKind, _ before: Catalogue, _ after: Catalogue) -> [(String, String)] {
        let gone = before.entries(kind).filter { after.entry(kind, $0.id) == nil }
        var new = after.entries(kind).filter { before.entry(kind, $0.id) == nil }
        var pairs: [(String, String)] = []
        func referrers(_ catalogue: Catalogue, _ id: String) -> Set<String> {
            Set(catalogue.references(to: kind, id).map { "\($0.kind.rawValue)/\($0.id)/\($0.field)" })
        }
        for old in gone {
            let referring = referrers(before, old.id)
            let shared = new.map { referrers(after, $0.id).intersection(referring).count }
            let best = shared.indices.max { shared[$0] < shared[$1] }
            let units = kind == .department || kind == .area
            let followed = best.flatMap { units && shared[$0] > 0 && shared[$0] * 2 >= referring.count ? $0 : nil }
            guard let match = new.firstIndex(where: { $0.name == old.name }) ?? followed else { continue }
            pairs.append((old.id, new[match].id))
            new.remove(at: match)
        }
        return pairs
    }

    private static func employees(_ before: Catalogue, _ after: Catalogue) -> [Change] {
        var found: [Change] = []
        func change(_ employee: Employee, _ what: What) -> Change {
            Change(kind: .employee, id: employee.id.rawValue, name: employee.name, what: what)
        }
        for old in before.employees where after.employee(old.id) == nil { found.append(change(old, .removed)) }
        for new in after.employees {
            guard let old = before.employee(new.id) else {
                found.append(change(new, .added(detail: new.title + ", " + name(of: new.department, after))))
                continue
            }
            if old.name != new.name { found.append(change(new, .renamed(from: old.name))) }
            if old.department != new.department {
                found.append(change(new, moved(old.department, new.department, before, after)))
            }
            if old.title != new.title { found.append(change(new, .newTitle(from: old.title, to: new.title))) }
            let fields = contactChanges(old, new, [(.phone, \.phone), (.mobile, \.mobile), (.mail, \.mail)])
            if !fields.isEmpty { found.append(change(new, .newContact(fields))) }
            if old.deputy != new.deputy {
                found.append(change(new, .newDeputy(from: old.deputy.map { person($0, before) },
                                                    to: new.deputy.map { person($0, after) })))
            }
        }
        return found
    }

    private static func tasks(_ before: Catalogue, _ after: Catalogue) -> [Change] {
        var found: [Change] = []
        func change(_ task: CatalogueTask, _ what: What) -> Change {
            Change(kind: .task, id: task.id.rawValue, name: task.title, what: what)
        }
        for old in before.tasks where after.task(old.id) == nil { found.append(change(old, .removed)) }
        for new in after.tasks {
            guard let old = before.task(new.id) else {
                found.append(change(new, .added(detail: new.responsible.first.map { person($0, after) })))
                continue
            }
            if old.title != new.title { found.append(change(new, .renamed(from: old.title))) }
            if old.area != new.area {
                found.append(change(new, .movedArea(from: before.area(old.area)?.name ?? old.area.rawValue,
                                                    to: after.area(new.area)?.name ?? new.area.rawValue)))
            }
            if old.department != new.department {
                found.append(change(new, moved(old.department, new.department, before, after)))
            }
            var involved: Set<EmployeeID> = []
            if let was = old.responsible.first, let now = new.responsible.first, was != now {
                involved = [was, now]
                found.append(change(new, new.responsible.contains(was)
                                    ? .newPrimary(from: person(was, before), to: person(now, after))
                                    : .handedOver(from: person(was, before), to: person(now, after))))
            }
            let oldBackups = Set(old.responsible.dropFirst()), newBackups = Set(new.responsible.dropFirst())
            let added = new.responsible.dropFirst().filter { !oldBackups.contains($0) && !involved.contains($0) }
            let removed = old.responsible.dropFirst().filter { !newBackups.contains($0) && !involved.contains($0) }
            if !added.isEmpty || !removed.isEmpty {
                found.append(change(new, .backups(added: added.map { person($0, after) },
                                                  removed: removed.map { person($0, before) })))
            }
            let keywords = difference(old.keywords, new.keywords)
            if !keywords.added.isEmpty || !keywords.removed.isEmpty { found.append(change(new, .keywords(added: keywords.added, removed: keywords.removed))) }
            let kle = difference(old.kle, new.kle)
            if !kle.added.isEmpty || !kle.removed.isEmpty { found.append(change(new, .kle(added: kle.added, removed: kle.removed))) }
            if trimmed(old.description) != trimmed(new.description) { found.append(change(new, .newDescription)) }
            // A task that enters or leaves the web version with its area is told with the area.
            if old.audience != new.audience, ExternalFilter.publishes(old, before) != ExternalFilter.publishes(new, after) {
                found.append(change(new, ExternalFilter.publishes(new, after) ? .enteredExternal : .leftExternal))
            }
        }
        return found
    }

    /// What a list has that it did not have, and what it lost, each in its own order.
    private static func difference(_ old: [String], _ new: [String]) -> (added: [String], removed: [String]) {
        let had = Set(old), has = Set(new)
        return (new.filter { !had.contains($0) }, old.filter { !has.contains($0) })
    }

    /// A description without the blank lines and spaces at its ends, which no reader sees.
    private static func trimmed(_ text: String) -> Substring {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }), let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return text[first...last]
    }

    /// The contact details that differ between two versions of an entry, in the order given.
    private static func contactChanges<Entry>(_ old: Entry, _ new: Entry, _ fields: [(ContactField, KeyPath<Entry, String?>)]) -> [FieldChange] {
        fields.compactMap { field, path in
            old[keyPath: path] == new[keyPath: path] ? nil : FieldChange(field: field, from: old[keyPath: path], to: new[keyPath: path])
        }
    }

    private static func areas(_ before: Catalogue, _ after: Catalogue) -> [Change] {
        var found: [Change] = []
        func change(_ area: Area, _ what: What) -> Change {
            Change(kind: .area, id: area.id.rawValue, name: area.name, what: what)
        }
        for old in before.areas where after.area(old.id) == nil {
            found.append(change(old, .removed))
            if old.significantBusinessContact { found.append(change(old, .leftExternal)) }
        }
        for new in after.areas {
            let old = before.area(new.id)
            if old == nil { found.append(change(new, .added(detail: nil))) }
            if let old, old.name != new.name { found.append(change(new, .renamed(from: old.name))) }
            // The external version shows exactly the areas with significant business contact (ExternalFilter).
            let was = old?.significantBusinessContact ?? false
            if new.significantBusinessContact != was {
                found.append(change(new, new.significantBusinessContact ? .enteredExternal : .leftExternal))
            }
        }
        return found
    }

    private static func departments(_ before: Catalogue, _ after: Catalogue) -> [Change] {
        var found: [Change] = []
        func change(_ department: Department, _ what: What) -> Change {
            Change(kind: .department, id: department.id.rawValue, name: department.name, what: what)
        }
        for old in before.departments where after.department(old.id) == nil { found.append(change(old, .removed)) }
        for new in after.departments {
            guard let old = before.department(new.id) else {
                found.append(change(new, .added(detail: new.parent.map { name(of: $0, after) })))
                continue
            }
            if old.name != new.name { found.append(change(new, .renamed(from: old.name))) }
            // How callers and the switchboard reach the department.
            let fields = contactChanges(old, new, [(.phone, \.phone), (.mail, \.mail), (.openingHours, \.openingHours)])
            if !fields.isEmpty { found.append(change(new, .newContact(fields))) }
            if old.parent != new.parent {
                found.append(change(new, .movedDepartment(from: old.parent.map { name(of: $0, before) },
                                                          to: new.parent.map { name(of: $0, after) })))
            }
        }
        return found
    }

    /// A person or task now in another department.
    private static func moved(_ old: DepartmentID, _ new: DepartmentID, _ before: Catalogue, _ after: Catalogue) -> What {
        .movedDepartment(from: name(of: old, before), to: name(of: new, after))
    }

    private static func name(of department: DepartmentID, _ catalogue: Catalogue) -> String {
        catalogue.department(department)?.name ?? department.rawValue
    }

    private static func person(_ id: EmployeeID, _ catalogue: Catalogue) -> String {
        catalogue.employee(id)?.name ?? id.rawValue
    }
}

extension EditionChanges.What {
    /// The order of an entry's changes: what it is before what happened to it.
    var order: Int {
        switch self {
        case .added: 0
        case .removed: 1
        case .renamed: 2
        case .movedDepartment: 3
        case .movedArea: 4
        case .newTitle: 5
        case .newContact: 6
        case .newDeputy: 7
        case .handedOver, .newPrimary: 8
        case .backups: 9
        case .keywords: 10
        case .kle: 11
        case .newDescription: 12
        case .enteredExternal, .leftExternal: 13
        }
    }
}
