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
        var lines: [Line] = []
        var line: Line = []
        var inIndentation = true
        var afterCR = false
        // A line starts with room for what is left (counted in bytes, which a native string
        // knows without a pass, and never fewer than its scalars), at most the longest line so
        // far, so a paragraph of a single long line is not grown a dozen times over.
        var bytesLeft = source.utf8.count, longest = 64
        line.reserveCapacity(min(bytesLeft, longest))
        for scalar in source.unicodeScalars {
            bytesLeft -= UTF8.width(scalar)
            if scalar == "\n" && afterCR {
                afterCR = false
                continue
            }
            afterCR = scalar == "\r"
            switch scalar {
            case "\n", "\r":
                longest = max(longest, line.count)
                lines.append(line)
                line = []
                line.reserveCapacity(min(bytesLeft, longest))
                inIndentation = true
            case "\t" where inIndentation:
                // Tab stops of four, as in CommonMark, so a tab-indented item nests like a space-indented one.
                line.append(contentsOf: repeatElement(" ", count: 4 - line.count % 4))
            case " ":
                line.append(scalar)
            default:
                inIndentation = false
                line.append(Char.isForbiddenControl(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        lines.append(line)
        return lines
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
