/// Renders the catalogue's documented Markdown subset; anything outside the subset is shown as escaped text.
public enum Markdown {
    /// Renders `source` as an HTML fragment whose headings start at level `headingBase` and never skip a level.
    public static func html(_ source: String, headingBase: Int = 3) -> String {
        var out: [UInt8] = []
        render(source, headingBase: headingBase, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the HTML of `source` (as `html` renders it) to `out` as UTF-8.
    package static func render(_ source: String, headingBase: Int, into out: inout [UInt8]) {
        let blocks = BlockParser(lines: lines(of: source), depth: 0).parse()
        var renderer = HTMLRenderer(blocks: blocks, headingBase: headingBase)
        renderer.render(blocks, into: &out)
    }

    typealias Line = [Unicode.Scalar]

    /// The text of `scalars`, encoded once as UTF-8: building a `String.UnicodeScalarView` scalar
    /// by scalar costs several times more, and every paragraph of every description passes here.
    static func string<Scalars: Sequence>(_ scalars: Scalars) -> String where Scalars.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount)
        for scalar in scalars {
            if scalar.isASCII { bytes.append(UInt8(scalar.value)) } else { UTF8.encode(scalar) { bytes.append($0) } }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Splits `source` into lines on LF, CRLF or CR, expanding indentation tabs and replacing control characters.
    static func lines(of source: String) -> [Line] {
        var source = source
        return source.withUTF8 { bytes in
            var lines: [Line] = []
            var start = 0
            while true {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
                lines.append(line(UnsafeBufferPointer(rebasing: bytes[start..<end])))
                guard end < bytes.count else { return lines }
                start = end + 1
                if bytes[end] == 0x0D, start < bytes.count, bytes[start] == 0x0A { start += 1 }
            }
        }
    }

    /// One line's scalars, decoded from its UTF-8 (valid, as a string's always is) in one pass
    /// straight into an array of the size the line can reach: a byte makes at most one scalar,
    /// and only a tab of the indentation more (up to four spaces).
    private static func line(_ bytes: UnsafeBufferPointer<UInt8>) -> Line {
        var indentation = 0, tabs = 0
        while indentation < bytes.count, bytes[indentation] == 0x20 || bytes[indentation] == 0x09 {
            if bytes[indentation] == 0x09 { tabs += 1 }
            indentation += 1
        }
        return Line(unsafeUninitializedCapacity: bytes.count + 3 * tabs) { line, count in
            for index in 0..<indentation {
                // Tab stops of four, as in CommonMark, so a tab-indented item nests like a space-indented one.
                let spaces = bytes[index] == 0x09 ? 4 - count % 4 : 1
                for _ in 0..<spaces {
                    line[count] = " "
                    count += 1
                }
            }
            var index = indentation
            while index < bytes.count {
                let lead = bytes[index]
                var scalar: Unicode.Scalar
                if lead < 0x80 {
                    scalar = Unicode.Scalar(lead)
                    index += 1
                } else {
                    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                    scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                    index += length
                }
                if Char.isForbiddenControl(scalar) { scalar = "\u{FFFD}" }
                line[count] = scalar
                count += 1
            }
        }
    }

    /// Character classes used by the parsers.
    enum Char {
        static func isSpaceOrTab(_ c: Unicode.Scalar) -> Bool {
            c == " " || c == "\t"
        }

        static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
            c.isASCII ? c == " " || (0x09...0x0D).contains(c.value) : c.properties.isWhitespace
        }

        static func isASCIIPunctuation(_ c: Unicode.Scalar) -> Bool {
            switch c.value {
            case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: true
            default: false
            }
        }

        static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
            if c.isASCII { return isASCIIPunctuation(c) }
            return switch c.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation,
                 .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
                true
            default:
                false
            }
        }

        static func isForbiddenControl(_ c: Unicode.Scalar) -> Bool {
            (c.value < 0x20 && c != "\t" && c != "\n") || (0x7F...0x9F).contains(c.value)
        }

        static func leadingSpaces(_ line: Line) -> Int {
            line.prefix(while: { $0 == " " }).count
        }

        static func isBlank(_ line: Line) -> Bool {
            line.allSatisfy(isWhitespace)
        }
    }
}
