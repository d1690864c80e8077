import CatalogueModel

/// Reads the fields of one JSON object against a fixed schema, collecting every problem
/// (wrong type, missing field, unknown or duplicate key) instead of stopping at the first,
/// and remembering where each value stood for later checks.
package struct FieldReader {
    package let source: SourceText
    package let keyPathPrefix: String
    private let objectOffset: Int
    /// The object's members in file order, duplicates included; a key's value is its first.
    private var allMembers: [JSONNode.Member] = []
    package private(set) var diagnostics: [Diagnostic] = []
    /// Byte offsets of the values read, by key path; turned into line and column only when a
    /// problem is reported, since counting columns on a long line for every value is slow.
    package private(set) var positions = FieldPositions()
    /// The Markdown description that follows the fields, for the kinds that have one.
    package var description = ""

    /// A reader for `node`, or nil with a diagnostic when it is not an object.
    package init?(_ node: JSONNode, source: SourceText, keyPathPrefix: String = "", role: ObjectRole, diagnostics: inout [Diagnostic]) {
        guard case .object(let list) = node.value else {
            diagnostics.append(.at(source.location(ofOffset: node.offset), .notAnObject(role)))
            return nil
        }
        self.source = source
        self.keyPathPrefix = keyPathPrefix
        self.objectOffset = node.offset
        self.allMembers = list
    }

    private var objectLocation: SourceLocation { source.location(ofOffset: objectOffset) }

    /// Where the value at `keyPath` stands, or the object when it was not read.
    private func location(_ keyPath: String) -> SourceLocation {
        positions[keyPath].map(source.location(ofOffset:)) ?? objectLocation
    }

    private func path(_ key: String) -> String { keyPathPrefix.isEmpty ? key : keyPathPrefix + "." + key }

    /// Looks up `key`, records its position, and reports it when required but missing.
    private mutating func node(_ key: String, required: Bool) -> JSONNode? {
        // A linear search: an entry has a dozen keys, fewer than a dictionary pays off for.
        guard let member = allMembers.first(where: { $0.key == key }) else {
            if required { diagnostics.append(.at(objectLocation, .missingField(key: path(key)))) }
            return nil
        }
        if member.value.value == .null && !required {
            // Said out loud, since `fmt` will drop the field: nothing a file holds vanishes quietly.
            diagnostics.append(.at(source.location(ofOffset: member.value.offset), .blankField(key: path(key), null: true)))
            return nil
        }
        positions.record(path(key), member.value.offset)
        return member.value
    }

    /// Invisible characters that would garble a terminal, a CSV cell or a page; line breaks and
    /// tabs included, since no field but a description (which is not JSON) holds more than a line.
    /// The bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) count
    /// too: one of them reverses the rest of a line on the web page and in the PDF.
    package static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// The first control character of a text (see `isControl`), if any. Printable ASCII, most
    /// of every catalogue, is passed over byte by byte.
    package static func firstControl(_ text: String) -> Unicode.Scalar? {
        for byte in text.utf8 where byte < 0x20 || byte >= 0x7F {
            return text.unicodeScalars.first(where: isControl)
        }
        return nil
    }

    /// True for a text that is empty or only white space. ASCII is judged by its bytes; any
    /// other text is asked of the standard library (a no-break space is white space too).
    package static func isBlank(_ text: String) -> Bool {
        for byte in text.utf8 {
            if byte >= 0x80 { return text.allSatisfy(\.isWhitespace) }
            if byte != 0x20, !(0x09...0x0D).contains(byte) { return false }
        }
        return true
    }

    private mutating func wrongType(_ node: JSONNode, _ key: String, expected: JSONShape) {
        diagnostics.append(.at(source.location(ofOffset: node.offset), .wrongType(key: path(key), expected: expected, found: node.value.shape)))
    }

    /// A text field; required text must not be blank.
    package mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let node = node(key, required: required) else { return nil }
        guard case .string(let text) = node.value else {
            wrongType(node, key, expected: .text)
            return nil
        }
        // Worked out only for a problem: a column costs a scan of its line, and a minified
        // file is one long line.
        var at: SourceLocation { source.location(ofOffset: node.offset) }
        if Self.isBlank(text) {
            diagnostics.append(.at(at, required ? .emptyField(key: path(key)) : .blankField(key: path(key), null: false)))
            return nil
        }
        if let control = Self.firstControl(text) {
            diagnostics.append(.at(at, .controlCharacter(key: path(key), scalar: control)))
            return nil
        }
        return text
    }

    /// A reference to another entry. Whether it names one is checked with the whole catalogue
    /// in view, where a name typed instead of an id can be matched to the right id.
    package mutating func id<Kind>(_ key: String, required: Bool = false) -> EntryID<Kind>? {
        string(key, required: required).map { EntryID($0) }
    }

    /// A calendar day written `YYYY-MM-DD`.
    package mutating func day(_ key: String, required: Bool = false) -> CalendarDay? {
        guard let text = string(key, required: required) else { return nil }
        guard let day = CalendarDay(iso: text) else {
            diagnostics.append(.at(location(path(key)), .invalidDate(key: path(key), value: text)))
            return nil
        }
        return day
    }

    /// An object with fields of its own, read by `read` with its own reader.
    package mutating func object<Value>(_ key: String, role: ObjectRole, knownKeys: [String], read: (inout FieldReader) -> Value?) -> Value? {
        guard let node = node(key, required: false) else { return nil }
        return nested(node, keyPath: path(key), role: role, knownKeys: knownKeys, read: read)
    }

    /// A whole number.
    package mutating func integer(_ key: String) -> Int? {
        guard let node = node(key, required: false) else { return nil }
        guard case .number(let text) = node.value, let value = Int(text) else {
            if case .number(let text) = node.value {
                diagnostics.append(.at(source.location(ofOffset: node.offset), .notAWholeNumber(key: path(key), value: text)))
            } else {
                wrongType(node, key, expected: .wholeNumber)
            }
            return nil
        }
        return value
    }

    /// true or false.
    package mutating func bool(_ key: String, required: Bool = false) -> Bool? {
        guard let node = node(key, required: required) else { return nil }
        guard case .bool(let value) = node.value else {
            wrongType(node, key, expected: .boolean)
            return nil
        }
        return value
    }

    /// One of a closed set of words; nil (and a diagnostic) for anything else.
    package mutating func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false) -> Choice? where Choice.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        guard let value = Choice(rawValue: text) else {
            diagnostics.append(.at(location(path(key)), .notAChoice(key: path(key), value: text, allowed: Choice.allCases.map(\.rawValue)),
                                            notes: Note.suggesting(.forWord(text, among: Choice.allCases.map(\.rawValue)))))
            return nil
        }
        return value
    }

    /// A list; each element is read by `element`, given its key path.
    package mutating func list<Element>(_ key: String, required: Bool = false, element: (inout FieldReader, JSONNode, String) -> Element?) -> [Element] {
        guard let node = node(key, required: required) else { return [] }
        guard case .array(let elements) = node.value else {
            wrongType(node, key, expected: .list)
            return []
        }
        return elements.enumerated().compactMap { position, child in
            let childPath = "\(path(key))[\(position)]"
            positions.record(childPath, child.offset)
            return element(&self, child, childPath)
        }
    }

    /// A list of texts.
    package mutating func strings(_ key: String, required: Bool = false) -> [String] {
        list(key, required: required) { reader, child, childPath in
            var at: SourceLocation { reader.source.location(ofOffset: child.offset) }
            guard case .string(let text) = child.value else {
                reader.diagnostics.append(.at(at, .wrongType(key: childPath, expected: .text, found: child.value.shape)))
                return nil
            }
            if Self.isBlank(text) {
                reader.diagnostics.append(.at(at, .emptyField(key: childPath)))
                return nil
            }
            if let control = Self.firstControl(text) {
                reader.diagnostics.append(.at(at, .controlCharacter(key: childPath, scalar: control)))
                return nil
            }
            return text
        }
    }

    /// A list of references to other entries.
    package mutating func ids<Kind>(_ key: String, required: Bool = false) -> [EntryID<Kind>] {
        strings(key, required: required).map { EntryID($0) }
    }

    /// Accepted warnings: an object from each code to the reason it is meant. Whether a code is
    /// a warning the entry has is checked with the whole catalogue; here only the shape.
    package mutating func acceptances(_ key: String) -> [Acceptance] {
        guard let node = node(key, required: false) else { return [] }
        guard case .object(let members) = node.value else {
            diagnostics.append(.at(source.location(ofOffset: node.offset), .wrongType(key: path(key), expected: .object, found: node.value.shape)))
            return []
        }
        var seen: Set<String> = []
        return members.compactMap { member in
            let memberPath = path(key) + "." + member.key
            var at: SourceLocation { source.location(ofOffset: member.value.offset) }
            positions.record(memberPath, member.keyOffset)
            guard seen.insert(member.key).inserted else {
                diagnostics.append(.at(source.location(ofOffset: member.keyOffset), .duplicateField(key: memberPath)))
                return nil
            }
            guard case .string(let reason) = member.value.value else {
                diagnostics.append(.at(at, .wrongType(key: memberPath, expected: .text, found: member.value.value.shape)))
                return nil
            }
            if Self.isBlank(reason) {
                diagnostics.append(.at(at, .emptyField(key: memberPath)))
                return nil
            }
            if let control = Self.firstControl(member.key + reason) {
                diagnostics.append(.at(at, .controlCharacter(key: memberPath, scalar: control)))
                return nil
            }
            return Acceptance(code: member.key, reason: reason)
        }
    }

    /// Reads a nested object with its own reader, merging its findings into this one.
    package mutating func nested<Value>(_ node: JSONNode, keyPath: String, role: ObjectRole, knownKeys: [String],
                                read: (inout FieldReader) -> Value?) -> Value? {
        guard var reader = FieldReader(node, source: source, keyPathPrefix: keyPath, role: role, diagnostics: &diagnostics) else { return nil }
        let value = read(&reader)
        reader.finish(knownKeys: knownKeys)
        diagnostics += reader.diagnostics
        positions.merge(reader.positions)
        return value
    }

    /// Reports keys that are not in the schema and keys given twice. Call once, last.
    package mutating func finish(knownKeys: [String]) {
        var seen: Set<String> = []
        for member in allMembers {
            var at: SourceLocation { source.location(ofOffset: member.keyOffset) }
            if !seen.insert(member.key).inserted {
                diagnostics.append(.at(at, .duplicateField(key: path(member.key))))
            } else if !knownKeys.contains(member.key) {
                diagnostics.append(.at(at, .unknownField(key: member.key, known: knownKeys),
                                        notes: Note.suggesting(.forWord(member.key, among: knownKeys)) + [Note(.allowedFields(knownKeys))]))
            }
        }
    }
}

extension JSONNode.Value {
    /// What kind of value this is, for messages.
    package var shape: JSONShape {
        switch self {
        case .null: return .null
        case .bool: return .boolean
        case .number: return .number
        case .string: return .text
        case .array: return .list
        case .object: return .object
        }
    }
}

/// Where each value of one file stood: key path (`responsible[1]`, `links[0].url`) → byte
/// offset. A list searched in turn rather than a dictionary: every file of a catalogue has its
/// dozen or two written as it is read, while a position is looked up only for a finding.
public struct FieldPositions: Sendable {
    private var list: [(keyPath: String, offset: Int)] = []

    public init() {}

    /// The offset of the value at `keyPath`; the last one recorded counts.
    public subscript(keyPath: String) -> Int? {
        list.last { $0.keyPath == keyPath }?.offset
    }

    /// Records where the value at `keyPath` stands.
    mutating func record(_ keyPath: String, _ offset: Int) {
        list.append((keyPath, offset))
    }

    /// Adds the positions of `other` whose key paths are not here yet.
    mutating func merge(_ other: FieldPositions) {
        list = other.list.filter { self[$0.keyPath] == nil } + list
    }
}
