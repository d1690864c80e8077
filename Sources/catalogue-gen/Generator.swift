import Foundation
import CatalogueKit
import CatalogueModel
import CatalogueStorage
import KLE

/// Builds a synthetic catalogue of a given size from `Words`: departments nested in three
/// levels, employees named and placed in them, about two tasks per employee held by people of
/// the task's department, and the forty areas. The same seed always gives the same catalogue.
///
/// It aims for a catalogue `catalogue check` passes without errors and with few warnings:
/// every employee holds a task, a primary person always has a phone, and only about one task
/// in a hundred lacks a backup.
struct Generator {
    private var random: SplitMix64
    private let employeeCount: Int

    init(employees: Int, seed: UInt64) {
        random = SplitMix64(seed: seed)
        employeeCount = employees
    }

    /// A department as planned: the entry, its nesting level (0 administration, 1 department,
    /// 2 team) and the field its work belongs to.
    private struct Unit {
        var department: Department
        let level: Int
        let field: Int
    }

    /// The whole catalogue.
    mutating func catalogue() -> Catalogue {
        var ids = UniqueIDs()
        let units = departments(&ids)
        let areas = self.areas(units)
        var employees = self.employees(units, &ids)
        let members = Dictionary(grouping: employees.indices, by: { employees[$0].department })
        assignDeputies(&employees, members)
        var tasks = self.tasks(units, employees, members, areas, &ids)
        publishEverySignificantArea(&tasks, areas)
        let settings = Settings(
            organisation: "Fjordby Kommune", edition: "2026, 2. udgave", oneEntryPhone: "72 57 88 10", oneEntryMail: "virksomhed@fjordby.dk",
            openingHours: "Mandag–onsdag 9.00–15.00, torsdag 9.00–17.00, fredag 9.00–13.00", switchboardPhone: "72 57 77 77",
            website: "https://www.fjordby.dk", accessibilityStatement: "https://www.was.digst.dk/fjordby-dk")
        return Catalogue(settings: settings, departments: units.map(\.department), employees: employees, tasks: tasks, areas: areas.map(\.area))
    }

    // MARK: Departments

    /// About one department per fifty employees: up to eight administrations, a sixth of the
    /// rest departments under them, and the others teams under the departments.
    private mutating func departments(_ ids: inout UniqueIDs) -> [Unit] {
        let total = max(3, employeeCount / 50)
        let administrations = min(Words.administrations.count, max(1, total / 10))
        let middle = max(1, (total - administrations) / 6)
        let teams = total - administrations - middle
        var names = UniqueNames()
        var units: [Unit] = []
        for index in 0..<administrations {
            let field = Words.fields.indices.first { Words.fields[$0].administration % administrations == index } ?? 0
            units.append(unit(name: names.take(Words.administrations[index], variants: Words.places), parent: nil, level: 0, field: field, &ids))
        }
        for index in 0..<middle {
            // The first twenty cover every field once, so every area has a department behind it.
            let field = index < Words.fields.count ? index : random.below(Words.fields.count)
            let name = names.take(random.pick(Words.fields[field].departments), variants: Words.places)
            units.append(unit(name: name, parent: units[Words.fields[field].administration % administrations].department.id, level: 1, field: field, &ids))
        }
        let middleUnits = Array(units[administrations...])
        for _ in 0..<teams {
            let parent = random.pick(middleUnits)
            let field = random.chance(0.75) ? parent.field : random.below(Words.fields.count)
            let name = names.take("Team " + random.pick(Words.fields[field].teams), variants: Words.places)
            units.append(unit(name: name, parent: parent.department.id, level: 2, field: field, &ids))
        }
        return units
    }

    private mutating func unit(name: String, parent: DepartmentID?, level: Int, field: Int, _ ids: inout UniqueIDs) -> Unit {
        let id = ids.take(slug(name), kind: "department")
        let high = level < 2
        var department = Department(id: DepartmentID(id), name: name, parent: parent)
        if random.chance(high ? 0.95 : 0.5) { department.phone = phone(72_400_000 + ids.count(of: "department")) }
        if random.chance(high ? 0.8 : 0.4) { department.mail = "\(id)@fjordby.dk" }
        if random.chance(high ? 0.9 : 0.3) { department.address = random.pick(Words.streets) }
        if random.chance([0.9, 0.6, 0.25][level]) { department.openingHours = random.pick(Words.openingHours) }
        if random.chance(high ? 0.5 : 0.1) { department.web = "https://www.fjordby.dk/\(id)" }
        if random.chance(0.4) { department.sortOrder = 10 * random.int(1...9) }
        return Unit(department: department, level: level, field: field)
    }

