import CatalogueModel
import CatalogueStorage
import KLE

/// The checks `catalogue check` runs on top of loading: references resolve, departments do not
/// loop, values have the right shape, and every task has someone responsible.
public enum Validator {
    /// Every problem found in a loaded catalogue, including those found while loading, in file
    /// order. `today` is the day absences are judged on (over, or open for more than a year), and
    /// the entries not confirmed for longer than the catalogue allows (`not-reviewed`). The values' shapes
    /// are checked on up to `threads` threads; the result is the same on any number.
    public static func check(_ loaded: LoadedCatalogue, today: CalendarDay? = nil, threads: Int? = nil) -> [Diagnostic] {
        let threads = threads ?? Parallel.defaultThreads
        // Shared phones and mails are looked for on another core while the entries are checked.
        let (found, shared) = Parallel.both(threads: threads, { entries(loaded, today: today, threads: threads) },
                                            { sharedContacts(loaded.catalogue) { location(in: loaded, $0, $1, $2) } })
        return accepting(found + shared, loaded).sortedByLocation()
    }

    /// Where the value at `keyPath` of an entry (nil: the settings) stands.
    private static func location(in loaded: LoadedCatalogue, _ kind: EntryKind?, _ id: String, _ keyPath: String) -> SourceLocation {
        loaded.location(kind.map { $0.path(for: id) } ?? settingsFileName, keyPath)
    }

