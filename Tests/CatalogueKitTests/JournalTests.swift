import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// Bytes of a string, for building plans.
private func b(_ text: String) -> [UInt8] { Array(text.utf8) }

/// The journal of a change of several files: a failure part-way undoes it, a journal left by a
/// killed writer is completed by the next command, and one that cannot be completed is reported.
struct JournalTests {
    /// A folder with three files, and a plan that changes two and removes the third.
    private func threeFiles() throws -> (PlanFolder, ChangePlan) {
        let folder = try PlanFolder(["a.json": "a old\n", "b.json": "b old\n", "c.json": "c old\n"])
        let plan = ChangePlan(changes: [
            .modify(path: "a.json", old: b("a old\n"), new: b("a new\n")),
            .modify(path: "b.json", old: b("b old\n"), new: b("b new, longer\n")),
            .delete(path: "c.json", old: b("c old\n")),
        ])
        return (folder, plan)
    }

    @Test func aRemovalThatFailsPutsBackEveryFileAlreadyChanged() throws {
        let (folder, plan) = try threeFiles()
        defer { folder.remove() }
        let before = folder.snapshot()
        let error = #expect(throws: ApplyError.self) { try plan.apply(to: folder.root, hook: RenameWindowHook(failAt: 2)) }
        #expect(error == .couldNotDelete(path: "c.json", reason: "input/output error"))
        #expect(error?.code == "could-not-delete")
        #expect(folder.snapshot() == before)
        #expect(folder.temporaryFiles() == [])
    }

    @Test func aRenameThatFailsPartWayPutsBackTheFilesBeforeIt() throws {
        let (folder, plan) = try threeFiles()
        defer { folder.remove() }
        let before = folder.snapshot()
        let error = #expect(throws: ApplyError.self) { try plan.apply(to: folder.root, hook: RenameWindowHook(failAt: 1)) }
        #expect(error == .couldNotReplace(path: "b.json", reason: "input/output error", restored: true))
        #expect(folder.snapshot() == before)
    }

    @Test func aWholeChangeLeavesNoJournalNoBackupAndNoTemporaryFile() throws {
        let (folder, plan) = try threeFiles()
        defer { folder.remove() }
        try plan.apply(to: folder.root, hook: .none)
        #expect(folder.snapshot() == ["a.json": b("a new\n"), "b.json": b("b new, longer\n")])
    }

    /// The state a writer killed right after writing its journal leaves: new contents in
    /// temporary files, the journal naming them, nothing renamed yet.
    private func killedAfterTheJournal() throws -> PlanFolder {
        let folder = try PlanFolder(["a.json": "a old\n", "b.json": "b old\n", "c.json": "c old\n",
                                     ".a.json.catalogue-tmp-1-0": "a new\n", ".b.json.catalogue-tmp-1-1": "b new, longer\n"])
        func identity(_ path: String) throws -> FileIdentity {
            guard case .file(let identity, _) = FileIdentity.state(folder.root.path + "/" + path) else { throw POSIXError(.ENOENT) }
            return identity
        }
        let steps: [Journal.Step] = [
            .put(path: "a.json", temporary: ".a.json.catalogue-tmp-1-0", after: try identity(".a.json.catalogue-tmp-1-0"), before: try identity("a.json")),
            .put(path: "b.json", temporary: ".b.json.catalogue-tmp-1-1", after: try identity(".b.json.catalogue-tmp-1-1"), before: try identity("b.json")),
            .remove(path: "c.json", before: try identity("c.json")),
        ]
        try folder.write(Journal.fileName, Journal.text(steps))
        return folder
    }

    @Test func aJournalLeftByAKilledWriterIsCompletedAndRemoved() throws {
        let folder = try killedAfterTheJournal()
        defer { folder.remove() }
        // Killed after the first rename.
        rename(folder.root.path + "/.a.json.catalogue-tmp-1-0", folder.root.path + "/a.json")
        let recovery = try Journal.complete(in: folder.root)
        #expect(recovery == JournalRecovery(completed: 2, total: 3))
        #expect(folder.snapshot() == ["a.json": b("a new\n"), "b.json": b("b new, longer\n")])
        #expect(try Journal.complete(in: folder.root) == nil)
    }

