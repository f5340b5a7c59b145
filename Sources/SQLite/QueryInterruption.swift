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
    /// Set by `QueryInterrupter.interrupt` (Ctrl-C), from any thread. `sqlite3_interrupt`
    /// alone does nothing when it comes before a statement runs (while the report is being
    /// prepared, say); the progress handler reads this flag too, so an early Ctrl-C still
    /// stops the query when it starts.
    private var cancelled = false
    private let lock: UnsafeMutablePointer<pthread_mutex_t> = {
        let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
        return lock
    }()
    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }
    /// Whether the user asked to stop (Ctrl-C), whatever the statement was doing then.
    public var wasCancelled: Bool {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return cancelled
    }
    fileprivate func cancel() {
        pthread_mutex_lock(lock)
        cancelled = true
        pthread_mutex_unlock(lock)
    }

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
    let state: QueryDeadline

    public func interrupt() {
        state.cancel()
        sqlite3_interrupt(handle)
    }
}

extension Database {
    /// Limits every statement this connection runs from now on to `seconds` each
    /// (nil: no limit) and lets `interrupter` stop them, until `clearQueryLimits`.
    /// Returns the deadline's state, to tell a timeout from Ctrl-C.
    @discardableResult
    public func limitQueryTime(to seconds: Double?) -> QueryDeadline {
        let state = queryDeadline
        state.deadline = seconds.map { $0 > 0 ? QueryDeadline.now() &+ UInt64($0 * 1_000_000_000) : .max } ?? .max
        state.expired = false
        let context = Unmanaged.passUnretained(state).toOpaque()
        // About every 10,000 steps: microseconds apart, so a deadline is met closely
        // without the check costing anything a user would notice.
        sqlite3_progress_handler(handle, 10_000, { context in
            guard let context else { return 0 }
            let state = Unmanaged<QueryDeadline>.fromOpaque(context).takeUnretainedValue()
            if state.wasCancelled { return 1 }
            if QueryDeadline.now() >= state.deadline {
                state.expired = true
                return 1
            }
            return 0
        }, context)
        return state
    }

    /// Ends what `limitQueryTime` set: statements run unchecked again.
    public func clearQueryLimits() {
        sqlite3_progress_handler(handle, 0, nil, nil)
    }

    public var interrupter: QueryInterrupter { QueryInterrupter(handle: handle, state: queryDeadline) }
}

extension SQLiteError {
    /// The statement was stopped by `sqlite3_interrupt` or by a query deadline.
    public var isInterrupted: Bool { primaryCode == SQLITE_INTERRUPT }
}
