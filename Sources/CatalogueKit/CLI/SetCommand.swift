import CatalogueModel
import CatalogueStorage

extension Command {
    /// `catalogue set KIND ID --FIELD VALUE... --unset FIELD... --add-X/--remove-X ...`:
    /// changes fields of one entry, one subcommand per kind.
    static let set = Command(group: CommandSpec(
        name: "set", summary: "Change fields of a department, employee, task or area.",
        discussion: "Every field has an option; 'catalogue set KIND --help' lists them. Only the fields named change, and the catalogue is checked as it would be before anything is written.",
        arguments: [.kind]),
        subcommands: EntryKind.allCases.map(setEntry) + [setSettings])

    /// `catalogue set settings --edition ...`: the catalogue's own fields in catalogue.json.
    private static let setSettings: Command = {
        let options = FieldOptions(schema: Settings.schema, hasDescription: false, forNewEntries: false)
        let unset = Values("--unset", "FIELD", help: "Remove an optional setting (by its name, e.g. opening-hours); repeat for more.")
        let spec = CommandSpec(
            name: "set settings", summary: "Change the catalogue's settings: edition, title, the one-entry contact, ...",
            discussion: "Changes catalogue.json, e.g. the new edition of an update round: catalogue set settings --edition \"2027, 1. udgave\".",
            options: options.fields.map(\.option) + [unset.spec, Flag.dryRun.spec, Value.catalogue.spec],
            unknownOptionNote: .fieldsAre(Settings.schema.map { String($0.option.dropFirst(2)) }, command: "set settings"))
        return Command(spec: spec, aliases: ["catalogue"]) { call, console in
            let given: [(field: FieldSpec, value: JSONNode)]
            switch options.given(call.arguments) {
            case .success(let values): given = values
            case .failure(let error): return call.usageError(error, &console)
            }
            var removed: [String] = []
            for name in call.arguments.values(unset) {
                let bare = name.hasPrefix("--") ? String(name.dropFirst(2)) : name
                guard let field = Settings.schema.first(where: { $0.key == bare || $0.option == "--" + bare }) else {
                    let names = Settings.schema.map { String($0.option.dropFirst(2)) }
                    return call.usageError(UsageError(.noSuchSetting(name), suggesting: .forWord(bare, among: names)), &console)
                }
                if field.required {
                    return call.usageError(UsageError(.requiredCannotBeUnset(option: "--unset \(name)", key: field.key, replacement: nil)), &console)
                }
                removed.append(field.key)
            }
            if given.isEmpty && removed.isEmpty {
                return call.usageError(UsageError(.nameAFieldToChange(example: "--edition", command: "set settings")), &console)
            }
            return changeCatalogue(call, &console) { edit, console in
                var fields: [String: JSONNode] = [:]
                if case .object(let members) = edit.catalogue.settings.fields.value { for member in members { fields[member.key] = member.value } }
                for (field, value) in given { fields[field.key] = value }
                for key in removed { fields[key] = nil }
                var scratch = LoadedCatalogue.empty
                scratch.readSettings(Array(EntryFile.text(fields: .object(Settings.keys.map { ($0, fields[$0]) }), description: nil).utf8))
                let errors = scratch.diagnostics.filter { $0.severity == .error }
                guard errors.isEmpty else { return refuse(DraftProblems(errors: errors), &console) }
                edit.catalogue.settings = scratch.catalogue.settings
                return nil
            }
        }
    }()

