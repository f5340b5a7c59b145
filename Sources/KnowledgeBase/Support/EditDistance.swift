/// Levenshtein distance over Unicode scalars, used to suggest close matches for a
/// name the user mistyped. Gives up early (returns `limit + 1`) once every path
/// exceeds `limit`, so scanning many candidates stays cheap.
enum EditDistance {
    static func between(_ a: String, _ b: String, limit: Int = .max) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMin = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// The candidates closest to `query` (case-insensitive), best first, at most `count`.
    /// A candidate containing the query as a word counts as close too.
    static func closest(to query: String, in candidates: [String], count: Int = 5) -> [String] {
        let q = query.lowercased()
        let limit = max(2, q.count / 3)
        var scored: [(String, Int)] = []
        var seen = Set<String>()
        for c in candidates where seen.insert(c).inserted {
            let l = c.lowercased()
            if l.contains(q) || q.contains(l) && l.count >= 3 {
                scored.append((c, 0))
                continue
            }
            let d = between(q, l, limit: limit)
            if d <= limit { scored.append((c, d)) }
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(count).map(\.0)
    }
}
