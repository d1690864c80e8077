/// A topic of the plan: its number `NN.NN.NN`, its title and the words case texts use for it.
public struct KLETopic: Hashable, Sendable {
    /// The topic's number, always at the topic level.
    public let number: KLENumber
    /// The title as the plan writes it: `Rottebekæmpelse`.
    public let title: String
    /// The line's keywords as the file has them, `term[5];term[5];`, checked when the plan was read. They are
    /// a slice of the file's bytes, not a copy, and become terms only when asked for: checking numbers needs
    /// titles alone, and the plan has 31,000 terms.
    let keywords: ArraySlice<UInt8>

    /// The words and phrases of the topic with their weights, in the file's order, internal codes left out.
    public var terms: [KLETerm] {
        var terms: [KLETerm] = []
        forEachTerm { text, weight in
            terms.append(KLETerm(text: String(decoding: text, as: UTF8.self), weight: weight))
        }
        return terms
    }

    /// Calls `body` with the text (as UTF-8) and weight of each of `terms`, in order, making no strings.
    func forEachTerm(_ body: (ArraySlice<UInt8>, Int) -> Void) {
        KLEPlanReader.forEachPiece(of: keywords) { piece in
            guard let (text, weight) = KLEPlanReader.term(piece), !KLEPlanReader.isInternalCode(text, weight: weight)
            else { return }
            body(text, weight)
        }
    }
}

/// A word or phrase that case texts about a topic use, with the weight OS2KLE's classifier gives it (mostly 5).
public struct KLETerm: Hashable, Sendable {
    /// The word or phrase as the plan writes it: `Bekæmpelse af rotter`.
    public let text: String
    /// How strongly the term points to its topic; higher is stronger.
    public let weight: Int

    /// A term of this text and weight.
    public init(text: String, weight: Int) {
        self.text = text
        self.weight = weight
    }
}

/// A number of the plan at any level with its title: a topic, a group or a main group.
public struct KLEEntry: Hashable, Sendable, CustomStringConvertible {
    /// The number.
    public let number: KLENumber
    /// The title: a topic's own, or the one derived for a group or main group (see `KLEPlan`).
    public let title: String

    /// An entry of this number and title.
    public init(number: KLENumber, title: String) {
        self.number = number
        self.title = title
    }

    /// Number and title as a person reads them: `09.13.01 Rottebekæmpelse`.
    public var description: String { "\(number) \(title)" }
}
