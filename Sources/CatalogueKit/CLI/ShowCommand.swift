extension Command {
    /// `catalogue show KIND ID`: one entry with its relations.
    static let show = Command(spec: CommandSpec(
        name: "show", summary: "Show one entry with its relations.",
        discussion: "An employee is shown with their tasks and deputy, a task with its people and their phone numbers, a department with the employees and tasks of it and its teams, an area with its tasks.",
        arguments: [.init(name: "KIND", help: "department, employee, task or area."),
                    .init(name: "ID", help: "The entry's id (its file name without extension).")],
        options: [Flag.json.spec, Value.catalogue.spec])
    ) { call, console in
        let arguments = call.arguments
        let (kindName, id) = (arguments.positionals[0], arguments.positionals[1])
        guard let kind = EntryKind(name: kindName) else {
            return call.usageError("unknown kind '\(kindName)': use department, employee, task or area", &console)
        }
        guard let (location, loaded) = loadCatalogue(arguments, call.context, &console) else { return ExitStatus.failure }
        reportUnreadable(loaded, location, &console)
        let catalogue = loaded.catalogue
        let relations = Relations(catalogue)
        let view: EntryView?
        switch kind {
        case .department: view = catalogue.department(DepartmentID(id)).map { EntryView.department($0, in: relations) }
        case .employee: view = catalogue.employee(EmployeeID(id)).map { EntryView.employee($0, in: relations) }
        case .task: view = catalogue.task(TaskID(id)).map { EntryView.task($0, in: relations) }
        case .area: view = catalogue.area(AreaID(id)).map { EntryView.area($0, in: relations) }
        }
        guard let view else {
            return console.fail("there is no \(kind.rawValue) '\(id)' (no \(location.displayPrefix)\(kind.path(for: id)))\(Diagnostic.suggestion(id, among: catalogue.names(of: kind)))")
        }
        if arguments.flag(.json) {
            console.print(JSONWriter.text(view.json))
        } else {
            console.write(view.text)
        }
        return ExitStatus.success
    }
}

/// An entry as `show` presents it: labelled fields, related lists, and the same as JSON.
struct EntryView {
    var heading: String
    var fields: [(String, String?)]
    var sections: [(title: String, lines: [String])]
    var description: String?
    var json: JSONNode

    /// Text: a heading, aligned fields, then each related list and the description.
    var text: String {
        var out = heading + "\n"
        out += CommandSpec.table(fields.compactMap { label, value in value.map { (label + ":", $0) } })
        for section in sections {
            out += "\n\(section.title) (\(section.lines.count)):\n"
            out += section.lines.isEmpty ? "  (none)\n" : section.lines.map { "  " + $0 + "\n" }.joined()
        }
        if let description, !description.isEmpty { out += "\n" + description + "\n" }
        return out
    }

    private static func person(_ employee: Employee, _ note: String? = nil) -> String {
        ([employee.name + " (\(employee.id))", note, employee.phone.map(PhoneNumber.display)].compactMap { $0 }).joined(separator: ", ")
    }

    private static func personJSON(_ employee: Employee, role: String? = nil) -> JSONNode {
        .object([("id", .string(employee.id.rawValue)), ("name", .string(employee.name)), ("role", role.map(JSONNode.string)),
                 ("phone", employee.phone.map(JSONNode.string))])
    }

