import Extraction
import Foundation
import SQLite
import Testing
import TestSupport
@testable import KnowledgeBase

/// A merge followed by the split that undoes it gives back the knowledge base as it was:
/// actors, aliases (and where they came from), roles, running counts and the pairs of
/// the network, whatever name the user typed for the merged actor (issue 17).
@Suite("Merge then split")
struct MergeSplitRoundTripTests {
    /// What a user can see of the actors, by name (ids aside, they are compared below).
    static func state(_ kb: KnowledgeBase) throws -> [String] {
        let db = kb.db
        var out = try Snapshot(db).actors + Snapshot(db).aliases + Snapshot(db).stats + Snapshot(db).pairs + Snapshot(db).mentions
            + Snapshot(db).targets + Snapshot(db).statements
        out += try db.prepare("SELECT a.name || '|' || al.alias || '|' || al.origin FROM aliases al JOIN actors a ON a.id = al.actor_id ORDER BY 1")
            .map { $0.string(0) }
        out += try db.prepare("""
            SELECT a.name || '|' || r.title || '|' || coalesce(r.affiliation, '-') || '|' || r.article_id || '|' || coalesce(r.seen_on, '-')
            FROM roles r JOIN actors a ON a.id = r.actor_id ORDER BY 1
            """).map { $0.string(0) }
        out += try db.prepare("SELECT a.name || '|' || b.alias_key FROM alias_blocks b JOIN actors a ON a.id = b.actor_id ORDER BY 1").map { $0.string(0) }
        out += try db.prepare("SELECT id || '|' || name FROM actors ORDER BY id").map { $0.string(0) }
        return out
    }

    func check(merge a: String, _ b: String, split sa: String, _ sb: String) throws {
        let (kb, _) = try CurationTests.seeded()
        let before = try Self.state(kb)
        let c = Curator(kb: kb)
        try c.merge(keep: a, into: b)
        #expect(try Self.state(kb) != before)
        try c.split(sa, sb)
        let after = try Self.state(kb)
        #expect(Set(before).subtracting(after).sorted() == [], "lost after merge \(a) \(b), split \(sa) \(sb)")
        #expect(Set(after).subtracting(before).sorted() == [], "gained after merge \(a) \(b), split \(sa) \(sb)")
        #expect(try DerivedDataCheck.mismatches(kb.db) == [])
    }

    @Test("merge and split with the names as typed by a user: surnames")
    func surnames() throws {
        try check(merge: "Atmar", "Qureshi", split: "Atmar", "Qureshi")
    }

    @Test("merge and split with full names, and split naming the other by another of its aliases")
    func fullNames() throws {
        try check(merge: "Mohammad Hanif Atmar", "Shah Mahmood Qureshi", split: "Mohammad Hanif Atmar", "Shah Mahmood Qureshi")
        try check(merge: "Pakistan", "Pakistani military", split: "Pakistan", "Pakistani military")
        try check(merge: "Taliban", "Pakistan", split: "Taliban", "Pakistan")
    }

    @Test("a split after re-extraction still gives the counts and pairs back")
    func afterReextraction() throws {
        let (kb, ingestor) = try CurationTests.seeded()
        let pairs = try Snapshot(kb.db).pairs
        let stats = try Snapshot(kb.db).stats
        let c = Curator(kb: kb)
        try c.merge(keep: "Mohammad Hanif Atmar", into: "Shah Mahmood Qureshi")
        try kb.write { try kb.db.execute("UPDATE articles SET extractor_version = 'older'") }
        #expect(try Reextractor(ingestor: ingestor).run().done == 2)
        try c.split("Mohammad Hanif Atmar", "Shah Mahmood Qureshi")
        // The articles re-extracted under the merge are due again; `actors split` runs this.
        #expect(try Reextractor(ingestor: ingestor).run().done > 0)
        #expect(try DerivedDataCheck.mismatches(kb.db) == [])
        let pairsNow = try Snapshot(kb.db).pairs, statsNow = try Snapshot(kb.db).stats
        #expect(pairsNow == pairs, "\(Set(pairs).symmetricDifference(pairsNow).sorted())")
        #expect(statsNow == stats, "\(Set(stats).symmetricDifference(statsNow).sorted())")
    }

    @Test("a split with nothing to split is refused and changes nothing")
    func nothingToSplit() throws {
        let (kb, _) = try CurationTests.seeded()
        let before = try Self.state(kb)
        #expect(throws: CurationError.nothingToSplit(actor: "Taliban", name: "Pakistan")) {
            try Curator(kb: kb).split("Taliban", "Pakistan")
        }
        #expect(throws: CurationError.nothingToSplit(actor: "Taliban", name: "Nobody Atall")) {
            try Curator(kb: kb).split("Taliban", "Nobody Atall")
        }
        #expect(try Self.state(kb) == before)
    }
}
