import CatalogueModel
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What SIGINT, SIGTERM, SIGHUP and SIGQUIT clean up before the process ends: temporary files,
/// the editing copy, the lock file. The signals are blocked in every thread and taken by one
/// thread of their own (`install`), so the cleanup runs as ordinary code, never inside a signal
/// handler. While files are put in place (`inWindow`) a signal waits until the change is whole.
public enum Interruption {
    /// The signals that end a run after cleaning up.
    package static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// Everything a signal must clean up, and whether it must wait.
    package struct State {
        package var files: Set<String> = []
        package var folders: Set<String> = []
        package var locks: [String: Int32] = [:]
        package var windows = 0
        package var pending: Int32?
        package var ignoringInterrupts = false
    }

    /// The one record of what to clean up: signals reach the process as a whole, so it is process-wide.
    package static let state = Mutex(State())

    /// Blocks the signals in this thread and every thread started after, and takes them on a
    /// thread of its own. Call it first thing in `main`, before any other thread starts.
    public static func install() {
        var set = signalSet(signals)
        pthread_sigmask(SIG_BLOCK, &set, nil)
        Thread.detachNewThread {
            var waited = signalSet(signals)
            while true {
                var signal: Int32 = 0
                guard sigwait(&waited, &signal) == 0 else { continue }
                received(signal)
            }
        }
    }

    /// A signal arrived: clean up and end, unless it must wait or is ignored.
    package static func received(_ signal: Int32) {
        let endNow = state.withLock { state in
            if (signal == SIGINT || signal == SIGQUIT) && state.ignoringInterrupts { return false }
            if state.windows > 0 {
                state.pending = state.pending ?? signal
                return false
            }
            cleanUp(&state)
            return true
        }
        if endNow { end(by: signal) }
    }

    /// Removes every registered file, folder and lock file.
    private static func cleanUp(_ state: inout State) {
        for file in state.files { unlink(file) }
        for folder in state.folders { try? FileManager.default.removeItem(atPath: folder) }
        for (path, descriptor) in state.locks {
            var open = stat(), atPath = stat()
            if fstat(descriptor, &open) == 0, lstat(path, &atPath) == 0, open.st_ino == atPath.st_ino { unlink(path) }
            close(descriptor)
        }
        state = State()
    }

    /// Ends the process as the signal would have, so the parent sees which signal it was.
    private static func end(by signal: Int32) -> Never {
        Glibc.signal(signal, SIG_DFL)
        var set = signalSet([signal])
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        raise(signal)
        _exit(128 + signal)
    }

    /// One of the signals that was sent to the process and is still waiting, taken now; nil when none waits.
    private static func takeUndelivered() -> Int32? {
        var waiting = sigset_t()
        guard sigpending(&waiting) == 0 else { return nil }
        for signal in signals where sigismember(&waiting, signal) == 1 {
            var one = signalSet([signal])
            var now = timespec(tv_sec: 0, tv_nsec: 0)
            if sigtimedwait(&one, nil, &now) == signal { return signal }
        }
        return nil
    }

    private static func signalSet(_ signals: [Int32]) -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in signals { sigaddset(&set, signal) }
        return set
    }

    /// Removes `file` if the run is interrupted.
    package static func register(file: String) { state.withLock { _ = $0.files.insert(file) } }
    /// No longer removes `file`.
    package static func unregister(file: String) { state.withLock { _ = $0.files.remove(file) } }
    /// Removes `folder` and all in it if the run is interrupted.
    package static func register(folder: String) { state.withLock { _ = $0.folders.insert(folder) } }
    /// No longer removes `folder`.
    package static func unregister(folder: String) { state.withLock { _ = $0.folders.remove(folder) } }
    /// Removes the lock file at `path`, still held through `descriptor`, if the run is interrupted.
    package static func register(lock path: String, descriptor: Int32) { state.withLock { $0.locks[path] = descriptor } }
    /// No longer touches the lock at `path`.
    package static func unregister(lock path: String) { state.withLock { _ = $0.locks.removeValue(forKey: path) } }

    /// Runs `body`, during which a signal waits: files are being put in place. A signal that
    /// came meanwhile ends the run once `body` is done.
    package static func inWindow<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        state.withLock { $0.windows += 1 }
        defer {
            // A signal the signal thread has not taken yet (a busy machine may not have run it since the signal
            // came) is taken here, or the run would end as if none had come.
            let undelivered = takeUndelivered()
            let pending = state.withLock { state -> Int32? in
                if let undelivered { state.pending = state.pending ?? undelivered }
                state.windows -= 1
                guard state.windows == 0, let signal = state.pending else { return nil }
                cleanUp(&state)
                return signal
            }
            if let pending { end(by: pending) }
        }
        return try body()
    }

    /// Runs `body` (the user's editor) with SIGINT and SIGQUIT ignored, as git does: they are
    /// the terminal's keys for the editor, which runs in the same process group.
    public static func ignoringInterrupts<T>(_ body: () -> T) -> T {
        state.withLock { $0.ignoringInterrupts = true }
        defer { state.withLock { $0.ignoringInterrupts = false } }
        return body()
    }
}
