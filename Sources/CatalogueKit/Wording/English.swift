import CatalogueModel
import CatalogueStorage
import CatalogueExport

/// The English words for every coded value.
enum English {
    /// One switch over every problem, so the compiler proves the table complete.
    static func problem(_ problem: Problem) -> String {
        switch problem {
        // Files and folders
        case .missingSettings:
            return "the catalogue has no settings file \(settingsFileName); create it, or start a new catalogue with 'catalogue init'"
        case .unreadableFile(let reason):
            return "the file cannot be read (\(reason)); check that you may read it"
        case .unreadableFolder(let reason):
            return "the folder cannot be read (\(reason)), so nothing in it was checked; check that you may read it"
        case .missingFolder(let kind):
            return "no \(kind.folder)/ folder: the catalogue has no \(kind.folder); create the folder if it should have some"
        case .notAFolder(let kind):
            return "'\(kind.folder)' is not a folder, but it must be the folder that holds the \(kind.folder), one .\(kind.fileExtension) file each; move it away and create the folder"
        case .folderInsteadOfFile(let path, let kind):
            return "'\(path)' is a folder, but \(article(kind)) \(kind.rawValue) is one file; replace the folder with the \(kind.rawValue)'s file"
        case .settingsIsAFolder:
            return "\(settingsFileName) is a folder, but it must be the catalogue's settings file; replace the folder with the file"
        case .notARegularFile(let path):
            return "'\(path)' is not a regular file (it is a device, pipe or socket), so it is not read; replace it with the file"
        case .linkOutside(let path, let target):
            return "'\(path)' is a symbolic link to \(target), outside the catalogue; only files inside the catalogue folder are read, so that nothing unreviewed is published: put the file itself in place of the link"
        case .brokenLink(let path, let reason):
            return "'\(path)' is a symbolic link that cannot be followed (\(reason)); point it at a file inside the catalogue, or replace it with the file"
        case .fileTooLarge(let size, let limit):
            return "the file holds \(grouped(size)) bytes, more than the \(limit / 1_048_576) MB an entry may hold, so it is not read; no entry needs that much: put long texts on a web page and link to it"
        case .doesNotBelong(let path):
            let folders = EntryKind.allCases.map { $0.folder + "/" }
            return "'\(path)' does not belong in a catalogue, which holds \(settingsFileName) and the folders \(folders.dropLast().joined(separator: ", ")) and \(folders.last ?? ""); move it elsewhere or rename it"
        case .leftBehindFile(let path):
            return "'\(path)' looks like a file an operating system or editor left behind, and is skipped; delete it when you no longer need it"
        case .folderInKindFolder(let kind):
            return "folders are not allowed inside \(kind.folder)/; put each \(kind.rawValue) directly in \(kind.folder)/ as one .\(kind.fileExtension) file"
        case .wrongExtension(let kind):
            return "files in \(kind.folder)/ must end in .\(kind.fileExtension); rename the file, or move it out of the catalogue"
        case .badFileName(let name, let problem, let kind):
            return "the file name is the \(kind.rawValue)'s id, and '\(name)' is not a valid id: \(idProblem(problem)); rename the file to '\(Slug.make(name)).\(kind.fileExtension)'"
        case .emptyFile:
            return "the file is empty; fill in the entry or delete the file"
        case .invalidUTF8:
            return "the file is not valid UTF-8 text; save it as UTF-8 in your editor"
        case .invalidJSON(let syntax):
            return "invalid JSON: \(json(syntax))"
        case .missingFields:
            return "the file must start with its fields as a JSON object in braces { … }, followed by a blank line and the description"
        case .textAfterFields:
            return "start the description on a new line after the closing brace of the fields"
        case .logoOutside(let name):
            return "\"logo\" is \"\(name)\", but the logo must be a file directly in the catalogue folder; copy it there and give its file name, such as \"logo.svg\""
        case .logoMissing(let name):
            return "\"logo\" names the file \"\(name)\", but there is no such file in the catalogue folder; copy the logo there, or remove \"logo\""
        case .logoTooLarge(let name, let size, let limit):
            return "the logo \"\(name)\" is \(size / 1024) kB, more than the \(limit / 1024) kB a logo may be (it is embedded in every page); save a smaller version, e.g. as SVG or a PNG at most 600 pixels wide"
        case .logoNotAnImage(let name):
            return "the logo \"\(name)\" is neither an SVG nor a PNG image; save it in one of those formats"
        // Fields
        case .notAnObject(let role):
            return "\(role == .fields ? "the file" : role == .link ? "a link" : "\"absence\"") must be a JSON object in braces { … }"
        case .missingField(let key):
            return "the required field \(field(key)) is missing"
        case .emptyField(let key):
            return "\(field(key)) must not be empty"
        case .blankField(let key, let null):
            return "\(field(key)) is \(null ? "null" : "empty") and is left out (catalogue fmt removes it); fill it in, or remove the line"
        case .controlCharacter(let key, let scalar):
            return "\(field(key)) holds an invisible control character (\(codePoint(scalar))); remove it, and keep the text on one line"
        case .wrongType(let key, let expected, let found):
            return "\(field(key)) must be \(shape(expected, expected: true)), not \(shape(found, expected: false))"
        case .notAWholeNumber(let key, let value):
            return "\(field(key)) must be a whole number such as 10, not \(value)"
        case .notAChoice(let key, let value, let allowed):
            return "\(field(key)) is \"\(value)\", but must be one of: \(allowed.map { "\"\($0)\"" }.joined(separator: ", "))"
        case .unknownField(let key, _):
            return "unknown field \"\(key)\""
        case .duplicateField(let key):
            return "the field \(field(key)) is given twice; keep one"
        // The catalogue as a whole
        case .unknownReference(let key, let value, let kind):
            return "\(field(key)) names the \(kind.rawValue) \"\(value)\", but there is no \(kind.path(for: value))"
        case .notAnID(let key, let value, let kind):
            return "\(field(key)) is \"\(value)\", which is not an id: name the \(kind.rawValue) by its id, the file name in \(kind.folder)/ without .\(kind.fileExtension)"
        case .parentLoop(let chain):
            return "departments form a loop through their parents (\(chain.joined(separator: " → "))); one of them must have another parent or none"
        case .ownDeputy:
            return "an employee cannot be their own deputy; name a colleague or remove \"deputy\""
        case .invalidPhone(let key, let value):
            return "\(field(key)) is \"\(value)\", which is not a phone number: write 8 digits (\"72 57 73 54\"), optionally after +45, or a short extension (\"8810\")"
        case .invalidMail(let key, let value):
            return "\(field(key)) is \"\(value)\", which is not a valid mail address (such as name@kommune.dk)"
        case .invalidURL(let key, let value):
            return "\(field(key)) is \"\(value)\", which is not a web address: write it in full, starting with https:// (or http://)"
        case .invalidKLE(let key, let value):
            return "\(field(key)) is \"\(value)\", which is not a KLE number: write NN, NN.NN or NN.NN.NN, optionally followed by an action facet such as -G01"
        case .unknownKLE(let key, let value, let base, let plan):
            return "\(field(key)) is \(value), \(value == base ? "which" : "whose number \(base)") is not in the KLE plan (\(plan)); choose a number the plan has"
        case .unknownKLEHeading(let key, let value, let heading, let plan):
            return "\(field(key)) is \(value), but the KLE plan (\(plan)) has no \(heading.contains(".") ? "group" : "main group") \(heading); choose a number the plan has"
        case .retiredKLE(let key, let value, let base, let version):
            return "\(field(key)) is \(value), \(value == base ? "a number" : "whose number \(base) is one") the KLE plan retired in version \(version); choose the number its topic now has"
        case .renamedKLE(let key, let value, let base, let old, let new, let version):
            return "\(field(key)) is \(value)\(value == base ? "" : " (number \(base))"), which KLE \(version) renamed from \"\(old)\" to \"\(new)\"; check that it still fits the task, and accept the warning when it does"
        case .noResponsible:
            return "the task has no responsible employee; list at least one in \"responsible\" (the first is the primary person)"
        case .repeatedResponsible(let value):
            return "\"\(value)\" is listed more than once in \"responsible\"; list each person once"
        case .noBackup:
            return "the task has only one responsible employee and so no backup; add a second person to \"responsible\""
        case .primaryWithoutPhone(let employee):
            return "the primary person \"\(employee)\" has no direct phone, so the switchboard list has no number to put calls through to; add \"phone\" to \(EntryKind.employee.path(for: employee)), or put a colleague with a phone first"
        case .noTasks:
            return "the employee holds no task; add them to \"responsible\" of the tasks they handle"
        case .areaWithoutExternalTask:
            return "the area has significant business contact but no task with \"audience\": \"external\", so the external version shows it empty"
        case .sharedPhone(let key, let value, let others):
            return "\(field(key)) is \"\(value)\", which is also the number of \(others.joined(separator: ", ")), so the web page and the switchboard list give it for \(others.count == 1 ? "both" : "all of them"); correct the number, or accept the warning if the line is really shared"
        case .sharedMail(let value, let others):
            return "the mail address \"\(value)\" is also given for \(others.quotedList("and")); correct it, or accept it if the mailbox is really shared"
        case .mentionsOldName(let old, let new):
            return "the description still mentions \"\(old)\", now \"\(new)\"; correct the text if it means the renamed entry"
        case .invalidDate(let key, let value):
            return "\(field(key)) is \"\(value)\" but must be a valid date written YYYY-MM-DD, such as 2027-07-31"
        case .absenceEndsBeforeStart(let from, let until):
            return "the absence ends on \(date(until)), before it begins on \(date(from)); correct \"until\" or \"from\""
        case .coverIsSelf:
            return "an employee cannot cover their own absence; name a colleague in \"cover\""
        case .coverLeft(let cover):
            return "\"\(cover)\", who is to cover the absence, is not in the catalogue, so the calls go to the department; choose another colleague with 'catalogue away'"
        case .coverAlsoAway(let cover, let from, let until):
            return "\"\(cover)\", who is to cover the absence, is away too \(period(from, until)), so the calls pass on to whoever covers for \(cover); choose another colleague if that is not what you mean"
        case .absenceEnded(let until):
            return "the absence ended on \(date(until)) and is no longer used; remove it with 'catalogue back'"
        case .absenceWithoutEnd(let from):
            return "the absence has had no last day since \(date(from)), more than a year; give it one with 'catalogue away --until', or remove it with 'catalogue back'"
        case .notReviewed(let since, let started, let months):
            let when = since.map { "was last confirmed on \($0)" } ?? "has not been confirmed since the review round of \(started ?? "?")"
            return "the entry \(when), more than \(months) months ago; ask its department to confirm it ('catalogue review start'), then record it with 'catalogue review confirm'"
        case .acceptUnknownCode(let code):
            return "\"accept\" names \"\(code)\", which is not the code of any warning; use the code printed in [brackets] after the warning"
        case .acceptError(let code):
            return "\"accept\" names \"\(code)\", which is an error: errors cannot be accepted, only fixed"
        case .acceptNotRaised(let code):
            return "\"accept\" names \"\(code)\", but the entry has no such warning (any more); remove it from \"accept\""
        case .profileValue(let file, let person, let column, let system, let problem):
            return "\(file), \(person), \"\(column)\": \(profile(problem, system: system))"
        case .profileRowLeftOut(let file, let person, let system, let needsOneOf):
            return "\(file) leaves out \(person): \(system) needs a number in \(needsOneOf.count == 1 ? "" : "at least one of ")\(needsOneOf.map { "\"\($0)\"" }.joined(separator: ", ")), and the catalogue has none that can go there; give the person a direct phone or a mobile"
        }
    }

    static func hint(_ hint: Hint) -> String {
        switch hint {
        case .didYouMean(let candidates, let naming):
            let shown = candidates.map { candidate in
                var text = "\"\(candidate.id)\""
                if naming, let name = candidate.name { text += ", \(name)" }
                if naming, let group = candidate.group { text += " (\(group.name))" }
                return text
            }
            let list = shown.count <= 1 ? shown.joined() : shown.dropLast().joined(separator: ", ") + " or " + (shown.last ?? "")
            return "did you mean \(list)?"
        case .reassignAllFrom(let id, let places):
            return "if \(id) has left, hand the \(places) places that name \(id) to a colleague at once with 'catalogue reassign --all-from \(id) --to ID'"
        case .lookItUp(let query):
            return "look it up with 'catalogue find \(query.contains(" ") ? "\"\(query)\"" : query)'"
        case .allowedFields(let keys):
            return "allowed fields are \(keys.joined(separator: ", "))"
        case .alsoUsedBy(let employee, let name):
            return "also given for \(name) (\(employee))"
        case .fieldsAre(let fields, let command):
            return "the fields are \(fields.joined(separator: ", ")) (see 'catalogue \(command) --help')"
        case .nearestKLE(let numbers):
            return "the nearest in the plan: " + numbers.map { "\($0.number) \($0.title)" }.joined(separator: "; ")
        case .suggestKLE(let task):
            return "'catalogue kle suggest \(task)' proposes numbers from the task's words"
        case .howToAccept(let code):
            return "if this is meant, accept it in the entry's file: \"accept\": {\"\(code)\": \"the reason\"}"
        }
    }

    // MARK: Parts

    /// "1 August 2027", as the publications write a date.
    static func date(_ day: CalendarDay) -> String { Strings.english.date(day) }

    /// "from 1 July 2027 to 21 July 2027", or "from 1 July 2027" without a last day.
    static func period(_ from: CalendarDay, _ until: CalendarDay?) -> String {
        "from \(date(from))" + (until.map { " to \(date($0)) inclusive" } ?? "")
    }

    /// A field as a person reads it: `"phone"`, `the 2nd entry of "responsible"`.
    static func field(_ keyPath: String) -> String { field(FieldPath(keyPath)) }

    private static func field(_ path: FieldPath) -> String {
        switch path {
        case .key(let key): return "\"\(key)\""
        case .element(let list, let position): return "the \(ordinal(position)) entry of \"\(list)\""
        case .member(let key, let of): return "\"\(key)\" of \(field(of))"
        }
    }

    /// 1st, 2nd, 3rd, 4th, … 11th, 12th, 13th, 21st.
    static func ordinal(_ n: Int) -> String {
        guard n >= 0 else { return String(n) }
        let suffix = (11...13).contains(n % 100) ? "th" : ["th", "st", "nd", "rd"][n % 10 < 4 ? n % 10 : 0]
        return "\(n)\(suffix)"
    }

    /// 1,048,576: a number of bytes as English groups its digits.
    static func grouped(_ n: Int) -> String { groupDigits(n, separator: ",") }

    /// "a" or "an".
    static func article(_ kind: EntryKind) -> String { kind == .employee || kind == .area ? "an" : "a" }

    static func idProblem(_ problem: IDProblem) -> String {
        switch problem {
        case .empty: return "an id must not be empty"
        case .tooLong(let count, let limit): return "an id must be at most \(limit) characters (this one has \(count))"
        case .characters: return "an id may only hold lower-case letters a–z, digits and hyphens"
        case .leadingHyphen: return "an id must not start with a hyphen"
        case .windowsDeviceName:
            return "it is a name Windows keeps for a device (con, prn, aux, nul, com1–com9, lpt1–lpt9), so a file named so cannot be checked out there"
        }
    }

    private static func shape(_ shape: JSONShape, expected: Bool) -> String {
        switch shape {
        case .text: return expected ? "text in double quotes" : "text"
        case .wholeNumber: return "a whole number such as 10"
        case .number: return "a number"
        case .boolean: return expected ? "true or false (without quotes)" : "true or false"
        case .list: return expected ? "a list in square brackets [ … ]" : "a list"
        case .object: return "an object"
        case .null: return "null"
        }
    }

    private static func profile(_ problem: ProfileProblem, system: String) -> String {
        switch problem {
        case .cut(let value, let cut, let limit):
            return "\(system) holds at most \(limit) characters, so \"\(value)\" (\(value.count)) is cut to \"\(cut)\"; shorten it in the catalogue to choose the cut yourself"
        case .characterNotAllowed(let value, let character):
            return "\(system) cannot hold the character '\(character)' there, so \"\(value)\" is left out; correct the value in the catalogue or add it in \(system) by hand"
        case .tooLong(let value, let limit):
            return "\(system) holds at most \(limit) characters there, so \"\(value)\" is left out; correct the value in the catalogue or add it in \(system) by hand"
        case .forbiddenCharacter(let value, let character):
            let name = character == "\n" ? "line break" : character == "\r" || character == "\r\n" ? "carriage return" : "'\(character)'"
            return "the file for \(system) cannot carry the character \(name), so \"\(value)\" is left out; remove the character in the catalogue"
        }
    }

    static func json(_ syntax: JSONSyntax) -> String {
        switch syntax {
        case .textAfterValue: return "unexpected text after the end of the JSON value"
        case .noValue: return "the file holds no JSON value"
        case .curlyQuote:
            return "this is a curly quote (“ ” ‘ ’), as word processors write; JSON needs straight double quotes (\"), so retype it in a plain-text editor"
        case .unclosedByCurlyQuote:
            return "the string is not closed: this curly quote (“ ” ‘ ’), as word processors write, does not close it; JSON needs a straight double quote (\"), so retype it in a plain-text editor"
        case .endInsteadOfValue: return "expected a value, but the file ends here"
        case .singleQuotes: return "strings must use double quotes (\"), not single quotes"
        case .notAValue: return "expected a value (a string in double quotes, a number, true, false, null, an object or an array)"
        case .bareWord: return "expected a value; text that is not a JSON value must be written as a string in double quotes"
        case .tooDeep(let limit): return "the JSON is nested more than \(limit) levels deep"
        case .trailingComma(let closing): return "remove the comma before '\(closing)': JSON allows no trailing comma"
        case .notClosed(let closing): return "the \(closing == "}" ? "object" : "list") is not closed: expected '\(closing)'"
        case .expectedKey: return "expected a key in double quotes"
        case .expectedColon(let key): return "expected ':' after the key \"\(key)\""
        case .expectedCommaAfterMember(let key): return "expected ',' or '}' after the value of \"\(key)\""
        case .expectedCommaAfterElement: return "expected ',' or ']' after a list element"
        case .expectedDigit: return "expected a digit"
        case .leadingZero: return "numbers must not start with 0"
        case .expectedDigitAfterPoint: return "expected a digit after the decimal point"
        case .expectedDigitInExponent: return "expected a digit in the exponent"
        case .unclosedString: return "the string is not closed: expected '\"'"
        case .lineBreakInString: return "the string is not closed before the end of the line (write a line break as \\n)"
        case .controlInString: return "control characters must be escaped in strings (write a tab as \\t)"
        case .loneHighSurrogate: return "a \\u escape for a high surrogate must be followed by a low surrogate"
        case .loneLowSurrogate: return "a lone low surrogate is not a character"
        case .unknownEscape(let shown):
            return "unknown escape \(shown) (allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX); to write a backslash, write \\\\"
        case .badUnicodeEscape: return "\\u must be followed by four hexadecimal digits"
        }
    }
}
