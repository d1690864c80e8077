import Foundation

// `make bench`: times whole processes of the release build on generated catalogues of several
// sizes, next to two yardsticks run in the same rounds (reading every file with `cat`, and
// Hugo rendering the same task files), and prints one table and the targets of issue 8.
// Measured here, never in tests, so a slow machine fails nothing. The machine may be shared
// and noisy: each round runs every command once, in turn, so noise falls on all of them alike,
// and the ratios matter more than the times.

let usage = "Usage: catalogue-bench [--sizes \"1000 10000 50000\"] [--seed S] [--runs R] [--bin DIR] [--work DIR] [--catalogue DIR]"

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("Error: \(message)\n".utf8))
    exit(1)
}

func progress(_ message: String) {
    FileHandle.standardError.write(Data("bench: \(message)\n".utf8))
}

var sizes = [1_000, 10_000, 50_000]
var seed = 1
var fixedRuns: Int?
var bin = ".build/release"
var work = ".build/bench"
var defaultCatalogue = "catalogue"
var arguments = CommandLine.arguments.dropFirst()
while let option = arguments.popFirst() {
    func value() -> String {
        guard let value = arguments.popFirst() else {
            FileHandle.standardError.write(Data("Error: \(option) needs a value\n\(usage)\n".utf8))
            exit(64)
        }
        return value
    }
    switch option {
    case "--sizes": sizes = value().split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Int($0) }.filter { $0 > 0 }
    case "--seed": seed = Int(value()) ?? seed
    case "--runs": fixedRuns = Int(value())
    case "--bin": bin = value()
    case "--work": work = value()
    case "--catalogue": defaultCatalogue = value()
    case "-h", "--help":
        print(usage)
        exit(0)
    default:
        FileHandle.standardError.write(Data("Error: unknown option '\(option)'\n\(usage)\n".utf8))
        exit(64)
    }
}
guard !sizes.isEmpty else { fail("--sizes names no size; write e.g. --sizes \"1000 10000\"") }
sizes.sort()

let catalogueTool = URL(fileURLWithPath: bin).appendingPathComponent("catalogue").path
let generator = URL(fileURLWithPath: bin).appendingPathComponent("catalogue-gen").path
for tool in [catalogueTool, generator] where !FileManager.default.isExecutableFile(atPath: tool) {
    fail("\(tool) is missing; build it with 'swift build -c release'")
}
// Kept as given (relative to the current folder), so the paths printed stay short.
let workFolder = work.hasSuffix("/") ? String(work.dropLast()) : work
let hasFind = Spawn.succeeds([catalogueTool, "help", "find"])
let hasSet = Spawn.succeeds([catalogueTool, "help", "set"])
let hugoVersion: String? = {
    let file = workFolder + "/hugo-version.txt"
    try? FileManager.default.createDirectory(atPath: workFolder, withIntermediateDirectories: true)
    guard Spawn.run(["hugo", "version"], stdout: file).status == 0 else { return nil }
    return (try? String(contentsOfFile: file, encoding: .utf8))?.split(separator: "\n").first.map(String.init)
}()

// The functions below read the options above; like all top-level code they run on the main actor.

/// Fewer rounds for the big sizes, so the whole bench stays within about a quarter of an hour;
/// above 20,000 employees, rows no target uses run in the first round only.
@MainActor func rounds(for employees: Int) -> Int { fixedRuns ?? (employees <= 2_000 ? 7 : employees <= 20_000 ? 5 : 3) }
@MainActor func rounds(of row: Row, for employees: Int) -> Int { row.feedsATarget || employees <= 20_000 ? rounds(for: employees) : 1 }

func firstLine(of path: String) -> String {
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").first.map(String.init) ?? "(no message)"
}

/// The generated catalogue of `employees` for this seed, generated again only when the
/// generator has been rebuilt since (a stamp file beside it says what made it).
@MainActor func prepare(_ employees: Int, in folder: String) -> (catalogue: String, notes: [String]) {
    let catalogue = folder + "/catalogue"
    let stampFile = folder + "/stamp"
    let attributes = try? FileManager.default.attributesOfItem(atPath: generator)
    let built = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    let stamp = "employees=\(employees) seed=\(seed) generator=\(attributes?[.size] ?? 0)@\(Int(built))\n"
    let summary = folder + "/generated.txt"
    var note = "reused"
    if (try? String(contentsOfFile: stampFile, encoding: .utf8)) != stamp {
        progress("generating N=\(Report.grouped(employees)) into \(catalogue)")
        try? FileManager.default.removeItem(atPath: folder)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            fail("could not create \(folder): \(error.localizedDescription)")
        }
        let run = Spawn.run([generator, catalogue, "--employees", "\(employees)", "--seed", "\(seed)"], stdout: summary, stderr: folder + "/generate-stderr.txt")
        guard run.status == 0 else { fail("catalogue-gen failed: \(firstLine(of: folder + "/generate-stderr.txt"))") }
        _ = FileManager.default.createFile(atPath: stampFile, contents: Data(stamp.utf8))
        note = "generated now"
    }
    return (catalogue, [firstLine(of: summary) + " (\(note))"])
}

