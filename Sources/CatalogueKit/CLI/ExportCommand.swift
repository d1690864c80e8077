import Foundation
import CatalogueModel
import KLE
import CatalogueStorage
import CatalogueValidation
import CatalogueExport

extension Command {
    /// `catalogue export`: the three publications, written all together or not at all.
    static let export = Command(spec: CommandSpec(
        name: "export", summary: "Publish the internal catalogue, the external web version and the switchboard list.",
        discussion: """
            Writes into the output folder (default: out):
              internal.html           the internal catalogue, ready to print to PDF (A4)
              external.html           the external web version as a complete page
              external-fragment.html  the same content to paste into the website's CMS
              switchboard.csv         the switchboard's routing list, one row per task
              switchboard-people.csv  the switchboard's staff directory, one row per employee
            With --profile 3cx, yeastar, wazo, wazo-legacy or freepbx, also the staff directory as that
            phone system imports it: switchboard-people-3cx.csv, -yeastar.csv, -wazo.csv, ... .
            'export vcard' writes switchboard-people.vcf: every employee as a vCard 4.0 for
            Outlook, phones and softphones (name, title, organisation and department, phones, mail).
            'export pdf' writes internal.html and prints it to internal.pdf with WeasyPrint
            (page numbers in the contents and indexes) or Chromium, whichever is installed.
            A catalogue with errors is not published: run 'catalogue check' and fix them first.
            The same catalogue and --date always give the same files, byte for byte.
            With --since, the internal catalogue has a chapter "New since the last edition" after
            the guide: the changes 'catalogue changes' shows, from the same data.
            """,
        arguments: [.init(name: "WHAT", help: "internal, external, switchboard, all (default; these three), vcard, or pdf.", optional: true)],
        options: [Value.out.spec, Value.date.spec, Value.since.spec, Flag.excel.spec, Value.profile.spec, Value.engine.spec, Value.catalogue.spec,
                  Value.klePlan.spec])
    ) { call, console in
        let arguments = call.arguments
        let what = arguments.positionals.first ?? "all"
        guard let publications = what == "pdf" ? [.internal] : Publication.named(what) else {
            return call.usageError(UsageError(.unknownPublication(what)), &console)
        }
        var engine: PDFEngine?
        if what == "pdf" {
            var wanted: PDFEngine.Kind?
            if let name = arguments.value(.engine) {
                guard let kind = PDFEngine.Kind(rawValue: name) else {
                    return call.usageError(UsageError(.wrongEngine(name)), &console)
                }
                wanted = kind
            }
            guard let found = PDFEngine.find(wanted, environment: call.context.environment) else {
                return console.fail(.noPDFEngine(wanted: wanted?.rawValue))
            }
            engine = found
        } else if arguments.value(.engine) != nil {
            return call.usageError(UsageError(.engineOnlyForPDF), &console)
        }
        var profile: PhoneProfile?
        if let name = arguments.value(.profile) {
            guard let named = PhoneProfile(rawValue: name.lowercased()) else {
                let names = PhoneProfile.allCases.map(\.rawValue)
                return call.usageError(UsageError(.unknownProfile(name, choices: names), suggesting: .forWord(name, among: names)), &console)
            }
            guard publications.contains(.switchboard) else {
                return call.usageError(UsageError(.profileNotPublished(publication: what, profile: named.rawValue)), &console)
            }
            profile = named
        }
        if arguments.value(.out) == "" {
            return call.usageError(UsageError(.outNeedsFolder), &console)
        }
        let date: CalendarDay
        switch call.day() {
        case .success(let day): date = day
        case .failure(let error): return call.usageError(error, &console)
        }
        guard case (let location, var loaded)? = loadCatalogue(arguments, call.context, &console) else { return ExitStatus.failure }
        // The relations the renderings need are worked out beside the check, which leaves a core
        // idle at times; they go unused when the check finds errors.
        let (diagnostics, relations) = Parallel.both(threads: Parallel.threads(call.context.environment)) { [loaded] in
            Validator.check(loaded, today: date)
        } _: { [catalogue = loaded.catalogue] in
            Relations(catalogue, on: date)
        }
        if diagnostics.hasErrors {
            console.report(diagnostics.filter { $0.severity == .error }, pathPrefix: location.displayPrefix)
            return console.fail(.exportRefused(errors: diagnostics.errorCount))
        }
        if diagnostics.warningCount > 0 {
            console.note(.catalogueHasWarnings(diagnostics.warningCount))
        }
        guard let (outputFolder, shownFolder) = outputFolder(call, default: "out", location, &console) else { return ExitStatus.failure }
        var news: EditionChanges.Since?
        if let since = arguments.value(.since) {
            guard let found = changesSince(since, loaded, location, &console) else { return ExitStatus.failure }
            news = found
        }
        // Rendering needs the entries only: the files' bytes and where each field stood go now.
        loaded.forgetSources()
        call.context.keepUntilExit(relations)
        // Both pages show the public tasks' descriptions: each is rendered and folded once for both.
        let descriptions = publications.contains(.internal) && publications.contains(.external) ? SharedDescriptions(loaded.catalogue) : nil
        let renderings = publications.flatMap {
            $0.renderings(relations, date: date, logo: loaded.logo, dialect: arguments.flag(.excel) ? .excel : .standard, profile: profile,
                          kle: loaded.kle, news: news, descriptions: descriptions)
        }
        guard writeOutputs(renderings, into: outputFolder, shownAs: shownFolder, location, call.context, &console) else {
            return ExitStatus.failure
        }
        if let engine {
            let html = outputFolder.appendingPathComponent("internal.html")
            let pdf = outputFolder.appendingPathComponent("internal.pdf")
            // Printed to a temporary name and renamed, so an interrupted print never leaves half a PDF.
            let temporary = outputFolder.appendingPathComponent(ChangePlan.temporaryName(for: "internal.pdf", pid: getpid(), counter: 0))
            defer { try? FileManager.default.removeItem(at: temporary) }
            let started = Date()
            switch engine.print(html: html, to: temporary) {
            case .failure(let error): return console.fail(.couldNotPrint(path: "\(shownFolder)/internal.pdf", reason: error.message))
            case .success: break
            }
            guard Glibc.rename(temporary.path, pdf.path) == 0 else {
                return console.fail(.couldNotWrite(path: "\(shownFolder)/internal.pdf", reason: String(cString: strerror(errno))))
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: pdf.path)[.size] as? Int) ?? 0
            console.say(.wrotePDF(path: "\(shownFolder)/internal.pdf", size: size.formatted(.byteCount(style: .file)), engine: engine.kind.rawValue,
                                  seconds: String(format: "%.1f", Date().timeIntervalSince(started))))
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
    case `internal`, external, switchboard, vcard

    static func named(_ name: String) -> [Publication]? {
        switch name {
        // The three publications; the address book is written when asked for.
        case "all": return [.internal, .external, .switchboard]
        case "vcard": return [.vcard]
        case "internal": return [.internal]
        case "external": return [.external]
        case "switchboard": return [.switchboard]
        default: return nil
        }
    }

    /// How the files of this publication are rendered; each rendering may write several files
    /// in one pass and report what a phone system could not hold. The staff directory is
    /// always written; a `profile` other than `generic` adds its layout.
    func renderings(_ relations: Relations, date: CalendarDay, logo: Logo?, dialect: CSV.Dialect,
                    profile: PhoneProfile? = nil, kle: KLEPlanInUse = .shipped, news: EditionChanges.Since? = nil,
                    descriptions: SharedDescriptions? = nil) -> [Rendering] {
        switch self {
        case .internal:
            return [Rendering(names: ["internal.html"]) { output in
                InternalCatalogue.document(relations, date: date, logo: logo, kle: kle, news: news, descriptions: descriptions).render(into: &output)
                return []
            }]
        case .external:
            return [Rendering(names: ["external.html", "external-fragment.html"]) { output in
                ExternalPage.document(ExternalFilter.publicPart(of: relations, logo: logo, kle: kle), date: date, descriptions: descriptions)
                    .render(into: &output)
                return []
            }, .text("external.css") { (ExternalPage.styleSheet(), []) }]
        case .switchboard:
            let profiles = [PhoneProfile.generic] + [profile].compactMap { $0 }.filter { $0 != .generic }
            return [.text("switchboard.csv") { (SwitchboardList.render(relations, dialect: dialect, kle: kle), []) }]
                + profiles.map { profile in
                    .text(profile.fileName) {
                        let output = StaffDirectory.render(relations, profile: profile, dialect: dialect)
                        return (output.text, output.warnings)
                    }
                }
        case .vcard:
            return [.text(StaffVCards.fileName) { (StaffVCards.render(relations), []) }]
        }
    }
}

/// Files made by one renderer in one pass, written to their descriptors as they are rendered.
struct Rendering: Sendable {
    /// The files' names, one per output of `render`.
    let names: [String]
    /// Renders into one output per name and returns what to warn about.
    let render: @Sendable (inout HTMLOutput) -> [Diagnostic]

