import Extraction
import Foundation
import SQLite
import Testing
import TestSupport
@testable import KnowledgeBase

/// What an upgrade of whosaid does to a knowledge base an older build filled: the older
/// articles are found (their version is not this build's), ingest leaves them as they
/// are, and re-extraction brings them up to date under the user's curation.
@Suite("Upgrade")
struct UpgradeTests {
    /// The seeds, stored by this build.
    static func seeded() throws -> (KnowledgeBase, Ingestor) {
        let kb = try KnowledgeBase(path: Repo.temporaryPath("upgrade.db"))
        let ingestor = Ingestor(kb: kb)
        for name in [Repo.seed1, Repo.seed2] {
            _ = try ingestor.ingest(ArticleInput(text: Repo.seed(name), path: "seeds/\(name)", format: .text))
        }
        return (kb, ingestor)
    }

    /// As if the stored articles had been extracted by an older build whose rules found
    /// nothing: statements, mentions and roles gone, the version the old literal one.
    static func makeOlder(_ kb: KnowledgeBase, version: String = "0.1.0") throws {
        try kb.write {
            try kb.db.execute("DELETE FROM statements; DELETE FROM mentions; DELETE FROM roles")
            try kb.db.run("UPDATE articles SET extractor_version = ?", [version])
        }
    }

    static func versions(_ kb: KnowledgeBase) throws -> [String] {
        try kb.db.prepare("SELECT extractor_version FROM articles ORDER BY id").map { $0.string(0) }
    }

    @Test("articles of an older version are counted; ingest leaves them unchanged; reextract derives them again with this version")
    func olderArticlesComeUpToDate() throws {
        let (kb, ingestor) = try Self.seeded()
        let fresh = try Snapshot(kb.db)
        #expect(try kb.otherExtractorVersions().isEmpty)
        #expect(try kb.outdatedArticleCount() == 0)

        try Self.makeOlder(kb)
        #expect(try kb.otherExtractorVersions().map { "\($0.version):\($0.articles)" } == ["0.1.0:2"])
        #expect(try kb.outdatedArticleCount() == 2)

        // The same text is the same article: ingest does not redo it, whatever its version.
        let again = try ingestor.ingest(ArticleInput(text: Repo.seed(Repo.seed1), path: "seeds/\(Repo.seed1)", format: .text))
        #expect(again == .unchanged(articleID: 1))
        #expect(try Self.versions(kb) == ["0.1.0", "0.1.0"])
        #expect(try kb.db.scalarInt("SELECT count(*) FROM statements") == 0)

        let reextractor = Reextractor(ingestor: Ingestor(kb: kb))
        #expect(try reextractor.dueCount() == 2)
        let progress = try reextractor.run(batchSize: 10)
        #expect(progress.done == 2 && progress.failed.isEmpty)
        #expect(try Self.versions(kb) == [Extractor.version, Extractor.version])
        #expect(try kb.outdatedArticleCount() == 0)
        #expect(try Snapshot(kb.db) == fresh)
        #expect(try DerivedDataCheck.mismatches(kb.db) == [])
        // Done: a second run has nothing to do.
        #expect(try reextractor.run().done == 0)
    }

    @Test("several older versions and articles marked by a stopped --all are all due")
    func mixedVersions() throws {
        let (kb, _) = try Self.seeded()
        try kb.write {
            try kb.db.run("UPDATE articles SET extractor_version = '0.2.0+000000000000' WHERE id = 1")
            try kb.db.run("UPDATE articles SET extractor_version = ? WHERE id = 2", [Reextractor.duePrefix + Extractor.version])
        }
        #expect(try kb.otherExtractorVersions().count == 2)
        #expect(try kb.outdatedArticleCount() == 2)
        // A version that sorts before or after this build's is found alike.
        try kb.write { try kb.db.run("UPDATE articles SET extractor_version = 'zzz' WHERE id = 1") }
        #expect(try kb.outdatedArticleCount() == 2)
        #expect(try Reextractor(ingestor: Ingestor(kb: kb)).run().done == 2)
        #expect(try kb.outdatedArticleCount() == 0)
    }

