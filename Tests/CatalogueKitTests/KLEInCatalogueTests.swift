import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import KLE
@testable import CatalogueExport

/// The KLE plan in the catalogue: numbers checked against it, titles in every output, `find` through the plan's
/// words, `kle show` and `kle suggest`, and a newer plan given with `--kle-plan`.
struct KLEInCatalogueTests {
    /// A small plan in OS2KLE's format: main group 09 with groups 09.13 (pests) and 09.17 (livestock), and main
    /// group 05 with 05.14 (use of road area). Its change.json says 3.22 → 3.23: 09.13.07 retired, 09.17.08 renamed
    /// in words, 05.14.08 renamed in spacing only.
    static let planLines = """
        KLENummer='05.14.00':KLETitel='Råden over vejareal i almindelighed':Keywords[Weight]=vejareal[5];
        KLENummer='05.14.08':KLETitel='Benyttelse af gade- og fortovsarealer':Keywords[Weight]=udeservering[50];fortov[5];
        KLENummer='09.13.00':KLETitel='Skadedyrsbekæmpelse i almindelighed':Keywords[Weight]=skadedyr[5];
        KLENummer='09.13.01':KLETitel='Rottebekæmpelse':Keywords[Weight]=Bekæmpelse af rotter[5];rottegift[5];Rotte[5];
        KLENummer='09.13.05':KLETitel='Mosegrise - skadedyrsbekæmpelse':Keywords[Weight]=Mosegris[5];
        KLENummer='09.17.08':KLETitel='Opbevaringsanlæg for husdyrgødning':Keywords[Weight]=gylle[5];

        """
    static let changes = """
        {
          "09.13.07": {"class": "Only in 3.22"},
          "09.17.08": {"settings": {"title": "3.23: 'Opbevaringsanlæg for husdyrgødning'. 3.22: 'Gyllebeholdere'"}},
          "05.14.08": {"settings": {"title": "3.23: 'Benyttelse af gade- og fortovsarealer'. 3.22: 'Benyttelse af gade-  og  fortovsarealer'"}}
        }

        """

    /// A valid catalogue whose one task carries `kle`, with the fixture plan (and its change.json) beside it.
    private func scratch(kle: [String], title: String = "Byggesag", keywords: [String] = []) throws -> ScratchCatalogue {
        let quoted = { (values: [String]) in values.map { "\"\($0)\"" }.joined(separator: ", ") }
        let scratch = try ScratchCatalogue(["tasks/byggesag.md": """
            {
              "title": "\(title)",
              "department": "adm",
              "area": "byg",
              "responsible": ["aa", "bb"],
              "keywords": [\(quoted(keywords))],
              "kle": [\(quoted(kle))],
              "links": [],
              "audience": "external"
            }

            Vi behandler sagen.

            """])
        try FileManager.default.createDirectory(at: scratch.root.appendingPathComponent("../plan-\(scratch.root.lastPathComponent)"),
                                                withIntermediateDirectories: true)
        try Data(Self.planLines.utf8).write(to: planFile(scratch))
        try Data(Self.changes.utf8).write(to: planFile(scratch).deletingLastPathComponent().appendingPathComponent("change.json"))
        return scratch
    }

    /// Where `scratch`'s fixture plan is: outside the catalogue, as a downloaded plan would be.
    private func planFile(_ scratch: ScratchCatalogue) -> URL {
        scratch.root.appendingPathComponent("../plan-\(scratch.root.lastPathComponent)/OS2KLE.txt").standardizedFileURL
    }

    private func removing(_ scratch: ScratchCatalogue) {
        try? FileManager.default.removeItem(at: planFile(scratch).deletingLastPathComponent())
        scratch.remove()
    }

    // MARK: check

    @Test func numbersThePlanHasGiveNoWarningFacetsByTheirBaseNumber() throws {
        let scratch = try scratch(kle: ["09.13.01", "09.13.01-G01", "09.13", "09", "05.14.08"])
        defer { removing(scratch) }
        let result = scratch.run(["check", "--kle-plan", planFile(scratch).path])
        // 05.14.08 was renamed in spacing only.
        #expect(diagnosticCodes(result.stderr) == [])
        #expect(result.status == 0)
    }

