import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// Each rule of `catalogue check`, with a fixture that breaks it.
struct ValidationTests {
    private func task(_ replacing: String, with replacement: String) -> String {
        ScratchCatalogue.validFiles["tasks/byggesag.md"]!.replacingOccurrences(of: replacing, with: replacement)
    }

    @Test func unresolvedReferenceIsAnErrorWithASuggestion() throws {
        let found = try ScratchCatalogue.diagnostics(["tasks/byggesag.md": task("\"area\": \"byg\"", with: "\"area\": \"bygg\"")])
        #expect(found == ["areas/byg.md:3:33: warning [area-without-external-task]",
                          "tasks/byggesag.md:4:11: error [unknown-reference]"])
    }

    @Test func unresolvedResponsibleIsReportedAtItsPlaceInTheList() throws {
        let found = try ScratchCatalogue.diagnostics(["tasks/byggesag.md": task("\"bb\"", with: "\"cc\"")])
        #expect(found == ["employees/bb.json: warning [no-tasks]",
                          "tasks/byggesag.md:7:5: error [unknown-reference]"])
    }

    @Test func parentLoopIsAnError() throws {
        let found = try ScratchCatalogue.diagnostics([
            "departments/adm.json": "{\"name\": \"Adm\", \"parent\": \"team\"}",
            "departments/team.json": "{\"name\": \"Team\", \"parent\": \"adm\"}",
        ])
        #expect(found == ["departments/adm.json:1:27: error [parent-loop]"])
    }

    @Test func ownDeputyIsAnError() throws {
        let found = try ScratchCatalogue.diagnostics(["employees/bb.json": "{\"name\": \"Bo\", \"title\": \"T\", \"department\": \"adm\", \"deputy\": \"bb\"}"])
        #expect(found == ["employees/bb.json:1:61: error [own-deputy]"])
    }

    @Test func malformedValuesAreErrors() throws {
        let found = try ScratchCatalogue.diagnostics([
            "departments/adm.json": "{\"name\": \"Adm\", \"phone\": \"72 57\", \"mail\": \"adm@kommune\", \"web\": \"www.kommune.dk\"}",
            "tasks/byggesag.md": task("\"kle\": []", with: "\"kle\": [\"2.34\", \"02.34.02-G01\", \"02.34.02.01\"]")
                .replacingOccurrences(of: "\"links\": []", with: "\"links\": [{\"title\": \"x\", \"url\": \"javascript:alert(1)\"}]"),
        ])
        #expect(found == [
            "departments/adm.json:1:26: error [invalid-phone]",
            "departments/adm.json:1:43: error [invalid-mail]",
            "departments/adm.json:1:65: error [invalid-url]",
            "tasks/byggesag.md:10:11: error [invalid-kle]",
            "tasks/byggesag.md:10:35: error [invalid-kle]",
            "tasks/byggesag.md:11:35: error [invalid-url]",
        ])
    }

    @Test func taskWithoutResponsibleIsAnError() throws {
        let found = try ScratchCatalogue.diagnostics(["tasks/byggesag.md": task("[\n    \"aa\",\n    \"bb\"\n  ]", with: "[]")])
        #expect(found.contains("tasks/byggesag.md:5:18: error [no-responsible]"))
    }

    @Test func taskWithOneResponsibleIsAWarning() throws {
        let found = try ScratchCatalogue.diagnostics(["tasks/byggesag.md": task(",\n    \"bb\"", with: "")])
        #expect(found == [
            "employees/bb.json: warning [no-tasks]",
            "tasks/byggesag.md:5:18: warning [no-backup]",
        ])
    }

    @Test func areaWithBusinessContactButNoExternalTaskIsAWarning() throws {
        let found = try ScratchCatalogue.diagnostics(["tasks/byggesag.md": task("\"audience\": \"external\"", with: "\"audience\": \"internal\"")])
        #expect(found == ["areas/byg.md:3:33: warning [area-without-external-task]"])
    }

    @Test(arguments: ["72 57 73 54", "72577354", "7257 7354", "+45 72 57 73 54", "+4572577354", "8810", "123"])
    func acceptedPhoneNumbers(text: String) { #expect(PhoneNumber(text) != nil) }

    @Test(arguments: ["", "72 57 73 5", "+45 8810", "72-57-73-54-", "tlf. 72577354", "727577354", "12"])
    func refusedPhoneNumbers(text: String) { #expect(PhoneNumber(text) == nil) }

    @Test func phoneNumbersAreGroupedTheDanishWay() {
        #expect(PhoneNumber("+4572577354")?.grouped == "72 57 73 54")
        #expect(PhoneNumber("8810")?.grouped == "8810")
        #expect(PhoneNumber("7257 7354")?.digits == "72577354")
    }

    @Test(arguments: ["02", "02.34", "02.34.02", "24.10.07-G20", "00.01.00-A00"])
    func acceptedKLENumbers(text: String) { #expect(Formats.isKLE(text)) }

    @Test(arguments: ["2", "02.3", "02.34.02.01", "02.34.02-g01", "02.34.02-G1", "02.34.02 G01", "ab.cd"])
    func refusedKLENumbers(text: String) { #expect(!Formats.isKLE(text)) }
}

/// The wording helpers every message uses.
struct MessageTests {
    @Test func listPositionsCountFromOne() {
        #expect(English.field("phone") == "\"phone\"")
        #expect(English.field("responsible[0]") == "the 1st entry of \"responsible\"")
        #expect(English.field("links[11].url") == "\"url\" of the 12th entry of \"links\"")
        #expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(English.ordinal) == ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st"])
        #expect(Danish.field("responsible[1]") == "2. punkt i \"responsible\"")
        #expect(Danish.field("links[11].url") == "\"url\" i 12. punkt i \"links\"")
    }

    @Test func suggestionsPreferCaseThenContinuationsThenNearMisses() {
        #expect(Diagnostic.suggestion("AKM", among: ["akm", "akn"]) == didYouMean("akm"))
        #expect(Diagnostic.suggestion("bygge", among: ["byggesag", "byggeri", "bygget", "byggeplads", "vej"]) == didYouMean("byggeplads", "byggeri", "byggesag"))
        #expect(Diagnostic.suggestion("phnoe", among: ["phone", "mail"]) == didYouMean("phone"))
        #expect(Diagnostic.suggestion("xyz", among: ["phone", "mail"]) == nil)
    }

    @Test func anIdWrittenAsANameOrInCapitalsGetsAHint() throws {
        let scratch = try ScratchCatalogue(["tasks/byggesag.md": ScratchCatalogue.validFiles["tasks/byggesag.md"]!
            .replacingOccurrences(of: "\"aa\",", with: "\"Anne Andersen\",").replacingOccurrences(of: "\"bb\"\n", with: "\"BB\"\n")])
        defer { scratch.remove() }
        let found = scratch.diagnostics().filter { $0.contains("error") }
        #expect(found == [
            "tasks/byggesag.md:6:5: error [not-an-id]",
            "tasks/byggesag.md:7:5: error [not-an-id]",
        ])
    }

    @Test func curlyQuotesFromAWordProcessorAreNamed() throws {
        let found = try ScratchCatalogue(["departments/adm.json": "{\n  “name”: \"Adm\"\n}\n"])
        defer { found.remove() }
        #expect(found.diagnostics() == ["departments/adm.json:2:3: error [invalid-json]"])
    }

    @Test func primaryPersonWithoutDirectPhoneIsAWarning() throws {
        let scratch = try ScratchCatalogue(["employees/aa.json": "{\"name\": \"Anne\", \"title\": \"T\", \"department\": \"adm\", \"mobile\": \"21 00 00 01\", \"deputy\": \"bb\"}"])
        defer { scratch.remove() }
        #expect(scratch.diagnostics() == ["tasks/byggesag.md:6:5: warning [primary-without-phone]"])
    }
}

/// Inputs found by review that once crashed the tool or slipped through.
struct RobustnessTests {
    @Test(arguments: ["]x[", "a[9223372036854775807]", "a[-5]", "a[]", "a[1]x", "[0]"])
    func keysWithBracketsAreShownAsTheyAre(key: String) {
        #expect(English.field(key) == "\"\(key)\"")
    }

    @Test func aDuplicateKeyWithBracketsIsReportedNotACrash() throws {
        let found = try ScratchCatalogue.diagnostics(["departments/adm.json": "{\"name\": \"Adm\", \"]x[\": 1, \"]x[\": 2}"])
        #expect(found == [
            "departments/adm.json:1:17: error [unknown-field]",
            "departments/adm.json:1:27: error [duplicate-field]",
        ])
    }

    @Test func parentLoopsAreFoundOnceEachWhateverTheirShape() {
        func department(_ id: String, _ parent: String?) -> Department { Department(id: DepartmentID(id), name: id, parent: parent.map { DepartmentID($0) }) }
        let departments = [department("a", "a"), department("b", "c"), department("c", "d"), department("d", "b"), department("e", "b"), department("f", "zz")]
        #expect(Validator.parentCycles(departments) == [["a"], ["b", "c", "d"]])
        let chain = (0..<5_000).map { department("d\($0)", $0 == 0 ? nil : "d\($0 - 1)") }
        #expect(Validator.parentCycles(chain).isEmpty)
    }

    @Test func blankOrNullOptionalFieldsAreAnnouncedBeforeFmtDropsThem() throws {
        let found = try ScratchCatalogue.diagnostics(["departments/adm.json": "{\"name\": \"Adm\", \"mail\": null, \"phone\": \" \"}"])
        #expect(found == [
            "departments/adm.json:1:25: warning [blank-field]",
            "departments/adm.json:1:40: warning [blank-field]",
        ])
    }

    @Test func controlCharactersInFieldsAreErrors() throws {
        let found = try ScratchCatalogue.diagnostics(["departments/adm.json": "{\"name\": \"Adm\\u001b[31m\"}"])
        #expect(found == ["departments/adm.json:1:10: error [control-character]"])
    }

    @Test func aFractionWhereAWholeNumberBelongsIsNamed() throws {
        let found = try ScratchCatalogue.diagnostics(["departments/adm.json": "{\"name\": \"Adm\", \"sortOrder\": 10.0}"])
        #expect(found == ["departments/adm.json:1:30: error [not-a-whole-number]"])
    }

    @Test func aTermWithALeadingSpaceIsFiledWithItsLetter() {
        #expect(DanishOrder.indexLetter(" zebra") == "Z")
        #expect(DanishOrder.sorted([" zebra", "abe", "zoo"], by: { $0 }) == ["abe", " zebra", "zoo"])
    }

    @Test func aMistypedInitialNeverSuggestsAColleagueInAnotherDepartment() throws {
        // "slf" is one swap from "sfl" (Team Byggesag) and one letter from "mlf" (Team Affald og
        // Genbrug); the task belongs to Team Byggesag, so only its own person is suggested.
        let scratch = try ScratchCatalogue(copyOf: defaultCatalogue)
        defer { scratch.remove() }
        let text = try scratch.read("tasks/byggesagsarkiv.md")
        try scratch.write("tasks/byggesagsarkiv.md", text.replacingOccurrences(of: "\"sfl\"", with: "\"slf\""))
        let errors = scratch.checked().filter { $0.severity == .error }
        #expect(errors.map(\.problem) == [.unknownReference(key: "responsible[0]", value: "slf", kind: .employee)])
        let sfl = Suggestion.Candidate(id: "sfl", name: "Sofie Frølund", group: .init(id: "team-byggesag", name: "Team Byggesag"))
        #expect(errors.first?.notes == [Note(.didYouMean([sfl], naming: true))], "\(errors)")
    }

    @Test func aPersonWhoHasLeftIsFixedEverywhereWithOneCommand() throws {
        // Removing a file by hand left 9 references; the message says how to fix them all at once.
        let scratch = try ScratchCatalogue(copyOf: defaultCatalogue)
        defer { scratch.remove() }
        try FileManager.default.removeItem(at: scratch.root.appendingPathComponent("employees/jhn.json"))
        let errors = scratch.checked().filter { $0.severity == .error }
        #expect(errors.count == 9)
        #expect(errors.allSatisfy { $0.code == "unknown-reference" && $0.notes.contains(Note(.reassignAllFrom(id: "jhn", places: 9))) })
        #expect(scratch.run(["reassign", "--all-from", "jhn", "--to", "akm"]).status == 0)
        #expect(scratch.checked().filter { $0.severity == .error } == [])
    }
}
