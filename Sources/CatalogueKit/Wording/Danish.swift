import CatalogueModel
import CatalogueStorage
import CatalogueExport

/// The Danish words for every coded value, as a municipal office writes them.
enum Danish {
    /// One switch over every problem, so the compiler proves the table complete.
    static func problem(_ problem: Problem) -> String {
        switch problem {
        // Filer og mapper
        case .missingSettings:
            return "kataloget har ingen indstillingsfil (\(settingsFileName)); opret den, eller start et nyt katalog med 'catalogue init'"
        case .unreadableFile(let reason):
            return "filen kan ikke læses (\(system(reason))); tjek, at du har adgang til at læse den"
        case .unreadableFolder(let reason):
            return "mappen kan ikke læses (\(system(reason))), så intet i den er tjekket; tjek, at du har adgang til at læse den"
        case .missingFolder(let kind):
            return "der er ingen mappe \(kind.folder)/, så kataloget har ingen \(noun(kind).plural); opret mappen, hvis der skal være nogen"
        case .notAFolder(let kind):
            return "'\(kind.folder)' er ikke en mappe, men skal være mappen med \(noun(kind).definitePlural), én .\(kind.fileExtension)-fil for hver; flyt den væk, og opret mappen"
        case .folderInsteadOfFile(let path, let kind):
            return "'\(path)' er en mappe, men \(noun(kind).article) \(noun(kind).singular) er én fil; erstat mappen med filen for \(noun(kind).definite)"
        case .settingsIsAFolder:
            return "\(settingsFileName) er en mappe, men skal være katalogets indstillingsfil; erstat mappen med filen"
        case .notARegularFile(let path):
            return "'\(path)' er ikke en almindelig fil (men en enhed, en pipe eller en socket) og læses derfor ikke; erstat den med filen"
        case .linkOutside(let path, let target):
            return "'\(path)' er et symbolsk link til \(target), uden for kataloget; kun filer i katalogmappen læses, så intet ugennemset bliver offentliggjort: læg selve filen i stedet for linket"
        case .brokenLink(let path, let reason):
            return "'\(path)' er et symbolsk link, der ikke kan følges (\(system(reason))); lad det pege på en fil i kataloget, eller erstat det med filen"
        case .fileTooLarge(let size, let limit):
            return "filen fylder \(grouped(size)) byte, mere end de \(limit / 1_048_576) MB, en post må fylde, og læses derfor ikke; ingen post behøver så meget: læg lange tekster på en hjemmeside, og link til den"
        case .doesNotBelong(let path):
            let folders = EntryKind.allCases.map { $0.folder + "/" }
            return "'\(path)' hører ikke til i et katalog, som kun indeholder \(settingsFileName) og mapperne \(folders.dropLast().joined(separator: ", ")) og \(folders.last ?? ""); flyt eller omdøb den"
        case .leftBehindFile(let path):
            return "'\(path)' ligner en fil, som styresystemet eller et redigeringsprogram har efterladt, og springes over; slet den, når du ikke længere har brug for den"
        case .folderInKindFolder(let kind):
            return "der må ikke være mapper i \(kind.folder)/; læg hver \(noun(kind).singular) direkte i \(kind.folder)/ som én .\(kind.fileExtension)-fil"
        case .wrongExtension(let kind):
            return "filer i \(kind.folder)/ skal ende på .\(kind.fileExtension); omdøb filen, eller flyt den ud af kataloget"
        case .badFileName(let name, let problem, let kind):
            return "filnavnet er \(noun(kind).genitive) id, og '\(name)' er ikke et gyldigt id: \(idProblem(problem)); omdøb filen til '\(Slug.make(name)).\(kind.fileExtension)'"
        case .emptyFile:
            return "filen er tom; udfyld posten, eller slet filen"
        case .invalidUTF8:
            return "filen er ikke gyldig UTF-8-tekst; gem den som UTF-8 i dit redigeringsprogram"
        case .invalidJSON(let syntax):
            return "ugyldig JSON: \(json(syntax))"
        case .missingFields:
            return "filen skal begynde med felterne som et JSON-objekt i krøllede parenteser { … }, efterfulgt af en tom linje og beskrivelsen"
        case .textAfterFields:
            return "begynd beskrivelsen på en ny linje efter felternes afsluttende krøllede parentes"
        case .logoOutside(let name):
            return "\"logo\" er \"\(name)\", men logoet skal være en fil direkte i katalogmappen; kopiér det dertil, og angiv filnavnet, fx \"logo.svg\""
        case .logoMissing(let name):
            return "\"logo\" nævner filen \"\(name)\", men der er ingen sådan fil i katalogmappen; kopiér logoet dertil, eller fjern \"logo\""
        case .logoTooLarge(let name, let size, let limit):
            return "logoet \"\(name)\" fylder \(size / 1024) kB, mere end de \(limit / 1024) kB, et logo må fylde (det indlejres i hver side); gem en mindre udgave, fx som SVG eller som PNG på højst 600 pixel i bredden"
        case .logoNotAnImage(let name):
            return "logoet \"\(name)\" er hverken et SVG- eller et PNG-billede; gem det i et af de to formater"
        // Felter
        case .notAnObject(let role):
            return "\(role == .fields ? "filen" : role == .link ? "et link" : "\"absence\"") skal være et JSON-objekt i krøllede parenteser { … }"
        case .missingField(let key):
            return "det påkrævede felt \(field(key)) mangler"
        case .emptyField(let key):
            return "\(field(key)) må ikke være tomt"
        case .blankField(let key, let null):
            return "\(field(key)) er \(null ? "null" : "tomt") og udelades (catalogue fmt fjerner det); udfyld det, eller fjern linjen"
        case .controlCharacter(let key, let scalar):
            return "\(field(key)) indeholder et usynligt styretegn (\(codePoint(scalar))); fjern det, og hold teksten på én linje"
        case .wrongType(let key, let expected, let found):
            return "\(field(key)) skal være \(shape(expected, expected: true)), ikke \(shape(found, expected: false))"
        case .notAWholeNumber(let key, let value):
            return "\(field(key)) skal være et helt tal, fx 10, ikke \(value)"
        case .notAChoice(let key, let value, let allowed):
            return "\(field(key)) er \"\(value)\", men skal være et af ordene \(allowed.quotedList("eller"))"
        case .unknownField(let key, _):
            return "ukendt felt \"\(key)\""
        case .duplicateField(let key):
            return "\(field(key)) er angivet to gange; behold kun det ene"
        // Kataloget som helhed
        case .unknownReference(let key, let value, let kind):
            return "\(field(key)) nævner \(noun(kind).definite) \"\(value)\", men der findes ingen \(kind.path(for: value))"
        case .notAnID(let key, let value, let kind):
            return "\(field(key)) er \"\(value)\", som ikke er et id: angiv \(noun(kind).definite) med sit id, dvs. filnavnet i \(kind.folder)/ uden .\(kind.fileExtension)"
        case .parentLoop(let chain):
            return "afdelingerne danner en ring via \"parent\" (\(chain.joined(separator: " → "))); en af dem skal have en anden overordnet afdeling eller ingen"
        case .ownDeputy:
            return "en medarbejder kan ikke være sin egen stedfortræder; angiv en kollega, eller fjern \"deputy\""
        case .invalidPhone(let key, let value):
            return "\(field(key)) er \"\(value)\", som ikke er et telefonnummer: skriv 8 cifre (\"72 57 73 54\"), evt. efter +45, eller et lokalnummer (\"8810\")"
        case .invalidMail(let key, let value):
            return "\(field(key)) er \"\(value)\", hvilket ikke er en gyldig mailadresse (fx navn@kommune.dk)"
        case .invalidURL(let key, let value):
            return "\(field(key)) er \"\(value)\", som ikke er en webadresse: skriv den fuldt ud, begyndende med https:// (eller http://)"
        case .invalidKLE(let key, let value):
            return "\(field(key)) er \"\(value)\", hvilket ikke er et KLE-nummer: skriv NN, NN.NN eller NN.NN.NN, evt. efterfulgt af en handlingsfacet (fx -G01)"
        case .unknownKLE(let key, let value, let base, let plan):
            return "\(field(key)) er \(value), \(value == base ? "som" : "hvis nummer \(base)") ikke findes i KLE-planen (\(plan)); vælg et nummer, som planen har"
        case .unknownKLEHeading(let key, let value, let heading, let plan):
            return "\(field(key)) er \(value), men KLE-planen (\(plan)) har ingen \(heading.contains(".") ? "gruppe" : "hovedgruppe") \(heading); vælg et nummer, som planen har"
        case .retiredKLE(let key, let value, let base, let version):
            return "\(field(key)) er \(value), \(value == base ? "som" : "hvis nummer \(base)") udgik af KLE-planen i version \(version); vælg det nummer, emnet har nu"
        case .renamedKLE(let key, let value, let base, let old, let new, let version):
            return "\(field(key)) er \(value)\(value == base ? "" : " (nummer \(base))"), som med KLE \(version) har skiftet titel fra \"\(old)\" til \"\(new)\"; se efter, om nummeret stadig passer til opgaven, og acceptér advarslen, hvis det gør"
        case .noResponsible:
            return "opgaven har ingen ansvarlig medarbejder; angiv mindst én i \"responsible\" (den første er den primære)"
        case .repeatedResponsible(let value):
            return "\"\(value)\" står mere end én gang i \"responsible\"; nævn hver person én gang"
        case .noBackup:
            return "opgaven har kun én ansvarlig og dermed ingen backup; tilføj en kollega i \"responsible\""
        case .primaryWithoutPhone(let employee):
            return "den primære ansvarlige \"\(employee)\" har intet direkte telefonnummer, så omstillingslisten har intet nummer at stille om til; tilføj \"phone\" i \(EntryKind.employee.path(for: employee)), eller sæt en kollega med telefon først"
        case .noTasks:
            return "medarbejderen har ingen opgaver; tilføj vedkommende i \"responsible\" på de opgaver, vedkommende løser"
        case .areaWithoutExternalTask:
            return "området har væsentlig erhvervskontakt, men ingen opgave med \"audience\": \"external\", så den eksterne version viser det tomt"
        case .sharedPhone(let key, let value, let others):
            return "\(field(key)) er \"\(value)\", som også er nummeret hos \(others.joined(separator: ", ")), så hjemmesiden og omstillingslisten viser det for \(others.count == 1 ? "dem begge" : "dem alle"); ret nummeret, eller acceptér advarslen, hvis linjen virkelig er delt"
        case .sharedMail(let value, let others):
            return "mailadressen \"\(value)\" er også angivet hos \(others.quotedList("og")); ret den, eller acceptér advarslen, hvis postkassen virkelig er delt"
        case .mentionsOldName(let old, let new):
            return "beskrivelsen nævner stadig \"\(old)\", som nu hedder \"\(new)\"; ret teksten, hvis den mener det omdøbte"
        case .invalidDate(let key, let value):
            return "\(field(key)) er \"\(value)\", men skal være en gyldig dato skrevet ÅÅÅÅ-MM-DD, fx 2027-07-31"
        case .absenceEndsBeforeStart(let from, let until):
            return "fraværet slutter \(date(until)), før det begynder \(date(from)); ret \"until\" eller \"from\""
        case .coverIsSelf:
            return "medarbejderen kan ikke dække sit eget fravær; angiv en kollega i \"cover\""
        case .coverLeft(let cover):
            return "\"\(cover)\", der skal dække fraværet, findes ikke i kataloget, så opkaldene går til afdelingen; vælg en ny kollega med 'catalogue away'"
        case .coverAlsoAway(let cover, let from, let until):
            return "\"\(cover)\", der skal dække fraværet, er selv fraværende \(period(from, until)), så opkaldene går videre til den, der dækker for \(cover); vælg en anden kollega, hvis det ikke er meningen"
        case .absenceEnded(let until):
            return "fraværet sluttede \(date(until)) og bruges ikke længere; fjern det med 'catalogue back'"
        case .absenceWithoutEnd(let from):
            return "fraværet har stået uden slutdato siden \(date(from)), mere end et år; angiv en slutdato med 'catalogue away --until', eller fjern det med 'catalogue back'"
        case .notReviewed(let since, let started, let months):
            let when = since.map { "blev sidst bekræftet \($0)" } ?? "er ikke bekræftet siden gennemgangen, der startede \(started ?? "?")"
            return "posten \(when), for mere end \(months) måneder siden; bed afdelingen bekræfte den ('catalogue review start'), og registrér det med 'catalogue review confirm'"
        case .acceptUnknownCode(let code):
            return "\"accept\" nævner \"\(code)\", som ikke er koden for en advarsel; brug koden i [klammer] efter advarslen"
        case .acceptError(let code):
            return "\"accept\" nævner \"\(code)\", som er en fejl: fejl kan ikke accepteres, kun rettes"
        case .acceptNotRaised(let code):
            return "\"accept\" nævner \"\(code)\", men posten har ikke (længere) den advarsel; fjern den fra \"accept\""
        case .profileValue(let file, let person, let column, let system, let problem):
            return "\(file), \(person), \"\(column)\": \(profile(problem, system: system))"
        case .profileRowLeftOut(let file, let person, let system, let needsOneOf):
            return "\(file) udelader \(person): \(system) kræver et nummer i \(needsOneOf.count == 1 ? "feltet" : "mindst ét af felterne") \(needsOneOf.quotedList("og")), og kataloget har intet nummer, der kan stå der; giv personen et direkte nummer eller et mobilnummer"
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
            let list = shown.count <= 1 ? shown.joined() : shown.dropLast().joined(separator: ", ") + " eller " + (shown.last ?? "")
            return "mente du \(list)?"
        case .reassignAllFrom(let id, let places):
            return "hvis \(id) er stoppet, kan du på én gang overdrage de \(places) steder, hvor \(id) nævnes, til en kollega med 'catalogue reassign --all-from \(id) --to ID'"
        case .lookItUp(let query):
            return "søg efter det med 'catalogue find \(query.contains(" ") ? "\"\(query)\"" : query)'"
        case .allowedFields(let keys):
            return "de tilladte felter er \(keys.joined(separator: ", "))"
        case .alsoUsedBy(let employee, let name):
            return "også angivet hos \(name) (\(employee))"
        case .fieldsAre(let fields, let command):
            return "felterne er \(fields.joined(separator: ", ")) (se 'catalogue \(command) --help')"
        case .nearestKLE(let numbers):
            return "nærmeste i planen: " + numbers.map { "\($0.number) \($0.title)" }.joined(separator: "; ")
        case .suggestKLE(let task):
            return "'catalogue kle suggest \(task)' foreslår numre ud fra opgavens ord"
        case .howToAccept(let code):
            return "er det meningen, så acceptér det i postens fil: \"accept\": {\"\(code)\": \"begrundelsen\"}"
        }
    }

    // MARK: Dele

    /// "1. august 2027", as the publications write a date.
    static func date(_ day: CalendarDay) -> String { Strings.danish.date(day) }

    /// "fra 1. juli 2027 til og med 21. juli 2027", or "fra 1. juli 2027" without a last day.
    static func period(_ from: CalendarDay, _ until: CalendarDay?) -> String {
        "fra \(date(from))" + (until.map { " til og med \(date($0))" } ?? "")
    }

    /// A field as a person reads it: `"phone"`, `2. punkt i "responsible"`.
    static func field(_ keyPath: String) -> String { field(FieldPath(keyPath)) }

    private static func field(_ path: FieldPath) -> String {
        switch path {
        case .key(let key): return "\"\(key)\""
        case .element(let list, let position): return "\(position). punkt i \"\(list)\""
        case .member(let key, let of): return "\"\(key)\" i \(field(of))"
        }
    }

    /// 1.048.576: a number of bytes as Danish groups its digits.
    static func grouped(_ n: Int) -> String { groupDigits(n, separator: ".") }

    /// How a kind of entry is said in Danish.
    struct Noun {
        /// "en" or "et".
        var article: String
        var singular: String, definite: String, plural: String, definitePlural: String, genitive: String
    }

    static func noun(_ kind: EntryKind) -> Noun {
        switch kind {
        case .department:
            return Noun(article: "en", singular: "afdeling", definite: "afdelingen", plural: "afdelinger",
                        definitePlural: "afdelingerne", genitive: "afdelingens")
        case .employee:
            return Noun(article: "en", singular: "medarbejder", definite: "medarbejderen", plural: "medarbejdere",
                        definitePlural: "medarbejderne", genitive: "medarbejderens")
        case .task:
            return Noun(article: "en", singular: "opgave", definite: "opgaven", plural: "opgaver",
                        definitePlural: "opgaverne", genitive: "opgavens")
        case .area:
            return Noun(article: "et", singular: "område", definite: "området", plural: "områder",
                        definitePlural: "områderne", genitive: "områdets")
        }
    }

    static func idProblem(_ problem: IDProblem) -> String {
        switch problem {
        case .empty: return "et id må ikke være tomt"
        case .tooLong(let count, let limit): return "et id må højst have \(limit) tegn (dette har \(count))"
        case .characters: return "et id må kun indeholde små bogstaver a–z, cifre og bindestreger"
        case .leadingHyphen: return "et id må ikke begynde med en bindestreg"
        case .windowsDeviceName:
            return "det er et navn, Windows bruger til en enhed (con, prn, aux, nul, com1–com9, lpt1–lpt9), så en fil med det navn kan ikke hentes ud dér"
        }
    }

    private static func shape(_ shape: JSONShape, expected: Bool) -> String {
        switch shape {
        case .text: return expected ? "tekst i dobbelte anførselstegn" : "tekst"
        case .wholeNumber: return "et helt tal, fx 10"
        case .number: return "et tal"
        case .boolean: return expected ? "true eller false (uden anførselstegn)" : "true eller false"
        case .list: return expected ? "en liste i firkantede parenteser [ … ]" : "en liste"
        case .object: return "et objekt"
        case .null: return "null"
        }
    }

    private static func profile(_ problem: ProfileProblem, system: String) -> String {
        switch problem {
        case .cut(let value, let cut, let limit):
            return "\(system) kan højst rumme \(limit) tegn, så \"\(value)\" (\(value.count)) forkortes til \"\(cut)\"; forkort selv teksten i kataloget, hvis du vil vælge forkortelsen"
        case .characterNotAllowed(let value, let character):
            return "\(system) kan ikke rumme tegnet '\(character)' her, så \"\(value)\" udelades; ret værdien i kataloget, eller tilføj den manuelt i \(system)"
        case .tooLong(let value, let limit):
            return "\(system) kan højst rumme \(limit) tegn her, så \"\(value)\" udelades; ret værdien i kataloget, eller tilføj den manuelt i \(system)"
        case .forbiddenCharacter(let value, let character):
            let name = character == "\n" ? "linjeskift" : character == "\r" || character == "\r\n" ? "vognretur" : "'\(character)'"
            return "filen til \(system) kan ikke indeholde tegnet \(name), så \"\(value)\" udelades; fjern tegnet i kataloget"
        }
    }

    static func json(_ syntax: JSONSyntax) -> String {
        switch syntax {
        case .textAfterValue: return "uventet tekst efter JSON-værdiens afslutning"
        case .noValue: return "filen indeholder ingen JSON-værdi"
        case .curlyQuote:
            return "dette er et typografisk anførselstegn (“ ” ‘ ’), som tekstbehandlingsprogrammer skriver; JSON kræver lige dobbelte anførselstegn (\"), så skriv det igen i et rent tekstredigeringsprogram"
        case .unclosedByCurlyQuote:
            return "teksten er ikke afsluttet: dette typografiske anførselstegn (“ ” ‘ ’) afslutter den ikke; JSON kræver et lige dobbelt anførselstegn (\"), så skriv det igen i et rent tekstredigeringsprogram"
        case .endInsteadOfValue: return "her skulle stå en værdi, men filen slutter"
        case .singleQuotes: return "tekster skal stå i dobbelte anførselstegn (\"), ikke enkelte"
        case .notAValue: return "her skulle stå en værdi (en tekst i dobbelte anførselstegn, et tal, true, false, null, et objekt eller en liste)"
        case .bareWord: return "her skulle stå en værdi; tekst, der ikke er en JSON-værdi, skal skrives i dobbelte anførselstegn"
        case .tooDeep(let limit): return "JSON'en er indlejret i mere end \(limit) niveauer"
        case .trailingComma(let closing): return "fjern kommaet før '\(closing)': JSON tillader ikke et komma til sidst"
        case .notClosed(let closing): return "\(closing == "}" ? "objektet" : "listen") er ikke afsluttet: '\(closing)' mangler"
        case .expectedKey: return "her skulle stå et feltnavn i dobbelte anførselstegn"
        case .expectedColon(let key): return "der mangler ':' efter feltnavnet \"\(key)\""
        case .expectedCommaAfterMember(let key): return "der mangler ',' eller '}' efter værdien af \"\(key)\""
        case .expectedCommaAfterElement: return "der mangler ',' eller ']' efter et punkt i listen"
        case .expectedDigit: return "her skulle stå et ciffer"
        case .leadingZero: return "tal må ikke begynde med 0"
        case .expectedDigitAfterPoint: return "der skal stå et ciffer efter decimalpunktummet"
        case .expectedDigitInExponent: return "der skal stå et ciffer i eksponenten"
        case .unclosedString: return "teksten er ikke afsluttet: '\"' mangler"
        case .lineBreakInString: return "teksten er ikke afsluttet før linjens slutning (skriv et linjeskift som \\n)"
        case .controlInString: return "styretegn skal skrives som escape-sekvens i tekster (skriv en tabulator som \\t)"
        case .loneHighSurrogate: return "en \\u-escape for et højt surrogat skal efterfølges af et lavt surrogat"
        case .loneLowSurrogate: return "et enligt lavt surrogat er ikke et tegn"
        case .unknownEscape(let shown):
            return "ukendt escape-sekvens \(shown) (tilladt: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX); skriv en omvendt skråstreg som \\\\"
        case .badUnicodeEscape: return "\\u skal efterfølges af fire hexadecimale cifre"
        }
    }
}
