import Testing
@testable import CatalogueKit
@testable import CatalogueMarkdown
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

struct HTMLTests {
    @Test func textEscapesMarkupCharacters() {
        #expect(HTML.text("<b>Tom & Jerry</b>") == "&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;")
    }

    @Test func textLeavesOrdinaryTextAlone() {
        #expect(HTML.text("Æblegrød på 'gaden' \"nu\"") == "Æblegrød på 'gaden' \"nu\"")
        #expect(HTML.text("") == "")
    }

    @Test func attributeEscapesQuotesToo() {
        #expect(HTML.attribute(#"a"b'c<d>&"#) == "a&quot;b&#39;c&lt;d&gt;&amp;")
    }

    @Test func entitiesAreEscapedSoTheyShowLiterally() {
        #expect(HTML.text("&amp;") == "&amp;amp;")
    }

    @Test(arguments: [
        "http://example.dk",
        "https://www.kommune.dk/borger?id=1&x=2",
        "HTTPS://EXAMPLE.DK",
        "mailto:borgerservice@kommune.dk",
        "tel:+4512345678",
    ])
    func safeURLAcceptsAllowedSchemes(url: String) {
        #expect(HTML.safeURL(url) == url)
    }

    @Test(arguments: [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " JAVASCRIPT:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "\u{1}javascript:alert(1)",
        "java\u{0}script:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "/relative/path",
        "relative.html",
        "//evil.example/x",
        "",
        "   ",
        "#",
        "#kontakt",
        "https:",
        "ftp://example.dk",
    ])
    func safeURLRejectsEverythingElse(url: String) {
        #expect(HTML.safeURL(url) == nil)
    }

    @Test func safeURLTrimsWhatBrowsersIgnore() {
        #expect(HTML.safeURL("  https://kommune.dk\n") == "https://kommune.dk")
        #expect(HTML.safeURL("ht\ttps://kommune.dk") == "https://kommune.dk")
    }

    @Test func safeURLDoesNotEscape() {
        #expect(HTML.safeURL("https://x.dk/?a=1&b=\"2\"") == "https://x.dk/?a=1&b=\"2\"")
    }
}
