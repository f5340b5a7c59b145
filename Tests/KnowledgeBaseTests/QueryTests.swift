import Extraction
import Foundation
import SQLite
import Testing
import TestSupport
@testable import KnowledgeBase

/// The query layer on the seed articles: filters mean what they say, names match any
/// alias, mistakes get close matches, and the running counts agree with the rows.
@Suite("Queries")
struct QueryTests {
    static func seeded() throws -> KnowledgeBase {
        let kb = try KnowledgeBase(path: ":memory:")
        let ingestor = Ingestor(kb: kb)
        for name in [Repo.seed1, Repo.seed2] {
            _ = try ingestor.ingest(ArticleInput(text: Repo.seed(name), path: "seeds/\(name)", format: .text))
        }
        return kb
    }

    /// Ids of the actors a name's aliases lead to.
    func ids(_ kb: KnowledgeBase, _ name: String) throws -> Set<Int64> {
        Set(try ActorLookup(db: kb.db).ids(for: name))
    }

    @Test("--about lists exactly the statements whose targets include the actor, newest first")
    func about() throws {
        let kb = try Self.seeded()
        let q = Queries(kb: kb)
        let rows = try q.quotes(QuoteFilter(about: "the Taliban", limit: nil))
        let expected = try kb.db.scalarInt("""
            SELECT count(DISTINCT statement_id) FROM statement_targets
            WHERE actor_id IN (SELECT actor_id FROM aliases WHERE alias_key = 'taliban')
            """)
        #expect(rows.count == expected)
        #expect(rows.count >= 3)
        #expect(rows.allSatisfy { $0.about.contains("Taliban") })
        let dates = rows.compactMap(\.article.date)
        #expect(dates == dates.sorted(by: >))
    }

    @Test("--speaker takes any alias, including a misspelling seen in the text, and combines with --about and --kind")
    func speakerAndAbout() throws {
        let kb = try Self.seeded()
        let q = Queries(kb: kb)
        let byAtmer = try q.quotes(QuoteFilter(speaker: "Atmer"))
        let byFull = try q.quotes(QuoteFilter(speaker: "Mohammad Hanif Atmar"))
        #expect(byAtmer.count >= 5)
        #expect(byAtmer.map(\.id) == byFull.map(\.id))
        #expect(byAtmer.allSatisfy { $0.speaker == "Mohammad Hanif Atmar" })

        let both = try q.quotes(QuoteFilter(speaker: "Atmar", about: "Taliban"))
        #expect(!both.isEmpty)
        #expect(both.count < byAtmer.count)
        #expect(both.allSatisfy { $0.speaker == "Mohammad Hanif Atmar" && $0.about.contains("Taliban") })

        let direct = try q.quotes(QuoteFilter(speaker: "Atmar", kind: "direct"))
        #expect(!direct.isEmpty && direct.allSatisfy { $0.kind == "direct" })
        #expect(direct.count < byAtmer.count)
    }

    @Test("dates, article and outlet filters")
    func datesArticlesOutlets() throws {
        let kb = try Self.seeded()
        let q = Queries(kb: kb)
        let all = try q.quotes(QuoteFilter())
        let july = try q.quotes(QuoteFilter(from: "2021-07", to: "2021"))
        // The undated article drops out of any date range; the dated one stays whole.
        #expect(!july.isEmpty && july.count < all.count)
        #expect(july.allSatisfy { $0.article.date == "2021-07-09" })
        #expect(try q.quotes(QuoteFilter(from: "2021-07-10")).isEmpty)
        #expect(try q.quotes(QuoteFilter(to: "2021-07-08")).isEmpty)

        let one = try q.quotes(QuoteFilter(article: Repo.seed2))
        #expect(!one.isEmpty && one.allSatisfy { $0.article.path == "seeds/\(Repo.seed2)" })
        let byID = try q.quotes(QuoteFilter(article: String(one[0].article.id)))
        #expect(byID.map(\.id) == one.map(\.id))
        #expect(throws: QueryError.unknownArticle("nope.txt")) { try q.quotes(QuoteFilter(article: "nope.txt")) }

        let outlet = try q.quotes(QuoteFilter(source: "pakistan point"))
        #expect(!outlet.isEmpty && outlet.allSatisfy { $0.article.source?.lowercased().contains("pakistan point") == true })
        #expect(throws: QueryError.badDate("2021-13")) { try q.quotes(QuoteFilter(from: "2021-13")) }
        #expect(throws: QueryError.badDate("July")) { try q.quotes(QuoteFilter(to: "July")) }
    }

