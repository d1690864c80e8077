import Foundation
import CatalogueModel
import CatalogueStorage
import CatalogueEditing

extension Command {
    /// `catalogue fmt [--check]`: rewrite every file in canonical form, or list those that differ.
    static let fmt = Command(spec: CommandSpec(
        name: "fmt", summary: "Rewrite the catalogue's files in their one canonical form.",
        discussion: """
            Canonical form: fields in a fixed order per kind, two-space indent, one trailing
            newline; descriptions are kept as written. With --check nothing is written: the
            files that would change are listed and the exit status is 1 if there are any.
            A file with an error that stops it being read is named and left as it is; the
            others are rewritten.
            """,
        options: [Flag.check.spec, Value.catalogue.spec])
    ) { call, console in
        if call.arguments.flag(.check) {
            guard let (location, loaded) = loadCatalogue(call.arguments, call.context, &console) else { return ExitStatus.failure }
            if let problems = loaded.unreadFolderProblems {
                console.report(problems, pathPrefix: location.displayPrefix)
                return console.fail(.refusedUnreadFolders)
            }
            let (plan, damaged) = CatalogueWriter.plan(from: loaded, to: loaded.catalogue, reformat: true)
            for path in plan.writtenPaths.sorted() { console.print(location.displayPrefix + path) }
            reportSkipped(damaged, loaded, location, &console)
            if plan.isEmpty { return damaged.isEmpty ? ExitStatus.success : ExitStatus.failure }
            console.printError(console.wording.text(.notCanonical(files: plan.changes.count)))
            return ExitStatus.failure
        }
        return changeCatalogue(call, &console) { edit, console in
            // fmt is a plan from the catalogue to itself, in canonical form.
            let (plan, damaged) = CatalogueWriter.plan(from: edit.loaded, to: edit.catalogue, reformat: true)
            reportSkipped(damaged, edit.loaded, edit.location, &console)
            if plan.isEmpty {
                console.say(.allCanonical(others: !damaged.isEmpty))
                return damaged.isEmpty ? ExitStatus.success : ExitStatus.failure
            }
            do throws(ApplyError) {
                try plan.apply(to: edit.location.root)
            } catch {
                return console.fail(.cannotApply(error, prefix: edit.location.displayPrefix))
            }
            for path in plan.writtenPaths.sorted() { console.say(.formatted(path: edit.location.displayPrefix + path)) }
            return damaged.isEmpty ? ExitStatus.success : ExitStatus.failure
        }
    }

    /// Files with errors are never rewritten: they are named, with their errors.
    private static func reportSkipped(_ damaged: [String], _ loaded: LoadedCatalogue, _ location: CatalogueLocation, _ console: inout Console) {
        guard !damaged.isEmpty else { return }
        console.report(loaded.diagnostics.filter { $0.severity == .error && damaged.contains($0.location.file) }.sortedByLocation(),
                       pathPrefix: location.displayPrefix)
        console.printError(console.errorLine(.damagedNotRewritten(files: damaged.count)))
    }
}

extension Flag {
    static let check = Flag("--check", help: "List the files that are not in canonical form; change nothing.")
}
