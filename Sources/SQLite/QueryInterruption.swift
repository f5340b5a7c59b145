import CSQLite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A query given by a user (a report of their own) may never end: a recursive CTE
/// without a bound runs until the process is killed. A connection can therefore be
/// given a deadline, checked by SQLite's progress handler every few thousand virtual
/// machine steps, and be interrupted from another thread (Ctrl-C); either way the
/// running statement fails with SQLITE_INTERRUPT and the connection stays usable.
public final class QueryDeadline: @unchecked Sendable {
    /// Monotonic nanoseconds after which the running statement is stopped.
    fileprivate var deadline: UInt64 = .max
    /// Set when it was the deadline, not an interrupt, that stopped a statement.
    public fileprivate(set) var expired = false

    init() {}

    fileprivate static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}

/// Stops the statements of one connection from any thread (`sqlite3_interrupt` is the
/// one SQLite call documented as safe for that). Sendable so a signal handler running
/// on another queue can hold it; it must not outlive its `Database`.
public struct QueryInterrupter: @unchecked Sendable {
    let handle: OpaquePointer

    public func interrupt() {
        sqlite3_interrupt(handle)
    }
}

extension Database {
    /// Limits every statement this connection runs from now on to `seconds` each
    /// (nil: no limit). Returns the deadline's state, to tell a timeout from Ctrl-C.
    @discardableResult
    public func limitQueryTime(to seconds: Double?) -> QueryDeadline {
        let state = queryDeadline
        guard let seconds, seconds > 0 else {
            sqlite3_progress_handler(handle, 0, nil, nil)
            return state
        }
        state.deadline = QueryDeadline.now() &+ UInt64(seconds * 1_000_000_000)
        state.expired = false
        let context = Unmanaged.passUnretained(state).toOpaque()
        // About every 10,000 steps: microseconds apart, so a deadline is met closely
        // without the check costing anything a user would notice.
        sqlite3_progress_handler(handle, 10_000, { context in
            guard let context else { return 0 }
            let state = Unmanaged<QueryDeadline>.fromOpaque(context).takeUnretainedValue()
            if QueryDeadline.now() >= state.deadline {
                state.expired = true
                return 1
            }
            return 0
        }, context)
        return state
    }

    public var interrupter: QueryInterrupter { QueryInterrupter(handle: handle) }
}

extension SQLiteError {
    /// The statement was stopped by `sqlite3_interrupt` or by a query deadline.
    public var isInterrupted: Bool { primaryCode == SQLITE_INTERRUPT }
}
