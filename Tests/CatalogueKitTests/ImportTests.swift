import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueExport

/// `catalogue import`: spreadsheets as Excel and LibreOffice save them, into a catalogue.
struct ImportTests {
    /// The spreadsheets in Fixtures/import, written byte for byte as the programs write them.
    static let fixtures = projectRoot.appendingPathComponent("Tests/CatalogueKitTests/Fixtures/import")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// A catalogue with settings and empty folders only, as `init` leaves it.
    static func emptyCatalogue() throws -> ScratchCatalogue {
        let scratch = try ScratchCatalogue(Dictionary(uniqueKeysWithValues: ScratchCatalogue.validFiles.keys
            .filter { $0 != "catalogue.json" }.map { ($0, String?.none) }))
        for folder in ["departments", "employees", "tasks", "areas"] {
            try FileManager.default.createDirectory(at: scratch.root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        return scratch
    }

    /// Runs `catalogue ARGUMENTS --catalogue ROOT` from a folder beside the catalogue that holds `files`
    /// (a sheet inside the catalogue would be a file that does not belong there).
    static func run(_ arguments: [String], _ scratch: ScratchCatalogue, files: [String: String]) throws -> RunResult {
        let folder = scratch.root.appendingPathExtension("sheets")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return CatalogueKitTests.run(arguments + ["--catalogue", scratch.root.path], in: folder)
    }

    /// The "who does what" sheet as three programs save it: the same rows, the same catalogue.
    /// The two `libreoffice-gemt-*` files were saved by LibreOffice Calc 7.4.7 itself (headless:
    /// the sheet opened as CSV and saved with comma/UTF-8 and semicolon/Windows-1252, "detect
    /// special numbers" off), so the reader is tried on a real program's bytes, not only on ours.
    static let variants = ["excel-semikolon-windows1252.csv", "excel-csv-utf8-bom.csv", "libreoffice-komma-utf8.csv",
                           "libreoffice-gemt-komma-utf8.csv", "libreoffice-gemt-semikolon-windows1252.csv"]

    @Test(arguments: variants)
    func everySavedFormOfTheSheetGivesTheSameCatalogue(_ name: String) throws {
        let scratch = try Self.emptyCatalogue()
        defer { scratch.remove() }
        let result = scratch.run(["import", Self.fixture(name)])
        #expect(result.status == 0, "\(result.stderr)")
        let reference = try Self.emptyCatalogue()
        defer { reference.remove() }
        _ = reference.run(["import", Self.fixture(Self.variants[0])])
        #expect(scratch.snapshot() == reference.snapshot())

        let catalogue = CatalogueReader.load(scratch.root).catalogue
        let anne = try #require(catalogue.employee("akm"))
        #expect(anne == {
            var expected = Employee(id: "akm", name: "Anne Kirstine Mørk", title: "Byggesagsbehandler", department: "team-byggesag",
                                    phone: "72 57 73 54", mail: "akm@testby.dk", deputy: "saeb")
            expected.visibility = .internal
            return expected
        }())
        #expect(catalogue.employee("saeb")?.phone == "72 57 73 55", "a number without spaces is grouped the Danish way")
        #expect(catalogue.employee("aaa")?.name == "Åse Aagaard", "the id is the name before @ in the mail")
        let permit = try #require(catalogue.task("byggetilladelse-til-erhverv"))
        #expect(permit.responsible == ["akm", "saeb"])
        #expect(permit.keywords == ["byggesag", "tilbygning"])
        #expect(permit.area == "byggeri-og-miljoe")
        #expect(permit.description == "Vi behandler ansøgninger om byggetilladelse.\n\nSøg digitalt på \"Byg og Miljø\".")
        #expect(catalogue.task("raaden-over-vejareal")?.description == "Tilladelse til at stille skurvogn, container; stillads.")
        #expect(catalogue.departments.map(\.id) == ["team-byggesag", "team-miljoe", "vej-og-park"])
        #expect(catalogue.area("veje")?.significantBusinessContact == false)
        #expect(result.stdout.contains(said(.importing(.newEntry(kind: .area, id: "veje", name: "Veje", line: 7)))))
    }