    @Test func unknownNumberUnknownGroupAndUnknownFacetBaseAreWarnedWithTheNearestNumbers() throws {
        let scratch = try scratch(kle: ["09.13.09", "09.14.01", "88.01.01", "09.13.09-G01"])
        defer { removing(scratch) }
        let loaded = withPlan(scratch)
        let problems = Validator.check(loaded).map(\.problem)
        #expect(problems == [
            .unknownKLE(key: "kle[0]", value: "09.13.09", base: "09.13.09", plan: "OS2KLE 3.23"),
            .unknownKLEHeading(key: "kle[1]", value: "09.14.01", heading: "09.14", plan: "OS2KLE 3.23"),
            .unknownKLEHeading(key: "kle[2]", value: "88.01.01", heading: "88", plan: "OS2KLE 3.23"),
            .unknownKLE(key: "kle[3]", value: "09.13.09-G01", base: "09.13.09", plan: "OS2KLE 3.23"),
        ])
        let first = Validator.check(loaded)[0]
        #expect(first.notes.map(\.hint) == [
            .nearestKLE([KLETitle(number: "09.13.05", title: "Mosegrise - skadedyrsbekæmpelse"),
                         KLETitle(number: "09.13.01", title: "Rottebekæmpelse"),
                         KLETitle(number: "09.13.00", title: "Skadedyrsbekæmpelse i almindelighed")]),
            .suggestKLE(task: "byggesag"),
        ])
        #expect(first.severity == .warning)
    }

    @Test func retiredAndRenamedNumbersAreNamedAsSuchSpacingAloneIsNoRenaming() throws {
        let scratch = try scratch(kle: ["09.13.07", "09.17.08", "05.14.08"])
        defer { removing(scratch) }
        let problems = Validator.check(withPlan(scratch)).map(\.problem)
        #expect(problems == [
            .retiredKLE(key: "kle[0]", value: "09.13.07", base: "09.13.07", version: "3.23"),
            .renamedKLE(key: "kle[1]", value: "09.17.08", base: "09.17.08", old: "Gyllebeholdere",
                        new: "Opbevaringsanlæg for husdyrgødning", version: "3.23"),
        ])
    }

    @Test func kleWarningsCanBeAcceptedPerEntry() throws {
        let scratch = try scratch(kle: ["09.13.09"])
        defer { removing(scratch) }
        var text = try scratch.read("tasks/byggesag.md")
        text = text.replacingOccurrences(of: "\"audience\": \"external\"", with: "\"audience\": \"external\",\n  \"accept\": {\"unknown-kle\": \"Lokalt nummer, aftalt med arkivet\"}")
        try scratch.write("tasks/byggesag.md", text)
        let diagnostics = Validator.check(withPlan(scratch))
        #expect(diagnostics.map(\.code) == ["unknown-kle"])
        #expect(diagnostics[0].accepted == "Lokalt nummer, aftalt med arkivet")
    }

    @Test func theShippedPlanIsUsedWithoutOption() throws {
        let scratch = try ScratchCatalogue([:])
        defer { scratch.remove() }
        var text = try scratch.read("tasks/byggesag.md")
        text = text.replacingOccurrences(of: "\"kle\": []", with: "\"kle\": [\"02.34.02\", \"09.13.01\", \"09.13.98\"]")
        try scratch.write("tasks/byggesag.md", text)
        #expect(scratch.checked().map(\.problem) == [.unknownKLE(key: "kle[2]", value: "09.13.98", base: "09.13.98", plan: "OS2KLE 3.23")])
    }

    @Test func aPlanFileThatCannotBeUsedStopsTheCommandWithItsReason() throws {
        let scratch = try scratch(kle: [])
        defer { removing(scratch) }
        let missing = scratch.run(["check", "--kle-plan", "nowhere/OS2KLE.txt"])
        #expect(missing.status == 1)
        #expect(errorCodes(missing.stderr) == ["kle-plan-unreadable"])
        try scratch.write("../notaplan-\(scratch.root.lastPathComponent).txt", "Hej\n")
        defer { try? FileManager.default.removeItem(at: scratch.root.appendingPathComponent("../notaplan-\(scratch.root.lastPathComponent).txt")) }
        let notAPlan = scratch.run(["check", "--kle-plan", "../notaplan-\(scratch.root.lastPathComponent).txt"])
        #expect(errorCodes(notAPlan.stderr) == ["kle-plan-no-topics"])
        let folder = scratch.run(["check", "--kle-plan", "."])
        #expect(errorCodes(folder.stderr) == ["kle-plan-not-a-file"])
    }

    @Test func aBrokenChangeFileBesideThePlanIsNamed() throws {
        let scratch = try scratch(kle: [])
        defer { removing(scratch) }
        try Data("[1, 2]".utf8).write(to: planFile(scratch).deletingLastPathComponent().appendingPathComponent("change.json"))
        let result = scratch.run(["check", "--kle-plan", planFile(scratch).path])
        #expect(errorCodes(result.stderr) == ["kle-plan-bad-changes"])
    }

    /// The scratch catalogue as loaded with its fixture plan, as `--kle-plan` loads it.
    private func withPlan(_ scratch: ScratchCatalogue) -> LoadedCatalogue {
        var loaded = CatalogueReader.load(scratch.root)
        guard case .success(let plan) = KLEPlanFiles.read(planFile(scratch).path) else { Issue.record("fixture plan unread"); return loaded }
        loaded.givenKLEPlan = plan
        return loaded
    }

    // MARK: Titles in the outputs

    @Test func showAndFindPrintTheTitleNextToEveryNumber() throws {
        let scratch = try scratch(kle: ["09.13.01", "05.14.08-G01"])
        defer { removing(scratch) }
        let plan = ["--kle-plan", planFile(scratch).path]
        let show = scratch.run(["show", "task", "byggesag"] + plan)
        #expect(show.stdout.contains("  KLE: ") && show.stdout.contains(" 09.13.01 Rottebekæmpelse; 05.14.08-G01 Benyttelse af gade- og fortovsarealer\n"))
        let json = scratch.run(["show", "task", "byggesag", "--json"] + plan)
        #expect(json.stdout.contains("\"09.13.01\": \"Rottebekæmpelse\""))
        let find = scratch.run(["find", "byggesag"] + plan)
        #expect(find.stdout.contains(" 09.13.01 Rottebekæmpelse; 05.14.08-G01 Benyttelse af gade- og fortovsarealer\n"))
    }

    @Test func routingListHasAKLETitleColumnInTheNumbersOrder() throws {
        let scratch = try scratch(kle: ["09.13.01", "05.14.08-G01", "77.01"])
        defer { removing(scratch) }
        let out = scratch.root.appendingPathComponent("../out-\(scratch.root.lastPathComponent)").standardizedFileURL
        defer { try? FileManager.default.removeItem(at: out) }
        let result = scratch.run(["export", "switchboard", "--out", out.path, "--kle-plan", planFile(scratch).path])
        #expect(result.status == 0)
        let rows = try StrictCSV.parse(String(contentsOf: out.appendingPathComponent("switchboard.csv"), encoding: .utf8), delimiter: ",")
        let column = try #require(rows[0].firstIndex(of: "KLE-titel"))
        #expect(rows[0][column - 1] == "KLE")
        #expect(rows[1][column - 1] == "09.13.01, 05.14.08-G01, 77.01")
        // An unknown number has no title; the titles hold commas, so they are separated by semicolons.
        #expect(rows[1][column] == "Rottebekæmpelse; Benyttelse af gade- og fortovsarealer")
    }

    @Test func bothPagesCarryTheTopicsWordsOnceAndEachTaskItsTopics() throws {
        let scratch = try scratch(kle: ["09.13.01", "09.13.01-G01", "77.01"])
        defer { removing(scratch) }
        let out = scratch.root.appendingPathComponent("../out-\(scratch.root.lastPathComponent)").standardizedFileURL
        defer { try? FileManager.default.removeItem(at: out) }
        let result = scratch.run(["export", "all", "--out", out.path, "--kle-plan", planFile(scratch).path])
        #expect(result.status == 0)
        guard case .success(let plan) = KLEPlanFiles.read(planFile(scratch).path) else { Issue.record("fixture plan unread"); return }
        let words = KLEPageWords.words(of: "09.13.01", in: plan)
        #expect(Array(words.dropFirst(2)) == ["rotter", "rottegift", "rotte"])
        for page in ["internal.html", "external.html", "external-fragment.html"] {
            let html = try String(contentsOf: out.appendingPathComponent(page), encoding: .utf8)
            #expect(html.contains(#"data-kle="09.13.01""#), "\(page)")
            #expect(html.contains(#"<script type="application/json" class="kat-kle-ord">{"09.13.01":""# + words.joined(separator: " ") + #""}</script>"#), "\(page)")
        }
        let internalPage = try String(contentsOf: out.appendingPathComponent("internal.html"), encoding: .utf8)
        #expect(internalPage.contains("09.13.01 Rottebekæmpelse; 09.13.01-G01 Rottebekæmpelse; 77.01"))
    }

    @Test func pageWordsOfATopicAreFoldedDistinctAndCapped() {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let plan = KLEPlanInUse(plan: KLEPlan(text: "KLENummer='01.02.03':KLETitel='Støj og støv':Keywords[Weight]="
                                              + (0..<60).map { "ord\(letters[$0 / 26])\(letters[$0 % 26])[5];" }.joined() + "Støj fra virksomheder[50];BR10[50];"),
                                changes: .none, name: "fixture")
        let words = KLEPageWords.words(of: "01.02.03", in: plan)
        #expect(words.prefix(5) == ["stoj", "stov", "fra", "virksomheder", "orda"])
        #expect(words.count == KLEPageWords.limit)
        #expect(KLEPageWords.words(of: "01.02.04", in: plan) == [])
    }

    @Test func pageWordsOutsideLatinLettersAreJudgedByCharactersAsLatinOnesAreByScalars() {
        // Latin words take a way over scalars; the rest (Greek, other scripts' digits) the
        // Character way. Both must keep words of three letters or more without a digit.
        let plan = KLEPlanInUse(plan: KLEPlan(text: "KLENummer='01.02.03':KLETitel='Vand':Keywords[Weight]="
                                              + "νερό[50];νε[50];ab٣c[50];ab3c[50];æbler[50];øl[50];x²y[50];"),
                                changes: .none, name: "fixture")
        #expect(KLEPageWords.words(of: "01.02.03", in: plan) == ["vand", "νερο", "ebler"])
    }

    // MARK: find

    @Test func aWordOfThePlanFindsTheTaskCarryingItsTopicBelowDirectHitsAndSaysWhy() throws {
        let scratch = try scratch(kle: ["09.13"], title: "Skadedyr på kommunens grunde")
        defer { removing(scratch) }
        let result = scratch.run(["find", "rottegift", "--kle-plan", planFile(scratch).path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("  Fundet via: KLE 09.13.01 Rottebekæmpelse (planens ord: rottegift)\n"))
        let json = scratch.run(["find", "rottegift", "--json", "--kle-plan", planFile(scratch).path])
        #expect(json.stdout.contains("\"via\": {\n      \"kle\": \"09.13.01\",\n      \"title\": \"Rottebekæmpelse\"\n    }"))
    }

    @Test func aDirectHitIsNotRepeatedThroughThePlan() throws {
        let scratch = try scratch(kle: ["09.13.01"], title: "Rotter", keywords: ["rottegift"])
        defer { removing(scratch) }
        let result = scratch.run(["find", "rottegift", "--json", "--kle-plan", planFile(scratch).path])
        #expect(result.stdout.components(separatedBy: "\"id\": \"byggesag\"").count == 2)
        #expect(!result.stdout.contains("\"via\""))
    }

    @Test func withNoTaskForTheTopicFindNamesItAndTheOneEntry() throws {
        let scratch = try scratch(kle: [])
        defer { removing(scratch) }
        var settings = try scratch.read("catalogue.json")
        settings = settings.replacingOccurrences(of: "\"language\": \"da\"", with: "\"language\": \"da\",\n  \"oneEntryPhone\": \"72 57 88 10\"")
        try scratch.write("catalogue.json", settings)
        let result = scratch.run(["find", "mosegrise", "--kle-plan", planFile(scratch).path])
        #expect(result.status == 1)
        let words = Strings.danish.commands
        #expect(result.stdout == [words.noHits("mosegrise"), words.kleTopicNotCarried("09.13.05 Mosegrise - skadedyrsbekæmpelse"),
                                  words.callOneEntry("72 57 88 10", nil)].joined(separator: "\n") + "\n")
        let nothing = scratch.run(["find", "xyzzy", "--kle-plan", planFile(scratch).path])
        #expect(nothing.stdout == words.noHits("xyzzy") + "\n" + words.callOneEntry("72 57 88 10", nil) + "\n")
    }

    // MARK: kle show and kle suggest

    @Test func kleShowGivesTitleHeadingsWordsAndTheTasksThatCarryIt() throws {
        let scratch = try scratch(kle: ["09.13"])
        defer { removing(scratch) }
        let plan = ["--kle-plan", planFile(scratch).path]
        let topic = scratch.run(["kle", "show", "09.13.01"] + plan)
        #expect(topic.status == 0)
        #expect(topic.stdout == """
            KLE 09.13.01 Rottebekæmpelse
              Ligger under: 09.13 Skadedyrsbekæmpelse › 09 Skadedyrsbekæmpelse
              Planens ord: Bekæmpelse af rotter, rottegift, Rotte

            Opgaver med nummeret (1):
              Byggesag (byggesag): 09.13 Skadedyrsbekæmpelse

            """)
        let group = scratch.run(["kle", "show", "09.13"] + plan)
        #expect(group.stdout.contains("Emner (3):\n  09.13.00 Skadedyrsbekæmpelse i almindelighed\n  09.13.01 Rottebekæmpelse\n"))
        let unknown = scratch.run(["kle", "show", "09.13.02"] + plan)
        #expect(unknown.status == 1)
        #expect(errorCodes(unknown.stderr) == ["kle-not-in-plan"])
        // The trial: a retired number was only "not in the plan", with unrelated neighbours.
        let retired = scratch.run(["kle", "show", "09.13.07"] + plan)
        #expect(retired.status == 1)
        #expect(errorCodes(retired.stderr) == ["kle-retired"])
        let typo = scratch.run(["kle", "show", "9.13"] + plan)
        #expect(typo.status == 64)
        #expect(errorCodes(typo.stderr) == ["kle-not-a-number"])
    }

    @Test func kleSuggestProposesTopicsFromTheTasksWordsBestFirstWithTheWords() throws {
        let scratch = try scratch(kle: [], title: "Rotter og mosegrise", keywords: ["rottegift"])
        defer { removing(scratch) }
        let result = scratch.run(["kle", "suggest", "byggesag", "--kle-plan", planFile(scratch).path])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines[1] == "  1. 09.13.01 Rottebekæmpelse")
        #expect(lines[2].contains("rottegift") && lines[2].contains("rotter"))
        #expect(lines[3] == "  2. 09.13.05 Mosegrise - skadedyrsbekæmpelse")
    }

    @Test func kleSuggestSaysSoWhenNoWordOfTheTaskIsInThePlan() throws {
        let scratch = try scratch(kle: [], title: "Byggesag")
        defer { removing(scratch) }
        let result = scratch.run(["kle", "suggest", "byggesag", "--kle-plan", planFile(scratch).path])
        #expect(result.status == 1)
        #expect(result.stdout == Strings.danish.commands.kleNoSuggestions("byggesag") + "\n")
    }

    @Test func suggestionsRankTitleWordsAboveTermsAndRareWordsAboveCommonOnes() {
        let index = KLEWordIndex(plan: KLEPlan(text: Self.planLines))
        let suggestions = index.suggestions(for: [("Bekæmpelse af skadedyr", 3)])
        #expect(suggestions.first?.topic.number.description == "09.13.00")
        #expect(suggestions.first?.words.first == "skadedyr")
        #expect(index.suggestions(for: [("Kommunen skal altid", 1)]) == [])
    }

    // MARK: The default catalogue

    @Test func theDefaultCatalogueHasNoKLEWarningAndEveryNumberIsInThePlan() {
        let loaded = CatalogueReader.load(defaultCatalogue)
        let kleCodes: Set<String> = ["invalid-kle", "unknown-kle", "unknown-kle-group", "retired-kle", "renamed-kle"]
        #expect(Validator.check(loaded).filter { kleCodes.contains($0.code) }.map(\.coded) == [])
        let numbers = loaded.catalogue.tasks.flatMap(\.kle)
        #expect(numbers.count >= 89)
        #expect(numbers.allSatisfy { KLEReference($0).map { KLEPlan.shipped.contains($0.number) } ?? false })
        #expect(loaded.catalogue.tasks.allSatisfy { !$0.kle.isEmpty })
    }

    @Test func findRotterOnTheDefaultCatalogueNamesWhomToCall() {
        let result = run(["find", "rotter"], in: projectRoot)
        #expect(result.status == 0)
        let first = result.stdout.split(separator: "\n").prefix(3).joined(separator: "\n")
        #expect(first.contains("(opgave rottebekaempelse)"))
        #expect(first.contains("Primær:"))
    }
}
