/// A line of a plan file that could not be read, wholly or in part, and what is wrong with it.
public struct KLEPlanProblem: Hashable, Sendable {
    /// What is wrong with a line.
    public enum Kind: Hashable, Sendable {
        /// A field the format requires is missing: `KLENummer='`, `':KLETitel='` or `':Keywords[Weight]='`,
        /// named without its punctuation. The line is skipped.
        case missingField(String)
        /// The number is not a topic number `NN.NN.NN`; the text is what the line has. The line is skipped.
        case notATopicNumber(String)
        /// The title is empty. The line is skipped.
        case emptyTitle
        /// A term is not written `text[weight]`; the text is the term as written. The line's other terms are read.
        case malformedTerm(String)
        /// The number was read before, on `firstLine`; this line is skipped.
        case duplicateNumber(KLENumber, firstLine: Int)
        /// The line is not valid UTF-8. It is skipped.
        case notUTF8
    }

    /// The 1-based line number in the file.
    public let line: Int
    /// What is wrong.
    public let kind: Kind

    /// A problem on this line.
    public init(line: Int, kind: Kind) {
        self.line = line
        self.kind = kind
    }
}

/// Reads OS2KLE's line format: `KLENummer='09.13.01':KLETitel='Rottebekæmpelse':Keywords[Weight]=term[5];…`.
/// It never throws: a line it cannot read becomes a `KLEPlanProblem` and the rest of the file is read.
enum KLEPlanReader {
    /// The topics of a plan file in plan order, each number once, and the problems of its lines in line order.
    /// `isUTF8` says the bytes are known to be valid UTF-8 (they come from a String), so they need no check.
    static func read(_ bytes: [UInt8], isUTF8: Bool, checkingTerms: Bool = true) -> (topics: [KLETopic], problems: [KLEPlanProblem]) {
        var read: [(topic: KLETopic, line: Int)] = []
        var problems: [KLEPlanProblem] = []
        // Only a file that is not UTF-8 as a whole pays for checking line by line.
        let checkLines = !isUTF8 && String(validating: bytes, as: UTF8.self) == nil
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var lineNumber = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            lineNumber += 1
            var line = bytes[start..<end]
            start = end + 1
            // A file saved on Windows ends its lines with CR LF.
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) { continue }
            if checkLines, String(validating: line, as: UTF8.self) == nil {
                problems.append(KLEPlanProblem(line: lineNumber, kind: .notUTF8))
            } else if let topic = topic(line, lineNumber: lineNumber, checkingTerms: checkingTerms, problems: &problems) {
                read.append((topic, lineNumber))
            }
        }
        // OS2KLE writes its topics in order, so the sort is normally skipped; a hand-edited file may not be.
        if !read.indices.dropFirst().allSatisfy({ read[$0 - 1].topic.number < read[$0].topic.number }) {
            read.sort { ($0.topic.number, $0.line) < ($1.topic.number, $1.line) }
        }
        var topics: [KLETopic] = []
        topics.reserveCapacity(read.count)
        var firstLine = 0
        for (topic, line) in read {
            if topics.last?.number == topic.number {
                problems.append(KLEPlanProblem(line: line, kind: .duplicateNumber(topic.number, firstLine: firstLine)))
            } else {
                topics.append(topic)
                firstLine = line
            }
        }
        return (topics, problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element))
    }

    /// The topic of one line, or nil with the reason added to `problems`.
    static func topic(_ line: ArraySlice<UInt8>, lineNumber: Int, checkingTerms: Bool = true, problems: inout [KLEPlanProblem]) -> KLETopic? {
        func report(_ kind: KLEPlanProblem.Kind) { problems.append(KLEPlanProblem(line: lineNumber, kind: kind)) }
        func problem(_ kind: KLEPlanProblem.Kind) -> KLETopic? {
            report(kind)
            return nil
        }
        guard line.starts(with: numberField) else { return problem(.missingField("KLENummer")) }
        let afterNumberField = line.startIndex + numberField.count
        guard let titleField = range(of: titleField, in: line[afterNumberField...]) else {
            return problem(.missingField("KLETitel"))
        }
        guard let keywordsField = range(of: keywordsField, in: line[titleField.upperBound...]) else {
            return problem(.missingField("Keywords[Weight]"))
        }
        let numberText = string(line[afterNumberField..<titleField.lowerBound])
        guard let number = KLENumber(numberText), number.level == .topic else {
            return problem(.notATopicNumber(numberText))
        }
        let title = string(line[titleField.upperBound..<keywordsField.lowerBound])
        guard !title.isEmpty else { return problem(.emptyTitle) }
        let keywords = line[keywordsField.upperBound...]
        if checkingTerms {
            forEachPiece(of: keywords) { piece in
                if term(piece) == nil { report(.malformedTerm(string(piece))) }
            }
        }
        return KLETopic(number: number, title: title, keywords: keywords)
    }

    /// The text (spaces at either end trimmed) and weight of a term written `text[weight]`, or nil when it is
    /// not written so.
    static func term(_ piece: ArraySlice<UInt8>) -> (text: ArraySlice<UInt8>, weight: Int)? {
        guard piece.last == UInt8(ascii: "]"), let open = piece.lastIndex(of: UInt8(ascii: "[")) else { return nil }
        let digits = piece[(open + 1)..<(piece.endIndex - 1)]
        guard (1...9).contains(digits.count), digits.allSatisfy(isDigit) else { return nil }
        var text = piece[..<open]
        while text.first == UInt8(ascii: " ") { text = text.dropFirst() }
        while text.last == UInt8(ascii: " ") { text = text.dropLast() }
        guard !text.isEmpty else { return nil }
        return (text, digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) })
    }

    /// True for the classifier's internal codes (`ok01`, `ha 004`, `fd005a_eng`), which are not words a person
    /// uses: weight 1000 or more, at least one part holding a digit, and every part either holding a digit or at
    /// most three letters long. Weight-1000 phrases such as `lov om leje af almene boliger` are kept.
    static func isInternalCode(_ text: ArraySlice<UInt8>, weight: Int) -> Bool {
        guard weight >= 1000 else { return false }
        let parts = text.split { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "_") }
        let hasDigit = { (part: ArraySlice<UInt8>) in part.contains(where: isDigit) }
        return parts.contains(where: hasDigit) && parts.allSatisfy { hasDigit($0) || $0.count <= 3 }
    }

    /// Calls `body` with each non-empty piece of keywords between semicolons, without collecting them first.
    static func forEachPiece(of keywords: ArraySlice<UInt8>, _ body: (ArraySlice<UInt8>) -> Void) {
        var start = keywords.startIndex
        while start < keywords.endIndex {
            let end = keywords[start...].firstIndex(of: UInt8(ascii: ";")) ?? keywords.endIndex
            if end > start { body(keywords[start..<end]) }
            start = end + 1
        }
    }

    /// True for an ASCII digit.
    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// The bytes as text (valid UTF-8: `read` has skipped lines that are not).
    private static func string(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    /// Where `pattern` first occurs in `bytes`.
    private static func range(of pattern: [UInt8], in bytes: ArraySlice<UInt8>) -> Range<Int>? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = bytes.startIndex
        while let candidate = bytes[index...].firstIndex(of: first), candidate + pattern.count <= bytes.endIndex {
            if bytes[candidate..<(candidate + pattern.count)].elementsEqual(pattern) {
                return candidate..<(candidate + pattern.count)
            }
            index = candidate + 1
        }
        return nil
    }

    private static let numberField = Array("KLENummer='".utf8)
    // A title may hold an apostrophe, so it ends only where the next field begins.
    private static let titleField = Array("':KLETitel='".utf8)
    private static let keywordsField = Array("':Keywords[Weight]=".utf8)
}