    /// The problems found while loading, and those of each entry and its references.
    private static func entries(_ loaded: LoadedCatalogue, today: CalendarDay?, threads: Int) -> [Diagnostic] {
        var found = loaded.diagnostics
        let catalogue = loaded.catalogue
        func at(_ kind: EntryKind?, _ id: String, _ keyPath: String) -> SourceLocation { location(in: loaded, kind, id, keyPath) }
        var candidates: [EntryKind: [Suggestion.Candidate]] = [:]
        // Counted once per missing person, not once per place that names them (each count scans the catalogue).
        var namedCounts: [String: Int] = [:]
        func timesNamed(_ id: String) -> Int {
            if let count = namedCounts[id] { return count }
            let count = catalogue.references(to: .employee, id).count
            namedCounts[id] = count
            return count
        }
        /// `preferring`: the referring entry's department, whose people are the likelier meaning of a near miss.
        func reference<Kind>(_ value: EntryID<Kind>?, among ids: Set<EntryID<Kind>>, kind: EntryKind, from: EntryKind, _ id: String, _ keyPath: String,
                             preferring department: DepartmentID? = nil) {
            // A blank reference is a missing field, reported as such when the file was read.
            guard let value, !value.rawValue.isEmpty, !ids.contains(value), !loaded.couldNotRead(kind, value.rawValue) else { return }
            if candidates[kind] == nil { candidates[kind] = catalogue.suggestionCandidates(of: kind).sorted { $0.id < $1.id } }
            // A valid id named in several places is most likely someone who has left: one command fixes them all.
            let named = kind == .employee && EntryID<Never>.problem(with: value.rawValue) == nil ? timesNamed(value.rawValue) : 0
            found.append(unresolved(at(from, id, keyPath), key: keyPath, value: value.rawValue, kind: kind,
                                    known: candidates[kind] ?? [], preferring: department, namedTimes: named))
        }
        // Values whose shape is checked, all at the end and on every core: the checks are the
        // larger part of the work and independent of each other.
        var shapes: [ShapedValue] = []
        func shape(_ value: String?, _ kind: EntryKind?, _ id: String, _ keyPath: String, _ check: ValueShape) {
            guard let value else { return }
            shapes.append(ShapedValue(value: value, kind: kind, id: id, keyPath: keyPath, shape: check))
        }

        let departmentIDs = Set(catalogue.departments.map(\.id))
        let employeeIDs = Set(catalogue.employees.map(\.id))
        let areaIDs = Set(catalogue.areas.map(\.id))

        let settings = catalogue.settings
        shape(settings.oneEntryPhone, nil, "", "oneEntryPhone", .phone)
        shape(settings.oneEntryMail, nil, "", "oneEntryMail", .mail)
        shape(settings.switchboardPhone, nil, "", "switchboardPhone", .phone)
        shape(settings.website, nil, "", "website", .web)
        shape(settings.accessibilityStatement, nil, "", "accessibilityStatement", .web)
        for (position, mail) in settings.distribution.enumerated() { shape(mail, nil, "", "distribution[\(position)]", .mail) }
        for (key, value) in [("reviewStarted", settings.reviewStarted), ("reviewDue", settings.reviewDue)] { shape(value, nil, "", key, .date) }
        for entry in reviewed(catalogue) { shape(entry.day, entry.kind, entry.id, "reviewed", .date) }
        if let today { found += notReviewed(catalogue, today: today, at: at) }

        for department in catalogue.departments {
            let id = department.id.rawValue
            reference(department.parent, among: departmentIDs, kind: .department, from: .department, id, "parent")
            reference(department.head, among: employeeIDs, kind: .employee, from: .department, id, "head")
            shape(department.phone, .department, id, "phone", .phone)
            shape(department.mail, .department, id, "mail", .mail)
            shape(department.web, .department, id, "web", .web)
        }
        found += parentCycles(catalogue.departments).map { cycle in
            .at(at(.department, cycle[0].rawValue, "parent"), .parentLoop(chain: cycle.map(\.rawValue)))
        }

        // With a task file or tasks/ unread, who holds which task is unknown: no warnings that guess.
        let tasksUnknown = loaded.unreadableKinds.contains(.task) || loaded.unreadable.contains { $0.hasPrefix(EntryKind.task.folder + "/") }
        var tasksHeld: [EmployeeID: Int] = [:]
        for task in catalogue.tasks {
            let id = task.id.rawValue
            reference(task.department, among: departmentIDs, kind: .department, from: .task, id, "department")
            reference(task.area, among: areaIDs, kind: .area, from: .task, id, "area")
            var seen: Set<EmployeeID> = []
            for (position, person) in task.responsible.enumerated() {
                reference(person, among: employeeIDs, kind: .employee, from: .task, id, "responsible[\(position)]", preferring: task.department)
                if !seen.insert(person).inserted {
                    found.append(.at(at(.task, id, "responsible[\(position)]"), .repeatedResponsible(value: person.rawValue)))
                }
                tasksHeld[person, default: 0] += 1
            }
            if let primary = task.responsible.first.flatMap(catalogue.employee), primary.phone == nil {
                found.append(.at(at(.task, id, "responsible[0]"), .primaryWithoutPhone(employee: primary.id.rawValue)))
            }
            // A list whose every entry was already reported as a bad id is not also "empty".
            // A missing list was reported as a missing field when the file was read.
            let listsSomeone = loaded.positions[EntryKind.task.path(for: id)].map { $0["responsible[0]"] != nil || $0["responsible"] == nil } ?? true
            switch seen.count {
            case 0: if !listsSomeone { found.append(.at(at(.task, id, "responsible"), .noResponsible)) }
            case 1: found.append(.at(at(.task, id, "responsible"), .noBackup))
            default: break
            }
            for (position, kle) in task.kle.enumerated() { shape(kle, .task, id, "kle[\(position)]", .kle) }
            for (position, link) in task.links.enumerated() { shape(link.url, .task, id, "links[\(position)].url", .web) }
        }

        for employee in catalogue.employees {
            let id = employee.id.rawValue
            reference(employee.department, among: departmentIDs, kind: .department, from: .employee, id, "department")
            reference(employee.deputy, among: employeeIDs, kind: .employee, from: .employee, id, "deputy", preferring: employee.department)
            if employee.deputy == employee.id { found.append(.at(at(.employee, id, "deputy"), .ownDeputy)) }
            found += absenceProblems(employee, in: loaded, today: today) { at(.employee, id, $0) }
            shape(employee.phone, .employee, id, "phone", .phone)
            shape(employee.mobile, .employee, id, "mobile", .phone)
            shape(employee.mail, .employee, id, "mail", .mail)
            if tasksHeld[employee.id] == nil, !tasksUnknown {
                found.append(.at(SourceLocation(file: EntryKind.employee.path(for: id)), .noTasks))
            }
        }

        let areasWithExternalTasks = Set(catalogue.tasks.filter { $0.audience == .external }.map(\.area))
        for area in catalogue.areas {
            let id = area.id.rawValue
            reference(area.contactDepartment, among: departmentIDs, kind: .department, from: .area, id, "contactDepartment")
            if area.significantBusinessContact && !areasWithExternalTasks.contains(area.id) && !tasksUnknown {
                found.append(.at(at(.area, id, "significantBusinessContact"), .areaWithoutExternalTask))
            }
        }
        found += Parallel.map(Parallel.chunks(shapes, threads: threads), threads: threads) { values in
            var kleFindings: [String: (Problem, [Note])?] = [:]
            return values.compactMap { $0.problem(in: loaded, kleFindings: &kleFindings) }
        }.joined()
        return found
    }

    /// What a value must look like.
    private enum ValueShape { case phone, mail, web, kle, date }

