import CatalogueModel
import CatalogueStorage
import CatalogueSearch

extension Command {
    /// `catalogue add KIND [ID] --FIELD VALUE...`: a new entry, one subcommand per kind.
    static let add = Command(group: CommandSpec(
        name: "add", summary: "Add a department, employee, task or area.",
        discussion: "Every field has an option; 'catalogue add KIND --help' lists them. The catalogue is checked as it would be before anything is written.",
        arguments: [.kind]),
        subcommands: EntryKind.allCases.map(addEntry))

    private static func addEntry(_ kind: EntryKind) -> Command {
        let options = FieldOptions(kind, forNewEntries: true)
        let idHelp = kind == .employee
            ? "The new id: the person's initials in lower case (default: the name in --mail before @ when it is free, else made from --name)."
            : "The new id, its file name: lower-case a–z, digits and '-' (default: made from the \(kind == .task ? "title" : "name"))."
        let spec = CommandSpec(
            name: "add \(kind.rawValue)", summary: "Add \(kind.article) \(kind.rawValue).",
            discussion: "Writes \(kind.folder)/ID.\(kind.fileExtension) after checking the catalogue as it would be; with --dry-run, shows the file instead.",
            arguments: [.init(name: "ID", help: idHelp, optional: true)],
            options: options.fields.map(\.option) + [options.description].compactMap { $0 } + [Flag.dryRun.spec, Value.catalogue.spec],
            unknownOptionNote: .fieldsAre(kind.schema.map { String($0.option.dropFirst(2)) }, command: "add \(kind.rawValue)"))
        return Command(spec: spec, aliases: [kind.folder]) { call, console in
            let arguments = call.arguments
            let given: [(field: FieldSpec, value: JSONNode)]
            switch options.given(arguments) {
            case .success(let values): given = values
            case .failure(let error): return call.usageError(error, &console)
            }
            let missing = kind.schema.filter { field in field.required && !given.contains { $0.field.key == field.key } }
            if !missing.isEmpty {
                let names = missing.map { field in options.fields.first { $0.field.key == field.key }?.option.name ?? field.key }
                let all = options.fields.filter { $0.field.required }.map(\.option.name)
                return call.usageError(UsageError(.missingRequiredOptions(kind: kind, missing: names, all: all)), &console)
            }
            if let typed = arguments.positionals.first, let problem = EntryID<Never>.problem(with: typed) {
                return call.usageError(UsageError(.cannotBeAnID(text: typed, problem: problem, suggested: Slug.make(typed))), &console)
            }
            var description = ""
            if let option = options.description, let file = arguments.value(option) {
                switch readDescription(file, call) {
                case .success(let text): description = text
                case .failure(let error): return call.usageError(error, &console)
                }
            }
            return changeCatalogue(call, &console) { edit, console in
                let name = given.first { $0.field.key == (kind == .task ? "title" : "name") }.flatMap { if case .string(let text) = $0.value.value { text } else { nil } } ?? ""
                // The same command run twice (an arrow key and Enter) must not make a second entry.
                let sameName = edit.catalogue.entries(kind).filter { TextFolding.words($0.name) == TextFolding.words(name) }
                if arguments.positionals.isEmpty, let twin = sameName.first {
                    return console.fail(.sameNameExists(kind: kind, name: name, id: twin.id))
                }
                let (catalogue, unreadable) = (edit.catalogue, edit.loaded.unreadable)
                let taken: (String) -> Bool = { catalogue.entry(kind, $0) != nil || unreadable.contains(kind.path(for: $0)) }
                // Municipalities give people their initials as user id and mail name: sab@fjordby.dk is "sab".
                let mailName = given.first { $0.field.key == "mail" }.flatMap { if case .string(let text) = $0.value.value { text } else { nil } }?.split(separator: "@").first.map(String.init)
                let fromMail = kind == .employee ? mailName.flatMap { EntryID<Never>.problem(with: $0) == nil && !taken($0) ? $0 : nil } : nil
                let id = arguments.positionals.first ?? fromMail ?? Slug.proposedID(for: kind, name: name, isTaken: taken)
                if let existing = edit.catalogue.entry(kind, id) {
                    return console.fail(.idTaken(kind: kind, id: id, name: existing.name))
                }
                if edit.loaded.unreadable.contains(kind.path(for: id)) {
                    return console.fail(.idFileHasErrors(path: edit.location.displayPrefix + kind.path(for: id)))
                }
                var draft = EntryDraft(kind, nil)
                for (field, value) in given { draft.fields[field.key] = value }
                draft.description = description
                draft.resolveNames(in: Set(given.map(\.field.key)), edit.catalogue, &console)
                switch draft.entry(id: id) {
                case .success(let entry): edit.catalogue.put(entry)
                case .failure(let problems): return refuse(problems, &console)
                }
                if arguments.positionals.isEmpty {
                    edit.report.append(.idMadeFrom(id: id, kind: kind))
                }
                return nil
            }
        }
    }

    /// Reports what is wrong with a typed value, as the loader words it; nothing was written.
    static func refuse(_ problems: DraftProblems, _ console: inout Console) -> Int32 {
        for diagnostic in problems.errors {
            console.printError("\(console.wording.errorLabel): \(console.wording.text(diagnostic.problem)) [\(diagnostic.code)]")
        }
        // One refusal, with its problems above: the closing line says so, it is no second error.
        console.note(.nothingChangedTypedValue)
        return ExitStatus.failure
    }
}
