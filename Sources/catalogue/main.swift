import CatalogueKit
import Foundation

let result = CLI.run(RunContext(
    arguments: Array(CommandLine.arguments.dropFirst()),
    workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
    environment: ProcessInfo.processInfo.environment,
    now: Date(),
    stderrIsTerminal: isatty(STDERR_FILENO) == 1,
    readStandardInput: { Array(FileHandle.standardInput.readDataToEndOfFile()) }))
for piece in result.output {
    (piece.toStderr ? FileHandle.standardError : FileHandle.standardOutput).write(Data(piece.text.utf8))
}
exit(result.status)
