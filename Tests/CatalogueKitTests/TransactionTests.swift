import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// The transaction every change goes through, used as a library: no command line, no words.
struct TransactionTests {
    @Test func aChangeMadeThroughTheTransactionIsPlannedCheckedAndWrittenWhole() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let transaction = try CatalogueTransaction.begin(root: scratch.root, command: "test", timeout: .seconds(1), locking: true)
        #expect(FileManager.default.fileExists(atPath: scratch.root.appendingPathComponent(CatalogueLock.fileName).path))
        var change = transaction.change()
        _ = change.catalogue.employees.update("aa") { $0.title = "Teamleder" }
        guard case .ready(let plan, let warnings) = change.prepare() else { Issue.record("not ready"); return }
        #expect(plan.changes.map(\.sortKey) == ["employees/aa.json"])
        #expect(warnings == [])
        try transaction.commit(plan)
        transaction.end()
        #expect(CatalogueReader.load(scratch.root).catalogue.employee("aa")?.title == "Teamleder")
    }

    @Test func aChangeThatWouldBringErrorsIsRefusedWithThemAndWritesNothing() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let before = scratch.snapshot()
        let transaction = try CatalogueTransaction.begin(root: scratch.root, command: "test", timeout: .seconds(1), locking: false)
        defer { transaction.end() }
        var change = transaction.change()
        _ = change.catalogue.employees.update("aa") { $0.department = "nowhere" }
        guard case .refused(let problems, let refusal) = change.prepare() else { Issue.record("not refused"); return }
        #expect(refusal == .errors(count: 1))
        #expect(problems.map(\.problem) == [.unknownReference(key: "department", value: "nowhere", kind: .department)])
        #expect(scratch.snapshot() == before, "a transaction that does not lock leaves not even a lock file")
    }

    @Test func aSecondWriterWaitsForTheLockAndIsToldWhoHoldsIt() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let first = try CatalogueTransaction.begin(root: scratch.root, command: "catalogue fmt", timeout: .seconds(1), locking: true)
        defer { first.end() }
        #expect(throws: TransactionError.self) {
            try CatalogueTransaction.begin(root: scratch.root, command: "test", timeout: .milliseconds(100), locking: true)
        }
    }
}

/// Each field described once: the reader, the writer, the options and a comparison by meaning
/// all come from the same table.
struct FieldTableTests {
    @Test func theWriterWritesTheFieldsTheTableDescribesInItsOrder() {
        let task = CatalogueTask(id: "t", title: "T", department: "d", area: "a", responsible: ["aa"], keywords: ["k"])
        guard case .object(let members) = task.fields.value else { Issue.record("not an object"); return }
        let written = members.map(\.key)
        #expect(written == CatalogueTask.keys.filter { written.contains($0) })
        #expect(Set(CatalogueTask.keys).subtracting(written) == ["internalNote", "reviewed", "reviewedBy", "accept"], "optional fields without a value are left out")
        #expect(FieldOptions(.task, forNewEntries: true).fields.map(\.field.key) == CatalogueTask.keys)
    }

    @Test func twoVersionsOfAnEntryAreComparedByField() {
        let before = Employee(id: "aa", name: "Anne", title: "Sagsbehandler", department: "adm", phone: "72 57 00 01")
        var after = before
        after.title = "Teamleder"
        after.phone = nil
        after.accept = [Acceptance(code: "no-tasks", reason: "leder")]
        #expect(Employee.fieldTable.changedKeys(from: before, to: after) == ["title", "phone", "accept"])
        #expect(Employee.fieldTable.changedKeys(from: before, to: before) == [])
    }
}
