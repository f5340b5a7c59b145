import Foundation
import SQLite

/// Why a curation command could not be carried out.
public enum CurationError: Error, CustomStringConvertible, Sendable, Equatable {
    case ambiguous(name: String, candidates: [String])
    case sameActor(String)
    case aliasTaken(alias: String, owner: String)
    case notAnAlias(alias: String, actor: String)
    case lastName(actor: String)
    case emptyName
    case nothingToSplit(actor: String, name: String)

    public var description: String {
        switch self {
        case .ambiguous(let name, let candidates):
            return "'\(name)' names several actors: \(candidates.joined(separator: ", ")); pick one by its #id"
        case .sameActor(let name):
            return "'\(name)' and the other name are the same actor already"
        case .aliasTaken(let alias, let owner):
            return "'\(alias)' is already an alias of \(owner); merge the two actors instead"
        case .notAnAlias(let alias, let actor):
            return "'\(alias)' is not an alias of \(actor)"
        case .lastName(let actor):
            return "'\(actor)' is the actor's name; rename it first, or give another alias"
        case .emptyName:
            return "a name needs at least one letter or digit"
        case .nothingToSplit(let actor, let name):
            return "nothing to split: \(actor) was never merged with '\(name)', and none of its aliases, mentions or statements is written '\(name)'"
        }
    }
}

/// What a person decides about actors: merge two into one, rename, add or remove an
/// alias, split a merge apart again. Each decision is one transaction and is recorded
/// in `curations`; merged aliases and blocked aliases steer every later ingest and
/// re-extraction, so the decision lasts.
public struct Curator {
    let kb: KnowledgeBase
    var db: Database { kb.db }

    public init(kb: KnowledgeBase) {
        self.kb = kb
    }

    /// The one actor `name` means: '#12' by id, else any alias; several is an error that lists them.
    public func actor(_ name: String) throws -> (id: Int64, name: String) {
        if name.hasPrefix("#"), let id = Int64(name.dropFirst()),
           let found = try db.cached("SELECT name FROM actors WHERE id = ?").first([id], { $0.string(0) }) {
            return (id, found)
        }
        let ids = try ActorLookup(db: db).ids(for: name)
        if ids.count > 1 {
            let names = try ids.prefix(8).map { id in
                let (n, k) = try db.cached("SELECT name, kind FROM actors WHERE id = ?").first([id]) { ($0.string(0), $0.string(1)) } ?? ("?", "?")
                return "\(n) (\(k), #\(id))"
            }
            throw CurationError.ambiguous(name: name, candidates: names)
        }
        let n = try db.cached("SELECT name FROM actors WHERE id = ?").first([ids[0]]) { $0.string(0) } ?? name
        return (ids[0], n)
    }

    /// What a merge moved, kept as JSON in `curations.detail`.
    struct Moved: Codable {
        var kind: String
        var aliases: [String]
        var mentions: [Int64]
        var statements: [Int64]
        var targets: [Int64]
        var droppedTargets: [Int64]
        /// Statements the merged actor made about the kept one: after the merge they would be about their own speaker.
        var selfTargets: [Int64]
        var roles: [Int64]
        // What a split needs to give the knowledge base back exactly (absent in merges
        // recorded by older versions, which are undone as well as they can be).
        /// The merged actor's own row.
        var actor: ActorRecord?
        /// All the merged actor's aliases, with their origin, and the keys the kept one had.
        var otherAliases: [AliasRecord]?
        var keepAliasKeys: [String]?
        /// Blocked alias keys of each.
        var otherBlocks: [String]?
        var keepBlocks: [String]?
        /// The merged actor's roles, whole (a role both had is dropped by the merge).
        var roleRows: [RoleRecord]?
        /// Curation history rows that were the merged actor's.
        var curations: [Int64]?
        /// Joint statements ('Trump and Sanders said'): the merged actor's co-speaker rows
        /// the merge gave the kept actor, those it dropped because the statement already
        /// speaks for the kept actor, and the kept actor's own rows dropped because it
        /// became the speaker of a statement the merged actor made.
        var coSpoken: [CoSpeakerRecord]?
        var coSpokenDropped: [CoSpeakerRecord]?
        var keepCoSpokenDropped: [CoSpeakerRecord]?
    }

    struct CoSpeakerRecord: Codable {
        var statement: Int64
        var position: Int
    }