    // MARK: Areas

    /// The forty areas, two per field, each with a contact department of its field.
    private mutating func areas(_ units: [Unit]) -> [(area: Area, field: Int)] {
        var result: [(Area, Int)] = []
        for (field, words) in Words.fields.enumerated() {
            let contacts = units.filter { $0.level == 1 && $0.field == field }
            let contact = contacts.first ?? units[0]
            for (position, area) in words.areas.enumerated() {
                let sortOrder = random.chance(0.7) ? 10 * (2 * field + position + 1) : nil
                let text = description(subject: area.name, field: words, paragraphs: random.int(1...2))
                result.append((Area(id: AreaID(slug(area.name)), name: area.name, sortOrder: sortOrder, significantBusinessContact: area.significant,
                                    contactDepartment: contact.department.id, description: text), field))
            }
        }
        return result
    }

    // MARK: Employees

    private mutating func employees(_ units: [Unit], _ ids: inout UniqueIDs) -> [Employee] {
        // Teams hold most people, departments some, administrations a few.
        let weights = units.map { [2, 5, 10][$0.level] }
        var hasLeader = Set<Int>()
        var result: [Employee] = []
        result.reserveCapacity(employeeCount)
        for index in 0..<employeeCount {
            let place = random.weighted(weights)
            let unit = units[place]
            let first = random.pickCommon(Words.firstNames)
            let middle = random.chance(0.35) ? random.pickCommon(Words.middleNames) : nil
            let last = random.pickCommon(Words.surnames)
            let name = [first, middle, last].compactMap { $0 }.joined(separator: " ")
            let initials = [first, middle, last].compactMap { $0?.first.map(fold) }.joined()
            let id = EmployeeID(ids.take(initials, kind: "employee", separator: ""))
            let title: String
            if hasLeader.insert(place).inserted {
                title = random.pick(Words.leaderTitles[unit.level])
            } else {
                title = random.chance(0.75) ? random.pick(Words.fields[unit.field].titles) : random.pick(Words.generalTitles)
            }
            var employee = Employee(id: id, name: name, title: title, department: unit.department.id)
            if random.chance(0.94) { employee.phone = phone(72_500_000 + index) }
            if random.chance(0.4) { employee.mobile = mobile() }
            if random.chance(0.96) { employee.mail = "\(id.rawValue)@fjordby.dk" }
            employee.visibility = [Visibility.internal, .name, .contact][random.weighted([40, 25, 35])]
            result.append(employee)
        }
        return result
    }

    /// Most people have a colleague of their own department as deputy.
    private mutating func assignDeputies(_ employees: inout [Employee], _ members: [DepartmentID: [Int]]) {
        for index in employees.indices where random.chance(0.8) {
            guard let colleagues = members[employees[index].department], colleagues.count > 1 else { continue }
            var deputy = random.pick(colleagues)
            if deputy == index { deputy = colleagues[(colleagues.firstIndex(of: index).map { $0 + 1 } ?? 0) % colleagues.count] }
            employees[index].deputy = employees[deputy].id
        }
    }

    // MARK: Tasks

    /// One task for every employee (so nobody is without one), then as many again held by
    /// people chosen at random. A task belongs to its primary person's department.
    private mutating func tasks(_ units: [Unit], _ employees: [Employee], _ members: [DepartmentID: [Int]],
                                _ areas: [(area: Area, field: Int)], _ ids: inout UniqueIDs) -> [CatalogueTask] {
        let unitByID = Dictionary(uniqueKeysWithValues: units.map { ($0.department.id, $0) })
        let withPhone = employees.indices.filter { employees[$0].phone != nil }
        var result: [CatalogueTask] = []
        result.reserveCapacity(2 * employees.count)
        for holder in random.shuffled(Array(employees.indices)) + (0..<employees.count).map({ _ in random.pick(withPhone) }) {
            let department = employees[holder].department
            let colleagues = members[department] ?? [holder]
            // The primary person needs a phone, or the switchboard has no number to call; a
            // holder without one is a backup to a colleague (or anyone) who has one.
            var people = [holder]
            if employees[holder].phone == nil {
                let primary = colleagues.first { employees[$0].phone != nil } ?? random.pick(withPhone)
                people = primary == holder ? [holder] : [primary, holder]
            }
            let wanted = random.weighted([1, 50, 33, 16]) + 1
            var attempts = 0
            while people.count < wanted, attempts < 8 {
                attempts += 1
                let backup = random.chance(0.85) ? random.pick(colleagues) : random.below(employees.count)
                if !people.contains(backup) { people.append(backup) }
            }
            guard let unit = unitByID[department] else { continue }
            result.append(task(unit: unit, responsible: people.map { employees[$0].id }, areas: areas, &ids))
        }
        return result
    }

