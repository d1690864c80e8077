import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueExport

/// A git repository in a fresh temporary folder with the small valid catalogue in `katalog/`,
/// committed, so that editions can be published and read back from git.
struct ScratchRepository {
    let top: URL
    let catalogue: ScratchCatalogue

    init(_ changes: [String: String?] = [:]) throws {
        try self.init(try ScratchCatalogue(changes))
    }

    /// A repository holding a copy of the catalogue at `source` (such as the default catalogue).
    init(copyOf source: URL) throws {
        try self.init(try ScratchCatalogue(copyOf: source))
    }

    private init(_ scratch: ScratchCatalogue) throws {
        top = FileManager.default.temporaryDirectory.appendingPathComponent("catalogue-repo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: top, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: scratch.root, to: top.appendingPathComponent("katalog"))
        catalogue = ScratchCatalogue(root: top.appendingPathComponent("katalog"))
        git("init", "-q")
        git("config", "user.name", "Sekretariatet")
        git("config", "user.email", "katalog@testby.dk")
        git("config", "commit.gpgsign", "false")
        git("config", "tag.gpgsign", "false")
        git("add", "-A")
        git("commit", "-q", "-m", "Første version")
    }

    /// Runs git in the repository's top folder and returns its output.
    @discardableResult
    func git(_ arguments: String...) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = top
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try? process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Runs the CLI in-process in the catalogue folder.
    func run(_ arguments: [String], environment: [String: String] = [:]) -> RunResult { catalogue.run(arguments, environment: environment) }

    func remove() { try? FileManager.default.removeItem(at: top) }
}

extension ScratchCatalogue {
    /// An existing catalogue folder.
    init(root: URL) { self.root = root }
}

/// `edition publish|list`, reading an earlier edition from git, `changes` and `export --since`.
struct EditionTests {
    private let department = """
        {
          "name": "Team Byg"
        }

        """

    @Test func publishTagsTheEditionAndListShowsIt() throws {
        let repository = try ScratchRepository()
        defer { repository.remove() }
        let published = repository.run(["edition", "publish", "2026, 1. udgave"])
        #expect(published.status == 0)
        #expect(published.stdout == said(.editionPublished(label: "2026, 1. udgave", tag: "edition/2026-1-udgave")))
        #expect(repository.git("tag", "--list") == "edition/2026-1-udgave\n")
        let list = repository.run(["edition", "list"])
        #expect(list.status == 0)
        #expect(list.stdout.hasPrefix("2026, 1. udgave  ") && list.stdout.hasSuffix("  edition/2026-1-udgave\n"))
    }

    @Test func publishIsRefusedOutsideGitOnUncommittedChangesOnAnExistingTagAndOnErrors() throws {
        let outside = try ScratchCatalogue()
        defer { outside.remove() }
        #expect(errorCodes(outside.run(["edition", "publish", "2026, 1. udgave"]).stderr) == ["not-in-git"])

        let repository = try ScratchRepository()
        defer { repository.remove() }
        // The label in catalogue.json is "2026, 1. udgave": another label needs --commit.
        #expect(errorCodes(repository.run(["edition", "publish", "2027, 1. udgave"]).stderr) == ["edition-label-not-committed"])
        try repository.catalogue.write("departments/byg.json", department)
        let uncommitted = repository.run(["edition", "publish", "2026, 1. udgave"])
        #expect(uncommitted.stderr == errorLine(.uncommittedChanges(files: ["departments/byg.json"])) + "\n")
        #expect(repository.git("tag", "--list").isEmpty)
        #expect(repository.run(["edition", "publish", "2026, 1. udgave", "--commit"]).status == 0)
        #expect(errorCodes(repository.run(["edition", "publish", "2026, 1. udgave"]).stderr) == ["edition-tag-exists"])
        try repository.catalogue.write("employees/aa.json", "{")
        #expect(errorCodes(repository.run(["edition", "publish", "2027, 1. udgave", "--commit"]).stderr).last == "edition-refused-errors")
        #expect(errorCodes(repository.run(["edition", "publish", " "]).stderr) == ["empty-label"])
    }

