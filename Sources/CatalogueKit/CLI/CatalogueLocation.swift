import Foundation
import CatalogueModel
import CatalogueStorage
import KLE

/// Where the catalogue is, and how to write its paths so they read from where the user stands.
struct CatalogueLocation {
    var root: URL
    /// Put before a catalogue-relative path in messages, e.g. "catalogue/".
    var displayPrefix: String

    /// `--catalogue DIR`; else the nearest folder at or above the working directory holding
    /// catalogue.json; else ./catalogue. Nil with a message when none of them is a catalogue.
    static func find(_ arguments: ParsedArguments, _ context: RunContext) -> Result<CatalogueLocation, LocationError> {
        let cwd = context.workingDirectory.standardizedFileURL
        if let given = arguments.value(.catalogue) {
            let root = context.resolve(given)
            guard isCatalogue(root) else { return .failure(LocationError(message: notACatalogue(given, root))) }
            return .success(CatalogueLocation(root: root, displayPrefix: prefix(for: root, from: cwd)))
        }
        var candidate = cwd
        while true {
            if isCatalogue(candidate) { return .success(CatalogueLocation(root: candidate, displayPrefix: prefix(for: candidate, from: cwd))) }
            let parent = candidate.deletingLastPathComponent()
            if parent.path == candidate.path { break }
            candidate = parent
        }
        let fallback = cwd.appendingPathComponent("catalogue")
        if isCatalogue(fallback) { return .success(CatalogueLocation(root: fallback, displayPrefix: "catalogue/")) }
        return .failure(LocationError(message: .noCatalogueFound))
    }

    struct LocationError: Error { var message: Message }

    /// True when the folder holds something called catalogue.json, whatever it is: the loader
    /// says what is wrong with one that is not a readable file.
    private static func isCatalogue(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.appendingPathComponent(settingsFileName).path, &info) == 0
    }

    private static func notACatalogue(_ given: String, _ root: URL) -> Message {
        var info = stat()
        guard stat(root.path, &info) == 0 else {
            let code = errno
            return code == ENOENT ? .catalogueFolderMissing(given) : .catalogueFolderUnreadable(given, reason: FileSystem.reason(code))
        }
        if info.st_mode & S_IFMT != S_IFDIR { return .catalogueIsAFile(given) }
        if case .failure(let error) = FileSystem.list(root.path) {
            return .catalogueFolderUnreadable(given, reason: error.reason)
        }
        // A project folder with the catalogue inside it, as this tool's own is laid out.
        if isCatalogue(root.appendingPathComponent("catalogue")) {
            let inner = (given.hasSuffix("/") ? given : given + "/") + "catalogue"
            return .catalogueInside(given: given, inner: inner)
        }
        // A folder inside a catalogue (its employees/, say): starting a catalogue there would break the one around it.
        var above = root.deletingLastPathComponent()
        while above.pathComponents.count > 1 {
            if isCatalogue(above) {
                let parts = given.split(separator: "/").filter { $0 != "." }
                let depth = root.pathComponents.count - above.pathComponents.count
                let relative = given.hasPrefix("/") || parts.count <= depth || parts.suffix(depth).contains("..") ? nil : parts.dropLast(depth).joined(separator: "/")
                let shown = relative ?? above.path
                return .folderInsideCatalogue(given: given, catalogue: shown)
            }
            above.deleteLastPathComponent()
        }
        return .notACatalogue(given)
    }

    /// The catalogue's path as seen from the working directory: "" when it is the working
    /// directory, "catalogue/" below it, "../../" above it, else its full path.
    static func prefix(for root: URL, from cwd: URL) -> String {
        let rootParts = root.standardizedFileURL.pathComponents, cwdParts = cwd.standardizedFileURL.pathComponents
        if rootParts.starts(with: cwdParts) {
            return rootParts.dropFirst(cwdParts.count).map { $0 + "/" }.joined()
        }
        if cwdParts.starts(with: rootParts) {
            return String(repeating: "../", count: cwdParts.count - rootParts.count)
        }
        return root.standardizedFileURL.path + "/"
    }
}

extension Command {
    /// Finds and loads the catalogue, reporting a missing one; nil when there is nothing to work on.
    static func loadCatalogue(_ arguments: ParsedArguments, _ context: RunContext, _ console: inout Console) -> (CatalogueLocation, LoadedCatalogue)? {
        switch CatalogueLocation.find(arguments, context) {
        case .failure(let error):
            console.printError(console.errorLine(error.message))
            return nil
        case .success(let location):
            guard completeInterruptedChangeBeforeReading(location, context, &console) else { return nil }
            var loaded = CatalogueReader.load(location.root, threads: Parallel.threads(context.environment))
            if let path = arguments.value(.klePlan) {
                guard let plan = readKLEPlan(path, context, &console) else { return nil }
                loaded.givenKLEPlan = plan
            }
            return (location, loaded)
        }
    }
}

extension Command {
    /// The KLE plan in the file given with `--kle-plan`, or nil with the reason said.
    static func readKLEPlan(_ given: String, _ context: RunContext, _ console: inout Console) -> KLEPlanInUse? {
        switch KLEPlanFiles.read(context.resolve(given).path) {
        case .success(let plan):
            return plan
        case .failure(let failure):
            let message: Message = switch failure {
            case .unreadable(let path, let reason): .klePlanUnreadable(path: path == context.resolve(given).path ? given : path, reason: reason)
            case .notAPlanFile: .klePlanNotAFile(path: given)
            case .noTopics: .klePlanNoTopics(path: given)
            case .badChanges(let path): .klePlanBadChanges(path: path)
            }
            console.printError(console.errorLine(message))
            return nil
        }
    }
}
