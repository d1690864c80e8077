import CatalogueModel
import KLE
import CatalogueStorage
import CatalogueSearch
import CatalogueExport

extension Command {
    /// `catalogue show KIND ID`: one entry with its relations.
    static let show = Command(spec: CommandSpec(
        name: "show", summary: "Show one entry with its relations.",
        discussion: """
            An employee is shown with their tasks and deputy, a task with its people and their phone numbers, a department with the employees and tasks of it and its teams, an area with its tasks. The text is in the catalogue's language, so it can be sent to a department to confirm.

            An entry can also be named by its name (a task by its title) or part of it ("Anne Kirstine", "mørk", "moerk", "Team Miljø"); when several match, they are listed (exit status 1). An exact id always wins.
            """,
        arguments: [.init(name: "KIND", help: "department, employee, task or area (or the Danish word 'find' prints for it, such as 'opgave')."),
                    .init(name: "ID", help: "The entry's id (its file name without extension), or its name.")],
        options: [Flag.json.spec, Value.day.spec, Value.catalogue.spec, Value.klePlan.spec])
    ) { call, console in
        let arguments = call.arguments
        let (kindName, typed) = (arguments.positionals[0], arguments.positionals[1])
        guard let kind = EntryKind(name: kindName) ?? EntryKind(word: kindName) else {
            return call.usageError(UsageError(.unknownKind(kindName), suggesting: .forWord(kindName, among: EntryKind.allCases.map(\.rawValue))), &console)
        }
        guard let (location, loaded) = loadCatalogue(arguments, call.context, &console) else { return ExitStatus.failure }
        let catalogue = loaded.catalogue
        var id = typed
        let path = kind.path(for: id)
        if catalogue.entry(kind, id) == nil, loaded.unreadable.contains(path) {
            // The file is there: "there is no task" would send the user looking for the wrong mistake.
            console.printError(console.errorLine(.showEntryHasErrors(path: location.displayPrefix + path, kind: kind, id: id)))
            console.report(loaded.diagnostics.filter { $0.location.file == path }.sortedByLocation(), pathPrefix: location.displayPrefix)
            console.printError(console.wording.text(.fixAndTryAgain(path: location.displayPrefix + path)))
            return ExitStatus.failure
        }
        reportUnreadable(loaded, location, &console)
        let day: CalendarDay
        switch call.day() {
        case .success(let given): day = given
        case .failure(let error): return call.usageError(error, &console)
        }
        let relations = Relations(catalogue, on: day)
        let strings = Strings.for(catalogue.settings.language)
        // A name, or the start of each of its words, shows the entry too: reading harms nothing.
        if catalogue.entry(kind, id) == nil {
            let named = entries(named: id, among: catalogue.entries(kind))
            if named.count == 1 {
                id = named[0].id
            } else if named.count > 1 {
                console.printError(console.errorLine(.nameMatchesSeveral(query: id, count: named.count, kind: kind)))
                let rows = named.map { [$0.id, $0.name, $0.departmentID.flatMap { catalogue.department($0)?.name ?? $0.rawValue } ?? ""] }
                for line in textTable(rows).split(separator: "\n") { console.printError("  " + line.trimmingCharacters(in: .whitespaces)) }
                return ExitStatus.failure
            }
        }
        let view: EntryView?
        switch kind {
        case .department: view = catalogue.department(DepartmentID(id)).map { EntryView.department($0, in: relations, strings) }
        case .employee: view = catalogue.employee(EmployeeID(id)).map { EntryView.employee($0, in: relations, strings) }
        case .task: view = catalogue.task(TaskID(id)).map { EntryView.task($0, in: relations, strings, kle: loaded.kle) }
        case .area: view = catalogue.area(AreaID(id)).map { EntryView.area($0, in: relations, strings) }
        }
        guard let view else {
            return console.fail(.noEntry(kind: kind, id: id, path: location.displayPrefix + path), notes: suggestion(id, among: catalogue.names(of: kind)))
        }
        if arguments.flag(.json) {
            console.print(JSONWriter.text(view.json))
        } else {
            console.write(view.text(none: strings.commands.none))
        }
        return ExitStatus.success
    }

}

