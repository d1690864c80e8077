import Testing
@testable import CatalogueKit
@testable import CatalogueMarkdown
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

struct MarkdownTests {
    // MARK: Paragraphs

    @Test(arguments: ["", "   ", "\n\n", " \t \r\n ", "\r\r"])
    func emptyOrWhitespaceInputRendersNothing(source: String) {
        #expect(Markdown.html(source) == "")
    }

    @Test func paragraphsAreSeparatedByBlankLines() {
        #expect(Markdown.html("Hej\n\n\nverden") == "<p>Hej</p>\n<p>verden</p>\n")
    }

    @Test func consecutiveLinesJoinInOneParagraph() {
        #expect(Markdown.html("Linje et\n  linje to ") == "<p>Linje et\nlinje to</p>\n")
    }

    @Test func paragraphAndListRenderEachBlockOnItsOwnLine() {
        #expect(Markdown.html("Hej *verden*\n\n- a\n- b") == "<p>Hej <em>verden</em></p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
    }

    // MARK: Emphasis

    @Test func starsAndUnderscoresMakeEmphasisAndStrong() {
        #expect(Markdown.html("*a* _b_ **c** __d__") == "<p><em>a</em> <em>b</em> <strong>c</strong> <strong>d</strong></p>\n")
    }

    @Test func emphasisNests() {
        #expect(Markdown.html("***a***") == "<p><em><strong>a</strong></em></p>\n")
        #expect(Markdown.html("*a **b** c*") == "<p><em>a <strong>b</strong> c</em></p>\n")
        #expect(Markdown.html("**a\nb**") == "<p><strong>a\nb</strong></p>\n")
    }

    @Test func intrawordUnderscoresStayLiteral() {
        #expect(Markdown.html("brug snake_case_navn og _kursiv_") == "<p>brug snake_case_navn og <em>kursiv</em></p>\n")
    }

    @Test func spacedStarsStayLiteral() {
        #expect(Markdown.html("2 * 3 * 4") == "<p>2 * 3 * 4</p>\n")
    }

    @Test func unterminatedEmphasisStaysLiteral() {
        #expect(Markdown.html("*hej") == "<p>*hej</p>\n")
        #expect(Markdown.html("_hej") == "<p>_hej</p>\n")
        #expect(Markdown.html("**hej*") == "<p>*<em>hej</em></p>\n")
        #expect(Markdown.html("hej**") == "<p>hej**</p>\n")
    }

    @Test func emphasisAtLineStartIsNotAList() {
        #expect(Markdown.html("*vigtigt* info") == "<p><em>vigtigt</em> info</p>\n")
    }

    // MARK: Links

