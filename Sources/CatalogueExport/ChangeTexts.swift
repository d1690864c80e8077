import CatalogueModel

extension Strings {
    /// The words of "what changed" (`changes`, the internal catalogue's "Nyt siden sidste
    /// udgave", the edition's cover mail), one table per language like the rest of `Strings`.
    public struct ChangeTexts: Sendable {
        /// "Ændringer siden 2026, 2. udgave".
        var heading: @Sendable (_ since: String) -> String
        /// The internal catalogue's chapter.
        var chapter: String
        var none: @Sendable (_ since: String) -> String
        /// The section of each kind: people, tasks, areas, departments.
        var sections: [EntryKind: String]
        /// One line for a change of the entry called `name`.
        var line: @Sendable (_ kind: EntryKind, _ name: String, _ what: EditionChanges.What) -> String

        /// The table for a language.
        public static func `for`(_ language: Language) -> ChangeTexts {
            switch language {
            case .danish: danish
            case .english: english
            }
        }

        static let danish = ChangeTexts(
            heading: { "Ændringer siden \($0)" }, chapter: "Nyt siden sidste udgave",
            none: { "Ingen ændringer siden \($0)." },
            sections: [.employee: "Medarbejdere", .task: "Opgaver", .area: "Fagområder", .department: "Afdelinger"],
            line: { kind, name, what in
                let before = { (text: String?) in text.map { " (før \($0))" } ?? "" }
                switch what {
                case .added(let detail):
                    let word = kind == .area ? "Nyt fagområde" : kind == .employee ? "Ny medarbejder" : kind == .task ? "Ny opgave" : "Ny afdeling"
                    let more = detail.map { kind == .task ? " (primær: \($0))" : kind == .department ? " (under \($0))" : " (\($0))" } ?? ""
                    return "\(word): \(name)\(more)"
                case .removed:
                    return kind == .employee ? "Fratrådt: \(name)" : kind == .task ? "Udgået: \(name)" : "Nedlagt: \(name)"
                case .renamed(let old): return "\(old) hedder nu \(name)"
                case .movedDepartment(let from, let to):
                    if kind == .department {
                        return "\(name) ligger nu \(to.map { "under \($0)" } ?? "øverst i organisationen")\(before(from.map { "under \($0)" } ?? "øverst"))"
                    }
                    return "\(name) er flyttet fra \(from ?? "-") til \(to ?? "-")"
                case .movedArea(let from, let to): return "\(name) er flyttet fra fagområdet \(from) til \(to)"
                case .newTitle(let from, let to): return "\(name) er nu \(to)\(before(from))"
                case .newContact(let fields):
                    let parts = fields.map { field in
                        let label = switch field.field {
                        case .phone: "telefon"
                        case .mobile: "mobil"
                        case .mail: "mail"
                        case .openingHours: "åbningstid"
                        }
                        guard let to = field.to else { return "\(label) fjernet\(before(field.from.map(display)))" }
                        return "ny \(label) \(display(to))\(before(field.from.map(display)))"
                    }
                    return "\(name): " + parts.joined(separator: "; ")
                case .newDeputy(let from, let to):
                    return "\(name): " + (to.map { "ny stedfortræder \($0)" } ?? "ingen stedfortræder") + before(from)
                case .handedOver(let from, let to): return "\(name) er overdraget fra \(from) til \(to)"
                case .newPrimary(let from, let to): return "\(name): \(to) er nu primær ansvarlig\(before(from))"
                case .backups(let added, let removed):
                    let parts = (added.isEmpty ? [] : ["ny backup \(DanishList.and(added))"])
                        + (removed.isEmpty ? [] : ["\(DanishList.and(removed)) er ikke længere backup"])
                    return "\(name): " + parts.joined(separator: "; ")
                case .keywords(let added, let removed):
                    let parts = (added.isEmpty ? [] : ["\(added.count == 1 ? "nyt stikord" : "nye stikord") \(DanishList.and(added))"])
                        + (removed.isEmpty ? [] : ["\(removed.count == 1 ? "stikordet" : "stikordene") \(DanishList.and(removed)) er fjernet"])
                    return "\(name): " + parts.joined(separator: "; ")
                case .kle(let added, let removed):
                    let parts = (added.isEmpty ? [] : ["\(added.count == 1 ? "nyt KLE-nummer" : "nye KLE-numre") \(DanishList.and(added))"])
                        + (removed.isEmpty ? [] : ["\(removed.count == 1 ? "KLE-nummeret" : "KLE-numrene") \(DanishList.and(removed)) er fjernet"])
                    return "\(name): " + parts.joined(separator: "; ")
                case .newDescription: return "\(name): beskrivelsen er ændret"
                case .enteredExternal: return "\(name) kommer nu med i den eksterne version"
                case .leftExternal: return "\(name) er ikke længere med i den eksterne version"
                }
            })

