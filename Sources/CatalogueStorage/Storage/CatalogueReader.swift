import CatalogueModel
import KLE
import Foundation

/// A catalogue read from its folder, with everything found wrong on the way and where each
/// field stood, so that later checks can point at a line and column.
public struct LoadedCatalogue: Sendable {
    public var catalogue: Catalogue
    public var diagnostics: [Diagnostic]
    /// Where each field's value stands: file → key path (`responsible[1]`, `links[0].url`) → byte offset.
    public var positions: [String: FieldPositions]
    /// The logo named in the settings, when it could be read and is an SVG or PNG of fitting size.
    public var logo: Logo?
    /// The file the settings name as the logo, as read (also when it is no fitting image), so a
    /// change of the setting can take the file with it.
    package var logoFile: (name: String, bytes: [UInt8])?
    /// Where the catalogue was read from.
    public var source: CatalogueSource?
    /// The KLE plan given with `--kle-plan`; nil for the plan the tool ships (see `kle`).
    public var givenKLEPlan: KLEPlanInUse?
    /// The KLE plan the catalogue is checked against and shows titles from.
    public var kle: KLEPlanInUse { givenKLEPlan ?? .shipped }
    /// The folder the catalogue was read from, when it was read from one.
    public var root: URL? {
        if case .folder(let url)? = source { return url }
        return nil
    }
    /// Every file that was read, by catalogue-relative path.
    package var sources: [String: SourceText]
    /// Entry files that exist but could not be read; references to them are not reported
    /// again as missing, since the file's own error says what to fix.
    public var unreadable: Set<String> = []
    /// Kinds whose folder exists but could not be read: which entries it holds is unknown, so
    /// references to them are not reported as missing either.
    public var unreadableKinds: Set<EntryKind> = []

    /// True when the entry's file, or the folder of its kind, exists but could not be read.
    public func couldNotRead(_ kind: EntryKind, _ id: String) -> Bool {
        unreadableKinds.contains(kind) || unreadable.contains(kind.path(for: id))
    }

    /// The location of a field, falling back to the start of the file.
    public func location(_ file: String, _ keyPath: String) -> SourceLocation {
        guard let offset = positions[file]?[keyPath], let source = sources[file] else { return SourceLocation(file: file, line: 1, column: 1) }
        return source.location(ofOffset: offset)
    }

    /// Nothing read yet: where loading starts, and the scratch catalogue a typed entry is read into.
    package static var empty: LoadedCatalogue {
        LoadedCatalogue(catalogue: Catalogue(settings: Settings(organisation: "", title: "", edition: "")), diagnostics: [], positions: [:], sources: [:])
    }

    /// The bytes of a file as read, by catalogue-relative path.
    public func bytes(of file: String) -> [UInt8]? { sources[file]?.bytes }

    /// How many files were read.
    public var fileCount: Int { sources.count }
}

/// Where a catalogue is read from: its folder on disk, or its files as bytes by
/// catalogue-relative path ("employees/akm.json"), such as an earlier edition read from git.
public enum CatalogueSource: Sendable {
    case folder(URL)
    case files([String: [UInt8]])
}

/// Reads a catalogue, reporting every problem in one pass.
public enum CatalogueReader {
    /// Reads the catalogue in the folder `root`.
    public static func load(_ root: URL, threads: Int? = nil) -> LoadedCatalogue {
        load(.folder(root), threads: threads)
    }

