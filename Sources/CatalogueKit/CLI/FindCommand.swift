import Foundation
import CatalogueModel
import CatalogueStorage
import KLE
import CatalogueSearch
import CatalogueExport

extension Command {
    /// `catalogue find TEXT`: who handles a topic, ranked, with whom to call.
    static let find = Command(spec: CommandSpec(
        name: "find", summary: "Find who handles a topic: tasks, people, departments and areas.",
        discussion: """
            Searches tasks (title, keywords, description, and KLE numbers by their beginning), areas (name, description), departments (name, phone) and employees (name, initials, job title, phone, mobile). Every word must match. Æ, ø and å may be typed ae, oe and aa, accents and capitals do not count, and a word of four letters or more also finds the compound words it is part of ("tilladelse" finds "byggetilladelse"). Exact title and keyword matches come first. Words of the KLE plan are searched too: a task is also found through a KLE topic it carries (or a group above the topic) whose title or terms hold the words, after the direct hits and marked with the topic. When nothing is found, find names the KLE topic the words belong to, if any, and the one entry for businesses. A hit whose text alone holds the words (not its title or keywords) shows the sentence that matched, so a task that only mentions the topic is told apart.

            A task is shown with whom to call, as the switchboard list routes it: the primary person, the backups, then the department's phone and opening hours. An employee is shown with their phones and deputy, a department with its phone, mail and opening hours, an area with its contact department. Each hit names its kind and id, for 'catalogue show KIND ID'. The text is in the catalogue's language and shows at most \(FindOutput.textLimit) hits; --json gives every hit.

            Exit status: 0 when something was found, 1 when nothing was (like grep), 64 when the command was typed wrong.
            """,
        arguments: [.init(name: "TEXT", help: "What to look for: a topic, a name, initials, a phone number or a KLE number; every word must match.", variadic: true)],
        options: [Value.kindFilter.spec, Flag.json.spec, Value.day.spec, Value.catalogue.spec, Value.klePlan.spec])
    ) { call, console in
        let arguments = call.arguments
        let query = arguments.positionals.joined(separator: " ")
        guard !TextFolding.words(query).isEmpty else {
            return call.usageError(UsageError(.noWordToSearch), &console)
        }
        var kinds = Set(EntryKind.allCases)
        if let name = arguments.value(.kindFilter) {
            guard let kind = EntryKind(name: name) ?? EntryKind(word: name) else {
                return call.usageError(UsageError(.unknownKind(name), suggesting: .forWord(name, among: EntryKind.allCases.map(\.rawValue))), &console)
            }
            kinds = [kind]
        }
        let day: CalendarDay
        switch call.day() {
        case .success(let given): day = given
        case .failure(let error): return call.usageError(error, &console)
        }
        guard let (location, loaded) = loadCatalogue(arguments, call.context, &console) else { return ExitStatus.failure }
        reportUnreadable(loaded, location, &console)
        let relations = Relations(loaded.catalogue, on: day)
        var hits = Finder(relations, kinds: kinds).find(query)
        if kinds.contains(.task) {
            // Through the plan a common word reaches many tasks: below direct hits, the five best are enough.
            let throughPlan = KLEFinder(relations, plan: loaded.kle).tasks(for: query, besides: hits)
            hits += hits.isEmpty ? throughPlan : Array(throughPlan.prefix(FindOutput.planHitsBesideDirectOnes))
        }
        // When nothing is found, the plan may still say what the word is about, before the one entry is offered.
        let topic = hits.isEmpty ? loaded.kle.words.topics(matching: query).first?.topic : nil
        let output = FindOutput(relations: relations, kle: loaded.kle, strings: Strings.for(loaded.catalogue.settings.language))
        if arguments.flag(.json) {
            console.print(JSONWriter.text(.array(hits.map(output.json))))
        } else {
            console.write(output.text(hits, query: query, topic: topic))
        }
        return hits.isEmpty ? ExitStatus.failure : ExitStatus.success
    }
}

extension Value {
    /// `--kind KIND` for `find`.
    static let kindFilter = Value("--kind", "KIND", help: "Only entries of this kind: department, employee, task or area.")
}

