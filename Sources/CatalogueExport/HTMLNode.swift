import Foundation
import CatalogueModel
import CatalogueMarkdown

/// A piece of HTML whose text is escaped when it is written. Renderers build pages from these so
/// that escaping is the default: text goes in through `text`, attribute values through
/// `element`, link targets through `link`; only the Markdown renderer supplies markup of its own.
///
/// A node is a value tree that is written once, as UTF-8, into an `HTMLOutput`: nothing is
/// concatenated on the way up, so a page costs its size once, not once per level of nesting.
/// Each node knows at construction whether its HTML holds a line break and starts with one,
/// which is all the block-element line rule needs. Long lists (`blocks`) are built one item at
/// a time while they are written, so a page's whole tree is never in memory at once.
public struct HTMLNode: Sendable {
    // Only elements are boxed: a text, the most common node, is kept in place.
    fileprivate enum Content: Sendable {
        case text(String)
        case bytes([UInt8])
        case trusted(StaticString)
        case element(Element)
        case group([HTMLNode])
        case blocks(count: Int, make: @Sendable (Int) -> HTMLNode)
        case perOutput([HTMLNode])
    }

    /// An element: a class, so that a node holding one is one reference, retained once when
    /// the node is copied or written, not once for each of its parts.
    fileprivate final class Element: Sendable {
        /// Per output: one name and attribute list for all outputs, or one for each; a nil name
        /// writes only the children to that output.
        let tags: PerOutput<String?>
        let attributes: PerOutput<[(String, String?)]>
        let children: [HTMLNode]
        let isBlock: Bool
        let isVoid: Bool
        /// The block rule, per output (or one for all): a block whose content spans lines
        /// starts that content on a line of its own.
        let breakAfterOpening: PerOutput<Bool>

        init(tags: PerOutput<String?>, attributes: PerOutput<[(String, String?)]>, children: [HTMLNode], isBlock: Bool, isVoid: Bool,
             breakAfterOpening: PerOutput<Bool>) {
            self.tags = tags
            self.attributes = attributes
            self.children = children
            self.isBlock = isBlock
            self.isVoid = isVoid
            self.breakAfterOpening = breakAfterOpening
        }
    }

    /// One value for every output, kept in place (nearly every element), or one per output.
    fileprivate enum PerOutput<Value: Sendable>: Sendable {
        case all(Value)
        case each([Value])

        init(_ values: [Value], same: (Value, Value) -> Bool) {
            self = values.count == 1 || values.allSatisfy({ same($0, values[0]) }) ? .all(values[0]) : .each(values)
        }

        subscript(output: Int) -> Value {
            switch self {
            case .all(let value): value
            case .each(let values): values[output]
            }
        }
    }

    /// What the block rule needs to know of a piece of HTML.
    fileprivate struct LineFacts: Sendable, Equatable {
        var isEmpty = true, hasNewline = false, startsWithNewline = false

        /// The facts of pieces in a row.
        mutating func append(_ next: LineFacts) {
            guard !next.isEmpty else { return }
            if isEmpty { startsWithNewline = next.startsWithNewline }
            isEmpty = false
            hasNewline = hasNewline || next.hasNewline
        }
    }

    fileprivate let content: Content
    /// The line facts when they are the same for every output.
    fileprivate let facts: LineFacts
    /// The line facts per output, when the node differs between outputs.
    fileprivate let variantFacts: [LineFacts]?

    private init(_ content: Content, isEmpty: Bool, hasNewline: Bool, startsWithNewline: Bool) {
        self.content = content
        facts = LineFacts(isEmpty: isEmpty, hasNewline: hasNewline, startsWithNewline: startsWithNewline)
        variantFacts = nil
    }

    private init(_ content: Content, facts: [LineFacts]) {
        self.content = content
        self.facts = facts[0]
        variantFacts = facts.count > 1 && facts.contains { $0 != facts[0] } ? facts : nil
    }

    fileprivate func facts(forOutput output: Int) -> LineFacts { variantFacts?[output] ?? facts }

    /// The facts of `nodes` in a row, per output (one entry when they agree for all).
    private static func rowFacts(_ nodes: [HTMLNode]) -> [LineFacts] {
        let outputs = nodes.reduce(1) { max($0, $1.variantFacts?.count ?? 1) }
        return (0..<outputs).map { output in
            var row = LineFacts()
            for node in nodes { row.append(node.facts(forOutput: output)) }
            return row
        }
    }

