/// A row of Unicode block characters, one per value, that any terminal prints: the
/// shape of a series at a glance, under a profile or a report, with no plotting tool.
/// Several series drawn together share one scale, so their heights compare; the scale
/// is printed with them, since a bar's height alone says nothing about counts.
struct Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One character per value: a space for zero, else the block whose height is the
    /// value's share of `maximum` (rounded up, so the smallest count still shows).
    static func draw(_ values: [Int], maximum: Int) -> String {
        guard maximum > 0 else { return String(repeating: " ", count: values.count) }
        return String(values.map { v -> Character in
            guard v > 0 else { return " " }
            let level = (v * blocks.count + maximum - 1) / maximum
            return blocks[min(blocks.count, max(1, level)) - 1]
        })
    }

    /// Columns of `width` at most: when there are more values than that, each column
    /// adds up `step` consecutive values (the caller says so in the scale line).
    static func fit(_ values: [Int], width: Int) -> (values: [Int], step: Int) {
        guard width > 0, values.count > width else { return (values, 1) }
        let step = (values.count + width - 1) / width
        let columns = stride(from: 0, to: values.count, by: step).map { values[$0..<min($0 + step, values.count)].reduce(0, +) }
        return (columns, step)
    }

    /// Labelled rows over one period axis, e.g.
    ///
    ///     per month, 2021-03 to 2022-01 (█ = 12 statements; a space: none)
    ///     made   ▁▃ █▂  ▁
    ///     about  ▂▅▇  ▁▁▃
    static func chart(periods: [String], series: [(label: String, values: [Int])], unit: String, width: Int,
                      indent: String = "") -> [String] {
        guard let first = periods.first, let last = periods.last else { return [] }
        let labelWidth = series.map(\.label.count).max() ?? 0
        let room = max(10, width - indent.count - labelWidth - 2)
        let fitted = series.map { (label: $0.label, fit: fit($0.values, width: room)) }
        let step = fitted.first?.fit.step ?? 1
        let maximum = fitted.flatMap(\.fit.values).max() ?? 0
        let each = step == 1 ? "" : "each column \(step) \(unit)s; "
        var lines = [indent + "per \(unit), \(first) to \(last) (\(each)█ = \(maximum) statement\(maximum == 1 ? "" : "s"); a space: none)"]
        for s in fitted {
            lines.append(indent + s.label.padding(toLength: labelWidth, withPad: " ", startingAt: 0) + "  "
                         + (s.fit.values.allSatisfy { $0 == 0 } ? "(none)" : draw(s.fit.values, maximum: maximum)))
        }
        return lines
    }
}
