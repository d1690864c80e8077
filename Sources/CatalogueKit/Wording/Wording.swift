import CatalogueModel
import CatalogueStorage

/// The words for every coded value in one language. Storage, Validation and the editing core
/// produce values; only where text leaves the program (a terminal, a page, a file) does one of
/// the language tables (`English`, `Danish`) turn them into text.
public struct Wording: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    /// The words for a problem.
    public func text(_ problem: Problem) -> String {
        switch language {
        case .danish: return Danish.problem(problem)
        case .english: return English.problem(problem)
        }
    }

    /// The words for a note.
    public func text(_ hint: Hint) -> String {
        switch language {
        case .danish: return Danish.hint(hint)
        case .english: return English.hint(hint)
        }
    }

    /// A text of the help in the run's language: the English text itself, or its Danish from the
    /// help table (a text without a Danish entry is a missing translation, which a test catches).
    public func help(_ english: String) -> String {
        switch language {
        case .danish: return DanishHelp.texts[english] ?? english
        case .english: return english
        }
    }

    /// A placeholder of a usage line or option table (`DIR`, `CODE=REASON`) in the run's
    /// language; the values to type as shown (`internal|name|contact`) stay as they are.
    public func placeholder(_ english: String) -> String {
        language == .danish ? DanishHelp.placeholder(english) : english
    }

    /// The words for a message of the command line.
    public func text(_ message: Message) -> String {
        switch language {
        case .danish: return Danish.message(message)
        case .english: return English.message(message)
        }
    }

    /// "Error:", "Usage:", "See …" and "Warning:" before a line, or "Fejl:", "Brug:", "Se …", "Advarsel:".
    var errorLabel: String { language == .danish ? "Fejl" : "Error" }
    var usageLabel: String { language == .danish ? "Brug" : "Usage" }
    var warningLabel: String { language == .danish ? "Advarsel" : "Warning" }
    var noteLinePrefix: String { language == .danish ? "Bemærk" : "Note" }
    func seeHelp(_ command: String) -> String {
        language == .danish ? "Se 'catalogue \(command) --help'." : "See 'catalogue \(command) --help'."
    }

    /// "error", "warning", "note" — or "fejl", "advarsel", "bemærk".
    func label(_ severity: Diagnostic.Severity) -> String {
        switch (language, severity) {
        case (.danish, .error): return "fejl"
        case (.danish, .warning): return "advarsel"
        case (.english, .error): return "error"
        case (.english, .warning): return "warning"
        }
    }

    var noteLabel: String { language == .danish ? "bemærk" : "note" }

    /// The compiler-style lines of a diagnostic: `file:line:column: error: message [code]`, then
    /// one line per note, at the note's own place or the diagnostic's. `pathPrefix` goes before
    /// the catalogue-relative file so the path reads from where the user stands.
    public func lines(_ diagnostic: Diagnostic, pathPrefix: String = "", colour: Bool = false) -> [String] {
        let label = self.label(diagnostic.severity)
        let painted = colour ? (diagnostic.severity == .error ? "\u{1B}[1;31m\(label)\u{1B}[0m" : "\u{1B}[1;33m\(label)\u{1B}[0m") : label
        let place = diagnostic.location.format(pathPrefix: pathPrefix)
        var lines = ["\(place): \(painted): \(text(diagnostic.problem)) [\(diagnostic.code)]"]
        for note in diagnostic.notes {
            let notePlace = note.location?.format(pathPrefix: pathPrefix) ?? place
            lines.append("\(notePlace): \(noteLabel): \(text(note.hint))")
        }
        return lines
    }
}

/// A key path as FieldReader writes it (`responsible[1]`, `links[0].url`), taken apart so each
/// language can say it: `the 2nd entry of "responsible"`, `2. punkt i "responsible"`.
indirect enum FieldPath: Equatable {
    /// A key, or anything that is not exactly the list shape, shown as it is.
    case key(String)
    /// An element of a list, counted from 1.
    case element(list: String, position: Int)
    /// A key inside an element of a list.
    case member(String, of: FieldPath)

    init(_ keyPath: String) {
        guard let open = keyPath.firstIndex(of: "["), open != keyPath.startIndex,
              let close = keyPath[open...].firstIndex(of: "]") else { self = .key(keyPath); return }
        let digits = keyPath[keyPath.index(after: open)..<close]
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let position = Int(digits) else { self = .key(keyPath); return }
        let list = FieldPath.element(list: String(keyPath[..<open]), position: position + 1)
        let rest = keyPath[keyPath.index(after: close)...]
        if rest.isEmpty { self = list; return }
        self = rest.hasPrefix(".") ? .member(String(rest.dropFirst()), of: list) : .key(keyPath)
    }
}

extension Array where Element == String {
    /// `"a", "b" and "c"` with the language's word for the last join.
    func quotedList(_ and: String) -> String {
        let quoted = map { "\"\($0)\"" }
        guard let last = quoted.last else { return "" }
        return quoted.count == 1 ? last : quoted.dropLast().joined(separator: ", ") + " \(and) " + last
    }
}

/// U+00AD, as a message shows an invisible character.
func codePoint(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
}

/// The digits of `n` in groups of three, whatever the machine's locale.
func groupDigits(_ n: Int, separator: String) -> String {
    var digits = String(n.magnitude)
    var groups: [String] = []
    while digits.count > 3 {
        groups.insert(String(digits.suffix(3)), at: 0)
        digits.removeLast(3)
    }
    groups.insert(digits, at: 0)
    return (n < 0 ? "-" : "") + groups.joined(separator: separator)
}