    private mutating func task(unit: Unit, responsible: [EmployeeID], areas: [(area: Area, field: Int)], _ ids: inout UniqueIDs) -> CatalogueTask {
        // Most of a department's tasks lie in its own field; the rest spread over all fields,
        // so that a small catalogue, with few departments, still fills every area.
        let field = random.chance(0.7) ? unit.field : random.below(Words.fields.count)
        let words = Words.fields[field]
        let area = areas[2 * field + (random.chance(0.65) ? 0 : 1)].area
        let subject = random.pick(words.subjects)
        var title = subject + random.pickCommon(Words.qualifiers)
        if random.chance(0.3) { title += ", " + random.pick(Words.places) }
        let id = TaskID(ids.take(slug(title), kind: "task"))
        var task = CatalogueTask(id: id, title: title, department: unit.department.id, area: area.id, responsible: responsible)
        var keywords = random.sample(random.weighted([1, 2, 3, 4, 3, 2, 1]), from: words.keywords)
        if random.chance(0.3), !subject.contains(" ") { keywords.append(subject.lowercased()) }
        task.keywords = keywords.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        var kle: [String] = []
        for _ in 0..<random.weighted([2, 5, 2, 1]) {
            // A real topic of the plan under the field's group, as a municipality's archive gives them; one number
            // in fifty is made up, as typing gives them, so that check meets unknown numbers too.
            let group = random.pick(words.kle)
            let topics = KLENumber(group).map { KLEPlan.shipped.topics(under: $0) } ?? []
            var number = topics.isEmpty || random.chance(0.02)
                ? group + "." + twoDigits(random.below(26)) : topics[topics.startIndex + random.below(topics.count)].number.description
            if random.chance(0.2) { number += "-" + random.pick(["G01", "G20", "K07", "P20", "A00"]) }
            if !kle.contains(number) { kle.append(number) }
        }
        task.kle = kle
        task.links = random.sample(random.weighted([4, 4, 2]), from: words.links)
        task.audience = random.chance(area.significantBusinessContact ? 0.75 : 0.08) ? .external : .internal
        if random.chance(0.2) { task.internalNote = random.pick(Self.notes) }
        task.description = description(subject: subject, field: words, paragraphs: random.weighted([3, 4, 3, 2]) + 1)
        return task
    }

    private static let notes = [
        "Større sager drøftes altid på tirsdagsmødet.", "Aftal med teamlederen, før der gives afslag.",
        "Sager fra landbruget koordineres med Team Landbrug.", "Husk at orientere borgmesterens sekretariat ved presseomtale.",
        "Gebyret reguleres hvert år i januar.", "Brug skabelonen i fagsystemet til afgørelsen.",
    ]

    /// An area with significant business contact but no external task is reported by the
    /// check; open one of its tasks to the web, as the secretariat would.
    private func publishEverySignificantArea(_ tasks: inout [CatalogueTask], _ areas: [(area: Area, field: Int)]) {
        let published = Set(tasks.filter { $0.audience == .external }.map(\.area))
        for (area, _) in areas where area.significantBusinessContact && !published.contains(area.id) {
            if let index = tasks.firstIndex(where: { $0.area == area.id }) { tasks[index].audience = .external }
        }
    }

    // MARK: Text

