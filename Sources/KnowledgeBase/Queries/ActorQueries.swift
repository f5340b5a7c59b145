import SQLite

/// Which actors `whosaid actors` lists.
public struct ActorFilter: Sendable {
    public enum Sort: String, Sendable, CaseIterable {
        case statements, mentions, about, name
    }

    /// person, organization, country, place or unknown.
    public var kind: String?
    /// Part of any alias, case-insensitive.
    public var search: String?
    public var sort: Sort
    public var limit: Int?

    public init(kind: String? = nil, search: String? = nil, sort: Sort = .statements, limit: Int? = nil) {
        self.kind = kind
        self.search = search
        self.sort = sort
        self.limit = limit
    }
}

/// Everything the knowledge base knows about one actor, for `whosaid actor NAME`.
public struct ActorProfile: Sendable {
    public struct Role: Sendable, Equatable {
        public var title: String
        public var affiliation: String?
        public var firstSeen: String?
        public var lastSeen: String?
        public var articles: Int
    }

    public struct Counterpart: Sendable, Equatable {
        public var name: String
        public var kind: String
        public var statements: Int
    }

    public var actor: ActorRow
    public var roles: [Role]
    /// Whom this actor talks about most.
    public var talksAbout: [Counterpart]
    /// Who talks about this actor most.
    public var talkedAboutBy: [Counterpart]
    /// The latest statements made by the actor, joint ones included.
    public var recent: [QuoteRow]
    /// Joint statements the actor is named in beside their first speaker ('Trump and
    /// Sanders said' for Sanders): not among the statements the running counts give them.
    public var jointStatements: Int = 0
}

extension Queries {
    /// Actors with their aliases, roles and counts, in the order `filter.sort` asks.
    public func actors(_ filter: ActorFilter = ActorFilter()) throws -> [ActorRow] {
        let query = actorQuery(filter)
        return try db.prepare(query.sql).map(query.parameters) { r in
            ActorRow(id: r.int64(0), name: r.string(1), kind: r.string(2),
                     aliases: r.optionalString(3)?.split(separator: "\u{1F}").map(String.init) ?? [],
                     roles: r.optionalString(4)?.split(separator: "\u{1F}").map(String.init) ?? [],
                     statements: r.int(5), spokenAbout: r.int(6), mentions: r.int(7),
                     firstSeen: r.optionalString(8), lastSeen: r.optionalString(9))
        }
    }

    public func actorQuery(_ filter: ActorFilter, id: Int64? = nil) -> PreparedQuery {
        var conditions: [String] = []
        var params: [DatabaseValueConvertible?] = []
        if let id {
            conditions.append("a.id = ?")
            params.append(id)
        }
        if let kind = filter.kind {
            conditions.append("a.kind = ?")
            params.append(kind)
        }
        if let search = filter.search {
            conditions.append("a.id IN (SELECT actor_id FROM aliases WHERE alias LIKE ? ESCAPE '\\')")
            params.append("%" + Self.escapeLike(search) + "%")
        }
        let order: String
        switch filter.sort {
        case .statements: order = "st.statements DESC, st.mentions DESC, a.name"
        case .mentions: order = "st.mentions DESC, st.statements DESC, a.name"
        case .about: order = "st.spoken_about DESC, st.statements DESC, a.name"
        case .name: order = "a.name COLLATE NOCASE, a.id"
        }
        var sql = """
            SELECT a.id, a.name, a.kind,
                   (SELECT group_concat(alias, char(31)) FROM (SELECT alias FROM aliases WHERE actor_id = a.id ORDER BY alias)),
                   (SELECT group_concat(r, char(31)) FROM (SELECT DISTINCT r FROM (
                      -- Roles seen lately: an actor in the news every day has thousands of role rows.
                      SELECT title || coalesce(' (' || affiliation || ')', '') AS r FROM roles
                       WHERE actor_id = a.id ORDER BY seen_on DESC LIMIT 50) ORDER BY r)),
                   st.statements, st.spoken_about, st.mentions, st.first_seen, st.last_seen
            FROM actor_stats st
            JOIN actors a ON a.id = st.actor_id
            """
        if !conditions.isEmpty { sql += "\nWHERE " + conditions.joined(separator: " AND ") }
        sql += "\nORDER BY " + order
        if let limit = filter.limit {
            sql += "\nLIMIT ?"
            params.append(limit)
        }
        return PreparedQuery(sql: sql, parameters: params)
    }

