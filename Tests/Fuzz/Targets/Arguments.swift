@testable import CatalogueKit
@testable import CatalogueModel
@testable import CatalogueStorage
@testable import CatalogueValidation

/// The argument parser on any command line (arguments separated by NUL bytes), picked the way
/// the tool picks a command: it never crashes, and what it accepts has every required argument
/// and no argument too many.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArguments(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: count)
    var arguments = bytes.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    guard !arguments.isEmpty else { return 0 }
    let first = arguments.removeFirst()
    var command = CLI.commands.first { $0.spec.name == first } ?? CLI.commands[Int(first.utf8.first ?? 0) % CLI.commands.count]
    while !command.subcommands.isEmpty {
        _ = command.help
        guard let word = arguments.first, let sub = command.subcommand(word) else { return 0 }
        command = sub
        arguments.removeFirst()
    }
    _ = command.help
    do {
        let parsed = try command.spec.parse(arguments)
        if parsed.wantsHelp { return 0 }
        let declared = command.spec.arguments
        if parsed.positionals.count < declared.filter({ !$0.optional }).count { fatalError("a required argument is missing: \(arguments)") }
        if parsed.positionals.count > declared.count, declared.last?.variadic != true { fatalError("too many arguments accepted: \(arguments)") }
    } catch {
        for language in Language.allCases where Wording(language).text(error.message).isEmpty {
            fatalError("a usage error without words in \(language): \(arguments)")
        }
    }
    return 0
}
