import Foundation
import CatalogueModel
import CatalogueStorage

/// `check --format github|gitlab`: the diagnostics as a git host's pipeline shows them next to the lines they are
/// about. Accepted warnings are left out, as `check` leaves them out of its text.
enum PipelineReport: String, CaseIterable {
    case github, gitlab

    /// The report of `diagnostics`, whose paths are written with `pathPrefix` (the catalogue's place as seen from
    /// where the command runs, which in a pipeline is the repository's root).
    func text(_ diagnostics: [Diagnostic], pathPrefix: String, wording: Wording) -> String {
        let shown = diagnostics.unaccepted
        switch self {
        case .github: return shown.map { Self.annotation($0, pathPrefix: pathPrefix, wording: wording) + "\n" }.joined()
        case .gitlab: return Self.codeQuality(shown, pathPrefix: pathPrefix, wording: wording) + "\n"
        }
    }

    /// The message and its notes, one per line.
    private static func message(_ diagnostic: Diagnostic, wording: Wording) -> String {
        ([wording.text(diagnostic.problem)] + diagnostic.notes.map { wording.text($0.hint) }).joined(separator: "\n")
    }

    /// A GitHub Actions workflow command: `::error file=…,line=…,col=…,title=code::message`. The message escapes `%`,
    /// CR and LF; a property also `:` and `,`, as the runner reads them.
    static func annotation(_ diagnostic: Diagnostic, pathPrefix: String, wording: Wording) -> String {
        func data(_ text: String) -> String {
            text.replacingAll([("%", "%25"), ("\r", "%0D"), ("\n", "%0A")])
        }
        func property(_ text: String) -> String { data(text).replacingAll([(":", "%3A"), (",", "%2C")]) }
        let location = diagnostic.location
        var properties = ["file=" + property(pathPrefix + location.file)]
        if let line = location.line, line > 0 {
            properties.append("line=\(line)")
            if let column = location.column { properties.append("col=\(column)") }
        }
        properties.append("title=" + property(diagnostic.code))
        let command = diagnostic.severity == .error ? "error" : "warning"
        return "::\(command) \(properties.joined(separator: ","))::" + data(message(diagnostic, wording: wording))
    }

    /// GitLab's Code Quality report: a JSON array of issues, each with a description, the check's name (the code),
    /// a fingerprint that stays the same while the problem does, a severity (an error is `major`, a warning
    /// `minor`) and where it is.
    static func codeQuality(_ diagnostics: [Diagnostic], pathPrefix: String, wording: Wording) -> String {
        var seen: [String: Int] = [:]
        let issues: [JSONNode] = diagnostics.map { diagnostic in
            let path = pathPrefix + diagnostic.location.file
            let description = message(diagnostic, wording: wording)
            // The same problem twice in one file (two empty fields) gets two fingerprints.
            let key = [diagnostic.code, path, description].joined(separator: "\u{1F}")
            let occurrence = seen[key, default: 0]
            seen[key] = occurrence + 1
            return .object([
                ("description", .string(description)),
                ("check_name", .string(diagnostic.code)),
                ("fingerprint", .string(fingerprint(key + "\u{1F}\(occurrence)"))),
                ("severity", .string(diagnostic.severity == .error ? "major" : "minor")),
                ("location", .object([("path", .string(path)),
                                      ("lines", .object([("begin", .integer(max(1, diagnostic.location.line ?? 1)))]))])),
            ])
        }
        return JSONWriter.text(.array(issues))
    }

    /// A 128-bit FNV-1a hash in hex: two 64-bit passes with different offsets. GitLab compares fingerprints between
    /// pipelines to tell new problems from old ones; any stable, unique text will do.
    static func fingerprint(_ text: String) -> String {
        func fnv(_ offset: UInt64) -> UInt64 {
            text.utf8.reduce(offset) { ($0 ^ UInt64($1)) &* 0x100000001b3 }
        }
        return [fnv(0xcbf29ce484222325), fnv(0x84222325cbf29ce4)].map { value in
            let hex = String(value, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }
}

extension String {
    /// The text with each pair's first part replaced by its second, in order.
    fileprivate func replacingAll(_ pairs: [(String, String)]) -> String {
        pairs.reduce(self) { text, pair in text.replacingOccurrences(of: pair.0, with: pair.1) }
    }
}