    /// Reads the catalogue from `source`. Entries that cannot be read are left out and reported,
    /// each failure with its path and reason; a folder that cannot be read is never taken as empty.
    /// The files are read and parsed on up to `threads` threads (default: one per core), in chunks merged in file
    /// order, so entries and diagnostics come out as a single-threaded run gives them.
    public static func load(_ source: CatalogueSource, threads: Int? = nil) -> LoadedCatalogue {
        let threads = threads ?? Parallel.defaultThreads
        var loaded = LoadedCatalogue.empty
        loaded.source = source
        let folder = Folder(source)
        if let bytes = contents(of: settingsFileName, in: folder, into: &loaded) {
            loaded.readSettings(bytes)
        }
        // The logo named in the settings is the one file besides them that belongs at the top.
        let logo = loaded.catalogue.settings.logo
        switch folder.list("") {
        case .failure(let error):
            loaded.diagnostics.append(.at(SourceLocation(file: "."), .unreadableFolder(reason: error.reason)))
        case .success(let names):
            // The kind folders are examined below, where a file in their place is reported as such.
            for name in names where !name.hasPrefix(".") && name != settingsFileName && name != logo && EntryKind(folder: name) == nil {
                loaded.diagnostics.append(.at(SourceLocation(file: name), isLeftBehind(name) ? .leftBehindFile(path: name) : .doesNotBelong(path: name)))
            }
        }
        if let logo { loaded.readLogo(logo, from: source) }
        // The kinds' folders are listed side by side, then every file is read and parsed on
        // every core in chunks of one kind each, and all is merged in order, kind by kind.
        let listings = Parallel.map(EntryKind.allCases, threads: threads) { kind in
            var listing = LoadedCatalogue.empty
            let files = entryFiles(folder, kind, into: &listing)
            return (kind: kind, files: files, found: listing)
        }
        let settings = loaded.catalogue.settings
        let chunks = listings.flatMap { listing in Parallel.chunks(listing.files, threads: threads).map { (kind: listing.kind, files: $0) } }
        let parts = Parallel.map(chunks, threads: threads) { chunk in
            var part = LoadedCatalogue(catalogue: Catalogue(settings: settings), diagnostics: [], positions: [:], sources: [:])
            for (id, path) in chunk.files {
                guard let bytes = contents(of: path, in: folder, into: &part) else { continue }
                part.read(chunk.kind, id: id, bytes: bytes)
            }
            return part
        }
        // The parts are merged in order (the chunks follow the listings, kind by kind): the
        // entries on one core, the files' bytes and fields' places on the other, since each is
        // a table of tens of thousands of keys to fill.
        let fileCount = listings.reduce(0) { $0 + $1.files.count }
        let start = loaded
        let (catalogue, files) = Parallel.both(threads: threads, {
            var catalogue = start.catalogue
            for (chunk, part) in zip(chunks, parts) {
                for entry in part.catalogue.entries(chunk.kind) { catalogue.put(entry) }
            }
            return catalogue
        }, {
            var positions = start.positions, sources = start.sources
            positions.reserveCapacity(positions.count + fileCount)
            sources.reserveCapacity(sources.count + fileCount)
            for part in parts {
                positions.merge(part.positions) { _, new in new }
                sources.merge(part.sources) { _, new in new }
            }
            return (positions: positions, sources: sources)
        })
        loaded.catalogue = catalogue
        (loaded.positions, loaded.sources) = files
        var next = 0
        for listing in listings {
            loaded.diagnostics += listing.found.diagnostics
            loaded.unreadableKinds.formUnion(listing.found.unreadableKinds)
            while next < chunks.count, chunks[next].kind == listing.kind {
                loaded.diagnostics += parts[next].diagnostics
                loaded.unreadable.formUnion(parts[next].unreadable)
                next += 1
            }
        }
        return loaded
    }

    /// What is read: the catalogue folder as given and as resolved (to tell links inside it from
    /// links out of it), or the files given as bytes, which hold no links and no folders but
    /// those their paths imply.
    private struct Folder: Sendable {
        let source: CatalogueSource
        let path: String
        let resolved: String

        init(_ source: CatalogueSource) {
            self.source = source
            guard case .folder(let root) = source else { path = ""; resolved = ""; return }
            path = root.path
            resolved = (try? FileSystem.resolved(root.path).get()) ?? root.standardizedFileURL.path
        }

        /// What is at a catalogue-relative path.
        func item(_ relative: String) -> CatalogueItem {
            switch source {
            case .folder: return FileSystem.item(path + "/" + relative, root: resolved)
            case .files(let files):
                if files[relative] != nil { return .file }
                return files.keys.contains { $0.hasPrefix(relative + "/") } ? .directory : .missing
            }
        }

        /// The names in a catalogue-relative folder ("" for the catalogue's own).
        func list(_ relative: String) -> Result<[String], SystemError> {
            switch source {
            case .folder: return FileSystem.list(relative.isEmpty ? path : path + "/" + relative)
            case .files(let files):
                let prefix = relative.isEmpty ? "" : relative + "/"
                let names = files.keys.filter { $0.hasPrefix(prefix) }.compactMap { $0.dropFirst(prefix.count).split(separator: "/").first }
                return .success(Set(names.map(String.init)).sorted())
            }
        }

        /// The bytes of a catalogue-relative file, refused unread above `limit`.
        func read(_ relative: String, limit: Int) -> Result<[UInt8], ReadFailure> {
            switch source {
            case .folder: return FileSystem.readFile(path + "/" + relative, limit: limit)
            case .files(let files):
                guard let bytes = files[relative] else { return .failure(.system(SystemError(code: ENOENT))) }
                return bytes.count > limit ? .failure(.tooLarge(size: bytes.count)) : .success(bytes)
            }
        }
    }

