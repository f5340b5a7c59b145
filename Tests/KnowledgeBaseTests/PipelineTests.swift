import Extraction
import Foundation
import SQLite
import Testing
import TestSupport
@testable import KnowledgeBase

/// Articles made from the seeds' paragraphs, all different: enough to fill several batches.
enum SampleArticles {
    static func make(_ count: Int) -> [ArticleInput] {
        let paragraphs = [Repo.seed1, Repo.seed2].flatMap { name in
            Repo.seed(name).components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { $0.count > 40 }
        }
        return (0..<count).map { i in
            let start = (i * 7) % paragraphs.count
            let length = 2 + i % 5
            let body = (0..<length).map { paragraphs[(start + $0) % paragraphs.count] }.joined(separator: "\n\n")
            return ArticleInput(text: "Report \(i)\n\n\(body)\n\n(Ref. \(i))\n", path: "sample/\(i).txt")
        }
    }

    /// A source closure over `items`, for the pipeline's reader thread.
    static func source(_ items: [IngestPipeline.Item]) -> @Sendable () -> IngestPipeline.Item? {
        let box = Box(items)
        return { box.next() }
    }

    final class Box: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [IngestPipeline.Item]
        init(_ items: [IngestPipeline.Item]) { self.items = items.reversed() }
        func next() -> IngestPipeline.Item? { lock.withLock { items.popLast() } }
    }
}

@Suite("Parallel ingest")
struct PipelineTests {
    @Test("the pipeline (workers, batches, savepoints) stores exactly what one-by-one ingest stores")
    func sameAsSequential() throws {
        let articles = SampleArticles.make(30) + [ArticleInput(text: Repo.seed(Repo.seed1), path: "seeds/\(Repo.seed1)")]
        let sequential = try KnowledgeBase(path: Repo.temporaryPath("seq.db"))
        let one = Ingestor(kb: sequential)
        for a in articles { _ = try one.ingest(a) }

        let parallel = try KnowledgeBase(path: Repo.temporaryPath("par.db"))
        let pipeline = IngestPipeline(ingestor: Ingestor(kb: parallel), options: .init(workers: 2, batchSize: 7))
        var inserted: [String] = []
        let stats = try pipeline.run(source: SampleArticles.source(articles.map { .article($0) })) { event in
            if case .stored(let input, .inserted) = event { inserted.append(input.path ?? "") }
        }
        #expect(inserted == articles.map { $0.path ?? "" }, "events come in the source's order")
        #expect(stats.inserted == articles.count && stats.failed == 0)
        #expect(stats.batches >= 5)
        #expect(try Snapshot(parallel.db) == Snapshot(sequential.db))
        #expect(fullTextIndexIsConsistent(parallel.db))
        #expect(try DerivedDataCheck.mismatches(parallel.db) == [])
        #expect(try DerivedDataCheck.mismatches(sequential.db) == [])
        let hits = "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'Taliban'"
        #expect(try parallel.db.scalarInt(hits) == sequential.db.scalarInt(hits))
        #expect((try parallel.db.scalarInt(hits) ?? 0) > 0)
        // The triggers fire again on this connection after the batches.
        try parallel.db.execute("DELETE FROM statements")
        #expect(try parallel.db.scalarInt(hits) == 0)
    }

    @Test("unchanged articles are recognised by their hash and never extracted again")
    func unchangedSkipped() throws {
        let articles = SampleArticles.make(12)
        let kb = try KnowledgeBase(path: Repo.temporaryPath("again.db"))
        let items: [IngestPipeline.Item] = articles.map { .article($0) }
        let first = try IngestPipeline(ingestor: Ingestor(kb: kb)).run(source: SampleArticles.source(items)) { _ in }
        #expect(first.inserted == 12)
        let before = try Snapshot(kb.db)
        let second = try IngestPipeline(ingestor: Ingestor(kb: kb)).run(source: SampleArticles.source(items)) { _ in }
        #expect(second.unchanged == 12 && second.inserted == 0)
        #expect(second.extractSeconds == 0, "no extraction ran")
        #expect(second.batches == 0)
        #expect(try Snapshot(kb.db) == before)
    }

