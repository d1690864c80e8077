import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// Writes that are interrupted or refused leave every file whole: the old set or the new one,
/// never a mix, and no temporary file that the next run does not clear away.
struct InterruptionTests {
    /// An output folder next to a fresh scratch catalogue.
    private func scratchWithOutput() throws -> (ScratchCatalogue, URL) {
        let scratch = try ScratchCatalogue()
        return (scratch, URL(fileURLWithPath: scratch.root.path + "-out"))
    }

    @Test func exportRemovesTheTemporaryFilesAKilledExportLeft() throws {
        let (scratch, out) = try scratchWithOutput()
        defer { scratch.remove(); try? FileManager.default.removeItem(at: out) }
        // No process has the largest pid, so its files are a killed run's; a live writer's are kept.
        let dead = ".internal.html.catalogue-tmp-\(Int32.max)-3", live = ".switchboard.csv.catalogue-tmp-\(getpid())-0"
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        for name in [dead, live] { try Data("half".utf8).write(to: out.appendingPathComponent(name)) }
        let result = run(["export", "--out", out.path, "--date", "2026-11-22"], in: scratch.root)
        #expect(result.status == 0)
        #expect(result.stderr == noteLine(.removedLeftover(path: "\(out.path)/\(dead)")) + "\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == [live, "external-fragment.html", "external.css", "external.html", "internal.html", "switchboard-people.csv", "switchboard.csv"])
    }

    @Test func exportWritesAllFilesOrNoneSoTheFolderNeverMixesTwoEditions() throws {
        let (scratch, out) = try scratchWithOutput()
        defer { scratch.remove(); try? FileManager.default.removeItem(at: out) }
        #expect(run(["export", "--out", out.path, "--date", "2026-11-22"], in: scratch.root).status == 0)
        let before = try Data(contentsOf: out.appendingPathComponent("internal.html"))
        // The last file cannot be replaced: the earlier ones must stay as they were.
        try FileManager.default.removeItem(at: out.appendingPathComponent("switchboard.csv"))
        try FileManager.default.createDirectory(at: out.appendingPathComponent("switchboard.csv"), withIntermediateDirectories: false)
        let result = run(["export", "--out", out.path, "--date", "2027-01-05"], in: scratch.root)
        #expect(result.status == 1)
        #expect(result.stderr == errorLine(.cannotApply(.couldNotWrite(path: "switchboard.csv", reason: FileSystem.reason(EISDIR)), prefix: out.path + "/")) + "\n")
        #expect(try Data(contentsOf: out.appendingPathComponent("internal.html")) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") } == [])
    }

    @Test func exportNeverReplacesALinkWithAPlainFile() throws {
        let (scratch, out) = try scratchWithOutput()
        defer { scratch.remove(); try? FileManager.default.removeItem(at: out) }
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let target = out.appendingPathComponent("elsewhere.html")
        try Data("mine".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("internal.html").path, withDestinationPath: target.path)
        let result = run(["export", "--out", out.path], in: scratch.root)
        #expect(result.status == 1)
        #expect(result.stderr == errorLine(.cannotApply(.symbolicLink(path: "internal.html"), prefix: out.path + "/")) + "\n")
        #expect(FileSystem.kind(out.appendingPathComponent("internal.html").path) == .symbolicLink)
        #expect(try String(contentsOf: target, encoding: .utf8) == "mine")
    }

    @Test func fmtNeverReplacesALinkInsideTheCatalogueWithAPlainFile() throws {
        let messy = "{\"name\": \"Administration\"}"
        let scratch = try ScratchCatalogue(["departments/adm.json": nil, ".shared/adm.json": messy])
        defer { scratch.remove() }
        let link = scratch.root.appendingPathComponent("departments/adm.json")
        try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "../.shared/adm.json")
        #expect(scratch.diagnostics() == [])
        let result = scratch.run(["fmt"])
        #expect(result.status == 1)
        #expect(result.stderr == errorLine(.cannotApply(.symbolicLink(path: "departments/adm.json"), prefix: "")) + "\n")
        #expect(FileSystem.kind(link.path) == .symbolicLink)
        #expect(try scratch.read(".shared/adm.json") == messy)
    }

    @Test func noFileIsWrittenWithFoundationsAtomicWrite() throws {
        // Foundation's atomic write leaves `.dat.nosync…` files behind when killed, under a name no run clears away.
        let sources = projectRoot.appendingPathComponent("Sources")
        let enumerator = FileManager.default.enumerator(atPath: sources.path)
        var offenders: [String] = []
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".swift") else { continue }
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            if text.contains("options: .atomic") || text.contains("atomically: true") { offenders.append(path) }
        }
        #expect(offenders == [])
    }
}

