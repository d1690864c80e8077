/// Reads the fields of one JSON object against a fixed schema, collecting every problem
/// (wrong type, missing field, unknown or duplicate key) instead of stopping at the first,
/// and remembering where each value stood for later checks.
struct FieldReader {
    let source: SourceText
    let keyPathPrefix: String
    private let objectOffset: Int
    private var members: [String: JSONNode.Member] = [:]
    private var allMembers: [JSONNode.Member] = []
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var positions: [String: SourceLocation] = [:]

    /// A reader for `node`, or nil with a diagnostic when it is not an object.
    init?(_ node: JSONNode, source: SourceText, keyPathPrefix: String = "", what: String, diagnostics: inout [Diagnostic]) {
        guard case .object(let list) = node.value else {
            diagnostics.append(.notAnObject(source.location(ofOffset: node.offset), what: what))
            return nil
        }
        self.source = source
        self.keyPathPrefix = keyPathPrefix
        self.objectOffset = node.offset
        self.allMembers = list
        for member in list where members[member.key] == nil {
            members[member.key] = member
        }
    }

    private var objectLocation: SourceLocation { source.location(ofOffset: objectOffset) }

    private func path(_ key: String) -> String { keyPathPrefix.isEmpty ? key : keyPathPrefix + "." + key }

    /// Looks up `key`, records its position, and reports it when required but missing.
    private mutating func node(_ key: String, required: Bool) -> JSONNode? {
        guard let member = members[key], member.value.value != .null || required else {
            if required { diagnostics.append(.missingField(objectLocation, key: path(key))) }
            return nil
        }
        positions[path(key)] = source.location(ofOffset: member.value.offset)
        return member.value
    }

    private mutating func wrongType(_ node: JSONNode, _ key: String, expected: String) {
        diagnostics.append(.wrongType(source.location(ofOffset: node.offset), key: path(key), expected: expected, found: node.value.kindName))
    }

    /// A text field; required text must not be blank.
    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let node = node(key, required: required) else { return nil }
        guard case .string(let text) = node.value else {
            wrongType(node, key, expected: "text in double quotes")
            return nil
        }
        if text.allSatisfy(\.isWhitespace) {
            if required { diagnostics.append(.emptyField(source.location(ofOffset: node.offset), key: path(key))) }
            return nil
        }
        return text
    }

    /// An id field, checked for the id alphabet.
    mutating func id<Kind>(_ key: String, required: Bool = false) -> EntryID<Kind>? {
        guard let text = string(key, required: required) else { return nil }
        if let problem = EntryID<Kind>.problem(with: text) {
            diagnostics.append(.invalidReference(positions[path(key)] ?? objectLocation, key: path(key), value: text, problem: problem))
            return nil
        }
        return EntryID(text)
    }

    /// A whole number.
    mutating func integer(_ key: String) -> Int? {
        guard let node = node(key, required: false) else { return nil }
        guard case .number(let text) = node.value, let value = Int(text) else {
            wrongType(node, key, expected: "a whole number such as 10")
            return nil
        }
        return value
    }

    /// true or false.
    mutating func bool(_ key: String, required: Bool = false) -> Bool? {
        guard let node = node(key, required: required) else { return nil }
        guard case .bool(let value) = node.value else {
            wrongType(node, key, expected: "true or false (without quotes)")
            return nil
        }
        return value
    }

    /// One of a closed set of words; nil (and a diagnostic) for anything else.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false) -> Choice? where Choice.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        guard let value = Choice(rawValue: text) else {
            diagnostics.append(.notAChoice(positions[path(key)] ?? objectLocation, key: path(key), value: text,
                                           allowed: Choice.allCases.map(\.rawValue)))
            return nil
        }
        return value
    }

    /// A list; each element is read by `element`, given its key path.
    mutating func list<Element>(_ key: String, required: Bool = false, element: (inout FieldReader, JSONNode, String) -> Element?) -> [Element] {
        guard let node = node(key, required: required) else { return [] }
        guard case .array(let elements) = node.value else {
            wrongType(node, key, expected: "a list in square brackets [ … ]")
            return []
        }
        return elements.enumerated().compactMap { position, child in
            let childPath = "\(path(key))[\(position)]"
            positions[childPath] = source.location(ofOffset: child.offset)
            return element(&self, child, childPath)
        }
    }

    /// A list of texts.
    mutating func strings(_ key: String, required: Bool = false) -> [String] {
        list(key, required: required) { reader, child, childPath in
            guard case .string(let text) = child.value, !text.allSatisfy(\.isWhitespace) else {
                reader.diagnostics.append(.wrongType(reader.source.location(ofOffset: child.offset), key: childPath,
                                                     expected: "non-empty text in double quotes", found: child.value.kindName))
                return nil
            }
            return text
        }
    }

    /// A list of ids.
    mutating func ids<Kind>(_ key: String, required: Bool = false) -> [EntryID<Kind>] {
        list(key, required: required) { reader, child, childPath in
            let at = reader.source.location(ofOffset: child.offset)
            guard case .string(let text) = child.value else {
                reader.diagnostics.append(.wrongType(at, key: childPath, expected: "an id in double quotes", found: child.value.kindName))
                return nil
            }
            if let problem = EntryID<Kind>.problem(with: text) {
                reader.diagnostics.append(.invalidReference(at, key: childPath, value: text, problem: problem))
                return nil
            }
            return EntryID(text)
        }
    }

    /// Reads a nested object with its own reader, merging its findings into this one.
    mutating func nested<Value>(_ node: JSONNode, keyPath: String, what: String, knownKeys: [String],
                                read: (inout FieldReader) -> Value?) -> Value? {
        guard var reader = FieldReader(node, source: source, keyPathPrefix: keyPath, what: what, diagnostics: &diagnostics) else { return nil }
        let value = read(&reader)
        reader.finish(knownKeys: knownKeys)
        diagnostics += reader.diagnostics
        positions.merge(reader.positions) { first, _ in first }
        return value
    }

    /// Reports keys that are not in the schema and keys given twice. Call once, last.
    mutating func finish(knownKeys: [String]) {
        var seen: Set<String> = []
        for member in allMembers {
            let at = source.location(ofOffset: member.keyOffset)
            if !seen.insert(member.key).inserted {
                diagnostics.append(.duplicateKey(at, key: path(member.key)))
            } else if !knownKeys.contains(member.key) {
                diagnostics.append(.unknownKey(at, key: member.key, known: knownKeys))
            }
        }
    }
}

extension JSONNode.Value {
    /// What a user would call this kind of value, for messages.
    var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "true/false"
        case .number: return "a number"
        case .string: return "text"
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}
