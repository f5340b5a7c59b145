import Extraction
import SQLite

/// Finds the person a description names across articles: 'Pakistan’s foreign minister'
/// in an article that names nobody so is the one person the knowledge base has stored
/// with a fitting role and that affiliation ('Foreign Minister (Pakistan)' for Shah
/// Mahmood Qureshi, from earlier articles). Precision first: a description without an
/// affiliation ('the president') is too common to look up across articles, and two
/// people who fit ('the foreign minister' before and after a reshuffle) leave the
/// statement unresolved unless only one of them was seen within a year of the article.
struct RoleHolders {
    let db: Database
    let lexicon: Lexicon
    private var lookup: Statement?

    init(db: Database, lexicon: Lexicon = .standard) {
        self.db = db
        self.lexicon = lexicon
    }

    mutating func holder(of description: SpeakerDescription, on date: String?) throws -> Int64? {
        guard let affiliation = description.affiliation else { return nil }
        if lookup == nil {
            lookup = try db.prepare("""
                SELECT r.actor_id, r.title, max(r.seen_on) FROM roles r JOIN actors a ON a.id = r.actor_id
                WHERE r.affiliation = ? AND a.kind = 'person' GROUP BY r.actor_id, r.title
                """)
        }
        var seen: [Int64: String?] = [:]  // actor → latest date seen in a fitting role
        let lexicon = self.lexicon
        try lookup!.forEach([affiliation]) { row in
            let id = row.int64(0), last = row.optionalString(2)
            guard description.fits(role: row.string(1), lexicon: lexicon) else { return }
            if let known = seen[id], let k = known, let l = last { seen[id] = max(k, l) } else if seen[id] == nil { seen[id] = last }
        }
        if seen.count == 1 { return seen.first!.key }
        // Several holders: only one seen within a year of the article's date.
        guard let date, seen.count > 1 else { return nil }
        let near = seen.filter { _, last in last.map { abs(Self.days($0) - Self.days(date)) <= 366 } ?? false }
        return near.count == 1 ? near.first!.key : nil
    }

    /// Days since year 0 of a 'YYYY-MM-DD' date (enough to compare dates a year apart).
    static func days(_ date: String) -> Int {
        let parts = date.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count >= 1 else { return 0 }
        return parts[0] * 372 + ((parts.count > 1 ? parts[1] : 1) - 1) * 31 + (parts.count > 2 ? parts[2] : 1)
    }
}
