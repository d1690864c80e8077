import CatalogueModel
import CatalogueStorage

extension Command {
    /// `catalogue import FILE.csv [--mapping MAP.json] [--dry-run]`: people and tasks from a
    /// spreadsheet, as one change through the transaction every change goes through.
    static let importSheet = Command(spec: CommandSpec(
        name: "import", summary: "Add or update people and tasks from a spreadsheet saved as CSV.",
        discussion: """
            Reads a sheet saved as CSV by Excel or LibreOffice (';' or ',', UTF-8 with or without
            BOM, or Windows-1252) with one row per person, or one row per person and task (a
            column Opgave/Task). Columns are known by their headers in Danish or English (Navn,
            Initialer, Stilling, Afdeling, Telefon, Mobil, Mail, Stedfortræder, Opgave, Område,
            Rolle, Stikord, KLE, Beskrivelse, ...); the command lists how it read them. People
            are found by initials, mail or full name, tasks by title, departments and areas by
            name; what is new is added, a name close to an existing one is asked about. Empty
            cells change nothing and nothing is removed, so importing the file again changes
            nothing. A row that cannot be imported is named with its line, and then nothing is
            written.
            """,
        arguments: [.init(name: "FILE", help: "The spreadsheet, saved as CSV.")],
        options: [Value.mapping.spec, Value.delimiter.spec, Flag.dryRun.spec, Value.catalogue.spec])
    ) { call, console in
        let file = call.arguments.positionals[0]
        let delimiter: Character?
        switch Command.delimiter(call) {
        case .success(let given): delimiter = given
        case .failure(let error): return call.usageError(error, &console)
        }
        let mapping: [String: String], table: CSVReader.Table
        switch readMapping(call, fields: ImportField.allCases.map(\.rawValue)) {
        case .success(let read): mapping = read
        case .failure(let error): return console.fail(error.message)
        }
        switch readCSV(file, delimiter: delimiter, call.context) {
        case .success(let read): table = read
        case .failure(let error): return console.fail(error.message)
        }
        let columns = ColumnMatch(header: table.header, fields: ImportField.table, mapping: mapping)
        guard [ImportField.name, .initials, .mail].contains(where: { columns.columns[$0.rawValue] != nil }) else {
            return console.fail(.importing(.noColumns(path: file, headers: table.header)))
        }
        console.printError(console.wording.text(.importing(.read(path: file, rows: table.rows.count, delimiter: String(table.delimiter),
                                                                         encoding: table.encoding))))
        console.printError(console.wording.text(.importing(.columns(layout: SpreadsheetImport.layout(columns), columns: columns.understood,
                                                                            ignored: columns.ignored))))
        return changeCatalogue(call, &console) { edit, console in
            var sheet = SpreadsheetImport(catalogue: edit.catalogue, columns: columns, unreadable: edit.loaded.unreadable)
            sheet.importRows(table.rows, headerCount: table.header.count)
            guard sheet.problems.isEmpty else {
                let problems = sheet.problems.sorted { $0.line < $1.line }
                for problem in problems { console.report(problem.message, file: file, line: problem.line, notes: problem.notes) }
                return console.fail(.importing(.refused(path: file, rows: Set(problems.map(\.line)).count)))
            }
            edit.catalogue = sheet.catalogue
            edit.report += sheet.report
            return nil
        }
    }
}
