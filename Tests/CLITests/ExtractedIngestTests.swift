import Foundation
import SQLite
import Testing
import TestSupport

/// Extraction apart from the writer: `extract --with-text` on one side (a map step
/// anywhere), `ingest --extracted` on the other, as a user pipes them.
@Suite("Extract elsewhere, ingest here", .serialized)
struct ExtractedIngestTests {
    static let extracted: String = (try? CLI.run(["extract", "--with-text", "seeds"]).stdout) ?? ""

    static func rows(_ db: String, _ sql: String) throws -> [String] {
        let d = try Database(path: db, options: .init(readOnly: true, create: false))
        return try d.prepare(sql).map { r in (0..<r.count).map { r.isNull($0) ? "-" : r.string($0) }.joined(separator: "|") }
    }

    @Test("ingesting the seeds directly and through extract --with-text | ingest --extracted - gives the same knowledge base")
    func sameKnowledgeBase() throws {
        let direct = Repo.temporaryPath("direct.db"), piped = Repo.temporaryPath("piped.db")
        #expect(try CLI.run(["ingest", "--db", direct, "seeds"]).status == 0)
        #expect(Self.extracted.split(separator: "\n").count == 2)
        let load = try CLI.run(["ingest", "--db", piped, "--extracted", "-"], stdin: Self.extracted)
        #expect(load.status == 0, "\(load.stderr)")
        #expect(load.stderr.contains("2 new, 0 unchanged, 0 failed"))
        let a = try Snapshot(Database(path: direct, options: .init(readOnly: true, create: false)))
        let b = try Snapshot(Database(path: piped, options: .init(readOnly: true, create: false)))
        #expect(a.statements.count > 40)
        #expect(a == b)
        // The article rows and what the snapshot leaves out: roles, spans, cues, sources, rules.
        let articleRow = "SELECT content_hash, title, published, date_text, dateline, source, path, url, format, body, extractor_version FROM articles ORDER BY 1"
        #expect(try Self.rows(direct, articleRow) == Self.rows(piped, articleRow))
        let detail = """
            SELECT a.content_hash, s.speaker_text, s.speaker_start, s.speaker_end, s.cue, s.cue_start, s.content_end, s.rule,
                   (SELECT group_concat(role || seq || ':' || start || '-' || end) FROM statement_spans WHERE statement_id = s.id)
            FROM statements s JOIN articles a ON a.id = s.article_id ORDER BY 1, s.content_start, s.id
            """
        #expect(try Self.rows(direct, detail) == Self.rows(piped, detail))
        let roles = "SELECT ac.name, r.title, r.affiliation, r.seen_on FROM roles r JOIN actors ac ON ac.id = r.actor_id ORDER BY 1, 2, 3"
        #expect(try Self.rows(direct, roles) == Self.rows(piped, roles))

        // Idempotent like any ingest: the same lines again change nothing.
        let again = try CLI.run(["ingest", "--db", piped, "--extracted", "-"], stdin: Self.extracted)
        #expect(again.stderr.contains("0 new, 2 unchanged, 0 failed"), "\(again.stderr)")
    }

