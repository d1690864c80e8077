import CatalogueModel

/// How each kind of entry maps to its file: its fields, each described once in `fieldTable` in
/// canonical order, from which reading the file and writing it back both follow.
package protocol EntryFormat: Sendable {
    /// The fields a file of this kind may hold, in canonical order.
    static var fieldTable: [Field<Self>] { get }
    /// An entry with nothing read yet, which the fields are read into.
    static func blank(id: String, description: String) -> Self
}

extension EntryFormat {
    /// What the fields are, for the options of `add` and `set` and for the checks.
    package static var schema: [FieldSpec] { fieldTable.map(\.spec) }

    /// The keys a file of this kind may hold, in canonical order.
    package static var keys: [String] { fieldTable.map(\.spec.key) }

    /// Reads an entry. A required field that is missing or unreadable is reported and left
    /// blank, so the rest of the entry still takes part in the checks of the whole catalogue.
    package static func read(id: String, _ reader: inout FieldReader, description: String) -> Self {
        var entry = blank(id: id, description: description)
        for field in fieldTable { field.read(&reader, &entry) }
        return entry
    }

    /// The entry's fields in canonical order, as its file holds them.
    package var fields: JSONNode {
        .object(Self.fieldTable.map { ($0.spec.key, $0.value(self)) })
    }
}

extension Settings: EntryFormat {
    package static let fieldTable: [Field<Settings>] = [
        .text("organisation", \.organisation, help: "The organisation's name, on the cover and the web page."),
        .text("title", \.title, help: "The catalogue's title."),
        .text("edition", \.edition, help: "The edition label printed on the cover, e.g. \"2026, 2. udgave\"."),
        .choice("language", \.language, default: .danish, help: "The language of every fixed text in the outputs (default: da)."),
        .text("oneEntryPhone", \.oneEntryPhone, help: "The one-entry phone for businesses."),
        .text("oneEntryMail", \.oneEntryMail, help: "The one-entry mail address for businesses."),
        .text("openingHours", \.openingHours, help: "The one-entry opening hours."),
        .text("switchboardPhone", \.switchboardPhone, help: "The main switchboard's phone."),
        .text("website", \.website, help: "The municipality's website (https://…)."),
        .text("accessibilityStatement", \.accessibilityStatement, help: "The accessibility statement's address (https://…)."),
        .text("corrections", \.corrections,
              help: "Whom to tell about mistakes (name, mail or phone); printed on the cover and every page of the internal catalogue."),
        .text("logo", \.logo,
              help: "The file name of an SVG or PNG logo (at most 200 kB) in the catalogue folder, shown in both versions' header."),
        .text("reviewRound", \.reviewRound, help: "The review round in progress (set by 'catalogue review start')."),
        .text("reviewStarted", \.reviewStarted, help: "The day the review round started, YYYY-MM-DD."),
        .text("reviewDue", \.reviewDue, help: "The day the departments' answers are due, YYYY-MM-DD."),
        .integer("reviewAfterMonths", \.reviewAfterMonths,
                 help: "Months an entry may go unconfirmed before 'check' warns (not-reviewed); default 12."),
        .optionalTexts("distribution", \.distribution,
                       help: "Mail addresses that receive the edition besides everyone in the catalogue, separated by commas."),
    ]

    package static func blank(id: String, description: String) -> Settings {
        Settings(organisation: "", title: "", edition: "")
    }
}

extension Department: EntryFormat {
    package static let fieldTable: [Field<Department>] = [
        .text("name", \.name, help: "The department's, office's or team's name."),
        .reference("parent", \.parent, .department, help: "The department it is part of."),
        .text("phone", \.phone, help: "The main phone number."),
        .text("mail", \.mail, help: "The shared mail address."),
        .text("address", \.address, help: "The visiting address."),
        .text("openingHours", \.openingHours, help: "The opening hours (a team without them uses its parent's)."),
        .text("web", \.web, help: "A web page (https://…)."),
        .integer("sortOrder", \.sortOrder, help: "Order among its siblings (those without one follow alphabetically)."),
        .reference("head", \.head, .employee, help: "The employee who heads it; its review sheet is addressed to them."),
        .text("reviewed", \.reviewed, help: "The day the entry was last confirmed, YYYY-MM-DD (set by 'catalogue review confirm')."),
        .text("reviewedBy", \.reviewedBy, help: "Who confirmed the entry last."),
        .acceptances(\.accept),
    ]