    /// The bytes of a file (catalogue-relative), or nil after reporting why it cannot be read
    /// and marking it unreadable, so that references to it are not also reported as missing.
    private static func contents(of path: String, in folder: Folder, into loaded: inout LoadedCatalogue) -> [UInt8]? {
        // Nearly every entry is a plain file: one open that follows no link reads it. A link, a
        // folder, a file too large or missing fails it, and is looked at closely below.
        if case .folder = folder.source, case .success(let bytes) = FileSystem.readFile(folder.path + "/" + path, limit: FileSystem.entrySizeLimit, following: false) {
            return bytes
        }
        let at = SourceLocation(file: path)
        let problem: Problem
        switch folder.item(path) {
        case .file:
            switch folder.read(path, limit: FileSystem.entrySizeLimit) {
            case .success(let bytes): return bytes
            case .failure(.system(let error)): problem = .unreadableFile(reason: error.reason)
            case .failure(.tooLarge(let size)): problem = .fileTooLarge(size: size, limit: FileSystem.entrySizeLimit)
            case .failure(.notAFile): problem = .notARegularFile(path: path)
            }
        case .missing: problem = .missingSettings
        case .directory:
            if let (kind, _) = EntryKind.entry(atPath: path) { problem = .folderInsteadOfFile(path: path, kind: kind) } else { problem = .settingsIsAFolder }
        case .other: problem = .notARegularFile(path: path)
        case .linkOutside(let target): problem = .linkOutside(path: path, target: target)
        case .brokenLink(let reason): problem = .brokenLink(path: path, reason: reason)
        case .unreadable(let reason): problem = .unreadableFile(reason: reason)
        }
        loaded.diagnostics.append(.at(at, problem))
        loaded.unreadable.insert(path)
        return nil
    }

    /// Files that operating systems and editors leave in folders (thumbnails, lock and backup
    /// files): skipped with a warning rather than blocking publication.
    package static func isLeftBehind(_ name: String) -> Bool {
        let lower = name.lowercased()
        return ["thumbs.db", "desktop.ini", ".ds_store"].contains(lower) || name.hasSuffix("~") || name.hasPrefix("~$")
            || lower.hasSuffix(".swp") || lower.hasSuffix(".bak")
    }

    /// The ids and paths of the well-named files of one kind, in id order; reports the others.
    /// A kind whose folder is missing has no entries (a warning); one whose folder cannot be
    /// read is marked unreadable, so that its entries are not reported missing wherever named.
    private static func entryFiles(_ folder: Folder, _ kind: EntryKind, into loaded: inout LoadedCatalogue) -> [(id: String, path: String)] {
        let at = SourceLocation(file: kind.folder)
        var problem: Problem?
        switch folder.item(kind.folder) {
        case .directory: break
        case .missing:
            loaded.diagnostics.append(.at(at, .missingFolder(kind)))
            return []
        case .file, .other: problem = .notAFolder(kind)
        case .linkOutside(let target): problem = .linkOutside(path: kind.folder, target: target)
        case .brokenLink(let reason): problem = .brokenLink(path: kind.folder, reason: reason)
        case .unreadable(let reason): problem = .unreadableFolder(reason: reason)
        }
        var names: [String] = []
        if problem == nil {
            switch folder.list(kind.folder) {
            case .success(let found): names = found
            case .failure(let error): problem = .unreadableFolder(reason: error.reason)
            }
        }
        if let problem {
            loaded.diagnostics.append(.at(at, problem))
            loaded.unreadableKinds.insert(kind)
            return []
        }
        var result: [(String, String)] = []
        // Dot-files are ignored, among them the temporary files of a write (ChangePlan.temporaryName).
        for name in names where !name.hasPrefix(".") {
            let path = "\(kind.folder)/\(name)"
            let dot = name.lastIndex(of: ".")
            let stem = dot.map { String(name[..<$0]) } ?? name
            let fileExtension = dot.map { String(name[name.index(after: $0)...]) } ?? ""
            let idProblem = EntryID<Never>.problem(with: stem)
            let wellNamed = fileExtension == kind.fileExtension && idProblem == nil
            if isLeftBehind(name) {
                loaded.diagnostics.append(.at(SourceLocation(file: path), .leftBehindFile(path: path)))
            } else if !wellNamed, folder.item(path) == .directory {
                loaded.diagnostics.append(.at(SourceLocation(file: path), .folderInKindFolder(kind)))
            } else if fileExtension != kind.fileExtension {
                loaded.diagnostics.append(.at(SourceLocation(file: path), .wrongExtension(kind)))
            } else if let problem = idProblem {
                loaded.diagnostics.append(.at(SourceLocation(file: path), .badFileName(name: stem, problem: problem, kind: kind)))
            } else {
                // Whatever is at a well-named path is reported by `contents` if it is not a readable file.
                result.append((stem, path))
            }
        }
        return result
    }
}

