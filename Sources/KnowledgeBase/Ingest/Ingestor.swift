import Digest
import Extraction
import SQLite

/// What happened to one article.
public enum IngestOutcome: Sendable, Equatable {
    /// Stored, with this many statements.
    case inserted(articleID: Int64, statements: Int)
    /// The same text was already stored.
    case unchanged(articleID: Int64)
}

/// Writes articles and what extraction found in them. Each article is one
/// transaction: it lands whole (article, actors, mentions, roles, statements,
/// targets) or not at all.
public final class Ingestor {
    public let kb: KnowledgeBase
    public let extractor: Extractor
    private let actors: ActorStore
    private var roleHolders: RoleHolders

    public init(kb: KnowledgeBase, extractor: Extractor = Extractor()) {
        self.kb = kb
        self.extractor = extractor
        self.actors = ActorStore(db: kb.db)
        self.roleHolders = RoleHolders(db: kb.db, lexicon: extractor.lexicon)
    }

    /// Extracts and stores one article.
    public func ingest(_ input: ArticleInput) throws -> IngestOutcome {
        let hash = Self.contentHash(input.text)
        if let id = try existing(hash) { return .unchanged(articleID: id) }
        let result = extractor.extract(input.text, fileName: input.path.map(baseName))
        return try store(input, result: result, hash: hash)
    }

    /// The hash that identifies an article's text; a leading byte-order mark does not
    /// make a different article.
    public static func contentHash(_ text: String) -> String {
        SHA256.hex(text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text)
    }

    /// The id of a stored article with this content hash.
    public func existing(_ hash: String) throws -> Int64? {
        try kb.db.cached("SELECT id FROM articles WHERE content_hash = ?").first([hash]) { $0.int64(0) }
    }

    /// Stores an article with an extraction made elsewhere (e.g. on another thread).
    /// Inside a batch transaction (`KnowledgeBase.write`) the article gets a savepoint of
    /// its own, so a failure rolls back this article alone. With `isolated` false it
    /// does not: a failure then leaves part of the article in the open transaction, and
    /// the caller must roll the whole transaction back (see `IngestPipeline`, which
    /// writes a batch that way first, since a savepoint copies every page the article
    /// touches, and again article by article only when something failed).
    public func store(_ input: ArticleInput, result: ExtractionResult, hash: String, isolated: Bool = true) throws -> IngestOutcome {
        let body = { () throws -> IngestOutcome in
            if let id = try self.existing(hash) { return .unchanged(articleID: id) }
            return .inserted(articleID: try self.insert(input, result: result, hash: hash), statements: result.attributions.count)
        }
        do {
            if !isolated, kb.db.isInTransaction { return try body() }
            return try kb.write(body)
        } catch {
            actors.invalidate()
            throw error
        }
    }

    /// Runs `body`, a series of `store` (or `replace`) calls, as one transaction (each
    /// article still in a savepoint of its own). What the schema's triggers keep (the
    /// full-text index, the copied dates and speakers, the running counts) is then brought
    /// up to date for the whole batch in a few set-wise statements at the end, inside the
    /// same transaction, instead of trigger calls per row: FTS5 writes its pending index to
    /// disk at every statement savepoint, which made it most of the cost of ingest. The
    /// triggers stay in the schema for every other connection (the sqlite3 shell, curation,
    /// other tools); they are switched off on this connection only for the batch, and only
    /// when they are the schema's own (a trigger added later keeps firing, row by row).
    /// `replacing` names the articles whose findings the batch replaces: what they
    /// contributed is taken out at the start, what replaces it is added at the end.
    public func batch<T>(replacing articleIDs: [Int64] = [], _ body: () throws -> T) throws -> T {
        try kb.write {
            let db = kb.db
            guard try onlySchemaTriggers() else { return try body() }
            let marks = try DerivedData.Marks(db, replacing: articleIDs)
            try DerivedData.takeOut(db, marks)
            try db.setTriggersEnabled(false)
            defer { try? db.setTriggersEnabled(true) }
            let result = try body()
            try DerivedData.catchUp(db, marks)
            return result
        }
    }

