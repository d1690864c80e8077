/// Every message the tool says about a catalogue, worded in one place: what is wrong, and
/// what to do about it.
extension Diagnostic {
    // MARK: Files and folders

    static func missingSettings(_ at: SourceLocation) -> Diagnostic {
        Diagnostic(.error, at, "the catalogue has no settings file \(settingsFileName); create it, or start a new catalogue with 'catalogue init'")
    }

    static func unreadableFile(_ at: SourceLocation, reason: String) -> Diagnostic {
        Diagnostic(.error, at, "the file cannot be read (\(reason)); check that you may read it")
    }

    static func unreadableFolder(_ at: SourceLocation, reason: String) -> Diagnostic {
        Diagnostic(.error, at, "the folder cannot be read (\(reason)), so nothing in it was checked; check that you may read it")
    }

    static func missingFolder(_ at: SourceLocation, kind: EntryKind) -> Diagnostic {
        Diagnostic(.warning, at, "no \(kind.folder)/ folder: the catalogue has no \(kind.folder); create the folder if it should have some")
    }

    static func notAFolder(_ at: SourceLocation, kind: EntryKind) -> Diagnostic {
        Diagnostic(.error, at, "'\(kind.folder)' is not a folder, but it must be the folder that holds the \(kind.folder), one .\(kind.fileExtension) file each; move it away and create the folder")
    }

    static func folderInsteadOfFile(_ at: SourceLocation, kind: EntryKind) -> Diagnostic {
        Diagnostic(.error, at, "'\(at.file)' is a folder, but \(kind.article) \(kind.rawValue) is one file; replace the folder with the \(kind.rawValue)'s file")
    }

    static func settingsIsAFolder(_ at: SourceLocation) -> Diagnostic {
        Diagnostic(.error, at, "\(settingsFileName) is a folder, but it must be the catalogue's settings file; replace the folder with the file")
    }

    static func notARegularFile(_ at: SourceLocation) -> Diagnostic {
        Diagnostic(.error, at, "'\(at.file)' is not a regular file (it is a device, pipe or socket), so it is not read; replace it with the file")
    }

    static func linkOutside(_ at: SourceLocation, target: String) -> Diagnostic {
        Diagnostic(.error, at, "'\(at.file)' is a symbolic link to \(target), outside the catalogue; only files inside the catalogue folder are read, so that nothing unreviewed is published: put the file itself in place of the link")
    }

    static func brokenLink(_ at: SourceLocation, reason: String) -> Diagnostic {
        Diagnostic(.error, at, "'\(at.file)' is a symbolic link that cannot be followed (\(reason)); point it at a file inside the catalogue, or replace it with the file")
    }

    static func fileTooLarge(_ at: SourceLocation, size: Int, limit: Int) -> Diagnostic {
        Diagnostic(.error, at, "the file holds \(size) bytes, more than the \(limit / 1_048_576) MB an entry may hold, so it is not read; no entry needs that much: put long texts on a web page and link to it")
    }

    static func unknownTopLevelItem(_ at: SourceLocation) -> Diagnostic {
        Diagnostic(.error, at, "'\(at.file)' does not belong in a catalogue, which holds \(settingsFileName) and the folders \(folderList); move it elsewhere or rename it")
    }