extension LoadedCatalogue {
    /// Reads `catalogue.json` from its bytes.
    package mutating func readSettings(_ bytes: [UInt8]) {
        let source = SourceText(file: settingsFileName, bytes: bytes)
        sources[settingsFileName] = source
        guard var reader = fieldReader(source, hasDescription: false) else { return }
        catalogue.settings = Settings.read(id: "", &reader, description: "")
        finish(&reader, keys: Settings.keys)
    }

    /// Reads one entry file from its bytes into the catalogue, recording its bytes, positions
    /// and problems. An entry with a wrong or missing field is kept with what could be read,
    /// so that one mistake does not cascade into "does not exist" errors wherever it is named
    /// and the rest of it is still checked; `hasErrors(in:)` keeps it from being rewritten.
    package mutating func read(_ kind: EntryKind, id: String, bytes: [UInt8]) {
        let path = kind.path(for: id)
        let source = SourceText(file: path, bytes: bytes)
        sources[path] = source
        guard var reader = fieldReader(source, hasDescription: kind.hasDescription) else { return }
        let description = reader.description
        switch kind {
        case .department: catalogue.put(.department(Department.read(id: id, &reader, description: description)))
        case .employee: catalogue.put(.employee(Employee.read(id: id, &reader, description: description)))
        case .task: catalogue.put(.task(CatalogueTask.read(id: id, &reader, description: description)))
        case .area: catalogue.put(.area(Area.read(id: id, &reader, description: description)))
        }
        finish(&reader, keys: kind.keys)
    }

    /// Reads the logo the settings name: a file directly in the catalogue folder, SVG or PNG,
    /// at most `Logo.maximumSize`; anything else is an error at the setting.
    package mutating func readLogo(_ name: String, from source: CatalogueSource) {
        let at = location(settingsFileName, "logo")
        guard !name.contains("/"), !name.hasPrefix("."), name != settingsFileName else {
            diagnostics.append(.at(at, .logoOutside(name: name)))
            return
        }
        let data: [UInt8]
        switch source {
        case .files(let files):
            guard let bytes = files[name] else {
                diagnostics.append(.at(at, .logoMissing(name: name)))
                return
            }
            data = bytes
            logoFile = (name, bytes)
        case .folder(let root):
            let path = root.appendingPathComponent(name).path
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
                  let contents = FileManager.default.contents(atPath: path) else {
                diagnostics.append(.at(at, .logoMissing(name: name)))
                return
            }
            data = [UInt8](contents)
            // A linked logo is left alone: no command writes through a link or removes one.
            if FileSystem.kind(path) == .file { logoFile = (name, data) }
        }
        guard data.count <= Logo.maximumSize else {
            diagnostics.append(.at(at, .logoTooLarge(name: name, size: data.count, limit: Logo.maximumSize)))
            return
        }
        guard let format = Logo.format(of: data) else {
            diagnostics.append(.at(at, .logoNotAnImage(name: name)))
            return
        }
        logo = Logo(format: format, bytes: data)
    }

    /// Forgets the files' bytes and where each field stood, which only checks and edits use: a
    /// run that publishes frees them before rendering (a fifth of its memory at N=10,000).
    /// Locations then fall back to the file's start.
    package mutating func forgetSources() {
        sources = [:]
        positions = [:]
    }

    /// Forgets everything read from `path`: the entry, its bytes, positions and problems.
    package mutating func forget(_ kind: EntryKind, id: String) {
        let path = kind.path(for: id)
        catalogue.remove(kind, id)
        sources[path] = nil
        positions[path] = nil
        unreadable.remove(path)
        diagnostics.removeAll { $0.location.file == path }
    }

    /// True when reading `path` found an error, so the entry in memory may lack what the file
    /// holds and must not be written back.
    public func hasErrors(in path: String) -> Bool {
        unreadable.contains(path) || diagnostics.contains { $0.severity == .error && $0.location.file == path }
    }

    /// A reader for the fields of a file, or nil (with its problems recorded) when the file
    /// cannot be split into fields and description.
    private mutating func fieldReader(_ source: SourceText, hasDescription: Bool) -> FieldReader? {
        guard let (node, description) = EntryFile.parse(source, hasDescription: hasDescription, diagnostics: &diagnostics),
              var reader = FieldReader(node, source: source, role: .fields, diagnostics: &diagnostics)
        else {
            unreadable.insert(source.file)
            return nil
        }
        reader.description = description
        return reader
    }

    private mutating func finish(_ reader: inout FieldReader, keys: [String]) {
        reader.finish(knownKeys: keys)
        diagnostics += reader.diagnostics
        positions[reader.source.file] = reader.positions
    }
}
