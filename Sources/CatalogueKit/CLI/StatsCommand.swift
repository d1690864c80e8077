import CatalogueModel
import CatalogueStorage
import CatalogueExport

extension Command {
    /// `catalogue stats LOG.csv... [--since D] [--until D] [--json | --html]`: calls from phone
    /// system logs counted per area, department and month through the catalogue.
    static let stats = Command(spec: CommandSpec(
        name: "stats", summary: "Count calls from the phone system's call logs per area, department and month.",
        discussion: """
            Reads call logs saved as CSV (3CX's call log export, or any log with a time and the
            number or extension each call reached: columns such as Tidspunkt and Nummer; ';' or
            ','; UTF-8 or Windows-1252). Each call counts for the employee or department whose
            number it reached, an extension for the number that ends with it; an employee's calls
            count in their department and in the area where they are the primary person of most
            tasks. The report gives the calls per area, department and month, the share that
            reached the one entry for businesses, and the numbers the catalogue does not know,
            with their lines. Outgoing and internal calls are left out when the log says which
            they are. It uses the catalogue as it is now, where numbers that changed since the
            calls were made count as unknown; --edition uses it as it was in an edition instead.
            """,
        arguments: [.init(name: "LOG", help: "A call log saved as CSV; several may be given.", variadic: true)],
        options: [Value.callsSince.spec, Value.callsUntil.spec, Value.edition.spec, Flag.json.spec, Flag.statsHTML.spec, Value.mapping.spec,
                  Value.delimiter.spec, Value.catalogue.spec])
    ) { call, console in
        let arguments = call.arguments
        if arguments.flag(.json) && arguments.flag(.statsHTML) { return call.usageError(UsageError(.importing(.jsonOrHTML)), &console) }
        let since: CalendarDay?, until: CalendarDay?
        switch call.days([.callsSince, .callsUntil]) {
        case .success(let days): (since, until) = (days[0], days[1])
        case .failure(let error): return call.usageError(error, &console)
        }
        let delimiter: Character?, mapping: [String: String]
        switch Command.delimiter(call) {
        case .success(let given): delimiter = given
        case .failure(let error): return call.usageError(error, &console)
        }
        switch readMapping(call, fields: CallLog.Field.allCases.map(\.rawValue)) {
        case .success(let read): mapping = read
        case .failure(let error): return console.fail(error.message)
        }
        guard let (location, current) = loadCatalogue(arguments, call.context, &console) else { return ExitStatus.failure }
        // People change numbers: calls are best attributed through the catalogue as it was then.
        var loaded = current
        if let edition = arguments.value(.edition) {
            guard let git = repository(location, &console), let (commit, _) = earlierVersion(edition, in: git, &console),
                  let earlier = gitAnswer(git.catalogue(at: commit), "git cat-file", &console) else { return ExitStatus.failure }
            loaded = earlier
        }
        var calls: [Call] = [], skipped = 0
        for file in arguments.positionals {
            let table: CSVReader.Table
            switch readCSV(file, delimiter: delimiter, call.context) {
            case .success(let read): table = read
            case .failure(let error): return console.fail(error.message)
            }
            let columns = ColumnMatch(header: table.header, fields: CallLog.Field.table, mapping: mapping)
            let missing = [CallLog.Field.time, .number].filter { columns.columns[$0.rawValue] == nil && ($0 == .time || columns.columns["reached"] == nil) }
            guard missing.isEmpty else {
                return console.fail(.importing(.logNoColumns(path: file, headers: table.header, missing: missing.map(\.rawValue))))
            }
            console.printError(console.wording.text(.importing(.read(path: file, rows: table.rows.count, delimiter: String(table.delimiter),
                                                                     encoding: table.encoding))))
            console.printError(console.wording.text(.importing(.logColumns(threeCX: CallLog.isThreeCX(columns), columns: columns.understood,
                                                                           ignored: columns.ignored))))
            let reading = CallLog.calls(table, columns, file: file, since: since, until: until)
            for (line, text) in reading.unreadable { console.report(.logBadTime(text: text), file: file, line: line, severity: .warning) }
            calls += reading.calls
            skipped += reading.skipped
        }
        if skipped > 0 { console.printError(console.wording.text(.importing(.logSkipped(calls: skipped)))) }
        let stats = ContactStatistics.of(calls, in: loaded.catalogue)
        let settings = loaded.catalogue.settings, files = arguments.positionals
        if arguments.flag(.json) {
            console.print(JSONWriter.text(stats.json))
        } else if arguments.flag(.statsHTML) {
            console.write(ContactReport.html(stats, settings: settings, files: files))
        } else {
            console.write(ContactReport.text(stats, settings: settings, files: files))
        }
        return ExitStatus.success
    }
}

extension ContactStatistics {
    /// The statistics as data (`--json`): the same in every language.
    var json: JSONNode {
        func counts(_ rows: [Count]) -> JSONNode {
            .array(rows.map { .object([("id", .string($0.id)), ("name", .string($0.name)), ("calls", .integer($0.calls))]) })
        }
        return .object([
            ("first", first.map { .string($0.iso) }), ("last", last.map { .string($0.iso) }),
            ("calls", .integer(calls)), ("oneEntry", .integer(oneEntry)), ("switchboard", .integer(switchboard)),
            ("areas", counts(areas)), ("withoutArea", .integer(withoutArea)), ("departments", counts(departments)),
            ("months", .array(months.map {
                .object([("month", .string(CalendarDay(year: $0.year, month: $0.month, day: 1).iso.dropLast(3).description)),
                         ("calls", .integer($0.calls))])
            })),
            ("unattributed", .integer(unattributed)),
            ("unknown", .array(unknown.map { unknown in
                .object([("number", .string(unknown.number)), ("calls", .integer(unknown.calls)),
                         ("places", .array(unknown.places.map { .object([("file", .string($0.file)), ("line", .integer($0.line))]) }))])
            })),
        ])
    }
}

extension Value {
    static let edition = Value("--edition", "REF",
                               help: "Attribute the calls through the catalogue as it was in this edition (its label or tag), commit, tag or branch, instead of as it is now.")
    static let callsSince = Value("--since", "YYYY-MM-DD", help: "Count only calls on or after this day.")
    static let callsUntil = Value("--until", "YYYY-MM-DD", help: "Count only calls on or before this day.")
}

extension Flag {
    /// `--html`: the report as a printable page.
    static let statsHTML = Flag("--html", help: "Print the report as a printable HTML page with charts.")
}
