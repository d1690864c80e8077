import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// A catalogue folder in a fresh temporary directory, with helpers to write, read and snapshot its files.
struct PlanFolder {
    let root: URL

    /// A new empty folder holding `files` (catalogue-relative path to text).
    init(_ files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    /// Writes `text` to the catalogue-relative `path`, creating folders.
    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// The text of the catalogue-relative `path`, or nil when there is no such file.
    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: root.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every file (hidden ones included) by catalogue-relative path, with its bytes.
    func snapshot() -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let paths = FileManager.default.subpaths(atPath: root.path) ?? []
        for path in paths {
            var isFolder: ObjCBool = false
            let full = root.appendingPathComponent(path).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = FileManager.default.contents(atPath: full).map { Array($0) } ?? []
            }
        }
        return files
    }

    /// Every path whose last component is a temporary name.
    func temporaryFiles() -> [String] {
        (FileManager.default.subpaths(atPath: root.path) ?? []).filter {
            ChangePlan.isTemporaryName(($0 as NSString).lastPathComponent)
        }.sorted()
    }

    /// Deletes the folder.
    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

/// Bytes of a string, for building plans.
private func b(_ text: String) -> [UInt8] { Array(text.utf8) }

/// Applying a plan of file changes all together or not at all, its summary and its unified diff.
struct ChangePlanTests {
    @Test func planWithCreateModifyDeleteAndRenameAppliesExactly() throws {
        let folder = try PlanFolder([
            "employees/aa.json": "aa old\n",
            "employees/bb.json": "bb\n",
            "departments/a.json": "dept a\n",
            "catalogue.json": "settings\n",
        ])
        defer { folder.remove() }
        let plan = ChangePlan(changes: [
            .create(path: "employees/cc.json", new: b("cc new\n")),
            .create(path: "areas/new/x.md", new: b("in a new folder\n")),
            .modify(path: "employees/aa.json", old: b("aa old\n"), new: b("aa new\n")),
            .delete(path: "employees/bb.json", old: b("bb\n")),
            .rename(from: "departments/a.json", to: "departments/b.json", old: b("dept a\n"), new: b("dept b\n")),
        ])
        try plan.apply(to: folder.root)
        #expect(folder.snapshot() == [
            "employees/cc.json": b("cc new\n"),
            "areas/new/x.md": b("in a new folder\n"),
            "employees/aa.json": b("aa new\n"),
            "departments/b.json": b("dept b\n"),
            "catalogue.json": b("settings\n"),
        ])
    }

    @Test func modifiedFileKeepsItsPermissions() throws {
        let folder = try PlanFolder(["tasks/t.md": "old\n"])
        defer { folder.remove() }
        let path = folder.root.appendingPathComponent("tasks/t.md").path
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try ChangePlan(changes: [.modify(path: "tasks/t.md", old: b("old\n"), new: b("new\n"))]).apply(to: folder.root)
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }

    @Test func summaryHasOneLinePerFileWithThePathPrefix() {
        let plan = ChangePlan(changes: [
            .create(path: "employees/sfl.json", new: []),
            .modify(path: "tasks/byggesag.md", old: [], new: b("x")),
            .delete(path: "employees/jhn.json", old: []),
            .rename(from: "departments/a.json", to: "departments/b.json", old: [], new: []),
        ])
        #expect(plan.summary(pathPrefix: "catalogue/") == [
            .created(path: "catalogue/employees/sfl.json"),
            .changed(path: "catalogue/tasks/byggesag.md"),
            .deleted(path: "catalogue/employees/jhn.json"),
            .renamed(from: "catalogue/departments/a.json", to: "catalogue/departments/b.json"),
        ])
        #expect(!plan.isEmpty)
        #expect(ChangePlan().isEmpty)
    }

    @Test func diffOfOneChangedLineIsGitsTextWithThreeLinesOfContext() {
        let old = "{\n  \"name\": \"Anne Andersen\",\n  \"title\": \"Sagsbehandler\",\n  \"department\": \"adm\",\n  \"phone\": \"72 57 00 01\",\n  \"deputy\": \"bb\",\n  \"visibility\": \"contact\"\n}\n"
        let new = old.replacingOccurrences(of: "72 57 00 01", with: "12 34 56 78")
        let plan = ChangePlan(changes: [.modify(path: "employees/aa.json", old: b(old), new: b(new))])
        #expect(plan.unifiedDiff(pathPrefix: "catalogue/") == """
            diff --git a/catalogue/employees/aa.json b/catalogue/employees/aa.json
            --- a/catalogue/employees/aa.json
            +++ b/catalogue/employees/aa.json
            @@ -2,7 +2,7 @@
               "name": "Anne Andersen",
               "title": "Sagsbehandler",
               "department": "adm",
            -  "phone": "72 57 00 01",
            +  "phone": "12 34 56 78",
               "deputy": "bb",
               "visibility": "contact"
             }

            """)
    }

    @Test func aCatalogueGivenByAnAbsolutePathIsNamedInTheDiffAsGitNamesIt() {
        // `git diff --no-index /tmp/a /tmp/b` writes a/tmp/a, not a//tmp/a, which patch tools misread.
        let plan = ChangePlan(changes: [
            .modify(path: "employees/aa.json", old: b("a\n"), new: b("b\n")),
            .create(path: "tasks/new.md", new: b("x\n")),
            .delete(path: "tasks/old.md", old: b("y\n")),
            .rename(from: "areas/a.md", to: "areas/b.md", old: b("z\n"), new: b("z\n")),
        ])
        let diff = plan.unifiedDiff(pathPrefix: "/tmp/katalog/")
        #expect(!diff.contains("//"))
        #expect(diff.contains("diff --git a/tmp/katalog/employees/aa.json b/tmp/katalog/employees/aa.json\n--- a/tmp/katalog/employees/aa.json\n+++ b/tmp/katalog/employees/aa.json\n"))
        #expect(diff.contains("+++ b/tmp/katalog/tasks/new.md\n"))
        #expect(diff.contains("--- a/tmp/katalog/tasks/old.md\n"))
        #expect(diff.contains("rename from tmp/katalog/areas/a.md\nrename to tmp/katalog/areas/b.md\n"))
    }

    @Test func diffOfCreatedAndDeletedFilesComparesWithDevNull() {
        let plan = ChangePlan(changes: [
            .create(path: "tasks/new.md", new: b("one\ntwo\n")),
            .delete(path: "employees/jhn.json", old: b("{\n}\n")),
        ])
        #expect(plan.unifiedDiff() == """
            diff --git a/tasks/new.md b/tasks/new.md
            new file mode 100644
            --- /dev/null
            +++ b/tasks/new.md
            @@ -0,0 +1,2 @@
            +one
            +two
            diff --git a/employees/jhn.json b/employees/jhn.json
            deleted file mode 100644
            --- a/employees/jhn.json
            +++ /dev/null
            @@ -1,2 +0,0 @@
            -{
            -}

            """)
    }

    @Test func diffMarksALastLineWithoutNewline() {
        let plan = ChangePlan(changes: [.modify(path: "x", old: b("one\ntwo"), new: b("one\nthree"))])
        #expect(plan.unifiedDiff() == """
            diff --git a/x b/x
            --- a/x
            +++ b/x
            @@ -1,2 +1,2 @@
             one
            -two
            \\ No newline at end of file
            +three
            \\ No newline at end of file

            """)
    }

    @Test func diffOfRenameHasRenameLinesAndOnlyChangedContentHasHunks() {
        let plan = ChangePlan(changes: [
            .rename(from: "departments/a.json", to: "departments/b.json", old: b("same\n"), new: b("same\n")),
            .rename(from: "areas/x.md", to: "areas/y.md", old: b("x\n"), new: b("y\n")),
        ])
        #expect(plan.unifiedDiff() == """
            diff --git a/departments/a.json b/departments/b.json
            rename from departments/a.json
            rename to departments/b.json
            diff --git a/areas/x.md b/areas/y.md
            rename from areas/x.md
            rename to areas/y.md
            --- a/areas/x.md
            +++ b/areas/y.md
            @@ -1 +1 @@
            -x
            +y

            """)
    }

    @Test func distantChangesMakeSeparateHunksAndCloseOnesShareOne() {
        let old = (1...20).map { "\($0)\n" }.joined()
        let new = old.replacingOccurrences(of: "\n2\n", with: "\ntwo\n").replacingOccurrences(of: "\n18\n", with: "\neighteen\n")
        #expect(LineDiff.unifiedHunks(old: b(old), new: b(new)) == """
            @@ -1,5 +1,5 @@
             1
            -2
            +two
             3
             4
             5
            @@ -15,6 +15,6 @@
             15
             16
             17
            -18
            +eighteen
             19
             20

            """)
        let close = old.replacingOccurrences(of: "\n2\n", with: "\ntwo\n").replacingOccurrences(of: "\n9\n", with: "\nnine\n")
        #expect(LineDiff.unifiedHunks(old: b(old), new: b(close)).hasPrefix("@@ -1,12 +1,12 @@\n"))
    }

    @Test func lineDiffIsAShortestEditScript() {
        // "abcabba" to "cbabac" is the example of Myers' paper; its shortest script has 5 edits.
        let old = "abcabba".map { ArraySlice(Array("\($0)\n".utf8)) }
        let new = "cbabac".map { ArraySlice(Array("\($0)\n".utf8)) }
        let script = LineDiff.edits(old: old, new: new)
        let changes = script.filter { if case .equal = $0 { false } else { true } }
        #expect(changes.count == 5)
        // Replaying the script on the old lines must give the new lines.
        let rebuilt: [ArraySlice<UInt8>] = script.compactMap { edit in
            switch edit {
            case .equal(let i, _): old[i]
            case .insert(let j): new[j]
            case .delete: nil
            }
        }
        #expect(rebuilt == new)
    }

    @Test func fileChangedOnDiskSinceReadChangesNothingAndLeavesNoTemporaryFile() throws {
        let folder = try PlanFolder(["employees/aa.json": "edited by someone else\n", "employees/bb.json": "bb\n"])
        defer { folder.remove() }
        let before = folder.snapshot()
        let plan = ChangePlan(changes: [
            .modify(path: "employees/bb.json", old: b("bb\n"), new: b("bb new\n")),
            .create(path: "employees/cc.json", new: b("cc\n")),
            .modify(path: "employees/aa.json", old: b("as read\n"), new: b("aa new\n")),
        ])
        #expect(throws: ApplyError.changedSinceRead(path: "employees/aa.json")) { try plan.apply(to: folder.root) }
        #expect(folder.snapshot() == before)
        #expect(folder.temporaryFiles() == [])
    }

    @Test func fileCreatedByOthersSinceReadIsNotOverwritten() throws {
        let folder = try PlanFolder(["employees/cc.json": "theirs\n"])
        defer { folder.remove() }
        let plan = ChangePlan(changes: [.create(path: "employees/cc.json", new: b("ours\n"))])
        let error = #expect(throws: ApplyError.self) { try plan.apply(to: folder.root) }
        #expect(error == .changedSinceRead(path: "employees/cc.json"))
        // Said in both languages with the file, as the user's path names it.
        for language in Language.allCases {
            #expect(error.map { Wording(language).text(.cannotApply($0, prefix: "catalogue/")) }?.contains("catalogue/employees/cc.json") == true)
        }
        #expect(folder.read("employees/cc.json") == "theirs\n")
        #expect(folder.temporaryFiles() == [])
    }

    @Test func failedWriteLeavesEveryFileByteIdenticalAndNoTemporaryFile() throws {
        // A folder that is a regular file cannot be written into, even by root.
        let folder = try PlanFolder(["employees/aa.json": "aa\n", "areas": "a file where a folder should be\n"])
        defer { folder.remove() }
        let before = folder.snapshot()
        let plan = ChangePlan(changes: [
            .modify(path: "employees/aa.json", old: b("aa\n"), new: b("aa new\n")),
            .create(path: "tasks/new/t.md", new: b("t\n")),
            .create(path: "areas/byg.md", new: b("byg\n")),
        ])
        let error = #expect(throws: ApplyError.self) { try plan.apply(to: folder.root) }
        #expect(error == .couldNotWrite(path: "areas", reason: "a file has the folder's name"))
        #expect(folder.snapshot() == before)
        #expect(folder.temporaryFiles() == [])
        // The folders made for the plan go too.
        #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("tasks").path))
    }

    @Test(.enabled(if: geteuid() != 0, "root may write to a read-only folder"))
    func writeIntoReadOnlyFolderFailsWithTheReasonAndChangesNothing() throws {
        let folder = try PlanFolder(["employees/aa.json": "aa\n", "tasks/t.md": "t\n"])
        defer { folder.remove() }
        let tasks = folder.root.appendingPathComponent("tasks").path
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: tasks)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: tasks) }
        let before = folder.snapshot()
        let plan = ChangePlan(changes: [
            .modify(path: "employees/aa.json", old: b("aa\n"), new: b("aa new\n")),
            .modify(path: "tasks/t.md", old: b("t\n"), new: b("t new\n")),
        ])
        #expect(throws: ApplyError.couldNotWrite(path: "tasks/t.md", reason: "permission denied")) { try plan.apply(to: folder.root) }
        #expect(folder.snapshot() == before)
        #expect(folder.temporaryFiles() == [])
    }

    @Test func symbolicLinkTargetIsRefusedAndNothingChanges() throws {
        let folder = try PlanFolder(["employees/aa.json": "aa\n", "elsewhere.json": "outside\n"])
        defer { folder.remove() }
        try FileManager.default.createSymbolicLink(
            atPath: folder.root.appendingPathComponent("employees/link.json").path, withDestinationPath: "../elsewhere.json")
        let before = folder.snapshot()
        let plan = ChangePlan(changes: [
            .modify(path: "employees/aa.json", old: b("aa\n"), new: b("aa new\n")),
            .modify(path: "employees/link.json", old: b("outside\n"), new: b("replaced\n")),
        ])
        let error = #expect(throws: ApplyError.self) { try plan.apply(to: folder.root) }
        #expect(error == .symbolicLink(path: "employees/link.json"))
        for language in Language.allCases {
            #expect(error.map { Wording(language).text(.cannotApply($0, prefix: "catalogue/")) }?.contains("catalogue/employees/link.json") == true)
        }
        #expect(folder.snapshot() == before)
        #expect(folder.temporaryFiles() == [])
    }

    @Test func symbolicLinkFolderIsRefused() throws {
        let folder = try PlanFolder(["real/x.json": "x\n"])
        defer { folder.remove() }
        try FileManager.default.createSymbolicLink(atPath: folder.root.appendingPathComponent("employees").path, withDestinationPath: "real")
        let plan = ChangePlan(changes: [.create(path: "employees/new.json", new: b("new\n"))])
        #expect(throws: ApplyError.symbolicLink(path: "employees")) { try plan.apply(to: folder.root) }
        #expect(folder.read("real/new.json") == nil)
    }

    @Test func pathOutsideTheCatalogueOrUsedTwiceIsRefusedBeforeWriting() throws {
        let folder = try PlanFolder(["employees/aa.json": "aa\n"])
        defer { folder.remove() }
        let outside = ChangePlan(changes: [.create(path: "../escaped.json", new: b("x\n"))])
        #expect(throws: ApplyError.invalidPlan(path: "../escaped.json")) { try outside.apply(to: folder.root) }
        let twice = ChangePlan(changes: [
            .modify(path: "employees/aa.json", old: b("aa\n"), new: b("1\n")),
            .delete(path: "employees/aa.json", old: b("aa\n")),
        ])
        #expect(throws: ApplyError.invalidPlan(path: "employees/aa.json")) { try twice.apply(to: folder.root) }
        #expect(folder.snapshot() == ["employees/aa.json": b("aa\n")])
    }

    @Test func temporaryNamesAreHiddenAndRecognisedButEntryNamesAreNot() {
        let name = ChangePlan.temporaryName(for: "akm.json", pid: 4321, counter: 7)
        #expect(name == ".akm.json.catalogue-tmp-4321-7")
        #expect(ChangePlan.isTemporaryName(name))
        #expect(!ChangePlan.isTemporaryName("akm.json"))
        #expect(!ChangePlan.isTemporaryName(".akm.json"))
        #expect(!ChangePlan.isTemporaryName(".akm.json.catalogue-tmp-4321"))
        #expect(!ChangePlan.isTemporaryName(".akm.json.catalogue-tmp-43x1-7"))
        #expect(!ChangePlan.isTemporaryName("akm.json.catalogue-tmp-4321-7"))
    }

    @Test func removeLeftoversDeletesOnlyTemporaryFilesInTheFolderAndItsSubfolders() throws {
        let folder = try PlanFolder([
            "employees/aa.json": "aa\n",
            "employees/.aa.json.catalogue-tmp-999-0": "half",
            ".catalogue.json.catalogue-tmp-999-1": "half",
            "..catalogue.lock.catalogue-tmp-998-5": "pid: 998\n",
            "tasks/deeper/.t.md.catalogue-tmp-999-2": "too deep to be ours",
            ".gitignore": "x\n",
        ])
        defer { folder.remove() }
        let removed = ChangePlan.removeLeftovers(in: folder.root)
        #expect(removed == ["..catalogue.lock.catalogue-tmp-998-5", ".catalogue.json.catalogue-tmp-999-1", "employees/.aa.json.catalogue-tmp-999-0"])
        #expect(Set(folder.snapshot().keys) == ["employees/aa.json", "tasks/deeper/.t.md.catalogue-tmp-999-2", ".gitignore"])
    }
}
