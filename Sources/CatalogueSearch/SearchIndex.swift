import Foundation

/// What a field of a searchable document holds, which decides how a query word matches it and
/// how much the match counts.
public enum SearchFieldKind: Sendable, Hashable, CaseIterable {
    /// A task's title, or a person's or department's name: a match here counts strongly.
    case title
    /// One keyword phrase: strong, and strongest when the whole query is the phrase.
    case keyword
    /// Prose such as a description or a job title: a match here counts weakly.
    case text
    /// A KLE number, found when it begins with a query word (`02.34` finds `02.34.02-G01`).
    case code
    /// A phone number, compared as digits: the whole number, or at least its last four digits.
    case phone
    /// Initials or an id, found only when a query word is exactly it.
    case identifier

    /// The kind as one bit, so the kinds a word occurs in fit in a byte.
    var bit: UInt8 {
        switch self {
        case .title: 1
        case .keyword: 2
        case .text: 4
        case .code: 8
        case .phone: 16
        case .identifier: 32
        }
    }

    /// The kinds whose bits are set in `bits`, in declaration order.
    static func kinds(in bits: UInt8) -> Set<SearchFieldKind> {
        Set(allCases.filter { bits & $0.bit != 0 })
    }
}

/// One field of a searchable document: its kind and its text as written.
public struct SearchField: Sendable, Hashable {
    /// How the field is matched and weighed.
    public var kind: SearchFieldKind
    /// The text as written; search folds it.
    public var text: String

    /// A field of `kind` holding `text`.
    public init(_ kind: SearchFieldKind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    /// A title or name field.
    public static func title(_ text: String) -> SearchField { SearchField(.title, text) }
    /// One keyword phrase.
    public static func keyword(_ text: String) -> SearchField { SearchField(.keyword, text) }
    /// A prose field.
    public static func text(_ text: String) -> SearchField { SearchField(.text, text) }
    /// A KLE number.
    public static func code(_ text: String) -> SearchField { SearchField(.code, text) }
    /// A phone number, in any grouping.
    public static func phone(_ text: String) -> SearchField { SearchField(.phone, text) }
    /// Initials or an id.
    public static func identifier(_ text: String) -> SearchField { SearchField(.identifier, text) }
}

/// A thing search can find: the caller's key and the fields that describe it.
public struct SearchDocument<Key: Hashable & Sendable>: Sendable {
    /// What the caller uses to find the thing again (a task id, an employee id).
    public var key: Key
    /// The texts the thing is found by.
    public var fields: [SearchField]

    /// A document for `key` with `fields`.
    public init(key: Key, fields: [SearchField]) {
        self.key = key
        self.fields = fields
    }
}

/// A document a search found: its key, its score (higher is better) and the kinds of field
/// any query word matched in.
public struct SearchHit<Key: Hashable & Sendable>: Sendable, Hashable {
    /// The document's key.
    public var key: Key
    /// How well the document matched; only the order of scores is meaningful.
    public var score: Int
    /// The kinds of field a query word matched in.
    public var matched: Set<SearchFieldKind>
}

/// A ranked search over documents. Documents are folded and tokenized once, here, so that
/// each search only compares the query with the distinct words of the catalogue.
public struct SearchIndex<Key: Hashable & Sendable>: Sendable {
    private let keys: [Key]
    private let core: SearchCore

    /// An index of `documents`; documents that score alike are returned in this order.
    public init(_ documents: [SearchDocument<Key>]) {
        keys = documents.map(\.key)
        core = SearchCore(documents.map(\.fields))
    }

    /// The documents that match every word of `query`, best first, at most `limit` of them.
    /// An empty or punctuation-only query finds nothing.
    public func search(_ query: String, limit: Int? = nil) -> [SearchHit<Key>] {
        core.search(query, limit: limit).map { hit in
            SearchHit(key: keys[hit.document], score: hit.score, matched: SearchFieldKind.kinds(in: hit.kinds))
        }
    }
}

/// How a query word matched a word of the document.
enum WordMatch: Sendable {
    /// The words are the same.
    case equal
    /// The document's word begins with the query word.
    case prefix
    /// The query word begins a later part of a compound word (`tilladelse` in `byggetilladelse`).
    case compoundPart