    private func onlySchemaTriggers() throws -> Bool {
        let names = Set(try kb.db.cached("""
            SELECT name FROM sqlite_schema WHERE type = 'trigger'
            UNION ALL SELECT name FROM sqlite_temp_schema WHERE type = 'trigger'
            """).map { $0.string(0) })
        return names.contains("statements_fts_insert") && names.isSubset(of: DerivedData.triggers)
    }

    /// Time spent resolving actors (alias look-ups, new actors and aliases) so far.
    public var resolutionSeconds: Double { actors.seconds }

    /// Forgets cached actor ids, after a transaction was rolled back from outside.
    public func discardCaches() { actors.invalidate() }

    /// Replaces what an earlier extraction stored for article `articleID` (statements,
    /// mentions, roles, targets) with `result`, and records the current extractor
    /// version; the article row, its id and its actors stay. One transaction (or a
    /// savepoint inside a batch).
    public func replace(articleID: Int64, result: ExtractionResult, published: String?) throws {
        do {
            try kb.write {
                let db = kb.db
                // Statements take their spans, targets and full-text rows with them (cascade, trigger).
                try db.run("DELETE FROM statements WHERE article_id = ?", [articleID])
                try db.run("DELETE FROM mentions WHERE article_id = ?", [articleID])
                try db.run("DELETE FROM roles WHERE article_id = ?", [articleID])
                try insertFindings(articleID: articleID, result: result, published: published)
                try db.run("UPDATE articles SET extractor_version = ? WHERE id = ?", [Extractor.version, articleID])
            }
        } catch {
            actors.invalidate()
            throw error
        }
    }

