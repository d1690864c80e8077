import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// Loading reports each kind of broken file with its place, and never crashes.
struct LoadingTests {
    @Test func theScratchCatalogueIsValidWithoutWarnings() throws {
        #expect(try ScratchCatalogue.diagnostics([:]) == [])
    }

    @Test func unknownKeyIsAnErrorWithASuggestion() throws {
        let found = try ScratchCatalogue.diagnostics(["departments/adm.json": "{\n  \"name\": \"Adm\",\n  \"phnoe\": \"8810\"\n}\n"])
        #expect(found == ["departments/adm.json:3:3: error [unknown-field]"])
    }

    @Test func duplicateKeyIsAnErrorAtTheSecondKey() throws {
        let found = try ScratchCatalogue.diagnostics(["departments/adm.json": "{\n  \"name\": \"Adm\",\n  \"name\": \"Adm 2\"\n}\n"])
        #expect(found == ["departments/adm.json:3:3: error [duplicate-field]"])
    }

    @Test func wrongTypeIsAnErrorAtTheValue() throws {
        let found = try ScratchCatalogue.diagnostics(["departments/adm.json": "{\n  \"name\": \"Adm\",\n  \"sortOrder\": \"ti\"\n}\n"])
        #expect(found == ["departments/adm.json:3:16: error [wrong-type]"])
    }

    @Test func missingRequiredFieldIsAnErrorAtTheObject() throws {
        let found = try ScratchCatalogue.diagnostics(["employees/bb.json": "{\n  \"name\": \"Bo Berg\",\n  \"department\": \"adm\"\n}\n"])
        #expect(found == ["employees/bb.json:1:1: error [missing-field]"])
    }

    @Test func wrongChoiceNamesTheAllowedValues() throws {
        let found = try ScratchCatalogue.diagnostics(["employees/bb.json": "{\"name\": \"Bo\", \"title\": \"T\", \"department\": \"adm\", \"deputy\": \"aa\", \"visibility\": \"publik\"}"])
        #expect(found == ["employees/bb.json:1:81: error [not-a-choice]"])
    }

    @Test func syntaxErrorNamesLineAndColumn() throws {
        let found = try ScratchCatalogue.diagnostics(["departments/adm.json": "{\n  \"name\": \"Adm\",\n}\n"])
        #expect(found == ["departments/adm.json:3:1: error [invalid-json]"])
    }

    @Test func emptyFileIsAnError() throws {
        let found = try ScratchCatalogue.diagnostics(["departments/tom.json": "\n"])
        #expect(found == ["departments/tom.json: error [empty-file]"])
    }