    private init(bytes: [UInt8]) {
        self.init(.bytes(bytes), isEmpty: bytes.isEmpty, hasNewline: bytes.withUnsafeBufferPointer(Self.hasNewline), startsWithNewline: bytes.first == 0x0A)
    }

    /// The escaped HTML, for tests and small pieces.
    public var html: String {
        var output = HTMLOutput()
        render(into: &output)
        return String(decoding: output.buffers[0], as: UTF8.self)
    }

    /// Escaped text.
    static func text(_ text: String) -> HTMLNode {
        // Escaping never adds or removes a line break, so the flags come from the text itself.
        HTMLNode(.text(text), isEmpty: text.isEmpty, hasNewline: hasNewline(text), startsWithNewline: text.utf8.first == 0x0A)
    }

    /// Nothing.
    static let empty = HTMLNode(.group([]), isEmpty: true, hasNewline: false, startsWithNewline: false)

    /// Several nodes in a row.
    static func group(_ nodes: [HTMLNode]) -> HTMLNode {
        guard nodes.allSatisfy({ $0.variantFacts == nil }) else { return HTMLNode(.group(nodes), facts: rowFacts(nodes)) }
        var row = LineFacts()
        for node in nodes { row.append(node.facts) }
        return HTMLNode(.group(nodes), isEmpty: row.isEmpty, hasNewline: row.hasNewline, startsWithNewline: row.startsWithNewline)
    }

    /// A description rendered by the project's Markdown subset (which escapes what it does not produce).
    static func markdown(_ source: String, headingBase: Int) -> HTMLNode {
        var bytes: [UInt8] = []
        Markdown.render(source, headingBase: headingBase, into: &bytes)
        return HTMLNode(bytes: bytes)
    }

    /// The rendered bytes of a Markdown node (its plain text is what the live search reads).
    var markdownBytes: [UInt8] {
        if case .bytes(let bytes) = content { return bytes }
        return Array(html.utf8)
    }

    /// JSON for a data script (`type="application/json"`), written as it is except that `</` becomes `<\/`, so no
    /// text in it can end the script element.
    static func scriptData(_ json: String) -> HTMLNode {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(json.utf8.count)
        var afterLess = false
        for byte in json.utf8 {
            if afterLess, byte == 0x2F { bytes.append(0x5C) } // "\\" before the "/" of "</"
            bytes.append(byte)
            afterLess = byte == 0x3C
        }
        return HTMLNode(bytes: bytes)
    }

    /// A style sheet or script written by the project itself, never from catalogue data.
    static func trusted(_ code: StaticString) -> HTMLNode {
        let bytes = UnsafeBufferPointer(start: code.utf8Start, count: code.utf8CodeUnitCount)
        return HTMLNode(.trusted(code), isEmpty: bytes.isEmpty, hasNewline: hasNewline(bytes), startsWithNewline: bytes.first == 0x0A)
    }

    /// A style sheet written by the project with one text from the catalogue in it, as a CSS
    /// string between `before` and `after` (for `content:` in print margins).
    static func trusted(_ before: StaticString, cssString text: String, _ after: StaticString) -> HTMLNode {
        HTMLNode(bytes: Array((before.description + HTML.cssString(text) + after.description).utf8))
    }

    /// `<!DOCTYPE html>`, the first line of a page.
    static let doctype = HTMLNode.trusted("<!DOCTYPE html>\n")

    /// `count` block elements made one at a time by `make` while they are written, so a long
    /// list never stands in memory whole. Every item must be a block element: a block always
    /// ends with a line break and never starts with one, which is what lets the list's line
    /// rule be known before its items are made (checked as each is written).
    static func blocks(_ count: Int, _ make: @escaping @Sendable (Int) -> HTMLNode) -> HTMLNode {
        HTMLNode(.blocks(count: count, make: make), isEmpty: count == 0, hasNewline: count > 0, startsWithNewline: false)
    }

    /// `blocks` over the values of an array.
    static func blocks<Item: Sendable>(_ items: [Item], _ make: @escaping @Sendable (Item) -> HTMLNode) -> HTMLNode {
        blocks(items.count) { make(items[$0]) }
    }

