import SQLite

/// Recomputes what the triggers (or a batch's catch-up) keep, from the rows, and says
/// which kept table disagrees: an empty list means the running counts, pair counts,
/// copied columns and full-text index are all in step.
public enum DerivedDataCheck {
    public static func mismatches(_ db: Database) throws -> [String] {
        var out: [String] = []
        let stats = try db.scalarInt("""
            SELECT count(*) FROM actor_stats st WHERE
                st.statements <> (SELECT count(*) FROM statements WHERE speaker_id = st.actor_id)
             OR st.spoken_about <> (SELECT count(*) FROM statement_targets WHERE actor_id = st.actor_id)
             OR st.mentions <> (SELECT count(*) FROM mentions WHERE actor_id = st.actor_id)
            """) ?? 0
        if stats > 0 { out.append("actor_stats: \(stats) actor(s) off") }
        let missing = try db.scalarInt("SELECT count(*) FROM actors WHERE id NOT IN (SELECT actor_id FROM actor_stats)") ?? 0
        if missing > 0 { out.append("actor_stats: \(missing) actor(s) without a row") }
        let pairs = try db.scalarInt("""
            SELECT count(*) FROM (
                SELECT s.speaker_id, t.actor_id, count(*) AS n FROM statement_targets t JOIN statements s ON s.id = t.statement_id
                WHERE s.speaker_id IS NOT NULL GROUP BY 1, 2) g
            FULL JOIN speaker_target_counts c ON c.speaker_id = g.speaker_id AND c.target_id = g.actor_id
            WHERE g.n IS NOT c.statements
            """) ?? 0
        if pairs > 0 { out.append("speaker_target_counts: \(pairs) pair(s) off") }
        let copies = try db.scalarInt("""
            SELECT count(*) FROM statement_targets t JOIN statements s ON s.id = t.statement_id JOIN articles a ON a.id = s.article_id
            WHERE t.speaker_id IS NOT s.speaker_id OR t.published IS NOT s.published OR s.published IS NOT a.published
            """) ?? 0
        if copies > 0 { out.append("copied speaker or date: \(copies) row(s) off") }
        let fts = try db.scalarInt("SELECT count(*) FROM statements_fts") ?? 0
        let statements = try db.scalarInt("SELECT count(*) FROM statements") ?? 0
        if fts != statements { out.append("statements_fts: \(fts) rows for \(statements) statements") }
        do {
            try db.execute("INSERT INTO statements_fts (statements_fts, rank) VALUES ('integrity-check', 1)")
        } catch {
            out.append("statements_fts: \(error)")
        }
        return out
    }
}
