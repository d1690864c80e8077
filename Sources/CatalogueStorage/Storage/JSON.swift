import CatalogueModel

/// A JSON value that remembers where in its source file it stood, so that every problem found
/// later (a wrong type, an unknown key, a reference that does not resolve) can name a line and
/// column. Objects keep their keys in file order, duplicates included, so the loader can report them.
public struct JSONNode: Sendable, Equatable {
    /// The kinds of JSON value.
    public enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        /// Numbers keep their source text; the schema decides whether an integer is wanted.
        case number(String)
        case string(String)
        case array([JSONNode])
        case object([Member])
    }

    /// One `"key": value` pair of an object.
    public struct Member: Sendable, Equatable {
        public var key: String
        /// Byte offset of the key's opening quote.
        public var keyOffset: Int
        public var value: JSONNode
    }

    public var value: Value
    /// Byte offset of the value's first character in the UTF-8 source.
    public var offset: Int

    public init(_ value: Value, offset: Int = 0) {
        self.value = value
        self.offset = offset
    }
}

/// A syntax error at a byte offset in the source.
public struct JSONSyntaxError: Error, Equatable, Sendable {
    public var offset: Int
    public var syntax: JSONSyntax
}

/// A strict RFC 8259 JSON parser over UTF-8 bytes.
///
/// Foundation's `JSONSerialization` reports syntax errors without a position and accepts some
/// input that is not JSON, so the catalogue uses this parser for every file it reads.
public struct JSONParser {
    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0
    /// Nesting deeper than this is refused, so a hostile file cannot exhaust the stack.
    private static let maximumDepth = 200

