import Foundation
import CatalogueModel

/// Every fixed text of the publications (headings, labels, column names) in one language.
/// Adding a language is adding one table here and its code to `Language`.
public struct Strings: Sendable {
    // Dates
    var months: [String]
    /// Formats day, month name and year, e.g. "22. november 2026".
    var dateFormat: @Sendable (_ day: Int, _ month: String, _ year: Int) -> String

    // Shared labels
    package var phone: String
    package var mobile: String
    package var mail: String
    package var address: String
    package var openingHours: String
    package var web: String
    package var deputy: String
    package var primary: String
    package var backup: String
    package var keywords: String
    package var kle: String
    var selfService: String
    package var contact: String
    package var department: String
    package var area: String
    var noTasks: String
    var internalTask: String
    package var internalNote: String
    var contactThroughDepartment: String
    var indexOther: String

    // The internal catalogue
    var published: String
    var contents: String
    var howToUse: String
    var howToUseText: [String]
    var oneEntryHeading: String
    var switchboard: String
    var departmentsHeading: String
    var areasHeading: String
    var whoDoesWhatHeading: String
    var whoDoesWhatIntro: String
    var employeeIndexHeading: String
    var employeeIndexIntro: String
    package var tasksHeld: String
    package var partOf: String

    // The external version
    var externalTitle: String
    var externalIntro: String
    var skipLink: String
    var areasNavigation: String
    var filterLabel: String
    var filterHint: String
    /// The live search found nothing: where to send the caller, the one entry's phone and mail when the catalogue has them.
    var filterNoMatch: @Sendable (_ phone: String?, _ mail: String?) -> String
    /// The filter's count; the script puts the numbers in place of {shown} and {total}.
    var filterCount: String
    var externalIndexHeading: String
    var accessibilityStatement: String

    // The switchboard list
    package var columns: SwitchboardColumns
    // The switchboard's staff directory
    var staffColumns: StaffColumns

    // Absences with cover, everywhere they are shown
    package var absence: AbsenceTexts

    // What `show` and `find` print for people (their JSON keys stay English)
    package var commands: CommandTexts

    // The internal catalogue's overview and print
    var overview: OverviewTexts

    /// The organisation overview and the corrections line of the internal catalogue.
    struct OverviewTexts: Sendable {
        var heading, unit, headCount, corrections: String
    }

    /// The switchboard list's column names.
    package struct SwitchboardColumns: Sendable {
        var topic, keywords, area, department, primaryPerson, primaryPhone, primaryMobile, primaryMail: String
        /// The primary person's deputy, and the deputy's direct phone.
        var primaryDeputy, deputyPhone: String
        /// The name and phone columns of the backup in position n (1, 2, ...).
        var backupName, backupPhone: @Sendable (_ n: Int) -> String
        package var departmentPhone, openingHours, kle: String
        /// The KLE numbers' titles in the plan, in the numbers' order.
        var kleTitle: String
        /// Who of the task's people is away, and who takes their calls.
        var absence: String
    }

    /// The staff directory's column names (`switchboard-people.csv`).
    struct StaffColumns: Sendable {
        var name, initials, jobTitle, department, phone, mobile, mail, deputy, deputyPhone, departmentPhone, openingHours: String
        /// Away until when, and whom to contact meanwhile.
        var absence: String
    }

