import Testing
@testable import SQLite

@Suite("SQLite layer")
struct DatabaseTests {
    func memory() throws -> Database { try Database(path: ":memory:") }

    @Test("every storage class binds and reads back unchanged")
    func bindsEveryType() throws {
        let db = try memory()
        try db.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)")
        let text = "Qureshi’s “quote” — Ünïcödé 🙂 مرحبا"
        try db.run("INSERT INTO t VALUES (?, ?, ?, ?, ?)", [Int64.max, 3.25, text, [UInt8]([0, 1, 255]), nil as String?])
        let row = try #require(try db.cached("SELECT i, r, s, b, n, typeof(n) FROM t").first { r in
            (r.int64(0), r.double(1), r.string(2), r.blob(3), r.isNull(4), r.string(5))
        })
        #expect(row.0 == Int64.max)
        #expect(row.1 == 3.25)
        #expect(row.2 == text)
        #expect(row.3 == [0, 1, 255])
        #expect(row.4)
        #expect(row.5 == "null")
    }

    @Test("text holding NUL survives a round trip; an empty string is not NULL")
    func nulAndEmptyText() throws {
        let db = try memory()
        try db.execute("CREATE TABLE t (s TEXT)")
        try db.run("INSERT INTO t VALUES (?)", ["a\u{0}b"])
        try db.run("INSERT INTO t VALUES (?)", [""])
        let values = try db.cached("SELECT s, length(CAST(s AS BLOB)), s IS NULL FROM t ORDER BY rowid").map { ($0.string(0), $0.int(1), $0.int(2)) }
        #expect(values[0].0 == "a\u{0}b")
        #expect(values[0].1 == 3)
        #expect(values[1].0 == "")
        #expect(values[1].2 == 0)
    }

    @Test("a constraint error carries the extended code, SQLite's message and the SQL")
    func errorsCarryContext() throws {
        let db = try memory()
        try db.execute("CREATE TABLE t (k TEXT UNIQUE)")
        try db.run("INSERT INTO t VALUES ('x')")
        let error = try #require(throws: SQLiteError.self) { try db.run("INSERT INTO t VALUES ('x')") }
        #expect(error.code == 2067)  // SQLITE_CONSTRAINT_UNIQUE
        #expect(error.message.contains("UNIQUE constraint failed: t.k"))
        #expect(error.sql == "INSERT INTO t VALUES ('x')")
        #expect(error.description.contains("while executing"))
    }

    @Test("a script error names the statement that failed")
    func scriptErrorNamesStatement() throws {
        let db = try memory()
        let error = try #require(throws: SQLiteError.self) {
            try db.execute("CREATE TABLE a (x); CREATE TABLE b (y); SELECT nosuch FROM a;")
        }
        #expect(error.sql?.contains("SELECT nosuch FROM a") == true)
        #expect(error.message.contains("no such column"))
    }

    @Test("a transaction rolls back when its body throws, and commits otherwise")
    func transactionRollback() throws {
        let db = try memory()
        try db.execute("CREATE TABLE t (x INTEGER)")
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try db.transaction {
                try db.run("INSERT INTO t VALUES (1)")
                throw Boom()
            }
        }
        #expect(try db.scalarInt("SELECT count(*) FROM t") == 0)
        #expect(!db.isInTransaction)
        try db.transaction { try db.run("INSERT INTO t VALUES (2)") }
        #expect(try db.scalarInt("SELECT sum(x) FROM t") == 2)
    }

    @Test("cached statements are reused and reset between uses")
    func statementCache() throws {
        let db = try memory()
        let a = try db.cached("SELECT ?")
        let b = try db.cached("SELECT ?")
        #expect(a === b)
        #expect(try a.first([41]) { $0.int(0) } == 41)
        #expect(try b.first([42]) { $0.int(0) } == 42)
    }

    @Test("named parameters bind by name; a missing name is an error")
    func namedParameters() throws {
        let db = try memory()
        let s = try db.prepare("SELECT :a || :b")
        try s.bind("x", named: ":a")
        try s.bind("y", named: ":b")
        #expect(try s.step())
        #expect(Row(statement: s).string(0) == "xy")
        #expect(throws: SQLiteError.self) { try s.bind(1, named: ":c") }
    }

    @Test("a file that is not a database is reported as such")
    func notADatabase() throws {
        let path = "/tmp/whosaid-test-notadb-\(UInt32.random(in: 0...UInt32.max)).db"
        try Array("this is plain text, not SQLite, and long enough to have a header.........................".utf8)
            .withUnsafeBytes { buffer in
                let f = fopen(path, "wb")
                fwrite(buffer.baseAddress, 1, buffer.count, f)
                fclose(f)
            }
        defer { remove(path) }
        let db = try Database(path: path)
        let error = try #require(throws: SQLiteError.self) { try db.scalarInt("SELECT count(*) FROM sqlite_schema") }
        #expect(error.isNotADatabase)
    }
}

#if canImport(Glibc)
import Glibc
#endif

@Suite("Statement cache safety")
struct StatementCacheSafetyTests {
    @Test("the same SQL used inside its own iteration does not disturb it")
    func nestedUse() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2), (3);")
        var outer: [Int] = []
        try db.cached("SELECT x FROM t ORDER BY x").forEach { row in
            outer.append(row.int(0))
            _ = try db.cached("SELECT x FROM t ORDER BY x").map { $0.int(0) }
        }
        #expect(outer == [1, 2, 3])
    }

    @Test("preparing two statements at once, or none, is an error")
    func oneStatementOnly() throws {
        let db = try Database(path: ":memory:")
        #expect(throws: SQLiteError.self) { try db.prepare("SELECT 1; SELECT 2") }
        #expect(throws: SQLiteError.self) { try db.prepare("-- just a comment") }
        #expect(try db.prepare("SELECT 1;  ").first { $0.int(0) } == 1)
    }
}
