extension Markdown {
    /// A block of the subset; each becomes one HTML block element.
    enum Block {
        case paragraph([Line])
        /// A fenced code block: outside the subset, so it is shown verbatim as paragraph text.
        case literal([Line])
        case heading(level: Int, content: Line)
        case list(ordered: Bool, start: Int, items: [[Block]])
    }

    /// The marker that opens a list item, such as `- `, `* `, `1. ` or `3) `.
    struct ListMarker {
        let ordered: Bool
        let symbol: Unicode.Scalar
        let start: Int
        let indent: Int
        let contentOffset: Int

        /// Only bullets and lists starting at 1 may interrupt a paragraph, so "… fra\n2. sal" stays text.
        var canInterruptParagraph: Bool { !ordered || start == 1 }

        func continues(_ marker: ListMarker) -> Bool {
            ordered == marker.ordered && symbol == marker.symbol
        }
    }

    /// Splits lines into blocks, recursing into list items with their indentation removed.
    struct BlockParser {
        // Deeper lists are left as text so that hostile input cannot exhaust the stack.
        static let maxListDepth = 16

        let lines: [Line]
        let depth: Int
        let fenceEnds: [Int?]

        init(lines: [Line], depth: Int) {
            self.lines = lines
            self.depth = depth
            self.fenceEnds = Self.fenceEnds(of: lines)
        }

        func parse() -> [Block] {
            var blocks: [Block] = []
            var i = 0
            while i < lines.count {
                let line = lines[i]
                if Char.isBlank(line) {
                    i += 1
                } else if let end = fenceEnds[i] {
                    blocks.append(.literal(Array(lines[i...end])))
                    i = end + 1
                } else if let heading = Self.heading(line) {
                    blocks.append(.heading(level: heading.level, content: heading.content))
                    i += 1
                } else if let marker = listMarker(line) {
                    let (list, next) = parseList(at: i, marker: marker)
                    blocks.append(list)
                    i = next
                } else {
                    let start = i
                    i += 1
                    while i < lines.count, !interruptsParagraph(at: i) { i += 1 }
                    blocks.append(.paragraph(Array(lines[start..<i])))
                }
            }
            return blocks
        }

        private func listMarker(_ line: Line) -> ListMarker? {
            depth < Self.maxListDepth ? Self.listMarker(line) : nil
        }

        private func interruptsParagraph(at i: Int) -> Bool {
            let line = lines[i]
            return Char.isBlank(line) || fenceEnds[i] != nil || Self.heading(line) != nil
                || listMarker(line)?.canInterruptParagraph == true
        }

        private func parseList(at first: Int, marker firstMarker: ListMarker) -> (Block, Int) {
            var items: [[Block]] = []
            var marker = firstMarker
            var i = first
            while true {
                // Lenient: two spaces of indentation continue an item even after a wider marker like "10. ".
                let threshold = min(marker.contentOffset, marker.indent + 2)
                var itemLines: [Line] = [Array(lines[i][marker.contentOffset...])]
                var lazyContinuationAllowed = Self.heading(itemLines[0]) == nil
                i += 1
                while i < lines.count {
                    let line = lines[i]
                    let indent = Char.leadingSpaces(line)
                    if Char.isBlank(line) {
                        itemLines.append([])
                        lazyContinuationAllowed = false
                    } else if indent >= threshold {
                        let content = Array(line[min(indent, marker.contentOffset)...])
                        itemLines.append(content)
                        lazyContinuationAllowed = Self.heading(content) == nil
                    } else if lazyContinuationAllowed, Self.listMarker(line) == nil, !interruptsParagraph(at: i) {
                        // An unindented line straight after item text continues that text, as in CommonMark.
                        itemLines.append(line)
                    } else {
                        break
                    }
                    i += 1
                }
                items.append(BlockParser(lines: itemLines, depth: depth + 1).parse())
                guard i < lines.count, let next = Self.listMarker(lines[i]), next.continues(marker) else { break }
                marker = next
            }
            return (.list(ordered: firstMarker.ordered, start: firstMarker.start, items: items), i)
        }

