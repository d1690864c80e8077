import Foundation
import CatalogueModel
import CatalogueStorage

/// The shapes of the values the catalogue checks: mail addresses, web addresses and KLE numbers.
/// (Phone numbers are `PhoneNumber`.)
public enum Formats {
    /// A plain mail address: something@domain.tld, no spaces, one @.
    public static func isMail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" || $0 == "," }) else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") } && (labels.last?.count ?? 0) >= 2
    }

    /// An absolute http or https address with a host.
    public static func isWebAddress(_ text: String) -> Bool {
        guard !text.contains(where: { $0.isWhitespace }), let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, host.contains("."), !host.hasPrefix("."), !host.hasSuffix(".") else { return false }
        return true
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
