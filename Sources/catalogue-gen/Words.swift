import CatalogueKit
import CatalogueModel
import CatalogueStorage

/// A subject field of the municipality: the words its departments, people and tasks are named
/// from. Twenty fields with two company-contact areas each give the catalogue's forty areas.
struct Field {
    /// Index into `Words.administrations`: the administration the field's departments sit under.
    let administration: Int
    let departments: [String]
    /// Team names without "Team " in front.
    let teams: [String]
    /// Exactly two areas: name and whether it has significant business contact.
    let areas: [(name: String, significant: Bool)]
    let titles: [String]
    /// Task subjects: the first word of a task title.
    let subjects: [String]
    let keywords: [String]
    /// KLE groups (`NN.NN`); a task's topic adds a third pair.
    let kle: [String]
    let links: [Link]
    /// What an application has to contain, for bullet lists in descriptions.
    let documents: [String]
}

/// The word lists the generator combines. Names are ordered from common to rare, so a
/// skewed draw repeats the common ones as a real staff list does.
enum Words {
    static let administrations = [
        "Teknik og Miljø", "Beskæftigelse og Erhverv", "Økonomi og Stab", "Børn og Unge",
        "Social og Sundhed", "Kultur og Fritid", "Borgerservice og Digitalisering", "Klima og Forsyning",
    ]

