import CatalogueModel
import CatalogueStorage
import CatalogueExport

extension Command {
    /// `catalogue changes [--since REF] [--json | --html]`: what changed since an edition, by meaning.
    static let changes = Command(spec: CommandSpec(
        name: "changes", summary: "Show what changed since the last edition: people, tasks, areas and departments.",
        discussion: "Compares the catalogue as it is now, uncommitted edits included, with an earlier edition read straight from git (never checked out), and tells the changes by meaning in the catalogue's language: who joined, left, moved or got a new title or contact details; tasks added, removed, handed over or moved, whose primary person or backups changed, or that got new keywords, KLE numbers or a new description; areas that entered or left the external version; departments added, renamed (also under a new id) or moved, or given a new phone, mail or opening hours. The text suits a cover mail, --html a page for the intranet, --json other tools.",
        options: [Value.since.spec, Flag.json.spec, Flag.html.spec, Value.date.spec, Value.catalogue.spec])
    ) { call, console in
        guard let format = reportFormat(call, &console) else { return ExitStatus.usage }
        guard let (location, loaded) = loadCatalogue(call.arguments, call.context, &console) else { return ExitStatus.failure }
        reportUnreadable(loaded, location, &console)
        guard let news = changesSince(call.arguments.value(.since), loaded, location, &console) else { return ExitStatus.failure }
        let settings = loaded.catalogue.settings
        printReport(format, &console, json: { json(news) },
                    html: { ChangesReport.page(news.changes, since: news.label, settings: settings, date: $0) },
                    text: { ChangesReport.text(news.changes, since: news.label, language: settings.language) })
        return ExitStatus.success
    }

    /// `{"since": label, "changes": [{"kind", "id", "name", "formerId", "change", ...}]}`: ids and
    /// names, the change as a word, and its values as they stand in the files.
    static func json(_ news: EditionChanges.Since) -> JSONNode {
        .object([("since", .string(news.label)), ("changes", .array(news.changes.changes.map { change in
            .object([("kind", .string(change.kind.rawValue)), ("id", .string(change.id)), ("name", .string(change.name)),
                     ("formerId", change.formerID.map(JSONNode.string))] + json(change.what))
        }))])
    }

    private static func json(_ what: EditionChanges.What) -> [(String, JSONNode?)] {
        func addedRemoved(_ change: String, _ added: [String], _ removed: [String]) -> [(String, JSONNode?)] {
            [("change", .string(change)), ("added", .strings(added)), ("removed", .strings(removed))]
        }
        func fromTo(_ change: String, _ from: String?, _ to: String?) -> [(String, JSONNode?)] {
            [("change", .string(change)), ("from", from.map(JSONNode.string) ?? JSONNode(.null)), ("to", to.map(JSONNode.string) ?? JSONNode(.null))]
        }
        switch what {
        case .added(let detail): return [("change", .string("added")), ("detail", detail.map(JSONNode.string))]
        case .removed: return [("change", .string("removed"))]
        case .renamed(let from): return fromTo("renamed", from, nil)
        case .movedDepartment(let from, let to): return fromTo("movedDepartment", from, to)
        case .movedArea(let from, let to): return fromTo("movedArea", from, to)
        case .newTitle(let from, let to): return fromTo("newTitle", from, to)
        case .newContact(let fields):
            return [("change", .string("newContact")), ("fields", .array(fields.map { field in
                .object([("field", .string(field.field.rawValue)), ("from", field.from.map(JSONNode.string) ?? JSONNode(.null)),
                         ("to", field.to.map(JSONNode.string) ?? JSONNode(.null))])
            }))]
        case .newDeputy(let from, let to): return fromTo("newDeputy", from, to)
        case .handedOver(let from, let to): return fromTo("handedOver", from, to)
        case .newPrimary(let from, let to): return fromTo("newPrimary", from, to)
        case .backups(let added, let removed): return addedRemoved("backups", added, removed)
        case .keywords(let added, let removed): return addedRemoved("keywords", added, removed)
        case .kle(let added, let removed): return addedRemoved("kle", added, removed)
        case .newDescription: return [("change", .string("newDescription"))]
        case .enteredExternal: return [("change", .string("enteredExternal"))]
        case .leftExternal: return [("change", .string("leftExternal"))]
        }
    }

}