    @Test("an article that fails inside a batch rolls back alone; the rest of the batch lands")
    func failingArticleAlone() throws {
        let kb = try KnowledgeBase(path: Repo.temporaryPath("fail.db"))
        try kb.db.execute("""
            CREATE TEMP TRIGGER fail_late BEFORE INSERT ON statements WHEN new.content LIKE '%Legitimacy%'
            BEGIN SELECT RAISE(ABORT, 'simulated failure'); END
            """)
        let good = SampleArticles.make(6).filter { !$0.text.contains("Legitimacy") }
        let bad = ArticleInput(text: Repo.seed(Repo.seed1), path: "seeds/\(Repo.seed1)")
        let items: [IngestPipeline.Item] = ([good[0], good[1], bad] + good.dropFirst(2)).map { .article($0) }
        var failed: [String] = []
        let stats = try IngestPipeline(ingestor: Ingestor(kb: kb), options: .init(workers: 2, batchSize: 50)).run(source: SampleArticles.source(items)) { event in
            if case .failed(let input, let error) = event {
                failed.append(input.path ?? "")
                #expect("\(error)".contains("simulated failure"))
            }
        }
        #expect(failed == ["seeds/\(Repo.seed1)"])
        #expect(stats.inserted == good.count && stats.batches == 1)
        #expect(try kb.db.scalarInt("SELECT count(*) FROM articles WHERE path LIKE 'seeds/%'") == 0)
        #expect(try kb.db.scalarInt("SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)") == 0)
        // Same database as storing the good ones alone.
        let reference = try KnowledgeBase(path: ":memory:")
        let ingestor = Ingestor(kb: reference)
        for a in good { _ = try ingestor.ingest(a) }
        #expect(try Snapshot(kb.db) == Snapshot(reference.db))
        #expect(fullTextIndexIsConsistent(kb.db))
    }

    @Test("fail-fast: the articles before the first failure land, nothing after it")
    func failFast() throws {
        let articles = SampleArticles.make(5)
        let items: [IngestPipeline.Item] = [.article(articles[0]), .article(articles[1]),
                                            .failure(name: "broken.json", error: InputError.malformedJSON(line: nil, reason: "truncated")),
                                            .article(articles[2]), .article(articles[3])]
        let kb = try KnowledgeBase(path: Repo.temporaryPath("ff.db"))
        var events: [String] = []
        let stats = try IngestPipeline(ingestor: Ingestor(kb: kb), options: .init(batchSize: 100, failFast: true)).run(source: SampleArticles.source(items)) { event in
            switch event {
            case .stored(let input, _): events.append(input.path ?? "")
            case .inputFailed(let name, _): events.append(name)
            case .failed(let input, _): events.append("failed \(input.path ?? "")")
            }
        }
        #expect(events == ["sample/0.txt", "sample/1.txt", "broken.json"])
        #expect(stats.inserted == 2 && stats.failed == 1)
        #expect(try kb.counts().articles == 2)
    }

    @Test("a full disk stops the run with a clear error and leaves the database as it was")
    func diskFull() throws {
        let path = Repo.temporaryPath("full.db")
        let kb = try KnowledgeBase(path: path)
        _ = try Ingestor(kb: kb).ingest(ArticleInput(text: Repo.seed(Repo.seed2), path: "seeds/\(Repo.seed2)"))
        let before = try Snapshot(kb.db)
        let pages = try kb.db.scalarInt("PRAGMA page_count") ?? 0
        // The database may not grow by more than a few pages: the first batch cannot fit.
        _ = try kb.db.scalarInt("PRAGMA max_page_count = \(pages + 4)")
        let items: [IngestPipeline.Item] = SampleArticles.make(40).map { .article($0) }
        var stored = 0
        let message = errorText {
            _ = try IngestPipeline(ingestor: Ingestor(kb: kb), options: .init(batchSize: 40)).run(source: SampleArticles.source(items)) { event in
                if case .stored = event { stored += 1 }
            }
        }
        #expect(message?.contains("full.db: the disk is full; nothing was written") == true, "\(message ?? "no error")")
        #expect(stored == 0)
        #expect(try Snapshot(kb.db) == before)
        #expect(try kb.db.scalarString("PRAGMA integrity_check") == "ok")
        #expect(fullTextIndexIsConsistent(kb.db))
        // Reopened, the file holds the same.
        let reopened = try KnowledgeBase(path: path)
        #expect(try Snapshot(reopened.db) == before)
    }

    @Test("ASCII names get the same key by the byte path as by the Unicode path")
    func nameKeyPaths() {
        let names = ["The Taliban's", "U.S.", "Al-Qaeda", "O'Brien", "  Mohammad   Hanif Atmar ", "the", "The ", "Theo Smith",
                     "ISIS (Daesh)", "Gen. Babar Iftikhar", "'s", "x's", "3M Co.", "AT&T", "the the", "The-Group", ""]
        for name in names {
            #expect(NameKey.asciiKey(name) == NameKey.scalarKey(name), "\(name)")
        }
        #expect(NameKey.asciiKey("Ségolène Royal") == nil)
        #expect(NameKey.make("Ségolène Royal") == "ségolène royal")
    }
}

