/// A whole catalogue as read from its folder: settings and the four kinds of entry. Looking an
/// entry up by id and editing one are cheap; relations between entries come from `Relations`,
/// built once per version of the catalogue.
public struct Catalogue: Sendable, Equatable {
    public var settings: Settings
    public var departments: EntryTable<Department>
    public var employees: EntryTable<Employee>
    public var tasks: EntryTable<CatalogueTask>
    public var areas: EntryTable<Area>

    public init(settings: Settings, departments: [Department] = [], employees: [Employee] = [], tasks: [CatalogueTask] = [], areas: [Area] = []) {
        self.settings = settings
        self.departments = EntryTable(departments)
        self.employees = EntryTable(employees)
        self.tasks = EntryTable(tasks)
        self.areas = EntryTable(areas)
    }

    public func department(_ id: DepartmentID) -> Department? { departments[id] }
    public func employee(_ id: EmployeeID) -> Employee? { employees[id] }
    public func task(_ id: TaskID) -> CatalogueTask? { tasks[id] }
    public func area(_ id: AreaID) -> Area? { areas[id] }
}

/// The catalogue's settings, from `catalogue.json`.
public struct Settings: Sendable, Equatable {
    public var organisation: String
    public var title: String
    /// The edition label printed on the cover, e.g. "2026, 2. udgave".
    public var edition: String
    public var language: Language
    /// The "one entry for businesses" line: phone, mail and opening hours.
    public var oneEntryPhone: String?
    public var oneEntryMail: String?
    public var openingHours: String?
    public var switchboardPhone: String?
    public var website: String?
    public var accessibilityStatement: String?
    /// Whom to tell about mistakes (a name, mail or phone), printed on the cover and every page.
    public var corrections: String?
    /// The file name of an SVG or PNG logo in the catalogue folder, shown in both versions' header.
    public var logo: String?
    /// The review round in progress: its label, the day it started and the day answers are due (`YYYY-MM-DD`).
    public var reviewRound: String?
    public var reviewStarted: String?
    public var reviewDue: String?
    /// How many months an entry may go unconfirmed before `check` warns (`not-reviewed`); default 12.
    public var reviewAfterMonths: Int?
    /// Mail addresses that receive the edition besides everyone in the catalogue.
    public var distribution: [String] = []

    public init(organisation: String, title: String = "Opgave- og medarbejderkatalog", edition: String, language: Language = .danish,
                oneEntryPhone: String? = nil, oneEntryMail: String? = nil, openingHours: String? = nil,
                switchboardPhone: String? = nil, website: String? = nil, accessibilityStatement: String? = nil,
                corrections: String? = nil, logo: String? = nil) {
        self.organisation = organisation
        self.title = title
        self.edition = edition
        self.language = language
        self.oneEntryPhone = oneEntryPhone
        self.oneEntryMail = oneEntryMail
        self.openingHours = openingHours
        self.switchboardPhone = switchboardPhone
        self.website = website
        self.accessibilityStatement = accessibilityStatement
        self.corrections = corrections
        self.logo = logo
    }
}

/// The languages the outputs can be written in.
public enum Language: String, Sendable, CaseIterable {
    case danish = "da"
    case english = "en"
}

/// A department, office or team; `parent` nests it (administration → department → team).
public struct Department: Sendable, Equatable, Identifiable {
    public var id: DepartmentID
    public var name: String
    public var parent: DepartmentID?
    public var phone: String?
    public var mail: String?
    public var address: String?
    public var openingHours: String?
    public var web: String?
    /// Order among siblings; departments without one follow, alphabetically.
    public var sortOrder: Int?
    /// The employee who heads it, to whom its review sheet is addressed.
    public var head: EmployeeID?
    /// When (`YYYY-MM-DD`) and by whom the entry was last confirmed in a review round.
    public var reviewed: String?
    public var reviewedBy: String?
    /// Warnings the entry knowingly has, by code, with the reason (`"accept"`).
    public var accept: [Acceptance] = []