    @Test func publishWithCommitSetsTheLabelCommitsOnlyTheCatalogueAndTags() throws {
        let repository = try ScratchRepository()
        defer { repository.remove() }
        try "noter".write(to: repository.top.appendingPathComponent("noter.txt"), atomically: true, encoding: .utf8)
        try repository.catalogue.write("departments/byg.json", department)
        let result = repository.run(["edition", "publish", "2027, 1. udgave", "--commit"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(said(.changed(path: "catalogue.json"))))
        #expect(result.stdout.hasSuffix(said(.editionPublished(label: "2027, 1. udgave", tag: "edition/2027-1-udgave"))))
        #expect(try repository.catalogue.read("catalogue.json").contains("\"edition\": \"2027, 1. udgave\""))
        #expect(repository.git("log", "-1", "--format=%s") == "2027, 1. udgave\n")
        // A file outside the catalogue's folder is left for its owner to commit.
        #expect(repository.git("status", "--porcelain") == "?? noter.txt\n")
        #expect(repository.git("describe", "--tags") == "edition/2027-1-udgave\n")
    }

    @Test func anEarlierEditionIsReadFromGitWithoutTouchingTheWorkTree() throws {
        let repository = try ScratchRepository()
        defer { repository.remove() }
        #expect(repository.run(["edition", "publish", "2026, 1. udgave"]).status == 0)
        try repository.catalogue.write("departments/byg.json", department)
        let before = repository.catalogue.snapshot()
        let status = repository.git("status", "--porcelain")
        let git = try #require(GitRepository.containing(repository.catalogue.root))
        #expect(git.prefix == "katalog/")
        let commit = try #require(git.commit("edition/2026-1-udgave"))
        let earlier = try git.catalogue(at: commit).get()
        #expect(earlier.diagnostics.isEmpty)
        #expect(earlier.catalogue == CatalogueReader.load(.files(ScratchCatalogue.validFiles.mapValues { Array($0.utf8) })).catalogue)
        #expect(repository.catalogue.snapshot() == before)
        #expect(repository.git("status", "--porcelain") == status)
    }

    @Test func changesAreToldByMeaningWithARenamedDepartmentAsARename() throws {
        let old = try #require(try ScratchRepository.catalogueOf(ScratchCatalogue.validFiles))
        var new = old
        // A new department under a new id and name, with everything that named the old one.
        new.rename(.department, "adm", to: "administration")
        new.departments.update("administration") { $0.name = "Administrationen" }
        new.departments.upsert(Department(id: "byg", name: "Team Byg", parent: "administration"))
        new.employees.upsert(Employee(id: "cc", name: "Carl Christensen", title: "Byggesagsbehandler", department: "byg"))
        new.employees.update("aa") { $0.title = "Teamleder"; $0.phone = "72 57 00 09"; $0.department = "byg" }
        new.tasks.update("byggesag") { $0.responsible = ["cc", "aa"] }
        new.tasks.upsert(CatalogueTask(id: "skilte", title: "Skilte", department: "byg", area: "byg", responsible: ["cc"]))
        new.areas.update("byg") { $0.significantBusinessContact = false }
        let changes = EditionChanges.between(old, new).changes
        let expected: [EditionChanges.Change] = [
            .init(kind: .employee, id: "aa", name: "Anne Andersen", what: .movedDepartment(from: "Administration", to: "Team Byg")),
            .init(kind: .employee, id: "aa", name: "Anne Andersen", what: .newTitle(from: "Sagsbehandler", to: "Teamleder")),
            .init(kind: .employee, id: "aa", name: "Anne Andersen",
                  what: .newContact([.init(field: .phone, from: "72 57 00 01", to: "72 57 00 09")])),
            .init(kind: .employee, id: "cc", name: "Carl Christensen", what: .added(detail: "Byggesagsbehandler, Team Byg")),
            .init(kind: .task, id: "byggesag", name: "Byggesag", what: .newPrimary(from: "Anne Andersen", to: "Carl Christensen")),
            .init(kind: .task, id: "byggesag", name: "Byggesag", what: .backups(added: [], removed: ["Bo Berg"])),
            .init(kind: .task, id: "skilte", name: "Skilte", what: .added(detail: "Carl Christensen")),
            .init(kind: .area, id: "byg", name: "Byggeri", what: .leftExternal),
            .init(kind: .department, id: "administration", name: "Administrationen", formerID: "adm", what: .renamed(from: "Administration")),
            .init(kind: .department, id: "byg", name: "Team Byg", what: .added(detail: "Administrationen")),
        ]
        #expect(changes == expected)
    }

    @Test func whatATaskSaysAndHowADepartmentIsReachedAreChangesToo() throws {
        // The switchboard routes by keywords and department phones, the web version shows
        // external tasks, and colleagues read the descriptions as job descriptions.
        let old = try #require(try ScratchRepository.catalogueOf(ScratchCatalogue.validFiles))
        var new = old
        new.tasks.update("byggesag") {
            $0.keywords = ["altan", "carport"]
            $0.kle = ["02.34.02"]
            $0.description = "Vi behandler byggesager og giver forhåndsdialog."
            $0.audience = .internal
        }
        new.departments.update("adm") { $0.phone = "72 57 00 00"; $0.openingHours = "Man–fre 9–15" }
        var older = old
        older.tasks.update("byggesag") { $0.keywords = ["garage", "altan"] }
        let changes = EditionChanges.between(older, new).changes
        #expect(changes == [
            .init(kind: .task, id: "byggesag", name: "Byggesag", what: .keywords(added: ["carport"], removed: ["garage"])),
            .init(kind: .task, id: "byggesag", name: "Byggesag", what: .kle(added: ["02.34.02"], removed: [])),
            .init(kind: .task, id: "byggesag", name: "Byggesag", what: .newDescription),
            .init(kind: .task, id: "byggesag", name: "Byggesag", what: .leftExternal),
            .init(kind: .department, id: "adm", name: "Administration", what: .newContact([
                .init(field: .phone, from: nil, to: "72 57 00 00"), .init(field: .openingHours, from: nil, to: "Man–fre 9–15"),
            ])),
        ])
        let danish = ChangesReport.text(EditionChanges(changes: changes), since: "2026, 1. udgave", language: .danish)
        #expect(danish == """
            Ændringer siden 2026, 1. udgave

