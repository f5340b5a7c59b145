import Foundation

/// Every period from the first to the last of some dated counts, gaps included: a chart
/// whose columns skipped the empty months would draw a busy year and a quiet one alike.
/// Periods are written as the reports write them: YYYY, YYYY-MM, YYYY-MM-DD, and
/// SQLite's strftime('%Y-W%W') weeks (weeks from the year's first Monday, W00 before it).
enum PeriodAxis {
    enum Unit: String {
        case day, week, month, year
    }

    /// The unit of a period label, or nil when it is none of the four.
    static func unit(of label: String) -> Unit? {
        let b = Array(label.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.allSatisfy { b[$0] >= 48 && b[$0] <= 57 } }
        switch b.count {
        case 4 where digits(0..<4): return .year
        case 7 where digits(0..<4) && b[4] == 45 && digits(5..<7): return .month
        case 8 where digits(0..<4) && b[4] == 45 && b[5] == 87 && digits(6..<8): return .week
        case 10 where digits(0..<4) && b[4] == 45 && digits(5..<7) && b[7] == 45 && digits(8..<10): return .day
        default: return nil
        }
    }

    /// `counts` on every period between the first and the last label (zero where
    /// absent), or nil when the labels are not periods of one unit.
    static func filled(_ counts: [(String, Int)]) -> (periods: [String], values: [Int], unit: Unit)? {
        let sorted = counts.sorted { $0.0 < $1.0 }
        guard let first = sorted.first?.0, let last = sorted.last?.0, let unit = unit(of: first),
              sorted.allSatisfy({ Self.unit(of: $0.0) == unit }) else { return nil }
        var byPeriod: [String: Int] = [:]
        for (p, n) in sorted { byPeriod[p, default: 0] += n }
        let periods = sequence(from: first, to: last, unit: unit)
        return (periods, periods.map { byPeriod[$0] ?? 0 }, unit)
    }

    static func sequence(from first: String, to last: String, unit: Unit) -> [String] {
        switch unit {
        case .year:
            guard let a = Int(first), let b = Int(last), a <= b else { return [first] }
            return (a...b).map { String(format: "%04d", $0) }
        case .month:
            guard var y = Int(first.prefix(4)), var m = Int(first.suffix(2)) else { return [first] }
            var out: [String] = []
            while true {
                let label = String(format: "%04d-%02d", y, m)
                out.append(label)
                if label >= last || out.count > 100_000 { break }
                m += 1
                if m > 12 { m = 1; y += 1 }
            }
            return out
        case .day, .week:
            // Walk the days and keep each new label: weeks follow strftime's own rule.
            guard let start = firstDay(of: first, unit: unit) else { return [first] }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            var out: [String] = []
            var day = start
            while out.count < 100_000 {
                let label = self.label(day, unit: unit, calendar: calendar)
                if out.last != label { out.append(label) }
                if label >= last { break }
                day = calendar.date(byAdding: .day, value: 1, to: day)!
            }
            return out
        default:
            return [first]
        }
    }

    private static func firstDay(of label: String, unit: Unit) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let y = Int(label.prefix(4)) ?? 0
        if unit == .day {
            let parts = label.split(separator: "-").compactMap { Int($0) }
            return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
        }
        // The first day whose week label is this one.
        guard var day = calendar.date(from: DateComponents(year: y, month: 1, day: 1)) else { return nil }
        for _ in 0..<371 {
            if Self.label(day, unit: .week, calendar: calendar) == label { return day }
            day = calendar.date(byAdding: .day, value: 1, to: day)!
        }
        return nil
    }

    /// strftime's '%Y-%m-%d' or '%Y-W%W' of a day.
    private static func label(_ day: Date, unit: Unit, calendar: Calendar) -> String {
        let c = calendar.dateComponents([.year, .month, .day, .weekday], from: day)
        if unit == .day { return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!) }
        let yearDay = calendar.ordinality(of: .day, in: .year, for: day)! - 1       // 0-based
        let mondayBased = (c.weekday! + 5) % 7                                      // Monday 0 … Sunday 6
        return String(format: "%04d-W%02d", c.year!, (yearDay + 7 - mondayBased) / 7)
    }
}
