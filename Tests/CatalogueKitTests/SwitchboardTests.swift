import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing
@testable import CatalogueExport

/// A strict RFC 4180 reader, so a test fails when a file is not what an importer expects: every
/// record ends in CRLF, a quoted field is quoted from its first character to its last, a quote
/// inside it is doubled, an unquoted field holds no quote, CR or LF, and all records have as
/// many fields as the header.
enum StrictCSV {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The records of `text`, header first.
    static func parse(_ text: String, delimiter: Character, quoting: Bool = true) throws -> [[String]] {
        guard !text.hasPrefix("\u{FEFF}") else { throw Failure(description: "unexpected byte-order mark") }
        // Characters, not unicode scalars, would merge CR and LF into one; read scalars.
        let scalars = Array(text.unicodeScalars)
        let delimiter = delimiter.unicodeScalars.first!
        var records: [[String]] = [], record: [String] = [], field = "", position = 0, quoted = false, atFieldStart = true
        func endField() { record.append(field); field = ""; quoted = false; atFieldStart = true }
        while position < scalars.count {
            let scalar = scalars[position]
            if atFieldStart && scalar == "\"" {
                guard quoting else { throw Failure(description: "record \(records.count + 1): a quote, which this format does not allow") }
                quoted = true
                atFieldStart = false
                position += 1
                // Inside quotes until a quote that is not doubled.
                while true {
                    guard position < scalars.count else { throw Failure(description: "record \(records.count + 1): unterminated quoted field") }
                    if scalars[position] == "\"" {
                        if position + 1 < scalars.count, scalars[position + 1] == "\"" { field.unicodeScalars.append("\""); position += 2; continue }
                        position += 1
                        break
                    }
                    field.unicodeScalars.append(scalars[position])
                    position += 1
                }
                guard position < scalars.count, scalars[position] == delimiter || scalars[position] == "\r" else {
                    throw Failure(description: "record \(records.count + 1): text after a closing quote")
                }
                continue
            }
            atFieldStart = false
            switch scalar {
            case delimiter:
                endField()
                position += 1
            case "\r":
                guard position + 1 < scalars.count, scalars[position + 1] == "\n" else { throw Failure(description: "record \(records.count + 1): CR without LF") }
                endField()
                records.append(record)
                record = []
                position += 2
            case "\n", "\"":
                throw Failure(description: "record \(records.count + 1): \(scalar == "\n" ? "LF without CR" : "a quote") in an unquoted field")
            default:
                guard !quoted else { throw Failure(description: "record \(records.count + 1): text after a closing quote") }
                field.unicodeScalars.append(scalar)
                position += 1
            }
        }
        guard record.isEmpty, field.isEmpty, atFieldStart else { throw Failure(description: "the last record does not end in CRLF") }
        guard let width = records.first?.count else { throw Failure(description: "no header") }
        for (index, record) in records.enumerated() where record.count != width {
            throw Failure(description: "record \(index + 1) has \(record.count) fields, the header \(width)")
        }
        return records
    }
}

/// The strict reader itself: it refuses what a strict importer refuses.
struct StrictCSVTests {
    @Test func itReadsQuotedFieldsWithDelimitersQuotesAndLineBreaks() throws {
        #expect(try StrictCSV.parse("a,b\r\n\"x,\"\"y\"\"\r\nz\",\r\n", delimiter: ",") == [["a", "b"], ["x,\"y\"\r\nz", ""]])
    }

    @Test(arguments: ["a,b\n1,2\n", "a,b\r\n1,2", "a,b\r\n1\r\n", "a,b\r\n1,x\"y\r\n", "a,b\r\n\"1\"x,2\r\n", "\u{FEFF}a\r\n"])
    func itRefusesLineEndsRaggedRowsStrayQuotesAndAByteOrderMark(text: String) {
        #expect(throws: StrictCSV.Failure.self) { try StrictCSV.parse(text, delimiter: ",") }
    }

    @Test func aFormatWithoutQuotingRefusesAnyQuote() {
        #expect(throws: StrictCSV.Failure.self) { try StrictCSV.parse("a|b\r\n\"x\"|y\r\n", delimiter: "|", quoting: false) }
    }
}

