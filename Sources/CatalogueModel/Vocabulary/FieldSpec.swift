/// One field of an entry file: its key, what its value is, whether it must be there, and what
/// it means (the help of its command-line option).
package struct FieldSpec: Sendable {
    package var key: String
    package var type: FieldType
    package var required = false
    package var help: String

    package init(key: String, type: FieldType, required: Bool = false, help: String) {
        self.key = key
        self.type = type
        self.required = required
        self.help = help
    }

    /// The command-line option that sets it: the key in kebab-case, `internalNote` → `--internal-note`.
    package var option: String {
        "--" + key.unicodeScalars.map { ("A"..."Z").contains($0) ? "-" + String($0).lowercased() : String($0) }.joined()
    }
}

/// What a field holds, as the command line reads it.
package enum FieldType: Sendable, Equatable {
    /// One line of text (phone numbers, mail and web addresses too: their shape is checked with the catalogue).
    case text
    /// The id of another entry.
    case reference(EntryKind)
    /// One of a few words.
    case choice([String])
    case bool
    case integer
    /// A list of texts, typed as one comma-separated value.
    case texts
    /// A list of ids of other entries, typed as one comma-separated value.
    case references(EntryKind)
    /// Links, each typed as `Title=https://…`.
    case links
    /// Accepted warnings, each typed as `CODE=REASON`.
    case acceptances
    /// A period away with a cover, set by `catalogue away` and removed by `catalogue back`, not by `add` or `set`.
    case absence

    /// How the value is written in usage lines.
    package var valueName: String {
        switch self {
        case .text: return "TEXT"
        case .reference: return "ID"
        case .choice(let words): return words.joined(separator: "|")
        case .bool: return "true|false"
        case .integer: return "N"
        case .texts: return "A,B,..."
        case .references: return "ID,ID,..."
        case .links: return "TITLE=URL"
        case .acceptances: return "CODE=REASON"
        case .absence: return "DATE"
        }
    }

    package var isList: Bool {
        switch self {
        case .texts, .references, .links: return true
        default: return false
        }
    }
}

extension FieldSpec {
    /// The word for one element of a list field, for `--add-keyword` and `--remove-link`.
    package var singular: String {
        switch key {
        case "keywords": return "keyword"
        case "links": return "link"
        default: return String(option.dropFirst(2))
        }
    }
}