    /// A small file rendered as text in one go.
    static func text(_ name: String, _ make: @escaping @Sendable () -> (String, [Diagnostic])) -> Rendering {
        Rendering(names: [name]) { output in
            let (text, warnings) = make()
            output.buffers[0] = Array(text.utf8)
            return warnings
        }
    }

    /// Renders and writes to `descriptors` (one per name), long lists on `threads` threads: the
    /// bytes written to each, the warnings, and the first failure to write.
    func write(to descriptors: [Int32], threads: Int) -> (sizes: [Int], warnings: [Diagnostic], failure: SystemError?) {
        var sizes = Array(repeating: 0, count: names.count)
        var failure: SystemError?
        var output = HTMLOutput(count: names.count, threads: threads) { buffers in
            for index in buffers.indices {
                sizes[index] += buffers[index].count
                if failure == nil { failure = FileTransaction.write(buffers[index], to: descriptors[index]) }
                buffers[index].removeAll(keepingCapacity: true)
            }
        }
        let warnings = render(&output)
        output.finish()
        return (sizes, warnings, failure)
    }
}

extension Value {
    static let engine = Value("--engine", "weasyprint|chromium", help: "With 'export pdf': the program that prints the PDF (default: WeasyPrint if installed, else Chromium).")
    static let out = Value("--out", "DIR", help: "The folder to write into (default: out).")
    static let date = Value("--date", "YYYY-MM-DD", help: "The edition date printed in the outputs, and the day absences are judged on (default: today).")
    static let day = Value("--date", "YYYY-MM-DD", help: "The day absences are judged on (default: today).")
}

extension Value {
    static let profile = Value("--profile", "SYSTEM", help: "Also write the staff directory as a phone system imports it: generic, 3cx, yeastar, wazo (wazo-dird), wazo-legacy (Wazo 17) or freepbx.")
}

extension Flag {
    static let excel = Flag("--excel", help: "Write the switchboard files for Danish spreadsheets: ';' between fields, a byte-order mark, phones grouped as text.")
}
