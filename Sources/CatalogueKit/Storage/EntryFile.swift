import Foundation

/// The two shapes of entry file: plain JSON, and JSON front matter followed by a Markdown
/// description. Splitting a file and writing one back both live here.
enum EntryFile {
    /// The fields and description of a file, or nil with diagnostics when it cannot be read.
    static func parse(_ source: SourceText, hasDescription: Bool, diagnostics: inout [Diagnostic]) -> (fields: JSONNode, description: String)? {
        let bytes = source.bytes
        if bytes.allSatisfy(JSONParser.isWhitespace) {
            diagnostics.append(.emptyFile(SourceLocation(file: source.file)))
            return nil
        }
        if let offset = SourceText.firstInvalidUTF8Offset(bytes) {
            diagnostics.append(.invalidUTF8(source.location(ofOffset: offset)))
            return nil
        }
        do {
            guard hasDescription else {
                return (try JSONParser.parse(bytes), "")
            }
            let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            let start = bytes[bom...].firstIndex { !JSONParser.isWhitespace($0) } ?? bom
            guard bytes[start] == UInt8(ascii: "{") else {
                diagnostics.append(.missingFrontMatter(source.location(ofOffset: start)))
                return nil
            }
            let (node, end) = try JSONParser.parsePrefix(bytes)
            var rest = end
            while rest < bytes.count, bytes[rest] == 0x20 || bytes[rest] == 0x09 { rest += 1 }
            // LF, CRLF and a lone CR all end the line, as in the description.
            if rest < bytes.count, bytes[rest] != 0x0A, bytes[rest] != 0x0D {
                diagnostics.append(.textAfterFrontMatter(source.location(ofOffset: rest)))
                return nil
            }
            return (node, description(String(decoding: bytes[min(rest, bytes.count)...], as: UTF8.self)))
        } catch {
            diagnostics.append(.syntax(source.location(ofOffset: error.offset), error.message))
            return nil
        }
    }

    /// The description as stored: blank lines around it dropped, CRLF and a lone CR read as LF
    /// (as Markdown reads them, so "\r\r\n" is two line ends and a second fmt finds nothing
    /// to change), otherwise untouched.
    static func description(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }),
              let last = lines.lastIndex(where: { !$0.allSatisfy(\.isWhitespace) }) else { return "" }
        return lines[first...last].joined(separator: "\n")
    }

    /// The canonical text of a file: fields, then (for Markdown kinds) a blank line and the
    /// description; always one trailing newline.
    static func text(fields: JSONNode, description: String?) -> String {
        var text = JSONWriter.text(fields) + "\n"
        if let description, !description.isEmpty {
            text += "\n" + description + "\n"
        }
        return text
    }
}