            Opgaver:
              - Byggesag: nyt stikord carport; stikordet garage er fjernet
              - Byggesag: nyt KLE-nummer 02.34.02
              - Byggesag: beskrivelsen er ændret
              - Byggesag er ikke længere med i den eksterne version

            Afdelinger:
              - Administration: ny telefon 72 57 00 00; ny åbningstid Man–fre 9–15

            """)
        // A description that differs only in spacing at its ends, or keywords in another order, is no change.
        var same = older
        same.tasks.update("byggesag") { $0.keywords = ["altan", "garage"]; $0.description += "\n\n" }
        #expect(EditionChanges.between(older, same).changes.isEmpty)
    }

    @Test func aPersonWhoLeftHandsOverTheirTasksAndTheirDeputyship() throws {
        let old = try #require(try ScratchRepository.catalogueOf(ScratchCatalogue.validFiles))
        var new = old
        new.employees.upsert(Employee(id: "cc", name: "Carl Christensen", title: "Sagsbehandler", department: "adm"))
        new.redirect(.employee, from: "aa", to: "cc")
        _ = new.employees.remove("aa")
        let changes = EditionChanges.between(old, new).changes.map { "\($0.kind.rawValue) \($0.id): \($0.what)" }
        #expect(changes == [
            "employee aa: removed",
            "employee bb: newDeputy(from: Optional(\"Anne Andersen\"), to: Optional(\"Carl Christensen\"))",
            "employee cc: added(detail: Optional(\"Sagsbehandler, Administration\"))",
            "task byggesag: handedOver(from: \"Anne Andersen\", to: \"Carl Christensen\")",
        ])
    }

    @Test func changesPrintsTextJSONAndHTMLAndExportSinceAddsTheChapter() throws {
        let repository = try ScratchRepository()
        defer { repository.remove() }
        #expect(errorCodes(repository.run(["changes"]).stderr) == ["no-edition-to-compare"])
        #expect(repository.run(["edition", "publish", "2026, 1. udgave"]).status == 0)
        #expect(repository.run(["changes"], environment: ["CATALOGUE_LANG": "da"]).stdout == "Ingen ændringer siden 2026, 1. udgave.\n")
        #expect(repository.run(["rename", "department", "adm", "administration"]).status == 0)
        #expect(repository.run(["set", "department", "administration", "--name", "Administrationen"]).status == 0)
        let text = repository.run(["changes"]).stdout
        #expect(text == "Ændringer siden 2026, 1. udgave\n\nAfdelinger:\n  - Administration hedder nu Administrationen\n")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(repository.run(["changes", "--json"]).stdout.utf8)) as? [String: Any])
        let first = try #require((json["changes"] as? [[String: Any]])?.first)
        #expect(first["change"] as? String == "renamed" && first["formerId"] as? String == "adm" && first["id"] as? String == "administration")
        let html = repository.run(["changes", "--html", "--date", "2026-12-01"]).stdout
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<li>Administration hedder nu Administrationen</li>"))
        #expect(html.contains("<time datetime=\"2026-12-01\">1. december 2026</time>"))
        #expect(errorCodes(repository.run(["changes", "--json", "--html"]).stderr) == ["one-format"])
        #expect(errorCodes(repository.run(["changes", "--since", "edition/1999"]).stderr) == ["unknown-revision"])
        // By a commit, by the edition's label, by its tag.
        #expect(repository.run(["changes", "--since", "HEAD"]).stdout == text.replacingOccurrences(of: "2026, 1. udgave", with: "HEAD"))
        #expect(repository.run(["changes", "--since", "2026, 1. udgave"]).stdout == text)

        let out = repository.top.appendingPathComponent("udgivelse")
        #expect(repository.run(["export", "internal", "--out", out.path, "--since", "edition/2026-1-udgave"]).status == 0)
        let page = try String(contentsOf: out.appendingPathComponent("internal.html"), encoding: .utf8)
        #expect(page.contains("<section id=\"nyt\" class=\"chapter changes\">\n<h2>Nyt siden sidste udgave</h2>"))
        #expect(page.contains("<a href=\"#nyt\">Nyt siden sidste udgave</a>"))
        #expect(page.contains("<li>Administration hedder nu Administrationen</li>"))
        #expect(repository.run(["export", "internal", "--out", out.path]).status == 0)
        #expect(try !String(contentsOf: out.appendingPathComponent("internal.html"), encoding: .utf8).contains("id=\"nyt\""))
    }

    @Test func sendWritesTheDistributionListAndADraftThatAMIMEParserReadsWithThePDF() throws {
        let repository = try ScratchRepository()
        defer { repository.remove() }
        let out = repository.top.appendingPathComponent("udgivelse")
        #expect(errorCodes(repository.run(["edition", "send", "--out", out.path]).stderr) == ["pdf-missing"])
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let pdf = out.appendingPathComponent("internal.pdf")
        try Data("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n".utf8).write(to: pdf)
        #expect(errorCodes(repository.run(["edition", "send", "--out", out.path]).stderr) == ["no-recipients"])
        #expect(repository.run(["set", "employee", "aa", "--mail", "aa@testby.dk"]).status == 0)
        #expect(repository.run(["set", "employee", "bb", "--mail", "BB@testby.dk"]).status == 0)
        #expect(repository.run(["set", "settings", "--distribution", "borgmester@testby.dk, bb@testby.dk",
                                "--edition", "2027, 1. udgave – forår", "--corrections", "Sekretariatet"]).status == 0)
        let result = repository.run(["edition", "send", "--out", out.path])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix(said(.draftWritten(recipients: 3, path: out.path + "/edition.eml"))))
        #expect(try String(contentsOf: out.appendingPathComponent("distribution.txt"), encoding: .utf8)
                == "aa@testby.dk\nBB@testby.dk\nborgmester@testby.dk\n")
        let parsed = try parsedWithPython(out.appendingPathComponent("edition.eml"))
        // A subject with a dash and "å" travels as encoded words and comes back whole.
        #expect(parsed.hasPrefix("""
            subject: Opgave- og medarbejderkatalog, 2027, 1. udgave – forår
            bcc: 3
            unsent: 1
            attachment: internal.pdf application/pdf \(sha256(of: pdf))
            Kære kolleger