/// An entry by kind and id: what `find`'s index returns, so hits can be looked up again.
struct EntryReference: Hashable, Sendable {
    var kind: EntryKind
    var id: String
}

/// The search behind `find`: every entry of the chosen kinds as one document, indexed once.
struct Finder: Sendable {
    let relations: Relations
    private let index: SearchIndex<EntryReference>

    /// Indexes the entries of `kinds`. Documents that score alike come out in the order given
    /// here: tasks first, since "who handles X" is usually about a task, then areas,
    /// departments and people, each kind in the order it is listed everywhere else.
    init(_ relations: Relations, kinds: Set<EntryKind>) {
        self.relations = relations
        var documents: [SearchDocument<EntryReference>] = []
        if kinds.contains(.task) {
            documents += relations.tasksInOrder.map { task in
                SearchDocument(key: EntryReference(kind: .task, id: task.id.rawValue),
                               fields: [.title(task.title)] + task.keywords.map(SearchField.keyword) + task.kle.map(SearchField.code)
                                   + [.text(task.description)])
            }
        }
        if kinds.contains(.area) {
            documents += relations.areasInOrder.map { area in
                SearchDocument(key: EntryReference(kind: .area, id: area.id.rawValue), fields: [.title(area.name), .text(area.description)])
            }
        }
        if kinds.contains(.department) {
            documents += relations.departmentTree.map { item in
                SearchDocument(key: EntryReference(kind: .department, id: item.department.id.rawValue),
                               fields: [.title(item.department.name)] + [item.department.phone].compactMap { $0.map(SearchField.phone) })
            }
        }
        if kinds.contains(.employee) {
            documents += relations.employeesInOrder.map { employee in
                // The job title is prose: "Byggesagsbehandler" must not outrank the task "byggesag" names.
                SearchDocument(key: EntryReference(kind: .employee, id: employee.id.rawValue),
                               fields: [.title(employee.name), .identifier(employee.id.rawValue), .text(employee.title)]
                                   + [employee.phone, employee.mobile].compactMap { $0.map(SearchField.phone) })
            }
        }
        index = SearchIndex(documents)
    }

    /// The entries matching every word of `query`, best first, each with the kinds of field the words matched in.
    func find(_ query: String) -> [FindHit] {
        index.search(query).compactMap { hit in
            relations.catalogue.entry(hit.key.kind, hit.key.id).map { FindHit(entry: $0, matched: hit.matched) }
        }
    }
}

/// A hit of `find`: an entry, and the KLE topic it was found through when the query's words are the plan's, not
/// the entry's.
struct FindHit {
    var entry: AnyEntry
    /// The plan's words that led to `via`, as the plan writes them folded.
    var viaWords: [String] = []
    /// The kinds of field the query's words matched in (none for a hit through the KLE plan).
    var matched: Set<SearchFieldKind> = []
    var via: KLEEntry? = nil

    /// True when the words matched only in prose (a description, a job title): the hit may be about something else
    /// that the text mentions ("alkoholbevilling" in the text of outdoor serving, which says where to apply for
    /// one), so `find` shows the sentence that matched.
    var isOnlyInText: Bool { matched == [.text] }
}

/// The second search behind `find`: the query's words in the KLE plan's titles and terms, for the topics the
/// catalogue's tasks carry. A task is found through a topic it carries, or through a group or main group above it
/// ("09.13" carries every topic of 09.13). Only the topics the catalogue uses are indexed (a fraction of a
/// millisecond), not the whole plan.
struct KLEFinder {
    let relations: Relations
    let plan: KLEPlanInUse

    init(_ relations: Relations, plan: KLEPlanInUse) {
        self.relations = relations
        self.plan = plan
    }

