import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One run of a whole process: its wall time, its peak memory and how it ended.
struct Run {
    let seconds: Double
    /// The largest resident set of the process and of the children it waited for, in KiB.
    let peakKiB: Int
    /// The exit status, or nil when it could not be started or was killed by a signal.
    let status: Int32?
}

/// Starting processes and measuring them. `posix_spawn` and `wait4` rather than `Process`:
/// `wait4` hands back the finished process's own resource use, so each run gets its own peak
/// memory instead of the running maximum `getrusage(RUSAGE_CHILDREN)` reports.
enum Spawn {
    /// Runs `arguments` (the first is looked up in PATH) with stdin from /dev/null and stdout
    /// and stderr into the given files.
    static func run(_ arguments: [String], stdout: String = "/dev/null", stderr: String = "/dev/null") -> Run {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let cArguments = arguments.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }

        var pid = pid_t()
        let start = now()
        guard posix_spawnp(&pid, arguments[0], &actions, nil, cArguments, environ) == 0 else {
            return Run(seconds: 0, peakKiB: 0, status: nil)
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { return Run(seconds: now() - start, peakKiB: 0, status: nil) }
        }
        let seconds = now() - start
        // WIFEXITED and WEXITSTATUS are macros Swift cannot import.
        let exited = status & 0x7F == 0
        return Run(seconds: seconds, peakKiB: usage.ru_maxrss, status: exited ? (status >> 8) & 0xFF : nil)
    }

    /// True when `arguments` runs and exits with status 0 (its output thrown away).
    static func succeeds(_ arguments: [String]) -> Bool { run(arguments).status == 0 }

    /// Seconds on the monotonic clock.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
