import CatalogueModel
import CatalogueStorage
import CatalogueValidation

extension Command {
    /// `catalogue check`: load and validate, report everything, exit 1 on errors.
    static let check = Command(spec: CommandSpec(
        name: "check", summary: "Check the catalogue for mistakes before it is published.",
        discussion: """
            Reports every problem in one pass, as file:line:column: error|warning: message [code].
            Errors must be fixed before export; warnings (such as a task without a backup, an
            employee without tasks, two people given the same phone) are allowed. A warning an entry
            knowingly has can be accepted in its file, with the reason: "accept": {"no-backup": "…"};
            accepted warnings are counted but shown only with --all.
            Exit status: 0 without errors, 1 with errors, 64 when the command is typed wrong.
            """,
        options: [Flag.all.spec, Flag.checkJSON.spec, Value.checkFormat.spec, Value.day.spec, Value.catalogue.spec, Value.klePlan.spec])
    ) { call, console in
        let (arguments, context) = (call.arguments, call.context)
        let today: CalendarDay
        switch call.day() {
        case .success(let day): today = day
        case .failure(let error): return call.usageError(error, &console)
        }
        guard let (location, loaded) = loadCatalogue(arguments, context, &console) else { return ExitStatus.failure }
        let diagnostics = Validator.check(loaded, today: today)
        call.context.keepUntilExit(loaded)
        call.context.keepUntilExit(diagnostics)
        let c = loaded.catalogue
        if let format = arguments.value(.checkFormat) {
            guard let report = PipelineReport(rawValue: format) else {
                return call.usageError(UsageError(.notAChoiceOption(option: "--format", text: format, choices: PipelineReport.allCases.map(\.rawValue))), &console)
            }
            console.write(report.text(diagnostics, pathPrefix: location.displayPrefix, wording: console.wording))
            return diagnostics.hasErrors ? ExitStatus.failure : ExitStatus.success
        }
        if arguments.flag(.checkJSON) {
            console.write(DiagnosticJSON.text(diagnostics, pathPrefix: location.displayPrefix, wording: console.wording) + "\n")
            return diagnostics.hasErrors ? ExitStatus.failure : ExitStatus.success
        }
        console.report(arguments.flag(.all) ? diagnostics : diagnostics.unaccepted, pathPrefix: location.displayPrefix)
        console.say(.checked(place: location.displayPrefix.isEmpty ? "." : location.displayPrefix,
                             departments: c.departments.count, employees: c.employees.count, tasks: c.tasks.count,
                             areas: c.areas.count, errors: diagnostics.errorCount, warnings: diagnostics.warningCount,
                             accepted: diagnostics.acceptedCount))
        return diagnostics.hasErrors ? ExitStatus.failure : ExitStatus.success
    }

    /// "1 error", "3 warnings".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}

extension Flag {
    /// `check --all`: also the warnings that entries accept.
    static let all = Flag("--all", help: "Also show the warnings that entries accept.")
    /// `check --json`: every diagnostic as data.
    static let checkJSON = Flag("--json", help: "Print every diagnostic as JSON (code, severity, file, line, column, text, notes), for CI and editors.")
}

extension Value {
    /// `check --format github|gitlab`: the findings where a git host's pipeline shows them.
    static let checkFormat = Value("--format", "FORMAT", help: "github: workflow annotations (::error file=…,line=…::…) that GitHub shows on the lines; gitlab: a Code Quality report (JSON) for the merge request.")
}

/// Diagnostics as JSON for programs: one object per diagnostic, in file order.
enum DiagnosticJSON {
    /// `{"diagnostics": [...], "errors": N, "warnings": N, "accepted": N}`.
    static func text(_ diagnostics: [Diagnostic], pathPrefix: String, wording: Wording) -> String {
        func place(_ location: SourceLocation) -> [(String, JSONNode?)] {
            [("file", .string(pathPrefix + location.file)), ("line", location.line.map(JSONNode.integer)),
             ("column", location.line.flatMap { $0 > 0 ? location.column : nil }.map(JSONNode.integer))]
        }
        let items: [JSONNode] = diagnostics.map { diagnostic in
            let notes: [JSONNode] = diagnostic.notes.map { note in
                .object([("text", .string(wording.text(note.hint)))] + (note.location.map(place) ?? []))
            }
            return .object([("code", .string(diagnostic.code)), ("severity", .string(diagnostic.severity.rawValue))]
                           + place(diagnostic.location)
                           + [("text", .string(wording.text(diagnostic.problem))), ("notes", .array(notes)),
                              ("accepted", diagnostic.accepted.map(JSONNode.string))])
        }
        return JSONWriter.text(.object([("diagnostics", .array(items)), ("errors", .integer(diagnostics.errorCount)),
                                        ("warnings", .integer(diagnostics.warningCount)),
                                        ("accepted", .integer(diagnostics.acceptedCount))]))
    }
}
