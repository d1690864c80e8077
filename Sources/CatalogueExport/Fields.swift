import CatalogueModel

/// Labelled values as a definition list; rows without a value are left out.
enum Fields {
    static func list(_ rows: [(String, HTMLNode?)]) -> HTMLNode {
        let present = rows.compactMap { label, value in value.map { (label, $0) } }
        guard !present.isEmpty else { return .empty }
        return .element("dl", [("class", "fields")], present.flatMap { label, value in
            [HTMLNode.element("dt", text: label), .element("dd", [], [value])]
        })
    }

    /// A phone number grouped the Danish way, as a `tel:` link when it can be dialled from outside.
    static func phone(_ text: String) -> HTMLNode {
        // Kept on one line: a number broken across lines is easily misdialled.
        guard let number = PhoneNumber(text) else { return .element("span", [("class", "tel")], text: text) }
        guard let uri = number.telURI else { return .element("span", [("class", "tel")], text: number.grouped) }
        // Made of digits only, so it needs none of `link`'s vetting.
        return .element("a", [("href", uri), ("class", "tel")], [.text(number.grouped)])
    }

    static func mail(_ address: String) -> HTMLNode { .link("mailto:" + address, [], [.text(address)]) }

    /// A web address shown as itself; marked so print does not repeat it after the link.
    static func web(_ url: String) -> HTMLNode { .link(url, [("class", "url")], [.text(url)]) }
}
