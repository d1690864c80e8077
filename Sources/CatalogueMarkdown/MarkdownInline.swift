extension Markdown {
    /// A piece of inline content; emphasis lives on the delimiter runs it refers to.
    enum Inline {
        case text(String)
        case code(String)
        case softBreak
        case hardBreak
        case delimiter(Int)
        case linkStart(url: String)
        case linkEnd
    }

    /// A run of `*` or `_`, with the emphasis it closes and opens once emphasis has been resolved.
    struct DelimiterRun {
        let mark: Unicode.Scalar
        let length: Int
        let canOpen: Bool
        let canClose: Bool
        var remaining: Int
        /// Tags closed at the start of the run, innermost first; `true` means strong.
        var closes: [Bool] = []
        /// Tags opened at the end of the run, innermost first; `true` means strong.
        var opens: [Bool] = []
    }

    /// Parsed inline content of one paragraph or heading.
    struct InlineContent {
        let nodes: [Inline]
        let runs: [DelimiterRun]
    }

    /// A single left-to-right pass over a paragraph, following CommonMark's bracket and delimiter stacks.
    struct InlineParser {
        // Longer destinations are shown as text; the cap keeps "[](" repeated across a huge line linear.
        static let maxDestinationLength = 2048
        static let maxDestinationParentheses = 32

        struct Bracket {
            let node: Int
            let start: Int
            let labelStart: Int
            let delimiterBottom: Int
        }

        let chars: [Unicode.Scalar]
        var nodes: [Inline] = []
        var runs: [DelimiterRun] = []
        var delimiters: [Int] = []
        var brackets: [Bracket] = []
        /// Brackets below this stack position can no longer open a link, because links may not contain links.
        var firstActiveBracket = 0
        /// Text not yet made a node. An array, not a `String.UnicodeScalarView`, whose
        /// `append(contentsOf:)` copies the whole view each time: quadratic on a long line.
        var pending: [Unicode.Scalar] = []
        /// Start positions of backtick runs, by run length, to find a code span's closer without rescanning.
        let backtickRuns: [Int: [Int]]

        static func parse(_ chars: [Unicode.Scalar]) -> InlineContent {
            var parser = InlineParser(chars: chars)
            parser.run()
            return InlineContent(nodes: parser.nodes, runs: parser.runs)
        }

        private init(chars: [Unicode.Scalar]) {
            self.chars = chars
            var runs: [Int: [Int]] = [:]
            var i = 0
            while i < chars.count {
                guard chars[i] == "`" else {
                    i += 1
                    continue
                }
                let start = i
                while i < chars.count, chars[i] == "`" { i += 1 }
                runs[i - start, default: []].append(start)
            }
            self.backtickRuns = runs
        }

        private mutating func run() {
            var i = 0
            while i < chars.count {
                switch chars[i] {
                case "\\": i = backslash(at: i)
                case "`": i = codeSpan(at: i)
                case "*", "_": i = delimiterRun(at: i)
                case "!" where i + 1 < chars.count && chars[i + 1] == "[": i = openBracket(at: i, length: 2)
                case "[": i = openBracket(at: i, length: 1)
                case "]": i = closeBracket(at: i)
                case " ": i = spaces(at: i)
                case "\n":
                    append(.softBreak)
                    i += 1
                default:
                    pending.append(chars[i])
                    i += 1
                }
            }
            flush()
            processEmphasis(bottom: 0)
        }

        private mutating func flush() {
            guard !pending.isEmpty else { return }
            nodes.append(.text(Markdown.string(pending)))
            pending.removeAll(keepingCapacity: true)
        }

        private mutating func append(_ node: Inline) {
            flush()
            nodes.append(node)
        }

        private mutating func backslash(at i: Int) -> Int {
            guard i + 1 < chars.count else {
                pending.append("\\")
                return i + 1
            }
            let next = chars[i + 1]
            if next == "\n" {
                append(.hardBreak)
                return i + 2
            }
            if Char.isASCIIPunctuation(next) {
                pending.append(next)
                return i + 2
            }
            pending.append("\\")
            return i + 1
        }

        /// Two or more spaces before a line end make a hard break; other spaces before a line end are dropped.
        private mutating func spaces(at i: Int) -> Int {
            var end = i
            while end < chars.count, chars[end] == " " { end += 1 }
            guard end < chars.count, chars[end] == "\n" else {
                pending.append(contentsOf: chars[i..<end])
                return end
            }
            append(end - i >= 2 ? .hardBreak : .softBreak)
            return end + 1
        }

        private mutating func codeSpan(at i: Int) -> Int {
            var end = i
            while end < chars.count, chars[end] == "`" { end += 1 }
            let length = end - i
            guard let closer = firstBacktickRun(length: length, from: end) else {
                pending.append(contentsOf: chars[i..<end])
                return end
            }
            var content = chars[end..<closer].map { $0 == "\n" ? " " : $0 }
            if content.count >= 2, content.first == " ", content.last == " ", content.contains(where: { $0 != " " }) {
                content = Array(content.dropFirst().dropLast())
            }
            append(.code(Markdown.string(content)))
            return closer + length
        }

        private func firstBacktickRun(length: Int, from position: Int) -> Int? {
            guard let starts = backtickRuns[length] else { return nil }
            var low = 0
            var high = starts.count
            while low < high {
                let middle = (low + high) / 2
                if starts[middle] < position { low = middle + 1 } else { high = middle }
            }
            return low < starts.count ? starts[low] : nil
        }

        /// Classifies a `*` or `_` run by what surrounds it, so `snake_case` and `2 * 3` stay literal.
        private mutating func delimiterRun(at i: Int) -> Int {
            let mark = chars[i]
            var end = i
            while end < chars.count, chars[end] == mark { end += 1 }
            let before: Unicode.Scalar = i > 0 ? chars[i - 1] : " "
            let after: Unicode.Scalar = end < chars.count ? chars[end] : " "
            let leftFlanking = !Char.isWhitespace(after)
                && (!Char.isPunctuation(after) || Char.isWhitespace(before) || Char.isPunctuation(before))
            let rightFlanking = !Char.isWhitespace(before)
                && (!Char.isPunctuation(before) || Char.isWhitespace(after) || Char.isPunctuation(after))
            let canOpen = mark == "*" ? leftFlanking : leftFlanking && (!rightFlanking || Char.isPunctuation(before))
            let canClose = mark == "*" ? rightFlanking : rightFlanking && (!leftFlanking || Char.isPunctuation(after))
            runs.append(DelimiterRun(mark: mark, length: end - i, canOpen: canOpen, canClose: canClose, remaining: end - i))
            append(.delimiter(runs.count - 1))
            if canOpen || canClose { delimiters.append(runs.count - 1) }
            return end
        }

        private mutating func openBracket(at i: Int, length: Int) -> Int {
            append(.text(length == 2 ? "![" : "["))
            brackets.append(Bracket(node: nodes.count - 1, start: i, labelStart: i + length, delimiterBottom: delimiters.count))
            return i + length
        }

        /// Closes the innermost `[`: a link when a safe destination follows, else the whole source as text.
        private mutating func closeBracket(at i: Int) -> Int {
            guard let opener = brackets.popLast() else {
                pending.append("]")
                return i + 1
            }
            let isActive = brackets.count >= firstActiveBracket
            firstActiveBracket = min(firstActiveBracket, brackets.count)
            guard isActive, let destination = destination(after: i) else {
                pending.append("]")
                return i + 1
            }
            flush()
            let isImage = opener.labelStart - opener.start == 2
            let hasLabel = chars[opener.labelStart..<i].contains { !Char.isWhitespace($0) }
            if !isImage, hasLabel, let url = HTML.safeURL(destination.url) {
                processEmphasis(bottom: opener.delimiterBottom)
                nodes[opener.node] = .linkStart(url: url)
                nodes.append(.linkEnd)
            } else {
                // Images, empty labels and unsafe links are shown exactly as written.
                nodes.removeSubrange(opener.node...)
                delimiters.removeSubrange(opener.delimiterBottom...)
                pending.append(contentsOf: chars[opener.start..<destination.end])
            }
            firstActiveBracket = brackets.count
            return destination.end
        }

        /// Parses `(url)` right after a `]`; titles and `<…>` destinations are outside the subset.
        private func destination(after bracket: Int) -> (url: String, end: Int)? {
            var i = bracket + 1
            guard i < chars.count, chars[i] == "(" else { return nil }
            i += 1
            while i < chars.count, Char.isWhitespace(chars[i]) { i += 1 }
            let start = i
            var depth = 0
            while i < chars.count, i - start <= Self.maxDestinationLength {
                let c = chars[i]
                if Char.isWhitespace(c) || (c == ")" && depth == 0) { break }
                if c == "\\", i + 1 < chars.count, Char.isASCIIPunctuation(chars[i + 1]) {
                    i += 2
                    continue
                }
                if c == "(" {
                    depth += 1
                    guard depth <= Self.maxDestinationParentheses else { return nil }
                } else if c == ")" {
                    depth -= 1
                }
                i += 1
            }
            let end = i
            guard depth == 0, end - start <= Self.maxDestinationLength else { return nil }
            while i < chars.count, Char.isWhitespace(chars[i]) { i += 1 }
            guard i < chars.count, chars[i] == ")" else { return nil }
            return (unescaped(chars[start..<end]), i + 1)
        }

        private func unescaped(_ source: ArraySlice<Unicode.Scalar>) -> String {
            var text: [Unicode.Scalar] = []
            var escaping = false
            for c in source {
                if c == "\\", !escaping {
                    escaping = true
                    continue
                }
                if escaping, !Char.isASCIIPunctuation(c) { text.append("\\") }
                text.append(c)
                escaping = false
            }
            if escaping { text.append("\\") }
            return Markdown.string(text)
        }
    }
}