    static let fields: [Field] = [
        Field(administration: 0, departments: ["Byggeri og Miljø", "Byggesagscenter"], teams: ["Byggesag", "Byggetilladelser", "BBR og Ejendomsdata"],
              areas: [("Byggeri og brandsikkerhed", true), ("Byggesagsarkiv og BBR", true)],
              titles: ["Byggesagsbehandler", "Bygningskonstruktør", "Bygningsingeniør", "Arkitekt"],
              subjects: ["Byggetilladelse", "Anmeldelse af byggeri", "Nedrivningstilladelse", "Ibrugtagningstilladelse", "Dispensation fra bygningsreglementet",
                         "Registrering i BBR", "Byggesagsarkiv", "Ulovligt byggeri", "Skiltetilladelse", "Færdigmelding af byggeri"],
              keywords: ["byggesag", "byggeansøgning", "tilbygning", "carport", "erhvervsbyggeri", "BBR", "tegninger", "bygningsreglement", "nedrivning", "skilte", "lagerhal", "facade"],
              kle: ["02.34", "02.00", "02.05", "02.15"],
              links: [Link(title: "Søg om byggetilladelse på Byg og Miljø", url: "https://www.bygogmiljoe.dk"), Link(title: "BBR-ejermeddelelse", url: "https://bbr.dk"),
                      Link(title: "Bygningsreglementet", url: "https://www.bygningsreglementet.dk")],
              documents: ["tegninger i målestok", "en situationsplan", "statisk dokumentation", "brandteknisk dokumentation", "oplysninger om byggeriets anvendelse"]),
        Field(administration: 0, departments: ["Natur og Miljø", "Miljøcenter"], teams: ["Miljøtilsyn", "Natur og Vand", "Jord og Grundvand"],
              areas: [("Miljø og natur", true), ("Jord og grundvand", true)],
              titles: ["Miljømedarbejder", "Miljøingeniør", "Biolog", "Miljøsagsbehandler", "Geolog"],
              subjects: ["Miljøgodkendelse", "Miljøtilsyn", "Jordflytning", "Jordforurening", "Olietanke", "Udledningstilladelse", "Vandindvinding",
                         "Naturbeskyttelse", "Støj, lugt og støv", "Spildevand fra industri"],
              keywords: ["miljø", "tilsyn", "støj", "lugt", "jord", "forurening", "olietank", "spildevand", "grundvand", "beskyttet natur", "godkendelse", "udledning"],
              kle: ["09.02", "09.17", "09.25", "01.05", "13.03"],
              links: [Link(title: "Danmarks Miljøportal", url: "https://miljoeportal.dk"), Link(title: "Anmeld jordflytning", url: "https://jordweb.dk"),
                      Link(title: "Miljøstyrelsen", url: "https://mst.dk")],
              documents: ["en beskrivelse af virksomhedens drift", "oplysninger om råvarer og affald", "kort over anlægget", "dokumentation for støjniveau", "analyser af jordprøver"]),
        Field(administration: 0, departments: ["Vej og Trafik", "Vej, Park og Affald"], teams: ["Vejmyndighed", "Drift og Vedligehold", "Trafiksikkerhed"],
              areas: [("Veje og trafik", true), ("Vejarealer og gravearbejde", true)],
              titles: ["Vejingeniør", "Trafikplanlægger", "Vejmedarbejder", "Driftsleder"],
              subjects: ["Gravetilladelse", "Råden over vejareal", "Udeservering", "Vareudstilling på fortov", "Overkørsel", "Vintertjeneste",
                         "Skader på vej og belysning", "Stilladstilladelse", "Midlertidig trafikregulering", "Stadeplads"],
              keywords: ["vej", "fortov", "grave", "stillads", "container", "udeservering", "snerydning", "glatførebekæmpelse", "belysning", "skilt", "afspærring"],
              kle: ["05.01", "05.04", "05.05", "05.13"],
              links: [Link(title: "Ledningsejerregistret", url: "https://ler.dk"), Link(title: "Søg om gravetilladelse", url: "https://www.vejman.dk")],
              documents: ["en tidsplan for arbejdet", "en skitse af afspærringen", "oplysninger om entreprenøren", "et skiltningsforslag"]),
        Field(administration: 7, departments: ["Affald og Genbrug", "Forsyning og Affald"], teams: ["Affald og Genbrug", "Genbrugspladser", "Indsamling"],
              areas: [("Affald og genbrug", true), ("Genbrugspladser", true)],
              titles: ["Affaldsmedarbejder", "Affaldsplanlægger", "Pladsmand", "Renovationskonsulent"],
              subjects: ["Erhvervsaffald", "Farligt affald", "Affaldsgebyr", "Adgang til genbrugsplads", "Bygge- og anlægsaffald", "Dagrenovation fra erhverv",
                         "Sortering af affald", "Tømning af containere"],
              keywords: ["affald", "genbrug", "container", "gebyr", "farligt affald", "genbrugsplads", "sortering", "renovation", "pap", "metal"],
              kle: ["07.18", "07.12", "07.00"],
              links: [Link(title: "Kommunens affaldsregulativ", url: "https://www.fjordby.dk/affald"), Link(title: "Tilmeld virksomheden genbrugspladsen", url: "https://www.fjordby.dk/genbrugsplads")],
              documents: ["CVR-nummer", "affaldets art og mængde", "oplysninger om transportør", "adresse for afhentning"]),
        Field(administration: 0, departments: ["Plan og Udvikling", "Planafdelingen"], teams: ["Lokalplaner", "Landzone", "Byudvikling"],
              areas: [("Planlægning", true), ("Landzone og landdistrikter", true)],
              titles: ["Planlægger", "Byplanlægger", "Landinspektør", "Landskabsarkitekt"],
              subjects: ["Lokalplan", "Kommuneplan", "Dispensation fra lokalplan", "Landzonetilladelse", "Planoplysninger om ejendom", "Miljøvurdering af projekter",
                         "Byfornyelse", "Udstykning"],
              keywords: ["lokalplan", "kommuneplan", "landzone", "dispensation", "zonestatus", "udstykning", "byggefelt", "planforslag", "høring"],
              kle: ["01.02", "01.03", "01.05", "01.11"],
              links: [Link(title: "Plandata.dk", url: "https://plandata.dk"), Link(title: "Kommuneplanen", url: "https://www.fjordby.dk/kommuneplan")],
              documents: ["matrikelnummer", "en beskrivelse af projektet", "kortbilag", "fotos af området"]),
        Field(administration: 1, departments: ["Erhverv og Turisme", "Erhvervsservice"], teams: ["Erhvervsservice", "Iværksætteri", "Turisme og Events"],
              areas: [("Erhvervsservice", true), ("Turisme og events", true)],
              titles: ["Erhvervskonsulent", "Turistkonsulent", "Projektleder", "Eventkoordinator"],
              subjects: ["Erhvervsvejledning", "Iværksætterhjælp", "Erhvervsnetværk", "Lokaliseringsservice", "Turismeudvikling", "Arrangementer og events",
                         "Fondsmidler", "Salg af erhvervsgrunde"],
              keywords: ["iværksætter", "erhverv", "netværk", "event", "turisme", "erhvervsgrund", "rådgivning", "vækst", "fonde", "startup"],
              kle: ["24.03", "24.10", "24.00"],
              links: [Link(title: "Virksomhedsguiden", url: "https://virksomhedsguiden.dk"), Link(title: "Erhvervshusene", url: "https://erhvervshusene.dk")],
              documents: ["en kort forretningsplan", "CVR-nummer", "et budget", "en beskrivelse af arrangementet"]),
        Field(administration: 1, departments: ["Jobcenter Fjordby", "Jobcenter Virksomhedsservice"], teams: ["Virksomhedsservice", "Jobformidling", "Fleksjob"],
              areas: [("Jobcenter – virksomhedsservice", true), ("Rekruttering og job", true)],
              titles: ["Jobkonsulent", "Virksomhedskonsulent", "Sagsbehandler", "Rekrutteringskonsulent"],
              subjects: ["Fleksjob", "Løntilskud", "Virksomhedspraktik", "Rekruttering", "Opkvalificering af voksenlærlinge", "Sygefravær og fastholdelse",
                         "Varsling af afskedigelser", "Udenlandsk arbejdskraft", "Refusion af tilskud"],
              keywords: ["fleksjob", "løntilskud", "praktik", "rekruttering", "jobcenter", "sygemelding", "refusion", "voksenlærling", "afskedigelse", "ledige"],
              kle: ["15.00", "15.02", "15.10", "32.10"],
              links: [Link(title: "Jobnet for arbejdsgivere", url: "https://job.jobnet.dk"), Link(title: "Virk.dk", url: "https://virk.dk")],
              documents: ["en stillingsbeskrivelse", "CVR-nummer", "oplysninger om arbejdstid", "navn på kontaktperson"]),
        Field(administration: 2, departments: ["Ejendomscenter", "Bygningsdrift"], teams: ["Ejendomsdrift", "Udlejning", "Servicecenter"],
              areas: [("Kommunale ejendomme", true), ("Erhvervslejemål", true)],
              titles: ["Ejendomsmedarbejder", "Bygningskonstruktør", "Servicemedarbejder", "Driftsleder", "Ejendomskonsulent"],
              subjects: ["Leje af lokaler", "Erhvervslejemål", "Håndværkere i kommunale bygninger", "Vedligehold af bygninger", "Energiforbedringer", "Salg af ejendomme"],
              keywords: ["leje", "lokaler", "ejendom", "håndværker", "vedligehold", "nøgler", "energi", "lejekontrakt"],
              kle: ["82.02", "82.03", "13.02"],
              links: [Link(title: "Ledige lokaler", url: "https://www.fjordby.dk/lokaler")],
              documents: ["ønsket dato og tidsrum", "antal deltagere", "forsikringsbevis", "CVR-nummer"]),
        Field(administration: 0, departments: ["Beredskab Fjordby", "Brand og Redning"], teams: ["Forebyggelse", "Brandsyn", "Beredskabsplanlægning"],
              areas: [("Brand og beredskab", true), ("Fyrværkeri og brandfarlige oplag", true)],
              titles: ["Brandinspektør", "Beredskabsmedarbejder", "Brandteknisk rådgiver", "Indsatsleder"],
              subjects: ["Brandsyn", "Brandfarlige oplag", "Automatiske brandalarmer", "Salg af fyrværkeri", "Brandteknisk rådgivning", "Afbrænding",
                         "Arrangementer med mange deltagere"],
              keywords: ["brand", "brandsyn", "fyrværkeri", "brandalarm", "flugtvej", "oplag", "afbrænding", "beredskab"],
              kle: ["14.00", "14.01", "14.05"],
              links: [Link(title: "Beredskabsstyrelsen", url: "https://www.brs.dk"), Link(title: "Anmeld salg af fyrværkeri", url: "https://www.fjordby.dk/fyrvaerkeri")],
              documents: ["en brandteknisk plan", "oversigt over flugtveje", "mængder af brandfarlige væsker", "navn på ansvarlig leder"]),
        Field(administration: 0, departments: ["Land og Vand", "Landbrug og Natur"], teams: ["Landbrug", "Vandløb", "Husdyr"],
              areas: [("Landbrug og husdyr", true), ("Vandløb og dræn", true)],
              titles: ["Landbrugsmedarbejder", "Miljøsagsbehandler", "Vandløbsmedarbejder", "Agronom"],
              subjects: ["Husdyrbrug", "Gødning og ensilage", "Vandløbsregulativer", "Dræn og vandløb", "Gyllebeholdere", "Markvanding"],
              keywords: ["landbrug", "husdyr", "gylle", "vandløb", "dræn", "markvanding", "ensilage", "stald"],
              kle: ["09.02", "06.01", "06.02"],
              links: [Link(title: "Husdyrgodkendelse.dk", url: "https://husdyrgodkendelse.dk"), Link(title: "Landbrugsstyrelsen", url: "https://lbst.dk")],
              documents: ["ansøgning i husdyrgodkendelse.dk", "kort over arealerne", "oplysninger om dyrehold", "en driftsbeskrivelse"]),
        Field(administration: 2, departments: ["Økonomi og Indkøb", "Indkøb og Udbud"], teams: ["Indkøb", "Udbud", "Debitor", "Kreditor"],
              areas: [("Indkøb og udbud", true), ("Betaling og fakturering", true)],
              titles: ["Indkøbskonsulent", "Udbudsjurist", "Bogholder", "Økonomimedarbejder", "Controller"],
              subjects: ["E-faktura", "Betaling af fakturaer", "Indkøbsaftaler", "Udbud", "Klausuler i kontrakter", "Opkrævninger", "Dækningsafgift", "Ejendomsskat"],
              keywords: ["faktura", "EAN", "betaling", "udbud", "tilbud", "kontrakt", "indkøb", "rykker", "opkrævning", "ejendomsskat"],
              kle: ["00.30", "00.32", "25.00"],
              links: [Link(title: "Udbud.dk", url: "https://udbud.dk"), Link(title: "Kommunens EAN-numre", url: "https://www.fjordby.dk/ean")],
              documents: ["EAN-nummer", "fakturanummer", "ordrenummer", "navn på rekvirenten"]),
        Field(administration: 4, departments: ["Sundhed og Omsorg", "Hjælpemiddelcentret"], teams: ["Hjælpemidler", "Sundhedsfremme", "Visitation"],
              areas: [("Hjælpemidler og leverandører", true), ("Sundhed og forebyggelse", false)],
              titles: ["Ergoterapeut", "Sundhedskonsulent", "Visitator", "Sygeplejerske", "Fysioterapeut"],
              subjects: ["Leverandører af hjælpemidler", "Godkendelse af private leverandører", "Rygestop på arbejdspladsen", "Sundhedsordninger", "Frit valg af hjemmepleje"],
              keywords: ["hjælpemiddel", "leverandør", "rygestop", "sundhed", "hjemmepleje", "godkendelse", "visitation"],
              kle: ["27.24", "29.09", "27.36"],
              links: [Link(title: "Sundhed.dk", url: "https://www.sundhed.dk")],
              documents: ["dokumentation for kvalitet", "prisliste", "oplysninger om personale"]),
        Field(administration: 3, departments: ["Dagtilbud og Skole", "Børn og Familie"], teams: ["Dagtilbud", "Skoleadministration", "Pladsanvisning"],
              areas: [("Private børnepassere", true), ("Dagtilbud og skole", false)],
              titles: ["Pædagogisk konsulent", "Pladsanviser", "Skolekonsulent", "Administrativ medarbejder"],
              subjects: ["Godkendelse af private børnepassere", "Tilskud til privat pasning", "Pladsanvisning", "Skolekørsel", "Frie grundskoler"],
              keywords: ["børnepasning", "dagpleje", "skole", "pladsanvisning", "tilskud", "godkendelse", "skolebus"],
              kle: ["28.06", "17.01", "17.02"],
              links: [Link(title: "Pladsanvisningen", url: "https://www.fjordby.dk/pladsanvisning")],
              documents: ["børneattest", "oplysninger om lokaler", "en pædagogisk plan"]),
        Field(administration: 5, departments: ["Kultur og Fritid", "Biblioteker og Kultur"], teams: ["Haller og Lokaler", "Foreningsservice", "Kulturhuset"],
              areas: [("Lokaler og haller", true), ("Kultur og fritid", false)],
              titles: ["Kulturkonsulent", "Fritidskonsulent", "Bibliotekar", "Halinspektør"],
              subjects: ["Leje af haller", "Tilskud til arrangementer", "Foreningsstøtte", "Kulturelle arrangementer", "Biblioteksservice for virksomheder"],
              keywords: ["hal", "forening", "kultur", "bibliotek", "tilskud", "arrangement", "lokaleleje"],
              kle: ["18.00", "18.15", "20.00"],
              links: [Link(title: "Book en hal", url: "https://www.fjordby.dk/booking")],
              documents: ["foreningens vedtægter", "et budget", "dato og tidsrum"]),
        Field(administration: 6, departments: ["IT og Digitalisering", "Digitaliseringsenheden"], teams: ["IT-support", "Systemforvaltning", "Digital Udvikling"],
              areas: [("IT og digitalisering", false), ("Selvbetjening", false)],
              titles: ["IT-supporter", "Digitaliseringskonsulent", "Systemansvarlig", "IT-arkitekt"],
              subjects: ["IT-support", "Fagsystemer og adgange", "Selvbetjeningsløsninger", "Telefoni og omstilling", "Digital Post", "Informationssikkerhed"],
              keywords: ["IT", "adgang", "password", "telefon", "selvbetjening", "Digital Post", "sikkerhed", "fagsystem"],
              kle: ["00.07", "00.16", "85.02"],
              links: [Link(title: "IT-portalen", url: "https://intra.fjordby.dk/it")],
              documents: ["brugernavn", "navn på fagsystemet", "en beskrivelse af fejlen"]),
        Field(administration: 2, departments: ["HR og Løn", "Personale"], teams: ["HR", "Løn", "Arbejdsmiljø"],
              areas: [("Personale og løn", false), ("Arbejdsmiljø", false)],
              titles: ["HR-konsulent", "Lønkonsulent", "Arbejdsmiljøkonsulent", "HR-partner"],
              subjects: ["Lønudbetaling", "Ansættelse og fratrædelse", "Fravær og ferie", "Rekruttering af medarbejdere", "Arbejdsmiljø", "Seniorordninger"],
              keywords: ["løn", "ferie", "ansættelse", "fratrædelse", "sygefravær", "arbejdsmiljø", "pension", "lønseddel"],
              kle: ["81.03", "81.10", "81.20"],
              links: [Link(title: "Personalehåndbogen", url: "https://intra.fjordby.dk/personale")],
              documents: ["medarbejderens CPR-nummer", "ansættelsesdato", "stillingsbetegnelse"]),
        Field(administration: 2, departments: ["Sekretariat og Jura", "Direktionssekretariatet"], teams: ["Sekretariat", "Jura", "Dokumentation"],
              areas: [("Intern administration", false), ("Politisk betjening", false)],
              titles: ["Fuldmægtig", "Jurist", "Sekretær", "Chefkonsulent"],
              subjects: ["Journalisering", "Aktindsigt", "Klagesager", "Dagsordener", "Opgave- og medarbejderkatalog", "Persondata"],
              keywords: ["journal", "aktindsigt", "klage", "dagsorden", "byråd", "persondata", "GDPR", "katalog"],
              kle: ["00.01", "00.05", "00.22"],
              links: [Link(title: "Byrådets dagsordener", url: "https://www.fjordby.dk/dagsordener")],
              documents: ["sagsnummer", "en præcis beskrivelse af anmodningen"]),
        Field(administration: 0, departments: ["Trafik og Parkering", "Mobilitet"], teams: ["Parkering", "Kollektiv Trafik", "Mobilitet"],
              areas: [("Parkering", true), ("Kollektiv trafik", true)],
              titles: ["Parkeringsvagt", "Trafikplanlægger", "Mobilitetskonsulent"],
              subjects: ["Parkeringstilladelse", "Parkeringskontrol", "Flextrafik", "Ladestandere", "Busstoppesteder", "Varelevering"],
              keywords: ["parkering", "p-tilladelse", "bus", "ladestander", "elbil", "varelevering", "flextrafik"],
              kle: ["05.09", "05.10", "07.00"],
              links: [Link(title: "Søg om parkeringstilladelse", url: "https://www.fjordby.dk/parkering")],
              documents: ["registreringsnummer", "adresse", "periode"]),
        Field(administration: 6, departments: ["Borgerservice", "Bevillinger og Tilladelser"], teams: ["Bevillinger", "Borgerservice", "Tilladelser"],
              areas: [("Bevillinger og tilladelser", true), ("Serveringssteder", true)],
              titles: ["Bevillingssagsbehandler", "Borgerservicemedarbejder", "Sagsbehandler"],
              subjects: ["Alkoholbevilling", "Lejlighedsvis servering", "Åbningstider for serveringssteder", "Torvehandel", "Tilladelse til musik udendørs"],
              keywords: ["bevilling", "alkohol", "servering", "torvehandel", "musik", "restaurant", "åbningstid"],
              kle: ["24.20", "24.21"],
              links: [Link(title: "Søg om alkoholbevilling", url: "https://www.fjordby.dk/bevilling")],
              documents: ["straffeattest", "plantegning af lokalet", "udtalelse fra politiet"]),
        Field(administration: 7, departments: ["Klima og Energi", "Klimasekretariatet"], teams: ["Klimatilpasning", "Energi", "Varmeplanlægning"],
              areas: [("Klima og energi", true), ("Varmeforsyning", true)],
              titles: ["Klimakonsulent", "Energirådgiver", "Projektleder", "Hydrolog"],
              subjects: ["Varmeplan", "Solcelleanlæg", "Energirenovering", "Klimatilpasning", "Fjernvarme", "Jordvarme"],
              keywords: ["klima", "energi", "solceller", "fjernvarme", "jordvarme", "skybrud", "varmeplan"],
              kle: ["13.05", "13.06", "01.07"],
              links: [Link(title: "Energistyrelsen", url: "https://ens.dk"), Link(title: "Klimatilpasning.dk", url: "https://www.klimatilpasning.dk")],
              documents: ["oplysninger om anlæggets størrelse", "placering på grunden", "dokumentation fra installatør"]),
    ]