    @Test func aJournalWhoseFileWasChangedByHandSinceIsReportedAndNothingIsTouched() throws {
        let folder = try killedAfterTheJournal()
        defer { folder.remove() }
        try folder.write("b.json", "b edited by hand\n")
        let before = folder.snapshot()
        let error = #expect(throws: JournalError.self) { try Journal.complete(in: folder.root) }
        #expect(error == .cannotComplete(file: Journal.fileName, problems: [.changedByHand(path: "b.json")]))
        // The message names the file changed by hand, as the user's path names it, in both languages.
        for language in Language.allCases {
            #expect(error.map { Wording(language).text(.cannotCompleteJournal($0, prefix: "catalogue/")) }?.contains("catalogue/b.json") == true)
        }
        #expect(folder.snapshot() == before)
    }

    @Test func aJournalWhoseTemporaryFileIsMissingIsReported() throws {
        let folder = try killedAfterTheJournal()
        defer { folder.remove() }
        unlink(folder.root.path + "/.a.json.catalogue-tmp-1-0")
        #expect(throws: JournalError.cannotComplete(file: Journal.fileName, problems: [
            .temporaryMissing(path: "a.json", temporary: ".a.json.catalogue-tmp-1-0"),
        ])) { try Journal.complete(in: folder.root) }
        #expect(folder.read("a.json") == "a old\n")
    }

    @Test func aJournalCutShortIsNeverTakenForAWholeOne() throws {
        let folder = try killedAfterTheJournal()
        defer { folder.remove() }
        let text = try #require(folder.read(Journal.fileName))
        try folder.write(Journal.fileName, String(text.dropLast(12)))
        #expect(throws: JournalError.unreadable(file: Journal.fileName, reason: "it is not a whole journal")) {
            try Journal.complete(in: folder.root)
        }
    }

    @Test func theNextReaderCompletesAKilledChangeAndSaysSoInOneLine() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let plan = ChangePlan(changes: [
            .rename(from: "employees/bb.json", to: "employees/bo.json", old: Array(try scratch.read("employees/bb.json").utf8),
                    new: Array(try scratch.read("employees/bb.json").utf8)),
        ])
        // A rename is two steps, so it has a journal; the writer stops before the first one.
        try plan.apply(to: scratch.root, hook: RenameWindowHook(abandonAt: 0))
        #expect(Journal.exists(in: scratch.root))
        let result = scratch.run(["list", "employees"])
        #expect(result.stderr == noteLine(.completedInterruptedChange(place: "", completed: 2, total: 2)) + "\n")
        #expect(FileManager.default.fileExists(atPath: scratch.root.appendingPathComponent("employees/bo.json").path))
        #expect(!FileManager.default.fileExists(atPath: scratch.root.appendingPathComponent("employees/bb.json").path))
        #expect(!Journal.exists(in: scratch.root))
    }

    @Test func aJournalThatCannotBeCompletedStopsEveryCommandWithWhatToDo() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        try scratch.write(Journal.fileName, "not a journal\n")
        for arguments in [["check"], ["set", "employee", "aa", "--title", "Chef"]] {
            let result = scratch.run(arguments)
            #expect(result.status == 1)
            let unreadable = JournalError.unreadable(file: Journal.fileName, reason: "it is not a whole journal")
            #expect(result.stderr == errorLine(.cannotCompleteJournal(unreadable, prefix: "")) + "\n", "\(arguments)")
        }
        #expect(try scratch.read("employees/aa.json").contains("Sagsbehandler"))
    }

    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "needs root to set owners"))
    func aRenameWhoseOldFileMayNotBeDeletedChangesNothing() throws {
        // A sticky folder lets only a file's owner delete it: the catalogue is nobody's, but
        // employees/ and bb.json are root's, so nobody can add bo.json but not delete bb.json.
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let employees = scratch.root.appendingPathComponent("employees").path
        for path in FileManager.default.subpaths(atPath: scratch.root.path) ?? [] { chown(scratch.root.path + "/" + path, 65534, 65534) }
        chown(scratch.root.path, 65534, 65534)
        chown(employees, 0, 0)
        chmod(employees, 0o1777)
        chown(employees + "/bb.json", 0, 0)
        let before = scratch.snapshot()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", EndToEndTests.binary.path,
                             "rename", "employee", "bb", "bo", "--catalogue", scratch.root.path, "--language", "en"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        let refused = ApplyError.couldNotDelete(path: "employees/bb.json", reason: FileSystem.reason(EPERM))
        #expect(stderr == errorLine(.cannotApply(refused, prefix: scratch.root.path + "/")) + "\n")
        #expect(scratch.snapshot() == before)
    }
}