    @Test func invalidUTF8IsAnErrorAtTheFirstBadByte() throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        try scratch.writeBytes("departments/adm.json", Array("{\n  \"name\": \"Byg og Milj".utf8) + [0xF8] + Array("\"\n}\n".utf8))
        #expect(scratch.diagnostics() == ["departments/adm.json:2:23: error [invalid-utf8]"])
    }

    @Test func fileNameThatIsNotAValidIdIsAnErrorWithASuggestedName() throws {
        let found = try ScratchCatalogue.diagnostics(["departments/Byg og Miljø.json": "{\"name\": \"Byg\"}"])
        #expect(found == ["departments/Byg og Miljø.json: error [bad-file-name]"])
    }

    @Test func fileWithTheWrongExtensionIsAnError() throws {
        let found = try ScratchCatalogue.diagnostics(["tasks/notat.txt": "x", "employees/cc.md": "{}"])
        #expect(found == [
            "employees/cc.md: error [wrong-extension]",
            "tasks/notat.txt: error [wrong-extension]",
        ])
    }

    @Test func unknownFolderIsAnErrorButHiddenFilesAreIgnored() throws {
        let found = try ScratchCatalogue.diagnostics(["projects/x.json": "{}", ".gitkeep": "", "departments/.DS_Store": "x"])
        #expect(found == ["projects: error [does-not-belong]"])
    }

    @Test func markdownEntryWithoutFrontMatterIsAnError() throws {
        let found = try ScratchCatalogue.diagnostics(["areas/byg.md": "# Byggeri\n\nTekst\n"])
        #expect(found.first == "areas/byg.md:1:1: error [missing-fields]")
    }

    @Test func textOnTheClosingLineOfFrontMatterIsAnError() throws {
        let found = try ScratchCatalogue.diagnostics(["areas/byg.md": "{\"name\": \"B\", \"significantBusinessContact\": true, \"contactDepartment\": \"adm\"} Tekst\n"])
        #expect(found == ["areas/byg.md:1:79: error [text-after-fields]"])
    }

    @Test func missingSettingsFileIsAnError() throws {
        let found = try ScratchCatalogue.diagnostics(["catalogue.json": nil])
        #expect(found == ["catalogue.json: error [missing-settings]"])
    }

    @Test func nestedLinkFieldsAreCheckedToo() throws {
        var task = ScratchCatalogue.validFiles["tasks/byggesag.md"]!
        task = task.replacingOccurrences(of: "\"links\": []", with: "\"links\": [{\"title\": \"Ansøg\", \"link\": \"https://x.dk\"}]")
        let found = try ScratchCatalogue.diagnostics(["tasks/byggesag.md": task])
        #expect(found == [
            "tasks/byggesag.md:11:13: error [missing-field]",
            "tasks/byggesag.md:11:32: error [unknown-field]",
        ])
    }

    @Test func anEntryWithAWrongOptionalFieldIsStillKnownToOthers() throws {
        // One typo must not also make every reference to the entry fail.
        let found = try ScratchCatalogue.diagnostics(["employees/aa.json": "{\"name\": \"A\", \"title\": \"T\", \"department\": \"adm\", \"deputy\": \"bb\", \"phone\": 72570001}"])
        #expect(found == [
            "employees/aa.json:1:75: error [wrong-type]",
            "tasks/byggesag.md:6:5: warning [primary-without-phone]",
        ])
    }

    @Test func everyProblemIsReportedInOnePass() throws {
        let found = try ScratchCatalogue.diagnostics([
            "departments/adm.json": "{\"name\": \"Adm\", \"x\": 1}",
            "employees/bb.json": "{",
            "areas/byg.md": "",
        ])
        // Three broken files, and no "does not exist" errors for the entries that could not be read.
        #expect(found.count == 3)
    }

    @Test func arbitraryBytesNeverCrashTheLoader() throws {
        var generator = SeededGenerator(seed: 42)
        let alphabet = Array("{}[]\":,\\ntrufalsenull0123456789-.eE æøå\n\t".utf8) + [0xFF, 0xC3, 0x00]
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        for _ in 0..<300 {
            let length = Int.random(in: 0..<80, using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
            try scratch.writeBytes("departments/adm.json", bytes)
            try scratch.writeBytes("tasks/byggesag.md", bytes)
            _ = scratch.diagnostics()
        }
    }

    @Test func aFileWithSeveralMistakesHasThemAllReportedInOnePass() throws {
        // Today's users needed three runs of check for one file: each mistake hid the next.
        let found = try ScratchCatalogue.diagnostics(["employees/bb.json": """
            {
              "name": "Bo Berg",
              "department": "admm",
              "phone": "72 57",
              "phnoe": "72 57 00 02",
              "deputy": "aa"
            }

            """])
        #expect(found == [
            "employees/bb.json:1:1: error [missing-field]",
            "employees/bb.json:3:17: error [unknown-reference]",
            "employees/bb.json:4:12: error [invalid-phone]",
            "employees/bb.json:5:3: error [unknown-field]",
        ])
    }

    @Test func filesLeftBehindByEditorsAndSystemsAreSkippedWithAWarning() throws {
        let found = try ScratchCatalogue.diagnostics(["tasks/Thumbs.db": "x", "employees/aa.json~": "x", "~$katalog.docx": "x", ".DS_Store": "x"])
        #expect(found == [
            "employees/aa.json~: warning [left-behind-file]",
            "tasks/Thumbs.db: warning [left-behind-file]",
            "~$katalog.docx: warning [left-behind-file]",
        ])
    }
}

