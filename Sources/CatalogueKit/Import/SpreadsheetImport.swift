import CatalogueModel
import CatalogueStorage
import CatalogueValidation
import CatalogueSearch

/// Builds or updates entries from the rows of a spreadsheet: the people on it and, in the "who
/// does what" layout, their tasks, with the departments and areas the rows name. It changes the
/// catalogue in memory only; the command writes it through the one transaction. What the sheet
/// leaves empty is left as it is, and nothing is ever removed, so importing the same file twice
/// changes nothing and an updated file changes only what differs.
struct SpreadsheetImport {
    /// A row that cannot be imported: its line, why, and a suggestion when there is one.
    struct RowProblem: Sendable {
        var line: Int
        var message: ImportMessage
        var notes: [Hint] = []
    }

    private(set) var catalogue: Catalogue
    private(set) var problems: [RowProblem] = []
    /// What the import did beyond the files: new departments and areas, ids that had to differ.
    private(set) var report: [Message] = []
    private let columns: ColumnMatch
    /// Entry files that exist but could not be read: their ids are taken.
    private let unreadable: Set<String>
    /// Departments and areas already resolved, by their folded name: one answer per name.
    private var resolved: [EntryKind: [String: String?]] = [:]

    /// A person as the rows give them, with the line each value came from.
    private struct Person {
        var key: String
        var line: Int
        var values: [ImportField: (text: String, line: Int)] = [:]
        var id: EmployeeID?
    }

    init(catalogue: Catalogue, columns: ColumnMatch, unreadable: Set<String>) {
        self.catalogue = catalogue
        self.columns = columns
        self.unreadable = unreadable
    }

    /// The layout the columns make: with a task column, one row per person and task.
    static func layout(_ columns: ColumnMatch) -> ImportLayout {
        columns.columns[ImportField.task.rawValue] == nil ? .people : .peopleAndTasks
    }

