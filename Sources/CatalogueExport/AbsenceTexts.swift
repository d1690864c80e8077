import CatalogueModel

extension Strings {
    /// How the publications, `show` and `find` say that someone is away and who takes their calls.
    package struct AbsenceTexts: Sendable {
        /// The label of a person's absence in `show`, `find` and the internal catalogue.
        package var label: String
        /// "fraværende til og med 31. juli 2027"; without a last day, "fraværende indtil videre".
        var awayUntil: @Sendable (_ until: String?) -> String
        /// "kontakt Bent Kræmer".
        var contact: @Sendable (_ name: String) -> String
        /// Where the calls go when nobody covers.
        var contactDepartment: String
        /// "dækker for Anne Kirstine Mørk".
        var coversFor: @Sendable (_ name: String) -> String
        /// An absence recorded for days still ahead.
        var planned: @Sendable (_ from: String, _ until: String?, _ cover: String) -> String
        /// An absence whose last day has passed.
        var ended: @Sendable (_ until: String) -> String
    }

    /// "fraværende til og med 31. juli 2027; kontakt Bent Kræmer", with the cover's direct phone
    /// when `phone` is given (the staff directory), or "…; kontakt afdelingen" when nobody covers.
    package func away(_ absence: AbsenceToday, phone: PhoneStyleChoice = .none) -> String {
        let whom = absence.cover.map { cover in
            self.absence.contact(cover.name) + (phone.format(cover.phone).map { " (\($0))" } ?? "")
        } ?? self.absence.contactDepartment
        return self.absence.awayUntil(absence.absence.until.map(date)) + "; " + whom
    }

    /// "Anne Kirstine Mørk: fraværende til og med 31. juli 2027; kontakt Bent Kræmer", one per
    /// responsible person who is away, for the routing list's column.
    package func awayOnTask(_ route: Route) -> String {
        route.away.map { "\($0.person.name): " + away($0) }.joined(separator: " · ")
    }

    /// A recorded absence that does not apply on `day`: "planlagt fravær fra 1. december 2026 til
    /// og med 31. juli 2027; Bent Kræmer dækker", or that it is over.
    package func recorded(_ absence: Absence, on day: CalendarDay, cover: String) -> String {
        if let until = absence.until, until < day { return self.absence.ended(date(until)) }
        return self.absence.planned(date(absence.from), absence.until.map(date), cover)
    }

    /// "dækker for Anne Kirstine Mørk, fraværende til og med 31. juli 2027", said of a cover.
    package func standingIn(_ absence: AbsenceToday) -> String {
        self.absence.coversFor(absence.person.name) + ", " + self.absence.awayUntil(absence.absence.until.map(date))
    }
}

/// Whether `Strings.away` names the cover's phone, and how.
package enum PhoneStyleChoice: Sendable {
    case none, display

    func format(_ phone: String?) -> String? {
        switch self {
        case .none: return nil
        case .display: return phone.map(PhoneNumber.display)
        }
    }
}
