import Foundation
import CatalogueModel
import CatalogueStorage

/// The shapes of the values the catalogue checks: mail addresses, web addresses and KLE numbers.
/// (Phone numbers are `PhoneNumber`.)
public enum Formats {
    /// A plain mail address: something@domain.tld, no spaces, one @.
    public static func isMail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !hasSpace(text), !text.utf8.contains(where: { "<>\",".utf8.contains($0) }) else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") } && (labels.last?.count ?? 0) >= 2
    }

    /// An absolute http or https address with a host.
    public static func isWebAddress(_ text: String) -> Bool {
        guard !hasSpace(text), let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, host.contains("."), !host.hasPrefix("."), !host.hasSuffix(".") else { return false }
        return true
    }

    /// True when the text holds white space of any kind. ASCII is judged by its bytes, the rest
    /// by the scalars' properties (a no-break space counts).
    static func hasSpace(_ text: String) -> Bool {
        for byte in text.utf8 {
            if byte >= 0x80 { return text.unicodeScalars.contains { $0.properties.isWhitespace } }
            if byte == 0x20 || (0x09...0x0D).contains(byte) { return true }
        }
        return false
    }

    /// A KLE number: `NN`, `NN.NN` or `NN.NN.NN`, optionally followed by an action facet such as `-G01`.
    public static func isKLE(_ text: String) -> Bool {
        var number = Substring(text)
        if let dash = text.firstIndex(of: "-") {
            let facet = text[text.index(after: dash)...]
            guard facet.count == 3, let letter = facet.first, letter.isASCII && letter.isUppercase,
                  facet.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
            number = text[..<dash]
        }
        let groups = number.split(separator: ".", omittingEmptySubsequences: false)
        return (1...3).contains(groups.count) && groups.allSatisfy { $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
