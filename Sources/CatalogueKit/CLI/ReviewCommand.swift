import Foundation
import CatalogueModel
import CatalogueStorage
import CatalogueExport

extension Command {
    /// `catalogue review start|confirm|status`: each department confirms its part of the catalogue.
    static let review = Command(group: CommandSpec(
        name: "review", summary: "Ask each department to confirm its part, record the confirmations, and see what is outstanding.",
        arguments: [.init(name: "start|confirm|status", help: "What to do.")]),
        subcommands: [reviewStart, reviewConfirm, reviewStatus])

    /// `catalogue review start [LABEL] [--due DATE] [--out DIR] [--per-person]`.
    static let reviewStart = Command(spec: CommandSpec(
        name: "review start", summary: "Start a review round: record it in the catalogue and write a sheet for each department.",
        discussion: "Writes, in the catalogue's language, one sheet per department for its head (\"head\"; without one, the department's mail): a printable page (department-ID.html) and the same as text for a mail body (department-ID.txt), with every person's contact details and what the website shows of them, every task with its description, keywords, links and people, and what to check, whom to answer and by when. index.html lists the sheets with their recipients' mail addresses. --per-person also writes \"Mine opgaver\" for each employee (employee-ID.html and .txt). The round (label, start and due date) is recorded in catalogue.json; 'catalogue review status' follows it.",
        arguments: [.init(name: "LABEL", help: "The round's name, e.g. \"Gennemgang december 2026\" (default: the month and year).", optional: true)],
        options: [Value.due.spec, Value.reviewOut.spec, Flag.perPerson.spec, Value.date.spec, Value.catalogue.spec])
    ) { call, console in
        guard let date = publicationDate(call, &console) else { return ExitStatus.usage }
        var due: CalendarDay?
        if let text = call.arguments.value(.due) {
            guard let parsed = CalendarDay(iso: text) else { return call.usageError(UsageError(.badDate(option: "--due", text: text)), &console) }
            due = parsed
        }
        guard let (location, loaded) = loadCatalogue(call.arguments, call.context, &console) else { return ExitStatus.failure }
        reportUnreadable(loaded, location, &console)
        guard let (folder, shown) = outputFolder(call, default: "review", location, &console) else { return ExitStatus.failure }
        let settings = loaded.catalogue.settings
        let strings = Strings.for(settings.language)
        let label = call.arguments.positionals.first.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
            ?? Strings.ReviewTexts.for(settings.language).defaultLabel(strings.month(date), date.year)
        let round = ReviewSheets.Round(label: label, due: due, date: date)
        let relations = Relations(loaded.catalogue)
        let sheets = ReviewSheets.departmentSheets(relations, round: round)
            + (call.arguments.flag(.perPerson) ? ReviewSheets.personSheets(relations, round: round) : [])
        let index = ReviewSheets.index(sheets, settings: settings, round: round)
        let renderings = [Rendering.text("index.html") { (index, []) }]
            + sheets.flatMap { sheet in [Rendering.text(sheet.name + ".html") { (sheet.html, []) }, .text(sheet.name + ".txt") { (sheet.text, []) }] }
        guard writeOutputs(renderings, into: folder, shownAs: shown, location, call.context, &console) else { return ExitStatus.failure }
        let status = changeCatalogue(call, &console) { edit, _ in
            edit.catalogue.settings.reviewRound = label
            edit.catalogue.settings.reviewStarted = date.iso
            edit.catalogue.settings.reviewDue = due?.iso
            edit.report.append(.reviewStarted(label: label, sheets: sheets.count, folder: shown))
            return nil
        }
        return status
    }

    /// `catalogue review confirm department|employee|task ID... [--by NAME] [--date D]`.
    static let reviewConfirm = Command(spec: CommandSpec(
        name: "review confirm", summary: "Record that entries were confirmed: the day and by whom, in each entry.",
        discussion: "Confirming a department also confirms the people who work in it and the tasks it owns (its teams are confirmed on their own). Writes \"reviewed\" (the day) and \"reviewedBy\" into each entry, through the same all-or-nothing change as every other command.",
        arguments: [.init(name: "KIND", help: "department, employee or task."),
                    .init(name: "ID", help: "The entries' ids or full names.", variadic: true)],
        options: [Value.by.spec, Value.confirmDate.spec, Flag.dryRun.spec, Value.catalogue.spec])
    ) { call, console in
        guard let kind = call.kind(&console) else { return ExitStatus.usage }
        guard kind != .area else { return call.usageError(UsageError(.notReviewable(call.arguments.positionals[0])), &console) }
        guard let day = publicationDate(call, &console) else { return ExitStatus.usage }
        let by = call.arguments.value(.by)
        return changeCatalogue(call, &console) { edit, console in
            for typed in call.arguments.positionals.dropFirst() {
                guard let entry = lookup(kind, typed, in: edit.loaded, edit.catalogue, edit.location, &console) else { return ExitStatus.failure }
                var entries = [entry]
                if case .department(let department) = entry { entries = edit.catalogue.reviewedWith(department) }
                for confirmed in entries { edit.catalogue.confirm(confirmed, on: day.iso, by: by) }
                edit.report.append(.confirmed(kind: kind, id: entry.id, name: entry.name, with: entries.count - 1))
            }
            return nil
        }
    }

