import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// The strict JSON parser: what it accepts, and the position and kind of what it refuses.
struct JSONParserTests {
    private func failure(_ text: String) -> (line: Int, column: Int, syntax: JSONSyntax)? {
        do {
            _ = try JSONParser.parse(Array(text.utf8))
            return nil
        } catch {
            let location = SourceText(file: "f", bytes: Array(text.utf8)).location(ofOffset: error.offset)
            return (location.line ?? 0, location.column ?? 0, error.syntax)
        }
    }

    @Test func parsesNestedValuesKeepingKeyOrderAndOffsets() throws {
        let node = try JSONParser.parse(Array(#"{"b": [1, -2.5e3, true, null], "a": "x\u00e6\n"}"#.utf8))
        guard case .object(let members) = node.value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["b", "a"])
        #expect(members[0].value.value == .array([JSONNode(.number("1"), offset: 7), JSONNode(.number("-2.5e3"), offset: 10),
                                                   JSONNode(.bool(true), offset: 18), JSONNode(.null, offset: 24)]))
        #expect(members[1].value.value == .string("xæ\n"))
        #expect(members[1].keyOffset == 31)
    }

    @Test func keepsDuplicateKeysSoTheLoaderCanReportThem() throws {
        let node = try JSONParser.parse(Array(#"{"a": 1, "a": 2}"#.utf8))
        guard case .object(let members) = node.value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["a", "a"])
    }

    @Test func decodesSurrogatePairs() throws {
        let node = try JSONParser.parse(Array(#""\ud83d\ude00""#.utf8))
        #expect(node.value == .string("😀"))
    }

    @Test(arguments: [
        ("{\n  \"a\": 1,\n}", 3, 1, JSONSyntax.trailingComma(closing: "}")),
        ("[1, 2,]", 1, 7, .trailingComma(closing: "]")),
        ("{'a': 1}", 1, 2, .expectedKey),
        ("{\"a\": 'x'}", 1, 7, .singleQuotes),
        ("{\"a\" 1}", 1, 6, .expectedColon(key: "a")),
        ("{\"a\": 1 \"b\": 2}", 1, 9, .expectedCommaAfterMember(key: "a")),
        ("{\"a\": \"open\n}", 1, 12, .lineBreakInString),
        ("{\"a\": 01}", 1, 7, .leadingZero),
        ("{\"a\": NaN}", 1, 7, .notAValue),
        ("{\"a\": tru}", 1, 7, .bareWord),
        ("{\"a\": \"\\x\"}", 1, 8, .unknownEscape("'\\x'")),
        ("{\"a\": \"\\ud800\"}", 1, 8, .loneHighSurrogate),
        ("{\"a\": 1} x", 1, 10, .textAfterValue),
        ("// comment\n{}", 1, 1, .notAValue),
        ("{\"a\": [1, 2", 1, 12, .notClosed(closing: "]")),
        ("{\"æø\": x}", 1, 8, .notAValue),
        ("   ", 1, 4, .noValue),
        ("{\"a\": \"tab\there\"}", 1, 11, .controlInString),
    ])
    func reportsSyntaxErrorsWithTheirPosition(text: String, line: Int, column: Int, syntax: JSONSyntax) {
        let found = failure(text)
        #expect(found?.line == line, "\(text)")
        #expect(found?.column == column, "\(text)")
        #expect(found?.syntax == syntax, "\(text)")
    }

    @Test func refusesNestingDeeperThanTheLimitInsteadOfOverflowingTheStack() {
        let deep = String(repeating: "[", count: 100_000)
        guard case .tooDeep? = failure(deep)?.syntax else { Issue.record("not refused as too deep"); return }
    }

    @Test func passesOverAByteOrderMark() throws {
        let node = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{}".utf8))
        #expect(node.value == .object([]))
    }

    @Test func writerRoundTripsEscapesAndKeepsDanishLettersReadable() throws {
        let text = "æøå \"citat\" \\ \n\t\u{01}"
        let written = JSONWriter.quoted(text)
        #expect(written == #""æøå \"citat\" \\ \n\t\u0001""#)
        #expect(try JSONParser.parse(Array(written.utf8)).value == .string(text))
    }

    @Test func columnsCountCharactersNotBytes() {
        let source = SourceText(file: "f", bytes: Array("æøå\n  x".utf8))
        #expect(source.location(ofOffset: 6) == SourceLocation(file: "f", line: 1, column: 4))
        #expect(source.location(ofOffset: 9) == SourceLocation(file: "f", line: 2, column: 3))
    }

    @Test func findsTheFirstInvalidUTF8Byte() {
        #expect(SourceText.firstInvalidUTF8Offset(Array("ok æ".utf8)) == nil)
        #expect(SourceText.firstInvalidUTF8Offset([0x61, 0xE6, 0x62]) == 1)  // Latin-1 æ
        #expect(SourceText.firstInvalidUTF8Offset([0xC0, 0x80]) == 0)  // overlong
        #expect(SourceText.firstInvalidUTF8Offset([0xED, 0xA0, 0x80]) == 0)  // surrogate
        #expect(SourceText.firstInvalidUTF8Offset([0x61, 0xE2, 0x82]) == 1)  // cut short
    }

    @Test func aCurlyQuoteWhereTheClosingQuoteBelongsIsNamed() throws {
        let found = try ScratchCatalogue.diagnostics(["departments/adm.json": "{\n  \"name\": \"Adm”,\n  \"phone\": \"8810\"\n}\n"])
        #expect(found == ["departments/adm.json:2:15: error [invalid-json]"])
    }
}