    /// The tasks found through the plan's words that `direct` does not already hold, by how well their topic
    /// matches, each marked with the topic.
    func tasks(for query: String, besides direct: [FindHit]) -> [FindHit] {
        let carried = relations.tasksInOrder.map { task in (task, task.kle.compactMap { KLEReference($0)?.number }) }
        let numbers = carried.flatMap(\.1)
        guard !numbers.isEmpty else { return [] }
        var seen = Set(direct.compactMap { hit -> String? in if case .task(let task) = hit.entry { task.id.rawValue } else { nil } })
        var found: [FindHit] = []
        for match in KLEWordIndex(plan: plan.plan.only(under: numbers)).topics(matching: query) {
            for (task, numbers) in carried where numbers.contains(where: { match.topic.number.lies(under: $0) }) {
                guard seen.insert(task.id.rawValue).inserted else { continue }
                found.append(FindHit(entry: .task(task), viaWords: match.words, via: match.topic))
            }
        }
        return found
    }
}

/// How `find` prints its hits: one block of text per hit for people, or JSON.
struct FindOutput {
    /// The most hits the text shows; more would scroll the best ones out of sight.
    static let textLimit = 20
    /// The most tasks found through the KLE plan's words that follow direct hits.
    static let planHitsBesideDirectOnes = 5

    let relations: Relations
    let kle: KLEPlanInUse
    let strings: Strings

    /// The hits as text in the catalogue's language, one block per hit with a blank line between, then how many
    /// were left out. Without hits: the no-hit sentence, the KLE topic the words belong to when the plan knows them,
    /// and the one entry for businesses, which takes any enquiry.
    func text(_ hits: [FindHit], query: String, topic: KLEEntry?) -> String {
        let words = strings.commands
        guard !hits.isEmpty else {
            let settings = relations.catalogue.settings
            return [words.noHits(query), topic.map { words.kleTopicNotCarried("\($0.number) \($0.title)") },
                    settings.oneEntryPhone.map { words.callOneEntry(PhoneNumber.display($0), settings.oneEntryMail) }]
                .compactMap { $0 }.joined(separator: "\n") + "\n"
        }
        var blocks = hits.prefix(Self.textLimit).map { block($0, query: query) }
        if hits.count > Self.textLimit { blocks.append(words.moreHits(hits.count - Self.textLimit) + "\n") }
        return blocks.joined(separator: "\n")
    }

    /// One hit: its name with kind and id, then its labelled lines, labels aligned.
    func block(_ hit: FindHit, query: String) -> String {
        let entry = hit.entry
        let rows = lines(entry)
            + (hit.via.map { [(strings.commands.foundVia, "KLE \($0.number) \($0.title) (" + strings.commands.planWords(hit.viaWords.prefix(3).joined(separator: ", ")) + ")")] } ?? [])
            + (hit.via != nil ? [] : hit.isOnlyInText
                ? [(strings.commands.foundIn, Self.textMatch(entry, query: query) ?? strings.commands.onlyInText)]
                : [(strings.commands.foundInFields, fieldWords(hit))])
        let width = rows.map { $0.label.count }.max() ?? 0
        return "\(entry.name)  (\(strings.commands.word(for: entry.kind)) \(entry.id))\n"
            + rows.map { "  " + ($0.label + ":").padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.value + "\n" }.joined()
    }

