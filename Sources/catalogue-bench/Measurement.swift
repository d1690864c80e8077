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
