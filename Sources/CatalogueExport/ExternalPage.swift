import Foundation
import CatalogueModel
import CatalogueSearch

/// The external web version, for the municipality's website: a complete page, the same content
/// as a fragment to paste into a CMS, and its style sheet as a file of its own. It is rendered
/// from `PublicCatalogue` only, so nothing the external filter left out can appear, not even in
/// an attribute or a script.
///
/// The fragment must hold up in a CMS page whose own style sheet restyles everything it can: see
/// `ExternalStyle` for how its style wins, and every class name starts with `kat-`. It must also
/// read well with no style at all (a CMS may strip `<style>`): the meaning is in the HTML.
public enum ExternalPage {
    /// The complete page.
    public static func page(_ catalogue: PublicCatalogue, date: CalendarDay) -> String {
        rendered(catalogue, date: date)[0]
    }

    /// The fragment for a CMS page, which has its own title (`h1`), header, main, footer, skip
    /// link and accessibility statement: the same content without those, starting at `h2`, led
    /// by its style.
    public static func fragment(_ catalogue: PublicCatalogue, date: CalendarDay) -> String {
        rendered(catalogue, date: date)[1]
    }

    private static func rendered(_ catalogue: PublicCatalogue, date: CalendarDay) -> [String] {
        var output = HTMLOutput(count: 2)
        document(catalogue, date: date).render(into: &output)
        return output.buffers.map { String(decoding: $0, as: UTF8.self) }
    }

