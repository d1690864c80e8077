import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueExport

/// `catalogue stats`: call logs counted through the catalogue, on logs with known answers.
struct StatsTests {
    static let fixtures = projectRoot.appendingPathComponent("Tests/CatalogueKitTests/Fixtures/stats")
    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// The small catalogue with numbers: the one entry 72 57 88 10, the switchboard 72 57 77 77,
    /// Administration 72 57 00 00, Anne 72 57 00 01 (primary in Byggeri), Bo 72 57 00 02 (primary
    /// in Miljø); both areas are reached through Administration.
    static func catalogue(language: String = "da") throws -> ScratchCatalogue {
        try ScratchCatalogue([
            "catalogue.json": """
                {
                  "organisation": "Testby Kommune",
                  "title": "Opgave- og medarbejderkatalog",
                  "edition": "2026, 1. udgave",
                  "language": "\(language)",
                  "oneEntryPhone": "72 57 88 10",
                  "switchboardPhone": "72 57 77 77"
                }

                """,
            "departments/adm.json": "{\n  \"name\": \"Administration\",\n  \"phone\": \"72 57 00 00\"\n}\n",
            "employees/bb.json": "{\n  \"name\": \"Bo Berg\",\n  \"title\": \"Sagsbehandler\",\n  \"department\": \"adm\",\n  \"phone\": \"72 57 00 02\"\n}\n",
            "areas/miljo.md": "{\n  \"name\": \"Miljø\",\n  \"significantBusinessContact\": false,\n  \"contactDepartment\": \"adm\"\n}\n\nMiljø.\n",
            "tasks/jord.md": "{\n  \"title\": \"Jordforurening\",\n  \"department\": \"adm\",\n  \"area\": \"miljo\",\n  \"responsible\": [\"bb\", \"aa\"]\n}\n\nJord.\n",
        ])
    }

