import SQLite

/// Failures of the knowledge base, each worded for the person at the command line.
public enum KnowledgeBaseError: Error, CustomStringConvertible, Sendable {
    case notADatabase(path: String)
    case notWhoSaid(path: String, reason: String)
    case newerSchema(path: String, detail: String)
    /// Opened read-only, but the schema lacks migrations this build would apply.
    case olderSchema(path: String)
    case locked(path: String)
    case readOnly(path: String)
    case diskFull(path: String)
    /// The disk refused a read or write: full in a way SQLite cannot tell (a file-size
    /// limit, a quota), or failing.
    case ioError(path: String, code: Int32)
    case cannotOpen(path: String, reason: String)
    case sqlite(SQLiteError)

    /// Errors that concern the whole database, not one article: going on would only
    /// fail again for every article.
    public var isFatal: Bool {
        switch self {
        case .notADatabase, .notWhoSaid, .newerSchema, .olderSchema, .locked, .readOnly, .diskFull, .ioError, .cannotOpen: return true
        case .sqlite: return false
        }
    }

    public var description: String {
        switch self {
        case .notADatabase(let path): return "\(path): not a SQLite database"
        case .notWhoSaid(let path, let reason): return "\(path): \(reason)"
        case .newerSchema(let path, let detail): return "\(path): \(detail)"
        case .olderSchema(let path): return "\(path): the database was made by an older whosaid; open it once for writing (e.g. `whosaid ingest`) to upgrade its schema"
        case .locked(let path): return "\(path): the database is locked by another writer (gave up after waiting)"
        case .readOnly(let path): return "\(path): the database is read-only"
        case .diskFull, .ioError: return problem + "; nothing was written"
        case .cannotOpen(let path, let reason): return "\(path): cannot open the database (\(reason))"
        case .sqlite(let error): return error.description
        }
    }

    /// What went wrong, without what it means for the writes: one transaction failing
    /// writes nothing, but a run of many (an ingest) has kept the ones before it.
    public var problem: String {
        switch self {
        case .diskFull(let path): return "\(path): the disk is full"
        case .ioError(let path, let code):
            return "\(path): the disk refused a write (I/O error \(code): full, over a quota or file-size limit, or failing)"
        default: return description
        }
    }

    /// Maps a SQLite failure on the database at `path` to the error a user should see.
    static func wrap(_ error: Error, path: String) -> Error {
        if let e = error as? KnowledgeBaseError { return e }
        if let m = error as? MigrationError {
            switch m {
            case .unknownMigrations: return KnowledgeBaseError.newerSchema(path: path, detail: m.description)
            case .foreignDatabase: return KnowledgeBaseError.notWhoSaid(path: path, reason: m.description)
            case .foreignKeyViolation: return KnowledgeBaseError.notWhoSaid(path: path, reason: m.description)
            }
        }
        guard let s = error as? SQLiteError else { return error }
        if s.isNotADatabase { return KnowledgeBaseError.notADatabase(path: path) }
        if s.isBusy { return KnowledgeBaseError.locked(path: path) }
        if s.isReadOnly { return KnowledgeBaseError.readOnly(path: path) }
        if s.isOutOfSpace { return KnowledgeBaseError.diskFull(path: path) }
        if s.primaryCode == 10 { return KnowledgeBaseError.ioError(path: path, code: s.code) }  // SQLITE_IOERR
        if s.primaryCode == 14 { return KnowledgeBaseError.cannotOpen(path: path, reason: s.message) }  // SQLITE_CANTOPEN
        return KnowledgeBaseError.sqlite(s)
    }
}
