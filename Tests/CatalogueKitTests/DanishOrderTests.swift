import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// Danish alphabetical order, as lists and indexes use it.
struct DanishOrderTests {
    @Test func danishLettersComeAfterZInTheOrderÆØÅ() {
        let names = ["Åse", "Zakarias", "Ødegaard", "Ærø", "Anders", "Ole"]
        #expect(DanishOrder.sorted(names, by: { $0 }) == ["Anders", "Ole", "Zakarias", "Ærø", "Ødegaard", "Åse"])
    }

    @Test func doubleAIsSortedAsÅ() {
        let names = ["Aalborg", "Aabenraa", "Åbyhøj", "Ålborg", "Bo", "Zealand"]
        #expect(DanishOrder.sorted(names, by: { $0 }) == ["Bo", "Zealand", "Aabenraa", "Åbyhøj", "Aalborg", "Ålborg"])
    }

    @Test func accentsAndCaseOnlyBreakTies() {
        #expect(DanishOrder.sorted(["eva", "Éva", "Emil", "Eva"], by: { $0 }) == ["Emil", "Eva", "eva", "Éva"])
        #expect(DanishOrder.precedes("Müller", "Mynster") == DanishOrder.precedes("Myller", "Mynster"))
        #expect(DanishOrder.precedes("Ärlig", "Øre"))
    }

    @Test func shorterPrefixComesFirstAndSpacesSortBeforeLetters() {
        #expect(DanishOrder.sorted(["Anne Marie", "Anne", "Annette"], by: { $0 }) == ["Anne", "Anne Marie", "Annette"])
    }

    @Test func theKeyOfAnASCIITextIsTheSameByEitherWay() {
        // The general way serves every text with a letter outside ASCII, whose spaces and
        // punctuation it reads as the ASCII way does; both must agree on what they share.
        let pieces = [" ", "\t", "\n", "\r", "-", ".", ",", "(", "/", "'", "A", "a", "aa", "AA", "z", "Z", "0", "9", "Anne", "Aabenraa"]
        var generator = SeededGenerator(seed: 29)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(DanishOrder.generalKey(text) == DanishOrder.asciiKey(text), "\(text.debugDescription)")
        }
        #expect(DanishOrder.key("Ø-vej 2, st. tv.") == DanishOrder.generalKey("Ø") + DanishOrder.asciiKey("-vej 2, st. tv.")!)
    }

    @Test func indexLettersIncludeÆØÅ() {
        #expect(["Aalborg", "Åbyhøj", "Ærø", "øl", "byg", "3D-print"].map(DanishOrder.indexLetter) == ["Å", "Å", "Æ", "Ø", "B", "#"])
    }
}
