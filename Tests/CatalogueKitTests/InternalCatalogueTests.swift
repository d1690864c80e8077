import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing
@testable import CatalogueExport

/// The internal catalogue's settings-driven parts: the corrections line, the logo, and the
/// organisation overview.
struct InternalCatalogueTests {
    private static let date = CalendarDay(year: 2026, month: 11, day: 22)

    @Test func theCorrectionsLineCannotEndTheStyleSheetItIsPrintedFrom() {
        var catalogue = GoldenFileTests.loadFixture()
        catalogue.settings.corrections = "x\"; } </style><script>alert(1)</script> \\ æ"
        let html = InternalCatalogue.render(Relations(catalogue), date: Self.date)
        #expect(!html.contains("<script>alert"))
        #expect(html.components(separatedBy: "</style>").count == 3, "two style elements, each closed once")
        #expect(html.contains("content: \"Fejl og \\e6 ndringer meldes til\\3a  x\\22 \\3b  \\7d  \\3c \\2f style\\3e \\3c script\\3e alert\\28 1\\29 \\3c \\2f script\\3e  \\5c  \\e6 \";"))
        #expect(html.contains("<p class=\"corrections\">Fejl og ændringer meldes til: x\"; } &lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt; \\ æ</p>"))
    }

    @Test func aLogoIsEmbeddedAsAnImageFromTheCatalogueFolder() throws {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>"
        let scratch = try ScratchCatalogue(["logo.svg": svg])
        defer { scratch.remove() }
        #expect(scratch.run(["set", "settings", "--logo", "logo.svg"]).status == 0)
        let loaded = CatalogueReader.load(scratch.root)
        #expect(loaded.diagnostics == [])
        let logo = try #require(loaded.logo)
        #expect(logo.format == .svg)
        let html = InternalCatalogue.render(Relations(loaded.catalogue), date: Self.date, logo: logo)
        // Through <img>, an SVG's script never runs; the markup never appears in the page.
        #expect(html.contains("<img class=\"logo\" src=\"data:image/svg+xml;base64,\(Data(svg.utf8).base64EncodedString())\" alt=\"\">"))
        #expect(!html.contains("alert(1)"))
        // The external page's header shows it too; the fragment goes into a CMS page that has the site's own.
        let publicPart = ExternalFilter.publicPart(of: Relations(loaded.catalogue), logo: logo)
        #expect(ExternalPage.page(publicPart, date: Self.date).contains("<img class=\"kat-logo\" src=\"data:image/svg+xml;base64,"))
        #expect(!ExternalPage.fragment(publicPart, date: Self.date).contains("kat-logo\" src"))
    }

    @Test func aLogoThatIsMissingTooLargeOrNotAnImageIsAnErrorAtTheSetting() throws {
        let settings = try #require(ScratchCatalogue.validFiles["catalogue.json"]).replacingOccurrences(of: "\"language\": \"da\"", with: "\"language\": \"da\",\n  \"logo\": \"%@\"")
        func errors(_ name: String, _ files: [String: String?] = [:]) throws -> [String] {
            try ScratchCatalogue.diagnostics(files.merging(["catalogue.json": settings.replacingOccurrences(of: "%@", with: name)]) { $1 })
        }
        #expect(try errors("nope.png") == ["catalogue.json:6:11: error [logo-missing]"])
        #expect(try errors("tasks/x.png") == ["catalogue.json:6:11: error [logo-outside]"])
        #expect(try errors("logo.png", ["logo.png": "GIF89a..."]) == ["catalogue.json:6:11: error [logo-not-an-image]"])
        #expect(try errors("logo.svg", ["logo.svg": "<svg>" + String(repeating: " ", count: 210 * 1024) + "</svg>"])
                == ["catalogue.json:6:11: error [logo-too-large]"])
    }

    @Test func theOrganisationOverviewCountsEachUnitWithItsTeams() {
        let html = InternalCatalogue.render(Relations(GoldenFileTests.loadFixture()), date: Self.date)
        #expect(html.contains("<tr class=\"depth-0\"><td><a href=\"#department-adm\">Teknik &amp; Miljø</a></td><td><a href=\"tel:+4572577000\" class=\"tel\">72 57 70 00</a></td><td class=\"count\">4</td></tr>"))
        // A team without its own phone shows the one calls go to: its parent's.
        #expect(html.contains("<tr class=\"depth-1\"><td><a href=\"#department-it\">IT-service</a></td><td><a href=\"tel:+4572577000\" class=\"tel\">72 57 70 00</a></td><td class=\"count\">1</td></tr>"))
    }

    @Test func exportPDFSaysHowToInstallAnEngineWhenThereIsNone() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = run(["export", "pdf", "--out", out.path], in: projectRoot, environment: ["PATH": "/nonexistent"])
        #expect(result.status == 1)
        #expect(result.stderr == errorLine(.noPDFEngine(wanted: nil)) + "\n")
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written when the PDF cannot be made")
        #expect(run(["export", "pdf", "--engine", "prince"], in: projectRoot).status == 64)
        #expect(run(["export", "all", "--engine", "chromium"], in: projectRoot).status == 64)
    }

    @Test(.enabled(if: PDFEngine.find(.chromium, environment: ProcessInfo.processInfo.environment) != nil, "Chromium is not installed"))
    func exportPDFPrintsTheInternalCatalogueWithChromium() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = run(["export", "pdf", "--engine", "chromium", "--out", out.path, "--date", "2026-11-22"], in: projectRoot,
                         environment: ProcessInfo.processInfo.environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\(out.path)/internal.pdf"))
        let pdf = try Data(contentsOf: out.appendingPathComponent("internal.pdf"))
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(pdf.count > 100_000)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func theIntranetVersionSearchesTasksWithTheExternalPagesScriptAndFolding() {
        let html = InternalCatalogue.render(Relations(GoldenFileTests.loadFixture()), date: Self.date)
        #expect(html.contains("<div class=\"kat-filter\" hidden"), "hidden until the script shows it")
        #expect(html.contains(ExternalScript.parts.map(\.description).joined()))
        // Internal notes, KLE numbers and descriptions are searchable here, folded like `find` folds them.
        #expect(html.contains("<article id=\"task-byggetilladelse\" class=\"task kat-task\" data-search=\"byggetilladelse til erhverv byggeri"))
        #expect(html.contains("kat-katalog"))
    }
}
