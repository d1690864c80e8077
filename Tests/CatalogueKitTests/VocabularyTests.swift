import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// Every coded value has a stable code and words in both languages.
struct VocabularyTests {
    /// The codes `Problem.code` knows, read from its switch, so a case added there without an
    /// example (and so without a test of its words) fails here.
    private func codesInSource(_ file: String, of property: String = "code") throws -> Set<String> {
        let text = try String(contentsOf: projectRoot.appendingPathComponent(file), encoding: .utf8)
        let start = try #require(text.range(of: "public var \(property): String {"))
        let body = text[start.upperBound...].prefix { _ in true }
        let end = try #require(body.range(of: "\n    }\n"))
        let pattern = /return "([a-z0-9-]+)"/
        return Set(body[..<end.lowerBound].matches(of: pattern).map { String($0.1) })
    }

    @Test func everyProblemCodeHasAnExampleAndTheCodesAreUnique() throws {
        let codes = Problem.examples.map(\.code)
        #expect(Set(codes).count == codes.count, "one example per code")
        #expect(Set(codes) == (try codesInSource("Sources/CatalogueModel/Vocabulary/Problem.swift")))
        #expect(codes.allSatisfy { $0.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil }, "kebab-case")
    }

    @Test func everyMessageCodeHasAnExample() throws {
        // A message that carries an error of the writer, the lock or the input takes that error's
        // code, and has an example of each of that error's cases (two cases may share a code).
        let codes = Message.examples.map(\.code)
        #expect((try codesInSource("Sources/CatalogueKit/Vocabulary/Message.swift")).isSubset(of: Set(codes)))
    }

    @Test func everyImportMessageCodeHasAnExample() throws {
        let codes = Set(ImportMessage.examples.map(\.code))
        #expect((try codesInSource("Sources/CatalogueKit/Vocabulary/ImportMessage.swift")).isSubset(of: codes))
    }

    /// Words that give away an English sentence left in the Danish table.
    private static let englishWords = [" the ", " is ", " must ", " cannot ", " which ", " nothing ", " file ", " was "]

    @Test func bothTablesWordEveryProblemAndTheDanishIsNotEnglish() {
        for problem in Problem.examples {
            let danish = Wording(.danish).text(problem), english = Wording(.english).text(problem)
            #expect(!danish.isEmpty && !english.isEmpty, "\(problem.code)")
            #expect(danish != english, "\(problem.code) is not translated")
            #expect(!Self.englishWords.contains { (" " + danish.lowercased() + " ").contains($0) }, "\(problem.code): \(danish)")
        }
    }

    @Test func bothTablesWordEveryMessageAndTheDanishIsNotEnglish() {
        for message in Message.examples {
            let danish = Wording(.danish).text(message), english = Wording(.english).text(message)
            #expect(!danish.isEmpty && danish != english, "\(message.code)")
            #expect(!Self.englishWords.contains { (" " + danish.lowercased() + " ").contains($0) }, "\(message.code): \(danish)")
        }
    }

    @Test func danishPluralsAndOrdinalsAreDanish() {
        #expect(Danish.field("responsible[1]") == "2. punkt i \"responsible\"")
        let one = Wording(.danish).text(.checked(place: "k/", departments: 1, employees: 1, tasks: 1, areas: 1, errors: 1, warnings: 1, accepted: 1))
        #expect(one == "Tjekket k/: 1 afdeling, 1 medarbejder, 1 opgave, 1 område; 1 fejl, 1 advarsel (og 1 accepteret, vis dem med --all).")
        let many = Wording(.danish).text(.checked(place: "k/", departments: 2, employees: 2, tasks: 2, areas: 2, errors: 2, warnings: 2, accepted: 0))
        #expect(many == "Tjekket k/: 2 afdelinger, 2 medarbejdere, 2 opgaver, 2 områder; 2 fejl, 2 advarsler.")
    }
}

