import Foundation
import Testing
@testable import CatalogueExport
@testable import CatalogueModel
@testable import CatalogueSearch
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import KLE

/// The quick ways through loading, checking and rendering give the answers of the plain
/// definitions they replace: each is compared with that definition (the code it replaced) on
/// edge cases and on thousands of random texts mixing ASCII, Danish letters, accents written
/// apart, no-break spaces, control characters and quotes.
struct FastPathTests {
    /// Characters the random texts are drawn from: each one a fast path treats apart.
    private static let alphabet: [String] = [
        "a", "b", "z", "A", "Q", "0", "7", "-", "_", ".", "@", ",", ";", "|", "<", ">", "\"", "'", " ", "\t", "\n", "\r",
        "æ", "ø", "å", "Æ", "Ø", "Å", "é", "ü", "ß", "e\u{301}", "a\u{30A}", "\u{A0}", "\u{2003}", "\u{1}", "\u{7F}", "\u{85}",
        "\u{202E}", "\u{2067}", "€", "😀", "aa", "oe", "ae", "\u{FF1D}", "=", "+",
    ]

    private static func texts(count: Int, seed: UInt64) -> [String] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random)! }.joined()
        }
    }

    @Test func distinctWordsAreEachFoldedWordOnceInTheOrderFirstMet() {
        func reference(_ texts: [String]) -> String {
            var seen: Set<String> = [], words: [String] = []
            for word in texts.flatMap(TextFolding.words) where seen.insert(word).inserted { words.append(word) }
            return words.joined(separator: " ")
        }
        #expect(TextFolding.distinctWords(["Byggetilladelse til carport", "carport, Carport og CARPORT", "Ålborg Aalborg"])
            == "byggetilladelse til carport og alborg")
        #expect(TextFolding.distinctWords([]) == "")
        #expect(TextFolding.distinctWords(["", " – "]) == "")
        // Past the hash table's first size, so it grows and finds every word again.
        let many = (0..<500).map { "ord\($0) ord\($0 / 2)" }
        #expect(TextFolding.distinctWords(many) == reference(many))
        var random = SeededGenerator(seed: 11)
        for round in 0..<300 {
            let texts = Self.texts(count: Int.random(in: 0...20, using: &random), seed: UInt64(round))
            #expect(TextFolding.distinctWords(texts) == reference(texts), "round \(round)")
        }
    }

    @Test func kleNumbersAreReadAsTheirPatternSaysAndWrittenBack() throws {
        // The definition: two digits per part, up to three parts, and a facet of a capital and two digits.
        let number = try Regex("^[0-9]{2}(\\.[0-9]{2}){0,2}$"), reference = try Regex("^[0-9]{2}(\\.[0-9]{2}){0,2}(-[A-Z][0-9]{2})?$")
        let pieces = ["0", "2", "9", "24", "09", ".", ".", "-", "G", "P", "20", "01", "a", " ", "٣", "²", "é", ""]
        var random = SeededGenerator(seed: 17)
        var texts = ["24", "24.10", "24.10.07", "24.10.07-G20", "09.13.01-P20", "24.10.07-", "-G20", "24.10.07-G20-X", "24.1.07",
                     "24.10.07.01", "24..10", "24.10.0", "24.10.07-g20", "24.10.07-G2", "24.10.07 "]
        texts += (0..<3000).map { _ in (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined() }
        for text in texts {
            #expect((KLENumber(text) != nil) == (text.wholeMatch(of: number) != nil), "\(text)")
            #expect((KLEReference(text) != nil) == (text.wholeMatch(of: reference) != nil), "\(text)")
            #expect(KLEReference(text).map(\.description) == (text.wholeMatch(of: reference) != nil ? text : nil), "\(text)")
            // Read from part of a longer text as well, as a reference's number is.
            #expect(KLENumber(("x" + text + "x").dropFirst().dropLast())?.description == KLENumber(text)?.description, "\(text)")
        }
    }

    @Test func danishOrderSortsByEachTextInTurnThenBySpelling() {
        struct Pair: Equatable { let first: String, second: String }
        // The order before one key per value: each text's key compared in turn, then the spellings.
        func reference(_ pairs: [Pair]) -> [Pair] {
            pairs.sorted { a, b in
                let keysA = [DanishOrder.key(a.first), DanishOrder.key(a.second)], keysB = [DanishOrder.key(b.first), DanishOrder.key(b.second)]
                for (keyA, keyB) in zip(keysA, keysB) where keyA != keyB { return keyA.lexicographicallyPrecedes(keyB) }
                return [a.first, a.second].lexicographicallyPrecedes([b.first, b.second])
            }
        }
        // A first text that begins another sorts first, whatever the second texts are.
        let prefix = [Pair(first: "abc", second: "a"), Pair(first: "ab", second: "z"), Pair(first: "Ab", second: "a"), Pair(first: "ab", second: "z")]
        #expect(DanishOrder.sorted(prefix, by: \.first, \.second) == reference(prefix))
        #expect(DanishOrder.sorted(prefix, by: \.first, \.second).map(\.first) == ["Ab", "ab", "ab", "abc"])
        for round in 0..<200 {
            let texts = Self.texts(count: 40, seed: 1000 + UInt64(round))
            let pairs = stride(from: 0, to: texts.count, by: 2).map { Pair(first: texts[$0], second: texts[$0 + 1]) }
            #expect(DanishOrder.sorted(pairs, by: \.first, \.second) == reference(pairs), "round \(round)")
        }
    }

    @Test func asciiTextsGetTheKeyTheGeneralRuleGives() {
        var random = SeededGenerator(seed: 21)
        let ascii = Self.alphabet.filter { $0.utf8.allSatisfy { $0 < 0x80 } } + ["\u{1F}", "\u{B}", "Aa", "aA", "AAA"]
        let texts = (0..<3000).map { _ in (0..<Int.random(in: 0...10, using: &random)).map { _ in ascii.randomElement(using: &random)! }.joined() }
        for text in texts + ["", "   ", " aa ", "Aalborg", "a", "-a-", "\t\nx\r"] {
            #expect(DanishOrder.asciiKey(text) == DanishOrder.generalKey(text), "\(Array(text.unicodeScalars))")
        }
        #expect(DanishOrder.asciiKey("Ålborg") == nil)
    }

    @Test func csvFieldsAreQuotedWhenAScalarNeedsItAsBefore() {
        func reference(_ value: String, delimiter: Character) -> String {
            let special = Set(delimiter.unicodeScalars).union(["\"", "\r", "\n"])
            guard value.unicodeScalars.contains(where: special.contains) else { return value }
            return "\"" + String(String.UnicodeScalarView(value.unicodeScalars.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] })) + "\""
        }
        // A quote followed by a combining mark is one Character, but a reader sees the quote.
        #expect(CSV.field("a\"\u{301}b", delimiter: ",") == "\"a\"\"\u{301}b\"")
        #expect(CSV.field("a¦b", delimiter: "¦") == "\"a¦b\"")
        for (round, text) in Self.texts(count: 3000, seed: 2).enumerated() {
            for delimiter: Character in [",", ";", "|", "\t", "¦"] {
                #expect(CSV.field(text, delimiter: delimiter) == reference(text, delimiter: delimiter), "text \(round)")
            }
        }
        let rows = [Self.texts(count: 4, seed: 3), Self.texts(count: 4, seed: 4)]
        #expect(CSV.document(header: ["a", "b", "c", "d"], rows: rows, dialect: .excel)
            == "\u{FEFF}" + ([["a", "b", "c", "d"]] + rows).map { CSV.row(row: $0, dialect: .excel) + "\r\n" }.joined())
    }

    @Test func blankAndControlCharactersAreFoundAsCharacterByCharacter() {
        for text in Self.texts(count: 3000, seed: 5) + ["", " ", "\u{A0}", " \u{301}", "\r\n"] {
            #expect(FieldReader.isBlank(text) == text.allSatisfy(\.isWhitespace), "\(Array(text.unicodeScalars))")
            #expect(FieldReader.firstControl(text) == text.unicodeScalars.first(where: FieldReader.isControl), "\(Array(text.unicodeScalars))")
            #expect(Formats.hasSpace(text) == text.contains(where: \.isWhitespace), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func idsAreJudgedAsCharacterByCharacter() {
        func reference(_ text: String) -> IDProblem? {
            if text.isEmpty { return .empty }
            if text.count > EntryID<Never>.maximumLength { return .tooLong(count: text.count, limit: EntryID<Never>.maximumLength) }
            guard text.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else { return .characters }
            if text.hasPrefix("-") { return .leadingHyphen }
            let stem = text.prefix { $0 != "." }.lowercased()
            if ["con", "prn", "aux", "nul"].contains(stem) { return .windowsDeviceName }
            if stem.count == 4, stem.hasPrefix("com") || stem.hasPrefix("lpt"), let digit = stem.last, ("1"..."9").contains(digit) { return .windowsDeviceName }
            return nil
        }
        let cases = ["con", "com1", "lpt9", "com0", "aux", "nul1", "-a", String(repeating: "a", count: 64), String(repeating: "a", count: 65),
                     String(repeating: "æ", count: 65), "akm", "a-b-2"]
        for text in cases + Self.texts(count: 3000, seed: 6) {
            #expect(EntryID<Never>.problem(with: text) == reference(text), "\(text)")
        }
    }

    @Test func locationsInLongAndShortFilesAreCountedAlike() {
        // Over the size where line starts are worked out up front, and under it.
        let line = "{\"title\": \"Ærø og Å\"}\n"
        let long = Array(String(repeating: line, count: 1000).utf8)
        let short = Array(long.prefix(4000))
        for bytes in [long, short] {
            let source = SourceText(file: "f", bytes: bytes)
            var line = 1, column = 1
            for offset in 0...bytes.count {
                if offset % 97 == 0 || offset == bytes.count {
                    #expect(source.location(ofOffset: offset) == SourceLocation(file: "f", line: line, column: column), "offset \(offset)")
                }
                guard offset < bytes.count else { break }
                if bytes[offset] == 0x0A { line += 1; column = 1 } else if bytes[offset] & 0xC0 != 0x80 { column += 1 }
            }
        }
    }

    @Test func filesAreReadWholeWhateverTheirSize() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for size in [0, 1, 4095, 4096, 4097, 100_000] {
            let path = folder.appendingPathComponent("f\(size)").path
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            #expect(try FileSystem.readFile(path, limit: 1 << 20).get() == bytes)
            #expect(try FileSystem.readFile(path, limit: 1 << 20, following: false).get() == bytes)
            if size > 0 {
                guard case .failure(.tooLarge(let found)) = FileSystem.readFile(path, limit: size - 1) else { Issue.record("read past the limit"); continue }
                #expect(found == size)
            }
        }
        // A link is not read when links are not followed; the loader then looks at it closely.
        let link = folder.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder.appendingPathComponent("f1").path)
        guard case .failure(.system) = FileSystem.readFile(link, limit: 10, following: false) else { Issue.record("read through a link"); return }
    }

    @Test func workOnManyThreadsComesBackInOrderAlsoInsideOtherWork() {
        let items = Array(0..<1000)
        for threads in [1, 2, 3, 8] {
            #expect(Parallel.map(items, threads: threads) { $0 * 2 } == items.map { $0 * 2 })
            // A map inside a map, as a page's long lists are made while other files are rendered.
            let nested = Parallel.map(Array(0..<6), threads: threads) { outer in
                Parallel.map(Array(0..<200), threads: threads) { outer * 1000 + $0 }
            }
            #expect(nested == (0..<6).map { outer in (0..<200).map { outer * 1000 + $0 } })
        }
        #expect(Parallel.map([Int](), threads: 4) { $0 } == [])
        #expect(Parallel.chunks(Array(0..<10), threads: 2).map(Array.init) == [[0, 1], [2, 3], [4, 5], [6, 7], [8, 9]])
        #expect(Parallel.chunks(Array(0..<3), threads: 4).map(Array.init) == [[0], [1], [2]])
    }
}
