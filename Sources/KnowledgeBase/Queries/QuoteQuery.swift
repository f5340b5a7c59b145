import SQLite

/// Which statements `whosaid quotes` lists. Filters combine (all must hold).
public struct QuoteFilter: Sendable {
    public enum Order: String, Sendable, CaseIterable {
        /// Newest first.
        case date
        /// By speaker name, then newest first.
        case speaker
        /// Best full-text match first (only with `search`).
        case relevance
    }

    public var speaker: String?
    public var about: String?
    /// FTS5 query over what was said and who said it: words, "a phrase", prefix*, AND/OR/NOT.
    public var search: String?
    public var kind: String?
    /// Inclusive bounds on the article date: YYYY-MM-DD, YYYY-MM or YYYY.
    public var from: String?
    public var to: String?
    /// An article id, or its path (as stored, or its ending: '003_516bbe01d6261196.txt').
    public var article: String?
    /// Part of the outlet's name, case-insensitive.
    public var source: String?
    public var limit: Int?
    public var order: Order?

    public init(speaker: String? = nil, about: String? = nil, search: String? = nil, kind: String? = nil,
                from: String? = nil, to: String? = nil, article: String? = nil, source: String? = nil,
                limit: Int? = nil, order: Order? = nil) {
        self.speaker = speaker
        self.about = about
        self.search = search
        self.kind = kind
        self.from = from
        self.to = to
        self.article = article
        self.source = source
        self.limit = limit
        self.order = order
    }
}

extension Queries {
    /// Statements matching `filter`, each with its speaker, targets and article.
    public func quotes(_ filter: QuoteFilter = QuoteFilter()) throws -> [QuoteRow] {
        do {
            return try quotes(quoteQuery(filter), searching: filter.search != nil)
        } catch let error as SQLiteError where filter.search != nil && error.message.contains("fts5") {
            throw QueryError.badSearch(query: filter.search ?? "", reason: error.message)
        }
    }

    func quotes(_ query: PreparedQuery, searching: Bool) throws -> [QuoteRow] {
        try db.prepare(query.sql).map(query.parameters) { r in
                QuoteRow(id: r.int64(0), speaker: r.optionalString(1), speakerKind: r.optionalString(2), speakerText: r.optionalString(3),
                         quote: r.string(4), kind: r.string(5), cue: r.optionalString(6),
                         about: r.optionalString(7)?.split(separator: "\u{1F}").map(String.init) ?? [],
                         article: .init(id: r.int64(8), title: r.optionalString(9), date: r.optionalString(10),
                                        source: r.optionalString(11), path: r.optionalString(12)),
                         rule: r.string(13), snippet: searching ? r.optionalString(14) : nil)
        }
    }