    static func leftBehindFile(_ at: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, at, "'\(at.file)' looks like a file an operating system or editor left behind, and is skipped; delete it when you no longer need it")
    }

    static func unexpectedFolder(_ at: SourceLocation, kind: EntryKind) -> Diagnostic {
        Diagnostic(.error, at, "folders are not allowed inside \(kind.folder)/; put each \(kind.rawValue) directly in \(kind.folder)/ as one .\(kind.fileExtension) file")
    }

    static func wrongExtension(_ at: SourceLocation, kind: EntryKind) -> Diagnostic {
        Diagnostic(.error, at, "files in \(kind.folder)/ must end in .\(kind.fileExtension); rename the file, or move it out of the catalogue")
    }

    static func badFileName(_ at: SourceLocation, name: String, problem: String, kind: EntryKind) -> Diagnostic {
        Diagnostic(.error, at, "the file name is the \(kind.rawValue)'s id, and '\(name)' is not a valid id: \(problem); rename the file to '\(Slug.make(name)).\(kind.fileExtension)'")
    }

    static func emptyFile(_ at: SourceLocation) -> Diagnostic {
        Diagnostic(.error, at, "the file is empty; fill in the entry or delete the file")
    }

    static func invalidUTF8(_ at: SourceLocation) -> Diagnostic {
        Diagnostic(.error, at, "the file is not valid UTF-8 text; save it as UTF-8 in your editor")
    }

    static func syntax(_ at: SourceLocation, _ reason: String) -> Diagnostic {
        Diagnostic(.error, at, "invalid JSON: \(reason)")
    }

    static func missingFrontMatter(_ at: SourceLocation) -> Diagnostic {
        Diagnostic(.error, at, "the file must start with its fields as a JSON object in braces { … }, followed by a blank line and the description")
    }

    static func textAfterFrontMatter(_ at: SourceLocation) -> Diagnostic {
        Diagnostic(.error, at, "start the description on a new line after the closing brace of the fields")
    }

    static func logoNotInCatalogue(_ at: SourceLocation, name: String) -> Diagnostic {
        Diagnostic(.error, at, "\"logo\" is \"\(name)\", but the logo must be a file directly in the catalogue folder; copy it there and give its file name, such as \"logo.svg\"")
    }

    static func logoMissing(_ at: SourceLocation, name: String) -> Diagnostic {
        Diagnostic(.error, at, "\"logo\" names the file \"\(name)\", but there is no such file in the catalogue folder; copy the logo there, or remove \"logo\"")
    }

    static func logoTooLarge(_ at: SourceLocation, name: String, size: Int) -> Diagnostic {
        Diagnostic(.error, at, "the logo \"\(name)\" is \(size / 1024) kB, more than the \(Logo.maximumSize / 1024) kB a logo may be (it is embedded in every page); save a smaller version, e.g. as SVG or a PNG at most 600 pixels wide")
    }

    static func logoNotAnImage(_ at: SourceLocation, name: String) -> Diagnostic {
        Diagnostic(.error, at, "the logo \"\(name)\" is neither an SVG nor a PNG image; save it in one of those formats")
    }

    // MARK: Fields

    static func notAnObject(_ at: SourceLocation, what: String) -> Diagnostic {
        Diagnostic(.error, at, "\(what) must be a JSON object in braces { … }")
    }

    static func missingField(_ at: SourceLocation, key: String) -> Diagnostic {
        Diagnostic(.error, at, "the required field \(field(key)) is missing")
    }

    static func emptyField(_ at: SourceLocation, key: String) -> Diagnostic {
        Diagnostic(.error, at, "\(field(key)) must not be empty")
    }

    static func leftOut(_ at: SourceLocation, key: String, what: String) -> Diagnostic {
        Diagnostic(.warning, at, "\(field(key)) is \(what) and is left out (catalogue fmt removes it); fill it in, or remove the line")
    }

    static func controlCharacter(_ at: SourceLocation, key: String, scalar: Unicode.Scalar) -> Diagnostic {
        let code = String(scalar.value, radix: 16, uppercase: true)
        return Diagnostic(.error, at, "\(field(key)) holds an invisible control character (U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code)); remove it, and keep the text on one line")
    }

    static func wrongType(_ at: SourceLocation, key: String, expected: String, found: String) -> Diagnostic {
        Diagnostic(.error, at, "\(field(key)) must be \(expected), not \(found)")
    }

    static func notAChoice(_ at: SourceLocation, key: String, value: String, allowed: [String]) -> Diagnostic {
        Diagnostic(.error, at, "\(field(key)) is \"\(value)\", but must be one of: \(allowed.map { "\"\($0)\"" }.joined(separator: ", "))\(suggestion(value, among: allowed))")
    }

    static func unknownKey(_ at: SourceLocation, key: String, known: [String]) -> Diagnostic {
        Diagnostic(.error, at, "unknown field \"\(key)\"\(suggestion(key, among: known)); allowed fields are \(known.joined(separator: ", "))")
    }

    static func duplicateKey(_ at: SourceLocation, key: String) -> Diagnostic {
        Diagnostic(.error, at, "the field \(field(key)) is given twice; keep one")
    }


    // MARK: Validation

    static func unresolved(_ at: SourceLocation, key: String, value: String, kind: EntryKind, known: [Suggestion.Candidate],
                           preferring department: DepartmentID?, namedTimes: Int = 0) -> Diagnostic {
        let hint = suggestion(value, among: known, preferring: department)
        guard EntryID<Never>.problem(with: value) == nil else {
            return Diagnostic(.error, at, "\(field(key)) is \"\(value)\", which is not an id: name the \(kind.rawValue) by its id, the file name in \(kind.folder)/ without .\(kind.fileExtension)\(hint)")
        }
        let leaver = namedTimes > 1
            ? "; if \(value) has left, give all \(namedTimes) places that name them to a colleague at once with 'catalogue reassign --all-from \(value) --to ID'"
            : ""
        return Diagnostic(.error, at, "\(field(key)) names the \(kind.rawValue) \"\(value)\", but there is no \(kind.path(for: value))\(hint)\(leaver)")
    }

    static func parentCycle(_ at: SourceLocation, chain: [String]) -> Diagnostic {
        Diagnostic(.error, at, "departments form a loop through their parents (\(chain.joined(separator: " → "))); one of them must have another parent or none")
    }

    static func ownDeputy(_ at: SourceLocation) -> Diagnostic {
        Diagnostic(.error, at, "an employee cannot be their own deputy; name a colleague or remove \"deputy\"")
    }

    static func invalidPhone(_ at: SourceLocation, key: String, value: String) -> Diagnostic {
        Diagnostic(.error, at, "\(field(key)) is \"\(value)\", which is not a phone number: write 8 digits (\"72 57 73 54\"), optionally after +45, or a short extension (\"8810\")")
    }

    static func invalidMail(_ at: SourceLocation, key: String, value: String) -> Diagnostic {
        Diagnostic(.error, at, "\(field(key)) is \"\(value)\", which is not a mail address such as name@kommune.dk")
    }

    static func invalidURL(_ at: SourceLocation, key: String, value: String) -> Diagnostic {
        Diagnostic(.error, at, "\(field(key)) is \"\(value)\", which is not a web address: write it in full, starting with https:// (or http://)")
    }

    static func invalidKLE(_ at: SourceLocation, key: String, value: String) -> Diagnostic {
        Diagnostic(.error, at, "\(field(key)) is \"\(value)\", which is not a KLE number: write NN, NN.NN or NN.NN.NN, optionally followed by an action facet such as -G01")
    }

    static func noResponsible(_ at: SourceLocation) -> Diagnostic {
        Diagnostic(.error, at, "the task has no responsible employee; list at least one in \"responsible\" (the first is the primary person)")
    }

    static func repeatedResponsible(_ at: SourceLocation, value: String) -> Diagnostic {
        Diagnostic(.error, at, "\"\(value)\" is listed more than once in \"responsible\"; list each person once")
    }

    static func singleResponsible(_ at: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, at, "the task has only one responsible employee and so no backup; add a second person to \"responsible\"")
    }

    static func primaryWithoutPhone(_ at: SourceLocation, employee: String) -> Diagnostic {
        Diagnostic(.warning, at, "the primary person \"\(employee)\" has no direct phone, so the switchboard list has no number to put calls through to; add \"phone\" to \(EntryKind.employee.path(for: employee)), or put a colleague with a phone first")
    }

    static func employeeWithoutTasks(_ at: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, at, "the employee holds no task; add them to the \"responsible\" list of their tasks")
    }

    static func areaWithoutExternalTask(_ at: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, at, "the area has significant business contact but no task with \"audience\": \"external\", so the external version shows it empty")
    }

    // MARK: Helpers

    private static var folderList: String {
        let folders = EntryKind.allCases.map(\.folder)
        return folders.dropLast().joined(separator: ", ") + " and " + folders.last!
    }

    /// A field as a person reads it: `"phone"`, `the 2nd entry of "responsible"`,
    /// `"url" of the 1st entry of "links"` (positions count from 1, not from 0).
    /// Key paths come from FieldReader (`list[n]`, `list[n].key`); a key a user typed may hold
    /// brackets too, so anything that is not exactly that shape is shown as it is.
    static func field(_ keyPath: String) -> String {
        let quoted = "\"\(keyPath)\""
        guard let open = keyPath.firstIndex(of: "["), open != keyPath.startIndex,
              let close = keyPath[open...].firstIndex(of: "]") else { return quoted }
        let digits = keyPath[keyPath.index(after: open)..<close]
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let position = Int(digits) else { return quoted }
        let list = "the \(ordinal(position + 1)) entry of \"\(keyPath[..<open])\""
        let rest = keyPath[keyPath.index(after: close)...]
        if rest.isEmpty { return list }
        return rest.hasPrefix(".") ? "\(field(String(rest.dropFirst()))) of \(list)" : quoted
    }

    /// 1st, 2nd, 3rd, 4th, … 11th, 12th, 13th, 21st.
    static func ordinal(_ n: Int) -> String {
        guard n >= 0 else { return String(n) }
        let suffix = (11...13).contains(n % 100) ? "th" : ["th", "st", "nd", "rd"][n % 10 < 4 ? n % 10 : 0]
        return "\(n)\(suffix)"
    }
}