    /// `catalogue review status [--json]`.
    static let reviewStatus = Command(spec: CommandSpec(
        name: "review status", summary: "Show, per department, what is confirmed and what is outstanding in the current round.",
        options: [Flag.json.spec, Value.catalogue.spec])
    ) { call, console in
        guard let (location, loaded) = loadCatalogue(call.arguments, call.context, &console) else { return ExitStatus.failure }
        reportUnreadable(loaded, location, &console)
        let catalogue = loaded.catalogue
        guard let round = catalogue.settings.reviewRound else { return console.fail(.noReviewRound) }
        let relations = Relations(catalogue)
        let parts = relations.departmentTree.map { item in
            (item.department, catalogue.reviewedWith(item.department).map { ($0, catalogue.isConfirmedInRound($0)) })
        }
        if call.arguments.flag(.json) {
            let departments: [JSONNode] = parts.map { department, entries in
                let outstanding: [JSONNode] = entries.filter { !$0.1 }.map { entry, _ in
                    .object([("kind", .string(entry.kind.rawValue)), ("id", .string(entry.id)), ("name", .string(entry.name))])
                }
                return .object([("id", .string(department.id.rawValue)), ("name", .string(department.name)),
                                 ("confirmed", .integer(entries.filter(\.1).count)), ("total", .integer(entries.count)),
                                 ("outstanding", .array(outstanding))])
            }
            console.print(JSONWriter.text(.object([
                ("round", .string(round)), ("started", catalogue.settings.reviewStarted.map(JSONNode.string)),
                ("due", catalogue.settings.reviewDue.map(JSONNode.string)), ("departments", .array(departments)),
            ])))
            return ExitStatus.success
        }
        let strings = Strings.for(catalogue.settings.language), t = Strings.ReviewTexts.for(catalogue.settings.language)
        let all = parts.flatMap(\.1)
        let due = catalogue.settings.reviewDue.flatMap(CalendarDay.init(iso:)).map(strings.date)
        var lines = [t.statusTotal(round, all.filter(\.1).count, all.count, due)]
        for (department, entries) in parts {
            lines += ["", t.statusLine(department.name, entries.filter(\.1).count, entries.count)]
            let outstanding = entries.filter { !$0.1 }.map { "\($0.0.name) (\(strings.commands.word(for: $0.0.kind)))" }
            if !outstanding.isEmpty { lines.append("  \(t.outstanding): " + outstanding.joined(separator: ", ")) }
        }
        console.print(lines.joined(separator: "\n"))
        return ExitStatus.success
    }
}

extension Catalogue {
    /// Records that `entry` was confirmed on `day` (YYYY-MM-DD), by `by` when named.
    mutating func confirm(_ entry: AnyEntry, on day: String, by: String?) {
        switch entry {
        case .department(let value): departments.update(value.id) { $0.reviewed = day; $0.reviewedBy = by }
        case .employee(let value): employees.update(value.id) { $0.reviewed = day; $0.reviewedBy = by }
        case .task(let value): tasks.update(value.id) { $0.reviewed = day; $0.reviewedBy = by }
        case .area: break
        }
    }
}

extension Value {
    static let due = Value("--due", "YYYY-MM-DD", help: "The day the departments' answers are due.")
    static let reviewOut = Value("--out", "DIR", help: "The folder to write the sheets into (default: review).")
    static let by = Value("--by", "NAME", help: "Who confirmed, e.g. the department head's name.")
    static let confirmDate = Value("--date", "YYYY-MM-DD", help: "The day of the confirmation (default: today).")
}

extension Flag {
    static let perPerson = Flag("--per-person", help: "Also write \"Mine opgaver\" for each employee, which colleagues use as a job description.")
}
