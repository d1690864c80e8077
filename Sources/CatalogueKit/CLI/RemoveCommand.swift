import CatalogueModel
import CatalogueStorage

extension Command {
    /// `catalogue remove KIND ID [--reassign-to ID]`: deletes an entry, refusing while others
    /// still refer to it unless a successor takes over what referred to it.
    static let remove = Command(spec: CommandSpec(
        name: "remove", summary: "Remove a department, employee, task or area.",
        discussion: """
            An entry that others still refer to is not removed; the command lists them. With
            --reassign-to, the successor takes over: a person's tasks (in the same place in each
            list; not twice where the successor is already listed) and the colleagues they were
            deputy for; a department's employees, teams, tasks and areas; an area's tasks.
            """,
        arguments: [.kind,
                    .init(name: "ID", help: "The id or full name of the entry to remove.")],
        options: [Value.reassignTo.spec, Flag.dryRun.spec, Value.catalogue.spec])
    ) { call, console in
        let arguments = call.arguments
        guard let kind = call.kind(&console) else { return ExitStatus.usage }
        let id = arguments.positionals[1]
        let successor = arguments.value(.reassignTo)
        if successor == id { return call.usageError(UsageError(.successorIsTheSame(kind: kind)), &console) }
        if successor != nil && kind == .task { return call.usageError(UsageError(.reassignToForTask), &console) }
        return changeCatalogue(call, &console) { edit, console in
            guard let entry = lookup(kind, id, in: edit.loaded, edit.catalogue, edit.location, &console) else { return ExitStatus.failure }
            let references = edit.catalogue.references(to: kind, entry.id)
            if let typed = successor {
                guard let heir = lookup(kind, typed, in: edit.loaded, edit.catalogue, edit.location, &console) else { return ExitStatus.failure }
                if heir.id == entry.id { return call.usageError(UsageError(.successorIsTheSame(kind: kind)), &console) }
                edit.catalogue.redirect(kind, from: entry.id, to: heir.id)
                edit.report += handOverReport(references, from: entry, to: heir, in: edit.catalogue)
            } else if !references.isEmpty {
                let prefix = edit.location.displayPrefix
                for reference in references {
                    console.printError(console.wording.text(.referredBy(path: prefix + reference.kind.path(for: reference.id), role: reference.role)))
                }
                let example = likelySuccessor(entry, in: edit.catalogue) ?? "ID"
                return console.fail(.stillReferred(kind: kind, id: entry.id, name: entry.name, references: counted(references), example: example))
            }
            edit.catalogue.remove(kind, entry.id)
            return nil
        }
    }

    /// What a hand-over did, said plainly: what the successor took over, and (since they cannot
    /// be their own deputy) whom they have as deputy now when it was the one who left.
    static func handOverReport(_ references: [Reference], from entry: AnyEntry, to heir: AnyEntry, in catalogue: Catalogue) -> [Message] {
        let ownDeputy = references.filter { $0.kind == .employee && $0.field == "deputy" && $0.id == heir.id }
        let given = references.filter { !($0.kind == .employee && $0.field == "deputy" && $0.id == heir.id) }
        var lines: [Message] = []
        if !given.isEmpty {
            lines.append(.gaveTo(references: counted(given), from: entry.id, fromName: entry.name, to: heir.id, toName: heir.name))
        }
        if !ownDeputy.isEmpty {
            let deputy = catalogue.employee(EmployeeID(heir.id))?.deputy.flatMap(catalogue.employee)
            lines.append(.leaverWasDeputy(leaver: entry.id, leaverName: entry.name, heir: heir.id, heirName: heir.name,
                                          newDeputy: deputy?.id.rawValue, newDeputyName: deputy?.name))
        }
        return lines
    }

    /// Who would most likely take over from `entry`, for the example in a message: a person's
    /// deputy or a colleague in their department, a department's parent, another area.
    static func likelySuccessor(_ entry: AnyEntry, in catalogue: Catalogue) -> String? {
        switch entry {
        case .employee(let person):
            return person.deputy?.rawValue ?? catalogue.employees.first { $0.department == person.department && $0.id != person.id }?.id.rawValue
        case .department(let department):
            return department.parent?.rawValue ?? catalogue.departments.first { $0.id != department.id }?.id.rawValue
        case .area(let area):
            return catalogue.areas.first { $0.id != area.id }?.id.rawValue
        case .task:
            return nil
        }
    }

    /// What references amount to, counted by kind in the order first met: 3 tasks and 1 deputyship.
    static func counted(_ references: [Reference]) -> [ReferenceCount] {
        var counts: [ReferenceCount] = []
        for reference in references {
            let noun = reference.noun
            if let index = counts.firstIndex(where: { $0.noun == noun }) {
                counts[index].count += 1
            } else {
                counts.append(ReferenceCount(noun: noun, count: 1))
            }
        }
        return counts
    }
}

extension Reference {
    /// What the reference is, counted: a task (held), a deputyship, an employee, a team, ...
    var noun: ReferenceNoun {
        switch (kind, field) {
        case (.task, "responsible"): return .task
        case (.employee, "deputy"): return .deputyship
        case (.employee, "absence.cover"): return .cover
        case (.department, "head"): return .headship
        case (.department, _): return .subDepartment
        case (.area, _): return .area
        case (.employee, _): return .employee
        default: return .task
        }
    }

    /// The reference in words, for the list of what still refers to an entry.
    var role: ReferenceRole {
        switch field {
        case "responsible": return position == 0 ? .primaryOfTask : .backupOnTask
        case "deputy": return .deputyOfEmployee
        case "absence.cover": return .coverForEmployee
        case "parent": return .parentOfDepartment
        case "contactDepartment": return .contactDepartmentOfArea
        case "department": return .departmentOf(kind)
        default: return .field(field)
        }
    }
}

extension Value {
    static let reassignTo = Value("--reassign-to", "ID", help: "The successor who takes over everything that referred to the removed entry.")
}
