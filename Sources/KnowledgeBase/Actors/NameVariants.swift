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
        return x.first == y.first && EditDistance.between(x, y, limit: limit) <= limit
    }
}
