import Foundation

/// The organisation's logo as read from the catalogue folder: an SVG or PNG image that both
/// versions embed in their header, so the published files stay self-contained.
public struct Logo: Sendable, Equatable {
    /// The image formats a logo may have.
    public enum Format: String, Sendable {
        case svg = "image/svg+xml"
        case png = "image/png"
    }

    public var format: Format
    public var bytes: [UInt8]

    public init(format: Format, bytes: [UInt8]) {
        self.format = format
        self.bytes = bytes
    }

    /// The largest logo accepted: a logo is a small image, and it is embedded in every page.
    public static let maximumSize = 200 * 1024

    /// The image's format judged by its content, or nil when it is neither SVG nor PNG.
    public static func format(of bytes: [UInt8]) -> Format? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        // An SVG is XML text whose root element is <svg>; a look at its start is enough to tell.
        let start = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        return start.contains("<svg") ? .svg : nil
    }

    /// The image as a `data:` address: embedded, and shown through `<img>`, where an SVG's
    /// scripts never run.
    public var dataURI: String {
        "data:\(format.rawValue);base64," + Data(bytes).base64EncodedString()
    }
}
