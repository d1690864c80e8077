import Foundation
import Testing
@testable import CatalogueKit

/// `show` in the catalogue's language, by name, and on a file it cannot read.
struct ShowTests {
    @Test func showFollowsTheCataloguesLanguage() throws {
        let danish = run(["show", "department", "byggeri-og-miljoe"], in: projectRoot)
        #expect(danish.status == 0)
        #expect(danish.stdout.hasPrefix("""
            Afdeling byggeri-og-miljoe: Byggeri og Miljø
              Del af:      Teknik og Miljø (teknik-og-miljoe)
              Telefon:     72 57 73 00

            """))
        #expect(danish.stdout.contains("\nMedarbejdere (9):\n"))
        #expect(danish.stdout.contains("\nOpgaver (22):\n"))

        let scratch = try ScratchCatalogue(copyOf: defaultCatalogue)
        defer { scratch.remove() }
        try scratch.write("catalogue.json", try scratch.read("catalogue.json").replacingOccurrences(of: "\"language\": \"da\"", with: "\"language\": \"en\""))
        let english = run(["show", "employee", "akm"], in: scratch.root)
        #expect(english.stdout.hasPrefix("""
            Employee akm: Anne Kirstine Mørk
              Title:       Byggesagsbehandler

            """))
        #expect(english.stdout.contains("  Visibility:  contact: name, title, direct phone and mail may be shown externally\n"))
        #expect(english.stdout.contains("\nTasks (4):\n  backup   Anmeldelse af mindre byggearbejder (anmeldelse-mindre-byggeri)\n  primary  Byggetilladelse til erhvervsbyggeri"))
        #expect(english.stdout.contains("\nDeputy for (2):\n"))
    }

    @Test func showJSONKeysStayEnglishInADanishCatalogue() throws {
        let result = run(["show", "task", "byggetilladelse-erhverv", "--json"], in: projectRoot)
        let node = try JSONParser.parse(Array(result.stdout.utf8))
        guard case .object(let members) = node.value else { Issue.record("not an object"); return }
        #expect(members.first?.key == "id")
        #expect(members.contains { $0.key == "people" })
        #expect(result.stdout.contains("\"role\": \"primary\""))
    }

    @Test func showEmployeeAcceptsAPartOfTheNameSpelledEitherWay() {
        for name in ["Anne Kirstine", "mørk", "moerk", "MØRK"] {
            let result = run(["show", "employee", name], in: projectRoot)
            #expect(result.status == 0, "\(name)")
            #expect(result.stdout.hasPrefix("Medarbejder akm: Anne Kirstine Mørk\n"), "\(name)")
        }
    }

    @Test func showEmployeeListsTheCandidatesOfAnAmbiguousName() {
        // Six names hold a word beginning "aa" once å is spelled out: Ågård, Aagaard, Åge, Aage, Aase, Åse.
        let result = run(["show", "employee", "aa"], in: projectRoot)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            Error: 'aa' matches 6 employees; name one by its id:
              jaa  Jesper Ågård             Økonomi og Stab
              nta  Niels Thøgersen Aagaard  Team Affald og Genbrug
              aab  Åge Brix                 Økonomi og Indkøb
              aoe  Aage Østergaard          Team Byggesag
              abh  Aase Bech Hedegaard      Erhverv og Turisme
              aah  Åse Holm                 Team Miljø

            """)
    }

    @Test func anExactIdWinsOverANameThatHoldsIt() throws {
        // "bb" is Bo Berg's id; Anne Andersen renamed "Bb Andersen" must not make it ambiguous.
        let scratch = try ScratchCatalogue(["employees/aa.json": """
            {
              "name": "Bb Andersen",
              "title": "Sagsbehandler",
              "department": "adm",
              "deputy": "bb"
            }

            """])
        defer { scratch.remove() }
        let result = run(["show", "employee", "bb"], in: scratch.root)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Medarbejder bb: Bo Berg\n"))
    }

    @Test func aFullNameIsNotAmbiguousBecauseALongerNameBeginsTheSameWay() throws {
        let scratch = try ScratchCatalogue(["employees/bb.json": """
            {
              "name": "Anne Andersen Holm",
              "title": "Sagsbehandler",
              "department": "adm",
              "deputy": "aa"
            }

            """])
        defer { scratch.remove() }
        #expect(run(["show", "employee", "anne andersen"], in: scratch.root).stdout.hasPrefix("Medarbejder aa: Anne Andersen\n"))
        #expect(run(["show", "employee", "anne"], in: scratch.root).status == 1)
    }

    @Test func showOfAFileThatCannotBeReadSaysItHasErrors() throws {
        let scratch = try ScratchCatalogue(copyOf: defaultCatalogue)
        defer { scratch.remove() }
        let text = try scratch.read("tasks/brandsyn.md")
        try scratch.write("tasks/brandsyn.md", text.replacingOccurrences(of: "\"department\": \"beredskab-fjordby\",", with: "\"department\": \"beredskab-fjordby\""))
        let result = run(["show", "task", "brandsyn"], in: scratch.root)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            Error: tasks/brandsyn.md exists but has errors, so the task 'brandsyn' cannot be shown:
            tasks/brandsyn.md:4:3: error: invalid JSON: expected ',' or '}' after the value of "department"
            Fix the errors above in tasks/brandsyn.md and try again.

            """)
    }

    @Test func showAcceptsTheKindWordThatFindPrints() {
        #expect(run(["show", "opgave", "brandsyn"], in: projectRoot).stdout.hasPrefix("Opgave brandsyn: "))
        #expect(run(["show", "fagomraade", "byggeri"], in: projectRoot).stdout.hasPrefix("Fagområde byggeri: "))
    }
}