@Suite("Re-extraction")
struct ReextractTests {
    @Test("articles of an older extractor are extracted again; curated aliases and actors stay")
    func replacesOlderExtraction() throws {
        let kb = try KnowledgeBase(path: Repo.temporaryPath("re.db"))
        let ingestor = Ingestor(kb: kb)
        for name in [Repo.seed1, Repo.seed2] {
            _ = try ingestor.ingest(ArticleInput(text: Repo.seed(name), path: "seeds/\(name)"))
        }
        let fresh = try Snapshot(kb.db)
        let atmar = try #require(try kb.db.scalarInt("SELECT id FROM actors WHERE name = 'Mohammad Hanif Atmar'"))
        // An older extractor found nothing in the first seed; a user linked a spelling by hand.
        try kb.db.execute("""
            DELETE FROM statements WHERE article_id = 1; DELETE FROM mentions WHERE article_id = 1; DELETE FROM roles WHERE article_id = 1;
            UPDATE articles SET extractor_version = '0.0.9' WHERE id = 1;
            """)
        try kb.db.run("INSERT INTO aliases (actor_id, alias, alias_key, origin) VALUES (?, 'Hanif Atmer', 'hanif atmer', 'curated')", [atmar])
        let actorsBefore = try kb.db.scalarInt("SELECT count(*) FROM actors")

        let reextractor = Reextractor(ingestor: Ingestor(kb: kb))
        #expect(try reextractor.dueCount() == 1)
        let progress = try reextractor.run(batchSize: 10)
        #expect(progress.done == 1 && progress.failed.isEmpty)
        #expect(try reextractor.dueCount() == 0)
        var now = try Snapshot(kb.db)
        #expect(now.statements == fresh.statements)
        #expect(now.mentions == fresh.mentions)
        #expect(try kb.db.scalarString("SELECT origin FROM aliases WHERE alias = 'Hanif Atmer'") == "curated")
        #expect(try kb.db.scalarInt("SELECT count(*) FROM actors") == actorsBefore)
        #expect(fullTextIndexIsConsistent(kb.db))
        #expect(try kb.db.prepare("PRAGMA foreign_key_check").map { _ in 1 }.isEmpty)

        // --all: every article again, same result, the curated alias still there.
        #expect(try reextractor.markAllDue() == 2)
        #expect(try reextractor.run(batchSize: 1).done == 2)
        now = try Snapshot(kb.db)
        #expect(now.statements == fresh.statements)
        #expect(try kb.db.scalarInt("SELECT count(*) FROM aliases WHERE origin = 'curated'") == 1)
        #expect(try kb.db.scalarInt("SELECT count(*) FROM articles WHERE extractor_version <> ?", [Extractor.version]) == 0)
        #expect(try DerivedDataCheck.mismatches(kb.db) == [])
    }

    @Test("a re-extraction stopped after a batch keeps that batch; the next run does the rest")
    func resumable() throws {
        let kb = try KnowledgeBase(path: Repo.temporaryPath("resume.db"))
        let ingestor = Ingestor(kb: kb)
        for a in SampleArticles.make(7) { _ = try ingestor.ingest(a) }
        let fresh = try Snapshot(kb.db)
        try kb.db.execute("UPDATE articles SET extractor_version = '0.0.9'")
        let reextractor = Reextractor(ingestor: Ingestor(kb: kb))
        let first = try reextractor.run(batchSize: 3) { _ in false }
        #expect(first.done == 3)
        #expect(try kb.db.scalarInt("SELECT count(*) FROM articles WHERE extractor_version = ?", [Extractor.version]) == 3)
        #expect(try kb.db.scalarInt("SELECT max(id) FROM articles WHERE extractor_version = ?", [Extractor.version]) == 3)
        #expect(try reextractor.dueCount() == 4)
        let second = try reextractor.run(batchSize: 3)
        #expect(second.done == 4)
        #expect(try reextractor.dueCount() == 0)
        #expect(try Snapshot(kb.db) == fresh)
        #expect(fullTextIndexIsConsistent(kb.db))
        #expect(try DerivedDataCheck.mismatches(kb.db) == [])
    }
}
