/// What is wrong in a catalogue, as a value: a stable code (`code`) and what the wording needs.
/// The words for each language are in the wording tables (`Wording`); nothing here is text a
/// person reads, so Storage and Validation say what they found without choosing a language.
public enum Problem: Sendable, Hashable {
    // MARK: Files and folders
    case missingSettings
    case unreadableFile(reason: String)
    case unreadableFolder(reason: String)
    case missingFolder(EntryKind)
    case notAFolder(EntryKind)
    case folderInsteadOfFile(path: String, kind: EntryKind)
    case settingsIsAFolder
    case notARegularFile(path: String)
    case linkOutside(path: String, target: String)
    case brokenLink(path: String, reason: String)
    case fileTooLarge(size: Int, limit: Int)
    case doesNotBelong(path: String)
    case leftBehindFile(path: String)
    case folderInKindFolder(EntryKind)
    case wrongExtension(EntryKind)
    case badFileName(name: String, problem: IDProblem, kind: EntryKind)
    case emptyFile
    case invalidUTF8
    case invalidJSON(JSONSyntax)
    case missingFields
    case textAfterFields
    case logoOutside(name: String)
    case logoMissing(name: String)
    case logoTooLarge(name: String, size: Int, limit: Int)
    case logoNotAnImage(name: String)

    // MARK: Fields
    case notAnObject(ObjectRole)
    case missingField(key: String)
    case emptyField(key: String)
    case blankField(key: String, null: Bool)
    case controlCharacter(key: String, scalar: Unicode.Scalar)
    case wrongType(key: String, expected: JSONShape, found: JSONShape)
    case notAWholeNumber(key: String, value: String)
    case notAChoice(key: String, value: String, allowed: [String])
    case unknownField(key: String, known: [String])
    case duplicateField(key: String)

    // MARK: The catalogue as a whole
    case unknownReference(key: String, value: String, kind: EntryKind)
    case notAnID(key: String, value: String, kind: EntryKind)
    case parentLoop(chain: [String])
    case ownDeputy
    case invalidPhone(key: String, value: String)
    case invalidMail(key: String, value: String)
    case invalidURL(key: String, value: String)
    case invalidKLE(key: String, value: String)
    /// A KLE number (or a facet's base number, `base`) the plan in use (`plan`, "OS2KLE 3.23") does not have,
    /// although the group or main group above it exists.
    case unknownKLE(key: String, value: String, base: String, plan: String)
    /// A KLE number under a group (`NN.NN`) or main group (`NN`) that the plan does not have at all.
    case unknownKLEHeading(key: String, value: String, heading: String, plan: String)
    /// A KLE number the plan retired in `version`.
    case retiredKLE(key: String, value: String, base: String, version: String)
    /// A KLE number whose title the plan changed in `version` in more than spelling.
    case renamedKLE(key: String, value: String, base: String, old: String, new: String, version: String)
    case noResponsible
    case repeatedResponsible(value: String)
    case noBackup
    case primaryWithoutPhone(employee: String)
    case noTasks
    case areaWithoutExternalTask
    case sharedPhone(key: String, value: String, others: [String])
    case sharedMail(value: String, others: [String])
    case mentionsOldName(old: String, new: String)
    /// An entry not confirmed for more than `months` months: last on `since`, or never since a round started on `started`.
    case notReviewed(since: String?, started: String?, months: Int)

    // MARK: Absences
    /// A date that is not a real day written `YYYY-MM-DD`.
    case invalidDate(key: String, value: String)
    case absenceEndsBeforeStart(from: CalendarDay, until: CalendarDay)
    case coverIsSelf
    /// The cover (`cover`) is not in the catalogue (any more); the calls go to the department.
    case coverLeft(cover: String)
    /// The cover is away too in part of the same period (their own absence, `from`–`until`).
    case coverAlsoAway(cover: String, from: CalendarDay, until: CalendarDay?)
    /// The absence's last day (`until`) has passed: the record is ignored and may be removed.
    case absenceEnded(until: CalendarDay)
    /// An absence without a last day that began more than a year ago.
    case absenceWithoutEnd(from: CalendarDay)

    // MARK: Accepted warnings
    case acceptUnknownCode(code: String)
    case acceptError(code: String)
    case acceptNotRaised(code: String)

    // MARK: Phone-system files
    case profileValue(file: String, person: String, column: String, system: String, problem: ProfileProblem)
    case profileRowLeftOut(file: String, person: String, system: String, needsOneOf: [String])

    /// Errors stop publication; warnings are shown but allowed, and can be accepted per entry.
    public var severity: Diagnostic.Severity {
        switch self {
        case .unknownKLE, .unknownKLEHeading, .retiredKLE, .renamedKLE,
             .missingFolder, .leftBehindFile, .blankField, .noBackup, .primaryWithoutPhone, .noTasks,
             .areaWithoutExternalTask, .sharedPhone, .sharedMail, .mentionsOldName, .acceptUnknownCode,
             .coverLeft, .coverAlsoAway, .absenceEnded, .absenceWithoutEnd,
             .acceptError, .acceptNotRaised, .profileValue, .profileRowLeftOut, .notReviewed:
            return .warning
        default:
            return .error
        }
    }

