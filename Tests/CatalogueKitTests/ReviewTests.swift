import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueExport

/// The review round: `review start` (sheets), `review confirm`, `review status`, a department's
/// `head`, and the `not-reviewed` check. The tests' clock stands at 18 November 2026.
struct ReviewTests {
    private func outside(_ scratch: ScratchCatalogue) -> URL {
        scratch.root.deletingLastPathComponent().appendingPathComponent("review-\(UUID().uuidString)")
    }

    @Test func startWritesASheetPerDepartmentForItsHeadAndRecordsTheRound() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        #expect(scratch.run(["set", "department", "adm", "--head", "bb", "--mail", "adm@testby.dk"]).status == 0)
        #expect(scratch.run(["set", "employee", "aa", "--mail", "aa@testby.dk", "--mobile", "21436587"]).status == 0)
        #expect(scratch.run(["set", "settings", "--corrections", "Sekretariatet, katalog@testby.dk"]).status == 0)
        let out = outside(scratch)
        defer { try? FileManager.default.removeItem(at: out) }
        let result = scratch.run(["review", "start", "Gennemgang vinter", "--due", "2027-01-15", "--out", out.path, "--per-person", "--date", "2026-12-01"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix(said(.changed(path: "catalogue.json"), .reviewStarted(label: "Gennemgang vinter", sheets: 3, folder: out.path))))
        let settings = try scratch.read("catalogue.json")
        #expect(settings.contains("\"reviewRound\": \"Gennemgang vinter\",\n  \"reviewStarted\": \"2026-12-01\",\n  \"reviewDue\": \"2027-01-15\""))
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files == ["department-adm.html", "department-adm.txt", "employee-aa.html", "employee-aa.txt", "employee-bb.html",
                          "employee-bb.txt", "index.html"])
        let text = try String(contentsOf: out.appendingPathComponent("department-adm.txt"), encoding: .utf8)
        // Addressed to the head (Bo has no mail of his own, so the department's), every contact detail and what the web shows.
        #expect(text.hasPrefix("Gennemgang af kataloget: Administration\n\nTil: Bo Berg, Sagsbehandler <adm@testby.dk>\n"))
        #expect(text.contains("Svar senest: 15. januar 2027\n"))
        #expect(text.contains("til Sekretariatet, katalog@testby.dk senest 15. januar 2027."))
        #expect(text.contains("  Anne Andersen, Sagsbehandler\n  Telefon: 72 57 00 01\n  Mobil: 21 43 65 87\n  Mail: aa@testby.dk\n  Stedfortræder: Bo Berg\n  Synlighed: navn, stilling, direkte telefon og mail må vises eksternt\n"))
        #expect(text.contains("  Byggesag\n    Vi behandler byggesager.\n    - Anne Andersen (primær ansvarlig)\n    - Bo Berg (backup)\n    På hjemmesiden: ja, opgaven vises i den eksterne version\n"))
        let html = try String(contentsOf: out.appendingPathComponent("department-adm.html"), encoding: .utf8)
        #expect(html.contains("<dd>Bo Berg, Sagsbehandler &lt;adm@testby.dk&gt;</dd>") && html.contains("@media print"))
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<a href=\"department-adm.html\">department-adm</a>") && index.contains("mailto:aa@testby.dk"))
        let mine = try String(contentsOf: out.appendingPathComponent("employee-aa.txt"), encoding: .utf8)
        #expect(mine.hasPrefix("Mine opgaver: Anne Andersen\n"))
        // Written into the catalogue the sheets would make it invalid.
        #expect(errorCodes(scratch.run(["review", "start", "--out", scratch.root.appendingPathComponent("x").path]).stderr) == ["output-inside-catalogue"])
    }

    @Test func aSheetShowsTheTasksTheDepartmentsPeopleHoldForOthersAndWhoseTheyAre() throws {
        let scratch = try ScratchCatalogue(TaskLoadTests.fixture)
        defer { scratch.remove() }
        let out = outside(scratch)
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(scratch.run(["review", "start", "--out", out.path]).status == 0)
        let administration = try String(contentsOf: out.appendingPathComponent("department-adm.txt"), encoding: .utf8)
        // Anne (Administration) is backup on Team Byg's Tilsyn; Team Byg's own Skilte is not Administration's.
        #expect(administration.contains("  Tilsyn\n    - Carl Christensen (primær ansvarlig)\n    - Anne Andersen (backup)\n    Afdeling: Team Byg\n"))
        #expect(!administration.contains("  Skilte\n"))
        let team = try String(contentsOf: out.appendingPathComponent("department-byg.txt"), encoding: .utf8)
        #expect(team.contains("  Tilsyn\n") && !team.contains("Afdeling: Team Byg"))
    }

    @Test func confirmRecordsTheDayAndWhoAndStatusShowsWhatIsOutstanding() throws {
        let scratch = try ScratchCatalogue(["departments/byg.json": #"{ "name": "Team Byg", "parent": "adm" }"#])
        defer { scratch.remove() }
        let out = outside(scratch)
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(errorCodes(scratch.run(["review", "status"]).stderr) == ["no-review-round"])
        #expect(scratch.run(["review", "start", "--out", out.path, "--date", "2026-11-17"]).status == 0)
        #expect(try scratch.read("catalogue.json").contains("\"reviewRound\": \"Gennemgang november 2026\""))
        let confirmed = scratch.run(["review", "confirm", "department", "adm", "--by", "Bo Berg"])
        #expect(confirmed.stdout.hasSuffix(said(.confirmed(kind: .department, id: "adm", name: "Administration", with: 3))))
        #expect(try scratch.read("employees/aa.json").contains("\"reviewed\": \"2026-11-18\",\n  \"reviewedBy\": \"Bo Berg\""))
        #expect(try scratch.read("tasks/byggesag.md").contains("\"reviewed\": \"2026-11-18\""))
        let status = scratch.run(["review", "status"])
        #expect(status.stdout == """
            Gennemgang november 2026: 4 af 5 poster er bekræftet.

            Administration: 4 af 4 bekræftet

            Team Byg: 0 af 1 bekræftet
              mangler: Team Byg (afdeling)

            """)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(scratch.run(["review", "status", "--json"]).stdout.utf8)) as? [String: Any])
        let departments = try #require(json["departments"] as? [[String: Any]])
        #expect(departments.map { $0["confirmed"] as? Int } == [4, 0])
        #expect(errorCodes(scratch.run(["review", "confirm", "area", "byg"]).stderr) == ["not-reviewable"])
        #expect(errorCodes(scratch.run(["review", "confirm", "task", "byggesag", "--date", "17-11-2026"]).stderr) == ["bad-date"])
        #expect(scratch.run(["review", "confirm", "employee", "Bo Berg", "--date", "2026-11-18"]).status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(scratch.run(["report", "--json"]).stdout.utf8)) as? [String: Any])
        #expect((report["notConfirmed"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["byg"])
    }

    @Test func checkWarnsOfEntriesNotConfirmedForLongerThanTheSettingAllows() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        // Never reviewed and no round: no warning.
        #expect(!scratch.run(["check"]).stderr.contains("[not-reviewed]"))
        #expect(scratch.run(["set", "employee", "aa", "--reviewed", "2025-10-01"]).status == 0)
        #expect(diagnosticCodes(scratch.run(["check"]).stderr) == ["employees/aa.json:8:15: warning [not-reviewed]"])
        #expect(scratch.run(["set", "settings", "--review-after-months", "14"]).status == 0)
        #expect(diagnosticCodes(scratch.run(["check"]).stderr).isEmpty)
        // A round started more than 14 months ago: every entry never confirmed since is warned of.
        #expect(scratch.run(["set", "settings", "--review-round", "Forår", "--review-started", "2025-01-10"]).status == 0)
        #expect(diagnosticCodes(scratch.run(["check"]).stderr) == [
            "departments/adm.json: warning [not-reviewed]", "employees/bb.json: warning [not-reviewed]", "tasks/byggesag.md: warning [not-reviewed]",
        ])
        #expect(try ScratchCatalogue.diagnostics(["employees/aa.json": """
            { "name": "Anne Andersen", "title": "Sagsbehandler", "department": "adm", "phone": "72 57 00 01", "deputy": "bb", "reviewed": "1/4 2026" }
            """]).contains { $0.hasSuffix("error [invalid-date]") })
        #expect(Validator.check(CatalogueReader.load(scratch.root)).allSatisfy { $0.code != "not-reviewed" })
    }

    @Test func aDepartmentsHeadIsAReferenceThatRenameAndRemoveFollow() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        #expect(scratch.run(["set", "department", "adm", "--head", "aa"]).status == 0)
        #expect(scratch.run(["rename", "employee", "aa", "ann"]).status == 0)
        #expect(try scratch.read("departments/adm.json").contains("\"head\": \"ann\""))
        #expect(scratch.run(["remove", "employee", "ann", "--reassign-to", "bb"]).status == 0)
        #expect(try scratch.read("departments/adm.json").contains("\"head\": \"bb\""))
        let diagnostics = try ScratchCatalogue.diagnostics(["departments/adm.json": #"{ "name": "Administration", "head": "xx" }"#])
        #expect(diagnostics.contains { $0.hasPrefix("departments/adm.json:1:") && $0.hasSuffix("error [unknown-reference]") }, "\(diagnostics)")
    }
}
