import CatalogueModel

/// The layouts the staff directory is written in: the catalogue's own, and the phonebook CSV
/// each phone system imports. Each is one table of columns and limits; `StaffDirectory.render`
/// is the one piece of code that writes them all.
public enum PhoneProfile: String, CaseIterable, Sendable {
    case generic, threeCX = "3cx", yeastar, wazo, wazoLegacy = "wazo-legacy", freePBX = "freepbx"

    /// The file the layout is written to, next to the routing list.
    public var fileName: String {
        self == .generic ? "switchboard-people.csv" : "switchboard-people-\(rawValue).csv"
    }

    /// The layout's columns and limits.
    var table: ProfileTable {
        switch self {
        case .generic: return Self.genericTable
        case .threeCX: return Self.threeCXTable
        case .yeastar: return Self.yeastarTable
        case .wazo: return Self.wazoTable
        case .wazoLegacy: return Self.wazoLegacyTable
        case .freePBX: return Self.freePBXTable
        }
    }

    /// The catalogue's own directory, headed in the catalogue's language, for people to read
    /// (and to import where no profile fits). It follows `--excel`.
    private static let genericTable = ProfileTable(system: "the staff directory", dialect: nil, columns: [
        ProfileColumn({ $0.name }, { $0.employee.name }),
        ProfileColumn({ $0.initials }, { $0.employee.id.rawValue }),
        ProfileColumn({ $0.jobTitle }, { $0.employee.title }),
        ProfileColumn({ $0.department }, { $0.department }),
        ProfileColumn({ $0.phone }, { $0.phones($0.employee.phone) }),
        ProfileColumn({ $0.mobile }, { $0.phones($0.employee.mobile) }),
        ProfileColumn({ $0.mail }, { $0.employee.mail ?? "" }),
        ProfileColumn({ $0.deputy }, { $0.deputy?.name ?? "" }),
        ProfileColumn({ $0.deputyPhone }, { $0.phones($0.deputy?.phone) }),
        ProfileColumn({ $0.departmentPhone }, { $0.phones($0.contact.phone) }),
        ProfileColumn({ $0.openingHours }, { $0.contact.openingHours ?? "" }),
        ProfileColumn({ $0.absence }, { $0.away }),
    ])

    private static let digits = Set("0123456789")

    /// 3CX's phonebook CSV, with the header its own phonebook export writes. Limits are not
    /// documented; numbers are digits only, which any dial plan reads.
    private static let threeCXTable = ProfileTable(system: "3CX", dialect: .standard, columns: [
        ProfileColumn("FirstName", { $0.firstName }),
        ProfileColumn("LastName", { $0.lastName }),
        ProfileColumn("Company", { $0.department }),
        ProfileColumn("Mobile", { $0.phones($0.employee.mobile) }, .number(maxLength: nil, allowed: digits)),
        ProfileColumn("Mobile2", { _ in "" }),
        ProfileColumn("Home", { _ in "" }),
        ProfileColumn("Home2", { _ in "" }),
        ProfileColumn("Business", { $0.phones($0.employee.phone) }, .number(maxLength: nil, allowed: digits)),
        ProfileColumn("Business2", { _ in "" }),
        ProfileColumn("Email", { $0.employee.mail ?? "" }),
        ProfileColumn("Other", { $0.phones($0.contact.phone) }, .number(maxLength: nil, allowed: digits)),
        ProfileColumn("BusinessFax", { _ in "" }),
        ProfileColumn("HomeFax", { _ in "" }),
        ProfileColumn("Pager", { _ in "" }),
    ])

