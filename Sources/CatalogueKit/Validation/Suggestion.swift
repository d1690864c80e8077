import Foundation

/// The "did you mean" hints for names that do not resolve: commands, options, fields and
/// references to entries.
extension Diagnostic {
    /// A suggestion for a reference to an entry: the entry whose name was typed instead of its
    /// id (" (did you mean "jhn", Jens Henrik Nørgaard?)"), else the nearest id.
    static func suggestion(_ value: String, among entries: [(id: String, name: String)]) -> String {
        let typed = value.trimmingCharacters(in: .whitespaces).lowercased()
        if let named = entries.first(where: { $0.name.lowercased() == typed }) {
            return " (did you mean \"\(named.id)\", \(named.name)?)"
        }
        return suggestion(value, among: entries.map(\.id))
    }

    /// " (did you mean "x"?)" when `value` differs from one of `candidates` only in case, is the
    /// start of some of them, or is a near miss of one.
    static func suggestion(_ value: String, among candidates: [String]) -> String {
        let lower = value.lowercased()
        let others = candidates.filter { $0 != value }
        if let sameButCase = others.first(where: { $0.lowercased() == lower }) { return " (did you mean \"\(sameButCase)\"?)" }
        let continuations = others.filter { $0.lowercased().hasPrefix(lower) }.sorted()
        if lower.count >= 3, !continuations.isEmpty {
            let quoted = continuations.prefix(3).map { "\"\($0)\"" }
            return " (did you mean " + (quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!) + "?)"
        }
        let scored = others.map { ($0, editDistance(lower, $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, value.count / 3) else { return "" }
        return " (did you mean \"\(best.0)\"?)"
    }

    /// The edit distance between two strings, counting a swap of two neighbours as one edit
    /// (optimal string alignment), since "phnoe" for "phone" is one slip of the fingers.
    static func editDistance(_ a: String, _ b: String) -> Int {
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