    struct ActorRecord: Codable {
        var id: Int64
        var name: String
        var nameKey: String
        var surnameKey: String?
        var createdAt: String
    }

    struct AliasRecord: Codable {
        var alias: String
        var key: String
        var origin: String
    }

    struct RoleRecord: Codable {
        var id: Int64
        var title: String
        var affiliation: String?
        var article: Int64
        var seenOn: String?
    }

    /// Merges `other` into `keep`: one actor remains, with both actors' aliases, mentions,
    /// statements, targets and roles. Returns the kept actor's name.
    @discardableResult
    public func merge(keep keepName: String, into otherName: String) throws -> String {
        try kb.write {
            let keep = try actor(keepName), other = try actor(otherName)
            guard keep.id != other.id else { throw CurationError.sameActor(otherName) }
            let kind = try db.scalarString("SELECT kind FROM actors WHERE id = ?", [other.id]) ?? "unknown"
            let keepKeys = Set(try db.prepare("SELECT alias_key FROM aliases WHERE actor_id = ?").map([keep.id]) { $0.string(0) })
            var moved = Moved(kind: kind, aliases: [], mentions: [], statements: [], targets: [], droppedTargets: [], selfTargets: [], roles: [])
            try db.prepare("SELECT alias, alias_key FROM aliases WHERE actor_id = ?").forEach([other.id]) { row in
                if !keepKeys.contains(row.string(1)) { moved.aliases.append(row.string(0)) }
            }
            moved.mentions = try ids("SELECT id FROM mentions WHERE actor_id = ?", other.id)
            moved.statements = try ids("SELECT id FROM statements WHERE speaker_id = ?", other.id)
            moved.roles = try ids("SELECT id FROM roles WHERE actor_id = ?", other.id)
            // A statement about both, or by the kept actor about the other, loses that target row.
            moved.droppedTargets = try ids("""
                SELECT t.statement_id FROM statement_targets t JOIN statements s ON s.id = t.statement_id
                WHERE t.actor_id = ? AND (s.speaker_id IN (?, ?) OR EXISTS
                      (SELECT 1 FROM statement_targets k WHERE k.statement_id = t.statement_id AND k.actor_id = ?))
                """, other.id, keep.id, other.id, keep.id)
            moved.selfTargets = try ids("""
                SELECT t.statement_id FROM statement_targets t JOIN statements s ON s.id = t.statement_id
                WHERE t.actor_id = ? AND s.speaker_id = ?
                """, keep.id, other.id)
            moved.targets = try ids("SELECT statement_id FROM statement_targets WHERE actor_id = ?", other.id)
                .filter { !moved.droppedTargets.contains($0) }
            moved.actor = try db.prepare("SELECT id, name, name_key, surname_key, created_at FROM actors WHERE id = ?").first([other.id]) {
                ActorRecord(id: $0.int64(0), name: $0.string(1), nameKey: $0.string(2), surnameKey: $0.optionalString(3), createdAt: $0.string(4))
            }
            moved.otherAliases = try db.prepare("SELECT alias, alias_key, origin FROM aliases WHERE actor_id = ?").map([other.id]) {
                AliasRecord(alias: $0.string(0), key: $0.string(1), origin: $0.string(2))
            }
            moved.keepAliasKeys = keepKeys.sorted()
            moved.otherBlocks = try db.prepare("SELECT alias_key FROM alias_blocks WHERE actor_id = ?").map([other.id]) { $0.string(0) }
            moved.keepBlocks = try db.prepare("SELECT alias_key FROM alias_blocks WHERE actor_id = ?").map([keep.id]) { $0.string(0) }
            moved.roleRows = try db.prepare("SELECT id, title, affiliation, article_id, seen_on FROM roles WHERE actor_id = ?").map([other.id]) {
                RoleRecord(id: $0.int64(0), title: $0.string(1), affiliation: $0.optionalString(2), article: $0.int64(3), seenOn: $0.optionalString(4))
            }
            moved.curations = try ids("SELECT id FROM curations WHERE actor_id = ?", other.id)
            let speaksFor = "statement_id IN (SELECT id FROM statements WHERE speaker_id = ?) OR statement_id IN (SELECT statement_id FROM statement_co_speakers WHERE actor_id = ?)"
            moved.coSpokenDropped = try coSpeakerRows("SELECT statement_id, position FROM statement_co_speakers WHERE actor_id = ? AND (\(speaksFor))",
                                                      other.id, keep.id, keep.id)
            moved.coSpoken = try coSpeakerRows("SELECT statement_id, position FROM statement_co_speakers WHERE actor_id = ? AND NOT (\(speaksFor))",
                                               other.id, keep.id, keep.id)
            moved.keepCoSpokenDropped = try coSpeakerRows("""
                SELECT statement_id, position FROM statement_co_speakers WHERE actor_id = ? AND statement_id IN (SELECT id FROM statements WHERE speaker_id = ?)
                """, keep.id, other.id)

            try db.run("INSERT OR IGNORE INTO aliases (actor_id, alias, alias_key, origin) SELECT ?, alias, alias_key, 'curated' FROM aliases WHERE actor_id = ?",
                       [keep.id, other.id])
            try db.run("UPDATE mentions SET actor_id = ? WHERE actor_id = ?", [keep.id, other.id])
            try db.run("DELETE FROM statement_co_speakers WHERE actor_id = ? AND statement_id IN (SELECT value FROM json_each(?))",
                       [other.id, Self.json((moved.coSpokenDropped ?? []).map(\.statement))])
            try db.run("UPDATE statement_co_speakers SET actor_id = ? WHERE actor_id = ?", [keep.id, other.id])
            try db.run("UPDATE statements SET speaker_id = ? WHERE speaker_id = ?", [keep.id, other.id])
            try db.run("DELETE FROM statement_co_speakers WHERE actor_id = ? AND statement_id IN (SELECT value FROM json_each(?))",
                       [keep.id, Self.json((moved.keepCoSpokenDropped ?? []).map(\.statement))])
            try db.run("DELETE FROM statement_targets WHERE actor_id = ? AND statement_id IN (SELECT value FROM json_each(?))",
                       [other.id, Self.json(moved.droppedTargets)])
            try db.run("DELETE FROM statement_targets WHERE actor_id = ? AND statement_id IN (SELECT id FROM statements WHERE speaker_id = ?)",
                       [keep.id, keep.id])
            try db.run("UPDATE statement_targets SET actor_id = ? WHERE actor_id = ?", [keep.id, other.id])
            try db.run("UPDATE OR IGNORE roles SET actor_id = ? WHERE actor_id = ?", [keep.id, other.id])
            try db.run("INSERT OR IGNORE INTO alias_blocks (actor_id, alias_key) SELECT ?, alias_key FROM alias_blocks WHERE actor_id = ?", [keep.id, other.id])
            try db.run("UPDATE curations SET actor_id = ? WHERE actor_id = ?", [keep.id, other.id])
            try db.run("DELETE FROM actors WHERE id = ?", [other.id])
            try recount([keep.id])
            let detail = String(decoding: try JSONEncoder().encode(moved), as: UTF8.self)
            try db.run("INSERT INTO curations (action, actor_id, actor_name, other_name, other_id, detail) VALUES ('merge', ?, ?, ?, ?, ?)",
                       [keep.id, keep.name, other.name, other.id, detail])
            return keep.name
        }
    }

