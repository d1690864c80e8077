import CatalogueModel
import CatalogueStorage

extension Command {
    /// The "did you mean" note for a reference to an entry known by id and name: the entry whose
    /// name was typed, else the nearest id (shown without a name, as these callers have none to add).
    static func suggestion(_ value: String, among entries: [(id: String, name: String)]) -> [Hint] {
        let found = Suggestion.forReference(value, among: entries.map { Suggestion.Candidate(id: $0.id, name: $0.name) })
        return Note.suggesting(found, naming: found.reason == .name).map(\.hint)
    }
}