    /// The page and the fragment as one node with two outputs (page first): what they share,
    /// above all the areas and tasks, is built and escaped once and written to both.
    /// With `descriptions`, the tasks' descriptions are shared with the internal catalogue written beside it.
    public static func document(_ catalogue: PublicCatalogue, date: CalendarDay, descriptions: SharedDescriptions? = nil) -> HTMLNode {
        let header = catalogue.settings
        let s = Strings.for(header.language)
        let head = HTMLNode.element("head", [], [
            .element("meta", [("charset", "utf-8")]),
            .element("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
            .element("title", text: "\(s.externalTitle) – \(header.organisation)"),
            .element("style", [], [.trusted(ExternalStyle.page), .trusted(ExternalStyle.sheet)]),
        ])
        return .group([
            .perOutput([.doctype, .empty]),
            .element(perOutput: [("html", [("lang", header.language.rawValue)]), (nil, [])], [
                .perOutput([head, .element("style", [], [.trusted(ExternalStyle.sheet)])]),
                .element(perOutput: [("body", []), (nil, [])], [content(catalogue, date: date, descriptions)]),
            ]),
        ])
    }

    /// `external.css`: the fragment's style as a file, for a CMS that strips `<style>` from what
    /// is pasted but lets the page link a style sheet.
    public static func styleSheet() -> String {
        "/* The style of the external version's fragment (id=\"\(ExternalStyle.rootID)\"). */\n" + ExternalStyle.sheet.description.dropFirst()
    }

    /// The content of the page and the fragment; where they differ, `onPage` and `perOutput`.
    private static func content(_ catalogue: PublicCatalogue, date: CalendarDay, _ descriptions: SharedDescriptions?) -> HTMLNode {
        let header = catalogue.settings
        let s = Strings.for(header.language), t = Strings.ExternalTexts.for(header.language)
        let tasks = catalogue.areas.flatMap(\.tasks)
        func onPage(_ node: HTMLNode) -> HTMLNode { .perOutput([node, .empty]) }
        return .element("div", [("id", ExternalStyle.rootID), ("lang", header.language.rawValue)], [
            onPage(.element("a", [("class", "kat-skip"), ("href", "#" + id("indhold"))], text: s.skipLink)),
            .element(perOutput: [("header", [("class", "kat-intro")]), ("div", [("class", "kat-intro")])], [
                onPage(logo(catalogue.logo)),
                onPage(.element("p", [("class", "kat-organisation")], text: header.organisation)),
                onPage(.element("h1", text: s.externalTitle)),
                .element("p", text: s.externalIntro),
                oneEntry(header, s),
            ]),
            .element("nav", [("aria-labelledby", id("omraader-nav"))], [
                .element("h2", [("id", id("omraader-nav"))], text: s.areasNavigation),
                .element("ul", [("class", "kat-area-links")], catalogue.areas.map { area in
                    .element("li", [], [.element("a", [("href", "#" + anchor(area))], text: area.name)])
                }),
            ]),
            .element(perOutput: [("main", [("id", id("indhold")), ("class", "kat-areas")]), ("div", [("class", "kat-areas")])], [
                .element("div", [("class", "kat-filter"), ("hidden", ""), ("data-none", s.filterNoMatch(header.oneEntryPhone.map(PhoneNumber.display), header.oneEntryMail)), ("data-count", s.filterCount)], [
                    .element("label", [("for", id("opgavefilter"))], text: t.searchLabel),
                    .element("input", [("id", id("opgavefilter")), ("type", "search"), ("autocomplete", "off"), ("aria-describedby", id("filter-hint"))]),
                    .element("p", [("id", id("filter-hint")), ("class", "kat-hint")], text: s.filterHint),
                    .element("p", [("class", "kat-status"), ("role", "status")], []),
                ]),
            ] + [.blocks(catalogue.areas) { area($0, s, t, descriptions) }, index(tasks, s, t)]),
            .element(perOutput: [("footer", [("class", "kat-footer")]), ("div", [("class", "kat-footer")])], [
                .element("p", [], [.text("\(header.organisation) · \(header.title), \(header.edition) · "),
                                   .element("time", [("datetime", date.iso)], text: s.date(date))]),
                onPage(header.accessibilityStatement.map { .element("p", [], [.link($0, [], [.text(s.accessibilityStatement)])]) } ?? .empty),
            ]),
            KLEPageWords.node(catalogue.kleWords),
            .element("script", [], ExternalScript.parts.map(HTMLNode.trusted)),
        ])
    }

    /// The page's own header carries the logo; a CMS page has the site's own, so the fragment
    /// does not. The organisation's name follows in text, so the image needs none of its own.
    private static func logo(_ logo: Logo?) -> HTMLNode {
        guard let logo else { return .empty }
        return .element("img", [("class", "kat-logo"), ("src", logo.dataURI), ("alt", "")])
    }

    private static func oneEntry(_ header: Settings, _ s: Strings) -> HTMLNode {
        .element("section", [("class", "kat-one-entry"), ("aria-labelledby", id("en-indgang"))], [
            .element("h2", [("id", id("en-indgang"))], text: s.oneEntryHeading),
            fields([(s.phone, header.oneEntryPhone.map(phone)), (s.mail, header.oneEntryMail.map(Fields.mail)),
                    (s.openingHours, header.openingHours.map(HTMLNode.text))]),
        ])
    }

    private static func area(_ area: PublicCatalogue.Area, _ s: Strings, _ t: Strings.ExternalTexts, _ descriptions: SharedDescriptions?) -> HTMLNode {
        // "_" cannot occur in an id, so the heading's id never meets another area's.
        .element("section", [("id", anchor(area)), ("class", "kat-area"), ("aria-labelledby", anchor(area) + "_titel")], [
            .element("h2", [("id", anchor(area) + "_titel")], text: area.name),
            .markdown(area.description, headingBase: 3),
            area.contact.map { contact(s.contact, $0, s) } ?? .empty,
        ] + [.blocks(area.tasks) { task($0, s, t, descriptions) }])
    }

    /// A task: its title and whom to contact, then its description, links and keywords behind a
    /// `<summary>`, which opens without JavaScript, and which the browser's own find opens too.
    private static func task(_ task: PublicCatalogue.PublicTask, _ s: Strings, _ t: Strings.ExternalTexts,
                             _ descriptions: SharedDescriptions?) -> HTMLNode {
        let description = descriptions.description(of: task.id, task.description, headingBase: 4)
        let more: [HTMLNode] = [
            description.html,
            task.links.isEmpty ? .empty : .element("ul", [("class", "kat-links")], task.links.map { link in
                .element("li", [], [.link(link.url, [], [.text(link.title)])])
            }),
            task.keywords.isEmpty ? .empty : .element("p", [("class", "kat-keywords")], text: "\(s.keywords): " + task.keywords.joined(separator: ", ")),
        ]
        let hasMore = !description.html.markdownBytes.isEmpty || !task.links.isEmpty || !task.keywords.isEmpty
        return .element("article", [("id", id("opgave-" + task.id)), ("class", "kat-task"),
                                    ("data-search", TextFolding.distinctWords([task.title, task.department.name] + task.people.map(\.name))),
                                    ("data-search-more", searchMore(description.words, task)),
                                    ("data-kle", KLEPageWords.attribute(task.kle))], [
            .element("h3", text: task.title),
            task.people.isEmpty ? .empty : .element("ul", [("class", "kat-people")], task.people.map { person in
                .element("li", [], [
                    .element("span", [("class", "kat-name")], text: person.name), .text(", " + person.title),
                    person.phone.map { .group([.text(", " + s.phone.lowercased() + " "), phone($0)]) } ?? .empty,
                    person.mail.map { .group([.text(", "), Fields.mail($0)]) } ?? .empty,
                ])
            }),
            contact(task.people.isEmpty ? s.contactThroughDepartment : s.department, task.department, s),
            hasMore ? .element("details", [("class", "kat-more")], [.element("summary", text: t.more)] + more) : .empty,
        ])
    }

    /// The words the live search looks at after the first: the description's, keywords and links.
    private static func searchMore(_ description: DistinctWords, _ task: PublicCatalogue.PublicTask) -> String {
        var words = description
        for text in task.keywords + task.links.map(\.title) { words.add(text) }
        return words.joined
    }

    /// The text of rendered HTML for searching: tags and character references become spaces.
    /// The Markdown renderer escapes every `<` and `&` of the text itself, and a reference only
    /// ever stands for punctuation (`<`, `>`, `&`, quotes), which separates words anyway.
    static func plainText(_ node: HTMLNode) -> String {
        // On bytes, as the pattern <[^>]*>|&[#A-Za-z0-9]+; would match: a tag runs to the next
        // ">" (an unclosed "<" stays), a reference needs a name and its ";".
        let bytes = node.markdownBytes
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x3C, let close = bytes[(index + 1)...].firstIndex(of: 0x3E) {
                out.append(0x20)
                index = close + 1
                continue
            }
            if byte == 0x26 {
                var end = index + 1
                while end < bytes.count, isReferenceName(bytes[end]) { end += 1 }
                if end > index + 1, end < bytes.count, bytes[end] == 0x3B {
                    out.append(0x20)
                    index = end + 1
                    continue
                }
            }
            out.append(byte)
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isReferenceName(_ byte: UInt8) -> Bool {
        byte == 0x23 || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private static func contact(_ label: String, _ department: PublicCatalogue.Contact, _ s: Strings) -> HTMLNode {
        let details: [HTMLNode] = [
            department.phone.map { .group([.text(s.phone.lowercased() + " "), phone($0)]) },
            department.mail.map(Fields.mail),
            department.openingHours.map { .text($0) },
        ].compactMap { $0 }
        return .element("p", [("class", "kat-contact")], [.element("strong", text: label + ": "), .text(department.name)]
            + details.flatMap { [HTMLNode.text(", "), $0] })
    }

    /// Labelled values as a `dl`, each pair in a `div` so that a label and its value stay together.
    private static func fields(_ rows: [(String, HTMLNode?)]) -> HTMLNode {
        let present = rows.compactMap { label, value in value.map { (label, $0) } }
        guard !present.isEmpty else { return .empty }
        return .element("dl", [("class", "kat-fields")], present.map { label, value in
            .element("div", [], [.element("dt", text: label), .element("dd", [], [value])])
        })
    }

    /// A phone number grouped the Danish way, as a `tel:` link when it can be dialled from outside,
    /// and kept on one line: a number broken across lines is easily misdialled.
    private static func phone(_ text: String) -> HTMLNode {
        guard let number = PhoneNumber(text) else { return .element("span", [("class", "kat-tel")], text: text) }
        guard let uri = number.telURI else { return .element("span", [("class", "kat-tel")], text: number.grouped) }
        return .link(uri, [("class", "kat-tel")], [.text(number.grouped)])
    }

    /// "Emner A–Å": every task title and keyword, by letter, leading to the task. It is a third
    /// of the page, so it opens from a `<summary>` under its heading (the browser's find and
    /// printing open it too); the search box above serves most readers first.
    private static func index(_ tasks: [PublicCatalogue.PublicTask], _ s: Strings, _ t: Strings.ExternalTexts) -> HTMLNode {
        let entries = tasks.flatMap { task in ([task.title] + task.keywords).map { (term: $0, target: id("opgave-" + task.id), title: task.title) } }
        var groups: [(letter: String, entries: [(term: String, target: String, title: String)])] = []
        var letter = "", previousTerm: String?
        for entry in DanishOrder.sorted(entries, by: \.term, \.title, \.target) {
            // Equal terms are adjacent: a term's letter is worked out once.
            if entry.term != previousTerm { letter = DanishOrder.indexLetter(entry.term) }
            previousTerm = entry.term
            if groups.last?.letter == letter { groups[groups.count - 1].entries.append(entry) } else { groups.append((letter, [entry])) }
        }
        return .element("section", [("id", id("emner")), ("class", "kat-index"), ("aria-labelledby", id("emner-h"))], [
            .element("h2", [("id", id("emner-h"))], text: s.externalIndexHeading),
            .element("details", [("class", "kat-more")], [.element("summary", text: t.showIndex), .element("div", [("class", "kat-index-groups")], [.blocks(groups) { group in
                let label = group.letter == "#" ? s.indexOther : group.letter
                let heading = id("emner-bogstav-" + Slug.make(label))
                return .element("section", [("aria-labelledby", heading)], [
                    .element("h3", [("id", heading)], text: label),
                    .element("ul", [], [.blocks(group.entries) { entry in
                        .element("li", [], [
                            entry.term == entry.title ? .empty : .group([.element("span", [("class", "kat-term")], text: entry.term), .text(" → ")]),
                            .element("a", [("href", "#" + entry.target)], text: entry.title),
                        ])
                    }]),
                ])
            }])]),
        ])
    }

    static func anchor(_ area: PublicCatalogue.Area) -> String { id("omraade-" + area.id) }

    /// Every id of the page and the fragment starts with `kat-`, as every class does, so that none meets an id of
    /// the page the fragment is pasted into (a municipal site has its own `indhold`, `emner` or search field).
    static func id(_ name: String) -> String { "kat-" + name }
}
