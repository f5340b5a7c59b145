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

    /// Where a batch's rows will be: new rows take ids past these marks; the rows of the
    /// articles it replaces may take any id, and are found by their article.
    struct Marks {
        var statement: Int64
        var mention: Int64
        var actor: Int64
        /// The replaced articles' ids as a JSON array, for `json_each`.
        var replaced: String

        init(_ db: Database, replacing articles: [Int64] = []) throws {
            statement = Int64(try db.scalarInt("SELECT coalesce(max(id), 0) + 1 FROM statements") ?? 1)
            mention = Int64(try db.scalarInt("SELECT coalesce(max(id), 0) + 1 FROM mentions") ?? 1)
            actor = Int64(try db.scalarInt("SELECT coalesce(max(id), 0) + 1 FROM actors") ?? 1)
            replaced = "[" + articles.map(String.init).joined(separator: ",") + "]"
        }
    }

    /// Before a batch replaces articles: takes what their current rows contributed out of
    /// the index and the counts (the catch-up adds back whatever rows they have at the end,
    /// old ones too when a replacement failed and rolled back).
    static func takeOut(_ db: Database, _ m: Marks) throws {
        guard m.replaced != "[]" else { return }
        let mine = "article_id IN (SELECT value FROM json_each(?))"
        try db.run("""
            INSERT INTO statements_fts (statements_fts, rowid, content, speaker_text)
            SELECT 'delete', id, content, speaker_text FROM statements WHERE \(mine)
            """, [m.replaced])
        try db.run("""
            UPDATE actor_stats SET statements = statements - x.n
            FROM (SELECT speaker_id AS a, count(*) AS n FROM statements WHERE \(mine) AND speaker_id IS NOT NULL GROUP BY speaker_id) AS x
            WHERE actor_stats.actor_id = x.a
            """, [m.replaced])
        try db.run("""
            UPDATE actor_stats SET spoken_about = spoken_about - x.n
            FROM (SELECT t.actor_id AS a, count(*) AS n FROM statement_targets t JOIN statements s ON s.id = t.statement_id
                  WHERE s.\(mine) GROUP BY t.actor_id) AS x
            WHERE actor_stats.actor_id = x.a
            """, [m.replaced])
        try db.run("""
            UPDATE actor_stats SET mentions = mentions - x.n
            FROM (SELECT actor_id AS a, count(*) AS n FROM mentions WHERE \(mine) GROUP BY actor_id) AS x
            WHERE actor_stats.actor_id = x.a
            """, [m.replaced])
        try db.run("""
            UPDATE speaker_target_counts SET statements = statements - x.n
            FROM (SELECT s.speaker_id AS sp, t.actor_id AS tg, count(*) AS n FROM statement_targets t JOIN statements s ON s.id = t.statement_id
                  WHERE s.\(mine) AND s.speaker_id IS NOT NULL GROUP BY 1, 2) AS x
            WHERE speaker_target_counts.speaker_id = x.sp AND speaker_target_counts.target_id = x.tg
            """, [m.replaced])
        try db.run("DELETE FROM speaker_target_counts WHERE statements <= 0")
    }

    /// After the batch: adds what its rows (new ones, and the replaced articles' ones)
    /// contribute, set-wise, as the triggers would have row by row. The batch's statement
    /// and mention ids are gathered first into temporary tables, each from an index (ids
    /// past the marks, or by article), so that every step reads the batch's rows only and
    /// its cost does not grow with the database.
    /// (CROSS JOIN keeps SQLite reading from the batch's id table outward: left to itself it
    /// may walk a whole index of the big table in GROUP BY order instead.)
    static func catchUp(_ db: Database, _ m: Marks) throws {
        try db.execute("""
            CREATE TEMP TABLE IF NOT EXISTS batch_statements (id INTEGER PRIMARY KEY);
            CREATE TEMP TABLE IF NOT EXISTS batch_mentions (id INTEGER PRIMARY KEY);
            CREATE TEMP TABLE IF NOT EXISTS batch_counts (
                actor_id INTEGER PRIMARY KEY, statements INTEGER NOT NULL DEFAULT 0, spoken_about INTEGER NOT NULL DEFAULT 0,
                mentions INTEGER NOT NULL DEFAULT 0, first_seen TEXT, last_seen TEXT);
            DELETE FROM temp.batch_statements;
            DELETE FROM temp.batch_mentions;
            """)
        try db.run("INSERT INTO temp.batch_statements SELECT id FROM statements WHERE id >= ?", [m.statement])
        try db.run("INSERT INTO temp.batch_mentions SELECT id FROM mentions WHERE id >= ?", [m.mention])
        if m.replaced != "[]" {
            try db.run("""
                INSERT OR IGNORE INTO temp.batch_statements
                SELECT s.id FROM json_each(?) AS r JOIN statements s ON s.article_id = r.value
                """, [m.replaced])
            try db.run("""
                INSERT OR IGNORE INTO temp.batch_mentions
                SELECT x.id FROM json_each(?) AS r JOIN mentions x ON x.article_id = r.value
                """, [m.replaced])
        }
        try db.run("INSERT OR IGNORE INTO actor_stats (actor_id) SELECT id FROM actors WHERE id >= ?", [m.actor])
        try db.execute("""
            INSERT INTO statements_fts (rowid, content, speaker_text)
            SELECT s.id, s.content, s.speaker_text FROM temp.batch_statements b CROSS JOIN statements s ON s.id = b.id;

            -- Ingest writes the copies itself; these only fill what a caller left out.
            UPDATE statements SET published = (SELECT published FROM articles WHERE id = statements.article_id)
            WHERE id IN (SELECT id FROM temp.batch_statements) AND published IS NULL;

            UPDATE statement_targets SET
                speaker_id = (SELECT speaker_id FROM statements WHERE id = statement_targets.statement_id),
                published = (SELECT published FROM statements WHERE id = statement_targets.statement_id)
            WHERE statement_id IN (SELECT id FROM temp.batch_statements)
              AND (speaker_id IS NOT (SELECT speaker_id FROM statements WHERE id = statement_targets.statement_id)
                   OR published IS NOT (SELECT published FROM statements WHERE id = statement_targets.statement_id));

            -- The batch's counts per actor, gathered first, then added with one key look-up
            -- per actor (a join with actor_stats would read all of it at every batch).
            DELETE FROM temp.batch_counts;
            INSERT INTO temp.batch_counts (actor_id, statements)
            SELECT s.speaker_id, count(*) FROM temp.batch_statements b CROSS JOIN statements s ON s.id = b.id
            WHERE s.speaker_id IS NOT NULL GROUP BY s.speaker_id;
            INSERT INTO temp.batch_counts (actor_id, spoken_about)
            SELECT t.actor_id, count(*) FROM temp.batch_statements b CROSS JOIN statement_targets t ON t.statement_id = b.id
            WHERE true GROUP BY t.actor_id
            ON CONFLICT (actor_id) DO UPDATE SET spoken_about = excluded.spoken_about;
            INSERT INTO temp.batch_counts (actor_id, mentions, first_seen, last_seen)
            SELECT m.actor_id, count(*), min(ar.published), max(ar.published)
            FROM temp.batch_mentions b CROSS JOIN mentions m ON m.id = b.id CROSS JOIN articles ar ON ar.id = m.article_id
            WHERE true GROUP BY m.actor_id
            ON CONFLICT (actor_id) DO UPDATE SET mentions = excluded.mentions, first_seen = excluded.first_seen, last_seen = excluded.last_seen;
            UPDATE actor_stats SET
                statements = statements + (SELECT statements FROM temp.batch_counts c WHERE c.actor_id = actor_stats.actor_id),
                spoken_about = spoken_about + (SELECT spoken_about FROM temp.batch_counts c WHERE c.actor_id = actor_stats.actor_id),
                mentions = mentions + (SELECT mentions FROM temp.batch_counts c WHERE c.actor_id = actor_stats.actor_id),
                first_seen = (SELECT coalesce(min(actor_stats.first_seen, c.first_seen), actor_stats.first_seen, c.first_seen)
                              FROM temp.batch_counts c WHERE c.actor_id = actor_stats.actor_id),
                last_seen = (SELECT coalesce(max(actor_stats.last_seen, c.last_seen), actor_stats.last_seen, c.last_seen)
                             FROM temp.batch_counts c WHERE c.actor_id = actor_stats.actor_id)
            WHERE actor_id IN (SELECT actor_id FROM temp.batch_counts);

            INSERT INTO speaker_target_counts (speaker_id, target_id, statements)
            SELECT s.speaker_id, t.actor_id, count(*)
            FROM temp.batch_statements b CROSS JOIN statements s ON s.id = b.id CROSS JOIN statement_targets t ON t.statement_id = b.id
            WHERE s.speaker_id IS NOT NULL
            GROUP BY s.speaker_id, t.actor_id
            ON CONFLICT (speaker_id, target_id) DO UPDATE SET statements = statements + excluded.statements;
            """)
    }
}
