/// A small seeded generator (SplitMix64) with the few draws the catalogue generator needs.
/// Every draw is written out here, not taken from the standard library's `random(in:using:)`,
/// whose algorithm may change between toolchains: a seed must give the same catalogue on any.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `0..<bound` (multiply-high; the bias is below 2⁻⁴⁰ for our bounds).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "below(_:) needs a positive bound")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A whole number in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    /// A number in `0..<1` with 53 random bits.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    /// A uniformly chosen element of a non-empty array.
    mutating func pick<Element>(_ elements: [Element]) -> Element { elements[below(elements.count)] }

    /// An element of a non-empty array ordered from common to rare: early elements come up far
    /// more often, as common names do in a population.
    mutating func pickCommon<Element>(_ elements: [Element]) -> Element {
        let u = unit()
        return elements[Int(u * u * Double(elements.count))]
    }

    /// An index chosen with probability proportional to `weights`.
    mutating func weighted(_ weights: [Int]) -> Int {
        var rest = below(weights.reduce(0, +))
        for (index, weight) in weights.enumerated() {
            if rest < weight { return index }
            rest -= weight
        }
        return weights.count - 1
    }

    /// `count` distinct elements of `elements` (all of them when there are fewer), in drawn order.
    mutating func sample<Element>(_ count: Int, from elements: [Element]) -> [Element] {
        var pool = elements
        let wanted = min(count, pool.count)
        for position in 0..<wanted { pool.swapAt(position, position + below(pool.count - position)) }
        return Array(pool.prefix(wanted))
    }

    /// The elements in a random order (Fisher–Yates).
    mutating func shuffled<Element>(_ elements: [Element]) -> [Element] { sample(elements.count, from: elements) }
}
