import CatalogueModel
import CatalogueSearch
import KLE

/// The internal catalogue: one self-contained HTML file, in the catalogue's language, that
/// prints from a browser to an A4 PDF with a cover, contents, a section per department and per
/// area, and indexes of keywords and employees.
public enum InternalCatalogue {
    /// The whole page.
    public static func render(_ relations: Relations, date: CalendarDay, logo: Logo? = nil, kle: KLEPlanInUse = .shipped,
                              news: EditionChanges.Since? = nil) -> String {
        document(relations, date: date, logo: logo, kle: kle, news: news).html
    }

    /// The whole page as a node, written as it is built (see `HTMLNode.blocks`); with `news`,
    /// a chapter "Nyt siden sidste udgave" follows the guide.
    /// With `descriptions`, the tasks' descriptions are shared with the external page written beside it.
    public static func document(_ relations: Relations, date: CalendarDay, logo: Logo? = nil, kle: KLEPlanInUse = .shipped,
                                news: EditionChanges.Since? = nil, descriptions: SharedDescriptions? = nil) -> HTMLNode {
        let catalogue = relations.catalogue
        let s = Strings.for(catalogue.settings.language)
        let settings = catalogue.settings
        let head = HTMLNode.element("head", [], [
            .element("meta", [("charset", "utf-8")]),
            .element("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
            .element("title", text: "\(settings.title) – \(settings.organisation), \(settings.edition)"),
            // The PDF's author in its metadata.
            .element("meta", [("name", "author"), ("content", settings.organisation)]),
            .element("style", [], [.trusted(style)]),
            // Whom to tell about mistakes, at the foot of every printed page but the cover.
            settings.corrections.map { .element("style", [], [.trusted("\n@page { @bottom-left { content: ", cssString: "\(s.overview.corrections): \($0)", "; font-size: 8pt; color: #4a4a4a; } }\n@page :first { @bottom-left { content: none; } }\n")]) } ?? .empty,
        ])
        let body = HTMLNode.element("body", [], [
            cover(settings, date, logo, s),
            .element("main", [], [
                contents(relations, s, news: news != nil),
                howToUse(settings, s),
                news.map { ChangesReport.chapter($0.changes, since: $0.label, language: settings.language) } ?? .empty,
                organisation(relations, s),
                departments(relations, s),
                areas(relations, s, kle, descriptions),
                IndexEntries.whoDoesWhat(relations, s),
                IndexEntries.employeeIndex(relations.catalogue, s),
            ]),
        ])
        return HTMLNode.group([.doctype, .element("html", [("lang", settings.language.rawValue)], [head, body])])
    }

    private static func cover(_ settings: Settings, _ date: CalendarDay, _ logo: Logo?, _ s: Strings) -> HTMLNode {
        .element("header", [("class", "cover")], [
            // The organisation's name follows in text, so the logo needs no text of its own.
            logo.map { .element("img", [("class", "logo"), ("src", $0.dataURI), ("alt", "")]) } ?? .empty,
            .element("p", [("class", "organisation")], text: settings.organisation),
            .element("h1", text: settings.title),
            .element("p", [("class", "edition")], text: settings.edition),
            .element("p", [("class", "date")], [.text(s.published + " "), .element("time", [("datetime", date.iso)], text: s.date(date))]),
            settings.corrections.map { .element("p", [("class", "corrections")], text: "\(s.overview.corrections): \($0)") } ?? .empty,
        ])
    }

    private static func contents(_ relations: Relations, _ s: Strings, news: Bool) -> HTMLNode {
        func entry(_ anchor: String, _ title: String, _ children: [HTMLNode] = [], depth: Int? = nil) -> HTMLNode {
            .element("li", [("class", depth.map { "depth-\($0)" })], [.element("a", [("href", "#" + anchor)], text: title)]
                + (children.isEmpty ? [] : [.element("ol", [], children)]))
        }
        return .element("nav", [("class", "toc"), ("aria-labelledby", "toc-heading")], [
            .element("h2", [("id", "toc-heading")], text: s.contents),
            .element("ol", [], [
                entry("brug", s.howToUse),
                news ? entry("nyt", Strings.ChangeTexts.for(relations.catalogue.settings.language).chapter) : .empty,
                entry("organisation", s.overview.heading),
                entry("afdelinger", s.departmentsHeading, relations.departmentTree.map { entry(anchor($0.department), $0.department.name, depth: $0.depth) }),
                entry("omraader", s.areasHeading, relations.areasInOrder.map { entry(anchor($0), $0.name) }),
                entry("stikord", s.whoDoesWhatHeading),
                entry("medarbejdere", s.employeeIndexHeading),
            ]),
        ])
    }

    private static func howToUse(_ settings: Settings, _ s: Strings) -> HTMLNode {
        .element("section", [("id", "brug"), ("class", "chapter")], [.element("h2", text: s.howToUse)]
            + s.howToUseText.map { .element("p", text: $0) }
            + [.element("div", [("class", "one-entry")], [
                .element("h3", text: s.oneEntryHeading),
                Fields.list([(s.phone, settings.oneEntryPhone.map(Fields.phone)), (s.mail, settings.oneEntryMail.map(Fields.mail)),
                             (s.openingHours, settings.openingHours.map(HTMLNode.text)),
                             (s.switchboard, settings.switchboardPhone.map(Fields.phone))]),
            ])])
    }

    private static func departments(_ relations: Relations, _ s: Strings) -> HTMLNode {
        .element("section", [("id", "afdelinger"), ("class", "chapter")], [.element("h2", text: s.departmentsHeading)]
            + [.blocks(relations.departmentTree) { department($0.department, relations, s) }])
    }

    /// The department tree on one page: each unit with its phone and how many work in it
    /// (its teams included), so a reader sees the whole organisation before the details.
    private static func organisation(_ relations: Relations, _ s: Strings) -> HTMLNode {
        let catalogue = relations.catalogue
        var headCount: [DepartmentID: Int] = [:]
        for employee in catalogue.employees {
            // Each person counts in their own unit and every unit above it.
            var current: DepartmentID? = employee.department
            var seen: Set<DepartmentID> = []
            while let id = current, seen.insert(id).inserted, let department = catalogue.department(id) {
                headCount[id, default: 0] += 1
                current = department.parent
            }
        }
        return .element("section", [("id", "organisation"), ("class", "overview")], [
            .element("h2", text: s.overview.heading),
            .element("table", [("class", "org")], [
                .element("thead", [], [.element("tr", [], [
                    .element("th", [("scope", "col")], text: s.overview.unit), .element("th", [("scope", "col")], text: s.phone),
                    .element("th", [("scope", "col"), ("class", "count")], text: s.overview.headCount),
                ])]),
                .element("tbody", [], relations.departmentTree.map { item in
                    .element("tr", [("class", "depth-\(min(item.depth, 3))")], [
                        .element("td", [], [.element("a", [("href", "#" + anchor(item.department))], text: item.department.name)]),
                        .element("td", [], [catalogue.inherited(item.department.id, \.phone).map(Fields.phone) ?? .empty]),
                        .element("td", [("class", "count")], text: String(headCount[item.department.id] ?? 0)),
                    ])
                }),
            ]),
        ])
    }

    private static func department(_ department: Department, _ relations: Relations, _ s: Strings) -> HTMLNode {
        let path = relations.catalogue.departmentPath(department.id).dropLast()
        let staff = relations.employees(in: department.id)
        // The heading and its contact details stay together and with the first card: a
        // heading alone at the foot of a page helps nobody.
        return .element("section", [("id", anchor(department)), ("class", "department")], [
            .element("div", [("class", "unit")], [
                .element("h3", text: department.name),
                path.isEmpty ? .empty : .element("p", [("class", "path")], text: "\(s.partOf): " + path.joined(separator: " › ")),
                Fields.list([(s.phone, department.phone.map(Fields.phone)), (s.mail, department.mail.map(Fields.mail)),
                             (s.address, department.address.map(HTMLNode.text)), (s.openingHours, department.openingHours.map(HTMLNode.text)),
                             (s.web, department.web.map(Fields.web))]),
            ]),
            staff.isEmpty ? .empty : .element("div", [("class", "cards")], [.blocks(staff) { employee($0, relations, s) }]),
        ])
    }

    private static func employee(_ employee: Employee, _ relations: Relations, _ s: Strings) -> HTMLNode {
        let held = relations.tasks(heldBy: employee.id)
        let deputy = employee.deputy.flatMap(relations.catalogue.employee)
        return .element("article", [("id", anchor(employee)), ("class", "employee")], [
            .element("h4", text: employee.name),
            .element("p", [("class", "job-title")], text: employee.title),
            Fields.list([(s.phone, employee.phone.map(Fields.phone)), (s.mobile, employee.mobile.map(Fields.phone)),
                         (s.mail, employee.mail.map(Fields.mail)),
                         (s.deputy, deputy.map { .element("a", [("href", "#" + anchor($0))], text: $0.name) }),
                         // The note stays out: why someone is away is personal, and not needed to route a call.
                         (s.absence.label, relations.absence(of: employee.id).map { .element("span", [("class", "away")], text: s.away($0)) })]),
            .element("p", [("class", "label")], text: s.tasksHeld),
            held.isEmpty ? .element("p", [("class", "none")], text: s.noTasks)
                : .element("ul", [("class", "held")], held.map { item in
                    .element("li", [], [.element("a", [("href", "#" + anchor(item.task))], text: item.task.title),
                                        .text(" (" + (item.role == .primary ? s.primary : s.backup).lowercased() + ")")])
                }),
        ])
    }

    /// The areas and their tasks, with the external page's live search over them for readers
    /// on the intranet (the same script and folding; hidden until it runs, and in print).
    private static func areas(_ relations: Relations, _ s: Strings, _ kle: KLEPlanInUse, _ descriptions: SharedDescriptions?) -> HTMLNode {
        let t = Strings.ExternalTexts.for(relations.catalogue.settings.language)
        return .element("section", [("id", "omraader"), ("class", "chapter")], [
            .element("h2", text: s.areasHeading),
            .element("div", [("id", "kat-katalog")], [
                .element("div", [("class", "kat-filter"), ("hidden", ""), ("data-none", s.filterNoMatch(relations.catalogue.settings.oneEntryPhone.map(PhoneNumber.display), relations.catalogue.settings.oneEntryMail)), ("data-count", s.filterCount)], [
                    .element("label", [("for", "opgavefilter")], text: t.searchLabel),
                    .element("input", [("id", "opgavefilter"), ("type", "search"), ("autocomplete", "off"), ("aria-describedby", "filter-hint")]),
                    .element("p", [("id", "filter-hint"), ("class", "hint")], text: s.filterHint),
                    .element("p", [("class", "kat-status"), ("role", "status")], []),
                ]),
            ] + [.blocks(relations.areasInOrder) { area in
                let contact = relations.catalogue.department(area.contactDepartment)
                let tasks = relations.tasks(in: area.id)
                return .element("section", [("id", anchor(area)), ("class", "area kat-area")], [
                    .element("h3", text: area.name),
                    .markdown(area.description, headingBase: 4),
                    Fields.list([(s.contact, contact.map { .element("a", [("href", "#" + anchor($0))], text: $0.name) })]),
                ] + (tasks.isEmpty ? [.element("p", [("class", "none")], text: s.noTasks)] : [.blocks(tasks) { task($0, relations, s, kle, descriptions) }]))
            }] + [KLEPageWords.node(KLEPageWords.topics(for: relations.tasksInOrder.map(\.kle), in: kle)),
                  .element("script", [], ExternalScript.parts.map(HTMLNode.trusted))]),
        ])
    }

    private static func task(_ task: CatalogueTask, _ relations: Relations, _ s: Strings, _ kle: KLEPlanInUse,
                             _ descriptions: SharedDescriptions?) -> HTMLNode {
        let people = relations.people(of: task)
        let description = descriptions.description(of: task.id.rawValue, task.description, headingBase: 5)
        let kleLabels = task.kle.map(kle.label)
        let department = relations.catalogue.department(task.department)
        let primary = s.primary.lowercased(), backup = s.backup.lowercased()
        // Everything a colleague might search for: the internal version may show it all.
        var searchable = DistinctWords()
        for text in [task.title, department?.name ?? "", task.internalNote ?? ""]
            + people.map(\.name) + task.keywords + kleLabels { searchable.add(text) }
        searchable.add(description.words)
        return .element("article", [("id", anchor(task)), ("class", "task kat-task"), ("data-search", searchable.joined),
                                    ("data-kle", KLEPageWords.attribute(KLEPageWords.numbers(task.kle, in: kle)))], [
            .element("h4", text: task.title),
            task.audience == .internal ? .element("p", [("class", "badge")], text: s.internalTask) : .empty,
            description.html,
            .element("ol", [("class", "people")], people.enumerated().map { position, person in
                .element("li", [], [
                    .element("a", [("href", "#" + anchor(person))], text: person.name),
                    .text(" (\(position == 0 ? primary : backup)), \(person.title)"),
                    person.phone.map { .group([.text(", "), Fields.phone($0)]) } ?? .empty,
                    relations.absence(of: person.id).map { .element("span", [("class", "away")], text: " – " + s.away($0)) } ?? .empty,
                ])
            }),
            Fields.list([(s.department, department.map { .element("a", [("href", "#" + anchor($0))], text: $0.name) }),
                         (s.keywords, task.keywords.isEmpty ? nil : .text(task.keywords.joined(separator: ", "))),
                         (s.kle, kleLabels.isEmpty ? nil : .text(kleLabels.joined(separator: "; "))),
                         (s.selfService, task.links.isEmpty ? nil : .group(task.links.enumerated().map { position, link in
                             .group([position == 0 ? .empty : .text(", "), HTMLNode.link(link.url, [], [.text(link.title)])])
                         })),
                         (s.internalNote, task.internalNote.map(HTMLNode.text))]),
        ])
    }

    static func anchor(_ department: Department) -> String { "department-" + department.id.rawValue }
    static func anchor(_ employee: Employee) -> String { "employee-" + employee.id.rawValue }
    static func anchor(_ task: CatalogueTask) -> String { "task-" + task.id.rawValue }
    static func anchor(_ area: Area) -> String { "area-" + area.id.rawValue }

    /// The print style: A4 pages with numbers, a page per chapter, nothing split across pages.
    static let style: StaticString = """

        :root { --ink: #1b1b1b; --muted: #4a4a4a; --accent: #0b4f8a; --rule: #c8c8c8; --tint: #eef3f8; }
        * { box-sizing: border-box; }
        html { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; color: var(--ink); background: #fff; line-height: 1.45; }
        body { margin: 0 auto; max-width: 52rem; padding: 1.5rem; }
        a { color: var(--accent); overflow-wrap: anywhere; }
        a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        h1, h2, h3, h4, h5, h6 { line-height: 1.2; break-after: avoid; page-break-after: avoid; }
        h2 { font-size: 1.6rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; margin-top: 2.5rem; }
        h3 { font-size: 1.25rem; margin: 1.8rem 0 .4rem; }
        h4 { font-size: 1.05rem; margin: 0 0 .2rem; }
        h5, h6 { font-size: 1rem; margin: .8rem 0 .2rem; }
        p { margin: .3rem 0 .5rem; orphans: 3; widows: 3; }
        .cover { min-height: 60vh; display: flex; flex-direction: column; justify-content: center; border-left: .6rem solid var(--accent); padding-left: 1.5rem; }
        .cover .organisation { font-size: 1.3rem; font-weight: bold; color: var(--accent); margin: 0; }
        .cover h1 { font-size: 2.6rem; margin: .5rem 0; }
        .cover .edition { font-size: 1.3rem; margin: 0; }
        .cover .date, .cover .corrections { color: var(--muted); }
        .cover .logo { display: block; max-width: 18rem; max-height: 4.5rem; margin-bottom: 1.5rem; }
        .toc ol { list-style: none; padding-left: 0; }
        .toc > ol > li { margin-top: .6rem; font-weight: bold; }
        .toc ol ol { font-weight: normal; padding-left: 1rem; }
        .toc .depth-1 { padding-left: 1rem; }
        .toc .depth-2 { padding-left: 2rem; }
        .toc .depth-3, .toc .depth-4 { padding-left: 3rem; }
        .one-entry { background: var(--tint); border-left: .3rem solid var(--accent); padding: .6rem 1rem; margin-top: 1rem; }
        .one-entry h3 { margin-top: 0; }
        dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; margin: .3rem 0 .5rem; }
        dl.fields dt { font-weight: bold; }
        dl.fields dd { margin: 0; }
        .path, .job-title, .none { color: var(--muted); }
        .label { font-weight: bold; margin-bottom: 0; }
        .department { border-top: 1px solid var(--rule); margin-top: 1.5rem; }
        .employee, .task { border: 1px solid var(--rule); border-radius: .3rem; padding: .6rem .8rem; margin: .8rem 0; break-inside: avoid; page-break-inside: avoid; }
        .held, .people { margin: .2rem 0 .4rem; padding-left: 1.4rem; }
        .badge { display: inline-block; background: #5c2d00; color: #fff; font-size: .85rem; padding: 0 .4rem; border-radius: .2rem; }
        .away { font-weight: 600; }
        .index h3 { border-bottom: 1px solid var(--rule); margin: 1rem 0 .3rem; break-after: avoid; page-break-after: avoid; }
        .index ul { list-style: none; padding: 0; margin: 0; }
        .index li { padding: .1rem 0; break-inside: avoid; page-break-inside: avoid; }
        .index ul.targets { padding-left: 1rem; }
        .index ul.targets li { padding: 0; }
        .index .term { font-weight: bold; }
        .compact .letter-group { margin: .3rem 0; }
        .compact h3.letter { float: left; width: 1.6rem; margin: 0; border: 0; font-size: 1rem; line-height: 1.45; }
        .compact .letter-group ul { margin-left: 1.6rem; }
        .compact .letter-group::after { content: ""; display: block; clear: both; }
        .overview { margin-top: 2rem; }
        table.org { border-collapse: collapse; width: 100%; }
        table.org th, table.org td { text-align: left; padding: .15rem .5rem .15rem 0; border-bottom: 1px solid var(--rule); vertical-align: top; }
        table.org .count { text-align: right; padding-right: 0; padding-left: .75rem; }
        .wide { overflow-x: auto; }
        .wide:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        .chart svg { min-width: 34rem; }
        table.org .depth-1 td:first-child { padding-left: 1.2rem; }
        table.org .depth-2 td:first-child { padding-left: 2.4rem; }
        table.org .depth-3 td:first-child { padding-left: 3.6rem; }
        table.org .depth-0 td:first-child { font-weight: bold; }
        .unit { break-inside: avoid; page-break-inside: avoid; break-after: avoid; page-break-after: avoid; }
        .tel { white-space: nowrap; }
        .kat-filter { margin: 1rem 0; }
        .kat-filter label { display: block; font-weight: bold; }
        .kat-filter input { width: 100%; max-width: 30rem; font: inherit; padding: .3rem .4rem; border: 2px solid var(--ink); border-radius: .2rem; }
        .kat-filter .hint { color: var(--muted); font-size: .9rem; }
        [hidden] { display: none !important; }
        @page { size: A4; margin: 18mm 16mm 20mm 16mm;
          @bottom-right { content: counter(page) " / " counter(pages); font-size: 9pt; color: #4a4a4a; } }
        @page :first { @bottom-right { content: none; } }
        @media print {
          html { font-size: 10.5pt; }
          body { max-width: none; padding: 0; }
          .cover { min-height: 240mm; break-after: page; page-break-after: always; }
          .chapter, .toc { break-before: page; page-break-before: always; }
          .toc a::after { content: leader(".") " " target-counter(attr(href url), page); }
          .index a[href^="#"]::after { content: " (" target-counter(attr(href url), page) ")"; }
          a { color: var(--ink); text-decoration: none; }
          a[href^="http"]:not(.url)::after { content: " (" attr(href) ")"; font-size: .85em; color: var(--muted); }
          .department { border-top: 0; }
          .department > h3 { break-before: auto; }
          .kat-filter { display: none !important; }
          .overview { break-before: auto; }
          table.org { font-size: .92em; }
          /* Two columns of cards and index entries: more on a page, less to turn. */
          .letters { columns: 2; column-gap: 7mm; }
          .cards { display: grid; grid-template-columns: 1fr 1fr; column-gap: 7mm; align-items: start; }
          .employee { font-size: .9em; padding: .35rem .55rem; margin: 0 0 .45rem; }
          .employee h4 { font-size: 1.05em; }
          .employee .job-title { margin: 0 0 .15rem; }
          .employee dl.fields { margin: .1rem 0 .2rem; }
          .employee .label { margin-top: .15rem; }
          .held { margin: 0; padding-left: 1.1rem; }
          .letters { font-size: .92em; }
          .letter-group { break-inside: auto; }
        }

        """
}