    /// Titles anyone may hold, whatever their field.
    static let generalTitles = [
        "Administrativ medarbejder", "Specialkonsulent", "Fuldmægtig", "Konsulent", "Overassistent", "Sekretær",
        "Kontorelev", "Studentermedhjælper", "Chefkonsulent", "Projektmedarbejder",
    ]

    /// The leader's title by nesting level (administration, department, team).
    static let leaderTitles = [["Direktør", "Forvaltningschef"], ["Afdelingsleder", "Chef"], ["Teamleder", "Faglig koordinator"]]

    /// Districts and towns, to tell apart departments and tasks with the same name.
    static let places = [
        "Nord", "Syd", "Øst", "Vest", "Ålykke", "Bøgeskov", "Kærby", "Søholm", "Næsby", "Østerlund", "Vesterå", "Strandby",
        "Hørby", "Løjtved", "Råby", "Møllevang", "Skovsø", "Havnen", "Aaby", "Ærtebjerg",
    ]

    static let streets = [
        "Rådhustorvet 1, 4990 Fjordby", "Industrivej 12, 4990 Fjordby", "Søndergade 4, 4991 Ålykke", "Havnevej 27, 4990 Fjordby",
        "Møllevej 3, 4993 Kærby", "Østergade 18, 4990 Fjordby", "Skolevej 9, 4994 Bøgeskov", "Fjordvej 41, 4995 Strandby",
    ]