        static let english = ChangeTexts(
            heading: { "Changes since \($0)" }, chapter: "New since the last edition",
            none: { "No changes since \($0)." },
            sections: [.employee: "Employees", .task: "Tasks", .area: "Areas", .department: "Departments"],
            line: { kind, name, what in
                let before = { (text: String?) in text.map { " (was \($0))" } ?? "" }
                switch what {
                case .added(let detail):
                    let word = kind == .area ? "New area" : kind == .employee ? "New employee" : kind == .task ? "New task" : "New department"
                    let more = detail.map { kind == .task ? " (primary: \($0))" : kind == .department ? " (under \($0))" : " (\($0))" } ?? ""
                    return "\(word): \(name)\(more)"
                case .removed:
                    return kind == .employee ? "Left: \(name)" : kind == .task ? "Discontinued: \(name)" : "Closed: \(name)"
                case .renamed(let old): return "\(old) is now called \(name)"
                case .movedDepartment(let from, let to):
                    if kind == .department {
                        return "\(name) is now \(to.map { "under \($0)" } ?? "at the top of the organisation")\(before(from.map { "under \($0)" } ?? "at the top"))"
                    }
                    return "\(name) moved from \(from ?? "-") to \(to ?? "-")"
                case .movedArea(let from, let to): return "\(name) moved from the area \(from) to \(to)"
                case .newTitle(let from, let to): return "\(name) is now \(to)\(before(from))"
                case .newContact(let fields):
                    let parts = fields.map { field in
                        let label = field.field == .openingHours ? "opening hours" : field.field.rawValue
                        guard let to = field.to else { return "\(label) removed\(before(field.from.map(display)))" }
                        return "new \(label) \(display(to))\(before(field.from.map(display)))"
                    }
                    return "\(name): " + parts.joined(separator: "; ")
                case .newDeputy(let from, let to):
                    return "\(name): " + (to.map { "new deputy \($0)" } ?? "no deputy") + before(from)
                case .handedOver(let from, let to): return "\(name) was handed over from \(from) to \(to)"
                case .newPrimary(let from, let to): return "\(name): \(to) is now the primary person\(before(from))"
                case .backups(let added, let removed):
                    let parts = (added.isEmpty ? [] : ["new backup \(added.joined(separator: ", "))"])
                        + (removed.isEmpty ? [] : ["\(removed.joined(separator: ", ")) no longer backup"])
                    return "\(name): " + parts.joined(separator: "; ")
                case .keywords(let added, let removed):
                    let parts = (added.isEmpty ? [] : ["new \(added.count == 1 ? "keyword" : "keywords") \(added.joined(separator: ", "))"])
                        + (removed.isEmpty ? [] : ["\(removed.count == 1 ? "keyword" : "keywords") \(removed.joined(separator: ", ")) removed"])
                    return "\(name): " + parts.joined(separator: "; ")
                case .kle(let added, let removed):
                    let parts = (added.isEmpty ? [] : ["new KLE \(added.count == 1 ? "number" : "numbers") \(added.joined(separator: ", "))"])
                        + (removed.isEmpty ? [] : ["KLE \(removed.count == 1 ? "number" : "numbers") \(removed.joined(separator: ", ")) removed"])
                    return "\(name): " + parts.joined(separator: "; ")
                case .newDescription: return "\(name): description changed"
                case .enteredExternal: return "\(name) now appears in the external version"
                case .leftExternal: return "\(name) no longer appears in the external version"
                }
            })

        /// A phone number grouped the Danish way; anything else as it is.
        private static func display(_ value: String) -> String { PhoneNumber(value)?.grouped ?? value }
    }
}

/// Danish list words for the publications' sentences.
enum DanishList {
    /// "a, b og c".
    static func and(_ parts: [String]) -> String {
        parts.count < 2 ? parts.joined() : parts.dropLast().joined(separator: ", ") + " og " + (parts.last ?? "")
    }
}