/// A minimal Hugo site whose content is the catalogue's task files (hard links): JSON front
/// matter and Markdown, which Hugo reads as they are. One page per task and the list pages.
func hugoSite(for catalogue: String, in folder: String) -> String {
    let site = folder + "/hugo"
    let config = site + "/config.toml"
    if FileManager.default.fileExists(atPath: config) { return site }
    try? FileManager.default.removeItem(atPath: site)
    let page = { (body: String) in
        "<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head>\n<body><h1>{{ .Title }}</h1>\n\(body)\n</body></html>\n"
    }
    do {
        try FileManager.default.createDirectory(atPath: site + "/layouts/_default", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: site + "/content", withIntermediateDirectories: true)
        try page("{{ .Content }}").write(toFile: site + "/layouts/_default/single.html", atomically: false, encoding: .utf8)
        try page("<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>")
            .write(toFile: site + "/layouts/_default/list.html", atomically: false, encoding: .utf8)
        guard Spawn.succeeds(["cp", "-al", catalogue + "/tasks", site + "/content/tasks"])
            || Spawn.succeeds(["cp", "-a", catalogue + "/tasks", site + "/content/tasks"]) else { fail("could not copy the task files into \(site)") }
        // Written last: its presence says the site is complete.
        try """
            baseURL = "https://example.org/"
            languageCode = "da"
            title = "Opgaver"
            disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]

            """.write(toFile: config, atomically: false, encoding: .utf8)
    } catch {
        fail("could not set up the Hugo site in \(site): \(error.localizedDescription)")
    }
    return site
}

@MainActor func measure(_ employees: Int) -> SizeResult {
    let folder = workFolder + "/n\(employees)-seed\(seed)"
    var (catalogue, notes) = prepare(employees, in: folder)
    let tasks = (try? FileManager.default.contentsOfDirectory(atPath: catalogue + "/tasks").count) ?? 0
    let site = hugoVersion == nil ? nil : hugoSite(for: catalogue, in: folder)
    // `set` changes its catalogue, so it works on a fresh copy.
    let copy = folder + "/set-copy"
    var employeeID = ""
    if hasSet {
        try? FileManager.default.removeItem(atPath: copy)
        guard Spawn.succeeds(["cp", "-a", catalogue, copy]) else { fail("could not copy \(catalogue) to \(copy)") }
        employeeID = (try? FileManager.default.contentsOfDirectory(atPath: catalogue + "/employees"))?.filter { $0.hasSuffix(".json") }.min()
            .map { String($0.dropLast(5)) } ?? ""
    }
    let out = folder + "/out"
    func command(_ row: Row, round: Int) -> [String] {
        let export = { (what: String) in [catalogueTool, "export", what, "--out", out, "--date", "2026-11-22", "--catalogue", catalogue] }
        switch row {
        case .cat: return ["sh", "-c", "find \"$1\" -type f -exec cat {} + > /dev/null", "sh", catalogue]
        case .check: return [catalogueTool, "check", "--catalogue", catalogue]
        case .fmtCheck: return [catalogueTool, "fmt", "--check", "--catalogue", catalogue]
        case .exportAll: return export("all")
        case .exportInternal: return export("internal")
        case .exportExternal: return export("external")
        case .exportSwitchboard: return export("switchboard")
        case .find: return [catalogueTool, "find", "byggetilladelse", "--catalogue", catalogue]
        case .set: return [catalogueTool, "set", "employee", employeeID, "--title", "Benchtitel \(round + 1)", "--catalogue", copy]
        case .hugo: return ["hugo", "--quiet", "--source", site ?? ""]
        }
    }
    var rows: [Row: Measurement] = [:]
    for row in Row.allCases { rows[row] = Measurement() }
    if !hasFind { rows[.find] = .skip("no find command") }
    if !hasSet { rows[.set] = .skip("no set command") }
    if site == nil { rows[.hugo] = .skip("hugo not installed") }

    // Untimed: fill the page cache.
    _ = Spawn.run(command(.cat, round: 0))

    let count = rounds(for: employees)
    let stderrFile = folder + "/stderr.txt"
    let checkOutput = folder + "/check.txt"
    for round in 0..<count {
        progress("N=\(Report.grouped(employees)): round \(round + 1) of \(count)")
        for row in Row.allCases where rows[row]?.skipped == nil && round < rounds(of: row, for: employees) {
            // The first check's summary line goes into the header.
            let stdout = row == .check && round == 0 ? checkOutput : "/dev/null"
            let run = Spawn.run(command(row, round: round), stdout: stdout, stderr: stderrFile)
            rows[row]?.runs.append(run)
            if run.status != 0, rows[row]?.failure == nil {
                rows[row]?.failure = "\(run.status.map { "exit \($0)" } ?? "did not exit normally"): \(firstLine(of: stderrFile))"
            }
        }
    }
    let checked = ((try? String(contentsOfFile: checkOutput, encoding: .utf8)) ?? "").split(separator: "\n").last.map(String.init)
    notes.append(checked ?? "catalogue check printed no summary")
    return SizeResult(employees: employees, tasks: tasks, rounds: count, notes: notes, rows: rows)
}