    /// Parses one JSON value that must fill the whole input (surrounding white space allowed).
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        var parser = JSONParser(bytes: bytes)
        let node = try parser.parseDocumentValue()
        parser.skipWhitespace()
        guard parser.index == bytes.count else {
            throw parser.error(.textAfterValue)
        }
        return node
    }

    /// Parses one JSON value at the start of the input and returns it with the offset just
    /// past it; used for front matter, where Markdown follows the object.
    public static func parsePrefix(_ bytes: [UInt8]) throws(JSONSyntaxError) -> (JSONNode, end: Int) {
        var parser = JSONParser(bytes: bytes)
        let node = try parser.parseDocumentValue()
        return (node, parser.index)
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func parseDocumentValue() throws(JSONSyntaxError) -> JSONNode {
        // A byte-order mark, as some Windows editors write, is passed over; `fmt` removes it.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        skipWhitespace()
        guard index < bytes.count else { throw error(.noValue) }
        return try parseValue()
    }

    private func error(_ syntax: JSONSyntax, at offset: Int? = nil) -> JSONSyntaxError {
        let at = min(offset ?? index, bytes.count)
        // Word processors turn " into “ or ”; the usual message would puzzle anyone who sees quotes there.
        if curlyQuotes.contains(where: { bytes[at...].starts(with: $0) }) {
            return JSONSyntaxError(offset: at, syntax: .curlyQuote)
        }
        return JSONSyntaxError(offset: at, syntax: syntax)
    }

    /// An unclosed string; when a curly quote stands where its closing quote belongs ("Adm”),
    /// that is what to fix, so the error points at it.
    private func unclosed(from start: Int, _ syntax: JSONSyntax, at offset: Int? = nil) -> JSONSyntaxError {
        var position = start + 1
        while position < index {
            if curlyQuotes.contains(where: { bytes[position...].starts(with: $0) }) {
                return JSONSyntaxError(offset: position, syntax: .unclosedByCurlyQuote)
            }
            position += 1
        }
        return error(syntax, at: offset)
    }

    private let curlyQuotes: [[UInt8]] = [[0xE2, 0x80, 0x9C], [0xE2, 0x80, 0x9D], [0xE2, 0x80, 0x98], [0xE2, 0x80, 0x99]]

    /// JSON's white space: space, tab, line feed, carriage return.
    package static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipWhitespace() {
        while let byte = current, Self.isWhitespace(byte) {
            index += 1
        }
    }

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
        let start = index
        guard let byte = current else { throw error(.endInsteadOfValue) }
        switch byte {
        case UInt8(ascii: "{"): return JSONNode(try parseObject(), offset: start)
        case UInt8(ascii: "["): return JSONNode(try parseArray(), offset: start)
        case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), offset: start)
        case UInt8(ascii: "t"): try expectWord("true"); return JSONNode(.bool(true), offset: start)
        case UInt8(ascii: "f"): try expectWord("false"); return JSONNode(.bool(false), offset: start)
        case UInt8(ascii: "n"): try expectWord("null"); return JSONNode(.null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(.number(try parseNumber()), offset: start)
        case UInt8(ascii: "'"):
            throw error(.singleQuotes)
        default:
            throw error(.notAValue)
        }
    }

    private mutating func expectWord(_ word: String) throws(JSONSyntaxError) {
        let start = index
        for expected in word.utf8 {
            guard current == expected else {
                throw error(.bareWord, at: start)
            }
            index += 1
        }
        if let byte = current, isIdentifierByte(byte) {
            throw error(.bareWord, at: start)
        }
    }

    private func isIdentifierByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
    }

    private mutating func enterNesting() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw error(.tooDeep(limit: Self.maximumDepth)) }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONNode.Value {
        try enterNesting()
        defer { depth -= 1 }
        index += 1  // {
        var members: [JSONNode.Member] = []
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else {
                if current == UInt8(ascii: "}") { throw error(.trailingComma(closing: "}")) }
                if current == nil { throw error(.notClosed(closing: "}")) }
                throw error(.expectedKey)
            }
            let keyOffset = index
            let key = try parseString()
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw error(.expectedColon(key: key)) }
            index += 1
            skipWhitespace()
            let value = try parseValue()
            members.append(JSONNode.Member(key: key, keyOffset: keyOffset, value: value))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; return .object(members)
            case nil: throw error(.notClosed(closing: "}"))
            default: throw error(.expectedCommaAfterMember(key: key))
            }
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONNode.Value {
        try enterNesting()
        defer { depth -= 1 }
        index += 1  // [
        var elements: [JSONNode] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            if current == UInt8(ascii: "]") { throw error(.trailingComma(closing: "]")) }
            elements.append(try parseValue())
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; return .array(elements)
            case nil: throw error(.notClosed(closing: "]"))
            default: throw error(.expectedCommaAfterElement)
            }
        }
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let start = index
        if current == UInt8(ascii: "-") { index += 1 }
        guard let first = current, isDigit(first) else { throw error(.expectedDigit) }
        if first == UInt8(ascii: "0") {
            index += 1
            if let next = current, isDigit(next) { throw error(.leadingZero, at: start) }
        } else {
            skipDigits()
        }
        if current == UInt8(ascii: ".") {
            index += 1
            guard let next = current, isDigit(next) else { throw error(.expectedDigitAfterPoint) }
            skipDigits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard let next = current, isDigit(next) else { throw error(.expectedDigitInExponent) }
            skipDigits()
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private mutating func skipDigits() {
        while let byte = current, isDigit(byte) { index += 1 }
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = index
        index += 1  // opening quote
        // Bytes as they stand in the file (already checked as UTF-8 when it was read), with
        // escapes written out; a string without escapes is made from its bytes in one step.
        var escaped: [UInt8]?
        var runStart = index
        while true {
            guard let byte = current else { throw unclosed(from: start, .unclosedString, at: start) }
            switch byte {
            case UInt8(ascii: "\""):
                let run = bytes[runStart..<index]
                index += 1
                guard var text = escaped else { return String(decoding: run, as: UTF8.self) }
                text += run
                return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                escaped = (escaped ?? []) + bytes[runStart..<index]
                escaped!.append(contentsOf: Array(String(try parseEscape()).utf8))
                runStart = index
            case 0x0A, 0x0D:
                throw unclosed(from: start, .lineBreakInString)
            case ..<0x20:
                throw error(.controlInString)
            default:
                index += 1
            }
        }
    }

    private mutating func parseEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let start = index
        index += 1  // backslash
        guard let byte = current else { throw error(.unclosedString) }
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try parseHex4(escapeStart: start)
            if (0xD800...0xDBFF).contains(high) {
                guard current == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                    throw error(.loneHighSurrogate, at: start)
                }
                index += 2
                let low = try parseHex4(escapeStart: start)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw error(.loneHighSurrogate, at: start)
                }
                let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                return Unicode.Scalar(value)!
            }
            guard let scalar = Unicode.Scalar(high) else {
                throw error(.loneLowSurrogate, at: start)
            }
            return scalar
        default:
            let shown = byte < 0x80 ? "'\\\(Character(Unicode.Scalar(byte)))'" : "after '\\'"
            throw error(.unknownEscape(shown), at: start)
        }
    }

    private mutating func parseHex4(escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = hexValue(byte) else {
                throw error(.badUnicodeEscape, at: escapeStart)
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }
}
