import Foundation
@testable import CatalogueKit
@testable import CatalogueMarkdown
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation

/// The Markdown renderer on any text: only the documented subset of tags comes out, balanced,
/// with every link safe (http, https, mailto, tel) and all other text escaped.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    let html = Markdown.html(source)
    if let problem = markupProblem(html) { fatalError("\(problem) in \(html.debugDescription) from \(source.debugDescription)") }
    return 0
}

private let allowedTags: Set<String> = ["p", "em", "strong", "a", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "code"]

/// The first thing in `html` beyond the allowed, balanced tags, safe links and escaped text.
private func markupProblem(_ html: String) -> String? {
    var open: [String] = []
    let scalars = Array(html.unicodeScalars)
    var i = 0
    while i < scalars.count {
        switch scalars[i] {
        case "<":
            guard let end = scalars[i...].firstIndex(of: ">") else { return "an unterminated tag" }
            let tag = String(String.UnicodeScalarView(scalars[(i + 1)..<end]))
            i = end + 1
            if tag.hasPrefix("/") {
                if open.popLast() != String(tag.dropFirst()) { return "an unbalanced <\(tag)>" }
            } else if tag == "br" {
                continue
            } else if tag.hasPrefix("a ") {
                if open.contains("a") { return "a link inside a link" }
                open.append("a")
                guard tag.hasPrefix("a href=\""), tag.hasSuffix("\""), tag.count > 9 else { return "a link tag <\(tag)>" }
                let value = String(tag.dropFirst(8).dropLast())
                let url = [("&quot;", "\""), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")].reduce(value) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
                if value.contains("\"") || HTML.safeURL(url) != url { return "an unsafe link \(value)" }
                // By code points, as a browser reads it: ":" and a combining mark are one Character.
                let scheme = String(String.UnicodeScalarView(url.unicodeScalars.prefix { $0 != ":" })).lowercased()
                if !["http", "https", "mailto", "tel"].contains(scheme) { return "a link outside the documented schemes: \(url)" }
            } else if tag.hasPrefix("ol start=\"") {
                let number = tag.dropFirst(10).dropLast()
                if !tag.hasSuffix("\"") || Int(number) == nil || !number.allSatisfy(\.isASCII) { return "a list tag <\(tag)>" }
                open.append("ol")
            } else if allowedTags.contains(tag) {
                open.append(tag)
            } else {
                return "a tag outside the subset <\(tag)>"
            }
        case ">":
            return "an unescaped >"
        case "&":
            let rest = String(String.UnicodeScalarView(scalars[i..<min(i + 6, scalars.count)]))
            if !["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].contains(where: { rest.unicodeScalars.starts(with: $0.unicodeScalars) }) { return "an unescaped &" }
            i += 1
        default:
            i += 1
        }
    }
    return open.isEmpty ? nil : "unclosed \(open)"
}
