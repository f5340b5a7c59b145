import Digest
import Extraction
import Foundation
import SQLite
import Testing
import TestSupport
@testable import KnowledgeBase

@Suite("Ingest")
struct IngestTests {
    func seedInput(_ name: String) -> ArticleInput {
        ArticleInput(text: Repo.seed(name), path: "seeds/\(name)", format: .text)
    }

    @Test("both seeds land with their statements, actors and header data")
    func seedsLand() throws {
        let kb = try KnowledgeBase(path: ":memory:")
        let ingestor = Ingestor(kb: kb)
        for name in [Repo.seed1, Repo.seed2] {
            guard case .inserted(_, let n) = try ingestor.ingest(seedInput(name)) else {
                Issue.record("\(name) was not inserted")
                continue
            }
            #expect(n >= 10, "\(name) has many attributions")
        }
        let counts = try kb.counts()
        #expect(counts.articles == 2)
        let title = try kb.db.scalarString("SELECT title FROM articles WHERE path LIKE '%003_%'")
        #expect(title == "Pakistani foreign minister invites Afghan counterpart for talks as Taliban widen control")
        #expect(try kb.db.scalarString("SELECT published FROM articles WHERE path LIKE '%000_%'") == "2021-07-09")
        #expect(try kb.db.scalarString("SELECT dateline FROM articles WHERE path LIKE '%000_%'") == "ISLAMABAD")
        // The shell view answers who said what.
        let atmar = try kb.db.scalarInt("SELECT count(*) FROM who_said_what WHERE speaker = 'Mohammad Hanif Atmar'") ?? 0
        #expect(atmar >= 5)
        // Stored offsets point into the stored text.
        let mismatches = try kb.db.scalarInt("""
            SELECT count(*) FROM statement_span_list sp JOIN statements s ON s.id = sp.statement_id
            JOIN articles a ON a.id = s.article_id
            WHERE sp.role = 'source' AND substr(a.body, sp.start + 1, sp.end - sp.start) <> s.speaker_text
            """)
        #expect(mismatches == 0)
    }

    @Test("statement_spans holds split statements only; statement_span_list lists every span")
    func splitSpans() throws {
        let kb = try KnowledgeBase(path: ":memory:")
        let text = """
            Talks resume in Doha.

            “We are ready to talk,” the minister said, “but not at any price.”

            The envoy said the talks would resume next week.
            """
        let result = Extractor().extract(text)
        _ = try Ingestor(kb: kb).ingest(ArticleInput(text: text, path: "split.txt"))
        let split = result.attributions.filter { $0.contents.count > 1 }
        #expect(!split.isEmpty, "the quote around its cue is one statement in two pieces")
        // One row per piece of a split content; none for single spans.
        let expectedRows = result.attributions.reduce(0) { n, a in
            n + (a.contents.count > 1 ? a.contents.count : 0) + (a.sources.count > 1 ? a.sources.count : 0)
        }
        #expect(try kb.db.scalarInt("SELECT count(*) FROM statement_spans") == expectedRows)
        // The view gives every span, and each one's text is the body at its offsets.
        let spans = try kb.db.prepare("""
            SELECT sp.role, substr(a.body, sp.start + 1, sp.end - sp.start) FROM statement_span_list sp
            JOIN statements s ON s.id = sp.statement_id JOIN articles a ON a.id = s.article_id
            ORDER BY sp.statement_id, sp.role, sp.seq
            """).map { "\($0.string(0)): \($0.string(1))" }
        let expected = result.attributions.flatMap { a in
            a.contents.map { "content: \(result.text.text($0))" } + a.sources.map { "source: \(result.text.text($0))" }
        }
        #expect(spans == expected)
        #expect(spans.contains("content: “We are ready to talk,”") && spans.contains("content: “but not at any price.”"))
    }

    @Test("re-ingesting the same article changes nothing")
    func idempotent() throws {
        let kb = try KnowledgeBase(path: ":memory:")
        let ingestor = Ingestor(kb: kb)
        _ = try ingestor.ingest(seedInput(Repo.seed1))
        let before = try kb.counts()
        let again = try ingestor.ingest(seedInput(Repo.seed1))
        guard case .unchanged = again else {
            Issue.record("expected unchanged, got \(again)")
            return
        }
        #expect(try kb.counts() == before)
    }

    @Test("an article whose write fails leaves nothing behind")
    func atomicArticle() throws {
        let kb = try KnowledgeBase(path: ":memory:")
        try kb.db.execute("""
            CREATE TEMP TRIGGER fail_late BEFORE INSERT ON statements WHEN new.content LIKE '%Legitimacy%'
            BEGIN SELECT RAISE(ABORT, 'simulated failure'); END
            """)
        let ingestor = Ingestor(kb: kb)
        #expect(throws: (any Error).self) { try ingestor.ingest(seedInput(Repo.seed1)) }
        #expect(try kb.counts() == KnowledgeBase.Counts(articles: 0, statements: 0, actors: 0))
        #expect(try kb.db.scalarInt("SELECT count(*) FROM mentions") == 0)
        // The other seed still lands afterwards.
        guard case .inserted = try ingestor.ingest(seedInput(Repo.seed2)) else {
            Issue.record("second seed not inserted")
            return
        }
        #expect(try kb.counts().articles == 1)
    }

