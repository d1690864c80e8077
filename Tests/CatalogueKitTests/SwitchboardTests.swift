import Foundation
import Testing
@testable import CatalogueKit

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

/// The routing list: one column per backup, the primary's other numbers and deputy, and phones
/// as digits in the plain file and grouped text for spreadsheets.
struct SwitchboardListTests {
    private let relations = Relations(GoldenFileTests.loadFixture())

    @Test func eachBackupHasANameAndAPhoneColumnAsManyAsTheTaskWithMostBackupsNeeds() throws {
        let records = try StrictCSV.parse(SwitchboardList.render(relations, dialect: .standard), delimiter: ",")
        #expect(records[0] == ["Emne", "Stikord", "Fagområde", "Afdeling", "Primær medarbejder", "Primær telefon", "Primær mobil",
                               "Primær mail", "Stedfortræder for primær", "Stedfortræderens telefon", "Backup 1", "Backup 1 telefon",
                               "Backup 2", "Backup 2 telefon", "Afdelingens telefon", "Åbningstid", "KLE"])
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
