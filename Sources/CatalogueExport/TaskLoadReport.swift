import CatalogueModel

/// The task-load report (`catalogue report`) as text and as a printable page with a bar chart
/// (SVG, no script). Pure functions of the `TaskLoad`.
public enum TaskLoadReport {
    /// How many people the chart shows, most tasks first: a picture of hundreds of bars reads no faster than the table.
    static let chartLimit = 25

    /// Plain text: each part under its heading.
    public static func text(_ load: TaskLoad, language: Language) -> String {
        let t = Strings.ReportTexts.for(language)
        var lines = [t.title, ""]
        lines.append(t.perPerson + ":")
        lines += ListTable.rows([[t.person, t.department, t.primary, t.backup, t.total]]
            + load.people.map { [$0.name, $0.department, String($0.primary), String($0.backup), String($0.total)] }).map { "  " + $0 }
        lines += ["", t.perDepartment + ":"]
        lines += ListTable.rows([[t.department, t.tasks, t.people]]
            + load.units.map { [String(repeating: "  ", count: $0.depth) + $0.name, String($0.tasks), String($0.people)] }).map { "  " + $0 }
        for (heading, items) in findings(load, t) {
            lines += ["", heading + ":"]
            lines += items.isEmpty ? ["  " + t.none] : items.map { "  - " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The page: the chart, the two tables and the findings, printable on A4.
    public static func page(_ load: TaskLoad, settings: Settings, date: CalendarDay) -> String {
        let t = Strings.ReportTexts.for(settings.language)
        // A table wider than a phone scrolls sideways in its own box, which the keyboard can reach.
        func table(_ header: [String], _ rows: [[String]], numeric from: Int, label: String) -> HTMLNode {
            .element("div", [("class", "wide"), ("role", "region"), ("aria-label", label), ("tabindex", "0")], [.element("table", [("class", "org")], [
                .element("thead", [], [.element("tr", [], header.enumerated().map { column, text in
                    .element("th", [("scope", "col"), ("class", column >= from ? "count" : nil)], text: text)
                })]),
                .element("tbody", [], rows.map { row in
                    .element("tr", [], row.enumerated().map { column, text in .element("td", [("class", column >= from ? "count" : nil)], text: text) })
                }),
            ])])
        }
        var body: [HTMLNode] = [.element("h1", text: t.title), .element("p", text: t.intro),
                                .element("h2", text: t.perPerson), chart(load, t),
                                table([t.person, t.department, t.primary, t.backup, t.total],
                                      load.people.map { [$0.name, $0.department, String($0.primary), String($0.backup), String($0.total)] }, numeric: 2, label: t.perPerson),
                                .element("h2", text: t.perDepartment),
                                table([t.department, t.tasks, t.people],
                                      load.units.map { [String(repeating: "– ", count: $0.depth) + $0.name, String($0.tasks), String($0.people)] }, numeric: 1,
                                      label: t.perDepartment)]
        for (heading, items) in findings(load, t) {
            body.append(.element("h2", text: heading))
            body.append(items.isEmpty ? .element("p", [("class", "none")], text: t.none) : .element("ul", [], items.map { .element("li", text: $0) }))
        }
        return Page.document(title: t.title, settings: settings, date: date, body: body)
    }

    /// The findings under their headings, each item one sentence.
    private static func findings(_ load: TaskLoad, _ t: Strings.ReportTexts) -> [(String, [String])] {
        [(t.withoutTasks, load.withoutTasks.map { "\($0.name) (\($0.department))" }),
         (t.withoutBackup, load.withoutBackup.map { task in task.title + (task.primary.map { " (\($0))" } ?? "") }),
         (t.soleHolders, load.soleHolders.map { "\($0.person): " + $0.tasks.joined(separator: "; ") }),
         (t.across, load.across.map(t.acrossLine)),
         (t.areasWithoutExternalTask, load.areasWithoutExternalTask)]
            + (load.round.map { [(t.notConfirmed($0), load.notConfirmed.map { "\($0.name) (\(t.kindWord($0.kind)))" })] } ?? [])
    }

    /// Tasks per person as stacked bars, primary then backup: an image with its text alternative.
    private static func chart(_ load: TaskLoad, _ t: Strings.ReportTexts) -> HTMLNode {
        let shown = load.people.prefix(chartLimit).filter { $0.total > 0 }
        guard let most = shown.map(\.total).max() else { return .empty }
        let label = 190, bar = 360, row = 18
        let scale = Double(bar) / Double(most)
        let height = shown.count * row + 24
        var marks: [HTMLNode] = [.element("title", [("id", "chart-title")], text: t.chartTitle(shown.count))]
        for (index, person) in shown.enumerated() {
            let y = index * row
            let primary = Int((Double(person.primary) * scale).rounded()), backup = Int((Double(person.backup) * scale).rounded())
            marks += [
                .element("text", [("x", String(label - 6)), ("y", String(y + 13)), ("text-anchor", "end")], text: person.name),
                .element("rect", [("x", String(label)), ("y", String(y + 3)), ("width", String(primary)), ("height", String(row - 6)),
                                  ("fill", "#0b4f8a")]),
                .element("rect", [("x", String(label + primary)), ("y", String(y + 3)), ("width", String(backup)), ("height", String(row - 6)),
                                  ("fill", "#9dbbd8")]),
                .element("text", [("x", String(label + primary + backup + 4)), ("y", String(y + 13))], text: "\(person.primary) + \(person.backup)"),
            ]
        }
        marks.append(.element("text", [("x", String(label)), ("y", String(shown.count * row + 16))], text: t.legend))
        return .element("figure", [("class", "chart wide"), ("tabindex", "0")], [
            .element("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("role", "img"), ("aria-labelledby", "chart-title"),
                             ("viewBox", "0 0 \(label + bar + 60) \(height)"), ("width", "100%"), ("font-size", "11"),
                             ("font-family", "Liberation Sans, Arial, sans-serif")], marks),
        ])
    }
}

/// Left-aligned text columns, two spaces apart, no trailing spaces: `list`, `edition list` and the reports.
package enum ListTable {
    package static func rows(_ rows: [[String]]) -> [String] {
        let widths = (0..<(rows.map(\.count).max() ?? 0)).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            var line = row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column] + 2, withPad: " ", startingAt: 0)
            }.joined()
            while line.last?.isWhitespace == true { line.removeLast() }
            return line
        }
    }
}
