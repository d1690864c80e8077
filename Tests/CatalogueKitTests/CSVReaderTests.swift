import Foundation
import Testing
@testable import CatalogueStorage
@testable import CatalogueExport

/// The one CSV reader behind `import` and `stats`, on the bytes spreadsheet programs and phone systems write.
struct CSVReaderTests {
    private func table(_ bytes: [UInt8], delimiter: Character? = nil) throws -> CSVReader.Table {
        try CSVReader.read(bytes, delimiter: delimiter).get()
    }

    private func table(_ text: String, delimiter: Character? = nil) throws -> CSVReader.Table {
        try table(Array(text.utf8), delimiter: delimiter)
    }

    private func problem(_ bytes: [UInt8]) -> CSVReader.Problem? {
        if case .failure(let problem) = CSVReader.read(bytes) { return problem }
        return nil
    }

    @Test func theDelimiterIsTheOneTheHeaderLineUsesMost() throws {
        #expect(try table("Navn;Telefon\r\nAnne, Kirstine;72 57 73 54\r\n").delimiter == ";")
        #expect(try table("Name,Phone\nAnne;Bo,72577354\n").delimiter == ",")
        #expect(try table("Name\tPhone\nAnne\t8810\n").delimiter == "\t")
        let commas = try table("Name,Phone\nAnne;Bo,72577354\n")
        #expect(commas.rows == [CSVReader.Row(line: 2, fields: ["Anne;Bo", "72577354"])])
        #expect(try table("Navn;Telefon\nA,B;C\n", delimiter: ",").rows[0].fields == ["A", "B;C"])
    }

    @Test func aByteOrderMarkIsDroppedAndSaid() throws {
        let read = try table([0xEF, 0xBB, 0xBF] + Array("Navn;Afdeling\r\nSøren;Miljø\r\n".utf8))
        #expect(read.encoding == .utf8WithByteOrderMark)
        #expect(read.header == ["Navn", "Afdeling"])
        #expect(read.rows[0].fields == ["Søren", "Miljø"])
        #expect(try table("Navn\nÅse\n").encoding == .utf8)
    }

    @Test func bytesThatAreNotUTF8AreReadAsWindows1252AndSaid() throws {
        // "Navn;Område\r\nSøren Bøgh;Miljø – €\r\n" as Danish Excel saves "CSV (semikolonsepareret)".
        let bytes: [UInt8] = Array("Navn;Omr".utf8) + [0xE5] + Array("de\r\nS".utf8) + [0xF8] + Array("ren B".utf8) + [0xF8]
            + Array("gh;Milj".utf8) + [0xF8, 0x20, 0x96, 0x20, 0x80] + Array("\r\n".utf8)
        let read = try table(bytes)
        #expect(read.encoding == .windows1252)
        #expect(read.header == ["Navn", "Område"])
        #expect(read.rows == [CSVReader.Row(line: 2, fields: ["Søren Bøgh", "Miljø – €"])])
    }

    @Test func aQuotedLineBreakStaysInTheFieldAndLaterRowsKeepTheirLineNumbers() throws {
        let read = try table("Opgave;Beskrivelse\r\nByggesag;\"Første linje.\r\n\r\nAnden \"\"linje\"\"; slut.\"\r\nNedrivning;Kort.\r\n")
        #expect(read.rows == [
            CSVReader.Row(line: 2, fields: ["Byggesag", "Første linje.\n\nAnden \"linje\"; slut."]),
            CSVReader.Row(line: 5, fields: ["Nedrivning", "Kort."]),
        ])
    }

    @Test func everyLineEndCountsAndTheLastLineNeedsNone() throws {
        #expect(try table("A;B\rx;y\r").rows == [CSVReader.Row(line: 2, fields: ["x", "y"])])
        #expect(try table("A;B\nx;y").rows == [CSVReader.Row(line: 2, fields: ["x", "y"])])
        #expect(try table("A;B\nx;").rows == [CSVReader.Row(line: 2, fields: ["x", ""])])
    }

    @Test func rowsThatHoldNothingAreLeftOut() throws {
        let read = try table("Navn;Telefon\r\n;;\r\nAnne;8810\r\n  ; \r\n")
        #expect(read.rows == [CSVReader.Row(line: 3, fields: ["Anne", "8810"])])
    }

    @Test func aQuoteInsideAnUnquotedFieldIsText() throws {
        #expect(try table("A;B\n12\" skærm;x\n").rows[0].fields == ["12\" skærm", "x"])
    }

    @Test func whatCannotBeReadIsSaidWithItsLine() {
        #expect(problem(Array("A;B\nx;\"åben\ny;z\n".utf8)) == .unclosedQuote(line: 2))
        #expect(problem(Array("A;B\nx;y\n\"a\"b;c\n".utf8)) == .textAfterQuote(line: 3))
        #expect(problem(Array("A;B\nx;y\n".utf8) + [0x81, 0x0A]) == .notText(line: 3, byte: 0x81))
        #expect(problem(Array("A;B\nx;y\n".utf8) + [0x00]) == .notText(line: 3, byte: 0))
        #expect(problem([0xFF, 0xFE, 0x41, 0x00]) == .utf16)
        #expect(problem(Array("Navn\nAnne\nSÃ¸ren\n".utf8)) == .convertedTwice(line: 3))
        #expect(problem(Array("Navn\nÃ…se\n".utf8)) == .convertedTwice(line: 2))
        // Found by the fuzzer: UTF-8 "ø" pasted into a Windows-1252 file ("Bøgh" in cp1252 on line 2).
        #expect(problem(Array("Navn\nB".utf8) + [0xF8] + Array("gh\nMilj".utf8) + [0xC3, 0xB8, 0x0A]) == .convertedTwice(line: 3))
        #expect(problem([]) == .empty)
        #expect(problem([0xEF, 0xBB, 0xBF]) == .empty)
    }

    @Test func blanksAfterAClosingQuoteArePadding() throws {
        #expect(try table("A;B\n\"x\"  ;y\n").rows[0].fields == ["x", "y"])
    }

    @Test func aCellTheExcelExportProtectedReadsBackAsItWas() {
        for value in ["+45 72 57 73 54", "-", "=SUM(A1)", "@navn", "'citat'", "Anne", ""] {
            #expect(CSV.unneutralised(CSV.neutralised(value)) == value, "\(value)")
        }
        #expect(CSV.unneutralised("'Anne") == "'Anne", "an apostrophe before plain text is the text's own")
    }

    @Test func aQuoteFollowedByACombiningMarkIsStillQuotedWhenWritten() throws {
        // Found by the fuzzer: `"` + U+06E3 is one Character, which the writer did not take for a quote.
        let value = ".\"\u{06E3}\""
        let written = CSV.field(value, delimiter: ";")
        #expect(written == "\".\"\"\u{06E3}\"\"\"")
        #expect(try table("A\r\n" + written + "\r\n").rows[0].fields == [value])
    }
}