/// Which language a run speaks.
struct RunLanguageTests {
    @Test func aDanishCatalogueSpeaksDanishAndLanguageOrTheEnvironmentOverridesIt() throws {
        let scratch = try ScratchCatalogue(["employees/aa.json": nil])
        defer { scratch.remove() }
        let catalogues = ["CATALOGUE_LANG": ""]
        #expect(scratch.run(["check"], environment: catalogues).stderr.contains(": fejl: "))
        #expect(scratch.run(["check", "--language", "en"]).stderr.contains(": error: "))
        let found = scratch.checked()
        let summary = Message.checked(".", of: CatalogueReader.load(scratch.root).catalogue, errors: found.errorCount, warnings: found.warningCount)
        #expect(scratch.run(["check", "--language=en"]).stdout == said(summary, in: .english))
        #expect(scratch.run(["check"], environment: ["CATALOGUE_LANG": "en"]).stdout == said(summary, in: .english))
        #expect(scratch.run(["check"], environment: ["CATALOGUE_LANG": "", "LANG": "en_GB.UTF-8"]).stdout == said(summary, in: .danish),
                "the catalogue's language wins over the locale")
    }

    @Test func anUnknownLanguageIsAUsageError() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let result = scratch.run(["check", "--language", "de"])
        #expect(result.status == ExitStatus.usage)
        #expect(result.stderr.contains("[wrong-language]"))
    }

    @Test func withoutACatalogueTheLocaleDecides() {
        let folder = FileManager.default.temporaryDirectory
        let danish = run(["fnid"], in: folder, environment: ["CATALOGUE_LANG": "", "LANG": "da_DK.UTF-8"])
        #expect(danish.stderr.hasPrefix(errorLine(.unknownCommand("fnid"), in: .danish) + "\n"))
        let english = run(["fnid"], in: folder, environment: ["CATALOGUE_LANG": "", "LANG": "C.UTF-8"])
        #expect(english.stderr.hasPrefix(errorLine(.unknownCommand("fnid"), in: .english) + "\n"))
    }
}

/// Warnings an entry knowingly has, accepted with a reason.
struct AcceptedWarningTests {
    private static let singleTask = "tasks/byggesag.md"

    /// The task with Bo Berg, who has no phone, first: a `primary-without-phone` warning.
    private func oneResponsible(accept: String) -> String {
        ScratchCatalogue.validFiles[Self.singleTask]!
            .replacingOccurrences(of: "[\n    \"aa\",\n    \"bb\"\n  ]", with: "[\n    \"bb\",\n    \"aa\"\n  ]")
            .replacingOccurrences(of: "\n}\n", with: ",\n  \"accept\": \(accept)\n}\n")
    }

    @Test func anAcceptedWarningIsCountedButNotPrintedUnlessAll() throws {
        let scratch = try ScratchCatalogue([Self.singleTask: oneResponsible(accept: "{\"primary-without-phone\": \"Bo tager imod på mobilen\"}")])
        defer { scratch.remove() }
        #expect(scratch.checked().map(\.accepted) == ["Bo tager imod på mobilen"])
        let quiet = scratch.run(["check"], environment: ["CATALOGUE_LANG": ""])
        #expect(quiet.status == 0)
        #expect(quiet.stderr == "")
        let summary = Message.checked(place: ".", departments: 1, employees: 2, tasks: 1, areas: 1, errors: 0, warnings: 0, accepted: 1)
        #expect(quiet.stdout == said(summary, in: .danish))
        #expect(diagnosticCodes(scratch.run(["check", "--all"]).stderr) == ["tasks/byggesag.md:6:5: warning [primary-without-phone]"])
    }