extension EntryKind {
    /// The kind named by the word `find` prints for it in any language ("opgave", "fagområde",
    /// also typed "fagomraade"), so a hit can be followed up with `show` exactly as printed.
    init?(word: String) {
        let folded = TextFolding.fold(word)
        let tables = Language.allCases.map { Strings.for($0).commands }
        guard let kind = EntryKind.allCases.first(where: { kind in tables.contains { TextFolding.fold($0.word(for: kind)) == folded } }) else { return nil }
        self = kind
    }
}

/// An entry as `show` presents it: labelled fields, related lists, and the same as JSON. The
/// labels come from the catalogue's language table; the JSON keys do not change with it.
struct EntryView {
    var heading: String
    var fields: [(String, String?)]
    var sections: [(title: String, lines: [String])]
    var description: String?
    var json: JSONNode

    /// Text: a heading, aligned fields, then each related list (`none` when empty) and the description.
    func text(none: String) -> String {
        var out = heading + "\n"
        out += CommandSpec.table(fields.compactMap { label, value in value.map { (label + ":", $0) } })
        for section in sections {
            out += "\n\(section.title) (\(section.lines.count)):\n"
            out += section.lines.isEmpty ? "  \(none)\n" : section.lines.map { "  " + $0 + "\n" }.joined()
        }
        if let description, !description.isEmpty { out += "\n" + description + "\n" }
        return out
    }

    /// "Medarbejder akm: Anne Kirstine Mørk": the kind's word, capitalised, the id and the name.
    private static func heading(_ kind: EntryKind, _ id: String, _ name: String, _ strings: Strings) -> String {
        let word = strings.commands.word(for: kind)
        return word.prefix(1).uppercased() + word.dropFirst() + " \(id): \(name)"
    }

    /// A person's part in a task as the language writes it, in lower case ("primær", "backup").
    private static func roleWord(_ role: Relations.Role, _ strings: Strings) -> String {
        (role == .primary ? strings.primary : strings.backup).lowercased()
    }

    /// "Name (id), note, phone": a person in a related list.
    private static func person(_ employee: Employee, _ note: String? = nil) -> String {
        ([employee.name + " (\(employee.id))", note, employee.phone.map(PhoneNumber.display)].compactMap { $0 }).joined(separator: ", ")
    }

    /// A person with a role, for `--json`.
    private static func personJSON(_ employee: Employee, role: String? = nil) -> JSONNode {
        .object([("id", .string(employee.id.rawValue)), ("name", .string(employee.name)), ("role", role.map(JSONNode.string)),
                 ("phone", employee.phone.map(JSONNode.string))])
    }

    /// A task in a related list, after the person's role in it when there is one.
    private static func taskLine(_ task: CatalogueTask, _ role: Relations.Role? = nil, _ strings: Strings) -> String {
        [role.map { roleWord($0, strings).padding(toLength: 9, withPad: " ", startingAt: 0) }, task.title + " (\(task.id))"].compactMap { $0 }.joined()
    }

    /// The people of a task on a line of their own below it: "primær: Anne Kirstine Mørk (akm); backup: …".
    /// These are the people who hold the task, absent or not: a department confirms its tasks' holders.
    private static func people(_ task: CatalogueTask, _ relations: Relations, _ strings: Strings) -> String {
        let people = relations.people(of: task)
        guard let primary = people.first else { return "" }
        let backups = people.dropFirst().map { "\($0.name) (\($0.id))" }
        return "\n      \(strings.primary.lowercased()): \(primary.name) (\(primary.id))" + (backups.isEmpty ? "" : "; \(strings.backup.lowercased()): " + backups.joined(separator: ", "))
    }

