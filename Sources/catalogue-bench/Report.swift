import Foundation

/// The bench's one table and its targets, as text: those of issue 8, with issue 17's tighter ones for
/// `check` against `cat` and for peak memory, and its looser one for `export all` against Hugo.
enum Report {
    /// The table: one row per command, a time and a peak-memory column per size.
    static func table(_ sizes: [SizeResult], onDefault: DefaultCatalogueResult) -> String {
        let labelWidth = 26
        let cellWidth = 22
        var lines: [String] = []
        lines.append(pad("", labelWidth) + sizes.map { pad("N=\(grouped($0.employees)) (\($0.rounds) runs)", cellWidth) }.joined())
        lines.append(pad("command", labelWidth) + sizes.map { _ in pad(pad("time", 10) + "peak RSS", cellWidth) }.joined())
        for row in Row.allCases {
            var line = pad(row.label, labelWidth)
            for size in sizes {
                line += pad(cell(size.rows[row] ?? .skip("not run"), fewerThan: size.rounds), cellWidth)
            }
            lines.append(line.trimmingTrailingSpaces)
        }
        lines.append("")
        for (label, measurement) in onDefault.rows {
            lines.append((pad(label + ", default catalogue", labelWidth + 16) + cell(measurement)).trimmingTrailingSpaces)
        }
        let failures = sizes.flatMap { size in
            Row.allCases.compactMap { row in size.rows[row]?.failure.map { "  N=\(grouped(size.employees)) \(row.label): \($0)" } }
        } + onDefault.rows.compactMap { label, measurement in measurement.failure.map { "  default catalogue \(label): \($0)" } }
        if sizes.contains(where: { $0.rounds > 1 && $0.rows.values.contains { $0.runs.count == 1 } }) {
            lines += ["", "* one run only: at the big sizes, rows no target uses run once to keep the bench short."]
        }
        if !failures.isEmpty { lines += ["", "Failed runs (marked !):"] + failures }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func cell(_ measurement: Measurement, fewerThan rounds: Int = 0) -> String {
        if let reason = measurement.skipped { return "n/a (\(reason))" }
        guard let median = measurement.median, let peak = measurement.peakBytes else { return "n/a" }
        let marks = (measurement.runs.count < rounds ? "*" : "") + (measurement.failure == nil ? "" : " !")
        return pad(duration(median) + marks, 10) + megabytes(peak)
    }

    /// One target: what was measured against its limit.
    struct Target {
        let name: String
        let measured: Double?
        /// Why there is no measurement.
        let missing: String
        let limit: Double
        let format: (Double) -> String
    }

    /// The targets of issue 8, each with PASS or MISS.
    static func targets(_ sizes: [SizeResult], onDefault: DefaultCatalogueResult, reference: Int = 10_000) -> String {
        let base = sizes.first { $0.employees == reference }
        let large = sizes.filter { $0.employees > reference }.max { $0.employees < $1.employees }
        let at = "N=\(grouped(reference))"
        let noBase = "\(at) not measured"
        func ratio(_ top: Row, _ bottom: Row) -> Double? {
            guard let base, let a = base.median(top), let b = base.median(bottom), b > 0 else { return nil }
            return a / b
        }
        func why(_ rows: Row...) -> String {
            guard let base else { return noBase }
            for row in rows { if let reason = base.rows[row]?.skipped { return reason } }
            for row in rows where base.rows[row]?.failure != nil { return "\(row.label) failed" }
            return "not measured"
        }
        func perTask(_ row: Row) -> Double? {
            guard let base, let large, let small = base.median(row), let big = large.median(row) else { return nil }
            return (big / Double(large.tasks)) / (small / Double(base.tasks))
        }
        var largeLabel = ""
        if let base, let large { largeLabel = "N=\(grouped(large.employees)) (\(grouped(large.tasks)) tasks) / \(at) (\(grouped(base.tasks)) tasks)" }
        let noLarge = base == nil ? noBase : "no size above \(grouped(reference)) measured"
        let times = { (value: Double) in String(format: "%.2f×", value) }
        // 250 MiB.
        let peakLimit = 250.0 * 1_048_576
        var targets = [
            Target(name: "check / cat, \(at)", measured: ratio(.check, .cat), missing: why(.check, .cat), limit: 1.2, format: times),
            Target(name: "export all / hugo, \(at)", measured: ratio(.exportAll, .hugo), missing: why(.exportAll, .hugo), limit: 0.5, format: times),
            Target(name: "set / check, \(at)", measured: ratio(.set, .check), missing: why(.set, .check), limit: 2, format: times),
        ]
        for row in [Row.check, .exportAll] {
            targets.append(Target(name: "per task, \(row.label), \(largeLabel.isEmpty ? "large / \(at)" : largeLabel)", measured: perTask(row),
                                  missing: large == nil ? noLarge : why(row), limit: 1.2, format: times))
        }
        let peak = base?.rows[.exportAll]?.peakBytes
        targets.append(Target(name: "peak memory, export all, \(at)", measured: peak, missing: why(.exportAll), limit: peakLimit, format: megabytes))
        if let base {
            let ours = Row.allCases.filter { $0 != .cat && $0 != .hugo }
            if let (row, bytes) = ours.compactMap({ row in base.rows[row]?.peakBytes.map { (row, $0) } }).max(by: { $0.1 < $1.1 }) {
                targets.append(Target(name: "peak memory, largest (\(row.label)), \(at)", measured: bytes, missing: "", limit: peakLimit, format: megabytes))
            }
        }
        targets.append(Target(name: "find, default catalogue", measured: onDefault.find.failure == nil ? onDefault.find.median : nil,
                              missing: onDefault.find.skipped ?? "failed", limit: 0.030, format: duration))
        targets.append(Target(name: "KLE plan's cost to check, default catalogue", measured: onDefault.kleCost,
                              missing: onDefault.checkWithoutKLE.skipped ?? "failed", limit: 0.030, format: duration))

        let nameWidth = max(44, (targets.map(\.name.count).max() ?? 0) + 2)
        var lines = [pad("target", nameWidth) + pad("measured", 12) + pad("limit", 12) + "result"]
        for target in targets {
            guard let measured = target.measured else {
                lines.append(pad(target.name, nameWidth) + "n/a (\(target.missing))")
                continue
            }
            lines.append(pad(target.name, nameWidth) + pad(target.format(measured), 12) + pad("≤ " + target.format(target.limit), 12)
                         + (measured <= target.limit ? "PASS" : "MISS"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Formatting

    static func duration(_ seconds: Double) -> String {
        if seconds < 0.01 { return String(format: "%.1f ms", seconds * 1000) }
        if seconds < 1 { return String(format: "%.0f ms", seconds * 1000) }
        return String(format: "%.2f s", seconds)
    }

    static func megabytes(_ bytes: Double) -> String { String(format: "%.0f MB", bytes / 1e6) }

    /// 10000 as "10,000".
    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var out = ""
        for (position, digit) in digits.enumerated() {
            if position > 0, (digits.count - position) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return out
    }

    /// `text` padded with spaces to `width` characters (never cut), with one space to spare.
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