    /// The shortest query word, in letters, that may match inside a word.
    ///
    /// Danish writes compounds as one word (bygge + tilladelse, affald + s + ordning), so a
    /// query word must be able to match where a later part begins. Without a dictionary the
    /// part boundaries are unknown, so any position counts, but only for query words of four
    /// letters or more: shorter fragments (`sag`, `del`, `lov`) hide inside too many unrelated
    /// words, while four letters already cover the parts people search for (`plan` in
    /// `lokalplan`, `vand` in `spildevand`, `skat` in `ejendomsskat`).
    static let minimumInnerLength = 4

    /// The first letters of a compound form a part of at least two letters (`by`, `ur`), so an
    /// inner match never starts at the second letter.
    static let minimumInnerOffset = 2

    /// Common Danish word endings of four letters or more: inside a word they are nearly always
    /// the ending (`vurde-ring`, `ord-ning`), not a part, so they would find half the catalogue.
    /// They still match as whole words and as the start of a word (`ringvej`).
    static let endings: Set<[UInt8]> = Set(["ring", "ning", "else", "ende", "erne"].map { Array($0.utf8) })

    /// True when `word` may match inside a longer word.
    static func mayMatchInside(_ word: [UInt8]) -> Bool {
        String(decoding: word, as: UTF8.self).unicodeScalars.count >= minimumInnerLength && !endings.contains(word)
    }
}

/// The scores of the ways a document can match one query word. Strong fields (titles,
/// keywords, codes, phone numbers, identifiers) always outrank weak ones (descriptions), and
/// the whole query being a title or keyword outranks everything.
enum SearchRank {
    /// Added once when the whole query is a document's title or one of its keywords.
    static let wholeQuery = 1000
    /// A code, phone number or identifier matched in full.
    static let exact: Int32 = 60
    /// A code matched by its beginning, a phone number by its last digits.
    static let partial: Int32 = 50

    /// The score of a word match in a strong (title, keyword) or weak (text) field.
    static func word(_ match: WordMatch, strong: Bool) -> Int32 {
        switch (match, strong) {
        case (.equal, true): 60
        case (.prefix, true): 50
        case (.compoundPart, true): 40
        case (.equal, false): 30
        case (.prefix, false): 20
        case (.compoundPart, false): 10
        }
    }
}

/// One whitespace-separated part of a query, with the forms each kind of field compares.
struct QueryTerm: Sendable, Equatable {
    /// The folded words, all of which must match words of the document's text fields...
    var words: [[UInt8]]
    /// ...unless the term as a whole begins a code (folded, punctuation trimmed at both ends),
    var code: [UInt8]
    /// or is the digits of a phone number (nil when the term is not written as one),
    var phoneDigits: String?
    /// or is an identifier (the folded words joined by spaces).
    var identifier: String

    /// The terms of `query`. Consecutive parts written as digits ("72 57 73 54", "+45 …") form
    /// one term, since that is how Danes write one phone number; parts without a letter or
    /// digit are left out.
    static func parse(_ query: String) -> [QueryTerm] {
        var chunks: [String] = []
        var lastWasDigits = false
        for part in query.split(whereSeparator: { $0.isWhitespace }) {
            let digits = isWrittenAsDigits(part)
            if digits, lastWasDigits, let last = chunks.popLast() {
                chunks.append(last + " " + part)
            } else {
                chunks.append(String(part))
            }
            lastWasDigits = digits
        }
        return chunks.compactMap { chunk in
            let words = TextFolding.words(chunk).map { Array($0.utf8) }
            guard !words.isEmpty else { return nil }
            let folded = Array(TextFolding.fold(chunk).utf8).filter { $0 != 0x20 }
            let code = Array(folded.drop(while: { !isWordByte($0) }).reversed().drop(while: { !isWordByte($0) }).reversed())
            let phone = chunk.split(separator: " ").allSatisfy(isWrittenAsDigits) ? phoneDigits(chunk) : nil
            let identifier = words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
            return QueryTerm(words: words, code: code, phoneDigits: phone, identifier: identifier)
        }
    }

    /// True for a part such as `72`, `7257-7354` or `+45`: digits, hyphens and a leading plus.
    static func isWrittenAsDigits(_ part: Substring) -> Bool {
        let body = part.hasPrefix("+") ? part.dropFirst() : part
        return body.contains(where: { $0.isASCII && $0.isNumber })
            && body.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "-" }
    }

