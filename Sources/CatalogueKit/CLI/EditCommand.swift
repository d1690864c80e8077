import Foundation
import CatalogueModel
import CatalogueStorage
import CatalogueEditing

extension Command {
    /// `catalogue edit KIND ID`: the entry's file in the user's editor, on a copy; the entry is
    /// replaced only when the copy is valid, else the problems are shown and the user may
    /// edit again or give up.
    static let edit = Command(spec: CommandSpec(
        name: "edit", summary: "Edit an entry's file in your editor, checked before it is saved.",
        discussion: """
            Opens a copy of the file in $VISUAL, else $EDITOR, else vi. When you close the editor,
            the copy is checked with the whole catalogue; if it is valid, the entry is saved in
            canonical form. If not, the problems are shown and you can edit again or discard the
            change: the file in the catalogue is untouched until the copy is valid.
            """,
        arguments: [.kind,
                    .init(name: "ID", help: "The entry's id (its file name without extension), or its full name.")],
        options: [Flag.dryRun.spec, Value.catalogue.spec])
    ) { call, console in
        let arguments = call.arguments
        guard let kind = call.kind(&console) else { return ExitStatus.usage }
        let typed = arguments.positionals[1]
        let environment = call.context.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.allSatisfy(\.isWhitespace) } ?? "vi"
        // The copy lives outside the catalogue, so an editor's swap and backup files never land in it.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("catalogue-edit-\(getpid())-\(UUID().uuidString.prefix(8))")
        // The copy, once its content was accepted: kept if writing it then fails, so the edit is not lost.
        var accepted: URL?
        Interruption.register(folder: folder.path)
        let status = changeCatalogue(call, &console) { edit, console in
            guard let id = lookup(kind, typed, in: edit.loaded, edit.catalogue, edit.location, &console)?.id else { return ExitStatus.failure }
            let path = kind.path(for: id)
            guard let original = edit.loaded.bytes(of: path) else { return console.fail(.editCannotRead(path: edit.location.displayPrefix + path)) }
            let copy = folder.appendingPathComponent("\(id).\(kind.fileExtension)")
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(original).write(to: copy)
            } catch {
                return console.fail(.editNoCopy(folder: folder.path, reason: error.localizedDescription))
            }
            while true {
                let status = call.context.runEditor(editor, copy.path)
                guard status == 0 else {
                    return console.fail(.editorFailed(editor: editor, status: status))
                }
                let bytes = (try? [UInt8](Data(contentsOf: copy))) ?? []
                if bytes == original {
                    console.say(.editUnchanged(path: edit.location.displayPrefix + path))
                    return ExitStatus.success
                }
                var attempt = edit
                var scratch = edit.loaded
                scratch.forget(kind, id: id)
                scratch.read(kind, id: id, bytes: bytes)
                let fileErrors = scratch.diagnostics.filter { $0.location.file == path && $0.severity == .error }
                var problems: [Diagnostic] = fileErrors
                if let entry = scratch.catalogue.entry(kind, id) {
                    attempt.catalogue.put(entry)
                    switch attempt.change.prepare() {
                    case .nothing where fileErrors.isEmpty:
                        console.say(.editSaysTheSame(path: edit.location.displayPrefix + path))
                        return ExitStatus.success
                    case .ready where fileErrors.isEmpty:
                        edit = attempt
                        accepted = copy
                        return nil
                    case .refused(let found, _):
                        // The rest of the catalogue is checked too, so every problem shows in one round.
                        problems += found.filter { !($0.location.file == path && fileErrors.contains($0.withoutPosition)) }
                    default:
                        break
                    }
                }
                // Positions in the edited file point into the copy the user has open.
                console.report(problems.map { $0.location.file == path ? $0.at(copy.lastPathComponent) : $0 }, pathPrefix: "")
                console.printError(console.wording.text(.editAgain(problems: problems.count)))
                guard let answer = call.context.readLine(), !["n", "no", "nej"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased()) else {
                    return console.fail(.editDiscarded(path: edit.location.displayPrefix + path))
                }
            }
        }
        Interruption.unregister(folder: folder.path)
        if status != ExitStatus.success, let accepted {
            console.printError(console.wording.text(.editCopyKept(path: accepted.path)))
        } else {
            try? FileManager.default.removeItem(at: folder)
        }
        return status
    }
}

extension Diagnostic {
    /// The same problem, said of another file name (the copy the user edits).
    func at(_ file: String) -> Diagnostic {
        var copy = self
        copy.location.file = file
        return copy
    }
}