    /// A value whose shape is checked, and where it stands.
    private struct ShapedValue: Sendable {
        let value: String
        /// nil for the settings.
        let kind: EntryKind?
        let id: String
        let keyPath: String
        let shape: ValueShape

        /// The problem with the value, or nil when it has its shape. `kleFindings` holds what the
        /// plan said of each KLE number already looked up, since a catalogue names the same ones often.
        func problem(in loaded: LoadedCatalogue, kleFindings: inout [String: (Problem, [Note])?]) -> Diagnostic? {
            // Worked out only for a value that is wrong: finding a line and column costs more than the check.
            var location: SourceLocation { loaded.location(kind.map { $0.path(for: id) } ?? settingsFileName, keyPath) }
            switch shape {
            case .phone: return PhoneNumber(value) == nil ? .at(location, .invalidPhone(key: keyPath, value: value)) : nil
            case .mail: return Formats.isMail(value) ? nil : .at(location, .invalidMail(key: keyPath, value: value))
            case .web: return Formats.isWebAddress(value) ? nil : .at(location, .invalidURL(key: keyPath, value: value))
            case .date: return CalendarDay(iso: value) == nil ? .at(location, .invalidDate(key: keyPath, value: value)) : nil
            case .kle:
                guard Formats.isKLE(value) else { return .at(location, .invalidKLE(key: keyPath, value: value)) }
                let lookup = keyPath + "=" + value
                if kleFindings[lookup] == nil { kleFindings[lookup] = KLECheck.problem(value, key: keyPath, in: loaded.kle) }
                guard let (problem, notes) = kleFindings[lookup] ?? nil else { return nil }
                return .at(location, problem, notes: notes + [Note(.suggestKLE(task: id))])
            }
        }
    }

    /// The day each department, employee and task was last confirmed, if any.
    private static func reviewed(_ catalogue: Catalogue) -> [(kind: EntryKind, id: String, day: String?)] {
        catalogue.departments.map { (.department, $0.id.rawValue, $0.reviewed) } + catalogue.employees.map { (.employee, $0.id.rawValue, $0.reviewed) }
            + catalogue.tasks.map { (.task, $0.id.rawValue, $0.reviewed) }
    }

    /// Two employees with the same direct phone or mobile (either way round), or the same mail:
    /// each is told of the other, since a new colleague given another's line publishes it twice.
    package static func sharedContacts(_ catalogue: Catalogue, at: (EntryKind?, String, String) -> SourceLocation) -> [Diagnostic] {
        var byNumber: [String: [(employee: Employee, key: String, value: String)]] = [:]
        var byMail: [String: [(employee: Employee, value: String)]] = [:]
        for employee in catalogue.employees {
            for (key, value) in [("phone", employee.phone), ("mobile", employee.mobile)] {
                // An extension is a short internal number that a team may share on purpose.
                guard let value, let number = PhoneNumber(value), !number.isExtension else { continue }
                if byNumber[number.digits]?.contains(where: { $0.employee.id == employee.id }) == true { continue }
                byNumber[number.digits, default: []].append((employee, key, value))
            }
            if let mail = employee.mail { byMail[mail.lowercased(), default: []].append((employee, mail)) }
        }
        var found: [Diagnostic] = []
        func notes(_ others: [Employee]) -> [Note] { others.map { Note(.alsoUsedBy(employee: $0.id.rawValue, name: $0.name)) } }
        for holders in byNumber.values where holders.count > 1 {
            for holder in holders {
                let others = holders.filter { $0.employee.id != holder.employee.id }.map(\.employee)
                found.append(.at(at(.employee, holder.employee.id.rawValue, holder.key),
                                 .sharedPhone(key: holder.key, value: holder.value, others: others.map(\.id.rawValue)), notes: notes(others)))
            }
        }
        for holders in byMail.values where holders.count > 1 {
            for holder in holders {
                let others = holders.filter { $0.employee.id != holder.employee.id }.map(\.employee)
                found.append(.at(at(.employee, holder.employee.id.rawValue, "mail"),
                                 .sharedMail(value: holder.value, others: others.map(\.id.rawValue)), notes: notes(others)))
            }
        }
        return found
    }

