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
        let values = Array(values)
        return order(values, by: texts).map { values[$0] }
    }

    /// The positions of `values` in the order `sorted` puts them, for a caller that keeps its
    /// values where they are instead of copying each into a sorted array.
    public static func order<Value>(_ values: [Value], by texts: (Value) -> String...) -> [Int] {
        order(values, by: texts)
    }

    private static func order<Value>(_ values: [Value], by texts: [(Value) -> String]) -> [Int] {
        guard values.count > 1 else { return Array(values.indices) }
        // Names, titles and keywords recur (a keyword on many tasks): their keys are worked out
        // once. The last text breaks the last ties and is mostly an id, each met once.
        var known: [String: [UInt8]] = [:]
        // One key per value: the texts' keys in turn, each closed by a 0, which sorts before
        // every key byte, so a text sorts before its own continuations as it does alone. All
        // keys stand in one buffer, and the sort moves positions only: nothing is retained.
        var keys: [UInt8] = [], ends: [Int] = []
        ends.reserveCapacity(values.count)
        for value in values {
            for (index, text) in texts.enumerated() {
                let string = text(value)
                if index == texts.count - 1, index > 0 {
                    keys += key(string)
                } else if let key = known[string] {
                    keys += key
                } else {
                    let made = key(string)
                    known[string] = made
                    keys += made
                }
                keys.append(0)
            }
            ends.append(keys.count)
        }
        var order = Array(values.indices)
        keys.withUnsafeBufferPointer { keys in
            ends.withUnsafeBufferPointer { ends in
                let base = keys.baseAddress!
                order.sort { a, b in
                    let startA = a == 0 ? 0 : ends[a - 1], startB = b == 0 ? 0 : ends[b - 1]
                    let countA = ends[a] - startA, countB = ends[b] - startB
                    let byKey = memcmp(base + startA, base + startB, min(countA, countB))
                    if byKey != 0 { return byKey < 0 }
                    if countA != countB { return countA < countB }
                    let textsA = texts.map { $0(values[a]) }, textsB = texts.map { $0(values[b]) }
                    if textsA != textsB { return textsA.lexicographicallyPrecedes(textsB) }
                    return a < b
                }
            }
        }
        return order
    }

    /// The letter a text is filed under in an A–Å index: "A"…"Z", "Æ", "Ø", "Å", or "#" for
    /// anything that does not start with a letter.
    public static func indexLetter(_ text: String) -> String {
        guard let first = key(text).first(where: { $0 != 1 }), first >= letterBase else { return "#" }
        return indexLetters[Int(first - letterBase)]
    }

    /// The index letters in order, made once: an index asks for one at every new term.
    private static let indexLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ".map(String.init)

    private static let letterBase: UInt8 = 100

    /// The lower-cased, decomposed form of every letter from U+00C0 to U+024F (the accented
    /// Latin letters), worked out once; æ, ø and å stay whole, as the key needs them.
    private static let latinDecomposition: [UInt32: [Unicode.Scalar]] = {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        for value in UInt32(0xC0)...0x24F {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var decomposed: [Unicode.Scalar] = []
            for lower in String(scalar).lowercased().unicodeScalars {
                if lower.isASCII || lower == "æ" || lower == "ø" || lower == "å" {
                    decomposed.append(lower)
                } else {
                    decomposed += String(lower).decomposedStringWithCanonicalMapping.unicodeScalars
                }
            }
            table[value] = decomposed
        }
        return table
    }()

    /// The primary sort key: spaces and punctuation first, then digits, then the letters in
    /// Danish order. Letters are numbered from `letterBase` so the other groups sort before them.
    package static func key(_ text: String) -> [UInt8] {
        asciiKey(text) ?? generalKey(text)
    }

    /// The key of a text that is all ASCII (every id, many names), worked out on its bytes with
    /// the rules below for ASCII; nil for any other text.
    static func asciiKey(_ text: String) -> [UInt8]? {
        var text = text
        return text.withUTF8 { bytes -> [UInt8]? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
            func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
            var start = 0, end = bytes.count
            while start < end, isSpace(bytes[start]) { start += 1 }
            while end > start, isSpace(bytes[end - 1]) { end -= 1 }
            var result: [UInt8] = []
            result.reserveCapacity(end - start)
            var index = start
            while index < end {
                let byte = lower(bytes[index])
                index += 1
                switch byte {
                case 0x61 where index < end && lower(bytes[index]) == 0x61:
                    index += 1
                    result.append(letterBase + 28)  // "aa" is å
                case 0x61...0x7A: result.append(letterBase + byte - 0x61)
                case 0x30...0x39: result.append(10 + byte - 0x30)
                case 0x09...0x0D, 0x20: result.append(1)
                default: result.append(2)
                }
            }
            return result
        }
    }

    /// The key of any text.
    static func generalKey(_ text: String) -> [UInt8] {
        // Surrounding spaces do not count, so " zebra" sorts, and is filed, under Z.
        // Only letters other than a–z, æ, ø and å are decomposed (é → e + accent): Foundation's
        // normalisation is slow, and sorting calls this for every name and keyword.
        // Trimming, lower-casing and decomposing are done scalar by scalar here: Foundation's
        // versions cost more per call than the whole rest of the key.
        let all = text.unicodeScalars
        guard let first = all.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = all.lastIndex(where: { !$0.properties.isWhitespace }) else { return [] }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in all[first...last] {
            if scalar.isASCII {
                scalars.append(("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar)
            } else if let decomposed = latinDecomposition[scalar.value] {
                scalars += decomposed
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    if lower.isASCII || lower == "æ" || lower == "ø" || lower == "å" {
                        scalars.append(lower)
                    } else {
                        scalars += String(lower).decomposedStringWithCanonicalMapping.unicodeScalars
                    }
                }
            }
        }
        var result: [UInt8] = []
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
                result.append(letterBase + UInt8(scalar.value - 97))
            case "æ":
                result.append(letterBase + 26)
            case "å":
                result.append(letterBase + 28)
            case "ø":
                result.append(letterBase + 27)
            case "0"..."9":
                result.append(10 + UInt8(scalar.value - 48))
            case _ where scalar.isASCII:
                // ASCII has no accents: a space or line break is a space, anything else punctuation.
                result.append(scalar == " " || ("\t"..."\r").contains(scalar) ? 1 : 2)
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
