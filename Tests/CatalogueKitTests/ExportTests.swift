import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing
@testable import CatalogueExport

/// The three publications of a small fixture catalogue, compared with golden files that were
/// reviewed by eye. Set CATALOGUE_RECORD_GOLDEN=1 to re-record them: the run then fails on
/// purpose, so a new baseline is never accepted without a second, reviewed run.
struct GoldenFileTests {
    static let fixture = projectRoot.appendingPathComponent("Tests/CatalogueKitTests/Fixtures/small")
    static let goldenFolder = projectRoot.appendingPathComponent("Tests/CatalogueKitTests/Golden")
    static let date = CalendarDay(year: 2026, month: 11, day: 22)

    static func loadFixture() -> Catalogue {
        let loaded = CatalogueReader.load(fixture)
        precondition(!Validator.check(loaded).hasErrors, "the golden fixture must be valid")
        return loaded.catalogue
    }

    @Test(arguments: ["internal.html", "external.html", "external-fragment.html", "switchboard.csv", "switchboard-excel.csv",
                      "switchboard-people.csv", "switchboard-people-excel.csv", "switchboard-people-3cx.csv",
                      "switchboard-people-yeastar.csv", "switchboard-people-wazo.csv", "switchboard-people-wazo-legacy.csv", "switchboard-people-freepbx.csv"])
    func exportMatchesItsGoldenFile(name: String) throws {
        let catalogue = Self.loadFixture()
        let relations = Relations(catalogue)
        let publicPart = ExternalFilter.publicPart(of: relations)
        let rendered: String = switch name {
        case "internal.html": InternalCatalogue.render(relations, date: Self.date)
        case "external.html": ExternalPage.page(publicPart, date: Self.date)
        case "external-fragment.html": ExternalPage.fragment(publicPart, date: Self.date)
        case "switchboard.csv": SwitchboardList.render(relations, dialect: .standard)
        case "switchboard-excel.csv": SwitchboardList.render(relations, dialect: .excel)
        case "switchboard-people-excel.csv": StaffDirectory.render(relations, profile: .generic, dialect: .excel).text
        default:
            StaffDirectory.render(relations, profile: try #require(PhoneProfile.allCases.first { $0.fileName == name }), dialect: .standard).text
        }
        let golden = Self.goldenFolder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["CATALOGUE_RECORD_GOLDEN"] != nil {
            try CatalogueWriter.write(rendered, to: golden)
            Issue.record("re-recorded \(name): review it (git diff), then run the tests again without CATALOGUE_RECORD_GOLDEN")
            return
        }
        // Bytes, not String(contentsOf:), which would drop the Excel variant's byte-order mark.
        let expected = try Data(contentsOf: golden)
        #expect(Data(rendered.utf8) == expected, "\(name) differs from its golden file; if the change is intended, re-record with CATALOGUE_RECORD_GOLDEN=1 and review the diff")
    }

    @Test func theSameCatalogueAndDateGiveTheSameBytes() throws {
        let catalogue = CatalogueReader.load(defaultCatalogue).catalogue
        #expect(InternalCatalogue.render(Relations(catalogue), date: Self.date) == InternalCatalogue.render(Relations(catalogue), date: Self.date))
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let first = run(["export", "--catalogue", defaultCatalogue.path, "--out", scratch.root.appendingPathComponent("a").path, "--date", "2026-11-22"], in: scratch.root)
        let second = run(["export", "--catalogue", defaultCatalogue.path, "--out", scratch.root.appendingPathComponent("b").path, "--date", "2026-11-22"], in: scratch.root)
        #expect(first.status == 0 && second.status == 0)
        for name in ["internal.html", "external.html", "external-fragment.html", "switchboard.csv", "switchboard-people.csv"] {
            let a = try Data(contentsOf: scratch.root.appendingPathComponent("a/\(name)"))
            let b = try Data(contentsOf: scratch.root.appendingPathComponent("b/\(name)"))
            #expect(a == b, "\(name) differs between two runs")
        }
    }
}

/// `catalogue export` as a user runs it.
struct ExportCommandTests {
    @Test func exportRefusesACatalogueWithErrorsAndWritesNothing() throws {
        let scratch = try ScratchCatalogue(["employees/bb.json": "{\"name\": \"Bo\", \"title\": \"T\", \"department\": \"nowhere\"}"])
        defer { scratch.remove() }
        let result = run(["export"], in: scratch.root)
        #expect(result.status == 1)
        #expect(diagnosticCodes(result.stderr) == ["employees/bb.json:1:44: error [unknown-reference]"])
        #expect(result.stderr.hasSuffix(errorLine(.exportRefused(errors: 1)) + "\n"))
        #expect(!FileManager.default.fileExists(atPath: scratch.root.appendingPathComponent("out").path))
    }

