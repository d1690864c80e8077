extension KLEPlan {
    /// The numbers of the plan nearest to `number`, at its level, for a "did you mean": first those in the same
    /// group (for a topic), then those in the same main group, then the rest, each by numeric distance, the lower
    /// number first on a tie. `09.13.05` with a limit of 3 gives the nearest topics of 09.13.
    public func closest(to number: KLENumber, limit: Int = 3) -> [KLEEntry] {
        // A topic's nearest are almost always in its own main group, which is a range of the plan: only when that
        // range holds too few is the whole plan ranked (a catalogue may hold thousands of unknown numbers).
        let sameMainGroup = number.level == .topic ? topics(under: number.mainGroupNumber) : []
        let candidates: [KLEEntry] = switch number.level {
        case .topic where sameMainGroup.filter({ $0.number != number }).count >= limit:
            sameMainGroup.map { KLEEntry(number: $0.number, title: $0.title) }
        case .topic: topics.map { KLEEntry(number: $0.number, title: $0.title) }
        case .group: groups
        case .mainGroup: mainGroups
        }
        func rank(_ entry: KLEEntry) -> (Int, Int, Int) {
            let candidate = entry.number
            let kinship = candidate.mainGroup != number.mainGroup ? 2 : candidate.group != number.group ? 1 : 0
            return (kinship, abs(candidate.value - number.value), candidate.value)
        }
        // A partial sort would do, but the plan has 2,390 topics and this runs once per unknown number.
        return Array(candidates.filter { $0.number != number }.sorted { rank($0) < rank($1) }.prefix(max(0, limit)))
    }
}