            Hermed følger Opgave- og medarbejderkatalog, 2027, 1. udgave – forår, fra Testby Kommune.
            """))
        #expect(parsed.contains("Fejl og ændringer meldes til Sekretariatet."))
        let draft = try Data(contentsOf: out.appendingPathComponent("edition.eml"))
        #expect(String(decoding: draft, as: UTF8.self).split(separator: "\r\n", omittingEmptySubsequences: false).allSatisfy { $0.utf8.count <= 78 })
    }
}

/// A mail draft as Python's standard `email` package reads it (a strict, real MIME parser): its
/// subject, recipients, text, and each attachment's name, type and SHA-256, one a line.
func parsedWithPython(_ draft: URL) throws -> String {
    let script = """
        import email, email.policy, hashlib, sys
        message = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.strict)
        assert not message.defects, message.defects
        print('subject:', message['Subject'])
        print('bcc:', len(message['Bcc'].addresses))
        print('unsent:', message['X-Unsent'])
        for part in message.iter_attachments():
            print('attachment:', part.get_filename(), part.get_content_type(), hashlib.sha256(part.get_content()).hexdigest())
        # The text travels with CRLF line ends, as MIME's canonical form has them.
        print(message.get_body(preferencelist=('plain',)).get_content().replace('\\r\\n', '\\n'))
        """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, draft.path]
    let output = Pipe(), errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let problems = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(String(decoding: problems, as: UTF8.self))")
    return String(decoding: data, as: UTF8.self)
}

/// The SHA-256 of a file, as `sha256sum` prints it.
func sha256(of file: URL) -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["sha256sum", file.path]
    let output = Pipe()
    process.standardOutput = output
    try? process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(String(decoding: data, as: UTF8.self).prefix(64))
}

extension ScratchRepository {
    /// The catalogue that `files` hold, read as from git.
    static func catalogueOf(_ files: [String: String]) throws -> Catalogue? {
        let loaded = CatalogueReader.load(.files(files.mapValues { Array($0.utf8) }))
        return loaded.diagnostics.isEmpty ? loaded.catalogue : nil
    }
}