    static let openingHours = [
        "Mandag–fredag 9.00–14.00", "Mandag–onsdag 9.00–15.00, torsdag 9.00–17.00, fredag 9.00–13.00",
        "Mandag–torsdag 8.00–15.30, fredag 8.00–13.00", "Efter aftale",
    ]

    /// First names, common first; æ, ø and å among them.
    static let firstNames = [
        "Anne", "Mette", "Hanne", "Søren", "Jens", "Lars", "Kirsten", "Susanne", "Peter", "Michael", "Lene", "Henrik", "Marianne", "Thomas",
        "Niels", "Pia", "Jørgen", "Birgitte", "Martin", "Camilla", "Rasmus", "Louise", "Morten", "Tina", "Jesper", "Charlotte", "Christian",
        "Maria", "Anders", "Bente", "Mads", "Dorthe", "Ole", "Gitte", "Frederik", "Signe", "Bjørn", "Lærke", "Kasper", "Ida", "Mikkel",
        "Karen", "Troels", "Vibeke", "Jonas", "Ulla", "Asbjørn", "Sørine", "Bodil", "Kjeld", "Else", "Åse", "Øjvind", "Mathilde", "Emil",
        "Sofie", "Villads", "Freja", "Ejnar", "Astrid", "Torben", "Helle", "Poul", "Inger", "Bo", "Jytte", "Knud", "Grethe", "Steffen",
        "Pernille", "Jakob", "Rikke", "Oluf", "Trine", "Aase", "Ærenlund", "Gunnar", "Solvejg", "Henning", "Dagmar",
    ]

