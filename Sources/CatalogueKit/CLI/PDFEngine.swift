import Foundation
import CatalogueModel
import CatalogueStorage

/// A program on this machine that prints the internal catalogue's HTML to a PDF. No Swift
/// package can do that well, so `export pdf` uses what is installed: WeasyPrint first (it
/// fills in the page numbers of the contents and the indexes, and tags the PDF for screen
/// readers), else Chromium.
struct PDFEngine: Sendable {
    enum Kind: String, CaseIterable, Sendable {
        case weasyprint, chromium

        /// The program names to look for on PATH.
        var programs: [String] {
            switch self {
            case .weasyprint: return ["weasyprint"]
            case .chromium: return ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
            }
        }
    }

    var kind: Kind
    var executable: URL

    /// The engine to use: `wanted`, or the first one installed, found through PATH.
    static func find(_ wanted: Kind?, environment: [String: String]) -> PDFEngine? {
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for kind in wanted.map({ [$0] }) ?? Kind.allCases {
            for program in kind.programs {
                for folder in folders {
                    let path = URL(fileURLWithPath: folder).appendingPathComponent(program).path
                    if FileManager.default.isExecutableFile(atPath: path) { return PDFEngine(kind: kind, executable: URL(fileURLWithPath: path)) }
                }
            }
        }
        return nil
    }

    /// The command line that prints `html` to `pdf`.
    func arguments(html: URL, pdf: URL) -> [String] {
        switch kind {
        case .weasyprint:
            // PDF/UA: tagged, with the language and title a screen reader needs; headings become bookmarks.
            return ["--quiet", "--pdf-variant", "pdf/ua-1", html.path, pdf.path]
        case .chromium:
            // Chromium's own sandbox cannot start as root (as on a server); nothing but our own file is opened.
            return ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--generate-pdf-document-outline",
                    "--print-to-pdf=\(pdf.path)", html.absoluteString]
        }
    }

    /// Prints `html` to `pdf`; on failure, what the engine said.
    func print(html: URL, to pdf: URL) -> Result<Void, PDFEngineError> {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments(html: html, pdf: pdf)
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .failure(PDFEngineError(message: "could not start \(executable.path): \(error.localizedDescription)"))
        }
        // readToEnd throws on a read error where readDataToEndOfFile traps.
        let said = (try? errors.fileHandleForReading.readToEnd()) ?? Data()
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            let text = String(decoding: said, as: UTF8.self).split(separator: "\n").suffix(5).joined(separator: "\n")
            return .failure(PDFEngineError(message: "\(kind.rawValue) stopped with status \(process.terminationStatus)\(text.isEmpty ? "" : ":\n\(text)")"))
        }
        return .success(())
    }
}

/// An engine that could not print the PDF.
struct PDFEngineError: Error, Sendable {
    var message: String
}
