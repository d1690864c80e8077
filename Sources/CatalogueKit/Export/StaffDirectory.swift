/// The switchboard's staff directory: one row per employee in Danish name order, for callers
/// who ask for a person by name. Written in the catalogue's own layout (`generic`) or in the
/// layout a phone system imports (`PhoneProfile`); one function renders them all from their tables.
public enum StaffDirectory {
    /// What one row is made from: an employee and where a call to them can go instead.
    struct Person: Sendable {
        var employee: Employee
        /// The department's name.
        var department: String
        /// Their deputy, when they have one that exists.
        var deputy: Employee?
        /// The department's phone and hours, with the fallback the routing rule uses.
        var contact: DepartmentContact
        var phones: PhoneStyle

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
                                deputy: employee.deputy.flatMap(catalogue.employee), contact: catalogue.callContact(of: employee.department),
                                phones: table.dialect == nil ? PhoneStyle(for: dialect) : .digits)
            let at = SourceLocation(file: EntryKind.employee.path(for: employee.id.rawValue))
            var row: [String] = []
            for (column, header) in zip(table.columns, headers) {
                // Checked as it will be written, apostrophe against formulas included.
                let (value, problem) = column.limit.apply(to: CSV.neutralised(column.value(person)), forbidden: table.forbidden)
                if let problem {
                    warnings.append(.profileValue(at, person: employee.name, column: header, file: profile.fileName, system: table.system, problem: problem))
                }
                row.append(value)
            }
            if !needed.isEmpty, needed.allSatisfy({ row[$0].isEmpty }) {
                warnings.append(.profileRowLeftOut(at, person: employee.name, file: profile.fileName, system: table.system, needsOneOf: table.needsOneOf))
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
    func apply(to value: String, forbidden: Set<Character>) -> (value: String, problem: FieldProblem?) {
        if let bad = value.first(where: forbidden.contains) { return ("", .forbiddenCharacter(value, bad)) }
        switch self {
        case .none:
            return (value, nil)
        case .length(let limit):
            guard value.count > limit else { return (value, nil) }
            let cut = String(value.prefix(limit)).trimmingSuffix(while: \.isWhitespace)
            return (cut, .cut(value, to: cut, limit: limit))
        case .number(let maxLength, let allowed):
            if let bad = value.first(where: { !allowed.contains($0) }) { return ("", .leftOut(value, because: .character(bad))) }
            if let maxLength, value.count > maxLength { return ("", .leftOut(value, because: .longerThan(maxLength))) }
            return (value, nil)
        case .mail(let maxLength, let allowed):
            if let bad = value.first(where: { !allowed.contains($0) }) { return ("", .leftOut(value, because: .character(bad))) }
            if value.count > maxLength { return ("", .leftOut(value, because: .longerThan(maxLength))) }
            return (value, nil)
        }
    }
}

/// Why a value was changed on its way into a phone system's file.
enum FieldProblem: Sendable, Equatable {
    enum Reason: Sendable, Equatable {
        case character(Character), longerThan(Int)
    }

    case cut(String, to: String, limit: Int)
    case leftOut(String, because: Reason)
    /// The value holds a character the file format cannot carry (a delimiter without quoting).
    case forbiddenCharacter(String, Character)
}

extension String {
    /// The string without trailing characters that match `predicate`.
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
        var result = self
        while let last = result.last, predicate(last) { result.removeLast() }
        return result
    }
}

// MARK: What the staff directory says about values a phone system cannot hold

extension Diagnostic {
    /// A value that was cut or left out of a phone system's file.
    static func profileValue(_ at: SourceLocation, person: String, column: String, file: String, system: String, problem: FieldProblem) -> Diagnostic {
        let what: String
        switch problem {
        case .cut(let value, let cut, let limit):
            what = "\(system) holds at most \(limit) characters, so \"\(value)\" (\(value.count)) is cut to \"\(cut)\"; shorten it in the catalogue to choose the cut yourself"
        case .leftOut(let value, .character(let character)):
            what = "\(system) cannot hold the character '\(character)' there, so \"\(value)\" is left out; correct the value in the catalogue or add it in \(system) by hand"
        case .leftOut(let value, .longerThan(let limit)):
            what = "\(system) holds at most \(limit) characters there, so \"\(value)\" is left out; correct the value in the catalogue or add it in \(system) by hand"
        case .forbiddenCharacter(let value, let character):
            let name = character == "\n" ? "line break" : character == "\r" || character == "\r\n" ? "carriage return" : "'\(character)'"
            what = "the file for \(system) cannot carry the character \(name), so \"\(value)\" is left out; remove the character in the catalogue"
        }
        return Diagnostic(.warning, at, "\(file), \(person), \"\(column)\": \(what)")
    }

    /// A person left out of a phone system's file because a required field is empty.
    static func profileRowLeftOut(_ at: SourceLocation, person: String, file: String, system: String, needsOneOf: [String]) -> Diagnostic {
        Diagnostic(.warning, at, "\(file) leaves out \(person): \(system) needs at least one of \(needsOneOf.map { "\"\($0)\"" }.joined(separator: ", ")), and the catalogue has no number for the person or their department; give one of them a phone")
    }
}
