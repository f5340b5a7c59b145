import SQLite

/// What the schema's triggers derive from the rows ingest writes (migrations 0001 and
/// 0002): the full-text index, the article date and speaker copied onto statements and
/// targets, the running counts per actor and per speaker/target pair. A batch of
/// inserts with triggers off is brought up to date here, set-wise, with the same result
/// the triggers would have given row by row.
enum DerivedData {
    /// Every trigger the migrations create; a batch may switch them off only when the
    /// schema holds these and no other.
    static let triggers: Set<String> = [
        "statements_fts_insert", "statements_fts_delete", "statements_fts_update",
        "statements_published_insert", "statement_targets_copy_insert", "statements_speaker_update", "articles_published_update",
        "actors_stats_insert", "statements_stats_insert", "statements_stats_delete", "statements_stats_speaker",
        "mentions_stats_insert", "mentions_stats_delete", "mentions_stats_actor",
        "statement_targets_stats_insert", "statement_targets_stats_delete", "statement_targets_stats_update",
    ]

    /// The first ids a batch's new rows will take.
    struct Marks {
        var statement: Int64
        var mention: Int64
        var actor: Int64

        init(_ db: Database) throws {
            statement = Int64(try db.scalarInt("SELECT coalesce(max(id), 0) + 1 FROM statements") ?? 1)
            mention = Int64(try db.scalarInt("SELECT coalesce(max(id), 0) + 1 FROM mentions") ?? 1)
            actor = Int64(try db.scalarInt("SELECT coalesce(max(id), 0) + 1 FROM actors") ?? 1)
        }
    }

    static func catchUp(_ db: Database, after m: Marks) throws {
        try db.run("""
            INSERT INTO statements_fts (rowid, content, speaker_text)
            SELECT id, content, speaker_text FROM statements WHERE id >= ?
            """, [m.statement])
        // Ingest writes the copies itself; these only fill what a caller left out.
        try db.run("""
            UPDATE statements SET published = (SELECT published FROM articles WHERE id = statements.article_id)
            WHERE id >= ? AND published IS NULL
            """, [m.statement])
        try db.run("""
            UPDATE statement_targets SET
                speaker_id = (SELECT speaker_id FROM statements WHERE id = statement_targets.statement_id),
                published = (SELECT published FROM statements WHERE id = statement_targets.statement_id)
            WHERE statement_id >= ?
              AND (speaker_id IS NOT (SELECT speaker_id FROM statements WHERE id = statement_targets.statement_id)
                   OR published IS NOT (SELECT published FROM statements WHERE id = statement_targets.statement_id))
            """, [m.statement])
        try db.run("INSERT OR IGNORE INTO actor_stats (actor_id) SELECT id FROM actors WHERE id >= ?", [m.actor])
        try db.run("""
            UPDATE actor_stats SET statements = statements + x.n
            FROM (SELECT speaker_id AS a, count(*) AS n FROM statements WHERE id >= ? AND speaker_id IS NOT NULL GROUP BY speaker_id) AS x
            WHERE actor_stats.actor_id = x.a
            """, [m.statement])
        try db.run("""
            UPDATE actor_stats SET spoken_about = spoken_about + x.n
            FROM (SELECT actor_id AS a, count(*) AS n FROM statement_targets WHERE statement_id >= ? GROUP BY actor_id) AS x
            WHERE actor_stats.actor_id = x.a
            """, [m.statement])
        try db.run("""
            UPDATE actor_stats SET
                mentions = mentions + x.n,
                first_seen = coalesce(min(first_seen, x.first), first_seen, x.first),
                last_seen = coalesce(max(last_seen, x.last), last_seen, x.last)
            FROM (SELECT m.actor_id AS a, count(*) AS n, min(ar.published) AS first, max(ar.published) AS last
                    FROM mentions m JOIN articles ar ON ar.id = m.article_id WHERE m.id >= ? GROUP BY m.actor_id) AS x
            WHERE actor_stats.actor_id = x.a
            """, [m.mention])
        try db.run("""
            INSERT INTO speaker_target_counts (speaker_id, target_id, statements)
            SELECT s.speaker_id, t.actor_id, count(*) FROM statement_targets t JOIN statements s ON s.id = t.statement_id
            WHERE t.statement_id >= ? AND s.speaker_id IS NOT NULL
            GROUP BY s.speaker_id, t.actor_id
            ON CONFLICT (speaker_id, target_id) DO UPDATE SET statements = statements + excluded.statements
            """, [m.statement])
    }
}
