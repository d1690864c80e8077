/// A problem found in a catalogue: how serious it is, where it is, and what to do about it.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// Errors stop publication; warnings are shown but allowed.
    public enum Severity: String, Sendable, Comparable {
        case error, warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `file:line:column: error: message`, with the file relative to the catalogue.
    public var description: String { format(pathPrefix: "") }

    /// The compiler-style line, with `pathPrefix` put before the catalogue-relative file name
    /// so the path reads from where the user stands.
    public func format(pathPrefix: String, colour: Bool = false) -> String {
        let label = severity.rawValue
        let painted = colour ? (severity == .error ? "\u{1B}[1;31m\(label)\u{1B}[0m" : "\u{1B}[1;33m\(label)\u{1B}[0m") : label
        return "\(location.format(pathPrefix: pathPrefix)): \(painted): \(message)"
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

    func format(pathPrefix: String) -> String {
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
    var errorCount: Int { filter { $0.severity == .error }.count }
    var warningCount: Int { filter { $0.severity == .warning }.count }

    /// In file order, then line and column; errors before warnings at the same place.
    func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            if a.element.location != b.element.location { return a.element.location < b.element.location }
            if a.element.severity != b.element.severity { return a.element.severity < b.element.severity }
            return a.offset < b.offset
        }.map(\.element)
    }
}
