/// The KLE plan: its topics, and the groups and main groups they lie under, each with a title.
///
/// OS2KLE's file has a line per topic and none for a group `NN.NN` or a main group `NN`. A group or main
/// group exists when a topic lies under it, and its title is derived from its general topic:
/// - a group `NN.NN` takes the title of `NN.NN.00` with its first " i almindelighed" removed
///   ("Skadedyrsbekæmpelse i almindelighed" → "Skadedyrsbekæmpelse"), or, with no `NN.NN.00` line, its
///   first topic's title;
/// - a main group `NN` takes the title of `NN.00.00` the same way, or, with no `NN.00.00` line, its first
///   group's title (OS2KLE 3.23 has no `00.00.00`; KLE names main group 00 after its group 00.01,
///   "Kommunens styrelse").
/// Against the group titles OS2KLE's change.json states for 3.23 this is right for 27 of 29: it gives
/// "Parker, fritids- / idrætsanlæg og landskabspleje" for main group 04 (KLE adds " mv.") and "…, gymnasiet"
/// for 54.34 (KLE: "…, gymnasier").
public struct KLEPlan: Sendable {
    /// Every topic, in plan order.
    public let topics: [KLETopic]
    /// Every group that some topic lies under, in plan order, with its derived title.
    public let groups: [KLEEntry]
    /// Every main group that some topic lies under, in plan order, with its derived title.
    public let mainGroups: [KLEEntry]
    /// The lines that could not be read, in file order; empty for the shipped plan.
    public let problems: [KLEPlanProblem]

    /// The titles of the groups and main groups; a topic's is found in `topics`.
    private let headingTitles: [KLENumber: String]

    /// The plan OS2KLE 3.23 (KLE as of February 2026) that the tool ships, compiled into it and read on first use.
    /// Its terms are not checked one by one when it is read, which would cost every command that shows a title some
    /// milliseconds: the tests read the same text with every check (`KLEPlan(text:)`) and find no problem.
    public static let shipped = KLEPlan(bytes: Array(EmbeddedPlan.os2kle.utf8), isUTF8: true, checkingTerms: false)

    /// The plan of a file in OS2KLE's format, such as a newer OS2KLE.txt.
    public init(text: String) {
        self.init(bytes: Array(text.utf8), isUTF8: true, checkingTerms: true)
    }

    /// The plan of a file's bytes in OS2KLE's format; lines it cannot read are in `problems`.
    public init(bytes: [UInt8]) {
        self.init(bytes: bytes, isUTF8: false, checkingTerms: true)
    }

    /// The plan of bytes that are known to be UTF-8 or not, with every term checked or not (a term that is not
    /// `text[weight]` is left out either way; checking only reports it).
    private init(bytes: [UInt8], isUTF8: Bool, checkingTerms: Bool) {
        let (topics, problems) = KLEPlanReader.read(bytes, isUTF8: isUTF8, checkingTerms: checkingTerms)
        self.init(topics: topics, problems: problems)
    }

    /// The part of the plan under `numbers` (topics, groups or main groups): for searching only the topics a
    /// catalogue uses, which takes a fraction of a millisecond where the whole plan's words take tens.
    public func only(under numbers: [KLENumber]) -> KLEPlan {
        let kept = Set(numbers.flatMap { topics(under: $0).map(\.number) })
        return KLEPlan(topics: topics.filter { kept.contains($0.number) }, problems: [])
    }

    /// A plan of topics in plan order.
    private init(topics: [KLETopic], problems: [KLEPlanProblem]) {
        self.topics = topics
        self.problems = problems
        var headingTitles: [KLENumber: String] = [:]
        let topicEntries = topics.map { KLEEntry(number: $0.number, title: $0.title) }
        groups = Self.headings(over: topicEntries, titles: &headingTitles)
        mainGroups = Self.headings(over: groups, titles: &headingTitles)
        self.headingTitles = headingTitles
    }

    /// The topic of a topic number, or nil when the plan has no such topic.
    public func topic(_ number: KLENumber) -> KLETopic? {
        let position = topics.partitioningIndex { $0.number >= number }
        return position < topics.endIndex && topics[position].number == number ? topics[position] : nil
    }

    /// The number with its title when the plan has it at its level (topic, group or main group), else nil.
    public func entry(_ number: KLENumber) -> KLEEntry? {
        let title = number.level == .topic ? topic(number)?.title : headingTitles[number]
        return title.map { KLEEntry(number: number, title: $0) }
    }

    /// The base number of a reference with its title, or nil when the plan lacks it: `24.10.07-G20` is
    /// `24.10.07`, for the plan does not list the action facets.
    public func entry(for reference: KLEReference) -> KLEEntry? {
        entry(reference.number)
    }

    /// True when the plan has the number at its level.
    public func contains(_ number: KLENumber) -> Bool {
        number.level == .topic ? topic(number) != nil : headingTitles[number] != nil
    }

    /// The topics under a number: the topic itself, a group's topics or a main group's, in plan order.
    public func topics(under number: KLENumber) -> ArraySlice<KLETopic> {
        let first = topics.partitioningIndex { $0.number >= number }
        let end = topics[first...].firstIndex { !$0.number.lies(under: number) } ?? topics.endIndex
        return topics[first..<end]
    }

    /// The headings one level above `entries` (groups over topics, main groups over groups), with titles derived
    /// as the type's comment says, added to `titles`. `entries` are in plan order, so the first entry under a
    /// heading is its general one (`NN.NN.00`, or the group `NN.00`) when it has one.
    private static func headings(over entries: [KLEEntry], titles: inout [KLENumber: String]) -> [KLEEntry] {
        var headings: [KLEEntry] = []
        for entry in entries {
            guard let parent = entry.number.parent, headings.last?.number != parent else { continue }
            let isGeneral = entry.number == parent.general
            let title = isGeneral ? headingTitle(general: entry.title) : entry.title
            headings.append(KLEEntry(number: parent, title: title))
            titles[parent] = title
        }
        return headings
    }

    /// A group's title from its general topic's: "Skadedyrsbekæmpelse i almindelighed" → "Skadedyrsbekæmpelse".
    static func headingTitle(general: String) -> String {
        let bytes = Array(general.utf8)
        let words = Array(" i almindelighed".utf8)
        guard let start = bytes.indices.first(where: { bytes[$0...].starts(with: words) }) else { return general }
        return String(decoding: bytes[..<start] + bytes[(start + words.count)...], as: UTF8.self)
    }
}

extension KLENumber {
    /// True when the number is `ancestor` or lies under it.
    public func lies(under ancestor: KLENumber) -> Bool {
        ancestor.mainGroup == mainGroup && (ancestor.group == nil || ancestor.group == group)
            && (ancestor.topic == nil || ancestor.topic == topic)
    }
}

extension Collection {
    /// The first index whose element satisfies `belongs`, for a collection where every element that does follows
    /// every element that does not (a binary search).
    func partitioningIndex(where belongs: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if belongs(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