    /// Undoes the latest merge of `otherName` into `name`, or, when there was none, makes
    /// a new actor of `otherName` from the mentions and statements written that way.
    /// Returns the new actor's id.
    @discardableResult
    public func split(_ name: String, _ otherName: String, aliases extra: [String] = []) throws -> Int64 {
        try kb.write {
            let from = try actor(name)
            let otherKey = NameKey.make(otherName)
            guard !otherKey.isEmpty else { throw CurationError.emptyName }
            let merges = try db.prepare("""
                SELECT id, other_name, detail FROM curations
                WHERE action = 'merge' AND actor_id = ? AND undone_by IS NULL ORDER BY id DESC
                """).map([from.id]) { ($0.int64(0), $0.string(1), $0.optionalString(2)) }
            // The merge to undo: the latest one whose merged actor went by the name given
            // (its name or any of its aliases: `split Atmar Qureshi` after `merge Atmar Qureshi`).
            let decoded = merges.compactMap { merge in
                merge.2.flatMap { try? JSONDecoder().decode(Moved.self, from: Data($0.utf8)) }.map { (merge.0, merge.1, $0) }
            }
            if let (mergeID, mergedName, moved) = decoded.first(where: { _, name, moved in
                NameKey.make(name) == otherKey || moved.aliases.contains { NameKey.make($0) == otherKey }
                    || (moved.otherAliases ?? []).contains { $0.key == otherKey }
            }) {
                let merge = (mergeID, mergedName)
                // Articles re-extracted since the merge hold rows the merge never saw, resolved
                // to the kept actor (a statement about the merged one has no written name to
                // follow): they are marked due, and a re-extraction after the split, which
                // follows the aliases given back, puts them right (`whosaid actors split` runs it).
                let kept = try db.scalarInt("SELECT count(*) FROM mentions WHERE actor_id = ? AND id IN (SELECT value FROM json_each(?))",
                                            [from.id, Self.json(moved.mentions)]) ?? 0
                if kept < moved.mentions.count {
                    try db.run("""
                        UPDATE articles SET extractor_version = ? || extractor_version
                        WHERE extractor_version NOT LIKE ? || '%' AND id IN (
                            SELECT article_id FROM mentions WHERE actor_id = ?
                            UNION SELECT article_id FROM statements WHERE speaker_id = ?
                            UNION SELECT s.article_id FROM statement_targets t JOIN statements s ON s.id = t.statement_id WHERE t.actor_id = ?)
                        """, [Reextractor.duePrefix, Reextractor.duePrefix, from.id, from.id, from.id])
                }
                let id = try recreate(moved, name: merge.1)
                if let aliases = moved.otherAliases, let keepKeys = moved.keepAliasKeys {
                    // Exactly the aliases each had, with their origins.
                    for a in aliases {
                        try db.run("INSERT OR REPLACE INTO aliases (actor_id, alias, alias_key, origin) VALUES (?, ?, ?, ?)", [id, a.alias, a.key, a.origin])
                        if !keepKeys.contains(a.key) { try db.run("DELETE FROM aliases WHERE actor_id = ? AND alias_key = ?", [from.id, a.key]) }
                    }
                    for key in moved.otherBlocks ?? [] {
                        try db.run("INSERT OR IGNORE INTO alias_blocks (actor_id, alias_key) VALUES (?, ?)", [id, key])
                        if !(moved.keepBlocks ?? []).contains(key) { try db.run("DELETE FROM alias_blocks WHERE actor_id = ? AND alias_key = ?", [from.id, key]) }
                    }
                } else {
                    for alias in moved.aliases { try moveAlias(alias, from: from.id, to: id) }
                }
                try db.run("UPDATE mentions SET actor_id = ? WHERE actor_id = ? AND id IN (SELECT value FROM json_each(?))", [id, from.id, Self.json(moved.mentions)])
                try db.run("UPDATE statements SET speaker_id = ? WHERE speaker_id = ? AND id IN (SELECT value FROM json_each(?))", [id, from.id, Self.json(moved.statements)])
                // Joint statements as they were: the merged actor's co-speaker rows back, and
                // those the merge dropped on either side.
                try db.run("UPDATE statement_co_speakers SET actor_id = ? WHERE actor_id = ? AND statement_id IN (SELECT value FROM json_each(?))",
                           [id, from.id, Self.json((moved.coSpoken ?? []).map(\.statement))])
                for (actorID, rows) in [(id, moved.coSpokenDropped ?? []), (from.id, moved.keepCoSpokenDropped ?? [])] {
                    for r in rows {
                        try db.run("INSERT OR IGNORE INTO statement_co_speakers (statement_id, actor_id, position) SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM statements WHERE id = ?)",
                                   [r.statement, actorID, r.position, r.statement])
                    }
                }
                try db.run("UPDATE OR IGNORE statement_targets SET actor_id = ? WHERE actor_id = ? AND statement_id IN (SELECT value FROM json_each(?))",
                           [id, from.id, Self.json(moved.targets)])
                // Targets put back carry their statement's speaker and date from the start: a
                // row inserted without them is counted for its pair once on insert and again
                // when the copy trigger fills the speaker in.
                try db.run("""
                    INSERT OR IGNORE INTO statement_targets (statement_id, actor_id, speaker_id, published)
                    SELECT id, ?, speaker_id, published FROM statements WHERE id IN (SELECT value FROM json_each(?))
                    """, [id, Self.json(moved.droppedTargets)])
                try db.run("DELETE FROM statement_targets WHERE actor_id = ? AND statement_id IN (SELECT id FROM statements WHERE speaker_id = ?)", [id, id])
                try db.run("""
                    INSERT OR IGNORE INTO statement_targets (statement_id, actor_id, speaker_id, published)
                    SELECT id, ?, speaker_id, published FROM statements WHERE speaker_id = ? AND id IN (SELECT value FROM json_each(?))
                    """, [from.id, id, Self.json(moved.selfTargets)])
                if let roles = moved.roleRows {
                    // Every role the merged actor had, those the merge dropped as duplicates too.
                    for r in roles {
                        try db.run("DELETE FROM roles WHERE id = ? AND actor_id = ? AND title = ? AND article_id = ?", [r.id, from.id, r.title, r.article])
                        let free = try db.scalarInt("SELECT count(*) FROM roles WHERE id = ?", [r.id]) == 0
                        try db.run("""
                            INSERT OR IGNORE INTO roles (id, actor_id, title, affiliation, article_id, seen_on)
                            SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)
                            """, [free ? r.id : nil, id, r.title, r.affiliation, r.article, r.seenOn, r.article])
                    }
                } else {
                    try db.run("UPDATE OR IGNORE roles SET actor_id = ? WHERE actor_id = ? AND id IN (SELECT value FROM json_each(?))", [id, from.id, Self.json(moved.roles)])
                }
                try db.run("UPDATE curations SET actor_id = ? WHERE actor_id = ? AND id IN (SELECT value FROM json_each(?))",
                           [id, from.id, Self.json(moved.curations ?? [])])
                // After a re-extraction the recorded rows are gone: what is written under the
                // moved names follows them instead.
                try reassignWritten(Set(moved.aliases.map(NameKey.make)), from: from.id, to: id)
                try recount([from.id, id])
                try db.run("INSERT INTO curations (action, actor_id, actor_name, other_name, other_id) VALUES ('split', ?, ?, ?, ?)", [from.id, from.name, merge.1, id])
                try db.run("UPDATE curations SET undone_by = ? WHERE id = ?", [db.lastInsertRowID, merge.0])
                return id
            }
            // No merge to undo: the new actor takes the given names from the old one.
            let names = [otherName] + extra
            let keys = Set(names.map(NameKey.make).filter { !$0.isEmpty })
            let kind = try db.scalarString("SELECT kind FROM actors WHERE id = ?", [from.id]) ?? "unknown"
            if keys.contains(NameKey.make(from.name)) { throw CurationError.lastName(actor: from.name) }
            // Something must be written that way: an alias of the actor, or a mention or
            // statement of it; otherwise the split would only make an empty actor.
            let isAlias = try keys.contains { try db.scalarInt("SELECT count(*) FROM aliases WHERE actor_id = ? AND alias_key = ?", [from.id, $0]) ?? 0 > 0 }
            let found = try written(keys, of: from.id)
            guard isAlias || !found.mentions.isEmpty || !found.statements.isEmpty else {
                throw CurationError.nothingToSplit(actor: from.name, name: otherName)
            }
            let id = try create(name: otherName, kind: kind)
            for alias in names { try moveAlias(alias, from: from.id, to: id) }
            try reassignWritten(keys, from: from.id, to: id)
            try db.run("INSERT INTO curations (action, actor_id, actor_name, other_name, other_id) VALUES ('split', ?, ?, ?, ?)", [from.id, from.name, otherName, id])
            return id
        }
    }