    /// A different node for each output of a rendering that writes several files in one pass
    /// (the external page and its fragment): the first node goes to the first output, and so on.
    static func perOutput(_ nodes: [HTMLNode]) -> HTMLNode {
        precondition(nodes.allSatisfy { $0.variantFacts == nil }, "variants do not nest")
        return HTMLNode(.perOutput(nodes), facts: nodes.map(\.facts))
    }

    /// Whether `text` holds a line break: `memchr` over a native string's bytes, which the
    /// generic search over `utf8` is several times slower than on every text of a page.
    private static func hasNewline(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(hasNewline) ?? text.utf8.contains(0x0A)
    }

    private static func hasNewline(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = bytes.baseAddress else { return false }
        return memchr(start, 0x0A, bytes.count) != nil
    }

    /// Elements with no content or end tag.
    private static let voidElements = TagSet(["meta", "link", "br", "input", "hr", "img"])

    /// Elements that start on a line of their own, so exports read well and diff well.
    private static let blockElements = TagSet([
        "html", "head", "body", "header", "main", "footer", "nav", "section", "article", "aside", "div", "ul", "ol", "li",
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "style", "script",
        "meta", "title", "form", "hr",
    ])

    /// Whether `tag` starts a line of its own, and whether it has no content: its name read once for both.
    private static func kind(of tag: String) -> (isBlock: Bool, isVoid: Bool) {
        guard let code = TagSet.code(tag) else { return (false, false) }
        return (blockElements.contains(code: code), voidElements.contains(code: code))
    }

    /// `<tag attributes>children</tag>`; attributes whose value is nil are left out, values are escaped.
    static func element(_ tag: String, _ attributes: [(String, String?)] = [], _ children: [HTMLNode] = []) -> HTMLNode {
        // Children that differ between outputs take the general way; the rest, nearly every
        // element of a page, are worked out here with the same rule and fewer arrays.
        guard children.allSatisfy({ $0.variantFacts == nil }) else { return element(perOutput: [(tag, attributes)], children) }
        let (isBlock, isVoid) = kind(of: tag)
        let children = isVoid ? [] : children
        var content = LineFacts()
        for child in children { content.append(child.facts) }
        let attributesHaveNewline = attributes.contains { $0.1.map(hasNewline) ?? false }
        let element = Element(tags: .all(tag), attributes: .all(attributes), children: children, isBlock: isBlock, isVoid: isVoid,
                              breakAfterOpening: .all(isBlock && content.hasNewline && !content.startsWithNewline))
        return HTMLNode(.element(element), isEmpty: false, hasNewline: isBlock || attributesHaveNewline || content.hasNewline, startsWithNewline: false)
    }

    /// An element whose name and attributes differ between the outputs of one rendering (the
    /// page's `main` is the fragment's `div`) around the same children, written once for all;
    /// a nil name leaves the element out of that output, children and all kept.
    static func element(perOutput variants: [(tag: String?, attributes: [(String, String?)])], _ children: [HTMLNode]) -> HTMLNode {
        let named = variants.compactMap(\.tag)
        let (isBlock, isVoid) = named.first.map(kind(of:)) ?? (false, false)
        precondition(named.allSatisfy { kind(of: $0) == (isBlock, isVoid) },
                     "the variants of an element must agree on being block and void elements")
        precondition(!isVoid || named.count == variants.count, "a void element cannot be left out of an output")
        let children = isVoid ? [] : children
        let inner = rowFacts(children)
        let outputs = max(variants.count, inner.count)
        var breaks: [Bool] = [], facts: [LineFacts] = []
        for output in 0..<outputs {
            let variant = variants[variants.count == 1 ? 0 : output], content = inner[inner.count == 1 ? 0 : output]
            guard variant.tag != nil else {
                breaks.append(false)
                facts.append(content)
                continue
            }
            breaks.append(isBlock && content.hasNewline && !content.startsWithNewline)
            // Attribute values are escaped but keep their line breaks, which count for the parent's rule.
            let attributesHaveNewline = variant.attributes.contains { $0.1.map(hasNewline) ?? false }
            facts.append(LineFacts(isEmpty: false, hasNewline: isBlock || attributesHaveNewline || content.hasNewline, startsWithNewline: false))
        }
        let element = Element(tags: variants.count == 1 ? .all(variants[0].tag) : .each(variants.map(\.tag)),
                              attributes: variants.count == 1 ? .all(variants[0].attributes) : .each(variants.map(\.attributes)),
                              children: children, isBlock: isBlock, isVoid: isVoid, breakAfterOpening: PerOutput(breaks, same: ==))
        return HTMLNode(.element(element), facts: facts)
    }

