import Foundation

/// Turns a name into a valid id, for suggesting file names: lower case, æ→ae, ø→oe, å→aa,
/// accents dropped, anything else a hyphen.
package enum Slug {
    package static func make(_ text: String) -> String {
        var out = ""
        for character in text.lowercased() {
            switch character {
            case "æ", "ä": out += "ae"
            case "ø", "ö": out += "oe"
            case "å": out += "aa"
            case "a"..."z", "0"..."9": out.append(character)
            default:
                let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first
                if let base, ("a"..."z").contains(base) { out.unicodeScalars.append(base) } else if !out.hasSuffix("-") { out += "-" }
            }
        }
        let trimmed = out.split(separator: "-").joined(separator: "-")
        return String((trimmed.isEmpty ? "entry" : trimmed).prefix(EntryID<Never>.maximumLength))
    }

    /// The id proposed for a new entry named `name`: a person's initials (Anne Kirstine Mørk →
    /// "akm", Aage Østergaard → "aoe"), anything else its name as an id; when that is taken, the
    /// first free variant with a number ("akm2", "byggeri-2"); a name that is no valid id
    /// ("con", a device name on Windows) counts as taken.
    package static func proposedID(for kind: EntryKind, name: String, isTaken taken: (String) -> Bool) -> String {
        // A name Windows keeps for a device is never proposed (Carl Otto Nielsen is not "con").
        func isTaken(_ id: String) -> Bool { taken(id) || EntryID<Never>.problem(with: id) != nil }
        let base: String
        if kind == .employee {
            let initials = name.split(whereSeparator: { $0.isWhitespace || $0 == "-" }).compactMap(\.first).map { make(String($0)) }.joined()
            base = initials.isEmpty || initials == "entry" ? make(name) : initials
        } else {
            base = make(name)
        }
        guard isTaken(base) else { return base }
        let separator = kind == .employee ? "" : "-"
        var number = 2
        while isTaken("\(base)\(separator)\(number)") { number += 1 }
        return "\(base)\(separator)\(number)"
    }
}

