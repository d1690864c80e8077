import CatalogueModel
import CatalogueStorage

extension Command {
    /// `catalogue reassign task ID [--from A] --to B` and `catalogue reassign --all-from A --to B`:
    /// hands tasks from one person to another, keeping each person's place in the list.
    static let reassign = Command(spec: CommandSpec(
        name: "reassign", summary: "Hand a task, or all of a person's tasks, to another person.",
        discussion: """
            'reassign task ID --from A --to B' puts B where A was in the task's list (primary or
            backup); without --from, B takes over from the primary person. 'reassign --all-from A
            --to B' does so for every task A holds and makes B the deputy of those A was deputy
            for: for a person on leave, or to clear every reference to someone who has left.
            Someone already listed on a task is never listed twice.
            """,
        arguments: [.init(name: "task", help: "The word 'task', when one task is reassigned.", optional: true),
                    .init(name: "ID", help: "The task's id or full title.", optional: true)],
        options: [Value.from.spec, Value.allFrom.spec, Value.to.spec, Flag.dryRun.spec, Value.catalogue.spec])
    ) { call, console in
        let arguments = call.arguments
        guard let to = arguments.value(.to) else { return call.usageError(UsageError(.missingTo), &console) }
        let allFrom = arguments.value(.allFrom)
        let positionals = arguments.positionals
        if let allFrom {
            if !positionals.isEmpty || arguments.value(.from) != nil {
                return call.usageError(UsageError(.allFromWithTask), &console)
            }
        } else {
            guard positionals.count == 2, positionals[0] == "task" || positionals[0] == "tasks" else {
                return call.usageError(UsageError(.nameTaskOrAll), &console)
            }
        }
        return changeCatalogue(call, &console) { edit, console in
            guard let successor = lookup(.employee, to, in: edit.loaded, edit.catalogue, edit.location, &console) else { return ExitStatus.failure }
            let new = EmployeeID(successor.id)
            if let allFrom {
                // The person may already be gone: their id still stands in the files that name them.
                var leaving: AnyEntry? = edit.catalogue.entry(.employee, allFrom)
                if leaving == nil, edit.catalogue.references(to: .employee, allFrom).isEmpty {
                    guard let found = lookup(.employee, allFrom, in: edit.loaded, edit.catalogue, edit.location, &console) else { return ExitStatus.failure }
                    leaving = found
                }
                let id = leaving?.id ?? allFrom
                if id == successor.id { return call.usageError(UsageError(.allFromIsTo), &console) }
                let references = edit.catalogue.references(to: .employee, id)
                edit.catalogue.redirect(.employee, from: id, to: successor.id)
                edit.report += handOverReport(references, from: leaving ?? .employee(Employee(id: EmployeeID(id), name: id, title: "", department: "")),
                                              to: successor, in: edit.catalogue)
                return nil
            }
            guard case .task(var task)? = lookup(.task, positionals[1], in: edit.loaded, edit.catalogue, edit.location, &console) else { return ExitStatus.failure }
            let people = task.responsible.map { edit.catalogue.employee($0).map(AnyEntry.employee) ?? .employee(Employee(id: $0, name: $0.rawValue, title: "", department: "")) }
            let from: EmployeeID
            if let typed = arguments.value(.from) {
                // An id on the task, or the full name of one of its people: handing over acts on nothing less.
                let named = task.responsible.contains(EmployeeID(typed)) ? [] : entries(fullyNamed: typed, among: people)
                guard task.responsible.contains(EmployeeID(typed)) || named.count == 1 else {
                    return console.fail(.notResponsible(typed: typed, task: task.id.rawValue, people: people.map { "\($0.name) (\($0.id))" }))
                }
                from = named.first.map { EmployeeID($0.id) } ?? EmployeeID(typed)
            } else {
                guard let primary = task.responsible.first else { return console.fail(.nobodyResponsible(task: task.id.rawValue)) }
                from = primary
            }
            guard let position = task.responsible.firstIndex(of: from) else { return ExitStatus.failure }
            if from == new {
                console.say(.alreadyHoldsPlace(name: successor.name, id: successor.id))
                return ExitStatus.success
            }
            let handing = edit.catalogue.employee(from).map { "\($0.name) (\(from))" } ?? from.rawValue
            if let already = task.responsible.firstIndex(of: new) {
                // Taking over the primary's place moves a backup forward; a backup's place is
                // simply given up, since the successor holds the task already: said as it is,
                // and a task left without backup is warned of after the change.
                task.responsible.remove(at: position)
                if position == 0 {
                    task.responsible.remove(at: already - 1)
                    task.responsible.insert(new, at: 0)
                    edit.report.append(.takesOver(name: successor.name, id: successor.id, task: task.id.rawValue, from: handing, primary: true))
                } else {
                    edit.report.append(.alreadyHeldSoRemoved(name: successor.name, id: successor.id, task: task.id.rawValue,
                                                             from: handing, primary: already == 0))
                }
            } else {
                task.responsible[position] = new
                edit.report.append(.takesOver(name: successor.name, id: successor.id, task: task.id.rawValue, from: handing,
                                              primary: position == 0))
            }
            edit.catalogue.tasks.upsert(task)
            return nil
        }
    }
}

extension Value {
    static let from = Value("--from", "ID", help: "The person who hands the task over (default: its primary person).")
    static let allFrom = Value("--all-from", "ID", help: "Reassign every task of this person (and their deputyships).")
    static let to = Value("--to", "ID", help: "The person who takes over.", required: true)
}
