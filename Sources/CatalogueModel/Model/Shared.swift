/// A value kept once on the heap and shared by every copy until one of them changes it, when
/// that copy takes a fresh box of its own (copy on write). Employees and tasks keep their
/// fields in one: renderings pass them around by the tens of thousands, and copying a struct of
/// a dozen strings and arrays costs a reference count on each, where a shared box costs one.
struct Shared<Value: Sendable>: @unchecked Sendable {
    // Unchecked: the box is changed only through `value`'s modify accessor, and only when no
    // other copy holds it, so no two threads ever see it changing.
    private final class Box {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    init(_ value: Value) { box = Box(value) }

    var value: Value {
        _read { yield box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }
}

extension Shared: Equatable where Value: Equatable {
    static func == (a: Shared, b: Shared) -> Bool { a.box === b.box || a.box.value == b.box.value }
}