    @Test("the full-text index follows the statements")
    func fullTextIndex() throws {
        let kb = try KnowledgeBase(path: ":memory:")
        _ = try Ingestor(kb: kb).ingest(seedInput(Repo.seed2))
        let hits = try kb.db.scalarInt("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'guarantor'") ?? 0
        #expect(hits >= 1)
        try kb.db.execute("DELETE FROM statements")
        #expect(try kb.db.scalarInt("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'guarantor'") == 0)
    }

    @Test("JSON Lines: good records land, a bad line fails alone with its line number")
    func jsonLines() throws {
        let text = """
            {"text": "“We will win,” Senator Jane Doe said on Monday.", "title": "One", "date": "2020-01-02", "source": "Wire"}
            {"text": broken
            {"title": "no text"}
            {"text": "The mayor, Bob Roe, said the bridge would reopen next week.", "url": "https://example.org/b"}
            """
        let decoded = ArticleDecoder.decode(Array(text.utf8), path: "batch.jsonl")
        #expect(decoded.articles.count == 2)
        #expect(decoded.failures.map(\.location) == ["line 2", "line 3"])
        #expect(decoded.failures.first?.error.description.contains("malformed JSON on line 2") == true)
        let kb = try KnowledgeBase(path: ":memory:")
        let ingestor = Ingestor(kb: kb)
        for a in decoded.articles { _ = try ingestor.ingest(a) }
        #expect(try kb.db.scalarString("SELECT published FROM articles WHERE title = 'One'") == "2020-01-02")
        #expect(try kb.db.scalarString("SELECT source FROM articles WHERE title = 'One'") == "Wire")
        #expect(try kb.db.scalarString("SELECT url FROM articles WHERE format = 'jsonl' AND url IS NOT NULL") == "https://example.org/b")
        #expect(try kb.db.scalarString("SELECT speaker FROM who_said_what WHERE quote LIKE '%win%'") == "Jane Doe")
    }

    @Test("bad inputs are refused with a reason")
    func badInputs() {
        #expect(ArticleDecoder.decode([], path: "a.txt").failures.first?.error == .empty)
        #expect(ArticleDecoder.decode(Array("  \n\n".utf8), path: "a.txt").failures.first?.error == .empty)
        #expect(ArticleDecoder.decode([0x41, 0x00, 0x42], path: "a.txt").failures.first?.error == .binary)
        #expect(ArticleDecoder.decode([0x41, 0x42, 0xC3, 0x28], path: "a.txt").failures.first?.error == .invalidUTF8(byteOffset: 2))
        let truncated = ArticleDecoder.decode(Array("{\"text\": \"abc".utf8), path: "a.json")
        #expect(truncated.articles.isEmpty)
        if case .malformedJSON = truncated.failures.first?.error {} else { Issue.record("expected malformed JSON") }
        #expect(ArticleDecoder.decode(Array("{\"title\": \"x\"}".utf8), path: "a.json").failures.first?.error == .missingText(line: nil))
    }

    @Test("a file that is not SQLite, or another application's database, is refused")
    func refusesForeignFiles() throws {
        let notDB = Repo.temporaryPath("plain.db")
        try String(repeating: "not a database ", count: 20).write(toFile: notDB, atomically: true, encoding: .utf8)
        #expect(errorText { _ = try KnowledgeBase(path: notDB) }?.contains("not a SQLite database") == true)
        let foreign = Repo.temporaryPath("foreign.db")
        do {
            let db = try Database(path: foreign)
            try db.execute("CREATE TABLE invoices (id INTEGER)")
        }
        #expect(errorText { _ = try KnowledgeBase(path: foreign) }?.contains("not a WhoSaid database") == true)
        // And it is left as it was.
        let db = try Database(path: foreign)
        #expect(try db.scalarInt("SELECT count(*) FROM sqlite_schema") == 1)
    }

    @Test("the schema explains itself: comments survive in sqlite_schema")
    func schemaComments() throws {
        let kb = try KnowledgeBase(path: ":memory:")
        let sql = try kb.db.scalarString("SELECT sql FROM sqlite_schema WHERE name = 'statements'") ?? ""
        #expect(sql.contains("-- the reporting expression"))
        let views = try kb.db.cached("SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name").map { $0.string(0) }
        #expect(views.contains("who_said_what"))
    }

    @Test("SHA-256 matches the standard test vectors")
    func sha256() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}

