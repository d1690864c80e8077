import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing
@testable import CatalogueSearch
@testable import CatalogueExport

/// The external version as a CMS page receives it: a style that no host CSS can reach, tasks
/// that open with `<details>`, and a live search that folds text exactly as `catalogue find` does.
struct ExternalPageTests {
    static func fixtureOutputs() -> (page: String, fragment: String) {
        let publicPart = ExternalFilter.publicPart(of: Relations(GoldenFileTests.loadFixture()))
        return (ExternalPage.page(publicPart, date: GoldenFileTests.date), ExternalPage.fragment(publicPart, date: GoldenFileTests.date))
    }

    @Test func externalCSSMatchesItsGoldenFileAndIsTheFragmentsStyle() throws {
        let css = ExternalPage.styleSheet()
        let golden = GoldenFileTests.goldenFolder.appendingPathComponent("external.css")
        if ProcessInfo.processInfo.environment["CATALOGUE_RECORD_GOLDEN"] != nil {
            try CatalogueWriter.write(css, to: golden)
            Issue.record("re-recorded external.css: review it (git diff), then run the tests again without CATALOGUE_RECORD_GOLDEN")
            return
        }
        #expect(Data(css.utf8) == (try Data(contentsOf: golden)), "external.css differs from its golden file")
        // One style, two ways to deliver it: the file is the fragment's <style>, after a comment line.
        let style = Self.fixtureOutputs().fragment.components(separatedBy: "</style>")[0].dropFirst("<style>\n".count)
        #expect(css.hasSuffix(String(style)) && css.hasPrefix("/* "))
    }

