/// A column `import` reads: a person's field, or, in the "who does what" layout, a task's.
/// The raw value is the name a mapping file uses.
public enum ImportField: String, Sendable, Hashable, CaseIterable {
    case name, initials, title, department, phone, mobile, mail, deputy, visibility
    case task, taskDepartment, area, role, keywords, kle, description, audience, internalNote

    /// The header names that mean the field, Danish first; compared with case, spaces,
    /// punctuation and æ/ae spelling aside (`ColumnMatch.key`).
    var headerNames: [String] {
        switch self {
        case .name: ["Navn", "Medarbejder", "Medarbejdernavn", "Fulde navn", "Name", "Employee", "Full name"]
        case .initials: ["Initialer", "Init", "Bruger-id", "Initials", "User id"]
        case .title: ["Stilling", "Stillingsbetegnelse", "Titel", "Jobtitel", "Title", "Job title"]
        case .department: ["Afdeling", "Enhed", "Team", "Department", "Unit"]
        case .phone: ["Telefon", "Tlf", "Direkte telefon", "Direkte nummer", "Telefonnummer", "Phone", "Direct phone", "Telephone"]
        case .mobile: ["Mobil", "Mobiltelefon", "Mobilnummer", "Mobile", "Mobile phone"]
        case .mail: ["Mail", "E-mail", "Mailadresse", "E-mailadresse", "Email address"]
        case .deputy: ["Stedfortræder", "Deputy"]
        case .visibility: ["Synlighed", "Visibility"]
        case .task: ["Opgave", "Opgavetitel", "Task", "Task title"]
        case .taskDepartment: ["Opgavens afdeling", "Task department"]
        case .area: ["Område", "Fagområde", "Virksomhedsområde", "Area"]
        case .role: ["Rolle", "Role"]
        case .keywords: ["Stikord", "Søgeord", "Nøgleord", "Keywords"]
        case .kle: ["KLE", "KLE-nummer", "KLE-numre", "KLE number"]
        case .description: ["Beskrivelse", "Description"]
        case .audience: ["Målgruppe", "Audience"]
        case .internalNote: ["Intern note", "Internal note"]
        }
    }

    /// Every field with its header names, as `ColumnMatch` takes them.
    static let table = allCases.map { (field: $0.rawValue, names: $0.headerNames) }

    /// The fields that describe the person on a row.
    static let personFields: [ImportField] = [.name, .initials, .title, .department, .phone, .mobile, .mail, .deputy, .visibility]
}

/// How a sheet is laid out, as the import understood it from its columns.
public enum ImportLayout: Sendable, Hashable {
    /// One row per person.
    case people
    /// One row per person and task: the "who does what" sheet.
    case peopleAndTasks
}
