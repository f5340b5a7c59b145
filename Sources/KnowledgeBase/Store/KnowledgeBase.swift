import Extraction
import Foundation
import SQLite

/// The WhoSaid database: one SQLite file holding articles, actors and statements.
/// Opening it applies the migrations compiled into the binary, so the schema always
/// matches the code; a file that is not ours, or is newer than us, is refused.
public final class KnowledgeBase {
    /// 'WHSD' in the SQLite header's application_id field marks our files.
    public static let applicationID: Int32 = 0x5748_5344

    public let db: Database
    public let path: String

    public static var migrations: [Migration] {
        EmbeddedMigrations.files.compactMap { Migration(fileName: $0.name, sql: $0.text) }
    }

    /// Opens the database at `path`, creating it if needed (unless `readOnly`).
    public init(path: String, readOnly: Bool = false, busyTimeoutMilliseconds: Int32 = 15_000) throws {
        self.path = path
        do {
            db = try Database(path: path, options: .init(readOnly: readOnly, create: !readOnly, busyTimeoutMilliseconds: busyTimeoutMilliseconds))
            try db.execute("PRAGMA foreign_keys = ON")
            if readOnly {
                let migrator = Migrator(migrations: Self.migrations, applicationID: Self.applicationID)
                try migrator.verify(db)
                // Queries rely on the whole schema; an older file must be upgraded by a writer first.
                if try !migrator.pendingIDs(in: db).isEmpty { throw KnowledgeBaseError.olderSchema(path: path) }
            } else {
                // A write-protected file opens for reading only; say so before any work is done.
                if db.isReadOnly { throw KnowledgeBaseError.readOnly(path: path) }
                // A file that is not ours is refused before anything is written to it.
                try Migrator(migrations: Self.migrations, applicationID: Self.applicationID).refuseForeign(db)
                // WAL lets readers run reports while an ingest writes.
                if path != ":memory:" { try Self.enableWAL(db, waitingUpTo: Double(busyTimeoutMilliseconds) / 1000) }
                try db.execute("PRAGMA synchronous = NORMAL")
                // A writer touches index pages all over the file (aliases, mentions, the
                // full-text index): 64 MB of page cache keeps them in memory between batches,
                // and a larger WAL before each checkpoint writes a hot page once, not each commit.
                try db.execute("PRAGMA cache_size = -65536")
                // SQLite keeps the pages a savepoint changes in a sub-journal, a temporary
                // file by default; when ingest wrote each article in a savepoint of its own
                // (now only when a batch is written again after a failure) that file was
                // over 20 times the size of the database and a third of the writer's time.
                // Kept in memory, it is a copy of a few hundred kilobytes per article,
                // dropped at its release. The batch catch-up's temporary tables stay in
                // memory too (a batch's ids and counts: a few megabytes).
                try db.execute("PRAGMA temp_store = MEMORY")
                _ = try db.scalarInt("PRAGMA wal_autocheckpoint = 4000")
                try Migrator(migrations: Self.migrations, applicationID: Self.applicationID).migrate(db)
            }
        } catch {
            throw KnowledgeBaseError.wrap(error, path: path)
        }
    }

    /// Switches the file to WAL (once, when it is new). The switch needs the file to
    /// itself and SQLite does not wait for that (no busy handler), so when another process
    /// opens the same new file at the same moment, try again for a while.
    private static func enableWAL(_ db: Database, waitingUpTo seconds: Double) throws {
        let started = Stopwatch.now
        while true {
            do {
                if try db.scalarString("PRAGMA journal_mode") == "wal" { return }
                _ = try db.scalarString("PRAGMA journal_mode = WAL")
                return
            } catch let error as SQLiteError where error.isBusy && Stopwatch.since(started) < seconds {
                usleep(UInt32.random(in: 5_000...20_000))
            }
        }
    }

    /// Runs `body` in one write transaction, mapping SQLite errors to readable ones.
    /// Inside a transaction already open (a batch of articles), `body` runs in a
    /// savepoint instead: it still lands whole or not at all, and a failure undoes only
    /// its own changes.
    public func write<T>(_ body: () throws -> T) throws -> T {
        do {
            if db.isInTransaction { return try db.savepoint("write", body) }
            return try db.transaction(.immediate, body)
        } catch {
            throw KnowledgeBaseError.wrap(error, path: path)
        }
    }

    public struct Counts: Sendable, Equatable {
        public var articles: Int
        public var statements: Int
        public var actors: Int
    }

    public func counts() throws -> Counts {
        Counts(articles: try db.scalarInt("SELECT count(*) FROM articles") ?? 0,
               statements: try db.scalarInt("SELECT count(*) FROM statements") ?? 0,
               actors: try db.scalarInt("SELECT count(*) FROM actors") ?? 0)
    }
}
