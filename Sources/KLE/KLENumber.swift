/// A number in the KLE plan: a main group `NN`, a group `NN.NN` or a topic `NN.NN.NN`.
public struct KLENumber: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The three levels of the plan, from the top.
    public enum Level: Int, Comparable, Sendable {
        case mainGroup = 1, group, topic

        /// The top level first.
        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The first two digits, 0…99.
    public let mainGroup: Int
    /// The middle two digits; nil for a main group.
    public let group: Int?
    /// The last two digits; nil for a group or a main group.
    public let topic: Int?

    /// `NN`, `NN.NN` or `NN.NN.NN` exactly, or nil: no facet, no spaces, two digits per part.
    public init?(_ text: some StringProtocol) {
        // Two, five or eight bytes: digits in pairs with a dot between. Read by hand and without
        // copying, as the plan reads 2,390 and every page asks for each task's numbers.
        let bytes = text.utf8
        guard bytes.count == 2 || bytes.count == 5 || bytes.count == 8 else { return nil }
        // The parts read so far (-1 for one not written), and the tens digit of the part being read.
        var values = (0, -1, -1), part = 0, high: Int?
        for (position, byte) in bytes.enumerated() {
            switch position % 3 {
            case 2:
                guard byte == UInt8(ascii: ".") else { return nil }
            case 0:
                guard let digit = Self.digit(byte) else { return nil }
                high = digit
            default:
                guard let digit = Self.digit(byte), let tens = high else { return nil }
                let value = tens * 10 + digit
                switch part {
                case 0: values.0 = value
                case 1: values.1 = value
                default: values.2 = value
                }
                part += 1
            }
        }
        self.init(mainGroup: values.0, group: values.1 < 0 ? nil : values.1, topic: values.2 < 0 ? nil : values.2)
    }

    /// The number of these parts, each 0…99; a topic needs a group.
    init(mainGroup: Int, group: Int? = nil, topic: Int? = nil) {
        self.mainGroup = mainGroup
        self.group = group
        self.topic = group == nil ? nil : topic
    }

    /// Which level of the plan the number names.
    public var level: Level { topic != nil ? .topic : group != nil ? .group : .mainGroup }

    /// The number one level up: a topic's group, a group's main group; nil for a main group.
    public var parent: KLENumber? {
        switch level {
        case .topic: KLENumber(mainGroup: mainGroup, group: group)
        case .group: KLENumber(mainGroup: mainGroup)
        case .mainGroup: nil
        }
    }

    /// The main group the number lies under (itself for a main group).
    public var mainGroupNumber: KLENumber { KLENumber(mainGroup: mainGroup) }

    /// The general number one level down, whose title KLE writes "… i almindelighed": `NN.NN.00` for a group,
    /// the group `NN.00` for a main group; nil for a topic.
    var general: KLENumber? {
        switch level {
        case .topic: nil
        case .group: KLENumber(mainGroup: mainGroup, group: group, topic: 0)
        case .mainGroup: KLENumber(mainGroup: mainGroup, group: 0)
        }
    }

    /// The number as KLE writes it, with leading zeros: `09.13.01`.
    public var description: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(8)
        func append(_ part: Int) {
            if !bytes.isEmpty { bytes.append(UInt8(ascii: ".")) }
            bytes.append(UInt8(ascii: "0") + UInt8(part / 10))
            bytes.append(UInt8(ascii: "0") + UInt8(part % 10))
        }
        append(mainGroup)
        if let group { append(group) }
        if let topic { append(topic) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The number read as six digits (`09.13.01` is 91301, `09.13` is 91300): numeric distance for suggestions.
    var value: Int { mainGroup * 10_000 + (group ?? 0) * 100 + (topic ?? 0) }

    /// Plan order: a main group, then its groups, each followed by its topics.
    public static func < (lhs: KLENumber, rhs: KLENumber) -> Bool {
        (lhs.mainGroup, lhs.group ?? -1, lhs.topic ?? -1) < (rhs.mainGroup, rhs.group ?? -1, rhs.topic ?? -1)
    }

    /// The value of an ASCII digit.
    private static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }
}

/// A KLE number as a catalogue writes it: a number with an optional action facet, `24.10.07-G20`.
/// The facet says what is done (G01 is a permit); whether the reference exists is a question about its number.
public struct KLEReference: Hashable, Sendable, CustomStringConvertible {
    /// The number the facet is attached to, which the plan is asked about.
    public let number: KLENumber
    /// The action facet without its dash, `G20`; nil when there is none.
    public let facet: String?

    /// `NN`, `NN.NN` or `NN.NN.NN`, optionally followed by `-` and a facet of one capital letter and two digits.
    public init?(_ text: some StringProtocol) {
        // Split at the first dash by bytes, without an array of pieces: every task's values pass here for each page.
        let dash = text.utf8.firstIndex(of: UInt8(ascii: "-"))
        guard let number = KLENumber(text[..<(dash ?? text.endIndex)]) else { return nil }
        if let dash {
            let rest = text[text.utf8.index(after: dash)...], facet = rest.utf8
            guard facet.count == 3, let letter = facet.first, letter >= UInt8(ascii: "A"), letter <= UInt8(ascii: "Z"),
                  facet.dropFirst().allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
            else { return nil }
            self.facet = String(rest)
        } else {
            facet = nil
        }
        self.number = number
    }

    /// The reference as written: `24.10.07-G20`.
    public var description: String { facet.map { "\(number)-\($0)" } ?? number.description }
}