    /// The labelled lines of a hit: whom to call and how.
    private func lines(_ entry: AnyEntry) -> [(label: String, value: String)] {
        let catalogue = relations.catalogue
        switch entry {
        case .task(let task):
            let route = relations.route(for: task)
            let unit = catalogue.department(task.department)?.name ?? task.department.rawValue
            // A cover in someone's place says so; someone away whom nobody covers is named, with where the calls go.
            func covering(_ person: Employee) -> String {
                Self.person(person) + (route.standingIn[person.id].map { " – " + strings.standingIn($0) } ?? "")
            }
            return (route.primary.map { [(strings.primary, covering($0))] } ?? [])
                + route.backups.map { (strings.backup, covering($0)) }
                + route.away.filter { $0.cover == nil }.map { (strings.absence.label, "\($0.person.name): " + strings.away($0)) }
                + [(strings.department, Self.joined([unit, route.departmentPhone.map(PhoneNumber.display), route.openingHours]))]
                + (task.kle.isEmpty ? [] : [(strings.kle, task.kle.map(kle.label).joined(separator: "; "))])
        case .employee(let employee):
            let deputy = employee.deputy.map { id in catalogue.employee(id).map(Self.person) ?? "\(id) (\(strings.commands.unknown))" }
            return [(strings.commands.jobTitle, employee.title),
                    (strings.department, catalogue.department(employee.department)?.name ?? employee.department.rawValue),
                    (strings.phone, employee.phone.map(PhoneNumber.display)), (strings.mobile, employee.mobile.map(PhoneNumber.display)),
                    (strings.deputy, deputy),
                    (strings.absence.label, relations.absence(of: employee.id).map { strings.away($0, phone: .display) })].compactMap { label, value in value.map { (label, $0) } }
        case .department(let department):
            let contact = catalogue.callContact(of: department.id)
            return [(strings.phone, contact.phone.map(PhoneNumber.display)), (strings.mail, department.mail),
                    (strings.openingHours, contact.openingHours)].compactMap { label, value in value.map { (label, $0) } }
        case .area(let area):
            let name = catalogue.department(area.contactDepartment)?.name ?? area.contactDepartment.rawValue
            let phone = catalogue.callContact(of: area.contactDepartment).phone.map(PhoneNumber.display)
            return [(strings.contact, Self.joined(["\(name) (\(area.contactDepartment))", phone]))]
        }
    }

    /// Where a direct hit matched, in the order the fields rank: "titlen, stikord".
    private func fieldWords(_ hit: FindHit) -> String {
        let words = strings.commands
        return SearchFieldKind.allCases.filter(hit.matched.contains).map { kind in
            switch kind {
            case .title: if case .task = hit.entry { words.fieldTitle } else { words.fieldName }
            case .keyword: words.fieldKeyword
            case .text: if case .employee = hit.entry { words.jobTitle.lowercased() } else { words.fieldText }
            case .code: words.fieldKLE
            case .phone: words.fieldPhone
            case .identifier: words.fieldInitials
            }
        }.joined(separator: ", ")
    }

