extension Markdown {
    /// Renders blocks as HTML, re-basing heading levels to fit under the page's own heading.
    struct HTMLRenderer {
        private let headingLevels: [Int]
        private var nextHeading = 0

        init(blocks: [Block], headingBase: Int) {
            var levels: [Int] = []
            Self.collectHeadingLevels(blocks, into: &levels)
            headingLevels = Self.rebase(levels, base: min(max(headingBase, 1), 6))
        }

        mutating func render(_ blocks: [Block], into out: inout [UInt8]) {
            for block in blocks { render(block, into: &out) }
        }

        /// The smallest level used becomes `base`, and each heading is at most one level below the one before it.
        static func rebase(_ levels: [Int], base: Int) -> [Int] {
            guard let smallest = levels.min() else { return [] }
            // The first heading follows the page's own heading at `base - 1`.
            var previous = base - 1
            return levels.map { level in
                previous = min(level - smallest + base, previous + 1, 6)
                return previous
            }
        }

        private static func collectHeadingLevels(_ blocks: [Block], into levels: inout [Int]) {
            for block in blocks {
                switch block {
                case .heading(let level, _): levels.append(level)
                case .list(_, _, let items): items.forEach { collectHeadingLevels($0, into: &levels) }
                case .paragraph, .literal: break
                }
            }
        }

        private mutating func render(_ block: Block, into out: inout [UInt8]) {
            switch block {
            case .paragraph, .literal:
                out += "<p>"
                Self.renderText(block, into: &out)
                out += "</p>\n"
            case .heading(_, let content):
                let level = headingLevels[nextHeading]
                nextHeading += 1
                out += "<h\(level)>"
                Self.renderInline(InlineParser.parse(content), into: &out)
                out += "</h\(level)>\n"
            case .list(let ordered, let start, let items):
                out += !ordered ? "<ul>\n" : start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n"
                for item in items { renderItem(item, into: &out) }
                out += ordered ? "</ol>\n" : "</ul>\n"
            }
        }

        /// An item with a single paragraph keeps its text directly in `<li>`; several paragraphs get `<p>` each.
        private mutating func renderItem(_ blocks: [Block], into out: inout [UInt8]) {
            guard let first = blocks.first, first.isText, blocks.count(where: \.isText) == 1 else {
                out += "<li>\n"
                for block in blocks { render(block, into: &out) }
                out += "</li>\n"
                return
            }
            out += "<li>"
            Self.renderText(first, into: &out)
            if blocks.count > 1 {
                out += "\n"
                for block in blocks.dropFirst() { render(block, into: &out) }
            }
            out += "</li>\n"
        }

        private static func renderText(_ block: Block, into out: inout [UInt8]) {
            switch block {
            case .paragraph(let lines): renderInline(InlineParser.parse(inlineSource(of: lines)), into: &out)
            case .literal(let lines): HTML.appendText(literalText(of: lines, separator: "\n"), to: &out)
            case .heading, .list: break
            }
        }

        private static func renderInline(_ content: InlineContent, into out: inout [UInt8]) {
            for node in content.nodes {
                switch node {
                case .text(let text): HTML.appendText(text, to: &out)
                case .code(let code):
                    out += "<code>"
                    HTML.appendText(code, to: &out)
                    out += "</code>"
                case .softBreak: out += "\n"
                case .hardBreak: out += "<br>\n"
                case .linkStart(let url):
                    out += "<a href=\""
                    HTML.appendAttribute(url, to: &out)
                    out += "\">"
                case .linkEnd: out += "</a>"
                case .delimiter(let index):
                    let run = content.runs[index]
                    for strong in run.closes { out += strong ? "</strong>" : "</em>" }
                    out += String(repeating: String(run.mark), count: run.remaining)
                    for strong in run.opens.reversed() { out += strong ? "<strong>" : "<em>" }
                }
            }
        }
    }

    /// A paragraph's lines joined by newlines, without the indentation and trailing spaces that carry no meaning inline.
    static func inlineSource(of lines: [Line]) -> [Unicode.Scalar] {
        var source: [Unicode.Scalar] = []
        for (index, line) in lines.enumerated() {
            if index > 0 { source.append("\n") }
            source.append(contentsOf: line.drop(while: Char.isSpaceOrTab))
        }
        while let last = source.last, Char.isSpaceOrTab(last) { source.removeLast() }
        return source
    }

    /// A fenced block's lines, trailing spaces removed, joined by `separator`.
    static func literalText(of lines: [Line], separator: String) -> String {
        lines.map { line in
            var line = line
            while let last = line.last, Char.isSpaceOrTab(last) { line.removeLast() }
            return Markdown.string(line)
        }
        .joined(separator: separator)
    }
}

extension Markdown.Block {
    /// Paragraphs and fenced blocks, whose text can sit directly in a tight list item.
    var isText: Bool {
        switch self {
        case .paragraph, .literal: true
        case .heading, .list: false
        }
    }
}

/// The renderer writes UTF-8 bytes; its own markup is written as text for legibility.
private func += (out: inout [UInt8], text: String) {
    out.append(contentsOf: text.utf8)
}
