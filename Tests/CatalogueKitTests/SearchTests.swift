import Testing
@testable import CatalogueKit

/// Folding and the ranked search behind `catalogue find`.
struct SearchTests {
    // MARK: Folding

    @Test(arguments: [
        ("Kræmmer", "kraemmer"), ("Kraemmer", "kraemmer"), ("KRÆMMER", "kraemmer"),
        ("Frølund", "froelund"), ("Froelund", "froelund"), ("FRØLUND", "froelund"),
        ("Ålborg", "aalborg"), ("Aalborg", "aalborg"), ("åLBORG", "aalborg"),
        ("Jäger", "jaeger"), ("Jaeger", "jaeger"),
        ("Söderberg", "soederberg"), ("Soederberg", "soederberg"),
        ("Müller", "muller"), ("Muller", "muller"),
        ("Straße", "strasse"), ("Œuvre", "oeuvre"), ("Łukasz", "lukasz"),
        ("Đorđe", "dorde"), ("Þór", "thor"), ("Guðrún", "gudrun"), ("Dıyarbakır", "diyarbakir"),
        ("café", "cafe"), ("cafe", "cafe"), ("CAFÉ", "cafe"),
        ("à la carte", "a la carte"), ("Señor", "senor"), ("façade", "facade"), ("Brontë", "bronte"),
    ])
    func foldingSpellsOutDanishLettersAndDropsAccents(text: String, folded: String) {
        #expect(TextFolding.fold(text) == folded)
    }

    @Test func everyTableRowFoldsToItsSpellingInBothCases() {
        for rule in TextFolding.table {
            #expect(TextFolding.fold(String(rule.from)) == rule.to)
            #expect(TextFolding.fold(String(rule.from).uppercased()) == rule.to)
        }
    }

    @Test func decomposedTextFoldsLikeComposedText() {
        // How macOS writes file names: å as a + combining ring, é as e + combining acute.
        #expect(TextFolding.fold("A\u{030A}lborg") == "aalborg")
        #expect(TextFolding.fold("cafe\u{0301}") == "cafe")
        #expect(TextFolding.words("Cafe\u{0301}en i A\u{030A}byhøj") == ["cafeen", "i", "aabyhoej"])
    }

    @Test func foldingKeepsSpacesAndPunctuation() {
        #expect(TextFolding.fold("Æble-grød, 72 57!") == "aeble-groed, 72 57!")
    }

    @Test func wordsAreRunsOfLettersAndDigits() {
        #expect(TextFolding.words("Byggetilladelse (se 02.34.02-G01): ring på 72 57 73 54!")
            == ["byggetilladelse", "se", "02", "34", "02", "g01", "ring", "paa", "72", "57", "73", "54"])
        #expect(TextFolding.words("e-mail/post…Ærø") == ["e", "mail", "post", "aeroe"])
        #expect(TextFolding.words("") == [])
        #expect(TextFolding.words(" ,.;-– ") == [])
    }
}