    public func rename(_ name: String, to newName: String) throws {
        try kb.write {
            let a = try actor(name)
            let key = NameKey.make(newName)
            guard !key.isEmpty else { throw CurationError.emptyName }
            if let owner = try owner(of: key), owner.id != a.id { throw CurationError.aliasTaken(alias: newName, owner: owner.name) }
            let words = key.split(separator: " ")
            try db.run("""
                UPDATE actors SET name = ?, name_key = ?, surname_key = CASE WHEN kind = 'person' AND ? >= 2 THEN ? ELSE NULL END WHERE id = ?
                """, [newName, key, words.count, words.last.map(String.init), a.id])
            try db.run("DELETE FROM alias_blocks WHERE actor_id = ? AND alias_key = ?", [a.id, key])
            try db.run("INSERT OR REPLACE INTO aliases (actor_id, alias, alias_key, origin) VALUES (?, ?, ?, 'curated')", [a.id, newName, key])
            try db.run("INSERT INTO curations (action, actor_id, actor_name, other_name) VALUES ('rename', ?, ?, ?)", [a.id, newName, a.name])
        }
    }

    public func addAlias(_ name: String, alias: String) throws {
        try kb.write {
            let a = try actor(name)
            let key = NameKey.make(alias)
            guard !key.isEmpty else { throw CurationError.emptyName }
            if let owner = try owner(of: key), owner.id != a.id { throw CurationError.aliasTaken(alias: alias, owner: owner.name) }
            try db.run("DELETE FROM alias_blocks WHERE actor_id = ? AND alias_key = ?", [a.id, key])
            try db.run("INSERT OR REPLACE INTO aliases (actor_id, alias, alias_key, origin) VALUES (?, ?, ?, 'curated')", [a.id, alias, key])
            try db.run("INSERT INTO curations (action, actor_id, actor_name, other_name) VALUES ('alias-add', ?, ?, ?)", [a.id, a.name, alias])
        }
    }

