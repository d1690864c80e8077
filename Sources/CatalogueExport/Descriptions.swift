import CatalogueModel
import CatalogueMarkdown
import CatalogueSearch
import Synchronization

/// A task's description as a page shows it: the rendered Markdown, and its distinct words for
/// the live search.
struct WorkedDescription: Sendable {
    /// The Markdown it was made from.
    let source: String
    let headingBase: Int
    let html: HTMLNode
    let words: DistinctWords

    init(_ source: String, headingBase: Int) {
        self.source = source
        self.headingBase = headingBase
        html = .markdown(source, headingBase: headingBase)
        var words = DistinctWords()
        words.add(ExternalPage.plainText(html))
        self.words = words
    }

    /// The same description for a page whose headings start at another level: rendered again
    /// only when it has headings, the one thing the level changes.
    private init(_ other: WorkedDescription, headingBase: Int) {
        source = other.source
        self.headingBase = headingBase
        let hasHeadings = other.html.markdownBytes.withUnsafeBufferPointer { bytes in
            zip(bytes, bytes.dropFirst()).contains { $0 == 0x3C && $1 == 0x68 } // "<h"
        }
        html = hasHeadings ? .markdown(source, headingBase: headingBase) : other.html
        words = other.words
    }

    func atHeadingBase(_ base: Int) -> WorkedDescription { base == headingBase ? self : WorkedDescription(self, headingBase: base) }
}

/// Descriptions worked out once for the two pages of an export that show the same tasks: the
/// internal catalogue and the external page each render every public task's description and
/// fold its words, which is a fifth of their work. The first page to reach a task keeps what it
/// made here, the second takes it away, so only the distance between the two pages is held.
public final class SharedDescriptions: Sendable {
    /// The tasks both pages show.
    private let shared: Set<String>
    private let kept = Mutex<[String: WorkedDescription]>([:])

    /// For an export of both pages: the tasks the external page publishes are shown by both.
    public init(_ catalogue: Catalogue) {
        shared = Set(catalogue.tasks.filter { ExternalFilter.publishes($0, catalogue) }.map(\.id.rawValue))
    }

    /// The description of the task whose id is `id`, from the other page when it got there first.
    func description(of id: String, _ source: String, headingBase: Int) -> WorkedDescription {
        guard shared.contains(id) else { return WorkedDescription(source, headingBase: headingBase) }
        if let other = kept.withLock({ $0.removeValue(forKey: id) }), other.source == source {
            return other.atHeadingBase(headingBase)
        }
        let made = WorkedDescription(source, headingBase: headingBase)
        // Both pages may have made it at once: then the other's copy is the second use and goes.
        kept.withLock { kept in
            if kept.removeValue(forKey: id) == nil { kept[id] = made }
        }
        return made
    }
}

extension Optional where Wrapped == SharedDescriptions {
    /// The description from the shared store when there is one, else made here.
    func description(of id: String, _ source: String, headingBase: Int) -> WorkedDescription {
        self?.description(of: id, source, headingBase: headingBase) ?? WorkedDescription(source, headingBase: headingBase)
    }
}
