import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// The writing commands on the small scratch catalogue: each change is one canonical write of
/// exactly the files it concerns, and a refused change leaves every byte as it was.
struct EditingTests {
    @Test func addEmployeeProposesTheInitialsAndWritesOneCanonicalFile() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let result = scratch.run(["add", "employee", "--name", "Cecilie Østergaard Dahl", "--title", "Jurist", "--department", "adm",
                                  "--phone", "72 57 00 03", "--deputy", "aa", "--visibility", "name"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == said(.created(path: "employees/coed.json"), .idMadeFrom(id: "coed", kind: .employee)))
        #expect(try scratch.read("employees/coed.json") == """
            {
              "name": "Cecilie Østergaard Dahl",
              "title": "Jurist",
              "department": "adm",
              "phone": "72 57 00 03",
              "deputy": "aa",
              "visibility": "name"
            }

            """)
        // Not a task yet: said once, as the change brings it.
        #expect(diagnosticCodes(result.stderr) == ["employees/coed.json: warning [no-tasks]"])
    }

    @Test func aTakenIdGetsTheNextFreeVariant() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        #expect(scratch.run(["add", "employee", "--name", "Anders Andersen", "--title", "T", "--department", "adm"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: scratch.root.appendingPathComponent("employees/aa2.json").path))
    }

    @Test func addNamesEveryMissingRequiredOptionAtOnce() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let result = scratch.run(["add", "task", "--title", "Skiltetilladelse"])
        #expect(result.status == 64)
        #expect(errorCodes(result.stderr) == ["missing-required-options"])
        let missing = Message.missingRequiredOptions(kind: .task, missing: ["--department", "--area", "--responsible"],
                                                      all: ["--title", "--department", "--area", "--responsible"])
        #expect(result.stderr.hasPrefix(errorLine(missing) + "\n"))
    }

    @Test func setChangesOnlyTheLineOfTheField() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let before = try scratch.read("employees/aa.json")
        let result = scratch.run(["set", "employee", "aa", "--phone", "72 57 00 09"])
        #expect(result == RunResult(status: 0, stdout: said(.changed(path: "employees/aa.json")), stderr: ""))
        #expect(try scratch.read("employees/aa.json") == before.replacingOccurrences(of: "72 57 00 01", with: "72 57 00 09"))
    }

    @Test func setEditsListsInPlace() throws {
        let scratch = try ScratchCatalogue(["employees/cc.json": "{\n  \"name\": \"Carl Clausen\",\n  \"title\": \"T\",\n  \"department\": \"adm\",\n  \"phone\": \"72 57 00 03\"\n}\n"])
        defer { scratch.remove() }
        let result = scratch.run(["set", "task", "byggesag", "--add-responsible", "cc", "--as", "primary", "--add-keyword", "tilbygning",
                                  "--add-keyword", "carport", "--add-link", "Byg og Miljø=https://www.bygogmiljoe.dk", "--add-kle", "02.34.02"])
        #expect(result.status == 0, "\(result.stderr)")
        let task = try #require(CatalogueReader.load(scratch.root).catalogue.task("byggesag"))
        #expect(task.responsible == ["cc", "aa", "bb"])
        #expect(task.keywords == ["tilbygning", "carport"])
        #expect(task.links == [Link(title: "Byg og Miljø", url: "https://www.bygogmiljoe.dk")])
        #expect(task.kle == ["02.34.02"])
        #expect(scratch.run(["set", "task", "byggesag", "--remove-responsible", "aa", "--remove-keyword", "CARPORT", "--remove-link", "Byg og Miljø"]).status == 0)
        let after = try #require(CatalogueReader.load(scratch.root).catalogue.task("byggesag"))
        #expect(after.responsible == ["cc", "bb"])
        #expect(after.keywords == ["tilbygning"])
        #expect(after.links.isEmpty)
    }

    @Test func valuesWithQuotesMarkupDirectionMarksAndEmojiAreStoredExactlyAndPublishedSafely() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        // A direction mark (U+200F) is text; an override (U+202E) is refused (BidiControlTests).
        let title = "Leder \"Øst\" <script>alert(1)</script> \u{200F}tseT 🎉 & co"
        #expect(scratch.run(["set", "employee", "aa", "--title", title]).status == 0)
        #expect(CatalogueReader.load(scratch.root).catalogue.employee("aa")?.title == title)
        let out = scratch.root.deletingLastPathComponent().appendingPathComponent("out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(scratch.run(["export", "--out", out.path, "--date", "2026-11-22"]).status == 0)
        let html = try String(contentsOf: out.appendingPathComponent("internal.html"), encoding: .utf8)
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("Leder &quot;Øst&quot; &lt;script&gt;alert(1)&lt;/script&gt; \u{200F}tseT 🎉 &amp; co")
                || html.contains("Leder \"Øst\" &lt;script&gt;alert(1)&lt;/script&gt; \u{200F}tseT 🎉 &amp; co"))
    }

    @Test func refusedCommandsLeaveEveryFileByteIdentical() throws {
        let scratch = try ScratchCatalogue(["employees/bb.json": """
            {
              "name": "Bo Berg",
              "title": "Sagsbehandler",
              "department": "adm",
              "deputy": "aa",
              "visibility": "internal",
              "shoeSize": 44
            }

            """])
        defer { scratch.remove() }
        let before = scratch.snapshot()
        let refused: [[String]] = [
            ["add", "person", "x"], ["add", "employee", "../x", "--name", "X", "--title", "T", "--department", "adm"],
            ["add", "employee", "a/b", "--name", "X", "--title", "T", "--department", "adm"],
            ["add", "employee", "AB", "--name", "X", "--title", "T", "--department", "adm"],
            ["add", "employee", "", "--name", "X", "--title", "T", "--department", "adm"],
            ["add", "employee", String(repeating: "a", count: 65), "--name", "X", "--title", "T", "--department", "adm"],
            ["add", "employee", "aa", "--name", "X", "--title", "T", "--department", "adm"],
            ["add", "employee", "cc", "--name", "X", "--title", "T", "--department", "nowhere"],
            ["add", "employee", "cc", "--name", "X", "--title", "T", "--department", "adm", "--area", "byg"],
            ["add", "employee", "cc", "--name", "X", "--title", "T", "--department", "adm", "--phone", "12"],
            ["add", "employee", "cc", "--name", "X\nY", "--title", "T", "--department", "adm"],
            ["add", "area", "miljo", "--name", "Miljø", "--significant-business-contact", "måske", "--contact-department", "adm"],
            ["add", "task", "t", "--title", "T", "--department", "adm", "--area", "byg", "--responsible", "aa", "--link", "no address"],
            ["add", "task", "t", "--title", "T", "--department", "adm", "--area", "byg", "--responsible", "aa", "--description-file", "/no/such/file"],
            ["set", "employee", "zz", "--phone", "72 57 00 09"], ["set", "employee", "aa", "--frobnicate", "1"],
            ["set", "employee", "aa", "--unset", "name"], ["set", "employee", "aa", "--visibility", "public"],
            ["set", "employee", "aa", "--deputy", "aa"], ["set", "employee", "aa"],
            ["set", "task", "byggesag", "--remove-keyword", "absent"],
            ["set", "employee", "bb", "--phone", "72 57 00 02"],  // bb.json has an error: never rewritten
            ["remove", "employee", "aa"], ["remove", "department", "adm"], ["remove", "area", "byg"],
            ["remove", "employee", "aa", "--reassign-to", "zz"], ["remove", "employee", "aa", "--reassign-to", "aa"],
            ["rename", "employee", "aa", "bb"], ["rename", "employee", "aa", "Anne"], ["rename", "employee", "aa", "../x"],
            ["rename", "employee", "bb", "bo"],
            ["move", "employee", "aa", "--department", "nowhere"], ["move", "area", "byg", "--department", "adm"],
            ["reassign", "task", "byggesag", "--from", "zz", "--to", "aa"], ["reassign", "task", "byggesag", "--to", "zz"],
            ["reassign", "--all-from", "zz", "--to", "aa"], ["reassign", "--to", "aa"],
        ]
        for arguments in refused {
            let result = scratch.run(arguments)
            #expect(result.status != 0, "\(arguments) was not refused")
            #expect(!errorCodes(result.stderr).isEmpty, "\(arguments): \(result.stderr)")
            #expect(scratch.snapshot() == before, "\(arguments) changed a file")
        }
    }

    @Test func removeWithASuccessorKeepsPlacesAndNeverListsAPersonTwice() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let result = scratch.run(["remove", "employee", "aa", "--reassign-to", "bb"])
        #expect(result.status == 0, "\(result.stderr)")
        // aa was bb's deputy, and bb cannot be their own: said plainly, not counted as handed over.
        #expect(result.stdout == said(
            .deleted(path: "employees/aa.json"), .changed(path: "employees/bb.json"), .changed(path: "tasks/byggesag.md"),
            .gaveTo(references: [.init(noun: .task, count: 1)], from: "aa", fromName: "Anne Andersen", to: "bb", toName: "Bo Berg"),
            .leaverWasDeputy(leaver: "aa", leaverName: "Anne Andersen", heir: "bb", heirName: "Bo Berg", newDeputy: nil, newDeputyName: nil)))
        let catalogue = CatalogueReader.load(scratch.root).catalogue
        #expect(catalogue.task("byggesag")?.responsible == ["bb"])
        #expect(catalogue.employee("bb")?.deputy == nil)
    }

    @Test func aSuccessorWhoseDeputyLeftGetsTheLeaversDeputy() throws {
        // cc stands in for aa; aa stood in for bb. When aa leaves for bb, bb's stand-in is aa's own.
        let scratch = try ScratchCatalogue([
            "employees/cc.json": "{\n  \"name\": \"Carl Clausen\",\n  \"title\": \"T\",\n  \"department\": \"adm\",\n  \"phone\": \"72 57 00 03\",\n  \"deputy\": \"aa\"\n}\n",
            "employees/aa.json": try #require(ScratchCatalogue.validFiles["employees/aa.json"]).replacingOccurrences(of: "\"deputy\": \"bb\"", with: "\"deputy\": \"cc\""),
        ])
        defer { scratch.remove() }
        let result = scratch.run(["remove", "employee", "Anne Andersen", "--reassign-to", "bb"])
        #expect(result.status == 0, "\(result.stderr)")
        let gave = Message.gaveTo(references: [.init(noun: .deputyship, count: 1), .init(noun: .task, count: 1)],
                                  from: "aa", fromName: "Anne Andersen", to: "bb", toName: "Bo Berg")
        let deputy = Message.leaverWasDeputy(leaver: "aa", leaverName: "Anne Andersen", heir: "bb", heirName: "Bo Berg",
                                             newDeputy: "cc", newDeputyName: "Carl Clausen")
        #expect(result.stdout.hasSuffix(said(gave, deputy)))
        let catalogue = CatalogueReader.load(scratch.root).catalogue
        #expect(catalogue.employee("bb")?.deputy == "cc")
        #expect(catalogue.employee("cc")?.deputy == "bb")
    }

    @Test func addingTheSameEntryTwiceIsRefused() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let add = ["add", "employee", "--name", "Karen Lund", "--title", "Jurist", "--department", "adm"]
        #expect(scratch.run(add).status == 0)
        let before = scratch.snapshot()
        let again = scratch.run(add)
        #expect(again.status == 1)
        #expect(again.stderr == errorLine(.sameNameExists(kind: .employee, name: "Karen Lund", id: "kl")) + "\n")
        #expect(scratch.snapshot() == before)
        // Someone else with the same name is added with an id given by hand.
        #expect(scratch.run(["add", "employee", "kl2"] + add.dropFirst(2)).status == 0)
    }

    @Test func keywordsAreTheSameWhateverTheirCapitalsAndRemovedExactlyAsTyped() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        #expect(scratch.run(["set", "task", "byggesag", "--add-keyword", "Skur"]).status == 0)
        let again = scratch.run(["set", "task", "byggesag", "--add-keyword", "skur"])
        #expect(again.stdout == said(.nothingToChange))
        #expect(scratch.run(["set", "task", "byggesag", "--remove-keyword", "skur"]).status == 0)
        #expect(CatalogueReader.load(scratch.root).catalogue.task("byggesag")?.keywords == [])
    }

    @Test func aFullNameNamesAnEntryInWritingCommandsAndTheCommandSaysWhichItTook() throws {
        let scratch = try ScratchCatalogue(["employees/cc.json": "{\n  \"name\": \"Carl Clausen\",\n  \"title\": \"T\",\n  \"department\": \"adm\",\n  \"phone\": \"72 57 00 03\"\n}\n"])
        defer { scratch.remove() }
        let reassigned = scratch.run(["reassign", "task", "byggesag", "--from", "Bo Berg", "--to", "carl clausen"])
        #expect(reassigned.status == 0, "\(reassigned.stderr)")
        let takesOver = Message.takesOver(name: "Carl Clausen", id: "cc", task: "byggesag", from: "Bo Berg (bb)", primary: false)
        #expect(reassigned.stdout.hasSuffix(said(takesOver)))
        #expect(reassigned.stderr.hasPrefix(noteLine(.tookName(name: "carl clausen", kind: .employee, id: "cc")) + "\n"))
        #expect(scratch.run(["set", "employee", "Anne Andersen", "--title", "Teamleder"]).stdout == said(.changed(path: "employees/aa.json")))
        let unknown = scratch.run(["set", "employee", "Zacharias", "--title", "X"])
        #expect(errorCodes(unknown.stderr) == ["no-entry-named"])
        #expect(unknown.stderr.contains(noteLine(.lookItUp(query: "Zacharias")) + "\n"))
    }

    @Test func partOfANameOnlySuggestsAndNeverActs() throws {
        // "con" is a word start of "containere" in a title: once enough to delete that task.
        let scratch = try ScratchCatalogue(copyOf: defaultCatalogue)
        defer { scratch.remove() }
        let before = scratch.snapshot()
        for arguments in [["remove", "task", "con"], ["set", "employee", "Anne", "--title", "X"],
                          ["reassign", "task", "nedrivning", "--to", "carl"], ["rename", "task", "vejareal", "x"]] {
            let result = scratch.run(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(["partial-name-only", "no-entry"].contains(errorCodes(result.stderr).first ?? ""), "\(arguments): \(result.stderr)")
        }
        #expect(scratch.snapshot() == before)
        // The task is only suggested, by its id and title.
        let title = try #require(CatalogueReader.load(scratch.root).catalogue.task("raaden-over-vejareal")).title
        #expect(scratch.run(["remove", "task", "con"]).stderr == errorLine(.partialNameOnly(kind: .task, query: "con")) + "\n"
            + noteLine(.didYouMean([.init(id: "raaden-over-vejareal", name: title)], naming: true)) + "\n")
    }


    @Test func removeRefusesWhileReferredToAndListsEveryReference() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let result = scratch.run(["remove", "employee", "aa"])
        #expect(result.status == 1)
        let refused = Message.stillReferred(kind: .employee, id: "aa", name: "Anne Andersen",
                                            references: [.init(noun: .deputyship, count: 1), .init(noun: .task, count: 1)], example: "bb")
        #expect(result.stderr == said(.referredBy(path: "employees/bb.json", role: .deputyOfEmployee),
                                      .referredBy(path: "tasks/byggesag.md", role: .primaryOfTask)) + errorLine(refused) + "\n")
    }

    @Test func renameMovesTheFileAndRewritesEveryReference() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let result = scratch.run(["rename", "department", "adm", "administration"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == said(
            .changed(path: "areas/byg.md"), .renamed(from: "departments/adm.json", to: "departments/administration.json"),
            .changed(path: "employees/aa.json"), .changed(path: "employees/bb.json"), .changed(path: "tasks/byggesag.md"),
            .updatedReferences([.init(noun: .employee, count: 2), .init(noun: .task, count: 1), .init(noun: .area, count: 1)], id: "adm")))
        #expect(scratch.diagnostics() == [])
    }

    @Test func reassignAllFromSomeoneWhoHasLeftClearsEveryReference() throws {
        let scratch = try ScratchCatalogue(["employees/aa.json": nil])
        defer { scratch.remove() }
        #expect(scratch.checked().contains { $0.problem == .unknownReference(key: "deputy", value: "aa", kind: .employee) })
        let result = scratch.run(["reassign", "--all-from", "aa", "--to", "bb"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(scratch.diagnostics().filter { $0.contains(": error: ") } == [])
    }

    @Test func reassignOneTaskPutsTheSuccessorInThePlaceOfThePersonHandingOver() throws {
        let scratch = try ScratchCatalogue(["employees/cc.json": "{\n  \"name\": \"Carl Clausen\",\n  \"title\": \"T\",\n  \"department\": \"adm\",\n  \"phone\": \"72 57 00 03\"\n}\n"])
        defer { scratch.remove() }
        #expect(scratch.run(["reassign", "task", "byggesag", "--from", "bb", "--to", "cc"]).status == 0)
        #expect(CatalogueReader.load(scratch.root).catalogue.task("byggesag")?.responsible == ["aa", "cc"])
        // Without --from, the primary person hands over; a backup taking over moves forward.
        #expect(scratch.run(["reassign", "task", "byggesag", "--to", "cc"]).status == 0)
        #expect(CatalogueReader.load(scratch.root).catalogue.task("byggesag")?.responsible == ["cc"])
    }

    @Test func dryRunShowsTheDiffAndWritesNothing() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let before = scratch.snapshot()
        let result = scratch.run(["set", "employee", "aa", "--title", "Teamleder", "--dry-run"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            diff --git a/employees/aa.json b/employees/aa.json
            --- a/employees/aa.json
            +++ b/employees/aa.json
            @@ -1,6 +1,6 @@
             {
               "name": "Anne Andersen",
            -  "title": "Sagsbehandler",
            +  "title": "Teamleder",
               "department": "adm",
               "phone": "72 57 00 01",
               "deputy": "bb",

            """)
        #expect(result.stderr == said(.dryRunSummary(files: 1)))
        #expect(scratch.snapshot() == before)
    }

    @Test func aSecondWriterWaitsForTheLockThenFailsNamingTheHolder() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let lock = try CatalogueLock.acquire(root: scratch.root, command: "catalogue edit task byggesag")
        defer { lock.release() }
        let before = scratch.snapshot()
        let result = scratch.run(["set", "employee", "aa", "--title", "Teamleder"], environment: ["CATALOGUE_LOCK_TIMEOUT": "0.3"])
        #expect(result.status == 1)
        #expect(errorCodes(result.stderr) == ["lock-held"])
        #expect(result.stderr.contains("'catalogue edit task byggesag'"), "the holder is named: \(result.stderr)")
        #expect(scratch.snapshot() == before)
    }

    @Test func aDescriptionIsReadFromStandardInputAsTyped() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let text = "Vi behandler **byggesager**.\r\n\r\n- hurtigt\r\n- grundigt\r\n"
        let result = CLI.run(RunContext(arguments: ["set", "task", "byggesag", "--description-file", "-"], workingDirectory: scratch.root,
                                        readStandardInput: { _ in .success(Array(text.utf8)) }))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try scratch.read("tasks/byggesag.md").hasSuffix("}\n\nVi behandler **byggesager**.\n\n- hurtigt\n- grundigt\n"))
    }

    @Test func settingsAreChangedByCommandToo() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let before = try scratch.read("catalogue.json")
        #expect(scratch.run(["set", "settings", "--edition", "2027, 1. udgave"]) == RunResult(status: 0, stdout: said(.changed(path: "catalogue.json")), stderr: ""))
        #expect(try scratch.read("catalogue.json") == before.replacingOccurrences(of: "2026, 1. udgave", with: "2027, 1. udgave"))
        #expect(scratch.run(["set", "settings", "--website", "www.testby.dk"]).status == 1)
        #expect(scratch.run(["help", "set", "settings"]).stdout == scratch.run(["set", "settings", "--help"]).stdout)
    }

    @Test func editSavesAValidCopyAndDiscardsAnInvalidOne() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        func edit(_ replace: (String, String), answers: [String]) -> RunResult {
            let remaining = Answers(answers)
            return CLI.run(RunContext(
                arguments: ["edit", "employee", "aa"], workingDirectory: scratch.root, environment: ["EDITOR": "fake", "CATALOGUE_LANG": "en"],
                readLine: { remaining.next() },
                runEditor: { _, file in
                    guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return 1 }
                    try? text.replacingOccurrences(of: replace.0, with: replace.1).write(toFile: file, atomically: true, encoding: .utf8)
                    return 0
                }))
        }
        let before = scratch.snapshot()
        let invalid = edit(("\"72 57 00 01\"", "\"72 57\""), answers: ["n"])
        #expect(invalid.status == 1)
        #expect(diagnosticCodes(invalid.stderr).contains { $0.hasSuffix("aa.json: error [invalid-phone]") })
        #expect(invalid.stderr.hasSuffix(errorLine(.editDiscarded(path: "employees/aa.json")) + "\n"))
        #expect(scratch.snapshot() == before)
        let valid = edit(("Sagsbehandler", "Teamleder"), answers: [])
        #expect(valid == RunResult(status: 0, stdout: said(.changed(path: "employees/aa.json")), stderr: ""))
        #expect(try scratch.read("employees/aa.json").contains("\"title\": \"Teamleder\""))
    }
}

/// Answers typed at questions, one per call, for in-process runs.
final class Answers: @unchecked Sendable {
    private var answers: [String]
    private let lock = NSLock()
    init(_ answers: [String]) { self.answers = answers }
    func next() -> String? { lock.withLock { answers.isEmpty ? nil : answers.removeFirst() } }
    /// Keeps a value a closure saw (such as the file an editor was given), for the test to read with `next()`.
    func add(_ answer: String) { lock.withLock { answers.append(answer) } }
}
