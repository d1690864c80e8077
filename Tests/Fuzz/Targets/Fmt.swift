@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation

/// fmt's round trip: an entry file that loads without errors is written in canonical form;
/// that text loads without errors to the same entry and is written again byte for byte.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFmt(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: count))
    guard let selector = input.first else { return 0 }
    let kind = EntryKind.allCases[Int(selector) % EntryKind.allCases.count]
    guard let (entry, text) = formatted(kind, Array(input.dropFirst())) else { return 0 }
    guard let (again, textAgain) = formatted(kind, Array(text.utf8)) else {
        fatalError("fmt's output does not load without errors: \(text.debugDescription)")
    }
    guard again == entry else { fatalError("fmt changed the entry: \(text.debugDescription)") }
    guard textAgain == text else { fatalError("fmt is not idempotent: \(text.debugDescription) → \(textAgain.debugDescription)") }
    return 0
}

/// The entry in a file and its canonical text, or nil when the file has an error.
private func formatted(_ kind: EntryKind, _ bytes: [UInt8]) -> (AnyEntry, String)? {
    var loaded = LoadedCatalogue(catalogue: Catalogue(settings: Settings(organisation: "", title: "", edition: "")),
                                 diagnostics: [], positions: [:], sources: [:])
    loaded.read(kind, id: "x", bytes: bytes)
    guard !loaded.hasErrors(in: kind.path(for: "x")), let entry = loaded.catalogue.entry(kind, "x") else { return nil }
    return (entry, CatalogueWriter.text(entry))
}
