import Extraction
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

    /// The actors `name` can mean, most active first: `#12` by id, else an alias, else a
    /// name the shipped gazetteer gives the same actor (`US`, `USA` for the United
    /// States), else a person's surname (`Ghani`). Throws `unknownActor` when none, and
    /// `ambiguousActor`, with the list to choose from, when a gazetteer name or surname
    /// points at several actors (the user typed part of a name and must say which).
    public func ids(for name: String) throws -> [Int64] {
        if let id = try byID(name) { return [id] }
        let key = NameKey.make(name)
        guard !key.isEmpty else { throw QueryError.unknownActor(name: name, suggestions: []) }
        var ids = try aliasIDs(key)
        if ids.isEmpty { ids = try gazetteerIDs(name, key: key) }
        if ids.isEmpty { ids = try surnameIDs(key, typed: name) }
        if ids.isEmpty { throw QueryError.unknownActor(name: name, suggestions: try suggestions(for: name)) }
        return ids
    }

    /// `#12`: the actor with that id, as the curation commands take it.
    func byID(_ name: String) throws -> Int64? {
        guard name.hasPrefix("#"), let id = Int64(name.dropFirst()) else { return nil }
        guard try db.cached("SELECT 1 FROM actors WHERE id = ?").first([id], { $0.int(0) }) != nil else {
            throw QueryError.unknownActor(name: name, suggestions: [])
        }
        return id
    }

    func aliasIDs(_ key: String) throws -> [Int64] {
        try db.cached("""
            SELECT al.actor_id FROM aliases al JOIN actor_stats st ON st.actor_id = al.actor_id
            WHERE al.alias_key = ? GROUP BY al.actor_id
            ORDER BY st.statements + st.spoken_about + st.mentions DESC, al.actor_id
            """).map([key]) { $0.int64(0) }
    }

    /// A form the shipped gazetteer lists for an actor (`USA` → United States) that no
    /// article of this knowledge base happened to use: the actor under the entry's name.
    func gazetteerIDs(_ name: String, key: String) throws -> [Int64] {
        let tokens = Tokenizer.tokenize(TextBuffer(name))
        guard !tokens.isEmpty, let match = Lexicon.standard.gazetteer.match(tokens, at: 0), match.length == tokens.count else { return [] }
        let entryKey = NameKey.make(match.entry.name)
        guard entryKey != key else { return [] }
        return try aliasIDs(entryKey)
    }

    /// People whose name ends with the one or two words typed (`Ghani`, `Suu Kyi`).
    /// Several such people are not combined: the user is asked which one they mean.
    func surnameIDs(_ key: String, typed: String) throws -> [Int64] {
        guard key.split(separator: " ").count <= 2, key.count >= 2 else { return [] }
        let rows = try db.cached("""
            SELECT a.id, a.name FROM aliases al JOIN actors a ON a.id = al.actor_id
            JOIN actor_stats st ON st.actor_id = a.id
            WHERE a.kind = 'person' AND al.alias_key LIKE ? ESCAPE '\\'
            GROUP BY a.id
            ORDER BY st.statements + st.spoken_about + st.mentions DESC, a.id
            """).map(["% " + Queries.escapeLike(key)]) { ($0.int64(0), $0.string(1)) }
        if rows.count > 1 {
            throw QueryError.ambiguousActor(name: typed, candidates: rows.prefix(10).map { "\($0.1) (#\($0.0))" })
        }
        return rows.map(\.0)
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
