import Foundation
import SQLite
import Testing
import TestSupport

/// What a user sees after upgrading whosaid over a knowledge base an older build filled:
/// one line per command saying how many articles are behind, an ingest that leaves them
/// as they are, and a `reextract` that brings them up to date under their curation.
@Suite("Upgrade on the command line", .serialized)
struct UpgradeCommandTests {
    /// The binary's extractor version, as `--version` says it.
    static func version() throws -> String {
        let r = try CLI.run(["--version"])
        let version = try #require(r.stdout.split(separator: " ").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        return version
    }

    static func versions(_ path: String) throws -> [String] {
        try Database(path: path).prepare("SELECT extractor_version FROM articles ORDER BY id").map { $0.string(0) }
    }

    @Test("--version names the extractor version: a release and 12 hex digits, not the old literal")
    func versionShape() throws {
        let r = try CLI.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("whosaid "), "\(r.stdout)")
        let version = try Self.version()
        #expect(version.wholeMatch(of: /\d+\.\d+\.\d+\+[0-9a-f]{12}/) != nil, "\(version)")
        #expect(version != "0.1.0")
        #expect(try Self.version() == version)
    }

    @Test("after an upgrade: queries say once that articles are behind, ingest leaves them, reextract brings them up to date and keeps the curation")
    func upgrade() throws {
        let db = Repo.temporaryPath("upgrade.db")
        let version = try Self.version()
        #expect(try CLI.run(["ingest", "--db", db, "seeds"]).status == 0)
        for curation in [["merge", "Pakistan", "Pakistani military"], ["rename", "Mohammad Hanif Atmar", "Hanif Atmar"],
                         ["alias", "add", "Taliban", "Afghan Taliban"], ["alias", "remove", "Islamic State", "Daesh"],
                         ["split", "Shah Mahmood Qureshi", "Qureshi"]] {
            let r = try CLI.run(["actors"] + curation + ["--db", db])
            #expect(r.status == 0, "\(curation): \(r.stderr)")
        }
        // Everything current: no note.
        let current = try CLI.run(["quotes", "--db", db, "--format", "json", "--limit", "0"])
        #expect(current.status == 0)
        #expect(!current.stderr.contains("reextract"), "\(current.stderr)")
        let speakers = try Self.speakers(current.stdout)
        let curated = try Self.actors(db)
        #expect(curated["Qureshi"]?.statements ?? 0 >= 1)

        // The articles as an older build left them: its version, and less found.
        do {
            let conn = try Database(path: db)
            try conn.execute("PRAGMA foreign_keys = ON")
            try conn.execute("BEGIN; DELETE FROM statements WHERE article_id = 1; UPDATE articles SET extractor_version = '0.1.0'; COMMIT")
        }
        let note = "2 of 2 articles were extracted by extractor 0.1.0, not this build's \(version); `whosaid reextract --db \(db)` brings them up to date"

        // Queries answer from what is stored, and say so once, on stderr only.
        for command in [["quotes"], ["actors"], ["actor", "Atmar"], ["report", "top-speakers"], ["graph", "--format", "dot"]] {
            let r = try CLI.run(command + ["--db", db])
            #expect(r.status == 0, "\(command): \(r.stderr)")
            #expect(r.stderr.components(separatedBy: "were extracted by").count == 2, "\(command): once: \(r.stderr)")
            #expect(r.stderr.contains("\(db): \(note)"), "\(command): \(r.stderr)")
            #expect(!r.stdout.contains("reextract"))
        }

        // Ingest of the same articles: unchanged, with why.
        let again = try CLI.run(["ingest", "--db", db, "seeds"])
        #expect(again.status == 0)
        #expect(again.stderr.contains("0 new, 2 unchanged, 0 failed"), "\(again.stderr)")
        #expect(again.stderr.contains("ingest leaves stored articles as they are; `whosaid reextract --db \(db)` brings them up to date"), "\(again.stderr)")
        #expect(try Self.versions(db) == ["0.1.0", "0.1.0"])

        // reextract brings them up to date, and the note is gone.
        let re = try CLI.run(["reextract", "--db", db])
        #expect(re.status == 0, "\(re.stderr)")
        #expect(re.stderr.contains("reextract: 2 articles re-extracted with extractor \(version), 0 failed"), "\(re.stderr)")
        #expect(try Self.versions(db) == [version, version])
        let after = try CLI.run(["quotes", "--db", db, "--format", "json", "--limit", "0"])
        #expect(!after.stderr.contains("reextract"), "\(after.stderr)")
        #expect(try Self.speakers(after.stdout) == speakers)
        // The curation holds: names, merged and added aliases, removed ones, the split name's statements.
        let actors = try Self.actors(db)
        #expect(actors["Pakistani military"] == nil)
        #expect(actors["Pakistan"]?.aliases.contains("Pakistani military") == true)
        #expect(actors["Mohammad Hanif Atmar"] == nil)
        #expect(actors["Hanif Atmar"]?.statements == curated["Hanif Atmar"]?.statements)
        #expect(actors["Taliban"]?.aliases.contains("Afghan Taliban") == true)
        #expect(actors["Islamic State"]?.aliases.contains("Daesh") == false)
        #expect(actors["Qureshi"]?.statements == curated["Qureshi"]?.statements)
        let again2 = try CLI.run(["reextract", "--db", db])
        #expect(again2.stderr.contains("reextract: 0 articles re-extracted"), "\(again2.stderr)")
    }

    /// Actors by name, with their aliases and statements, as `actors --format json` lists them.
    static func actors(_ db: String) throws -> [String: (aliases: [String], statements: Int)] {
        let r = try CLI.run(["actors", "--db", db, "--format", "json", "--limit", "0"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        var out: [String: (aliases: [String], statements: Int)] = [:]
        for row in rows {
            if let name = row["name"] as? String { out[name] = (row["aliases"] as? [String] ?? [], row["statements"] as? Int ?? 0) }
        }
        return out
    }

    /// Each statement as speaker and quote, sorted.
    static func speakers(_ json: String) throws -> [String] {
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        return rows.map { "\($0["speaker"] ?? "-")|\($0["quote"] ?? "-")" }.sorted()
    }
}