    @Test func acceptingAnUnknownCodeAnErrorOrAWarningNotRaisedIsAWarning() throws {
        let accept = "{\"no-bakup\": \"x\", \"invalid-phone\": \"y\", \"no-tasks\": \"z\", \"primary-without-phone\": \"w\"}"
        let scratch = try ScratchCatalogue([Self.singleTask: oneResponsible(accept: accept)])
        defer { scratch.remove() }
        let found = scratch.checked().filter { $0.accepted == nil }
        #expect(found.map(\.problem) == [.acceptUnknownCode(code: "no-bakup"), .acceptError(code: "invalid-phone"), .acceptNotRaised(code: "no-tasks")])
        #expect(found.first?.notes == [Note(.didYouMean([.init(id: "no-backup")], naming: true))])
        #expect(found.allSatisfy { $0.location.file == Self.singleTask && $0.location.line != nil })
    }

    @Test func anAcceptanceWithoutAReasonIsAnError() throws {
        let scratch = try ScratchCatalogue([Self.singleTask: oneResponsible(accept: "{\"primary-without-phone\": \"\"}")])
        defer { scratch.remove() }
        #expect(scratch.diagnostics().contains { $0.hasPrefix("tasks/byggesag.md:13:") && $0.hasSuffix(": error [empty-field]") })
    }

    @Test func setAcceptWritesTheObjectAndCheckThenAcceptsIt() throws {
        let scratch = try ScratchCatalogue([Self.singleTask: oneResponsible(accept: "{}")])
        defer { scratch.remove() }
        let result = scratch.run(["set", "task", "byggesag", "--accept", "primary-without-phone=Bo tager imod på mobilen"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try scratch.read(Self.singleTask).contains("\"accept\": {\n    \"primary-without-phone\": \"Bo tager imod på mobilen\"\n  }"))
        #expect(scratch.checked().allSatisfy { $0.accepted != nil })
    }

    @Test func theDefaultCatalogueHasNoUnacceptedWarnings() {
        let result = run(["check", "--catalogue", defaultCatalogue.path], in: projectRoot, environment: ["CATALOGUE_LANG": ""])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let loaded = CatalogueReader.load(defaultCatalogue)
        let accepted = Validator.check(loaded).filter { $0.accepted != nil }.count
        #expect(result.stdout == said(.checked("catalogue/", of: loaded.catalogue, errors: 0, warnings: 0, accepted: accepted), in: .danish))
    }
}

/// Two employees given the same number or mailbox.
struct SharedContactTests {
    @Test func twoEmployeesWithTheSameDirectPhoneAreEachWarned() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let aa = try scratch.read("employees/aa.json")
        let phone = try #require(aa.firstMatch(of: /"phone": "([^"]+)"/)).1
        let bb = try scratch.read("employees/bb.json").replacingOccurrences(of: "\"title\"", with: "\"phone\": \"+45 \(phone)\",\n  \"title\"")
        try scratch.write("employees/bb.json", bb)
        let shared = scratch.checked().filter { $0.code == "shared-phone" }
        #expect(shared.map(\.location.file) == ["employees/aa.json", "employees/bb.json"])
        #expect(shared.first?.notes.first?.hint == .alsoUsedBy(employee: "bb", name: "Bo Berg"))
    }

    @Test func twoEmployeesWithTheSameMailInAnyCaseAreEachWarned() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let bb = try scratch.read("employees/bb.json").replacingOccurrences(of: "\"title\"", with: "\"mail\": \"FÆLLES@x.dk\",\n  \"title\"")
        try scratch.write("employees/bb.json", bb)
        let aa = try scratch.read("employees/aa.json").replacingOccurrences(of: "\"title\"", with: "\"mail\": \"fælles@x.dk\",\n  \"title\"")
        try scratch.write("employees/aa.json", aa)
        #expect(scratch.checked().filter { $0.code == "shared-mail" }.count == 2)
    }
}

