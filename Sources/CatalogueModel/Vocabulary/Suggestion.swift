import Foundation

/// What a name that does not resolve was probably meant to be, found by a few rules tried in
/// order; a note (`Hint.didYouMean`) says it: `did you mean "sfl", Sofie Frølund (Team Byggesag)?`.
public struct Suggestion: Sendable, Equatable {
    /// Something the typed text may have meant: an entry's id with its display name and the
    /// department it belongs to when it has them, or a plain word (a command, an option, a field).
    public struct Candidate: Sendable, Equatable {
        /// The department an entry belongs to (an employee's, a task's), which tells apart two ids
        /// that are equally near the typed text.
        public struct Group: Sendable, Equatable {
            public var id: DepartmentID
            public var name: String
        }

        public var id: String
        public var name: String?
        public var group: Group?

        /// A candidate; a plain word has only an id.
        package init(id: String, name: String? = nil, group: Group? = nil) {
            self.id = id
            self.name = name
            self.group = group
        }
    }

    /// The rule that found a suggestion.
    public enum Reason: Sendable, Equatable {
        case name, caseOnly, transliteration, continuation, nearMiss
    }

    /// The candidates suggested, in the order they are shown; empty when nothing fits.
    public var candidates: [Candidate]
    /// Why they were suggested; nil when nothing fits.
    public var reason: Reason?

    /// Nothing to suggest.
    package static let none = Suggestion(candidates: [], reason: nil)

    /// The suggestion for a reference to an entry: a candidate whose name was typed, then one
    /// whose id differs only in case, then the id the text becomes when æ, ø, å and spaces are
    /// spelt as ids spell them, then ids it starts, then the nearest id. A tie is broken in
    /// favour of the referring entry's own `department`, or not at all.
    package static func forReference(_ typed: String, among candidates: [Candidate], preferring department: DepartmentID? = nil) -> Suggestion {
        find(typed, among: candidates, preferring: department, entries: true)
    }

    /// The suggestion for a plain word (a command, an option, a field name), which has no name
    /// and is not an id, so it is neither looked up by name nor transliterated.
    package static func forWord(_ typed: String, among words: [String]) -> Suggestion {
        find(typed, among: words.map { Candidate(id: $0) }, preferring: nil, entries: false)
    }

    // MARK: Rules

    /// The rules in order; `entries` turns on the two that only make sense for entry ids (names,
    /// transliteration), so plain words keep the behaviour they always had.
    private static func find(_ typed: String, among all: [Candidate], preferring department: DepartmentID?, entries: Bool) -> Suggestion {
        let text = typed.trimmingCharacters(in: .whitespaces)
        let others = all.filter { $0.id != typed }
        guard !text.isEmpty else { return .none }

        if entries, text.contains(where: \.isLetter) {
            let named = others.filter { $0.name.map { sameName($0, text) } ?? false }
            // Two people may share a name; show them all (each with their department) rather
            // than pick one, and if there are too many to list, show none.
            if !named.isEmpty { return named.count <= 3 ? Suggestion(candidates: named, reason: .name) : .none }
        }

        var key = text.lowercased()
        let sameButCase = others.filter { $0.id.lowercased() == key }
        if !sameButCase.isEmpty { return resolve(sameButCase, preferring: department, .caseOnly) }

        if entries, key.unicodeScalars.contains(where: { !isIDCharacter($0) }), text.contains(where: { $0.isLetter || $0.isNumber }) {
            key = Slug.make(text)
            let spelt = others.filter { $0.id.lowercased() == key }
            if !spelt.isEmpty { return resolve(spelt, preferring: department, .transliteration) }
        }

        let continuations = others.filter { $0.id.lowercased().hasPrefix(key) }.sorted { $0.id < $1.id }
        if key.count >= 3, !continuations.isEmpty {
            return Suggestion(candidates: Array(continuations.prefix(3)), reason: .continuation)
        }

        let scored = others.map { ($0, editDistance(key, $0.id.lowercased())) }
        guard let best = scored.map(\.1).min(), best <= max(1, key.count / 3) else { return .none }
        return resolve(scored.filter { $0.1 == best }.map(\.0), preferring: department, .nearMiss)
    }

    /// One candidate, or of several equally good ones the single one in the referring entry's
    /// department, or nothing: a guess between equals is how a task went to the wrong colleague.
    private static func resolve(_ tied: [Candidate], preferring department: DepartmentID?, _ reason: Reason) -> Suggestion {
        if tied.count == 1 { return Suggestion(candidates: tied, reason: reason) }
        let own = tied.filter { department != nil && $0.group?.id == department }
        return own.count == 1 ? Suggestion(candidates: own, reason: reason) : .none
    }

    /// Whether `typed` is `name` regardless of case, accents, spacing and punctuation: folding
    /// catches "rene holm" for "René Holm", and the slug catches "Jens Henrik Noergaard" for
    /// "Jens Henrik Nørgaard", since folding leaves ø alone.
    private static func sameName(_ name: String, _ typed: String) -> Bool {
        func folded(_ text: String) -> String {
            text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        // Slug spells a text without letters "entry", which is no name to match.
        return folded(name) == folded(typed) || (name.contains(where: \.isLetter) && Slug.make(name) == Slug.make(typed))
    }

    /// Whether a character may stand in an id as it is.
    private static func isIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
    }

    /// The edit distance between two strings, counting a swap of two neighbours as one edit
    /// (optimal string alignment), since "phnoe" for "phone" is one slip of the fingers.
    package static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}


extension Catalogue {
    /// Every entry of a kind as a candidate for suggestions: with its name, and for employees and
    /// tasks the department they belong to, so near ids can be told apart.
    package func suggestionCandidates(of kind: EntryKind) -> [Suggestion.Candidate] {
        func group(_ id: DepartmentID) -> Suggestion.Candidate.Group {
            // A department that does not resolve is reported on its own; its id still groups.
            Suggestion.Candidate.Group(id: id, name: department(id)?.name ?? id.rawValue)
        }
        switch kind {
        case .department: return departments.map { .init(id: $0.id.rawValue, name: $0.name) }
        case .employee: return employees.map { .init(id: $0.id.rawValue, name: $0.name, group: group($0.department)) }
        case .task: return tasks.map { .init(id: $0.id.rawValue, name: $0.title, group: group($0.department)) }
        case .area: return areas.map { .init(id: $0.id.rawValue, name: $0.name) }
        }
    }
}