    /// True for a byte of a folded word (ASCII letters and digits, or part of a non-ASCII letter).
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || TextFolding.isASCIIWordByte(byte)
    }

    /// The national digits of a phone number as written: spaces, hyphens and a leading +45 or
    /// 0045 removed, since the catalogue stores Danish numbers without the country code.
    static func phoneDigits(_ text: String) -> String {
        var digits = String(text.filter { $0.isASCII && $0.isNumber })
        let trimmed = text.drop(while: { $0.isWhitespace })
        if trimmed.hasPrefix("+45") {
            digits.removeFirst(2)
        } else if trimmed.hasPrefix("0045") {
            digits.removeFirst(4)
        }
        return digits
    }
}

/// The search machinery, with documents numbered in the order the caller gave them.
struct SearchCore: Sendable {
    /// One match of a search, by document number.
    struct Hit: Sendable, Equatable {
        let document: Int
        let score: Int
        let kinds: UInt8
    }

    /// A phone number and the document it belongs to.
    struct Phone: Sendable {
        let digits: String
        let document: Int32
    }

    let documentCount: Int
    /// Every distinct folded word of the title, keyword and text fields, stored end to end,
    /// because every query word is compared with every word here (for prefixes and compound
    /// parts); word `i` is `vocabulary[wordStarts[i] ..< wordStarts[i + 1]]`.
    let vocabulary: [UInt8]
    let wordStarts: [Int]
    /// The documents each word occurs in: for word `i`, `postings[postingStarts[i] ..<
    /// postingStarts[i + 1]]`, each the document number shifted left by 8 with the bits of the
    /// kinds of field the word occurs in, in increasing document order (so at most 2^24 documents).
    let postings: [UInt32]
    let postingStarts: [Int]
    /// The documents whose title or a keyword is a phrase: its folded words joined by spaces.
    let phrases: [String: [Int32]]
    /// Codes (folded, without spaces) sorted bytewise, so those beginning alike are adjacent.
    let codes: [(code: [UInt8], document: Int32)]
    /// Phone numbers by their last four digits (all of them when shorter).
    let phones: [String: [Phone]]
    /// Documents by identifier (folded words joined by spaces).
    let identifiers: [String: [Int32]]

    /// Folds and tokenizes every field of every document once.
    init(_ documents: [[SearchField]]) {
        var vocabulary = WordTable()
        // Each word's occurrences, one per document, in document order: collected in one list
        // and grouped by word at the end, which is much faster than a list per word.
        var occurrences: [UInt32] = []
        var occurrenceWords: [Int32] = []
        var latest: [Int] = []  // per word, the index of its latest occurrence
        var phrases: [String: [Int32]] = [:]
        var codes: [(code: [UInt8], document: Int32)] = []
        var phones: [String: [Phone]] = [:]
        var identifiers: [String: [Int32]] = [:]
        for (document, fields) in documents.enumerated() {
            let number = Int32(document)
            for field in fields {
                switch field.kind {
                case .title, .keyword, .text:
                    let tagged = UInt32(document) << 8 | UInt32(field.kind.bit)
                    var phrase: [UInt8] = []
                    TextFolding.forEachWord(in: field.text) { word in
                        let id = vocabulary.number(of: word)
                        // A word occurs once per document; further fields only add their kind.
                        if id == latest.count {
                            latest.append(-1)
                        }
                        if latest[id] >= 0, occurrences[latest[id]] >> 8 == tagged >> 8 {
                            occurrences[latest[id]] |= tagged
                        } else {
                            latest[id] = occurrences.count
                            occurrences.append(tagged)
                            occurrenceWords.append(Int32(id))
                        }
                        if field.kind != .text {
                            if !phrase.isEmpty { phrase.append(0x20) }
                            phrase += word
                        }
                    }
                    if !phrase.isEmpty {
                        phrases[String(decoding: phrase, as: UTF8.self), default: []].append(number)
                    }
                case .code:
                    let code = Array(TextFolding.fold(field.text).utf8).filter { $0 != 0x20 }
                    if !code.isEmpty { codes.append((code, number)) }
                case .phone:
                    let digits = QueryTerm.phoneDigits(field.text)
                    if !digits.isEmpty { phones[String(digits.suffix(4)), default: []].append(Phone(digits: digits, document: number)) }
                case .identifier:
                    let key = TextFolding.words(field.text).joined(separator: " ")
                    if !key.isEmpty { identifiers[key, default: []].append(number) }
                }
            }
        }
        documentCount = documents.count
        self.vocabulary = vocabulary.bytes
        self.wordStarts = vocabulary.starts
        // Grouped by word with a counting sort, which keeps each word's documents in order.
        var postingStarts = [Int](repeating: 0, count: latest.count + 1)
        for word in occurrenceWords { postingStarts[Int(word) + 1] += 1 }
        for id in latest.indices { postingStarts[id + 1] += postingStarts[id] }
        var next = postingStarts
        var postings = [UInt32](repeating: 0, count: occurrences.count)
        for (occurrence, word) in zip(occurrences, occurrenceWords) {
            postings[next[Int(word)]] = occurrence
            next[Int(word)] += 1
        }
        self.postings = postings
        self.postingStarts = postingStarts
        self.phrases = phrases
        self.codes = codes.sorted { a, b in
            a.code == b.code ? a.document < b.document : a.code.lexicographicallyPrecedes(b.code)
        }
        self.phones = phones
        self.identifiers = identifiers
    }