/// `check --json` for CI and editors.
struct CheckJSONTests {
    @Test func everyDiagnosticIsPrintedAsDataWithItsCodeAndPlace() throws {
        let scratch = try ScratchCatalogue(["employees/aa.json": nil])
        defer { scratch.remove() }
        let result = scratch.run(["check", "--json", "--language", "en"])
        #expect(result.status == 1)
        let node = try JSONParser.parse(Array(result.stdout.utf8))
        guard case .object(let members) = node.value, case .array(let items)? = members.first(where: { $0.key == "diagnostics" })?.value.value,
              let first = items.first else { Issue.record("no diagnostics array"); return }
        #expect(first.member("code") == "unknown-reference")
        #expect(first.member("severity") == "error")
        #expect(first.member("file")?.hasSuffix(".json") == true)
        let expected = try #require(scratch.checked().sortedByLocation().first)
        #expect(first.member("code") == expected.code)
        #expect(first.member("text") == Wording(.english).text(expected.problem))
    }
}

/// Help for every command in both languages.
struct HelpLanguageTests {
    @Test func everyHelpTextHasItsDanishAndTheDanishTableHoldsNothingElse() {
        let texts = CLI.helpTexts
        let missing = texts.filter { DanishHelp.texts[$0] == nil }
        #expect(missing.isEmpty, "no Danish for: \(missing.sorted())")
        let stale = Set(DanishHelp.texts.keys).subtracting(texts)
        #expect(stale.isEmpty, "Danish for texts no help shows: \(stale.sorted())")
    }

    @Test func everyPlaceholderOfTheUsageLinesIsWordedInDanish() {
        // `--out DIR` is `--out MAPPE` in Danish: every word in capitals of every usage line is
        // in the table or known to be the same; values typed as shown stay as they are.
        func allCommands(_ commands: [Command]) -> [Command] { commands.flatMap { [$0] + allCommands($0.subcommands) } }
        let lines = allCommands(CLI.commands).map(\.spec.usage)
        let words = Set(lines.flatMap { $0.split { !($0.isASCII && $0.isUppercase) }.map(String.init) })
        let unworded = words.filter { DanishHelp.placeholderWords[$0] == nil && !DanishHelp.placeholderWordsAlike.contains($0) }
        #expect(unworded.isEmpty, "no Danish for: \(unworded.sorted())")
        #expect(DanishHelp.placeholder("--accept CODE=REASON... [--date YYYY-MM-DD] [--visibility internal|name|contact] --link TITLE=URL")
                == "--accept KODE=BEGRUNDELSE... [--date ÅÅÅÅ-MM-DD] [--visibility internal|name|contact] --link TITEL=URL")
        #expect(Wording(.english).placeholder("--out DIR") == "--out DIR")
        let danish = lines.map(DanishHelp.placeholder).joined(separator: "\n")
        for english in ["DIR", "FILE", "TEXT", "KIND", "WHAT", "CODE", "REASON"] {
            #expect(danish.split { !($0.isASCII && $0.isUppercase) }.contains(Substring(english)) == false, "\(english) left in Danish usage")
        }
    }

    @Test func theHelpOfACommandIsDanishInADanishCatalogueAndEnglishOnAsking() throws {
        // A command with a catalogue speaks its language; `help` and `init` follow the locale.
        let danish = run(["add", "employee", "--help"], in: projectRoot, environment: ["CATALOGUE_LANG": ""])
        #expect(danish.stdout == (try helpText("add", "employee", in: .danish)))
        #expect(danish.stdout != (try helpText("add", "employee", in: .english)))
        let english = run(["add", "employee", "--help", "--language", "en"], in: projectRoot)
        #expect(english.stdout == (try helpText("add", "employee", in: .english)))
        let main = run(["--help"], in: FileManager.default.temporaryDirectory, environment: ["CATALOGUE_LANG": "", "LANG": "da_DK.UTF-8"])
        #expect(main.stdout == CLI.mainHelp(Wording(.danish)))
        let helpCommand = run(["help", "add", "employee"], in: projectRoot, environment: ["CATALOGUE_LANG": "", "LANG": "C.UTF-8"])
        #expect(helpCommand.stdout == (try helpText("add", "employee", in: .english)))
    }
}
