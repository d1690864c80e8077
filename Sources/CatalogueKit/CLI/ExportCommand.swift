import Foundation

extension Command {
    /// `catalogue export`: the three publications, written all together or not at all.
    static let export = Command(spec: CommandSpec(
        name: "export", summary: "Publish the internal catalogue, the external web version and the switchboard list.",
        discussion: """
            Writes into the output folder (default: out):
              internal.html           the internal catalogue, ready to print to PDF (A4)
              external.html           the external web version as a complete page
              external-fragment.html  the same content to paste into the website's CMS
              switchboard.csv         the switchboard's routing list
            A catalogue with errors is not published: run 'catalogue check' and fix them first.
            The same catalogue and --date always give the same files, byte for byte.
            """,
        arguments: [.init(name: "WHAT", help: "internal, external, switchboard or all (default: all).", optional: true)],
        options: [Value.out.spec, Value.date.spec, Flag.excel.spec, Value.catalogue.spec])
    ) { call, console in
        let arguments = call.arguments
        let what = arguments.positionals.first ?? "all"
        guard let publications = Publication.named(what) else {
            return call.usageError("unknown publication '\(what)': use internal, external, switchboard or all", &console)
        }
        if arguments.value(.out) == "" {
            return call.usageError("--out needs a folder name, such as --out ../udgivelse", &console)
        }
        let date: PublicationDate
        if let text = arguments.value(.date) {
            guard let parsed = PublicationDate(iso: text) else {
                return call.usageError("--date must be a real date written YYYY-MM-DD, such as 2026-11-22 (got '\(text)')", &console)
            }
            date = parsed
        } else {
            date = PublicationDate(call.context.now)
        }
        guard let (location, loaded) = loadCatalogue(arguments, call.context, &console) else { return ExitStatus.failure }
        let diagnostics = Validator.check(loaded)
        if diagnostics.hasErrors {
            console.report(diagnostics.filter { $0.severity == .error }, pathPrefix: location.displayPrefix)
            return console.fail("nothing was exported: the catalogue has \(count(diagnostics.errorCount, "error")) (above). Fix \(diagnostics.errorCount == 1 ? "it" : "them"), then run 'catalogue check' to confirm.")
        }
        if diagnostics.warningCount > 0 {
            console.printError("Note: the catalogue has \(count(diagnostics.warningCount, "warning")); 'catalogue check' lists them.")
        }
        let outputFolder = call.context.resolve(arguments.value(.out) ?? "out")
        let shownFolder = arguments.value(.out) ?? "out"
        // Exports written into the catalogue would make it invalid (an unknown folder).
        if realPath(outputFolder).pathComponents.starts(with: realPath(location.root).pathComponents) {
            let catalogue = location.displayPrefix.isEmpty ? "this folder, which is the catalogue" : "the catalogue \(location.displayPrefix)"
            return console.fail("the output folder '\(shownFolder)' is inside \(catalogue); the publications must not be written into the catalogue, so name a folder outside it with --out, e.g. --out ../udgivelse")
        }
        let relations = Relations(loaded.catalogue)
        let files = publications.flatMap { $0.files(relations, date: date, dialect: arguments.flag(.excel) ? .excel : .standard) }
        // The files a killed export left are removed first; then all files are written under
        // temporary names and renamed only when all are complete, so the folder never mixes two editions.
        for leftover in ChangePlan.removeLeftovers(in: outputFolder, keepingLiveWriters: true) {
            console.printError("Note: removed \(shownFolder)/\(leftover), left behind by an interrupted run")
        }
        do throws(ApplyError) {
            try CatalogueWriter.replaceAll(files.map { ($0.name, Array($0.text.utf8)) }, in: outputFolder)
        } catch {
            return console.fail(error.message(pathPrefix: shownFolder + "/"))
        }
        for file in files {
            console.print("Wrote \(shownFolder)/\(file.name) (\(file.text.utf8.count.formatted(.byteCount(style: .file))))")
        }
        return ExitStatus.success
    }
}

/// The path with symbolic links resolved, also for a folder that does not exist yet (resolved
/// through its nearest existing parent), so a link cannot hide where files will land.
func realPath(_ url: URL) -> URL {
    var existing = url.standardizedFileURL
    var missing: [String] = []
    while !FileManager.default.fileExists(atPath: existing.path), existing.pathComponents.count > 1 {
        missing.insert(existing.lastPathComponent, at: 0)
        existing.deleteLastPathComponent()
    }
    return missing.reduce(existing.resolvingSymlinksInPath()) { $0.appendingPathComponent($1) }
}

/// The publications `export` can write, and the files of each.
enum Publication: CaseIterable {
    case `internal`, external, switchboard

    static func named(_ name: String) -> [Publication]? {
        switch name {
        case "all": return allCases
        case "internal": return [.internal]
        case "external": return [.external]
        case "switchboard": return [.switchboard]
        default: return nil
        }
    }

    func files(_ relations: Relations, date: PublicationDate, dialect: CSV.Dialect) -> [(name: String, text: String)] {
        switch self {
        case .internal:
            return [("internal.html", InternalCatalogue.render(relations, date: date))]
        case .external:
            let publicPart = ExternalFilter.publicPart(of: relations)
            return [("external.html", ExternalPage.page(publicPart, date: date)),
                    ("external-fragment.html", ExternalPage.fragment(publicPart, date: date))]
        case .switchboard:
            return [("switchboard.csv", SwitchboardList.render(relations, dialect: dialect))]
        }
    }
}

extension Value {
    static let out = Value("--out", "DIR", help: "The folder to write into (default: out).")
    static let date = Value("--date", "YYYY-MM-DD", help: "The edition date printed in the outputs (default: today).")
}

extension Flag {
    static let excel = Flag("--excel", help: "Write the switchboard list for Danish spreadsheets: ';' between fields and a byte-order mark.")
}
