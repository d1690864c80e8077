import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// What a new user's trial found in how commands take names and say what they did.
struct NamingAndReportTests {
    @Test func reassigningABackupToSomeoneWhoAlreadyHoldsTheTaskSaysSoAndWarnsOfTheLostBackup() throws {
        // aa is primary and bb backup on byggesag; handing bb's place to aa leaves aa alone.
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let result = scratch.run(["reassign", "task", "byggesag", "--from", "bb", "--to", "aa"])
        #expect(result.status == 0, "\(result.stderr)")
        let kept = Message.alreadyHeldSoRemoved(name: "Anne Andersen", id: "aa", task: "byggesag", from: "Bo Berg (bb)", primary: true)
        #expect(result.stdout == said(.changed(path: "tasks/byggesag.md"), kept))
        #expect(diagnosticCodes(result.stderr).contains("tasks/byggesag.md:5:18: warning [no-backup]"))
    }

    @Test func aDryRunShowsTheWarningsTheChangeWouldBringAndSpeaksInTheConditional() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let before = scratch.snapshot()
        let result = scratch.run(["reassign", "task", "byggesag", "--from", "bb", "--to", "aa", "--dry-run"])
        #expect(result.status == 0)
        let kept = Message.alreadyHeldSoRemoved(name: "Anne Andersen", id: "aa", task: "byggesag", from: "Bo Berg (bb)", primary: true)
        #expect(result.stderr.contains(said(.wouldBe(kept))))
        #expect(diagnosticCodes(result.stderr).contains("tasks/byggesag.md:5:18: warning [no-backup]"))
        #expect(scratch.snapshot() == before)
        let danish = scratch.run(["reassign", "task", "byggesag", "--from", "bb", "--to", "aa", "--dry-run"], environment: ["CATALOGUE_LANG": "da"])
        #expect(danish.stderr.contains(said(.wouldBe(kept), in: .danish)))
    }

    @Test func aFullNameIsTakenWhereAnIdIsWantedInListsAndReferences() throws {
        let scratch = try ScratchCatalogue(["employees/cc.json": "{\n  \"name\": \"Søren Ægidius Bøgh\",\n  \"title\": \"T\",\n  \"department\": \"adm\"\n}\n"])
        defer { scratch.remove() }
        let added = scratch.run(["set", "task", "byggesag", "--add-responsible", "Soeren Aegidius Boegh"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stderr == noteLine(.tookName(name: "Soeren Aegidius Boegh", kind: .employee, id: "cc")) + "\n")
        #expect(CatalogueReader.load(scratch.root).catalogue.task("byggesag")?.responsible == ["aa", "bb", "cc"])
        #expect(scratch.run(["set", "employee", "aa", "--deputy", "søren ægidius bøgh"]).status == 0)
        #expect(CatalogueReader.load(scratch.root).catalogue.employee("aa")?.deputy == "cc")
        #expect(scratch.run(["show", "department", "Administration"]).stdout.hasPrefix("Afdeling adm: Administration"))
    }

    @Test func anEmptyValueIsRefusedAndPointsToUnset() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let before = scratch.snapshot()
        let result = scratch.run(["set", "employee", "aa", "--phone", ""])
        #expect(result.status == ExitStatus.usage)
        #expect(errorCodes(result.stderr) == ["empty-value"])
        #expect(result.stderr.hasPrefix(errorLine(.emptyValue(option: "--phone")) + "\n"))
        for language in Language.allCases {
            #expect(Wording(language).text(.emptyValue(option: "--phone")).contains("--unset phone"), "it points to --unset")
        }
        #expect(scratch.snapshot() == before)
    }

    @Test func aValueThatLooksLikeAnOptionButIsNoneIsTheValue() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        #expect(scratch.run(["set", "employee", "aa", "--title", "--1"]).status == 0)
        #expect(CatalogueReader.load(scratch.root).catalogue.employee("aa")?.title == "--1")
        #expect(errorCodes(scratch.run(["set", "employee", "aa", "--title", "--phone", "1"]).stderr) == ["needs-value"])
    }

    @Test func helpTakesTheArgumentsOfACommandWithoutSubcommands() throws {
        let result = run(["help", "remove", "employee"], in: projectRoot)
        #expect(result.status == 0)
        #expect(result.stdout == (try helpText("remove")))
    }

    @Test func aNewEmployeesIdIsTheirMailNameWhenItIsFree() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let fromMail = scratch.run(["add", "employee", "--name", "Søren Ægidius Bøgh", "--title", "Jurist", "--department", "adm",
                                    "--mail", "sab@x.dk"])
        #expect(fromMail.stdout.hasPrefix(said(.created(path: "employees/sab.json"))), "\(fromMail.stderr)")
        let taken = scratch.run(["add", "employee", "--name", "Anne Bech", "--title", "Jurist", "--department", "adm", "--mail", "aa@x.dk"])
        #expect(taken.stdout.hasPrefix(said(.created(path: "employees/ab.json"))), "the mail name is taken, so the initials: \(taken.stderr)")
    }

    @Test func givingADepartmentANewNameNamesTheDescriptionsThatStillSayTheOldOne() throws {
        let scratch = try ScratchCatalogue(["tasks/byggesag.md": ScratchCatalogue.validFiles["tasks/byggesag.md"]!
            .replacingOccurrences(of: "Vi behandler byggesager.", with: "Vi behandler byggesager.\nRing til Administration.")])
        defer { scratch.remove() }
        let result = scratch.run(["set", "department", "adm", "--name", "Sekretariatet"])
        #expect(result.status == 0)
        #expect(diagnosticCodes(result.stderr) == ["tasks/byggesag.md:16: warning [mentions-old-name]"])
    }
}
