/// A topic found by a word, and why.
public struct KLEWordMatch: Hashable, Sendable {
    /// The topic with its title.
    public let topic: KLEEntry
    /// True when the word (one of the words) is in the topic's title.
    public let inTitle: Bool
    /// True when the topic holds the caller's very word, not only a longer or inflected form of it.
    public let hasWord: Bool
    /// The topic's terms that hold the word (any of the words), strongest first.
    public let terms: [KLETerm]
    /// The plan's words that matched, folded and sorted: `rotte`, `rottebekæmpelse`, `rotter`.
    public let words: [String]

    /// A match of these parts.
    public init(topic: KLEEntry, inTitle: Bool, hasWord: Bool, terms: [KLETerm], words: [String]) {
        self.topic = topic
        self.inTitle = inTitle
        self.hasWord = hasWord
        self.terms = terms
        self.words = words
    }

    /// The order of matches, best first (see `KLEWordIndex.topics(matching:)`).
    var rank: (Int, Int, Int, Int) {
        (inTitle ? 0 : 1, hasWord ? 0 : 1, -(terms.first?.weight ?? 0), topic.number.value)
    }
}
