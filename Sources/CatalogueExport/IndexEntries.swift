import CatalogueModel

/// A–Å indexes: entries grouped under their Danish index letter, in Danish order.
enum IndexEntries {
    /// One line of an index: a term, the entry it leads to, and what follows the link.
    struct Entry: Sendable {
        var term: String
        var target: String
        var targetTitle: String
        /// Made when the line is written, so tens of thousands of entries hold no HTML meanwhile.
        var detail: @Sendable () -> [HTMLNode] = { [] }
    }

    /// The entries grouped by letter, each letter a heading of `level`. Entries with the same
    /// term make one line: the term, then each entry it leads to under it, so a keyword shared
    /// by several tasks is not repeated.
    static func grouped(_ entries: [Entry], level: Int, idPrefix: String, otherLabel: String) -> [HTMLNode] {
        // The entries stay where they are: a term's line is a run of positions in sorted order.
        let order = DanishOrder.order(entries, by: \.term, \.targetTitle, \.target)
        var groups: [(letter: String, terms: [Range<Int>])] = []
        // One pass over the sorted entries: a term's entries are adjacent, so its letter is
        // worked out once, where the term changes.
        var start = 0
        while start < order.count {
            let term = entries[order[start]].term
            var end = start + 1
            while end < order.count, entries[order[end]].term == term { end += 1 }
            let letter = DanishOrder.indexLetter(term)
            if groups.last?.letter != letter { groups.append((letter, [])) }
            groups[groups.count - 1].terms.append(start..<end)
            start = end
        }
        return [.blocks(groups) { group in
            let label = group.letter == "#" ? otherLabel : group.letter
            let id = "\(idPrefix)-bogstav-\(Slug.make(label))"
            return .element("section", [("aria-labelledby", id), ("class", "letter-group")], [
                .element("h\(level)", [("id", id), ("class", "letter")], text: label),
                .element("ul", [], [.blocks(group.terms) { line(order[$0].map { entries[$0] }) }]),
            ])
        }]
    }

    /// One term's line: the entries that have the term, in order.
    private static func line(_ entries: [Entry]) -> HTMLNode {
        let term = entries[0].term
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
        [.element("a", [("href", "#" + entry.target)], text: entry.targetTitle), detail(entry)]
    }

    private static func detail(_ entry: Entry) -> HTMLNode {
        let detail = entry.detail()
        return detail.isEmpty ? .empty : .group([.text(" – ")] + detail)
    }

    /// "Who does what": every task title and keyword with the task's primary person and phone.
    static func whoDoesWhat(_ relations: Relations, _ s: Strings) -> HTMLNode {
        let entries = relations.catalogue.tasks.flatMap { task -> [Entry] in
            let primary = relations.people(of: task).first
            // Made once for the task's lines (its title and each keyword), not once per line.
            let detail: [HTMLNode] = primary.map { person in [.text(person.name)] + (person.phone.map { [.text(", "), Fields.phone($0)] } ?? []) } ?? []
            let target = InternalCatalogue.anchor(task), shared: @Sendable () -> [HTMLNode] = { detail }
            return ([task.title] + task.keywords).map { Entry(term: $0, target: target, targetTitle: task.title, detail: shared) }
        }
        return .element("section", [("id", "stikord"), ("class", "chapter index")],
                        [.element("h2", text: s.whoDoesWhatHeading), .element("p", text: s.whoDoesWhatIntro)]
                            + [.element("div", [("class", "letters")], grouped(entries, level: 3, idPrefix: "stikord", otherLabel: s.indexOther))])
    }

    /// Every employee with title, department and phone.
    static func employeeIndex(_ catalogue: Catalogue, _ s: Strings) -> HTMLNode {
        let entries = catalogue.employees.map { employee in
            let department = catalogue.department(employee.department)?.name
            return Entry(term: employee.name, target: InternalCatalogue.anchor(employee), targetTitle: employee.name, detail: {
                [.text(([employee.title] + [department].compactMap { $0 }).joined(separator: ", "))]
                    + (employee.phone.map { [.text(", "), Fields.phone($0)] } ?? [])
            })
        }
        return .element("section", [("id", "medarbejdere"), ("class", "chapter index compact")],
                        [.element("h2", text: s.employeeIndexHeading), .element("p", text: s.employeeIndexIntro),
                         .element("div", [("class", "letters")], grouped(entries, level: 3, idPrefix: "medarbejdere", otherLabel: s.indexOther))])
    }
}