    @Test func theFileAsReadAndItsColumnsAreSaidFirst() throws {
        let scratch = try Self.emptyCatalogue()
        defer { scratch.remove() }
        let file = Self.fixture("excel-semikolon-windows1252.csv")
        let result = scratch.run(["import", file, "--dry-run"])
        let columns = ["Navn": "name", "Initialer": "initials", "Stilling": "title", "Afdeling": "department", "Telefon": "phone",
                       "Mail": "mail", "Stedfortræder": "deputy", "Opgave": "task", "Område": "area", "Rolle": "role",
                       "Stikord": "keywords", "Beskrivelse": "description"]
        let header = ["Navn", "Initialer", "Stilling", "Afdeling", "Telefon", "Mail", "Stedfortræder", "Opgave", "Område", "Rolle",
                      "Stikord", "Beskrivelse"]
        let read = said(.importing(.read(path: file, rows: 4, delimiter: ";", encoding: .windows1252)),
                        .importing(.columns(layout: .peopleAndTasks, columns: header.map { MatchedColumn(header: $0, field: columns[$0] ?? "") },
                                            ignored: ["Bemærkning"])))
        #expect(result.stderr.hasPrefix(read))
        #expect(result.stdout.contains("+++ b/tasks/byggetilladelse-til-erhverv.md"))
        #expect(result.stdout.contains("+++ b/employees/akm.json"))
        #expect(scratch.snapshot().keys.filter { $0.hasPrefix("employees/") }.isEmpty, "a dry run writes nothing")
    }

    @Test func importingTheSameFileAgainChangesNothing() throws {
        let scratch = try Self.emptyCatalogue()
        defer { scratch.remove() }
        for name in Self.variants { _ = scratch.run(["import", Self.fixture(name)]) }
        let before = scratch.snapshot()
        let again = scratch.run(["import", Self.fixture("excel-semikolon-windows1252.csv")])
        #expect(again.status == 0)
        #expect(again.stdout == said(.nothingToChange))
        #expect(scratch.snapshot() == before)
    }

