import CatalogueModel

/// One field of an entry kind, described once: its key, type, whether it is required and its
/// help (`spec`, which the options of `add` and `set` are made from), how it is read from a
/// file into the entry, and how the entry writes it back. The reader, the canonical writer and
/// the comparison of two versions of an entry all go through it.
package struct Field<Entry>: Sendable {
    package let spec: FieldSpec
    /// Reads the field's value from the file into the entry, reporting what is wrong.
    let read: @Sendable (inout FieldReader, inout Entry) -> Void
    /// The field's value as the file holds it; nil leaves the key out.
    package let value: @Sendable (Entry) -> JSONNode?

    /// A required line of text.
    package static func text(_ key: String, _ path: WritableKeyPath<Entry, String> & Sendable, help: String) -> Field {
        Field(spec: FieldSpec(key: key, type: .text, required: true, help: help),
              read: { r, entry in entry[keyPath: path] = r.string(key, required: true) ?? "" },
              value: { .string($0[keyPath: path]) })
    }

    /// An optional line of text.
    package static func text(_ key: String, _ path: WritableKeyPath<Entry, String?> & Sendable, help: String) -> Field {
        Field(spec: FieldSpec(key: key, type: .text, help: help),
              read: { r, entry in entry[keyPath: path] = r.string(key) },
              value: { $0[keyPath: path].map(JSONNode.string) })
    }

    /// A required reference to another entry.
    package static func reference<Kind>(_ key: String, _ path: WritableKeyPath<Entry, EntryID<Kind>> & Sendable, _ kind: EntryKind,
                                        help: String) -> Field {
        Field(spec: FieldSpec(key: key, type: .reference(kind), required: true, help: help),
              read: { r, entry in entry[keyPath: path] = r.id(key, required: true) ?? "" },
              value: { .string($0[keyPath: path].rawValue) })
    }

    /// An optional reference to another entry.
    package static func reference<Kind>(_ key: String, _ path: WritableKeyPath<Entry, EntryID<Kind>?> & Sendable, _ kind: EntryKind,
                                        help: String) -> Field {
        Field(spec: FieldSpec(key: key, type: .reference(kind), help: help),
              read: { r, entry in entry[keyPath: path] = r.id(key) },
              value: { $0[keyPath: path].map { .string($0.rawValue) } })
    }

    /// A list of references to other entries, in order.
    package static func references<Kind>(_ key: String, _ path: WritableKeyPath<Entry, [EntryID<Kind>]> & Sendable, _ kind: EntryKind,
                                         required: Bool, help: String) -> Field {
        Field(spec: FieldSpec(key: key, type: .references(kind), required: required, help: help),
              read: { r, entry in entry[keyPath: path] = r.ids(key, required: required) },
              value: { .strings($0[keyPath: path].map(\.rawValue)) })
    }

    /// A list of texts.
    package static func texts(_ key: String, _ path: WritableKeyPath<Entry, [String]> & Sendable, help: String) -> Field {
        Field(spec: FieldSpec(key: key, type: .texts, help: help),
              read: { r, entry in entry[keyPath: path] = r.strings(key) },
              value: { .strings($0[keyPath: path]) })
    }

    /// A list of texts that is left out of the file when it is empty (a setting few catalogues use).
    package static func optionalTexts(_ key: String, _ path: WritableKeyPath<Entry, [String]> & Sendable, help: String) -> Field {
        Field(spec: FieldSpec(key: key, type: .texts, help: help),
              read: { r, entry in entry[keyPath: path] = r.strings(key) },
              value: { $0[keyPath: path].isEmpty ? nil : .strings($0[keyPath: path]) })
    }

    /// An optional whole number.
    package static func integer(_ key: String, _ path: WritableKeyPath<Entry, Int?> & Sendable, help: String) -> Field {
        Field(spec: FieldSpec(key: key, type: .integer, help: help),
              read: { r, entry in entry[keyPath: path] = r.integer(key) },
              value: { $0[keyPath: path].map(JSONNode.integer) })
    }

    /// A required true or false.
    package static func bool(_ key: String, _ path: WritableKeyPath<Entry, Bool> & Sendable, help: String) -> Field {
        Field(spec: FieldSpec(key: key, type: .bool, required: true, help: help),
              read: { r, entry in entry[keyPath: path] = r.bool(key, required: true) ?? false },
              value: { .bool($0[keyPath: path]) })
    }

    /// One of a few words, with the value a file without it has.
    package static func choice<Choice>(_ key: String, _ path: WritableKeyPath<Entry, Choice> & Sendable, default fallback: Choice,
                                       help: String) -> Field
    where Choice: RawRepresentable & CaseIterable & Sendable, Choice.RawValue == String {
        Field(spec: FieldSpec(key: key, type: .choice(Choice.allCases.map(\.rawValue)), help: help),
              read: { r, entry in entry[keyPath: path] = r.choice(key) ?? fallback },
              value: { .string($0[keyPath: path].rawValue) })
    }

    /// The warnings the entry knowingly has (`"accept"`), left out when there are none.
    package static func acceptances(_ path: WritableKeyPath<Entry, [Acceptance]> & Sendable) -> Field {
        Field(spec: FieldSpec(key: "accept", type: .acceptances,
                              help: "Warnings the entry knowingly has, as CODE=REASON (the code in [brackets] after the warning); repeat the option for more."),
              read: { r, entry in entry[keyPath: path] = r.acceptances("accept") },
              value: { $0[keyPath: path].node })
    }

    /// Self-service links, each an object with a title and an address.
    package static func links(_ key: String, _ path: WritableKeyPath<Entry, [Link]> & Sendable, help: String) -> Field {
        Field(spec: FieldSpec(key: key, type: .links, help: help),
              read: { r, entry in
                  entry[keyPath: path] = r.list(key) { reader, node, keyPath in
                      reader.nested(node, keyPath: keyPath, role: .link, knownKeys: ["title", "url"]) { link in
                          let title = link.string("title", required: true)
                          let url = link.string("url", required: true)
                          guard let title, let url else { return nil }
                          return Link(title: title, url: url)
                      }
                  }
              },
              value: { .array($0[keyPath: path].map { .object([("title", .string($0.title)), ("url", .string($0.url))]) }) })
    }
}

