import Foundation
import Testing
@testable import CatalogueKit

/// Each rule of `catalogue check`, with a fixture that breaks it.
struct ValidationTests {
    private func task(_ replacing: String, with replacement: String) -> String {
        ScratchCatalogue.validFiles["tasks/byggesag.md"]!.replacingOccurrences(of: replacing, with: replacement)
    }

    @Test func unresolvedReferenceIsAnErrorWithASuggestion() throws {
        let found = try ScratchCatalogue.diagnostics(["tasks/byggesag.md": task("\"area\": \"byg\"", with: "\"area\": \"bygg\"")])
        #expect(found == ["areas/byg.md:3:33: warning: the area has significant business contact but no task with \"audience\": \"external\", so the external version shows it empty",
                          "tasks/byggesag.md:4:11: error: \"area\" names the area \"bygg\", but there is no areas/bygg.md (did you mean \"byg\", Byggeri?)"])
    }

    @Test func unresolvedResponsibleIsReportedAtItsPlaceInTheList() throws {
        let found = try ScratchCatalogue.diagnostics(["tasks/byggesag.md": task("\"bb\"", with: "\"cc\"")])
        #expect(found == ["employees/bb.json: warning: the employee holds no task; add them to the \"responsible\" list of their tasks",
                          "tasks/byggesag.md:7:5: error: the 2nd entry of \"responsible\" names the employee \"cc\", but there is no employees/cc.json"])
    }

    @Test func parentLoopIsAnError() throws {
        let found = try ScratchCatalogue.diagnostics([
            "departments/adm.json": "{\"name\": \"Adm\", \"parent\": \"team\"}",
            "departments/team.json": "{\"name\": \"Team\", \"parent\": \"adm\"}",
        ])
        #expect(found == ["departments/adm.json:1:27: error: departments form a loop through their parents (adm → team); one of them must have another parent or none"])
    }

    @Test func ownDeputyIsAnError() throws {
        let found = try ScratchCatalogue.diagnostics(["employees/bb.json": "{\"name\": \"Bo\", \"title\": \"T\", \"department\": \"adm\", \"deputy\": \"bb\"}"])
        #expect(found == ["employees/bb.json:1:61: error: an employee cannot be their own deputy; name a colleague or remove \"deputy\""])
    }

    @Test func malformedValuesAreErrors() throws {
        let found = try ScratchCatalogue.diagnostics([
            "departments/adm.json": "{\"name\": \"Adm\", \"phone\": \"72 57\", \"mail\": \"adm@kommune\", \"web\": \"www.kommune.dk\"}",
            "tasks/byggesag.md": task("\"kle\": []", with: "\"kle\": [\"2.34\", \"02.34.02-G01\", \"02.34.02.01\"]")
                .replacingOccurrences(of: "\"links\": []", with: "\"links\": [{\"title\": \"x\", \"url\": \"javascript:alert(1)\"}]"),
        ])
        #expect(found == [
            "departments/adm.json:1:26: error: \"phone\" is \"72 57\", which is not a phone number: write 8 digits (\"72 57 73 54\"), optionally after +45, or a short extension (\"8810\")",
            "departments/adm.json:1:43: error: \"mail\" is \"adm@kommune\", which is not a mail address such as name@kommune.dk",
            "departments/adm.json:1:65: error: \"web\" is \"www.kommune.dk\", which is not a web address: write it in full, starting with https:// (or http://)",
            "tasks/byggesag.md:10:11: error: the 1st entry of \"kle\" is \"2.34\", which is not a KLE number: write NN, NN.NN or NN.NN.NN, optionally followed by an action facet such as -G01",
            "tasks/byggesag.md:10:35: error: the 3rd entry of \"kle\" is \"02.34.02.01\", which is not a KLE number: write NN, NN.NN or NN.NN.NN, optionally followed by an action facet such as -G01",
            "tasks/byggesag.md:11:35: error: \"url\" of the 1st entry of \"links\" is \"javascript:alert(1)\", which is not a web address: write it in full, starting with https:// (or http://)",
        ])
    }

    @Test func taskWithoutResponsibleIsAnError() throws {
        let found = try ScratchCatalogue.diagnostics(["tasks/byggesag.md": task("[\n    \"aa\",\n    \"bb\"\n  ]", with: "[]")])
        #expect(found.contains("tasks/byggesag.md:5:18: error: the task has no responsible employee; list at least one in \"responsible\" (the first is the primary person)"))
    }

    @Test func taskWithOneResponsibleIsAWarning() throws {
        let found = try ScratchCatalogue.diagnostics(["tasks/byggesag.md": task(",\n    \"bb\"", with: "")])
        #expect(found == [
            "employees/bb.json: warning: the employee holds no task; add them to the \"responsible\" list of their tasks",
            "tasks/byggesag.md:5:18: warning: the task has only one responsible employee and so no backup; add a second person to \"responsible\"",
        ])
    }

    @Test func areaWithBusinessContactButNoExternalTaskIsAWarning() throws {
        let found = try ScratchCatalogue.diagnostics(["tasks/byggesag.md": task("\"audience\": \"external\"", with: "\"audience\": \"internal\"")])
        #expect(found == ["areas/byg.md:3:33: warning: the area has significant business contact but no task with \"audience\": \"external\", so the external version shows it empty"])
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
        #expect(Diagnostic.field("phone") == "\"phone\"")
        #expect(Diagnostic.field("responsible[0]") == "the 1st entry of \"responsible\"")
        #expect(Diagnostic.field("links[11].url") == "\"url\" of the 12th entry of \"links\"")
        #expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(Diagnostic.ordinal) == ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st"])
    }

    @Test func suggestionsPreferCaseThenContinuationsThenNearMisses() {
        #expect(Diagnostic.suggestion("AKM", among: ["akm", "akn"]) == " (did you mean \"akm\"?)")
        #expect(Diagnostic.suggestion("bygge", among: ["byggesag", "byggeri", "bygget", "byggeplads", "vej"]) == " (did you mean \"byggeplads\", \"byggeri\" or \"byggesag\"?)")
        #expect(Diagnostic.suggestion("phnoe", among: ["phone", "mail"]) == " (did you mean \"phone\"?)")
        #expect(Diagnostic.suggestion("xyz", among: ["phone", "mail"]) == "")
    }

    @Test func anIdWrittenAsANameOrInCapitalsGetsAHint() throws {
        let scratch = try ScratchCatalogue(["tasks/byggesag.md": ScratchCatalogue.validFiles["tasks/byggesag.md"]!
            .replacingOccurrences(of: "\"aa\",", with: "\"Anne Andersen\",").replacingOccurrences(of: "\"bb\"\n", with: "\"BB\"\n")])
        defer { scratch.remove() }
        let found = scratch.diagnostics().filter { $0.contains("error") }
        #expect(found == [
            "tasks/byggesag.md:6:5: error: the 1st entry of \"responsible\" is \"Anne Andersen\", which is not an id: name the employee by its id, the file name in employees/ without .json (did you mean \"aa\", Anne Andersen (Administration)?)",
            "tasks/byggesag.md:7:5: error: the 2nd entry of \"responsible\" is \"BB\", which is not an id: name the employee by its id, the file name in employees/ without .json (did you mean \"bb\", Bo Berg (Administration)?)",
        ])
    }

    @Test func curlyQuotesFromAWordProcessorAreNamed() throws {
        let found = try ScratchCatalogue(["departments/adm.json": "{\n  “name”: \"Adm\"\n}\n"])
        defer { found.remove() }
        #expect(found.diagnostics() == ["departments/adm.json:2:3: error: invalid JSON: this is a curly quote (“ ” ‘ ’), as word processors write; JSON needs straight double quotes (\"), so retype it in a plain-text editor"])
    }

    @Test func primaryPersonWithoutDirectPhoneIsAWarning() throws {
        let scratch = try ScratchCatalogue(["employees/aa.json": "{\"name\": \"Anne\", \"title\": \"T\", \"department\": \"adm\", \"mobile\": \"21 00 00 01\", \"deputy\": \"bb\"}"])
        defer { scratch.remove() }
        #expect(scratch.diagnostics() == ["tasks/byggesag.md:6:5: warning: the primary person \"aa\" has no direct phone, so the switchboard list has no number to put calls through to; add \"phone\" to employees/aa.json, or put a colleague with a phone first"])
    }
}

