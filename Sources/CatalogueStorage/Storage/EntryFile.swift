import CatalogueModel
import Foundation

/// The two shapes of entry file: plain JSON, and JSON front matter followed by a Markdown
/// description. Splitting a file and writing one back both live here.
package enum EntryFile {
    /// The fields and description of a file, or nil with diagnostics when it cannot be read.
    package static func parse(_ source: SourceText, hasDescription: Bool, diagnostics: inout [Diagnostic]) -> (fields: JSONNode, description: String)? {
        let bytes = source.bytes
        if bytes.allSatisfy(JSONParser.isWhitespace) {
            diagnostics.append(.at(SourceLocation(file: source.file), .emptyFile))
            return nil
        }
        if let offset = SourceText.firstInvalidUTF8Offset(bytes) {
            diagnostics.append(.at(source.location(ofOffset: offset), .invalidUTF8))
            return nil
        }
        do {
            guard hasDescription else {
                return (try JSONParser.parse(bytes), "")
            }
            let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            let start = bytes[bom...].firstIndex { !JSONParser.isWhitespace($0) } ?? bom
            guard bytes[start] == UInt8(ascii: "{") else {
                diagnostics.append(.at(source.location(ofOffset: start), .missingFields))
                return nil
            }
            let (node, end) = try JSONParser.parsePrefix(bytes)
            var rest = end
            while rest < bytes.count, bytes[rest] == 0x20 || bytes[rest] == 0x09 { rest += 1 }
            // LF, CRLF and a lone CR all end the line, as in the description.
            if rest < bytes.count, bytes[rest] != 0x0A, bytes[rest] != 0x0D {
                diagnostics.append(.at(source.location(ofOffset: rest), .textAfterFields))
                return nil
            }
            return (node, description(bytes: bytes[min(rest, bytes.count)...]))
        } catch {
            diagnostics.append(.at(source.location(ofOffset: error.offset), .invalidJSON(error.syntax)))
            return nil
        }
    }

    /// The description as stored: blank lines around it dropped, CRLF and a lone CR read as LF
    /// (as Markdown reads them, so "\r\r\n" is two line ends and a second fmt finds nothing
    /// to change), otherwise untouched.
    package static func description(_ text: String) -> String {
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { description(bytes: $0) } ?? description(bytes: Array(utf8)[...])
    }

    /// The same, from UTF-8 bytes. Works on the bytes rather than through Foundation's string
    /// searching, which cost a quarter of loading a large catalogue.
    package static func description<Bytes: RandomAccessCollection>(bytes: Bytes) -> String where Bytes.Element == UInt8, Bytes.Index == Int {
        // Lines as byte ranges; CRLF and a lone CR end a line as LF does.
        var lines: [Range<Int>] = []
        var start = bytes.startIndex, index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(start..<index)
                index += byte == 0x0D && index + 1 < bytes.endIndex && bytes[index + 1] == 0x0A ? 2 : 1
                start = index
            } else {
                index += 1
            }
        }
        lines.append(start..<bytes.endIndex)
        func isBlank(_ line: Range<Int>) -> Bool {
            var ascii = true
            for position in line {
                let byte = bytes[position]
                if byte >= 0x80 { ascii = false; break }
                if !(byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C) { return false }
            }
            // Other kinds of space (a no-break space) are rare enough to ask the standard library.
            return ascii || String(decoding: bytes[line], as: UTF8.self).allSatisfy(\.isWhitespace)
        }
        guard let first = lines.firstIndex(where: { !isBlank($0) }), let last = lines.lastIndex(where: { !isBlank($0) }) else { return "" }
        var out: [UInt8] = []
        out.reserveCapacity(lines[last].upperBound - lines[first].lowerBound)
        for (offset, line) in lines[first...last].enumerated() {
            if offset > 0 { out.append(0x0A) }
            out.append(contentsOf: bytes[line])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The canonical text of a file: fields, then (for Markdown kinds) a blank line and the
    /// description; always one trailing newline.
    package static func text(fields: JSONNode, description: String?) -> String {
        var text = JSONWriter.text(fields) + "\n"
        if let description, !description.isEmpty {
            text += "\n" + description + "\n"
        }
        return text
    }
}