    /// Yeastar P-Series "Company Contacts" CSV: its documented columns and limits (first and
    /// last name at most 63 characters each, company 127, numbers at most 31 of 0-9 ( ) . - + * #,
    /// mail of letters, digits and @ _ - . ').
    private static let yeastarNumber = FieldLimit.number(maxLength: 31, allowed: digits.union("().-+*#"))
    private static let yeastarTable = ProfileTable(system: "Yeastar", dialect: .standard, columns: [
        ProfileColumn("First Name", { $0.firstName }, .length(63)),
        ProfileColumn("Last Name", { $0.lastName }, .length(63)),
        ProfileColumn("Company Name", { $0.department }, .length(127)),
        ProfileColumn("Email", { $0.employee.mail ?? "" },
                      .mail(maxLength: 255, allowed: Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@_-.'"))),
        ProfileColumn("Business Number", { $0.phones($0.employee.phone) }, yeastarNumber),
        ProfileColumn("Business Number 2", { _ in "" }),
        ProfileColumn("Business Fax", { _ in "" }),
        ProfileColumn("Mobile", { $0.phones($0.employee.mobile) }, yeastarNumber),
        ProfileColumn("Mobile 2", { _ in "" }),
        ProfileColumn("Home", { _ in "" }),
        ProfileColumn("Home 2", { _ in "" }),
        ProfileColumn("Home Fax", { _ in "" }),
        ProfileColumn("Other", { $0.phones($0.contact.phone) }, yeastarNumber),
        ProfileColumn("ZIP Code", { _ in "" }),
        ProfileColumn("Street", { _ in "" }),
        ProfileColumn("City", { _ in "" }),
        ProfileColumn("State", { _ in "" }),
        ProfileColumn("Country", { _ in "" }),
        ProfileColumn("Remark", { $0.employee.title }, .length(1024)),
        ProfileColumn("Phonebook", { _ in "" }),
    ], needsOneOf: ["Business Number", "Mobile", "Other"])

    /// Wazo Platform's phonebook import through wazo-dird (`POST /phonebooks/{uuid}/contacts/import`): comma-separated
    /// UTF-8 whose header names the contacts' fields. The whole file is refused for a duplicate or empty header name
    /// or a row with more fields than the header, and a byte-order mark would silently rename the first field, so
    /// there is none. The fields are those wazo-dird's own phonebook and personal sources display and match on
    /// (`firstname`, `lastname`, `number`, `mobile`, `email`), with the department as `company`.
    private static let wazoTable = ProfileTable(system: "Wazo", dialect: CSV.Dialect(delimiter: ",", byteOrderMark: false), columns: [
        ProfileColumn("firstname", { $0.firstName }),
        ProfileColumn("lastname", { $0.lastName }),
        ProfileColumn("number", { $0.phones($0.employee.phone) }, .number(maxLength: nil, allowed: digits)),
        ProfileColumn("mobile", { $0.phones($0.employee.mobile) }, .number(maxLength: nil, allowed: digits)),
        ProfileColumn("email", { $0.employee.mail ?? "" }),
        ProfileColumn("company", { $0.department }),
        ProfileColumn("title", { $0.employee.title }),
    ])

    /// Wazo 17's old web interface phonebook import (`--profile wazo-legacy`): `|` between fields, UTF-8 without a
    /// byte-order mark, `title` (mr, mrs or ms) and `displayname` required, numbers of digits only. Whether the
    /// importer reads quoted fields is not documented, so a value holding `|`, a quote or a line break is left out
    /// rather than quoted.
    private static let wazoLegacyTable = ProfileTable(system: "Wazo 17", dialect: CSV.Dialect(delimiter: "|", byteOrderMark: false), columns: [
        // The catalogue records no form of address; Wazo insists on one of three, all gendered.
        ProfileColumn("title", { _ in "mr" }),
        ProfileColumn("firstname", { $0.firstName }),
        ProfileColumn("lastname", { $0.lastName }),
        ProfileColumn("displayname", { $0.employee.name }),
        ProfileColumn("society", { $0.department }),
        ProfileColumn("mobilenumber", { $0.phones($0.employee.mobile) }, .number(maxLength: nil, allowed: digits)),
        ProfileColumn("email", { $0.employee.mail ?? "" }),
        ProfileColumn("description", { $0.employee.title }),
        ProfileColumn("officenumber", { $0.phones($0.employee.phone) }, .number(maxLength: nil, allowed: digits)),
        ProfileColumn("othernumber", { $0.phones($0.contact.phone) }, .number(maxLength: nil, allowed: digits)),
    ], forbidden: ["|", "\"", "\r", "\n", "\r\n"])

    /// FreePBX Contact Manager's bulk import: comma-separated UTF-8 without a byte-order mark (PHP's
    /// `fgetcsv` would make it part of the first header), `groupname`, `grouptype`, `displayname`,
    /// `phone_1_number` and `phone_1_type` required. Everyone goes in one external group named after
    /// the organisation; the direct phone is the first number (work), the mobile the second, or the
    /// first when there is no direct phone. A re-import matches a contact on its group, display name
    /// and first number, so the display name is always the employee's name as the catalogue has it:
    /// importing a new edition updates the contacts instead of adding them again.
    private static let freePBXTable = ProfileTable(system: "FreePBX", dialect: CSV.Dialect(delimiter: ",", byteOrderMark: false), columns: [
        ProfileColumn("groupname", { $0.organisation }),
        ProfileColumn("grouptype", { _ in "external" }),
        ProfileColumn("displayname", { $0.employee.name }),
        ProfileColumn("fname", { $0.firstName }),
        ProfileColumn("lname", { $0.lastName }),
        ProfileColumn("title", { $0.employee.title }),
        ProfileColumn("company", { $0.department }),
        ProfileColumn("email_1", { $0.employee.mail ?? "" }),
        ProfileColumn("phone_1_number", { $0.phones($0.employee.phone ?? $0.employee.mobile) }, .number(maxLength: nil, allowed: digits)),
        ProfileColumn("phone_1_type", { $0.employee.phone != nil ? "work" : $0.employee.mobile != nil ? "mobile" : "" }),
        ProfileColumn("phone_2_number", { $0.employee.phone != nil ? $0.phones($0.employee.mobile) : "" }, .number(maxLength: nil, allowed: digits)),
        ProfileColumn("phone_2_type", { $0.employee.phone != nil && $0.employee.mobile != nil ? "mobile" : "" }),
    ], needsOneOf: ["phone_1_number"])
}

/// One layout: its columns in order, the file's dialect, and the rules of the system that reads it.
struct ProfileTable: Sendable {
    /// The system's name, for warnings.
    var system: String
    /// The file's delimiter and byte-order mark; nil follows the export's `--excel`.
    var dialect: CSV.Dialect?
    var columns: [ProfileColumn]
    /// Characters no field may hold: a value holding one is left out, with a warning.
    var forbidden: Set<Character> = []
    /// Headers of which at least one must be filled, or the system refuses the row; such a row
    /// is left out, with a warning.
    var needsOneOf: [String] = []
}

/// One column: its header, how to fill it from a person, and what the system can hold in it.
struct ProfileColumn: Sendable {
    var header: @Sendable (Strings.StaffColumns) -> String
    var value: @Sendable (StaffDirectory.Person) -> String
    var limit: FieldLimit

    /// A column headed in the catalogue's language.
    init(_ header: @escaping @Sendable (Strings.StaffColumns) -> String, _ value: @escaping @Sendable (StaffDirectory.Person) -> String, _ limit: FieldLimit = .none) {
        self.header = header
        self.value = value
        self.limit = limit
    }

    /// A column with the fixed header a phone system expects.
    init(_ header: String, _ value: @escaping @Sendable (StaffDirectory.Person) -> String, _ limit: FieldLimit = .none) {
        self.init({ _ in header }, value, limit)
    }
}