    /// The labels of `show` and `find` that the shared labels above do not cover. Their text is
    /// sent to departments to confirm and read at the switchboard, so it follows the catalogue's
    /// language; error messages on stderr stay English like every other diagnostic.
    package struct CommandTexts: Sendable {
        /// The word for each kind of entry, in lower case ("opgave"), used in headings and hits.
        var departmentKind, employeeKind, taskKind, areaKind: String
        /// An employee's job title.
        package var jobTitle: String
        package var audience, audienceExternal, audienceInternal: String
        /// The visibility label, then what each value lets the external version show.
        package var visibility, visibilityInternal, visibilityName, visibilityContact: String
        /// An area's business contact: the label, then the two values with their consequence.
        package var businessContact, significant, notSignificant: String
        package var sortOrder: String
        /// A reference to an entry that does not exist.
        package var unknown: String
        /// An empty related list.
        package var none: String
        /// Marks an internal task in an area's list.
        package var internalMarker: String
        /// `list`'s column for names, and its words for true and false.
        package var name, yes, no: String
        /// Section titles: a task's people, a department's employees and teams, whom a person deputises for, a task's links.
        package var people, employees, departments, deputyFor, links: String
        /// `find` found nothing for the query.
        package var noHits: @Sendable (_ query: String) -> String
        /// `find` found more than it shows.
        package var moreHits: @Sendable (_ count: Int) -> String
        /// The label of the KLE topic a task was found through, and the words of the plan that matched.
        package var foundVia: String
        package var planWords: @Sendable (_ words: String) -> String
        /// The label of the sentence a hit was found in when the words matched only its prose, and what it says when
        /// no one sentence holds them.
        package var foundIn: String
        package var onlyInText: String
        /// The label of where a direct hit matched, and the words for the fields.
        package var foundInFields, fieldTitle, fieldName, fieldKeyword, fieldText, fieldKLE, fieldPhone, fieldInitials: String
        /// `find` found nothing, but the words belong to this KLE topic ("09.13.01 Rottebekæmpelse").
        package var kleTopicNotCarried: @Sendable (_ topic: String) -> String
        /// Whom to call when `find` found nothing: the one entry for businesses, its phone and mail.
        package var callOneEntry: @Sendable (_ phone: String, _ mail: String?) -> String
        /// `kle show`: the labels of the headings above a number, the plan's words for it, a group's topics, the tasks
        /// that carry it, and the line for none.
        package var kleUnder, kleWords, kleTopics, kleTasks, kleNoTasks: String
        /// `kle suggest`: the heading (title, id), the mark of a number the task has, the reason, and the line for none.
        package var kleSuggestHeading: @Sendable (_ title: String, _ id: String) -> String
        package var kleHasIt: String
        package var kleBecause: @Sendable (_ words: String) -> String
        package var kleNoSuggestions: @Sendable (_ id: String) -> String

        /// The lower-case word for `kind`.
        package func word(for kind: EntryKind) -> String {
            switch kind {
            case .department: departmentKind
            case .employee: employeeKind
            case .task: taskKind
            case .area: areaKind
            }
        }

        /// What `visibility` lets the external version show.
        package func explanation(of visibility: Visibility) -> String {
            switch visibility {
            case .internal: visibilityInternal
            case .name: visibilityName
            case .contact: visibilityContact
            }
        }
    }

    /// The table for a language.
    public static func `for`(_ language: Language) -> Strings {
        switch language {
        case .danish: return .danish
        case .english: return .english
        }
    }

    /// A date as the language writes it, e.g. "22. november 2026".
    /// The month's name, e.g. "december".
    package func month(_ day: CalendarDay) -> String { months[day.month - 1] }

    public func date(_ day: CalendarDay) -> String { dateFormat(day.day, months[day.month - 1], day.year) }

