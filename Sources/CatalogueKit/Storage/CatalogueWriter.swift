import Foundation

/// The one writer of catalogue files: every entry's canonical text, and writing files so a
/// crash or full disk never leaves half a file behind.
public enum CatalogueWriter {
    /// The canonical text of every file of a catalogue, by catalogue-relative path, in path order.
    public static func files(_ catalogue: Catalogue) -> [(path: String, text: String)] {
        var files: [(String, String)] = [(settingsFileName, EntryFile.text(fields: catalogue.settings.fields, description: nil))]
        files += catalogue.departments.map { (EntryKind.department.path(for: $0.id.rawValue), EntryFile.text(fields: $0.fields, description: nil)) }
        files += catalogue.employees.map { (EntryKind.employee.path(for: $0.id.rawValue), EntryFile.text(fields: $0.fields, description: nil)) }
        files += catalogue.tasks.map { (EntryKind.task.path(for: $0.id.rawValue), EntryFile.text(fields: $0.fields, description: $0.description)) }
        files += catalogue.areas.map { (EntryKind.area.path(for: $0.id.rawValue), EntryFile.text(fields: $0.fields, description: $0.description)) }
        return files.sorted { $0.0 < $1.0 }
    }

    /// Writes `text` to `url` atomically (a temporary file renamed into place), creating folders.
    public static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }

    /// Writes bytes to `url` atomically, creating folders.
    public static func write(_ data: Data, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .atomic)
    }
}
