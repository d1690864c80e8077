import CatalogueModel

/// Every employee as a vCard 4.0 (RFC 6350), in one file, for Outlook, phones and the switchboard's softphone:
/// name, job title, organisation and department, direct phone and mobile, mail. The file is internal, like the
/// staff directory: it holds everyone, whatever their visibility on the web.
public enum StaffVCards {
    /// The file's name, next to the switchboard's files.
    public static let fileName = "switchboard-people.vcf"

    /// The cards, one per employee in Danish name order, lines ended by CRLF and folded at 75 octets.
    public static func render(_ relations: Relations) -> String {
        let catalogue = relations.catalogue
        return relations.employeesInOrder.map { employee in
            let department = catalogue.department(employee.department)?.name ?? employee.department.rawValue
            let words = employee.name.split(whereSeparator: \.isWhitespace).map(String.init)
            let family = words.count > 1 ? words.last ?? "" : ""
            let given = words.count > 1 ? words.dropLast().joined(separator: " ") : words.first ?? ""
            var lines = ["BEGIN:VCARD", "VERSION:4.0", "KIND:individual",
                         "FN:" + text(employee.name),
                         "N:" + [family, given, "", "", ""].map(text).joined(separator: ";"),
                         "ORG:" + [catalogue.settings.organisation, department].map(text).joined(separator: ";"),
                         "TITLE:" + text(employee.title)]
            if let phone = employee.phone { lines.append(telephone(phone, type: "work,voice")) }
            if let mobile = employee.mobile { lines.append(telephone(mobile, type: "cell,voice")) }
            if let mail = employee.mail { lines.append("EMAIL;TYPE=work:" + text(mail)) }
            // A stable id, so that an address book updates a card when the next edition is imported.
            lines.append("UID:" + text("urn:catalogue:" + Slug.make(catalogue.settings.organisation) + ":" + employee.id.rawValue))
            lines.append("END:VCARD")
            return lines.map(fold).joined()
        }.joined()
    }

    /// A TEL property: a Danish number as a `tel:` URI (`tel:+45-72-57-73-54`), an extension as text.
    static func telephone(_ value: String, type: String) -> String {
        guard let number = PhoneNumber(value), let uri = number.telURI else { return "TEL;VALUE=text;TYPE=\"\(type)\":" + text(value) }
        let digits = uri.dropFirst("tel:+45".count)
        let grouped = stride(from: 0, to: digits.count, by: 2).map { offset in
            String(digits.dropFirst(offset).prefix(2))
        }.joined(separator: "-")
        return "TEL;VALUE=uri;TYPE=\"\(type)\":tel:+45-" + grouped
    }

    /// A text value escaped as RFC 6350 §3.4 asks: backslash, comma, semicolon and line breaks.
    static func text(_ value: String) -> String {
        var out = ""
        for character in value {
            switch character {
            case "\\": out += "\\\\"
            case ",": out += "\\,"
            case ";": out += "\\;"
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// A content line ended by CRLF, folded so that no line is longer than 75 octets (a continuation line starts
    /// with a space), never inside a character.
    static func fold(_ line: String) -> String {
        var out = "", length = 0
        for character in line {
            let size = character.utf8.count
            if length + size > 75 {
                out += "\r\n "
                length = 1
            }
            out.append(character)
            length += size
        }
        return out + "\r\n"
    }
}
