import CatalogueModel
import CatalogueStorage
import KLE
import CatalogueExport

extension Command {
    /// `catalogue kle show|suggest`: the KLE plan the catalogue is checked against.
    static let kle = Command(group: CommandSpec(
        name: "kle", summary: "Look up a KLE number in the plan, or find numbers for a task.",
        discussion: "The plan is OS2KLE 3.23 (KLE as of February 2026), shipped with the tool; --kle-plan FILE uses a newer OS2KLE.txt.",
        arguments: [.init(name: "show|suggest", help: "What to do.")]),
        subcommands: [kleShow, kleSuggest])

    /// `catalogue kle show NUMBER`: a topic, its words, and the tasks that carry it.
    static let kleShow = Command(spec: CommandSpec(
        name: "kle show", summary: "Show a KLE number: its title, the groups above it, the plan's words for it and the tasks that carry it.",
        discussion: "A group (NN.NN) or main group (NN) lists its topics. A task carries a number when its \"kle\" has it, with or without a facet, or has a group above it. Exit status: 0 when the plan has the number, 1 when it has not, 64 when the command was typed wrong.",
        arguments: [.init(name: "NUMBER", help: "A KLE number: NN, NN.NN or NN.NN.NN, such as 09.13.01.")],
        options: [Value.catalogue.spec, Value.klePlan.spec])
    ) { call, console in
        let typed = call.arguments.positionals[0]
        guard let number = KLEReference(typed)?.number else {
            return call.usageError(UsageError(.kleNotANumber(typed)), &console)
        }
        guard let (location, loaded) = loadCatalogue(call.arguments, call.context, &console) else { return ExitStatus.failure }
        reportUnreadable(loaded, location, &console)
        let kle = loaded.kle, plan = kle.plan
        guard let entry = plan.entry(number) else {
            if kle.changes.change(for: number)?.isRetired == true {
                return console.fail(.kleRetired(number: number.description, version: kle.changes.version ?? "?"))
            }
            return console.fail(.kleNotInPlan(number: number.description, plan: kle.name,
                                              nearest: plan.closest(to: number).map { KLETitle(number: $0.number.description, title: $0.title) }))
        }
        let strings = Strings.for(loaded.catalogue.settings.language), words = strings.commands
        var lines = ["KLE \(entry)"]
        var above: [String] = []
        var heading = number.parent
        while let parent = heading {
            if let found = plan.entry(parent) { above.append(found.description) }
            heading = parent.parent
        }
        if !above.isEmpty { lines.append("  \(words.kleUnder): " + above.joined(separator: " › ")) }
        if let topic = plan.topic(number) {
            let terms = topic.terms.map(\.text)
            if !terms.isEmpty { lines.append("  \(words.kleWords): " + terms.prefix(30).joined(separator: ", ") + (terms.count > 30 ? ", … (\(terms.count))" : "")) }
        } else {
            lines.append("")
            lines.append("\(words.kleTopics) (\(plan.topics(under: number).count)):")
            lines += plan.topics(under: number).map { "  \($0.number) \($0.title)" }
        }
        let carrying = loaded.catalogue.tasks.filter { task in
            task.kle.contains { value in KLEReference(value).map { number.lies(under: $0.number) || $0.number.lies(under: number) } ?? false }
        }.sorted { DanishOrder.precedes($0.title, $1.title) }
        lines.append("")
        if carrying.isEmpty {
            lines.append(words.kleNoTasks)
            if let phone = loaded.catalogue.settings.oneEntryPhone {
                lines.append(words.callOneEntry(PhoneNumber.display(phone), loaded.catalogue.settings.oneEntryMail))
            }
        } else {
            lines.append("\(words.kleTasks) (\(carrying.count)):")
            lines += carrying.map { "  \($0.title) (\($0.id)): " + $0.kle.map(kle.label).joined(separator: "; ") }
        }
        console.print(lines.joined(separator: "\n"))
        return ExitStatus.success
    }

    /// `catalogue kle suggest TASK`: numbers for a task from its words.
    static let kleSuggest = Command(spec: CommandSpec(
        name: "kle suggest", summary: "Propose KLE numbers for a task from its title, keywords and description.",
        discussion: "Looks the task's words up in the plan's titles and terms (the words case texts use for each topic), and proposes the topics they point to most strongly, best first, each with the words that led to it. The title and keywords count three times as much as the description. A proposal is a starting point for whoever journalises the task, not a decision: read the titles before you use one.",
        arguments: [.init(name: "TASK", help: "The task's id or full title.")],
        options: [Value.catalogue.spec, Value.klePlan.spec])
    ) { call, console in
        guard let (location, loaded) = loadCatalogue(call.arguments, call.context, &console) else { return ExitStatus.failure }
        reportUnreadable(loaded, location, &console)
        guard case .task(let task)? = lookup(.task, call.arguments.positionals[0], in: loaded, loaded.catalogue, location, &console) else {
            return ExitStatus.failure
        }
        let kle = loaded.kle
        let words = Strings.for(loaded.catalogue.settings.language).commands
        let parts: [(text: String, weight: Double)] = [(task.title, 3)] + task.keywords.map { ($0, 3) } + [(task.description, 1)]
        let suggestions = kle.words.suggestions(for: parts)
        guard !suggestions.isEmpty else {
            console.print(words.kleNoSuggestions(task.id.rawValue))
            return ExitStatus.failure
        }
        let has = Set(task.kle.compactMap { KLEReference($0)?.number })
        var lines = [words.kleSuggestHeading(task.title, task.id.rawValue)]
        for (position, suggestion) in suggestions.enumerated() {
            let mark = has.contains(suggestion.topic.number) ? " (\(words.kleHasIt))" : ""
            lines.append("  \(position + 1). \(suggestion.topic)\(mark)")
            lines.append("     " + words.kleBecause(suggestion.words.prefix(5).joined(separator: ", ")))
        }
        console.print(lines.joined(separator: "\n"))
        return ExitStatus.success
    }
}