    /// Removes an alias and blocks it: ingest will not link mentions written that way to
    /// this actor again.
    public func removeAlias(_ name: String, alias: String) throws {
        try kb.write {
            let a = try actor(name)
            let key = NameKey.make(alias)
            if key == NameKey.make(a.name) { throw CurationError.lastName(actor: a.name) }
            let removed = try db.scalarInt("SELECT count(*) FROM aliases WHERE actor_id = ? AND alias_key = ?", [a.id, key]) ?? 0
            guard removed > 0 else { throw CurationError.notAnAlias(alias: alias, actor: a.name) }
            try db.run("DELETE FROM aliases WHERE actor_id = ? AND alias_key = ?", [a.id, key])
            try db.run("INSERT OR IGNORE INTO alias_blocks (actor_id, alias_key) VALUES (?, ?)", [a.id, key])
            try db.run("INSERT INTO curations (action, actor_id, actor_name, other_name) VALUES ('alias-remove', ?, ?, ?)", [a.id, a.name, alias])
        }
    }

    /// Curation history, newest first.
    public func history(limit: Int = 50) throws -> [(when: String, action: String, actor: String, other: String?)] {
        try db.prepare("SELECT created_at, action, actor_name, other_name FROM curations ORDER BY id DESC LIMIT ?").map([limit]) {
            ($0.string(0), $0.string(1), $0.string(2), $0.optionalString(3))
        }
    }

