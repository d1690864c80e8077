import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// The "did you mean" hints for references that do not resolve, rule by rule.
struct SuggestionTests {
    static let byggesag = Suggestion.Candidate.Group(id: "team-byggesag", name: "Team Byggesag")
    static let vejOgPark = Suggestion.Candidate.Group(id: "vej-og-park", name: "Vej og Park")
    static let people: [Suggestion.Candidate] = [
        .init(id: "sfl", name: "Sofie Frølund", group: byggesag),
        .init(id: "mlf", name: "Mette L. Friis", group: vejOgPark),
        .init(id: "jhn", name: "Jens Henrik Nørgaard", group: byggesag),
        .init(id: "rh", name: "René Holm", group: vejOgPark),
    ]
    static let departments: [Suggestion.Candidate] = [
        .init(id: "byggeri", name: "Byggeri og Miljø"),
        .init(id: "miljoe", name: "Natur og Vand"),
        .init(id: "aarhusvej", name: "Driftsgården"),
        .init(id: "team-byggesag", name: "Team Byggesag"),
        .init(id: "vej-og-park", name: "Vej og Park"),
    ]

    /// The note that names these candidates with their names and departments.
    private static func naming(_ candidates: Suggestion.Candidate...) -> Hint { .didYouMean(candidates, naming: true) }
    private static func person(_ id: String) -> Suggestion.Candidate { people.first { $0.id == id }! }
    private static func department(_ id: String) -> Suggestion.Candidate { departments.first { $0.id == id }! }

    @Test func aSwapTiedBetweenTwoPeopleSuggestsTheOneInTheTasksOwnDepartment() {
        #expect(Diagnostic.suggestion("slf", among: Self.people, preferring: "team-byggesag") == Self.naming(Self.person("sfl")))
    }

    @Test func aSwapTiedBetweenTwoPeopleSuggestsNothingFromAThirdDepartment() {
        #expect(Diagnostic.suggestion("slf", among: Self.people, preferring: "borgerservice") == nil)
        #expect(Diagnostic.suggestion("slf", among: Self.people, preferring: nil) == nil)
    }

    @Test func aUniqueSwapIsSuggestedWithNameAndDepartment() {
        #expect(Diagnostic.suggestion("jnh", among: Self.people, preferring: "borgerservice") == Self.naming(Self.person("jhn")))
        // Shown with both in either language: the note's words hold the name and the department's name.
        for language in Language.allCases {
            let text = Wording(language).text(Self.naming(Self.person("jhn")))
            #expect(text.contains("\"jhn\"") && text.contains("Jens Henrik Nørgaard") && text.contains("Team Byggesag"), "\(text)")
        }
    }

    @Test func aNameTypedForAnIdSuggestsThatId() {
        let expected = Self.naming(Self.person("jhn"))
        #expect(Diagnostic.suggestion("Jens Henrik Nørgaard", among: Self.people, preferring: nil) == expected)
        #expect(Diagnostic.suggestion("  jens  henrik NØRGAARD ", among: Self.people, preferring: nil) == expected)
        #expect(Diagnostic.suggestion("Jens Henrik Noergaard", among: Self.people, preferring: nil) == expected)
        #expect(Diagnostic.suggestion("rene holm", among: Self.people, preferring: nil) == Self.naming(Self.person("rh")))
    }

