import CatalogueModel

extension ContactReport {
    /// The report as one printable HTML page: a bar chart per table (SVG, no script), each with
    /// its table under it, so the numbers can be read and copied as well as seen.
    public static func html(_ stats: ContactStatistics, settings: Settings, files: [String]) -> String {
        let words = Words.for(settings.language), strings = Strings.for(settings.language)
        var body: [HTMLNode] = [
            .element("h1", text: "\(words.title) – \(settings.organisation)"),
        ]
        var facts: [(String, String)] = [(words.files, files.joined(separator: ", "))]
        if let first = stats.first, let last = stats.last {
            facts.append((words.period, words.span(strings.date(first), strings.date(last))))
            facts.append((words.calls, "\(stats.calls)"))
            if settings.oneEntryPhone != nil {
                facts.append((words.oneEntry, "\(stats.oneEntry) (\(words.percent(tenths(stats.oneEntry, of: stats.calls))))"))
            }
            if stats.switchboard > 0 {
                facts.append((words.switchboard, "\(stats.switchboard) (\(words.percent(tenths(stats.switchboard, of: stats.calls))))"))
            }
        }
        body.append(.element("dl", [], facts.flatMap { [HTMLNode.element("dt", text: $0.0), .element("dd", text: $0.1)] }))
        if stats.calls == 0 { body.append(.element("p", text: words.noCalls)) }
        for (index, table) in tables(stats, words, strings).enumerated() where !table.rows.isEmpty {
            body.append(section(table, id: "tabel-\(index + 1)", total: stats.calls, words, vertical: index == 2))
        }
        if !stats.unknown.isEmpty {
            body.append(.element("section", [("aria-labelledby", "ukendte")], [
                .element("h2", [("id", "ukendte")], text: "\(words.unknownHeading) (\(stats.unattributed))"),
                .element("p", text: words.unknownHow),
                wide(words.unknownHeading, .element("table", [], [
                    .element("thead", [], [.element("tr", [], [
                        .element("th", [("scope", "col")], text: words.number), .element("th", [("scope", "col")], text: words.calls),
                        .element("th", [("scope", "col")], text: words.lines),
                    ])]),
                    .element("tbody", [], stats.unknown.map { unknown in
                        .element("tr", [], [
                            .element("th", [("scope", "row")], text: unknown.number.isEmpty ? words.noNumber : unknown.number),
                            .element("td", [("class", "tal")], text: "\(unknown.calls)"), .element("td", text: places(unknown, limit: 40)),
                        ])
                    }),
                ])),
            ]))
        }
        body.append(.element("p", [("class", "forklaring")], text: words.attributedHow))
        let page = HTMLNode.group([
            .doctype,
            .element("html", [("lang", settings.language.rawValue)], [
                .element("head", [], [
                    .element("meta", [("charset", "utf-8")]),
                    .element("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
                    .element("title", text: "\(words.title) – \(settings.organisation)"),
                    .element("style", [], [.trusted(style)]),
                ]),
                .element("body", [], [.element("main", [], body)]),
            ]),
        ])
        return page.html
    }

    /// A table's section: its heading, the chart, and the table itself.
    private static func section(_ table: Table, id: String, total: Int, _ words: Words, vertical: Bool) -> HTMLNode {
        .element("section", [("aria-labelledby", id)], [
            .element("h2", [("id", id)], text: table.heading),
            .element("figure", [("class", "wide"), ("tabindex", "0")], [
                vertical ? columns(table, words) : bars(table, words),
                .element("figcaption", text: "\(words.chartOf): \(table.heading.lowercased())"),
            ]),
            wide(table.heading, .element("table", [], [
                .element("thead", [], [.element("tr", [], [
                    .element("th", [("scope", "col")], text: table.label), .element("th", [("scope", "col")], text: words.calls),
                    .element("th", [("scope", "col")], text: words.share),
                ])]),
                .element("tbody", [], table.rows.map { row in
                    .element("tr", [], [
                        .element("th", [("scope", "row")], text: row.label), .element("td", [("class", "tal")], text: "\(row.calls)"),
                        .element("td", [("class", "tal")], text: words.percent(tenths(row.calls, of: total))),
                    ])
                }),
            ])),
        ])
    }

    /// A table in a box of its own that scrolls sideways where the screen is narrower than the
    /// table (a phone), and that the keyboard can reach to scroll it.
    private static func wide(_ label: String, _ table: HTMLNode) -> HTMLNode {
        .element("div", [("class", "wide"), ("role", "region"), ("aria-label", label), ("tabindex", "0")], [table])
    }

    /// Horizontal bars, one per row, the label on the left and the count at the bar's end.
    private static func bars(_ table: Table, _ words: Words) -> HTMLNode {
        let most = max(1, table.rows.map(\.calls).max() ?? 1)
        let (labelWidth, barWidth, rowHeight) = (230, 380, 24)
        let height = table.rows.count * rowHeight + 8
        return .element("svg", [("viewBox", "0 0 \(labelWidth + barWidth + 60) \(height)"), ("width", "\(labelWidth + barWidth + 60)"), ("role", "img"),
                                ("aria-label", "\(words.chartOf): \(table.heading)"), ("class", "diagram")], [
            .element("title", text: table.heading),
        ] + table.rows.enumerated().map { index, row in
            let y = index * rowHeight + 4, width = max(1, row.calls * barWidth / most)
            return .element("g", [], [
                .element("text", [("x", "\(labelWidth - 8)"), ("y", "\(y + 16)"), ("text-anchor", "end")], text: shortened(row.label)),
                .element("rect", [("x", "\(labelWidth)"), ("y", "\(y + 3)"), ("width", "\(width)"), ("height", "\(rowHeight - 8)")]),
                .element("text", [("x", "\(labelWidth + width + 6)"), ("y", "\(y + 16)")], text: "\(row.calls)"),
            ])
        })
    }

    /// Columns, one per month in order, the month under each and the count above it.
    private static func columns(_ table: Table, _ words: Words) -> HTMLNode {
        let most = max(1, table.rows.map(\.calls).max() ?? 1)
        let (columnWidth, chartHeight) = (56, 180)
        let width = max(table.rows.count * columnWidth + 20, 200)
        return .element("svg", [("viewBox", "0 0 \(width) \(chartHeight + 60)"), ("width", "\(width)"), ("role", "img"),
                                ("aria-label", "\(words.chartOf): \(table.heading)"), ("class", "diagram")], [
            .element("title", text: table.heading),
        ] + table.rows.enumerated().map { index, row in
            let x = index * columnWidth + 10, height = max(1, row.calls * chartHeight / most)
            let parts = row.label.split(separator: " ")
            return .element("g", [], [
                .element("rect", [("x", "\(x + 8)"), ("y", "\(chartHeight - height + 20)"), ("width", "\(columnWidth - 16)"),
                                  ("height", "\(height)")]),
                .element("text", [("x", "\(x + columnWidth / 2)"), ("y", "\(chartHeight - height + 14)"), ("text-anchor", "middle")],
                         text: "\(row.calls)"),
                .element("text", [("x", "\(x + columnWidth / 2)"), ("y", "\(chartHeight + 36)"), ("text-anchor", "middle")],
                         text: String(parts.first?.prefix(3) ?? "")),
                .element("text", [("x", "\(x + columnWidth / 2)"), ("y", "\(chartHeight + 52)"), ("text-anchor", "middle")],
                         text: String(parts.last ?? "")),
            ])
        })
    }

    /// A label cut to fit beside a bar; the table under the chart has it whole.
    private static func shortened(_ label: String) -> String {
        label.count <= 32 ? label : String(label.prefix(31)) + "…"
    }

    /// The page's style: readable on screen, and on A4 with no chart split across pages.
    private static let style: StaticString = """

        body { font-family: system-ui, sans-serif; color: #1a1a1a; margin: 2rem auto; max-width: 48rem; padding: 0 1rem; line-height: 1.4; }
        h1 { font-size: 1.6rem; }
        h2 { font-size: 1.25rem; margin-top: 2rem; break-after: avoid; }
        dl { display: grid; grid-template-columns: fit-content(50%) minmax(0, 1fr); gap: .25rem 1rem; }
        dt { font-weight: 600; }
        dd { margin: 0; overflow-wrap: anywhere; }
        figure { margin: 1rem 0; break-inside: avoid; }
        figcaption { font-size: .875rem; color: #444; }
        .diagram { display: block; height: auto; font-size: 13px; }
        .wide { overflow-x: auto; }
        .wide:focus-visible { outline: 3px solid #1f5f8b; outline-offset: 2px; }
        .diagram rect { fill: #1f5f8b; }
        .diagram text { fill: #1a1a1a; }
        table { border-collapse: collapse; width: 100%; margin-bottom: 1rem; }
        th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #ccc; vertical-align: top; }
        .tal { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr { break-inside: avoid; }
        .forklaring { font-size: .875rem; color: #444; margin-top: 2rem; }
        @page { size: A4; margin: 18mm 16mm; }
        @media print { body { margin: 0; max-width: none; } section { break-inside: auto; } }

        """
}
