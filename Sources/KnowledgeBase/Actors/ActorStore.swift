import Extraction
import SQLite

/// Finds or creates the actor row for an actor named by extraction. Matching is by
/// alias key, so every form seen ('Atmar', 'Mohammad Hanif Atmar') leads to the same
/// row once it has been linked. Keeps a per-connection cache: ingest asks about the
/// same few hundred actors again and again. The cache never changes an answer: an entry
/// goes when a new alias with its key is stored, and all go when an actor's kind
/// changes, so a run resumed with a cold cache (after a crash) resolves exactly as an
/// uninterrupted one. Keys compare by their bytes, as SQLite compares them.
final class ActorStore {
    let db: Database
    private struct CacheKey: Hashable {
        var kind: ActorKind
        var key: [UInt8]
    }
    private struct AliasKey: Hashable {
        var actor: Int64
        var key: [UInt8]
    }
    private var cache: [CacheKey: Int64] = [:]
    /// Entries kept at most in each cache (a few tens of MB).
    static let cacheLimit = 200_000
    /// Aliases known to be stored, so a name mentioned in every article costs no INSERT.
    private var storedAliases: Set<AliasKey> = []
    /// Time spent resolving actors (look-ups and inserts), for the ingest benchmark.
    private(set) var seconds: Double = 0

    init(db: Database) {
        self.db = db
    }

    /// Forgets cached ids, after a rollback made them stale.
    func invalidate() {
        cache.removeAll()
        storedAliases.removeAll()
    }

    /// The newest curation seen: a merge or split (from this process or another) moves
    /// names between actors, so the cache is dropped when a new one appears.
    private var lastCuration: Int64 = -1

    /// Aliases a person removed from an actor ("actor|key"), read again with every new
    /// curation (every removal is one): a few rows, so the per-mention check costs no query,
    /// and none at all while nothing is blocked.
    private var blocked: Set<String> = []

    /// Called at the start of each article's transaction.
    func refreshIfCurated() throws {
        let newest = try db.cached("SELECT coalesce(max(id), 0) FROM curations").first { $0.int64(0) } ?? 0
        if newest != lastCuration {
            cache.removeAll()
            storedAliases.removeAll()
            blocked = Set(try db.cached("SELECT actor_id, alias_key FROM alias_blocks").map { "\($0.int64(0))|\($0.string(1))" })
            lastCuration = newest
        }
    }

    /// The id of the actor `ref` names, creating it when nothing matches.
    func id(for ref: ActorRef) throws -> Int64 {
        let started = Stopwatch.now
        defer { seconds += Stopwatch.since(started) }
        let key = NameKey.make(ref.name)
        let cacheKey = CacheKey(kind: ref.kind, key: Array(key.utf8))
        if let id = cache[cacheKey] { return id }
        // Years of news name millions of actors: start afresh rather than grow without
        // bound (the cache only saves look-ups, it never changes an answer).
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        var found: (id: Int64, kind: String, curated: Bool)?
        // Same key: a person's decision first, then the same kind, then an actor whose
        // kind is still unknown.
        try db.cached("""
            SELECT a.id, a.kind, al.origin = 'curated' FROM aliases al JOIN actors a ON a.id = al.actor_id
            WHERE al.alias_key = ?
            ORDER BY al.origin = 'curated' DESC, (a.kind = ?) DESC, (a.kind = 'unknown') DESC, a.id
            """).forEach([key, ref.kind.rawValue]) { row in
            if found == nil { found = (row.int64(0), row.string(1), row.int(2) != 0) }
        }
        // A curated alias holds whatever kind extraction guesses ('Pakistan’s foreign
        // ministry' merged into the country Pakistan stays there).
        if let f = found, f.curated || compatible(f.kind, ref.kind) {
            if f.kind == "unknown", ref.kind != .unknown {
                try db.run("UPDATE actors SET kind = ? WHERE id = ?", [ref.kind.rawValue, f.id])
                // The kind orders every look-up of this actor's aliases.
                cache.removeAll()
            }
            cache[cacheKey] = f.id
            return f.id
        }
        if ref.kind == .person, let same = try samePerson(key) {
            try storeAlias(ref.name, to: same)
            cache[cacheKey] = same
            return same
        }
        let words = key.split(separator: " ")
        let surname = ref.kind == .person && words.count >= 2 ? String(words.last!) : nil
        try db.run("INSERT INTO actors (kind, name, name_key, surname_key) VALUES (?, ?, ?, ?)", [ref.kind.rawValue, ref.name, key, surname])
        let id = db.lastInsertRowID
        try storeAlias(ref.name, to: id)
        cache[cacheKey] = id
        return id
    }

    /// A person already known under another spelling of the same name: same surname,
    /// and every given name of the shorter form matches one of the longer form within a
    /// couple of letters ('Haneef Atmar' is 'Mohammad Hanif Atmar'; 'Hunter Biden' is
    /// not 'Joe Biden'). Only a single such person is taken; two make it ambiguous.
    private func samePerson(_ key: String) throws -> Int64? {
        let words = key.split(separator: " ").map(String.init)
        guard words.count >= 2, let surname = words.last else { return nil }
        let given = Array(words.dropLast())
        var matches: [Int64] = []
        try db.cached("SELECT id, name_key FROM actors WHERE surname_key = ? AND kind = 'person'").forEach([surname]) { row in
            let other = row.string(1).split(separator: " ").map(String.init).dropLast()
            if NameVariants.givenNamesAgree(given, Array(other)) { matches.append(row.int64(0)) }
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// The actor a mention written as `alias` refers to: `ref`'s actor, unless a person
    /// removed that alias from it, in which case the alias stands for an actor of its own.
    func id(for ref: ActorRef, writtenAs alias: String) throws -> Int64 {
        let id = try id(for: ref)
        guard !blocked.isEmpty else { return id }
        let key = NameKey.make(alias)
        guard !key.isEmpty, key != NameKey.make(ref.name), isBlocked(key, for: id) else { return id }
        return try self.id(for: ActorRef(name: alias, kind: ref.kind))
    }

    /// Whether a person removed any alias: until then a name as written never matters.
    var hasBlockedAliases: Bool { !blocked.isEmpty }

    private func isBlocked(_ key: String, for actor: Int64) -> Bool {
        !blocked.isEmpty && blocked.contains("\(actor)|\(key)")
    }

    func addAlias(_ alias: String, to actor: Int64) throws {
        let started = Stopwatch.now
        defer { seconds += Stopwatch.since(started) }
        try storeAlias(alias, to: actor)
    }

    private func storeAlias(_ alias: String, to actor: Int64) throws {
        let key = NameKey.make(alias)
        let bytes = Array(key.utf8)
        if storedAliases.count >= Self.cacheLimit { storedAliases.removeAll(keepingCapacity: true) }
        guard !key.isEmpty, storedAliases.insert(AliasKey(actor: actor, key: bytes)).inserted else { return }
        // A person removed this alias from this actor: ingest does not bring it back.
        if isBlocked(key, for: actor) { return }
        try db.run("INSERT OR IGNORE INTO aliases (actor_id, alias, alias_key) VALUES (?, ?, ?)", [actor, alias, key])
        if db.changes > 0 {
            // Look-ups of this key may now find another actor first.
            for kind in ActorKind.allCases { cache.removeValue(forKey: CacheKey(kind: kind, key: bytes)) }
        }
    }

    private func compatible(_ stored: String, _ kind: ActorKind) -> Bool {
        stored == kind.rawValue || stored == "unknown" || kind == .unknown
    }
}