    /// Middle names some people carry.
    static let middleNames = [
        "Marie", "Kirstine", "Louise", "Henrik", "Emil", "Juul", "Bach", "Krogh", "Lund", "Kjær", "Møller", "Bøgh", "Skov", "Holm", "Dam",
    ]

    /// Surnames, common first.
    static let surnames = [
        "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen",
        "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen",
        "Mikkelsen", "Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt", "Eriksen", "Holm", "Kristiansen", "Clausen", "Simonsen",
        "Svendsen", "Andreasen", "Iversen", "Østergaard", "Jeppesen", "Vestergaard", "Nørgaard", "Dahl", "Bach", "Kjær", "Søndergaard",
        "Krogh", "Mørk", "Bæk", "Højgaard", "Skøtt", "Ågaard", "Løkke", "Brøndum", "Dræbye", "Fønss", "Grønbæk", "Hviid", "Lykke",
        "Nørregaard", "Overgaard", "Ravn", "Sønderby", "Tønnesen", "Vinther", "Aagaard", "Aaberg", "Ærbøl", "Øster", "Åkjær",
    ]

    /// How a task title may continue after its subject.
    static let qualifiers = [
        "", "", "", " for virksomheder", " til erhverv", " i landzone", " – rådgivning", " – klager", " for foreninger", " – tilsyn",
        " – vejledning", " – gebyrer", " ved større projekter", " for landbrug", " for detailhandel", " for restauranter", " – forhåndsdialog",
    ]

