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
                    .init(name: "ID", help: "The task's id.", optional: true)],
        options: [Value.from.spec, Value.allFrom.spec, Value.to.spec, Flag.dryRun.spec, Value.catalogue.spec])
    ) { call, console in
        let arguments = call.arguments
        guard let to = arguments.value(.to) else { return call.usageError("missing --to ID: the person who takes over", &console) }
        let allFrom = arguments.value(.allFrom)
        let positionals = arguments.positionals
        if let allFrom {
            if !positionals.isEmpty || arguments.value(.from) != nil {
                return call.usageError("--all-from reassigns every task of a person; leave out 'task ID' and --from", &console)
            }
            if allFrom == to { return call.usageError("--all-from and --to name the same person", &console) }
        } else {
            guard positionals.count == 2, positionals[0] == "task" || positionals[0] == "tasks" else {
                return call.usageError("name the task ('reassign task ID --to B'), or all of a person's tasks ('reassign --all-from A --to B')", &console)
            }
        }
        return changeCatalogue(call, &console) { edit, console in
            guard let successor = lookup(.employee, to, in: edit.loaded, edit.catalogue, edit.location, &console) else { return ExitStatus.failure }
            if let allFrom {
                // The person may already be gone: their id still stands in the files that name them.
                let references = edit.catalogue.references(to: .employee, allFrom)
                guard edit.catalogue.employee(EmployeeID(allFrom)) != nil || !references.isEmpty else {
                    _ = lookup(.employee, allFrom, in: edit.loaded, edit.catalogue, edit.location, &console)
                    return ExitStatus.failure
                }
                edit.catalogue.redirect(.employee, from: allFrom, to: to)
                if !references.isEmpty { edit.report.append("Gave \(describe(references)) of \(allFrom) to \(successor.name) (\(to)).") }
                return nil
            }
            let id = positionals[1]
            guard case .task(var task)? = lookup(.task, id, in: edit.loaded, edit.catalogue, edit.location, &console) else { return ExitStatus.failure }
            let from = arguments.value(.from).map { EmployeeID($0) } ?? task.responsible.first
            guard let from, let position = task.responsible.firstIndex(of: from) else {
                let listed = task.responsible.map(\.rawValue).joined(separator: ", ")
                return console.fail("\(arguments.value(.from) ?? "nobody") is not responsible for task '\(id)' (its people: \(listed.isEmpty ? "none" : listed)); nothing was changed")
            }
            if from.rawValue == to {
                console.print("Nothing to change: \(to) already holds the task in that place.")
                return ExitStatus.success
            }
            let new = EmployeeID(to)
            if let already = task.responsible.firstIndex(of: new) {
                // Taking over the primary's place moves a backup forward; elsewhere they stay put.
                task.responsible.remove(at: position)
                if position == 0 { task.responsible.remove(at: already - 1); task.responsible.insert(new, at: 0) }
            } else {
                task.responsible[position] = new
            }
            edit.catalogue.tasks.upsert(task)
            edit.report.append("\(successor.name) (\(to)) takes over task '\(id)' from \(from) as \(position == 0 ? "primary person" : "backup").")
            return nil
        }
    }
}

extension Value {
    static let from = Value("--from", "ID", help: "The person who hands the task over (default: its primary person).")
    static let allFrom = Value("--all-from", "ID", help: "Reassign every task of this person (and their deputyships).")
    static let to = Value("--to", "ID", help: "The person who takes over.", required: true)
}
