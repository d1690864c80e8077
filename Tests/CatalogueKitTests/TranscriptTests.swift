import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage

/// The wording itself, in each language: transcripts of a few runs as a terminal shows them,
/// compared with golden files that were read by eye. Every other test asserts codes and
/// arguments, so only these fail when a sentence changes, and a changed sentence is reviewed as a
/// diff of the transcript. Set CATALOGUE_RECORD_GOLDEN=1 to re-record them: the run then fails on
/// purpose, so a new baseline is never accepted without a second, reviewed run.
struct TranscriptTests {
    /// The small valid catalogue, broken in several ways at once: a file that is not JSON, an
    /// unknown reference with a suggestion, someone named in two places who has left, a misspelt
    /// field, a shared direct line, a bad mail address and KLE number, a task without backup
    /// whose primary person has no phone, an acceptance of a code that does not exist.
    static let broken: [String: String?] = [
        "departments/it.json": """
            {
              "name": "IT",
              "phone": "72 57 00 10",
            }

            """,
        "employees/bb.json": """
            {
              "name": "Bo Berg",
              "title": "Sagsbehandler",
              "department": "adm",
              "mail": "bo@",
              "deputy": "aa",
              "visibility": "internal"
            }

            """,
        "employees/cc.json": """
            {
              "name": "Carl Clausen",
              "title": "Vejleder",
              "department": "admm",
              "phone": "72 57 00 01",
              "phnoe": "72 57 00 03",
              "deputy": "xx"
            }

            """,
        "tasks/byggesag.md": """
            {
              "title": "Byggesag",
              "department": "adm",
              "area": "byg",
              "responsible": [
                "bb"
              ],
              "keywords": [],
              "kle": [
                "2.34.02"
              ],
              "links": [],
              "audience": "external"
            }

            Vi behandler byggesager.

            """,
        "tasks/skilte.md": """
            {
              "title": "Skilte",
              "department": "adm",
              "area": "byg",
              "responsible": [
                "aa",
                "xx"
              ],
              "accept": {
                "no-bakup": "vi ved det"
              }
            }

            Skilte og facader.

            """,
    ]

    /// Usage mistakes, and changes the catalogue or a name refuses; none of them writes.
    static let refused: [[String]] = [
        ["lsit"],
        ["add", "emplyee", "--name", "Karen Lund"],
        ["set", "employee", "aa", "--phnoe", "72 57 00 09"],
        ["set", "employee", "aa", "--phone", ""],
        ["add", "task", "--title", "Skiltetilladelse"],
        ["show", "employee"],
        ["export", "--date", "2026-02-30"],
        ["remove", "employee", "aa"],
        ["remove", "task", "bygge"],
        ["set", "employee", "aa", "--deputy", "aa"],
        ["set", "task", "byggesag", "--remove-keyword", "carport"],
    ]

    /// Changes as a dry run says them, then made: the report of each.
    static let changes: [[String]] = [
        ["reassign", "task", "byggesag", "--from", "bb", "--to", "aa", "--dry-run"],
        ["add", "employee", "--name", "Cecilie Østergaard Dahl", "--title", "Jurist", "--department", "adm", "--deputy", "aa"],
        ["set", "task", "byggesag", "--add-keyword", "tilbygning"],
        ["set", "task", "byggesag", "--add-keyword", "Tilbygning"],
        ["remove", "employee", "bb", "--reassign-to", "coed"],
        ["rename", "department", "adm", "administration"],
    ]

    /// An update round in a git repository: editions refused and published, review sheets and
    /// confirmations, what changed, the report, and a mail draft without its PDF.
    static let round: [[String]] = [
        ["edition", "publish", "2026, 1. udgave"],
        ["edition", "publish", "2026, 1. udgave"],
        ["edition", "publish", "2027, 1. udgave"],
        ["review", "start", "Gennemgang vinter", "--due", "2027-01-15", "--out", "../gennemgang", "--date", "2026-12-01"],
        ["edition", "publish", "2027, 1. udgave"],
        ["review", "confirm", "department", "adm", "--by", "Bo Berg", "--date", "2026-12-02"],
        ["review", "confirm", "area", "byg"],
        ["review", "status"],
        ["rename", "department", "adm", "administration"],
        ["set", "department", "administration", "--name", "Administrationen"],
        ["changes"],
        ["changes", "--json", "--html"],
        ["changes", "--since", "udgave-1"],
        ["report"],
        ["edition", "send", "--out", "../udgivelse"],
    ]

    @Test(arguments: Language.allCases)
    func anUpdateRound(language: Language) throws {
        let repository = try ScratchRepository()
        defer { repository.remove() }
        let text = Self.transcript(Self.round, in: repository.catalogue, language: language,
                                   about: "an update round in the small valid catalogue, in a git repository (ScratchRepository)")
        try Self.compare(text, with: "transcript-round-\(language.rawValue).txt")
    }

