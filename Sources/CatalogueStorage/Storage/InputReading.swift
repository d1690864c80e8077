import CatalogueModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command reads a text it was given: standard input ('-') or a file.
public enum InputSource: Sendable, Hashable {
    case standardInput
    case file(String)

}

/// What stands where a file was expected, in a message.
public enum FileKind: Sendable, Hashable {
    case folder, symbolicLink, socketOrDevice, deviceOrPipe
}

/// Why a text could not be read; never a trap, whatever standard input or the file is.
public enum InputError: Error, Sendable, Hashable {
    /// Standard input is not open at all (the command was started with it closed).
    case closed
    /// Nothing by that name.
    case missing(InputSource)
    /// A folder, a device or a pipe where a file was expected.
    case notAFile(InputSource, kind: FileKind)
    /// Longer than the limit; reading stopped there.
    case tooLarge(InputSource, limit: Int)
    /// The system's reason it could not be read.
    case unreadable(InputSource, reason: String)

    /// The stable code of each case.
    public var code: String {
        switch self {
        case .closed: "input-closed"
        case .missing: "input-missing"
        case .notAFile: "input-not-a-file"
        case .tooLarge: "input-too-large"
        case .unreadable: "input-unreadable"
        }
    }
}

/// Bounded reads of what a command is given, so a huge or endless input stops at the limit.
public enum InputReading {
    /// Reads standard input (descriptor 0) to its end, or fails once more than `limit` bytes
    /// came; `closed` when the process was started without it.
    public static func standardInput(limit: Int, closed: Bool) -> Result<[UInt8], InputError> {
        if closed { return .failure(.closed) }
        var info = stat()
        if fstat(0, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return .failure(.notAFile(.standardInput, kind: .folder)) }
        return read(0, limit: limit, source: .standardInput)
    }

    /// Reads the regular file at `path` (shown as `name`), refusing anything else unread.
    public static func file(_ path: String, shownAs name: String, limit: Int) -> Result<[UInt8], InputError> {
        switch FileSystem.readFile(path, limit: limit) {
        case .success(let bytes): return .success(bytes)
        case .failure(.tooLarge): return .failure(.tooLarge(.file(name), limit: limit))
        case .failure(.notAFile):
            return .failure(.notAFile(.file(name), kind: FileSystem.isDirectoryFollowingLinks(path) ? .folder : .deviceOrPipe))
        case .failure(.system(let error)) where error.code == ENOENT: return .failure(.missing(.file(name)))
        case .failure(.system(let error)) where error.code == EISDIR: return .failure(.notAFile(.file(name), kind: .folder))
        case .failure(.system(let error)): return .failure(.unreadable(.file(name), reason: error.reason))
        }
    }

    /// Reads `descriptor` to its end, stopping with `tooLarge` past `limit` bytes.
    package static func read(_ descriptor: Int32, limit: Int, source: InputSource) -> Result<[UInt8], InputError> {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                return .failure(code == EISDIR ? .notAFile(source, kind: .folder) : .unreadable(source, reason: FileSystem.reason(code)))
            }
            if count == 0 { return .success(bytes) }
            bytes += buffer[0..<count]
            if bytes.count > limit { return .failure(.tooLarge(source, limit: limit)) }
        }
    }
}

extension FileSystem {
    /// True when `path` is a folder, or a link to one.
    package static func isDirectoryFollowingLinks(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
