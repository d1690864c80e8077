import CatalogueKit
import Foundation

// Before any other thread starts: SIGINT, SIGTERM, SIGHUP and SIGQUIT clean up before the run ends.
Interruption.install()
let result = CLI.run(RunContext(
    arguments: Array(CommandLine.arguments.dropFirst()),
    workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
    environment: ProcessInfo.processInfo.environment,
    now: Date(),
    stderrIsTerminal: isatty(STDERR_FILENO) == 1,
    readStandardInput: { Array(FileHandle.standardInput.readDataToEndOfFile()) },
    readLine: { Swift.readLine() },
    runEditor: { command, file in
        // Through the shell, as git runs $EDITOR, so "code --wait" or "nano -w" work as typed.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " \"$1\"", "sh", file]
        do { try process.run() } catch { return 127 }
        process.waitUntilExit()
        return process.terminationStatus
    }))
for piece in result.output {
    (piece.toStderr ? FileHandle.standardError : FileHandle.standardOutput).write(Data(piece.text.utf8))
}
exit(result.status)
