import Foundation
import SQLite
import Testing
import TestSupport
@testable import KnowledgeBase

/// A SQLite file that is not a WhoSaid database is refused, and refusing it leaves it
/// byte for byte as it was: no journal-mode switch in its header, no -wal file, no
/// application id (issue 17, "Hostile input and output").
@Suite("Foreign SQLite files")
struct ForeignFileTests {
    /// A file made by another program with `setup`, in rollback-journal mode.
    static func foreignFile(_ setup: String) throws -> String {
        let path = Repo.temporaryPath("foreign.db")
        let db = try Database(path: path)
        try db.execute(setup)
        return path
    }

    static func bytes(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    @Test("refused for writing and for reading, and left unchanged", arguments: [
        "CREATE TABLE t (x); INSERT INTO t VALUES (1)",
        "CREATE VIEW v AS SELECT 1; PRAGMA user_version = 7",
        "PRAGMA user_version = 3",
        "CREATE TABLE t (x); PRAGMA application_id = 42",
    ])
    func refusedAndUnchanged(setup: String) throws {
        let path = try Self.foreignFile(setup)
        let before = try Self.bytes(path)
        for readOnly in [false, true] {
            #expect(throws: KnowledgeBaseError.self) { _ = try KnowledgeBase(path: path, readOnly: readOnly) }
        }
        do {
            _ = try KnowledgeBase(path: path)
        } catch {
            #expect("\(error)".contains("not a WhoSaid database"), "\(error)")
        }
        #expect(try Self.bytes(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test("an empty file, or a new path, becomes a knowledge base")
    func emptyIsAdopted() throws {
        let empty = Repo.temporaryPath("empty.db")
        FileManager.default.createFile(atPath: empty, contents: Data())
        _ = try KnowledgeBase(path: empty)
        _ = try KnowledgeBase(path: empty, readOnly: true)
        _ = try KnowledgeBase(path: Repo.temporaryPath("new.db"))
    }
}
