import CatalogueModel

/// How each kind of entry maps to its file: the fields in their canonical order, reading them
/// (with every problem reported) and writing them back. The field tables here are the schema.
package protocol EntryFormat {
    /// The fields a file of this kind may hold, in canonical order.
    static var schema: [FieldSpec] { get }
    /// Reads an entry. A required field that is missing or unreadable is reported and left
    /// blank, so the rest of the entry still takes part in the checks of the whole catalogue.
    static func read(id: String, _ reader: inout FieldReader, description: String) -> Self
    /// The entry's fields in canonical order.
    var fields: JSONNode { get }
}

extension EntryFormat {
    /// The keys a file of this kind may hold, in canonical order.
    package static var keys: [String] { schema.map(\.key) }
}

/// One field of an entry file: its key, what its value is, whether it must be there, and what
/// it means (the help of its command-line option).
package struct FieldSpec: Sendable {
    package var key: String
    package var type: FieldType
    package var required = false
    package var help: String

    /// The command-line option that sets it: the key in kebab-case, `internalNote` → `--internal-note`.
    package var option: String {
        "--" + key.unicodeScalars.map { ("A"..."Z").contains($0) ? "-" + String($0).lowercased() : String($0) }.joined()
    }
}

/// What a field holds, as the command line reads it.
package enum FieldType: Sendable, Equatable {
    /// One line of text (phone numbers, mail and web addresses too: their shape is checked with the catalogue).
    case text
    /// The id of another entry.
    case reference(EntryKind)
    /// One of a few words.
    case choice([String])
    case bool
    case integer
    /// A list of texts, typed as one comma-separated value.
    case texts
    /// A list of ids of other entries, typed as one comma-separated value.
    case references(EntryKind)
    /// Links, each typed as `Title=https://…`.
    case links
    /// Accepted warnings, each typed as `CODE=REASON`.
    case acceptances

    /// How the value is written in usage lines.
    package var valueName: String {
        switch self {
        case .text: return "TEXT"
        case .reference: return "ID"
        case .choice(let words): return words.joined(separator: "|")
        case .bool: return "true|false"
        case .integer: return "N"
        case .texts: return "A,B,..."
        case .references: return "ID,ID,..."
        case .links: return "TITLE=URL"
        case .acceptances: return "CODE=REASON"
        }
    }

    package var isList: Bool {
        switch self {
        case .texts, .references, .links: return true
        default: return false
        }
    }
}

extension Settings: EntryFormat {
    package static let schema = [
        FieldSpec(key: "organisation", type: .text, required: true, help: "The organisation's name, on the cover and the web page."),
        FieldSpec(key: "title", type: .text, required: true, help: "The catalogue's title."),
        FieldSpec(key: "edition", type: .text, required: true, help: "The edition label printed on the cover, e.g. \"2026, 2. udgave\"."),
        FieldSpec(key: "language", type: .choice(Language.allCases.map(\.rawValue)), help: "The language of every fixed text in the outputs (default: da)."),
        FieldSpec(key: "oneEntryPhone", type: .text, help: "The one-entry phone for businesses."),
        FieldSpec(key: "oneEntryMail", type: .text, help: "The one-entry mail address for businesses."),
        FieldSpec(key: "openingHours", type: .text, help: "The one-entry opening hours."),
        FieldSpec(key: "switchboardPhone", type: .text, help: "The main switchboard's phone."),
        FieldSpec(key: "website", type: .text, help: "The municipality's website (https://…)."),
        FieldSpec(key: "accessibilityStatement", type: .text, help: "The accessibility statement's address (https://…)."),
        FieldSpec(key: "corrections", type: .text, help: "Whom to tell about mistakes (name, mail or phone); printed on the cover and every page of the internal catalogue."),
        FieldSpec(key: "logo", type: .text, help: "The file name of an SVG or PNG logo (at most 200 kB) in the catalogue folder, shown in both versions' header."),
    ]

    package static func read(id: String, _ r: inout FieldReader, description: String) -> Settings {
        let organisation = r.string("organisation", required: true)
        let title = r.string("title", required: true)
        let edition = r.string("edition", required: true)
        let language: Language? = r.choice("language")
        let settings = Settings(organisation: organisation ?? "", title: title ?? "", edition: edition ?? "",
                                language: language ?? .danish,
                                oneEntryPhone: r.string("oneEntryPhone"), oneEntryMail: r.string("oneEntryMail"),
                                openingHours: r.string("openingHours"), switchboardPhone: r.string("switchboardPhone"),
                                website: r.string("website"), accessibilityStatement: r.string("accessibilityStatement"),
                                corrections: r.string("corrections"), logo: r.string("logo"))
        return settings
    }

    package var fields: JSONNode {
        .object([("organisation", .string(organisation)), ("title", .string(title)), ("edition", .string(edition)),
                 ("language", .string(language.rawValue)), ("oneEntryPhone", oneEntryPhone.map(JSONNode.string)),
                 ("oneEntryMail", oneEntryMail.map(JSONNode.string)), ("openingHours", openingHours.map(JSONNode.string)),
                 ("switchboardPhone", switchboardPhone.map(JSONNode.string)), ("website", website.map(JSONNode.string)),
                 ("accessibilityStatement", accessibilityStatement.map(JSONNode.string)),
                 ("corrections", corrections.map(JSONNode.string)), ("logo", logo.map(JSONNode.string))])
    }
}