/// The routing list: one column per backup, the primary's other numbers and deputy, and phones
/// as digits in the plain file and grouped text for spreadsheets.
struct SwitchboardListTests {
    private let relations = Relations(GoldenFileTests.loadFixture())

    @Test func eachBackupHasANameAndAPhoneColumnAsManyAsTheTaskWithMostBackupsNeeds() throws {
        let records = try StrictCSV.parse(SwitchboardList.render(relations, dialect: .standard), delimiter: ",")
        #expect(records[0] == ["Emne", "Stikord", "Fagområde", "Afdeling", "Primær medarbejder", "Primær telefon", "Primær mobil",
                               "Primær mail", "Stedfortræder for primær", "Stedfortræderens telefon", "Backup 1", "Backup 1 telefon",
                               "Backup 2", "Backup 2 telefon", "Afdelingens telefon", "Åbningstid", "KLE", "KLE-titel", "Fravær"])
        let permit = try #require(records.first { $0[0] == "Byggetilladelse til erhverv" })
        #expect(Array(permit[4...13]) == ["Anne Kær", "72577301", "21000001", "ak@testby.dk", "Bo Ørum", "72577302",
                                          "Bo Ørum", "72577302", "Aase Dam", "72577303"])
        let archive = try #require(records.first { $0[0] == "Byggesagsarkiv" })
        #expect(Array(archive[10...13]) == ["Aase Dam", "72577303", "", ""], "a task with one backup leaves the second pair empty")
    }

    @Test func aTeamWithoutPhoneOrHoursIsRoutedThroughItsParentAndTheCataloguesHours() throws {
        let records = try StrictCSV.parse(SwitchboardList.render(relations, dialect: .standard), delimiter: ",")
        let support = try #require(records.first { $0[0] == "IT-support" })
        #expect(Array(support[14...15]) == ["72577000", "Mandag–fredag 9.00–14.00"])
    }

    @Test func theSpreadsheetVariantGroupsPhonesSoTheyStayText() throws {
        let text = SwitchboardList.render(relations, dialect: .excel)
        let records = try StrictCSV.parse(String(text.dropFirst()), delimiter: ";")
        let permit = try #require(records.first { $0[0] == "Byggetilladelse til erhverv" })
        #expect(permit[5] == "72 57 73 01" && permit[6] == "21 00 00 01" && permit[14] == "72 57 73 00")
        let support = try #require(records.first { $0[0] == "IT-support" })
        #expect(support[5] == "4410", "an extension is written as it is")
    }

    @Test func everyRowOfTheDefaultCatalogueHasAllColumnsAndPhonesAreDigits() throws {
        let catalogue = CatalogueReader.load(defaultCatalogue).catalogue
        let records = try StrictCSV.parse(SwitchboardList.render(Relations(catalogue), dialect: .standard), delimiter: ",")
        #expect(records.count == 1 + catalogue.tasks.count)
        let phoneColumns = records[0].indices.filter { records[0][$0].hasSuffix("telefon") || records[0][$0] == "Primær mobil" }
        #expect(phoneColumns.count >= 5)
        for record in records.dropFirst() {
            for column in phoneColumns {
                #expect(record[column].allSatisfy { $0.isASCII && $0.isNumber }, "\(records[0][column]): \(record[column])")
            }
        }
    }
}

/// The staff directory and the phone systems' layouts of it.
struct StaffDirectoryTests {
    private let relations = Relations(GoldenFileTests.loadFixture())

