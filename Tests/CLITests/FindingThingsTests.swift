import Foundation
import Testing
import TestSupport

/// What a new user types to find statements and actors (issue 17, "Finding things"):
/// search words with punctuation, surnames, abbreviations, `#id`, undated articles.
@Suite("Finding things", .serialized)
struct FindingThingsTests {
    static let db: String = {
        let path = Repo.temporaryPath("finding.db")
        _ = try? CLI.run(["ingest", "--db", path, "seeds"])
        return path
    }()

    func run(_ args: [String]) throws -> CLI.Result {
        try CLI.run(args + ["--db", Self.db])
    }

    func json(_ args: [String]) throws -> [[String: Any]] {
        let r = try run(args + ["--format", "json"])
        #expect(r.status == 0, "\(args): \(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
    }

    @Test("what people type searches as words: hyphenated names, possessives, stray punctuation")
    func searchWords() throws {
        let qaeda = try json(["quotes", "--search", "al-qaeda", "--limit", "0"])
        #expect(!qaeda.isEmpty)
        #expect(qaeda.allSatisfy { ($0["quote"] as? String)?.contains("Al-Qaeda") == true })
        // The same statements as the name written with a space.
        #expect(try json(["quotes", "--search", "Al Qaeda", "--limit", "0"]).count == qaeda.count)
        let possessive = try json(["quotes", "--search", "Qureshi's", "--limit", "0"])
        #expect(possessive.count == (try json(["quotes", "--search", "Qureshi", "--limit", "0"])).count)
        #expect(!possessive.isEmpty)
        let percent = try json(["quotes", "--search", "85%"])
        #expect(percent.contains { ($0["quote"] as? String)?.contains("85 percent") == true })
        for typed in ["NEAR(", "Taliban-", "(Taliban", "Taliban AND", "\"Taliban"] {
            let r = try run(["quotes", "--search", typed, "--format", "csv"])
            #expect(r.status == 0, "\(typed): \(r.stderr)")
        }
        // A lone quote holds no word: a plain usage error, not an FTS5 message.
        let quote = try run(["quotes", "--search", "\""])
        #expect(quote.status == 64)
        #expect(quote.stderr.contains("no word to search for"))
        #expect(!quote.stderr.contains("fts5"))
    }

