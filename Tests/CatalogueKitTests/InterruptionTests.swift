import Foundation
import Testing
@testable import CatalogueKit

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
        #expect(result.stderr == "Note: removed \(out.path)/\(dead), left behind by an interrupted run\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == [live, "external-fragment.html", "external.html", "internal.html", "switchboard.csv"])
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
        #expect(result.stderr.hasPrefix("Error: Could not write \(out.path)/switchboard.csv (is a directory); nothing was changed."))
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
        #expect(result.stderr.hasPrefix("Error: \(out.path)/internal.html is a symbolic link; catalogue never writes through a link nor replaces it with a plain file"))
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
        #expect(result.stderr == "Error: departments/adm.json is a symbolic link; catalogue never writes through a link nor replaces it with a plain file, so nothing was changed. Change the file it points to instead, or replace the link with a copy of that file, then run the command again.\n")
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
