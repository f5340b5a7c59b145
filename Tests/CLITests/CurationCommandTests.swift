import Foundation
import SQLite
import Testing
import TestSupport

/// Curation as a user types it (issue 17, "Curation that can be undone"): merge then split
/// with surnames gives the knowledge base back, also after `reextract --all`; a split
/// with nothing to split is refused and changes nothing.
@Suite("Curation commands", .serialized)
struct CurationCommandTests {
    /// Everything a user can read about actors and who talks about whom.
    static func state(_ path: String) throws -> [String] {
        let s = try Snapshot(Database(path: path))
        return s.actors + s.aliases + s.stats + s.pairs + s.targets + s.statements + s.mentions
    }

    @Test("merge Atmar Qureshi, then split Atmar Qureshi: the knowledge base as it was, also after reextract --all")
    func mergeThenSplit() throws {
        for reextract in [false, true] {
            let db = Repo.temporaryPath("curation.db")
            #expect(try CLI.run(["ingest", "--db", db, "seeds"]).status == 0)
            let before = try Self.state(db)
            let merge = try CLI.run(["actors", "merge", "Atmar", "Qureshi", "--db", db])
            #expect(merge.status == 0, "\(merge.stderr)")
            if reextract { #expect(try CLI.run(["reextract", "--all", "--db", db]).status == 0) }
            let split = try CLI.run(["actors", "split", "Atmar", "Qureshi", "--db", db])
            #expect(split.status == 0, "\(split.stderr)")
            let after = try Self.state(db)
            #expect(Set(before).symmetricDifference(after).sorted() == [], "reextract: \(reextract)")
            #expect(try DerivedDataCheck.mismatches(Database(path: db)) == [])
        }
    }

    @Test("a split with nothing to split is refused, and the database is unchanged")
    func nothingToSplit() throws {
        let db = Repo.temporaryPath("nothing.db")
        #expect(try CLI.run(["ingest", "--db", db, "seeds"]).status == 0)
        let before = try Self.state(db)
        let r = try CLI.run(["actors", "split", "Taliban", "Pakistan", "--db", db])
        #expect(r.status == 1)
        #expect(r.stderr.contains("nothing to split: Taliban was never merged with 'Pakistan'"), "\(r.stderr)")
        #expect(try Self.state(db) == before)
    }

    @Test("an unreadable subfolder is named and the rest lands", .enabled(if: geteuid() != 0, "root reads every folder"))
    func unreadableFolder() throws {
        let dir = Repo.temporaryPath("locked")
        try FileManager.default.createDirectory(atPath: dir + "/closed", withIntermediateDirectories: true)
        try Repo.seed(Repo.seed1).write(toFile: dir + "/one.txt", atomically: true, encoding: .utf8)
        try Repo.seed(Repo.seed2).write(toFile: dir + "/closed/two.txt", atomically: true, encoding: .utf8)
        chmod(dir + "/closed", 0)
        defer { chmod(dir + "/closed", 0o755) }
        let r = try CLI.run(["ingest", "--db", Repo.temporaryPath("locked.db"), dir])
        #expect(r.status == 1)
        #expect(r.stderr.contains("closed: cannot be read"))
        #expect(r.stderr.contains("1 new"))
    }
}