    private func statistics(_ files: [String], _ scratch: ScratchCatalogue, _ options: [String] = []) throws -> [String: Any] {
        let result = scratch.run(["stats"] + files + ["--json"] + options)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func aDanishLogInWindows1252GivesTheKnownCounts() throws {
        let scratch = try Self.catalogue()
        defer { scratch.remove() }
        let stats = try statistics([Self.fixture("omstilling-windows1252.csv")], scratch)
        #expect(stats["calls"] as? Int == 9)
        #expect(stats["oneEntry"] as? Int == 1, "8810 is the end of the one entry's 72 57 88 10")
        #expect(stats["switchboard"] as? Int == 1)
        #expect(stats["first"] as? String == "2026-11-03")
        #expect(stats["last"] as? String == "2027-01-02")
        let areas = try #require(stats["areas"] as? [[String: Any]])
        #expect(areas.map { "\($0["id"] ?? "")=\($0["calls"] ?? "")" } == ["byg=2", "miljo=1"])
        #expect(stats["withoutArea"] as? Int == 1, "Administration's own number: two areas are reached through it")
        let departments = try #require(stats["departments"] as? [[String: Any]])
        #expect(departments.map { "\($0["id"] ?? "")=\($0["calls"] ?? "")" } == ["adm=4"])
        let months = try #require(stats["months"] as? [[String: Any]])
        #expect(months.map { "\($0["month"] ?? "")=\($0["calls"] ?? "")" } == ["2026-11=3", "2026-12=5", "2027-01=1"])
        #expect(stats["unattributed"] as? Int == 3)
        let unknown = try #require(stats["unknown"] as? [[String: Any]])
        #expect(unknown.map { "\($0["number"] ?? "")=\($0["calls"] ?? "")" } == ["9999=2", "72 57 12 34=1"])
        let places = try #require(unknown.first?["places"] as? [[String: Any]])
        #expect(places.map { $0["line"] as? Int } == [7, 8])
    }

    @Test func threeCXsExportCountsIncomingCallsAndReadsTheExtensionInBrackets() throws {
        let scratch = try Self.catalogue()
        defer { scratch.remove() }
        let file = Self.fixture("3cx-opkaldsliste.csv")
        let result = scratch.run(["stats", file, "--json"])
        #expect(result.stderr.contains(said(.importing(.logSkipped(calls: 2)))), "one outbound, one internal")
        #expect(result.stderr.contains(said(.importing(.logColumns(threeCX: true, columns: [
            MatchedColumn(header: "Call Time", field: "time"), MatchedColumn(header: "To", field: "number"),
            MatchedColumn(header: "Direction", field: "direction"),
        ], ignored: ["From", "Status", "Ringing", "Talking", "Cost", "Call Activity Details"])))))
        let stats = try statistics([file], scratch)
        #expect(stats["calls"] as? Int == 4)
        #expect(stats["oneEntry"] as? Int == 1)
        #expect((stats["areas"] as? [[String: Any]])?.map { "\($0["id"] ?? "")=\($0["calls"] ?? "")" } == ["byg=1", "miljo=1"])
        let unknown = try #require(stats["unknown"] as? [[String: Any]])
        #expect(unknown.map { "\($0["number"] ?? "")" } == ["0800"])
        #expect((unknown.first?["places"] as? [[String: Any]])?.first?["line"] as? Int == 7, "a quoted line break counts as a line")
    }

    @Test func sinceAndUntilLimitThePeriodAndSeveralLogsAddUp() throws {
        let scratch = try Self.catalogue()
        defer { scratch.remove() }
        let files = [Self.fixture("3cx-opkaldsliste.csv"), Self.fixture("omstilling-windows1252.csv")]
        #expect(try statistics(files, scratch)["calls"] as? Int == 13)
        let december = try statistics(files, scratch, ["--since", "2026-12-01", "--until", "2026-12-31"])
        #expect(december["calls"] as? Int == 7)
        #expect(december["first"] as? String == "2026-12-01")
        #expect(errorCodes(scratch.run(["stats"] + files + ["--since", "2026-02-30"]).stderr) == ["bad-date"])
    }

    @Test func aTimeThatIsNoDateIsAWarningWithItsLine() throws {
        let scratch = try Self.catalogue()
        defer { scratch.remove() }
        let file = Self.fixture("omstilling-windows1252.csv")
        let result = scratch.run(["stats", file])
        #expect(result.status == 0)
        #expect(diagnosticCodes(result.stderr) == ["\(file):11: warning [log-bad-time]"])
    }

    @Test func theTextReportIsInTheCataloguesLanguage() throws {
        let danish = try Self.catalogue()
        defer { danish.remove() }
        let file = Self.fixture("omstilling-windows1252.csv")
        let text = danish.run(["stats", file, "--language", "en"]).stdout
        #expect(text.contains("\nOpkald i alt: 9\n"))
        #expect(text.contains("\nHeraf til én indgang for virksomheder: 1 (11,1 %)\n"))
        #expect(text.contains("\nPeriode: fra 3. november 2026 til 2. januar 2027\n"))
        #expect(text.contains("  9999  2  \(file):7, 8\n"))
        let english = try Self.catalogue(language: "en")
        defer { english.remove() }
        let report = english.run(["stats", file]).stdout
        #expect(report.contains("\nCalls in all: 9\n"))
        #expect(report.contains("\nOf these to the one entry for businesses: 1 (11.1%)\n"))
    }

    @Test func theHTMLReportIsPrintableWithChartsAndNoScript() throws {
        let scratch = try Self.catalogue()
        defer { scratch.remove() }
        try scratch.write("departments/adm.json", "{\n  \"name\": \"Byg & <Miljø>\",\n  \"phone\": \"72 57 00 00\"\n}\n")
        let html = scratch.run(["stats", Self.fixture("omstilling-windows1252.csv"), "--html"]).stdout
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"da\">"))
        #expect(!html.contains("<script"))
        #expect(html.components(separatedBy: "<svg ").count - 1 == 3, "one chart per table")
        #expect(html.contains("role=\"img\" aria-label=\"Diagram: Opkald pr. fagområde\""))
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("<th scope=\"row\">Byg &amp; &lt;Miljø&gt;</th>"))
        #expect(!html.contains("<Miljø>"))
        #expect(html.contains("<th scope=\"row\">72 57 12 34</th>"))
        #expect(errorCodes(scratch.run(["stats", Self.fixture("omstilling-windows1252.csv"), "--html", "--json"]).stderr) == ["json-or-html"])
    }

    @Test func aLogWithoutATimeOrNumberColumnIsRefusedWithWhatToDo() throws {
        let scratch = try Self.catalogue()
        defer { scratch.remove() }
        let folder = scratch.root.appendingPathExtension("log")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Hvornår;Lokal\n2026-11-03;0001\n".utf8).write(to: folder.appendingPathComponent("log.csv"))
        try Data("{\"Hvornår\": \"time\", \"Lokal\": \"number\"}".utf8).write(to: folder.appendingPathComponent("kort.json"))
        let refused = run(["stats", "log.csv", "--catalogue", scratch.root.path], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr == errorLine(.importing(.logNoColumns(path: "log.csv", headers: ["Hvornår", "Lokal"],
                                                                      missing: ["time", "number"]))) + "\n")
        let mapped = run(["stats", "log.csv", "--mapping", "kort.json", "--json", "--catalogue", scratch.root.path], in: folder)
        #expect(mapped.stdout.contains("\"calls\": 1,"))
    }

    @Test func anEmployeesCallsCountInTheAreaWhereTheyArePrimaryOfMostTasks() {
        var catalogue = Catalogue(settings: Settings(organisation: "T", edition: "1"))
        for (id, name, order) in [("a", "Alfa", 2), ("b", "Beta", 1), ("c", "Cirkus", nil)] as [(String, String, Int?)] {
            catalogue.areas.upsert(Area(id: AreaID(id), name: name, sortOrder: order, significantBusinessContact: true, contactDepartment: "d"))
        }
        let tasks: [(String, String, [EmployeeID])] = [
            ("t1", "a", ["x", "y"]), ("t2", "a", ["x"]), ("t3", "b", ["x"]),  // x: primary twice in a, once in b
            ("t4", "a", ["y"]), ("t5", "b", ["y"]),  // y: primary once in each, and a backup in a as well
            ("t6", "c", ["w", "z"]), ("t7", "a", ["v", "z"]),  // z: backup only, once in c and once in a: a by sortOrder
        ]
        for (id, area, people) in tasks {
            catalogue.tasks.upsert(CatalogueTask(id: TaskID(id), title: id, department: "d", area: AreaID(area), responsible: people))
        }
        let areas = ContactStatistics.mainAreas(catalogue)
        #expect(areas["x"] == "a")
        #expect(areas["y"] == "a", "primary once in a and once in b, but also a backup in a")
        #expect(areas["z"] == "a", "backup once in c (no sortOrder) and once in a (sortOrder 2)")
    }

    @Test func anExtensionCountsOnlyWhenOneNumberEndsWithIt() {
        var catalogue = Catalogue(settings: Settings(organisation: "T", edition: "1", oneEntryPhone: "8810"))
        catalogue.employees.upsert(Employee(id: "a", name: "A", title: "T", department: "d", phone: "72 57 00 01"))
        catalogue.employees.upsert(Employee(id: "b", name: "B", title: "T", department: "d", phone: "72 58 00 01"))
        catalogue.employees.upsert(Employee(id: "c", name: "C", title: "T", department: "d", phone: "72 57 00 02", mobile: "21 43 65 87"))
        let directory = NumberDirectory(catalogue)
        #expect(directory.owner(of: "0001") == nil, "two numbers end in 0001")
        #expect(directory.owner(of: "70001") == .employee("a"))
        #expect(directory.owner(of: "0002") == .employee("c"))
        #expect(directory.owner(of: "+45 21 43 65 87") == .employee("c"))
        #expect(directory.owner(of: "004572570002") == .employee("c"))
        #expect(directory.owner(of: "Én indgang (8810)") == .oneEntry)
        #expect(directory.owner(of: "") == nil)
    }

    @Test func logsWriteTimesInManyWays() {
        let third = CalendarDay(year: 2026, month: 11, day: 3)
        for text in ["2026-11-03 09:14:22", "2026/11/03", "2026-11-03T09:14:22Z", "03-11-2026 09:14", "3.11.2026", "03/11/2026",
                     "11/3/2026 9:14:22 AM"] {
            #expect(CallLog.date(text) == third, "\(text)")
        }
        for text in ["", "i går", "31-04-2026", "2026-13-01", "03-11-26"] {
            #expect(CallLog.date(text) == nil, "\(text)")
        }
    }
}

