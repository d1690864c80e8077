import Foundation
import CatalogueModel
import CatalogueStorage
import CatalogueExport

extension Command {
    /// `catalogue list KIND`: one line per entry, in Danish alphabetical order.
    static let list = Command(spec: CommandSpec(
        name: "list", summary: "List the departments, employees, tasks or areas.",
        discussion: "Entries are listed in Danish alphabetical order (æ, ø, å after z; \"aa\" as å).",
        arguments: [.init(name: "KIND", help: "departments, employees, tasks or areas.")],
        options: [Value.departmentFilter.spec, Value.areaFilter.spec, Flag.json.spec, Value.catalogue.spec])
    ) { call, console in
        let arguments = call.arguments
        guard let kind = EntryKind(name: arguments.positionals[0]) else {
            return call.usageError(UsageError(.listUnknownKind(arguments.positionals[0])), &console)
        }
        if arguments.value(.areaFilter) != nil && kind != .task {
            return call.usageError(UsageError(.areaFilterOnlyForTasks), &console)
        }
        if arguments.value(.departmentFilter) != nil && kind == .area {
            return call.usageError(UsageError(.departmentFilterNotForAreas), &console)
        }
        guard let (location, loaded) = loadCatalogue(arguments, call.context, &console) else { return ExitStatus.failure }
        let catalogue = loaded.catalogue
        reportUnreadable(loaded, location, &console)
        var departments: Set<DepartmentID>?
        if let id = arguments.value(.departmentFilter) {
            guard catalogue.department(DepartmentID(id)) != nil else {
                return console.fail(.noEntry(kind: .department, id: id, path: location.displayPrefix + EntryKind.department.path(for: id)),
                                    notes: suggestion(id, among: catalogue.names(of: .department)))
            }
            departments = Relations(catalogue).subtree(of: DepartmentID(id))
        }
        let area = arguments.value(.areaFilter).map { AreaID($0) }
        if let area, catalogue.area(area) == nil {
            return console.fail(.noEntry(kind: .area, id: area.rawValue, path: location.displayPrefix + EntryKind.area.path(for: area.rawValue)),
                                notes: suggestion(area.rawValue, among: catalogue.names(of: .area)))
        }
        let json = arguments.flag(.json)
        // The table is read by people (and sent on), so it speaks the catalogue's language; the JSON does not change with it.
        let strings = Strings.for(catalogue.settings.language), words = strings.commands
        let rows: [(String, JSONNode, [String])]  // id, JSON, table cells
        switch kind {
        case .department:
            rows = DanishOrder.sorted(catalogue.departments.filter { departments?.contains($0.id) ?? true }, by: \.name, \.id.rawValue).map {
                ($0.id.rawValue, $0.fields, [$0.id.rawValue, $0.name, $0.parent?.rawValue ?? "", $0.phone.map(PhoneNumber.display) ?? ""])
            }
        case .employee:
            rows = DanishOrder.sorted(catalogue.employees.filter { departments?.contains($0.department) ?? true }, by: \.name, \.id.rawValue).map {
                ($0.id.rawValue, $0.fields, [$0.id.rawValue, $0.name, $0.title, $0.department.rawValue, $0.phone.map(PhoneNumber.display) ?? ""])
            }
        case .task:
            rows = DanishOrder.sorted(catalogue.tasks.filter { (departments?.contains($0.department) ?? true) && (area == nil || $0.area == area) }, by: \.title, \.id.rawValue).map {
                ($0.id.rawValue, $0.jsonWithDescription, [$0.id.rawValue, $0.title, $0.area.rawValue, $0.responsible.first?.rawValue ?? "", $0.audience == .external ? words.audienceExternal : words.audienceInternal])
            }
        case .area:
            rows = DanishOrder.sorted(catalogue.areas, by: \.name, \.id.rawValue).map {
                ($0.id.rawValue, $0.jsonWithDescription, [$0.id.rawValue, $0.name, $0.significantBusinessContact ? words.yes : words.no, $0.contactDepartment.rawValue])
            }
        }
        if json {
            console.print(JSONWriter.text(.array(rows.map { $0.1.adding([("id", .string($0.0))], first: true) })))
        } else {
            let header: [String] = switch kind {
            case .department: ["ID", words.name, strings.partOf, strings.phone]
            case .employee: ["ID", words.name, words.jobTitle, strings.department, strings.phone]
            case .task: ["ID", words.word(for: .task), strings.area, strings.primary, words.audience]
            case .area: ["ID", words.name, words.businessContact, strings.contact]
            }
            console.write(textTable([header.map { $0.uppercased() }] + rows.map(\.2)))
        }
        return ExitStatus.success
    }

    /// Load errors, shown by reading commands that go on with what could be read.
    static func reportUnreadable(_ loaded: LoadedCatalogue, _ location: CatalogueLocation, _ console: inout Console) {
        let problems = loaded.diagnostics.filter { $0.severity == .error }
        guard !problems.isEmpty else { return }
        console.report(problems.sortedByLocation(), pathPrefix: location.displayPrefix)
        console.note(.mayBeMissing)
    }

    /// Left-aligned columns, two spaces apart, no trailing spaces.
    static func textTable(_ rows: [[String]]) -> String {
        ListTable.rows(rows).map { $0 + "\n" }.joined()
    }
}

extension CatalogueTask {
    /// The task's fields and its description, for `--json` output.
    var jsonWithDescription: JSONNode { fields.adding([("description", .string(description))]) }
}

extension Area {
    /// The area's fields and its description, for `--json` output.
    var jsonWithDescription: JSONNode { fields.adding([("description", .string(description))]) }
}

extension Value {
    static let departmentFilter = Value("--department", "ID", help: "Only entries of this department and the departments nested in it.")
    static let areaFilter = Value("--area", "ID", help: "Only tasks of this area.")
}