/// Folders and files that cannot be read fail loudly, with the path and the reason, and cause
/// no follow-on errors; links are followed only inside the catalogue. These run as root too:
/// a folder's place is taken by a file or a looping link, which no permission lets anyone read.
struct UnreadableTests {
    @Test func aTasksFolderThatIsAFileIsAnErrorNotAnEmptyList() throws {
        let scratch = try ScratchCatalogue(["tasks/byggesag.md": nil])
        defer { scratch.remove() }
        try? FileManager.default.removeItem(at: scratch.root.appendingPathComponent("tasks"))
        try scratch.write("tasks", "x")
        #expect(scratch.diagnostics() == [
            "tasks: error [not-a-folder]",
        ])
    }

    @Test func anEmployeesFolderThatCannotBeFollowedNamesTheReasonAndNoEmployeeIsReportedMissing() throws {
        let scratch = try ScratchCatalogue(["employees/aa.json": nil, "employees/bb.json": nil])
        defer { scratch.remove() }
        try? FileManager.default.removeItem(at: scratch.root.appendingPathComponent("employees"))
        try FileManager.default.createSymbolicLink(atPath: scratch.root.appendingPathComponent("employees").path, withDestinationPath: "employees")
        #expect(scratch.diagnostics() == [
            "employees: error [broken-link]",
        ])
    }

    @Test(.enabled(if: getuid() != 0, "root reads every folder whatever its permissions; the tests above take a folder's place instead"))
    func aFolderWithoutReadPermissionIsAnError() throws {
        let scratch = try ScratchCatalogue()
        defer {
            chmod(scratch.root.appendingPathComponent("tasks").path, 0o755)
            scratch.remove()
        }
        chmod(scratch.root.appendingPathComponent("tasks").path, 0)
        #expect(scratch.diagnostics() == [
            "tasks: error [unreadable-folder]",
        ])
    }

    @Test(.enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "root needs setpriv to run as another user"))
    func checkAndExportFailLoudlyOnAFolderWithoutReadPermission() throws {
        // As root, the binary runs as nobody, whom permissions do stop.
        let scratch = try ScratchCatalogue()
        let tasks = scratch.root.appendingPathComponent("tasks").path
        defer {
            chmod(tasks, 0o755)
            scratch.remove()
        }
        chmod(tasks, 0)
        let prefix = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        for arguments in [["check"], ["export", "--out", "/tmp/never-written-\(UUID().uuidString)"]] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: (prefix + [EndToEndTests.binary.path])[0])
            process.arguments = Array((prefix + [EndToEndTests.binary.path] + arguments + ["--catalogue", scratch.root.path]).dropFirst())
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 1, "\(arguments)")
            #expect(diagnosticCodes(stderr).first == "\(scratch.root.path)/tasks: error [unreadable-folder]", "\(arguments): \(stderr)")
        }
    }

    @Test func aMissingTasksFolderIsAWarningNotSilence() throws {
        let scratch = try ScratchCatalogue(["tasks/byggesag.md": nil])
        defer { scratch.remove() }
        try? FileManager.default.removeItem(at: scratch.root.appendingPathComponent("tasks"))
        #expect(scratch.diagnostics().contains("tasks: warning [missing-folder]"))
    }

    @Test func anEntryThatIsAFolderIsReportedOnceAndNotAlsoAsMissing() throws {
        let scratch = try ScratchCatalogue(["employees/aa.json": nil])
        defer { scratch.remove() }
        try FileManager.default.createDirectory(at: scratch.root.appendingPathComponent("employees/aa.json"), withIntermediateDirectories: true)
        #expect(scratch.diagnostics() == [
            "employees/aa.json: error [folder-instead-of-file]",
        ])
    }

    @Test func aSettingsFileThatIsAFolderIsNotCalledMissing() throws {
        let scratch = try ScratchCatalogue(["catalogue.json": nil])
        defer { scratch.remove() }
        try FileManager.default.createDirectory(at: scratch.root.appendingPathComponent("catalogue.json"), withIntermediateDirectories: true)
        #expect(scratch.diagnostics() == [
            "catalogue.json: error [settings-is-a-folder]",
        ])
    }

    @Test func anUnreadableSettingsFileSaysWhy() throws {
        let scratch = try ScratchCatalogue(["catalogue.json": nil])
        defer { scratch.remove() }
        try FileManager.default.createSymbolicLink(atPath: scratch.root.appendingPathComponent("catalogue.json").path, withDestinationPath: "catalogue.json")
        #expect(scratch.diagnostics() == [
            "catalogue.json: error [broken-link]",
        ])
        let result = scratch.run(["check", "--catalogue", scratch.root.path])
        #expect(result.status == 1)
        #expect(diagnosticCodes(result.stderr) == ["catalogue.json: error [broken-link]"], "not [missing-settings]")
    }

    @Test func aCatalogueFolderThatCannotBeReadIsNotCalledACatalogueWithoutSettings() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("loop-\(UUID().uuidString)")
        try FileManager.default.createSymbolicLink(atPath: folder.path, withDestinationPath: folder.path)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = run(["check", "--catalogue", folder.path], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 1)
        #expect(result.stderr == errorLine(.catalogueFolderUnreadable(folder.path, reason: FileSystem.reason(ELOOP))) + "\n")
    }

    @Test func anEntryLinkingOutsideTheCatalogueIsAnError() throws {
        let scratch = try ScratchCatalogue(["employees/aa.json": nil])
        defer { scratch.remove() }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString).json")
        try Data(ScratchCatalogue.validFiles["employees/aa.json"]!.utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(atPath: scratch.root.appendingPathComponent("employees/aa.json").path, withDestinationPath: outside.path)
        #expect(scratch.diagnostics() == [
            "employees/aa.json: error [link-outside]",
        ])
    }

    @Test func anEntryLinkingInsideTheCatalogueIsRead() throws {
        let scratch = try ScratchCatalogue(["employees/aa.json": nil, ".shared/aa.json": ScratchCatalogue.validFiles["employees/aa.json"]!])
        defer { scratch.remove() }
        try FileManager.default.createSymbolicLink(atPath: scratch.root.appendingPathComponent("employees/aa.json").path, withDestinationPath: "../.shared/aa.json")
        #expect(scratch.diagnostics() == [])
    }

    @Test func aPipeInPlaceOfAnEntryIsAnErrorAndDoesNotHang() throws {
        let scratch = try ScratchCatalogue(["employees/aa.json": nil])
        defer { scratch.remove() }
        #expect(mkfifo(scratch.root.appendingPathComponent("employees/aa.json").path, 0o644) == 0)
        #expect(scratch.diagnostics() == [
            "employees/aa.json: error [not-a-regular-file]",
        ])
    }

    @Test func aFileOverTheSizeLimitIsRefusedUnread() throws {
        let task = ScratchCatalogue.validFiles["tasks/byggesag.md"]! + String(repeating: "Lang tekst. ", count: 100_000)
        let scratch = try ScratchCatalogue(["tasks/byggesag.md": task])
        defer { scratch.remove() }
        #expect(scratch.checked().map(\.problem) == [.fileTooLarge(size: task.utf8.count, limit: 1_048_576)])
    }

    @Test func leftoverTemporaryFilesAreNeitherEntriesNorStrayFiles() throws {
        let scratch = try ScratchCatalogue([
            "tasks/.byggesag.md.catalogue-tmp-4242-0": "{",
            ".catalogue.json.catalogue-tmp-4242-1": "{",
            "employees/.aa.json.catalogue-tmp-4242-2": "",
        ])
        defer { scratch.remove() }
        #expect(scratch.diagnostics() == [])
    }

    @Test func aWritingCommandRefusesWhileAFolderCannotBeRead() throws {
        let scratch = try ScratchCatalogue(["tasks/byggesag.md": nil])
        defer { scratch.remove() }
        try? FileManager.default.removeItem(at: scratch.root.appendingPathComponent("tasks"))
        try scratch.write("tasks", "x")
        let before = scratch.snapshot()
        let result = scratch.run(["rename", "employee", "aa", "ab"])
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix("[refused-unread-folders]\n"))
        #expect(scratch.snapshot() == before)
        #expect(scratch.run(["fmt", "--check"]).status == 1)
    }
}

