import CatalogueModel

/// The switchboard's staff directory: one row per employee in Danish name order, for callers
/// who ask for a person by name. Written in the catalogue's own layout (`generic`) or in the
/// layout a phone system imports (`PhoneProfile`); one function renders them all from their tables.
public enum StaffDirectory {
    /// What one row is made from: an employee and where a call to them can go instead.
    struct Person: Sendable {
        var employee: Employee
        /// The department's name.
        var department: String
        /// The organisation's name, from the settings.
        var organisation: String
        /// Their deputy, when they have one that exists.
        var deputy: Employee?
        /// The department's phone and hours, with the fallback the routing rule uses.
        var contact: DepartmentContact
        var phones: PhoneStyle
        /// Their absence on the export's date, said in the catalogue's language; empty when they are at work.
        var away: String

        /// The name split for systems that keep first and last names apart: the last word is the
        /// last name, everything before it the first name ("Anne Kirstine Mørk" → "Anne Kirstine",
        /// "Mørk"), which is how Danish middle names are used. One word is a first name only.
        var firstName: String { nameWords.count > 1 ? nameWords.dropLast().joined(separator: " ") : nameWords.first ?? "" }
        var lastName: String { nameWords.count > 1 ? nameWords.last ?? "" : "" }
        private var nameWords: [String] { employee.name.split(whereSeparator: \.isWhitespace).map(String.init) }
    }

    /// A rendered file, and what the phone system could not hold (one warning per value or row).
    public struct Output: Sendable {
        public var text: String
        public var warnings: [Diagnostic]
    }

    /// The directory in `profile`'s layout. `dialect` is the export's own (`--excel`); a phone
    /// system's layout fixes its own delimiter and ignores it.
    public static func render(_ relations: Relations, profile: PhoneProfile, dialect: CSV.Dialect) -> Output {
        let catalogue = relations.catalogue
        let table = profile.table
        let dialect = table.dialect ?? dialect
        let strings = Strings.for(catalogue.settings.language)
        let headers = table.columns.map { $0.header(strings.staffColumns) }
        let needed = headers.indices.filter { table.needsOneOf.contains(headers[$0]) }
        var warnings: [Diagnostic] = []
        var rows: [[String]] = []
        for employee in relations.employeesInOrder {
            let person = Person(employee: employee, department: catalogue.department(employee.department)?.name ?? employee.department.rawValue,
                                organisation: catalogue.settings.organisation,
                                deputy: employee.deputy.flatMap(catalogue.employee), contact: catalogue.callContact(of: employee.department),
                                phones: table.dialect == nil ? PhoneStyle(for: dialect) : .digits,
                                away: relations.absence(of: employee.id).map { strings.away($0, phone: .display) } ?? "")
            let at = SourceLocation(file: EntryKind.employee.path(for: employee.id.rawValue))
            var row: [String] = []
            for (column, header) in zip(table.columns, headers) {
                // Checked as it will be written, apostrophe against formulas included.
                let (value, problem) = column.limit.apply(to: CSV.neutralised(column.value(person)), forbidden: table.forbidden)
                if let problem {
                    warnings.append(.at(at, .profileValue(file: profile.fileName, person: employee.name, column: header,
                                                           system: table.system, problem: problem)))
                }
                row.append(value)
            }
            if !needed.isEmpty, needed.allSatisfy({ row[$0].isEmpty }) {
                warnings.append(.at(at, .profileRowLeftOut(file: profile.fileName, person: employee.name, system: table.system,
                                                            needsOneOf: table.needsOneOf)))
                continue
            }
            rows.append(row)
        }
        return Output(text: CSV.document(header: headers, rows: rows, dialect: dialect),
                      warnings: warnings)
    }
}

/// What a phone system can hold in one field.
enum FieldLimit: Sendable {
    case none
    /// Text of at most this many characters: a longer value is cut (a shortened name still finds the person).
    case length(Int)
    /// A phone number of the allowed characters, and at most `maxLength` of them: anything else
    /// is left out, since a cut or altered number would ring the wrong phone.
    case number(maxLength: Int?, allowed: Set<Character>)
    /// A mail address of the allowed characters: anything else is left out.
    case mail(maxLength: Int, allowed: Set<Character>)

    /// What the field holds, and why it differs from `value` when it does.
    func apply(to value: String, forbidden: Set<Character>) -> (value: String, problem: ProfileProblem?) {
        // Looking at every Character costs: only for a profile that forbids some, and a value
        // of no more bytes than the limit has no more Characters either.
        if !forbidden.isEmpty, let bad = value.first(where: forbidden.contains) { return ("", .forbiddenCharacter(value: value, character: bad)) }
        switch self {
        case .none:
            return (value, nil)
        case .length(let limit):
            guard value.utf8.count > limit, value.count > limit else { return (value, nil) }
            let cut = String(value.prefix(limit)).trimmingSuffix(while: \.isWhitespace)
            return (cut, .cut(value: value, cut: cut, limit: limit))
        case .number(let maxLength, let allowed):
            if let bad = value.first(where: { !allowed.contains($0) }) { return ("", .characterNotAllowed(value: value, character: bad)) }
            if let maxLength, value.count > maxLength { return ("", .tooLong(value: value, limit: maxLength)) }
            return (value, nil)
        case .mail(let maxLength, let allowed):
            if let bad = value.first(where: { !allowed.contains($0) }) { return ("", .characterNotAllowed(value: value, character: bad)) }
            if value.count > maxLength { return ("", .tooLong(value: value, limit: maxLength)) }
            return (value, nil)
        }
    }
}

extension String {
    /// The string without trailing characters that match `predicate`.
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
        var result = self
        while let last = result.last, predicate(last) { result.removeLast() }
        return result
    }
}
