import Foundation

/// What changed in the plan from one OS2KLE version to the next, per number, as OS2KLE's `change.json` records it:
/// numbers added and retired, titles changed, terms added and removed.
public struct KLEChanges: Sendable {
    /// The version the changes lead from, `3.22`; nil when the file names only one version.
    public let previousVersion: String?
    /// The version the changes lead to, `3.23`; nil when the file is empty.
    public let version: String?
    /// Every change, in plan order.
    public let changes: [KLEChange]
    /// The entries or values this reader did not understand, in key order; they are left out of `changes`.
    public let problems: [KLEChangesProblem]
    /// Where each number's change is in `changes`.
    private let positions: [KLENumber: Int]

    /// The changes from OS2KLE 3.22 to 3.23 that the tool ships with its plan.
    public static let shipped: KLEChanges = (try? KLEChanges(json: EmbeddedPlan.changes)) ?? KLEChanges()

    /// The changes of a `change.json` text.
    public init(json: String) throws(KLEChangesError) {
        try self.init(json: Array(json.utf8))
    }

    /// The changes of a `change.json` file's bytes. It throws only when the bytes are not JSON of the file's
    /// shape (an object of numbers, each an object of `class`, `settings` and `terms`) or name more than two
    /// versions; a value it does not understand is a problem, and the rest is read.
    public init(json: [UInt8]) throws(KLEChangesError) {
        let raw: [String: RawEntry]
        do {
            raw = try JSONDecoder().decode([String: RawEntry].self, from: Data(json))
        } catch {
            throw .notChangeJSON(String(describing: error))
        }
        var reader = KLEChangesReader()
        for key in raw.keys.sorted() {
            if let entry = raw[key] { reader.read(key, entry) }
        }
        let versions = reader.versions.sorted { $0.versionOrder.lexicographicallyPrecedes($1.versionOrder) }
        guard versions.count <= 2 else { throw .moreThanTwoVersions(versions) }
        version = versions.last
        previousVersion = versions.count == 2 ? versions.first : nil
        changes = reader.changes(newer: versions.last ?? "")
        problems = reader.problems
        positions = Dictionary(uniqueKeysWithValues: changes.enumerated().map { ($0.element.number, $0.offset) })
    }

    /// No changes: for a plan given without a `change.json`.
    public static let none = KLEChanges()

    /// No changes.
    init() {
        version = nil
        previousVersion = nil
        changes = []
        problems = []
        positions = [:]
    }

    /// What changed for a number, or nil when it did not change.
    public func change(for number: KLENumber) -> KLEChange? {
        positions[number].map { changes[$0] }
    }

    /// One number's entry in change.json as it is written.
    struct RawEntry: Decodable {
        let `class`: String?
        let settings: [String: String]?
        let terms: [String: [String: String]]?
    }
}

/// What changed for one number between two versions of the plan.
public struct KLEChange: Hashable, Sendable {
    /// Whether a number is in only one of the two versions.
    public enum Presence: Hashable, Sendable {
        /// New in this version.
        case added
        /// In the previous version only: retired.
        case retired
    }

    /// The number, at any level.
    public let number: KLENumber
    /// Added or retired; nil when the number is in both versions.
    public let presence: Presence?
    /// The title in the previous version when it changed, else nil.
    public let previousTitle: String?
    /// The title in this version when it changed, else nil.
    public let newTitle: String?
    /// Terms new in this version.
    public let addedTerms: [String]
    /// Terms in the previous version only.
    public let removedTerms: [String]

    /// A change of these parts.
    public init(number: KLENumber, presence: Presence? = nil, previousTitle: String? = nil, newTitle: String? = nil,
                addedTerms: [String] = [], removedTerms: [String] = []) {
        self.number = number
        self.presence = presence
        self.previousTitle = previousTitle
        self.newTitle = newTitle
        self.addedTerms = addedTerms
        self.removedTerms = removedTerms
    }

    /// True when the number was in the previous version and is not in this one.
    public var isRetired: Bool { presence == .retired }

    /// True when the number's title changed.
    public var isRenamed: Bool { newTitle != nil }
}

/// A key or value of change.json this reader did not understand.
public struct KLEChangesProblem: Hashable, Sendable {
    /// The entry's key, normally a KLE number.
    public let key: String
    /// The value not understood, or the key itself when it is not a KLE number.
    public let text: String

    /// A problem with this key and value.
    public init(key: String, text: String) {
        self.key = key
        self.text = text
    }
}

/// Why a change.json could not be read at all.
public enum KLEChangesError: Error, Hashable, Sendable {
    /// Not JSON, or not of change.json's shape; the decoder's reason.
    case notChangeJSON(String)
    /// The file names more than two versions, so which way a change goes is unclear.
    case moreThanTwoVersions([String])
}

extension String {
    /// A version `3.23` as numbers, for ordering versions (`3.9` before `3.10`).
    var versionOrder: [Int] { split(separator: ".").map { Int($0) ?? 0 } }
}
