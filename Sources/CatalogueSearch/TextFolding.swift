import Foundation

/// How search compares text: case does not count, æ ø å are spelled out the way Danes write
/// them without a Danish keyboard, and accents are dropped, so `Ålborg` finds `Aalborg` and
/// `cafe` finds `café`.
public enum TextFolding {
    /// One row of the folding table: a lowercase letter and the letters search treats it as.
    public struct Rule: Sendable, Equatable {
        /// The letter as it is written, in lowercase.
        public let from: Unicode.Scalar
        /// The letters search compares it as.
        public let to: String
    }

    /// Every letter search spells out, applied after lowercasing. It is data, not code, because
    /// the web page's JavaScript search is generated from this same table, so the page and the
    /// tool can never disagree. Letters not listed are lowercased, decomposed and stripped of
    /// their accents (é → e, ñ → n); the rows are the letters that rule would get wrong.
    public static let table: [Rule] = [
        // The old spelling of å is aa (Aalborg), and æ, ø are written ae, oe without them.
        Rule(from: "æ", to: "ae"),
        Rule(from: "ø", to: "oe"),
        Rule(from: "å", to: "aa"),
        // German and Swedish names: ä and ö are the letters æ and ø, spelled the same way.
        Rule(from: "ä", to: "ae"),
        Rule(from: "ö", to: "oe"),
        // ü is u, not y: Danish dictionaries sort ü as y, but nobody types "Myller" for
        // Müller; without the key people write "Muller", so u is what a query will contain.
        Rule(from: "ü", to: "u"),
        // Letters that have no decomposition, so dropping accents would leave them alone.
        Rule(from: "ß", to: "ss"),
        Rule(from: "œ", to: "oe"),
        Rule(from: "ł", to: "l"),
        Rule(from: "đ", to: "d"),
        Rule(from: "ð", to: "d"),
        Rule(from: "þ", to: "th"),
        Rule(from: "ı", to: "i"),
    ]

    /// Spellings that words are compared in after folding, applied in this order to each word:
    /// people type "Mork", "Hoj" and "Alborg" for Mørk, Høj and Ålborg as often as "oe" and
    /// "aa", so both spellings fold to one. Also data, for the web page's script.
    public static let looseSpellings: [(from: String, to: String)] = [("oe", "o"), ("aa", "a"), ("ae", "e")]

    /// A folded word in its loose spelling: each of `looseSpellings` replaced, left to right,
    /// one after the other (as the page's script does with `split` and `join`).
    static func loosened(_ word: [UInt8]) -> [UInt8] {
        // Most words hold none of them: one scan for all, and no copy.
        let spellings = looseSpellingBytes, starts = looseSpellingStarts
        let holdsOne = word.withUnsafeBufferPointer { bytes in
            var index = 0
            while index + 1 < bytes.count {
                // Only a byte that starts a spelling is looked at further.
                if starts[Int(bytes[index])] {
                    let pair = (bytes[index], bytes[index + 1])
                    if spellings.contains(where: { $0.0 == pair }) { return true }
                }
                index += 1
            }
            return false
        }
        guard holdsOne else { return word }
        var word = word
        for (from, to) in spellings {
            guard var index = word.indices.dropLast().first(where: { word[$0] == from.0 && word[$0 + 1] == from.1 }) else { continue }
            var out = Array(word[..<index])
            while index < word.count {
                if index + 1 < word.count, word[index] == from.0, word[index + 1] == from.1 {
                    out.append(to)
                    index += 2
                } else {
                    out.append(word[index])
                    index += 1
                }
            }
            word = out
        }
        return word
    }

    private static let looseSpellingBytes: [((UInt8, UInt8), UInt8)] = looseSpellings.map { pair in
        let from = Array(pair.from.utf8), to = Array(pair.to.utf8)
        return ((from[0], from[1]), to[0])
    }

    /// For each byte, whether a loose spelling starts with it.
    private static let looseSpellingStarts: [Bool] = (0...255).map { byte in looseSpellingBytes.contains { $0.0.0 == byte } }

