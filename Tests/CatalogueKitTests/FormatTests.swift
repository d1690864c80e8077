import Foundation
import Testing
@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation
@testable import CatalogueEditing

/// Canonical writing: every file reads and writes back to the same bytes, and `fmt` only
/// changes what is not canonical.
struct FormatTests {
    @Test func everyFileOfTheDefaultCatalogueIsCanonical() throws {
        let loaded = CatalogueReader.load(defaultCatalogue)
        #expect(!loaded.diagnostics.hasErrors)
        let files = CatalogueWriter.files(loaded.catalogue)
        #expect(files.count == loaded.fileCount)
        for file in files {
            #expect(loaded.bytes(of: file.path) == Array(file.text.utf8), "\(file.path) is not written back byte for byte")
        }
    }

    @Test func writingIsStableAfterOneRewrite() throws {
        let scratch = try ScratchCatalogue([
            "departments/adm.json": "\u{FEFF}{\"sortOrder\": 3, \"name\": \"Adm\" ,\"phone\":\"8810\"}",
            "areas/byg.md": "{\"contactDepartment\": \"adm\", \"name\": \"Byggeri\", \"significantBusinessContact\": true}\r\n\r\n\r\nLinje 1  \r\nLinje 2\r\n\r\n\r\n",
        ])
        defer { scratch.remove() }
        let first = CatalogueWriter.files(CatalogueReader.load(scratch.root).catalogue)
        for file in first { try scratch.write(file.path, file.text) }
        let second = CatalogueWriter.files(CatalogueReader.load(scratch.root).catalogue)
        #expect(first.map(\.text) == second.map(\.text))
        #expect(try scratch.read("departments/adm.json") == "{\n  \"name\": \"Adm\",\n  \"phone\": \"8810\",\n  \"sortOrder\": 3\n}\n")
        #expect(try scratch.read("areas/byg.md") == """
            {
              "name": "Byggeri",
              "significantBusinessContact": true,
              "contactDepartment": "adm"
            }

            Linje 1  
            Linje 2

            """)
    }

    @Test func crCrLfLineEndsAreFormattedOnceAndForAll() {
        let file = Array("{\"title\": \"T\", \"department\": \"adm\", \"area\": \"byg\", \"responsible\": [\"aa\"]}\r\r\n\r\r\nLinje 1\r\r\nLinje 2\r\r\n".utf8)
        let once = formatted(.task, file)
        #expect(once?.hasSuffix("}\n\nLinje 1\n\nLinje 2\n") == true, "\(once.debugDescription)")
        #expect(once.flatMap { formatted(.task, Array($0.utf8)) } == once)
    }

    @Test func fmtTwiceGivesWhatFmtOnceGave() {
        // Generated files: whatever fmt accepts, it must leave alone the second time.
        let titles = ["a", "æ", " ", "\\\"", "\\\\", "\\u00e6", "\\/", "\\t", "\u{2028}", "\u{FEFF}"]
        let separators = ["\n", "\r\n", "\r\r\n", " \n", "\n\n", "\t\r\n", "\r", "\n\r\n"]
        let text = ["a", "æ", " ", "  ", "\t", "\n", "\r", "\r\n", "\r\r\n", "\n\r", "\u{85}", "\u{2028}", "\u{A0}", "\u{FEFF}",
                    "#", "- ", "*", "`", "\\", "[a](https://a.dk)", "\u{301}", "\u{0}", "\u{1F600}"]
        var generator = SeededGenerator(seed: 3)
        var accepted = 0
        for _ in 0..<2_000 {
            let title = generator.string(from: titles, maxTokens: 4)
            let space = generator.string(from: [" ", "\n", "\r\n", "\t", "\r"], maxTokens: 2)
            let fields = "{\(space)\"title\": \"x\(title)\",\(space)\"department\": \"adm\", \"area\": \"byg\", \"responsible\": [\"aa\"]\(space)}"
            let source = generator.string(from: ["", "\u{FEFF}"], maxTokens: 1) + fields
                + separators[generator.below(separators.count)] + generator.string(from: text, maxTokens: 30)
            guard let once = formatted(.task, Array(source.utf8)) else { continue }
            accepted += 1
            #expect(formatted(.task, Array(once.utf8)) == once, "\(source.debugDescription)")
        }
        #expect(accepted > 1_000)
    }

    @Test func fmtCheckNamesTheFilesThatWouldChangeAndWritesNothing() throws {
        let messy = "{\"name\":\"Adm\"}"
        let scratch = try ScratchCatalogue(["departments/adm.json": messy])
        defer { scratch.remove() }
        let result = run(["fmt", "--check", "--catalogue", scratch.root.path], in: scratch.root)
        #expect(result.status == 1)
        #expect(result.stdout == "departments/adm.json\n")
        #expect(result.stderr == said(.notCanonical(files: 1)))
        #expect(try scratch.read("departments/adm.json") == messy)

        let fixed = run(["fmt"], in: scratch.root)
        #expect(fixed.status == 0)
        #expect(fixed.stdout == said(.formatted(path: "departments/adm.json")))
        #expect(run(["fmt", "--check"], in: scratch.root).status == 0)
    }

    @Test func fmtNeverRewritesAFileWithErrorsButFormatsTheOthers() throws {
        // The entry in memory lacks the misspelt field; writing it back would drop it silently.
        let broken = "{\"name\": \"Adm\", \"nmae\": \"x\"}"
        let messy = "{\"name\": \"Anne Andersen\", \"title\": \"Sagsbehandler\", \"department\": \"adm\", \"phone\": \"72 57 00 01\", \"deputy\": \"bb\", \"visibility\": \"contact\"}"
        let scratch = try ScratchCatalogue(["departments/adm.json": broken, "employees/aa.json": messy])
        defer { scratch.remove() }
        let result = run(["fmt"], in: scratch.root)
        #expect(result.status == 1)
        #expect(result.stdout == said(.formatted(path: "employees/aa.json")))
        #expect(diagnosticCodes(result.stderr).contains("departments/adm.json:1:17: error [unknown-field]"))
        #expect(result.stderr.hasSuffix(errorLine(.damagedNotRewritten(files: 1)) + "\n"))
        #expect(try scratch.read("departments/adm.json") == broken)
        #expect(try scratch.read("employees/aa.json") == ScratchCatalogue.validFiles["employees/aa.json"])
    }
}

/// What fmt writes for one entry file, or nil when the file has an error (fmt never rewrites such a file).
private func formatted(_ kind: EntryKind, _ bytes: [UInt8]) -> String? {
    var loaded = LoadedCatalogue(catalogue: Catalogue(settings: Settings(organisation: "", title: "", edition: "")),
                                 diagnostics: [], positions: [:], sources: [:])
    loaded.read(kind, id: "x", bytes: bytes)
    guard !loaded.hasErrors(in: kind.path(for: "x")), let entry = loaded.catalogue.entry(kind, "x") else { return nil }
    return CatalogueWriter.text(entry)
}
