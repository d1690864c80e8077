import CatalogueModel
import CatalogueStorage

extension Command {
    /// `catalogue away EMPLOYEE --cover ID [--from DATE] [--until DATE] [--note TEXT]`: records
    /// a period away with a colleague covering. Nothing in the tasks changes: on the days it
    /// covers, the publications put the cover in the person's place.
    static let away = Command(spec: CommandSpec(
        name: "away", summary: "Record that an employee is away for a period, with a colleague covering.",
        discussion: """
            For leave, sickness or a part-time absence. Nothing in the tasks changes: on the days
            of the absence (judged on the export's --date, or today) the switchboard's list puts
            the cover in the person's place, the staff directory and the internal catalogue say who
            covers and until when, find and show say so, and the web version shows the cover's
            public contact (or the department's) instead of the person. After its last day the
            absence is ignored, and check suggests removing it with 'catalogue back'. A new absence
            replaces the one recorded before.
            """,
        arguments: [.init(name: "EMPLOYEE", help: "The employee's id or full name.")],
        options: [Value.cover.spec, Value.awayFrom.spec, Value.awayUntil.spec, Value.awayNote.spec, Flag.dryRun.spec, Value.catalogue.spec])
    ) { call, console in
        let arguments = call.arguments
        guard arguments.positionals.count == 1, let coverName = arguments.value(.cover) else {
            return call.usageError(UsageError(.nameAwayAndCover), &console)
        }
        let days: [CalendarDay?]
        switch call.days([.awayFrom, .awayUntil]) {
        case .success(let typed): days = typed
        case .failure(let error): return call.usageError(error, &console)
        }
        let from = days[0] ?? CalendarDay(call.context.now), until = days[1]
        let note = arguments.value(.awayNote)?.trimmingCharacters(in: .whitespaces)
        if let note, note.isEmpty { return call.usageError(UsageError(.emptyValue(option: Value.awayNote.spec.name)), &console) }
        return changeCatalogue(call, &console) { edit, console in
            guard case .employee(var person)? = lookup(.employee, arguments.positionals[0], in: edit.loaded, edit.catalogue, edit.location, &console),
                  case .employee(let cover)? = lookup(.employee, coverName, in: edit.loaded, edit.catalogue, edit.location, &console)
            else { return ExitStatus.failure }
            person.absence = Absence(from: from, until: until, cover: cover.id, note: note)
            edit.catalogue.employees.upsert(person)
            edit.report.append(.awayRecorded(name: person.name, id: person.id.rawValue, from: from, until: until,
                                             cover: cover.name, coverID: cover.id.rawValue))
            return nil
        }
    }

    /// `catalogue back EMPLOYEE`: removes a recorded absence.
    static let back = Command(spec: CommandSpec(
        name: "back", summary: "Remove an employee's absence: they are back, or it was recorded by mistake.",
        discussion: "An absence whose last day has passed is ignored anyway; check suggests removing it.",
        arguments: [.init(name: "EMPLOYEE", help: "The employee's id or full name.")],
        options: [Flag.dryRun.spec, Value.catalogue.spec])
    ) { call, console in
        let arguments = call.arguments
        guard arguments.positionals.count == 1 else { return call.usageError(UsageError(.nameWhoIsBack), &console) }
        return changeCatalogue(call, &console) { edit, console in
            guard case .employee(var person)? = lookup(.employee, arguments.positionals[0], in: edit.loaded, edit.catalogue, edit.location, &console) else {
                return ExitStatus.failure
            }
            guard person.absence != nil else {
                console.say(.notAway(name: person.name, id: person.id.rawValue))
                return ExitStatus.success
            }
            person.absence = nil
            edit.catalogue.employees.upsert(person)
            edit.report.append(.backRecorded(name: person.name, id: person.id.rawValue))
            return nil
        }
    }
}

extension Value {
    static let cover = Value("--cover", "ID", help: "The colleague who takes the calls meanwhile (id or full name).", required: true)
    static let awayFrom = Value("--from", "YYYY-MM-DD", help: "The first day away (default: today).")
    static let awayUntil = Value("--until", "YYYY-MM-DD", help: "The last day away; leave it out while the return is not known.")
    static let awayNote = Value("--note", "TEXT", help: "A word for whoever keeps the catalogue, such as 'Barselsorlov'; shown by 'show', never published (why someone is away is personal).")
}