    @Test func oneRowPerEmployeeInDanishNameOrderWithDeputyAndDepartmentFallback() throws {
        let records = try StrictCSV.parse(StaffDirectory.render(relations, profile: .generic, dialect: .standard).text, delimiter: ",")
        #expect(records[0] == ["Navn", "Initialer", "Stilling", "Afdeling", "Direkte telefon", "Mobil", "Mail", "Stedfortræder",
                               "Stedfortræderens telefon", "Afdelingens telefon", "Åbningstid", "Fravær"])
        #expect(records.dropFirst().map { $0[0] } == ["Anne Kær", "Bo Ørum", "Erik From", "Aase Dam"], "Aase sorts as Åse")
        #expect(records[3] == ["Erik From", "ef", "IT-supporter", "IT-service", "4410", "", "", "", "", "72577000", "Mandag–fredag 9.00–14.00", ""])
        #expect(records[1][7...8] == ["Bo Ørum", "72577302"])
    }

    /// FreePBX Contact Manager's bulk import, as its PHP importer reads it: no byte-order mark, no blank line (which
    /// fails the whole file), the five required columns filled on every row, the mobile as the second number, and
    /// the same display name on every export (a re-import matches on group, display name and first number).
    @Test func freePBXFileHasTheRequiredColumnsFilledOnEveryRowAndNoBlankLine() throws {
        let text = StaffDirectory.render(relations, profile: .freePBX, dialect: .excel).text
        #expect(!text.hasPrefix("\u{FEFF}") && !text.contains("\r\n\r\n"))
        let records = try StrictCSV.parse(text, delimiter: ",")
        let header = records[0]
        for required in ["groupname", "grouptype", "displayname", "phone_1_number", "phone_1_type"] {
            let column = try #require(header.firstIndex(of: required))
            #expect(records.dropFirst().allSatisfy { !$0[column].isEmpty }, "\(required)")
        }
        let anne = try #require(records.first { $0[2] == "Anne Kær" })
        #expect(Array(anne[8...11]) == ["72577301", "work", "21000001", "mobile"])
        #expect(records.dropFirst().allSatisfy { $0[0] == "Testby Kommune" && $0[1] == "external" })
        #expect(StaffDirectory.render(relations, profile: .freePBX, dialect: .standard).text == text)
    }

    @Test(arguments: [("Anne Kirstine Mørk", "Anne Kirstine", "Mørk"), ("Bo Ørum", "Bo", "Ørum"), ("Cher", "Cher", ""),
                      ("  Jens  Henrik   Nørgaard ", "Jens Henrik", "Nørgaard")])
    func theLastWordIsTheLastName(name: String, first: String, last: String) {
        let person = StaffDirectory.Person(employee: Employee(id: "x", name: name, title: "T", department: "d"), department: "D", organisation: "O",
                                           deputy: nil, contact: DepartmentContact(), phones: .digits, away: "")
        #expect(person.firstName == first && person.lastName == last)
    }

    /// Each system's rules, written down from its documentation rather than taken from the table.
    struct Rules {
        var header: [String]
        var delimiter: Character
        var quoting: Bool
        var limits: [String: Int] = [:]
        var numberColumns: [String]
        var numberCharacters: Set<Character>
        var required: [String] = []
    }

    static let rules: [PhoneProfile: Rules] = [
        .threeCX: Rules(header: ["FirstName", "LastName", "Company", "Mobile", "Mobile2", "Home", "Home2", "Business", "Business2",
                                 "Email", "Other", "BusinessFax", "HomeFax", "Pager"],
                        delimiter: ",", quoting: true, numberColumns: ["Mobile", "Business", "Other"], numberCharacters: Set("0123456789")),
        .yeastar: Rules(header: ["First Name", "Last Name", "Company Name", "Email", "Business Number", "Business Number 2", "Business Fax",
                                 "Mobile", "Mobile 2", "Home", "Home 2", "Home Fax", "Other", "ZIP Code", "Street", "City", "State",
                                 "Country", "Remark", "Phonebook"],
                        delimiter: ",", quoting: true,
                        limits: ["First Name": 63, "Last Name": 63, "Company Name": 127, "Email": 255, "Business Number": 31, "Mobile": 31,
                                 "Other": 31, "Remark": 1024],
                        numberColumns: ["Business Number", "Mobile", "Other"], numberCharacters: Set("0123456789().-+*#")),
        .wazoLegacy: Rules(header: ["title", "firstname", "lastname", "displayname", "society", "mobilenumber", "email", "description",
                                    "officenumber", "othernumber"],
                           delimiter: "|", quoting: false, numberColumns: ["mobilenumber", "officenumber", "othernumber"],
                           numberCharacters: Set("0123456789"), required: ["title", "displayname"]),
        // wazo-dird: the header names the contact's fields; StrictCSV refuses a row longer than the header and the
        // test below a duplicate or empty name and a byte-order mark, each of which would refuse the whole file.
        .wazo: Rules(header: ["firstname", "lastname", "number", "mobile", "email", "company", "title"],
                     delimiter: ",", quoting: true, numberColumns: ["number", "mobile"], numberCharacters: Set("0123456789")),
        .freePBX: Rules(header: ["groupname", "grouptype", "displayname", "fname", "lname", "title", "company", "email_1",
                                 "phone_1_number", "phone_1_type", "phone_2_number", "phone_2_type"],
                        delimiter: ",", quoting: true, numberColumns: ["phone_1_number", "phone_2_number"],
                        numberCharacters: Set("0123456789"), required: ["groupname", "grouptype", "displayname", "phone_1_number", "phone_1_type"]),
    ]

    /// The catalogues to check each layout on: the fixture, the default catalogue, and the
    /// fixture with values no system can hold as they are.
    static func catalogues() -> [Catalogue] {
        var awkward = GoldenFileTests.loadFixture()
        _ = awkward.employees.update("ak") { $0.name = "Anne " + String(repeating: "Kærsgaard-", count: 8) + "Hansen" }
        _ = awkward.employees.update("bo") { $0.title = "Bygning | konstruktør \"senior\"" }
        return [GoldenFileTests.loadFixture(), CatalogueReader.load(defaultCatalogue).catalogue, awkward]
    }

    @Test(arguments: [PhoneProfile.threeCX, .yeastar, .wazo, .wazoLegacy, .freePBX])
    func eachLayoutReadsBackByItsSystemsOwnRules(profile: PhoneProfile) throws {
        let rules = try #require(Self.rules[profile])
        for catalogue in Self.catalogues() {
            let output = StaffDirectory.render(Relations(catalogue), profile: profile, dialect: .excel)
            let records = try StrictCSV.parse(output.text, delimiter: rules.delimiter, quoting: rules.quoting)
            #expect(records[0] == rules.header)
            #expect(records.count - 1 + output.warnings.filter { $0.code == "profile-row-left-out" }.count == catalogue.employees.count)
            for record in records.dropFirst() {
                let field = Dictionary(uniqueKeysWithValues: zip(rules.header, record))
                for (column, limit) in rules.limits {
                    #expect((field[column] ?? "").count <= limit, "\(column): \(field[column] ?? "")")
                }
                for column in rules.numberColumns {
                    #expect((field[column] ?? "").allSatisfy(rules.numberCharacters.contains), "\(column): \(field[column] ?? "")")
                }
                for column in rules.required {
                    #expect(!(field[column] ?? "").isEmpty, "\(column) is required")
                }
            }
            if profile == .wazoLegacy { #expect(records.dropFirst().allSatisfy { ["mr", "mrs", "ms"].contains($0[0]) }) }
            if profile == .wazo || profile == .freePBX {
                #expect(!output.text.hasPrefix("\u{FEFF}") && Set(records[0]).count == records[0].count && !records[0].contains(""))
            }
        }
    }

    @Test func aNameTooLongForYeastarIsCutAndTheCutIsReportedOnTheEntry() throws {
        var catalogue = GoldenFileTests.loadFixture()
        let last = String(repeating: "Kærsgaard-", count: 7) + "Hansen"
        _ = catalogue.employees.update("ak") { $0.name = "Anne " + last }
        let output = StaffDirectory.render(Relations(catalogue), profile: .yeastar, dialect: .standard)
        let records = try StrictCSV.parse(output.text, delimiter: ",")
        let anne = try #require(records.first { $0[0] == "Anne" })
        #expect(anne[1] == String(last.prefix(63)))
        let cut = ProfileProblem.cut(value: last, cut: String(last.prefix(63)), limit: 63)
        #expect(output.warnings == [.at(SourceLocation(file: "employees/ak.json"), .profileValue(
            file: "switchboard-people-yeastar.csv", person: "Anne \(last)", column: "Last Name", system: "Yeastar", problem: cut))])
    }

    @Test func aPersonWithNoNumberAtAllIsLeftOutOfYeastarWithAWarning() throws {
        var catalogue = GoldenFileTests.loadFixture()
        catalogue.departments.upsert(Department(id: "ny", name: "Ny enhed"))
        catalogue.employees.upsert(Employee(id: "nn", name: "Nina Nyborg", title: "Praktikant", department: "ny"))
        let output = StaffDirectory.render(Relations(catalogue), profile: .yeastar, dialect: .standard)
        #expect(!output.text.contains("Nina"))
        #expect(output.warnings.map(\.location.file) == ["employees/nn.json"])
        #expect(output.warnings.first?.problem == .profileRowLeftOut(file: "switchboard-people-yeastar.csv", person: "Nina Nyborg",
                                                                      system: "Yeastar", needsOneOf: ["Business Number", "Mobile", "Other"]))
        #expect(StaffDirectory.render(Relations(catalogue), profile: .threeCX, dialect: .standard).text.contains("Nina,Nyborg,Ny enhed"),
                "3CX documents no required number, so the person stays")
    }

    @Test func aValueHoldingWazosDelimiterIsLeftOutWithAWarningNotQuoted() throws {
        var catalogue = GoldenFileTests.loadFixture()
        _ = catalogue.employees.update("bo") { $0.title = "Konstruktør | byg" }
        let output = StaffDirectory.render(Relations(catalogue), profile: .wazoLegacy, dialect: .standard)
        let records = try StrictCSV.parse(output.text, delimiter: "|", quoting: false)
        let bo = try #require(records.first { $0[3] == "Bo Ørum" })
        #expect(bo[7] == "")
        #expect(output.warnings.map(\.location.file) == ["employees/bo.json"])
        #expect(output.warnings.first?.problem == .profileValue(file: "switchboard-people-wazo-legacy.csv", person: "Bo Ørum", column: "description",
                                                                system: "Wazo 17", problem: .forbiddenCharacter(value: "Konstruktør | byg", character: "|")))
        // Current Wazo reads quoted fields, so the same title is kept there.
        let current = try StrictCSV.parse(StaffDirectory.render(Relations(catalogue), profile: .wazo, dialect: .standard).text, delimiter: ",")
        #expect(current.first { $0[0] == "Bo" }?[6] == "Konstruktør | byg")
    }
}

