import Testing
import KLE

/// Looking numbers up in the plan: every level, facets, and the nearest numbers for a "did you mean".
struct KLEPlanLookupTests {
    @Test func numbersAreReadOnlyInKLEsShape() {
        #expect(KLENumber("09.13.01")?.description == "09.13.01")
        #expect(KLENumber("09.13")?.level == .group)
        #expect(KLENumber("09")?.level == .mainGroup)
        for text in ["9.13.01", "09.13.01.02", "09.13.1", "09-13-01", "09.13.01-G01", " 09.13", "", "0a", "09..01"] {
            #expect(KLENumber(text) == nil, "\(text) was read as a number")
        }
    }

    @Test func referenceSplitsIntoNumberAndFacet() throws {
        let reference = try #require(KLEReference("24.10.07-G20"))
        #expect(reference.number == (try kle("24.10.07")))
        #expect(reference.facet == "G20")
        #expect(reference.description == "24.10.07-G20")
        for text in ["24.10.07-g20", "24.10.07-G2", "24.10.07-G200", "24.10.07-", "24.10.07-G20-4-15", "-G01"] {
            #expect(KLEReference(text) == nil, "\(text) was read as a reference")
        }
    }

    @Test func facetsResolveToTheirBaseNumber() throws {
        let plan = KLEPlan.shipped
        #expect(plan.entry(for: try #require(KLEReference("24.10.07-G20")))?.description
            == "24.10.07 Erhvervsserviceaktiviteter og iværksætteri")
        #expect(plan.entry(for: try #require(KLEReference("24.10-G01")))?.description == "24.10 Erhvervsfremme")
        #expect(plan.entry(for: try #require(KLEReference("24-G01")))?.title == "Erhvervsforhold")
        #expect(plan.entry(for: try #require(KLEReference("24.10.08-G01"))) == nil)
    }

    @Test func groupsAndMainGroupsExistOnlyWhenATopicLiesUnderThem() throws {
        let plan = KLEPlan.shipped
        #expect(plan.contains(try kle("09.13")))
        #expect(plan.contains(try kle("09")))
        #expect(!plan.contains(try kle("09.14")))
        #expect(!plan.contains(try kle("10")))
        #expect(!plan.contains(try kle("09.13.07")))
        #expect(plan.topic(try kle("09.13")) == nil, "a group is not a topic")
    }

    @Test func topicsUnderAGroupAreItsOwnInPlanOrder() throws {
        let plan = KLEPlan.shipped
        #expect(plan.topics(under: try kle("09.13")).map(\.number.description)
            == ["09.13.00", "09.13.01", "09.13.02", "09.13.03", "09.13.04", "09.13.05", "09.13.06"])
        #expect(plan.topics(under: try kle("09.13.01")).map(\.title) == ["Rottebekæmpelse"])
        #expect(plan.topics(under: try kle("10")).isEmpty)
        #expect(plan.topics(under: try kle("09")).allSatisfy { $0.number.mainGroup == 9 })
        #expect(plan.topics(under: try kle("09")).count == plan.topics.filter { $0.number.mainGroup == 9 }.count)
    }

    @Test func unknownTopicGetsTheNearestTopicsOfItsGroupFirst() throws {
        let closest = KLEPlan.shipped.closest(to: try kle("09.13.20"), limit: 3)
        #expect(closest.map(\.description) == [
            "09.13.06 Ræve - skadedyrsbekæmpelse",
            "09.13.05 Mosegrise - skadedyrsbekæmpelse",
            "09.13.04 Katte - skadedyrsbekæmpelse",
        ])
    }

    @Test func existingTopicIsNotItsOwnSuggestion() throws {
        let closest = KLEPlan.shipped.closest(to: try kle("09.13.05"), limit: 3)
        #expect(closest.map(\.number.description) == ["09.13.04", "09.13.06", "09.13.03"])
    }

    @Test func topicInAnUnknownGroupGetsTopicsOfItsMainGroupFirst() throws {
        let closest = KLEPlan.shipped.closest(to: try kle("24.11.01"), limit: 2)
        #expect(closest.map(\.number.description) == ["24.10.11", "24.10.07"])
    }

    @Test func unknownGroupAndMainGroupGetNeighboursAtTheirLevel() throws {
        let plan = KLEPlan.shipped
        #expect(plan.closest(to: try kle("09.14"), limit: 2).map(\.description)
            == ["09.13 Skadedyrsbekæmpelse", "09.16 Kemiske stoffer, produkter og bekæmpelsesmidler"])
        // 07 and 13 are as near as each other: the lower comes first.
        #expect(plan.closest(to: try kle("10"), limit: 4).map(\.number.description) == ["09", "08", "07", "13"])
        #expect(plan.closest(to: try kle("10"), limit: 0).isEmpty)
    }
}