        /// Recognises `#` to `######` followed by a space and text, dropping an optional closing run of `#`.
        static func heading(_ line: Line) -> (level: Int, content: Line)? {
            var i = Char.leadingSpaces(line)
            guard i <= 3 else { return nil }
            var level = 0
            while i < line.count, line[i] == "#" {
                level += 1
                i += 1
            }
            guard (1...6).contains(level), i < line.count, Char.isSpaceOrTab(line[i]) else { return nil }
            var end = line.count
            while end > i, Char.isSpaceOrTab(line[end - 1]) { end -= 1 }
            var closing = end
            while closing > i, line[closing - 1] == "#" { closing -= 1 }
            if closing < end, Char.isSpaceOrTab(line[closing - 1]) { end = closing }
            while end > i, Char.isSpaceOrTab(line[end - 1]) { end -= 1 }
            while i < end, Char.isSpaceOrTab(line[i]) { i += 1 }
            // An empty heading would be an empty landmark for screen readers, so "# " stays text.
            guard i < end else { return nil }
            return (level, Array(line[i..<end]))
        }

        /// Recognises `- `, `* `, `N. ` and `N) ` followed by text, with at most three spaces before the marker.
        static func listMarker(_ line: Line) -> ListMarker? {
            let indent = Char.leadingSpaces(line)
            guard indent <= 3, indent < line.count else { return nil }
            var i = indent
            let ordered: Bool
            let symbol: Unicode.Scalar
            var start = 1
            if line[i] == "-" || line[i] == "*" {
                guard !isThematicBreak(line) else { return nil }
                ordered = false
                symbol = line[i]
                i += 1
            } else {
                var value = 0
                var digits = 0
                while i < line.count, digits < 9, let digit = Self.digit(line[i]) {
                    value = value * 10 + digit
                    digits += 1
                    i += 1
                }
                guard digits > 0, i < line.count, line[i] == "." || line[i] == ")" else { return nil }
                ordered = true
                symbol = line[i]
                start = value
                i += 1
            }
            var spaces = 0
            while i + spaces < line.count, Char.isSpaceOrTab(line[i + spaces]) { spaces += 1 }
            guard spaces > 0, i + spaces < line.count else { return nil }
            // Five or more spaces after the marker are indentation of the content, not part of the marker.
            let contentOffset = spaces > 4 ? i + 1 : i + spaces
            return ListMarker(ordered: ordered, symbol: symbol, start: start, indent: indent, contentOffset: contentOffset)
        }

        static func digit(_ c: Unicode.Scalar) -> Int? {
            (0x30...0x39).contains(c.value) ? Int(c.value) - 0x30 : nil
        }

        /// Lines like `***` or `- - -` are horizontal rules in CommonMark; here they stay text rather than becoming nested lists.
        static func isThematicBreak(_ line: Line) -> Bool {
            guard let mark = line.first(where: { !Char.isSpaceOrTab($0) }), mark == "-" || mark == "*" || mark == "_" else {
                return false
            }
            var count = 0
            for c in line {
                if c == mark {
                    count += 1
                } else if !Char.isSpaceOrTab(c) {
                    return false
                }
            }
            return count >= 3
        }

        /// Recognises a fence of three or more backticks or tildes; `bare` when nothing follows it, as a closing fence requires.
        static func fence(_ line: Line) -> (mark: Unicode.Scalar, bare: Bool)? {
            var i = Char.leadingSpaces(line)
            guard i <= 3, i < line.count, line[i] == "`" || line[i] == "~" else { return nil }
            let mark = line[i]
            var length = 0
            while i < line.count, line[i] == mark {
                length += 1
                i += 1
            }
            let rest = line[i...]
            // "```x```" on one line is inline code, not a fence.
            guard length >= 3, mark == "~" || !rest.contains("`") else { return nil }
            return (mark, rest.allSatisfy(Char.isSpaceOrTab))
        }

        /// For each opening fence, the index of the line closing it; unclosed fences are left as ordinary text.
        static func fenceEnds(of lines: [Line]) -> [Int?] {
            var ends = [Int?](repeating: nil, count: lines.count)
            var nextBare: [Unicode.Scalar: Int] = [:]
            for i in lines.indices.reversed() {
                guard let fence = fence(lines[i]) else { continue }
                ends[i] = nextBare[fence.mark]
                if fence.bare { nextBare[fence.mark] = i }
            }
            return ends
        }
    }
}