/// `export --profile` as a user runs it.
struct ProfileCommandTests {
    @Test func aProfileAddsItsFileNextToTheRoutingListAndTheDirectory() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let out = scratch.root.path + "-out"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = run(["export", "switchboard", "--profile", "3CX", "--date", "2026-01-31", "--out", out], in: scratch.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["switchboard-people-3cx.csv", "switchboard-people.csv", "switchboard.csv"])
        #expect(result.stderr.isEmpty)
    }

    @Test func whatASystemCannotHoldIsAWarningOnStderrNamingTheEntry() throws {
        let long = String(repeating: "Lang", count: 20)
        let scratch = try ScratchCatalogue(["employees/bb.json": "{\"name\": \"Bo \(long)\", \"title\": \"T\", \"department\": \"adm\", \"deputy\": \"aa\", \"visibility\": \"internal\"}"])
        defer { scratch.remove() }
        let out = scratch.root.path + "-out"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = run(["export", "switchboard", "--profile", "yeastar", "--date", "2026-01-31", "--out", out], in: scratch.root)
        #expect(result.status == 0)
        #expect(diagnosticCodes(result.stderr).first == "employees/bb.json: warning [profile-value]")
    }

    @Test func anUnknownSystemOrAProfileWithoutTheSwitchboardIsAUsageError() {
        let unknown = run(["export", "switchboard", "--profile", "yeaster"], in: projectRoot)
        #expect(unknown.status == 64)
        #expect(errorCodes(unknown.stderr) == ["unknown-profile"])
        #expect(unknown.stderr.contains("\n" + noteLine(didYouMean("yeastar")) + "\n"))
        let internalOnly = run(["export", "internal", "--profile", "wazo"], in: projectRoot)
        #expect(internalOnly.status == 64)
        #expect(errorCodes(internalOnly.stderr) == ["profile-not-published"])
    }
}
