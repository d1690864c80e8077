import Foundation
import CatalogueModel

/// The git repository that holds a catalogue, used through the `git` command (no library): an
/// earlier edition is read from git's objects (`ls-tree`, `cat-file --batch`) and never checked
/// out, so the work tree and its uncommitted edits are never touched.
public struct GitRepository: Sendable {
    /// The catalogue folder; every git command runs there.
    public let catalogueRoot: URL
    /// The catalogue folder's path inside the repository ("" at its root, else "katalog/").
    public let prefix: String

    /// The repository holding `catalogueRoot`, or nil when it lies in none (or git is missing).
    public static func containing(_ catalogueRoot: URL) -> GitRepository? {
        guard case .success(let output) = GitCommand.run(["rev-parse", "--show-prefix"], in: catalogueRoot) else { return nil }
        let prefix = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .newlines)
        return GitRepository(catalogueRoot: catalogueRoot, prefix: prefix)
    }

    /// Runs git in the catalogue folder and returns its standard output.
    public func run(_ arguments: [String], input: [UInt8]? = nil) -> Result<[UInt8], GitError> {
        GitCommand.run(arguments, in: catalogueRoot, input: input)
    }

    /// The commit a revision (a tag, a branch, a commit) names, or nil when it names none.
    public func commit(_ revision: String) -> String? {
        guard !revision.hasPrefix("-"), case .success(let output) = run(["rev-parse", "--verify", "-q", revision + "^{commit}"]) else { return nil }
        return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    /// The catalogue's files at `commit`, by catalogue-relative path ("employees/akm.json"):
    /// `catalogue.json`, the files directly in the catalogue folder (a logo), and the entries of
    /// the four kind folders. Links and submodules are left out; hidden files too, as the reader skips them.
    public func catalogueFiles(at commit: String) -> Result<[String: [UInt8]], GitError> {
        let listing: [UInt8]
        switch run(["ls-tree", "-r", "-z", "--full-tree", "\(commit):\(prefix)"]) {
        case .failure(let error): return .failure(error)
        case .success(let output): listing = output
        }
        var wanted: [(path: String, object: String)] = []
        for record in listing.split(separator: 0) {
            // "<mode> <type> <object>\t<path>"
            guard let tab = record.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let fields = record[..<tab].split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
            let path = String(decoding: record[(tab + 1)...], as: UTF8.self)
            guard fields.count == 3, fields[0] == "100644" || fields[0] == "100755", fields[1] == "blob" else { continue }
            let parts = path.split(separator: "/")
            guard !parts.contains(where: { $0.hasPrefix(".") }) else { continue }
            if parts.count == 1 || (parts.count == 2 && EntryKind(folder: String(parts[0])) != nil) {
                wanted.append((path, fields[2]))
            }
        }
        let request = Array(wanted.map { $0.object + "\n" }.joined().utf8)
        let output: [UInt8]
        switch run(["cat-file", "--batch"], input: request) {
        case .failure(let error): return .failure(error)
        case .success(let bytes): output = bytes
        }
        // Each answer is "<object> blob <size>\n<bytes>\n", in the order asked.
        var files: [String: [UInt8]] = [:]
        var index = output.startIndex
        for (path, _) in wanted {
            guard let newline = output[index...].firstIndex(of: UInt8(ascii: "\n")) else { return .failure(.unreadableAnswer) }
            let header = output[index..<newline].split(separator: UInt8(ascii: " "))
            guard header.count == 3, let size = Int(String(decoding: header[2], as: UTF8.self)),
                  newline + 1 + size <= output.endIndex else { return .failure(.unreadableAnswer) }
            files[path] = Array(output[(newline + 1)..<(newline + 1 + size)])
            index = newline + 1 + size + 1
        }
        return .success(files)
    }

    /// The catalogue as it was at `commit`, read from git's objects with the ordinary reader.
    public func catalogue(at commit: String) -> Result<LoadedCatalogue, GitError> {
        catalogueFiles(at: commit).map { CatalogueReader.load(.files($0), threads: 1) }
    }

    /// The catalogue's folder without the tool's own lock, journal and temporary files, as a git
    /// pathspec: they are never part of an edition, also where no .gitignore keeps them out.
    public static let catalogueFiles = [".", ":(exclude,glob)**/.catalogue*", ":(exclude,glob)**/.*.catalogue-tmp-*"]

    /// The catalogue's files that differ from the last commit, untracked ones included
    /// (catalogue-relative), as `git status` sees them.
    public func uncommittedFiles() -> Result<[String], GitError> {
        run(["status", "--porcelain", "-z", "--untracked-files=all", "--"] + Self.catalogueFiles).map { output in
            var paths: [String] = []
            var records = output.split(separator: 0)[...]
            while let record = records.popFirst() {
                let text = String(decoding: record, as: UTF8.self)
                let status = text.prefix(2)
                let path = String(text.dropFirst(3))
                paths.append(path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path)
                // A rename is followed by the name it had.
                if status.first == "R" || status.first == "C" { _ = records.popFirst() }
            }
            return paths
        }
    }

    /// The edition tags (`edition/…`), oldest first: tag, commit date of the tag, and its message's first line.
    public func editionTags() -> Result<[EditionTag], GitError> {
        let format = "%(refname:strip=2)%00%(creatordate:short)%00%(contents:subject)%00%(objectname)"
        return run(["for-each-ref", "--sort=creatordate", "--format=" + format, "refs/tags/edition/"]).map { output in
            String(decoding: output, as: UTF8.self).split(separator: "\n").compactMap { line in
                let fields = line.split(separator: "\0", omittingEmptySubsequences: false).map(String.init)
                guard fields.count == 4 else { return nil }
                return EditionTag(tag: fields[0], date: fields[1], label: fields[2])
            }
        }
    }
}

