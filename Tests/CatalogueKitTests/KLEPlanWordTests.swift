import Testing
import KLE

/// Finding topics by a caller's own words: folding, Danish inflection, and the order of what is found.
struct KLEPlanWordTests {
    @Test func rotterFindsRatControlFirst() {
        let matches = KLEWordIndex.shipped.topics(matching: "rotter")
        #expect(matches.first?.topic.description == "09.13.01 Rottebekæmpelse")
        #expect(matches.first?.inTitle == true)
        #expect(matches.first?.hasWord == true)
        #expect(matches.first?.words.contains("rottebekæmpelse") == true)
    }

    @Test func capitalsAndAccentsDoNotCountButÆØÅDo() {
        #expect(KLEWords.fold("Rådhus Café ÄÖ") == "rådhus cafe æø")
        #expect(KLEWords.words("Bekæmpelse af rotter, §17") == ["bekæmpelse", "af", "rotter", "17"])
        #expect(KLEWordIndex.shipped.topics(matching: "ROTTER").first?.topic.number.description == "09.13.01")
    }

    @Test func inflectedFormsOfAWordShareAStem() {
        #expect(Set(["rotte", "rotter", "rotten", "rotterne", "rottens"].map(KLEWords.stem)) == ["rott"])
        #expect(Set(["tilladelse", "tilladelser", "tilladelsen", "tilladelserne"].map(KLEWords.stem)) == ["tilladels"])
        #expect(KLEWords.stem("hus") == "hus", "a genitive s is not removed")
        #expect(KLEWords.stem("øle") == "øle", "a stem keeps three letters")
    }

    @Test func doubledConsonantBeforeAnEndingAlsoFindsTheSingleOne() {
        let fixture = KLEWordIndex(plan: klePlan(
            "KLENummer='01.01.01':KLETitel='Kloakering':Keywords[Weight]=",
            "KLENummer='01.01.02':KLETitel='Rotation':Keywords[Weight]=",
            "KLENummer='01.01.03':KLETitel='Rottefælder':Keywords[Weight]="))
        #expect(fixture.topics(matching: "kloakken").map(\.topic.title) == ["Kloakering"])
        #expect(fixture.topics(matching: "rotter").map(\.topic.title) == ["Rottefælder"])
    }

    @Test func wordOfFourLettersOrMoreFindsTheWordsItBegins() {
        let fixture = KLEWordIndex(plan: klePlan(
            "KLENummer='01.01.01':KLETitel='Rottebekæmpelse':Keywords[Weight]=",
            "KLENummer='01.01.02':KLETitel='Grotter':Keywords[Weight]="))
        #expect(fixture.topics(matching: "rotter").map(\.topic.title) == ["Rottebekæmpelse"])
    }

    @Test func shortWordFindsOnlyItsOwnForms() {
        let fixture = KLEWordIndex(plan: klePlan(
            "KLENummer='01.01.01':KLETitel='Biler':Keywords[Weight]=",
            "KLENummer='01.01.02':KLETitel='Bilag':Keywords[Weight]=",
            "KLENummer='01.01.03':KLETitel='Bil':Keywords[Weight]="))
        #expect(fixture.topics(matching: "bil").map(\.topic.title) == ["Bil", "Biler"])
    }

    @Test func titleHitsRankAboveTermHitsAndStrongTermsAboveWeak() {
        let fixture = KLEWordIndex(plan: klePlan(
            "KLENummer='01.01.01':KLETitel='Andet':Keywords[Weight]=svag hund[5];",
            "KLENummer='01.01.02':KLETitel='Andet':Keywords[Weight]=stærk hund[50];",
            "KLENummer='01.01.03':KLETitel='Hundeskov':Keywords[Weight]=",
            "KLENummer='01.01.04':KLETitel='Hunde':Keywords[Weight]="))
        let matches = fixture.topics(matching: "hunde")
        #expect(matches.map(\.topic.number.description) == ["01.01.04", "01.01.03", "01.01.02", "01.01.01"])
        #expect(matches[2].terms == [KLETerm(text: "stærk hund", weight: 50)])
    }

    @Test func severalWordsFindTheTopicsHoldingEveryOne() {
        let fixture = KLEWordIndex(plan: klePlan(
            "KLENummer='01.01.01':KLETitel='Rotter':Keywords[Weight]=kloak[5];",
            "KLENummer='01.01.02':KLETitel='Rotter':Keywords[Weight]=have[5];",
            "KLENummer='01.01.03':KLETitel='Kloakker':Keywords[Weight]="))
        #expect(fixture.topics(matching: "rotter i kloakken").map(\.topic.number.description) == [])
        #expect(fixture.topics(matching: "rotter kloakken").map(\.topic.number.description) == ["01.01.01"])
        #expect(fixture.topics(matching: "Rotter, kloak").first?.terms == [KLETerm(text: "kloak", weight: 5)])
    }

    @Test func wordTheIndexLacksFindsNothing() {
        #expect(KLEWordIndex.shipped.topics(matching: "xylofonundervisning").isEmpty)
        #expect(KLEWordIndex.shipped.topics(matching: " -- ").isEmpty)
    }
}
