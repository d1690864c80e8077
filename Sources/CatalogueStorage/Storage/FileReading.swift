import CatalogueModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the loader finds at a path in the catalogue once the link policy is applied: a
/// symbolic link is followed only when it leads to a place inside the catalogue folder.
package enum CatalogueItem: Equatable {
    case missing, file, directory
    /// A device, pipe or socket: never read, since reading a pipe could wait forever.
    case other
    /// A symbolic link whose target (resolved) lies outside the catalogue folder.
    case linkOutside(target: String)
    /// A symbolic link that leads nowhere, or round in a loop.
    case brokenLink(reason: String)
    /// Something that cannot even be examined.
    case unreadable(reason: String)
}

/// Why a file's bytes could not be read.
package enum ReadFailure: Error, Equatable {
    case system(SystemError)
    case tooLarge(size: Int)
    case notAFile
}

extension FileSystem {
    /// The largest entry file the loader reads. A real entry is a few kilobytes; a larger file
    /// is refused before it costs seconds to parse and render.
    package static let entrySizeLimit = 1 << 20

    /// The names in a folder except "." and "..", sorted, or why the folder cannot be listed.
    package static func list(_ path: String) -> Result<[String], SystemError> {
        guard let folder = opendir(path) else { return .failure(SystemError(code: errno)) }
        defer { closedir(folder) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(folder) else {
                if errno != 0 { return .failure(SystemError(code: errno)) }
                break
            }
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names.sorted())
    }

    /// The path with every symbolic link resolved, or why it cannot be.
    package static func resolved(_ path: String) -> Result<String, SystemError> {
        guard let pointer = realpath(path, nil) else { return .failure(SystemError(code: errno)) }
        defer { free(pointer) }
        return .success(String(cString: pointer))
    }

    /// What is at `path`, for a catalogue whose folder resolves to `root`.
    package static func item(_ path: String, root: String) -> CatalogueItem {
        var info = stat()
        guard lstat(path, &info) == 0 else { return errno == ENOENT ? .missing : .unreadable(reason: reason(errno)) }
        if info.st_mode & S_IFMT == S_IFLNK {
            switch resolved(path) {
            case .failure(let error):
                return .brokenLink(reason: error.reason)
            case .success(let target):
                guard root == "/" || target == root || target.hasPrefix(root + "/") else { return .linkOutside(target: target) }
                guard stat(path, &info) == 0 else { return .brokenLink(reason: reason(errno)) }
            }
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        default: return .other
        }
    }

    /// The bytes of the regular file at `path` (a link is followed unless `following` is false),
    /// refused unread when it holds more than `limit` bytes.
    package static func readFile(_ path: String, limit: Int, following: Bool = true) -> Result<[UInt8], ReadFailure> {
        // O_NONBLOCK: a pipe put where a file should be must not stop the loader until someone writes to it.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (following ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else { return .failure(.system(SystemError(code: errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.system(SystemError(code: errno))) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(.notAFile) }
        guard Int(info.st_size) <= limit else { return .failure(.tooLarge(size: Int(info.st_size))) }
        // Read straight into an array one byte larger than the file: a read that returns less
        // than asked has reached the end, so one read usually does it all. A file that filled
        // the array grew while it was read, and is read on in pieces, up to the limit.
        var failure: Int32 = 0
        var complete = false
        var bytes = [UInt8](unsafeUninitializedCapacity: Int(info.st_size) + 1) { buffer, count in
            while count < buffer.count {
                let asked = buffer.count - count
                let got = read(descriptor, buffer.baseAddress! + count, asked)
                if got < 0, errno == EINTR { continue }
                if got < 0 { failure = errno; return }
                count += got
                if got < asked { complete = true; return }
            }
        }
        if complete { return .success(bytes) }
        if bytes.count > limit { return .failure(.tooLarge(size: bytes.count)) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4096) { piece in
            while failure == 0 {
                let got = read(descriptor, piece.baseAddress, piece.count)
                if got < 0, errno == EINTR { continue }
                if got < 0 { failure = errno; break }
                if got == 0 { return .success(bytes) }
                bytes += piece[0..<got]
                if bytes.count > limit { return .failure(.tooLarge(size: bytes.count)) }
            }
            return .failure(.system(SystemError(code: failure)))
        }
    }
}