    /// Convenience: an element holding only text.
    static func element(_ tag: String, _ attributes: [(String, String?)] = [], text: String) -> HTMLNode {
        element(tag, attributes, [.text(text)])
    }

    /// A link when `url` is safe (http, https, mailto, tel); otherwise just its content,
    /// so an unsafe address never reaches an `href`.
    static func link(_ url: String, _ attributes: [(String, String?)] = [], _ children: [HTMLNode]) -> HTMLNode {
        guard let safe = HTML.safeURL(url) else { return group(children) }
        return element("a", [("href", safe)] + attributes, children)
    }

    /// Writes the HTML into `output`, to each of its buffers the part meant for it.
    package func render(into output: inout HTMLOutput) {
        switch content {
        case .text(let text):
            output.forEach { HTML.appendText(text, to: &$0) }
        case .bytes(let bytes):
            output.forEach { $0.append(contentsOf: bytes) }
        case .trusted(let code):
            let bytes = UnsafeBufferPointer(start: code.utf8Start, count: code.utf8CodeUnitCount)
            output.forEach { $0.append(contentsOf: bytes) }
        case .group(let nodes):
            Self.render(nodes, into: &output)
        case .blocks(let count, let make):
            guard output.threads > 1, count > 1 else {
                for index in 0..<count {
                    Self.item(make(index)).render(into: &output)
                    output.itemWritten()
                }
                return
            }
            // Pieces of the list are made and written on every core, each into bytes of its own,
            // and appended in order: the same bytes as one thread writes. A few pieces per thread
            // are in flight at a time, so memory holds those, not the whole list. Lists inside an
            // item are written on the item's thread.
            let threads = output.threads, outputs = output.buffers.count
            let pieceSize = max(1, count / (threads * 16))
            let pieces = stride(from: 0, to: count, by: pieceSize).map { $0..<min($0 + pieceSize, count) }
            // Each piece's buffers start at the size earlier pieces averaged per item, so they
            // are not grown (copied and faulted in again) a dozen times each.
            var bytesWritten = Array(repeating: 0, count: outputs), itemsWritten = 0
            for window in stride(from: 0, to: pieces.count, by: threads * 4) {
                let bytesPerItem = bytesWritten.map { itemsWritten == 0 ? 0 : $0 / itemsWritten + $0 / itemsWritten / 8 }
                let written = Parallel.map(Array(pieces[window..<min(window + threads * 4, pieces.count)]), threads: threads) { piece in
                    var part = HTMLOutput(count: outputs)
                    for (index, perItem) in bytesPerItem.enumerated() { part.buffers[index].reserveCapacity(perItem * piece.count) }
                    for index in piece { Self.item(make(index)).render(into: &part) }
                    return part.buffers
                }
                for (piece, part) in zip(pieces[window...], written) {
                    for (index, bytes) in part.enumerated() {
                        output.buffers[index].append(contentsOf: bytes)
                        bytesWritten[index] += bytes.count
                    }
                    itemsWritten += piece.count
                    output.itemWritten()
                }
            }
        case .perOutput(let nodes):
            precondition(nodes.count == output.buffers.count, "one variant per output")
            for (index, node) in nodes.enumerated() {
                var single = HTMLOutput(buffer: output.buffers[index])
                output.buffers[index] = []
                node.render(into: &single)
                output.buffers[index] = single.buffers[0]
            }
        case .element(let element):
            for index in output.buffers.indices {
                guard let tag = element.tags[index] else { continue }
                Self.open(tag, element.attributes[index], into: &output.buffers[index])
                if element.isVoid ? element.isBlock : element.breakAfterOpening[index] { output.buffers[index].append(0x0A) }
            }
            guard !element.isVoid else { return }
            Self.render(element.children, into: &output)
            for index in output.buffers.indices {
                guard let tag = element.tags[index] else { continue }
                output.buffers[index].append(0x3C)
                output.buffers[index].append(0x2F)
                Self.append(tag, to: &output.buffers[index])
                output.buffers[index].append(0x3E)
                if element.isBlock { output.buffers[index].append(0x0A) }
            }
        }
    }

