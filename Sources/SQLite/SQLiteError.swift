import CSQLite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every failure of the SQLite layer. It keeps SQLite's extended result code and
/// message together with the SQL that failed, because "constraint failed" alone
/// does not tell a user (or a developer) which of a hundred statements broke.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The extended result code, e.g. 2067 for SQLITE_CONSTRAINT_UNIQUE.
    public let code: Int32
    public let message: String
    public let sql: String?
    /// The operating system's error number behind an I/O error (errno), or 0.
    public let systemErrno: Int32

    public init(code: Int32, message: String, sql: String? = nil, systemErrno: Int32 = 0) {
        self.code = code
        self.message = message
        self.sql = sql
        self.systemErrno = systemErrno
    }

    /// The primary result code (the low byte), e.g. SQLITE_CONSTRAINT for any constraint error.
    public var primaryCode: Int32 { code & 0xFF }

    public var isBusy: Bool { primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED }
    public var isNotADatabase: Bool { primaryCode == SQLITE_NOTADB }
    public var isReadOnly: Bool { primaryCode == SQLITE_READONLY }
    public var isFull: Bool { primaryCode == SQLITE_FULL }
    /// No room to write: SQLITE_FULL, or an I/O error whose cause is a full disk, a
    /// quota or a file-size limit (SQLite reports some of those as plain I/O errors).
    public var isOutOfSpace: Bool {
        isFull || (primaryCode == SQLITE_IOERR && [ENOSPC, EFBIG, EDQUOT].contains(systemErrno))
    }

    public var description: String {
        var text = "SQLite error \(code): \(message)"
        if let sql {
            let oneLine = sql.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
            let shown = oneLine.count > 120 ? String(oneLine.prefix(117)) + "..." : oneLine
            text += " — while executing `\(shown)`"
        }
        return text
    }

    /// Reads the error state of a connection after a failed call.
    static func from(_ db: OpaquePointer?, code: Int32, sql: String? = nil) -> SQLiteError {
        let message: String
        if let db, let cString = sqlite3_errmsg(db) {
            message = String(cString: cString)
        } else {
            message = String(cString: sqlite3_errstr(code))
        }
        let extended = db.map { sqlite3_extended_errcode($0) } ?? code
        // sqlite3_extended_errcode reports the last error of the connection; trust it
        // only when its primary code agrees with the call's.
        let systemErrno = db.map { sqlite3_system_errno($0) } ?? 0
        return SQLiteError(code: (extended & 0xFF) == (code & 0xFF) ? extended : code, message: message, sql: sql,
                           systemErrno: (code & 0xFF) == SQLITE_IOERR || (code & 0xFF) == SQLITE_FULL ? systemErrno : 0)
    }
}