    /// `text` folded for comparison: lowercase, table letters spelled out, accents dropped;
    /// spaces and punctuation are kept.
    public static func fold(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in composed(text).unicodeScalars {
            if scalar.isASCII {
                out.append(lowercaseASCII(UInt8(scalar.value)))
            } else {
                out += folding(of: scalar).utf8
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The folded words of `text` in their loose spelling: runs of letters and digits;
    /// everything else separates.
    public static func words(_ text: String) -> [String] {
        var result: [String] = []
        forEachWord(in: text) { result.append(String(decoding: $0, as: UTF8.self)) }
        return result
    }

    /// The distinct folded words of `texts` in their loose spelling, each once in the order it
    /// first occurs, joined by spaces: what the pages' live search compares with, so that the
    /// script only has to fold what is typed.
    public static func distinctWords(_ texts: [String]) -> String {
        var words = DistinctWords()
        for text in texts { words.add(text) }
        return words.joined
    }

    /// Calls `body` with the UTF-8 bytes of each folded word of `text`, in order, without
    /// making a String per word: the index tokenizes every description of the catalogue, so
    /// this reads the UTF-8 bytes directly and handles ASCII without decoding it.
    static func forEachWord(in text: String, _ body: ([UInt8]) -> Void) {
        forEachFoldedWord(in: text) { body(loosened($0)) }
    }

    /// `forEachWord` before the loose spellings.
    private static func forEachFoldedWord(in text: String, _ body: ([UInt8]) -> Void) {
        var text = text
        text.makeContiguousUTF8()
        let done: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            // Decomposed text is rare: it goes the slower way, composed first (see `composed`).
            if bytes.contains(where: { $0 == 0xCC || $0 == 0xCD }) { return false }
            var word: [UInt8] = []
            word.reserveCapacity(32)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let isWord: Bool
                if byte < 0x80 {
                    index += 1
                    isWord = isASCIIWordByte(byte)
                    if isWord { word.append(lowercaseASCII(byte)) }
                } else {
                    // A valid UTF-8 sequence (Swift strings are always valid): 2, 3 or 4 bytes.
                    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                    for offset in 1 ..< length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                    index += length
                    let folded = Unicode.Scalar(value).map(folding(of:)) ?? Folded(utf8: [], isWord: false)
                    isWord = folded.isWord
                    // An accent folds to nothing but keeps the word whole.
                    if isWord { word += folded.utf8 }
                }
                if !isWord, !word.isEmpty {
                    body(word)
                    word.removeAll(keepingCapacity: true)
                }
            }
            if !word.isEmpty { body(word) }
            return true
        }
        if done == true { return }
        var word: [UInt8] = []
        for scalar in composed(text).unicodeScalars {
            let folded = folding(of: scalar)
            if folded.isWord {
                word += folded.utf8
            } else if !word.isEmpty {
                body(word)
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { body(word) }
    }

    /// What one non-ASCII scalar folds to, and whether it belongs to a word.
    struct Folded: Sendable {
        /// The folded text; empty for an accent.
        let utf8: [UInt8]
        /// True for letters, digits and accents, which make up words.
        let isWord: Bool
    }

    /// The folding of a scalar: looked up for Latin letters, which are nearly all a Danish
    /// catalogue holds, and worked out (more slowly) for the rest.
    @inline(__always)
    static func folding(of scalar: Unicode.Scalar) -> Folded {
        let value = Int(scalar.value)
        return value < latin.count ? latin[value] : work(scalar)
    }

    /// The foldings of U+0000…U+024F (Latin-1 and Latin Extended A and B), worked out once,
    /// because Foundation's decomposition is far too slow to call for every é in every text.
    static let latin: [Folded] = (0..<0x250).map { value in
        Unicode.Scalar(UInt32(value)).map(work) ?? Folded(utf8: [], isWord: false)
    }

    /// The table as a lookup.
    static let rules: [Unicode.Scalar: String] = Dictionary(table.map { ($0.from, $0.to) }, uniquingKeysWith: { first, _ in first })

    /// Works out the folding of one scalar from the table and Unicode's own data.
    static func work(_ scalar: Unicode.Scalar) -> Folded {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark:
            // An accent left over after composition (one no precomposed letter has) is dropped,
            // and keeps the word it sits in whole.
            return Folded(utf8: [], isWord: true)
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
            var out = ""
            for lower in properties.lowercaseMapping.unicodeScalars {
                if let rule = rules[lower] {
                    out += rule
                    continue
                }
                for part in String(lower).decomposedStringWithCanonicalMapping.unicodeScalars {
                    switch part.properties.generalCategory {
                    case .nonspacingMark, .spacingMark, .enclosingMark: continue
                    default: out += rules[part] ?? String(part)
                    }
                }
            }
            return Folded(utf8: Array(out.utf8), isWord: true)
        default:
            return Folded(utf8: Array(properties.lowercaseMapping.utf8), isWord: false)
        }
    }

    /// `text` with accents joined to their letters. Text from macOS (file names, some editors)
    /// arrives decomposed, where å is a + ring; folded scalar by scalar it would become a, not aa.
    /// Only text holding a combining mark (U+0300…U+036F, UTF-8 lead byte CC or CD) is touched.
    static func composed(_ text: String) -> String {
        text.utf8.contains(where: { $0 == 0xCC || $0 == 0xCD }) ? text.precomposedStringWithCanonicalMapping : text
    }

    /// True for an ASCII letter or digit.
    @inline(__always)
    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    /// An ASCII byte in lowercase.
    @inline(__always)
    static func lowercaseASCII(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
}

/// Distinct folded words gathered from several texts, each once in the order it first occurs
/// (see `TextFolding.distinctWords`). The words are kept as bytes in one buffer and told apart
/// by a small hash table of their own: a String and a Set entry per word of every description
/// cost more than the folding. Words gathered once can be added to other sets without being
/// folded again (a description's words, which two pages search).
public struct DistinctWords: Sendable {
    /// The words so far, joined by spaces.
    private var bytes: [UInt8] = []
    private var words: [(start: Int, end: Int, hash: UInt64)] = []
    private var slots = [Int32](repeating: -1, count: 64)

    public init() {}

    /// The words of `text`, folded, that are not yet in the set.
    public mutating func add(_ text: String) {
        TextFolding.forEachWord(in: text) { word in word.withUnsafeBufferPointer { insert($0) } }
    }

    /// The words of `other`, which are folded already, that are not yet in the set, in `other`'s order.
    public mutating func add(_ other: DistinctWords) {
        other.bytes.withUnsafeBufferPointer { bytes in
            for word in other.words { insert(UnsafeBufferPointer(rebasing: bytes[word.start..<word.end])) }
        }
    }

    /// The words joined by spaces.
    public var joined: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func insert(_ word: UnsafeBufferPointer<UInt8>) {
        // FNV-1a: good enough to spread words, and the same on every run.
        var wordHash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { wordHash = (wordHash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        var slot = Int(truncatingIfNeeded: wordHash) & (slots.count - 1)
        while slots[slot] >= 0 {
            let seen = words[Int(slots[slot])]
            if seen.hash == wordHash, seen.end - seen.start == word.count,
               word.isEmpty || bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + seen.start, word.baseAddress!, word.count) == 0 }) { return }
            slot = (slot + 1) & (slots.count - 1)
        }
        if !bytes.isEmpty { bytes.append(0x20) }
        slots[slot] = Int32(words.count)
        words.append((bytes.count, bytes.count + word.count, wordHash))
        bytes += word
        // At most half full, so a probe ends soon.
        if words.count * 2 > slots.count {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            for (index, seen) in words.enumerated() {
                var slot = Int(truncatingIfNeeded: seen.hash) & (slots.count - 1)
                while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
                slots[slot] = Int32(index)
            }
        }
    }
}
