import Foundation
import Testing
@testable import SQLite

@Suite("Savepoints, busy retries and row inserts")
struct TransactionTests {
    @Test("a failing savepoint undoes its own changes only; the transaction goes on")
    func savepointRollsBackAlone() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t (v INTEGER CHECK (v >= 0))")
        try db.transaction {
            try db.run("INSERT INTO t VALUES (1)")
            #expect(throws: SQLiteError.self) {
                try db.savepoint("article") {
                    try db.run("INSERT INTO t VALUES (2)")
                    try db.run("INSERT INTO t VALUES (-1)")
                }
            }
            try db.savepoint("article") { try db.run("INSERT INTO t VALUES (3)") }
        }
        #expect(try db.cached("SELECT v FROM t ORDER BY v").map { $0.int(0) } == [1, 3])
    }

    @Test("execute binds a pack of values of every kind, and refuses a wrong count")
    func executePack() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t (i INTEGER, s TEXT, n TEXT, r REAL)")
        let insert = try db.prepare("INSERT INTO t VALUES (?, ?, ?, ?)")
        try insert.execute(Int64(7), "Ünïcödé “x”", nil as String?, 2.5)
        try insert.execute(8, "", Optional("y"), 0.0)
        let rows = try db.cached("SELECT i, s, n, r FROM t ORDER BY i").map { ($0.int(0), $0.string(1), $0.optionalString(2), $0.double(3)) }
        #expect(rows.count == 2)
        #expect(rows[0] == (7, "Ünïcödé “x”", nil, 2.5))
        #expect(rows[1] == (8, "", "y", 0.0))
        #expect(throws: SQLiteError.self) { try insert.execute(1, "only two") }
        #expect(try db.scalarInt("SELECT count(*) FROM t") == 2)
    }

    @Test("BEGIN IMMEDIATE waits for another writer and goes on when it is done")
    func beginWaitsForTheLock() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("busy-\(UUID().uuidString).db").path
        let holder = try Database(path: path)
        try holder.execute("PRAGMA journal_mode = WAL; CREATE TABLE t (v INTEGER)")
        let waiter = try Database(path: path, options: .init(busyTimeoutMilliseconds: 50, busyRetries: 40))
        try holder.execute("BEGIN IMMEDIATE; INSERT INTO t VALUES (1)")
        // The holder commits from another thread; the box hands it over (it is not used here meanwhile).
        let box = UncheckedBox(holder)
        let release = Thread {
            usleep(300_000)
            try? box.value.execute("COMMIT")
        }
        release.start()
        // 50 ms of busy timeout alone would give up; the retries wait for the commit.
        try waiter.transaction { try waiter.run("INSERT INTO t VALUES (2)") }
        #expect(try waiter.scalarInt("SELECT count(*) FROM t") == 2)
    }
}

private final class UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