    @Test("FTS5 syntax only with --fts, and its mistakes are usage errors")
    func ftsFlag() throws {
        let or = try json(["quotes", "--search", "guarantor OR Daesh", "--fts", "--limit", "0"])
        let guarantor = try json(["quotes", "--search", "guarantor", "--limit", "0"])
        let daesh = try json(["quotes", "--search", "Daesh", "--limit", "0"])
        #expect(or.count > max(guarantor.count, daesh.count))
        // Without --fts, OR is a word like any other.
        #expect(try json(["quotes", "--search", "guarantor OR Daesh", "--limit", "0"]).isEmpty)
        let bad = try run(["quotes", "--search", "NEAR(", "--fts"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("cannot search for 'NEAR('"))
    }

    @Test("a surname or an abbreviation finds the actor; #id works as in curation")
    func actorByPartOfName() throws {
        let ghani = try json(["actor", "Ghani"])
        #expect(ghani.first?["name"] as? String == "Ashraf Ghani")
        for typed in ["US", "USA", "U.S."] {
            let us = try json(["actor", typed])
            #expect(us.first?["name"] as? String == "United States", "\(typed)")
        }
        let id = try #require(ghani.first?["id"] as? Int)
        #expect(try actorID("Ashraf Ghani") == id)
        let byID = try json(["actor", "#\(id)"])
        #expect(byID.first?["name"] as? String == "Ashraf Ghani")
        let noID = try run(["actor", "#99999"])
        #expect(noID.status == 1)
        #expect(noID.stderr.contains("no actor named '#99999'"))
        // The same lookup serves the filters.
        let quotes = try json(["quotes", "--speaker", "Ghani", "--limit", "0"])
        #expect(!quotes.isEmpty && quotes.allSatisfy { $0["speaker"] as? String == "Ashraf Ghani" })
    }

    /// An actor's id, from `actors --format json`.
    func actorID(_ name: String) throws -> Int {
        let actors = try json(["actors", "--limit", "0"])
        return try #require(actors.first { $0["name"] as? String == name }?["id"] as? Int)
    }

    @Test("a surname several people share gives the list to choose from")
    func sharedSurname() throws {
        let path = Repo.temporaryPath("bidens.db")
        let text = """
            Biden family news

            Joe Biden said the economy was strong. Hunter Biden said he had done nothing wrong.
            """
        let ingest = try CLI.run(["ingest", "--db", path, "-"], stdin: text)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let r = try CLI.run(["actor", "Biden", "--db", path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("Joe Biden (#") && r.stderr.contains("Hunter Biden (#"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test("date filters say how many undated statements they left out, and --undated includes them")
    func undated() throws {
        let all = try json(["quotes", "--about", "Taliban", "--limit", "0"])
        let dated = try run(["quotes", "--about", "Taliban", "--from", "2021", "--limit", "0", "--format", "json"])
        let datedRows = try #require(try JSONSerialization.jsonObject(with: Data(dated.stdout.utf8)) as? [[String: Any]])
        let undated = all.filter { $0["date"] == nil || $0["date"] is NSNull }.count
        #expect(undated > 0)
        #expect(datedRows.count == all.count - undated)
        #expect(dated.stderr.contains("\(undated) statement(s) of undated articles left out by --from/--to; --undated includes them"))
        let included = try json(["quotes", "--about", "Taliban", "--from", "2021", "--undated", "--limit", "0"])
        #expect(included.count == all.count)
        // The graph says so too, and counts them with --undated.
        let graph = try run(["graph", "--from", "2021", "--format", "graphml"])
        #expect(graph.stderr.contains("statement(s) of undated articles left out by --from/--to"))
        let graphAll = try run(["graph", "--format", "graphml"])
        let graphUndated = try run(["graph", "--from", "2021", "--undated", "--format", "graphml"])
        #expect(graphUndated.stdout == graphAll.stdout)
        #expect(graph.stdout != graphAll.stdout)
        // The over-time report counts them too, as their own period.
        let overTime = try json(["report", "actor-over-time", "--param", "actor=Taliban"])
        let total = overTime.compactMap { $0["statements"] as? Int }.reduce(0, +)
        #expect(total == all.count)
        #expect(overTime.contains { $0["period"] as? String == "undated" })
    }

    @Test("quotes --article lists the article's statements in reading order")
    func readingOrder() throws {
        let rows = try json(["quotes", "--article", Repo.seed2, "--limit", "0"])
        #expect(rows.count > 5)
        let body = Repo.seed(Repo.seed2)
        // Where each quote's first words sit in the article: increasing.
        let positions = rows.compactMap { row -> Int? in
            guard let quote = row["quote"] as? String else { return nil }
            let probe = String(quote.prefix(while: { $0 != "…" }).prefix(25))
            return body.range(of: probe).map { body.distance(from: body.startIndex, to: $0.lowerBound) }
        }
        #expect(positions.count > 5)
        #expect(positions == positions.sorted())
    }

    @Test("graphml counts each statement an actor made once, whatever its number of targets")
    func graphCounts() throws {
        let r = try run(["graph", "--format", "graphml"])
        #expect(r.status == 0)
        let profile = try json(["actor", "Atmar"])
        let made = try #require(profile.first?["statements"] as? Int)
        let about = try #require(profile.first?["spoken_about"] as? Int)
        let node = try #require(r.stdout.split(separator: "\n").first { $0.contains(">Mohammad Hanif Atmar<") })
        #expect(node.contains("<data key=\"said\">\(made)</data>"), "\(node)")
        #expect(node.contains("<data key=\"about\">\(about)</data>"), "\(node)")
    }
}
