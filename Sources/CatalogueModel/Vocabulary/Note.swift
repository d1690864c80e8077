/// A hint that goes with a message: a suggestion, a command that fixes it, another place that
/// matters. A separate value with its own location where it has one, printed on its own line.
public struct Note: Sendable, Equatable {
    /// Where the note points, when it points somewhere else than its message.
    public var location: SourceLocation?
    public var hint: Hint

    public init(_ hint: Hint, at location: SourceLocation? = nil) {
        self.hint = hint
        self.location = location
    }
}

/// What a note says.
public enum Hint: Sendable, Equatable {
    /// "did you mean …?": the candidates, shown with their names and departments when `naming`.
    case didYouMean([Suggestion.Candidate], naming: Bool)
    /// Someone named in several places has probably left: one command hands all of them over.
    case reassignAllFrom(id: String, places: Int)
    /// Nothing near was found: search for it.
    case lookItUp(query: String)
    /// The fields a file of this kind may hold.
    case allowedFields([String])
    /// Another employee with the same number or address (`shared-phone`, `shared-mail`).
    case alsoUsedBy(employee: String, name: String)
    /// How to accept a warning that is known and meant.
    case howToAccept(code: String)
    /// The fields a command takes as options, when an unknown one was typed and none is near.
    case fieldsAre([String], command: String)
    /// The plan's numbers nearest an unknown KLE number, each with its title.
    case nearestKLE([KLETitle])
    /// How to look for a fitting KLE number for a task.
    case suggestKLE(task: String)
}

/// A KLE number with the plan's title, as a note shows it.
public struct KLETitle: Sendable, Hashable {
    public var number: String
    public var title: String

    public init(number: String, title: String) {
        self.number = number
        self.title = title
    }
}

extension Note {
    /// "did you mean …?" for a suggestion, or no note when it suggests nothing.
    package static func suggesting(_ suggestion: Suggestion, naming: Bool = true) -> [Note] {
        suggestion.candidates.isEmpty ? [] : [Note(.didYouMean(suggestion.candidates, naming: naming))]
    }
}
