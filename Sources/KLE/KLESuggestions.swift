/// A topic proposed for a text, with the words that led to it.
public struct KLESuggestion: Hashable, Sendable {
    /// The topic with its title.
    public let topic: KLEEntry
    /// How strongly the words point to it; only the order means anything.
    public let score: Double
    /// The caller's words that found it, strongest first.
    public let words: [String]
}

extension KLEWordIndex {
    /// Words of four letters or more that any task's text may use and that say nothing about its topic, folded.
    static let commonWords: Set<String> = [
        "alle", "andre", "altid", "bare", "blive", "bliver", "blev", "dette", "disse", "eller", "efter", "eget", "egen", "eksempel",
        "eller", "finde", "findes", "fordi", "forud", "gælde", "gælder", "gerne", "have", "hele", "hvad", "hvis", "hvor", "hvordan",
        "inden", "ingen", "kommune", "kommunen", "kommunens", "kontakt", "kontakte", "kunne", "mange", "med", "mellem", "mere",
        "noget", "også", "over", "samme", "selv", "sende", "sker", "skal", "skriv", "uden", "under", "vælge", "vælger", "være",
        "vores", "altså", "først", "senest", "betale", "betales", "spørgsmål", "henvende", "henvendelse", "ansøg", "søge", "søger",
    ].reduce(into: []) { set, word in set.formUnion(KLEWords.words(word)) }

    /// Topics for a text made of weighted parts (a task's title and keywords weigh more than its description),
    /// best first, at most `limit`. Each word of four letters or more looks the topics up as `topics(matching:)`
    /// does; a topic gains for every word that finds it: more when the word is in its title, more when it is the
    /// word itself rather than a longer form, more for a heavier term, and less the more topics the word finds
    /// (a word that finds 300 topics says little about any one of them).
    public func suggestions(for parts: [(text: String, weight: Double)], limit: Int = 5) -> [KLESuggestion] {
        var weights: [String: Double] = [:], order: [String] = [], written: [String: String] = [:]
        for part in parts {
            for token in part.text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
                for word in KLEWords.words(String(token)) where word.count >= 4 && !Self.commonWords.contains(word) {
                    if weights[word] == nil { order.append(word) }
                    weights[word] = max(weights[word] ?? 0, part.weight)
                    // The reason shows the word as the task writes it, not folded.
                    if written[word] == nil { written[word] = token.lowercased() }
                }
            }
        }
        var scores: [KLENumber: (entry: KLEEntry, score: Double, words: [(String, Double)])] = [:]
        for word in order {
            let matches = topics(matching: word)
            guard !matches.isEmpty else { continue }
            let rarity = 1 / Double(matches.count).squareRoot()
            for match in matches {
                let strength = (match.inTitle ? 3.0 : 1.0) * (match.hasWord ? 2.0 : 1.0)
                    * (1 + Double(match.terms.first?.weight ?? 5).squareRoot() / 5)
                let gain = (weights[word] ?? 1) * strength * rarity
                var entry = scores[match.topic.number] ?? (match.topic, 0, [])
                entry.score += gain
                entry.words.append((written[word] ?? word, gain))
                scores[match.topic.number] = entry
            }
        }
        return scores.values.sorted { ($0.score, $1.entry.number) > ($1.score, $0.entry.number) }.prefix(max(0, limit)).map { value in
            KLESuggestion(topic: value.entry, score: value.score, words: value.words.sorted { $0.1 > $1.1 }.map(\.0))
        }
    }
}
