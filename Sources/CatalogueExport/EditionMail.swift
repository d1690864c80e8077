import Foundation
import CatalogueModel

/// The edition's mail: who receives it, and a draft (`.eml`, RFC 5322 with MIME) with the
/// internal catalogue attached that the secretariat opens in its mail program and sends. The
/// draft is a pure function of its parts; the date comes in as a parameter.
public enum EditionMail {
    /// Every employee's mail in Danish name order, then the extra addresses of `distribution`,
    /// each once (mail addresses are compared without regard to case).
    public static func recipients(_ relations: Relations) -> [String] {
        var seen: Set<String> = []
        return (relations.employeesInOrder.compactMap(\.mail) + relations.catalogue.settings.distribution).filter { address in
            seen.insert(address.lowercased()).inserted
        }
    }

    /// The subject, "Opgave- og medarbejderkatalog, 2027, 1. udgave".
    public static func subject(_ settings: Settings) -> String { "\(settings.title), \(settings.edition)" }

    /// The mail's text: a greeting, the edition, what changed (when known) and whom to tell about mistakes.
    public static func body(_ settings: Settings, changes: EditionChanges.Since?) -> String {
        let t = Strings.SendTexts.for(settings.language)
        var parts = [t.greeting, t.intro(settings.title, settings.edition, settings.organisation)]
        if let changes { parts.append(ChangesReport.text(changes.changes, since: changes.label, language: settings.language)) }
        if let corrections = settings.corrections { parts.append(t.corrections(corrections)) }
        return parts.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }.joined(separator: "\n\n") + "\n"
    }

    /// The draft: headers (Bcc to every recipient, so nobody answers all), a text part and the PDF,
    /// lines ended by CRLF, non-ASCII headers as RFC 2047 words, the parts in base64.
    public static func draft(settings: Settings, recipients: [String], body: String, pdf: [UInt8], pdfName: String,
                             date: Date) -> [UInt8] {
        let boundary = "=_catalogue_" + Slug.make(settings.edition)
        var lines = [
            "Date: " + rfc5322Date(date),
            "Subject: " + encodedWord(subject(settings)),
            "To: undisclosed-recipients:;",
            "Bcc: " + recipients.joined(separator: ",\r\n "),
            "MIME-Version: 1.0",
            // Opened as an unsent draft, not a received message (Outlook; others ignore it).
            "X-Unsent: 1",
            "Content-Type: multipart/mixed; boundary=\"\(boundary)\"",
            "",
            "--" + boundary,
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: base64",
            "",
        ]
        lines += base64Lines(Array(body.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        lines += [
            "--" + boundary,
            "Content-Type: application/pdf; name=\"\(pdfName)\"",
            "Content-Disposition: attachment; filename=\"\(pdfName)\"",
            "Content-Transfer-Encoding: base64",
            "",
        ]
        lines += base64Lines(pdf)
        lines += ["--" + boundary + "--", ""]
        return Array(lines.joined(separator: "\r\n").utf8)
    }

    /// Base64 in lines of 76 characters, as MIME wants them.
    private static func base64Lines(_ bytes: [UInt8]) -> [String] {
        let text = Data(bytes).base64EncodedString()
        return stride(from: 0, to: text.count, by: 76).map { start in
            let from = text.index(text.startIndex, offsetBy: start)
            return String(text[from..<(text.index(from, offsetBy: 76, limitedBy: text.endIndex) ?? text.endIndex)])
        }
    }

    /// A header text as it is when it is ASCII, else as RFC 2047 encoded words of at most 75
    /// characters each, cut between characters, folded onto lines of their own.
    static func encodedWord(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 32 }) else { return text }
        // 39 bytes make 52 characters of base64: with "=?utf-8?B?", "?=" and "Subject: " a line stays within 78.
        var chunks: [[UInt8]] = [[]]
        for character in text {
            let bytes = Array(String(character).utf8)
            if let last = chunks.last, !last.isEmpty, last.count + bytes.count > 39 { chunks.append([]) }
            chunks[chunks.count - 1] += bytes
        }
        return chunks.map { "=?utf-8?B?" + Data($0).base64EncodedString() + "?=" }.joined(separator: "\r\n ")
    }

    /// "Sat, 05 Dec 2026 09:00:00 +0000".
    static func rfc5322Date(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ n: Int?) -> String { String(format: "%02d", n ?? 0) }
        let time = "\(two(c.hour)):\(two(c.minute)):\(two(c.second))"
        return "\(days[(c.weekday ?? 1) - 1]), \(two(c.day)) \(months[(c.month ?? 1) - 1]) \(c.year ?? 1970) \(time) +0000"
    }
}

extension Strings {
    /// The words of the edition's mail, one table per language.
    public struct SendTexts: Sendable {
        var greeting: String
        var intro: @Sendable (_ title: String, _ edition: String, _ organisation: String) -> String
        var corrections: @Sendable (_ whom: String) -> String

        public static func `for`(_ language: Language) -> SendTexts {
            switch language {
            case .danish:
                SendTexts(greeting: "Kære kolleger",
                          intro: { "Hermed følger \($0), \($1), fra \($2). Kataloget er vedhæftet som PDF. Det viser, hvem der gør hvad, så henvendelser kan stilles videre til den rette med det samme." },
                          corrections: { "Fejl og ændringer meldes til \($0)." })
            case .english:
                SendTexts(greeting: "Dear colleagues",
                          intro: { "Here is \($0), \($1), from \($2). The catalogue is attached as a PDF. It shows who does what, so enquiries can be forwarded to the right person at once." },
                          corrections: { "Report mistakes and changes to \($0)." })
            }
        }
    }
}
