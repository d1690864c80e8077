@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation

/// The JSON parser and the canonical writer: whatever parses is written, parses again to the
/// same values, and is written again to the same text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    guard let node = try? JSONParser.parse(bytes) else { return 0 }
    let text = JSONWriter.text(node)
    let again: JSONNode
    do {
        again = try JSONParser.parse(Array(text.utf8))
    } catch {
        fatalError("the writer's text does not parse: \(error) in \(text.debugDescription)")
    }
    guard withoutOffsets(again) == withoutOffsets(node) else { fatalError("values changed in a round trip: \(text.debugDescription)") }
    guard JSONWriter.text(again) == text else { fatalError("writing is not stable: \(text.debugDescription)") }
    return 0
}

/// The value with every offset set to 0, to compare what was written with what was read.
private func withoutOffsets(_ node: JSONNode) -> JSONNode {
    switch node.value {
    case .array(let elements): return JSONNode(.array(elements.map(withoutOffsets)))
    case .object(let members):
        return JSONNode(.object(members.map { JSONNode.Member(key: $0.key, keyOffset: 0, value: withoutOffsets($0.value)) }))
    default: return JSONNode(node.value)
    }
}
