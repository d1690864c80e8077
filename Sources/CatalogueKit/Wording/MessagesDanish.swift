import CatalogueModel
import CatalogueStorage

extension Danish {
    /// One switch over every message, so the compiler proves the table complete.
    static func message(_ message: Message) -> String {
        switch message {
        case .unknownCommand(let word): return "ukendt kommando '\(word)'"
        case .unknownOption(let name): return "ukendt tilvalg '\(name)'"
        case .unknownSubcommand(let group, let word, let choices):
            return "ukendt \(group == "help" ? "kommando" : "slags") '\(word)': brug \(choices.joined(separator: ", "))"
        case .missingSubcommand(_, let argument): return "\(argument) mangler"
        case .missingArgument(let name): return "\(DanishHelp.placeholder(name)) mangler"
        case .unexpectedArgument(let word): return "uventet argument '\(word)'"
        case .givenTwice(let option): return "'\(option)' er angivet to gange; angiv det én gang"
        case .takesNoValue(let option): return "'\(option)' tager ingen værdi"
        case .needsValue(let option, let valueName): return "'\(option)' skal have en værdi: \(option) \(DanishHelp.placeholder(valueName))"
        case .unknownKind(let word): return "ukendt slags '\(word)': brug department, employee, task eller area"
        case .wrongLanguage(let value): return "--language skal være da (dansk) eller en (engelsk), ikke '\(value)'"
        case .argumentNotUTF8(let option, let position, let byte):
            let what = option.map { "værdien af \($0)" } ?? "argument \(position)"
            return "\(what) er ikke UTF-8-tekst (ved byte \(byte)); intet er gjort. Skriv det igen, eller sæt terminalen til UTF-8"
        case .noHelpFor(let command, let word): return "'\(command)' har ingen '\(word)'; se 'catalogue help \(command)'"
        case .nothingToChange: return "Intet at ændre: det står allerede i kataloget."
        case .dryRunSummary(let files):
            return "Prøvekørsel: intet er skrevet. Uden --dry-run ville \(files) \(files == 1 ? "fil" : "filer") blive ændret."
        case .created(let path): return "Oprettet \(path)"
        case .changed(let path): return "Ændret \(path)"
        case .deleted(let path): return "Slettet \(path)"
        case .renamed(let from, let to): return "Omdøbt \(from) → \(to)"
        case .removedLeftover(let path): return "fjernede \(path), som en afbrudt kørsel havde efterladt"
        case .refusedUnreadFolders:
            return "intet er ændret: en del af kataloget kunne ikke læses (se ovenfor). Ret det først, og kør så kommandoen igen."
        case .refusedDamagedFiles(let files):
            return "intet er ændret: ændringen ville omskrive \(files.joined(separator: ", ")), som har fejl (se ovenfor). Ret \(files.count == 1 ? "den" : "dem") først: omskrives en fil, der ikke kunne læses helt, går det tabt, der ikke kunne læses."
        case .refusedErrors(let count):
            return "intet er ændret: ændringen ville give kataloget \(count) fejl (se ovenfor)."
        case .checked(let place, let departments, let employees, let tasks, let areas, let errors, let warnings, let accepted):
            let found = "\(errors) fejl, \(plural(warnings, "advarsel", "advarsler"))"
            let more = accepted == 0 ? "" : " (og \(accepted) \(accepted == 1 ? "accepteret" : "accepterede"), vis dem med --all)"
            let counts = [plural(departments, "afdeling", "afdelinger"), plural(employees, "medarbejder", "medarbejdere"),
                          plural(tasks, "opgave", "opgaver"), plural(areas, "område", "områder")]
            return "Tjekket \(place): \(counts.joined(separator: ", ")); \(found)\(more)."
        case .missingRequiredOptions(let kind, let missing, let all):
            return "mangler \(and(missing)); \(noun(kind).article) ny \(noun(kind).singular) skal have \(and(all))"
        case .cannotBeAnID(let text, let problem, let suggested):
            return "'\(text)' kan ikke være et id: \(idProblem(problem)) (fx '\(suggested)')"
        case .renameNotAnID(let text, let problem, let suggested, let kind, let typed):
            let field = kind == .task ? "--title" : "--name"
            return "'\(text)' kan ikke være et id: \(idProblem(problem)) (fx '\(suggested)'). Vil du ændre \(kind == .task ? "titlen" : "navnet"), som man ser, så brug 'catalogue set \(kind.rawValue) \(typed) \(field) \"\(text)\"'"
        case .sameNameExists(let kind, let name, let id):
            return "der findes allerede \(noun(kind).article) \(noun(kind).singular) med navnet \(name) (\(id)); intet er tilføjet. Ret den med 'catalogue set \(kind.rawValue) \(id)', eller angiv selv det nye id, hvis det er en anden med samme navn: 'catalogue add \(kind.rawValue) ID ...'"
        case .idTaken(let kind, let id, let name):
            return "der findes allerede \(noun(kind).article) \(noun(kind).singular) '\(id)' (\(name)); vælg et andet id, eller ret den med 'catalogue set \(kind.rawValue) \(id)'"
        case .idFileHasErrors(let path): return "\(path) findes allerede (og har fejl); vælg et andet id, eller ret eller slet filen"
        case .idMadeFrom(let id, let kind):
            return "Id'et '\(id)' er dannet ud fra \(kind == .task ? "titlen" : "navnet"); vil du have et andet, så angiv det efter '\(kind.rawValue)', eller omdøb med 'catalogue rename \(kind.rawValue) \(id) NYT-ID'."
        case .nothingChangedTypedValue: return "intet er ændret."
        case .emptyValue(let option):
            return "\(option) har fået en tom værdi; brug --unset \(option.dropFirst(2)) for at fjerne feltet"
        case .noSuchSetting(let name): return "--unset: der er ingen indstilling, der hedder '\(name)'"
        case .noSuchField(let kind, let name): return "--unset: \(noun(kind).article) \(noun(kind).singular) har intet felt, der hedder '\(name)'"
        case .requiredCannotBeUnset(let option, let key, let replacement):
            return "\(option): \"\(key)\" er påkrævet og kan ikke fjernes\(replacement.map { "; angiv i stedet en ny værdi med \($0)" } ?? "")"
        case .nameAFieldToChange(let example, let command):
            return "angiv mindst ét felt, der skal ændres, fx \(example) (se 'catalogue \(command) --help')"
        case .wrongRole(let role): return "--as skal være primary eller backup, ikke '\(role)'"
        case .roleWithoutAdd(let role):
            return "--as angiver, hvor en person tilføjet med --add-responsible skal stå; tilføj personen med --add-responsible ID --as \(role)"
        case .alreadyInList(let key, let value): return "\"\(key)\" indeholder allerede \(value); ikke tilføjet igen."
        case .notInList(let option, let text, let key, let kind, let id, let held):
            let holds = held.isEmpty ? "listen er tom" : "den indeholder \(held.joined(separator: ", "))"
            return "\(option) \(text): \"\(key)\" på \(noun(kind).singular) '\(id)' indeholder det ikke (\(holds)); intet er ændret"
        case .notAChoiceOption(let option, let text, let choices):
            return "\(option) skal være et af ordene \(choices.joined(separator: ", ")), ikke '\(text)'"
        case .notTrueOrFalse(let option, let text): return "\(option) skal være true eller false (eller ja/nej), ikke '\(text)'"
        case .notAWholeNumberOption(let option, let text): return "\(option) skal være et helt tal, fx 10, ikke '\(text)'"
        case .linkNeedsTitleAndAddress(let option):
            return "\(option) skal have en titel og en adresse som TITEL=URL, fx \"Søg om byggetilladelse=https://www.bygogmiljoe.dk\""
        case .acceptNeedsCodeAndReason(let option):
            return "\(option) skal have advarslens kode og begrundelsen som KODE=BEGRUNDELSE, fx \"no-backup=én person i afdelingen\""
        case .entryHasErrors(let path, let kind):
            return "\(path) findes, men har fejl (se ovenfor), så \(noun(kind).definite) kan ikke bruges; ret filen først"
        case .nameFitsSeveral(let query, let count, let kind):
            return "'\(query)' passer på \(count) \(noun(kind).plural) (se ovenfor); angiv én af dem med sit id"
        case .noEntryNamed(let kind, let query): return "ingen \(noun(kind).singular) har id'et eller navnet '\(query)'"
        case .noEntry(let kind, let id, let path): return "der findes ingen \(noun(kind).singular) '\(id)' (ingen \(path))"
        case .partialNameOnly(let kind, let query):
            return "'\(query)' er hverken id'et eller \(kind == .task ? "hele titlen" : "det fulde navn") på \(noun(kind).article) \(noun(kind).singular); intet er ændret. Angiv \(noun(kind).definite) med id eller \(kind == .task ? "hele titlen" : "fulde navn")"
        case .tookName(let name, let kind, let id): return "'\(name)' er \(noun(kind).definite) \(id)"
        case .successorIsTheSame(let kind): return "--reassign-to nævner \(noun(kind).definite), der fjernes; angiv efterfølgeren"
        case .reassignToForTask: return "--reassign-to gælder ikke opgaver: intet henviser til en opgave"
        case .stillReferred(let kind, let id, let name, let references, let example):
            return "\(noun(kind).article) \(noun(kind).singular), som andre henviser til, fjernes ikke: \(id) (\(name)) nævnes af \(counted(references)) (se ovenfor). Angiv, hvem der overtager, med --reassign-to, fx 'catalogue remove \(kind.rawValue) \(id) --reassign-to \(example)', eller ret de poster først."
        case .referredBy(let path, let role): return "  \(path): \(roleText(role))"
        case .gaveTo(let references, let from, let fromName, let to, let toName):
            return "Overdrog \(counted(references)) fra \(fromName) (\(from)) til \(toName) (\(to))."
        case .leaverWasDeputy(let leaver, let leaverName, let heir, let heirName, let newDeputy, let newDeputyName):
            if let newDeputy, let newDeputyName {
                return "Bemærk: \(leaverName) (\(leaver)) var stedfortræder for \(heirName) (\(heir)), hvis stedfortræder nu er \(newDeputyName) (\(newDeputy)); ret det med 'catalogue set employee \(heir) --deputy ID'."
            }
            return "Bemærk: \(leaverName) (\(leaver)) var stedfortræder for \(heirName) (\(heir)), som nu ingen stedfortræder har; angiv en med 'catalogue set employee \(heir) --deputy ID'."
        case .missingTo: return "--to ID mangler: den person, der overtager"
        case .allFromWithTask: return "--all-from overdrager alle en persons opgaver; udelad 'task ID' og --from"
        case .nameTaskOrAll: return "angiv opgaven ('reassign task ID --to B') eller alle en persons opgaver ('reassign --all-from A --to B')"
        case .allFromIsTo: return "--all-from og --to nævner samme person"
        case .notResponsible(let typed, let task, let people):
            return "\(typed) er ikke ansvarlig for opgaven '\(task)' (dens ansvarlige: \(people.isEmpty ? "ingen" : people.joined(separator: ", "))); intet er ændret"
        case .nobodyResponsible(let task):
            return "opgaven '\(task)' har ingen ansvarlig at overdrage fra; tilføj en med 'catalogue set task \(task) --add-responsible ID'"
        case .alreadyHoldsPlace(let name, let id): return "Intet at ændre: \(name) (\(id)) har allerede opgaven på den plads."
        case .nameAwayAndCover: return "angiv medarbejderen og den kollega, der dækker: 'catalogue away ID --cover ID [--from DATO] [--until DATO]'"
        case .nameWhoIsBack: return "angiv den medarbejder, der er tilbage: 'catalogue back ID'"
        case .awayRecorded(let name, let id, let from, let until, let cover, let coverID):
            return "\(name) (\(id)) er fraværende \(Danish.period(from, until)); \(cover) (\(coverID)) dækker."
        case .backRecorded(let name, let id): return "\(name) (\(id)) er tilbage; fraværet er fjernet."
        case .notAway(let name, let id): return "Intet at ændre: \(name) (\(id)) har intet fravær registreret."
        case .takesOver(let name, let id, let task, let from, let primary):
            return "\(name) (\(id)) overtager opgaven '\(task)' fra \(from) som \(primary ? "primær ansvarlig" : "backup")."
        case .alreadyHeldSoRemoved(let name, let id, let task, let from, let primary):
            return "\(name) (\(id)) har allerede opgaven '\(task)' som \(primary ? "primær ansvarlig" : "backup") og beholder den plads; \(from) er fjernet fra opgaven."
        case .alreadyCalled(let kind, let id): return "Intet at ændre: \(noun(kind).definite) hedder allerede '\(id)'."
        case .updatedReferences(let references, let id): return "Opdaterede \(counted(references)), der nævnte '\(id)'."
        case .cannotMove(let word): return "kan ikke flytte '\(word)': flyt en medarbejder, en opgave eller en afdeling"
        case .moveOptionNotFor(let option, let kind, let allowed):
            return "\(option) gælder ikke \(noun(kind).plural); brug \(allowed.map { "--\($0)" }.joined(separator: " eller "))"
        case .sayWhereTo(let allowed): return "angiv hvortil: \(allowed.map { "--\($0) ID" }.joined(separator: " eller "))"
        case .moved(let name, let id, let to, let toID): return "Flyttede \(name) (\(id)) til \(to) (\(toID))."
        case .notCanonical(let files):
            return "\(plural(files, "fil", "filer")) er ikke i fast form; kør 'catalogue fmt' for at omskrive \(files == 1 ? "den" : "dem")."
        case .formatted(let path): return "Formateret \(path)"
        case .damagedNotRewritten(let files):
            return "\(plural(files, "fil", "filer")) med fejl er ikke omskrevet, så intet i \(files == 1 ? "den" : "dem") går tabt; ret fejlene ovenfor, og kør så 'catalogue fmt' igen."
        case .allCanonical(let others): return "Alle \(others ? "andre " : "")filer er allerede i fast form."
        case .noCatalogueFound:
            return "intet katalog fundet: hverken denne mappe, en mappe over den eller ./catalogue indeholder \(settingsFileName). Angiv et med --catalogue MAPPE, eller start et med 'catalogue init MAPPE --organisation NAVN'."
        case .catalogueFolderMissing(let given): return "katalogmappen '\(given)' findes ikke"
        case .catalogueFolderUnreadable(let given, let reason): return "katalogmappen '\(given)' kan ikke læses (\(system(reason)))"
        case .catalogueIsAFile(let given): return "'\(given)' er en fil; --catalogue angiver katalogets mappe"
        case .klePlanUnreadable(let path, let reason): return "KLE-planen '\(path)' kan ikke læses (\(system(reason)))"
        case .klePlanNotAFile(let path): return "'\(path)' er ikke en KLE-plan: --kle-plan angiver en fil i OS2KLE's format (OS2KLE.txt)"
        case .klePlanNoTopics(let path): return "'\(path)' indeholder ingen KLE-emner i OS2KLE's format (KLENummer='09.13.01':KLETitel='…'); angiv filen OS2KLE.txt"
        case .klePlanBadChanges(let path): return "'\(path)' ved siden af KLE-planen er ikke OS2KLE's change.json; ret eller fjern den"
        case .kleNotANumber(let text): return "'\(text)' er ikke et KLE-nummer: skriv NN, NN.NN eller NN.NN.NN, fx 09.13.01"
        case .kleNotInPlan(let number, let plan, let nearest):
            return "KLE-planen (\(plan)) har ikke \(number)" + (nearest.isEmpty ? "" : "; nærmeste: " + nearest.map { "\($0.number) \($0.title)" }.joined(separator: "; "))
        case .kleRetired(let number, let version): return "\(number) udgik af KLE-planen med version \(version); find et nyt nummer til opgaven med 'catalogue kle suggest OPGAVE'"
        case .catalogueInside(let given, let inner): return "'\(given)' er ikke et katalog, men indeholder et i '\(inner)'; brug --catalogue \(inner)"
        case .folderInsideCatalogue(let given, let catalogue):
            return "'\(given)' er en mappe inde i kataloget '\(catalogue)'; angiv katalogets egen mappe: --catalogue \(catalogue)"
        case .notACatalogue(let given):
            return "'\(given)' er ikke et katalog: den indeholder ingen \(settingsFileName). Start et med 'catalogue init \(given) --organisation NAVN'."
        case .listUnknownKind(let word): return "ukendt slags '\(word)': brug departments, employees, tasks eller areas"
        case .areaFilterOnlyForTasks: return "--area gælder kun opgaver"
        case .departmentFilterNotForAreas: return "--department gælder ikke områder"
        case .mayBeMissing: return "poster med fejlene ovenfor kan mangle; kør 'catalogue check' for at se det hele."
        case .noWordToSearch: return "TEKST indeholder intet ord at søge efter"
        case .showEntryHasErrors(let path, let kind, let id): return "\(path) findes, men har fejl, så \(noun(kind).definite) '\(id)' kan ikke vises:"
        case .fixAndTryAgain(let path): return "Ret fejlene ovenfor i \(path), og prøv igen."
        case .nameMatchesSeveral(let query, let count, let kind):
            return "'\(query)' passer på \(count) \(noun(kind).plural); angiv én af dem med sit id:"
        case .unknownPublication(let what): return "ukendt udgivelse '\(what)': brug internal, external, switchboard, all, vcard eller pdf"
        case .wrongEngine(let name): return "--engine skal være weasyprint eller chromium, ikke '\(name)'"
        case .engineOnlyForPDF: return "--engine gælder kun 'export pdf'"
        case .unknownProfile(let name, let choices): return "ukendt telefonsystem '\(name)' til --profile: brug \(choices.joined(separator: ", "))"
        case .profileNotPublished(let publication, let profile):
            return "--profile skriver omstillingens medarbejderliste, som 'export \(publication)' ikke udgiver; brug 'export switchboard --profile \(profile)'"
        case .outNeedsFolder: return "--out skal have et mappenavn, fx --out ../udgivelse"
        case .badDate(let option, let text): return "\(option) skal være en gyldig dato skrevet ÅÅÅÅ-MM-DD, fx 2026-11-22 (ikke '\(text)')"
        case .exportRefused(let errors):
            return "intet er udgivet: kataloget har \(errors) fejl (se ovenfor). Ret \(errors == 1 ? "den" : "dem"), og bekræft med 'catalogue check'."
        case .catalogueHasWarnings(let count): return "kataloget har \(plural(count, "advarsel", "advarsler")); 'catalogue check' viser dem."
        case .outputInsideCatalogue(let folder, let catalogue):
            let insideWhat = catalogue.map { "kataloget \($0.hasSuffix("/") ? String($0.dropLast()) : $0)" } ?? "denne mappe, som er kataloget"
            return "udgivelsesmappen '\(folder)' ligger inde i \(insideWhat); udgivelserne må ikke skrives ind i kataloget, så angiv en mappe uden for det med --out, fx --out ../udgivelse"
        case .wrote(let path, let size): return "Skrev \(path) (\(size))"
        case .wrotePDF(let path, let size, let engine, let seconds): return "Skrev \(path) (\(size), udskrevet af \(engine) på \(seconds) s)"
        case .couldNotPrint(let path, let reason): return "kunne ikke udskrive \(path): \(reason)"
        case .couldNotWrite(let path, let reason): return "kunne ikke skrive \(path): \(system(reason))"
        case .noPDFEngine(let wanted):
            let weasy = "WeasyPrint ('pip install weasyprint', eller på Debian og Ubuntu 'sudo apt-get install weasyprint'; den giver sidetal i indholdsfortegnelsen)"
            let chromium = "Chromium ('sudo apt-get install chromium', eller Google Chrome)"
            switch wanted {
            case "weasyprint"?: return "WeasyPrint er ikke installeret: installér \(weasy)"
            case "chromium"?: return "Chromium er ikke installeret: installér \(chromium)"
            default: return "der blev ikke fundet noget program til at udskrive PDF'en: installér \(weasy) eller \(chromium). Eller åbn internal.html i en browser, og udskriv den som PDF (A4)."
            }
        case .cannotApply(let error, let prefix): return apply(error, prefix)
        case .cannotLock(let error, let prefix): return lock(error, prefix)
        case .cannotReadInput(let error): return input(error)
        case .cannotCompleteJournal(let error, let prefix): return journal(error, prefix)
        case .completedInterruptedChange(let place, let completed, let total):
            return "gjorde en ændring færdig, som en afbrudt kørsel efterlod halvt udført i \(place.isEmpty ? "denne mappe" : place) (\(completed) af dens \(plural(total, "fil", "filer")) manglede)"
        case .descriptionNotUTF8(let source, let byte): return "beskrivelsen i '\(source)' er ikke UTF-8-tekst (ved byte \(byte)); gem den som UTF-8"
        case .editCannotRead(let path): return "kan ikke læse \(path)"
        case .editNoCopy(let folder, let reason): return "kunne ikke lave en kopi at redigere i \(folder): \(system(reason))"
        case .editorFailed(let editor, let status):
            return "redigeringsprogrammet '\(editor)' sluttede med status \(status); intet er ændret. Sæt VISUAL eller EDITOR til det program, du bruger, fx EDITOR=nano."
        case .editUnchanged(let path): return "Ingen ændring: \(path) er som før."
        case .editSaysTheSame(let path): return "Ingen ændring: \(path) siger det samme som før."
        case .editAgain(let problems): return "Posten har \(plural(problems, "problem", "problemer")) (se ovenfor). Redigér igen? [J/n] "
        case .editDiscarded(let path): return "kasseret: \(path) er uændret."
        case .editCopyKept(let path): return "Din redigerede kopi er gemt i \(path): hent dine ændringer derfra, når årsagen ovenfor er klaret."
        case .initEmptyFolder: return "MAPPE må ikke være tom: angiv den mappe, kataloget skal oprettes i"
        case .initMissingOrganisation: return "--organisation NAVN mangler: organisationens navn til forsiden og hjemmesiden"
        case .initRefused(let error, let folder):
            switch error {
            case .holdsACatalogue: return "'\(folder)' indeholder allerede et katalog; intet er ændret"
            case .holdsOtherFiles(let names):
                let shown = names.prefix(3).map { "\(folder)/\($0)" }.joined(separator: ", ") + (names.count > 3 ? " og \(names.count - 3) mere" : "")
                return "'\(folder)' indeholder allerede \(shown), som ikke må ligge i et katalog; intet er ændret. Start kataloget i en ny eller tom mappe"
            case .invalidSettings(let count):
                return "--organisation ville give catalogue.json \(count) fejl (se ovenfor); skriv navnet på én linje"
            }
        case .initCannotCreate(let folder, let error): return "kunne ikke oprette kataloget i '\(folder)': \(apply(error, folder + "/"))"
        case .initCreated(let organisation, let folder): return "Oprettede et tomt katalog for \(organisation) i \(folder)."
        case .initNext(let folder):
            return "Næste skridt: tilføj afdelinger, medarbejdere, opgaver og områder (se README), og kør så 'catalogue check --catalogue \(folder)'."
        case .pipelineExists(let path, let host):
            return "\(path) findes allerede, og den overskrives ikke; flet den nye pipeline ind i hånden: 'catalogue pipeline \(host) --print' viser den"
        case .pipelineWritten(let path, let host, let variable):
            return "Skrev \(path). Læg den i git og push den" + (variable ? "; sæt \(host == "github" ? "repository-variablen" : "CI/CD-variablen") CATALOGUE_ARCHIVE_URL til adressen på værktøjets udgivelsesarkiv (make dist)" : "") + (host == "github" ? ", og vælg \"GitHub Actions\" som kilde til Pages." : ".")
        case .notInGit(let place):
            return "kataloget \(place.isEmpty ? "her" : place) ligger ikke i et git-repository, og udgaverne gemmes i git; kør 'git init' i katalogets mappe, gem det ('git add -A', 'git commit'), og prøv så igen"
        case .gitFailed(let command, let reason): return "'\(command)' mislykkedes: \(reason)"
        case .emptyLabel: return "udgavens betegnelse er tom; skriv den, som den skal stå på forsiden, fx \"2027, 1. udgave\""
        case .editionTagExists(let tag):
            return "udgaven \(tag) findes allerede; giv den nye udgave en anden betegnelse, eller se udgaverne med 'catalogue edition list'"
        case .editionRefusedErrors(let count):
            return "kataloget har \(count) fejl (se ovenfor) og bliver ikke udgivet; ret \(count == 1 ? "den" : "dem") først"
        case .uncommittedChanges(let files):
            return "kataloget har ændringer, der ikke er gemt i git (\(files.prefix(5).joined(separator: ", "))\(files.count > 5 ? ", …" : "")); tilføj --commit for at gemme dem sammen med udgaven, eller gem dem selv først"
        case .editionLabelNotCommitted(let current, let label):
            return "i catalogue.json hedder udgaven \"\(current)\"; tilføj --commit for at sætte \"\(label)\" og gemme det i git, eller udgiv udgaven som \"\(current)\""
        case .editionCommitted(let label, let commit): return "Kataloget er gemt i git som \"\(label)\" (commit \(commit))."
        case .editionPublished(let label, let tag): return "Udgaven \"\(label)\" er udgivet som git-mærket \(tag)."
        case .noEditions: return "Der er endnu ikke udgivet nogen udgave; udgiv den første med 'catalogue edition publish BETEGNELSE'."
        case .noEditionToCompare:
            return "der er endnu ikke udgivet nogen udgave at sammenligne med; angiv en version med --since (et commit, et mærke eller en gren), eller udgiv en med 'catalogue edition publish BETEGNELSE'"
        case .unknownRevision(let revision):
            return "'\(revision)' er hverken en udgave eller en version i git; se udgaverne med 'catalogue edition list' (eller versionerne med 'git log')"
        case .earlierHasErrors(let revision, let errors):
            return "kataloget, som det så ud i \(revision), har \(errors) fejl; de poster, der ikke kunne læses, sammenlignes som manglende"
        case .oneFormat(let options): return "\(and(options)) kan ikke angives sammen; vælg ét"
        case .pdfMissing(let path, let folder):
            return "der er ingen \(path) at vedhæfte; lav den først med 'catalogue export pdf --out \(folder)', eller angiv PDF'en med --pdf FIL"
        case .noRecipients: return "ingen i kataloget har en mailadresse, og \"distribution\" nævner ingen; tilføj dem med 'catalogue set employee ID --mail …' eller 'catalogue set settings --distribution …'"
        case .draftWritten(let recipients, let path):
            return "Udkastet \(path) går til \(plural(recipients, "modtager", "modtagere")) (Bcc). Åbn det i dit mailprogram, tjek det, og send det."
        case .reviewStarted(let label, let sheets, let folder):
            return "Gennemgangen \"\(label)\" er startet: \(sheets) ark i \(folder)/. Send hvert ark til den modtager, der står i \(folder)/index.html (.txt-filen er det samme til selve mailen), og registrér hvert svar med 'catalogue review confirm'."
        case .noReviewRound: return "der er ikke startet nogen gennemgang; start en med 'catalogue review start'"
        case .notReviewable(let word): return "'\(word)' kan ikke bekræftes: angiv department, employee eller task"
        case .confirmed(let kind, let id, let name, let with):
            return "Bekræftet: \(noun(kind).definite) \(name) (\(id))" + (with > 0 ? " og \(plural(with, "post", "poster")) under den." : ".")
        case .importing(let inner): return importMessage(inner)
        case .wouldBe(let inner): return conditional(inner)
        }
    }