    /// Imports every row into the catalogue in memory.
    mutating func importRows(_ rows: [CSVReader.Row], headerCount: Int) {
        var people: [Person] = []
        var personOfRow: [Int: Int] = [:]
        for (index, row) in rows.enumerated() {
            if row.fields.count > headerCount, row.fields[headerCount...].contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                problems.append(RowProblem(line: row.line, message: .tooManyCells(cells: row.fields.count, columns: headerCount)))
                continue
            }
            guard let key = personKey(row) else {
                problems.append(RowProblem(line: row.line, message: .noPerson))
                continue
            }
            let position = people.firstIndex { $0.key == key } ?? {
                people.append(Person(key: key, line: row.line))
                return people.count - 1
            }()
            personOfRow[index] = position
            for field in ImportField.personFields {
                guard let text = cell(row, field) else { continue }
                if let earlier = people[position].values[field] {
                    if !sameValue(field, earlier.text, text) {
                        problems.append(RowProblem(line: row.line, message: .conflict(field: field, value: text, earlier: earlier.text,
                                                                                           earlierLine: earlier.line)))
                    }
                } else {
                    people[position].values[field] = (text, row.line)
                }
            }
        }
        for index in people.indices { people[index].id = importPerson(people[index]) }
        for person in people { setDeputy(person, people) }
        importTasks(rows, people: people, personOfRow: personOfRow)
    }

    // MARK: People

    /// Who a row is about: their initials, else their mail, else their name, folded.
    private func personKey(_ row: CSVReader.Row) -> String? {
        if let initials = cell(row, .initials) { return "id:" + initials.lowercased() }
        if let mail = cell(row, .mail) { return "mail:" + mail.lowercased() }
        return cell(row, .name).map { "name:" + TextFolding.words($0).joined(separator: " ") }
    }

    /// Whether two cells of one person say the same (a phone number in another grouping does).
    private func sameValue(_ field: ImportField, _ a: String, _ b: String) -> Bool {
        if field == .phone || field == .mobile, let x = PhoneNumber(a), let y = PhoneNumber(b) { return x == y }
        return a == b
    }

    /// Adds or updates the employee the rows describe; their id, or nil after a problem.
    private mutating func importPerson(_ person: Person) -> EmployeeID? {
        guard case .some(let existing) = existingEmployee(person) else { return nil }
        var employee: Employee
        if let existing {
            employee = existing
            if let name = person.values[.name], name.text != existing.name {
                report.append(.importing(.nameChanged(id: existing.id.rawValue, from: existing.name, to: name.text, line: name.line)))
            }
        } else {
            let value = { (field: ImportField) in person.values[field]?.text }
            let missing = [ImportField.name, .title, .department].filter { value($0) == nil }
            if !missing.isEmpty {
                let name = value(.name) ?? value(.initials) ?? value(.mail) ?? ""
                problems.append(RowProblem(line: person.line, message: .missing(fields: missing, kind: .employee, name: name)))
                return nil
            }
            let name = value(.name) ?? ""
            employee = Employee(id: newEmployeeID(name: name, initials: value(.initials), mail: value(.mail)), name: name, title: "",
                                department: "")
        }
        guard setFields(person, &employee) else { return nil }
        catalogue.employees.upsert(employee)
        return employee.id
    }

    /// The employee in the catalogue the rows are about (`.some(nil)` for someone new): by
    /// initials, else mail, else full name; nil after a problem.
    private mutating func existingEmployee(_ person: Person) -> Employee?? {
        if let initials = person.values[.initials]?.text {
            let id = initials.lowercased()
            if let problem = EntryID<Never>.problem(with: id) {
                problems.append(RowProblem(line: person.line, message: .badInitials(text: initials, problem: problem,
                                                                                    suggested: Slug.make(initials))))
                return nil
            }
            return .some(catalogue.employee(EmployeeID(id)))
        }
        if let mail = person.values[.mail]?.text.lowercased(), let found = catalogue.employees.first(where: { $0.mail?.lowercased() == mail }) {
            return .some(found)
        }
        guard let name = person.values[.name]?.text else { return .some(nil) }
        let named = Command.entries(fullyNamed: name, among: catalogue.entries(.employee))
        if named.count > 1 {
            problems.append(RowProblem(line: person.line, message: .nameFitsSeveral(kind: .employee, name: name, ids: named.map(\.id))))
            return nil
        }
        return .some(named.first.flatMap { catalogue.employee(EmployeeID($0.id)) })
    }

    /// Sets the fields the rows give (an empty cell leaves its field); false after a problem.
    private mutating func setFields(_ person: Person, _ employee: inout Employee) -> Bool {
        if let name = person.values[.name] { employee.name = name.text }
        if let title = person.values[.title] { employee.title = title.text }
        if let department = person.values[.department] {
            guard let id = resolve(.department, department.text, line: department.line, contact: nil) else { return false }
            employee.department = DepartmentID(id)
        }
        for field in [ImportField.phone, .mobile] {
            guard case let (text, line)? = person.values[field] else { continue }
            guard let number = PhoneNumber(text) else {
                problems.append(RowProblem(line: line, message: .notAPhone(field: field, text: text)))
                return false
            }
            // The number as written in the catalogue stays when it is the same number.
            let current = field == .phone ? employee.phone : employee.mobile
            if current.flatMap(PhoneNumber.init) != number {
                if field == .phone { employee.phone = number.grouped } else { employee.mobile = number.grouped }
            }
        }
        if case let (text, line)? = person.values[.mail] {
            guard Formats.isMail(text) else {
                problems.append(RowProblem(line: line, message: .notAMail(text: text)))
                return false
            }
            if employee.mail?.lowercased() != text.lowercased() { employee.mail = text }
        }
        if case let (text, line)? = person.values[.visibility] {
            guard let visibility = Self.visibility(text) else {
                let choices = Visibility.allCases.map(\.rawValue)
                problems.append(RowProblem(line: line, message: .notAChoice(field: .visibility, text: text, choices: choices)))
                return false
            }
            employee.visibility = visibility
        }
        return true
    }

    /// A new person's id, as `add employee` makes it: the initials column, else the name before @
    /// in the mail when it is free, else the initials of the name, numbered when taken (said so).
    private mutating func newEmployeeID(name: String, initials: String?, mail: String?) -> EmployeeID {
        if let initials { return EmployeeID(initials.lowercased()) }
        if let mailName = mail?.split(separator: "@").first.map(String.init), EntryID<Never>.problem(with: mailName) == nil,
           !isTaken(.employee, mailName) {
            return EmployeeID(mailName)
        }
        let id = Slug.proposedID(for: .employee, name: name) { isTaken(.employee, $0) }
        let wanted = Slug.proposedID(for: .employee, name: name) { _ in false }
        if id != wanted, let holder = catalogue.employee(EmployeeID(wanted)) {
            report.append(.importing(.idTaken(name: name, id: id, taken: wanted, holder: holder.name)))
        }
        return EmployeeID(id)
    }

    /// Whether an id of `kind` is in use, or belongs to a file that could not be read.
    private func isTaken(_ kind: EntryKind, _ id: String) -> Bool {
        catalogue.entry(kind, id) != nil || unreadable.contains(kind.path(for: id))
    }

    /// Sets the deputy the rows name, by id or full name, among the catalogue and the sheet.
    private mutating func setDeputy(_ person: Person, _ people: [Person]) {
        guard let id = person.id, case let (text, line)? = person.values[.deputy] else { return }
        let deputy: String?
        if catalogue.employee(EmployeeID(text.lowercased())) != nil {
            deputy = text.lowercased()
        } else {
            let named = Command.entries(fullyNamed: text, among: catalogue.entries(.employee))
            deputy = named.count == 1 ? named[0].id : nil
        }
        guard let deputy else {
            let notes = Note.suggesting(.forReference(text, among: catalogue.suggestionCandidates(of: .employee))).map(\.hint)
            problems.append(RowProblem(line: line, message: .unknown(kind: .employee, name: text), notes: notes))
            return
        }
        catalogue.employees.update(id) { $0.deputy = EmployeeID(deputy) }
    }

    // MARK: Departments and areas

    /// The id of the department or area `name` names: an id, or a name in the catalogue (or new
    /// in this sheet); otherwise a new entry, unless the name is near one that exists, which is
    /// asked about rather than guessed. An area needs the department it is reached through.
    private mutating func resolve(_ kind: EntryKind, _ name: String, line: Int, contact: DepartmentID?) -> String? {
        let key = TextFolding.words(name).joined(separator: " ")
        if let known = resolved[kind]?[key] { return known }
        let answer = lookUp(kind, name, line: line, contact: contact)
        resolved[kind, default: [:]][key] = .some(answer)
        return answer
    }

    private mutating func lookUp(_ kind: EntryKind, _ name: String, line: Int, contact: DepartmentID?) -> String? {
        if catalogue.entry(kind, name) != nil { return name }
        let named = Command.entries(fullyNamed: name, among: catalogue.entries(kind))
        if named.count == 1 { return named[0].id }
        if named.count > 1 {
            problems.append(RowProblem(line: line, message: .nameFitsSeveral(kind: kind, name: name, ids: named.map(\.id))))
            return nil
        }
        let near = nearMiss(kind, name)
        if !near.isEmpty {
            problems.append(RowProblem(line: line, message: .nearMiss(kind: kind, name: name),
                                       notes: [.didYouMean(near, naming: true)]))
            return nil
        }
        let id = Slug.proposedID(for: kind, name: name) { isTaken(kind, $0) }
        switch kind {
        case .department: catalogue.departments.upsert(Department(id: DepartmentID(id), name: name))
        case .area:
            guard let contact else { return nil }
            catalogue.areas.upsert(Area(id: AreaID(id), name: name, significantBusinessContact: false, contactDepartment: contact))
        case .employee, .task: return nil
        }
        report.append(.importing(.newEntry(kind: kind, id: id, name: name, line: line)))
        return id
    }

    /// The entries whose id or name is a slip away from `name`: the "did you mean" rules, tried
    /// on the ids and then on the names spelt as ids ("Team Byggsag" is near "Team Byggesag").
    private func nearMiss(_ kind: EntryKind, _ name: String) -> [Suggestion.Candidate] {
        let candidates = catalogue.suggestionCandidates(of: kind)
        let byID = Suggestion.forReference(name, among: candidates)
        if !byID.candidates.isEmpty { return byID.candidates }
        let spelt = candidates.map { Suggestion.Candidate(id: Slug.make($0.name ?? $0.id), name: $0.id) }
        return Suggestion.forReference(Slug.make(name), among: spelt).candidates.compactMap { found in
            candidates.first { $0.id == found.name }
        }
    }

    // MARK: Tasks

    /// The tasks of the "who does what" layout: one per title, its people in the order of the
    /// rows (those marked primary first), with the area, keywords and text the rows give.
    private mutating func importTasks(_ rows: [CSVReader.Row], people: [Person], personOfRow: [Int: Int]) {
        var order: [String] = []
        var rowsOfTask: [String: [Int]] = [:]
        for (index, row) in rows.enumerated() {
            guard let title = cell(row, .task), personOfRow[index] != nil else { continue }
            let key = TextFolding.words(title).joined(separator: " ")
            if rowsOfTask[key] == nil { order.append(key) }
            rowsOfTask[key, default: []].append(index)
        }
        for key in order {
            let indices = rowsOfTask[key] ?? []
            let taskRows = indices.map { rows[$0] }
            var primary: [EmployeeID] = [], backups: [EmployeeID] = []
            var failed = false
            for (index, row) in zip(indices, taskRows) {
                guard let position = personOfRow[index], let id = people[position].id else { failed = true; continue }
                switch cell(row, .role).map(Self.isPrimary) {
                case .some(.none):
                    problems.append(RowProblem(line: row.line, message: .notAChoice(field: .role, text: cell(row, .role) ?? "",
                                                                                          choices: ["primær", "backup"])))
                    failed = true
                case .some(.some(true)): if !primary.contains(id) { primary.append(id) }
                case .some(.some(false)), .none: if !backups.contains(id) { backups.append(id) }
                }
            }
            if failed { continue }
            importTask(taskRows, responsible: primary + backups.filter { !primary.contains($0) })
        }
    }

    /// Adds or updates one task from its rows.
    private mutating func importTask(_ rows: [CSVReader.Row], responsible: [EmployeeID]) {
        guard let first = rows.first, let title = cell(first, .task), let primary = responsible.first else { return }
        guard let area = agreed(.area, rows), let department = agreed(.taskDepartment, rows),
              let description = agreed(.description, rows), let audience = agreed(.audience, rows),
              let note = agreed(.internalNote, rows) else { return }
        let named = Command.entries(fullyNamed: title, among: catalogue.entries(.task))
        if named.count > 1 {
            problems.append(RowProblem(line: first.line, message: .nameFitsSeveral(kind: .task, name: title, ids: named.map(\.id))))
            return
        }
        var task: CatalogueTask
        if let existing = named.first.flatMap({ catalogue.task(TaskID($0.id)) }) {
            task = existing
        } else {
            guard area != nil else {
                problems.append(RowProblem(line: first.line, message: .missing(fields: [.area], kind: .task, name: title)))
                return
            }
            let id = Slug.proposedID(for: .task, name: title) { isTaken(.task, $0) }
            let owner = catalogue.employee(primary)?.department ?? ""
            task = CatalogueTask(id: TaskID(id), title: title, department: owner, area: "", responsible: [])
        }
        if case let (text, line)? = department {
            guard let id = resolve(.department, text, line: line, contact: nil) else { return }
            task.department = DepartmentID(id)
        }
        if case let (text, line)? = area {
            guard let id = resolve(.area, text, line: line, contact: task.department) else { return }
            task.area = AreaID(id)
        }
        task.responsible = responsible
        let keywords = Self.list(rows.compactMap { cell($0, .keywords) })
        if !keywords.isEmpty { task.keywords = keywords }
        let kle = Self.list(rows.compactMap { cell($0, .kle) })
        if !kle.isEmpty { task.kle = kle }
        if case let (text, _)? = description { task.description = EntryFile.description(text) }
        if case let (text, _)? = note { task.internalNote = text }
        if case let (text, line)? = audience {
            guard let value = Self.audience(text) else {
                problems.append(RowProblem(line: line, message: .notAChoice(field: .audience, text: text,
                                                                                   choices: Audience.allCases.map(\.rawValue))))
                return
            }
            task.audience = value
        }
        catalogue.tasks.upsert(task)
    }

    /// A cell's text and its line.
    private typealias Cell = (text: String, line: Int)

    /// The one value the rows of a task give for `field` (`.some(nil)` when none does), or nil
    /// after a problem when two rows give different values.
    private mutating func agreed(_ field: ImportField, _ rows: [CSVReader.Row]) -> Cell?? {
        var found: Cell?
        for row in rows {
            guard let text = cell(row, field) else { continue }
            if let earlier = found, earlier.text != text {
                problems.append(RowProblem(line: row.line, message: .conflict(field: field, value: text, earlier: earlier.text,
                                                                                   earlierLine: earlier.line)))
                return nil
            }
            if found == nil { found = (text, row.line) }
        }
        return .some(found)
    }

    // MARK: Cells

    /// A cell's text, trimmed; a description keeps its line breaks.
    private func cell(_ row: CSVReader.Row, _ field: ImportField) -> String? {
        columns.cell(row, field.rawValue)
    }

    /// Words from cells that list them with commas, semicolons or line breaks, each once, in order.
    static func list(_ cells: [String]) -> [String] {
        var seen: Set<String> = [], out: [String] = []
        for cell in cells {
            for part in cell.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isNewline }) {
                let word = part.trimmingCharacters(in: .whitespaces)
                if !word.isEmpty, seen.insert(word.lowercased()).inserted { out.append(word) }
            }
        }
        return out
    }

    /// Whether a role cell says primary (true) or backup (false); nil when it says neither.
    static func isPrimary(_ text: String) -> Bool? {
        switch ColumnMatch.key(text) {
        case "primaer", "primary", "ansvarlig", "hovedansvarlig", "1": true
        case "backup", "sekundaer", "secondary", "2": false
        default: nil
        }
    }

    /// The visibility a cell names, in Danish or English.
    static func visibility(_ text: String) -> Visibility? {
        switch ColumnMatch.key(text) {
        case "internal", "intern": .internal
        case "name", "navn": .name
        case "contact", "kontakt": .contact
        default: nil
        }
    }

    /// The audience a cell names, in Danish or English.
    static func audience(_ text: String) -> Audience? {
        switch ColumnMatch.key(text) {
        case "external", "ekstern", "ja", "yes": .external
        case "internal", "intern", "nej", "no": .internal
        default: nil
        }
    }
}