    /// Nodes in a row, each written where it stands in the array: iterating the array itself
    /// would copy (and retain and release) every node of the page on the way.
    private static func render(_ nodes: [HTMLNode], into output: inout HTMLOutput) {
        nodes.withUnsafeBufferPointer { nodes in
            for index in nodes.indices { nodes[index].render(into: &output) }
        }
    }

    /// A tag or attribute name's bytes, copied from the string's own storage: appending its
    /// `utf8` view goes element by element, several times slower for names this short.
    private static func append(_ name: String, to buffer: inout [UInt8]) {
        var name = name
        name.withUTF8 { buffer.append(contentsOf: $0) }
    }

    /// A list item, checked to be a block element (see `blocks`).
    private static func item(_ node: HTMLNode) -> HTMLNode {
        guard case .element(let element) = node.content, element.isBlock else {
            preconditionFailure("HTMLNode.blocks made an item that is not a block element")
        }
        return node
    }

    private static func open(_ tag: String, _ attributes: [(String, String?)], into buffer: inout [UInt8]) {
        buffer.append(0x3C)
        append(tag, to: &buffer)
        for case let (name, value?) in attributes {
            buffer.append(0x20)
            append(name, to: &buffer)
            if value.isEmpty && (name == "hidden" || name == "open") { continue }
            buffer.append(0x3D)
            buffer.append(0x22)
            HTML.appendAttribute(value, to: &buffer)
            buffer.append(0x22)
        }
        buffer.append(0x3E)
    }
}

/// Where HTML is written: one buffer per output of the rendering (one file, or the external
/// page and its fragment together). The renderer never touches files: whoever renders may pass
/// `drain`, which is handed the buffers whenever a list item is written and they have grown
/// past `threshold`, to write them out and empty them, so memory stays flat however long the page.
public struct HTMLOutput {
    /// The bytes not yet drained, one buffer per output.
    public var buffers: [[UInt8]]
    /// The threads long lists (`HTMLNode.blocks`) are made on.
    public let threads: Int
    private let threshold: Int
    private let drain: ((inout [[UInt8]]) -> Void)?

    /// An output of `count` buffers, drained by `drain` when they pass `threshold` bytes together.
    public init(count: Int = 1, threshold: Int = 1 << 20, threads: Int = 1, drain: ((inout [[UInt8]]) -> Void)? = nil) {
        buffers = Array(repeating: [], count: count)
        self.threads = threads
        self.threshold = threshold
        self.drain = drain
    }

    fileprivate init(buffer: [UInt8]) {
        buffers = [buffer]
        threads = 1
        threshold = .max
        drain = nil
    }

    fileprivate mutating func forEach(_ body: (inout [UInt8]) -> Void) {
        for index in buffers.indices { body(&buffers[index]) }
    }

    fileprivate mutating func itemWritten() {
        guard let drain, buffers.reduce(0, { $0 + $1.count }) >= threshold else { return }
        drain(&buffers)
    }

    /// Hands what is left to `drain`.
    public mutating func finish() {
        drain?(&buffers)
    }
}

/// A set of tag names looked up on every element of a page: each name of up to eight ASCII
/// bytes is one number, found by binary search, which costs less than comparing strings in
/// turn or hashing them.
private struct TagSet: Sendable {
    private let codes: [UInt64]

    init(_ tags: [String]) {
        codes = tags.map { tag in
            guard let code = Self.code(tag) else { preconditionFailure("tag names in a TagSet have at most eight bytes") }
            return code
        }.sorted()
    }

    /// Whether the name whose `code` this is belongs to the set.
    func contains(code: UInt64) -> Bool {
        var low = 0, high = codes.count
        while low < high {
            let middle = (low + high) / 2
            if codes[middle] < code { low = middle + 1 } else { high = middle }
        }
        return low < codes.count && codes[low] == code
    }

    /// The name's bytes as one number; nil for a name longer than eight bytes (no name in a set).
    static func code(_ tag: String) -> UInt64? {
        var tag = tag
        return tag.withUTF8 { bytes -> UInt64? in
            guard bytes.count <= 8 else { return nil }
            var code: UInt64 = 0
            for (index, byte) in bytes.enumerated() { code |= UInt64(byte) << (8 * UInt64(index)) }
            return code
        }
    }
}
