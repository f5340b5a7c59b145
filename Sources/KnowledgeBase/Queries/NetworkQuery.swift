import SQLite

/// The who-talks-about-whom network: actors as nodes, "speaker made N statements about
/// target" as weighted edges; what `whosaid graph` exports.
public struct Network: Sendable {
    public struct Node: Sendable, Equatable {
        public var id: Int64
        public var name: String
        public var kind: String
        /// Statements the actor made, and was the target of, in the filter's period
        /// (all of them, not only those on the exported edges).
        public var said: Int
        public var spokenAbout: Int
    }

    public struct Edge: Sendable, Equatable {
        public var speaker: Int64
        public var target: Int64
        public var statements: Int
    }

    public var nodes: [Node]
    public var edges: [Edge]
}

public struct NetworkFilter: Sendable {
    public var speaker: String?
    public var about: String?
    public var from: String?
    public var to: String?
    /// Leave out edges with fewer statements (keeps big graphs readable).
    public var minStatements: Int
    /// Keep only the heaviest edges.
    public var limit: Int?
    /// With `from`/`to`: also count statements of articles that carry no date.
    public var includeUndated: Bool = false

    public init(speaker: String? = nil, about: String? = nil, from: String? = nil, to: String? = nil,
                minStatements: Int = 1, limit: Int? = nil, includeUndated: Bool = false) {
        self.includeUndated = includeUndated
        self.speaker = speaker
        self.about = about
        self.from = from
        self.to = to
        self.minStatements = minStatements
        self.limit = limit
    }
}

extension Queries {
    public func network(_ filter: NetworkFilter = NetworkFilter()) throws -> Network {
        let lookup = ActorLookup(db: db)
        let speakers = try filter.speaker.map { try lookup.ids(for: $0) }
        let targets = try filter.about.map { try lookup.ids(for: $0) }
        _ = try Self.dateRange(from: filter.from, to: filter.to)
        var conditions: [String] = []
        var params: [DatabaseValueConvertible?] = []
        let sql: String
        if filter.from == nil && filter.to == nil {
            // No dates: the running pair counts already are the edges.
            if let speakers {
                conditions.append("speaker_id IN (\(Self.placeholders(speakers.count)))")
                params.append(contentsOf: speakers.map { $0 as DatabaseValueConvertible? })
            }
            if let targets {
                conditions.append("target_id IN (\(Self.placeholders(targets.count)))")
                params.append(contentsOf: targets.map { $0 as DatabaseValueConvertible? })
            }
            conditions.append("statements >= ?")
            params.append(filter.minStatements)
            sql = "SELECT speaker_id, target_id, statements FROM speaker_target_counts WHERE " + conditions.joined(separator: " AND ")
                + " ORDER BY statements DESC, speaker_id, target_id"
        } else {
            conditions.append("speaker_id IS NOT NULL")
            if let speakers {
                conditions.append("speaker_id IN (\(Self.placeholders(speakers.count)))")
                params.append(contentsOf: speakers.map { $0 as DatabaseValueConvertible? })
            }
            if let targets {
                conditions.append("actor_id IN (\(Self.placeholders(targets.count)))")
                params.append(contentsOf: targets.map { $0 as DatabaseValueConvertible? })
            }
            conditions.append(try Self.dateCondition(filter, into: &params))
            params.append(filter.minStatements)
            sql = "SELECT speaker_id, actor_id, count(*) AS n FROM statement_targets WHERE " + conditions.joined(separator: " AND ")
                + " GROUP BY speaker_id, actor_id HAVING n >= ? ORDER BY n DESC, speaker_id, actor_id"
        }
        var edges = try db.prepare(sql).map(params) { Network.Edge(speaker: $0.int64(0), target: $0.int64(1), statements: $0.int(2)) }
        if let limit = filter.limit { edges = Array(edges.prefix(limit)) }

        var order: [Int64] = []
        var seen: Set<Int64> = []
        for e in edges {
            if seen.insert(e.speaker).inserted { order.append(e.speaker) }
            if seen.insert(e.target).inserted { order.append(e.target) }
        }
        // Each node's own counts in the period, not sums of its edges: a statement about
        // three actors is one statement made, though it is on three edges.
        var said: [Int64: Int] = [:], about: [Int64: Int] = [:]
        var datedParams: [DatabaseValueConvertible?] = []
        let dated = filter.from != nil || filter.to != nil ? " AND " + (try Self.dateCondition(filter, into: &datedParams)) : ""
        let made = try db.prepare("SELECT count(*) FROM statements WHERE speaker_id = ?" + dated)
        let spokenOf = try db.prepare("SELECT count(DISTINCT statement_id) FROM statement_targets WHERE actor_id = ?" + dated)
        for id in order {
            said[id] = try made.first([id] + datedParams) { $0.int(0) } ?? 0
            about[id] = try spokenOf.first([id] + datedParams) { $0.int(0) } ?? 0
        }
        let actor = try db.prepare("SELECT name, kind FROM actors WHERE id = ?")
        let nodes = try order.map { id -> Network.Node in
            let (name, kind) = try actor.first([id]) { ($0.string(0), $0.string(1)) } ?? ("#\(id)", "unknown")
            return Network.Node(id: id, name: name, kind: kind, said: said[id] ?? 0, spokenAbout: about[id] ?? 0)
        }
        return Network(nodes: nodes, edges: edges)
    }

    /// The date range of `filter` on `statement_targets.published`, undated rows in or out.
    static func dateCondition(_ filter: NetworkFilter, into params: inout [DatabaseValueConvertible?]) throws -> String {
        let (from, to) = try dateRange(from: filter.from, to: filter.to)
        return dateCondition(column: "published", from: from, to: to, includeUndated: filter.includeUndated, into: &params) ?? "1"
    }

    /// Statements a date filter left out of the network only because their article has no date.
    public func undatedLeftOut(_ filter: NetworkFilter) throws -> Int {
        guard filter.from != nil || filter.to != nil, !filter.includeUndated else { return 0 }
        let lookup = ActorLookup(db: db)
        var sql = "SELECT count(DISTINCT statement_id) FROM statement_targets WHERE published IS NULL AND speaker_id IS NOT NULL"
        var params: [DatabaseValueConvertible?] = []
        if let speakers = try filter.speaker.map({ try lookup.ids(for: $0) }) {
            sql += " AND speaker_id IN (\(Self.placeholders(speakers.count)))"
            params.append(contentsOf: speakers.map { $0 as DatabaseValueConvertible? })
        }
        if let targets = try filter.about.map({ try lookup.ids(for: $0) }) {
            sql += " AND actor_id IN (\(Self.placeholders(targets.count)))"
            params.append(contentsOf: targets.map { $0 as DatabaseValueConvertible? })
        }
        return try db.scalarInt(sql, params) ?? 0
    }
}