/// The description of the error `body` throws, or nil when it does not throw.
func errorText(_ body: () throws -> Void) -> String? {
    do {
        try body()
        return nil
    } catch {
        return "\(error)"
    }
}

@Suite("Database safety")
struct DatabaseSafetyTests {
    @Test("a database opened read-only for writing is refused before any work")
    func readOnlyRefused() throws {
        let path = Repo.temporaryPath("ro.db")
        _ = try KnowledgeBase(path: path)
        #expect(errorText { _ = try KnowledgeBase(path: "file:\(path)?mode=ro") }?.contains("read-only") == true)
        if let error = (try? { () throws -> KnowledgeBaseError? in
            do { _ = try KnowledgeBase(path: "file:\(path)?mode=ro"); return nil } catch let e as KnowledgeBaseError { return e }
        }()) ?? nil {
            #expect(error.isFatal)
        } else {
            Issue.record("expected a KnowledgeBaseError")
        }
    }

    @Test("readers refuse a database written by a newer build")
    func newerSchemaRefusedForReading() throws {
        let path = Repo.temporaryPath("newer.db")
        let kb = try KnowledgeBase(path: path)
        try kb.db.run("INSERT INTO schema_migrations (id, name) VALUES (9999, 'from_the_future')")
        #expect(errorText { _ = try KnowledgeBase(path: path, readOnly: true) }?.contains("9999") == true)
        #expect(errorText { _ = try KnowledgeBase(path: path) }?.contains("does not know") == true)
    }

    @Test("a role seen twice in one article is stored once, affiliation or not")
    func rolesAreUnique() throws {
        let kb = try KnowledgeBase(path: ":memory:")
        let text = "Spokesman John Smith said: “Yes.” Later, Spokesman John Smith said: “No.”"
        _ = try Ingestor(kb: kb).ingest(ArticleInput(text: text, path: "roles.txt"))
        #expect(try kb.db.scalarInt("SELECT count(*) FROM roles WHERE title = 'Spokesman'") == 1)
    }

    @Test("plain text is plain text even when it starts with a brace; a BOM alone is empty")
    func decoderEdgeCases() {
        let brace = ArticleDecoder.decode(Array("{Updated} The mayor said: “Fine.”".utf8), path: "note.txt")
        #expect(brace.articles.count == 1 && brace.failures.isEmpty)
        #expect(ArticleDecoder.decode([0xEF, 0xBB, 0xBF, 0x0A, 0x20], path: "bom.txt").failures.first?.error == .empty)
        #expect(ArticleDecoder.decode([0xFF, 0xFE, 0x41, 0x00], path: "wide.txt").failures.first?.error == .utf16)
        #expect(Ingestor.contentHash("\u{FEFF}Same text") == Ingestor.contentHash("Same text"))
    }
}

@Suite("Actors across articles")
struct ActorsAcrossArticlesTests {
    @Test("a spelling variant of a known person joins that person")
    func spellingVariants() throws {
        let kb = try KnowledgeBase(path: ":memory:")
        let ingestor = Ingestor(kb: kb)
        for name in [Repo.seed1, Repo.seed2] {
            _ = try ingestor.ingest(ArticleInput(text: Repo.seed(name), path: name))
        }
        let ids = try kb.db.cached("SELECT DISTINCT actor_id FROM aliases WHERE alias IN ('Mohammad Hanif Atmar', 'Haneef Atmar', 'Atmar', 'Atmer')").map { $0.int64(0) }
        #expect(ids.count == 1)
    }

    @Test("relatives who share a surname stay apart")
    func relativesApart() throws {
        let kb = try KnowledgeBase(path: ":memory:")
        let ingestor = Ingestor(kb: kb)
        _ = try ingestor.ingest(ArticleInput(text: "“We will win,” Joe Biden said on Monday.", path: "a.txt"))
        _ = try ingestor.ingest(ArticleInput(text: "“I did nothing wrong,” Hunter Biden said on Tuesday.", path: "b.txt"))
        _ = try ingestor.ingest(ArticleInput(text: "“It is time,” Bill Clinton said. “Indeed,” Hillary Clinton said.", path: "c.txt"))
        #expect(try kb.db.scalarInt("SELECT count(*) FROM actors WHERE surname_key = 'biden'") == 2)
        #expect(try kb.db.scalarInt("SELECT count(*) FROM actors WHERE surname_key = 'clinton'") == 2)
    }

    @Test("name variants: transliterations and initials agree, different names do not")
    func variants() {
        #expect(NameVariants.givenNamesAgree(["haneef"], ["mohammad", "hanif"]))
        #expect(NameVariants.givenNamesAgree(["antony", "j"], ["antony", "john"]))
        #expect(NameVariants.givenNamesAgree(["muhammad"], ["mohammad"]))
        #expect(!NameVariants.givenNamesAgree(["hunter"], ["joe"]))
        #expect(!NameVariants.givenNamesAgree(["bill"], ["hillary"]))
    }
}