    @Test("curated actors stay as curated through the re-extraction an upgrade brings: merge, rename, alias add and remove, split")
    func curationLasts() throws {
        let (kb, ingestor) = try Self.seeded()
        let c = Curator(kb: kb)
        // The seeds' 'Ansarullah' is not the Houthis' (an ambiguous alias links only beside
        // another form of its actor): this article links it, so the removal has something to undo.
        _ = try ingestor.ingest(ArticleInput(text: "SANAA: The Houthis, also called Ansarullah, fired missiles on Friday, officials said.\n", path: "houthis.txt", format: .text))
        try c.merge(keep: "Pakistan", into: "Pakistani military")
        try c.rename("Mohammad Hanif Atmar", to: "Hanif Atmar")
        try c.addAlias("Taliban", alias: "Afghan Taliban")
        try c.removeAlias("Houthis", alias: "Ansarullah")
        try c.merge(keep: "Pakistan", into: "Pakistan’s foreign ministry")
        try c.split("Pakistan", "Pakistan’s foreign ministry")
        let qureshi = try c.split("Shah Mahmood Qureshi", "Qureshi")
        let decisions = try Self.curationState(kb)
        let statementsBefore = try Self.statementsBySpeaker(kb)

        try Self.makeOlder(kb)
        // The two seeds and the article that links Ansarullah to the Houthis.
        #expect(try Reextractor(ingestor: Ingestor(kb: kb)).run(batchSize: 1).done == 3)
        #expect(try Self.versions(kb) == [Extractor.version, Extractor.version, Extractor.version])

        // The decisions themselves are untouched.
        #expect(try Self.curationState(kb) == decisions)
        let lookup = ActorLookup(db: kb.db)
        // merge: one actor under both names, the merged one's statements its own.
        #expect(try kb.db.scalarInt("SELECT count(*) FROM actors WHERE name = 'Pakistani military'") == 0)
        #expect(try lookup.ids(for: "Pakistani military") == lookup.ids(for: "Pakistan"))
        #expect(try kb.db.scalarInt("""
            SELECT count(*) FROM statements s JOIN actors a ON a.id = s.speaker_id
            WHERE s.speaker_text LIKE '%Pakistani military%' AND a.name <> 'Pakistan'
            """) == 0)
        // rename: the new name holds, the old one is an alias of it.
        #expect(try kb.db.scalarInt("SELECT count(*) FROM actors WHERE name = 'Mohammad Hanif Atmar'") == 0)
        #expect(try lookup.ids(for: "Mohammad Hanif Atmar") == lookup.ids(for: "Hanif Atmar"))
        // alias add: still there, still curated.
        #expect(try lookup.ids(for: "Afghan Taliban") == lookup.ids(for: "Taliban"))
        // alias remove: the mention written that way now leaves the Houthis too.
        let houthis = try c.actor("Houthis").id
        #expect(try kb.db.scalarInt("SELECT count(*) FROM aliases WHERE actor_id = ? AND alias_key = 'ansarullah'", [houthis]) == 0)
        #expect(try kb.db.scalarInt("SELECT count(*) FROM mentions WHERE actor_id = ? AND text LIKE '%Ansarullah%'", [houthis]) == 0)
        #expect(try kb.db.scalarInt("SELECT count(*) FROM mentions WHERE text LIKE '%Ansarullah%'") ?? 0 >= 1)
        // split (undoing a merge): the ministry is its own actor again and speaks for itself.
        let ministry = try c.actor("Pakistan’s foreign ministry").id
        #expect(ministry != (try c.actor("Pakistan").id))
        #expect(try kb.db.scalarInt("SELECT count(*) FROM statements WHERE speaker_id = ?", [ministry]) ?? 0 >= 1)
        // split (no merge): mentions written 'Qureshi' go to the new actor, not back to the old one.
        #expect(try c.actor("Qureshi").id == qureshi)
        let full = try c.actor("Shah Mahmood Qureshi").id
        #expect(try kb.db.scalarInt("SELECT count(*) FROM mentions WHERE actor_id = ? AND text = 'Qureshi'", [full]) == 0)
        #expect(try kb.db.scalarInt("SELECT count(*) FROM mentions WHERE actor_id = ? AND text = 'Qureshi'", [qureshi]) ?? 0 >= 1)

        // And speakers speak as they did under the curation.
        #expect(try Self.statementsBySpeaker(kb) == statementsBefore)
        #expect(try DerivedDataCheck.mismatches(kb.db) == [])
        #expect(try kb.db.scalarInt("SELECT count(*) FROM pragma_foreign_key_check") == 0)
    }

    /// The curation as stored: decisions, blocked aliases, curated aliases with their actor.
    static func curationState(_ kb: KnowledgeBase) throws -> [String] {
        try kb.db.prepare("SELECT 'curation|' || action || '|' || actor_name || '|' || coalesce(other_name, '-') || '|' || (undone_by IS NOT NULL) FROM curations ORDER BY id").map { $0.string(0) }
            + kb.db.prepare("SELECT 'block|' || a.name || '|' || b.alias_key FROM alias_blocks b JOIN actors a ON a.id = b.actor_id ORDER BY 1").map { $0.string(0) }
            + kb.db.prepare("SELECT 'alias|' || a.name || '|' || al.alias FROM aliases al JOIN actors a ON a.id = al.actor_id WHERE al.origin = 'curated' ORDER BY 1").map { $0.string(0) }
    }

    /// Each statement as speaker name, speaker text and content.
    static func statementsBySpeaker(_ kb: KnowledgeBase) throws -> [String] {
        try kb.db.prepare("""
            SELECT coalesce(a.name, '-') || '|' || coalesce(s.speaker_text, '-') || '|' || s.content
            FROM statements s LEFT JOIN actors a ON a.id = s.speaker_id ORDER BY 1
            """).map { $0.string(0) }
    }
}