    public static let danish = Strings(
        months: ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
        dateFormat: { day, month, year in "\(day). \(month) \(year)" },
        phone: "Telefon", mobile: "Mobil", mail: "Mail", address: "Adresse", openingHours: "Åbningstid", web: "Web",
        deputy: "Stedfortræder", primary: "Primær", backup: "Backup", keywords: "Stikord", kle: "KLE",
        selfService: "Selvbetjening", contact: "Kontakt", department: "Afdeling", area: "Fagområde",
        noTasks: "Ingen opgaver registreret.", internalTask: "Intern opgave", internalNote: "Intern note",
        contactThroughDepartment: "Kontakt afdelingen", indexOther: "Øvrige",
        published: "Udgivet", contents: "Indhold", howToUse: "Sådan bruger du kataloget",
        howToUseText: [
            "Kataloget viser, hvem der gør hvad. Når en virksomhed henvender sig, så find opgaven under fagområdet eller i stikordsregistret bagest, og stil henvendelsen videre til den primære medarbejder. Er vedkommende ikke til stede, så prøv backup eller stedfortræderen.",
            "Ved du ikke, hvem der skal have henvendelsen, så stil den videre til virksomhedernes indgang til kommunen.",
        ],
        oneEntryHeading: "Én indgang for virksomheder", switchboard: "Hovedomstilling",
        departmentsHeading: "Afdelinger og medarbejdere", areasHeading: "Fagområder og opgaver",
        whoDoesWhatHeading: "Hvem gør hvad – stikord A–Å", whoDoesWhatIntro: "Stikord og opgaver i alfabetisk orden med den primære medarbejder.",
        employeeIndexHeading: "Medarbejdere A–Å", employeeIndexIntro: "Alle medarbejdere i alfabetisk orden.",
        tasksHeld: "Opgaver", partOf: "Del af",
        externalTitle: "Find den rette kontakt for din virksomhed",
        externalIntro: "Her kan du se, hvem i kommunen der behandler din virksomheds sag, og hvordan du kommer i kontakt med dem. Er du i tvivl, så ring eller skriv til virksomhedernes indgang.",
        skipLink: "Gå til indhold", areasNavigation: "Fagområder", filterLabel: "Søg efter emne eller stikord",
        filterHint: "Listen nedenfor viser kun de opgaver, der passer til det, du skriver.",
        filterNoMatch: { phone, mail in
            "Ingen opgaver passer til søgningen. Kontakt Én indgang for virksomheder" + (phone.map { ": ring \($0)" + (mail.map { " eller skriv til \($0)" } ?? "") } ?? mail.map { ": skriv til \($0)" } ?? "") + "."
        },
        filterCount: "Viser {shown} af {total} opgaver",
        externalIndexHeading: "Emner A–Å", accessibilityStatement: "Tilgængelighedserklæring",
        columns: SwitchboardColumns(
            topic: "Emne", keywords: "Stikord", area: "Fagområde", department: "Afdeling", primaryPerson: "Primær medarbejder",
            primaryPhone: "Primær telefon", primaryMobile: "Primær mobil", primaryMail: "Primær mail",
            primaryDeputy: "Stedfortræder for primær", deputyPhone: "Stedfortræderens telefon",
            backupName: { n in "Backup \(n)" }, backupPhone: { n in "Backup \(n) telefon" },
            departmentPhone: "Afdelingens telefon", openingHours: "Åbningstid", kle: "KLE", kleTitle: "KLE-titel", absence: "Fravær"),
        staffColumns: StaffColumns(
            name: "Navn", initials: "Initialer", jobTitle: "Stilling", department: "Afdeling", phone: "Direkte telefon",
            mobile: "Mobil", mail: "Mail", deputy: "Stedfortræder", deputyPhone: "Stedfortræderens telefon",
            departmentPhone: "Afdelingens telefon", openingHours: "Åbningstid", absence: "Fravær"),
        absence: AbsenceTexts(
            label: "Fravær", awayUntil: { until in until.map { "fraværende til og med \($0)" } ?? "fraværende indtil videre" },
            contact: { name in "kontakt \(name)" }, contactDepartment: "kontakt afdelingen", coversFor: { name in "dækker for \(name)" },
            planned: { from, until, cover in "planlagt fravær fra \(from)\(until.map { " til og med \($0)" } ?? ""); \(cover) dækker" },
            ended: { until in "fraværet sluttede \(until) og bruges ikke længere" }),
        commands: CommandTexts(
            departmentKind: "afdeling", employeeKind: "medarbejder", taskKind: "opgave", areaKind: "fagområde",
            jobTitle: "Stilling", audience: "Målgruppe", audienceExternal: "ekstern", audienceInternal: "intern",
            visibility: "Synlighed", visibilityInternal: "nævnes aldrig i den eksterne version",
            visibilityName: "navn og stilling må vises eksternt", visibilityContact: "navn, stilling, direkte telefon og mail må vises eksternt",
            businessContact: "Virksomhedskontakt", significant: "væsentlig (vises i den eksterne version)",
            notSignificant: "ikke væsentlig (kun internt)", sortOrder: "Sortering", unknown: "ukendt", none: "(ingen)",
            internalMarker: "intern", name: "Navn", yes: "ja", no: "nej", people: "Ansvarlige", employees: "Medarbejdere", departments: "Afdelinger",
            deputyFor: "Stedfortræder for", links: "Links",
            noHits: { query in "Ingen resultater for \"\(query)\"." },
            moreHits: { count in "… og \(count) mere. Skriv flere ord, eller brug --kind, for at få færre." },
            foundVia: "Fundet via", planWords: { words in "planens ord: \(words)" }, foundIn: "Fundet i teksten", onlyInText: "kun i teksten, ikke i titel eller stikord",
            foundInFields: "Fundet i", fieldTitle: "titlen", fieldName: "navnet", fieldKeyword: "stikord", fieldText: "teksten",
            fieldKLE: "KLE-nummer", fieldPhone: "telefonnummer", fieldInitials: "initialer",
            kleTopicNotCarried: { topic in "Søgningen hører under KLE \(topic), men kataloget har ingen opgave med det emne." },
            callOneEntry: { phone, mail in "Én indgang for virksomheder tager imod alle henvendelser og sender dem videre: ring \(phone)\(mail.map { " eller skriv til \($0)" } ?? "")." },
            kleUnder: "Ligger under", kleWords: "Planens ord", kleTopics: "Emner", kleTasks: "Opgaver med nummeret",
            kleNoTasks: "Ingen opgave i kataloget har nummeret.",
            kleSuggestHeading: { title, id in "Forslag til KLE-numre for \"\(title)\" (\(id)), bedst først:" },
            kleHasIt: "opgaven har det allerede", kleBecause: { words in "ud fra ordene: \(words)" },
            kleNoSuggestions: { id in "Ingen af ordene i opgaven \(id) findes i KLE-planen; slå et nummer op med 'catalogue kle show NUMMER', eller søg med 'catalogue find'." }),
        overview: OverviewTexts(heading: "Organisation", unit: "Enhed", headCount: "Medarbejdere", corrections: "Fejl og ændringer meldes til"))

