import Foundation
import Testing
@testable import KLE

/// The plan ships inside the binary: the compiled-in text is the unmodified OS2KLE files, byte for byte.
/// When one fails, the file changed without `make kle-plan`, or the embedding lost a byte.
struct KLEPlanEmbeddingTests {
    static let planFolder = projectRoot.appendingPathComponent("Sources/KLE/Plan")

    @Test func embeddedPlanEqualsTheShippedFileByteForByte() throws {
        let file = try Data(contentsOf: Self.planFolder.appendingPathComponent("OS2KLE.txt"))
        #expect(file.count > 900_000)
        #expect(Self.firstDifference(Array(EmbeddedPlan.os2kle.utf8), Array(file)) == nil,
                "the byte where they part; run `make kle-plan` after changing OS2KLE.txt")
    }

    @Test func embeddedChangeLogEqualsTheShippedFileByteForByte() throws {
        let file = try Data(contentsOf: Self.planFolder.appendingPathComponent("change.json"))
        #expect(file.count > 40_000)
        #expect(Self.firstDifference(Array(EmbeddedPlan.changes.utf8), Array(file)) == nil,
                "the byte where they part; run `make kle-plan` after changing change.json")
    }

    /// Where two byte strings first differ (the shorter one's length when one begins the other), or nil when they
    /// are equal: a failure names a place instead of printing a megabyte.
    static func firstDifference(_ one: [UInt8], _ other: [UInt8]) -> Int? {
        zip(one, other).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? (one.count == other.count ? nil : min(one.count, other.count))
    }

    @Test func licenceAndSourceNoteShipBesideThePlan() throws {
        let licence = try String(contentsOf: Self.planFolder.appendingPathComponent("LICENSE.txt"), encoding: .utf8)
        let source = try String(contentsOf: Self.planFolder.appendingPathComponent("SOURCE.md"), encoding: .utf8)
        #expect(licence.hasPrefix("Mozilla Public License Version 2.0"))
        #expect(source.contains("OS2KLE 3.23"))
    }
}
