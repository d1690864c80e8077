import Foundation
import Testing
@testable import CatalogueKit

/// A whole update round with the built binary, in a temporary git repository holding a copy of
/// the default catalogue: review sheets, confirmations, status, a realistic set of edits, the
/// edition published, what changed told by meaning, the internal catalogue with "Nyt siden sidste
/// udgave", and the mail draft read by a MIME parser with the PDF attached.
struct RoundEndToEndTests {
    @Test func aWholeRoundFromReviewSheetsToTheMailDraft() throws {
        let repository = try ScratchRepository(copyOf: defaultCatalogue)
        defer { repository.remove() }
        let here = repository.catalogue.root
        func run(_ arguments: String...) throws -> (status: Int32, stdout: String, stderr: String) {
            let process = try EndToEndTests().launch(arguments, in: here)
            #expect(process.status == 0, "catalogue \(arguments.joined(separator: " ")): \(process.stderr)")
            return process
        }

        // Review: sheets for every department, two answers recorded, the status.
        _ = try run("set", "department", "team-byggesag", "--head", "akm")
        _ = try run("review", "start", "Gennemgang december 2026", "--due", "2027-01-15", "--out", "../gennemgang", "--date", "2026-12-01")
        let sheets = try FileManager.default.contentsOfDirectory(atPath: repository.top.appendingPathComponent("gennemgang").path)
        #expect(sheets.filter { $0.hasSuffix(".txt") }.count == 15 && sheets.contains("index.html"))
        let sheet = try String(contentsOf: repository.top.appendingPathComponent("gennemgang/department-team-byggesag.txt"), encoding: .utf8)
        #expect(sheet.contains("Til: Anne Kirstine Mørk, Byggesagsbehandler <akm@fjordby.dk>"))
        _ = try run("review", "confirm", "department", "team-byggesag", "--by", "Anne Kirstine Mørk", "--date", "2026-12-03")
        _ = try run("review", "confirm", "employee", "hlm", "--date", "2026-12-04")
        let status = try #require(try JSONSerialization.jsonObject(with: Data(run("review", "status", "--json").stdout.utf8)) as? [String: Any])
        let departments = try #require(status["departments"] as? [[String: Any]])
        let byggesag = try #require(departments.first { $0["id"] as? String == "team-byggesag" })
        #expect(byggesag["confirmed"] as? Int == byggesag["total"] as? Int)

        // The current edition, committed with the round's record and the confirmations.
        _ = try run("edition", "publish", "2026, 2. udgave", "--commit")
        #expect(repository.git("status", "--porcelain", "--", "katalog").isEmpty)

        // The changes of the round.
        _ = try run("add", "employee", "--name", "Karen Lund", "--title", "Byggesagsbehandler", "--department", "team-byggesag",
                    "--phone", "72 57 73 60", "--mail", "kl@fjordby.dk", "--deputy", "akm")
        _ = try run("reassign", "task", "byggetilladelse-landbrug", "--from", "jhn", "--to", "kl")
        _ = try run("move", "employee", "aoe", "--department", "team-miljoe")
        _ = try run("rename", "department", "team-byggesag", "team-byggeri")
        _ = try run("set", "department", "team-byggeri", "--name", "Team Byggeri")
        _ = try run("set", "employee", "sfl", "--phone", "72 57 73 99")
        _ = try run("set", "area", "it-og-digitalisering", "--significant-business-contact", "true")
        _ = try run("edition", "publish", "2027, 1. udgave", "--commit")

        // Exactly those changes, by meaning: the department's new id and name are one rename.
        let changes = try #require(try JSONSerialization.jsonObject(with: Data(run("changes", "--since", "2026, 2. udgave", "--json").stdout.utf8))
                                   as? [String: Any])
        let told = (changes["changes"] as? [[String: Any]] ?? []).map { change in
            [change["kind"], change["id"], change["change"], change["from"], change["to"]].map { $0.map { "\($0)" } ?? "-" }.joined(separator: " ")
        }
        #expect(told == [
            "employee kl added - -",
            "employee sfl newContact - -",
            "employee aoe movedDepartment Team Byggesag Team Miljø",
            "task byggetilladelse-landbrug handedOver Jens Henrik Nørgaard Karen Lund",
            "area it-og-digitalisering enteredExternal - -",
            "department team-byggeri renamed Team Byggesag <null>",
        ])
        let text = try run("changes", "--since", "2026, 2. udgave").stdout
        #expect(text.contains("  - Team Byggesag hedder nu Team Byggeri\n") && !text.contains("Nedlagt"))

        // The internal catalogue with "Nyt siden sidste udgave", and the mail that sends it.
        _ = try run("export", "internal", "--since", "2026, 2. udgave", "--out", "../udgivelse", "--date", "2027-01-20")
        let page = try String(contentsOf: repository.top.appendingPathComponent("udgivelse/internal.html"), encoding: .utf8)
        #expect(page.contains("<h2>Nyt siden sidste udgave</h2>")
                && page.contains("<li>Byggetilladelse til landbrugsbyggeri er overdraget fra Jens Henrik Nørgaard til Karen Lund</li>"))
        // No PDF engine is needed for the test: any PDF in the folder is what is attached.
        let pdf = repository.top.appendingPathComponent("udgivelse/internal.pdf")
        try Data("%PDF-1.7\n% Opgave- og medarbejderkatalog\n%%EOF\n".utf8).write(to: pdf)
        _ = try run("edition", "send", "--out", "../udgivelse")
        let recipients = try String(contentsOf: repository.top.appendingPathComponent("udgivelse/distribution.txt"), encoding: .utf8)
        #expect(recipients.split(separator: "\n").count == 44 && recipients.contains("kl@fjordby.dk\n"))
        let parsed = try parsedWithPython(repository.top.appendingPathComponent("udgivelse/edition.eml"))
        #expect(parsed.hasPrefix("subject: Opgave- og medarbejderkatalog, 2027, 1. udgave\nbcc: 44\nunsent: 1\n"
                                 + "attachment: internal.pdf application/pdf \(sha256(of: pdf))\n"))
        #expect(parsed.contains("Ændringer siden 2026, 2. udgave") && parsed.contains("Team Byggesag hedder nu Team Byggeri"))
        // Nothing was checked out: the work tree is the last edition's commit.
        #expect(repository.git("status", "--porcelain", "--", "katalog").isEmpty)
        #expect(repository.git("tag", "--list").split(separator: "\n") == ["edition/2026-2-udgave", "edition/2027-1-udgave"])
    }
}
