import Testing
@testable import KLE

/// A plan of these lines, as a small fixture in OS2KLE's format.
func klePlan(_ lines: String...) -> KLEPlan {
    KLEPlan(text: lines.joined(separator: "\n") + "\n")
}

/// A KLE number a test knows to be well formed.
func kle(_ text: String) throws -> KLENumber {
    try #require(KLENumber(text))
}

/// Loading OS2KLE's format: the shipped plan whole, and small fixtures for each way a line can go wrong.
struct KLEPlanTests {
    @Test func shippedPlanReads2390TopicsIn37MainGroupsWithoutProblems() {
        // Read with every check: `shipped` skips checking the terms one by one, on the strength of this test.
        let plan = KLEPlan(text: EmbeddedPlan.os2kle)
        #expect(plan.topics == KLEPlan.shipped.topics)
        #expect(KLEChanges.shipped.version == KLEPlanInUse.shippedVersion)
        #expect(plan.topics.count == 2_390)
        #expect(plan.mainGroups.count == 37)
        #expect(plan.groups.count == 498)
        #expect(plan.problems.isEmpty)
    }

    @Test func topicHasItsTitleAndWords() throws {
        let topic = try #require(KLEPlan.shipped.topic(kle("09.13.01")))
        #expect(topic.title == "Rottebekæmpelse")
        #expect(topic.terms.first == KLETerm(text: "Miljøbeskyttelsesloven §17", weight: 5))
        #expect(topic.terms.contains(KLETerm(text: "rotteproblem", weight: 50)))
        #expect(topic.terms.count == 26)
    }

    @Test func generalTopicKeepsItsTitleWithIAlmindelighed() throws {
        #expect(KLEPlan.shipped.topic(try kle("24.03.00"))?.title == "Skovbrug i almindelighed")
    }

    @Test func groupIsTitledByItsGeneralTopicWithoutIAlmindelighed() throws {
        let plan = KLEPlan.shipped
        #expect(plan.entry(try kle("09.13"))?.title == "Skadedyrsbekæmpelse")
        #expect(plan.entry(try kle("24.03"))?.title == "Skovbrug")
        // The one general title where the words sit inside: "Rengøring i almindelighed, kommunens ejendomme".
        #expect(plan.entry(try kle("82.08"))?.title == "Rengøring, kommunens ejendomme")
    }

    @Test func mainGroupIsTitledByItsNN0000Topic() throws {
        #expect(KLEPlan.shipped.entry(try kle("09"))?.title == "Miljøbeskyttelse")
        #expect(KLEPlan.shipped.entry(try kle("24"))?.title == "Erhvervsforhold")
    }

    @Test func mainGroupWithoutNN0000TakesItsFirstGroupsTitle() throws {
        // OS2KLE 3.23 has no 00.00.00 line; KLE's main group 00 is "Kommunens styrelse", as is its group 00.01.
        #expect(KLEPlan.shipped.entry(try kle("00"))?.title == "Kommunens styrelse")
        let plan = klePlan("KLENummer='01.02.03':KLETitel='Tredje':Keywords[Weight]=")
        #expect(plan.entry(try kle("01.02"))?.title == "Tredje")
        #expect(plan.entry(try kle("01"))?.title == "Tredje")
    }

    @Test func derivedGroupTitlesAgreeWithTheChangeLogsNewTitlesButTwo() {
        // change.json states the 3.23 title of 29 groups and main groups: a check of the derivation against KLE.
        let stated = KLEChanges.shipped.changes.filter { $0.number.level != .topic && $0.newTitle != nil }
        let differing = stated.filter { KLEPlan.shipped.entry($0.number)?.title != $0.newTitle }
        #expect(stated.count == 29)
        #expect(differing.map(\.number.description) == ["04", "54.34"])
    }

    @Test func internalCodesAreDroppedAndWeightedPhrasesKept() throws {
        let plan = KLEPlan.shipped
        let styrelse = try #require(plan.topic(kle("00.01.00")))
        #expect(!styrelse.terms.contains { $0.text.hasPrefix("ok") && $0.weight == 1000 })
        #expect(styrelse.terms.contains(KLETerm(text: "partistøtte", weight: 5)))
        let fraflytning = try #require(plan.topic(kle("03.12.15")))
        #expect(fraflytning.terms.contains(KLETerm(text: "lov om leje af almene boliger", weight: 1000)))
        let fixture = klePlan("KLENummer='01.02.03':KLETitel='T':Keywords[Weight]=ha004[1000];fd 014_ara[1000];CO2[5];")
        #expect(fixture.topics.first?.terms == [KLETerm(text: "CO2", weight: 5)])
    }

