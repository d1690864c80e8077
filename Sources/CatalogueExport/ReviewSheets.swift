import CatalogueModel

/// The sheets of a review round, in the catalogue's language: one per department for its head
/// (a printable page and the same as plain text for a mail body), "Mine opgaver" per person, and
/// an index of the sheets with their recipients. Pure functions of the catalogue and the round.
public enum ReviewSheets {
    /// The round the sheets are for.
    public struct Round: Sendable {
        public var label: String
        public var due: CalendarDay?
        /// The day the sheets are made, printed at their foot.
        public var date: CalendarDay

        public init(label: String, due: CalendarDay?, date: CalendarDay) {
            self.label = label
            self.due = due
            self.date = date
        }
    }

    /// One sheet: the file name it is written under (without extension), to whom it goes, and its two forms.
    public struct Sheet: Sendable {
        public var name: String
        public var recipient: String
        public var mail: String?
        public var html: String
        public var text: String
    }

    /// One sheet per department, in reading order, addressed to its head or else to the department's mail.
    public static func departmentSheets(_ relations: Relations, round: Round) -> [Sheet] {
        let catalogue = relations.catalogue
        let s = Strings.for(catalogue.settings.language), t = Strings.ReviewTexts.for(catalogue.settings.language)
        return relations.departmentTree.map { item in
            let department = item.department
            let head = department.head.flatMap(catalogue.employee)
            let recipient = head.map { "\($0.name), \($0.title)" } ?? department.name
            let mail = head?.mail ?? department.mail
            let staff = relations.employees(in: department.id)
            // Its own tasks, and those its people hold for other departments (which say whose they are).
            let people = Set(staff.map(\.id))
            let tasks = relations.tasksInOrder.filter { $0.department == department.id || $0.responsible.contains(where: people.contains) }
            let heading = t.sheetTitle(department.name)
            let due = round.due.map(s.date)
            let answer = t.answer(catalogue.settings.corrections, due)
            var html: [HTMLNode] = [
                .element("h1", text: heading),
                Fields.list([(t.to, .text(recipient + (mail.map { " <\($0)>" } ?? ""))), (t.round, .text(round.label)),
                             (t.answerBy, due.map(HTMLNode.text))]),
                .element("h2", text: t.checklistHeading),
                .element("ol", [], t.checklist.map { .element("li", text: $0) }),
                .element("p", [("class", "label")], text: answer),
                .element("h2", text: department.name),
                Fields.list([(s.phone, department.phone.map(Fields.phone)), (s.mail, department.mail.map(Fields.mail)),
                             (s.address, department.address.map(HTMLNode.text)), (s.openingHours, department.openingHours.map(HTMLNode.text)),
                             (s.web, department.web.map(Fields.web))]),
                .element("h2", text: t.people),
            ]
            html += staff.isEmpty ? [.element("p", [("class", "none")], text: t.noPeople)] : staff.map { person($0, catalogue, s) }
            html.append(.element("h2", text: t.tasks))
            html += tasks.isEmpty ? [.element("p", [("class", "none")], text: t.noTasks)]
                : tasks.map { task($0, relations, s, t, owner: department.id) }
            var text = [heading, "", "\(t.to): \(recipient)" + (mail.map { " <\($0)>" } ?? ""), "\(t.round): \(round.label)"]
            if let due { text.append("\(t.answerBy): \(due)") }
            text += ["", t.checklistHeading + ":"] + t.checklist.enumerated().map { "  \($0.offset + 1). \($0.element)" } + ["", answer]
            text += ["", department.name] + lines([(s.phone, department.phone.map(display)), (s.mail, department.mail),
                                                   (s.address, department.address), (s.openingHours, department.openingHours),
                                                   (s.web, department.web)])
            text += ["", t.people + ":"] + (staff.isEmpty ? ["  " + t.noPeople] : staff.flatMap { personLines($0, catalogue, s) })
            text += ["", t.tasks + ":"] + (tasks.isEmpty ? ["  " + t.noTasks] : tasks.flatMap { taskLines($0, relations, s, t, owner: department.id) })
            return Sheet(name: "department-" + department.id.rawValue, recipient: recipient, mail: mail,
                         html: Page.document(title: heading, settings: catalogue.settings, date: round.date, body: html),
                         text: text.joined(separator: "\n") + "\n")
        }
    }

    /// "Mine opgaver" per person, in Danish name order: their details and the tasks they hold, as a job description.
    public static func personSheets(_ relations: Relations, round: Round) -> [Sheet] {
        let catalogue = relations.catalogue
        let s = Strings.for(catalogue.settings.language), t = Strings.ReviewTexts.for(catalogue.settings.language)
        return relations.employeesInOrder.map { employee in
            let held = relations.tasks(heldBy: employee.id)
            let heading = t.personTitle(employee.name)
            let answer = t.answer(catalogue.settings.corrections, round.due.map(s.date))
            let html: [HTMLNode] = [.element("h1", text: heading), .element("p", text: t.personIntro), .element("p", text: answer),
                                    person(employee, catalogue, s), .element("h2", text: t.tasks)]
                + (held.isEmpty ? [.element("p", [("class", "none")], text: s.noTasks)] : held.map { task($0.task, relations, s, t) })
            let text = [heading, "", t.personIntro, answer] + personLines(employee, catalogue, s) + ["", t.tasks + ":"]
                + (held.isEmpty ? ["  " + s.noTasks] : held.flatMap { taskLines($0.task, relations, s, t) })
            return Sheet(name: "employee-" + employee.id.rawValue, recipient: employee.name, mail: employee.mail,
                         html: Page.document(title: heading, settings: catalogue.settings, date: round.date, body: html),
                         text: text.joined(separator: "\n") + "\n")
        }
    }