extension Department: EntryFormat {
    package static let schema = [
        FieldSpec(key: "name", type: .text, required: true, help: "The department's, office's or team's name."),
        FieldSpec(key: "parent", type: .reference(.department), help: "The department it is part of."),
        FieldSpec(key: "phone", type: .text, help: "The main phone number."),
        FieldSpec(key: "mail", type: .text, help: "The shared mail address."),
        FieldSpec(key: "address", type: .text, help: "The visiting address."),
        FieldSpec(key: "openingHours", type: .text, help: "The opening hours (a team without them uses its parent's)."),
        FieldSpec(key: "web", type: .text, help: "A web page (https://…)."),
        FieldSpec(key: "sortOrder", type: .integer, help: "Order among its siblings (those without one follow alphabetically)."),
        FieldSpec(key: "accept", type: .acceptances, help: "Warnings the entry knowingly has, as CODE=REASON (the code in [brackets] after the warning); repeat the option for more."),
    ]

    package static func read(id: String, _ r: inout FieldReader, description: String) -> Department {
        let name = r.string("name", required: true)
        var department = Department(id: DepartmentID(id), name: name ?? "", parent: r.id("parent"), phone: r.string("phone"),
                                    mail: r.string("mail"), address: r.string("address"), openingHours: r.string("openingHours"),
                                    web: r.string("web"), sortOrder: r.integer("sortOrder"))
        department.accept = r.acceptances("accept")
        return department
    }

    package var fields: JSONNode {
        .object([("name", .string(name)), ("parent", parent.map { .string($0.rawValue) }), ("phone", phone.map(JSONNode.string)),
                 ("mail", mail.map(JSONNode.string)), ("address", address.map(JSONNode.string)),
                 ("openingHours", openingHours.map(JSONNode.string)), ("web", web.map(JSONNode.string)),
                 ("sortOrder", sortOrder.map(JSONNode.integer)), ("accept", accept.node)])
    }
}

extension Employee: EntryFormat {
    package static let schema = [
        FieldSpec(key: "name", type: .text, required: true, help: "The person's full name."),
        FieldSpec(key: "title", type: .text, required: true, help: "The job title."),
        FieldSpec(key: "department", type: .reference(.department), required: true, help: "The department or team they work in."),
        FieldSpec(key: "phone", type: .text, help: "The direct phone number."),
        FieldSpec(key: "mobile", type: .text, help: "The mobile number (never published externally)."),
        FieldSpec(key: "mail", type: .text, help: "The mail address."),
        FieldSpec(key: "deputy", type: .reference(.employee), help: "The colleague who stands in for them (stedfortræder)."),
        FieldSpec(key: "visibility", type: .choice(Visibility.allCases.map(\.rawValue)),
                  help: "What the external version may show: internal (default, never named), name (name and title), contact (also direct phone and mail)."),
        FieldSpec(key: "accept", type: .acceptances, help: "Warnings the entry knowingly has, as CODE=REASON (the code in [brackets] after the warning); repeat the option for more."),
    ]

    package static func read(id: String, _ r: inout FieldReader, description: String) -> Employee {
        let name = r.string("name", required: true)
        let title = r.string("title", required: true)
        let department: DepartmentID? = r.id("department", required: true)
        var employee = Employee(id: EmployeeID(id), name: name ?? "", title: title ?? "", department: department ?? "",
                                phone: r.string("phone"), mobile: r.string("mobile"), mail: r.string("mail"),
                                deputy: r.id("deputy"), visibility: r.choice("visibility") ?? .internal)
        employee.accept = r.acceptances("accept")
        return employee
    }

    package var fields: JSONNode {
        .object([("name", .string(name)), ("title", .string(title)), ("department", .string(department.rawValue)),
                 ("phone", phone.map(JSONNode.string)), ("mobile", mobile.map(JSONNode.string)), ("mail", mail.map(JSONNode.string)),
                 ("deputy", deputy.map { .string($0.rawValue) }), ("visibility", .string(visibility.rawValue)),
                 ("accept", accept.node)])
    }
}

extension CatalogueTask: EntryFormat {
    package static let schema = [
        FieldSpec(key: "title", type: .text, required: true, help: "What the task is."),
        FieldSpec(key: "department", type: .reference(.department), required: true, help: "The department that owns it."),
        FieldSpec(key: "area", type: .reference(.area), required: true, help: "The company-contact area it belongs to."),
        FieldSpec(key: "responsible", type: .references(.employee), required: true, help: "Employee ids in order: the first is the primary person, the rest are backups."),
        FieldSpec(key: "keywords", type: .texts, help: "Words a caller might use, separated by commas."),
        FieldSpec(key: "kle", type: .texts, help: "KLE numbers (NN, NN.NN or NN.NN.NN, optionally with an action facet such as -G01), separated by commas."),
        FieldSpec(key: "links", type: .links, help: "A self-service form or page as TITLE=https://…; repeat the option for more."),
        FieldSpec(key: "audience", type: .choice(Audience.allCases.map(\.rawValue)), help: "external or internal (default): only external tasks can be published on the web."),
        FieldSpec(key: "internalNote", type: .text, help: "A note for colleagues; printed in the internal catalogue only."),
        FieldSpec(key: "accept", type: .acceptances, help: "Warnings the entry knowingly has, as CODE=REASON (the code in [brackets] after the warning); repeat the option for more."),
    ]
    package static let linkKeys = ["title", "url"]