    /// A task with a person's role in it, for `--json`.
    private static func taskJSON(_ task: CatalogueTask, role: Relations.Role? = nil) -> JSONNode {
        .object([("id", .string(task.id.rawValue)), ("title", .string(task.title)), ("role", role.map { .string($0.rawValue) })])
    }

    /// An employee with their tasks, deputy and whom they deputise for.
    static func employee(_ employee: Employee, in relations: Relations, _ strings: Strings) -> EntryView {
        let catalogue = relations.catalogue
        let words = strings.commands
        let held = relations.tasks(heldBy: employee.id)
        let deputy = employee.deputy.flatMap(catalogue.employee)
        let deputyFor = relations.deputising(for: employee.id)
        return EntryView(
            heading: heading(.employee, employee.id.rawValue, employee.name, strings),
            fields: [(words.jobTitle, employee.title),
                     (strings.department, catalogue.departmentPath(employee.department).joined(separator: " › ") + " (\(employee.department))"),
                     (strings.phone, employee.phone.map(PhoneNumber.display)), (strings.mobile, employee.mobile.map(PhoneNumber.display)),
                     (strings.mail, employee.mail),
                     (strings.deputy, deputy.map { person($0) } ?? employee.deputy.map { "\($0) (\(words.unknown))" }),
                     (strings.absence.label, absence(employee, in: relations, strings)),
                     (words.visibility, "\(employee.visibility.rawValue): \(words.explanation(of: employee.visibility))")],
            sections: [(strings.tasksHeld, held.map { taskLine($0.task, $0.role, strings) }), (words.deputyFor, deputyFor.map { person($0) })],
            json: withID(employee.id.rawValue, append(employee.fields, [
                ("tasks", .array(held.map { taskJSON($0.task, role: $0.role) })),
                ("deputyFor", .strings(deputyFor.map(\.id.rawValue)))])))
    }

    /// An employee's absence: on the day asked about, until when and whom to contact (with the
    /// note); a recorded absence that does not apply that day, with its dates.
    private static func absence(_ employee: Employee, in relations: Relations, _ strings: Strings) -> String? {
        guard let recorded = employee.absence, let day = relations.day else { return nil }
        let note = recorded.note.map { "\($0): " } ?? ""
        if let today = relations.absence(of: employee.id) { return note + strings.away(today, phone: .display) }
        let cover = relations.catalogue.employee(recorded.cover).map { "\($0.name) (\($0.id))" } ?? recorded.cover.rawValue
        return note + strings.recorded(recorded, on: day, cover: cover)
    }

    /// A task with its route: people in order, the department's phone and opening hours.
    static func task(_ task: CatalogueTask, in relations: Relations, _ strings: Strings, kle: KLEPlanInUse = .shipped) -> EntryView {
        let catalogue = relations.catalogue
        let words = strings.commands
        let route = relations.route(for: task)
        let people = route.people
        return EntryView(
            heading: heading(.task, task.id.rawValue, task.title, strings),
            fields: [(strings.department, catalogue.departmentPath(task.department).joined(separator: " › ") + " (\(task.department))"),
                     // What the switchboard list routes to when the people cannot be reached.
                     (strings.columns.departmentPhone, route.departmentPhone.map(PhoneNumber.display)),
                     (strings.openingHours, route.openingHours),
                     (strings.area, (catalogue.area(task.area)?.name).map { "\($0) (\(task.area))" } ?? task.area.rawValue),
                     (words.audience, task.audience == .external ? words.audienceExternal : words.audienceInternal),
                     (strings.keywords, task.keywords.isEmpty ? nil : task.keywords.joined(separator: ", ")),
                     (strings.kle, task.kle.isEmpty ? nil : task.kle.map(kle.label).joined(separator: "; ")),
                     (strings.internalNote, task.internalNote)],
            sections: [(words.people, people.enumerated().map { position, employee in
                            person(employee, roleWord(position == 0 ? .primary : .backup, strings)) + (route.standingIn[employee.id].map { " – " + strings.standingIn($0) } ?? "")
                        } + route.away.filter { $0.cover == nil }.map { "\($0.person.name) (\($0.person.id)): " + strings.away($0) }),
                       (words.links, task.links.map { "\($0.title) <\($0.url)>" })],
            description: task.description,
            json: withID(task.id.rawValue, append(task.jsonWithDescription, [
                ("people", .array(people.enumerated().map { personJSON($0.element, role: $0.offset == 0 ? "primary" : "backup") })),
                ("kleTitles", .object(task.kle.compactMap { value in kle.title(value).map { (value, JSONNode.string($0)) } }))])))
    }