    private static func taskLine(_ task: CatalogueTask, _ role: Relations.Role? = nil) -> String {
        [role.map { $0.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) }, task.title + " (\(task.id))"].compactMap { $0 }.joined()
    }

    private static func taskJSON(_ task: CatalogueTask, role: Relations.Role? = nil) -> JSONNode {
        .object([("id", .string(task.id.rawValue)), ("title", .string(task.title)), ("role", role.map { .string($0.rawValue) })])
    }

    static func employee(_ employee: Employee, in relations: Relations) -> EntryView {
        let catalogue = relations.catalogue
        let held = relations.tasks(heldBy: employee.id)
        let deputy = employee.deputy.flatMap(catalogue.employee)
        let deputyFor = relations.deputising(for: employee.id)
        return EntryView(
            heading: "Employee \(employee.id): \(employee.name)",
            fields: [("Title", employee.title),
                     ("Department", catalogue.departmentPath(employee.department).joined(separator: " › ") + " (\(employee.department))"),
                     ("Phone", employee.phone.map(PhoneNumber.display)), ("Mobile", employee.mobile.map(PhoneNumber.display)), ("Mail", employee.mail),
                     ("Deputy", deputy.map { person($0) } ?? employee.deputy.map { "\($0) (unknown)" }),
                     ("Visibility", "\(employee.visibility.rawValue): \(employee.visibility.explanation)")],
            sections: [("Tasks", held.map { taskLine($0.task, $0.role) }), ("Deputy for", deputyFor.map { person($0) })],
            json: withID(employee.id.rawValue, append(employee.fields, [
                ("tasks", .array(held.map { taskJSON($0.task, role: $0.role) })),
                ("deputyFor", .strings(deputyFor.map(\.id.rawValue)))])))
    }

    static func task(_ task: CatalogueTask, in relations: Relations) -> EntryView {
        let catalogue = relations.catalogue
        let route = relations.route(for: task)
        let people = route.people
        return EntryView(
            heading: "Task \(task.id): \(task.title)",
            fields: [("Department", catalogue.departmentPath(task.department).joined(separator: " › ") + " (\(task.department))"),
                     // What the switchboard list routes to when the people cannot be reached.
                     ("Department phone", route.departmentPhone.map(PhoneNumber.display)),
                     ("Opening hours", route.openingHours),
                     ("Area", (catalogue.area(task.area)?.name).map { "\($0) (\(task.area))" } ?? task.area.rawValue),
                     ("Audience", task.audience.rawValue),
                     ("Keywords", task.keywords.isEmpty ? nil : task.keywords.joined(separator: ", ")),
                     ("KLE", task.kle.isEmpty ? nil : task.kle.joined(separator: ", ")),
                     ("Internal note", task.internalNote)],
            sections: [("People", people.enumerated().map { person($0.element, $0.offset == 0 ? "primary" : "backup") }),
                       ("Links", task.links.map { "\($0.title) <\($0.url)>" })],
            description: task.description,
            json: withID(task.id.rawValue, append(task.jsonWithDescription, [
                ("people", .array(people.enumerated().map { personJSON($0.element, role: $0.offset == 0 ? "primary" : "backup") }))])))
    }

    static func department(_ department: Department, in relations: Relations) -> EntryView {
        let catalogue = relations.catalogue
        // The whole department, teams included: what a head of department is asked to confirm.
        let staff = relations.employees(inSubtreeOf: department.id)
        let sub = relations.children(of: department.id)
        let tasks = relations.tasks(inSubtreeOf: department.id)
        func unit(_ id: DepartmentID) -> String? { id == department.id ? nil : catalogue.department(id)?.name }
        return EntryView(
            heading: "Department \(department.id): \(department.name)",
            fields: [("Part of", department.parent.map { catalogue.departmentPath($0).joined(separator: " › ") + " (\($0))" }),
                     ("Phone", department.phone.map(PhoneNumber.display)), ("Mail", department.mail), ("Address", department.address),
                     ("Opening hours", department.openingHours), ("Web", department.web), ("Sort order", department.sortOrder.map(String.init))],
            sections: [("Departments", sub.map { "\($0.name) (\($0.id))" }),
                       ("Employees", staff.map { person($0, [$0.title, unit($0.department)].compactMap { $0 }.joined(separator: " – ")) }),
                       ("Tasks", tasks.map { taskLine($0) + (unit($0.department).map { " – \($0)" } ?? "") })],
            json: withID(department.id.rawValue, append(department.fields, [
                ("departments", .strings(sub.map(\.id.rawValue))), ("employees", .strings(staff.map(\.id.rawValue))),
                ("tasks", .strings(tasks.map(\.id.rawValue)))])))
    }

    static func area(_ area: Area, in relations: Relations) -> EntryView {
        let catalogue = relations.catalogue
        let tasks = relations.tasks(in: area.id)
        return EntryView(
            heading: "Area \(area.id): \(area.name)",
            fields: [("Business contact", area.significantBusinessContact ? "significant (shown in the external version)" : "not significant (internal only)"),
                     ("Contact", (catalogue.department(area.contactDepartment)?.name).map { "\($0) (\(area.contactDepartment))" } ?? area.contactDepartment.rawValue),
                     ("Sort order", area.sortOrder.map(String.init))],
            sections: [("Tasks", tasks.map { taskLine($0) + ($0.audience == .internal ? " [internal]" : "") })],
            description: area.description,
            json: withID(area.id.rawValue, append(area.jsonWithDescription, [("tasks", .strings(tasks.map(\.id.rawValue)))])))
    }

    /// The entry's JSON with its id first and its relations last.
    private static func withID(_ id: String, _ node: JSONNode) -> JSONNode { node.adding([("id", .string(id))], first: true) }
    private static func append(_ node: JSONNode, _ pairs: [(String, JSONNode)]) -> JSONNode { node.adding(pairs) }
}

extension Visibility {
    /// What the visibility means, for `show`.
    var explanation: String {
        switch self {
        case .internal: return "never named in the external version"
        case .name: return "name and title may be shown externally"
        case .contact: return "name, title, direct phone and mail may be shown externally"
        }
    }
}
