import Foundation
import Synchronization

/// Work spread over the processor's cores, with results in the order of the input, so that a
/// run on many threads gives the same bytes as a run on one.
///
/// This is a fork and join on the calling thread and GCD's workers, not a task group: `CLI.run`
/// is synchronous and is called from Swift Testing's cooperative threads, and blocking those
/// while child tasks wait for a free one of the same few threads can deadlock.
package enum Parallel {
    /// The threads to use: `CATALOGUE_THREADS` from `environment` when it is a positive number
    /// (1 forces a single-threaded run, for comparing outputs), else one per active core.
    package static func threads(_ environment: [String: String]) -> Int {
        if let text = environment["CATALOGUE_THREADS"], let count = Int(text), count > 0 { return count }
        return defaultThreads
    }

    /// One per active core.
    package static var defaultThreads: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `transform` of every item, on up to `threads` threads at once, in the order of `items`.
    package static func map<Item: Sendable, Result: Sendable>(_ items: [Item], threads: Int, _ transform: @Sendable (Item) -> Result) -> [Result] {
        let workers = min(threads, items.count)
        guard workers > 1 else { return items.map(transform) }
        return [Result](unsafeUninitializedCapacity: items.count) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            // Each index is taken by exactly one worker, so every slot is written once, by one thread.
            nonisolated(unsafe) let slots = base
            let next = Atomic<Int>(0)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    let index = next.add(1, ordering: .relaxed).oldValue
                    guard index < items.count else { return }
                    (slots + index).initialize(to: transform(items[index]))
                }
            }
            initialized = items.count
        }
    }
}