    /// A report line as what the change would do (`--dry-run`).
    static func conditional(_ message: Message) -> String {
        switch message {
        case .moved(let name, let id, let to, let toID): return "Ville flytte \(name) (\(id)) til \(to) (\(toID))."
        case .gaveTo(let references, let from, let fromName, let to, let toName):
            return "Ville overdrage \(counted(references)) fra \(fromName) (\(from)) til \(toName) (\(to))."
        case .awayRecorded(let name, let id, let from, let until, let cover, let coverID):
            return "\(name) (\(id)) ville blive registreret som fraværende \(Danish.period(from, until)); \(cover) (\(coverID)) ville dække."
        case .backRecorded(let name, let id): return "Fraværet for \(name) (\(id)) ville blive fjernet."
        case .takesOver(let name, let id, let task, let from, let primary):
            return "\(name) (\(id)) ville overtage opgaven '\(task)' fra \(from) som \(primary ? "primær ansvarlig" : "backup")."
        case .alreadyHeldSoRemoved(let name, let id, let task, let from, let primary):
            return "\(name) (\(id)) har allerede opgaven '\(task)' som \(primary ? "primær ansvarlig" : "backup") og ville fortsat have den plads; \(from) ville blive fjernet fra opgaven."
        case .updatedReferences(let references, let id): return "Ville opdatere \(counted(references)), der nævner '\(id)'."
        case .idMadeFrom(let id, let kind):
            return "Id'et '\(id)' ville blive dannet ud fra \(kind == .task ? "titlen" : "navnet"); vil du have et andet, så angiv det efter '\(kind.rawValue)'."
        default: return self.message(message)
        }
    }

