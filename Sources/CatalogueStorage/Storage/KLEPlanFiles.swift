import Foundation
import KLE

/// Reads a KLE plan given with `--kle-plan`: a file in OS2KLE's format (`OS2KLE.txt`), with the `change.json` that
/// OS2KLE publishes beside it, when there is one, for the numbers the plan retired or renamed.
package enum KLEPlanFiles {
    /// Why a plan file could not be used.
    package enum Failure: Error, Sendable, Equatable {
        /// The file could not be read: `reason` is the system's.
        case unreadable(path: String, reason: String)
        /// The file is not a regular file, or larger than any plan.
        case notAPlanFile(path: String)
        /// The file was read, but no line of it is a topic in OS2KLE's format.
        case noTopics(path: String)
        /// The `change.json` beside it is not OS2KLE's change file.
        case badChanges(path: String)
    }

    /// OS2KLE 3.23 is 1.6 MB; a file twenty times that is no plan.
    static let limit = 32 << 20

    /// The plan in the file at `path`, named in messages by its version when a `change.json` beside it names one,
    /// else by the file's name.
    package static func read(_ path: String) -> Result<KLEPlanInUse, Failure> {
        let bytes: [UInt8]
        switch FileSystem.readFile(path, limit: limit) {
        case .success(let read): bytes = read
        case .failure(.system(let error)): return .failure(.unreadable(path: path, reason: error.reason))
        case .failure: return .failure(.notAPlanFile(path: path))
        }
        let plan = KLEPlan(bytes: bytes)
        guard !plan.topics.isEmpty else { return .failure(.noTopics(path: path)) }
        let folder = path.contains("/") ? String(path[...path.lastIndex(of: "/")!]) : ""
        let changesPath = folder + "change.json"
        var changes = KLEChanges.none
        switch FileSystem.readFile(changesPath, limit: limit) {
        case .success(let json):
            guard let read = try? KLEChanges(json: json) else { return .failure(.badChanges(path: changesPath)) }
            changes = read
        case .failure(.system(let error)) where error.code != ENOENT:
            return .failure(.unreadable(path: changesPath, reason: error.reason))
        case .failure:
            break
        }
        let name = changes.version.map { "OS2KLE \($0)" } ?? String(path.split(separator: "/").last ?? Substring(path))
        return .success(KLEPlanInUse(plan: plan, changes: changes, name: name))
    }
}