/// A small deterministic random generator (SplitMix64), so generated tests repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

}

/// Hostile and broken entry files, each with the exact message it gets: never a crash, a hang
/// or a follow-on error elsewhere.
struct MalformedFileTests {
    static let front = "{\"title\": \"T\", \"department\": \"adm\", \"area\": \"byg\", \"responsible\": [\"aa\", \"bb\"], \"audience\": \"external\"}"

    static let departments: [(name: String, bytes: [UInt8], expected: String?)] = [
        ("truncated", Array("{\"name\": \"Adm\"".utf8), "1:15: error [invalid-json]"),
        ("truncated in a string", Array("{\"name\": \"Ad".utf8), "1:10: error [invalid-json]"),
        ("truncated in a character", Array("{\"name\": \"Milj".utf8) + [0xC3], "1:15: error [invalid-utf8]"),
        ("overlong UTF-8", Array("{\"name\": \"".utf8) + [0xC0, 0xAF] + Array("\"}".utf8), "1:11: error [invalid-utf8]"),
        ("UTF-16", [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00], "1:1: error [invalid-utf8]"),
        ("a byte-order mark", [0xEF, 0xBB, 0xBF] + Array("{\"name\": \"Adm\"}".utf8), nil),
        ("two byte-order marks", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array("{\"name\": \"Adm\"}".utf8),
         "1:2: error [invalid-json]"),
        ("10,000 nested arrays", Array(("{\"name\": \"Adm\", \"phone\": " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}").utf8),
         "1:225: error [invalid-json]"),
        ("10,000 nested objects", Array(("{\"name\": \"Adm\", \"phone\": " + String(repeating: "{\"a\":", count: 10_000) + "1" + String(repeating: "}", count: 10_000) + "}").utf8),
         "1:1021: error [invalid-json]"),
        ("a trailing comma in a list", Array("{\"name\": \"Adm\", \"sortOrder\": [1,]}".utf8), "1:33: error [invalid-json]"),
        ("a trailing comma in an object", Array("{\"name\": \"Adm\",}".utf8), "1:16: error [invalid-json]"),
        ("a duplicate key", Array("{\"name\": \"Adm\", \"name\": \"B\"}".utf8), "1:17: error [duplicate-field]"),
        ("a duplicate key spelt with an escape", Array("{\"name\": \"Adm\", \"na\\u006De\": \"B\"}".utf8), "1:17: error [duplicate-field]"),
        ("a raw NUL in a string", Array("{\"name\": \"A\u{0}dm\"}".utf8), "1:12: error [invalid-json]"),
        ("an escaped NUL in a value", Array("{\"name\": \"A\\u0000dm\"}".utf8), "1:10: error [control-character]"),
        ("a raw control character", Array("{\"name\": \"A\u{1}dm\"}".utf8), "1:12: error [invalid-json]"),
        ("a line break in a string", Array("{\"name\": \"A\ndm\"}".utf8), "1:12: error [invalid-json]"),
        ("a lone surrogate", Array("{\"name\": \"A\\ud800dm\"}".utf8), "1:12: error [invalid-json]"),
        ("a NUL after the object", Array("{\"name\": \"Adm\"}\u{0}".utf8), "1:16: error [invalid-json]"),
        ("a very long line", Array(("{\"name\": \"Adm\", " + String(repeating: " ", count: 900_000) + "x}").utf8), "1:900017: error [invalid-json]"),
        ("a list, not an object", Array("[]".utf8), "1:1: error [not-an-object]"),
        ("a number too large", Array("{\"name\": \"Adm\", \"sortOrder\": 1e999}".utf8), "1:30: error [not-a-whole-number]"),
    ]

    @Test(arguments: departments)
    func aBrokenDepartmentFileGetsExactlyItsMessage(name: String, bytes: [UInt8], expected: String?) throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        try scratch.writeBytes("departments/adm.json", bytes)
        #expect(scratch.diagnostics() == (expected.map { ["departments/adm.json:" + $0] } ?? []), "\(name)")
    }

