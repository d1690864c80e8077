/// HTML escaping and link vetting: the one place the project turns text into HTML.
public enum HTML {
    /// Escapes `&`, `<` and `>` so `s` can be placed in HTML text content.
    public static func text(_ s: String) -> String {
        escape(s, quotes: false)
    }

    /// Escapes `&`, `<`, `>`, `"` and `'` so `s` can be placed in a double-quoted attribute value.
    public static func attribute(_ s: String) -> String {
        escape(s, quotes: true)
    }

    /// Returns the URL, trimmed and without tabs or newlines, when it is an http, https, mailto or tel link, else nil; not escaped.
    /// A `#fragment` is refused: the ids in the outputs are made by the tool, not the writer's to point at.
    public static func safeURL(_ s: String) -> String? {
        // Most addresses hold nothing but printable ASCII, and then there is nothing to take away.
        if s.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) {
            guard let colon = s.utf8.firstIndex(of: 0x3A), s.utf8.index(after: colon) != s.utf8.endIndex else { return nil }
            return allowedSchemes.contains(String(s[..<colon]).lowercased()) ? s : nil
        }
        // Browsers drop tabs and newlines anywhere in a URL and controls and spaces at its ends,
        // so the scheme is judged on what a browser would see ("java\tscript:" is "javascript:").
        var scalars = Array(s.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" })
        while let first = scalars.first, isIgnorable(first) { scalars.removeFirst() }
        while let last = scalars.last, isIgnorable(last) { scalars.removeLast() }
        // Any other control character left inside is never part of a legitimate link.
        guard !scalars.isEmpty, !scalars.contains(where: isControl) else { return nil }
        let url = Markdown.string(scalars)
        guard let colon = scalars.firstIndex(of: ":"), colon + 1 < scalars.count else { return nil }
        let scheme = Markdown.string(scalars[..<colon]).lowercased()
        return allowedSchemes.contains(scheme) ? url : nil
    }

    /// `text` as a quoted CSS string in which everything but letters, digits and spaces is
    /// written as a CSS escape, so no value can end the string, the rule or the `<style>` element.
    public static func cssString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " ") {
                out.unicodeScalars.append(scalar)
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                out += " "  // control characters have no place in a printed line
            } else {
                out += "\\" + String(scalar.value, radix: 16) + " "
            }
        }
        return out + "\""
    }

    private static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    private static func escape(_ s: String, quotes: Bool) -> String {
        var out: [UInt8] = []
        append(s, quotes: quotes, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `s` escaped for HTML text content (as `text`) to `out` as UTF-8.
    package static func appendText(_ s: String, to out: inout [UInt8]) { append(s, quotes: false, to: &out) }

    /// Appends `s` escaped for a double-quoted attribute value (as `attribute`) to `out` as UTF-8.
    package static func appendAttribute(_ s: String, to out: inout [UInt8]) { append(s, quotes: true, to: &out) }

    /// Escapes on UTF-8 bytes: every character escaped is ASCII, and no byte of a multi-byte
    /// character is ASCII, so the bytes between them are copied as they are, in runs.
    private static func append(_ s: String, quotes: Bool, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices {
                let replacement: StaticString
                switch bytes[index] {
                case 0x26: replacement = "&amp;"
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                case 0x22 where quotes: replacement = "&quot;"
                case 0x27 where quotes: replacement = "&#39;"
                default: continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                out.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                start = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        isControl(scalar) || scalar.properties.isWhitespace
    }
}
