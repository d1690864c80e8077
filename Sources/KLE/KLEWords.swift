/// How the KLE word index compares words: lowercase, accents dropped except on æ, ø and å, which are letters
/// of their own in Danish; words are runs of letters and digits. Kept apart from the catalogue's own search
/// folding on purpose, so the plan needs nothing above it.
public enum KLEWords {
    /// `text` in lowercase with accents dropped (`Café` → `cafe`); æ, ø and å are kept, ä and ö become æ and ø.
    /// Everything that is not a letter or digit is kept as it is, lowercased.
    public static func fold(_ text: String) -> String {
        var out: [UInt8] = []
        for scalar in text.unicodeScalars {
            let folded = folding(of: scalar)
            out += folded.isWord ? folded.utf8 : Array(scalar.properties.lowercaseMapping.utf8)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The folded words of `text`, in order: `Bekæmpelse af rotter, §17` gives `bekæmpelse`, `af`, `rotter`, `17`.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        forEachWord(in: Array(text.utf8)[...]) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words
    }

    /// A folded word without its Danish inflection, so that forms of one word meet: `rotter`, `rotten` and
    /// `rotterne` are `rott`, as is the start of `rottebekæmpelse`. The longest ending that leaves at least three
    /// letters is removed; the stem is not a word, only a key.
    public static func stem(_ word: String) -> String {
        String(decoding: stem(Array(word.utf8)[...]), as: UTF8.self)
    }

    /// `stem` of a word's UTF-8 bytes.
    static func stem(_ word: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        for ending in endingBytes where word.count > ending.count && word.suffix(ending.count).elementsEqual(ending) {
            let stem = word.dropLast(ending.count)
            if letterCount(stem) >= 3 { return stem }
        }
        return word
    }

    /// The stems a caller's folded word is looked up by: its stem, and when the ending followed a doubled
    /// consonant that would leave four letters single, that too, as Danish doubles it before an ending
    /// (`kloakken` is `kloakk` and `kloak`; `rotter` stays `rott`, for `rot` would find `rotation`).
    static func queryStems(_ word: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        let stem = stem(word)
        guard stem.count < word.count, letterCount(stem) >= 5, let last = stem.last, stem.dropLast().last == last,
              asciiWordByte(last) == last, !"aeiouy0123456789".utf8.contains(last)
        else { return [stem] }
        return [stem, stem.dropLast()]
    }

    /// How many letters (Unicode scalars) UTF-8 bytes hold: the bytes that do not continue a scalar.
    static func letterCount(_ utf8: ArraySlice<UInt8>) -> Int {
        utf8.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// Calls `body` with the folded UTF-8 bytes of each word of `utf8`, in order. It reads bytes, not characters:
    /// the index runs it over the plan's 31,000 terms.
    static func forEachWord(in utf8: ArraySlice<UInt8>, _ body: (ArraySlice<UInt8>) -> Void) {
        var word: [UInt8] = []
        var index = utf8.startIndex
        let latin = latinFoldings
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte < 0x80 {
                // ASCII, nearly every byte, goes without the table: copying a `Folded` costs a retain and a release.
                index += 1
                if let lower = asciiWordByte(byte) {
                    word.append(lower)
                    continue
                }
            } else {
                // Valid UTF-8 (it comes from a String or a checked file): a lead byte and 1 to 3 continuations.
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<length where index + offset < utf8.endIndex {
                    value = value << 6 | UInt32(utf8[index + offset] & 0x3F)
                }
                index += length
                let folded = value < latin.count ? latin[Int(value)]
                    : Unicode.Scalar(value).map(work) ?? Folded(utf8: [], isWord: false)
                if folded.isWord {
                    word += folded.utf8
                    continue
                }
            }
            // Anything else ends the word before it.
            if !word.isEmpty {
                body(word[...])
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { body(word[...]) }
    }

    /// What a scalar folds to, and whether it belongs to a word.
    struct Folded: Sendable {
        /// The folded letters as UTF-8; empty for a mark that joins a word, such as a soft hyphen.
        let utf8: [UInt8]
        /// True for letters, digits and the marks inside words.
        let isWord: Bool
    }

    /// The folding of one scalar, from a table for ASCII and Latin letters and worked out for the rest.
    static func folding(of scalar: Unicode.Scalar) -> Folded {
        let value = Int(scalar.value)
        return value < latinFoldings.count ? latinFoldings[value] : work(scalar)
    }

    /// An ASCII letter or digit in lowercase, or nil for any other byte.
    static func asciiWordByte(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 0x20
        default: nil
        }
    }

    /// The foldings of U+0000…U+024F, the Latin letters a Danish text holds, worked out once.
    static let latinFoldings: [Folded] = (0..<0x250).map { value in
        Unicode.Scalar(UInt32(value)).map(work) ?? Folded(utf8: [], isWord: false)
    }

    /// Works out the folding of a scalar from the accent table and Unicode's properties.
    static func work(_ scalar: Unicode.Scalar) -> Folded {
        let properties = scalar.properties
        if properties.generalCategory == .format || properties.generalCategory == .nonspacingMark {
            return Folded(utf8: [], isWord: true)
        }
        guard properties.isAlphabetic || properties.numericType != nil else { return Folded(utf8: [], isWord: false) }
        let lower = properties.lowercaseMapping.unicodeScalars.map { accents[$0] ?? $0 }
        return Folded(utf8: Array(String(String.UnicodeScalarView(lower)).utf8), isWord: true)
    }

    /// Noun and adjective endings, longest first: plural and definite forms (`-erne`, `-ene`, `-er`, `-en`, `-et`),
    /// their genitives, and `-e` (`rotte`, `hunde`). A bare genitive `-s` is not removed: it is too often part of
    /// the word (`hus`, `bus`).
    static let endings = ["ernes", "erne", "enes", "ene", "ens", "ers", "ets", "er", "en", "et", "es", "e"]

    /// `endings` as UTF-8.
    private static let endingBytes = endings.map { Array($0.utf8) }

    /// The accented letters a Danish text may hold, and what they fold to.
    static let accents: [Unicode.Scalar: Unicode.Scalar] = [
        "á": "a", "à": "a", "â": "a", "ã": "a", "é": "e", "è": "e", "ê": "e", "ë": "e", "í": "i", "ì": "i",
        "î": "i", "ï": "i", "ó": "o", "ò": "o", "ô": "o", "õ": "o", "ú": "u", "ù": "u", "û": "u", "ü": "u",
        "ý": "y", "ç": "c", "ñ": "n", "ä": "æ", "ö": "ø",
    ]
}
