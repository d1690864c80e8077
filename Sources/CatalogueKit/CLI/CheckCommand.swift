extension Command {
    /// `catalogue check`: load and validate, report everything, exit 1 on errors.
    static let check = Command(spec: CommandSpec(
        name: "check", summary: "Check the catalogue for mistakes before it is published.",
        discussion: """
            Reports every problem in one pass, as file:line:column: error|warning: message.
            Errors must be fixed before export; warnings (a task without a backup, an employee
            without tasks, an external area with no external task) are allowed.
            Exit status: 0 without errors, 1 with errors, 64 when the command is typed wrong.
            """,
        options: [Value.catalogue.spec])
    ) { call, console in
        let (arguments, context) = (call.arguments, call.context)
        guard let (location, loaded) = loadCatalogue(arguments, context, &console) else { return ExitStatus.failure }
        let diagnostics = Validator.check(loaded)
        console.report(diagnostics, pathPrefix: location.displayPrefix)
        let c = loaded.catalogue
        console.print("Checked \(location.displayPrefix.isEmpty ? "." : location.displayPrefix): \(count(c.departments.count, "department")), \(count(c.employees.count, "employee")), \(count(c.tasks.count, "task")), \(count(c.areas.count, "area")); \(count(diagnostics.errorCount, "error")), \(count(diagnostics.warningCount, "warning")).")
        return diagnostics.hasErrors ? ExitStatus.failure : ExitStatus.success
    }

    /// "1 error", "3 warnings".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