/// A tagged edition: `edition/2027-1-udgave`, the day it was tagged (`YYYY-MM-DD`), and its label.
public struct EditionTag: Sendable, Equatable {
    public var tag: String
    public var date: String
    public var label: String

    /// The tag an edition label is published under: `edition/` and the label as an id.
    public static func name(for label: String) -> String { "edition/" + Slug.make(label) }
}

/// Why git could not answer.
public enum GitError: Error, Sendable, Equatable {
    /// git could not be started (not installed, not on PATH).
    case notStarted(String)
    /// git ended with a failure; its own message.
    case failed(status: Int32, message: String)
    /// git's answer was not as asked for.
    case unreadableAnswer

    /// What git said, for the user.
    public var reason: String {
        switch self {
        case .notStarted(let reason): return reason
        case .failed(_, let message): return message
        case .unreadableAnswer: return "git cat-file --batch"
        }
    }
}

/// Runs the `git` command.
enum GitCommand {
    static func run(_ arguments: [String], in folder: URL, input: [UInt8]? = nil) -> Result<[UInt8], GitError> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // Quoted paths would need unquoting; a pager or a prompt would wait for nobody.
        process.arguments = ["git", "-c", "core.quotepath=off", "--no-pager"] + arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let output = Pipe(), errors = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        do {
            try process.run()
        } catch {
            return .failure(.notStarted(error.localizedDescription))
        }
        // Written on another thread: git answers while it reads, and a full pipe would stop both.
        let writer = Thread {
            if let input { standardInput.fileHandleForWriting.write(Data(input)) }
            try? standardInput.fileHandleForWriting.close()
        }
        writer.start()
        let errorText = ErrorCollector(errors.fileHandleForReading)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = errorText.text()
        guard process.terminationStatus == 0 else {
            if process.terminationStatus == 127 { return .failure(.notStarted(message)) }
            return .failure(.failed(status: process.terminationStatus, message: message))
        }
        return .success([UInt8](data))
    }
}

/// Reads a process's standard error on another thread, so a chatty git cannot fill the pipe.
private final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }.start()
    }

    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
