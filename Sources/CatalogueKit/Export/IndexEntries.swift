/// A–Å indexes: entries grouped under their Danish index letter, in Danish order.
enum IndexEntries {
    /// One line of an index: a term, the entry it leads to, and what follows the link.
    struct Entry {
        var term: String
        var target: String
        var targetTitle: String
        var detail: [HTMLNode] = []
    }

    /// The entries grouped by letter, each letter a heading of `level`.
    static func grouped(_ entries: [Entry], level: Int, idPrefix: String, otherLabel: String) -> [HTMLNode] {
        let sorted = DanishOrder.sorted(entries, by: \.term, \.targetTitle, \.target)
        var groups: [(letter: String, entries: [Entry])] = []
        for entry in sorted {
            let letter = DanishOrder.indexLetter(entry.term)
            if groups.last?.letter == letter { groups[groups.count - 1].entries.append(entry) } else { groups.append((letter, [entry])) }
        }
        return groups.map { group in
            let label = group.letter == "#" ? otherLabel : group.letter
            let id = "\(idPrefix)-bogstav-\(Slug.make(label))"
            return .element("section", [("aria-labelledby", id)], [
                .element("h\(level)", [("id", id)], text: label),
                .element("ul", [], group.entries.map(line)),
            ])
        }
    }

    private static func line(_ entry: Entry) -> HTMLNode {
        let sameAsTarget = entry.term == entry.targetTitle
        return .element("li", [], [
            sameAsTarget ? .empty : .group([.element("span", [("class", "term")], text: entry.term), .text(" → ")]),
            .element("a", [("href", "#" + entry.target)], text: entry.targetTitle),
            entry.detail.isEmpty ? .empty : .group([.text(" – ")] + entry.detail),
        ])
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
                            + grouped(entries, level: 3, idPrefix: "stikord", otherLabel: s.indexOther))
    }

    /// Every employee with title, department and phone.
    static func employeeIndex(_ catalogue: Catalogue, _ s: Strings) -> HTMLNode {
        let entries = catalogue.employees.map { employee in
            Entry(term: employee.name, target: InternalCatalogue.anchor(employee), targetTitle: employee.name,
                  detail: [.text(([employee.title] + [catalogue.department(employee.department)?.name].compactMap { $0 }).joined(separator: ", "))]
                      + (employee.phone.map { [.text(", "), Fields.phone($0)] } ?? []))
        }
        return .element("section", [("id", "medarbejdere"), ("class", "chapter index")],
                        [.element("h2", text: s.employeeIndexHeading), .element("p", text: s.employeeIndexIntro)]
                            + grouped(entries, level: 3, idPrefix: "medarbejdere", otherLabel: s.indexOther))
    }
}
