import CatalogueKit
import CatalogueStorage
import Foundation

// Before any other thread starts: SIGINT, SIGTERM, SIGHUP and SIGQUIT clean up before the run ends.
Interruption.install()
// A standard descriptor the run was started without is opened on /dev/null, so no file the
// run opens takes its number (and output meant for stdout never lands in a catalogue file).
var standardInputClosed = false
for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) < 0 && errno == EBADF {
    if descriptor == STDIN_FILENO { standardInputClosed = true }
    let opened = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
    if opened >= 0 && opened != descriptor {
        dup2(opened, descriptor)
        close(opened)
    }
}
let stdinClosed = standardInputClosed

/// Runs `command` on `file` through the shell, as git runs $EDITOR (so "code --wait" or
/// "nano -w" work as typed): in our own process group, which on a terminal is the foreground
/// one, so a terminal editor may read and set up the terminal; with the signals' default
/// handling; and with SIGINT and SIGQUIT left to the editor while it runs.
func runEditor(_ command: String, _ file: String) -> Int32 {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t(), reset = sigset_t()
    sigemptyset(&none)
    sigemptyset(&reset)
    for signal in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&reset, signal) }
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &reset)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let script = command + " \"$1\""
    let words: [String] = ["/bin/sh", "-c", script, "sh", file]
    let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    return Interruption.ignoringInterrupts {
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", nil, &attributes, argv, environ) == 0 else { return 127 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return 127 }
        }
        // Ended by a signal: 128 + its number, as a shell reports it.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}

var context = RunContext(
    arguments: Array(CommandLine.arguments.dropFirst()),
    workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
    environment: ProcessInfo.processInfo.environment,
    now: Date(),
    stderrIsTerminal: isatty(STDERR_FILENO) == 1,
    readStandardInput: { limit in InputReading.standardInput(limit: limit, closed: stdinClosed) },
    readLine: { Swift.readLine() },
    runEditor: runEditor)
// Swift decodes arguments with U+FFFD in place of bytes that are not UTF-8: the bytes tell.
context.invalidUTF8 = ArgumentBytes.invalidUTF8(ArgumentBytes.ofThisProcess())
context.endsProcess = true
let result = CLI.run(context)
// On a terminal, control characters in what is printed are shown, never acted on.
let terminal = (stdout: isatty(STDOUT_FILENO) == 1, stderr: isatty(STDERR_FILENO) == 1)
for piece in result.output {
    let text = (piece.toStderr ? terminal.stderr : terminal.stdout) ? TerminalText.visible(piece.text) : piece.text
    (piece.toStderr ? FileHandle.standardError : FileHandle.standardOutput).write(Data(text.utf8))
}
exit(result.status)
