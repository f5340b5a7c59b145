/// Whether two forms of a person's given names can be the same person: spelling and
/// transliteration variants ('Hanif'/'Haneef', 'Mohammad'/'Muhammad'), initials
/// ('J.' for 'James'), and a form that leaves some names out ('Haneef Atmar' for
/// 'Mohammad Hanif Atmar').
enum NameVariants {
    static func givenNamesAgree(_ a: [String], _ b: [String]) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return short.allSatisfy { name in long.contains { similar(name, $0) } }
    }

    static func similar(_ x: String, _ y: String) -> Bool {
        if x == y { return true }
        // An initial matches a name with that first letter.
        if x.count == 1 || y.count == 1 { return x.first == y.first }
        let limit = min(x.count, y.count) >= 5 ? 2 : (min(x.count, y.count) >= 4 ? 1 : 0)
        return x.first == y.first && distance(x, y, limit: limit) <= limit
    }

    /// Levenshtein distance on Unicode scalars, giving up past `limit`.
    static func distance(_ x: String, _ y: String, limit: Int) -> Int {
        let a = Array(x.unicodeScalars), b = Array(y.unicodeScalars)
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(1, a.count) where !a.isEmpty {
            current[0] = i
            var best = current[0]
            for j in 1...max(1, b.count) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                best = min(best, current[j])
            }
            if best > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
