/// A piece of HTML whose text has been escaped. Renderers build pages from these so that
/// escaping is the default: text goes in through `text`, attribute values through `element`,
/// link targets through `link`; only the Markdown renderer supplies markup of its own.
public struct HTMLNode: Sendable {
    /// The escaped HTML.
    public let html: String

    private init(_ html: String) { self.html = html }

    /// Escaped text.
    static func text(_ text: String) -> HTMLNode { HTMLNode(HTML.text(text)) }

    /// Nothing.
    static let empty = HTMLNode("")

    /// Several nodes in a row.
    static func group(_ nodes: [HTMLNode]) -> HTMLNode { HTMLNode(nodes.map(\.html).joined()) }

    /// A description rendered by the project's Markdown subset (which escapes what it does not produce).
    static func markdown(_ source: String, headingBase: Int) -> HTMLNode { HTMLNode(Markdown.html(source, headingBase: headingBase)) }

    /// A style sheet or script written by the project itself, never from catalogue data.
    static func trusted(_ code: StaticString) -> HTMLNode { HTMLNode(code.description) }

    /// A style sheet written by the project with one text from the catalogue in it, as a CSS
    /// string between `before` and `after` (for `content:` in print margins).
    static func trusted(_ before: StaticString, cssString text: String, _ after: StaticString) -> HTMLNode {
        HTMLNode(before.description + HTML.cssString(text) + after.description)
    }

    /// `<!DOCTYPE html>`, the first line of a page.
    static let doctype = HTMLNode("<!DOCTYPE html>\n")

    private static let voidElements: Set<String> = ["meta", "link", "br", "input", "hr", "img"]
    /// Elements that start on a line of their own, so exports read well and diff well.
    private static let blockElements: Set<String> = [
        "html", "head", "body", "header", "main", "footer", "nav", "section", "article", "aside", "div", "ul", "ol", "li",
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "style", "script",
        "meta", "title", "form", "hr",
    ]

    /// `<tag attributes>children</tag>`; attributes whose value is nil are left out, values are escaped.
    static func element(_ tag: String, _ attributes: [(String, String?)] = [], _ children: [HTMLNode] = []) -> HTMLNode {
        var html = "<" + tag
        for case let (name, value?) in attributes {
            html += value.isEmpty && ["hidden", "open"].contains(name) ? " \(name)" : " \(name)=\"\(HTML.attribute(value))\""
        }
        html += ">"
        if voidElements.contains(tag) { return HTMLNode(html + (blockElements.contains(tag) ? "\n" : "")) }
        let inner = children.map(\.html).joined()
        let block = blockElements.contains(tag)
        // Byte tests: Foundation's String.contains(_:) would bridge the whole text at every level.
        if block && inner.utf8.contains(0x0A) && inner.utf8.first != 0x0A { html += "\n" }
        html += inner + "</\(tag)>"
        return HTMLNode(block ? html + "\n" : html)
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
}