    // MARK: Helpers

    private func ids(_ sql: String, _ values: DatabaseValueConvertible?...) throws -> [Int64] {
        try db.prepare(sql).map(values) { $0.int64(0) }
    }

    private func coSpeakerRows(_ sql: String, _ values: DatabaseValueConvertible?...) throws -> [CoSpeakerRecord] {
        try db.prepare(sql).map(values) { CoSpeakerRecord(statement: $0.int64(0), position: $0.int(1)) }
    }

    private func owner(of key: String) throws -> (id: Int64, name: String)? {
        try db.prepare("SELECT a.id, a.name FROM aliases al JOIN actors a ON a.id = al.actor_id WHERE al.alias_key = ? LIMIT 1")
            .first([key]) { ($0.int64(0), $0.string(1)) }
    }

    private func create(name: String, kind: String) throws -> Int64 {
        let key = NameKey.make(name)
        let words = key.split(separator: " ")
        try db.run("INSERT INTO actors (kind, name, name_key, surname_key) VALUES (?, ?, ?, ?)",
                   [kind, name, key, kind == "person" && words.count >= 2 ? words.last.map(String.init) : nil])
        let id = db.lastInsertRowID
        try db.run("INSERT OR IGNORE INTO aliases (actor_id, alias, alias_key, origin) VALUES (?, ?, ?, 'curated')", [id, name, key])
        return id
    }

    private func moveAlias(_ alias: String, from: Int64, to: Int64) throws {
        let key = NameKey.make(alias)
        guard !key.isEmpty else { return }
        try db.run("DELETE FROM aliases WHERE actor_id = ? AND alias_key = ?", [from, key])
        try db.run("INSERT OR IGNORE INTO aliases (actor_id, alias, alias_key, origin) VALUES (?, ?, ?, 'curated')", [to, alias, key])
        // The old actor must not take the name back at the next ingest.
        try db.run("INSERT OR IGNORE INTO alias_blocks (actor_id, alias_key) VALUES (?, ?)", [from, key])
    }