    /// The documents matching every term of `query`, best first; equal scores keep document order.
    func search(_ query: String, limit: Int?) -> [Hit] {
        let terms = QueryTerm.parse(query)
        guard !terms.isEmpty, documentCount > 0 else { return [] }
        var total = [Int](repeating: 0, count: documentCount)
        var kinds = [UInt8](repeating: 0, count: documentCount)
        var found = [Bool](repeating: true, count: documentCount)
        for term in terms {
            var (scores, termKinds) = textScores(term.words)
            addCodeScores(term.code, to: &scores, kinds: &termKinds)
            if let digits = term.phoneDigits { addPhoneScores(digits, to: &scores, kinds: &termKinds) }
            for document in identifiers[term.identifier] ?? [] {
                let index = Int(document)
                scores[index] = max(scores[index], SearchRank.exact)
                termKinds[index] |= SearchFieldKind.identifier.bit
            }
            // Every term must match (AND): a document a term misses is out.
            for index in 0..<documentCount {
                if scores[index] == 0 {
                    found[index] = false
                } else {
                    total[index] += Int(scores[index])
                    kinds[index] |= termKinds[index]
                }
            }
        }
        let phrase = terms.flatMap(\.words).map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
        var bonusGiven = Set<Int32>()
        for document in phrases[phrase] ?? [] where found[Int(document)] && bonusGiven.insert(document).inserted {
            total[Int(document)] += SearchRank.wholeQuery
        }
        var hits: [Hit] = []
        for index in 0..<documentCount where found[index] {
            hits.append(Hit(document: index, score: total[index], kinds: kinds[index]))
        }
        hits.sort { a, b in a.score != b.score ? a.score > b.score : a.document < b.document }
        if let limit { return Array(hits.prefix(max(0, limit))) }
        return hits
    }

    /// For each document, the score with which all of `words` match its text fields (the
    /// weakest word's best match, or 0 when one is missing) and the kinds of field they matched in.
    func textScores(_ words: [[UInt8]]) -> (scores: [Int32], kinds: [UInt8]) {
        var scores = [Int32](repeating: 0, count: documentCount)
        var kinds = [UInt8](repeating: 0, count: documentCount)
        for (position, word) in words.enumerated() {
            var wordScores = [Int32](repeating: 0, count: documentCount)
            var wordKinds = [UInt8](repeating: 0, count: documentCount)
            let strongBits = SearchFieldKind.title.bit | SearchFieldKind.keyword.bit
            for (id, match) in vocabularyMatches(of: word) {
                let strong = SearchRank.word(match, strong: true), weak = SearchRank.word(match, strong: false)
                for posting in postings[postingStarts[id] ..< postingStarts[id + 1]] {
                    let document = Int(posting >> 8), bits = UInt8(truncatingIfNeeded: posting)
                    wordScores[document] = max(wordScores[document], bits & strongBits != 0 ? strong : weak)
                    wordKinds[document] |= bits
                }
            }
            if position == 0 {
                scores = wordScores
                kinds = wordKinds
            } else {
                for index in 0..<documentCount {
                    scores[index] = min(scores[index], wordScores[index])
                    kinds[index] |= wordKinds[index]
                }
            }
        }
        for index in 0..<documentCount where scores[index] == 0 { kinds[index] = 0 }
        return (scores, kinds)
    }