    private static func setEntry(_ kind: EntryKind) -> Command {
        let options = FieldOptions(kind, forNewEntries: false)
        let unset = Values("--unset", "FIELD", help: "Remove an optional field (by its name, e.g. \(kind.schema.first { !$0.required }.map { $0.option.dropFirst(2) } ?? "phone")); repeat for more.")
        let responsibleRole = Value("--as", "primary|backup", help: "With --add-responsible: the added person becomes the primary person, or a backup (default).")
        let listOptions = options.listEdits.flatMap { [$0.add, $0.remove] } + (kind == .task ? [responsibleRole.spec] : [])
        let spec = CommandSpec(
            name: "set \(kind.rawValue)", summary: "Change fields of \(kind.article) \(kind.rawValue).",
            discussion: "Only the fields named change; the file is rewritten in canonical form, so the change is a small diff. With --dry-run, the diff is shown and nothing is written.",
            arguments: [.init(name: "ID", help: "The \(kind.rawValue)'s id (its file name without extension), or its full \(kind == .task ? "title" : "name").")],
            options: options.fields.map(\.option) + [options.description].compactMap { $0 } + [unset.spec] + listOptions
                + [Flag.dryRun.spec, Value.catalogue.spec],
            unknownOptionNote: .fieldsAre(kind.schema.map { String($0.option.dropFirst(2)) }, command: "set \(kind.rawValue)"))
        return Command(spec: spec, aliases: [kind.folder]) { call, console in
            let arguments = call.arguments
            let typed = arguments.positionals[0]
            let given: [(field: FieldSpec, value: JSONNode)]
            switch options.given(arguments) {
            case .success(let values): given = values
            case .failure(let error): return call.usageError(error, &console)
            }
            var unsetFields: [FieldSpec] = []
            for name in arguments.values(unset) {
                let bare = name.hasPrefix("--") ? String(name.dropFirst(2)) : name
                guard let field = kind.schema.first(where: { $0.key == bare || $0.option == "--" + bare || $0.singular == bare }) else {
                    let names = kind.schema.map { String($0.option.dropFirst(2)) }
                    return call.usageError(UsageError(.noSuchField(kind: kind, name: name), suggesting: .forWord(bare, among: names)), &console)
                }
                if field.required {
                    let replacement = options.fields.first { $0.field.key == field.key }?.option.name ?? field.key
                    return call.usageError(UsageError(.requiredCannotBeUnset(option: "--unset \(name)", key: field.key, replacement: replacement)), &console)
                }
                unsetFields.append(field)
            }
            let role = arguments.value(responsibleRole)
            if let role, !["primary", "backup"].contains(role) {
                return call.usageError(UsageError(.wrongRole(role), suggesting: .forWord(role, among: ["primary", "backup"])), &console)
            }
            if role != nil, !options.listEdits.contains(where: { $0.field.key == "responsible" && !arguments.values($0.add).isEmpty }) {
                return call.usageError(UsageError(.roleWithoutAdd(role: role ?? "primary")), &console)
            }
            var description: String?
            if let option = options.description, let file = arguments.value(option) {
                switch readDescription(file, call) {
                case .success(let text): description = text
                case .failure(let error): return call.usageError(error, &console)
                }
            }
            let namesSomething = !given.isEmpty || !unsetFields.isEmpty || description != nil
                || options.listEdits.contains { !arguments.values($0.add).isEmpty || !arguments.values($0.remove).isEmpty }
            guard namesSomething else {
                return call.usageError(UsageError(.nameAFieldToChange(example: options.fields[0].option.name, command: "set \(kind.rawValue)")), &console)
            }
            return changeCatalogue(call, &console) { edit, console in
                guard let entry = lookup(kind, typed, in: edit.loaded, edit.catalogue, edit.location, &console) else { return ExitStatus.failure }
                let id = entry.id
                var draft = EntryDraft(kind, entry)
                for (field, value) in given { draft.fields[field.key] = value }
                draft.resolveNames(in: Set(given.map(\.field.key)), edit.catalogue, &console)
                for field in unsetFields { draft.fields[field.key] = nil }
                if let description { draft.description = description }
                for (field, add, remove) in options.listEdits {
                    var elements = draft.list(field.key)
                    for typed in arguments.values(add) {
                        var text = typed.trimmingCharacters(in: .whitespaces)
                        if case .references(let target) = field.type { text = referenceID(text, target, in: edit.catalogue, &console) }
                        let element: JSONNode
                        switch field.type == .links ? FieldOptions.link(text, option: add.name) : .success(.string(text)) {
                        case .success(let value): element = value
                        case .failure(let error): return call.usageError(error, &console)
                        }
                        let existing = elements.firstIndex { $0.sameElement(as: element) }
                        if field.key == "responsible" && role == "primary" {
                            if let existing { elements.remove(at: existing) }
                            elements.insert(element, at: 0)
                        } else if let existing {
                            edit.report.append(.alreadyInList(key: field.key, value: elements[existing].label))
                        } else {
                            elements.append(element)
                        }
                    }
                    for text in arguments.values(remove) {
                        // The exact element first; one that differs only in capitals when it is the only one.
                        let loose = elements.indices.filter { elements[$0].matches(text, ignoringCase: true) }
                        guard let position = elements.firstIndex(where: { $0.matches(text, ignoringCase: false) }) ?? (loose.count == 1 ? loose.first : nil) else {
                            return console.fail(.notInList(option: remove.name, text: text, key: field.key, kind: kind, id: id,
                                                           held: elements.map(\.label)))
                        }
                        elements.remove(at: position)
                    }
                    if !arguments.values(add).isEmpty || !arguments.values(remove).isEmpty { draft.fields[field.key] = .array(elements) }
                }
                switch draft.entry(id: id) {
                case .success(let changed): edit.catalogue.put(changed)
                case .failure(let problems): return refuse(problems, &console)
                }
                return nil
            }
        }
    }
}

extension JSONNode {
    /// True when two list elements are the same: texts by their text, links by their address.
    /// (Texts that differ only in capitals are the same keyword.)
    func sameElement(as other: JSONNode) -> Bool {
        if let url = member("url"), let otherURL = other.member("url") { return url == otherURL }
        if case .string(let value) = self.value, case .string(let otherValue) = other.value { return value.lowercased() == otherValue.lowercased() }
        return self == other
    }

    /// True when a list element is what the user named: a text itself, or a link by title or address.
    func matches(_ text: String, ignoringCase: Bool) -> Bool {
        let same: (String) -> Bool = { ignoringCase ? $0.lowercased() == text.lowercased() : $0 == text }
        if case .string(let value) = self.value { return same(value) }
        return member("url").map(same) ?? false || member("title").map(same) ?? false
    }

    /// How a list element reads in a message.
    var label: String {
        if case .string(let value) = self.value { return value }
        return [member("title"), member("url")].compactMap { $0 }.joined(separator: " ")
    }

    /// The text of an object's member `key`, if it has one.
    func member(_ key: String) -> String? {
        guard case .object(let members) = value, let found = members.first(where: { $0.key == key }), case .string(let text) = found.value.value else { return nil }
        return text
    }
}
