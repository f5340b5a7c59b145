import Extraction
import Foundation
import SQLite
import Testing
import TestSupport
@testable import KnowledgeBase

/// Curation on the seeds: each decision is one transaction, is recorded, survives the
/// next ingest and a re-extraction, and a merge can be split apart again.
@Suite("Curation")
struct CurationTests {
    static func seeded() throws -> (KnowledgeBase, Ingestor) {
        let kb = try KnowledgeBase(path: ":memory:")
        let ingestor = Ingestor(kb: kb)
        for name in [Repo.seed1, Repo.seed2] {
            _ = try ingestor.ingest(ArticleInput(text: Repo.seed(name), path: "seeds/\(name)", format: .text))
        }
        return (kb, ingestor)
    }

    /// Statements per speaker name, as a reader of the knowledge base sees them.
    func speakers(_ kb: KnowledgeBase) throws -> [String: Int] {
        var out: [String: Int] = [:]
        try kb.db.prepare("SELECT a.name, count(*) FROM statements s JOIN actors a ON a.id = s.speaker_id GROUP BY a.id").forEach { out[$0.string(0)] = $0.int(1) }
        return out
    }

    func statements(of name: String, _ kb: KnowledgeBase) throws -> Int {
        try kb.db.scalarInt("SELECT count(*) FROM statements s JOIN actors a ON a.id = s.speaker_id WHERE a.name = ?", [name]) ?? 0
    }

    func targetsAbout(_ name: String, _ kb: KnowledgeBase) throws -> Int {
        try kb.db.scalarInt("SELECT count(*) FROM statement_targets t JOIN actors a ON a.id = t.actor_id WHERE a.name = ?", [name]) ?? 0
    }