/// Inputs found by review that once crashed the tool or slipped through.
struct RobustnessTests {
    @Test(arguments: ["]x[", "a[9223372036854775807]", "a[-5]", "a[]", "a[1]x", "[0]"])
    func keysWithBracketsAreShownAsTheyAre(key: String) {
        #expect(Diagnostic.field(key) == "\"\(key)\"")
    }

    @Test func aDuplicateKeyWithBracketsIsReportedNotACrash() throws {
        let found = try ScratchCatalogue.diagnostics(["departments/adm.json": "{\"name\": \"Adm\", \"]x[\": 1, \"]x[\": 2}"])
        #expect(found == [
            "departments/adm.json:1:17: error: unknown field \"]x[\"; allowed fields are name, parent, phone, mail, address, openingHours, web, sortOrder",
            "departments/adm.json:1:27: error: the field \"]x[\" is given twice; keep one",
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
            "departments/adm.json:1:25: warning: \"mail\" is null and is left out (catalogue fmt removes it); fill it in, or remove the line",
            "departments/adm.json:1:40: warning: \"phone\" is empty and is left out (catalogue fmt removes it); fill it in, or remove the line",
        ])
    }

    @Test func controlCharactersInFieldsAreErrors() throws {
        let found = try ScratchCatalogue.diagnostics(["departments/adm.json": "{\"name\": \"Adm\\u001b[31m\"}"])
        #expect(found == ["departments/adm.json:1:10: error: \"name\" holds an invisible control character (U+001B); remove it, and keep the text on one line"])
    }

    @Test func aFractionWhereAWholeNumberBelongsIsNamed() throws {
        let found = try ScratchCatalogue.diagnostics(["departments/adm.json": "{\"name\": \"Adm\", \"sortOrder\": 10.0}"])
        #expect(found == ["departments/adm.json:1:30: error: \"sortOrder\" must be a whole number such as 10, not 10.0"])
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
        let errors = scratch.diagnostics().filter { $0.contains(": error: ") }
        #expect(errors.count == 1)
        #expect(errors.first?.hasSuffix("there is no employees/slf.json (did you mean \"sfl\", Sofie Frølund (Team Byggesag)?)") == true, "\(errors)")
    }

    @Test func aPersonWhoHasLeftIsFixedEverywhereWithOneCommand() throws {
        // Removing a file by hand left 8 references; the message says how to fix them all at once.
        let scratch = try ScratchCatalogue(copyOf: defaultCatalogue)
        defer { scratch.remove() }
        try FileManager.default.removeItem(at: scratch.root.appendingPathComponent("employees/jhn.json"))
        let errors = scratch.diagnostics().filter { $0.contains(": error: ") }
        #expect(errors.count == 8)
        #expect(errors.allSatisfy { $0.hasSuffix("but there is no employees/jhn.json; if jhn has left, give all 8 places that name them to a colleague at once with 'catalogue reassign --all-from jhn --to ID'") })
        #expect(scratch.run(["reassign", "--all-from", "jhn", "--to", "akm"]).status == 0)
        #expect(scratch.diagnostics().filter { $0.contains(": error: ") } == [])
    }
}