extension Field where Entry == Employee {
    /// A period away with a cover: an object with "from", "until" (the last day, optional),
    /// "cover" and "note" (optional). Set by `catalogue away`, removed by `catalogue back`.
    package static func absence(_ key: String, _ path: WritableKeyPath<Employee, Absence?> & Sendable, help: String) -> Field {
        Field(spec: FieldSpec(key: key, type: .absence, help: help),
              read: { r, entry in
                  entry[keyPath: path] = r.object(key, role: .absence, knownKeys: Absence.keys) { absence in
                      let from = absence.day("from", required: true)
                      let until = absence.day("until")
                      let cover: EmployeeID? = absence.id("cover", required: true)
                      let note = absence.string("note")
                      guard let from, let cover else { return nil }
                      return Absence(from: from, until: until, cover: cover, note: note)
                  }
              },
              value: { $0[keyPath: path]?.node })
    }
}

extension Absence {
    /// The keys of an absence object, in the order the file holds them.
    package static let keys = ["from", "until", "cover", "note"]

    /// The absence as the file holds it.
    package var node: JSONNode {
        .object([("from", .string(from.iso)), ("until", until.map { .string($0.iso) }), ("cover", .string(cover.rawValue)),
                 ("note", note.map(JSONNode.string))])
    }
}

extension Array {
    /// The keys whose values differ between two versions of an entry, in canonical order: what a
    /// change did, by meaning rather than by line.
    package func changedKeys<Entry>(from old: Entry, to new: Entry) -> [String] where Element == Field<Entry> {
        filter { $0.value(old) != $0.value(new) }.map(\.spec.key)
    }
}
