import Extraction
import Testing
import TestSupport
@testable import KnowledgeBase

/// A description the article resolves to nobody ('Pakistan’s foreign minister added')
/// goes to the one person other stored articles gave that role and affiliation; an
/// ambiguous or unaffiliated description stays unresolved.
@Suite("Roles across articles")
struct RoleHolderTests {
    func speakers(_ kb: KnowledgeBase, path: String) throws -> [String?] {
        try kb.db.prepare("""
            SELECT a.name FROM statements s JOIN articles r ON r.id = s.article_id LEFT JOIN actors a ON a.id = s.speaker_id
            WHERE r.path = ? ORDER BY s.content_start
            """).map([path]) { $0.optionalString(0) }
    }

    func ingest(_ ingestor: Ingestor, _ text: String, path: String, date: String? = nil) throws {
        _ = try ingestor.ingest(ArticleInput(text: text, path: path, date: date, format: .text))
    }

    @Test("the foreign minister an earlier article named")
    func acrossArticles() throws {
        let kb = try KnowledgeBase(path: ":memory:")
        let ingestor = Ingestor(kb: kb)
        for name in [Repo.seed1, Repo.seed2] {
            _ = try ingestor.ingest(ArticleInput(text: Repo.seed(name), path: "seeds/\(name)", format: .text))
        }
        try ingest(ingestor, "Talks resume\n\nPakistan's foreign minister added that the talks in Doha would resume next week.\n", path: "later.txt")
        #expect(try speakers(kb, path: "later.txt") == ["Shah Mahmood Qureshi"])
        // Without an affiliation a role is too common to look up across articles.
        try ingest(ingestor, "Talks resume\n\nThe foreign minister added that the talks in Doha would resume next week.\n", path: "bare.txt")
        #expect(try speakers(kb, path: "bare.txt") == [nil])
    }

    @Test("two holders of the office leave it unresolved unless only one was seen near the article's date")
    func twoHolders() throws {
        let kb = try KnowledgeBase(path: ":memory:")
        let ingestor = Ingestor(kb: kb)
        try ingest(ingestor, "Pakistan's Foreign Minister Hina Rabbani Khar said on Monday that the border was open.\n", path: "a.txt", date: "2012-05-01")
        try ingest(ingestor, "Pakistan's Foreign Minister Shah Mahmood Qureshi said on Monday that the border was open.\n", path: "b.txt", date: "2021-05-01")
        try ingest(ingestor, "Pakistan's foreign minister added that the talks would resume.\n", path: "c.txt")
        #expect(try speakers(kb, path: "c.txt") == [nil])
        try ingest(ingestor, "Pakistan's foreign minister said that the talks would resume soon.\n", path: "d.txt", date: "2021-07-09")
        #expect(try speakers(kb, path: "d.txt") == ["Shah Mahmood Qureshi"])
    }
}