    package static func read(id: String, _ r: inout FieldReader, description: String) -> CatalogueTask {
        let title = r.string("title", required: true)
        let department: DepartmentID? = r.id("department", required: true)
        let area: AreaID? = r.id("area", required: true)
        let responsible: [EmployeeID] = r.ids("responsible", required: true)
        let keywords = r.strings("keywords")
        let kle = r.strings("kle")
        let links: [Link] = r.list("links") { reader, node, keyPath in
            reader.nested(node, keyPath: keyPath, role: .link, knownKeys: linkKeys) { link in
                let title = link.string("title", required: true)
                let url = link.string("url", required: true)
                guard let title, let url else { return nil }
                return Link(title: title, url: url)
            }
        }
        var task = CatalogueTask(id: TaskID(id), title: title ?? "", department: department ?? "", area: area ?? "", responsible: responsible,
                        keywords: keywords, kle: kle, links: links, audience: r.choice("audience") ?? .internal,
                        internalNote: r.string("internalNote"), description: description)
        task.accept = r.acceptances("accept")
        return task
    }

    package var fields: JSONNode {
        .object([("title", .string(title)), ("department", .string(department.rawValue)), ("area", .string(area.rawValue)),
                 ("responsible", .strings(responsible.map(\.rawValue))), ("keywords", .strings(keywords)), ("kle", .strings(kle)),
                 ("links", .array(links.map { .object([("title", .string($0.title)), ("url", .string($0.url))]) })),
                 ("audience", .string(audience.rawValue)), ("internalNote", internalNote.map(JSONNode.string)),
                 ("accept", accept.node)])
    }
}

extension Area: EntryFormat {
    package static let schema = [
        FieldSpec(key: "name", type: .text, required: true, help: "The area's name."),
        FieldSpec(key: "sortOrder", type: .integer, help: "Its place in the catalogue (those without one follow alphabetically)."),
        FieldSpec(key: "significantBusinessContact", type: .bool, required: true, help: "true when the area has significant business contact: only then is it in the external version."),
        FieldSpec(key: "contactDepartment", type: .reference(.department), required: true, help: "The department businesses contact about the area."),
        FieldSpec(key: "accept", type: .acceptances, help: "Warnings the entry knowingly has, as CODE=REASON (the code in [brackets] after the warning); repeat the option for more."),
    ]

    package static func read(id: String, _ r: inout FieldReader, description: String) -> Area {
        let name = r.string("name", required: true)
        let sortOrder = r.integer("sortOrder")
        let significant = r.bool("significantBusinessContact", required: true)
        let contact: DepartmentID? = r.id("contactDepartment", required: true)
        var area = Area(id: AreaID(id), name: name ?? "", sortOrder: sortOrder, significantBusinessContact: significant ?? false,
                        contactDepartment: contact ?? "", description: description)
        area.accept = r.acceptances("accept")
        return area
    }

    package var fields: JSONNode {
        .object([("name", .string(name)), ("sortOrder", sortOrder.map(JSONNode.integer)),
                 ("significantBusinessContact", .bool(significantBusinessContact)),
                 ("contactDepartment", .string(contactDepartment.rawValue)), ("accept", accept.node)])
    }
}

extension FieldSpec {
    /// The word for one element of a list field, for `--add-keyword` and `--remove-link`.
    package var singular: String {
        switch key {
        case "keywords": return "keyword"
        case "links": return "link"
        default: return String(option.dropFirst(2))
        }
    }
}

extension AnyEntry {
    /// The entry's fields in canonical order, as its file holds them.
    package var fields: JSONNode {
        switch self {
        case .department(let value): return value.fields
        case .employee(let value): return value.fields
        case .task(let value): return value.fields
        case .area(let value): return value.fields
        }
    }

    /// The Markdown description of the kinds that have one; nil for the others.
    package var description: String? {
        switch self {
        case .task(let value): return value.description
        case .area(let value): return value.description
        case .department, .employee: return nil
        }
    }
}

extension Array where Element == Acceptance {
    /// The `"accept"` object, or nil (the field left out) when nothing is accepted.
    package var node: JSONNode? {
        isEmpty ? nil : .object(map { ($0.code, .string($0.reason)) })
    }
}

extension EntryKind {
    /// The fields an entry of this kind has, in canonical order.
    package var schema: [FieldSpec] {
        switch self {
        case .department: return Department.schema
        case .employee: return Employee.schema
        case .task: return CatalogueTask.schema
        case .area: return Area.schema
        }
    }

    /// The keys a file of this kind may hold, in canonical order.
    package var keys: [String] { schema.map(\.key) }
}
