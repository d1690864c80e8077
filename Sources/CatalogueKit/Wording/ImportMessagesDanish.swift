import CatalogueModel
import CatalogueStorage

extension Danish {
    /// What `import` and `stats` say about the files they read; one switch, so the compiler proves it complete.
    static func importMessage(_ message: ImportMessage) -> String {
        switch message {
        case .wrongDelimiter(let typed): return "--delimiter skal være ';', ',' eller 'tab', ikke '\(typed)'"
        case .unreadable(let path, let problem): return csvProblem(problem, path)
        case .mappingInvalid(let path, let fields):
            return "\(path) skal være et JSON-objekt fra en kolonnes overskrift til et felt, fx {\"Medarbejder\": \"\(fields.first ?? "name")\"}; felterne er \(fields.joined(separator: ", "))"
        case .mappingUnknownField(let path, let column, let field, let fields):
            return "\(path): kolonnen \"\(column)\" er knyttet til \"\(field)\", som ikke er et felt; brug et af felterne \(fields.joined(separator: ", "))"
        case .read(let path, let rows, let delimiter, let encoding):
            return "Læst \(path): \(plural(rows, "række", "rækker")), felter adskilt af \(delimiterName(delimiter)), tegnsæt \(encodingName(encoding))."
        case .columns(let layout, let columns, let ignored):
            let shape = layout == .people ? "Én række pr. person." : "Én række pr. person og opgave."
            let read = columns.map { "\($0.header) → \(ImportField(rawValue: $0.field).map(fieldName) ?? $0.field)" }.joined(separator: ", ")
            return "\(shape) Kolonner: \(read)" + (ignored.isEmpty ? "." : "; ikke brugt: \(ignored.joined(separator: ", ")).")
        case .noColumns(let path, let headers):
            return "\(path) har ingen kolonne med navn, initialer eller mail (første række: \(headers.joined(separator: ", "))); ret overskrifterne, eller angiv med --mapping, hvilken kolonne der er hvad"
        case .tooManyCells(let cells, let columns):
            return "rækken har \(cells) felter, men der er kun \(columns) overskrifter; et felt, der indeholder skilletegnet, skal stå i anførselstegn"
        case .noPerson: return "rækken nævner ingen person; udfyld navn, initialer eller mail"
        case .conflict(let field, let value, let earlier, let earlierLine):
            let about = ImportField.personFields.contains(field) ? "samme person" : "samme opgave"
            return "\(fieldName(field)) er \"\(value)\" her, men \"\(earlier)\" i linje \(earlierLine) om \(about); ret den ene, så de er ens"
        case .nameFitsSeveral(let kind, let name, let ids):
            let fix = kind == .employee ? "tilføj en kolonne Initialer, så det er entydigt, hvem der menes" : "skriv id'et i stedet for navnet"
            return "flere \(noun(kind).plural) hedder \"\(name)\" (\(ids.joined(separator: ", "))); \(fix)"
        case .missing(let fields, let kind, let name):
            let needs = and(fields.map(fieldName))
            return kind == .employee
                ? "\(name) findes ikke i kataloget, og en ny medarbejder skal have \(needs); udfyld \(fields.count == 1 ? "feltet" : "felterne") i rækken"
                : "opgaven \"\(name)\" findes ikke i kataloget, og en ny opgave skal have \(needs); udfyld \(fields.count == 1 ? "feltet" : "felterne") i rækken"
        case .notAPhone(let field, let text):
            return "\"\(text)\" i \(fieldName(field)) er ikke et telefonnummer; skriv et dansk nummer på 8 cifre (72 57 73 54) eller et lokalnummer (8810)"
        case .notAMail(let text): return "\"\(text)\" er ikke en mailadresse; skriv den som navn@domæne.dk"
        case .notAChoice(let field, let text, let choices):
            return "\(fieldName(field)) skal være \(or(choices)), ikke \"\(text)\""
        case .badInitials(let text, let problem, let suggested):
            return "initialerne \"\(text)\" kan ikke bruges som id: \(idProblem(problem)) (fx '\(suggested)')"
        case .unknown(let kind, let name):
            return "der er \(kind == .area ? "intet" : "ingen") \(noun(kind).singular) \"\(name)\" i kataloget eller i arket; skriv navnet eller id'et, som det står der"
        case .nearMiss(let kind, let name):
            return "\(noun(kind).definite) \"\(name)\" findes ikke, men navnet ligner et, der findes; ret navnet i arket, eller opret \(kind == .area ? "det" : "den") først med 'catalogue add \(kind.rawValue) --name \"\(name)\" ...', hvis \(kind == .area ? "det" : "den") er ny\(kind == .area ? "t" : "")"
        case .refused(let path, let rows):
            return "intet er importeret: \(plural(rows, "række", "rækker")) i \(path) har fejl (se ovenfor). Ret dem i regnearket, gem det som CSV igen, og kør kommandoen igen."
        case .logNoColumns(let path, let headers, let missing):
            return "\(path) mangler en kolonne med \(and(missing.map(logFieldName))) (første række: \(headers.joined(separator: ", "))); ret overskrifterne, eller angiv med --mapping, hvilken kolonne der er hvad, fx {\"Lokalnummer\": \"number\"}"
        case .logColumns(let threeCX, let columns, let ignored):
            let read = columns.map { "\($0.header) → \(logFieldName($0.field))" }.joined(separator: ", ")
            return "\(threeCX ? "3CX' opkaldsliste" : "Opkaldsliste"). Kolonner: \(read)" + (ignored.isEmpty ? "." : "; ikke brugt: \(ignored.joined(separator: ", ")).")
        case .logBadTime(let text):
            return "tidspunktet \"\(text)\" kan ikke læses som en dato, så opkaldet er ikke talt med; datoer skal skrives som 2026-11-03 eller 03-11-2026"
        case .logSkipped(let calls): return "\(plural(calls, "udgående eller internt opkald", "udgående eller interne opkald")) er ikke talt med."
        case .jsonOrHTML: return "vælg enten --json eller --html, ikke begge"
        case .newEntry(let kind, let id, let name, let line):
            if kind == .area {
                return "Nyt område \"\(name)\" (\(id)) fra linje \(line). Det kommer ikke med i den eksterne version, før du skriver 'catalogue set area \(id) --significant-business-contact true'."
            }
            return "Ny afdeling \"\(name)\" (\(id)) fra linje \(line). Den ligger øverst i organisationen; hører den under en anden, så skriv 'catalogue move department \(id) --parent ID'."
        case .idTaken(let name, let id, let taken, let holder):
            return "\(name) får id'et '\(id)', fordi '\(taken)' allerede er \(holder); tilføj en kolonne Initialer, hvis id'et skal være et andet."
        case .nameChanged(let id, let from, let to, let line):
            return "'\(id)' hed \(from) og hedder nu \(to) (linje \(line)); er det en anden person, så giv vedkommende andre initialer i arket."
        }
    }