    /// The sentence of an entry's prose (a task's or area's description, an employee's job title) that holds the
    /// query's first word, shortened around it to about 100 characters; nil when none does.
    static func textMatch(_ entry: AnyEntry, query: String) -> String? {
        let prose: String
        switch entry {
        case .task(let task): prose = task.description
        case .area(let area): prose = area.description
        case .employee(let employee): prose = employee.title
        case .department: return nil
        }
        guard let word = TextFolding.words(query).first else { return nil }
        // As the search matches: a word of four letters or more may begin a longer word or end a compound.
        func holds(_ text: Substring) -> Bool {
            TextFolding.words(String(text)).contains { $0 == word || (word.count >= 4 && ($0.hasPrefix(word) || $0.hasSuffix(word))) }
        }
        let plain = prose.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "_", with: " ")
        let sentences = plain.split(whereSeparator: { $0 == "\n" }).flatMap { $0.split(separator: ". ") }
        guard let sentence = sentences.first(where: holds)?.trimmingCharacters(in: .whitespaces) else { return nil }
        // The words of the sentence, the first that holds the query marked »so«.
        var words = sentence.split(separator: " ").map(String.init)
        let at = words.firstIndex { holds($0[...]) } ?? 0
        if holds(words[at][...]) { words[at] = Self.marked(words[at]) }
        guard sentence.count > 100 else { return words.joined(separator: " ") }
        // The words around the marked one, within about 100 characters.
        var start = at, end = at + 1, length = words[at].count
        while length < 90, start > 0 || end < words.count {
            if end < words.count { length += words[end].count + 1; end += 1 }
            if start > 0, length < 90 { start -= 1; length += words[start].count + 1 }
        }
        return (start > 0 ? "… " : "") + words[start..<end].joined(separator: " ") + (end < words.count ? " …" : "")
    }

    /// A word marked »so«, its punctuation left outside: `politiet.` → `»politiet«.`
    static func marked(_ word: String) -> String {
        let core = word.drop { !$0.isLetter && !$0.isNumber }
        let trailing = core.reversed().prefix { !$0.isLetter && !$0.isNumber }.count
        let inner = core.dropLast(trailing)
        guard !inner.isEmpty else { return word }
        return String(word.prefix(word.count - core.count)) + "»" + inner + "«" + String(core.suffix(trailing))
    }

    /// "Anne Kirstine Mørk (akm), 72 57 73 54": name, id, and the direct phone when there is one.
    private static func person(_ employee: Employee) -> String {
        joined([employee.name + " (\(employee.id))", employee.phone.map(PhoneNumber.display)])
    }

    /// The parts that are there, comma-separated.
    private static func joined(_ parts: [String?]) -> String { parts.compactMap { $0 }.joined(separator: ", ") }

    /// A hit as JSON: kind, id and name, then what the text shows, with ids and phones as stored, and the KLE topic
    /// it was found through (`via`).
    func json(_ hit: FindHit) -> JSONNode {
        let catalogue = relations.catalogue
        func person(_ employee: Employee) -> JSONNode {
            .object([("id", .string(employee.id.rawValue)), ("name", .string(employee.name)), ("phone", employee.phone.map(JSONNode.string))])
        }
        func department(_ id: DepartmentID, phone: String? = nil) -> JSONNode {
            .object([("id", .string(id.rawValue)), ("name", catalogue.department(id).map { .string($0.name) }), ("phone", phone.map(JSONNode.string))])
        }
        let entry = hit.entry
        let head: [(String, JSONNode?)] = [("kind", .string(entry.kind.rawValue)), ("id", .string(entry.id)), ("name", .string(entry.name))]
        let via: [(String, JSONNode?)] = hit.via.map { [("via", .object([("kle", .string($0.number.description)), ("title", .string($0.title))]))] }
            ?? [("matched", .array(SearchFieldKind.allCases.filter(hit.matched.contains).map { .string("\($0)") }))]
        switch entry {
        case .task(let task):
            let route = relations.route(for: task)
            func covering(_ employee: Employee) -> JSONNode {
                person(employee).adding(route.standingIn[employee.id].map { [("coversFor", $0.json)] } ?? [])
            }
            return .object(head + [("route", .object([
                ("primary", route.primary.map(covering)), ("backups", .array(route.backups.map(covering))),
                ("away", route.away.isEmpty ? nil : .array(route.away.map(\.json))),
                ("department", department(task.department)),
                ("departmentPhone", route.departmentPhone.map(JSONNode.string)), ("openingHours", route.openingHours.map(JSONNode.string))]))]
                + via)
        case .employee(let employee):
            return .object(head + [
                ("title", .string(employee.title)), ("department", department(employee.department)),
                ("phone", employee.phone.map(JSONNode.string)), ("mobile", employee.mobile.map(JSONNode.string)),
                ("deputy", employee.deputy.map { id in catalogue.employee(id).map(person) ?? .object([("id", .string(id.rawValue))]) }),
                ("away", relations.absence(of: employee.id)?.json)])
        case .department(let value):
            let contact = catalogue.callContact(of: value.id)
            return .object(head + [("phone", contact.phone.map(JSONNode.string)), ("mail", value.mail.map(JSONNode.string)),
                                   ("openingHours", contact.openingHours.map(JSONNode.string))])
        case .area(let area):
            return .object(head + [("contactDepartment", department(area.contactDepartment, phone: catalogue.callContact(of: area.contactDepartment).phone))])
        }
    }
}

extension AbsenceToday {
    /// The absence for `--json`: who is away, until when, and who takes the calls (null: the
    /// department). The note is left out: it is for colleagues reading the catalogue.
    var json: JSONNode {
        let whoCovers = cover.map { JSONNode.object([("id", .string($0.id.rawValue)), ("name", .string($0.name)), ("phone", $0.phone.map(JSONNode.string))]) }
        return .object([("id", .string(person.id.rawValue)), ("name", .string(person.name)), ("from", .string(absence.from.iso)),
                        ("until", absence.until.map { .string($0.iso) }), ("cover", whoCovers ?? JSONNode(.null))])
    }
}
