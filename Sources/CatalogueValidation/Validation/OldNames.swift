import CatalogueModel
import CatalogueStorage

/// After a department or an area is given a new name, the descriptions that still say the old
/// one: nobody else will find them, and a caller reading the old name is sent nowhere.
extension Validator {
    /// One warning per line of a task's or area's description that holds a name `catalogue`
    /// no longer gives the department or area that `before` named so.
    public static func mentionsOfOldNames(before: LoadedCatalogue, after catalogue: Catalogue) -> [Diagnostic] {
        var renamed: [(old: String, new: String)] = []
        for department in before.catalogue.departments {
            if let now = catalogue.department(department.id), now.name != department.name { renamed.append((department.name, now.name)) }
        }
        for area in before.catalogue.areas {
            if let now = catalogue.area(area.id), now.name != area.name { renamed.append((area.name, now.name)) }
        }
        guard !renamed.isEmpty else { return [] }
        var found: [Diagnostic] = []
        let files = catalogue.tasks.map { (EntryKind.task.path(for: $0.id.rawValue), $0.description) }
            + catalogue.areas.map { (EntryKind.area.path(for: $0.id.rawValue), $0.description) }
        for (path, description) in files {
            // Lines are counted in the file as it stands, so the place can be opened in an editor.
            let lines = before.bytes(of: path).map { String(decoding: $0, as: UTF8.self) } ?? description
            for (number, line) in lines.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for (old, new) in renamed where line.range(of: old, options: .caseInsensitive) != nil && !line.contains(new) {
                    guard description.range(of: old, options: .caseInsensitive) != nil else { continue }
                    found.append(.at(SourceLocation(file: path, line: number + 1), .mentionsOldName(old: old, new: new)))
                }
            }
        }
        return found
    }
}