    @Test func safeLinkBecomesAnchorWithEscapedHref() {
        #expect(Markdown.html("Se [vores side](https://kommune.dk/a?b=1&c=2).")
            == "<p>Se <a href=\"https://kommune.dk/a?b=1&amp;c=2\">vores side</a>.</p>\n")
    }

    @Test func mailtoAndTelLinksAreAllowed() {
        #expect(Markdown.html("[skriv](mailto:a@b.dk) [ring](tel:+4512345678)")
            == "<p><a href=\"mailto:a@b.dk\">skriv</a> <a href=\"tel:+4512345678\">ring</a></p>\n")
    }

    @Test func fragmentLinksStayText() {
        // The README allows http, https, mailto and tel only: the ids in the outputs are not the writer's to point at.
        #expect(Markdown.html("[op](#top)") == "<p>[op](#top)</p>\n")
    }

    @Test func linkDestinationMayContainBalancedParentheses() {
        #expect(Markdown.html("[wiki](https://da.wikipedia.org/wiki/Ø_(bogstav))")
            == "<p><a href=\"https://da.wikipedia.org/wiki/Ø_(bogstav)\">wiki</a></p>\n")
    }

    @Test func linkLabelKeepsInlineMarkup() {
        #expect(Markdown.html("[*vigtig* `x`](https://a.dk)") == "<p><a href=\"https://a.dk\"><em>vigtig</em> <code>x</code></a></p>\n")
    }

    @Test func javascriptLinkIsShownAsText() {
        #expect(Markdown.html("[klik](javascript:alert(1))") == "<p>[klik](javascript:alert(1))</p>\n")
        #expect(Markdown.html("[klik]( JaVaScRiPt:alert(1) )") == "<p>[klik]( JaVaScRiPt:alert(1) )</p>\n")
    }

    @Test(arguments: ["data:text/html,x", "vbscript:x", "/sti/side", "side.html", "//evil.example"])
    func unsafeOrRelativeLinkIsShownAsText(url: String) {
        #expect(Markdown.html("[a](\(url))") == "<p>[a](\(url))</p>\n")
    }

    @Test func unsafeLinkShowsItsSourceWithoutMarkup() {
        #expect(Markdown.html("[*a*](javascript:x) <b>") == "<p>[*a*](javascript:x) &lt;b&gt;</p>\n")
    }

    @Test func imageIsShownAsText() {
        #expect(Markdown.html("![logo](https://a.dk/x.png)") == "<p>![logo](https://a.dk/x.png)</p>\n")
        #expect(Markdown.html("![x](javascript:alert(1))") == "<p>![x](javascript:alert(1))</p>\n")
    }

    @Test func emptyLinkLabelIsShownAsText() {
        #expect(Markdown.html("[ ](https://a.dk)") == "<p>[ ](https://a.dk)</p>\n")
    }

    @Test func bracketsWithoutDestinationStayLiteral() {
        #expect(Markdown.html("[a] og [b](c d) og [e](") == "<p>[a] og [b](c d) og [e](</p>\n")
    }

    @Test func linksDoNotNest() {
        #expect(Markdown.html("[a [b](https://b.dk)](https://a.dk)")
            == "<p>[a <a href=\"https://b.dk\">b</a>](https://a.dk)</p>\n")
    }

    // MARK: Lists

    @Test func bulletListsUseDashOrStar() {
        #expect(Markdown.html("* a\n* b") == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
        #expect(Markdown.html("- a\n* b") == "<ul>\n<li>a</li>\n</ul>\n<ul>\n<li>b</li>\n</ul>\n")
    }

    @Test func numberedListStartsAtItsFirstNumber() {
        #expect(Markdown.html("1) a\n2) b") == "<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n")
        #expect(Markdown.html("3. a\n4. b") == "<ol start=\"3\">\n<li>a</li>\n<li>b</li>\n</ol>\n")
    }

    @Test func listItemContinuationLinesBelongToTheItem() {
        #expect(Markdown.html("- første\n  fortsat\n- anden") == "<ul>\n<li>første\nfortsat</li>\n<li>anden</li>\n</ul>\n")
        #expect(Markdown.html("- første\nfortsat") == "<ul>\n<li>første\nfortsat</li>\n</ul>\n")
    }

    @Test func nestedListsFollowIndentation() {
        #expect(Markdown.html("- a\n  - b\n  - c\n- d")
            == "<ul>\n<li>a\n<ul>\n<li>b</li>\n<li>c</li>\n</ul>\n</li>\n<li>d</li>\n</ul>\n")
        #expect(Markdown.html("1. a\n  - b") == "<ol>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n</ol>\n")
        #expect(Markdown.html("- a\n\t- b") == "<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n</ul>\n")
    }

    @Test func listMayFollowParagraphDirectly() {
        #expect(Markdown.html("Medbring:\n- pas\n- kørekort") == "<p>Medbring:</p>\n<ul>\n<li>pas</li>\n<li>kørekort</li>\n</ul>\n")
    }

    @Test func numberOtherThanOneDoesNotInterruptParagraph() {
        #expect(Markdown.html("Vi bor på\n2. sal") == "<p>Vi bor på\n2. sal</p>\n")
    }

    @Test func blankLinesBetweenItemsKeepOneList() {
        #expect(Markdown.html("- a\n\n- b") == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
    }

    @Test func itemWithSeveralParagraphsWrapsEachInP() {
        #expect(Markdown.html("- a\n\n  b\n- c") == "<ul>\n<li>\n<p>a</p>\n<p>b</p>\n</li>\n<li>c</li>\n</ul>\n")
    }

    @Test func unindentedTextAfterBlankLineEndsTheList() {
        #expect(Markdown.html("- a\n\nTekst") == "<ul>\n<li>a</li>\n</ul>\n<p>Tekst</p>\n")
    }

    @Test func markersWithoutTextOrSpaceAreText() {
        #expect(Markdown.html("-") == "<p>-</p>\n")
        #expect(Markdown.html("-a") == "<p>-a</p>\n")
        #expect(Markdown.html("+ a") == "<p>+ a</p>\n")
        #expect(Markdown.html("***") == "<p>***</p>\n")
        #expect(Markdown.html("- - -") == "<p>- - -</p>\n")
    }

    // MARK: Headings

    @Test func headingsAreRebasedWithoutSkippingLevels() {
        #expect(Markdown.html("## A\n#### B\n## C\n### D") == "<h3>A</h3>\n<h4>B</h4>\n<h3>C</h3>\n<h4>D</h4>\n")
    }

    @Test func firstHeadingIsNeverDeeperThanTheBase() {
        #expect(Markdown.html("### A\n# B") == "<h3>A</h3>\n<h3>B</h3>\n")
        #expect(Markdown.html("Tekst\n\n###### A", headingBase: 2) == "<p>Tekst</p>\n<h2>A</h2>\n")
    }

    @Test func headingLevelsAreClampedToSix() {
        #expect(Markdown.html("# A\n## B\n### C", headingBase: 5) == "<h5>A</h5>\n<h6>B</h6>\n<h6>C</h6>\n")
        #expect(Markdown.html("# A", headingBase: 9) == "<h6>A</h6>\n")
        #expect(Markdown.html("# A", headingBase: -1) == "<h1>A</h1>\n")
    }

    @Test func headingsInsideListsCountTowardsRebasing() {
        #expect(Markdown.html("# A\n- ### B") == "<h3>A</h3>\n<ul>\n<li>\n<h4>B</h4>\n</li>\n</ul>\n")
    }

    @Test func hashWithoutSpaceOrTextIsText() {
        #expect(Markdown.html("#hashtag") == "<p>#hashtag</p>\n")
        #expect(Markdown.html("####### syv") == "<p>####### syv</p>\n")
        #expect(Markdown.html("# ") == "<p>#</p>\n")
    }

    @Test func headingDropsClosingHashesAndGetsNoID() {
        #expect(Markdown.html("## Titel ##") == "<h3>Titel</h3>\n")
    }

    @Test func headingInterruptsParagraphAndKeepsInlineMarkup() {
        #expect(Markdown.html("tekst\n# *Vigtigt*") == "<p>tekst</p>\n<h3><em>Vigtigt</em></h3>\n")
    }

    // MARK: Line breaks and code

    @Test func trailingSpacesOrBackslashMakeLineBreaks() {
        #expect(Markdown.html("a  \nb\\\nc") == "<p>a<br>\nb<br>\nc</p>\n")
    }

    @Test func lineBreakMarkersAtParagraphEndAreDropped() {
        #expect(Markdown.html("a  ") == "<p>a</p>\n")
        #expect(Markdown.html("a\\") == "<p>a\\</p>\n")
    }

    @Test func inlineCodeIsEscapedAndHasNoEmphasis() {
        #expect(Markdown.html("`<b>*x*</b>`") == "<p><code>&lt;b&gt;*x*&lt;/b&gt;</code></p>\n")
        #expect(Markdown.html("`` a ` b ``") == "<p><code>a ` b</code></p>\n")
        #expect(Markdown.html("`[a](https://a.dk)`") == "<p><code>[a](https://a.dk)</code></p>\n")
    }

    @Test func unterminatedBacktickStaysLiteral() {
        #expect(Markdown.html("`abc") == "<p>`abc</p>\n")
        #expect(Markdown.html("``a`") == "<p>``a`</p>\n")
    }

    // MARK: Everything else is text

    @Test func rawHTMLInDescriptionIsEscaped() {
        #expect(Markdown.html("<script>alert(1)</script>") == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n")
        #expect(Markdown.html("<img src=x onerror=alert(1)>") == "<p>&lt;img src=x onerror=alert(1)&gt;</p>\n")
        #expect(Markdown.html("<!-- skjult -->") == "<p>&lt;!-- skjult --&gt;</p>\n")
    }

    @Test func autolinksAreText() {
        #expect(Markdown.html("<https://a.dk>") == "<p>&lt;https://a.dk&gt;</p>\n")
    }

    @Test func entitiesShowLiterally() {
        #expect(Markdown.html("&amp; &lt; &#60;") == "<p>&amp;amp; &amp;lt; &amp;#60;</p>\n")
    }

    @Test func blockQuotesAndTablesAreText() {
        #expect(Markdown.html("> citat") == "<p>&gt; citat</p>\n")
        #expect(Markdown.html("| a | b |\n|---|---|") == "<p>| a | b |\n|---|---|</p>\n")
    }

    @Test func fencedCodeBlockIsShownAsParagraphText() {
        #expect(Markdown.html("```swift\nlet x = *1*\n\n<b>\n```\nefter")
            == "<p>```swift\nlet x = *1*\n\n&lt;b&gt;\n```</p>\n<p>efter</p>\n")
    }

    @Test func unclosedFenceIsOrdinaryText() {
        #expect(Markdown.html("```\n*a*") == "<p>```\n<em>a</em></p>\n")
    }

    @Test func backslashEscapesShowLiteralPunctuation() {
        #expect(Markdown.html(##"\*ikke kursiv\* \[a\](https://a.dk) \\ \q \# \- \<"##)
            == "<p>*ikke kursiv* [a](https://a.dk) \\ \\q # - &lt;</p>\n")
        #expect(Markdown.html(##"\# ikke overskrift"##) == "<p># ikke overskrift</p>\n")
    }

    // MARK: Input robustness

    @Test func crlfInputRendersLikeLF() {
        let lf = "# T\n\na  \nb\n\n- c\n  d\n- e"
        #expect(Markdown.html(lf.replacing("\n", with: "\r\n")) == Markdown.html(lf))
        #expect(Markdown.html(lf.replacing("\n", with: "\r")) == Markdown.html(lf))
    }

    @Test func controlCharactersAreReplaced() {
        #expect(Markdown.html("a\u{0}b\u{7}c\u{1B}[0m") == "<p>a\u{FFFD}b\u{FFFD}c\u{FFFD}[0m</p>\n")
    }

    @Test func pathologicalInputFinishesWithValidMarkup() {
        let nestedIndentation = (0..<400).map { String(repeating: " ", count: $0 * 2) + "- x" }.joined(separator: "\n")
        let inputs = [
            String(repeating: "[", count: 20_000),
            String(repeating: "[", count: 5_000) + String(repeating: "](https://a.dk)", count: 5_000),
            String(repeating: "![", count: 5_000) + "a" + String(repeating: "](https://a.dk)", count: 5_000),
            String(repeating: "[a](", count: 5_000),
            String(repeating: "[a](x", count: 5_000),
            "[a](" + String(repeating: "x", count: 100_000) + ")",
            String(repeating: "*", count: 50_000),
            String(repeating: "*a", count: 20_000),
            String(repeating: "_a **b", count: 10_000),
            String(repeating: "`", count: 20_000),
            (1...300).map { String(repeating: "`", count: $0) + "x" }.joined(),
            String(repeating: "\\", count: 20_000),
            String(repeating: "<", count: 20_000),
            String(repeating: "- ", count: 5_000) + "x",
            String(repeating: "1. ", count: 5_000) + "x",
            String(repeating: "# ", count: 5_000),
            String(repeating: "```\n", count: 5_000),
            String(repeating: "a", count: 200_000),
            String(repeating: "æ\u{301}", count: 10_000),
            nestedIndentation,
        ]
        for input in inputs {
            let html = Markdown.html(input)
            #expect(markupProblems(html).isEmpty, "\(input.prefix(20))…")
        }
    }

    // MARK: Size

    // Rendering is linear in the input: these took minutes when pending text was copied on every space.
    @Test func aTwoMegabyteOneLineDescriptionRendersWhole() {
        let source = String(repeating: "ord ", count: 500_000)
        #expect(Markdown.html(source) == "<p>" + String(repeating: "ord ", count: 499_999) + "ord</p>\n")
    }

    @Test func aTwoMegabyteManyLineDescriptionRendersWhole() {
        let line = "Et ord og et andet ord på en linje."
        let source = Array(repeating: line, count: 55_000).joined(separator: "\n")
        #expect(source.utf8.count > 2_000_000)
        #expect(Markdown.html(source) == "<p>" + source + "</p>\n")
    }

    @Test(arguments: [
        ("*a* ", "<em>a</em> "),
        ("[a](https://a.dk) ", "<a href=\"https://a.dk\">a</a> "),
        ("`c` ", "<code>c</code> "),
        ("\\* ", "* "),
        ("[ ", "[ "),
        ("a<b ", "a&lt;b "),
    ])
    func everyInlineConstructRendersAMegabyteLineWhole(piece: String, html: String) {
        let count = 1_000_000 / piece.utf8.count
        let rendered = Markdown.html(String(repeating: piece, count: count))
        #expect(rendered == "<p>" + String(repeating: html, count: count).dropLast() + "</p>\n")
    }

    @Test func aMegabyteListRendersWhole() {
        let source = String(repeating: "- punkt  \n  fortsat\n", count: 40_000)
        #expect(Markdown.html(source) == "<ul>\n" + String(repeating: "<li>punkt<br>\nfortsat</li>\n", count: 40_000) + "</ul>\n")
    }

    @Test func anEscapeFollowedByACombiningMarkIsStillAnEscape() {
        // Found by make fuzz: "&lt;" and a combining mark make one Character, so a checker
        // that compared Characters took the escape for a bare "&". HTML reads code points.
        let html = Markdown.html("de<\u{30D}kal og a&\u{301}b")
        #expect(html == "<p>de&lt;\u{30D}kal og a&amp;\u{301}b</p>\n")
        #expect(markupProblems(html).isEmpty, "\(html.debugDescription)")
    }

    @Test func aSchemeFollowedByACombiningMarkIsJudgedByItsCodePoints() {
        // Found by make fuzz: "https:" then U+0310 is an https link to a browser, which reads code points.
        #expect(Markdown.html("[a](https:\u{310}x) [b](javascript:\u{310}x)")
            == "<p><a href=\"https:\u{310}x\">a</a> [b](javascript:\u{310}x)</p>\n")
    }

    @Test func outputIsDeterministic() {
        let source = "# T\n\n*a* [b](https://b.dk) `c`\n\n- d\n  - e\n3. f"
        #expect(Markdown.html(source) == Markdown.html(source))
    }

    // MARK: Fuzzing

    @Test func fuzzedMarkupNeverProducesUnsafeOrUnbalancedHTML() {
        let alphabet = ["*", "_", "**", "__", "[", "]", "(", ")", "](", "#", "# ", "## ", "- ", "* ", "1. ", "2) ",
                        "<", ">", "&", "`", "``", "\\", "!", " ", "  ", "   ", "\t", "\n", "\n\n", "\r\n",
                        "a", "b", "x", "æ", "ø", "å", "Å", ":", "/", "#x", "https://a.dk", "mailto:a@b.dk"]
        var generator = SeededGenerator(seed: 2024)
        for _ in 0..<3_000 {
            let source = generator.string(from: alphabet, maxTokens: 40)
            let html = Markdown.html(source)
            #expect(!html.contains("<script"))
            #expect(!html.contains("javascript:"))
            #expect(!html.contains("onerror"))
            #expect(markupProblems(html).isEmpty, "\(source.debugDescription) → \(html.debugDescription)")
        }
    }

    @Test func fuzzedHostileInputOnlyProducesAllowedTagsAndSafeLinks() {
        let alphabet = ["<script>", "</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:x\">", "<!--", "-->",
                        "[", "](", ")", "![", "javascript:alert(1)", "JaVaScRiPt:", "java\tscript:", "data:text/html,",
                        "vbscript:", "https://ok.dk", "#top", "\"", "'", "&amp;", "&", "<", ">", "`", "*", "_", "\\",
                        " ", "\n", "\u{0}", "\u{1}", "- ", "1. ", "# ", "```\n", "x", "ø"]
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<3_000 {
            let source = generator.string(from: alphabet, maxTokens: 30)
            let html = Markdown.html(source)
            #expect(!html.contains("<script"))
            #expect(markupProblems(html).isEmpty, "\(source.debugDescription) → \(html.debugDescription)")
        }
    }
}

