import Foundation

/// Danish alphabetical order: æ, ø and å come after z, "aa" counts as å (Aalborg sorts with
/// Å), ü as y and other accented letters as their base letter; case only breaks ties.
public enum DanishOrder {
    /// True when `a` sorts before `b`.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let keyA = key(a), keyB = key(b)
        if keyA != keyB { return keyA.lexicographicallyPrecedes(keyB) }
        return a < b
    }

    /// Sorts values in Danish order of the first text, then the next, and so on; texts that
    /// sort alike are told apart by their exact spelling, so the order never depends on chance.
    public static func sorted<Values: Sequence>(_ values: Values, by texts: (Values.Element) -> String...) -> [Values.Element] {
        values.map { value in (texts.map { key($0(value)) }, texts.map { $0(value) }, value) }
            .sorted { a, b in
                for (keyA, keyB) in zip(a.0, b.0) where keyA != keyB { return keyA.lexicographicallyPrecedes(keyB) }
                return a.1.lexicographicallyPrecedes(b.1)
            }
            .map(\.2)
    }

    /// The letter a text is filed under in an A–Å index: "A"…"Z", "Æ", "Ø", "Å", or "#" for
    /// anything that does not start with a letter.
    public static func indexLetter(_ text: String) -> String {
        guard let first = key(text).first(where: { $0 != 1 }), first >= letterBase else { return "#" }
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")
        return String(letters[first - letterBase])
    }

    private static let letterBase = 100

    /// The primary sort key: spaces and punctuation first, then digits, then the letters in
    /// Danish order. Letters are numbered from `letterBase` so the other groups sort before them.
    static func key(_ text: String) -> [Int] {
        // Surrounding spaces do not count, so " zebra" sorts, and is filed, under Z.
        // Only letters other than a–z, æ, ø and å are decomposed (é → e + accent): Foundation's
        // normalisation is slow, and sorting calls this for every name and keyword.
        var scalars: [Unicode.Scalar] = []
        for scalar in text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().unicodeScalars {
            if scalar.isASCII || scalar == "æ" || scalar == "ø" || scalar == "å" {
                scalars.append(scalar)
            } else {
                scalars += String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            }
        }
        var result: [Int] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "a" where index < scalars.count && scalars[index] == "a":
                index += 1
                result.append(letterBase + 28)  // "aa" is å
            case "a":
                // Decomposed "å" is "a" followed by a combining ring above.
                // Decomposed "ä" is "a" with a diaeresis, and sorts as æ.
                if index < scalars.count, scalars[index] == "\u{030A}" {
                    index += 1
                    result.append(letterBase + 28)
                } else if index < scalars.count, scalars[index] == "\u{0308}" {
                    index += 1
                    result.append(letterBase + 26)
                } else {
                    result.append(letterBase)
                }
            case "u" where index < scalars.count && scalars[index] == "\u{0308}":
                index += 1
                result.append(letterBase + 24)  // ü sorts as y
            case "o" where index < scalars.count && scalars[index] == "\u{0308}":
                index += 1
                result.append(letterBase + 27)  // ö sorts as ø
            case "a"..."z":
                result.append(letterBase + Int(scalar.value - 97))
            case "æ":
                result.append(letterBase + 26)
            case "å":
                result.append(letterBase + 28)
            case "ø":
                result.append(letterBase + 27)
            case "0"..."9":
                result.append(10 + Int(scalar.value - 48))
            case _ where scalar.properties.generalCategory == .nonspacingMark:
                continue  // accents: é sorts as e
            case _ where scalar.properties.isWhitespace:
                result.append(1)
            default:
                result.append(2)
            }
        }
        return result
    }
}
