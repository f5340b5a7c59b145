/// One schema step: an id that orders it and a script that is never edited once shipped.
public struct Migration: Sendable {
    public let id: Int
    public let name: String
    public let sql: String

    public init(id: Int, name: String, sql: String) {
        self.id = id
        self.name = name
        self.sql = sql
    }

    /// Builds a migration from a file name such as `0001_initial.sql`.
    public init?(fileName: String, sql: String) {
        guard fileName.hasSuffix(".sql") else { return nil }
        let stem = fileName.dropLast(4)
        guard let underscore = stem.firstIndex(of: "_"), let id = Int(stem[..<underscore]) else { return nil }
        self.init(id: id, name: String(stem[stem.index(after: underscore)...]), sql: sql)
    }
}

/// Why a database cannot be brought to this build's schema.
public enum MigrationError: Error, CustomStringConvertible, Sendable {
    /// The database was written by a newer build: its schema has steps we cannot know.
    case unknownMigrations(ids: [Int])
    /// The file holds tables but is not one of ours.
    case foreignDatabase(reason: String)
    /// A migration left rows that break a foreign key.
    case foreignKeyViolation(migration: String, count: Int)

    public var description: String {
        switch self {
        case .unknownMigrations(let ids):
            return "the database has schema migration(s) \(ids.map(String.init).joined(separator: ", ")) that this build does not know; use a newer whosaid"
        case .foreignDatabase(let reason):
            return "not a WhoSaid database (\(reason))"
        case .foreignKeyViolation(let migration, let count):
            return "migration \(migration) left \(count) foreign key violation(s)"
        }
    }
}

/// Applies migrations in order, each in its own IMMEDIATE transaction, and records
/// them in `schema_migrations` so that reopening applies only what is new.
/// The `application_id` header field marks a file as ours, so that an unrelated
/// SQLite file is refused instead of being silently filled with our tables.
public struct Migrator: Sendable {
    public let migrations: [Migration]
    public let applicationID: Int32

    public init(migrations: [Migration], applicationID: Int32) {
        self.migrations = migrations.sorted { $0.id < $1.id }
        self.applicationID = applicationID
    }

    /// Ids already applied to `db` (empty for a new database).
    public func appliedIDs(in db: Database) throws -> [Int] {
        let exists = try db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'") ?? 0
        guard exists > 0 else { return [] }
        return try db.cached("SELECT id FROM schema_migrations ORDER BY id").map { $0.int(0) }
    }

    /// Checks, without changing anything, that the database is ours and holds no
    /// migration this build does not know (for read-only use).
    public func verify(_ db: Database) throws {
        let appID = try db.scalarInt("PRAGMA application_id") ?? 0
        let applied = try appliedIDs(in: db)
        guard appID == Int(applicationID), !applied.isEmpty else {
            throw MigrationError.foreignDatabase(reason: appID == 0 ? "it has no WhoSaid schema" : "its application_id is \(appID)")
        }
        let known = Set(migrations.map(\.id))
        let unknown = applied.filter { !known.contains($0) }
        if !unknown.isEmpty { throw MigrationError.unknownMigrations(ids: unknown) }
    }

    /// Throws unless `db` is ours or wholly empty, reading only: nothing may be written
    /// to a file that is not ours (not even the journal mode in its header), so this runs
    /// before any setting that changes the file. Empty means no schema object of any kind
    /// (a lone view or index is somebody's) and no `user_version` set by another program.
    public func refuseForeign(_ db: Database) throws {
        let appID = try db.scalarInt("PRAGMA application_id") ?? 0
        guard appID != Int(applicationID) else { return }
        if appID != 0 {
            throw MigrationError.foreignDatabase(reason: "its application_id is \(appID)")
        }
        var objects: [String: Int] = [:]
        try db.prepare("SELECT type, count(*) FROM sqlite_schema GROUP BY type").forEach { objects[$0.string(0)] = $0.int(1) }
        if !objects.isEmpty {
            let held = objects.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)(s)" }.joined(separator: ", ")
            throw MigrationError.foreignDatabase(reason: "it already holds \(held) of another application")
        }
        let userVersion = try db.scalarInt("PRAGMA user_version") ?? 0
        if userVersion != 0 {
            throw MigrationError.foreignDatabase(reason: "another application set its user_version to \(userVersion)")
        }
    }

    /// Migrations this build knows that `db` has not had yet.
    public func pendingIDs(in db: Database) throws -> [Int] {
        let applied = Set(try appliedIDs(in: db))
        return migrations.map(\.id).filter { !applied.contains($0) }
    }

    /// Checks that the database is ours (or empty) and applies what is missing.
    /// Returns the ids it applied.
    @discardableResult
    public func migrate(_ db: Database) throws -> [Int] {
        try refuseForeign(db)
        let applied = try appliedIDs(in: db)
        let known = Set(migrations.map(\.id))
        let unknown = applied.filter { !known.contains($0) }
        if !unknown.isEmpty { throw MigrationError.unknownMigrations(ids: unknown) }
        let done = Set(applied)
        var newlyApplied: [Int] = []
        for migration in migrations where !done.contains(migration.id) {
            try db.transaction(.immediate) {
                // Another process may have migrated while we waited for the lock.
                if try appliedIDs(in: db).contains(migration.id) { return }
                if try (db.scalarInt("PRAGMA application_id") ?? 0) != Int(applicationID) {
                    try db.execute("PRAGMA application_id = \(applicationID)")
                }
                try db.execute("""
                    CREATE TABLE IF NOT EXISTS schema_migrations (
                        id INTEGER PRIMARY KEY,   -- the NNNN of Migrations/NNNN_name.sql
                        name TEXT NOT NULL,       -- the rest of the file name
                        applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                    ) STRICT
                    """)
                try db.execute(migration.sql)
                let violations = try db.prepare("PRAGMA foreign_key_check").map { _ in 1 }.count
                if violations > 0 {
                    throw MigrationError.foreignKeyViolation(migration: "\(migration.id)_\(migration.name)", count: violations)
                }
                try db.run("INSERT INTO schema_migrations (id, name) VALUES (?, ?)", [migration.id, migration.name])
                newlyApplied.append(migration.id)
            }
        }
        return newlyApplied
    }
}