    private func insert(_ input: ArticleInput, result: ExtractionResult, hash: String) throws -> Int64 {
        let db = kb.db
        let header = result.header
        try db.run("""
            INSERT INTO articles (content_hash, title, published, date_text, dateline, source, path, url, format, body, extractor_version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [hash, input.title ?? header.title, Self.normalizedDate(input.date) ?? header.date, input.date ?? header.dateText,
                  header.dateline, input.source ?? header.source, input.path, input.url, input.format.rawValue, input.text,
                  Extractor.version])
        let articleID = db.lastInsertRowID
        try insertFindings(articleID: articleID, result: result, published: Self.normalizedDate(input.date) ?? header.date)
        return articleID
    }

    /// The inserts run for every mention and statement, prepared once per connection and
    /// held here, so a row costs no look-up of its SQL text.
    private enum RowSQL: Int, CaseIterable {
        case mention, role, statement, contentSpan, sourceSpan, target, coSpeaker

        var text: String {
            switch self {
            case .mention: return "INSERT INTO mentions (article_id, actor_id, start, end, text) VALUES (?, ?, ?, ?, ?)"
            case .role: return "INSERT OR IGNORE INTO roles (actor_id, title, affiliation, article_id, seen_on) VALUES (?, ?, ?, ?, ?)"
            case .statement:
                return """
                    INSERT INTO statements (article_id, published, speaker_id, speaker_text, speaker_start, speaker_end, kind, content,
                                            content_start, content_end, cue, cue_start, cue_end, rule)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """
            case .contentSpan: return "INSERT INTO statement_spans (statement_id, role, seq, start, end) VALUES (?, 'content', ?, ?, ?)"
            case .sourceSpan: return "INSERT INTO statement_spans (statement_id, role, seq, start, end) VALUES (?, 'source', ?, ?, ?)"
            case .target: return "INSERT OR IGNORE INTO statement_targets (statement_id, actor_id, speaker_id, published) VALUES (?, ?, ?, ?)"
            case .coSpeaker: return "INSERT OR IGNORE INTO statement_co_speakers (statement_id, actor_id, position) VALUES (?, ?, ?)"
            }
        }
    }

    private var rowStatements: [Statement?] = Array(repeating: nil, count: RowSQL.allCases.count)

    private func row(_ sql: RowSQL) throws -> Statement {
        if let statement = rowStatements[sql.rawValue] { return statement }
        let statement = try kb.db.prepare(sql.text)
        rowStatements[sql.rawValue] = statement
        return statement
    }

    /// The actor a statement's speaker is: the one its name's mention in the source went
    /// to. That is the speaker's own actor unless a person split the name as written off
    /// it ('Qureshi' off 'Shah Mahmood Qureshi', a blocked alias): then the statement
    /// follows the mention to the actor of that name, in a later ingest as in a
    /// re-extraction, as `split` moved it.
    private func actorID(speaker: ActorRef, sources: [Span], mentions: [Mention]) throws -> Int64 {
        guard actors.hasBlockedAliases, let written = mentions.first(where: { m in
            m.actor == speaker && sources.contains { $0.start <= m.nameSpan.start && m.nameSpan.end <= $0.end }
        }) else { return try actors.id(for: speaker) }
        return try actors.id(for: speaker, writtenAs: written.alias)
    }

    /// Mentions, roles, statements with their spans and targets of one article.
    private func insertFindings(articleID: Int64, result: ExtractionResult, published: String?) throws {
        let db = kb.db
        try actors.refreshIfCurated()
        let text = result.text
        let insertMention = try row(.mention), insertRole = try row(.role), insertStatement = try row(.statement)
        let insertContentSpan = try row(.contentSpan), insertSourceSpan = try row(.sourceSpan), insertTarget = try row(.target)
        let insertCoSpeaker = try row(.coSpeaker)

        for mention in result.mentions {
            let actorID = try actors.id(for: mention.actor, writtenAs: mention.alias)
            try actors.addAlias(mention.alias, to: actorID)
            try insertMention.execute(articleID, actorID, mention.span.start, mention.span.end, text.text(mention.span))
            if let role = mention.role {
                try insertRole.execute(actorID, role, mention.affiliation, articleID, published)
            }
        }

        for a in result.attributions {
            var speakerID = try a.speaker.map { try actorID(speaker: $0, sources: a.sources, mentions: result.mentions) }
            // A role the article gives nobody: the one person other articles gave it.
            if speakerID == nil, let description = a.speakerDescription {
                speakerID = try roleHolders.holder(of: description, on: published)
            }
            let source = a.sources.first
            let content = a.contents.count == 1 ? text.text(a.contents[0]) : a.contents.map { text.text($0) }.joined(separator: " … ")
            try insertStatement.execute(articleID, published, speakerID, source.map { text.text($0) }, source?.start, source?.end, a.kind.rawValue,
                                        content, a.contents.first?.start ?? 0, a.contents.last?.end ?? 0, a.cue.map { text.text($0) },
                                        a.cue?.start, a.cue?.end, a.rule)
            let statementID = db.lastInsertRowID
            // A single span is the statement row's own start and end (migration 0004).
            if a.contents.count > 1 {
                for (seq, span) in a.contents.enumerated() {
                    try insertContentSpan.execute(statementID, seq, span.start, span.end)
                }
            }
            if a.sources.count > 1 {
                for (seq, span) in a.sources.enumerated() {
                    try insertSourceSpan.execute(statementID, seq, span.start, span.end)
                }
            }
            // A joint statement ('Trump and Sanders said'): the others it speaks for.
            var coSpeakerIDs: Set<Int64> = []
            if let speakerID {
                for co in a.coSpeakers {
                    let id = try actors.id(for: co)
                    guard id != speakerID, coSpeakerIDs.insert(id).inserted else { continue }
                    try insertCoSpeaker.execute(statementID, id, coSpeakerIDs.count)
                }
            }
            for target in a.about {
                let targetID = try actors.id(for: target)
                if targetID == speakerID || coSpeakerIDs.contains(targetID) { continue }
                try insertTarget.execute(statementID, targetID, speakerID, published)
            }
        }
    }

    /// A JSON record's date, reduced to YYYY-MM-DD when it starts with one.
    func normalizedDate(_ date: String?) -> String? {
        Self.normalizedDate(date)
    }

    static func normalizedDate(_ date: String?) -> String? {
        guard let date else { return nil }
        let prefix = String(date.prefix(10))
        let parts = prefix.split(separator: "-")
        if parts.count == 3, parts[0].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) { return prefix }
        return ArticleHeader.parse(date).date
    }

    private func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