    @Test func anUpdatedSheetChangesOnlyWhatDiffers() throws {
        let scratch = try Self.emptyCatalogue()
        defer { scratch.remove() }
        _ = scratch.run(["import", Self.fixture("excel-semikolon-windows1252.csv")])
        let before = try scratch.read("employees/akm.json")
        let result = scratch.run(["import", Self.fixture("opdateret-semikolon-windows1252.csv")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == said(.changed(path: "employees/akm.json"), .created(path: "tasks/vejskilte.md")))
        #expect(try scratch.read("employees/akm.json") == before.replacingOccurrences(of: "72 57 73 54", with: "72 57 73 60"))
        #expect(CatalogueReader.load(scratch.root).catalogue.task("vejskilte")?.responsible == ["aaa"])
    }

    @Test func rowsThatCannotBeImportedAreNamedByLineAndNothingIsWritten() throws {
        let scratch = try Self.emptyCatalogue()
        defer { scratch.remove() }
        _ = scratch.run(["import", Self.fixture("excel-semikolon-windows1252.csv")])
        let before = scratch.snapshot()
        let file = Self.fixture("fejl-semikolon-utf8.csv")
        let result = scratch.run(["import", file])
        #expect(result.status == 1)
        #expect(diagnosticCodes(result.stderr) == [
            "\(file):2: error [import-not-a-phone]", "\(file):3: error [import-missing]", "\(file):4: error [import-no-person]",
            "\(file):5: error [import-not-a-choice]", "\(file):6: error [import-near-miss]", "\(file):7: error [import-conflict]",
        ])
        let near = Hint.didYouMean([Suggestion.Candidate(id: "team-byggesag", name: "Team Byggesag")], naming: true)
        #expect(result.stderr.contains("\(file):6: note: " + Wording(.english).text(near) + "\n"))
        #expect(result.stderr.contains(errorLine(.importing(.refused(path: file, rows: 6)))))
        #expect(result.stderr.contains(Wording(.english).text(.importing(.conflict(field: .phone, value: "72 57 73 70",
                                                                                   earlier: "72 57 73 71", earlierLine: 6)))))
        #expect(result.stderr.contains(Wording(.english).text(.importing(.missing(fields: [.title], kind: .employee, name: "Bo Berg")))))
        #expect(scratch.snapshot() == before)
    }

    @Test func aDepartmentNameCloseToAnExistingOneIsAskedAboutNotGuessed() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let result = try Self.run(["import", "ark.csv"], scratch, files: ["ark.csv": "Navn;Stilling;Afdeling\r\nKaren Lund;Jurist;Administraton\r\n"])
        #expect(result.status == 1)
        #expect(diagnosticCodes(result.stderr) == ["ark.csv:2: error [import-near-miss]"])
        let near = Hint.didYouMean([Suggestion.Candidate(id: "adm", name: "Administration")], naming: true)
        #expect(result.stderr.contains("ark.csv:2: note: " + Wording(.english).text(near) + "\n"))
    }

    @Test func aNewPersonWhoseInitialsAreTakenGetsANumberAndIsTold() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let sheet = "Navn;Stilling;Afdeling\r\nAnne Aagaard;Jurist;Administration\r\n"
        let result = try Self.run(["import", "ark.csv"], scratch, files: ["ark.csv": sheet])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == said(.created(path: scratch.root.path + "/employees/aa2.json"),
                                      .importing(.idTaken(name: "Anne Aagaard", id: "aa2", taken: "aa", holder: "Anne Andersen"))))
        let catalogue = CatalogueReader.load(scratch.root).catalogue
        #expect(catalogue.employee("aa2")?.department == "adm", "a department is found by its name")
    }

    @Test func oneRowPerPersonWithEnglishHeadersAndDeputiesByName() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        try scratch.write("departments/team-byggesag.json", "{\n  \"name\": \"Team Byggesag\"\n}\n")
        let result = scratch.run(["import", Self.fixture("people-comma-utf8.csv")])
        #expect(result.status == 0, "\(result.stderr)")
        let catalogue = CatalogueReader.load(scratch.root).catalogue
        #expect(catalogue.employee("kl")?.deputy == "bb")
        #expect(catalogue.employee("bb")?.deputy == "kl")
        #expect(catalogue.employee("bb")?.mobile == "21 43 65 87")
        #expect(result.stderr.contains(said(.importing(.columns(layout: .people, columns: [
            .init(header: "Name", field: "name"), .init(header: "Initials", field: "initials"), .init(header: "Job title", field: "title"),
            .init(header: "Department", field: "department"), .init(header: "Phone", field: "phone"), .init(header: "Mobile", field: "mobile"),
            .init(header: "E-mail", field: "mail"), .init(header: "Deputy", field: "deputy"),
        ], ignored: [])))))
    }

    @Test func aMappingFileNamesColumnsTheToolDoesNotKnow() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let files = ["ark.csv": "Medarbejderens fulde navn,Jobfunktion,Enhed\nKaren Lund,Jurist,adm\n",
                     "kort.json": "{\"Medarbejderens fulde navn\": \"name\", \"Jobfunktion\": \"title\", \"Enhed\": \"department\"}",
                     "forkert.json": "{\"Jobfunktion\": \"job\"}"]
        #expect(try Self.run(["import", "ark.csv"], scratch, files: files).stderr.contains("[import-no-columns]"))
        let result = try Self.run(["import", "ark.csv", "--mapping", "kort.json"], scratch, files: files)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(CatalogueReader.load(scratch.root).catalogue.employee("kl")?.title == "Jurist")
        let wrong = try Self.run(["import", "ark.csv", "--mapping", "forkert.json"], scratch, files: files)
        #expect(errorCodes(wrong.stderr) == ["mapping-unknown-field"])
    }

    @Test func aFileThatIsNoCSVIsRefusedWithItsLine() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let files = ["ark.csv": "Navn;Stilling;Afdeling\r\nKaren Lund;\"Jurist;adm\r\n"]
        let result = try Self.run(["import", "ark.csv"], scratch, files: files)
        #expect(result.status == 1)
        #expect(result.stderr == errorLine(.importing(.unreadable(path: "ark.csv", .unclosedQuote(line: 2)))) + "\n")
        #expect(errorCodes(try Self.run(["import", "ark.csv", "--delimiter", "|"], scratch, files: files).stderr) == ["wrong-delimiter"])
        #expect(errorCodes(try Self.run(["import", "mangler.csv"], scratch, files: files).stderr) == ["input-missing"])
    }

    @Test func theImportSpeaksTheCataloguesLanguage() throws {
        let scratch = try Self.emptyCatalogue()
        defer { scratch.remove() }
        let file = Self.fixture("excel-csv-utf8-bom.csv")
        let result = scratch.run(["import", file], environment: ["CATALOGUE_LANG": ""])
        #expect(result.stderr.hasPrefix(said(.importing(.read(path: file, rows: 4, delimiter: ";", encoding: .utf8WithByteOrderMark)),
                                             in: .danish)))
        #expect(result.stdout.contains("Oprettet employees/akm.json"))
    }
}

/// A spreadsheet made from the default catalogue, imported into its departments and areas alone,
/// gives the same people and tasks, and so the same switchboard lists.
struct ImportRoundTripTests {
    /// The "who does what" sheet of a catalogue, as a secretariat would keep it: a row per
    /// person and task (a person without tasks on a row of their own), `;` and CRLF, UTF-8 with BOM.
    static func sheet(of catalogue: Catalogue) -> String {
        let header = ["Navn", "Initialer", "Stilling", "Afdeling", "Telefon", "Mobil", "Mail", "Stedfortræder", "Synlighed",
                      "Opgave", "Opgavens afdeling", "Område", "Rolle", "Stikord", "KLE", "Beskrivelse", "Målgruppe", "Intern note"]
        func person(_ employee: Employee) -> [String] {
            [employee.name, employee.id.rawValue, employee.title, catalogue.department(employee.department)?.name ?? "",
             employee.phone ?? "", employee.mobile ?? "", employee.mail ?? "", employee.deputy?.rawValue ?? "", employee.visibility.rawValue]
        }
        var rows: [[String]] = []
        for task in catalogue.tasks {
            for (position, id) in task.responsible.enumerated() {
                guard let employee = catalogue.employee(id) else { continue }
                rows.append(person(employee) + [task.title, catalogue.department(task.department)?.name ?? "",
                                                catalogue.area(task.area)?.name ?? "", position == 0 ? "Primær" : "Backup",
                                                task.keywords.joined(separator: ", "), task.kle.joined(separator: ", "), task.description,
                                                task.audience.rawValue, task.internalNote ?? ""])
            }
        }
        let held = Set(catalogue.tasks.flatMap(\.responsible))
        for employee in catalogue.employees where !held.contains(employee.id) {
            rows.append(person(employee) + Array(repeating: "", count: 9))
        }
        return "\u{FEFF}" + ([header] + rows).map { $0.map { CSV.field($0, delimiter: ";") }.joined(separator: ";") + "\r\n" }.joined()
    }