    /// Marks the warnings an entry accepts (`"accept"`), and warns of an acceptance that names no
    /// code, an error (which cannot be accepted), or a warning the entry does not have.
    package static func accepting(_ found: [Diagnostic], _ loaded: LoadedCatalogue) -> [Diagnostic] {
        let catalogue = loaded.catalogue
        var accepted: [String: [Acceptance]] = [:]
        for (kind, entries) in [(EntryKind.department, catalogue.departments.map { ($0.id.rawValue, $0.accept) }),
                                (.employee, catalogue.employees.map { ($0.id.rawValue, $0.accept) }),
                                (.task, catalogue.tasks.map { ($0.id.rawValue, $0.accept) }),
                                (.area, catalogue.areas.map { ($0.id.rawValue, $0.accept) })] {
            for (id, accept) in entries where !accept.isEmpty { accepted[kind.path(for: id)] = accept }
        }
        guard !accepted.isEmpty else { return found }
        var used: Set<String> = []
        var result = found.map { diagnostic in
            var diagnostic = diagnostic
            if diagnostic.severity == .warning, let acceptance = accepted[diagnostic.location.file]?.first(where: { $0.code == diagnostic.code }) {
                diagnostic.accepted = acceptance.reason
                used.insert(diagnostic.location.file + "|" + acceptance.code)
            }
            return diagnostic
        }
        for (file, acceptances) in accepted {
            for acceptance in acceptances where !used.contains(file + "|" + acceptance.code) {
                let at = loaded.location(file, "accept." + acceptance.code)
                switch Problem.severities[acceptance.code] {
                case nil:
                    let notes = Note.suggesting(.forWord(acceptance.code, among: Problem.severities.filter { $0.value == .warning }.map(\.key).sorted()))
                    result.append(.at(at, .acceptUnknownCode(code: acceptance.code), notes: notes))
                case .error: result.append(.at(at, .acceptError(code: acceptance.code)))
                case .warning: result.append(.at(at, .acceptNotRaised(code: acceptance.code)))
                }
            }
        }
        return result
    }


    /// The departments, employees and tasks last confirmed more than `reviewAfterMonths` (default 12)
    /// months before `today`; an entry never confirmed counts from the start of the review round,
    /// so a catalogue that has never had a round is not warned about.
    private static func notReviewed(_ catalogue: Catalogue, today: CalendarDay,
                                    at: (EntryKind?, String, String) -> SourceLocation) -> [Diagnostic] {
        let months = catalogue.settings.reviewAfterMonths ?? 12
        let limit = today.monthsEarlier(months)
        let started = catalogue.settings.reviewStarted.flatMap(CalendarDay.init(iso:))
        return reviewed(catalogue).compactMap { entry in
            if let reviewed = entry.day {
                guard let day = CalendarDay(iso: reviewed), day < limit else { return nil }
                return .at(at(entry.kind, entry.id, "reviewed"), .notReviewed(since: reviewed, started: nil, months: months))
            }
            guard let started, started < limit else { return nil }
            return .at(SourceLocation(file: entry.kind.path(for: entry.id)), .notReviewed(since: nil, started: started.iso, months: months))
        }
    }

    /// A reference that names no entry: not an id at all, or an id no file has; with the
    /// nearest entry, and for a person named in several places the command that hands them over.
    private static func unresolved(_ at: SourceLocation, key: String, value: String, kind: EntryKind,
                                   known: [Suggestion.Candidate], preferring department: DepartmentID?,
                                   namedTimes: Int) -> Diagnostic {
        let notes = Note.suggesting(.forReference(value, among: known, preferring: department))
        guard EntryID<Never>.problem(with: value) == nil else {
            return .at(at, .notAnID(key: key, value: value, kind: kind), notes: notes)
        }
        let leaver = namedTimes > 1 ? [Note(.reassignAllFrom(id: value, places: namedTimes))] : []
        return .at(at, .unknownReference(key: key, value: value, kind: kind), notes: notes + leaver)
    }

    /// Each loop of parent links once, starting from its smallest id. Every department is
    /// walked once, so a long chain of parents costs no more than its length.
    package static func parentCycles<Departments: Sequence<Department>>(_ departments: Departments) -> [[DepartmentID]] {
        let parents = Dictionary(departments.map { ($0.id, $0.parent) }, uniquingKeysWith: { first, _ in first })
        var finished: Set<DepartmentID> = []
        var cycles: [[DepartmentID]] = []
        for start in parents.keys.sorted() where !finished.contains(start) {
            var path: [DepartmentID] = []
            var onPath: [DepartmentID: Int] = [:]
            var current: DepartmentID? = start
            while let id = current, !finished.contains(id), onPath[id] == nil, parents[id] != nil {
                onPath[id] = path.count
                path.append(id)
                current = parents[id] ?? nil
            }
            if let id = current, let loopStart = onPath[id] {
                let loop = Array(path[loopStart...])
                let smallest = loop.firstIndex(of: loop.min()!)!
                cycles.append(Array(loop[smallest...] + loop[..<smallest]))
            }
            finished.formUnion(path)
        }
        return cycles.sorted { $0.lexicographicallyPrecedes($1) }
    }
}
