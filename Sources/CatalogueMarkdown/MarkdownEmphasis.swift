extension Markdown.InlineParser {
    private struct OpenerKey: Hashable {
        let mark: Unicode.Scalar
        let closerCanOpen: Bool
        let lengthModulo3: Int
    }

    /// Pairs the delimiter runs above `bottom` into emphasis, as CommonMark's "process emphasis" does, then drops them from the stack.
    mutating func processEmphasis(bottom: Int) {
        let stack = Array(delimiters[bottom...])
        delimiters.removeSubrange(bottom...)
        let count = stack.count
        // A linked list over `stack`, so that removing matched-over delimiters is cheap.
        var previous = Array(-1 ..< count - 1)
        var next = Array(1 ..< count + 1)
        func unlink(_ index: Int) {
            if previous[index] >= 0 { next[previous[index]] = next[index] }
            if next[index] < count { previous[next[index]] = previous[index] }
        }
        // Where the search for an opener last failed, so repeated failing closers do not rescan the stack.
        var openersBottom: [OpenerKey: Int] = [:]
        var current = 0
        while current < count {
            let closer = runs[stack[current]]
            guard closer.canClose else {
                current = next[current]
                continue
            }
            let key = OpenerKey(mark: closer.mark, closerCanOpen: closer.canOpen, lengthModulo3: closer.length % 3)
            let floor = openersBottom[key] ?? -1
            var candidate = previous[current]
            while candidate > floor, !Self.canPair(runs[stack[candidate]], closer) {
                candidate = previous[candidate]
            }
            guard candidate > floor else {
                openersBottom[key] = previous[current]
                let after = next[current]
                if !closer.canOpen { unlink(current) }
                current = after
                continue
            }
            let opener = stack[candidate]
            let strong = runs[opener].remaining >= 2 && closer.remaining >= 2
            let used = strong ? 2 : 1
            runs[opener].remaining -= used
            runs[opener].opens.append(strong)
            runs[stack[current]].remaining -= used
            runs[stack[current]].closes.append(strong)
            next[candidate] = current
            previous[current] = candidate
            if runs[opener].remaining == 0 { unlink(candidate) }
            if runs[stack[current]].remaining == 0 {
                let after = next[current]
                unlink(current)
                current = after
            }
        }
    }

    /// CommonMark's "rule of three" keeps `*a**b*` from pairing the wrong runs.
    private static func canPair(_ opener: Markdown.DelimiterRun, _ closer: Markdown.DelimiterRun) -> Bool {
        guard opener.mark == closer.mark, opener.canOpen, opener.remaining > 0 else { return false }
        let eitherIsBoth = opener.canClose || closer.canOpen
        let sumIsMultipleOf3 = (opener.length + closer.length) % 3 == 0
        let bothAreMultiplesOf3 = opener.length % 3 == 0 && closer.length % 3 == 0
        return !(eitherIsBoth && sumIsMultipleOf3 && !bothAreMultiplesOf3)
    }
}
