import SQLite

/// Read-only questions to the knowledge base, as the command line and the benchmark
/// ask them. Every question is one SQL statement shaped to run on an index (see
/// `Migrations/0002_query_layer.sql`), and `explain` shows the plan SQLite chose.
public struct Queries {
    public let kb: KnowledgeBase
    var db: Database { kb.db }

    public init(kb: KnowledgeBase) {
        self.kb = kb
    }

    /// `EXPLAIN QUERY PLAN` of a query, one line per step, indented by depth.
    public func explain(_ query: PreparedQuery) throws -> [String] {
        var parents: [Int: Int] = [:]
        return try db.prepare("EXPLAIN QUERY PLAN " + query.sql).map(query.parameters) { row in
            let id = row.int(0), parent = row.int(1)
            let depth = (parents[parent] ?? -1) + 1
            parents[id] = depth
            return String(repeating: "  ", count: depth) + row.string(3)
        }
    }
}

/// SQL with its bound parameters, kept together so that the same text can be run,
/// explained and benchmarked.
public struct PreparedQuery: Sendable {
    public var sql: String
    public var parameters: [DatabaseValue]

    init(sql: String, parameters: [DatabaseValueConvertible?]) {
        self.sql = sql
        self.parameters = parameters.map { $0?.databaseValue ?? .null }
    }
}