    /// The stable code printed as `[code]` and in `check --json`, and named in `"accept"`.
    public var code: String {
        switch self {
        case .missingSettings: return "missing-settings"
        case .unreadableFile: return "unreadable-file"
        case .unreadableFolder: return "unreadable-folder"
        case .missingFolder: return "missing-folder"
        case .notAFolder: return "not-a-folder"
        case .folderInsteadOfFile: return "folder-instead-of-file"
        case .settingsIsAFolder: return "settings-is-a-folder"
        case .notARegularFile: return "not-a-regular-file"
        case .linkOutside: return "link-outside"
        case .brokenLink: return "broken-link"
        case .fileTooLarge: return "file-too-large"
        case .doesNotBelong: return "does-not-belong"
        case .leftBehindFile: return "left-behind-file"
        case .folderInKindFolder: return "folder-in-kind-folder"
        case .wrongExtension: return "wrong-extension"
        case .badFileName: return "bad-file-name"
        case .emptyFile: return "empty-file"
        case .invalidUTF8: return "invalid-utf8"
        case .invalidJSON: return "invalid-json"
        case .missingFields: return "missing-fields"
        case .textAfterFields: return "text-after-fields"
        case .logoOutside: return "logo-outside"
        case .logoMissing: return "logo-missing"
        case .logoTooLarge: return "logo-too-large"
        case .logoNotAnImage: return "logo-not-an-image"
        case .notAnObject: return "not-an-object"
        case .missingField: return "missing-field"
        case .emptyField: return "empty-field"
        case .blankField: return "blank-field"
        case .controlCharacter: return "control-character"
        case .wrongType: return "wrong-type"
        case .notAWholeNumber: return "not-a-whole-number"
        case .notAChoice: return "not-a-choice"
        case .unknownField: return "unknown-field"
        case .duplicateField: return "duplicate-field"
        case .unknownReference: return "unknown-reference"
        case .notAnID: return "not-an-id"
        case .parentLoop: return "parent-loop"
        case .ownDeputy: return "own-deputy"
        case .invalidPhone: return "invalid-phone"
        case .invalidMail: return "invalid-mail"
        case .invalidURL: return "invalid-url"
        case .invalidKLE: return "invalid-kle"
        case .unknownKLE: return "unknown-kle"
        case .unknownKLEHeading: return "unknown-kle-group"
        case .retiredKLE: return "retired-kle"
        case .renamedKLE: return "renamed-kle"
        case .noResponsible: return "no-responsible"
        case .repeatedResponsible: return "repeated-responsible"
        case .noBackup: return "no-backup"
        case .primaryWithoutPhone: return "primary-without-phone"
        case .noTasks: return "no-tasks"
        case .areaWithoutExternalTask: return "area-without-external-task"
        case .sharedPhone: return "shared-phone"
        case .sharedMail: return "shared-mail"
        case .mentionsOldName: return "mentions-old-name"
        case .invalidDate: return "invalid-date"
        case .absenceEndsBeforeStart: return "absence-ends-before-start"
        case .coverIsSelf: return "cover-is-self"
        case .coverLeft: return "cover-left"
        case .coverAlsoAway: return "cover-also-away"
        case .absenceEnded: return "absence-ended"
        case .absenceWithoutEnd: return "absence-without-end"
        case .notReviewed: return "not-reviewed"
        case .acceptUnknownCode: return "accept-unknown-code"
        case .acceptError: return "accept-error"
        case .acceptNotRaised: return "accept-not-raised"
        case .profileValue: return "profile-value"
        case .profileRowLeftOut: return "profile-row-left-out"
        }
    }
}

/// Why a text cannot be an id.
public enum IDProblem: Sendable, Hashable {
    case empty
    case tooLong(count: Int, limit: Int)
    case characters
    case leadingHyphen
    case windowsDeviceName
}

/// What a JSON value is, or was expected to be, in a message about a field of the wrong type.
public enum JSONShape: Sendable, Hashable {
    case text, wholeNumber, number, boolean, list, object, null
}

/// What a JSON object in a file is for, in a message saying it is not an object.
public enum ObjectRole: Sendable, Hashable {
    /// The fields of an entry or of the settings file.
    case fields
    /// One element of "links".
    case link
    /// An employee's "absence".
    case absence
}

/// Why a value did not fit a phone system's file.
public enum ProfileProblem: Sendable, Hashable {
    /// Cut to the system's limit.
    case cut(value: String, cut: String, limit: Int)
    /// Left out: the system cannot hold a character of it there.
    case characterNotAllowed(value: String, character: Character)
    /// Left out: longer than the system holds there.
    case tooLong(value: String, limit: Int)
    /// Left out: the file's format cannot carry the character (a line break, the separator).
    case forbiddenCharacter(value: String, character: Character)
}

/// What is wrong with a file's JSON, at the place the parser stopped.
public enum JSONSyntax: Sendable, Hashable {
    case textAfterValue
    case noValue
    case curlyQuote
    case unclosedByCurlyQuote
    case endInsteadOfValue
    case singleQuotes
    case notAValue
    case bareWord
    case tooDeep(limit: Int)
    case trailingComma(closing: Character)
    case notClosed(closing: Character)
    case expectedKey
    case expectedColon(key: String)
    case expectedCommaAfterMember(key: String)
    case expectedCommaAfterElement
    case expectedDigit
    case leadingZero
    case expectedDigitAfterPoint
    case expectedDigitInExponent
    case unclosedString
    case lineBreakInString
    case controlInString
    case loneHighSurrogate
    case loneLowSurrogate
    case unknownEscape(String)
    case badUnicodeEscape
}
