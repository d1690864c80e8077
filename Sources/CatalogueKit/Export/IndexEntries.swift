/// A–Å indexes: entries grouped under their Danish index letter, in Danish order.
enum IndexEntries {
    /// One line of an index: a term, the entry it leads to, and what follows the link.
    struct Entry {
        var term: String
        var target: String
        var targetTitle: String
        var detail: [HTMLNode] = []
    }

    /// The entries grouped by letter, each letter a heading of `level`. Entries with the same
    /// term make one line: the term, then each entry it leads to under it, so a keyword shared
    /// by several tasks is not repeated.
    static func grouped(_ entries: [Entry], level: Int, idPrefix: String, otherLabel: String) -> [HTMLNode] {
        let sorted = DanishOrder.sorted(entries, by: \.term, \.targetTitle, \.target)
        var groups: [(letter: String, terms: [(term: String, entries: [Entry])])] = []
        for entry in sorted {
            let letter = DanishOrder.indexLetter(entry.term)
            if groups.last?.letter != letter { groups.append((letter, [])) }
            if groups[groups.count - 1].terms.last?.term == entry.term {
                groups[groups.count - 1].terms[groups[groups.count - 1].terms.count - 1].entries.append(entry)
            } else {
                groups[groups.count - 1].terms.append((entry.term, [entry]))
            }
        }
        return groups.map { group in
            let label = group.letter == "#" ? otherLabel : group.letter
            let id = "\(idPrefix)-bogstav-\(Slug.make(label))"
            return .element("section", [("aria-labelledby", id), ("class", "letter-group")], [
                .element("h\(level)", [("id", id), ("class", "letter")], text: label),
                .element("ul", [], group.terms.map(line)),
            ])
        }
    }

    private static func line(_ term: String, _ entries: [Entry]) -> HTMLNode {
        if entries.count == 1, let only = entries.first {
            let lead: [HTMLNode] = only.term == only.targetTitle ? [] : [.element("span", [("class", "term")], text: term), .text(" → ")]
            return .element("li", [], lead + target(only))
        }
        return .element("li", [], [
            .element("span", [("class", "term")], text: term),
            .element("ul", [("class", "targets")], entries.map { .element("li", [], target($0)) }),
        ])
    }

    private static func target(_ entry: Entry) -> [HTMLNode] {
        [.element("a", [("href", "#" + entry.target)], text: entry.targetTitle), entry.detail.isEmpty ? .empty : .group([.text(" – ")] + entry.detail)]
    }

    /// "Who does what": every task title and keyword with the task's primary person and phone.
    static func whoDoesWhat(_ relations: Relations, _ s: Strings) -> HTMLNode {
        let entries = relations.catalogue.tasks.flatMap { task -> [Entry] in
            let primary = relations.people(of: task).first
            let detail = primary.map { person in [.text(person.name)] + (person.phone.map { [.text(", "), Fields.phone($0)] } ?? []) } ?? []
            return ([task.title] + task.keywords).map { Entry(term: $0, target: InternalCatalogue.anchor(task), targetTitle: task.title, detail: detail) }
        }
        return .element("section", [("id", "stikord"), ("class", "chapter index")],
                        [.element("h2", text: s.whoDoesWhatHeading), .element("p", text: s.whoDoesWhatIntro)]
                            + [.element("div", [("class", "letters")], grouped(entries, level: 3, idPrefix: "stikord", otherLabel: s.indexOther))])
    }

    /// Every employee with title, department and phone.
    static func employeeIndex(_ catalogue: Catalogue, _ s: Strings) -> HTMLNode {
        let entries = catalogue.employees.map { employee in
            Entry(term: employee.name, target: InternalCatalogue.anchor(employee), targetTitle: employee.name,
                  detail: [.text(([employee.title] + [catalogue.department(employee.department)?.name].compactMap { $0 }).joined(separator: ", "))]
                      + (employee.phone.map { [.text(", "), Fields.phone($0)] } ?? []))
        }
        return .element("section", [("id", "medarbejdere"), ("class", "chapter index compact")],
                        [.element("h2", text: s.employeeIndexHeading), .element("p", text: s.employeeIndexIntro),
                         .element("div", [("class", "letters")], grouped(entries, level: 3, idPrefix: "medarbejdere", otherLabel: s.indexOther))])
    }
}
