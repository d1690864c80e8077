import Foundation
import Testing
@testable import CatalogueExport
@testable import CatalogueModel
@testable import CatalogueStorage

/// `export vcard`: every employee as a vCard 4.0, read back by a strict reader of RFC 6350.
struct VCardTests {
    /// A vCard property: name, parameters, and the value unescaped.
    struct Property: Equatable {
        var name: String
        var parameters: String
        var value: String
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// The cards of `text`, each as its properties, checked as RFC 6350 asks: CRLF line ends, no line over 75
    /// octets, continuation lines starting with a space, BEGIN:VCARD then VERSION:4.0 first, exactly one FN, at
    /// most one N, END:VCARD last.
    static func read(_ text: String) throws -> [[Property]] {
        guard text.hasSuffix("\r\n") else { throw Failure(description: "the file does not end with CRLF") }
        let physical = text.dropLast(2).components(separatedBy: "\r\n")
        var logical: [String] = []
        for line in physical {
            guard line.utf8.count <= 75 else { throw Failure(description: "a line over 75 octets: \(line)") }
            guard !line.contains("\n"), !line.contains("\r") else { throw Failure(description: "a bare line break in \(line)") }
            if line.hasPrefix(" ") {
                guard !logical.isEmpty else { throw Failure(description: "a continuation line first") }
                logical[logical.count - 1] += line.dropFirst()
            } else {
                logical.append(line)
            }
        }
        var cards: [[Property]] = [], current: [Property]?
        for line in logical {
            guard let colon = line.firstIndex(of: ":") else { throw Failure(description: "no ':' in \(line)") }
            // A parameter value in quotes may hold ':' — not used here, so the first ':' ends the name.
            let head = line[..<colon], raw = String(line[line.index(after: colon)...])
            let name = String(head.split(separator: ";", maxSplits: 1).first ?? "")
            let parameters = head.contains(";") ? String(head.split(separator: ";", maxSplits: 1)[1]) : ""
            var value = "", escaped = false
            for character in raw {
                if escaped {
                    switch character {
                    case "n", "N": value += "\n"
                    case "\\", ",", ";": value.append(character)
                    default: throw Failure(description: "an unknown escape \\\(character) in \(line)")
                    }
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else {
                    value.append(character)
                }
            }
            let property = Property(name: name, parameters: parameters, value: value)
            if name == "BEGIN" {
                guard current == nil, value == "VCARD" else { throw Failure(description: "BEGIN inside a card") }
                current = []
            } else if name == "END" {
                guard let card = current else { throw Failure(description: "END outside a card") }
                guard card.first == Property(name: "VERSION", parameters: "", value: "4.0") else { throw Failure(description: "VERSION:4.0 is not first") }
                guard card.filter({ $0.name == "FN" }).count == 1 else { throw Failure(description: "not exactly one FN") }
                guard card.filter({ $0.name == "N" }).count <= 1 else { throw Failure(description: "more than one N") }
                cards.append(card)
                current = nil
            } else {
                guard current != nil else { throw Failure(description: "\(name) outside a card") }
                current?.append(property)
            }
        }
        guard current == nil else { throw Failure(description: "a card without END") }
        return cards
    }

    @Test func everyEmployeeOfTheDefaultCatalogueIsACardWithNamePhonesAndMail() throws {
        let catalogue = CatalogueReader.load(defaultCatalogue).catalogue
        let cards = try Self.read(StaffVCards.render(Relations(catalogue)))
        #expect(cards.count == catalogue.employees.count)
        // From catalogue/employees/akm.json and departments/team-byggesag.json, read by hand.
        let anne = try #require(cards.first { $0.contains(Property(name: "FN", parameters: "", value: "Anne Kirstine Mørk")) })
        #expect(anne.contains(Property(name: "N", parameters: "", value: "Mørk;Anne Kirstine;;;")))
        #expect(anne.contains(Property(name: "ORG", parameters: "", value: "Fjordby Kommune;Team Byggesag")))
        #expect(anne.contains(Property(name: "TEL", parameters: "VALUE=uri;TYPE=\"work,voice\"", value: "tel:+45-72-57-73-54")))
        #expect(anne.contains(Property(name: "TEL", parameters: "VALUE=uri;TYPE=\"cell,voice\"", value: "tel:+45-21-43-65-87")))
        #expect(anne.contains(Property(name: "EMAIL", parameters: "TYPE=work", value: "akm@fjordby.dk")))
        #expect(Set(cards.compactMap { $0.first { $0.name == "UID" }?.value }).count == cards.count)
        for card in cards {
            for tel in card where tel.name == "TEL" && tel.parameters.hasPrefix("VALUE=uri") {
                #expect(tel.value.range(of: #"^tel:\+45(-\d\d){4}$"#, options: .regularExpression) != nil, "\(tel.value)")
            }
        }
    }

    @Test func commasSemicolonsLongTitlesExtensionsAndLetterOutsideASCIISurviveTheRoundTrip() throws {
        var catalogue = GoldenFileTests.loadFixture()
        let title = "Sagsbehandler; byggeri, miljø og \\ \"alt\" det andet – " + String(repeating: "ærø ", count: 30)
        _ = catalogue.employees.update("ak") { $0.title = title }
        let cards = try Self.read(StaffVCards.render(Relations(catalogue)))
        let anne = try #require(cards.first { $0.contains { $0.name == "FN" && $0.value == "Anne Kær" } })
        #expect(anne.first { $0.name == "TITLE" }?.value == title)
        // An extension is no telephone number a phone can dial from outside: it is text.
        let erik = try #require(cards.first { $0.contains { $0.name == "FN" && $0.value == "Erik From" } })
        #expect(erik.contains(Property(name: "TEL", parameters: "VALUE=text;TYPE=\"work,voice\"", value: "4410")))
    }

    @Test func exportVcardWritesOnlyTheAddressBookAndAllLeavesItOut() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let out = scratch.root.path + "-out"
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(run(["export", "vcard", "--out", out], in: scratch.root).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == [StaffVCards.fileName])
        #expect(run(["export", "--out", out], in: scratch.root).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).count == 7)
    }
}
