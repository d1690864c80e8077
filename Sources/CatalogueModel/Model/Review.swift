/// The review round: each department confirms its part of the catalogue, and each entry keeps
/// when and by whom it was last confirmed (`reviewed`, `reviewedBy`).
extension Catalogue {
    /// The entries a department confirms: itself, the people who work in it and the tasks it owns
    /// (its teams confirm their own), in that order.
    public func reviewedWith(_ department: Department) -> [AnyEntry] {
        [.department(department)] + employees.filter { $0.department == department.id }.map(AnyEntry.employee)
            + tasks.filter { $0.department == department.id }.map(AnyEntry.task)
    }

    /// True when the entry was confirmed on or after the day the current round started; false
    /// when there is no round.
    public func isConfirmedInRound(_ entry: AnyEntry) -> Bool {
        guard let started = settings.reviewStarted.flatMap(CalendarDay.init(iso:)),
              let reviewed = entry.reviewed.flatMap(CalendarDay.init(iso:)) else { return false }
        return !(reviewed < started)
    }
}
