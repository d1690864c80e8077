import CatalogueModel

extension Strings {
    /// The words of a review round's sheets and status, one table per language.
    public struct ReviewTexts: Sendable {
        /// The round's label when none is given: "Gennemgang december 2026".
        package var defaultLabel: @Sendable (_ month: String, _ year: Int) -> String
        package var sheetTitle: @Sendable (_ department: String) -> String
        package var personTitle: @Sendable (_ person: String) -> String
        package var to, round, answerBy, people, tasks, noPeople, noTasks, onTheWeb, onTheWebYes, onTheWebNo: String
        package var checklistHeading: String
        /// What to check, then whom to answer by when (whom, due date; either may be missing).
        package var checklist: [String]
        package var answer: @Sendable (_ whom: String?, _ due: String?) -> String
        package var personIntro: String
        package var indexTitle: @Sendable (_ round: String) -> String
        package var indexRecipient, indexMail, indexSheet: String
        package var role: @Sendable (_ primary: Bool) -> String
        /// `review status`: a department's line, what is outstanding, and the totals.
        package var statusLine: @Sendable (_ department: String, _ confirmed: Int, _ total: Int) -> String
        package var outstanding: String
        package var statusTotal: @Sendable (_ round: String, _ confirmed: Int, _ total: Int, _ due: String?) -> String

        /// The table for a language.
        public static func `for`(_ language: Language) -> ReviewTexts {
            switch language {
            case .danish: danish
            case .english: english
            }
        }

        static let danish = ReviewTexts(
            defaultLabel: { "Gennemgang \($0) \($1)" },
            sheetTitle: { "Gennemgang af kataloget: \($0)" }, personTitle: { "Mine opgaver: \($0)" },
            to: "Til", round: "Gennemgang", answerBy: "Svar senest", people: "Medarbejdere", tasks: "Opgaver",
            noPeople: "Ingen medarbejdere er registreret i afdelingen.", noTasks: "Afdelingen har ingen opgaver registreret.",
            onTheWeb: "På hjemmesiden", onTheWebYes: "ja, opgaven vises i den eksterne version",
            onTheWebNo: "nej, kun i det interne katalog",
            checklistHeading: "Sådan gør du",
            checklist: [
                "Tjek navne, stillinger, telefonnumre, mobilnumre og mailadresser.",
                "Tjek, hvem der er stedfortræder, og hvad hjemmesiden må vise om hver medarbejder.",
                "Tjek hver opgave: beskrivelse, stikord, links, hvem der er primær ansvarlig, og hvem der er backup.",
                "Skriv, hvis der mangler en opgave, eller hvis en opgave hører til en anden afdeling.",
            ],
            answer: { whom, due in
                "Send rettelserne, eller svar, at alt er rigtigt" + (whom.map { ", til \($0)" } ?? "") + (due.map { " senest \($0)" } ?? "") + "."
            },
            personIntro: "Her er de opgaver, du står for i kataloget. Kataloget bruges også som stillingsbeskrivelse, så sig til, hvis noget mangler eller er forkert.",
            indexTitle: { "Gennemgang: \($0)" }, indexRecipient: "Modtager", indexMail: "Mail", indexSheet: "Ark",
            role: { $0 ? "primær ansvarlig" : "backup" },
            statusLine: { department, confirmed, total in "\(department): \(confirmed) af \(total) bekræftet" },
            outstanding: "mangler",
            statusTotal: { round, confirmed, total, due in
                "\(round): \(confirmed) af \(total) poster er bekræftet" + (due.map { "; svarfrist \($0)" } ?? "") + "."
            })

        static let english = ReviewTexts(
            defaultLabel: { "Review \($0) \($1)" },
            sheetTitle: { "Catalogue review: \($0)" }, personTitle: { "My tasks: \($0)" },
            to: "To", round: "Review", answerBy: "Answer by", people: "Employees", tasks: "Tasks",
            noPeople: "No employees are registered in the department.", noTasks: "The department has no tasks registered.",
            onTheWeb: "On the website", onTheWebYes: "yes, the task is in the external version",
            onTheWebNo: "no, only in the internal catalogue",
            checklistHeading: "What to do",
            checklist: [
                "Check names, job titles, phone numbers, mobile numbers and mail addresses.",
                "Check who is deputy, and what the website may show of each person.",
                "Check each task: description, keywords, links, who is the primary person and who is backup.",
                "Say if a task is missing, or belongs to another department.",
            ],
            answer: { whom, due in
                "Send the corrections, or answer that all is right" + (whom.map { ", to \($0)" } ?? "") + (due.map { " by \($0)" } ?? "") + "."
            },
            personIntro: "These are the tasks you hold in the catalogue. The catalogue also serves as a job description, so say if anything is missing or wrong.",
            indexTitle: { "Review: \($0)" }, indexRecipient: "Recipient", indexMail: "Mail", indexSheet: "Sheet",
            role: { $0 ? "primary person" : "backup" },
            statusLine: { department, confirmed, total in "\(department): \(confirmed) of \(total) confirmed" },
            outstanding: "outstanding",
            statusTotal: { round, confirmed, total, due in
                "\(round): \(confirmed) of \(total) entries confirmed" + (due.map { "; due \($0)" } ?? "") + "."
            })
    }
}
