import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueExport

/// Absences with cover: recorded by `away`, removed by `back`, and applied on their days (and
/// only then) by the routing rule that every output shares.
struct AbsenceTests {
    static let carl = """
        {
          "name": "Carl Clausen",
          "title": "Sagsbehandler",
          "department": "adm",
          "phone": "72 57 00 03",
          "visibility": "contact"
        }

        """

    static func day(_ text: String) throws -> CalendarDay { try #require(CalendarDay(iso: text)) }

    /// The scratch catalogue with Carl, and Anne (primary on "byggesag") away from 1 February to
    /// 31 July 2027 with Carl covering.
    static func withAnneAway() throws -> ScratchCatalogue {
        let scratch = try ScratchCatalogue(["employees/cc.json": carl])
        let result = scratch.run(["away", "aa", "--cover", "cc", "--from", "2027-02-01", "--until", "2027-07-31", "--note", "Orlov"])
        #expect(result.status == 0, "\(result.stderr)")
        return scratch
    }

    /// The employees' absences set directly, for the routing rule's cases.
    static func catalogue(_ absences: [EmployeeID: Absence]) throws -> Catalogue {
        let scratch = try ScratchCatalogue(["employees/cc.json": carl])
        defer { scratch.remove() }
        var catalogue = CatalogueReader.load(scratch.root).catalogue
        for (id, absence) in absences { catalogue.employees.update(id) { $0.absence = absence } }
        return catalogue
    }

    // MARK: Recording

    @Test func awayWritesTheAbsenceAndBackRemovesItLeavingTheFileAsBefore() throws {
        let scratch = try Self.withAnneAway()
        defer { scratch.remove() }
        #expect(try scratch.read("employees/aa.json").contains("""
              "absence": {
                "from": "2027-02-01",
                "until": "2027-07-31",
                "cover": "cc",
                "note": "Orlov"
              }
            """))
        #expect(try scratch.read("tasks/byggesag.md") == ScratchCatalogue.validFiles["tasks/byggesag.md"], "the tasks do not change")
        let back = scratch.run(["back", "Anne Andersen"])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout == said(.changed(path: "employees/aa.json"), .backRecorded(name: "Anne Andersen", id: "aa")))
        #expect(try scratch.read("employees/aa.json") == ScratchCatalogue.validFiles["employees/aa.json"])
        let again = scratch.run(["back", "aa"])
        #expect(again.status == 0 && again.stdout == said(.notAway(name: "Anne Andersen", id: "aa")))
    }

    @Test func awaySaysWhatItRecordedAndTakesTheCoverByName() throws {
        let scratch = try ScratchCatalogue(["employees/cc.json": Self.carl])
        defer { scratch.remove() }
        let result = scratch.run(["away", "aa", "--cover", "Carl Clausen", "--from", "2027-02-01"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == said(.changed(path: "employees/aa.json"),
                                      .awayRecorded(name: "Anne Andersen", id: "aa", from: try Self.day("2027-02-01"), until: nil,
                                                    cover: "Carl Clausen", coverID: "cc")))
        #expect(CatalogueReader.load(scratch.root).catalogue.employee("aa")?.absence == Absence(from: try Self.day("2027-02-01"), cover: "cc"))
    }

    @Test func awayTypedWrongIsAUsageErrorAndWritesNothing() throws {
        let scratch = try ScratchCatalogue(["employees/cc.json": Self.carl])
        defer { scratch.remove() }
        let before = scratch.snapshot()
        let badDay = scratch.run(["away", "aa", "--cover", "cc", "--until", "2027-02-30"])
        #expect(badDay.status == 64 && badDay.stderr.hasPrefix(errorLine(.badDate(option: "--until", text: "2027-02-30"))))
        let noCover = scratch.run(["away", "aa"])
        #expect(noCover.status == 64 && noCover.stderr.hasPrefix(errorLine(.nameAwayAndCover)))
        let ownCover = scratch.run(["away", "aa", "--cover", "aa"])
        #expect(ownCover.status == 1 && diagnosticCodes(ownCover.stderr) == ["employees/aa.json: error [cover-is-self]"])
        #expect(scratch.snapshot() == before)
    }

    @Test func aCoverIsAReferenceThatRemoveListsAndReassignFollows() throws {
        let scratch = try Self.withAnneAway()
        defer { scratch.remove() }
        let remove = scratch.run(["remove", "employee", "cc"])
        #expect(remove.status == 1)
        #expect(remove.stderr.contains(said(.referredBy(path: "employees/aa.json", role: .coverForEmployee)).trimmingCharacters(in: .newlines)))
        let reassign = scratch.run(["reassign", "--all-from", "cc", "--to", "bb"])
        #expect(reassign.status == 0, "\(reassign.stderr)")
        #expect(CatalogueReader.load(scratch.root).catalogue.employee("aa")?.absence?.cover == "bb")
    }

    // MARK: The routing rule

    @Test func theCoverTakesThePlaceOnlyOnTheDaysOfTheAbsence() throws {
        let absence = Absence(from: try Self.day("2027-02-01"), until: try Self.day("2027-07-31"), cover: "cc")
        let catalogue = try Self.catalogue(["aa": absence])
        let task = try #require(catalogue.task("byggesag"))
        for (day, people) in [("2027-01-31", ["aa", "bb"]), ("2027-02-01", ["cc", "bb"]), ("2027-07-31", ["cc", "bb"]), ("2027-08-01", ["aa", "bb"])] {
            let route = Relations(catalogue, on: try Self.day(day)).route(for: task)
            #expect(route.people.map(\.id.rawValue) == people, "on \(day)")
            #expect(route.standingIn["cc"]?.person.id == (people[0] == "cc" ? "aa" : nil), "on \(day)")
        }
        #expect(Relations(catalogue).route(for: task).people.map(\.id) == ["aa", "bb"], "without a day nobody is away")
    }

    @Test func aCoverWhoIsAwayPassesTheCallsOnAndACircleEndsAtTheDepartment() throws {
        let day = try Self.day("2027-03-01")
        let from = try Self.day("2027-02-01")
        // aa's cover bb is away too, covered by cc: cc takes aa's place, and bb's (already listed) adds no one.
        let chain = try Self.catalogue(["aa": Absence(from: from, cover: "bb"), "bb": Absence(from: from, cover: "cc")])
        let anne = try #require(chain.employee("aa"))
        #expect(chain.absence(of: anne, on: day)?.cover?.id == "cc")
        #expect(chain.absence(of: anne, on: day)?.awayCovers.map(\.id) == ["bb"])
        let route = Relations(chain, on: day).route(for: try #require(chain.task("byggesag")))
        #expect(route.people.map(\.id) == ["cc"] && route.away.map(\.person.id) == ["aa", "bb"])
        // aa and bb cover for each other while both are away: nobody takes the calls but the department.
        let circle = try Self.catalogue(["aa": Absence(from: from, cover: "bb"), "bb": Absence(from: from, cover: "aa")])
        let circleRoute = Relations(circle, on: day).route(for: try #require(circle.task("byggesag")))
        #expect(circleRoute.people.isEmpty && circleRoute.away.allSatisfy { $0.cover == nil })
    }

    @Test func aCoverWhoHoldsTheTaskAlreadyIsNotListedTwice() throws {
        let catalogue = try Self.catalogue(["aa": Absence(from: try Self.day("2027-02-01"), cover: "bb")])
        let route = Relations(catalogue, on: try Self.day("2027-03-01")).route(for: try #require(catalogue.task("byggesag")))
        #expect(route.people.map(\.id) == ["bb"])
    }

    // MARK: Checks

    /// The codes `check` gives the catalogue with aa's "absence" (and cc) as written, judged on `today`.
    static func codes(_ absence: String, carl: String = AbsenceTests.carl, today: String = "2027-03-01") throws -> [String] {
        let anne = try #require(ScratchCatalogue.validFiles["employees/aa.json"])
            .replacingOccurrences(of: "\"visibility\": \"contact\"", with: "\"visibility\": \"contact\",\n  \"absence\": \(absence)")
        let scratch = try ScratchCatalogue(["employees/aa.json": anne, "employees/cc.json": carl])
        defer { scratch.remove() }
        return Validator.check(CatalogueReader.load(scratch.root), today: try day(today)).filter { $0.location.file == "employees/aa.json" }.map(\.problem.code)
    }

    @Test func checkFindsAbsencesThatCannotBeAndNamesThoseThatAreOver() throws {
        #expect(try Self.codes(#"{"from": "2027-03-01", "until": "2027-02-01", "cover": "cc"}"#, today: "2026-12-01") == ["absence-ends-before-start"])
        #expect(try Self.codes(#"{"from": "2027-02-01", "cover": "aa"}"#) == ["cover-is-self"])
        #expect(try Self.codes(#"{"from": "2027-02-01", "cover": "zz"}"#) == ["cover-left"])
        #expect(try Self.codes(#"{"from": "2027-02-30", "cover": "cc"}"#) == ["invalid-date"])
        #expect(try Self.codes(#"{"from": "2027-02-01", "cover": "cc", "reason": "x"}"#) == ["unknown-field"])
        #expect(try Self.codes(#"{"until": "2027-02-01"}"#) == ["missing-field", "missing-field"])
        #expect(try Self.codes(#""2027-02-01""#) == ["not-an-object"])
        // Over: named once its last day has passed, not before.
        #expect(try Self.codes(#"{"from": "2027-02-01", "until": "2027-02-28", "cover": "cc"}"#) == ["absence-ended"])
        #expect(try Self.codes(#"{"from": "2027-02-01", "until": "2027-03-01", "cover": "cc"}"#) == [])
        // Without a last day: named after a year, not before.
        #expect(try Self.codes(#"{"from": "2026-02-28", "cover": "cc"}"#) == ["absence-without-end"])
        #expect(try Self.codes(#"{"from": "2026-03-01", "cover": "cc"}"#) == [])
    }

    @Test func checkWarnsWhenTheCoverIsAwayInTheSamePeriodOnly() throws {
        func carl(away period: String) -> String {
            Self.carl.replacingOccurrences(of: "\"visibility\": \"contact\"", with: "\"visibility\": \"contact\",\n  \"absence\": \(period)")
        }
        let anne = #"{"from": "2027-02-01", "until": "2027-07-31", "cover": "cc"}"#
        #expect(try Self.codes(anne, carl: carl(away: #"{"from": "2027-07-01", "until": "2027-07-21", "cover": "bb"}"#)) == ["cover-also-away"])
        #expect(try Self.codes(anne, carl: carl(away: #"{"from": "2027-08-01", "cover": "bb"}"#)) == [])
        #expect(try Self.codes(anne, carl: carl(away: #"{"from": "2027-01-01", "until": "2027-01-31", "cover": "bb"}"#)) == [])
    }

    @Test func periodsOverlapWhenTheyShareADayAndYearsAddUpInLeapYears() throws {
        let d = Self.day
        #expect(Absence(from: try d("2027-02-01"), until: try d("2027-02-10"), cover: "x").overlaps(Absence(from: try d("2027-02-10"), cover: "y")))
        #expect(!Absence(from: try d("2027-02-01"), until: try d("2027-02-09"), cover: "x").overlaps(Absence(from: try d("2027-02-10"), cover: "y")))
        #expect(Absence(from: try d("2027-02-01"), cover: "x").overlaps(Absence(from: try d("2020-01-01"), cover: "y")))
        #expect(try d("2028-02-29").adding(years: 1) == d("2029-02-28"))
        #expect(try d("2027-12-31") < d("2028-01-01"))
    }

    // MARK: Every output, on and off the dates

    /// The files `export` writes for the scratch catalogue on `date`.
    static func export(_ scratch: ScratchCatalogue, date: String) throws -> [String: String] {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("absence-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = scratch.run(["export", "all", "--out", out.path, "--date", date])
        #expect(result.status == 0, "\(result.stderr)")
        var files: [String: String] = [:]
        for name in ["internal.html", "external.html", "switchboard.csv", "switchboard-people.csv"] {
            files[name] = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }

    @Test func theExportPutsTheCoverInPlaceOnTheDaysAndNeverPublishesTheAbsence() throws {
        let scratch = try Self.withAnneAway()
        defer { scratch.remove() }
        let during = try Self.export(scratch, date: "2027-03-01")
        let routing = try StrictCSV.parse(try #require(during["switchboard.csv"]), delimiter: ",")
        let header = try #require(routing.first)
        let row = try #require(routing.first { $0.first == "Byggesag" })
        func column(_ name: String) throws -> String { row[try #require(header.firstIndex(of: name))] }
        #expect(try column("Primær medarbejder") == "Carl Clausen" && column("Primær telefon") == "72570003")
        #expect(try column("Backup 1") == "Bo Berg")
        #expect(try column("Fravær") == "Anne Andersen: fraværende til og med 31. juli 2027; kontakt Carl Clausen")
        let staff = try StrictCSV.parse(try #require(during["switchboard-people.csv"]), delimiter: ",")
        let anne = try #require(staff.first { $0.first == "Anne Andersen" })
        #expect(anne.last == "fraværende til og med 31. juli 2027; kontakt Carl Clausen (72 57 00 03)")
        #expect(staff.filter { $0.first != "Anne Andersen" }.dropFirst().allSatisfy { $0.last == "" })
        let internalPage = try #require(during["internal.html"])
        #expect(internalPage.contains(#"<span class="away"> – fraværende til og med 31. juli 2027; kontakt Carl Clausen</span>"#))
        #expect(!internalPage.contains("Orlov"), "why someone is away is never published")
        let external = try #require(during["external.html"])
        #expect(external.contains("Carl Clausen") && external.contains("72 57 00 03"))
        #expect(!external.contains("Anne Andersen") && !external.contains("Orlov") && !external.contains("fravær"))

        let after = try Self.export(scratch, date: "2027-08-01")
        let routingAfter = try StrictCSV.parse(try #require(after["switchboard.csv"]), delimiter: ",")
        #expect(routingAfter.first { $0.first == "Byggesag" }?[4] == "Anne Andersen")
        #expect(routingAfter.dropFirst().allSatisfy { $0.last == "" })
        #expect(!(after["internal.html"] ?? "").contains(#"class="away""#))
        #expect((after["external.html"] ?? "").contains("Anne Andersen") && !(after["external.html"] ?? "").contains("Carl Clausen"))
    }

    @Test func findAndShowSayWhoIsAwayAndWhoCovers() throws {
        let scratch = try Self.withAnneAway()
        defer { scratch.remove() }
        let find = scratch.run(["find", "byggesag", "--date", "2027-03-01"])
        #expect(find.stdout.contains("Carl Clausen (cc), 72 57 00 03 – dækker for Anne Andersen, fraværende til og med 31. juli 2027"), "\(find.stdout)")
        let person = scratch.run(["find", "Anne Andersen", "--date", "2027-03-01"])
        #expect(person.stdout.contains("Fravær:") && person.stdout.contains("fraværende til og med 31. juli 2027; kontakt Carl Clausen (72 57 00 03)"))
        let json = scratch.run(["find", "byggesag", "--json", "--date", "2027-03-01"])
        #expect(json.stdout.contains("\"coversFor\"") && json.stdout.contains("\"until\": \"2027-07-31\"") && !json.stdout.contains("Orlov"))
        let before = scratch.run(["find", "byggesag", "--date", "2027-01-31"])
        #expect(before.stdout.contains("Primær:   Anne Andersen (aa)") && !before.stdout.contains("dækker"))

        let show = scratch.run(["show", "employee", "aa", "--date", "2027-03-01"])
        #expect(show.stdout.contains("Fravær:         Orlov: fraværende til og med 31. juli 2027; kontakt Carl Clausen (72 57 00 03)"), "\(show.stdout)")
        let planned = scratch.run(["show", "employee", "aa", "--date", "2027-01-31"])
        #expect(planned.stdout.contains("Orlov: planlagt fravær fra 1. februar 2027 til og med 31. juli 2027; Carl Clausen (cc) dækker"), "\(planned.stdout)")
        let task = scratch.run(["show", "task", "byggesag", "--date", "2027-03-01"])
        #expect(task.stdout.contains("Carl Clausen (cc), primær, 72 57 00 03 – dækker for Anne Andersen, fraværende til og med 31. juli 2027"), "\(task.stdout)")
    }
}