    @Test func theDefaultCataloguesSheetImportsToTheSamePeopleTasksAndSwitchboardLists() throws {
        let original = CatalogueReader.load(defaultCatalogue).catalogue
        let scratch = try ScratchCatalogue(copyOf: defaultCatalogue)
        defer { scratch.remove() }
        for folder in ["employees", "tasks"] {
            let url = scratch.root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) {
                try FileManager.default.removeItem(at: url.appendingPathComponent(name))
            }
        }
        let sheets = scratch.root.appendingPathExtension("ark")
        try FileManager.default.createDirectory(at: sheets, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: sheets) }
        try Data(Self.sheet(of: original).utf8).write(to: sheets.appendingPathComponent("katalog.csv"))
        let result = run(["import", "katalog.csv", "--catalogue", scratch.root.path], in: sheets)
        #expect(result.status == 0, "\(result.stderr)")

        let imported = CatalogueReader.load(scratch.root).catalogue
        #expect(imported.employees.map { var copy = $0; copy.accept = []; return copy }
                    == original.employees.map { var copy = $0; copy.accept = []; return copy })
        #expect(imported.tasks.count == original.tasks.count)
        for task in original.tasks {
            let found = imported.tasks.first { $0.title == task.title }
            #expect(found.map { var copy = $0; copy.id = task.id; copy.links = task.links; copy.accept = task.accept; return copy } == task)
        }
        for (catalogue, folder) in [(scratch.root, "ud-import"), (defaultCatalogue, "ud-original")] {
            let out = sheets.appendingPathComponent(folder).path
            let export = run(["export", "switchboard", "--out", out, "--date", "2026-11-22", "--catalogue", catalogue.path], in: sheets)
            #expect(export.status == 0, "\(export.stderr)")
        }
        for file in ["switchboard.csv", "switchboard-people.csv"] {
            let mine = try Data(contentsOf: sheets.appendingPathComponent("ud-import/\(file)"))
            let theirs = try Data(contentsOf: sheets.appendingPathComponent("ud-original/\(file)"))
            #expect(mine == theirs, "\(file)")
        }
    }

    @Test func theSwitchboardsPeopleListWrittenForExcelImportsBackToThePeople() throws {
        let original = CatalogueReader.load(defaultCatalogue).catalogue
        let scratch = try ScratchCatalogue(copyOf: defaultCatalogue)
        defer { scratch.remove() }
        let out = scratch.root.appendingPathExtension("ud")
        defer { try? FileManager.default.removeItem(at: out) }
        let export = run(["export", "switchboard", "--excel", "--out", out.path, "--catalogue", scratch.root.path], in: scratch.root)
        #expect(export.status == 0, "\(export.stderr)")
        let employees = scratch.root.appendingPathComponent("employees")
        for name in try FileManager.default.contentsOfDirectory(atPath: employees.path) {
            try FileManager.default.removeItem(at: employees.appendingPathComponent(name))
        }
        // The tasks still name the people, so the catalogue has errors until they are back: the
        // import may only mend them.
        let result = run(["import", out.appendingPathComponent("switchboard-people.csv").path, "--catalogue", scratch.root.path],
                         in: scratch.root)
        #expect(result.status == 0, "\(result.stderr)")
        let imported = CatalogueReader.load(scratch.root).catalogue
        #expect(imported.employees.map(\.id) == original.employees.map(\.id))
        for employee in original.employees {
            let back = imported.employee(employee.id)
            #expect(back?.name == employee.name && back?.title == employee.title && back?.department == employee.department)
            #expect(back?.phone.flatMap(PhoneNumber.init) == employee.phone.flatMap(PhoneNumber.init))
            #expect(back?.mobile.flatMap(PhoneNumber.init) == employee.mobile.flatMap(PhoneNumber.init))
            #expect(back?.mail == employee.mail && back?.deputy == employee.deputy, "\(employee.id)")
        }
    }
}