/// The built binary killed with SIGKILL at random moments while it writes: every file is
/// its old or its new version, the catalogue still passes `check`, and the next run leaves
/// no temporary file or lock behind.
struct KillTests {
    /// The commands under test, given the catalogue and output folders of a copy of the start.
    private static let commands: [@Sendable (String, String) -> [String]] = [
        { catalogue, _ in ["fmt", "--catalogue", catalogue] },
        { catalogue, _ in ["set", "employee", "akm", "--phone", "72 57 73 11", "--title", "Byggesagsbehandler II", "--catalogue", catalogue] },
        { catalogue, _ in ["rename", "department", "team-byggesag", "team-byggeri", "--catalogue", catalogue] },
        { catalogue, _ in ["remove", "employee", "jhn", "--reassign-to", "akm", "--catalogue", catalogue] },
        { catalogue, out in ["export", "--catalogue", catalogue, "--out", out, "--date", "2027-01-05"] },
    ]

    @Test func killedWritesLeaveEveryFileOldOrNewAndTheNextRunCleansUp() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("kill-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        // The start: the default catalogue with its employees not in canonical form (so fmt has
        // work), and an earlier export in out/.
        let start = work.appendingPathComponent("start")
        try FileManager.default.createDirectory(at: start, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: defaultCatalogue, to: start.appendingPathComponent("catalogue"))
        let employees = start.appendingPathComponent("catalogue/employees")
        for name in try FileManager.default.contentsOfDirectory(atPath: employees.path) {
            let file = employees.appendingPathComponent(name)
            try Data(try String(contentsOf: file, encoding: .utf8).replacing("\n  \"", with: "\n    \"").utf8).write(to: file)
        }
        #expect(wait(try spawn(["export", "--catalogue", start.path + "/catalogue", "--out", start.path + "/out", "--date", "2026-11-22"])) == 0)
        let old = snapshot(start)
        var generator = SeededGenerator(seed: 11)
        // A few rounds keep `make test` quick; CATALOGUE_KILL_ROUNDS=50 searches harder.
        let rounds = ProcessInfo.processInfo.environment["CATALOGUE_KILL_ROUNDS"].flatMap(Int.init) ?? 3
        for command in Self.commands {
            // The new version of every file: the command run to its end.
            let finished = try copy(start, to: work.appendingPathComponent("finished"))
            let began = ContinuousClock.now
            #expect(wait(try spawn(command(finished.path + "/catalogue", finished.path + "/out"))) == 0, "\(command("", ""))")
            let duration = ContinuousClock.now - began
            let new = snapshot(finished)
            #expect(new != old, "\(command("", "")) changed nothing")
            for round in 0..<rounds {
                let root = try copy(start, to: work.appendingPathComponent("killed"))
                let arguments = command(root.path + "/catalogue", root.path + "/out")
                // Late in the run is where the writing happens, so most kills land there.
                let delay = duration * Double.random(in: 0.5...1.05, using: &generator)
                let pid = try spawn(arguments)
                Thread.sleep(forTimeInterval: Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18)
                kill(pid, SIGKILL)
                _ = wait(pid)
                let after = snapshot(root)
                for path in Set(old.keys).union(new.keys).union(after.keys).sorted() where !Self.isScratch(path) {
                    #expect(after[path] == old[path] || after[path] == new[path], "\(arguments) round \(round): \(path) is neither old nor new")
                }
                // The next run clears what the killed one left, and the catalogue is valid.
                _ = wait(try spawn(arguments))
                let left = snapshot(root).keys.filter(Self.isScratch)
                #expect(left.isEmpty, "\(arguments) round \(round): left behind \(left.sorted())")
                #expect(!Validator.check(CatalogueReader.load(root.appendingPathComponent("catalogue"))).hasErrors, "\(arguments) round \(round): check fails")
            }
        }
    }

    /// A temporary file, the journal or the lock: what only a run in progress may leave.
    private static func isScratch(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        return ChangePlan.isTemporaryName(name) || name.hasPrefix(CatalogueLock.fileName) || name == Journal.fileName
            || name.contains(".nosync")
    }

    /// Every file below `root` and its bytes, hidden files included.
    private func snapshot(_ root: URL) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let path = enumerator?.nextObject() as? String {
            if FileSystem.kind(root.path + "/" + path) == .file, case .success(let bytes) = FileSystem.readAll(root.path + "/" + path) {
                files[path] = bytes
            }
        }
        return files
    }

    private func copy(_ source: URL, to target: URL) throws -> URL {
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(at: source, to: target)
        return target
    }

    /// Starts the binary with its output discarded. posix_spawn and waitpid rather than
    /// Process, whose wait polls and would blur when the kill lands.
    private func spawn(_ arguments: [String]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([EndToEndTests.binary.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, EndToEndTests.binary.path, &actions, nil, argv, environ)
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
        return pid
    }

    /// Waits for the process and returns its exit status (-1 when it was killed).
    private func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : -1
    }
}
