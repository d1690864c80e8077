import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// Ids a command line or Windows cannot take are refused everywhere, and never proposed.
struct IDTests {
    @Test(arguments: ["con", "prn", "aux", "nul", "com1", "com9", "lpt1", "lpt9"])
    func windowsDeviceNamesAreNoIds(_ id: String) {
        #expect(EntryID<Never>.problem(with: id) == .windowsDeviceName)
        #expect(EntryID<Never>.isWindowsDeviceName(id + ".json"))
        #expect(EntryID<Never>.isWindowsDeviceName(id.uppercased() + ".md"))
    }

    @Test(arguments: ["com", "com0", "com10", "console", "lpt", "nuls", "auxiliary", "akm"])
    func namesThatOnlyResembleDeviceNamesAreIds(_ id: String) {
        #expect(EntryID<Never>.problem(with: id) == nil)
    }

    @Test(arguments: ["-", "-x", "--catalogue"])
    func anIdStartingWithAHyphenIsRefused(_ id: String) {
        #expect(EntryID<Never>.problem(with: id) == .leadingHyphen)
    }

    @Test func aDeviceNameIsNeverProposed() {
        #expect(Slug.proposedID(for: .employee, name: "Carl Otto Nielsen") { _ in false } == "con2")
        #expect(Slug.proposedID(for: .employee, name: "Anne Uhre Xu") { _ in false } == "aux2")
        #expect(Slug.proposedID(for: .area, name: "Nul") { _ in false } == "nul-2")
        #expect(Slug.proposedID(for: .department, name: "COM1") { _ in false } == "com1-2")
    }

    @Test func addEmployeeProposesNoDeviceNameAndTheLoaderRefusesOne() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let result = scratch.run(["add", "employee", "--name", "Carl Otto Nielsen", "--title", "Sagsbehandler", "--department", "adm"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: scratch.root.appendingPathComponent("employees/con2.json").path))
        try FileManager.default.moveItem(at: scratch.root.appendingPathComponent("employees/con2.json"),
                                         to: scratch.root.appendingPathComponent("employees/con.json"))
        #expect(scratch.checked().contains { $0.location.file == "employees/con.json"
            && $0.problem == .badFileName(name: "con", problem: .windowsDeviceName, kind: .employee) })
        #expect(scratch.run(["rename", "employee", "aa", "nul"]).status != 0)
    }
}

/// Characters that reverse a line on the page are refused in one-line values, at the door.
struct BidiControlTests {
    @Test(arguments: ["\u{202E}", "\u{202A}", "\u{2066}", "\u{2069}"])
    func aBidirectionalControlInAOneLineValueIsRefusedAndNothingIsWritten(_ control: String) throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let before = scratch.snapshot()
        let result = scratch.run(["set", "employee", "aa", "--title", "Sags\(control)behandler"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[control-character]"))
        #expect(scratch.snapshot() == before)
        try scratch.write("employees/bb.json", try scratch.read("employees/bb.json").replacingOccurrences(of: "Bo Berg", with: "Bo\(control) Berg"))
        #expect(scratch.checked().map(\.code).contains("control-character"))
    }
}
