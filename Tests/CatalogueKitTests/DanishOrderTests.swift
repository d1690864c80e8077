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

    @Test func indexLettersIncludeÆØÅ() {
        #expect(["Aalborg", "Åbyhøj", "Ærø", "øl", "byg", "3D-print"].map(DanishOrder.indexLetter) == ["Å", "Å", "Æ", "Ø", "B", "#"])
    }
}