    public init(id: DepartmentID, name: String, parent: DepartmentID? = nil, phone: String? = nil, mail: String? = nil,
                address: String? = nil, openingHours: String? = nil, web: String? = nil, sortOrder: Int? = nil) {
        self.id = id
        self.name = name
        self.parent = parent
        self.phone = phone
        self.mail = mail
        self.address = address
        self.openingHours = openingHours
        self.web = web
        self.sortOrder = sortOrder
    }
}

/// A person in the catalogue. The id is their initials in lower case.
public struct Employee: Sendable, Equatable, Identifiable {
    /// The fields, in one box shared by copies (see `Shared`).
    private struct Fields: Sendable, Equatable {
        var id: EmployeeID
        var name: String
        var title: String
        var department: DepartmentID
        var phone: String?
        var mobile: String?
        var mail: String?
        var deputy: EmployeeID?
        var visibility: Visibility
        var absence: Absence?
        var reviewed: String?
        var reviewedBy: String?
        var accept: [Acceptance] = []
    }

    private var fields: Shared<Fields>

    public var id: EmployeeID {
        get { fields.value.id }
        set { fields.value.id = newValue }
    }
    public var name: String {
        get { fields.value.name }
        set { fields.value.name = newValue }
    }
    public var title: String {
        get { fields.value.title }
        set { fields.value.title = newValue }
    }
    public var department: DepartmentID {
        get { fields.value.department }
        set { fields.value.department = newValue }
    }
    public var phone: String? {
        get { fields.value.phone }
        set { fields.value.phone = newValue }
    }
    public var mobile: String? {
        get { fields.value.mobile }
        set { fields.value.mobile = newValue }
    }
    public var mail: String? {
        get { fields.value.mail }
        set { fields.value.mail = newValue }
    }
    public var deputy: EmployeeID? {
        get { fields.value.deputy }
        set { fields.value.deputy = newValue }
    }
    public var visibility: Visibility {
        get { fields.value.visibility }
        set { fields.value.visibility = newValue }
    }
    /// A period away with a colleague covering (`catalogue away`), if one is recorded.
    public var absence: Absence? {
        get { fields.value.absence }
        set { fields.value.absence = newValue }
    }
    /// When (`YYYY-MM-DD`) and by whom the entry was last confirmed in a review round.
    public var reviewed: String? {
        get { fields.value.reviewed }
        set { fields.value.reviewed = newValue }
    }
    public var reviewedBy: String? {
        get { fields.value.reviewedBy }
        set { fields.value.reviewedBy = newValue }
    }
    /// Warnings the entry knowingly has, by code, with the reason (`"accept"`).
    public var accept: [Acceptance] {
        get { fields.value.accept }
        set { fields.value.accept = newValue }
    }

    public init(id: EmployeeID, name: String, title: String, department: DepartmentID, phone: String? = nil, mobile: String? = nil,
                mail: String? = nil, deputy: EmployeeID? = nil, visibility: Visibility = .internal) {
        fields = Shared(Fields(id: id, name: name, title: title, department: department, phone: phone, mobile: mobile, mail: mail,
                               deputy: deputy, visibility: visibility, absence: nil, reviewed: nil, reviewedBy: nil))
    }
}

/// How much of an employee the external version may show.
public enum Visibility: String, Sendable, CaseIterable {
    /// Never named externally; contact goes through the department.
    case `internal`
    /// Name and job title may be shown; contact goes through the department.
    case name
    /// Name, job title, direct phone and mail may be shown.
    case contact
}

/// A task: what is done, for whom, and by whom (the first responsible is the primary person).
public struct CatalogueTask: Sendable, Equatable, Identifiable {
    /// The fields, in one box shared by copies (see `Shared`).
    private struct Fields: Sendable, Equatable {
        var id: TaskID
        var title: String
        var department: DepartmentID
        var area: AreaID
        var responsible: [EmployeeID]
        var keywords: [String]
        var kle: [String]
        var links: [Link]
        var audience: Audience
        var internalNote: String?
        var reviewed: String?
        var reviewedBy: String?
        var accept: [Acceptance] = []
        var description: String
    }