    @Test(arguments: Language.allCases)
    func checkOnABrokenCatalogue(language: Language) throws {
        let scratch = try ScratchCatalogue(Self.broken)
        defer { scratch.remove() }
        let text = Self.transcript([["check"]], in: scratch, language: language,
                                   about: "check on a small catalogue broken in several ways (TranscriptTests.broken)")
        try Self.compare(text, with: "transcript-check-\(language.rawValue).txt")
    }

    @Test(arguments: Language.allCases)
    func usageErrorsAndRefusedChanges(language: Language) throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let before = scratch.snapshot()
        let text = Self.transcript(Self.refused, in: scratch, language: language,
                                   about: "usage mistakes and refused changes in the small valid catalogue (ScratchCatalogue)")
        #expect(scratch.snapshot() == before)
        try Self.compare(text, with: "transcript-refused-\(language.rawValue).txt")
    }

    @Test(arguments: Language.allCases)
    func aDryRunAndTheChangesItWouldMake(language: Language) throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        let text = Self.transcript(Self.changes, in: scratch, language: language,
                                   about: "a dry run, then changes one after another in the small valid catalogue (ScratchCatalogue)")
        try Self.compare(text, with: "transcript-changes-\(language.rawValue).txt")
    }

    /// A spreadsheet and a call log beside the small valid catalogue's files (hidden, so the
    /// catalogue does not count them): imported with a dry run, broken, for real, and again; the
    /// calls counted.
    static let sheets: [String: [UInt8]] = [
        ".ark.csv": Array("Navn;Stilling;Afdeling;Telefon;Mail;Opgave;Område;Rolle\r\nAnne Aagaard;Jurist;Administration;72 57 00 05;;Skiltetilladelse;Skilte og facader;Primær\r\nBo Berg;;;;;Skiltetilladelse;Skilte og facader;Backup\r\nCecilie Dahl;Jurist;Team Jura;72 57 00 06;cd@testby.dk;;;\r\n".data(using: .windowsCP1252) ?? Data()),
        ".fejl.csv": Array("Navn;Stilling;Afdeling;Telefon\r\nKaren Lund;Jurist;Administraton;72 57 00 07\r\nLis Holm;Jurist;adm;72 57\r\n;;adm;\r\n".utf8),
        ".opkald.csv": Array("Tidspunkt;Nummer;Retning\r\n2026-11-03 09:14;0001;Indgående\r\n2026-11-04 10:00;9999;Indgående\r\n2026-12-01 08:00;72 57 00 01;Udgående\r\ni går;0001;Indgående\r\n".utf8),
    ]

    @Test(arguments: Language.allCases)
    func importAndStats(language: Language) throws {
        let scratch = try ScratchCatalogue()
        defer { scratch.remove() }
        for (name, bytes) in Self.sheets { try scratch.writeBytes(name, bytes) }
        let commands = [["import", ".ark.csv", "--dry-run"], ["import", ".fejl.csv"], ["import", ".ark.csv"], ["import", ".ark.csv"],
                        ["stats", ".opkald.csv"]]
        let text = Self.transcript(commands, in: scratch, language: language,
                                   about: "import of a spreadsheet and stats of a call log beside the small valid catalogue (TranscriptTests.sheets)")
        try Self.compare(text, with: "transcript-import-\(language.rawValue).txt")
    }

    /// What a terminal shows for `commands` run one after another in the catalogue: each command
    /// line, its output in the order it was written (stdout and stderr together), and its status.
    static func transcript(_ commands: [[String]], in scratch: ScratchCatalogue, language: Language, about: String) -> String {
        var text = "# catalogue \(about); CATALOGUE_LANG=\(language.rawValue)\n\n"
        for arguments in commands {
            let result = scratch.run(arguments, environment: ["CATALOGUE_LANG": language.rawValue])
            text += "$ catalogue " + arguments.map(shellWord).joined(separator: " ") + "\n"
            text += result.output.map(\.text).joined()
            text += "[exit \(result.status)]\n\n"
        }
        return text
    }

    /// An argument as it would be typed in a shell.
    static func shellWord(_ argument: String) -> String {
        let plain = !argument.isEmpty && argument.allSatisfy { $0.isLetter || $0.isNumber || "-_./=@".contains($0) }
        return plain ? argument : "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Compares `text` with its golden file, or records it under CATALOGUE_RECORD_GOLDEN (and fails).
    static func compare(_ text: String, with name: String) throws {
        let golden = GoldenFileTests.goldenFolder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["CATALOGUE_RECORD_GOLDEN"] != nil {
            try CatalogueWriter.write(text, to: golden)
            Issue.record("re-recorded \(name): read it (git diff), then run the tests again without CATALOGUE_RECORD_GOLDEN")
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        guard text != expected else { return }
        let got = text.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
        Issue.record("""
            \(name) differs from its golden file at line \(line + 1):
              golden: \(line < want.count ? String(want[line]) : "(end)")
              now:    \(line < got.count ? String(got[line]) : "(end)")
            If the new wording is meant, re-record with CATALOGUE_RECORD_GOLDEN=1 and read the diff.
            """)
    }
}
