/// Reads change.json's entries, whose values name versions in text: `"class": "Only in 3.23"`,
/// `"title": "3.23: 'Ny titel'. 3.22: 'Gammel titel'"`, `"term": "Only in 3.22"`. Which version is the newer
/// is known only once every entry is read, so it gathers first and `changes(newer:)` decides.
struct KLEChangesReader {
    /// One number's values as read, each with the version it names.
    struct Entry {
        var number: KLENumber
        var onlyIn: String?
        var titles: [(version: String, title: String)] = []
        var terms: [(term: String, onlyIn: String)] = []
    }

    private(set) var entries: [Entry] = []
    private(set) var versions: Set<String> = []
    private(set) var problems: [KLEChangesProblem] = []

    /// Reads one entry of the file.
    mutating func read(_ key: String, _ raw: KLEChanges.RawEntry) {
        guard let number = KLENumber(key) else { return problem(key, key) }
        var entry = Entry(number: number)
        if let value = raw.class {
            if let version = Self.onlyIn(value) { entry.onlyIn = version } else { problem(key, value) }
        }
        for (name, value) in (raw.settings ?? [:]).sorted(by: { $0.key < $1.key }) {
            if name == "title", let titles = Self.titles(value) { entry.titles = titles } else { problem(key, value) }
        }
        for (term, values) in (raw.terms ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard values.count == 1, let value = values["term"], let version = Self.onlyIn(value) else {
                problem(key, "\(term): \(values.sorted { $0.key < $1.key })")
                continue
            }
            entry.terms.append((term, version))
        }
        versions.formUnion([entry.onlyIn].compactMap { $0 } + entry.titles.map(\.version) + entry.terms.map(\.onlyIn))
        entries.append(entry)
    }

    /// The changes read, in plan order, with `newer` the version they lead to.
    func changes(newer: String) -> [KLEChange] {
        entries.sorted { $0.number < $1.number }.map { entry in
            let newTitle = entry.titles.first { $0.version == newer }?.title
            let previousTitle = entry.titles.first { $0.version != newer }?.title
            return KLEChange(
                number: entry.number,
                presence: entry.onlyIn.map { $0 == newer ? .added : .retired },
                previousTitle: newTitle == nil ? nil : previousTitle,
                newTitle: previousTitle == nil ? nil : newTitle,
                addedTerms: entry.terms.filter { $0.onlyIn == newer }.map(\.term),
                removedTerms: entry.terms.filter { $0.onlyIn != newer }.map(\.term)
            )
        }
    }

    private mutating func problem(_ key: String, _ text: String) {
        problems.append(KLEChangesProblem(key: key, text: text))
    }

    /// The version of `Only in 3.23`.
    static func onlyIn(_ value: String) -> String? {
        guard value.hasPrefix("Only in ") else { return nil }
        let version = String(value.dropFirst("Only in ".count))
        return isVersion(version) ? version : nil
    }

    /// Both titles of `3.23: 'Ny titel'. 3.22: 'Gammel titel'`, each with its version. A title may hold an
    /// apostrophe, so the second part is found where `'. ` is followed by a version and `: '`.
    static func titles(_ value: String) -> [(version: String, title: String)]? {
        guard let firstOpen = value.firstRange(of: ": '"), value.hasSuffix("'"), firstOpen.upperBound < value.endIndex
        else { return nil }
        let firstVersion = String(value[..<firstOpen.lowerBound])
        let rest = value[firstOpen.upperBound..<value.index(before: value.endIndex)]
        for separator in rest.ranges(of: "'. ") {
            let after = rest[separator.upperBound...]
            let secondVersion = String(after.prefix { $0.isASCII && ($0.isNumber || $0 == ".") })
            let afterVersion = after.dropFirst(secondVersion.count)
            guard isVersion(firstVersion), isVersion(secondVersion), afterVersion.hasPrefix(": '") else { continue }
            return [(firstVersion, String(rest[..<separator.lowerBound])),
                    (secondVersion, String(afterVersion.dropFirst(3)))]
        }
        return nil
    }

    /// True for a version such as `3.23`: digits and dots, beginning and ending with a digit.
    static func isVersion(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last, first.isNumber, last.isNumber else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
    }
}
