import SQLite

/// Turns a name typed by a user into actors: any alias matches ('Atmar', 'TTP',
/// 'the Taliban'), compared by `NameKey` so case, punctuation and a leading 'the' do
/// not matter. A name that matches nothing is an error that lists close matches,
/// because a silent empty result would read as "nobody said anything".
public struct ActorLookup {
    let db: Database

    public init(db: Database) {
        self.db = db
    }

    /// The actors `name` can mean, most active first; throws `unknownActor` when none.
    public func ids(for name: String) throws -> [Int64] {
        let key = NameKey.make(name)
        var ids: [Int64] = []
        if !key.isEmpty {
            ids = try db.cached("""
                SELECT al.actor_id FROM aliases al JOIN actor_stats st ON st.actor_id = al.actor_id
                WHERE al.alias_key = ? GROUP BY al.actor_id
                ORDER BY st.statements + st.spoken_about + st.mentions DESC, al.actor_id
                """).map([key]) { $0.int64(0) }
        }
        if ids.isEmpty { throw QueryError.unknownActor(name: name, suggestions: try suggestions(for: name)) }
        return ids
    }

    /// Names of actors whose aliases are close to `name`: same words in another order,
    /// a typo or two, or the name as part of a longer one.
    public func suggestions(for name: String, count: Int = 5) throws -> [String] {
        let key = NameKey.make(name)
        guard !key.isEmpty else { return [] }
        var aliasToName: [String: String] = [:]
        var keys: [String] = []
        // Candidates: aliases sharing a word with the query, plus all aliases of a similar
        // length starting with the same letter (typos rarely hit the first letter).
        let words = key.split(separator: " ").map(String.init).filter { $0.count >= 3 }
        var patterns = words.map { "%\($0)%" }
        patterns.append("\(key.prefix(1))%")
        for pattern in patterns {
            try db.cached("""
                SELECT al.alias_key, a.name FROM aliases al JOIN actors a ON a.id = al.actor_id
                WHERE al.alias_key LIKE ? AND length(al.alias_key) BETWEEN ? AND ? LIMIT 20000
                """).forEach([pattern, pattern.hasSuffix("%") && !pattern.hasPrefix("%") ? max(1, key.count - 3) : 1,
                              pattern.hasPrefix("%") ? 1_000 : key.count + 3]) { row in
                let k = row.string(0)
                if aliasToName[k] == nil { keys.append(k) }
                aliasToName[k] = row.string(1)
            }
        }
        var names: [String] = []
        for k in EditDistance.closest(to: key, in: keys, count: count * 3) {
            if let n = aliasToName[k], !names.contains(n) { names.append(n) }
        }
        return Array(names.prefix(count))
    }
}
