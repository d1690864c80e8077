import CatalogueModel
import CatalogueStorage

/// The Danish words for what can go wrong while writing, locking and reading input.
extension Danish {
    static func apply(_ error: ApplyError, _ prefix: String) -> String {
        switch error {
        case .invalidPlan(let path):
            return "Ændringen af \(prefix)\(path) er ikke tilladt (stien ligger uden for kataloget eller bruges to gange); intet er ændret. Det er en fejl i catalogue; meld den venligst."
        case .symbolicLink(let path):
            return "\(prefix)\(path) er et symbolsk link; catalogue skriver aldrig gennem et link og erstatter det heller ikke med en almindelig fil, så intet er ændret. Ret i stedet den fil, linket peger på, eller erstat linket med en kopi af filen, og kør så kommandoen igen."
        case .changedSinceRead(let path):
            return "\(prefix)\(path) er blevet ændret af en anden, siden den blev læst; intet er ændret. Kør kommandoen igen."
        case .couldNotWrite(let path, let reason):
            return "Kunne ikke skrive \(prefix)\(path) (\(system(reason))); intet er ændret. Tjek, at mappen findes, at du må skrive i den, og at der er plads på disken, og kør så kommandoen igen."
        case .couldNotReplace(let path, let reason, true):
            return "Kunne ikke lægge \(prefix)\(path) på plads (\(system(reason))); filerne, der blev ændret før den, er lagt tilbage, så intet er ændret. Kør kommandoen igen."
        case .couldNotReplace(let path, let reason, false):
            return "Kunne ikke lægge \(prefix)\(path) på plads (\(system(reason))), og filerne, der blev ændret før den, kunne ikke alle lægges tilbage. Tjek kataloget med 'git status' og 'catalogue check', før du fortsætter."
        case .couldNotDelete(let path, let reason):
            return "Kunne ikke slette eller erstatte \(prefix)\(path) (\(system(reason))); intet er ændret. Tjek, at du må ændre filen og dens mappe, og kør så kommandoen igen."
        case .diskFull(let path):
            return "Kunne ikke skrive \(prefix)\(path): disken er fuld; intet er ændret. Frigør noget plads, og kør så kommandoen igen."
        case .unfinishedChange(let file):
            return "\(prefix)\(file) beskriver en afbrudt ændring, der endnu ikke er gjort færdig; intet er ændret. Kør en vilkårlig catalogue-kommando (fx 'catalogue check') for at gøre den færdig, og kør så denne igen."
        }
    }

    static func lock(_ error: LockError, _ prefix: String) -> String {
        switch error {
        case .held(let holder, _, let onThisComputer):
            let place = onThisComputer ? "på denne computer" : "på computeren \(holder.host)"
            return "kataloget er ved at blive ændret af en anden kommando: '\(holder.command)' (proces \(holder.pid) \(place), siden \(holder.since)). Vent, til den er færdig, og kør så din kommando igen."
        case .heldByUnknown:
            return "kataloget er ved at blive ændret af en anden kommando, som endnu ikke har skrevet sit navn. Vent, til den er færdig, og kør så din kommando igen."
        case .couldNotCreate(let file, let reason):
            return "kunne ikke oprette \(prefix)\(file) (\(system(reason))). Tjek, at katalogmappen findes, og at du må skrive i den, og kør så kommandoen igen."
        case .notAFile(let file, let kind):
            return "\(prefix)\(file) er \(fileKind(kind)) og ikke den låsefil, catalogue har dér, så det kan ikke afgøres, om en anden kommando er i gang; intet er ændret. Fjern den, og kør så kommandoen igen."
        case .unsupported(let file, let reason):
            return "filsystemet med \(prefix)\(file) kan ikke låse filer (\(system(reason))), så to kommandoer, der ændrer kataloget samtidig, kunne ikke holdes adskilt; intet er ændret. Læg kataloget på en lokal disk eller på et netværksdrev, der understøtter fillåse."
        }
    }

