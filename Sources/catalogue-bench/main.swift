import CatalogueKit
import Foundation

// `make bench`: how long loading, checking and exporting take for a catalogue many times the
// size of the default one. Measured here, never in tests, so a slow machine fails nothing.

let arguments = CommandLine.arguments.dropFirst()
let source = URL(fileURLWithPath: arguments.first ?? "catalogue")
let copies = arguments.dropFirst().first.flatMap { Int($0) } ?? 20
let runs = 5

/// The catalogue `copies` times over, each copy's ids suffixed so references stay within it.
func scaled(_ catalogue: Catalogue, copies: Int) -> Catalogue {
    var result = Catalogue(settings: catalogue.settings)
    for copy in 0..<copies {
        func id<Kind>(_ id: EntryID<Kind>) -> EntryID<Kind> { EntryID("\(id.rawValue)-\(copy)") }
        for var d in catalogue.departments { d.id = id(d.id); d.parent = d.parent.map(id); d.name += " \(copy)"; result.departments.upsert(d) }
        for var e in catalogue.employees { e.id = id(e.id); e.department = id(e.department); e.deputy = e.deputy.map(id); result.employees.upsert(e) }
        for var t in catalogue.tasks { t.id = id(t.id); t.department = id(t.department); t.area = id(t.area); t.responsible = t.responsible.map(id); result.tasks.upsert(t) }
        for var a in catalogue.areas { a.id = id(a.id); a.contactDepartment = id(a.contactDepartment); result.areas.upsert(a) }
    }
    return result
}

/// The median wall time of `runs` runs, in milliseconds.
func measure(_ label: String, _ work: () -> Int) {
    var times: [Double] = []
    var size = 0
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        size = work()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    let median = times.sorted()[runs / 2]
    print(label.padding(toLength: 28, withPad: " ", startingAt: 0) + String(format: "%9.1f ms   %@", median, size > 0 ? "\(size / 1024) KiB" : ""))
}

let base = CatalogueReader.load(source)
guard !base.diagnostics.hasErrors else {
    FileHandle.standardError.write(Data("Error: \(source.path) has errors; run 'catalogue check' on it\n".utf8))
    exit(1)
}
let big = scaled(base.catalogue, copies: copies)
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("catalogue-bench-\(ProcessInfo.processInfo.processIdentifier)")
defer { try? FileManager.default.removeItem(at: folder) }
for file in CatalogueWriter.files(big) { try CatalogueWriter.write(file.text, to: folder.appendingPathComponent(file.path)) }

print("catalogue-bench: \(copies) copies of \(source.path): \(big.departments.count) departments, \(big.employees.count) employees, \(big.tasks.count) tasks, \(big.areas.count) areas; median of \(runs) runs")
var loaded = CatalogueReader.load(folder)
measure("load (read + parse)") { loaded = CatalogueReader.load(folder); return 0 }
measure("check (validate)") { Validator.check(loaded).count }
measure("canonical text (fmt)") { CatalogueWriter.files(loaded.catalogue).reduce(0) { $0 + $1.text.utf8.count } }
measure("500 single-field edits") {
    var edited = loaded.catalogue
    for (position, employee) in edited.employees.prefix(500).enumerated() { edited.employees.update(employee.id) { $0.title = "Titel \(position)" } }
    return 0
}
var relations = Relations(loaded.catalogue)
measure("relations index") { relations = Relations(loaded.catalogue); return 0 }
let date = PublicationDate(year: 2026, month: 11, day: 22)
measure("internal.html") { InternalCatalogue.render(relations, date: date).utf8.count }
measure("external filter + page") { ExternalPage.page(ExternalFilter.publicPart(of: relations), date: date).utf8.count }
measure("switchboard.csv") { SwitchboardList.render(relations, dialect: .standard).utf8.count }