    /// A Markdown description: paragraphs of filled-in sentences, now and then a heading, a
    /// list of what to send, a link or some emphasis.
    private mutating func description(subject: String, field: Field, paragraphs: Int) -> String {
        let topic = subject.first.map { String($0).lowercased() + subject.dropFirst() } ?? subject
        var blocks: [String] = []
        // Drawn without replacement, so no sentence comes twice in one description.
        var unused = random.shuffled(Words.sentences)
        for paragraph in 0..<paragraphs {
            if paragraph > 0, random.chance(0.08) { blocks.append(random.pick(["## Sådan søger du", "## Det skal du vide", "## Gebyrer og frister"])) }
            if paragraph > 0, random.chance(0.15) {
                let numbered = random.chance(0.3)
                let items = random.sample(random.int(2...4), from: field.documents + ["CVR-nummer", "kontaktoplysninger på den ansvarlige"])
                let lines = items.enumerated().map { numbered ? "\($0.offset + 1). \($0.element.capitalisedFirst)" : "- \($0.element)" }
                blocks.append(random.pick(["Ansøgningen skal som regel indeholde:", "Send os derfor:", "Husk at vedlægge:"]) + "\n" + lines.joined(separator: "\n"))
                continue
            }
            var sentences: [String] = []
            for _ in 0..<random.int(2...4) { if let sentence = unused.popLast() { sentences.append(fill(sentence, topic: topic)) } }
            if random.chance(0.3), let link = field.links.isEmpty ? nil : random.pick(field.links) {
                sentences.append(random.pick(["Du kan søge digitalt via [\(link.title)](\(link.url)).", "Læs mere på [\(link.title)](\(link.url))."]))
            } else if random.chance(0.1) {
                sentences.append("Skriv gerne til [virksomhed@fjordby.dk](mailto:virksomhed@fjordby.dk).")
            }
            blocks.append(sentences.joined(separator: " "))
        }
        return blocks.joined(separator: "\n\n")
    }

    private mutating func fill(_ sentence: String, topic: String) -> String {
        guard sentence.contains("{") else { return sentence }
        let emphasised = random.chance(0.1) ? "*\(topic)*" : topic
        return sentence
            .replacingOccurrences(of: "{emne}", with: emphasised)
            .replacingOccurrences(of: "{hvem}", with: random.pick(Words.audiences))
            .replacingOccurrences(of: "{sted}", with: random.pick(Array(Words.places.dropFirst(4))))
            .replacingOccurrences(of: "{frist}", with: random.pick(Words.deadlines))
    }

    // MARK: Values

    /// An 8-digit number written in groups of two: "72 50 03 17".
    private func phone(_ number: Int) -> String {
        let digits = String(number)
        return stride(from: 0, to: 8, by: 2).map { String(digits.dropFirst($0).prefix(2)) }.joined(separator: " ")
    }

    private mutating func mobile() -> String {
        let prefix = random.pick([20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 40, 41, 42, 50, 51, 52, 53, 60, 61, 71, 81, 91, 92, 93])
        return phone(prefix * 1_000_000 + random.below(1_000_000))
    }

    private func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// Names made unique by a place, then a number: "Team Byggesag", "Team Byggesag Nord", ...
private struct UniqueNames {
    private var uses: [String: Int] = [:]

    mutating func take(_ base: String, variants: [String]) -> String {
        let use = uses[base, default: 0]
        uses[base] = use + 1
        guard use > 0 else { return base }
        let variant = variants[(use - 1) % variants.count]
        let round = (use - 1) / variants.count
        return round == 0 ? "\(base) \(variant)" : "\(base) \(variant) \(round + 1)"
    }
}

/// Ids made unique by a number suffix: "akm", "akm2", ... or "byggetilladelse", "byggetilladelse-2".
private struct UniqueIDs {
    private var taken: [String: Int] = [:]
    private var counts: [String: Int] = [:]

    /// How many ids of `kind` have been handed out.
    func count(of kind: String) -> Int { counts[kind, default: 0] }

    mutating func take(_ base: String, kind: String, separator: String = "-") -> String {
        counts[kind, default: 0] += 1
        // Keyed by kind too: a task and an area may share an id, as they live in different folders.
        let key = kind + "/" + base
        let use = taken[key, default: 0]
        taken[key] = use + 1
        return use == 0 ? base : String(base.prefix(EntryID<Never>.maximumLength - 6)) + separator + "\(use + 1)"
    }
}

/// An id from a name: lower case, æ→ae, ø→oe, å→aa, accents dropped, anything else a hyphen.
func slug(_ text: String) -> String {
    var out = ""
    for character in text.lowercased() {
        if let folded = foldedLetters[character] {
            out += folded
        } else if character.isASCII, character.isLetter || character.isNumber {
            out.append(character)
        } else if let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first, ("a"..."z").contains(base) {
            out.unicodeScalars.append(base)
        } else if !out.isEmpty, !out.hasSuffix("-") {
            out += "-"
        }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return String(out.prefix(56))
}

/// The first letter of a name part as initials are written in ids: "Ø" → "oe".
private func fold(_ letter: Character) -> String {
    let lower = Character(letter.lowercased())
    return foldedLetters[lower] ?? String(lower)
}

private let foldedLetters: [Character: String] = ["æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe"]

private extension String {
    /// The text with its first letter in upper case, for list items.
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
