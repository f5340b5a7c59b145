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
        /// As the article tells them: by article, then by where the quote starts (the
        /// default with `article`).
        case reading
    }

    public var speaker: String?
    public var about: String?
    /// Words to find in what was said and who said it, as people type them (see
    /// `SearchWords`); an FTS5 query (`"a phrase"`, `prefix*`, AND/OR/NOT, NEAR) when `fts`.
    public var search: String?
    /// Read `search` as FTS5 query syntax rather than as words.
    public var fts: Bool = false
    /// With `from`/`to`: also list statements of articles that carry no date.
    public var includeUndated: Bool = false
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
                limit: Int? = nil, order: Order? = nil, fts: Bool = false, includeUndated: Bool = false) {
        self.fts = fts
        self.includeUndated = includeUndated
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
        } catch let error as SQLiteError where filter.search != nil && (filter.fts || error.message.contains("fts5")) {
            throw QueryError.badSearch(query: filter.search ?? "", reason: error.message)
        }
    }

    /// How many statements a date filter left out only because their article has no
    /// date: the same filter without dates, counting the undated rows. 0 without dates.
    public func undatedLeftOut(_ filter: QuoteFilter) throws -> Int {
        guard filter.from != nil || filter.to != nil, !filter.includeUndated else { return 0 }
        var undated = filter
        undated.from = nil
        undated.to = nil
        undated.limit = nil
        undated.order = .date
        let query = try quoteQuery(undated)
        return try db.scalarInt("SELECT count(*) FROM (\(query.sql)) WHERE published IS NULL", query.parameters) ?? 0
    }

    func quotes(_ query: PreparedQuery, searching: Bool) throws -> [QuoteRow] {
        try db.prepare(query.sql).map(query.parameters) { r in
                QuoteRow(id: r.int64(0), speaker: r.optionalString(1), speakerKind: r.optionalString(2), speakerText: r.optionalString(3),
                         quote: r.string(4), kind: r.string(5), cue: r.optionalString(6),
                         about: r.optionalString(7)?.split(separator: "\u{1F}").map(String.init) ?? [],
                         article: .init(id: r.int64(8), title: r.optionalString(9), date: r.optionalString(10),
                                        source: r.optionalString(11), path: r.optionalString(12)),
                         coSpeakers: r.optionalString(15)?.split(separator: "\u{1F}").map(String.init) ?? [],
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
        let (from, to) = try Self.dateRange(from: filter.from, to: filter.to)
        let order = filter.order ?? (filter.search != nil ? .relevance : articles != nil ? .reading : .date)

        var conditions: [String] = []
        var params: [DatabaseValueConvertible?] = []
        // Whether a speaker asked for is named in a joint statement beside another: only
        // then is the co-speaker table read, so a plain '--speaker' query keeps to the
        // speaker index and comes off it in date order.
        let jointSpeaker = try speakers.map { sp in
            try db.scalarInt("SELECT EXISTS (SELECT 1 FROM statement_co_speakers WHERE actor_id IN (\(Self.placeholders(sp.count))))",
                             sp.map { $0 as DatabaseValueConvertible? }) == 1
        } ?? false
        var from_: String
        // The column holding the statement's date in the driving table, for range and order.
        var dateColumn = "s.published"
        var idColumn = "s.id"
        if let search = filter.search {
            from_ = "statements_fts f JOIN statements s ON s.id = f.rowid"
            conditions.append("statements_fts MATCH ?")
            params.append(try Self.matchExpression(search, fts: filter.fts))
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
            if let sp = speakers, sp.count == 1, !jointSpeaker {
                conditions.append("t.speaker_id = ?")
                params.append(sp[0])
            }
        } else {
            from_ = "statements s"
        }
        if let sp = speakers, !(from_.hasPrefix("statement_targets") && sp.count == 1 && !jointSpeaker) {
            let list = Self.placeholders(sp.count)
            if jointSpeaker {
                // Also the joint statements they are named in beside another speaker.
                conditions.append("(s.speaker_id IN (\(list)) OR s.id IN (SELECT statement_id FROM statement_co_speakers WHERE actor_id IN (\(list))))")
                params.append(contentsOf: sp.map { $0 as DatabaseValueConvertible? })
            } else {
                conditions.append("s.speaker_id IN (\(list))")
            }
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
        if let dated = Self.dateCondition(column: dateColumn, from: from, to: to, includeUndated: filter.includeUndated, into: &params) {
            conditions.append(dated)
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
        let orderBy: String
        switch order {
        case .date: orderBy = "\(dateColumn) DESC, \(idColumn) DESC"
        case .speaker: orderBy = "coalesce(sp.name, s.speaker_text) COLLATE NOCASE, \(dateColumn) DESC, \(idColumn) DESC"
        case .reading: orderBy = "s.article_id, s.content_start, s.id"
        case .relevance: orderBy = filter.search != nil ? "f.rank" : "\(dateColumn) DESC, \(idColumn) DESC"
        }
        let columns = """
            SELECT s.id, sp.name, sp.kind, s.speaker_text, s.content, s.kind, s.cue,
                   (SELECT group_concat(a.name, char(31)) FROM statement_targets x JOIN actors a ON a.id = x.actor_id
                     WHERE x.statement_id = s.id),
                   ar.id, ar.title, s.published, ar.source, ar.path, s.rule, \(snippet),
                   (SELECT group_concat(name, char(31)) FROM (SELECT a.name AS name FROM statement_co_speakers c JOIN actors a ON a.id = c.actor_id
                     WHERE c.statement_id = s.id ORDER BY c.position))
            """
        let joins = """
            JOIN articles ar ON ar.id = s.article_id
            LEFT JOIN actors sp ON sp.id = s.speaker_id
            """
        let whereClause = conditions.isEmpty ? "" : "\nWHERE " + conditions.joined(separator: "\n  AND ")
        var sql: String
        if jointSpeaker, filter.search == nil {
            // A speaker's statements and joint ones come off two indexes, so they are sorted:
            // only their ids and order go through the sort, and the columns are read for the
            // rows kept (the about and co-speaker look-ups of every statement the speaker
            // ever made would cost more than the sort).
            sql = """
                SELECT s.id AS id, row_number() OVER (ORDER BY \(orderBy)) AS seq
                FROM \(from_)
                \(joins)\(whereClause)
                ORDER BY seq
                """
            if let limit = filter.limit {
                sql += "\nLIMIT ?"
                params.append(limit)
            }
            sql = columns + "\nFROM (\(sql)) q JOIN statements s ON s.id = q.id\n" + joins + "\nORDER BY q.seq"
        } else {
            sql = columns + "\nFROM \(from_)\n" + joins + whereClause + "\nORDER BY \(orderBy)"
            if let limit = filter.limit {
                sql += "\nLIMIT ?"
                params.append(limit)
            }
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

    /// The FTS5 expression for a `--search`: the user's words, each a quoted phrase,
    /// or, with `fts`, the text as it was typed.
    static func matchExpression(_ search: String, fts: Bool) throws -> String {
        if fts { return search }
        guard let query = SearchWords.ftsQuery(search) else {
            throw QueryError.badSearch(query: search, reason: "it holds no word to search for")
        }
        return query
    }

    /// A checked date range on `column` as SQL, its bounds added to `params`; undated rows
    /// (NULL) in or out. Nil when neither end is given.
    static func dateCondition(column: String, from: String?, to: String?, includeUndated: Bool,
                              into params: inout [DatabaseValueConvertible?]) -> String? {
        guard from != nil || to != nil else { return nil }
        var range: [String] = []
        if let from {
            range.append("\(column) >= ?")
            params.append(from)
        }
        if let to {
            range.append("\(column) <= ?")
            params.append(to)
        }
        let dated = range.joined(separator: " AND ")
        return includeUndated ? "(\(column) IS NULL OR (\(dated)))" : dated
    }

    /// Both ends of a date filter, checked: each a real date, the first not after the second.
    public static func dateRange(from: String?, to: String?) throws -> (from: String?, to: String?) {
        let lower = try from.map { try dateBound($0, upper: false) }
        let upper = try to.map { try dateBound($0, upper: true) }
        if let lower, let upper, lower > upper, let from, let to {
            throw QueryError.emptyRange(from: from, to: to)
        }
        return (lower, upper)
    }

    /// A date filter as the stored YYYY-MM-DD form: a lower bound starts its month or
    /// year, an upper bound ends it, so `--from 2021 --to 2021-07` means Jan 1 to Jul 31.
    static func dateBound(_ text: String, upper: Bool) throws -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let digits = parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
        guard digits, parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }) else { throw QueryError.badDate(text) }
        if parts.count > 1, let m = Int(parts[1]), !(1...12).contains(m) { throw QueryError.badDate(text) }
        if parts.count > 2, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
           !(1...daysIn(month: m, year: y)).contains(d) {
            throw QueryError.badDate(text)
        }
        switch parts.count {
        case 1: return text + (upper ? "-12-31" : "-01-01")
        case 2: return text + (upper ? "-31" : "-01")
        case 3: return text
        default: throw QueryError.badDate(text)
        }
    }

    /// 28 to 31: February 2021 has no 30th, February 2024 a 29th.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
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
