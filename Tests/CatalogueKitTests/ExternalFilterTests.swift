import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing
@testable import CatalogueExport

/// The external version shows only what may be public. The filter is tested on its own, and a
/// property test over generated catalogues shows that no non-public value reaches the page.
struct ExternalFilterTests {
    @Test func onlyAreasWithSignificantContactAndOnlyExternalTasks() {
        let publicPart = ExternalFilter.publicPart(of: Relations(GoldenFileTests.loadFixture()))
        #expect(publicPart.areas.map(\.id) == ["byggeri"])
        #expect(publicPart.areas[0].tasks.map(\.id) == ["byggetilladelse", "skilte"])
    }

    @Test func peopleAppearOnlyAsTheirVisibilityAllows() {
        let tasks = ExternalFilter.publicPart(of: Relations(GoldenFileTests.loadFixture())).areas[0].tasks
        // ak: contact; bo: name only; aad: internal, not named at all.
        #expect(tasks[0].people == [
            PublicCatalogue.Person(name: "Anne Kær", title: "Byggesagsbehandler", phone: "72 57 73 01", mail: "ak@testby.dk"),
            PublicCatalogue.Person(name: "Bo Ørum", title: "Bygningskonstruktør", phone: nil, mail: nil),
        ])
        #expect(tasks[1].people.map(\.name) == ["Anne Kær"])
    }

    @Test(arguments: 0..<40)
    func noNonPublicValueEverReachesTheExternalOutput(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let (catalogue, secrets, publicValues) = Self.generatedCatalogue(&generator)
        let date = Self.exportDate
        let publicPart = ExternalFilter.publicPart(of: Relations(catalogue, on: date))
        for output in [ExternalPage.page(publicPart, date: date), ExternalPage.fragment(publicPart, date: date)] {
            for secret in secrets {
                #expect(!output.contains(secret), "non-public value \(secret) appears in the external output (seed \(seed))")
            }
            // The test can fail the other way too: what is public does appear.
            for value in publicValues {
                #expect(output.contains(value), "public value \(value) is missing (seed \(seed))")
            }
        }
    }

    /// The day the generated catalogues are exported on (and their absences judged on).
    static let exportDate = CalendarDay(year: 2026, month: 1, day: 2)

    /// A random catalogue in which every non-public value carries a unique marker. Some people
    /// are away on the export date (or just before or after it): the absence, its note and its
    /// last day are never public, and an absent person's own contact is not shown meanwhile.
    static func generatedCatalogue(_ g: inout SeededGenerator) -> (Catalogue, secrets: [String], publicValues: [String]) {
        var secrets: [String] = [], publicValues: [String] = []
        var serial = 0
        func next() -> Int { serial += 1; return serial }
        func phone() -> String { String(format: "7%07d", next()) }
        let departments = (0..<3).map { Department(id: DepartmentID("d\($0)"), name: "Afdeling\($0)", phone: "72 00 00 1\($0)") }
        var employees: [Employee] = []
        for index in 0..<Int.random(in: 3...8, using: &g) {
            let visibility = Visibility.allCases.randomElement(using: &g)!
            let n = next()
            let employee = Employee(id: EmployeeID("e\(index)"), name: "Navn\(n)X", title: "Titel\(n)X", department: departments.randomElement(using: &g)!.id,
                                    phone: phone(), mobile: phone(), mail: "post\(n)x@kommune.dk", visibility: visibility)
            // Phones are looked for as written and as grouped on the page.
            let mobile = [employee.mobile!, PhoneNumber.display(employee.mobile!)]
            let direct = [employee.phone!, PhoneNumber.display(employee.phone!)]
            secrets += mobile
            switch visibility {
            case .internal: secrets += [employee.name, employee.title, employee.mail!] + direct
            case .name: secrets += [employee.mail!] + direct
            case .contact: break
            }
            employees.append(employee)
        }
        var away: Set<EmployeeID> = []
        for index in employees.indices where Bool.random(using: &g) {
            let n = next()
            let from = CalendarDay(year: 2026, month: 1, day: [1, 2, 3].randomElement(using: &g)!)
            let until = Bool.random(using: &g) ? nil : CalendarDay(year: 2026, month: 3, day: 1 + n % 28)
            let cover = employees.filter { $0.id != employees[index].id }.randomElement(using: &g)?.id ?? employees[index].id
            let absence = Absence(from: from, until: until, cover: cover, note: "Fravaer\(n)X")
            employees[index].absence = absence
            secrets += [absence.note!, "fravær"] + (until.map { [Strings.danish.date($0)] } ?? [])
            if absence.includes(exportDate) { away.insert(employees[index].id) }
        }
        var areas: [Area] = [], tasks: [CatalogueTask] = []
        for index in 0..<Int.random(in: 1...4, using: &g) {
            let significant = Bool.random(using: &g)
            let n = next()
            let area = Area(id: AreaID("a\(index)"), name: "Omraade\(n)X", significantBusinessContact: significant,
                            contactDepartment: departments[0].id, description: "Beskrivelse\(n)X")
            if !significant { secrets += [area.name, area.description] }
            areas.append(area)
            for taskIndex in 0..<Int.random(in: 0...4, using: &g) {
                let audience = Audience.allCases.randomElement(using: &g)!
                let m = next()
                let people = employees.shuffled(using: &g).prefix(Int.random(in: 1...3, using: &g))
                let task = CatalogueTask(id: TaskID("t\(index)-\(taskIndex)"), title: "Opgave\(m)X", department: departments.randomElement(using: &g)!.id,
                                area: area.id, responsible: people.map(\.id), keywords: ["stikord\(m)x"], kle: ["02.34"],
                                links: [Link(title: "Link\(m)X", url: "https://kommune.dk/\(m)")], audience: audience,
                                internalNote: "Note\(m)X", description: "Tekst\(m)X")
                secrets.append(task.internalNote!)
                if audience == .internal || !significant {
                    secrets += [task.title, task.description, task.keywords[0], task.links[0].title]
                } else {
                    publicValues += [task.title, task.description]
                    for person in people where person.visibility == .contact && !away.contains(person.id) { publicValues.append(person.mail!) }
                }
                tasks.append(task)
            }
        }
        let catalogue = Catalogue(settings: Settings(organisation: "Kommune", edition: "1"), departments: departments,
                                  employees: employees, tasks: tasks, areas: areas)
        return (catalogue, secrets, publicValues)
    }
}