    /// Profiles of the actors `name` can mean (usually one), most active first.
    public func profiles(_ name: String, top: Int = 10, recent: Int = 5) throws -> [ActorProfile] {
        let ids = try ActorLookup(db: db).ids(for: name)
        return try ids.prefix(5).map { try profile(id: $0, top: top, recent: recent) }
    }

    public func profile(id: Int64, top: Int = 10, recent: Int = 5) throws -> ActorProfile {
        let query = actorQuery(ActorFilter(), id: id)
        let row = try db.prepare(query.sql).first(query.parameters) { r in
                ActorRow(id: r.int64(0), name: r.string(1), kind: r.string(2),
                         aliases: r.optionalString(3)?.split(separator: "\u{1F}").map(String.init) ?? [],
                         roles: r.optionalString(4)?.split(separator: "\u{1F}").map(String.init) ?? [],
                         statements: r.int(5), spokenAbout: r.int(6), mentions: r.int(7),
                         firstSeen: r.optionalString(8), lastSeen: r.optionalString(9))
            }
        guard let actor = row else { throw QueryError.unknownActor(name: "#\(id)", suggestions: []) }
        let roles = try db.cached("""
            SELECT title, affiliation, min(seen_on), max(seen_on), count(DISTINCT article_id)
            FROM roles WHERE actor_id = ?
            GROUP BY title, coalesce(affiliation, '')
            ORDER BY max(seen_on) DESC, count(DISTINCT article_id) DESC, title
            """).map([id]) { r in
            ActorProfile.Role(title: r.string(0), affiliation: r.optionalString(1), firstSeen: r.optionalString(2),
                              lastSeen: r.optionalString(3), articles: r.int(4))
        }
        let talksAbout = try db.prepare(talksAboutQuery(id, limit: top).sql).map([id, top]) { r in
            ActorProfile.Counterpart(name: r.string(0), kind: r.string(1), statements: r.int(2))
        }
        let talkedAboutBy = try db.prepare(talkedAboutByQuery(id, limit: top).sql).map([id, top]) { r in
            ActorProfile.Counterpart(name: r.string(0), kind: r.string(1), statements: r.int(2))
        }
        var latest: [QuoteRow] = []
        if recent > 0 {
            latest = try quotes(quoteQuery(QuoteFilter(limit: recent), speakerIDs: [id]), searching: false)
        }
        var profile = ActorProfile(actor: actor, roles: roles, talksAbout: talksAbout, talkedAboutBy: talkedAboutBy, recent: latest)
        profile.jointStatements = try db.scalarInt("SELECT count(*) FROM statement_co_speakers WHERE actor_id = ?", [id]) ?? 0
        return profile
    }

    /// Whom actor `id` talks about most, from the running pair counts.
    public func talksAboutQuery(_ id: Int64, limit: Int) -> PreparedQuery {
        PreparedQuery(sql: """
            SELECT a.name, a.kind, c.statements FROM speaker_target_counts c JOIN actors a ON a.id = c.target_id
            WHERE c.speaker_id = ? ORDER BY c.statements DESC, a.name LIMIT ?
            """, parameters: [id, limit])
    }

    /// Who talks about actor `id` most.
    public func talkedAboutByQuery(_ id: Int64, limit: Int) -> PreparedQuery {
        PreparedQuery(sql: """
            SELECT a.name, a.kind, c.statements FROM speaker_target_counts c JOIN actors a ON a.id = c.speaker_id
            WHERE c.target_id = ? ORDER BY c.statements DESC, a.name LIMIT ?
            """, parameters: [id, limit])
    }
}
