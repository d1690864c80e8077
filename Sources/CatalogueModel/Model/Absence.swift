/// A period an employee is away (leave, sickness, a part-time absence) with the colleague who
/// takes their calls meanwhile. It is a record beside the tasks, not a change of them: on the
/// days it covers, the routing puts the cover in the person's place, and after its last day it
/// is ignored, so there is nothing to undo.
public struct Absence: Sendable, Equatable {
    /// The first day away.
    public var from: CalendarDay
    /// The last day away; nil while the return is not known.
    public var until: CalendarDay?
    /// The colleague who takes the calls.
    public var cover: EmployeeID
    /// A word for whoever keeps the catalogue, e.g. "Barselsorlov": shown by `show`, never
    /// published, since why someone is away is personal and not needed to route a call.
    public var note: String?

    public init(from: CalendarDay, until: CalendarDay? = nil, cover: EmployeeID, note: String? = nil) {
        self.from = from
        self.until = until
        self.cover = cover
        self.note = note
    }

    /// Whether the person is away on `day`.
    public func includes(_ day: CalendarDay) -> Bool {
        from <= day && until.map { day <= $0 } ?? true
    }

    /// Whether the two periods have a day in common.
    public func overlaps(_ other: Absence) -> Bool {
        (until.map { other.from <= $0 } ?? true) && (other.until.map { from <= $0 } ?? true)
    }
}

/// An absence as it stands on a given day: whom it concerns, the record, and who actually takes
/// the calls (the cover, or the cover's own cover when they are away too, and so on).
public struct AbsenceToday: Sendable, Equatable {
    /// The person who is away.
    public var person: Employee
    public var absence: Absence
    /// Who takes the calls: the first one along the chain of covers who is not away that day;
    /// nil when the chain ends in someone who has left or runs in a circle (the calls then go
    /// to the department).
    public var cover: Employee?
    /// The covers passed over because they are away too, in order.
    public var awayCovers: [Employee]
}

extension Catalogue {
    /// The absence of `person` on `day`, with whoever takes their calls; nil when they are not
    /// away that day (or no day is given).
    public func absence(of person: Employee, on day: CalendarDay?) -> AbsenceToday? {
        guard let day, let absence = person.absence, absence.includes(day) else { return nil }
        var seen: Set<EmployeeID> = [person.id]
        var passed: [Employee] = []
        var next: EmployeeID? = absence.cover
        while let id = next, seen.insert(id).inserted, let candidate = employee(id) {
            guard let own = candidate.absence, own.includes(day) else {
                return AbsenceToday(person: person, absence: absence, cover: candidate, awayCovers: passed)
            }
            passed.append(candidate)
            next = own.cover
        }
        return AbsenceToday(person: person, absence: absence, cover: nil, awayCovers: passed)
    }
}