    public static let english = Strings(
        months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        dateFormat: { day, month, year in "\(day) \(month) \(year)" },
        phone: "Phone", mobile: "Mobile", mail: "Mail", address: "Address", openingHours: "Opening hours", web: "Web",
        deputy: "Deputy", primary: "Primary", backup: "Backup", keywords: "Keywords", kle: "KLE",
        selfService: "Self-service", contact: "Contact", department: "Department", area: "Area",
        noTasks: "No tasks registered.", internalTask: "Internal task", internalNote: "Internal note",
        contactThroughDepartment: "Contact the department", indexOther: "Other",
        published: "Published", contents: "Contents", howToUse: "How to use this catalogue",
        howToUseText: [
            "The catalogue shows who does what. When a business contacts you, find the task under its area or in the keyword index at the back, and forward the enquiry to the primary person. If they are away, try the backup or the deputy.",
            "If you do not know who should have the enquiry, forward it to the one entry for businesses.",
        ],
        oneEntryHeading: "One entry for businesses", switchboard: "Main switchboard",
        departmentsHeading: "Departments and employees", areasHeading: "Areas and tasks",
        whoDoesWhatHeading: "Who does what – keywords A–Z", whoDoesWhatIntro: "Keywords and tasks in alphabetical order, with the primary person.",
        employeeIndexHeading: "Employees A–Z", employeeIndexIntro: "All employees in alphabetical order.",
        tasksHeld: "Tasks", partOf: "Part of",
        externalTitle: "Find the right contact for your business",
        externalIntro: "See who in the municipality handles your business's case and how to reach them. If in doubt, call or write to the one entry for businesses.",
        skipLink: "Skip to content", areasNavigation: "Areas", filterLabel: "Search by topic or keyword",
        filterHint: "The list below shows only the tasks that match what you type.",
        filterNoMatch: { phone, mail in
            "No tasks match the search. Contact the one entry for businesses" + (phone.map { ": call \($0)" + (mail.map { " or write to \($0)" } ?? "") } ?? mail.map { ": write to \($0)" } ?? "") + "."
        },
        filterCount: "Showing {shown} of {total} tasks",
        externalIndexHeading: "Topics A–Z", accessibilityStatement: "Accessibility statement",
        columns: SwitchboardColumns(
            topic: "Topic", keywords: "Keywords", area: "Area", department: "Department", primaryPerson: "Primary person",
            primaryPhone: "Primary phone", primaryMobile: "Primary mobile", primaryMail: "Primary mail",
            primaryDeputy: "Primary's deputy", deputyPhone: "Deputy's phone",
            backupName: { n in "Backup \(n)" }, backupPhone: { n in "Backup \(n) phone" },
            departmentPhone: "Department phone", openingHours: "Opening hours", kle: "KLE", kleTitle: "KLE title", absence: "Absence"),
        staffColumns: StaffColumns(
            name: "Name", initials: "Initials", jobTitle: "Title", department: "Department", phone: "Direct phone",
            mobile: "Mobile", mail: "Mail", deputy: "Deputy", deputyPhone: "Deputy's phone",
            departmentPhone: "Department phone", openingHours: "Opening hours", absence: "Absence"),
        absence: AbsenceTexts(
            label: "Absence", awayUntil: { until in until.map { "away until \($0) inclusive" } ?? "away until further notice" },
            contact: { name in "contact \(name)" }, contactDepartment: "contact the department", coversFor: { name in "covers for \(name)" },
            planned: { from, until, cover in "planned absence from \(from)\(until.map { " to \($0) inclusive" } ?? ""); \(cover) covers" },
            ended: { until in "the absence ended on \(until) and is no longer used" }),
        commands: CommandTexts(
            departmentKind: "department", employeeKind: "employee", taskKind: "task", areaKind: "area",
            jobTitle: "Title", audience: "Audience", audienceExternal: "external", audienceInternal: "internal",
            visibility: "Visibility", visibilityInternal: "never named in the external version",
            visibilityName: "name and title may be shown externally", visibilityContact: "name, title, direct phone and mail may be shown externally",
            businessContact: "Business contact", significant: "significant (shown in the external version)",
            notSignificant: "not significant (internal only)", sortOrder: "Sort order", unknown: "unknown", none: "(none)",
            internalMarker: "internal", name: "Name", yes: "yes", no: "no", people: "People", employees: "Employees", departments: "Departments",
            deputyFor: "Deputy for", links: "Links",
            noHits: { query in "No results for \"\(query)\"." },
            moreHits: { count in "… and \(count) more. Add words, or use --kind, to narrow the search." },
            foundVia: "Found via", planWords: { words in "the plan's words: \(words)" }, foundIn: "Found in the text", onlyInText: "only in the text, not in the title or keywords",
            foundInFields: "Found in", fieldTitle: "the title", fieldName: "the name", fieldKeyword: "keywords", fieldText: "the text",
            fieldKLE: "KLE number", fieldPhone: "phone number", fieldInitials: "initials",
            kleTopicNotCarried: { topic in "The search belongs to KLE \(topic), but the catalogue has no task with that topic." },
            callOneEntry: { phone, mail in "The one entry for businesses takes every enquiry and passes it on: call \(phone)\(mail.map { " or write to \($0)" } ?? "")." },
            kleUnder: "Under", kleWords: "The plan's words", kleTopics: "Topics", kleTasks: "Tasks with the number",
            kleNoTasks: "No task in the catalogue has the number.",
            kleSuggestHeading: { title, id in "KLE numbers proposed for \"\(title)\" (\(id)), best first:" },
            kleHasIt: "the task has it already", kleBecause: { words in "from the words: \(words)" },
            kleNoSuggestions: { id in "None of the words of the task \(id) is in the KLE plan; look a number up with 'catalogue kle show NUMBER', or search with 'catalogue find'." }),
        overview: OverviewTexts(heading: "Organisation", unit: "Unit", headCount: "Employees", corrections: "Report mistakes and changes to"))
}

extension Strings {
    /// The external version's own texts for its search box and its collapsed tasks, kept as one
    /// table apart from the rest so the external page can change without touching the others.
    struct ExternalTexts: Sendable {
        /// The search box's label: what it searches.
        var searchLabel: String
        /// The `<summary>` that opens a task's description, links and keywords.
        var more: String
        /// The `<summary>` that opens the A–Å index.
        var showIndex: String

        /// The table for a language.
        static func `for`(_ language: Language) -> ExternalTexts {
            switch language {
            case .danish: ExternalTexts(searchLabel: "Søg efter emne, stikord eller navn", more: "Læs mere om opgaven",
                                         showIndex: "Vis alle emner fra A til Å")
            case .english: ExternalTexts(searchLabel: "Search by topic, keyword or name", more: "Read more about the task",
                                          showIndex: "Show all topics from A to Z")
            }
        }
    }
}
