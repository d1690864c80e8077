/// How each kind of entry maps to its file: the keys in their canonical order, reading them
/// (with every problem reported) and writing them back. The key lists here are the schema.
protocol EntryFormat {
    /// The keys a file of this kind may hold, in canonical order.
    static var keys: [String] { get }
    /// Reads an entry; nil when a required field is missing or unreadable.
    static func read(id: String, _ reader: inout FieldReader, description: String) -> Self?
    /// The entry's fields in canonical order.
    var fields: JSONNode { get }
}

extension Settings: EntryFormat {
    static let keys = ["organisation", "title", "edition", "language", "oneEntryPhone", "oneEntryMail", "openingHours",
                       "switchboardPhone", "website", "accessibilityStatement"]

    static func read(id: String, _ r: inout FieldReader, description: String) -> Settings? {
        let organisation = r.string("organisation", required: true)
        let title = r.string("title", required: true)
        let edition = r.string("edition", required: true)
        let language: Language? = r.choice("language")
        let settings = Settings(organisation: organisation ?? "", title: title ?? "", edition: edition ?? "",
                                language: language ?? .danish,
                                oneEntryPhone: r.string("oneEntryPhone"), oneEntryMail: r.string("oneEntryMail"),
                                openingHours: r.string("openingHours"), switchboardPhone: r.string("switchboardPhone"),
                                website: r.string("website"), accessibilityStatement: r.string("accessibilityStatement"))
        return organisation == nil || title == nil || edition == nil ? nil : settings
    }

    var fields: JSONNode {
        .object([("organisation", .string(organisation)), ("title", .string(title)), ("edition", .string(edition)),
                 ("language", .string(language.rawValue)), ("oneEntryPhone", oneEntryPhone.map(JSONNode.string)),
                 ("oneEntryMail", oneEntryMail.map(JSONNode.string)), ("openingHours", openingHours.map(JSONNode.string)),
                 ("switchboardPhone", switchboardPhone.map(JSONNode.string)), ("website", website.map(JSONNode.string)),
                 ("accessibilityStatement", accessibilityStatement.map(JSONNode.string))])
    }
}

extension Department: EntryFormat {
    static let keys = ["name", "parent", "phone", "mail", "address", "openingHours", "web", "sortOrder"]

    static func read(id: String, _ r: inout FieldReader, description: String) -> Department? {
        let name = r.string("name", required: true)
        let department = Department(id: DepartmentID(id), name: name ?? "", parent: r.id("parent"), phone: r.string("phone"),
                                    mail: r.string("mail"), address: r.string("address"), openingHours: r.string("openingHours"),
                                    web: r.string("web"), sortOrder: r.integer("sortOrder"))
        return name == nil ? nil : department
    }

    var fields: JSONNode {
        .object([("name", .string(name)), ("parent", parent.map { .string($0.rawValue) }), ("phone", phone.map(JSONNode.string)),
                 ("mail", mail.map(JSONNode.string)), ("address", address.map(JSONNode.string)),
                 ("openingHours", openingHours.map(JSONNode.string)), ("web", web.map(JSONNode.string)),
                 ("sortOrder", sortOrder.map(JSONNode.integer))])
    }
}

extension Employee: EntryFormat {
    static let keys = ["name", "title", "department", "phone", "mobile", "mail", "deputy", "visibility"]

    static func read(id: String, _ r: inout FieldReader, description: String) -> Employee? {
        let name = r.string("name", required: true)
        let title = r.string("title", required: true)
        let department: DepartmentID? = r.id("department", required: true)
        let employee = Employee(id: EmployeeID(id), name: name ?? "", title: title ?? "", department: department ?? "",
                                phone: r.string("phone"), mobile: r.string("mobile"), mail: r.string("mail"),
                                deputy: r.id("deputy"), visibility: r.choice("visibility") ?? .internal)
        return name == nil || title == nil || department == nil ? nil : employee
    }

    var fields: JSONNode {
        .object([("name", .string(name)), ("title", .string(title)), ("department", .string(department.rawValue)),
                 ("phone", phone.map(JSONNode.string)), ("mobile", mobile.map(JSONNode.string)), ("mail", mail.map(JSONNode.string)),
                 ("deputy", deputy.map { .string($0.rawValue) }), ("visibility", .string(visibility.rawValue))])
    }
}

extension CatalogueTask: EntryFormat {
    static let keys = ["title", "department", "area", "responsible", "keywords", "kle", "links", "audience", "internalNote"]
    static let linkKeys = ["title", "url"]

    static func read(id: String, _ r: inout FieldReader, description: String) -> CatalogueTask? {
        let title = r.string("title", required: true)
        let department: DepartmentID? = r.id("department", required: true)
        let area: AreaID? = r.id("area", required: true)
        let responsible: [EmployeeID] = r.ids("responsible", required: true)
        let keywords = r.strings("keywords")
        let kle = r.strings("kle")
        let links: [Link] = r.list("links") { reader, node, keyPath in
            reader.nested(node, keyPath: keyPath, what: "a link", knownKeys: linkKeys) { link in
                let title = link.string("title", required: true)
                let url = link.string("url", required: true)
                guard let title, let url else { return nil }
                return Link(title: title, url: url)
            }
        }
        let task = CatalogueTask(id: TaskID(id), title: title ?? "", department: department ?? "", area: area ?? "", responsible: responsible,
                        keywords: keywords, kle: kle, links: links, audience: r.choice("audience") ?? .internal,
                        internalNote: r.string("internalNote"), description: description)
        return title == nil || department == nil || area == nil ? nil : task
    }

    var fields: JSONNode {
        .object([("title", .string(title)), ("department", .string(department.rawValue)), ("area", .string(area.rawValue)),
                 ("responsible", .strings(responsible.map(\.rawValue))), ("keywords", .strings(keywords)), ("kle", .strings(kle)),
                 ("links", .array(links.map { .object([("title", .string($0.title)), ("url", .string($0.url))]) })),
                 ("audience", .string(audience.rawValue)), ("internalNote", internalNote.map(JSONNode.string))])
    }
}

extension Area: EntryFormat {
    static let keys = ["name", "sortOrder", "significantBusinessContact", "contactDepartment"]

    static func read(id: String, _ r: inout FieldReader, description: String) -> Area? {
        let name = r.string("name", required: true)
        let sortOrder = r.integer("sortOrder")
        let significant = r.bool("significantBusinessContact", required: true)
        let contact: DepartmentID? = r.id("contactDepartment", required: true)
        guard let name, let significant, let contact else { return nil }
        return Area(id: AreaID(id), name: name, sortOrder: sortOrder, significantBusinessContact: significant,
                    contactDepartment: contact, description: description)
    }

    var fields: JSONNode {
        .object([("name", .string(name)), ("sortOrder", sortOrder.map(JSONNode.integer)),
                 ("significantBusinessContact", .bool(significantBusinessContact)),
                 ("contactDepartment", .string(contactDepartment.rawValue))])
    }
}
