import CatalogueModel

extension Strings {
    /// The words of the task-load report (`catalogue report`), one table per language.
    public struct ReportTexts: Sendable {
        var title, intro, perPerson, perDepartment: String
        var person, department, primary, backup, total, tasks, people: String
        var withoutTasks, withoutBackup, soleHolders, across, areasWithoutExternalTask: String
        var none, legend: String
        var chartTitle: @Sendable (_ count: Int) -> String
        var acrossLine: @Sendable (_ across: TaskLoad.Across) -> String
        var notConfirmed: @Sendable (_ round: String) -> String
        /// The word for a kind of entry, as `show` prints it.
        var kindWord: @Sendable (_ kind: EntryKind) -> String

        /// The table for a language.
        public static func `for`(_ language: Language) -> ReportTexts {
            switch language {
            case .danish: danish
            case .english: english
            }
        }

        static let danish = ReportTexts(
            title: "Opgavefordeling", intro: "Hvem der bærer hvilke opgaver, og hvor der er sårbare steder – til brug, når nye opgaver skal fordeles.",
            perPerson: "Opgaver pr. medarbejder", perDepartment: "Opgaver pr. afdeling",
            person: "Medarbejder", department: "Afdeling", primary: "Primær", backup: "Backup", total: "I alt", tasks: "Opgaver",
            people: "Medarbejdere",
            withoutTasks: "Medarbejdere uden opgaver", withoutBackup: "Opgaver uden backup",
            soleHolders: "Eneansvarlige for flere opgaver (ingen kan overtage, når de er væk)",
            across: "Backup og stedfortrædere i en anden afdeling",
            areasWithoutExternalTask: "Fagområder med væsentlig erhvervskontakt, men uden eksterne opgaver (vises tomme i den eksterne version)",
            none: "Ingen.", legend: "Mørk: opgaver som primær ansvarlig. Lys: opgaver som backup.",
            chartTitle: { "Opgaver pr. medarbejder for de \($0) med flest opgaver" },
            acrossLine: { across in
                switch across.role {
                case .backup: "\(across.person) (\(across.personDepartment)) er backup på \(across.of) (\(across.ofDepartment))"
                case .deputy: "\(across.person) (\(across.personDepartment)) er stedfortræder for \(across.of) (\(across.ofDepartment))"
                }
            },
            notConfirmed: { "Ikke bekræftet i gennemgangen \"\($0)\"" },
            kindWord: { Strings.danish.commands.word(for: $0) })

        static let english = ReportTexts(
            title: "Task load", intro: "Who carries which tasks, and where the weak spots are – for distributing new tasks.",
            perPerson: "Tasks per employee", perDepartment: "Tasks per department",
            person: "Employee", department: "Department", primary: "Primary", backup: "Backup", total: "Total", tasks: "Tasks",
            people: "Employees",
            withoutTasks: "Employees with no tasks", withoutBackup: "Tasks with no backup",
            soleHolders: "Sole holders of several tasks (nobody can take over while they are away)",
            across: "Backups and deputies in another department",
            areasWithoutExternalTask: "Areas with significant business contact but no external task (shown empty in the external version)",
            none: "None.", legend: "Dark: tasks as primary person. Light: tasks as backup.",
            chartTitle: { "Tasks per employee for the \($0) with most tasks" },
            acrossLine: { across in
                switch across.role {
                case .backup: "\(across.person) (\(across.personDepartment)) is backup on \(across.of) (\(across.ofDepartment))"
                case .deputy: "\(across.person) (\(across.personDepartment)) is deputy for \(across.of) (\(across.ofDepartment))"
                }
            },
            notConfirmed: { "Not confirmed in the review \"\($0)\"" },
            kindWord: { Strings.english.commands.word(for: $0) })
    }
}