    @Test("a bad line fails alone, named by file and line: a span that does not match the text, another extractor version, a changed text, malformed JSON")
    func badLines() throws {
        let lines = Self.extracted.split(separator: "\n").map(String.init)
        var first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        var quotes = try #require(first["quotes"] as? [[String: Any]])
        var contents = try #require(quotes[0]["contents"] as? [[String: Any]])
        contents[0]["start"] = (contents[0]["start"] as! Int) + 1  // the quote's text no longer matches its offsets
        quotes[0]["contents"] = contents
        first["quotes"] = quotes
        var stale = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        stale["extractor_version"] = "0.1.0+000000000000"
        var changed = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        changed["text"] = (changed["text"] as! String) + " And more."
        func line(_ o: [String: Any]) throws -> String { String(decoding: try JSONSerialization.data(withJSONObject: o), as: UTF8.self) }
        let file = Repo.temporaryPath("records.jsonl")
        try ([try line(first), "{\"text\": ", try line(stale), try line(changed), lines[0]].joined(separator: "\n") + "\n")
            .write(toFile: file, atomically: true, encoding: .utf8)

        let db = Repo.temporaryPath("bad.db")
        let r = try CLI.run(["ingest", "--db", db, "--extracted", file])
        #expect(r.status == 1)
        let errors = r.stderr.split(separator: "\n").filter { $0.hasPrefix("whosaid: error:") }
        #expect(errors.count == 4, "\(r.stderr)")
        #expect(errors.contains { $0.contains("\(file) (line 1): quote 1 content span does not match the text") })
        #expect(errors.contains { $0.contains("\(file) (line 2): malformed JSON") })
        #expect(errors.contains { $0.contains("\(file) (line 3): extracted by extractor 0.1.0+000000000000, not this build's") && $0.contains("--reextract-stale") })
        #expect(errors.contains { $0.contains("\(file) (line 4): \"hash\"") })
        // The good line landed, whole.
        #expect(r.stderr.contains("1 new, 0 unchanged, 4 failed"), "\(r.stderr)")
        #expect(try Self.rows(db, "SELECT count(*) FROM articles") == ["1"])

        // --reextract-stale extracts the other version's record with this build.
        let redo = try CLI.run(["ingest", "--db", db, "--extracted", file, "--reextract-stale"])
        #expect(redo.stderr.contains("1 record(s) made by another extractor version were extracted again"), "\(redo.stderr)")
        #expect(redo.stderr.contains("1 new, 1 unchanged, 3 failed"), "\(redo.stderr)")
        #expect(try Self.rows(db, "SELECT count(DISTINCT extractor_version) FROM articles") == ["1"])
    }

    @Test("a U+FEFF inside the text survives the round trip (Foundation's JSON reader drops a raw one)")
    func zeroWidthNoBreakSpace() throws {
        let text = "“We will keep the border open,” said Imran Khan.\u{FEFF} He spoke in Islamabad.\n\n“Peace is near,” Ashraf Ghani said.\n"
        let file = Repo.temporaryPath("feff.txt")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let extracted = try CLI.run(["extract", "--with-text", file])
        #expect(extracted.status == 0)
        let db = Repo.temporaryPath("feff.db")
        let r = try CLI.run(["ingest", "--db", db, "--extracted", "-"], stdin: extracted.stdout)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Self.rows(db, "SELECT body FROM articles") == [text])
        #expect(try Self.rows(db, "SELECT count(*) FROM statements") == ["2"])
    }

    @Test("extract - streams JSON Lines: one line out per record, a bad record named by its line, plain text still read whole")
    func streamingExtract() throws {
        let input = """
            {"title": "One", "date": "2021-03-04", "text": "“We will reopen the crossing,” said Imran Khan."}

            {"text": "Ashraf Ghani said Afghanistan wants peace."
            {"text": "“It is time,” Ashraf Ghani said."}

            """
        let r = try CLI.run(["extract", "--with-text", "-"], stdin: input)
        #expect(r.status == 1)
        let out = r.stdout.split(separator: "\n")
        #expect(out.count == 2)
        let records = out.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(records.map { $0["record"] as? String } == ["line 1", "line 4"])
        #expect(records.first?["published"] as? String == "2021-03-04")
        let speakers = records.compactMap { (($0["quotes"] as? [[String: Any]])?.first?["speaker"] as? [String: Any])?["name"] as? String }
        #expect(speakers == ["Imran Khan", "Ashraf Ghani"])
        #expect(r.stderr.contains("- (line 3): malformed JSON"), "\(r.stderr)")

        let text = try CLI.run(["extract", "-"], stdin: Repo.seed(Repo.seed2))
        #expect(text.status == 0)
        #expect(text.stdout.split(separator: "\n").count == 1)
        #expect(text.stdout.contains("Babar Iftikhar"))
    }
}
