import CatalogueModel
import CatalogueStorage

extension Validator {
    /// What is wrong with an employee's absence, or worth a word: a period that ends before it
    /// begins, a person covering for themselves, a cover who is not in the catalogue or is away
    /// in part of the same period; and, judged on `today`, an absence that is over (and ignored)
    /// or has had no last day for more than a year.
    static func absenceProblems(_ employee: Employee, in loaded: LoadedCatalogue, today: CalendarDay?,
                                at: (String) -> SourceLocation) -> [Diagnostic] {
        guard let absence = employee.absence else { return [] }
        var found: [Diagnostic] = []
        if let until = absence.until, until < absence.from {
            found.append(.at(at("absence.until"), .absenceEndsBeforeStart(from: absence.from, until: until)))
        }
        if absence.cover == employee.id {
            found.append(.at(at("absence.cover"), .coverIsSelf))
        } else if let cover = loaded.catalogue.employee(absence.cover) {
            if let own = cover.absence, own.overlaps(absence) {
                found.append(.at(at("absence.cover"), .coverAlsoAway(cover: cover.id.rawValue, from: own.from, until: own.until)))
            }
        } else if EntryID<Never>.problem(with: absence.cover.rawValue) != nil {
            found.append(.at(at("absence.cover"), .notAnID(key: "absence.cover", value: absence.cover.rawValue, kind: .employee)))
        } else if !loaded.couldNotRead(.employee, absence.cover.rawValue) {
            // A warning, not an error: the calls still have a place to go (the department).
            found.append(.at(at("absence.cover"), .coverLeft(cover: absence.cover.rawValue)))
        }
        guard let today else { return found }
        if let until = absence.until, until < today {
            found.append(.at(at("absence.until"), .absenceEnded(until: until)))
        } else if absence.until == nil, absence.from.adding(years: 1) < today {
            found.append(.at(at("absence.from"), .absenceWithoutEnd(from: absence.from)))
        }
        return found
    }
}
