import Foundation

extension Command {
    /// `catalogue fmt [--check]`: rewrite every file in canonical form, or list those that differ.
    static let fmt = Command(spec: CommandSpec(
        name: "fmt", summary: "Rewrite the catalogue's files in their one canonical form.",
        discussion: """
            Canonical form: fields in a fixed order per kind, two-space indent, one trailing
            newline; descriptions are kept as written. With --check nothing is written: the
            files that would change are listed and the exit status is 1 if there are any.
            If any file has an error that stops it being read, nothing is rewritten.
            """,
        options: [Flag.check.spec, Value.catalogue.spec])
    ) { call, console in
        let (arguments, context) = (call.arguments, call.context)
        guard let (location, loaded) = loadCatalogue(arguments, context, &console) else { return ExitStatus.failure }
        let loadErrors = loaded.diagnostics.filter { $0.severity == .error }
        guard loadErrors.isEmpty else {
            console.report(loadErrors.sortedByLocation(), pathPrefix: location.displayPrefix)
            return console.fail("nothing was rewritten: fix the errors above first, so no field is lost")
        }
        let changed = CatalogueWriter.files(loaded.catalogue).filter { loaded.bytes(of: $0.path) != Array($0.text.utf8) }
        if arguments.flag(.check) {
            for file in changed { console.print(location.displayPrefix + file.path) }
            if changed.isEmpty { return ExitStatus.success }
            console.printError("\(count(changed.count, "file")) not in canonical form; run 'catalogue fmt' to rewrite \(changed.count == 1 ? "it" : "them").")
            return ExitStatus.failure
        }
        for file in changed {
            do {
                try CatalogueWriter.write(file.text, to: location.root.appendingPathComponent(file.path))
                console.print("Formatted \(location.displayPrefix)\(file.path)")
            } catch {
                return console.fail("could not write \(location.displayPrefix)\(file.path): \(error.localizedDescription)")
            }
        }
        if changed.isEmpty { console.print("All files are already in canonical form.") }
        return ExitStatus.success
    }
}

extension Flag {
    static let check = Flag("--check", help: "List the files that are not in canonical form; change nothing.")
}
