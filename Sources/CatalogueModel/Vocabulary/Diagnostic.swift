/// A problem found in a catalogue: how serious it is, where it is, what it is (a coded value
/// whose words are in the wording tables), and the notes that help fix it.
public struct Diagnostic: Sendable, Equatable {
    /// Errors stop publication; warnings are shown but allowed.
    public enum Severity: String, Sendable, Comparable {
        case error, warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var problem: Problem
    public var notes: [Note]
    /// The reason an entry gives for accepting this warning (`"accept"`), or nil when it is not accepted.
    public var accepted: String?

    public init(_ location: SourceLocation, _ problem: Problem, notes: [Note] = []) {
        self.severity = problem.severity
        self.location = location
        self.problem = problem
        self.notes = notes
    }

    /// The problem at a place: `.at(location, .noBackup)`.
    public static func at(_ location: SourceLocation, _ problem: Problem, notes: [Note] = []) -> Diagnostic {
        Diagnostic(location, problem, notes: notes)
    }

    /// The stable code, such as `no-backup`.
    public var code: String { problem.code }

    /// The same problem placed at its file only.
    package var withoutPosition: Diagnostic {
        var copy = self
        copy.location = SourceLocation(file: location.file)
        return copy
    }
}

/// Where a problem is: a file relative to the catalogue folder, and a 1-based line and column
/// when there is one.
public struct SourceLocation: Sendable, Equatable, Comparable {
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, with `pathPrefix` before the catalogue-relative file name.
    package func format(pathPrefix: String) -> String {
        var text = pathPrefix + file
        if let line { text += ":\(line)" }
        if let line = line, line > 0, let column { text += ":\(column)" }
        return text
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.column ?? 0) < (rhs.file, rhs.line ?? 0, rhs.column ?? 0)
    }
}

/// A list of diagnostics, sorted by place, with convenience counts.
extension Array where Element == Diagnostic {
    /// True when any of them is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
    package var errorCount: Int { filter { $0.severity == .error }.count }
    /// Warnings not accepted by their entry.
    package var warningCount: Int { filter { $0.severity == .warning && $0.accepted == nil }.count }
    package var acceptedCount: Int { filter { $0.accepted != nil }.count }
    /// Everything but the accepted warnings: what a run shows unless asked for all.
    package var unaccepted: [Diagnostic] { filter { $0.accepted == nil } }

    /// In file order, then line and column; errors before warnings at the same place.
    package func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            if a.element.location != b.element.location { return a.element.location < b.element.location }
            if a.element.severity != b.element.severity { return a.element.severity < b.element.severity }
            return a.offset < b.offset
        }.map(\.element)
    }
}