    static func input(_ error: InputError) -> String {
        func shown(_ source: InputSource) -> String {
            switch source {
            case .standardInput: return "standardinput"
            case .file(let name): return "'\(name)'"
            }
        }
        switch error {
        case .closed:
            return "standardinput er lukket, så der er ingen beskrivelse at læse fra '-'; send teksten ind (--description-file - < tekst.md), eller angiv en fil"
        case .missing(let source): return "beskrivelsesfilen \(shown(source)) findes ikke"
        case .notAFile(.standardInput, let kind):
            return "standardinput er \(fileKind(kind)) og ikke tekst; send teksten ind (--description-file - < tekst.md), eller angiv en fil"
        case .notAFile(let source, let kind): return "beskrivelsesfilen \(shown(source)) er \(fileKind(kind)) og ikke en fil; angiv en tekstfil"
        case .tooLarge(let source, let limit):
            return "beskrivelsen fra \(shown(source)) er længere, end en postfil må være (\(grouped(limit)) byte); gør den kortere"
        case .unreadable(let source, let reason): return "kan ikke læse beskrivelsen fra \(shown(source)) (\(system(reason)))"
        }
    }

    static func journal(_ error: JournalError, _ prefix: String) -> String {
        let advice = "Se filerne med 'git status' og 'git diff', ret dem i hånden (fx med 'git checkout' af den gamle udgave), og slet så \(prefix)\(Journal.fileName)."
        switch error {
        case .unreadable(let file, let reason):
            return "en afbrudt ændring efterlod \(prefix)\(file), som ikke kan læses (\(system(reason))), så det er uvist, hvilke filer den ændrede; intet er ændret. \(advice)"
        case .cannotComplete(let file, let problems):
            let what = problems.map { problem in
                switch problem {
                case .changedByHand(let path): return "\(prefix)\(path) er ændret siden"
                case .temporaryMissing(let path, let temporary): return "den nye udgave af \(prefix)\(path) (\(prefix)\(temporary)) mangler"
                }
            }.joined(separator: "; ")
            return "en afbrudt ændring, beskrevet i \(prefix)\(file), kan ikke gøres færdig: \(what). Intet er gættet eller ændret: nogle filer kan være gamle og andre nye. \(advice)"
        case .couldNotComplete(let file, let path, let reason):
            return "kunne ikke gøre den afbrudte ændring i \(prefix)\(file) færdig: \(prefix)\(path) kunne ikke lægges på plads (\(system(reason))). Ret det, og kør kommandoen igen; så gøres ændringen færdig."
        }
    }

    static func fileKind(_ kind: FileKind) -> String {
        switch kind {
        case .folder: return "en mappe"
        case .symbolicLink: return "et symbolsk link"
        case .socketOrDevice: return "en socket eller enhed"
        case .deviceOrPipe: return "en enhed eller pipe"
        }
    }

    /// The operating system's reason in Danish, for the reasons a user meets; others as the system says them.
    static func system(_ reason: String) -> String {
        let words: [String: String] = [
            "permission denied": "adgang nægtet", "operation not permitted": "handlingen er ikke tilladt",
            "no space left on device": "der er ikke mere plads på disken", "disk quota exceeded": "diskkvoten er brugt op",
            "read-only file system": "filsystemet er skrivebeskyttet", "no such file or directory": "findes ikke",
            "is a directory": "er en mappe", "not a directory": "er ikke en mappe", "file exists": "findes allerede",
            "input/output error": "læse- eller skrivefejl", "too many levels of symbolic links": "for mange symbolske links efter hinanden",
            "file name too long": "filnavnet er for langt", "device or resource busy": "enheden er optaget",
            "resource temporarily unavailable": "midlertidigt utilgængelig", "function not implemented": "understøttes ikke",
            "operation not supported": "understøttes ikke", "no such device or address": "ingen sådan enhed",
        ]
        return words[reason] ?? reason
    }
}
