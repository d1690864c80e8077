import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// The relations index: each lookup gives what a scan of the catalogue would, in the documented
/// order, and the routing rule falls back to the department above.
struct RelationsTests {
    private let relations = Relations(GoldenFileTests.loadFixture())

    @Test func tasksHeldByAnEmployeeComeInDanishTitleOrderWithTheirRole() {
        let held = relations.tasks(heldBy: "ak").map { "\($0.task.id):\($0.role.rawValue)" }
        #expect(held == ["byggetilladelse:primary", "it-support:backup", "skilte:backup"])
        #expect(relations.tasks(heldBy: "ef").map(\.task.id) == ["it-support"])
        #expect(relations.tasks(heldBy: "nobody").isEmpty)
    }

    @Test func deputiesAreFoundFromThePersonTheyStandInFor() {
        #expect(relations.deputising(for: "ak").map(\.id) == ["bo", "aad"], "Aase sorts as Åse, after Bo")
        #expect(relations.deputising(for: "ef").isEmpty)
    }

    @Test func departmentsNestBySortOrderAndTheSubtreeIncludesTeams() {
        #expect(relations.children(of: nil).map(\.id) == ["adm"])
        #expect(relations.children(of: "adm").map(\.id) == ["byg", "it"])
        #expect(relations.departmentTree.map { "\($0.department.id)@\($0.depth)" } == ["adm@0", "byg@1", "it@1"])
        #expect(relations.subtree(of: "adm") == ["adm", "byg", "it"])
        #expect(relations.employees(inSubtreeOf: "adm").map(\.id) == ["ak", "bo", "ef", "aad"])
        #expect(relations.employees(in: "adm").isEmpty)
        #expect(relations.tasks(inSubtreeOf: "byg").map(\.id) == ["arkiv", "byggetilladelse", "skilte"])
    }

    @Test func aTeamWithoutItsOwnPhoneIsRoutedToTheDepartmentAbove() throws {
        let route = relations.route(for: try #require(relations.catalogue.task("it-support")))
        #expect(route.primary?.id == "ef")
        #expect(route.backups.map(\.id) == ["ak"])
        #expect(route.departmentPhone == "72 57 70 00")
    }

    @Test func aDepartmentsCallContactFallsBackToItsParentThenToTheCataloguesHours() {
        let catalogue = relations.catalogue
        #expect(catalogue.callContact(of: "byg") == DepartmentContact(phone: "72 57 73 00", openingHours: "Mandag–torsdag 10.00–14.00"))
        #expect(catalogue.callContact(of: "it") == DepartmentContact(phone: "72 57 70 00", openingHours: "Mandag–fredag 9.00–14.00"),
                "IT-service has neither phone nor hours: the phone is Teknik & Miljø's, the hours the catalogue's")
        #expect(catalogue.callContact(of: "nowhere") == DepartmentContact(phone: nil, openingHours: "Mandag–fredag 9.00–14.00"))
    }

    @Test func anEditIsSeenByTheNextIndexNotByTheOldOne() {
        var edited = relations.catalogue
        edited.tasks.update("arkiv") { $0.responsible = ["ef"] }
        #expect(relations.tasks(heldBy: "ef").map(\.task.id) == ["it-support"])
        #expect(Relations(edited).tasks(heldBy: "ef").map(\.task.id) == ["arkiv", "it-support"])
    }
}

/// The entry table: lookups by id stay right through every kind of edit.
struct EntryTableTests {
    @Test func lookupsFollowUpdatesRenamesAndRemovals() {
        var table: EntryTable<Department> = [Department(id: "a", name: "A"), Department(id: "b", name: "B"), Department(id: "c", name: "C")]
        table.update("b") { $0.id = "bb" }
        #expect(table["b"] == nil)
        #expect(table["bb"]?.name == "B")
        table.remove("a")
        #expect(table.map(\.id) == ["bb", "c"])
        #expect(table["c"]?.name == "C")
        table.upsert(Department(id: "a", name: "A2"))
        table.upsert(Department(id: "c", name: "C2"))
        #expect(table.map(\.name) == ["B", "C2", "A2"])
        #expect(EntryTable([Department(id: "x", name: "first"), Department(id: "x", name: "second")]).map(\.name) == ["first"])
    }
}
