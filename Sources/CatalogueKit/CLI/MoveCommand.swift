import CatalogueModel
import CatalogueStorage

extension Command {
    /// `catalogue move employee ID --department D`, `move task ID --area A --department D`,
    /// `move department ID --parent P`: an entry to another place in the catalogue.
    static let move = Command(spec: CommandSpec(
        name: "move", summary: "Move a person, task or team to another department, or a task to another area.",
        discussion: "The same as changing the field with 'catalogue set', said the way an update round says it.",
        arguments: [.init(name: "KIND", help: "employee, task or department."),
                    .init(name: "ID", help: "The id or full name of the entry to move.")],
        options: [Value.toDepartment.spec, Value.toArea.spec, Value.toParent.spec, Flag.dryRun.spec, Value.catalogue.spec])
    ) { call, console in
        let arguments = call.arguments
        guard let kind = EntryKind(name: arguments.positionals[0]), kind != .area else {
            return call.usageError(UsageError(.cannotMove(arguments.positionals[0])), &console)
        }
        let targets: [(field: String, option: Value)] = [("department", .toDepartment), ("area", .toArea), ("parent", .toParent)]
        let allowed: [String] = switch kind {
        case .employee: ["department"]
        case .task: ["department", "area"]
        default: ["parent"]
        }
        for (field, option) in targets where arguments.value(option) != nil && !allowed.contains(field) {
            return call.usageError(UsageError(.moveOptionNotFor(option: option.spec.name, kind: kind, allowed: allowed)), &console)
        }
        let moves = targets.compactMap { target in arguments.value(target.option).map { (target.field, $0) } }
        guard !moves.isEmpty else {
            return call.usageError(UsageError(.sayWhereTo(allowed: allowed)), &console)
        }
        return changeCatalogue(call, &console) { edit, console in
            guard let entry = lookup(kind, arguments.positionals[1], in: edit.loaded, edit.catalogue, edit.location, &console) else { return ExitStatus.failure }
            let id = entry.id
            var draft = EntryDraft(kind, entry)
            for (field, target) in moves {
                let targetKind: EntryKind = field == "area" ? .area : .department
                guard let destination = lookup(targetKind, target, in: edit.loaded, edit.catalogue, edit.location, &console) else { return ExitStatus.failure }
                draft.fields[field] = .string(destination.id)
                edit.report.append(.moved(name: entry.name, id: id, to: destination.name, toID: destination.id))
            }
            switch draft.entry(id: id) {
            case .success(let moved): edit.catalogue.put(moved)
            case .failure(let problems): return refuse(problems, &console)
            }
            return nil
        }
    }
}

extension Value {
    static let toDepartment = Value("--department", "ID", help: "The department or team to move the employee or task to.")
    static let toArea = Value("--area", "ID", help: "The area to move the task to.")
    static let toParent = Value("--parent", "ID", help: "The department to move the department or team under.")
}
