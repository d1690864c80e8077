import Testing
import KLE

/// OS2KLE's change log: which numbers the newest version retired, added or renamed, so a check can say so.
struct KLEPlanChangesTests {
    @Test func shippedChangeLogLeadsFrom322To323WithoutProblems() {
        let changes = KLEChanges.shipped
        #expect(changes.previousVersion == "3.22")
        #expect(changes.version == "3.23")
        #expect(changes.changes.count == 281)
        #expect(changes.problems.isEmpty)
    }

    @Test func changeLogNamesARetiredNumberThePlanLacks() throws {
        let retired = try #require(KLEChanges.shipped.change(for: kle("03.09.13")))
        #expect(retired.isRetired)
        #expect(!KLEPlan.shipped.contains(try kle("03.09.13")))
        #expect(KLEChanges.shipped.change(for: try kle("04.05"))?.isRetired == true, "a retired group")
    }

    @Test func changeLogNamesARenamedNumberWithBothTitles() throws {
        let renamed = try #require(KLEChanges.shipped.change(for: kle("00.30.06")))
        #expect(renamed.isRenamed)
        #expect(!renamed.isRetired)
        #expect(renamed.previousTitle == "Lånebegrænsninger/rammer")
        #expect(renamed.newTitle == "Lånebegrænsninger / lånerammer")
        #expect(KLEPlan.shipped.topic(try kle("00.30.06"))?.title == renamed.newTitle)
    }

    @Test func changeLogNamesAddedNumbersAndTerms() throws {
        #expect(KLEChanges.shipped.change(for: try kle("01.30.15"))?.presence == .added)
        let terms = try #require(KLEChanges.shipped.change(for: kle("01.05.09")))
        #expect(terms.presence == nil)
        #expect(terms.addedTerms.contains("hasselmus"))
        #expect(!terms.isRenamed)
    }

    @Test func everyRetiredNumberIsAbsentFromThePlanAndEveryAddedOnePresent() {
        for change in KLEChanges.shipped.changes {
            switch change.presence {
            case .retired: #expect(!KLEPlan.shipped.contains(change.number), "\(change.number) is retired")
            case .added: #expect(KLEPlan.shipped.contains(change.number), "\(change.number) is added")
            case nil: #expect(KLEPlan.shipped.contains(change.number), "\(change.number) changed")
            }
        }
    }

    @Test func unchangedNumberHasNoChange() throws {
        #expect(KLEChanges.shipped.change(for: try kle("09.13.01")) == nil)
    }

    @Test func whichVersionIsNewerIsReadFromTheVersionsNotTheirOrder() throws {
        let changes = try KLEChanges(json: #"""
            {"01.02.03": {"class": "Only in 3.9"},
             "01.02.04": {"settings": {"title": "3.9: 'Gammel'. 3.10: 'Ny, med '. 3.9: ' i'"}},
             "01.02.05": {"terms": {"ny": {"term": "Only in 3.10"}, "gammel": {"term": "Only in 3.9"}}}}
            """#)
        #expect(changes.version == "3.10")
        #expect(changes.previousVersion == "3.9")
        #expect(changes.change(for: try kle("01.02.03"))?.isRetired == true)
        let renamed = try #require(changes.change(for: kle("01.02.04")))
        #expect(renamed.previousTitle == "Gammel")
        #expect(renamed.newTitle == "Ny, med '. 3.9: ' i")
        #expect(changes.change(for: try kle("01.02.05"))?.addedTerms == ["ny"])
        #expect(changes.change(for: try kle("01.02.05"))?.removedTerms == ["gammel"])
    }

    @Test func valuesNotUnderstoodAreProblemsAndTheRestIsRead() throws {
        let changes = try KLEChanges(json: #"""
            {"kommune": {"class": "Only in 3.23"},
             "01.02.03": {"class": "Sometimes"},
             "01.02.04": {"settings": {"title": "ny titel"}},
             "01.02.05": {"class": "Only in 3.23"}}
            """#)
        #expect(changes.problems == [
            KLEChangesProblem(key: "01.02.03", text: "Sometimes"),
            KLEChangesProblem(key: "01.02.04", text: "ny titel"),
            KLEChangesProblem(key: "kommune", text: "kommune"),
        ])
        #expect(changes.change(for: try kle("01.02.05"))?.presence == .added)
    }

    @Test func textThatIsNotAChangeLogThrows() {
        #expect(throws: KLEChangesError.self) { try KLEChanges(json: "[1, 2]") }
        #expect(throws: KLEChangesError.self) { try KLEChanges(json: "{\"01\": {\"class\": 3}}") }
        #expect(throws: KLEChangesError.moreThanTwoVersions(["3.1", "3.2", "3.3"])) {
            try KLEChanges(json: #"""
                {"01": {"class": "Only in 3.1"}, "02": {"class": "Only in 3.2"}, "03": {"class": "Only in 3.3"}}
                """#)
        }
    }
}
