import CatalogueModel

/// A line diff of two byte strings (Myers' O(ND) algorithm in linear space) and its unified-diff hunks.
package enum LineDiff {
    /// One step of an edit script: a line kept, removed from the old text, or added from the new.
    package enum Edit: Sendable, Equatable {
        case equal(old: Int, new: Int)
        case delete(old: Int)
        case insert(new: Int)
    }

    /// The lines of `bytes`, each with its "\n" when it has one; only the last line can lack it.
    package static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            lines.append(bytes[start...index])
            start = index + 1
        }
        if start < bytes.count { lines.append(bytes[start...]) }
        return lines
    }

    /// A shortest edit script turning `old` into `new`; within each run of changes every deletion
    /// comes before every insertion, as `diff -u` and `git diff` print them.
    package static func edits(old: [ArraySlice<UInt8>], new: [ArraySlice<UInt8>]) -> [Edit] {
        // Lines are compared as small integers so the inner loops never compare bytes twice.
        var ids: [ArraySlice<UInt8>: Int] = [:]
        var a: [Int] = [], b: [Int] = []
        for line in old {
            if ids[line] == nil { ids[line] = ids.count }
            a.append(ids[line, default: 0])
        }
        for line in new {
            if ids[line] == nil { ids[line] = ids.count }
            b.append(ids[line, default: 0])
        }
        var marks = Marks(removed: Array(repeating: false, count: a.count), added: Array(repeating: false, count: b.count))
        // Texts without a common line (a rewritten file) would make the search try every path.
        if Set(a).isDisjoint(with: b) {
            marks = Marks(removed: Array(repeating: true, count: a.count), added: Array(repeating: true, count: b.count))
        } else {
            compare(a, 0, a.count, b, 0, b.count, &marks)
        }
        var script: [Edit] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, marks.removed[i] {
                script.append(.delete(old: i)); i += 1
            } else if j < b.count, marks.added[j] {
                script.append(.insert(new: j)); j += 1
            } else {
                script.append(.equal(old: i, new: j)); i += 1; j += 1
            }
        }
        return script
    }

    /// The hunks of a unified diff from `old` to `new` with `context` lines around each change,
    /// starting at the first `@@` line; empty when the texts are equal.
    package static func unifiedHunks(old: [UInt8], new: [UInt8], context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        let script = edits(old: a, new: b)
        let changes = script.indices.filter { if case .equal = script[$0] { false } else { true } }
        guard let firstChange = changes.first else { return "" }
        // Positions in the old and new text before each step, to number the hunk headers.
        var oldBefore: [Int] = [], newBefore: [Int] = []
        var oldLine = 0, newLine = 0
        for edit in script {
            oldBefore.append(oldLine); newBefore.append(newLine)
            switch edit {
            case .equal: oldLine += 1; newLine += 1
            case .delete: oldLine += 1
            case .insert: newLine += 1
            }
        }
        // Changes closer together than twice the context share one hunk, as in diff -u.
        var groups: [(first: Int, last: Int)] = [(firstChange, firstChange)]
        for change in changes.dropFirst() {
            if let last = groups.last?.last, change - last - 1 <= 2 * context {
                groups[groups.count - 1].last = change
            } else {
                groups.append((change, change))
            }
        }
        var text = ""
        for group in groups {
            let start = max(0, group.first - context), end = min(script.count, group.last + 1 + context)
            let steps = script[start..<end]
            let oldCount = steps.filter { if case .insert = $0 { false } else { true } }.count
            let newCount = steps.filter { if case .delete = $0 { false } else { true } }.count
            text += "@@ -\(range(oldBefore[start], oldCount)) +\(range(newBefore[start], newCount)) @@\n"
            for step in steps {
                switch step {
                case .equal(_, let j): text += line(" ", b[j])
                case .delete(let i): text += line("-", a[i])
                case .insert(let j): text += line("+", b[j])
                }
            }
        }
        return text
    }

    /// A hunk header range: 1-based start and count, the count left out when it is 1, and an
    /// empty range numbered by the line before it, as diff -u writes them.
    private static func range(_ before: Int, _ count: Int) -> String {
        switch count {
        case 0: "\(before),0"
        case 1: "\(before + 1)"
        default: "\(before + 1),\(count)"
        }
    }

    /// One diff line; a last line without a newline gets the marker patch tools expect.
    private static func line(_ prefix: String, _ bytes: ArraySlice<UInt8>) -> String {
        if bytes.last == 0x0A {
            return prefix + String(decoding: bytes, as: UTF8.self)
        }
        return prefix + String(decoding: bytes, as: UTF8.self) + "\n\\ No newline at end of file\n"
    }

    /// Which lines of each side are not part of the common subsequence.
    private struct Marks {
        package var removed: [Bool]
        package var added: [Bool]
    }

    /// Marks the differences between `a[aLo..<aHi]` and `b[bLo..<bHi]`: common ends are peeled
    /// off, then the middle snake splits the rest into two smaller problems.
    private static func compare(_ a: [Int], _ aLo: Int, _ aHi: Int, _ b: [Int], _ bLo: Int, _ bHi: Int, _ marks: inout Marks) {
        var aLo = aLo, bLo = bLo, aHi = aHi, bHi = bHi
        while aLo < aHi, bLo < bHi, a[aLo] == b[bLo] { aLo += 1; bLo += 1 }
        while aLo < aHi, bLo < bHi, a[aHi - 1] == b[bHi - 1] { aHi -= 1; bHi -= 1 }
        if aLo == aHi || bLo == bHi {
            for i in aLo..<aHi { marks.removed[i] = true }
            for j in bLo..<bHi { marks.added[j] = true }
            return
        }
        // A split at either corner would not make the problem smaller; then (and when the two
        // ranges share nothing) everything in them is a change.
        guard let (x, y) = middleSnake(a, aLo, aHi, b, bLo, bHi),
              (x, y) != (0, 0), (x, y) != (aHi - aLo, bHi - bLo) else {
            for i in aLo..<aHi { marks.removed[i] = true }
            for j in bLo..<bHi { marks.added[j] = true }
            return
        }
        compare(a, aLo, aLo + x, b, bLo, bLo + y, &marks)
        compare(a, aLo + x, aHi, b, bLo + y, bHi, &marks)
    }

    /// The point (relative to the range starts) where a forward and a backward furthest-reaching
    /// path of a shortest edit script meet, or nil when there is no common line at all.
    /// Both directions are searched at once, so memory stays linear in the length of the texts.
    private static func middleSnake(_ a: [Int], _ aLo: Int, _ aHi: Int, _ b: [Int], _ bLo: Int, _ bHi: Int) -> (Int, Int)? {
        let n = aHi - aLo, m = bHi - bLo
        let maxD = (n + m + 1) / 2
        let offset = maxD + 1
        let size = 2 * maxD + 3
        var forward = [Int](repeating: -1, count: size)
        var backward = [Int](repeating: -1, count: size)
        forward[offset + 1] = 0
        backward[offset + 1] = 0
        let delta = n - m
        // With an odd delta the paths can meet while extending forward, with an even one backward.
        let checkForward = delta % 2 != 0
        var forwardStart = 0, forwardEnd = 0, backwardStart = 0, backwardEnd = 0
        for d in 0..<maxD {
            var k = -d + forwardStart
            while k <= d - forwardEnd {
                let index = offset + k
                var x = (k == -d || (k != d && forward[index - 1] < forward[index + 1])) ? forward[index + 1] : forward[index - 1] + 1
                var y = x - k
                while x < n, y < m, a[aLo + x] == b[bLo + y] { x += 1; y += 1 }
                forward[index] = x
                if x > n {
                    forwardEnd += 2
                } else if y > m {
                    forwardStart += 2
                } else if checkForward {
                    let other = offset + delta - k
                    if other >= 0, other < size, backward[other] != -1, x >= n - backward[other] {
                        return (x, y)
                    }
                }
                k += 2
            }
            k = -d + backwardStart
            while k <= d - backwardEnd {
                let index = offset + k
                var x = (k == -d || (k != d && backward[index - 1] < backward[index + 1])) ? backward[index + 1] : backward[index - 1] + 1
                var y = x - k
                while x < n, y < m, a[aHi - x - 1] == b[bHi - y - 1] { x += 1; y += 1 }
                backward[index] = x
                if x > n {
                    backwardEnd += 2
                } else if y > m {
                    backwardStart += 2
                } else if !checkForward {
                    let other = offset + delta - k
                    if other >= 0, other < size, forward[other] != -1 {
                        let forwardX = forward[other]
                        let forwardY = forwardX - (other - offset)
                        if forwardX >= n - x { return (forwardX, forwardY) }
                    }
                }
                k += 2
            }
        }
        return nil
    }
}