    package static func blank(id: String, description: String) -> Department {
        Department(id: DepartmentID(id), name: "")
    }
}

extension Employee: EntryFormat {
    package static let fieldTable: [Field<Employee>] = [
        .text("name", \.name, help: "The person's full name."),
        .text("title", \.title, help: "The job title."),
        .reference("department", \.department, .department, help: "The department or team they work in."),
        .text("phone", \.phone, help: "The direct phone number."),
        .text("mobile", \.mobile, help: "The mobile number (never published externally)."),
        .text("mail", \.mail, help: "The mail address."),
        .reference("deputy", \.deputy, .employee, help: "The colleague who stands in for them (stedfortræder)."),
        .choice("visibility", \.visibility, default: .internal,
                help: "What the external version may show: internal (default, never named), name (name and title), contact (also direct phone and mail)."),
        .text("reviewed", \.reviewed, help: "The day the entry was last confirmed, YYYY-MM-DD (set by 'catalogue review confirm')."),
        .text("reviewedBy", \.reviewedBy, help: "Who confirmed the entry last."),
        .absence("absence", \.absence, help: "A period away with a colleague covering: set with 'catalogue away', removed with 'catalogue back'."),
        .acceptances(\.accept),
    ]

    package static func blank(id: String, description: String) -> Employee {
        Employee(id: EmployeeID(id), name: "", title: "", department: "")
    }
}

extension CatalogueTask: EntryFormat {
    package static let fieldTable: [Field<CatalogueTask>] = [
        .text("title", \.title, help: "What the task is."),
        .reference("department", \.department, .department, help: "The department that owns it."),
        .reference("area", \.area, .area, help: "The company-contact area it belongs to."),
        .references("responsible", \.responsible, .employee, required: true,
                    help: "Employee ids in order: the first is the primary person, the rest are backups."),
        .texts("keywords", \.keywords, help: "Words a caller might use, separated by commas."),
        .texts("kle", \.kle, help: "KLE numbers (NN, NN.NN or NN.NN.NN, optionally with an action facet such as -G01), separated by commas."),
        .links("links", \.links, help: "A self-service form or page as TITLE=https://…; repeat the option for more."),
        .choice("audience", \.audience, default: .internal,
                help: "external or internal (default): only external tasks can be published on the web."),
        .text("internalNote", \.internalNote, help: "A note for colleagues; printed in the internal catalogue only."),
        .text("reviewed", \.reviewed, help: "The day the entry was last confirmed, YYYY-MM-DD (set by 'catalogue review confirm')."),
        .text("reviewedBy", \.reviewedBy, help: "Who confirmed the entry last."),
        .acceptances(\.accept),
    ]

    package static func blank(id: String, description: String) -> CatalogueTask {
        CatalogueTask(id: TaskID(id), title: "", department: "", area: "", responsible: [], description: description)
    }
}

extension Area: EntryFormat {
    package static let fieldTable: [Field<Area>] = [
        .text("name", \.name, help: "The area's name."),
        .integer("sortOrder", \.sortOrder, help: "Its place in the catalogue (those without one follow alphabetically)."),
        .bool("significantBusinessContact", \.significantBusinessContact,
              help: "true when the area has significant business contact: only then is it in the external version."),
        .reference("contactDepartment", \.contactDepartment, .department, help: "The department businesses contact about the area."),
        .acceptances(\.accept),
    ]

    package static func blank(id: String, description: String) -> Area {
        Area(id: AreaID(id), name: "", significantBusinessContact: false, contactDepartment: "", description: description)
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