/// `stats --edition`: calls attributed through the catalogue as it was, read from git.
struct StatsEditionTests {
    @Test func anEditionAttributesCallsToANumberThatHasChangedSince() throws {
        let scratch = try StatsTests.catalogue()
        defer { scratch.remove() }
        let repository = try ScratchRepository(copyOf: scratch.root)
        defer { repository.remove() }
        #expect(repository.run(["edition", "publish", "2026, 1. udgave"]).status == 0)
        // Bo gets a new number after the calls were made.
        #expect(repository.run(["set", "employee", "bb", "--phone", "72 57 00 99"]).status == 0)
        let log = repository.top.appendingPathComponent("opkald.csv")
        try Data("Tidspunkt;Nummer\r\n2026-11-03 10:00;72570002\r\n2026-11-04 11:00;72570002\r\n".utf8).write(to: log)
        func unattributed(_ options: [String]) throws -> Int? {
            let result = repository.run(["stats", log.path, "--json"] + options)
            #expect(result.status == 0, "\(result.stderr)")
            let stats = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            return stats["unattributed"] as? Int
        }
        #expect(try unattributed([]) == 2, "as the catalogue is now, 72 57 00 02 is nobody's")
        #expect(try unattributed(["--edition", "2026, 1. udgave"]) == 0, "in the edition it was Bo's")
        let unknown = repository.run(["stats", log.path, "--edition", "2025"])
        #expect(unknown.status == 1 && errorCodes(unknown.stderr) == ["unknown-revision"])
    }
}
