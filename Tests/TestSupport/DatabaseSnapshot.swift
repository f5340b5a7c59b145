import SQLite

/// What a database holds, in a form two databases can be compared by.
public struct Snapshot: Equatable, CustomStringConvertible {
    public var articles: [String]
    public var statements: [String]
    public var actors: [String]
    public var aliases: [String]
    public var mentions: [String]
    /// What the triggers (or a batch's catch-up) derive: running counts, pair counts, copied columns.
    public var stats: [String]
    public var pairs: [String]
    public var targets: [String]
    /// The other speakers of joint statements, with their positions.
    public var coSpeakers: [String]

    public init(_ db: Database) throws {
        articles = try db.prepare("SELECT content_hash FROM articles ORDER BY content_hash").map { $0.string(0) }
        statements = try db.prepare("""
            SELECT a.content_hash || '|' || s.kind || '|' || s.content || '|' || coalesce(sp.name, '-') || '|' || s.content_start
            FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN actors sp ON sp.id = s.speaker_id ORDER BY 1
            """).map { $0.string(0) }
        actors = try db.prepare("SELECT kind || '|' || name FROM actors ORDER BY 1").map { $0.string(0) }
        aliases = try db.prepare("SELECT ac.name || '|' || al.alias_key FROM aliases al JOIN actors ac ON ac.id = al.actor_id ORDER BY 1").map { $0.string(0) }
        mentions = try db.prepare("""
            SELECT a.content_hash || '|' || m.start || '|' || ac.name FROM mentions m JOIN articles a ON a.id = m.article_id
            JOIN actors ac ON ac.id = m.actor_id ORDER BY 1
            """).map { $0.string(0) }
        stats = try db.prepare("""
            SELECT a.kind || '|' || a.name || '|' || st.statements || '|' || st.spoken_about || '|' || st.mentions || '|'
                   || coalesce(st.first_seen, '-') || '|' || coalesce(st.last_seen, '-')
            FROM actor_stats st JOIN actors a ON a.id = st.actor_id ORDER BY 1
            """).map { $0.string(0) }
        pairs = try db.prepare("""
            SELECT sp.name || '|' || tg.name || '|' || c.statements FROM speaker_target_counts c
            JOIN actors sp ON sp.id = c.speaker_id JOIN actors tg ON tg.id = c.target_id ORDER BY 1
            """).map { $0.string(0) }
        targets = try db.prepare("""
            SELECT a.content_hash || '|' || s.content_start || '|' || tg.name || '|' || coalesce(sp.name, '-') || '|' || coalesce(t.published, '-')
                   || '|' || coalesce(s.published, '-')
            FROM statement_targets t JOIN statements s ON s.id = t.statement_id JOIN articles a ON a.id = s.article_id
            JOIN actors tg ON tg.id = t.actor_id LEFT JOIN actors sp ON sp.id = t.speaker_id ORDER BY 1
            """).map { $0.string(0) }
        coSpeakers = try db.prepare("""
            SELECT a.content_hash || '|' || s.content_start || '|' || ac.name || '|' || c.position
            FROM statement_co_speakers c JOIN statements s ON s.id = c.statement_id JOIN articles a ON a.id = s.article_id
            JOIN actors ac ON ac.id = c.actor_id ORDER BY 1
            """).map { $0.string(0) }
    }

    public var description: String {
        "\(articles.count) articles, \(statements.count) statements, \(actors.count) actors, \(aliases.count) aliases, \(mentions.count) mentions"
    }

    /// Per article (by content hash): its numbers of statements, mentions and roles.
    public static func perArticle(_ db: Database) throws -> [String: [Int]] {
        var out: [String: [Int]] = [:]
        try db.prepare("""
            SELECT a.content_hash, (SELECT count(*) FROM statements WHERE article_id = a.id),
                   (SELECT count(*) FROM mentions WHERE article_id = a.id), (SELECT count(*) FROM roles WHERE article_id = a.id)
            FROM articles a
            """).forEach { out[$0.string(0)] = [$0.int(1), $0.int(2), $0.int(3)] }
        return out
    }
}

/// Checks that the full-text index matches the statements table.
public func fullTextIndexIsConsistent(_ db: Database) -> Bool {
    (try? db.execute("INSERT INTO statements_fts (statements_fts, rank) VALUES ('integrity-check', 1)")) != nil
}