    /// A department with its teams, and the employees and tasks of it and its teams.
    static func department(_ department: Department, in relations: Relations, _ strings: Strings) -> EntryView {
        let catalogue = relations.catalogue
        let words = strings.commands
        // The whole department, teams included: what a head of department is asked to confirm.
        let staff = relations.employees(inSubtreeOf: department.id)
        let sub = relations.children(of: department.id)
        let tasks = relations.tasks(inSubtreeOf: department.id)
        func unit(_ id: DepartmentID) -> String? { id == department.id ? nil : catalogue.department(id)?.name }
        return EntryView(
            heading: heading(.department, department.id.rawValue, department.name, strings),
            fields: [(strings.partOf, department.parent.map { catalogue.departmentPath($0).joined(separator: " › ") + " (\($0))" }),
                     (strings.phone, department.phone.map(PhoneNumber.display)), (strings.mail, department.mail), (strings.address, department.address),
                     (strings.openingHours, department.openingHours), (strings.web, department.web), (words.sortOrder, department.sortOrder.map(String.init))],
            sections: [(words.departments, sub.map { "\($0.name) (\($0.id))" }),
                       (words.employees, staff.map { person($0, [$0.title, unit($0.department)].compactMap { $0 }.joined(separator: " – ")) }),
                       // Who does each task: what a department is asked to confirm.
                       (strings.tasksHeld, tasks.map { taskLine($0, nil, strings) + (unit($0.department).map { " – \($0)" } ?? "") + people($0, relations, strings) })],
            json: withID(department.id.rawValue, append(department.fields, [
                ("departments", .strings(sub.map(\.id.rawValue))), ("employees", .strings(staff.map(\.id.rawValue))),
                ("tasks", .strings(tasks.map(\.id.rawValue)))])))
    }

    /// An area with its tasks, internal ones marked.
    static func area(_ area: Area, in relations: Relations, _ strings: Strings) -> EntryView {
        let catalogue = relations.catalogue
        let words = strings.commands
        let tasks = relations.tasks(in: area.id)
        return EntryView(
            heading: heading(.area, area.id.rawValue, area.name, strings),
            fields: [(words.businessContact, area.significantBusinessContact ? words.significant : words.notSignificant),
                     (strings.contact, (catalogue.department(area.contactDepartment)?.name).map { "\($0) (\(area.contactDepartment))" } ?? area.contactDepartment.rawValue),
                     (words.sortOrder, area.sortOrder.map(String.init))],
            sections: [(strings.tasksHeld, tasks.map { taskLine($0, nil, strings) + ($0.audience == .internal ? " [\(words.internalMarker)]" : "") + people($0, relations, strings) })],
            description: area.description,
            json: withID(area.id.rawValue, append(area.jsonWithDescription, [("tasks", .strings(tasks.map(\.id.rawValue)))])))
    }

    /// The entry's JSON with its id first and its relations last.
    private static func withID(_ id: String, _ node: JSONNode) -> JSONNode { node.adding([("id", .string(id))], first: true) }
    /// The entry's JSON with `pairs` after its fields.
    private static func append(_ node: JSONNode, _ pairs: [(String, JSONNode)]) -> JSONNode { node.adding(pairs) }
}
