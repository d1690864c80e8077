import Foundation

/// Turns a name into a valid id, for suggesting file names: lower case, æ→ae, ø→oe, å→aa,
/// accents dropped, anything else a hyphen.
enum Slug {
    static func make(_ text: String) -> String {
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
}
