import Extraction
import Foundation
import SQLite
import Testing
import TestSupport
@testable import KnowledgeBase

/// A statement made by several actors at once ('Trump and Sanders said …') is stored for
/// each of them: the first named as its speaker, the others beside it, found by
/// `quotes --speaker` under any of them, and kept through a merge and the split that undoes it.
@Suite("Joint statements")
struct JointStatementTests {
    static let article = """
        Trade Deal Draws Fire

        Donald Trump met Bernie Sanders in Ohio on Monday.

        Trump and Sanders said the trade deal would cost American jobs.

        The two said they would meet again in the spring. Ted Cruz said the deal was fine.
        """

    static func seeded() throws -> KnowledgeBase {
        let kb = try KnowledgeBase(path: ":memory:")
        _ = try Ingestor(kb: kb).ingest(ArticleInput(text: article, path: "trade.txt", format: .text))
        return kb
    }

    func together(_ kb: KnowledgeBase) throws -> [String] {
        try kb.db.prepare("SELECT speaker || ' & ' || together_with FROM who_said_what WHERE together_with IS NOT NULL ORDER BY statement_id")
            .map { $0.string(0) }
    }

    @Test("each speaker of a joint statement is stored, and 'quotes --speaker' finds it under either")
    func stored() throws {
        let kb = try Self.seeded()
        #expect(try together(kb) == ["Donald Trump & Bernie Sanders", "Donald Trump & Bernie Sanders"])
        let bySanders = try Queries(kb: kb).quotes(QuoteFilter(speaker: "Sanders"))
        #expect(bySanders.count == 2)
        #expect(bySanders.allSatisfy { $0.speaker == "Donald Trump" && $0.coSpeakers == ["Bernie Sanders"] })
        let byCruz = try Queries(kb: kb).quotes(QuoteFilter(speaker: "Cruz"))
        #expect(byCruz.count == 1 && byCruz[0].coSpeakers.isEmpty)
        // The profile counts them apart and lists them among the latest.
        let profile = try Queries(kb: kb).profiles("Bernie Sanders", top: 5, recent: 5)
        #expect(profile.count == 1 && profile[0].jointStatements == 2 && profile[0].recent.count == 2 && profile[0].actor.statements == 0)
        // The view lists every actor a statement speaks for.
        let speakers = try kb.db.scalarInt("SELECT count(*) FROM statement_speakers x JOIN actors a ON a.id = x.actor_id WHERE a.name = 'Bernie Sanders'")
        #expect(speakers == 2)
    }

    @Test("merging the two speakers of a joint statement leaves one; the split gives both back")
    func mergeAndSplit() throws {
        let kb = try Self.seeded()
        let before = try MergeSplitRoundTripTests.state(kb) + Snapshot(kb.db).coSpeakers
        let c = Curator(kb: kb)
        try c.merge(keep: "Donald Trump", into: "Bernie Sanders")
        #expect(try together(kb) == [])
        try c.split("Donald Trump", "Bernie Sanders")
        let after = try MergeSplitRoundTripTests.state(kb) + Snapshot(kb.db).coSpeakers
        #expect(Set(before).symmetricDifference(after).sorted() == [])
        #expect(try together(kb) == ["Donald Trump & Bernie Sanders", "Donald Trump & Bernie Sanders"])
        // Merged into a third actor, the co-speaker goes with it and comes back.
        try c.merge(keep: "Ted Cruz", into: "Bernie Sanders")
        #expect(try together(kb) == ["Donald Trump & Ted Cruz", "Donald Trump & Ted Cruz"])
        try c.split("Ted Cruz", "Bernie Sanders")
        #expect(Set(before).symmetricDifference(try MergeSplitRoundTripTests.state(kb) + Snapshot(kb.db).coSpeakers).sorted() == [])
        #expect(try DerivedDataCheck.mismatches(kb.db) == [])
    }
}
