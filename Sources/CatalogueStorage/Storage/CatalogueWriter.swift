import CatalogueModel
import Foundation

/// The one writer of catalogue files: every entry's canonical text, and the plan of file
/// changes that turns the catalogue as it was read into the catalogue as it should be.
public enum CatalogueWriter {
    /// The canonical text of an entry's file.
    public static func text(_ entry: AnyEntry) -> String {
        EntryFile.text(fields: entry.fields, description: entry.description)
    }

    /// The canonical text of `catalogue.json`.
    public static func text(_ settings: Settings) -> String { EntryFile.text(fields: settings.fields, description: nil) }

    /// The canonical text of every file of a catalogue, by catalogue-relative path, in path order.
    public static func files(_ catalogue: Catalogue) -> [(path: String, text: String)] {
        let entries = EntryKind.allCases.flatMap { kind in catalogue.entries(kind).map { (kind.path(for: $0.id), text($0)) } }
        return ([(settingsFileName, text(catalogue.settings))] + entries).sorted { $0.0 < $1.0 }
    }

    /// An entry renamed by the change: its kind, old id and new id.
    public struct Rename: Sendable, Equatable {
        public var kind: EntryKind
        public var from: String
        public var to: String

        public init(kind: EntryKind, from: String, to: String) {
            self.kind = kind
            self.from = from
            self.to = to
        }
    }

    /// The file changes that turn the catalogue as `loaded` into `edited`: entries that differ
    /// are written in canonical form (with `reformat`, every file that is not in canonical form),
    /// entries that are gone are deleted, and `renames` move files. A file that had errors when
    /// it was read is never rewritten (the entry in memory may lack what the file holds, and
    /// writing it back would lose that silently): it is left out and listed in `damaged`, and
    /// a command that needs it changed must refuse.
    public static func plan(from loaded: LoadedCatalogue, to edited: Catalogue, renames: [Rename] = [],
                            reformat: Bool = false) -> (plan: ChangePlan, damaged: [String]) {
        var changes: [FileChange] = []
        var damaged: [String] = []
        func change(oldPath: String?, newPath: String, _ newText: String) {
            let new = Array(newText.utf8)
            guard let oldPath, let old = loaded.bytes(of: oldPath) else {
                // A file that exists but could not be read is never overwritten.
                if loaded.unreadable.contains(newPath) { damaged.append(newPath) } else { changes.append(.create(path: newPath, new: new)) }
                return
            }
            if oldPath == newPath && old == new { return }
            if loaded.hasErrors(in: oldPath) { damaged.append(oldPath); return }
            changes.append(oldPath == newPath ? .modify(path: newPath, old: old, new: new) : .rename(from: oldPath, to: newPath, old: old, new: new))
        }

        if reformat || edited.settings != loaded.catalogue.settings {
            change(oldPath: loaded.bytes(of: settingsFileName) == nil ? nil : settingsFileName, newPath: settingsFileName, text(edited.settings))
        }
        // The logo file goes with the setting that named it: a file no setting names does not belong in the catalogue.
        if let logo = loaded.logoFile, edited.settings.logo != logo.name, !loaded.hasErrors(in: settingsFileName) {
            changes.append(.delete(path: logo.name, old: logo.bytes))
        }
        for kind in EntryKind.allCases {
            let renamedFrom = Dictionary(renames.filter { $0.kind == kind }.map { ($0.to, $0.from) }, uniquingKeysWith: { first, _ in first })
            let renamedAway = Set(renamedFrom.values)
            for entry in edited.entries(kind) {
                let oldID = renamedFrom[entry.id] ?? entry.id
                let old = loaded.catalogue.entry(kind, oldID)
                // Unchanged entries are not even rendered: a one-field edit of a large catalogue stays cheap.
                if !reformat, oldID == entry.id, old == entry { continue }
                change(oldPath: old == nil ? nil : kind.path(for: oldID), newPath: kind.path(for: entry.id), text(entry))
            }
            for entry in loaded.catalogue.entries(kind) where edited.entry(kind, entry.id) == nil && !renamedAway.contains(entry.id) {
                let path = kind.path(for: entry.id)
                if let old = loaded.bytes(of: path) { changes.append(.delete(path: path, old: old)) }
            }
        }
        return (ChangePlan(changes: changes.sorted { $0.sortKey < $1.sortKey }), damaged.sorted())
    }

    /// Writes `text` to `url` as `replaceAll` does, creating folders.
    public static func write(_ text: String, to url: URL) throws(ApplyError) {
        try replaceAll([(url.lastPathComponent, Array(text.utf8))], in: url.deletingLastPathComponent())
    }

    /// Writes `files` (paths relative to `folder`, which is created if missing) all or nothing,
    /// replacing what is there: every file goes to a temporary file beside its target first
    /// (`ChangePlan.temporaryName`), and only when all are complete are they renamed into place,
    /// so a run killed before the renames leaves the previous set whole. A file that is a
    /// symbolic link is refused, never replaced.
    public static func replaceAll(_ files: [(path: String, bytes: [UInt8])], in folder: URL) throws(ApplyError) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .couldNotWrite(path: "", reason: FileSystem.kind(folder.path) == .missing ? "the folder cannot be created" : "it is not a folder")
        }
        var changes: [FileChange] = []
        for file in files {
            switch FileSystem.readAll(folder.path + "/" + file.path) {
            case .success(let old): changes.append(.modify(path: file.path, old: old, new: file.bytes))
            case .failure(let error) where error.code == ENOENT: changes.append(.create(path: file.path, new: file.bytes))
            case .failure(let error) where error.code == ELOOP: throw .symbolicLink(path: file.path)
            case .failure(let error): throw .couldNotWrite(path: file.path, reason: error.reason)
            }
        }
        try ChangePlan(changes: changes).apply(to: folder)
    }
}

extension FileChange {
    /// Orders a plan by the file it touches, so its summary and diff read in path order.
    package var sortKey: String {
        switch self {
        case .create(let path, _), .modify(let path, _, _), .delete(let path, _): return path
        case .rename(let from, _, _, _): return from
        }
    }
}

extension LoadedCatalogue {
    /// The catalogue as it will be once `plan` is applied, read back from the planned bytes
    /// exactly as `check` will read the files afterwards, so the result can be checked first.
    public func applying(_ plan: ChangePlan) -> LoadedCatalogue {
        var after = self
        func forget(_ path: String) {
            if path == settingsFileName {
                after.diagnostics.removeAll { $0.location.file == path }
            } else if let (kind, id) = EntryKind.entry(atPath: path) {
                after.forget(kind, id: id)
            }
        }
        func read(_ path: String, _ bytes: [UInt8]) {
            // The loader refuses a file over the limit unread, so the check of the catalogue as it would be does too.
            if bytes.count > FileSystem.entrySizeLimit {
                after.diagnostics.append(.at(SourceLocation(file: path), .fileTooLarge(size: bytes.count, limit: FileSystem.entrySizeLimit)))
                after.unreadable.insert(path)
                return
            }
            if path == settingsFileName {
                after.readSettings(bytes)
                after.logo = nil
                if let logo = after.catalogue.settings.logo, let source = after.source { after.readLogo(logo, from: source) }
            } else if let (kind, id) = EntryKind.entry(atPath: path) {
                after.read(kind, id: id, bytes: bytes)
            }
        }
        for change in plan.changes {
            switch change {
            case .create(let path, let new): read(path, new)
            case .modify(let path, _, let new): forget(path); read(path, new)
            case .delete(let path, _): forget(path)
            case .rename(let from, let to, _, let new): forget(from); read(to, new)
            }
        }
        return after
    }
}