    static let tasks: [(name: String, bytes: [UInt8], expected: String?)] = [
        ("truncated fields", Array("{\"title\": \"T\", \"department\": \"adm\"".utf8), "1:35: error [invalid-json]"),
        ("no fields", Array("# Overskrift\n\ntekst".utf8), "1:1: error [missing-fields]"),
        ("a byte-order mark", [0xEF, 0xBB, 0xBF] + Array((front + "\n\nTekst\n").utf8), nil),
        ("a NUL in the description", Array((front + "\n\nTe\u{0}kst\n").utf8), nil),
        ("invalid UTF-8 in the description", Array((front + "\n\nTe").utf8) + [0xFF] + Array("kst\n".utf8), "3:3: error [invalid-utf8]"),
        ("text after the fields", Array((front + " Tekst\n").utf8), "1:105: error [text-after-fields]"),
        ("old Mac line ends", Array((front + "\r\rTekst\r").utf8), nil),
        ("a very long description line", Array((front + "\n\n" + String(repeating: "ord ", count: 200_000)).utf8), nil),
        ("a list nested 700 deep", Array((front + "\n\n" + (0..<700).map { String(repeating: "  ", count: $0) + "- x\n" }.joined()).utf8), nil),
    ]

    @Test(arguments: tasks)
    func aBrokenTaskFileGetsExactlyItsMessage(name: String, bytes: [UInt8], expected: String?) throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        try scratch.writeBytes("tasks/byggesag.md", bytes)
        #expect(scratch.diagnostics() == (expected.map { ["tasks/byggesag.md:" + $0] } ?? []), "\(name)")
        // What loads is also rendered: the description never stops an export.
        #expect(scratch.run(["export", "--out", scratch.root.path + "-out"]).status == (expected == nil ? 0 : 1), "\(name)")
        try? FileManager.default.removeItem(atPath: scratch.root.path + "-out")
    }
}

