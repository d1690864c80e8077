import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueExport

/// `catalogue report`: the task load on a fixture whose answers are counted by hand.
struct TaskLoadTests {
    /// Administration (Anne, Bo) with Team Byg under it (Carl, Dorte). Carl alone holds Skilte and
    /// Støj; Anne is backup on Team Byg's Tilsyn and Carl's deputy; Dorte holds nothing; the area
    /// Miljø faces businesses but has only an internal task.
    static let fixture: [String: String?] = [
        "departments/byg.json": #"{ "name": "Team Byg", "parent": "adm" }"#,
        "employees/cc.json": #"{ "name": "Carl Christensen", "title": "Tekniker", "department": "byg", "deputy": "aa" }"#,
        "employees/dd.json": #"{ "name": "Dorte Dam", "title": "Tekniker", "department": "byg" }"#,
        "areas/miljoe.md": "{ \"name\": \"Miljø\", \"significantBusinessContact\": true, \"contactDepartment\": \"byg\" }\n\nMiljø.\n",
        "tasks/skilte.md": "{ \"title\": \"Skilte\", \"department\": \"byg\", \"area\": \"byg\", \"responsible\": [\"cc\"], \"audience\": \"external\" }\n",
        "tasks/stoej.md": "{ \"title\": \"Støj fra virksomheder\", \"department\": \"byg\", \"area\": \"miljoe\", \"responsible\": [\"cc\"] }\n",
        "tasks/tilsyn.md": "{ \"title\": \"Tilsyn\", \"department\": \"byg\", \"area\": \"byg\", \"responsible\": [\"cc\", \"aa\"] }\n",
    ]

    @Test func theLoadOfTheFixtureIsWhatWasCountedByHand() throws {
        let scratch = try ScratchCatalogue(Self.fixture)
        defer { scratch.remove() }
        let loaded = CatalogueReader.load(scratch.root)
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
        let load = TaskLoad(Relations(loaded.catalogue))
        #expect(load.people.map { "\($0.id) \($0.primary)+\($0.backup)" } == ["cc 3+0", "aa 1+1", "bb 0+1", "dd 0+0"])
        #expect(load.units.map { "\($0.id) \($0.depth) \($0.tasks) \($0.people)" } == ["adm 0 1 2", "byg 1 3 2"])
        #expect(load.withoutTasks.map(\.id) == ["dd"])
        #expect(load.withoutBackup.map(\.id) == ["skilte", "stoej"])
        #expect(load.soleHolders == [TaskLoad.SolePerson(person: "Carl Christensen", id: "cc", tasks: ["Skilte", "Støj fra virksomheder"])])
        #expect(load.across == [
            TaskLoad.Across(role: .backup, person: "Anne Andersen", personDepartment: "Administration", of: "Tilsyn", ofDepartment: "Team Byg"),
            TaskLoad.Across(role: .deputy, person: "Anne Andersen", personDepartment: "Administration", of: "Carl Christensen",
                            ofDepartment: "Team Byg"),
        ])
        #expect(load.areasWithoutExternalTask == ["Miljø"])
    }

    @Test func reportPrintsTextJSONAndAPrintablePageWithABarChart() throws {
        let scratch = try ScratchCatalogue(Self.fixture)
        defer { scratch.remove() }
        let text = scratch.run(["report"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("  Medarbejder       Afdeling        Primær  Backup  I alt\n  Carl Christensen  Team Byg        3       0       3\n"))
        #expect(text.stdout.contains("Eneansvarlige for flere opgaver (ingen kan overtage, når de er væk):\n  - Carl Christensen: Skilte; Støj fra virksomheder\n"))
        #expect(text.stdout.contains("  - Anne Andersen (Administration) er stedfortræder for Carl Christensen (Team Byg)\n"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(scratch.run(["report", "--json"]).stdout.utf8)) as? [String: Any])
        #expect(json["withoutTasks"] as? [String] == ["dd"])
        #expect((json["people"] as? [[String: Any]])?.first?["primary"] as? Int == 3)
        let html = scratch.run(["report", "--html", "--date", "2026-12-01"]).stdout
        #expect(html.hasPrefix("<!DOCTYPE html>") && !html.contains("<script"))
        // Three people hold tasks: three bars of primary tasks and three of backups, with their text alternative.
        #expect(html.components(separatedBy: "<rect ").count - 1 == 6)
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-title\""))
        #expect(html.contains("@media print"))
        #expect(errorCodes(scratch.run(["report", "--json", "--html"]).stderr) == ["one-format"])
    }
}
