/// The four kinds of entry and how each is stored: one folder per kind, one file per entry.
public enum EntryKind: String, Sendable, CaseIterable {
    case department, employee, task, area

    /// The folder inside the catalogue that holds this kind.
    public var folder: String {
        switch self {
        case .department: return "departments"
        case .employee: return "employees"
        case .task: return "tasks"
        case .area: return "areas"
        }
    }

    /// Departments and employees are plain JSON; tasks and areas carry a Markdown description.
    public var fileExtension: String {
        switch self {
        case .department, .employee: return "json"
        case .task, .area: return "md"
        }
    }

    package var hasDescription: Bool { fileExtension == "md" }

    /// The path of an entry's file relative to the catalogue folder.
    public func path(for id: String) -> String { "\(folder)/\(id).\(fileExtension)" }

    /// The kind a user names on the command line, singular or plural: "employee" or "employees".
    public init?(name: String) {
        guard let kind = EntryKind.allCases.first(where: { $0.rawValue == name || $0.folder == name }) else { return nil }
        self = kind
    }

    /// The kind and id of the entry whose file is `path` ("employees/akm.json"), or nil.
    public static func entry(atPath path: String) -> (kind: EntryKind, id: String)? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let kind = EntryKind(folder: String(parts[0])), parts[1].hasSuffix("." + kind.fileExtension) else { return nil }
        return (kind, String(parts[1].dropLast(kind.fileExtension.count + 1)))
    }

    /// The kind whose folder is `folder`.
    public init?(folder: String) {
        guard let kind = EntryKind.allCases.first(where: { $0.folder == folder }) else { return nil }
        self = kind
    }
}

/// The name of the settings file at the top of a catalogue.
public let settingsFileName = "catalogue.json"
