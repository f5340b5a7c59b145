import CSQLite


/// A prepared statement. Preparing is the expensive part of running SQL, so the
/// connection caches statements by their text and hands the same object back;
/// `reset` before each use makes reuse safe. Not `Sendable`: a statement belongs to
/// its connection's thread.
public final class Statement {
    let handle: OpaquePointer
    public let sql: String
    /// The connection's handle, for error messages. SQLite keeps a connection alive
    /// until its last statement is finalized, so this stays valid as long as we do.
    let connection: OpaquePointer
    /// True while a `forEach`/`map`/`first` is stepping this statement, so the cache
    /// never hands it out a second time mid-iteration.
    var isBusy = false

    init(database: Database, sql: String, persistent: Bool) throws {
        self.connection = database.handle
        self.sql = sql
        var stmt: OpaquePointer?
        var trailing = ""
        let flags: UInt32 = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        let rc = sql.withCString { text -> Int32 in
            var tail: UnsafePointer<CChar>?
            let rc = sqlite3_prepare_v3(database.handle, text, -1, flags, &stmt, &tail)
            if let tail { trailing = String(cString: tail) }
            return rc
        }
        guard rc == SQLITE_OK else {
            sqlite3_finalize(stmt)
            throw SQLiteError.from(connection, code: rc, sql: sql)
        }
        guard let stmt else {
            throw SQLiteError(code: SQLITE_MISUSE, message: "no SQL statement to prepare (empty or only comments)", sql: sql)
        }
        // One statement only: a second one would be silently ignored. Scripts go through `execute`.
        // What follows may be comments (`SELECT 1; -- why`): SQLite itself says whether
        // the rest holds a statement, so a comment in any form is told from SQL.
        guard Self.holdsNoStatement(trailing, connection: database.handle) else {
            sqlite3_finalize(stmt)
            throw SQLiteError(code: SQLITE_MISUSE, message: "more than one SQL statement; use execute() for scripts", sql: sql)
        }
        self.handle = stmt
    }

    deinit { sqlite3_finalize(handle) }

    /// True when `rest` is only whitespace, semicolons and comments.
    static func holdsNoStatement(_ rest: String, connection: OpaquePointer) -> Bool {
        var cursor = Substring(rest)
        while true {
            cursor = cursor.drop(while: { $0.isWhitespace || $0 == ";" })
            if cursor.isEmpty { return true }
            var stmt: OpaquePointer?
            var next = ""
            let rc = String(cursor).withCString { text -> Int32 in
                var tail: UnsafePointer<CChar>?
                let rc = sqlite3_prepare_v2(connection, text, -1, &stmt, &tail)
                if let tail { next = String(cString: tail) }
                return rc
            }
            sqlite3_finalize(stmt)
            // A statement, or text that does not parse: either way not just a comment.
            guard rc == SQLITE_OK, stmt == nil else { return false }
            if next.utf8.count >= cursor.utf8.count { return false }
            cursor = Substring(next)
        }
    }

    /// True when the statement cannot change the database (SELECT, most PRAGMAs).
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// The name of a parameter (`:name`, `@name`, `$name`), 1-based, or nil for `?`.
    public func parameterName(at index: Int) -> String? {
        guard let name = sqlite3_bind_parameter_name(handle, Int32(index)) else { return nil }
        return String(cString: name)
    }

    /// Clears earlier bindings and rewinds, so a cached statement starts afresh.
    public func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    // MARK: Binding

