import CatalogueModel
import KLE
import CatalogueSearch

/// The KLE plan's words for the live search of both pages: a caller's "rotter" finds the task that carries
/// 09.13.01 Rottebekæmpelse although the task never says "rotter". The words of each topic the page's tasks carry
/// are written once, in a JSON map in the page (`kat-kle-ord`), and each task names its topics (`data-kle`); the
/// script adds a task's topic words to the text it searches below the task's own.
enum KLEPageWords {
    /// The most words a topic brings: its title's, then those of its strongest terms. OS2KLE 3.23 has topics with
    /// over 400 terms (laws and letter templates among them); the first forty words are the ones a caller uses.
    static let limit = 40

    /// A topic's number and the words it brings to the search.
    struct Topic: Sendable, Equatable {
        var number: String
        var words: [String]
    }

    /// The words of each topic (or group) that `tasks` carry and the plan has, each topic once, in the tasks' order.
    static func topics(for tasks: [[String]], in plan: KLEPlanInUse) -> [Topic] {
        var seen: Set<String> = []
        return tasks.flatMap { numbers($0, in: plan) }.filter { seen.insert($0).inserted }
            .map { Topic(number: $0, words: words(of: $0, in: plan)) }
    }

    /// The element with each topic's words as a JSON map; empty without topics.
    static func node(_ topics: [Topic]) -> HTMLNode {
        guard !topics.isEmpty else { return .empty }
        // A number is digits and dots, and a folded word letters and digits only: nothing here needs escaping in JSON.
        let members = topics.map { "\"\($0.number)\":\"\($0.words.joined(separator: " "))\"" }
        return .element("script", [("type", "application/json"), ("class", "kat-kle-ord")],
                        [.scriptData("{" + members.joined(separator: ",") + "}")])
    }

    /// `data-kle` of a task: the base numbers of its KLE values that the plan has (`09.13.01 05.04.06`), or nil.
    static func attribute(_ numbers: [String]) -> String? {
        numbers.isEmpty ? nil : numbers.joined(separator: " ")
    }

    /// The folded words of a topic (or a group's or main group's title), each once, at most `limit`; not words of one
    /// or two letters, nor those with a digit (the plan's terms name laws and building codes: "§16a", "BR10").
    static func words(of number: String, in kle: KLEPlanInUse) -> [String] {
        guard let parsed = KLENumber(number), let entry = kle.plan.entry(parsed) else { return [] }
        let terms = kle.plan.topic(parsed)?.terms.enumerated().sorted { ($1.element.weight, $0.offset) < ($0.element.weight, $1.offset) }.map(\.element.text) ?? []
        var seen: Set<String> = [], words: [String] = []
        for text in [entry.title] + terms {
            for word in TextFolding.words(text) where isSearchWord(word) && seen.insert(word).inserted {
                words.append(word)
                if words.count == limit { return words }
            }
        }
        return words
    }

    /// Whether a folded word goes into a topic's words: three letters or more, no digit. A word
    /// of Latin letters, every word of the plan, is judged by its scalars: below U+0250 each is a
    /// Character of its own and only 0–9 is a number in a folded word (½ and ² split words), while
    /// asking a Character whether it is a number looks up Unicode's tables every time.
    private static func isSearchWord(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        guard scalars.allSatisfy({ $0.value < 0x250 }) else { return word.count > 2 && !word.contains(where: \.isNumber) }
        return scalars.count > 2 && !scalars.contains(where: { ("0"..."9").contains($0) })
    }

    /// The base numbers of KLE values that the plan has, each once, in the task's order.
    static func numbers(_ kle: [String], in plan: KLEPlanInUse) -> [String] {
        var seen: Set<String> = []
        return kle.compactMap { KLEReference($0) }.filter { plan.plan.contains($0.number) }
            .map(\.number.description).filter { seen.insert($0).inserted }
    }
}
