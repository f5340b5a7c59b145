import Testing
@testable import SQLite

@Suite("Migrations")
struct MigratorTests {
    let appID: Int32 = 0x1234

    var migrations: [Migration] {
        [Migration(id: 1, name: "first", sql: "CREATE TABLE a (x INTEGER PRIMARY KEY);"),
         Migration(id: 2, name: "second", sql: "CREATE TABLE b (y INTEGER REFERENCES a (x));")]
    }

    @Test("a fresh database gets every migration, recorded in order")
    func fresh() throws {
        let db = try Database(path: ":memory:")
        let applied = try Migrator(migrations: migrations, applicationID: appID).migrate(db)
        #expect(applied == [1, 2])
        #expect(try db.cached("SELECT id, name FROM schema_migrations ORDER BY id").map { "\($0.int(0)):\($0.string(1))" } == ["1:first", "2:second"])
        #expect(try db.scalarInt("PRAGMA application_id") == Int(appID))
    }

    @Test("reopening applies only what is new")
    func reopen() throws {
        let db = try Database(path: ":memory:")
        try Migrator(migrations: Array(migrations.prefix(1)), applicationID: appID).migrate(db)
        #expect(try Migrator(migrations: migrations, applicationID: appID).migrate(db) == [2])
        #expect(try Migrator(migrations: migrations, applicationID: appID).migrate(db) == [])
    }

    @Test("a database with a migration this build does not know is refused")
    func unknownMigration() throws {
        let db = try Database(path: ":memory:")
        try Migrator(migrations: migrations + [Migration(id: 3, name: "future", sql: "CREATE TABLE c (z);")], applicationID: appID).migrate(db)
        let error = try #require(throws: MigrationError.self) { try Migrator(migrations: migrations, applicationID: appID).migrate(db) }
        guard case .unknownMigrations(let ids) = error else {
            Issue.record("unexpected error \(error)")
            return
        }
        #expect(ids == [3])
        #expect(error.description.contains("does not know"))
    }

    @Test("another application's database is refused and left untouched")
    func foreignDatabase() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE customers (id INTEGER)")
        #expect(throws: MigrationError.self) { try Migrator(migrations: migrations, applicationID: appID).migrate(db) }
        #expect(try db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'schema_migrations'") == 0)
    }

    @Test("a failing migration leaves nothing behind")
    func failingMigrationRollsBack() throws {
        let db = try Database(path: ":memory:")
        let broken = [Migration(id: 1, name: "broken", sql: "CREATE TABLE a (x); CREATE TABLE oops (;")]
        #expect(throws: SQLiteError.self) { try Migrator(migrations: broken, applicationID: appID).migrate(db) }
        #expect(try db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'a'") == 0)
    }

    @Test("migration ids come from file names")
    func fileNames() {
        let m = Migration(fileName: "0007_add_roles.sql", sql: "")
        #expect(m?.id == 7)
        #expect(m?.name == "add_roles")
        #expect(Migration(fileName: "notes.txt", sql: "") == nil)
    }
}
