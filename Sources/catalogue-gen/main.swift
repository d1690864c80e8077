import CatalogueKit
import CatalogueModel
import CatalogueStorage
import Foundation

// `catalogue-gen DIR --employees N [--seed S]`: a development tool that writes a synthetic
// catalogue of any size in canonical form, for `make bench`. Not a user command.

let usage = "Usage: catalogue-gen DIR --employees N [--seed S]"
let help = """
    Writes a synthetic catalogue of Fjordby Kommune into DIR (a new or empty folder): N employees,
    about 2N tasks, N/50 departments in three levels, 40 areas. The same N and seed always give
    the same files, in the canonical form 'catalogue fmt' writes.

    \(usage)

    OPTIONS:
      --employees N   how many employees (at least 1)
      --seed S        the random seed, a whole number (default: 1)
      -h, --help      show this help

    """

func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data("Error: \(message)\n".utf8))
    if status == 64 { FileHandle.standardError.write(Data("\(usage)\nSee 'catalogue-gen --help'.\n".utf8)) }
    exit(status)
}

var folder: String?
var employees: Int?
var seed: UInt64 = 1
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "-h", "--help":
        print(help, terminator: "")
        exit(0)
    case "--employees":
        guard let value = arguments.popFirst(), let number = Int(value), number >= 1 else { fail("--employees needs a whole number of at least 1, such as --employees 10000", status: 64) }
        employees = number
    case "--seed":
        guard let value = arguments.popFirst(), let number = UInt64(value) else { fail("--seed needs a whole number, such as --seed 7", status: 64) }
        seed = number
    default:
        guard !argument.hasPrefix("-") else { fail("unknown option '\(argument)'", status: 64) }
        guard folder == nil else { fail("only one folder, please (got '\(folder ?? "")' and '\(argument)')", status: 64) }
        folder = argument
    }
}
guard let folder else { fail("missing DIR: the folder to write the catalogue into", status: 64) }
guard let employees else { fail("missing --employees N", status: 64) }

let root = URL(fileURLWithPath: folder)
if let existing = try? FileManager.default.contentsOfDirectory(atPath: root.path), !existing.isEmpty {
    fail("\(folder) is not empty; name a new folder, or remove this one first", status: 1)
}

let start = Date()
var generator = Generator(employees: employees, seed: seed)
let catalogue = generator.catalogue()
let files = CatalogueWriter.files(catalogue)
let bytes: Int
do {
    bytes = try FileOutput.write(files, under: root)
} catch {
    fail("\(error)", status: 1)
}
let seconds = Date().timeIntervalSince(start)
let significant = catalogue.areas.filter(\.significantBusinessContact).count
print("""
    Wrote \(folder) (seed \(seed)): \(catalogue.departments.count) departments, \(catalogue.employees.count) employees, \
    \(catalogue.tasks.count) tasks, \(catalogue.areas.count) areas (\(significant) with significant business contact); \
    \(files.count) files, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MiB, in \(String(format: "%.1f", seconds)) s.
    """)
