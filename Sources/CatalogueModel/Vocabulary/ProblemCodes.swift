extension Problem {
    /// One problem of every case, with example arguments: the list of codes and their severities
    /// (what `"accept"` may name), and what the test of the wording tables renders in each language.
    /// A case missing here is caught by that test, which compares the codes with `code`'s switch.
    public static let examples: [Problem] = [
        .missingSettings, .unreadableFile(reason: "permission denied"), .unreadableFolder(reason: "permission denied"),
        .missingFolder(.task), .notAFolder(.task), .folderInsteadOfFile(path: "employees/aa.json", kind: .employee),
        .settingsIsAFolder, .notARegularFile(path: "employees/aa.json"),
        .linkOutside(path: "employees/aa.json", target: "/etc/passwd"), .brokenLink(path: "tasks", reason: "too many levels"),
        .fileTooLarge(size: 2_000_000, limit: 1_048_576), .doesNotBelong(path: "projects"), .leftBehindFile(path: "tasks/Thumbs.db"),
        .folderInKindFolder(.task), .wrongExtension(.task), .badFileName(name: "Byg og Miljø", problem: .characters, kind: .department),
        .emptyFile, .invalidUTF8, .invalidJSON(.trailingComma(closing: "}")), .missingFields, .textAfterFields,
        .logoOutside(name: "tasks/x.png"), .logoMissing(name: "nope.png"), .logoTooLarge(name: "logo.svg", size: 215_040, limit: 204_800),
        .logoNotAnImage(name: "logo.png"),
        .notAnObject(.fields), .missingField(key: "title"), .emptyField(key: "name"), .blankField(key: "phone", null: true),
        .controlCharacter(key: "name", scalar: "\u{7}"), .wrongType(key: "sortOrder", expected: .wholeNumber, found: .text),
        .notAWholeNumber(key: "sortOrder", value: "1.5"), .notAChoice(key: "visibility", value: "publik", allowed: ["internal", "name"]),
        .unknownField(key: "phnoe", known: ["name", "phone"]), .duplicateField(key: "name"),
        .unknownReference(key: "responsible[0]", value: "slf", kind: .employee),
        .notAnID(key: "department", value: "Byg og Miljø", kind: .department), .parentLoop(chain: ["adm", "team", "adm"]),
        .ownDeputy, .invalidPhone(key: "phone", value: "72 57"), .invalidMail(key: "mail", value: "x@"),
        .invalidURL(key: "web", value: "www.x.dk"), .invalidKLE(key: "kle[0]", value: "2.3"),
        .unknownKLE(key: "kle[0]", value: "09.13.05-G01", base: "09.13.05", plan: "OS2KLE 3.23"),
        .unknownKLEHeading(key: "kle[1]", value: "09.99.01", heading: "09.99", plan: "OS2KLE 3.23"),
        .retiredKLE(key: "kle[0]", value: "00.07.02", base: "00.07.02", version: "3.23"),
        .renamedKLE(key: "kle[0]", value: "02.34.02", base: "02.34.02", old: "Vejnavne", new: "Vejnavne og adresser", version: "3.23"),
        .noResponsible,
        .repeatedResponsible(value: "aa"), .noBackup, .primaryWithoutPhone(employee: "nta"), .noTasks, .areaWithoutExternalTask,
        .sharedPhone(key: "phone", value: "72 57 73 54", others: ["bb"]), .sharedMail(value: "byg@fjordby.dk", others: ["bb", "cc"]),
        .mentionsOldName(old: "Team Miljø", new: "Team Natur og Miljø"),
        .invalidDate(key: "absence.until", value: "2027-02-30"),
        .absenceEndsBeforeStart(from: CalendarDay(year: 2027, month: 3, day: 1), until: CalendarDay(year: 2027, month: 2, day: 1)),
        .coverIsSelf, .coverLeft(cover: "kbl"),
        .coverAlsoAway(cover: "kbl", from: CalendarDay(year: 2027, month: 7, day: 1), until: CalendarDay(year: 2027, month: 7, day: 21)),
        .absenceEnded(until: CalendarDay(year: 2026, month: 8, day: 31)), .absenceWithoutEnd(from: CalendarDay(year: 2025, month: 9, day: 1)),
        .notReviewed(since: "2025-06-01", started: nil, months: 12),
        .acceptUnknownCode(code: "no-bakup"), .acceptError(code: "invalid-phone"), .acceptNotRaised(code: "no-backup"),
        .profileValue(file: "switchboard-people-yeastar.csv", person: "Bo", column: "Last Name", system: "Yeastar",
                      problem: .cut(value: "Langelangelange", cut: "Langelange", limit: 10)),
        .profileRowLeftOut(file: "switchboard-people-yeastar.csv", person: "Bo", system: "Yeastar", needsOneOf: ["Mobile", "Other"]),
    ]

    /// The severity of each code.
    public static let severities: [String: Diagnostic.Severity] = Dictionary(
        examples.map { ($0.code, $0.severity) }, uniquingKeysWith: { first, _ in first })
}