    @Test func everyClassNameCarriesTheProjectPrefix() throws {
        for output in [Self.fixtureOutputs().page, Self.fixtureOutputs().fragment] {
            let classes = try Self.matches(of: #"class="([^"]*)""#, in: output).flatMap { $0.split(separator: " ") }
            #expect(!classes.isEmpty)
            #expect(classes.filter { !$0.hasPrefix("kat-") } == [], "class names without the kat- prefix")
        }
    }

    @Test func theStyleNeverDependsOnTheHostsRootFontSize() {
        let css = ExternalPage.styleSheet()
        #expect(!css.contains("rem"), "rem follows the host page's html font-size")
        #expect(css.contains("font: normal 400 medium/1.5"))
        // Every rule starts from the root's id, so the host's element and class rules weigh less.
        let selectors = css.split(separator: "\n").filter { $0.hasSuffix("{") && !$0.hasPrefix("@") && !$0.hasPrefix("  ") }
        #expect(!selectors.isEmpty)
        for line in selectors {
            #expect(line.split(separator: ",").allSatisfy { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#kat-katalog") }, "\(line)")
        }
    }

    /// A CMS page has ids of its own (`indhold`, `emner`, a search field): every id the fragment and the page
    /// define, and every reference to one, starts with `kat-`, as every class does. Found before: `en-indgang`,
    /// `opgavefilter`, `filter-hint`, `emner`, `omraader-nav` and the task and area anchors.
    @Test func everyIdAndEveryReferenceToOneStartsWithTheFragmentsPrefix() {
        let outputs = Self.fixtureOutputs()
        for html in [outputs.fragment, outputs.page] {
            for attribute in ["id", "for", "aria-labelledby", "aria-describedby", "href=\"#"] {
                let marker = attribute.hasPrefix("href") ? attribute : attribute + "=\""
                let values = html.components(separatedBy: marker).dropFirst().compactMap { $0.split(separator: "\"").first }
                #expect(!values.isEmpty || attribute == "aria-describedby")
                #expect(values.allSatisfy { $0.hasPrefix("kat-") }, "\(attribute): \(values.filter { !$0.hasPrefix("kat-") })")
            }
        }
    }

    /// DKFDS, the Danish design system, draws list bullets with `ul > li::before`: the fragment's style takes every
    /// `::before` and `::after` back to the browser's (none), with its root's id, so no host rule reaches them.
    @Test func theStyleRevertsGeneratedContentBeforeAndAfterEveryElement() {
        #expect(ExternalStyle.sheet.description.contains("#kat-katalog, #kat-katalog *, #kat-katalog *::before, #kat-katalog *::after { all: revert; }"))
    }

    @Test func aTaskShowsTitleAndContactAndOpensTheRestFromASummary() throws {
        let fragment = Self.fixtureOutputs().fragment
        let article = try #require(fragment.components(separatedBy: "<article id=\"kat-opgave-byggetilladelse\"").dropFirst().first?
            .components(separatedBy: "</article>").first)
        let summary = try #require(article.range(of: "<details class=\"kat-more\"><summary>Læs mere om opgaven</summary>"))
        let before = article[..<summary.lowerBound], after = article[summary.upperBound...]
        #expect(before.contains("<h3>Byggetilladelse til erhverv</h3>"))
        #expect(before.contains("<span class=\"kat-name\">Anne Kær</span>") && before.contains("<p class=\"kat-contact\">"))
        #expect(after.contains("Vi behandler ansøgninger om byggetilladelse.") && after.contains("Søg på Byg og Miljø")
                && after.contains("Stikord: "))
    }

    @Test func theSearchTextHoldsTitleNamesAndDepartmentThenDescriptionKeywordsAndLinksFolded() {
        let fragment = Self.fixtureOutputs().fragment
        #expect(fragment.contains("data-search=\"byggetilladelse til erhverv byggeri anne ker bo orum\""))
        #expect(fragment.contains("data-search-more=\"vi behandler ansogninger om byggetilladelse for du soger tal med os projektet find matrikelnummeret sum 1 byggeansogning tilbygning sog pa byg og miljo\""))
    }

    @Test(arguments: 0..<20)
    func noNonPublicValueReachesTheSearchTextEvenFolded(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let (catalogue, secrets, _) = ExternalFilterTests.generatedCatalogue(&generator)
        let publicPart = ExternalFilter.publicPart(of: Relations(catalogue))
        let date = CalendarDay(year: 2026, month: 1, day: 2)
        for output in [ExternalPage.page(publicPart, date: date), ExternalPage.fragment(publicPart, date: date)] {
            let folded = TextFolding.fold(output)
            for secret in secrets {
                #expect(!folded.contains(TextFolding.fold(secret)), "non-public value \(secret) appears folded (seed \(seed))")
            }
        }
    }

    // MARK: One folding table

    /// The source of `ExternalScript+FoldingTable.swift`, written from `TextFolding.table`.
    static func foldingTableSource() -> String {
        let rows = TextFolding.table.map { rule -> String in
            precondition(rule.from.value <= 0xFFFF && rule.to.allSatisfy(\.isASCII), "a rule the generator cannot write as \\uXXXX")
            return "            \"\(String(format: "\\u%04x", rule.from.value))\": \"\(rule.to)\","
        }
        let loose = TextFolding.looseSpellings.map { "[\"\($0.from)\", \"\($0.to)\"]" }.joined(separator: ", ")
        return """
            // Generated from `TextFolding.table` by ExternalPageTests; do not edit by hand. After a change
            // to the table, run `CATALOGUE_RECORD_GOLDEN=1 swift test --filter ExternalPageTests` (that run
            // fails on purpose), review the diff, and run the tests again.

            extension ExternalScript {
                /// `TextFolding.table` as JavaScript: each letter (as a \\u escape, so the script is ASCII) and what it folds to;
                /// then `TextFolding.looseSpellings`, the spellings words are compared in.
                static let foldingTable: StaticString = #\"\"\"
                      var FOLD = {
            \(rows.joined(separator: "\n"))
                      };
                      var LOOSE = [\(loose)];

                    \"\"\"#
            }

            """
    }

    @Test func theScriptsFoldingTableIsGeneratedFromTextFoldingTable() throws {
        let file = projectRoot.appendingPathComponent("Sources/CatalogueExport/ExternalScript+FoldingTable.swift")
        if ProcessInfo.processInfo.environment["CATALOGUE_RECORD_GOLDEN"] != nil {
            try CatalogueWriter.write(Self.foldingTableSource(), to: file)
            Issue.record("re-generated ExternalScript+FoldingTable.swift: review it (git diff), rebuild, then run the tests again")
            return
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.foldingTableSource(),
                "the page's folding table is not TextFolding.table: re-generate it with CATALOGUE_RECORD_GOLDEN=1")
        #expect(Self.fixtureOutputs().fragment.contains(ExternalScript.foldingTable.description + ExternalScript.folding.description))
    }

    static let node: URL? = ["/usr/bin/node", "/usr/local/bin/node", "/opt/homebrew/bin/node"]
        .map(URL.init(fileURLWithPath:)).first { FileManager.default.isExecutableFile(atPath: $0.path) }

    static let samples = [
        "Café", "CAFE", "café", "Æblegården", "Ørum", "Ålborg", "Aalborg", "A\u{30A}lborg", "Müller", "Straße", "Łódź", "Þórður",
        "byggeansøgning", "Crème brûlée", "naïve résumé", "İstanbul", "Ærø-færgen 2026", "=SUM(1+1)", "ÆØÅ æøå", "½ ① Ⅻ",
        "Σίσυφος", "ǅemal", "ﬁl", "ÄÖÜ äöü", "Œuvre", "Đorđe", "Ðóra", "ı", "restauranter, caféer og barer", "  tab\tand – dash ",
    ]

    /// The page's own folding code (table and functions, as embedded) run in node on the samples.
    static func runPageFoldingInNode(_ node: URL) throws -> (table: [[String]], folded: [String], words: [[String]]) {
        let input = String(decoding: try JSONSerialization.data(withJSONObject: samples), as: UTF8.self)
        let script = ExternalScript.foldingTable.description + ExternalScript.folding.description + """
            var samples = \(input);
            process.stdout.write(JSON.stringify({ table: Object.entries(FOLD), folded: samples.map(fold), words: samples.map(words) }));
            """
        let process = Process()
        process.executableURL = node
        process.arguments = ["-e", script]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        struct Result: Decodable { var table: [[String]]; var folded: [String]; var words: [[String]] }
        let result = try JSONDecoder().decode(Result.self, from: data)
        return (result.table, result.folded, result.words)
    }

    @Test(.enabled(if: node != nil, "needs node to run the page's JavaScript"))
    func thePagesFoldingTableIsTheSwiftTable() throws {
        let result = try Self.runPageFoldingInNode(try #require(Self.node))
        #expect(result.table == TextFolding.table.map { [String($0.from), $0.to] })
    }

    @Test(.enabled(if: node != nil, "needs node to run the page's JavaScript"))
    func thePagesFoldingGivesWhatCatalogueFindGives() throws {
        let result = try Self.runPageFoldingInNode(try #require(Self.node))
        #expect(result.folded == Self.samples.map(TextFolding.fold))
        #expect(result.words == Self.samples.map(TextFolding.words))
        // What the issue asked for, spelled out.
        #expect(result.folded[0] == "cafe" && result.folded[3] == "aeblegaarden" && result.folded[4] == "oerum")
    }

    static func matches(of pattern: String, in text: String) throws -> [String] {
        let regex = try NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