    /// A CSV file that cannot be read, and what to do.
    private static func csvProblem(_ problem: CSVReader.Problem, _ path: String) -> String {
        switch problem {
        case .empty: return "\(path) er tom; gem regnearket som CSV med overskrifterne i første række"
        case .unclosedQuote(let line):
            return "\(path):\(line): et felt i anførselstegn bliver aldrig afsluttet; ret linjen i regnearket, eller gem det som CSV igen"
        case .textAfterQuote(let line):
            return "\(path):\(line): der står tekst efter et afsluttende anførselstegn; et anførselstegn inde i et felt skal skrives to gange (\"\")"
        case .notText(let line, let byte):
            return "\(path):\(line): byten 0x\(String(byte, radix: 16, uppercase: true)) findes hverken i UTF-8 eller Windows-1252, så det er ikke tekst; gem regnearket som »CSV UTF-8«"
        case .convertedTwice(let line):
            return "\(path):\(line): teksten er omkodet to gange (fx »Ã¸« for »ø«), så æ, ø og å er ødelagt; åbn det oprindelige regneark, og gem det som »CSV UTF-8«"
        case .utf16: return "\(path) er gemt som UTF-16 (»Unicode-tekst«); gem regnearket som »CSV UTF-8 (kommasepareret)« i stedet"
        }
    }

    /// A column's field, as the user reads it.
    static func fieldName(_ field: ImportField) -> String {
        switch field {
        case .name: "navn"
        case .initials: "initialer"
        case .title: "stilling"
        case .department: "afdeling"
        case .phone: "telefon"
        case .mobile: "mobil"
        case .mail: "mail"
        case .deputy: "stedfortræder"
        case .visibility: "synlighed"
        case .task: "opgave"
        case .taskDepartment: "opgavens afdeling"
        case .area: "område"
        case .role: "rolle"
        case .keywords: "stikord"
        case .kle: "KLE"
        case .description: "beskrivelse"
        case .audience: "målgruppe"
        case .internalNote: "intern note"
        }
    }

    /// A call log's column, as the user reads it.
    private static func logFieldName(_ field: String) -> String {
        switch field {
        case "time": "tidspunkt"
        case "number": "nummer"
        case "reached": "besvaret af"
        case "direction": "retning"
        default: field
        }
    }

    private static func delimiterName(_ delimiter: String) -> String {
        switch delimiter {
        case ";": "semikolon"
        case ",": "komma"
        case "\t": "tabulator"
        default: "'\(delimiter)'"
        }
    }

    private static func encodingName(_ encoding: CSVReader.Encoding) -> String {
        switch encoding {
        case .utf8: "UTF-8"
        case .utf8WithByteOrderMark: "UTF-8 med BOM"
        case .windows1252: "Windows-1252 (filen er ikke UTF-8; æ, ø og å er læst som Windows-1252)"
        }
    }

    /// "a, b eller c".
    static func or(_ parts: [String]) -> String {
        parts.count < 2 ? parts.joined() : parts.dropLast().joined(separator: ", ") + " eller " + (parts.last ?? "")
    }
}