extension SeededGenerator {
    /// A number in 0..<bound.
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// Up to `maxTokens` pieces of `alphabet` in a row.
    mutating func string(from alphabet: [String], maxTokens: Int) -> String {
        (0..<below(maxTokens + 1)).map { _ in alphabet[below(alphabet.count)] }.joined()
    }
}

private let allowedTags: Set<String> = ["p", "em", "strong", "a", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "code"]

/// Describes everything in `html` beyond the allowed, balanced tags, safe hrefs and escaped text the renderer may produce.
private func markupProblems(_ html: String) -> [String] {
    var problems: [String] = []
    var open: [String] = []
    let scalars = Array(html.unicodeScalars)
    var i = 0
    while i < scalars.count {
        switch scalars[i] {
        case "<":
            guard let end = scalars[i...].firstIndex(of: ">") else { return problems + ["unterminated tag"] }
            let tag = String(String.UnicodeScalarView(scalars[(i + 1)..<end]))
            i = end + 1
            if tag.hasPrefix("/") {
                let name = String(tag.dropFirst())
                if open.popLast() != name { problems.append("unbalanced </\(name)>") }
            } else if tag == "br" {
                continue
            } else if tag.hasPrefix("a ") {
                if open.contains("a") { problems.append("nested link") }
                open.append("a")
                guard tag.hasPrefix("a href=\""), tag.hasSuffix("\""), tag.count > 9 else {
                    problems.append("bad link tag <\(tag)>")
                    continue
                }
                let value = String(tag.dropFirst(8).dropLast())
                let url = value.replacing("&quot;", with: "\"").replacing("&#39;", with: "'")
                    .replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&amp;", with: "&")
                if value.contains("\"") || HTML.safeURL(url) != url { problems.append("unsafe href \(value)") }
            } else if tag.hasPrefix("ol start=\"") {
                let number = tag.dropFirst(10).dropLast()
                if !tag.hasSuffix("\"") || number.isEmpty || !number.allSatisfy(\.isASCII) || Int(number) == nil {
                    problems.append("bad list tag <\(tag)>")
                }
                open.append("ol")
            } else if allowedTags.contains(tag) {
                open.append(tag)
            } else {
                problems.append("disallowed tag <\(tag)>")
            }
        case ">":
            problems.append("unescaped >")
            i += 1
        case "&":
            let rest = String(String.UnicodeScalarView(scalars[i..<min(i + 6, scalars.count)]))
            if !["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].contains(where: { rest.unicodeScalars.starts(with: $0.unicodeScalars) }) {
                problems.append("unescaped &")
            }
            i += 1
        default:
            i += 1
        }
    }
    if !open.isEmpty { problems.append("unclosed \(open)") }
    return problems
}

