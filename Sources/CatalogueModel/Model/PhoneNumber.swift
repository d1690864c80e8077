import Foundation

/// A phone number as the catalogue allows it: a Danish 8-digit number (written in any grouping,
/// optionally after +45) or a short internal extension. Numbers stay text in the files because
/// a leading zero or the grouping a person wrote must never be lost to number parsing.
public struct PhoneNumber: Sendable, Equatable {
    /// The digits without +45 or spaces.
    public let digits: String
    public let isExtension: Bool

    /// Parses `text`, or nil when it is not a phone number. Read scalar by scalar rather than by
    /// `Character`: every phone field of a catalogue passes here, for the check and for each page.
    public init?(_ text: String) {
        var scalars = Substring(text).unicodeScalars[...]
        while let first = scalars.first, Self.isBlank(first) { scalars.removeFirst() }
        while let last = scalars.last, Self.isBlank(last) { scalars.removeLast() }
        var hadCountryCode = false
        if scalars.starts(with: "+45".unicodeScalars) {
            scalars = scalars.dropFirst(3).drop { $0 == " " || $0 == "\u{00A0}" }
            hadCountryCode = true
        }
        // Spaces (also the non-breaking kind word processors insert) and hyphens may group digits.
        var digits: [UInt8] = []
        digits.reserveCapacity(8)
        for scalar in scalars {
            if ("0"..."9").contains(scalar) {
                digits.append(UInt8(scalar.value))
            } else if scalar != " " && scalar != "\u{00A0}" && scalar != "-" {
                return nil
            }
        }
        guard let first = scalars.first, ("0"..."9").contains(first), let last = scalars.last, ("0"..."9").contains(last) else { return nil }
        switch digits.count {
        case 8: isExtension = false
        // An extension is written as one group ("8810"); "72 57" is half a number, not an extension.
        case 3...5 where !hadCountryCode && digits.count == scalars.count: isExtension = true
        default: return nil
        }
        self.digits = String(decoding: digits, as: UTF8.self)
    }

    /// What `trimmingCharacters(in: .whitespaces)` takes away: tab and the space separators.
    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII first: the Unicode tables are looked up only for the rare other scalar.
        scalar.isASCII ? scalar == " " || scalar == "\t" : scalar.properties.generalCategory == .spaceSeparator
    }

    /// The way Danes write a number: "72 57 73 54"; an extension as it is ("8810").
    public var grouped: String {
        guard !isExtension else { return digits }
        var out: [UInt8] = []
        out.reserveCapacity(11)
        for (position, digit) in digits.utf8.enumerated() {
            if position > 0, position % 2 == 0 { out.append(0x20) }
            out.append(digit)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The number for a `tel:` link: "+4572577354"; nil for an extension, which cannot be dialled from outside.
    public var telURI: String? { isExtension ? nil : "tel:+45" + digits }

    /// `text` grouped the Danish way when it is a phone number, else as written.
    public static func display(_ text: String) -> String { PhoneNumber(text)?.grouped ?? text }
}