    /// The words of the vocabulary that `word` matches, and how.
    func vocabularyMatches(of word: [UInt8]) -> [(id: Int, match: WordMatch)] {
        var result: [(id: Int, match: WordMatch)] = []
        let inside = WordMatch.mayMatchInside(word)
        let length = word.count
        vocabulary.withUnsafeBufferPointer { vocabulary in
            word.withUnsafeBufferPointer { query in
                guard let base = vocabulary.baseAddress, let query = query.baseAddress, length > 0 else { return }
                for id in 0 ..< wordStarts.count - 1 {
                    let start = wordStarts[id], count = wordStarts[id + 1] - start
                    guard count >= length else { continue }
                    if memcmp(base + start, query, length) == 0 {
                        result.append((id, count == length ? .equal : .prefix))
                        continue
                    }
                    guard inside, count >= length + WordMatch.minimumInnerOffset else { continue }
                    let first = query.pointee
                    for offset in WordMatch.minimumInnerOffset ... count - length
                    where base[start + offset] == first && memcmp(base + start + offset, query, length) == 0 {
                        result.append((id, .compoundPart))
                        break
                    }
                }
            }
        }
        return result
    }

    /// Raises the scores of documents with a code that begins with `prefix`.
    func addCodeScores(_ prefix: [UInt8], to scores: inout [Int32], kinds: inout [UInt8]) {
        guard !prefix.isEmpty else { return }
        // The first code not sorting before the prefix; those beginning with it follow it.
        var low = 0, high = codes.count
        while low < high {
            let middle = (low + high) / 2
            if codes[middle].code.lexicographicallyPrecedes(prefix) { low = middle + 1 } else { high = middle }
        }
        for (code, document) in codes[low...] {
            guard code.starts(with: prefix) else { break }
            let index = Int(document)
            scores[index] = max(scores[index], code.count == prefix.count ? SearchRank.exact : SearchRank.partial)
            kinds[index] |= SearchFieldKind.code.bit
        }
    }

    /// Raises the scores of documents with a phone number that is `digits` or, when at least
    /// four digits are given, ends with them (people remember the last digits of a number).
    func addPhoneScores(_ digits: String, to scores: inout [Int32], kinds: inout [UInt8]) {
        guard !digits.isEmpty else { return }
        for phone in phones[String(digits.suffix(4))] ?? [] {
            let score: Int32
            if phone.digits == digits {
                score = SearchRank.exact
            } else if digits.count >= 4, phone.digits.hasSuffix(digits) {
                score = SearchRank.partial
            } else {
                continue
            }
            let index = Int(phone.document)
            scores[index] = max(scores[index], score)
            kinds[index] |= SearchFieldKind.phone.bit
        }
    }
}

/// The distinct words of the documents while the index is built: their bytes end to end, and
/// an open-addressing hash table from a word to its number. Swift's Dictionary hashes a
/// `[UInt8]` key byte by byte through Hasher, which made building a large index slower than
/// tokenizing all its text; local data needs no protection from hash flooding.
struct WordTable {
    /// Every word, end to end, in order of first occurrence.
    private(set) var bytes: [UInt8] = []
    /// Word `i` is `bytes[starts[i] ..< starts[i + 1]]`.
    private(set) var starts: [Int] = [0]
    /// Word numbers by hash; -1 is an empty slot. The count is a power of two.
    private var slots = [Int32](repeating: -1, count: 1 << 12)
    /// The hash of each word, kept so growing the table needs no rehashing of bytes.
    private var hashes: [UInt64] = []

    /// The number of `word`, which is the next number when the word is new.
    mutating func number(of word: [UInt8]) -> Int {
        // FNV-1a: short, and good enough for words.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let id = Int(slots[slot])
            if hashes[id] == hash, bytes[starts[id] ..< starts[id + 1]].elementsEqual(word) { return id }
            slot = (slot + 1) & mask
        }
        let id = hashes.count
        slots[slot] = Int32(id)
        hashes.append(hash)
        bytes += word
        starts.append(bytes.count)
        if hashes.count * 2 > slots.count { grow() }
        return id
    }

    /// Doubles the table, keeping it at most half full so probes stay short.
    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }
}
