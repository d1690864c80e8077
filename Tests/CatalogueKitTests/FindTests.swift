import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing
@testable import CatalogueExport

/// `catalogue find`: who handles a topic, on the default catalogue (read only) or a copy of it.
struct FindTests {
    /// The first block of `find`'s text: its lines up to the blank line that ends it.
    private func firstHit(_ stdout: String) -> String {
        guard let blank = stdout.range(of: "\n\n") else { return stdout }
        return String(stdout[..<blank.lowerBound]) + "\n"
    }

    @Test func buildingPermitFindsTheTaskFirstWithWhomToCall() {
        let result = run(["find", "byggetilladelse"], in: projectRoot)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        // From catalogue/tasks/byggetilladelse-erhverv.md (akm, then jhn), employees/akm.json,
        // employees/jhn.json and departments/team-byggesag.json, read by hand.
        #expect(result.stdout.hasPrefix("""
            Byggetilladelse til erhvervsbyggeri  (opgave byggetilladelse-erhverv)
              Primær:   Anne Kirstine Mørk (akm), 72 57 73 54
              Backup:   Jens Henrik Nørgaard (jhn), 72 57 73 55
              Afdeling: Team Byggesag, 72 57 73 50, Mandag–fredag 9.00–12.00
              KLE:      02.34.02 Byggetilladelse; 02.34.02-G01 Byggetilladelse
              Fundet i: titlen, teksten

            Byggetilladelse til landbrugsbyggeri  (opgave byggetilladelse-landbrug)

            """))
    }

    @Test(arguments: [("Mørk", "moerk", "Anne Kirstine Mørk  (medarbejder akm)"),
                      ("Frølund", "froelund", "Sofie Frølund  (medarbejder sfl)"),
                      ("Ærenlund", "aerenlund", "Mads Ærenlund  (medarbejder mae)"),
                      ("café", "cafe", "Udeservering på fortov og torv  (opgave udeservering)")])
    func danishLettersTypedEitherWayGiveTheSameFirstHit(written: String, typed: String, heading: String) {
        let asWritten = run(["find", written], in: projectRoot).stdout
        let asTyped = run(["find", typed], in: projectRoot).stdout
        #expect(asWritten.hasPrefix(heading + "\n"))
        #expect(asTyped.hasPrefix(heading + "\n"))
    }

    @Test func initialsFindThePersonWithPhonesAndDeputy() {
        let result = run(["find", "akm"], in: projectRoot)
        #expect(result.status == 0)
        #expect(firstHit(result.stdout) == """
            Anne Kirstine Mørk  (medarbejder akm)
              Stilling:      Byggesagsbehandler
              Afdeling:      Team Byggesag
              Telefon:       72 57 73 54
              Mobil:         21 43 65 87
              Stedfortræder: Jens Henrik Nørgaard (jhn), 72 57 73 55
              Fundet i:      initialer

            """)
    }

    @Test func aDepartmentIsFoundByItsPhoneAndAnAreaNamesItsContact() {
        #expect(run(["find", "72 57 73 00"], in: projectRoot).stdout == """
            Byggeri og Miljø  (afdeling byggeri-og-miljoe)
              Telefon:    72 57 73 00
              Mail:       byg@fjordby.dk
              Åbningstid: Mandag–fredag 9.00–14.00
              Fundet i:   telefonnummer

            """)
        #expect(firstHit(run(["find", "brandsikkerhed", "--kind", "area"], in: projectRoot).stdout) == """
            Byggeri og brandsikkerhed  (fagområde byggeri)
              Kontakt:  Byggeri og Miljø (byggeri-og-miljoe), 72 57 73 00
              Fundet i: navnet, teksten

            """)
    }

    @Test func kindEmployeeLeavesTasksOut() {
        let all = run(["find", "byggesag"], in: projectRoot).stdout
        #expect(all.contains("(opgave "))
        for kind in ["employee", "employees", "medarbejder"] {
            let result = run(["find", "byggesag", "--kind", kind], in: projectRoot)
            #expect(result.status == 0)
            #expect(!result.stdout.contains("(opgave "))
            #expect(result.stdout.contains("(medarbejder akm)"))
        }
        #expect(run(["find", "byggesag", "--kind", "people"], in: projectRoot).status == 64)
    }

    @Test func kleNumbersAreFoundByTheirBeginning() {
        #expect(run(["find", "02.34.02", "--kind", "task"], in: projectRoot).stdout.contains("(opgave byggetilladelse-erhverv)"))
    }

    @Test func jsonHasEveryHitWithTheRoute() throws {
        let result = run(["find", "byggetilladelse", "--json"], in: projectRoot)
        #expect(result.status == 0)
        let node = try JSONParser.parse(Array(result.stdout.utf8))
        guard case .array(let hits) = node.value, let first = hits.first else { Issue.record("not a list of hits"); return }
        func member(_ node: JSONNode, _ path: String...) -> JSONNode.Value? {
            var current = node
            for key in path {
                switch current.value {
                case .object(let members):
                    guard let next = members.first(where: { $0.key == key })?.value else { return nil }
                    current = next
                case .array(let elements):
                    guard let index = Int(key), index < elements.count else { return nil }
                    current = elements[index]
                default: return nil
                }
            }
            return current.value
        }
        #expect(member(first, "kind") == .string("task"))
        #expect(member(first, "id") == .string("byggetilladelse-erhverv"))
        #expect(member(first, "name") == .string("Byggetilladelse til erhvervsbyggeri"))
        #expect(member(first, "route", "primary", "id") == .string("akm"))
        #expect(member(first, "route", "primary", "name") == .string("Anne Kirstine Mørk"))
        #expect(member(first, "route", "primary", "phone") == .string("72 57 73 54"))
        #expect(member(first, "route", "backups", "0", "id") == .string("jhn"))
        #expect(member(first, "route", "backups", "0", "phone") == .string("72 57 73 55"))
        #expect(member(first, "route", "departmentPhone") == .string("72 57 73 50"))
        #expect(member(first, "route", "openingHours") == .string("Mandag–fredag 9.00–12.00"))
        // The direct hits (three tasks and the area byggeri), then the tasks found through the KLE plan's words,
        // each with the topic it was found through.
        let via = hits.map { member($0, "via", "kle") }
        #expect(via.prefix(4).allSatisfy { $0 == nil })
        #expect(hits.count > 4 && via.dropFirst(4).allSatisfy { $0 != nil })
    }

    @Test func nothingFoundIsASentenceOnStdoutAndExitStatusOne() {
        // Nothing found: the one entry for businesses (catalogue.json's oneEntryPhone and oneEntryMail) takes it.
        let words = Strings.danish.commands
        #expect(run(["find", "xyzzy"], in: projectRoot) == RunResult(
            status: 1, stdout: words.noHits("xyzzy") + "\n" + words.callOneEntry("72 57 88 10", "virksomhed@fjordby.dk") + "\n", stderr: ""))
        #expect(run(["find", "xyzzy", "--json"], in: projectRoot) == RunResult(status: 1, stdout: "[]\n", stderr: ""))
    }

    /// The trial: `find alkoholbevilling` put the caller through to outdoor serving, whose description says where
    /// alcohol licences are applied for, and nothing said why. A hit found only in a text now shows the sentence.
    @Test func aHitFoundOnlyInItsTextShowsTheSentenceThatMatched() throws {
        let result = run(["find", "alkoholbevilling"], in: projectRoot)
        let blocks = result.stdout.components(separatedBy: "\n\n")
        #expect(blocks[0].hasPrefix("Alkoholbevilling og udvidet åbningstid  (opgave alkoholbevilling)"))
        #expect(blocks[0].hasSuffix("  Fundet i: titlen, stikord, teksten"))
        let serving = try #require(blocks.first { $0.contains("(opgave udeservering)") })
        // From catalogue/tasks/udeservering.md, read by hand.
        #expect(serving.contains("  \(Strings.danish.commands.foundIn): Husk, at »alkoholbevilling« og serveringstilladelse søges hos politiet.\n"))
        let json = run(["find", "alkoholbevilling", "--json"], in: projectRoot).stdout
        #expect(json.contains("\"matched\": [\n      \"text\"\n    ]"))
        #expect(json.contains("\"matched\": [\n      \"title\""))
    }

    @Test func theSentenceIsShortenedAroundTheWordWhenItIsLong() {
        let long = "Denne sætning er meget lang og handler om mange forskellige ting, før den til sidst nævner en alkoholbevilling, og så fortsætter den endnu længere med ord, der ikke betyder noget for søgningen."
        let task = CatalogueTask(id: TaskID("x"), title: "X", department: DepartmentID("d"), area: AreaID("a"), responsible: [], description: long)
        #expect(FindOutput.textMatch(.task(task), query: "byggetilladelse") == nil)
        let found = FindOutput.textMatch(.task(task), query: "alkoholbevilling")
        #expect(found?.contains("»alkoholbevilling«,") == true && (found?.count ?? 0) < 130 && found?.hasPrefix("… ") == true)
    }

    @Test func theMarkLeavesPunctuationOutside() {
        #expect(FindOutput.marked("politiet.") == "»politiet«.")
        #expect(FindOutput.marked("(Vejman),") == "(»Vejman«),")
        #expect(FindOutput.marked("–") == "–")
    }

    @Test func noQueryWordIsAUsageError() {
        #expect(run(["find"], in: projectRoot).status == 64)
        let punctuation = run(["find", " – ,"], in: projectRoot)
        #expect(punctuation.status == 64)
        #expect(errorCodes(punctuation.stderr) == ["no-word-to-search"])
        #expect(punctuation.stderr.hasPrefix(errorLine(.noWordToSearch) + "\n" + Wording(.english).usageLabel + ": catalogue find TEXT"))
    }

    @Test func anEnglishCatalogueGetsEnglishLabels() throws {
        let scratch = try ScratchCatalogue(copyOf: defaultCatalogue)
        defer { scratch.remove() }
        try scratch.write("catalogue.json", try scratch.read("catalogue.json").replacingOccurrences(of: "\"language\": \"da\"", with: "\"language\": \"en\""))
        #expect(firstHit(run(["find", "byggetilladelse"], in: scratch.root).stdout) == """
            Byggetilladelse til erhvervsbyggeri  (task byggetilladelse-erhverv)
              Primary:    Anne Kirstine Mørk (akm), 72 57 73 54
              Backup:     Jens Henrik Nørgaard (jhn), 72 57 73 55
              Department: Team Byggesag, 72 57 73 50, Mandag–fredag 9.00–12.00
              KLE:        02.34.02 Byggetilladelse; 02.34.02-G01 Byggetilladelse
              Found in:   the title, the text

            """)
        #expect(run(["find", "xyzzy"], in: scratch.root).stdout
                == "No results for \"xyzzy\".\nThe one entry for businesses takes every enquiry and passes it on: call 72 57 88 10 or write to virksomhed@fjordby.dk.\n")
    }

    @Test func atMostTwentyHitsAreShownAndTheRestCounted() throws {
        var files: [String: String?] = [:]
        for number in 1...23 {
            files["employees/t\(number).json"] = "{\"name\": \"Testperson \(number)\", \"title\": \"Vikar\", \"department\": \"adm\"}\n"
        }
        let scratch = try ScratchCatalogue(files)
        defer { scratch.remove() }
        let result = run(["find", "testperson"], in: scratch.root)
        #expect(result.status == 0)
        #expect(result.stdout.components(separatedBy: "(medarbejder ").count - 1 == 20)
        #expect(result.stdout.hasSuffix("\n\n… og 3 mere. Skriv flere ord, eller brug --kind, for at få færre.\n"))
    }
}

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
        #expect(english.stdout.contains("\nTasks (5):\n  backup   Anmeldelse af mindre byggearbejder (anmeldelse-mindre-byggeri)\n  primary  Byggetilladelse til erhvervsbyggeri"))
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
        // Four names hold a word beginning "aag" once å is spelled out (and aa read as a): Ågård, Aagaard, Åge, Aage.
        let result = run(["show", "employee", "aag"], in: projectRoot)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == errorLine(.nameMatchesSeveral(query: "aag", count: 4, kind: .employee)) + "\n" + """
              aab  Åge Brix                 Økonomi og Indkøb
              aoe  Aage Østergaard          Team Byggesag
              jaa  Jesper Ågård             Økonomi og Stab
              nta  Niels Thøgersen Aagaard  Team Affald og Genbrug

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
        let result = run(["show", "task", "brandsyn", "--language", "en"], in: scratch.root)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 4 && lines.last == "", "three lines: \(result.stderr)")
        #expect(lines.first == errorLine(.showEntryHasErrors(path: "tasks/brandsyn.md", kind: .task, id: "brandsyn")))
        #expect(diagnosticCodes(result.stderr) == ["tasks/brandsyn.md:4:3: error [invalid-json]"])
        let error = try #require(scratch.checked().first { $0.severity == .error })
        #expect(error.problem == .invalidJSON(.expectedCommaAfterMember(key: "department")))
        #expect(Array(lines.dropFirst().prefix(1)) == Wording(.english).lines(error))
        #expect(lines.dropLast().last == Wording(.english).text(.fixAndTryAgain(path: "tasks/brandsyn.md")))
    }

    @Test func showAcceptsTheKindWordThatFindPrints() {
        #expect(run(["show", "opgave", "brandsyn"], in: projectRoot).stdout.hasPrefix("Opgave brandsyn: "))
        #expect(run(["show", "fagomraade", "byggeri"], in: projectRoot).stdout.hasPrefix("Fagområde byggeri: "))
    }
}