    func expectConsistent(_ kb: KnowledgeBase, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try kb.db.scalarInt("SELECT count(*) FROM pragma_foreign_key_check") == 0, sourceLocation: sourceLocation)
        let statsOff = try kb.db.scalarInt("""
            SELECT count(*) FROM actor_stats st WHERE
                st.statements <> (SELECT count(*) FROM statements WHERE speaker_id = st.actor_id)
             OR st.spoken_about <> (SELECT count(*) FROM statement_targets WHERE actor_id = st.actor_id)
             OR st.mentions <> (SELECT count(*) FROM mentions WHERE actor_id = st.actor_id)
            """)
        #expect(statsOff == 0, sourceLocation: sourceLocation)
        let selfTargets = try kb.db.scalarInt("SELECT count(*) FROM statement_targets t JOIN statements s ON s.id = t.statement_id WHERE t.actor_id = s.speaker_id")
        #expect(selfTargets == 0, "no statement is about its own speaker", sourceLocation: sourceLocation)
        // The pair counts of the network and the copied speakers and dates too.
        #expect(try DerivedDataCheck.mismatches(kb.db) == [], sourceLocation: sourceLocation)
    }

    @Test("merge moves everything to the kept actor; split puts it back exactly")
    func mergeAndSplit() throws {
        let (kb, _) = try Self.seeded()
        let before = try speakers(kb)
        let militaryStatements = try statements(of: "Pakistani military", kb)
        let aboutPakistan = try targetsAbout("Pakistan", kb)
        #expect(militaryStatements >= 1)
        let c = Curator(kb: kb)
        try c.merge(keep: "Pakistan", into: "Pakistani military")
        try expectConsistent(kb)
        #expect(try statements(of: "Pakistani military", kb) == 0)
        #expect(try statements(of: "Pakistan", kb) == (before["Pakistan"] ?? 0) + militaryStatements)
        #expect(try kb.db.scalarInt("SELECT count(*) FROM actors WHERE name = 'Pakistani military'") == 0)
        #expect(try ActorLookup(db: kb.db).ids(for: "Pakistani military") == ActorLookup(db: kb.db).ids(for: "Pakistan"))

        try c.split("Pakistan", "Pakistani military")
        try expectConsistent(kb)
        #expect(try speakers(kb) == before)
        #expect(try targetsAbout("Pakistan", kb) == aboutPakistan)
        #expect(try kb.db.scalarString("SELECT kind FROM actors WHERE name = 'Pakistani military'") == "organization")
        let history = try c.history().map(\.action)
        #expect(history == ["split", "merge"])
        #expect(try kb.db.scalarInt("SELECT count(*) FROM curations WHERE action = 'merge' AND undone_by IS NOT NULL") == 1)
    }

    @Test("a merge lasts: a later article and a re-extracted one resolve the merged names to the kept actor")
    func mergeLasts() throws {
        let (kb, ingestor) = try Self.seeded()
        try Curator(kb: kb).merge(keep: "Pakistan", into: "Pakistan’s foreign ministry")
        let text = "ISLAMABAD: Pakistan’s foreign ministry said on Monday that talks would resume.\n"
        _ = try ingestor.ingest(ArticleInput(text: text, path: "new.txt", format: .text))
        #expect(try kb.db.scalarInt("SELECT count(*) FROM actors WHERE name = 'Pakistan’s foreign ministry'") == 0)
        let last = try kb.db.scalarString("SELECT a.name FROM statements s JOIN actors a ON a.id = s.speaker_id ORDER BY s.id DESC LIMIT 1")
        #expect(last == "Pakistan")
        // Re-extraction: the article's rows are dropped and extracted again.
        let seed2 = Repo.seed(Repo.seed2)
        try kb.write { try kb.db.run("DELETE FROM articles WHERE path = ?", ["seeds/\(Repo.seed2)"]) }
        _ = try Ingestor(kb: kb).ingest(ArticleInput(text: seed2, path: "seeds/\(Repo.seed2)", format: .text))
        #expect(try kb.db.scalarInt("SELECT count(*) FROM actors WHERE name = 'Pakistan’s foreign ministry'") == 0)
        try expectConsistent(kb)
    }

    @Test("a removed alias is not linked again; a renamed actor keeps its name through later ingests")
    func aliasRemovalAndRename() throws {
        let (kb, ingestor) = try Self.seeded()
        let c = Curator(kb: kb)
        // The seeds' 'Ansarullah' is a Central Asian group, not linked to the Houthis (an
        // ambiguous alias links only beside another form of its actor): this article links it.
        _ = try ingestor.ingest(ArticleInput(text: "SANAA: The Houthis, also called Ansarullah, fired missiles on Friday, officials said.\n", path: "houthis.txt", format: .text))
        let houthis = try c.actor("Houthis")
        try c.removeAlias("Houthis", alias: "Ansarullah")
        // Only the seeds' own Ansarullah answers to the name now.
        #expect(try !ActorLookup(db: kb.db).ids(for: "Ansarullah").contains(houthis.id))
        let text = "KABUL: The Ansarullah and Jundullah are fighting alongside the Taliban, Atmar said on Friday.\n"
        _ = try ingestor.ingest(ArticleInput(text: text, path: "new.txt", format: .text))
        let owners = try ActorLookup(db: kb.db).ids(for: "Ansarullah")
        #expect(!owners.contains(houthis.id), "the removed alias went to an actor of its own")
        #expect(try kb.db.scalarInt("SELECT count(*) FROM aliases WHERE actor_id = ? AND alias_key = 'ansarullah'", [houthis.id]) == 0)

        try c.rename("Mohammad Hanif Atmar", to: "Hanif Atmar")
        _ = try ingestor.ingest(ArticleInput(text: "Foreign Minister Mohammad Hanif Atmar said the talks failed.\n", path: "n2.txt", format: .text))
        #expect(try kb.db.scalarInt("SELECT count(*) FROM actors WHERE name = 'Hanif Atmar'") == 1)
        #expect(try kb.db.scalarInt("SELECT count(*) FROM actors WHERE name = 'Mohammad Hanif Atmar'") == 0)
        try c.addAlias("Hanif Atmar", alias: "M. H. Atmar")
        #expect(try ActorLookup(db: kb.db).ids(for: "M. H. Atmar") == [try c.actor("Atmar").id])
        try expectConsistent(kb)
    }

    @Test("a name split off an actor keeps its statements through re-extraction, not only its mentions")
    func splitNameLasts() throws {
        let (kb, ingestor) = try Self.seeded()
        let qureshi = try Curator(kb: kb).split("Shah Mahmood Qureshi", "Qureshi")
        let written = "SELECT count(*) FROM statements WHERE speaker_text = 'Qureshi' AND speaker_id = ?"
        let moved = try kb.db.scalarInt(written, [qureshi]) ?? 0
        #expect(moved >= 1)
        try kb.write { try kb.db.execute("UPDATE articles SET extractor_version = 'older'") }
        #expect(try Reextractor(ingestor: ingestor).run().done == 2)
        #expect(try kb.db.scalarInt(written, [qureshi]) == moved)
        #expect(try kb.db.scalarInt("SELECT count(*) FROM mentions WHERE text = 'Qureshi' AND actor_id <> ?", [qureshi]) == 0)
        try expectConsistent(kb)
    }

    @Test("mistakes change nothing: unknown names get close matches, shared names ask for an id, taken aliases are refused")
    func mistakes() throws {
        let (kb, _) = try Self.seeded()
        let c = Curator(kb: kb)
        let before = try speakers(kb)
        do {
            try c.merge(keep: "Qurashi", into: "Atmar")
            Issue.record("unknown name accepted")
        } catch let QueryError.unknownActor(_, suggestions) {
            #expect(suggestions.contains("Shah Mahmood Qureshi"))
        }
        #expect(throws: CurationError.aliasTaken(alias: "Qureshi", owner: "Shah Mahmood Qureshi")) { try c.addAlias("Taliban", alias: "Qureshi") }
        #expect(throws: CurationError.sameActor("Haneef Atmar")) { try c.merge(keep: "Atmar", into: "Haneef Atmar") }
        #expect(throws: CurationError.notAnAlias(alias: "Kabul", actor: "Pakistan")) { try c.removeAlias("Pakistan", alias: "Kabul") }
        #expect(throws: CurationError.lastName(actor: "Pakistan")) { try c.removeAlias("Pakistan", alias: "Pakistan") }
        // Two actors answering to one name: the error lists them with ids to pick from.
        try kb.write {
            try kb.db.run("INSERT INTO actors (id, kind, name, name_key) VALUES (900, 'person', 'Imran Qureshi', 'imran qureshi')")
            try kb.db.run("INSERT INTO aliases (actor_id, alias, alias_key) VALUES (900, 'Qureshi', 'qureshi')")
        }
        do {
            try c.rename("Qureshi", to: "Q")
            Issue.record("ambiguous name accepted")
        } catch let CurationError.ambiguous(_, candidates) {
            #expect(candidates.count == 2 && candidates.contains { $0.contains("#900") })
        }
        try c.rename("#900", to: "Imran H. Qureshi")
        #expect(try speakers(kb) == before)
        #expect(try c.history().map(\.action) == ["rename"])
    }
}