    @Test func exportWritesOnlyWhatIsAskedFor() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let out = scratch.root.path + "-out"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = run(["export", "switchboard", "--excel", "--date", "2026-01-31", "--out", out], in: scratch.root)
        #expect(result.status == 0)
        func wrote(_ name: String) throws -> Message {
            let size = try #require(FileManager.default.attributesOfItem(atPath: out + "/" + name)[.size] as? Int)
            return .wrote(path: "\(out)/\(name)", size: size.formatted(.byteCount(style: .file)))
        }
        #expect(result.stdout == said(try wrote("switchboard.csv"), try wrote("switchboard-people.csv")))
        let files = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(files.sorted() == ["switchboard-people.csv", "switchboard.csv"])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out + "/switchboard.csv"))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
    }

    @Test func exportRefusesToWriteIntoTheCatalogue() throws {
        // An out/ folder inside the catalogue would make the next check fail.
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let result = run(["export"], in: scratch.root)
        #expect(result.status == 1)
        #expect(result.stderr == errorLine(.outputInsideCatalogue(folder: "out", catalogue: nil)) + "\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.root.appendingPathComponent("out").path))
    }

    @Test func exportSeesThroughALinkIntoTheCatalogue() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let link = scratch.root.path + "-link"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: scratch.root.path)
        defer { try? FileManager.default.removeItem(atPath: link) }
        let result = run(["export", "--catalogue", scratch.root.path, "--out", link + "/out"], in: projectRoot)
        #expect(result.status == 1)
        #expect(result.stderr == errorLine(.outputInsideCatalogue(folder: link + "/out", catalogue: scratch.root.path + "/")) + "\n")
    }

    @Test(arguments: ["2026-02-30", "22-11-2026", "2026-13-01", "i dag", "+999-01-01", "2026-+1-+5"])
    func exportRefusesADateThatIsNotADay(text: String) {
        let result = run(["export", "--date", text], in: projectRoot)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix(errorLine(.badDate(option: "--date", text: text)) + "\n"))
    }

    @Test func unknownPublicationIsAUsageError() {
        #expect(run(["export", "brochure"], in: projectRoot).status == 64)
    }

    @Test func theFragmentLeavesTitleSkipLinkAndStatementToTheCMSPage() {
        let publicPart = ExternalFilter.publicPart(of: Relations(GoldenFileTests.loadFixture()))
        let page = ExternalPage.page(publicPart, date: GoldenFileTests.date)
        let fragment = ExternalPage.fragment(publicPart, date: GoldenFileTests.date)
        #expect(page.components(separatedBy: "<h1").count == 2)
        #expect(!fragment.contains("<h1"))
        #expect(page.contains("id=\"kat-indhold\"") && !fragment.contains("id=\"kat-indhold\""))
        #expect(page.contains("Tilgængelighedserklæring") && !fragment.contains("Tilgængelighedserklæring"))
        #expect(!fragment.contains("<html") && !fragment.contains("<head") && !fragment.contains("<main"))
    }

    @Test func datesAreWrittenTheDanishWay() {
        #expect(Strings.for(.danish).date(CalendarDay(year: 2026, month: 11, day: 22)) == "22. november 2026")
        #expect(Strings.for(.english).date(CalendarDay(year: 2026, month: 5, day: 1)) == "1 May 2026")
    }

    @Test func englishCatalogueGetsEnglishTexts() throws {
        var catalogue = GoldenFileTests.loadFixture()
        catalogue.settings.language = .english
        let html = InternalCatalogue.render(Relations(catalogue), date: GoldenFileTests.date)
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("How to use this catalogue"))
        #expect(!html.contains("Sådan bruger du kataloget"))
        #expect(SwitchboardList.render(Relations(catalogue), dialect: .standard).hasPrefix("Topic,Keywords,Area,"))
    }
}

/// CSV by RFC 4180, safe to open in a spreadsheet.
struct CSVTests {
    @Test func fieldsAreQuotedExactlyWhenTheyMustBe() {
        #expect(CSV.field("plain", delimiter: ",") == "plain")
        #expect(CSV.field("a,b", delimiter: ",") == "\"a,b\"")
        #expect(CSV.field("a;b", delimiter: ",") == "a;b")
        #expect(CSV.field("a;b", delimiter: ";") == "\"a;b\"")
        #expect(CSV.field("say \"hi\"", delimiter: ",") == "\"say \"\"hi\"\"\"")
        #expect(CSV.field("two\nlines", delimiter: ",") == "\"two\nlines\"")
        #expect(CSV.field("cr\rhere", delimiter: ",") == "\"cr\rhere\"")
        #expect(CSV.field("crlf\r\nhere", delimiter: ",") == "\"crlf\r\nhere\"")
    }

    @Test(arguments: ["=1+1", "+45 1234", "-2", "@SUM(A1)", "\tx", "\rx", "＝1+1", "＋45 1234", "－2", "＠SUM(A1)"])
    func cellsASpreadsheetWouldRunAreNeutralised(text: String) {
        #expect(CSV.neutralised(text) == "'" + text)
    }

    @Test func ordinaryCellsAreLeftAlone() {
        #expect(CSV.neutralised("72577354") == "72577354")
        #expect(CSV.neutralised("Byggesag - erhverv") == "Byggesag - erhverv")
    }

    @Test func documentEndsEveryRowWithCRLFAndExcelGetsABOMAndSemicolons() {
        #expect(CSV.document(header: ["a", "b"], rows: [["1", "x;y"]], dialect: .standard) == "a,b\r\n1,x;y\r\n")
        #expect(CSV.document(header: ["a", "b"], rows: [["1", "x;y"]], dialect: .excel) == "\u{FEFF}a;b\r\n1;\"x;y\"\r\n")
    }

}

/// Pieces of HTML that carry text no page may run.
struct HTMLNodeTests {
    @Test func dataForAScriptNeverEndsItsElement() {
        // Every "</" becomes "<\/", which JSON reads as the same "/", byte by byte.
        let json = #"{"a":"</script><</ </","b":"<\/ /< <x/>"}"#
        #expect(HTMLNode.scriptData(json).html == #"{"a":"<\/script><<\/ <\/","b":"<\/ /< <x/>"}"#)
        #expect(HTMLNode.scriptData("").html == "")
        #expect(HTMLNode.scriptData("æ</ø").html == "æ<\\/ø")
    }
}