    /// The SQL `quotes` runs for `filter`. The driving table is chosen so that the
    /// rows come off an index already in the requested order: the targets index for
    /// `--about`, the speaker index for `--speaker`, the full-text index for `--search`.
    /// `speakerIDs`/`targetIDs` stand for already-resolved `speaker`/`about` names.
    public func quoteQuery(_ filter: QuoteFilter, speakerIDs: [Int64]? = nil, targetIDs: [Int64]? = nil) throws -> PreparedQuery {
        let lookup = ActorLookup(db: db)
        let speakers = try speakerIDs ?? filter.speaker.map { try lookup.ids(for: $0) }
        let targets = try targetIDs ?? filter.about.map { try lookup.ids(for: $0) }
        let articles = try filter.article.map { try articleIDs($0) }
        let from = try filter.from.map { try Self.dateBound($0, upper: false) }
        let to = try filter.to.map { try Self.dateBound($0, upper: true) }
        let order = filter.order ?? (filter.search != nil ? .relevance : .date)

        var conditions: [String] = []
        var params: [DatabaseValueConvertible?] = []
        var from_: String
        // The column holding the statement's date in the driving table, for range and order.
        var dateColumn = "s.published"
        var idColumn = "s.id"
        if let search = filter.search {
            from_ = "statements_fts f JOIN statements s ON s.id = f.rowid"
            conditions.append("statements_fts MATCH ?")
            params.append(search)
        } else if let t = targets {
            // Driven by the targets index, whose rows are (actor, [speaker,] date, statement):
            // for one actor they come off newest first and the scan stops at the limit.
            from_ = "statement_targets t JOIN statements s ON s.id = t.statement_id"
            if t.count == 1 {
                conditions.append("t.actor_id = ?")
                params.append(t[0])
            } else {
                // A name shared by several actors: a statement about two of them is listed once.
                let list = Self.placeholders(t.count)
                conditions.append("t.actor_id IN (\(list))")
                conditions.append("t.actor_id = (SELECT min(t2.actor_id) FROM statement_targets t2 WHERE t2.statement_id = t.statement_id AND t2.actor_id IN (\(list)))")
                params.append(contentsOf: t.map { $0 as DatabaseValueConvertible? })
                params.append(contentsOf: t.map { $0 as DatabaseValueConvertible? })
            }
            dateColumn = "t.published"
            idColumn = "t.statement_id"
            if let sp = speakers, sp.count == 1 {
                conditions.append("t.speaker_id = ?")
                params.append(sp[0])
            }
        } else {
            from_ = "statements s"
        }
        if let sp = speakers, !(from_.hasPrefix("statement_targets") && sp.count == 1) {
            conditions.append("s.speaker_id IN (\(Self.placeholders(sp.count)))")
            params.append(contentsOf: sp.map { $0 as DatabaseValueConvertible? })
        }
        if let t = targets, !from_.hasPrefix("statement_targets") {
            conditions.append("EXISTS (SELECT 1 FROM statement_targets tt WHERE tt.statement_id = s.id AND tt.actor_id IN (\(Self.placeholders(t.count))))")
            params.append(contentsOf: t.map { $0 as DatabaseValueConvertible? })
        }
        if let kind = filter.kind {
            conditions.append("s.kind = ?")
            params.append(kind)
        }
        if let from {
            conditions.append("\(dateColumn) >= ?")
            params.append(from)
        }
        if let to {
            conditions.append("\(dateColumn) <= ?")
            params.append(to)
        }
        if let articles {
            conditions.append("s.article_id IN (\(Self.placeholders(articles.count)))")
            params.append(contentsOf: articles.map { $0 as DatabaseValueConvertible? })
        }
        if let source = filter.source {
            conditions.append("ar.source LIKE ?")
            params.append("%\(source)%")
        }

        let snippet = filter.search != nil ? "snippet(statements_fts, 0, char(2), char(3), '…', 16)" : "NULL"
        var sql = """
            SELECT s.id, sp.name, sp.kind, s.speaker_text, s.content, s.kind, s.cue,
                   (SELECT group_concat(a.name, char(31)) FROM statement_targets x JOIN actors a ON a.id = x.actor_id
                     WHERE x.statement_id = s.id),
                   ar.id, ar.title, s.published, ar.source, ar.path, s.rule, \(snippet)
            FROM \(from_)
            JOIN articles ar ON ar.id = s.article_id
            LEFT JOIN actors sp ON sp.id = s.speaker_id
            """
        if !conditions.isEmpty { sql += "\nWHERE " + conditions.joined(separator: "\n  AND ") }
        switch order {
        case .date: sql += "\nORDER BY \(dateColumn) DESC, \(idColumn) DESC"
        case .speaker: sql += "\nORDER BY coalesce(sp.name, s.speaker_text) COLLATE NOCASE, \(dateColumn) DESC, \(idColumn) DESC"
        case .relevance: sql += filter.search != nil ? "\nORDER BY f.rank" : "\nORDER BY \(dateColumn) DESC, \(idColumn) DESC"
        }
        if let limit = filter.limit {
            sql += "\nLIMIT ?"
            params.append(limit)
        }
        return PreparedQuery(sql: sql, parameters: params)
    }

    /// Articles an `--article` value names: an id, a stored path, or the end of one.
    func articleIDs(_ ref: String) throws -> [Int64] {
        if let id = Int64(ref), try db.scalarInt("SELECT count(*) FROM articles WHERE id = ?", [id]) == 1 { return [id] }
        var ids = try db.prepare("SELECT id FROM articles WHERE path = ?").map([ref]) { $0.int64(0) }
        if ids.isEmpty {
            let name = ref.split(separator: "/").last.map(String.init) ?? ref
            ids = try db.prepare("SELECT id FROM articles WHERE path = ? OR path LIKE ? ESCAPE '\\'")
                .map([name, "%/" + Self.escapeLike(name)]) { $0.int64(0) }
        }
        if ids.isEmpty { throw QueryError.unknownArticle(ref) }
        return ids
    }

    /// A date filter as the stored YYYY-MM-DD form: a lower bound starts its month or
    /// year, an upper bound ends it, so `--from 2021 --to 2021-07` means Jan 1 to Jul 31.
    static func dateBound(_ text: String, upper: Bool) throws -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let digits = parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
        guard digits, parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }) else { throw QueryError.badDate(text) }
        if parts.count > 1, let m = Int(parts[1]), !(1...12).contains(m) { throw QueryError.badDate(text) }
        if parts.count > 2, let d = Int(parts[2]), !(1...31).contains(d) { throw QueryError.badDate(text) }
        switch parts.count {
        case 1: return text + (upper ? "-12-31" : "-01-01")
        case 2: return text + (upper ? "-31" : "-01")
        case 3: return text
        default: throw QueryError.badDate(text)
        }
    }

    static func placeholders(_ n: Int) -> String {
        Array(repeating: "?", count: max(1, n)).joined(separator: ", ")
    }

    static func escapeLike(_ s: String) -> String {
        var out = ""
        for c in s {
            if c == "\\" || c == "%" || c == "_" { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
