import CatalogueModel

/// The bytes of one file and where its lines start, to turn byte offsets into 1-based
/// line and column numbers (columns count characters, not bytes, so æ, ø and å count once).
package struct SourceText: Sendable {
    package let file: String
    package let bytes: [UInt8]
    /// Where the lines start, for a long file; a short one (all the usual entries) is counted
    /// when a location is asked for, which is for a problem, so most files never need it.
    private let lineStarts: [Int]?
    private static let countedUpFront = 16_384

    package init(file: String, bytes: [UInt8]) {
        self.file = file
        self.bytes = bytes
        guard bytes.count > Self.countedUpFront else { lineStarts = nil; return }
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// The location of a byte offset.
    package func location(ofOffset offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, bytes.count))
        var line = 1, lineStart = 0
        if let lineStarts {
            var low = 0, high = lineStarts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
            }
            (line, lineStart) = (low + 1, lineStarts[low])
        } else {
            for index in 0..<clamped where bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            }
        }
        // Count characters by their first byte: UTF-8 continuation bytes are 10xxxxxx.
        let column = bytes[lineStart..<clamped].reduce(1) { count, byte in byte & 0xC0 == 0x80 ? count : count + 1 }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// The offset of the first byte that is not valid UTF-8, or nil when all of it is.
    package static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            var lowest: UInt8 = 0x80, highest: UInt8 = 0xBF  // allowed range of the second byte
            switch lead {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowest = 0xA0  // no overlong forms
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; highest = 0x9F  // no surrogates
            case 0xF0: length = 4; lowest = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; highest = 0x8F  // nothing above U+10FFFF
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            guard (lowest...highest).contains(bytes[index + 1]) else { return index }
            for next in bytes[(index + 2)..<(index + length)] where next & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }
}
