import CatalogueModel
import CatalogueStorage

/// The Danish help: every text of the commands' help, by its English text.
enum DanishHelp {
    static let texts: [String: String] = [:]
}