/// A catalogue read from bytes (an earlier edition from git) is read as from its folder.
struct SourceLoadingTests {
    /// Every file of a folder, by catalogue-relative path.
    private func files(in root: URL) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            if !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }), let data = FileManager.default.contents(atPath: url.path),
               !url.hasDirectoryPath {
                files[relative] = [UInt8](data)
            }
        }
        return files
    }

    @Test func theDefaultCatalogueReadFromItsBytesIsTheCatalogueReadFromItsFolder() {
        let fromFolder = CatalogueReader.load(defaultCatalogue)
        let fromBytes = CatalogueReader.load(.files(files(in: defaultCatalogue)))
        #expect(fromBytes.catalogue == fromFolder.catalogue)
        #expect(fromBytes.logo == fromFolder.logo)
        #expect(Validator.check(fromBytes) == Validator.check(fromFolder))
        #expect(fromBytes.catalogue.employees.count > 40)
    }

    @Test func problemsInFilesGivenAsBytesAreReportedWithTheirPlaces() {
        var files = [settingsFileName: Array(ScratchCatalogue.validFiles[settingsFileName]!.utf8)]
        for (path, text) in ScratchCatalogue.validFiles { files[path] = Array(text.utf8) }
        files["departments/adm.json"] = Array("{\n  \"name\": \"Adm\",\n}\n".utf8)
        files["notes.txt"] = Array("x".utf8)
        files["tasks/sub/x.md"] = Array("x".utf8)
        let found = Validator.check(CatalogueReader.load(.files(files))).map(\.coded)
        #expect(found.contains("departments/adm.json:3:1: error [invalid-json]"))
        #expect(found.contains("notes.txt: error [does-not-belong]"))
        #expect(found.contains("tasks/sub: error [folder-in-kind-folder]"))
    }
}