    /// Binds a value to the 1-based parameter `index`.
    public func bind(_ value: DatabaseValueConvertible?, at index: Int) throws {
        let i = Int32(index)
        let rc: Int32
        switch value?.databaseValue ?? .null {
        case .null:
            rc = sqlite3_bind_null(handle, i)
        case .integer(let v):
            rc = sqlite3_bind_int64(handle, i, v)
        case .real(let v):
            rc = sqlite3_bind_double(handle, i, v)
        case .text(let v):
            // Bind by byte count, not as a C string, so text holding NUL survives.
            var text = v
            rc = text.withUTF8 { buffer -> Int32 in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    // An empty string still needs a valid pointer, or SQLite would bind NULL.
                    guard let base = chars.baseAddress else {
                        return sqlite3_bind_text64(handle, i, "", 0, whosaid_sqlite_transient(), UInt8(SQLITE_UTF8))
                    }
                    return sqlite3_bind_text64(handle, i, base, sqlite3_uint64(chars.count), whosaid_sqlite_transient(), UInt8(SQLITE_UTF8))
                }
            }
        case .blob(let bytes):
            rc = bytes.withUnsafeBytes { buffer in
                sqlite3_bind_blob64(handle, i, buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1), sqlite3_uint64(buffer.count), whosaid_sqlite_transient())
            }
        }
        guard rc == SQLITE_OK else { throw SQLiteError.from(connection, code: rc, sql: sql) }
    }

    /// Binds a named parameter; the name includes its prefix (`:q`).
    public func bind(_ value: DatabaseValueConvertible?, named name: String) throws {
        let index = sqlite3_bind_parameter_index(handle, name)
        guard index > 0 else {
            throw SQLiteError(code: SQLITE_RANGE, message: "no parameter named \(name)", sql: sql)
        }
        try bind(value, at: Int(index))
    }

    /// Resets the statement and binds positional values 1...n.
    public func bind(_ values: [DatabaseValueConvertible?]) throws {
        reset()
        guard values.count == parameterCount else {
            throw SQLiteError(code: SQLITE_RANGE, message: "expected \(parameterCount) parameters, got \(values.count)", sql: sql)
        }
        for (offset, value) in values.enumerated() {
            try bind(value, at: offset + 1)
        }
    }

    /// Binds `values` to parameters 1...n and runs the statement to completion: the path
    /// for inserts in a loop. The values are a parameter pack, so no array or boxes are
    /// allocated per row (ingest runs this a few hundred times per article).
    public func execute<each V: DatabaseValueConvertible>(_ values: repeat each V) throws {
        sqlite3_reset(handle)
        var index = 0
        func bindNext<T: DatabaseValueConvertible>(_ value: T) throws {
            index += 1
            try bind(value, at: index)
        }
        repeat try bindNext(each values)
        guard index == parameterCount else {
            sqlite3_clear_bindings(handle)
            throw SQLiteError(code: SQLITE_RANGE, message: "expected \(parameterCount) parameters, got \(index)", sql: sql)
        }
        while try step() {}
        sqlite3_reset(handle)
    }

    // MARK: Stepping

    /// Advances to the next row; false when the statement is done.
    @discardableResult
    public func step() throws -> Bool {
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = SQLiteError.from(connection, code: rc, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Binds, runs to completion, and leaves the statement ready for reuse.
    public func run(_ values: [DatabaseValueConvertible?] = []) throws {
        try bind(values)
        while try step() {}
        sqlite3_reset(handle)
    }

    /// Binds and calls `body` for each row.
    public func forEach(_ values: [DatabaseValueConvertible?] = [], _ body: (Row) throws -> Void) throws {
        try bind(values)
        isBusy = true
        defer {
            isBusy = false
            sqlite3_reset(handle)
        }
        while try step() {
            try body(Row(statement: self))
        }
    }

    /// Binds and collects all rows, mapped by `transform`.
    public func map<T>(_ values: [DatabaseValueConvertible?] = [], _ transform: (Row) throws -> T) throws -> [T] {
        var out: [T] = []
        try forEach(values) { out.append(try transform($0)) }
        return out
    }

    /// Binds and returns the first row, mapped, or nil when there is none.
    public func first<T>(_ values: [DatabaseValueConvertible?] = [], _ transform: (Row) throws -> T) throws -> T? {
        try bind(values)
        isBusy = true
        defer {
            isBusy = false
            sqlite3_reset(handle)
        }
        return try step() ? transform(Row(statement: self)) : nil
    }

    // MARK: Columns

    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    public func columnName(at index: Int) -> String {
        String(cString: sqlite3_column_name(handle, Int32(index)))
    }
}

/// The current row of a statement: typed reads by 0-based column index. Valid only
/// until the statement steps again.
public struct Row {
    let statement: Statement
    var handle: OpaquePointer { statement.handle }

    public var count: Int { statement.columnCount }

    public func isNull(_ index: Int) -> Bool {
        sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL
    }

    public func int64(_ index: Int) -> Int64 { sqlite3_column_int64(handle, Int32(index)) }
    public func int(_ index: Int) -> Int { Int(sqlite3_column_int64(handle, Int32(index))) }
    public func double(_ index: Int) -> Double { sqlite3_column_double(handle, Int32(index)) }

    /// Text read by byte count, so NUL characters inside the value are kept.
    public func string(_ index: Int) -> String {
        let i = Int32(index)
        guard let pointer = sqlite3_column_text(handle, i) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, i))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    public func optionalString(_ index: Int) -> String? { isNull(index) ? nil : string(index) }
    public func optionalInt(_ index: Int) -> Int? { isNull(index) ? nil : int(index) }

    public func blob(_ index: Int) -> [UInt8] {
        let i = Int32(index)
        guard let pointer = sqlite3_column_blob(handle, i) else { return [] }
        let count = Int(sqlite3_column_bytes(handle, i))
        return Array(UnsafeRawBufferPointer(start: pointer, count: count))
    }

    public func value(_ index: Int) -> DatabaseValue {
        switch sqlite3_column_type(handle, Int32(index)) {
        case SQLITE_INTEGER: return .integer(int64(index))
        case SQLITE_FLOAT: return .real(double(index))
        case SQLITE_TEXT: return .text(string(index))
        case SQLITE_BLOB: return .blob(blob(index))
        default: return .null
        }
    }

    public func columnName(_ index: Int) -> String { statement.columnName(at: index) }
}
