/// The entries of one kind, in a stable order, looked up by id without a scan and edited in
/// place without re-indexing: replacing or adding an entry costs O(1), removing one O(n).
public struct EntryTable<Entry: Identifiable & Sendable & Equatable>: Sendable, Equatable, RandomAccessCollection,
    ExpressibleByArrayLiteral where Entry.ID: Sendable {
    private var entries: [Entry] = []
    /// Where each id stands in `entries`; kept in step by every mutation here.
    private var positions: [Entry.ID: Int] = [:]

    /// A table of `entries`; of two entries with the same id the first is kept (ids are file
    /// names, so a loaded catalogue has none twice).
    public init(_ entries: [Entry]) {
        self.entries.reserveCapacity(entries.count)
        for entry in entries where positions[entry.id] == nil {
            positions[entry.id] = self.entries.count
            self.entries.append(entry)
        }
    }

    public init(arrayLiteral elements: Entry...) { self.init(elements) }

    public var startIndex: Int { entries.startIndex }
    public var endIndex: Int { entries.endIndex }
    public subscript(position: Int) -> Entry { entries[position] }

    /// The entry with `id`, or nil.
    public subscript(id: Entry.ID) -> Entry? { positions[id].map { entries[$0] } }

    /// True when an entry has `id`.
    public func contains(id: Entry.ID) -> Bool { positions[id] != nil }

    /// Replaces the entry with the same id, or adds it at the end.
    public mutating func upsert(_ entry: Entry) {
        if let position = positions[entry.id] {
            entries[position] = entry
        } else {
            positions[entry.id] = entries.count
            entries.append(entry)
        }
    }

    /// Changes the entry with `id` in place; false when there is none.
    @discardableResult
    public mutating func update(_ id: Entry.ID, _ change: (inout Entry) -> Void) -> Bool {
        guard let position = positions[id] else { return false }
        let before = entries[position].id
        change(&entries[position])
        // An id changed in place would leave the positions pointing at the old one.
        if entries[position].id != before {
            positions[before] = nil
            positions[entries[position].id] = position
        }
        return true
    }

    /// Removes and returns the entry with `id`.
    @discardableResult
    public mutating func remove(_ id: Entry.ID) -> Entry? {
        guard let position = positions.removeValue(forKey: id) else { return nil }
        let removed = entries.remove(at: position)
        for later in position..<entries.count { positions[entries[later].id] = later }
        return removed
    }

    public static func == (lhs: EntryTable, rhs: EntryTable) -> Bool { lhs.entries == rhs.entries }
}
