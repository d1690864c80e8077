import CatalogueModel

/// "What changed" as a colleague reads it: text for a cover mail, a section of the internal
/// catalogue, and a page of its own for the intranet. Pure functions of the changes.
public enum ChangesReport {
    /// Plain text: a heading, then one section per kind with a line per change.
    public static func text(_ changes: EditionChanges, since: String, language: Language) -> String {
        let t = Strings.ChangeTexts.for(language)
        guard !changes.isEmpty else { return t.none(since) + "\n" }
        var lines = [t.heading(since)]
        for kind in EditionChanges.kindOrder where !changes.of(kind).isEmpty {
            lines += ["", (t.sections[kind] ?? kind.rawValue) + ":"]
            lines += changes.of(kind).map { "  - " + t.line(kind, $0.name, $0.what) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The changes as HTML: a heading (at `level`), then a list per kind.
    static func section(_ changes: EditionChanges, since: String, heading: String, level: Int, language: Language) -> [HTMLNode] {
        let t = Strings.ChangeTexts.for(language)
        guard !changes.isEmpty else { return [.element("h\(level)", text: heading), .element("p", [("class", "none")], text: t.none(since))] }
        return [.element("h\(level)", text: heading)] + EditionChanges.kindOrder.filter { !changes.of($0).isEmpty }.flatMap { kind in
            [HTMLNode.element("h\(level + 1)", text: t.sections[kind] ?? kind.rawValue),
             .element("ul", [("class", "changes")], changes.of(kind).map { .element("li", text: t.line(kind, $0.name, $0.what)) })]
        }
    }

    /// The internal catalogue's chapter "Nyt siden sidste udgave".
    static func chapter(_ changes: EditionChanges, since: String, language: Language) -> HTMLNode {
        let t = Strings.ChangeTexts.for(language)
        var nodes = section(changes, since: since, heading: t.chapter, level: 2, language: language)
        nodes.insert(.element("p", [("class", "path")], text: t.heading(since)), at: 1)
        return .element("section", [("id", "nyt"), ("class", "chapter changes")], nodes)
    }

    /// A page of its own, for the intranet, printed as the internal catalogue is.
    public static func page(_ changes: EditionChanges, since: String, settings: Settings, date: CalendarDay) -> String {
        let t = Strings.ChangeTexts.for(settings.language)
        return Page.document(title: t.heading(since), settings: settings, date: date,
                             body: section(changes, since: since, heading: t.heading(since), level: 1, language: settings.language))
    }
}

/// A small printable page in the internal catalogue's style: the organisation and edition
/// above, the date below. The pages of a round (changes, the task-load report, review sheets)
/// are made with it.
enum Page {
    static func document(title: String, settings: Settings, date: CalendarDay, body: [HTMLNode]) -> String {
        let s = Strings.for(settings.language)
        let head = HTMLNode.element("head", [], [
            .element("meta", [("charset", "utf-8")]),
            .element("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
            .element("title", text: "\(title) – \(settings.organisation)"),
            .element("meta", [("name", "author"), ("content", settings.organisation)]),
            .element("style", [], [.trusted(InternalCatalogue.style)]),
        ])
        let page = HTMLNode.element("body", [], [
            .element("p", [("class", "path")], text: "\(settings.organisation) · \(settings.title), \(settings.edition)"),
            .element("main", [], body),
            .element("footer", [], [.element("p", [("class", "path")], [
                .text(s.published + " "), .element("time", [("datetime", date.iso)], text: s.date(date)),
            ])]),
        ])
        return HTMLNode.group([.doctype, .element("html", [("lang", settings.language.rawValue)], [head, page])]).html
    }
}