    @Test("--search finds words in what was said and marks them in a snippet; a broken query is a clear error")
    func search() throws {
        let kb = try Self.seeded()
        let q = Queries(kb: kb)
        let rows = try q.quotes(QuoteFilter(search: "guarantor"))
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.quote.lowercased().contains("guarantor") })
        #expect(rows.allSatisfy { $0.snippet?.contains("\u{2}guarantor\u{3}") == true })
        let phrase = try q.quotes(QuoteFilter(about: "Pakistan", search: "\"peace process\""))
        #expect(!phrase.isEmpty)
        #expect(phrase.allSatisfy { $0.quote.lowercased().contains("peace") && $0.about.contains("Pakistan") })
        // What people type searches as words; FTS5 syntax, and its mistakes, only when asked for.
        #expect(throws: QueryError.self) { try q.quotes(QuoteFilter(search: "peace AND (", fts: true)) }
        #expect(try q.quotes(QuoteFilter(search: "peace AND (")).allSatisfy { $0.quote.lowercased().contains("peace") })
        #expect(throws: QueryError.self) { try q.quotes(QuoteFilter(search: "\" ( -")) }
    }

    @Test("an unknown name is an error that suggests the close matches")
    func unknownNames() throws {
        let kb = try Self.seeded()
        do {
            _ = try Queries(kb: kb).quotes(QuoteFilter(speaker: "Qurashi"))
            Issue.record("an unknown speaker must not give an empty list")
        } catch let QueryError.unknownActor(name, suggestions) {
            #expect(name == "Qurashi")
            #expect(suggestions.first == "Shah Mahmood Qureshi")
        }
        do {
            _ = try ActorLookup(db: kb.db).ids(for: "Talibam")
        } catch let QueryError.unknownActor(_, suggestions) {
            #expect(suggestions.contains("Taliban"))
        }
    }

    @Test("an actor profile gathers aliases, roles with dates, counterparts and latest statements")
    func profile() throws {
        let kb = try Self.seeded()
        let profiles = try Queries(kb: kb).profiles("Haneef Atmar")
        let p = try #require(profiles.first)
        #expect(p.actor.name == "Mohammad Hanif Atmar")
        #expect(p.actor.kind == "person")
        #expect(Set(p.actor.aliases).isSuperset(of: ["Atmar", "Haneef Atmar"]))
        #expect(p.roles.contains { $0.title == "Minister of Foreign Affairs" && $0.affiliation == "Afghanistan" && $0.firstSeen == "2021-07-09" })
        #expect(p.talksAbout.first?.name == "Afghanistan")
        #expect(p.talksAbout.map(\.statements) == p.talksAbout.map(\.statements).sorted(by: >))
        #expect(p.recent.count == 5 && p.recent.allSatisfy { $0.speaker == "Mohammad Hanif Atmar" })
        #expect(p.actor.statements == (try Queries(kb: kb).quotes(QuoteFilter(speaker: "Atmar"))).count)
        #expect(p.actor.firstSeen == "2021-07-09" && p.actor.lastSeen == "2021-07-09")
    }

    @Test("actor listing filters by kind and alias text and sorts by what is asked")
    func actorListing() throws {
        let kb = try Self.seeded()
        let q = Queries(kb: kb)
        let orgs = try q.actors(ActorFilter(kind: "organization", sort: .about))
        #expect(!orgs.isEmpty && orgs.allSatisfy { $0.kind == "organization" })
        #expect(orgs.map(\.spokenAbout) == orgs.map(\.spokenAbout).sorted(by: >))
        #expect(orgs.first?.name == "Taliban")
        let found = try q.actors(ActorFilter(search: "haneef"))
        #expect(found.map(\.name) == ["Mohammad Hanif Atmar"])
        let byName = try q.actors(ActorFilter(sort: .name))
        #expect(byName.map { $0.name.lowercased() } == byName.map { $0.name.lowercased() }.sorted())
    }

    func expectCountsAgree(_ kb: KnowledgeBase, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try DerivedDataCheck.mismatches(kb.db) == [], sourceLocation: sourceLocation)
    }

    @Test("running counts and copied columns stay in step through ingest, re-attribution, date changes and deletion")
    func countsStayInStep() throws {
        let kb = try Self.seeded()
        try expectCountsAgree(kb)
        #expect(try kb.db.scalarInt("SELECT count(*) FROM actor_stats WHERE statements > 0") ?? 0 >= 5)
        // A curator re-attributes Qureshi's statements to Atmar (what a merge does).
        let qureshi = try #require(try ActorLookup(db: kb.db).ids(for: "Qureshi").first)
        let atmar = try #require(try ActorLookup(db: kb.db).ids(for: "Atmar").first)
        try kb.write { try kb.db.run("UPDATE statements SET speaker_id = ? WHERE speaker_id = ?", [atmar, qureshi]) }
        try expectCountsAgree(kb)
        try kb.write { try kb.db.run("UPDATE articles SET published = '2021-07-10' WHERE path LIKE '%003_%'") }
        try expectCountsAgree(kb)
        #expect(try Queries(kb: kb).quotes(QuoteFilter(from: "2021-07-10")).count > 0)
        try kb.write { try kb.db.run("DELETE FROM articles WHERE path LIKE '%000_%'") }
        try expectCountsAgree(kb)
        try kb.write { try kb.db.run("DELETE FROM actors WHERE id = ?", [atmar]) }
        try expectCountsAgree(kb)
    }

    @Test("migration 0002 fills the copies and counts for a knowledge base written by the first schema")
    func migratesOldData() throws {
        let path = Repo.temporaryPath("old.db")
        let first = KnowledgeBase.migrations.filter { $0.id == 1 }
        do {
            let db = try Database(path: path)
            try Migrator(migrations: first, applicationID: KnowledgeBase.applicationID).migrate(db)
            try db.execute("""
                INSERT INTO articles (id, content_hash, published, format, body, extractor_version) VALUES (1, 'h', '2020-01-02', 'text', 'Ann said Bob lied.', 'old');
                INSERT INTO actors (id, kind, name, name_key) VALUES (1, 'person', 'Ann', 'ann'), (2, 'person', 'Bob', 'bob');
                INSERT INTO aliases (actor_id, alias, alias_key) VALUES (1, 'Ann', 'ann'), (2, 'Bob', 'bob');
                INSERT INTO mentions (article_id, actor_id, start, end, text) VALUES (1, 1, 0, 3, 'Ann'), (1, 2, 9, 12, 'Bob');
                INSERT INTO statements (id, article_id, speaker_id, speaker_text, kind, content, content_start, content_end, rule)
                    VALUES (1, 1, 1, 'Ann', 'indirect', 'Bob lied', 9, 17, 'test');
                INSERT INTO statement_targets (statement_id, actor_id) VALUES (1, 2);
                """)
        }
        // Read-only commands refuse the old schema with a clear reason rather than failing on a missing table.
        do {
            _ = try KnowledgeBase(path: path, readOnly: true)
            Issue.record("an old schema opened read-only must be refused")
        } catch let error as KnowledgeBaseError {
            #expect(error.description.contains("older whosaid"))
        }
        let kb = try KnowledgeBase(path: path)
        try expectCountsAgree(kb)
        let rows = try Queries(kb: kb).quotes(QuoteFilter(speaker: "Ann", about: "Bob"))
        #expect(rows.map(\.quote) == ["Bob lied"])
        #expect(try kb.db.scalarString("SELECT first_seen FROM actor_stats WHERE actor_id = 2") == "2020-01-02")
        #expect(try kb.db.scalarInt("SELECT statements FROM who_talks_about_whom WHERE speaker = 'Ann' AND target = 'Bob'") == 1)
    }
}
