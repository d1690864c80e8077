import CatalogueModel
import CatalogueStorage

/// Text for a terminal with every control character shown, never acted on: a value, an echoed
/// argument, a path or a lock holder's command line could otherwise set the window title, clear
/// the screen or turn the rest of a line around. Only the tool's own colours pass.
public enum TerminalText {
    /// The colour sequences `Diagnostic.format` writes (bold red, bold yellow, reset), kept as they are.
    static let ownColours = ["\u{1B}[1;31m", "\u{1B}[1;33m", "\u{1B}[0m"]

    /// `text` with C0 and C1 controls (but line feed and tab), DEL and the bidirectional
    /// controls written out as `\x1B` or `\u{202E}`.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = String.UnicodeScalarView()
        var rest = Substring(text)
        while let scalar = rest.unicodeScalars.first {
            if scalar == "\u{1B}", let colour = ownColours.first(where: { rest.hasPrefix($0) }) {
                out.append(contentsOf: colour.unicodeScalars)
                rest = rest.dropFirst(colour.count)
                continue
            }
            if needsEscape(scalar) {
                out.append(contentsOf: escaped(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
            rest = Substring(rest.unicodeScalars.dropFirst())
        }
        return String(out)
    }

    /// True for a scalar a terminal would act on rather than show.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        // Directional formatting: embeddings, overrides and isolates, and the Arabic letter mark.
        case 0x202A...0x202E, 0x2066...0x2069, 0x061C: true
        default: false
        }
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return scalar.value < 0x100 ? "\\x" + (hex.count == 1 ? "0" + hex : hex) : "\\u{\(hex)}"
    }
}
