import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing
@testable import CatalogueSearch

/// Folding and the ranked search behind `catalogue find`.
struct SearchTests {
    /// The keys `query` finds in `documents`, best first.
    private func keys(_ query: String, in documents: [SearchDocument<String>]) -> [String] {
        SearchIndex(documents).search(query).map(\.key)
    }

    /// A document with one field.
    private func document(_ key: String, _ field: SearchField) -> SearchDocument<String> {
        SearchDocument(key: key, fields: [field])
    }

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
        #expect(TextFolding.words("Cafe\u{0301}en i A\u{030A}byhøj") == ["cafeen", "i", "abyhoj"])
    }

    @Test func wordsMatchTheWayPeopleTypeDanishLettersWithoutThem() {
        // Callers' names are typed as heard: Mork, Hoj and Alborg as often as Moerk, Hoej, Aalborg.
        for (written, typed) in [("Mørk", ["mork", "Moerk", "MØRK"]), ("Høj", ["hoj", "hoej"]), ("Ålborg", ["alborg", "Aalborg"]),
                                 ("Kræmmer", ["kremmer", "kraemmer"]), ("Nørgaard", ["norgard", "noergaard", "Norgaard"])] {
            for spelling in typed { #expect(TextFolding.words(spelling) == TextFolding.words(written), "\(spelling) for \(written)") }
        }
        #expect(TextFolding.words("Mørk") == ["mork"])
    }

    @Test func foldingKeepsSpacesAndPunctuation() {
        #expect(TextFolding.fold("Æble-grød, 72 57!") == "aeble-groed, 72 57!")
    }

    @Test func wordsAreRunsOfLettersAndDigits() {
        #expect(TextFolding.words("Byggetilladelse (se 02.34.02-G01): ring på 72 57 73 54!")
            == ["byggetilladelse", "se", "02", "34", "02", "g01", "ring", "pa", "72", "57", "73", "54"])
        #expect(TextFolding.words("e-mail/post…Ærø") == ["e", "mail", "post", "ero"])
        #expect(TextFolding.words("Pris 100€ – 🙂 ok, Ελλάδα 東京") == ["pris", "100", "ok", "ελλαδα", "東京"])
        #expect(TextFolding.words("") == [])
        #expect(TextFolding.words(" ,.;-– ") == [])
    }

    // MARK: Folding in search

    @Test(arguments: [("Kræmmer", "Kraemmer"), ("Frølund", "Froelund"), ("Ålborg", "Aalborg"), ("café", "cafe")])
    func eitherSpellingFindsTheOther(written: String, typed: String) {
        let documents = [document("a", .title("Hans \(written)")), document("b", .title("Hans Jensen"))]
        #expect(keys(typed, in: documents) == ["a"])
        #expect(keys(written, in: [document("a", .title("Hans \(typed)")), document("b", .title("Hans Jensen"))]) == ["a"])
    }

    // MARK: Compound words

    @Test func laterPartOfACompoundIsFound() {
        let documents = [
            document("byg", .title("Byggetilladelse")),
            document("affald", .title("Affaldsordning for erhverv")),
            document("plan", .text("Kræver en ny lokalplan.")),
        ]
        #expect(keys("tilladelse", in: documents) == ["byg"])
        #expect(keys("ordning", in: documents) == ["affald"])
        #expect(keys("plan", in: documents) == ["plan"])
    }

    @Test func fragmentShorterThanFourLettersDoesNotMatchInsideAWord() {
        let documents = [document("byg", .title("Byggetilladelse")), document("del", .title("Delvis fritagelse"))]
        // "del" is inside "byggetilla-del-se" but only begins "Delvis".
        #expect(keys("del", in: documents) == ["del"])
        #expect(keys("lad", in: documents) == [])
        #expect(keys("adel", in: documents) == ["byg"])
    }

    @Test func commonEndingDoesNotMatchInsideAWordButStillBeginsOne() {
        let documents = [document("vurdering", .title("Ejendomsvurdering")), document("ringvej", .title("Ringvejen"))]
        #expect(keys("ring", in: documents) == ["ringvej"])
    }

    @Test func compoundMatchNeedsAFirstPartOfTwoLetters() {
        let documents = [document("a", .title("Abygning"))]
        #expect(keys("bygning", in: documents) == [])
        #expect(keys("ygning", in: documents) == ["a"])
    }

    // MARK: Several words

    @Test func everyQueryWordMustMatch() {
        let documents = [
            document("anne-moerk", .title("Anne Mørk")),
            document("anne-hansen", .title("Anne Hansen")),
            document("ole-moerk", .title("Ole Mørk")),
        ]
        #expect(keys("Anne Mørk", in: documents) == ["anne-moerk"])
        #expect(keys("anne", in: documents) == ["anne-moerk", "anne-hansen"])
        #expect(keys("moerk anne", in: documents) == ["anne-moerk"])
        #expect(keys("anne jensen", in: documents) == [])
    }

    @Test func queryWordsMayMatchInDifferentFields() {
        let documents = [
            SearchDocument(key: "a", fields: [.title("Miljøtilsyn"), .text("Tilsyn med landbrug og virksomheder.")]),
            SearchDocument(key: "b", fields: [.title("Landbrug"), .text("Rådgivning.")]),
        ]
        #expect(keys("miljø landbrug", in: documents) == ["a"])
    }

    // MARK: Ranking

    @Test func exactKeywordBeatsAMentionInADescription() {
        let documents = [
            SearchDocument(key: "mention", fields: [.title("Skænkebevilling"), .text("Gælder for restauranter og caféer.")]),
            SearchDocument(key: "keyword", fields: [.title("Fødevarekontrol"), .keyword("restaurant")]),
        ]
        let hits = SearchIndex(documents).search("restaurant")
        #expect(hits.map(\.key) == ["keyword", "mention"])
        #expect(hits.map(\.matched) == [[.keyword], [.text]])
    }

    @Test func strongFieldMatchesRankInOrderOfHowWellTheyMatch() {
        let documents = [
            document("text-equal", .text("Vi giver tilladelse.")),
            document("compound", .title("Byggetilladelse")),
            document("prefix", .title("Tilladelser i øvrigt")),
            document("word", .title("Tilladelse til skilte")),
            document("whole", .keyword("Tilladelse")),
        ]
        #expect(keys("tilladelse", in: documents) == ["whole", "word", "prefix", "compound", "text-equal"])
    }

    @Test func weakFieldMatchesRankInOrderOfHowWellTheyMatch() {
        let documents = [
            document("compound", .text("Søg byggetilladelse.")),
            document("prefix", .text("Alle tilladelser.")),
            document("equal", .text("En tilladelse.")),
        ]
        #expect(keys("tilladelse", in: documents) == ["equal", "prefix", "compound"])
    }

    @Test func documentsThatScoreAlikeKeepTheCallersOrder() {
        let documents = ["Åse", "Bent", "Anne", "Ærø", "Carl"].map { name in
            SearchDocument(key: name, fields: [.title(name), .text("Byggesagsbehandler")])
        }
        #expect(keys("byggesag", in: documents) == ["Åse", "Bent", "Anne", "Ærø", "Carl"])
    }

    @Test func limitKeepsTheBestHits() {
        let documents = [document("c", .text("Vej")), document("a", .title("Vej")), document("b", .title("Vejbelysning"))]
        #expect(SearchIndex(documents).search("vej", limit: 2).map(\.key) == ["a", "b"])
        #expect(SearchIndex(documents).search("vej", limit: 0).map(\.key) == [])
    }

    // MARK: Codes, phone numbers and identifiers

    @Test func kleNumberIsFoundByItsBeginning() {
        let documents = [
            SearchDocument(key: "byg", fields: [.title("Byggetilladelse"), .code("02.34.02-G01")]),
            SearchDocument(key: "vej", fields: [.title("Vejudstyr"), .code("05.04.00")]),
            SearchDocument(key: "plan", fields: [.title("Lokalplaner"), .code("01.02.05")]),
        ]
        #expect(keys("02.34", in: documents) == ["byg"])
        #expect(keys("02.34.02-g01", in: documents) == ["byg"])
        #expect(keys("02", in: documents) == ["byg"])
        #expect(keys("0", in: documents) == ["byg", "vej", "plan"])
        // Not by splitting the number into words: 34 and 02 occur in it, but it does not begin with them.
        #expect(keys("34", in: documents) == [])
        #expect(keys("05", in: documents) == ["vej"])
        #expect(keys("g01", in: documents) == [])
    }

    @Test(arguments: ["72577354", "72 57 73 54", "+45 72 57 73 54", "+4572577354", "7354", "73 54", "7257-7354"])
    func phoneNumberIsFoundInAnySpellingAndByItsLastDigits(query: String) {
        let documents = [
            SearchDocument(key: "anne", fields: [.title("Anne Mørk"), .phone("72 57 73 54")]),
            SearchDocument(key: "ole", fields: [.title("Ole Dam"), .phone("+45 72 57 12 34")]),
        ]
        #expect(keys(query, in: documents) == ["anne"])
    }

    @Test func phoneNeedsFourDigitsOrTheWholeNumber() {
        let documents = [
            SearchDocument(key: "anne", fields: [.title("Anne Mørk"), .phone("72 57 73 54")]),
            SearchDocument(key: "omstilling", fields: [.title("Omstillingen"), .phone("777")]),
        ]
        #expect(keys("354", in: documents) == [])
        #expect(keys("7257", in: documents) == [])
        #expect(keys("777", in: documents) == ["omstilling"])
        #expect(keys("72577355", in: documents) == [])
    }

    @Test func initialsMatchOnlyExactlyAndIgnoringCase() {
        let documents = [
            SearchDocument(key: "anne", fields: [.title("Anne Kirstine Mørk"), .identifier("akm")]),
            SearchDocument(key: "ak", fields: [.title("Arne Kolding"), .identifier("ak")]),
        ]
        #expect(keys("AKM", in: documents) == ["anne"])
        #expect(keys("ak", in: documents) == ["ak"])
        #expect(keys("km", in: documents) == [])
        let hit = SearchIndex(documents).search("akm").first
        #expect(hit?.matched == [.identifier])
    }

    @Test func codePhoneAndIdentifierRankWithTitlesAboveDescriptions() {
        let documents = [
            SearchDocument(key: "text", fields: [.title("Notat"), .text("Sagen har KLE 02.34.02 og tlf. 7354, akm.")]),
            SearchDocument(key: "strong", fields: [.title("Byg"), .code("02.34.02"), .phone("72 57 73 54"), .identifier("akm")]),
        ]
        #expect(keys("02.34.02", in: documents) == ["strong", "text"])
        #expect(keys("7354", in: documents) == ["strong", "text"])
        #expect(keys("akm", in: documents) == ["strong", "text"])
    }

    // MARK: Queries that find nothing

    @Test(arguments: ["", "   ", "...", " - , ; ! ", "–", "\n\t"])
    func emptyOrPunctuationOnlyQueryFindsNothing(query: String) {
        let documents = [document("a", .title("Byggetilladelse")), document("b", .code("02.34.02")), document("c", .phone("72 57 73 54"))]
        #expect(SearchIndex(documents).search(query).isEmpty)
    }

    @Test func emptyIndexFindsNothing() {
        #expect(SearchIndex<String>([]).search("byg").isEmpty)
    }
}