    /// The mentions and spoken statements of `actor` written under one of `keys`.
    private func written(_ keys: Set<String>, of actor: Int64) throws -> (mentions: [Int64], statements: [Int64]) {
        var mentionIDs: [Int64] = [], statementIDs: [Int64] = []
        guard !keys.isEmpty else { return ([], []) }
        try db.prepare("SELECT id, text FROM mentions WHERE actor_id = ?").forEach([actor]) { row in
            if Self.names(row.string(1), keys) { mentionIDs.append(row.int64(0)) }
        }
        // (Not a joint statement: 'Trump and Sanders' names both, whichever comes last.)
        try db.prepare("""
            SELECT id, speaker_text FROM statements WHERE speaker_id = ?
            AND NOT EXISTS (SELECT 1 FROM statement_co_speakers c WHERE c.statement_id = statements.id)
            """).forEach([actor]) { row in
            if let t = row.optionalString(1), Self.names(t, keys) { statementIDs.append(row.int64(0)) }
        }
        return (mentionIDs, statementIDs)
    }

    /// The merged actor again, under its old id when no one has taken it since.
    private func recreate(_ moved: Moved, name: String) throws -> Int64 {
        guard let a = moved.actor, try db.scalarInt("SELECT count(*) FROM actors WHERE id = ?", [a.id]) == 0 else {
            return try create(name: name, kind: moved.kind)
        }
        try db.run("INSERT INTO actors (id, kind, name, name_key, surname_key, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                   [a.id, moved.kind, a.name, a.nameKey, a.surnameKey, a.createdAt])
        return a.id
    }

    /// Recomputes what the triggers keep for `actors` from the rows: their running counts,
    /// dates seen, the copied speaker of the targets of their statements and every pair
    /// count they are part of. A curation moves rows in several steps (and `OR IGNORE`
    /// drops some), which the row-by-row triggers can count twice; the rows are the truth.
    private func recount(_ actors: [Int64]) throws {
        let list = Self.json(actors)
        try db.run("""
            UPDATE statement_targets SET speaker_id = (SELECT speaker_id FROM statements s WHERE s.id = statement_targets.statement_id)
            WHERE statement_id IN (SELECT id FROM statements WHERE speaker_id IN (SELECT value FROM json_each(?)))
               OR speaker_id IN (SELECT value FROM json_each(?))
            """, [list, list])
        try db.run("""
            UPDATE actor_stats SET
                statements = (SELECT count(*) FROM statements WHERE speaker_id = actor_stats.actor_id),
                spoken_about = (SELECT count(*) FROM statement_targets WHERE actor_id = actor_stats.actor_id),
                mentions = (SELECT count(*) FROM mentions WHERE actor_id = actor_stats.actor_id),
                first_seen = (SELECT min(ar.published) FROM mentions m JOIN articles ar ON ar.id = m.article_id WHERE m.actor_id = actor_stats.actor_id),
                last_seen = (SELECT max(ar.published) FROM mentions m JOIN articles ar ON ar.id = m.article_id WHERE m.actor_id = actor_stats.actor_id)
            WHERE actor_id IN (SELECT value FROM json_each(?))
            """, [list])
        try db.run("""
            DELETE FROM speaker_target_counts
            WHERE speaker_id IN (SELECT value FROM json_each(?)) OR target_id IN (SELECT value FROM json_each(?))
            """, [list, list])
        try db.run("""
            INSERT INTO speaker_target_counts (speaker_id, target_id, statements)
            SELECT speaker_id, actor_id, count(*) FROM statement_targets
            WHERE speaker_id IS NOT NULL
              AND (speaker_id IN (SELECT value FROM json_each(?)) OR actor_id IN (SELECT value FROM json_each(?)))
            GROUP BY speaker_id, actor_id
            """, [list, list])
    }

    /// Moves the mentions and spoken statements written under one of `keys` to `to`.
    private func reassignWritten(_ keys: Set<String>, from: Int64, to: Int64) throws {
        guard !keys.isEmpty else { return }
        let (mentionIDs, statementIDs) = try written(keys, of: from)
        try db.run("UPDATE mentions SET actor_id = ? WHERE id IN (SELECT value FROM json_each(?))", [to, Self.json(mentionIDs)])
        try db.run("UPDATE statements SET speaker_id = ? WHERE id IN (SELECT value FROM json_each(?))", [to, Self.json(statementIDs)])
    }

    /// True when text written in an article ('Foreign Minister Atmar') names one of `keys`
    /// ('atmar'): the whole of it, or its last words after a title.
    static func names(_ text: String, _ keys: Set<String>) -> Bool {
        let key = NameKey.make(text)
        return keys.contains { key == $0 || key.hasSuffix(" " + $0) }
    }

    static func json(_ ids: [Int64]) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }
}