var results: [SizeResult] = []
for employees in sizes { results.append(measure(employees)) }

/// The default catalogue with every task's "kle" emptied: `check` on it never loads the KLE plan (the plan is read on
/// first use), so its time against `check` on the default catalogue is what the plan costs.
@MainActor func catalogueWithoutKLE() -> String? {
    let copy = workFolder + "/default-without-kle"
    try? FileManager.default.removeItem(atPath: copy)
    guard (try? FileManager.default.copyItem(atPath: defaultCatalogue, toPath: copy)) != nil,
          let names = try? FileManager.default.contentsOfDirectory(atPath: copy + "/tasks") else { return nil }
    for name in names where name.hasSuffix(".md") {
        let path = copy + "/tasks/" + name
        guard var text = try? String(contentsOfFile: path, encoding: .utf8), let start = text.range(of: "\"kle\": ["),
              let end = text[start.upperBound...].firstIndex(of: "]") else { continue }
        text.replaceSubrange(start.upperBound..<end, with: "")
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }
    return copy
}

/// Commands on the default catalogue, eleven runs each after one to warm the caches.
@MainActor func measureOnDefault(_ arguments: [String], catalogue: String? = nil) -> Measurement {
    var measurement = Measurement()
    let command = [catalogueTool] + arguments + ["--catalogue", catalogue ?? defaultCatalogue]
    _ = Spawn.run(command)
    for _ in 0..<11 {
        let run = Spawn.run(command, stderr: workFolder + "/stderr.txt")
        measurement.runs.append(run)
        if run.status != 0, measurement.failure == nil { measurement.failure = "exit \(run.status ?? -1): \(firstLine(of: workFolder + "/stderr.txt"))" }
    }
    return measurement
}

var onDefault = DefaultCatalogueResult()
if hasFind {
    progress("find and check on the default catalogue \(defaultCatalogue)")
    onDefault.find = measureOnDefault(["find", "byggetilladelse"])
    onDefault.findThroughKLE = measureOnDefault(["find", "rottegift"])
    onDefault.check = measureOnDefault(["check"])
    onDefault.checkWithoutKLE = catalogueWithoutKLE().map { measureOnDefault(["check"], catalogue: $0) } ?? .skip("could not copy the catalogue")
}

var header = [
    "catalogue bench: whole processes of \(catalogueTool), seed \(seed), \(ProcessInfo.processInfo.activeProcessorCount) cores.",
    "time = median wall time of the runs, peak RSS = the largest max RSS of any run; each round runs every command once, in turn.",
    hugoVersion.map { "hugo: \($0)" } ?? "hugo: not installed, so skipped (make bench installs Debian's hugo package where apt-get works).",
    "",
]
for result in results {
    header.append("N=\(Report.grouped(result.employees)): " + result.notes.joined(separator: "\n" + String(repeating: " ", count: 4 + Report.grouped(result.employees).count)))
}
print(header.joined(separator: "\n") + "\n")
print(Report.table(results, onDefault: onDefault))
print(Report.targets(results, onDefault: onDefault), terminator: "")
