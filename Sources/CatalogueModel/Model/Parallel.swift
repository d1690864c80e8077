import Foundation
import Synchronization

/// Work spread over the processor's cores, with results in the order of the input, so that a
/// run on many threads gives the same bytes as a run on one.
///
/// The calling thread works through the items itself and asks GCD's idle threads to help; it
/// never waits for help that has not started. So a `map` inside another one (a page's long
/// lists, made while the other publications are rendered beside it) gets every core that
/// comes free, where GCD's `concurrentPerform` would run the inner one on a single thread; and
/// a call from Swift Testing's cooperative threads cannot deadlock waiting for a busy pool.
package enum Parallel {
    /// The threads to use: `CATALOGUE_THREADS` from `environment` when it is a positive number
    /// (1 forces a single-threaded run, for comparing outputs), else one per active core.
    package static func threads(_ environment: [String: String]) -> Int {
        if let text = environment["CATALOGUE_THREADS"], let count = Int(text), count > 0 { return count }
        return defaultThreads
    }

    /// One per active core.
    package static var defaultThreads: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `items` cut into a few runs per thread, so that a slow run does not leave a core idle at the end.
    package static func chunks<Item>(_ items: [Item], threads: Int) -> [ArraySlice<Item>] {
        let size = max(1, (items.count + threads * 4 - 1) / (threads * 4))
        return stride(from: 0, to: items.count, by: size).map { items[$0..<min($0 + size, items.count)] }
    }

    /// `transform` of every item, on up to `threads` threads at once, in the order of `items`.
    package static func map<Item: Sendable, Result: Sendable>(_ items: [Item], threads: Int, _ transform: @Sendable (Item) -> Result) -> [Result] {
        let workers = min(threads, items.count)
        guard workers > 1 else { return items.map(transform) }
        return [Result](unsafeUninitializedCapacity: items.count) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            // Each index is taken by exactly one thread, so every slot is written once, by one thread.
            nonisolated(unsafe) let slots = base
            withoutActuallyEscaping(transform) { transform in
                let job = Job(count: items.count) { index in (slots + index).initialize(to: transform(items[index])) }
                for _ in 1..<workers { DispatchQueue.global().async { job.help() } }
                job.run()
                job.finish()
            }
            initialized = items.count
        }
    }

    /// `first()` and `second()` side by side: the caller starts on `first`, a helper that comes
    /// free takes `second` (or the caller does, after `first`).
    package static func both<First: Sendable, Second: Sendable>(threads: Int, _ first: @Sendable () -> First,
                                                               _ second: @Sendable () -> Second) -> (First, Second) {
        let results = map([0, 1], threads: threads) { index in index == 0 ? Either<First, Second>.first(first()) : .second(second()) }
        guard case .first(let a) = results[0], case .second(let b) = results[1] else { preconditionFailure("map keeps the order") }
        return (a, b)
    }

    private enum Either<First: Sendable, Second: Sendable>: Sendable {
        case first(First), second(Second)
    }

    /// The items of one `map`, taken one at a time by the calling thread and its helpers.
    ///
    /// `state` counts the helpers at work, plus `closed` once the caller has run out of items:
    /// a helper that starts after that does nothing, and the caller waits only for those at work.
    /// Then `work` is let go, so nothing of the call outlives it, however late a helper starts.
    private final class Job: @unchecked Sendable {
        private let count: Int
        private let next = Atomic<Int>(0)
        private let state = Atomic<Int>(0)
        private static let closed = 1 << 40
        private let lastHelperDone = DispatchSemaphore(value: 0)
        private var work: ((Int) -> Void)?

        init(count: Int, work: @escaping (Int) -> Void) {
            self.count = count
            self.work = work
        }

        /// Takes items until none are left.
        func run() {
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < count, let work else { return }
                work(index)
            }
        }

        /// A helper's turn: works if the caller still has items, else returns at once.
        func help() {
            var seen = state.load(ordering: .acquiring)
            while seen & Self.closed == 0 {
                let (exchanged, original) = state.compareExchange(expected: seen, desired: seen + 1, ordering: .acquiringAndReleasing)
                if exchanged {
                    run()
                    if state.subtract(1, ordering: .acquiringAndReleasing).newValue == Self.closed { lastHelperDone.signal() }
                    return
                }
                seen = original
            }
        }

        /// Called by the caller when `run` has returned: waits for the helpers at work, then lets go of `work`.
        func finish() {
            if state.add(Self.closed, ordering: .acquiringAndReleasing).oldValue != 0 { lastHelperDone.wait() }
            work = nil
        }
    }
}
