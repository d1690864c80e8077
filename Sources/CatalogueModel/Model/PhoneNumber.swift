import Foundation

/// A phone number as the catalogue allows it: a Danish 8-digit number (written in any grouping,
/// optionally after +45) or a short internal extension. Numbers stay text in the files because
/// a leading zero or the grouping a person wrote must never be lost to number parsing.
public struct PhoneNumber: Sendable, Equatable {
    /// The digits without +45 or spaces.
    public let digits: String
    public let isExtension: Bool

    /// Parses `text`, or nil when it is not a phone number.
    public init?(_ text: String) {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        var hadCountryCode = false
        if rest.hasPrefix("+45") {
            rest = rest.dropFirst(3).drop { $0 == " " || $0 == "\u{00A0}" }
            hadCountryCode = true
        }
        // Spaces (also the non-breaking kind word processors insert) and hyphens may group digits.
        guard rest.allSatisfy({ $0.isASCII && $0.isNumber || $0 == " " || $0 == "\u{00A0}" || $0 == "-" }),
              rest.first?.isNumber ?? false, rest.last?.isNumber ?? false else { return nil }
        let digits = String(rest.filter { $0.isASCII && $0.isNumber })
        switch digits.count {
        case 8: isExtension = false
        // An extension is written as one group ("8810"); "72 57" is half a number, not an extension.
        case 3...5 where !hadCountryCode && digits.count == rest.count: isExtension = true
        default: return nil
        }
        self.digits = digits
    }

    /// The way Danes write a number: "72 57 73 54"; an extension as it is ("8810").
    public var grouped: String {
        guard !isExtension else { return digits }
        var out = ""
        for (position, digit) in digits.enumerated() {
            if position > 0, position % 2 == 0 { out += " " }
            out.append(digit)
        }
        return out
    }

    /// The number for a `tel:` link: "+4572577354"; nil for an extension, which cannot be dialled from outside.
    public var telURI: String? { isExtension ? nil : "tel:+45" + digits }

    /// `text` grouped the Danish way when it is a phone number, else as written.
    public static func display(_ text: String) -> String { PhoneNumber(text)?.grouped ?? text }
}
