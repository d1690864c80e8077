import CatalogueModel
import CatalogueStorage

extension Command {
    /// `catalogue rename KIND ID NEW-ID`: a new file name, and every reference rewritten.
    static let rename = Command(spec: CommandSpec(
        name: "rename", summary: "Give an entry a new id, and update every reference to it.",
        discussion: "Renames the file and rewrites every entry that names it. The name or title inside the file stays; change it with 'catalogue set'.",
        arguments: [.kind,
                    .init(name: "ID", help: "The entry's id now."),
                    .init(name: "NEW-ID", help: "Its new id: lower-case a–z, digits and '-'.")],
        options: [Flag.dryRun.spec, Value.catalogue.spec])
    ) { call, console in
        let arguments = call.arguments
        guard let kind = call.kind(&console) else { return ExitStatus.usage }
        let (typed, newID) = (arguments.positionals[1], arguments.positionals[2])
        if let problem = EntryID<Never>.problem(with: newID) {
            // A name typed here usually means the displayed name was to change, which is a field.
            return call.usageError(UsageError(.renameNotAnID(text: newID, problem: problem, suggested: Slug.make(newID), kind: kind, typed: typed)),
                                   &console)
        }
        return changeCatalogue(call, &console) { edit, console in
            guard let id = lookup(kind, typed, in: edit.loaded, edit.catalogue, edit.location, &console)?.id else { return ExitStatus.failure }
            if newID == id {
                console.say(.alreadyCalled(kind: kind, id: id))
                return ExitStatus.success
            }
            if let existing = edit.catalogue.entry(kind, newID) {
                return console.fail(.idTaken(kind: kind, id: newID, name: existing.name))
            }
            let references = edit.catalogue.references(to: kind, id)
            edit.catalogue.rename(kind, id, to: newID)
            edit.renames.append(CatalogueWriter.Rename(kind: kind, from: id, to: newID))
            if !references.isEmpty { edit.report.append(.updatedReferences(counted(references), id: id)) }
            return nil
        }
    }
}
