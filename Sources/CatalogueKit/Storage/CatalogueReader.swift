import Foundation

/// A catalogue read from its folder, with everything found wrong on the way and where each
/// field stood, so that later checks can point at a line and column.
public struct LoadedCatalogue: Sendable {
    public var catalogue: Catalogue
    public var diagnostics: [Diagnostic]
    /// Where each field's value stands: file → key path (`responsible[1]`, `links[0].url`) → byte offset.
    public var positions: [String: [String: Int]]
    /// Every file that was read, by catalogue-relative path.
    var sources: [String: SourceText]
    /// Entry files that exist but could not be read; references to them are not reported
    /// again as missing, since the file's own error says what to fix.
    public var unreadable: Set<String> = []

    /// The location of a field, falling back to the start of the file.
    public func location(_ file: String, _ keyPath: String) -> SourceLocation {
        guard let offset = positions[file]?[keyPath], let source = sources[file] else { return SourceLocation(file: file, line: 1, column: 1) }
        return source.location(ofOffset: offset)
    }

    /// The bytes of a file as read, by catalogue-relative path.
    public func bytes(of file: String) -> [UInt8]? { sources[file]?.bytes }

    /// How many files were read.
    public var fileCount: Int { sources.count }
}

/// Reads a catalogue folder, reporting every problem in one pass.
public enum CatalogueReader {
    /// Reads the catalogue at `root`. Entries that cannot be read are left out and reported.
    public static func load(_ root: URL) -> LoadedCatalogue {
        var loaded = LoadedCatalogue(catalogue: Catalogue(settings: Settings(organisation: "", title: "", edition: "")),
                                     diagnostics: [], positions: [:], sources: [:])
        let files = FileManager.default
        let topLevel = (try? files.contentsOfDirectory(atPath: root.path)) ?? []
        for name in topLevel.sorted() where !name.hasPrefix(".") && name != settingsFileName {
            var isFolder: ObjCBool = false
            _ = files.fileExists(atPath: root.appendingPathComponent(name).path, isDirectory: &isFolder)
            if !(isFolder.boolValue && EntryKind(folder: name) != nil) {
                loaded.diagnostics.append(.unknownTopLevelItem(SourceLocation(file: name)))
            }
        }

        if let settings: Settings = read(root, settingsFileName, id: "", hasDescription: false, into: &loaded) {
            loaded.catalogue.settings = settings
        }
        // Entries are gathered first and stored once: each store re-indexes the catalogue.
        var departments: [Department] = [], employees: [Employee] = [], tasks: [CatalogueTask] = [], areas: [Area] = []
        for kind in EntryKind.allCases {
            for (id, path) in entryFiles(root, kind, into: &loaded) {
                switch kind {
                case .department: if let e: Department = read(root, path, id: id, hasDescription: kind.hasDescription, into: &loaded) { departments.append(e) }
                case .employee: if let e: Employee = read(root, path, id: id, hasDescription: kind.hasDescription, into: &loaded) { employees.append(e) }
                case .task: if let e: CatalogueTask = read(root, path, id: id, hasDescription: kind.hasDescription, into: &loaded) { tasks.append(e) }
                case .area: if let e: Area = read(root, path, id: id, hasDescription: kind.hasDescription, into: &loaded) { areas.append(e) }
                }
            }
        }
        loaded.catalogue = Catalogue(settings: loaded.catalogue.settings, departments: departments, employees: employees, tasks: tasks, areas: areas)
        return loaded
    }

    /// The ids and paths of the well-named files of one kind, in id order; reports the others.
    private static func entryFiles(_ root: URL, _ kind: EntryKind, into loaded: inout LoadedCatalogue) -> [(id: String, path: String)] {
        let folder = root.appendingPathComponent(kind.folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        var result: [(String, String)] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = "\(kind.folder)/\(name)"
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder)
            let dot = name.lastIndex(of: ".")
            let stem = dot.map { String(name[..<$0]) } ?? name
            let fileExtension = dot.map { String(name[name.index(after: $0)...]) } ?? ""
            if isFolder.boolValue {
                loaded.diagnostics.append(.unexpectedFolder(SourceLocation(file: path), kind: kind))
            } else if fileExtension != kind.fileExtension {
                loaded.diagnostics.append(.wrongExtension(SourceLocation(file: path), kind: kind))
            } else if let problem = EntryID<Never>.problem(with: stem) {
                loaded.diagnostics.append(.badFileName(SourceLocation(file: path), name: stem, problem: problem, kind: kind))
            } else {
                result.append((stem, path))
            }
        }
        return result
    }

    /// Reads and decodes one file, recording its bytes, positions and problems.
    private static func read<Entry: EntryFormat>(_ root: URL, _ path: String, id: String, hasDescription: Bool,
                                                 into loaded: inout LoadedCatalogue) -> Entry? {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
            loaded.diagnostics.append(path == settingsFileName ? .missingSettings(SourceLocation(file: path))
                                                               : .unreadableFile(SourceLocation(file: path)))
            return nil
        }
        let bytes = [UInt8](data)
        let source = SourceText(file: path, bytes: bytes)
        loaded.sources[path] = source
        guard let (node, description) = EntryFile.parse(source, hasDescription: hasDescription, diagnostics: &loaded.diagnostics),
              var reader = FieldReader(node, source: source, what: "the file", diagnostics: &loaded.diagnostics)
        else {
            loaded.unreadable.insert(path)
            return nil
        }
        let entry = Entry.read(id: id, &reader, description: description)
        reader.finish(knownKeys: Entry.keys)
        loaded.diagnostics += reader.diagnostics
        loaded.positions[path] = reader.positions
        if entry == nil { loaded.unreadable.insert(path) }
        // An entry whose required fields were read is kept even when an optional field is wrong,
        // so one mistake does not cascade into "does not exist" errors everywhere it is named.
        return entry
    }
}
