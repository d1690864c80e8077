import CatalogueModel

/// Writes JSON in the catalogue's one canonical form: two-space indent, `": "` after keys,
/// members in the order given, every array element on its own line, `[]` for an empty array.
package enum JSONWriter {
    /// The canonical text of a value, without a trailing newline.
    package static func text(_ node: JSONNode) -> String {
        var out = ""
        write(node, indent: "", into: &out)
        return out
    }

    private static func write(_ node: JSONNode, indent: String, into out: inout String) {
        let inner = indent + "  "
        switch node.value {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let text): out += text
        case .string(let text): out += quoted(text)
        case .array(let elements):
            guard !elements.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (position, element) in elements.enumerated() {
                out += inner
                write(element, indent: inner, into: &out)
                out += position == elements.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (position, member) in members.enumerated() {
                out += inner + quoted(member.key) + ": "
                write(member.value, indent: inner, into: &out)
                out += position == members.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        }
    }

    /// A JSON string literal; non-ASCII letters stay as they are so Danish text reads naturally.
    package static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16, uppercase: false)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

extension JSONNode {
    /// Shorthands for building values to write.
    package static func string(_ text: String) -> JSONNode { JSONNode(.string(text)) }
    package static func integer(_ value: Int) -> JSONNode { JSONNode(.number(String(value))) }
    package static func bool(_ value: Bool) -> JSONNode { JSONNode(.bool(value)) }
    package static func array(_ elements: [JSONNode]) -> JSONNode { JSONNode(.array(elements)) }
    package static func strings(_ texts: [String]) -> JSONNode { .array(texts.map(JSONNode.string)) }

    /// An object from key–value pairs in order; pairs whose value is nil are left out.
    package static func object(_ pairs: [(String, JSONNode?)]) -> JSONNode {
        JSONNode(.object(pairs.compactMap { key, value in
            value.map { JSONNode.Member(key: key, keyOffset: 0, value: $0) }
        }))
    }

    /// This object with `pairs` added: before its members when `first`, else after them.
    package func adding(_ pairs: [(String, JSONNode)], first: Bool = false) -> JSONNode {
        guard case .object(let members) = value else { return self }
        let added = pairs.map { Member(key: $0.0, keyOffset: 0, value: $0.1) }
        return JSONNode(.object(first ? added + members : members + added))
    }
}