    /// "3 opgaver og 1 stedfortræderrolle".
    static func counted(_ references: [ReferenceCount]) -> String {
        and(references.map { reference in
            switch reference.noun {
            case .task: return plural(reference.count, "opgave", "opgaver")
            case .deputyship: return plural(reference.count, "stedfortræderrolle", "stedfortræderroller")
            case .cover: return plural(reference.count, "dækning af fravær", "dækninger af fravær")
            case .subDepartment: return plural(reference.count, "underafdeling", "underafdelinger")
            case .area: return plural(reference.count, "område", "områder")
            case .employee: return plural(reference.count, "medarbejder", "medarbejdere")
            case .headship: return plural(reference.count, "lederrolle", "lederroller")
            }
        })
    }

    static func roleText(_ role: ReferenceRole) -> String {
        switch role {
        case .primaryOfTask: return "primær ansvarlig for opgaven"
        case .backupOnTask: return "backup på opgaven"
        case .deputyOfEmployee: return "stedfortræder for denne medarbejder"
        case .coverForEmployee: return "dækker denne medarbejders fravær"
        case .parentOfDepartment: return "overordnet afdeling for denne afdeling"
        case .contactDepartmentOfArea: return "kontaktafdeling for dette område"
        case .departmentOf(let kind): return "afdeling for \(kind == .area ? "dette" : "denne") \(noun(kind).singular)"
        case .field(let key): return "\"\(key)\""
        }
    }

    /// "a, b og c".
    static func and(_ parts: [String]) -> String {
        parts.count < 2 ? parts.joined() : parts.dropLast().joined(separator: ", ") + " og " + (parts.last ?? "")
    }

    /// "1 advarsel", "3 advarsler".
    static func plural(_ n: Int, _ singular: String, _ plural: String) -> String { "\(n) \(n == 1 ? singular : plural)" }
}
