import CatalogueModel
import KLE

/// What the external version may show, and nothing else: the only input of the external
/// renderer, so a value left out here cannot reach the public page by any path.
public struct PublicCatalogue: Sendable, Equatable {
    /// A department's public contact details.
    public struct Contact: Sendable, Equatable {
        public var name: String
        public var phone: String?
        public var mail: String?
        public var address: String?
        public var openingHours: String?
        public var web: String?
    }

    /// A person as far as their visibility allows: `name` gives name and title, `contact` adds
    /// the direct phone and mail.
    public struct Person: Sendable, Equatable {
        public var name: String
        public var title: String
        public var phone: String?
        public var mail: String?
    }

    /// An external task.
    public struct PublicTask: Sendable, Equatable {
        public var id: String
        public var title: String
        public var description: String
        public var keywords: [String]
        public var links: [Link]
        public var department: Contact
        /// The responsible people who may be named, in their order; empty when none may.
        public var people: [Person]
        /// The KLE numbers of the task that the plan has (base numbers, without facets), for the live search.
        public var kle: [String] = []
    }

    /// An area with significant business contact and its external tasks.
    public struct Area: Sendable, Equatable {
        public var id: String
        public var name: String
        public var description: String
        public var contact: Contact?
        public var tasks: [PublicTask]
    }

    /// The catalogue's settings, all of which are public.
    public var settings: Settings
    public var areas: [Area]
    /// The organisation's logo, which is public by nature.
    public var logo: Logo?
    /// The KLE plan's words for the topics the tasks carry, for the live search (the plan is public).
    var kleWords: [KLEPageWords.Topic] = []
}

/// The external filter: areas with significant business contact, their tasks with audience
/// `external`, and people only as their visibility allows. Internal notes, mobiles, internal
/// tasks, absences and the names of `internal` employees are never copied.
public enum ExternalFilter {
    /// The public part of a catalogue.
    public static func publicPart(of relations: Relations, logo: Logo? = nil, kle: KLEPlanInUse = .shipped) -> PublicCatalogue {
        let catalogue = relations.catalogue
        let areas = relations.areasInOrder.filter(\.significantBusinessContact).map { area in
            PublicCatalogue.Area(
                id: area.id.rawValue, name: area.name, description: area.description,
                contact: catalogue.department(area.contactDepartment).map(contact),
                tasks: relations.tasks(in: area.id).filter { publishes($0, catalogue) }.map { task in
                    PublicCatalogue.PublicTask(
                        id: task.id.rawValue, title: task.title, description: task.description, keywords: task.keywords,
                        links: task.links,
                        department: catalogue.department(task.department).map(contact) ?? PublicCatalogue.Contact(name: ""),
                        // Whoever takes the calls on the day: a cover in place of someone away (the
                        // absence itself is personal and never shown), the department when nobody may be named.
                        people: relations.route(for: task).people.compactMap(person), kle: KLEPageWords.numbers(task.kle, in: kle))
                })
        }
        var result = PublicCatalogue(settings: catalogue.settings, areas: areas, logo: logo)
        result.kleWords = KLEPageWords.topics(for: areas.flatMap { $0.tasks.map(\.kle) }, in: kle)
        return result
    }

    /// True when the external version shows the task: an external task in an area with significant business contact.
    public static func publishes(_ task: CatalogueTask, _ catalogue: Catalogue) -> Bool {
        task.audience == .external && catalogue.area(task.area)?.significantBusinessContact == true
    }

    static func contact(_ department: Department) -> PublicCatalogue.Contact {
        PublicCatalogue.Contact(name: department.name, phone: department.phone, mail: department.mail, address: department.address,
                                openingHours: department.openingHours, web: department.web)
    }

    static func person(_ employee: Employee) -> PublicCatalogue.Person? {
        switch employee.visibility {
        case .internal: return nil
        case .name: return PublicCatalogue.Person(name: employee.name, title: employee.title)
        case .contact: return PublicCatalogue.Person(name: employee.name, title: employee.title, phone: employee.phone, mail: employee.mail)
        }
    }
}

extension PublicCatalogue.Contact {
    init(name: String) { self.init(name: name, phone: nil, mail: nil, address: nil, openingHours: nil, web: nil) }
}
