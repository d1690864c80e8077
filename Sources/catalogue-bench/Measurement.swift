/// What the bench measures at each size, in the order of the table.
enum Row: CaseIterable {
    case cat, check, fmtCheck, exportAll, exportInternal, exportExternal, exportSwitchboard, find, set, hugo

    var label: String {
        switch self {
        case .cat: return "cat every file (floor)"
        case .check: return "check"
        case .fmtCheck: return "fmt --check"
        case .exportAll: return "export all"
        case .exportInternal: return "export internal"
        case .exportExternal: return "export external"
        case .exportSwitchboard: return "export switchboard"
        case .find: return "find byggetilladelse"
        case .set: return "set employee ID --title"
        case .hugo: return "hugo, one page per task"
        }
    }

    /// True when a target of issue 8 is computed from this row; the others may run fewer
    /// times at the big sizes.
    var feedsATarget: Bool {
        switch self {
        case .cat, .check, .exportAll, .find, .set, .hugo: return true
        case .fmtCheck, .exportInternal, .exportExternal, .exportSwitchboard: return false
        }
    }
}

/// The runs of one command at one size, or why it was not run.
struct Measurement {
    var runs: [Run] = []
    /// Set when the command could not run here ("no find command", "hugo not installed").
    var skipped: String?
    /// The first line of stderr of a run that exited with an unexpected status.
    var failure: String?

    static func skip(_ reason: String) -> Measurement { Measurement(skipped: reason) }

    /// The median wall time in seconds; nil when nothing ran.
    var median: Double? {
        guard !runs.isEmpty else { return nil }
        let sorted = runs.map(\.seconds).sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// The largest peak resident memory of any run, in bytes.
    var peakBytes: Double? { runs.isEmpty ? nil : Double(runs.map(\.peakKiB).max() ?? 0) * 1024 }
}

/// What was measured on the default catalogue: `find` (a direct hit, and one through the KLE plan's words), and
/// `check` with and without its KLE numbers (the plan is loaded only for the numbers).
struct DefaultCatalogueResult {
    var find = Measurement.skip("no find command")
    var findThroughKLE = Measurement.skip("no find command")
    var check = Measurement.skip("no find command")
    var checkWithoutKLE = Measurement.skip("no find command")

    /// The rows of the table: label and measurement.
    var rows: [(String, Measurement)] {
        [("find byggetilladelse", find), ("find rottegift (via KLE)", findThroughKLE),
         ("check", check), ("check, every \"kle\" emptied", checkWithoutKLE)]
    }

    /// What loading the KLE plan and checking the numbers add to `check`.
    var kleCost: Double? {
        guard check.failure == nil, checkWithoutKLE.failure == nil, let with = check.median, let without = checkWithoutKLE.median else { return nil }
        return with - without
    }
}

/// Everything measured for one generated catalogue.
struct SizeResult {
    let employees: Int
    let tasks: Int
    let rounds: Int
    /// What the generator printed, and the summary line of `catalogue check`.
    let notes: [String]
    var rows: [Row: Measurement]

    func median(_ row: Row) -> Double? { rows[row]?.failure == nil ? rows[row]?.median : nil }
}
