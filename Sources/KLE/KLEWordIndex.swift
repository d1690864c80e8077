/// The plan's words, for finding topics by a word a caller uses: every word of every topic's title and terms,
/// looked up by its stem (see `KLEWords`). A caller's word of four letters or more finds the words that begin with
/// its stem, so `rotter` finds `rotter`, `rotte` and `rottebekæmpelse`; a shorter word finds only its own forms.
/// Built on first use of `shipped`, not with the plan, so that commands which only check numbers do not pay for it
/// (about 30 ms in a release build on a busy two-core machine; a look-up then takes about 0.2 ms).
///
/// Measured on 18 words a business might use: the first topic is the right one for 13 (rotter, affald, alkohol,
/// skilte, støj, byggetilladelse, fyrværkeri, udeservering, jord, olietank, parkering, gravetilladelse,
/// stadeplads), fitting but not the best for 3 (restaurant, hund, fødevarer), and wrong or missing for 2 (lugt
/// finds only a work-environment topic, madvogn nothing). Matching is by word start only: `affald` does not find
/// `erhvervsaffald`, and `restaurant` does not find `restaurations-`.
public struct KLEWordIndex: Sendable {
    /// Where a word occurs: a topic (its position in the plan) and a term of it (a position in its terms), or its
    /// title (-1). Small on purpose: the shipped plan has about 66,000 occurrences of 15,600 words.
    struct Occurrence: Hashable, Sendable {
        let topic: Int32
        let term: Int32
    }

    /// A word as UTF-8, hashed as a whole rather than byte by byte: the index hashes 66,000 of them.
    struct Word: Hashable {
        let utf8: [UInt8]

        func hash(into hasher: inout Hasher) {
            utf8.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// The plan the index was built from.
    public let plan: KLEPlan
    /// Every distinct folded word, as UTF-8.
    private let words: [[UInt8]]
    /// Where each word occurs, by the word's position in `words`.
    private let occurrences: [[Occurrence]]
    /// Every distinct stem, as UTF-8, in byte order, so that the stems beginning with a prefix are neighbours.
    private let stems: [[UInt8]]
    /// The words of each stem, as positions in `words`, by the stem's position in `stems`.
    private let stemWords: [[Int]]

    /// The index of the shipped plan.
    public static let shipped = KLEWordIndex(plan: .shipped)

    /// The index of a plan's titles and terms.
    public init(plan: KLEPlan) {
        self.plan = plan
        var builder = Builder()
        for (position, topic) in plan.topics.enumerated() {
            let topicPosition = Int32(position)
            KLEWords.forEachWord(in: Array(topic.title.utf8)[...]) {
                builder.add($0, Occurrence(topic: topicPosition, term: -1))
            }
            var term: Int32 = 0
            topic.forEachTerm { text, _ in
                KLEWords.forEachWord(in: text) { builder.add($0, Occurrence(topic: topicPosition, term: term)) }
                term += 1
            }
        }
        var byStem: [Word: [Int]] = [:]
        for (position, word) in builder.words.enumerated() {
            byStem[Word(utf8: Array(KLEWords.stem(word[...]))), default: []].append(position)
        }
        words = builder.words
        occurrences = builder.occurrences
        let stems = byStem.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        self.stems = stems.map(\.utf8)
        stemWords = stems.map { byStem[$0] ?? [] }
    }

    /// Gathers the distinct words and where each occurs.
    private struct Builder {
        var positions: [Word: Int] = [:]
        var words: [[UInt8]] = []
        var occurrences: [[Occurrence]] = []

        /// Notes that `word` occurs at `occurrence`.
        mutating func add(_ word: ArraySlice<UInt8>, _ occurrence: Occurrence) {
            let word = Word(utf8: Array(word))
            if let position = positions[word] {
                // A word repeated within one term or title is one occurrence.
                if occurrences[position].last != occurrence { occurrences[position].append(occurrence) }
            } else {
                positions[word] = words.count
                words.append(word.utf8)
                occurrences.append([occurrence])
            }
        }
    }

    /// The topics whose title or terms hold `text` (as a caller typed it; it is folded here), best first: a topic
    /// whose title holds it before one whose terms do, then one with the caller's very word before one with
    /// another form, then by the strongest matching term, then in plan order. Text of several words finds the
    /// topics that hold every one of them, as `find` asks every word to match.
    public func topics(matching text: String) -> [KLEWordMatch] {
        var queries: [[UInt8]] = []
        KLEWords.forEachWord(in: Array(text.utf8)[...]) { queries.append(Array($0)) }
        guard let first = queries.first else { return [] }
        var found = hits(of: first)
        for query in queries.dropFirst() {
            let more = hits(of: query)
            found = found.filter { more[$0.key] != nil }.merging(more.filter { found[$0.key] != nil }, uniquingKeysWith: +)
        }
        let matches = found.map { topic, hits in match(plan.topics[Int(topic)], hits: hits, queries: queries) }
        return matches.sorted { $0.rank < $1.rank }
    }

    /// A topic's occurrences of one folded word, each with the word of the plan it is an occurrence of.
    private typealias Hit = (occurrence: Occurrence, word: Int)

    /// The occurrences of the plan's words that match one folded query word, by topic.
    private func hits(of query: [UInt8]) -> [Int32: [Hit]] {
        var found: [Int32: [Hit]] = [:]
        let prefix = KLEWords.letterCount(query[...]) >= 4
        // The stems' ranges may overlap (`kloak` holds `kloakk`): each word once.
        let words = Set(KLEWords.queryStems(query[...]).flatMap { stemPositions(Array($0), prefix: prefix) }
            .flatMap { stemWords[$0] })
        for word in words.sorted() {
            for occurrence in occurrences[word] { found[occurrence.topic, default: []].append((occurrence, word)) }
        }
        return found
    }

    /// The positions in `stems` of `stem` itself, or of every stem that begins with it.
    private func stemPositions(_ stem: [UInt8], prefix: Bool) -> Range<Int> {
        let first = stems.partitioningIndex { !$0.lexicographicallyPrecedes(stem) }
        guard prefix else { return first..<(first < stems.count && stems[first] == stem ? first + 1 : first) }
        let end = stems[first...].firstIndex { !$0.starts(with: stem) } ?? stems.endIndex
        return first..<end
    }

    /// The match of one topic from its hits.
    private func match(_ topic: KLETopic, hits: [Hit], queries: [[UInt8]]) -> KLEWordMatch {
        let termPositions = Set(hits.map { Int($0.occurrence.term) }.filter { $0 >= 0 })
        let allTerms = termPositions.isEmpty ? [] : topic.terms
        let terms = termPositions.sorted().map { allTerms[$0] }.sorted { $0.weight > $1.weight }
        return KLEWordMatch(topic: KLEEntry(number: topic.number, title: topic.title),
                            inTitle: hits.contains { $0.occurrence.term < 0 },
                            hasWord: hits.contains { queries.contains(words[$0.word]) },
                            terms: terms,
                            words: Set(hits.map { String(decoding: words[$0.word], as: UTF8.self) }).sorted())
    }
}
