import SQLite

/// Read-only questions to the knowledge base, as the command line asks them.
public struct Queries {
    public let kb: KnowledgeBase

    public init(kb: KnowledgeBase) {
        self.kb = kb
    }

    public struct QuoteFilter: Sendable {
        public var speaker: String?
        public var limit: Int?

        public init(speaker: String? = nil, limit: Int? = nil) {
            self.speaker = speaker
            self.limit = limit
        }
    }

    /// Statements in article order, each with its speaker, targets and article.
    public func quotes(_ filter: QuoteFilter = QuoteFilter()) throws -> [QuoteRow] {
        var sql = """
            SELECT s.id, sp.name, sp.kind, s.speaker_text, s.content, s.kind, s.cue,
                   (SELECT group_concat(a.name, char(31)) FROM statement_targets t JOIN actors a ON a.id = t.actor_id
                     WHERE t.statement_id = s.id),
                   ar.id, ar.title, ar.published, ar.source, ar.path, s.rule
            FROM statements s
            JOIN articles ar ON ar.id = s.article_id
            LEFT JOIN actors sp ON sp.id = s.speaker_id
            """
        var params: [DatabaseValueConvertible?] = []
        if let speaker = filter.speaker {
            sql += "\nWHERE s.speaker_id IN (SELECT actor_id FROM aliases WHERE alias_key = ?)"
            params.append(NameKey.make(speaker))
        }
        sql += "\nORDER BY ar.published, ar.id, s.content_start"
        if let limit = filter.limit {
            sql += "\nLIMIT ?"
            params.append(limit)
        }
        return try kb.db.prepare(sql).map(params) { r in
            QuoteRow(id: r.int64(0), speaker: r.optionalString(1), speakerKind: r.optionalString(2), speakerText: r.optionalString(3),
                     quote: r.string(4), kind: r.string(5), cue: r.optionalString(6),
                     about: r.optionalString(7)?.split(separator: "\u{1F}").map(String.init) ?? [],
                     article: .init(id: r.int64(8), title: r.optionalString(9), date: r.optionalString(10),
                                    source: r.optionalString(11), path: r.optionalString(12)),
                     rule: r.string(13))
        }
    }

    /// Actors with their aliases, roles and number of statements, most active first.
    public func actors(limit: Int? = nil) throws -> [ActorRow] {
        var sql = """
            SELECT a.id, a.name, a.kind,
                   (SELECT group_concat(alias, char(31)) FROM (SELECT alias FROM aliases WHERE actor_id = a.id ORDER BY alias)),
                   (SELECT group_concat(r, char(31)) FROM (SELECT DISTINCT title || coalesce(' (' || affiliation || ')', '') AS r
                      FROM roles WHERE actor_id = a.id ORDER BY r)),
                   (SELECT count(*) FROM statements WHERE speaker_id = a.id) AS n
            FROM actors a
            ORDER BY n DESC, a.name
            """
        var params: [DatabaseValueConvertible?] = []
        if let limit {
            sql += "\nLIMIT ?"
            params.append(limit)
        }
        return try kb.db.prepare(sql).map(params) { r in
            ActorRow(id: r.int64(0), name: r.string(1), kind: r.string(2),
                     aliases: r.optionalString(3)?.split(separator: "\u{1F}").map(String.init) ?? [],
                     roles: r.optionalString(4)?.split(separator: "\u{1F}").map(String.init) ?? [],
                     statements: r.int(5))
        }
    }
}
