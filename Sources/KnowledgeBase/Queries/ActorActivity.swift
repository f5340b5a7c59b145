import SQLite

/// How many statements an actor made and received in each month: what the chart under
/// `whosaid actor` draws. Both counts read the date copied onto statements and targets
/// (migration 0002), in the order of the (speaker, date) and (target, date) indexes, so an
/// actor with a hundred thousand statements costs a range read, not a join per row.
public struct ActorActivity: Sendable, Equatable {
    public struct Month: Sendable, Equatable {
        /// YYYY-MM.
        public var month: String
        public var made: Int
        public var received: Int

        public init(month: String, made: Int, received: Int) {
            self.month = month
            self.made = made
            self.received = received
        }
    }

    /// Months with at least one statement, in order; months in between are left out.
    public var months: [Month]
    /// Statements made or received in undated articles, which no month can show.
    public var undated: Int
}

extension Queries {
    public func activity(actorID id: Int64) throws -> ActorActivity {
        var months: [String: ActorActivity.Month] = [:]
        var undated = 0
        let made = try db.cached("""
            SELECT substr(published, 1, 7), count(*) FROM statements WHERE speaker_id = ? GROUP BY 1
            """).map([id]) { ($0.optionalString(0), $0.int(1)) }
        for (month, n) in made {
            guard let month else { undated += n; continue }
            months[month, default: .init(month: month, made: 0, received: 0)].made += n
        }
        let received = try db.cached("""
            SELECT substr(published, 1, 7), count(*) FROM statement_targets WHERE actor_id = ? GROUP BY 1
            """).map([id]) { ($0.optionalString(0), $0.int(1)) }
        for (month, n) in received {
            guard let month else { undated += n; continue }
            months[month, default: .init(month: month, made: 0, received: 0)].received += n
        }
        return ActorActivity(months: months.values.sorted { $0.month < $1.month }, undated: undated)
    }
}
