/// The id of an entry of one kind: its file name without extension. The phantom `Kind`
/// keeps an employee id from being passed where a department id is wanted.
public struct EntryID<Kind>: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: EntryID, rhs: EntryID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The longest id allowed, so ids stay usable as file names everywhere.
    public static var maximumLength: Int { 64 }

    /// Why `text` cannot be an id, or nil when it can: lower-case a–z, digits and hyphens, not
    /// starting with a hyphen, and not a name Windows keeps for a device.
    public static func problem(with text: String) -> IDProblem? {
        if text.isEmpty { return .empty }
        // Judged by bytes: every allowed character is one byte, so an allowed text's length is its byte count.
        let allowed = text.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
        let length = allowed ? text.utf8.count : text.count
        if length > maximumLength { return .tooLong(count: length, limit: maximumLength) }
        if !allowed { return .characters }
        // A command line would take it for an option.
        if text.hasPrefix("-") { return .leadingHyphen }
        if isWindowsDeviceName(text) { return .windowsDeviceName }
        return nil
    }

    /// True for the names Windows keeps for devices, which no file may have there whatever its
    /// extension (con.json is "con"): con, prn, aux, nul, com1–com9 and lpt1–lpt9.
    public static func isWindowsDeviceName(_ text: String) -> Bool {
        // Every such name is three or four letters before any dot.
        guard (3...4).contains(text.utf8.prefix { $0 != 0x2E }.count) else { return false }
        let stem = text.prefix { $0 != "." }.lowercased()
        if ["con", "prn", "aux", "nul"].contains(stem) { return true }
        guard stem.count == 4, stem.hasPrefix("com") || stem.hasPrefix("lpt"), let digit = stem.last else { return false }
        return ("1"..."9").contains(digit)
    }
}

public typealias DepartmentID = EntryID<Department>
public typealias EmployeeID = EntryID<Employee>
public typealias TaskID = EntryID<CatalogueTask>
public typealias AreaID = EntryID<Area>
