import CSQLite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One connection to a SQLite database file. It owns the statement cache and the
/// transaction helpers; everything in WhoSaid that touches SQLite goes through it.
/// Not `Sendable`: use one connection per thread.
public final class Database {
    public struct OpenOptions: Sendable {
        public var readOnly: Bool
        public var create: Bool
        /// How long a writer waits for another writer's lock before giving up.
        public var busyTimeoutMilliseconds: Int32
        /// How many more times `BEGIN IMMEDIATE` is tried when the busy timeout runs out
        /// (another process held the write lock all that time), before giving up.
        public var busyRetries: Int

        public init(readOnly: Bool = false, create: Bool = true, busyTimeoutMilliseconds: Int32 = 10_000, busyRetries: Int = 2) {
            self.readOnly = readOnly
            self.create = create
            self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
            self.busyRetries = busyRetries
        }
    }

    let handle: OpaquePointer
    public let path: String
    private let busyRetries: Int
    private var cache: [String: Statement] = [:]
    /// Kept alive with the connection: its progress handler points at it.
    let queryDeadline = QueryDeadline()

    /// Library-wide settings, applied once before the first connection opens.
    private static let configured: Void = { _ = whosaid_sqlite_configure() }()

    /// Opens (or creates) the database at `path`; ":memory:" gives a private in-memory one.
    public init(path: String, options: OpenOptions = OpenOptions()) throws {
        Self.configured
        self.path = path
        self.busyRetries = max(0, options.busyRetries)
        var db: OpaquePointer?
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI
        if options.readOnly {
            flags |= SQLITE_OPEN_READONLY
        } else {
            flags |= SQLITE_OPEN_READWRITE
            if options.create { flags |= SQLITE_OPEN_CREATE }
        }
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let error = SQLiteError.from(db, code: rc)
            sqlite3_close_v2(db)
            throw error
        }
        self.handle = db
        whosaid_sqlite_extended_codes(db)
        whosaid_sqlite_strict_dqs(db)
        sqlite3_busy_timeout(db, options.busyTimeoutMilliseconds)
    }

    deinit {
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    // MARK: Running SQL

    /// Runs a script of one or more statements, discarding rows. Each statement is
    /// prepared in turn with the tail pointer, so an error names the statement that failed.
    public func execute(_ script: String) throws {
        var bytes = Array(script.utf8)
        bytes.append(0)
        try bytes.withUnsafeBufferPointer { buffer in
            let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            var cursor: UnsafePointer<CChar>? = base
            while let current = cursor, current.pointee != 0 {
                var stmt: OpaquePointer?
                var tail: UnsafePointer<CChar>?
                let rc = sqlite3_prepare_v2(handle, current, -1, &stmt, &tail)
                let length = (tail ?? current) - current
                let sqlText = String(decoding: UnsafeRawBufferPointer(start: current, count: length), as: UTF8.self)
                guard rc == SQLITE_OK else { throw SQLiteError.from(handle, code: rc, sql: sqlText) }
                defer { sqlite3_finalize(stmt) }
                if let stmt {
                    var step = sqlite3_step(stmt)
                    while step == SQLITE_ROW { step = sqlite3_step(stmt) }
                    guard step == SQLITE_DONE else { throw SQLiteError.from(handle, code: step, sql: sqlText) }
                }
                cursor = tail
            }
        }
    }

    /// Runs one statement with positional values and discards rows.
    public func run(_ sql: String, _ values: [DatabaseValueConvertible?] = []) throws {
        try cached(sql).run(values)
    }

    /// Returns the cached prepared statement for `sql`, preparing it on first use.
    public func cached(_ sql: String) throws -> Statement {
        if let statement = cache[sql] {
            // The same SQL nested inside its own iteration gets a statement of its own.
            if statement.isBusy { return try prepare(sql) }
            statement.reset()
            return statement
        }
        let statement = try Statement(database: self, sql: sql, persistent: true)
        cache[sql] = statement
        return statement
    }

    /// Prepares a statement outside the cache, for SQL run once (reports, user input).
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(database: self, sql: sql, persistent: false)
    }

    /// Convenience: the first column of the first row as an integer.
    public func scalarInt(_ sql: String, _ values: [DatabaseValueConvertible?] = []) throws -> Int? {
        try cached(sql).first(values) { $0.isNull(0) ? nil : $0.int(0) } ?? nil
    }

    /// Convenience: the first column of the first row as text.
    public func scalarString(_ sql: String, _ values: [DatabaseValueConvertible?] = []) throws -> String? {
        try cached(sql).first(values) { $0.optionalString(0) } ?? nil
    }

    /// Turns the firing of triggers on or off for this connection alone.
    public func setTriggersEnabled(_ on: Bool) throws {
        let rc = whosaid_sqlite_enable_triggers(handle, on ? 1 : 0)
        guard rc == SQLITE_OK else { throw SQLiteError.from(handle, code: rc) }
    }

    /// True when the file could only be opened for reading (write-protected file or directory).
    public var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    public var changes: Int { Int(sqlite3_changes64(handle)) }
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    // MARK: Transactions

    public enum TransactionKind: String, Sendable {
        case deferred = "DEFERRED"
        /// Takes the write lock at BEGIN, so a writer waits (busy timeout) up front
        /// rather than failing midway when it upgrades a read lock.
        case immediate = "IMMEDIATE"
        case exclusive = "EXCLUSIVE"
    }

    /// Runs `body` in a transaction: commits when it returns, rolls back when it throws.
    /// A failing rollback never hides the error that caused it.
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        try begin(kind)
        let result: T
        do {
            result = try body()
        } catch {
            if isInTransaction { try? execute("ROLLBACK") }
            throw error
        }
        do {
            try execute("COMMIT")
        } catch {
            if isInTransaction { try? execute("ROLLBACK") }
            throw error
        }
        return result
    }

    /// `BEGIN`, retried when another connection keeps the write lock past the busy
    /// timeout: SQLite's busy handler already waited, so each retry only adds a short,
    /// randomised pause before waiting again.
    public func begin(_ kind: TransactionKind = .immediate) throws {
        var attempt = 0
        while true {
            do {
                try execute("BEGIN \(kind.rawValue)")
                return
            } catch let error as SQLiteError where error.isBusy && attempt < busyRetries {
                attempt += 1
                usleep(UInt32.random(in: 10_000...50_000))
            }
        }
    }

    /// Runs `body` inside a savepoint of the current transaction (or as a transaction of
    /// its own when none is open): when `body` throws, only its own changes are undone
    /// and the enclosing transaction goes on.
    public func savepoint<T>(_ name: String = "sp", _ body: () throws -> T) throws -> T {
        // Cached: ingest opens a savepoint per article.
        try cached("SAVEPOINT \(name)").run()
        let result: T
        do {
            result = try body()
        } catch {
            // After some errors (disk full, I/O) SQLite has already rolled the whole
            // transaction back; then there is no savepoint left to return to.
            if isInTransaction {
                try? execute("ROLLBACK TO \(name)")
                try? execute("RELEASE \(name)")
            }
            throw error
        }
        try cached("RELEASE \(name)").run()
        return result
    }
}
