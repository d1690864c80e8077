@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation

/// The entry-file loader (JSON and front matter) on any bytes: the first byte picks the kind.
/// It must never crash, and every diagnostic must point into the file it was read from.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEntry(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: count))
    guard let selector = input.first else { return 0 }
    let bytes = Array(input.dropFirst())
    var loaded = LoadedCatalogue(catalogue: Catalogue(settings: Settings(organisation: "", title: "", edition: "")),
                                 diagnostics: [], positions: [:], sources: [:])
    let kinds = EntryKind.allCases
    let file: String
    if Int(selector) % (kinds.count + 1) == kinds.count {
        loaded.readSettings(bytes)
        file = settingsFileName
    } else {
        let kind = kinds[Int(selector) % (kinds.count + 1)]
        loaded.read(kind, id: "x", bytes: bytes)
        file = kind.path(for: "x")
    }
    let lines = bytes.count { $0 == 0x0A } + 1
    for diagnostic in Validator.check(loaded) where diagnostic.location.file == file {
        if let line = diagnostic.location.line, !(1...lines).contains(line) {
            fatalError("\(diagnostic.code) points at line \(line) of a \(lines)-line file")
        }
        for language in Language.allCases where Wording(language).text(diagnostic.problem).isEmpty {
            fatalError("\(diagnostic.code) has no words in \(language) at \(diagnostic.location)")
        }
    }
    return 0
}