    @Test func twoPeopleWithTheTypedNameAreBothListedWithTheirDepartments() {
        let twin = Suggestion.Candidate(id: "sf", name: "Sofie Frølund", group: Self.vejOgPark)
        #expect(Diagnostic.suggestion("Sofie Frølund", among: Self.people + [twin], preferring: "team-byggesag")
            == Self.naming(Self.person("sfl"), twin))
    }

    @Test func moreThanThreePeopleWithTheTypedNameGiveNoHint() {
        let many: [Suggestion.Candidate] = ["aa", "ab", "ac", "ad"].map { .init(id: $0, name: "Anne Andersen", group: Self.byggesag) }
        #expect(Diagnostic.suggestion("Anne Andersen", among: many, preferring: "team-byggesag") == nil)
    }

    @Test func danishLettersInAnIdAreSpeltAsIdsSpellThem() {
        #expect(Diagnostic.suggestion("miljø", among: Self.departments, preferring: nil) == Self.naming(Self.department("miljoe")))
        #expect(Diagnostic.suggestion("Miljø", among: Self.departments, preferring: nil) == Self.naming(Self.department("miljoe")))
        #expect(Diagnostic.suggestion("Århusvej", among: Self.departments, preferring: nil) == Self.naming(Self.department("aarhusvej")))
        #expect(Diagnostic.suggestion("Vej og Pærk", among: Self.departments, preferring: nil) == Self.naming(Self.department("vej-og-park")))
    }

    @Test func anAccentIsDroppedAndASpaceBecomesAHyphen() {
        let areas: [Suggestion.Candidate] = [.init(id: "cafe-drift", name: "Kantiner")]
        #expect(Diagnostic.suggestion("Café drift", among: areas, preferring: nil) == Self.naming(areas[0]))
    }

    @Test func aDepartmentsNameTypedForItsIdSuggestsTheId() {
        #expect(Diagnostic.suggestion("Byggeri og Miljø", among: Self.departments, preferring: nil) == Self.naming(Self.department("byggeri")))
    }

    @Test func theStartOfSomeIdsListsUpToThreeContinuations() {
        let areas: [Suggestion.Candidate] = [
            .init(id: "byggesag", name: "Byggesager"), .init(id: "byggeri", name: "Byggeri"),
            .init(id: "bygget", name: "Det byggede"), .init(id: "byggeplads", name: "Byggepladser"), .init(id: "vej", name: "Veje"),
        ]
        #expect(Diagnostic.suggestion("bygge", among: areas, preferring: nil) == Self.naming(areas[3], areas[1], areas[0]))
    }

    @Test func farOffTextGivesNoHint() {
        #expect(Diagnostic.suggestion("xyz", among: Self.people, preferring: "team-byggesag") == nil)
        #expect(Diagnostic.suggestion("Kirsten Kjær", among: Self.people, preferring: "team-byggesag") == nil)
        #expect(Diagnostic.suggestion("", among: Self.people, preferring: "team-byggesag") == nil)
    }

    @Test func aPlainWordTiedBetweenTwoNearMissesGivesNoHint() {
        // "mial" is one swap from "mail" and one substitution from "mill".
        #expect(Diagnostic.suggestion("mial", among: ["mail", "mill", "phone"]) == nil)
        #expect(Diagnostic.suggestion("mial", among: ["mail", "phone"]) == didYouMean("mail"))
    }

    @Test func plainWordsAreNotTransliterated() {
        // Commands and field names are not ids, so "nåme" stays a near miss of one letter.
        #expect(Diagnostic.suggestion("nåme", among: ["name", "phone"]) == didYouMean("name"))
        #expect(Diagnostic.suggestion("--øut", among: ["--out", "--help"]) == didYouMean("--out"))
    }

    @Test func entriesKnownByIdAndNameAreNamedOnlyWhenANameWasTyped() {
        let entries = [(id: "aa", name: "Anne Andersen"), (id: "bb", name: "Bo Berg")]
        #expect(Diagnostic.suggestion("Anne Andersen", among: entries) == .didYouMean([.init(id: "aa", name: "Anne Andersen")], naming: true))
        #expect(Diagnostic.suggestion("BB", among: entries) == .didYouMean([.init(id: "bb", name: "Bo Berg")], naming: false))
    }

    @Test func editDistanceCountsASwapOfNeighboursAsOneEdit() {
        #expect(Suggestion.editDistance("slf", "sfl") == 1)
        #expect(Suggestion.editDistance("slf", "mlf") == 1)
        #expect(Suggestion.editDistance("phnoe", "phone") == 1)
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
    }

    @Test func catalogueCandidatesCarryTheDepartmentOfEmployeesAndTasks() {
        let catalogue = Catalogue(
            settings: Settings(organisation: "Kommune", edition: "2025"),
            departments: [Department(id: "team-byggesag", name: "Team Byggesag")],
            employees: [Employee(id: "sfl", name: "Sofie Frølund", title: "Sagsbehandler", department: "team-byggesag"),
                        Employee(id: "mlf", name: "Mette L. Friis", title: "Gartner", department: "vej-og-park")],
            tasks: [CatalogueTask(id: "byggetilladelse", title: "Byggetilladelse", department: "team-byggesag", area: "byg", responsible: ["sfl"])])
        #expect(catalogue.suggestionCandidates(of: .employee) == [
            .init(id: "sfl", name: "Sofie Frølund", group: Self.byggesag),
            .init(id: "mlf", name: "Mette L. Friis", group: .init(id: "vej-og-park", name: "vej-og-park")),
        ])
        #expect(catalogue.suggestionCandidates(of: .task) == [.init(id: "byggetilladelse", name: "Byggetilladelse", group: Self.byggesag)])
        #expect(catalogue.suggestionCandidates(of: .department) == [.init(id: "team-byggesag", name: "Team Byggesag")])
    }
}