    private var fields: Shared<Fields>

    public var id: TaskID {
        get { fields.value.id }
        set { fields.value.id = newValue }
    }
    public var title: String {
        get { fields.value.title }
        set { fields.value.title = newValue }
    }
    public var department: DepartmentID {
        get { fields.value.department }
        set { fields.value.department = newValue }
    }
    public var area: AreaID {
        get { fields.value.area }
        set { fields.value.area = newValue }
    }
    /// In order: the first is the primary person, the rest are backups.
    public var responsible: [EmployeeID] {
        get { fields.value.responsible }
        set { fields.value.responsible = newValue }
    }
    public var keywords: [String] {
        get { fields.value.keywords }
        set { fields.value.keywords = newValue }
    }
    public var kle: [String] {
        get { fields.value.kle }
        set { fields.value.kle = newValue }
    }
    public var links: [Link] {
        get { fields.value.links }
        set { fields.value.links = newValue }
    }
    public var audience: Audience {
        get { fields.value.audience }
        set { fields.value.audience = newValue }
    }
    /// A note for colleagues only; never published externally.
    public var internalNote: String? {
        get { fields.value.internalNote }
        set { fields.value.internalNote = newValue }
    }
    /// When (`YYYY-MM-DD`) and by whom the entry was last confirmed in a review round.
    public var reviewed: String? {
        get { fields.value.reviewed }
        set { fields.value.reviewed = newValue }
    }
    public var reviewedBy: String? {
        get { fields.value.reviewedBy }
        set { fields.value.reviewedBy = newValue }
    }
    /// Warnings the entry knowingly has, by code, with the reason (`"accept"`).
    public var accept: [Acceptance] {
        get { fields.value.accept }
        set { fields.value.accept = newValue }
    }
    /// The Markdown description.
    public var description: String {
        get { fields.value.description }
        set { fields.value.description = newValue }
    }

    public init(id: TaskID, title: String, department: DepartmentID, area: AreaID, responsible: [EmployeeID], keywords: [String] = [],
                kle: [String] = [], links: [Link] = [], audience: Audience = .internal, internalNote: String? = nil, description: String = "") {
        fields = Shared(Fields(id: id, title: title, department: department, area: area, responsible: responsible, keywords: keywords,
                               kle: kle, links: links, audience: audience, internalNote: internalNote, reviewed: nil, reviewedBy: nil,
                               description: description))
    }
}

/// A link to a self-service form or page.
public struct Link: Sendable, Equatable {
    public var title: String
    public var url: String

    public init(title: String, url: String) {
        self.title = title
        self.url = url
    }
}

/// Who a task is for: only `external` tasks can reach the external version.
public enum Audience: String, Sendable, CaseIterable {
    case external
    case `internal`
}

/// A company-contact area: a group of tasks that face businesses.
public struct Area: Sendable, Equatable, Identifiable {
    public var id: AreaID
    public var name: String
    public var sortOrder: Int?
    /// Only areas with significant business contact appear in the external version.
    public var significantBusinessContact: Bool
    public var contactDepartment: DepartmentID
    /// Warnings the entry knowingly has, by code, with the reason (`"accept"`).
    public var accept: [Acceptance] = []
    /// The Markdown description.
    public var description: String

    public init(id: AreaID, name: String, sortOrder: Int? = nil, significantBusinessContact: Bool, contactDepartment: DepartmentID, description: String = "") {
        self.id = id
        self.name = name
        self.sortOrder = sortOrder
        self.significantBusinessContact = significantBusinessContact
        self.contactDepartment = contactDepartment
        self.description = description
    }
}

/// A warning an entry knowingly has: its code and why it is meant (`"accept": {"no-backup": "…"}`).
public struct Acceptance: Sendable, Equatable {
    public var code: String
    public var reason: String

    public init(code: String, reason: String) {
        self.code = code
        self.reason = reason
    }
}
