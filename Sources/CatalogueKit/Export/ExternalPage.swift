/// The external web version, for the municipality's website: a complete page, and the same
/// content as a fragment to paste into a CMS. It is rendered from `PublicCatalogue` only, so
/// nothing the external filter left out can appear, not even in an attribute or a script.
public enum ExternalPage {
    /// The complete page.
    public static func page(_ catalogue: PublicCatalogue, date: PublicationDate) -> String {
        let header = catalogue.settings
        let s = Strings.for(header.language)
        let head = HTMLNode.element("head", [], [
            .element("meta", [("charset", "utf-8")]),
            .element("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
            .element("title", text: "\(s.externalTitle) – \(header.organisation)"),
            .element("style", [], [.trusted(pageStyle), .trusted(style)]),
        ])
        let body = HTMLNode.element("body", [], [content(catalogue, date: date, page: true)])
        return HTMLNode.group([.doctype, .element("html", [("lang", header.language.rawValue)], [head, body])]).html
    }

    /// The fragment for a CMS page, which has its own title (`h1`), header, main, footer, skip
    /// link and accessibility statement: the same content without those, starting at `h2`, with
    /// its own scoped style.
    public static func fragment(_ catalogue: PublicCatalogue, date: PublicationDate) -> String {
        HTMLNode.group([.element("style", [], [.trusted(style)]), content(catalogue, date: date, page: false)]).html
    }

    private static func content(_ catalogue: PublicCatalogue, date: PublicationDate, page: Bool) -> HTMLNode {
        let header = catalogue.settings
        let s = Strings.for(header.language)
        let tasks = catalogue.areas.flatMap(\.tasks)
        return .element("div", [("class", "catalogue-ext"), ("lang", header.language.rawValue)], [
            page ? .element("a", [("class", "skip"), ("href", "#indhold")], text: s.skipLink) : .empty,
            .element(page ? "header" : "div", [("class", "intro")], [
                page ? .element("p", [("class", "organisation")], text: header.organisation) : .empty,
                page ? .element("h1", text: s.externalTitle) : .empty,
                .element("p", text: s.externalIntro),
                oneEntry(header, s),
            ]),
            .element("nav", [("aria-labelledby", "omraader-nav")], [
                .element("h2", [("id", "omraader-nav")], text: s.areasNavigation),
                .element("ul", [("class", "area-links")], catalogue.areas.map { area in
                    .element("li", [], [.element("a", [("href", "#" + anchor(area))], text: area.name)])
                }),
            ]),
            .element(page ? "main" : "div", [("id", page ? "indhold" : nil), ("class", "areas")], [
                .element("div", [("class", "filter"), ("hidden", ""), ("data-none", s.filterNoMatch), ("data-count", s.filterCount)], [
                    .element("label", [("for", "opgavefilter")], text: s.filterLabel),
                    .element("input", [("id", "opgavefilter"), ("type", "search"), ("autocomplete", "off"), ("aria-describedby", "filter-hint")]),
                    .element("p", [("id", "filter-hint"), ("class", "hint")], text: s.filterHint),
                    .element("p", [("class", "status"), ("role", "status")], []),
                ]),
            ] + catalogue.areas.map { area($0, s) } + [index(tasks, s)]),
            .element(page ? "footer" : "div", [("class", "page-footer")], [
                .element("p", [], [.text("\(header.organisation) · \(header.title), \(header.edition) · "),
                                   .element("time", [("datetime", date.iso)], text: s.date(date))]),
                page ? header.accessibilityStatement.map { .element("p", [], [.link($0, [], [.text(s.accessibilityStatement)])]) } ?? .empty : .empty,
            ]),
            .element("script", [], [.trusted(script)]),
        ])
    }

    private static func oneEntry(_ header: Settings, _ s: Strings) -> HTMLNode {
        .element("section", [("class", "one-entry"), ("aria-labelledby", "en-indgang")], [
            .element("h2", [("id", "en-indgang")], text: s.oneEntryHeading),
            Fields.list([(s.phone, header.oneEntryPhone.map(Fields.phone)), (s.mail, header.oneEntryMail.map(Fields.mail)),
                         (s.openingHours, header.openingHours.map(HTMLNode.text))]),
        ])
    }

    private static func area(_ area: PublicCatalogue.Area, _ s: Strings) -> HTMLNode {
        // "_" cannot occur in an id, so the heading's id never meets another area's.
        .element("section", [("id", anchor(area)), ("class", "area"), ("aria-labelledby", anchor(area) + "_titel")], [
            .element("h2", [("id", anchor(area) + "_titel")], text: area.name),
            .markdown(area.description, headingBase: 3),
            area.contact.map { contact(s.contact, $0, s) } ?? .empty,
        ] + area.tasks.map { task($0, s) })
    }

    private static func task(_ task: PublicCatalogue.PublicTask, _ s: Strings) -> HTMLNode {
        // The filter searches the title and keywords, which are public; lower case so the script need not.
        let searchText = ([task.title] + task.keywords).joined(separator: " ").lowercased()
        return .element("article", [("id", "opgave-" + task.id), ("class", "task"), ("data-search", searchText)], [
            .element("h3", text: task.title),
            .markdown(task.description, headingBase: 4),
            task.people.isEmpty ? .empty : .element("ul", [("class", "people")], task.people.map { person in
                .element("li", [], [
                    .element("span", [("class", "name")], text: person.name), .text(", " + person.title),
                    person.phone.map { .group([.text(", " + s.phone.lowercased() + " "), Fields.phone($0)]) } ?? .empty,
                    person.mail.map { .group([.text(", "), Fields.mail($0)]) } ?? .empty,
                ])
            }),
            contact(task.people.isEmpty ? s.contactThroughDepartment : s.department, task.department, s),
            task.links.isEmpty ? .empty : .element("ul", [("class", "links")], task.links.map { link in
                .element("li", [], [.link(link.url, [], [.text(link.title)])])
            }),
            task.keywords.isEmpty ? .empty : .element("p", [("class", "keywords")], text: "\(s.keywords): " + task.keywords.joined(separator: ", ")),
        ])
    }

    private static func contact(_ label: String, _ department: PublicCatalogue.Contact, _ s: Strings) -> HTMLNode {
        let details: [HTMLNode] = [
            department.phone.map { .group([.text(s.phone.lowercased() + " "), Fields.phone($0)]) },
            department.mail.map(Fields.mail),
            department.openingHours.map { .text($0) },
        ].compactMap { $0 }
        return .element("p", [("class", "contact")], [.element("strong", text: label + ": "), .text(department.name)]
            + details.flatMap { [HTMLNode.text(", "), $0] })
    }

    private static func index(_ tasks: [PublicCatalogue.PublicTask], _ s: Strings) -> HTMLNode {
        let entries = tasks.flatMap { task in
            ([task.title] + task.keywords).map { IndexEntries.Entry(term: $0, target: "opgave-" + task.id, targetTitle: task.title) }
        }
        return .element("section", [("id", "emner"), ("class", "index"), ("aria-labelledby", "emner-h")],
                        [.element("h2", [("id", "emner-h")], text: s.externalIndexHeading)]
                            + IndexEntries.grouped(entries, level: 3, idPrefix: "emner", otherLabel: s.indexOther))
    }

    static func anchor(_ area: PublicCatalogue.Area) -> String { "omraade-" + area.id }

    /// Page-level style for the complete page only.
    static let pageStyle: StaticString = """

        html { background: #fff; }
        body { margin: 0; }
        body > .catalogue-ext { max-width: 50rem; margin: 0 auto; padding: 1rem; }

        """

    /// The style of the content, scoped to `.catalogue-ext` so it cannot restyle a CMS page.
    /// Colours keep at least 4.5:1 contrast; focus is always visible; one column fits 320 px.
    static let style: StaticString = """

        .catalogue-ext { --ink: #1b1b1b; --muted: #4a4a4a; --accent: #0b4f8a; --rule: #c8c8c8; --tint: #eef3f8;
          font-family: "Liberation Sans", Arial, Helvetica, sans-serif; color: var(--ink); background: #fff; line-height: 1.5;
          overflow-wrap: break-word; }
        .catalogue-ext * { box-sizing: border-box; }
        .catalogue-ext a { color: var(--accent); overflow-wrap: anywhere; }
        .catalogue-ext a:focus-visible, .catalogue-ext input:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        .catalogue-ext .skip { position: absolute; left: -9999px; top: 0; background: #fff; padding: .5rem 1rem; }
        .catalogue-ext .skip:focus { left: 1rem; z-index: 10; }
        .catalogue-ext h1, .catalogue-ext h2, .catalogue-ext h3, .catalogue-ext h4, .catalogue-ext h5, .catalogue-ext h6 {
          color: var(--ink); font-family: inherit; font-weight: bold; text-transform: none; letter-spacing: normal; }
        .catalogue-ext h1 { font-size: 2rem; line-height: 1.2; margin: .2rem 0 .6rem; }
        .catalogue-ext h2 { font-size: 1.5rem; line-height: 1.25; margin: 2rem 0 .5rem; }
        .catalogue-ext h3 { font-size: 1.15rem; margin: 0 0 .3rem; }
        .catalogue-ext h4, .catalogue-ext h5, .catalogue-ext h6 { font-size: 1rem; margin: .6rem 0 .2rem; }
        .catalogue-ext .organisation { font-weight: bold; color: var(--accent); margin: 0; }
        .catalogue-ext .one-entry { background: var(--tint); border-left: .4rem solid var(--accent); padding: .8rem 1rem; margin: 1rem 0; }
        .catalogue-ext .one-entry h2 { margin-top: 0; font-size: 1.25rem; }
        .catalogue-ext .one-entry dd { font-size: 1.15rem; }
        .catalogue-ext dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .8rem; margin: 0; }
        .catalogue-ext dl.fields dt { font-weight: bold; }
        .catalogue-ext dl.fields dd { margin: 0; }
        .catalogue-ext .area-links { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; padding: 0; list-style: none; }
        .catalogue-ext .area-links a { display: inline-block; padding: .2rem 0; }
        .catalogue-ext .filter { margin: 1rem 0; }
        .catalogue-ext .filter label { display: block; font-weight: bold; }
        .catalogue-ext .filter input { width: 100%; max-width: 30rem; font: inherit; padding: .4rem .5rem; border: 2px solid var(--muted); border-radius: .2rem; }
        .catalogue-ext .hint, .catalogue-ext .keywords { color: var(--muted); font-size: .95rem; }
        .catalogue-ext .task { border: 1px solid var(--rule); border-radius: .3rem; padding: .8rem 1rem; margin: 1rem 0; }
        .catalogue-ext .people, .catalogue-ext .links { padding-left: 1.2rem; margin: .4rem 0; }
        .catalogue-ext .name { font-weight: bold; }
        .catalogue-ext .tel { white-space: nowrap; }
        .catalogue-ext .contact { margin: .4rem 0; }
        .catalogue-ext .index ul { list-style: none; padding: 0; margin: 0 0 .5rem; }
        .catalogue-ext .index .term { font-weight: bold; }
        .catalogue-ext .page-footer { border-top: 1px solid var(--rule); margin-top: 2rem; padding-top: .5rem; color: var(--muted); }
        @media (max-width: 30rem) { .catalogue-ext dl.fields { grid-template-columns: 1fr; } .catalogue-ext dl.fields dd { margin-bottom: .3rem; } }

        """

    /// The optional live filter. Without JavaScript the box stays hidden and everything shows.
    static let script: StaticString = """

        (function () {
          var root = document.currentScript && document.currentScript.closest(".catalogue-ext");
          if (!root) { return; }
          var box = root.querySelector(".filter"), input = box.querySelector("input"), status = box.querySelector(".status");
          var tasks = root.querySelectorAll(".task"), areas = root.querySelectorAll(".area");
          box.hidden = false;
          input.addEventListener("input", function () {
            var words = input.value.toLowerCase().split(/\\s+/).filter(Boolean), shown = 0;
            tasks.forEach(function (task) {
              var text = task.getAttribute("data-search");
              var match = words.every(function (word) { return text.indexOf(word) !== -1; });
              task.hidden = !match;
              if (match) { shown += 1; }
            });
            areas.forEach(function (area) { area.hidden = words.length > 0 && !area.querySelector(".task:not([hidden])"); });
            status.textContent = words.length === 0 ? "" : (shown === 0 ? box.getAttribute("data-none")
              : box.getAttribute("data-count").replace("{shown}", shown).replace("{total}", tasks.length));
          });
        })();

        """
}
