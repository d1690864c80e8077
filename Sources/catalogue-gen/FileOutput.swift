import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writing tens of thousands of small files quickly: plain `open`/`write`/`close`, no temporary
/// file and rename. That is safe here because the generator only writes into a new, empty
/// folder; a half-written catalogue is simply generated again.
enum FileOutput {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "could not write \(path): \(reason)" }
    }

    /// Writes every file under `root`, creating the folders; returns the bytes written.
    static func write(_ files: [(path: String, text: String)], under root: URL) throws -> Int {
        let folders = Set(files.map { ($0.path as NSString).deletingLastPathComponent })
        for folder in folders.sorted() {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        // Paths joined as text: URL.appendingPathComponent asks the disk whether each is a folder.
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        var bytes = 0
        for file in files {
            bytes += try write(file.text, to: prefix + file.path)
        }
        return bytes
    }

    private static func write(_ text: String, to path: String) throws -> Int {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var text = text
        return try text.withUTF8 { buffer in
            guard let start = buffer.baseAddress else { return 0 }
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, start + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Failure(path: path, reason: String(cString: strerror(errno)))
                }
                offset += written
            }
            return buffer.count
        }
    }
}
