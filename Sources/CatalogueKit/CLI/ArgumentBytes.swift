import Foundation
import CatalogueModel
import CatalogueStorage

/// Arguments as the operating system gave them, as bytes: Swift's `CommandLine.arguments`
/// decodes them with U+FFFD in place of what is not UTF-8, which would then be stored silently.
public enum ArgumentBytes {
    /// For each argument after the program name that is not UTF-8, the index among those
    /// arguments and the byte offset of the first invalid byte.
    public static func invalidUTF8(_ arguments: [[UInt8]]) -> [Int: Int] {
        var invalid: [Int: Int] = [:]
        for (index, bytes) in arguments.enumerated() {
            if let offset = SourceText.firstInvalidUTF8Offset(bytes) { invalid[index] = offset }
        }
        return invalid
    }

    /// The arguments of this process after the program name, as bytes.
    public static func ofThisProcess() -> [[UInt8]] {
        (1..<Int(CommandLine.argc)).map { index in
            guard let pointer = CommandLine.unsafeArgv[index] else { return [] }
            return Array(UnsafeBufferPointer(start: pointer, count: strlen(pointer))).map { UInt8(bitPattern: $0) }
        }
    }
}

/// An argument that is not UTF-8 text: refused before anything is done with it.
struct InvalidArgument: Error, Equatable {
    /// The option it is the value of ("--title"), or nil for a word on its own.
    var option: String?
    /// Its place among the arguments, from 1.
    var position: Int
    /// The 1-based byte of the first invalid byte.
    var byte: Int

    /// The first argument of `context` that is not UTF-8, with the option it belongs to.
    static func first(in context: RunContext) -> InvalidArgument? {
        guard let (index, offset) = context.invalidUTF8.min(by: { $0.key < $1.key }) else { return nil }
        let argument = context.arguments[index]
        let option: String?
        if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
            option = String(argument[..<equals])
        } else if index > 0, context.arguments[index - 1].hasPrefix("--"), !context.arguments[index - 1].contains("=") {
            option = context.arguments[index - 1]
        } else {
            option = nil
        }
        return InvalidArgument(option: option, position: index + 1, byte: offset + 1)
    }
}
