import CatalogueModel
import CatalogueStorage
import CatalogueExport

extension Command {
    /// `catalogue report [--json | --html]`: the task load, for distributing new tasks.
    static let report = Command(spec: CommandSpec(
        name: "report", summary: "Show who carries which tasks and where the weak spots are, for distributing new tasks.",
        discussion: "In the catalogue's language: tasks per person (as primary person and as backup) and per department; people with no tasks; tasks with no backup; people who alone hold several tasks; backups and deputies in another department; areas with significant business contact but no external task; during a review round, what is not yet confirmed. --html prints a printable page with a bar chart, --json the same as data.",
        options: [Flag.json.spec, Flag.html.spec, Value.date.spec, Value.catalogue.spec])
    ) { call, console in
        guard let format = reportFormat(call, &console) else { return ExitStatus.usage }
        guard let (location, loaded) = loadCatalogue(call.arguments, call.context, &console) else { return ExitStatus.failure }
        reportUnreadable(loaded, location, &console)
        let load = TaskLoad(Relations(loaded.catalogue))
        let settings = loaded.catalogue.settings
        printReport(format, &console, json: { json(load) }, html: { TaskLoadReport.page(load, settings: settings, date: $0) },
                    text: { TaskLoadReport.text(load, language: settings.language) })
        return ExitStatus.success
    }

    /// The load as data, with ids where an entry has one.
    static func json(_ load: TaskLoad) -> JSONNode {
        func person(_ person: TaskLoad.Person) -> JSONNode {
            .object([("id", .string(person.id)), ("name", .string(person.name)), ("department", .string(person.department)),
                     ("primary", .integer(person.primary)), ("backup", .integer(person.backup))])
        }
        return .object([
            ("people", .array(load.people.map(person))),
            ("departments", .array(load.units.map { unit in
                .object([("id", .string(unit.id)), ("name", .string(unit.name)), ("tasks", .integer(unit.tasks)), ("people", .integer(unit.people))])
            })),
            ("withoutTasks", .strings(load.withoutTasks.map(\.id))),
            ("withoutBackup", .strings(load.withoutBackup.map(\.id))),
            ("soleHolders", .array(load.soleHolders.map { .object([("id", .string($0.id)), ("tasks", .strings($0.tasks))]) })),
            ("acrossDepartments", .array(load.across.map { across in
                .object([("role", .string(across.role.rawValue)), ("person", .string(across.person)),
                         ("personDepartment", .string(across.personDepartment)), ("of", .string(across.of)),
                         ("ofDepartment", .string(across.ofDepartment))])
            })),
            ("areasWithoutExternalTask", .strings(load.areasWithoutExternalTask)),
            ("round", load.round.map(JSONNode.string)),
            ("notConfirmed", .array(load.notConfirmed.map { .object([("kind", .string($0.kind.rawValue)), ("id", .string($0.id))]) })),
        ])
    }
}