    @Test func malformedLinesAreReportedWithTheirLineNumbersAndTheRestIsRead() throws {
        let plan = klePlan(
            "KLENummer='01.02.03':KLETitel='Godt':Keywords[Weight]=ord[5];",
            "KLENummer='01.02':KLETitel='Gruppe':Keywords[Weight]=",
            "noget andet",
            "KLENummer='01.02.04':KLETitel='Uden ord'",
            "KLENummer='01.02.05':KLETitel='':Keywords[Weight]=",
            "KLENummer='01.02.06':KLETitel='Halvt':Keywords[Weight]=godt[5];skidt;[7];igen[5];",
            "KLENummer='01.02.03':KLETitel='Igen':Keywords[Weight]=",
            "KLENummer='1.2.3':KLETitel='Kort':Keywords[Weight]=")
        #expect(plan.problems == [
            KLEPlanProblem(line: 2, kind: .notATopicNumber("01.02")),
            KLEPlanProblem(line: 3, kind: .missingField("KLENummer")),
            KLEPlanProblem(line: 4, kind: .missingField("Keywords[Weight]")),
            KLEPlanProblem(line: 5, kind: .emptyTitle),
            KLEPlanProblem(line: 6, kind: .malformedTerm("skidt")),
            KLEPlanProblem(line: 6, kind: .malformedTerm("[7]")),
            KLEPlanProblem(line: 7, kind: .duplicateNumber(try kle("01.02.03"), firstLine: 1)),
            KLEPlanProblem(line: 8, kind: .notATopicNumber("1.2.3")),
        ])
        #expect(plan.topics.map(\.number.description) == ["01.02.03", "01.02.06"])
        #expect(plan.topics.last?.terms.map(\.text) == ["godt", "igen"])
    }

    @Test func lineWithoutTitleFieldIsReported() {
        let plan = klePlan("KLENummer='01.02.03':Keywords[Weight]=")
        #expect(plan.problems == [KLEPlanProblem(line: 1, kind: .missingField("KLETitel"))])
    }

    @Test func titleAndTermsMayHoldApostrophesQuotesAndBackslashes() throws {
        let plan = klePlan(#"KLENummer='01.02.03':KLETitel='Børns 'rum':Keywords[Weight]=a\b[5];"gl. løn"[5];"#)
        #expect(plan.problems.isEmpty)
        #expect(plan.topics.first?.title == "Børns 'rum")
        #expect(plan.topics.first?.terms.map(\.text) == [#"a\b"#, #""gl. løn""#])
    }

    @Test func byteOrderMarkCRLFAndBlankLinesAreRead() {
        let text = "\u{FEFF}KLENummer='01.02.03':KLETitel='A':Keywords[Weight]=x[5];\r\n\r\n"
            + "KLENummer='01.02.04':KLETitel='B':Keywords[Weight]=y[5];\r\n"
        let plan = KLEPlan(text: text)
        #expect(plan.problems.isEmpty)
        #expect(plan.topics.map(\.title) == ["A", "B"])
        #expect(plan.topics.map { $0.terms.map(\.text) } == [["x"], ["y"]])
    }

    @Test func lineThatIsNotUTF8IsReportedAndTheRestRead() {
        var bytes = Array("KLENummer='01.02.03':KLETitel='A':Keywords[Weight]=\n".utf8)
        bytes += Array("KLENummer='01.02.04':KLETitel='".utf8) + [0xE6] + Array("':Keywords[Weight]=\n".utf8)
        let plan = KLEPlan(bytes: bytes)
        #expect(plan.problems == [KLEPlanProblem(line: 2, kind: .notUTF8)])
        #expect(plan.topics.map(\.title) == ["A"])
    }

    @Test func topicsAreInPlanOrderWhateverTheFilesOrder() {
        let plan = klePlan(
            "KLENummer='02.01.00':KLETitel='B':Keywords[Weight]=",
            "KLENummer='01.05.01':KLETitel='A2':Keywords[Weight]=",
            "KLENummer='01.01.01':KLETitel='A1':Keywords[Weight]=")
        #expect(plan.topics.map(\.title) == ["A1", "A2", "B"])
        #expect(plan.groups.map(\.number.description) == ["01.01", "01.05", "02.01"])
        #expect(plan.mainGroups.map(\.number.description) == ["01", "02"])
    }
}