    /// The index page: every sheet with its recipient and mail address, linked.
    public static func index(_ sheets: [Sheet], settings: Settings, round: Round) -> String {
        let t = Strings.ReviewTexts.for(settings.language)
        let table = HTMLNode.element("table", [("class", "org")], [
            .element("thead", [], [.element("tr", [], [t.indexSheet, t.indexRecipient, t.indexMail].map {
                .element("th", [("scope", "col")], text: $0)
            })]),
            .element("tbody", [], sheets.map { sheet in
                .element("tr", [], [
                    .element("td", [], [.element("a", [("href", sheet.name + ".html")], text: sheet.name)]),
                    .element("td", text: sheet.recipient),
                    .element("td", [], [sheet.mail.map(Fields.mail) ?? .empty]),
                ])
            }),
        ])
        return Page.document(title: t.indexTitle(round.label), settings: settings, date: round.date,
                             body: [.element("h1", text: t.indexTitle(round.label)), table])
    }

    private static func person(_ employee: Employee, _ catalogue: Catalogue, _ s: Strings) -> HTMLNode {
        .element("article", [("class", "employee")], [
            .element("h3", text: employee.name),
            .element("p", [("class", "job-title")], text: employee.title),
            Fields.list([(s.phone, employee.phone.map(Fields.phone)), (s.mobile, employee.mobile.map(Fields.phone)),
                         (s.mail, employee.mail.map(Fields.mail)),
                         (s.deputy, employee.deputy.map { .text(catalogue.employee($0)?.name ?? $0.rawValue) }),
                         (s.commands.visibility, .text(s.commands.explanation(of: employee.visibility)))]),
        ])
    }

    private static func personLines(_ employee: Employee, _ catalogue: Catalogue, _ s: Strings) -> [String] {
        ["", "  \(employee.name), \(employee.title)"]
            + lines([(s.phone, employee.phone.map(display)), (s.mobile, employee.mobile.map(display)), (s.mail, employee.mail),
                     (s.deputy, employee.deputy.map { catalogue.employee($0)?.name ?? $0.rawValue }),
                     (s.commands.visibility, s.commands.explanation(of: employee.visibility))]).map { "  " + $0 }
    }

    /// A task as a sheet shows it; the department that owns it is named when it is not `owner`.
    private static func task(_ task: CatalogueTask, _ relations: Relations, _ s: Strings, _ t: Strings.ReviewTexts,
                             owner: DepartmentID? = nil) -> HTMLNode {
        .element("article", [("class", "task")], [
            .element("h3", text: task.title),
            .markdown(task.description, headingBase: 4),
            .element("ol", [("class", "people")], relations.people(of: task).enumerated().map { position, person in
                .element("li", text: "\(person.name) (\(t.role(position == 0)))")
            }),
            Fields.list([(s.department, otherOwner(task, owner, relations.catalogue).map(HTMLNode.text)),
                         (s.keywords, task.keywords.isEmpty ? nil : .text(task.keywords.joined(separator: ", "))),
                         (s.selfService, task.links.isEmpty ? nil : .group(task.links.enumerated().map { position, link in
                             .group([position == 0 ? .empty : .text(", "), HTMLNode.link(link.url, [], [.text(link.title)])])
                         })),
                         (s.internalNote, task.internalNote.map(HTMLNode.text)),
                         (t.onTheWeb, .text(ExternalFilter.publishes(task, relations.catalogue) ? t.onTheWebYes : t.onTheWebNo))]),
        ])
    }

    private static func taskLines(_ task: CatalogueTask, _ relations: Relations, _ s: Strings, _ t: Strings.ReviewTexts,
                                  owner: DepartmentID? = nil) -> [String] {
        var result = ["", "  " + task.title]
        if !task.description.isEmpty {
            result += task.description.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }
        }
        result += relations.people(of: task).enumerated().map { "    - \($0.element.name) (\(t.role($0.offset == 0)))" }
        result += lines([(s.department, otherOwner(task, owner, relations.catalogue)),
                         (s.keywords, task.keywords.isEmpty ? nil : task.keywords.joined(separator: ", ")),
                         (s.selfService, task.links.isEmpty ? nil : task.links.map { "\($0.title) <\($0.url)>" }.joined(separator: ", ")),
                         (s.internalNote, task.internalNote),
                         (t.onTheWeb, ExternalFilter.publishes(task, relations.catalogue) ? t.onTheWebYes : t.onTheWebNo)]).map { "    " + $0 }
        return result
    }

    /// The name of the department that owns `task`, when it is not `owner`.
    private static func otherOwner(_ task: CatalogueTask, _ owner: DepartmentID?, _ catalogue: Catalogue) -> String? {
        guard let owner, task.department != owner else { return nil }
        return catalogue.department(task.department)?.name ?? task.department.rawValue
    }

    /// "Label: value" for each value there is.
    private static func lines(_ rows: [(String, String?)]) -> [String] {
        rows.compactMap { label, value in value.map { "\(label): \($0)" } }
    }

    private static func display(_ phone: String) -> String { PhoneNumber(phone)?.grouped ?? phone }
}