    /// Who a task serves, as a phrase in a sentence.
    static let audiences = [
        "virksomheder", "erhvervsdrivende", "landbrug", "foreninger", "bygherrer og rådgivere", "butikker og restauranter",
        "nye virksomheder", "kommunens egne afdelinger", "entreprenører", "iværksættere",
    ]

    static let deadlines = ["to arbejdsdage", "fem arbejdsdage", "en uge", "tre uger", "fire uger", "otte uger"]

    /// Sentences for descriptions; {emne}, {hvem}, {sted} and {frist} are filled in.
    static let sentences = [
        "Vi behandler sager om {emne} for {hvem} i hele kommunen.",
        "Henvendelser om {emne} besvares normalt inden for {frist}.",
        "Har du spørgsmål om {emne}, er du velkommen til at ringe eller skrive til os.",
        "Vi rådgiver gerne, før du sender en ansøgning, så sagen kan behandles hurtigere.",
        "Sagsbehandlingstiden afhænger af sagens omfang og af, om ansøgningen er fuldt oplyst.",
        "Ansøgningen skal indeholde de oplysninger, der er nødvendige for at vurdere sagen.",
        "Vi samarbejder med de øvrige fagområder om sager, der går på tværs af afdelingerne.",
        "Større sager drøftes på det ugentlige koordineringsmøde.",
        "Reglerne fremgår af lovgivningen og af kommunens egne retningslinjer.",
        "Ved akutte henvendelser uden for åbningstiden kontakter du kommunens vagttelefon.",
        "Afgørelsen sendes med Digital Post til virksomhedens CVR-nummer.",
        "Der kan være et gebyr for behandlingen, som opkræves efter de gældende takster.",
        "Vi fører tilsyn med, at vilkårene i tilladelsen bliver overholdt.",
        "Opgaven omfatter også vejledning om praktiske forhold, frister og dokumentation.",
        "Husk at oplyse matrikelnummer, adresse og en kort beskrivelse af projektet.",
        "Kommunen kan give påbud, hvis reglerne ikke overholdes.",
        "Du kan klage over afgørelsen inden *fire uger* efter, at du har modtaget den.",
        "Vi holder jævnligt informationsmøder for {hvem} om nye regler på området.",
        "Opgaven løses i tæt samarbejde med de øvrige teams i afdelingen.",
        "Særlige forhold i {sted} kan betyde, at der stilles skærpede krav.",
        "Mange spørgsmål kan besvares ud fra vores vejledninger på hjemmesiden.",
        "Vi prioriterer sager, hvor en virksomheds drift afhænger af en hurtig afgørelse.",
        "Når sagen er oplyst, træffer vi afgørelse hurtigst muligt og senest inden for servicemålet på {frist}.",
        "Henvendelsen kan også sendes til afdelingens fælles postkasse.",
        "Ændringer i allerede godkendte forhold skal altid anmeldes, før de sættes i værk.",
        "Bemærk, at arbejdet *først* må påbegyndes, når der foreligger en **skriftlig tilladelse**.",
        "Sagen journaliseres under det relevante KLE-nummer, så den kan findes igen.",
        "Ønsker du et møde, aftaler vi gerne et tidspunkt på rådhuset eller hos virksomheden.",
        "I {sted} er der særlige regler, som vi gerne gennemgår med dig.",
        "Vi vejleder om {emne}, men kan ikke udarbejde ansøgningen for dig.",
        "Sager om {emne} kræver ofte en partshøring af naboer og andre berørte.",
        "Det er **gratis** at få en forhåndsdialog med os.",
    ]
}