/// Splitting a description into lines, held to its definition: a loop over the scalars.
struct MarkdownLineTests {
    /// The rule as first written, scalar by scalar: LF, CRLF or CR ends a line; a tab in the
    /// indentation goes to the next stop of four; a control character becomes U+FFFD.
    private static func reference(_ source: String) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = [], line: [Unicode.Scalar] = []
        var inIndentation = true, afterCR = false
        for scalar in source.unicodeScalars {
            if scalar == "\n" && afterCR { afterCR = false; continue }
            afterCR = scalar == "\r"
            switch scalar {
            case "\n", "\r":
                lines.append(line)
                line = []
                inIndentation = true
            case "\t" where inIndentation: line.append(contentsOf: repeatElement(" ", count: 4 - line.count % 4))
            case " ": line.append(scalar)
            default:
                inIndentation = false
                line.append(Markdown.Char.isForbiddenControl(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        lines.append(line)
        return lines
    }

    @Test func linesAreSplitAsTheScalarLoopSplitsThem() {
        let pieces = ["\n", "\r", "\r\n", "\n\r", "\t", " ", "  ", "a", "Æble", "ø", "é", "e\u{301}", "😀", "\u{7}", "\u{85}", "\u{0}",
                      "- ", "1. ", "# ", "**", "[x](https://a.dk)", "\u{FEFF}", "中文", "\u{10FFFF}"]
        var generator = SeededGenerator(seed: 17)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(Markdown.lines(of: text) == Self.reference(text), "\(text.debugDescription)")
        }
        #expect(Markdown.lines(of: "") == [[]])
        #expect(Markdown.lines(of: "a\r\n\r\nb\n") == [["a"], [], ["b"], []])
    }
}
