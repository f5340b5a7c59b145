import Extraction
import Foundation
import KnowledgeBase
import SQLite

/// Fills a knowledge base with generated articles, actors and statements shaped like
/// real news at scale, for the query benchmark: who speaks and who is spoken about
/// follow a Zipf law (a few actors in most statements, a long tail), dates spread over
/// ten years, and the quoted text is real sentences so that full-text search sees a
/// natural vocabulary. Deterministic: the same sizes give the same database.
struct SyntheticKnowledgeBase {
    var articles = 200_000
    var actors = 50_000
    var statements = 1_000_000
    /// Sentences to quote; real text when the caller has some.
    var sentences: [String]

    func generate(into kb: KnowledgeBase, progress: (String) -> Void) throws {
        let db = kb.db
        var rng = SplitMix64(seed: 2026)
        // Actor ranks are shuffled onto ids, so the busiest actor is not simply id 1.
        var rankToID = Array(1...Int64(actors))
        for i in stride(from: rankToID.count - 1, to: 0, by: -1) { rankToID.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
        let zipf = Zipf(count: actors, exponent: 1.0)

        try db.execute("PRAGMA synchronous = OFF")
        try Self.fillActors(kb, count: actors, rng: &rng)
        progress("actors: \(actors)")

        let outlets = ["Associated Press", "Reuters", "Dawn", "The News", "Al Jazeera", "BBC News", "The Guardian", "Politico",
                       "The Hill", "New York Times", "Washington Post", "UrduPoint", "Tolo News", "Pajhwok", "AFP", "CNN",
                       "Fox News", "NPR", "Bloomberg", "The Express Tribune"]
        let unresolved = ["a source", "officials", "he", "they", "a spokesman", "the official", "analysts", "diplomats"]
        let cues = ["said", "told reporters", "added", "according to", "said in a statement", "warned", "stressed", "claimed"]
        let statementKinds = ["direct", "direct", "indirect", "indirect", "indirect", "mixed"]
        let perArticle = Double(statements) / Double(articles)
        var made = 0
        let batch = 5_000
        var articleID: Int64 = 0
        while articleID < Int64(articles) {
            try kb.write {
                let article = try db.cached("""
                    INSERT INTO articles (id, content_hash, title, published, source, path, format, body, extractor_version)
                    VALUES (?, ?, ?, ?, ?, ?, 'text', ?, ?)
                    """)
                let statement = try db.cached("""
                    INSERT INTO statements (article_id, published, speaker_id, speaker_text, kind, content, content_start, content_end, cue, rule)
                    VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, 'synthetic')
                    """)
                let target = try db.cached("INSERT OR IGNORE INTO statement_targets (statement_id, actor_id, speaker_id, published) VALUES (?, ?, ?, ?)")
                let mention = try db.cached("INSERT INTO mentions (article_id, actor_id, start, end, text) VALUES (?, ?, 0, 0, ?)")
                let role = try db.cached("INSERT OR IGNORE INTO roles (actor_id, title, affiliation, article_id, seen_on) VALUES (?, ?, ?, ?, ?)")
                for _ in 0..<batch where articleID < Int64(articles) {
                    articleID += 1
                    // Articles left to fill get the statements left to make, so the total is exact.
                    let remainingArticles = Int64(articles) - articleID + 1
                    var count: Int
                    if remainingArticles == 1 {
                        count = statements - made
                    } else {
                        count = rng.next() % 100 < 8 ? 0 : Int(rng.unit() * perArticle * 2.17)
                        count = min(count, statements - made)
                    }
                    let day = Int(rng.next() % 3652)
                    let published: String? = rng.next() % 100 < 3 ? nil : Self.date(daysAfter2015: day)
                    let first = sentences[Int(rng.next() % UInt64(sentences.count))]
                    try article.run([articleID, String(format: "%016llx%016llx", articleID, rng.next()), String(first.prefix(80)), published,
                                     outlets[Int(rng.next() % UInt64(outlets.count))], "bench/\(articleID).txt", first, "synthetic"])
                    for _ in 0..<count {
                        let speaker: Int64? = rng.next() % 100 < 15 ? nil : rankToID[zipf.sample(rng.unit())]
                        let content = sentences[Int(rng.next() % UInt64(sentences.count))]
                        try statement.run([articleID, published, speaker, speaker == nil ? unresolved[Int(rng.next() % UInt64(unresolved.count))] : "speaker",
                                           statementKinds[Int(rng.next() % UInt64(statementKinds.count))], content,
                                           content.unicodeScalars.count, cues[Int(rng.next() % UInt64(cues.count))]])
                        let sid = db.lastInsertRowID
                        if let speaker {
                            try mention.run([articleID, speaker, "speaker"])
                            if rng.next() % 10 == 0 {
                                try role.run([speaker, Self.titles[Int(speaker) % Self.titles.count], Self.word(&rng, syllables: 2), articleID, published])
                            }
                        }
                        let targets = Int(rng.next() % 4)  // 0–3, 1.5 on average
                        for _ in 0..<targets {
                            let t = rankToID[zipf.sample(rng.unit())]
                            if t == speaker { continue }
                            try target.run([sid, t, speaker, published])
                            try mention.run([articleID, t, "target"])
                        }
                    }
                    made += count
                }
            }
            progress("articles: \(articleID)/\(articles), statements: \(made)")
        }
        try db.execute("PRAGMA synchronous = NORMAL")
        try db.execute("ANALYZE")
        try db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    }

    /// Adds `count` actors with their aliases (ids 1...count in an empty database): six
    /// in ten people, whose surnames are made-up words or, one time in three, a common
    /// name (so that, as in real news, many people share a surname), then organisations
    /// with an acronym, countries and places.
    static func fillActors(_ kb: KnowledgeBase, count: Int, rng: inout SplitMix64) throws {
        let db = kb.db
        let kinds = ["person", "person", "person", "person", "person", "person", "organization", "organization", "country", "place"]
        let givenNames = Lexicon.standard.firstNames.keys.sorted().map { $0.prefix(1).uppercased() + $0.dropFirst() }
        let first = try db.scalarInt("SELECT coalesce(max(id), 0) + 1 FROM actors") ?? 1
        try kb.write {
            let actor = try db.cached("INSERT INTO actors (id, kind, name, name_key, surname_key) VALUES (?, ?, ?, ?, ?)")
            let alias = try db.cached("INSERT OR IGNORE INTO aliases (actor_id, alias, alias_key) VALUES (?, ?, ?)")
            for id in Int64(first)..<Int64(first + count) {
                let kind = kinds[Int(rng.next() % UInt64(kinds.count))]
                let common = kind == "person" && rng.next() % 3 == 0
                let surname = common ? givenNames[rng.below(givenNames.count)] : Self.word(&rng, syllables: 2 + Int(rng.next() % 2))
                let given = kind == "person" ? (rng.next() % 2 == 0 ? givenNames[rng.below(givenNames.count)] : Self.word(&rng, syllables: 2)) : ""
                let name = kind == "person" ? "\(given) \(surname)"
                    : kind == "organization" ? "\(surname) \(Self.orgWords[Int(rng.next() % UInt64(Self.orgWords.count))])" : surname
                let key = name.lowercased()
                try actor.run([id, kind, name, key, kind == "person" ? surname.lowercased() : nil])
                try alias.run([id, name, key])
                if kind == "person" { try alias.run([id, surname, surname.lowercased()]) }
                if kind == "organization" {
                    let acronym = name.split(separator: " ").map { String($0.prefix(1)) }.joined().uppercased() + String(id % 97)
                    try alias.run([id, acronym, acronym.lowercased()])
                }
            }
        }
    }

    static let titles = ["Foreign Minister", "President", "Spokesman", "Senator", "Prime Minister", "Governor", "Ambassador", "Secretary of State"]
    static let orgWords = ["Party", "Movement", "Front", "Council", "Ministry", "Agency", "Institute", "Union", "Alliance", "Group"]
    static let syllables = ["ka", "ro", "vin", "mal", "te", "sa", "dor", "li", "an", "bek", "ra", "zu", "mir", "ho", "nel",
                            "qa", "dim", "or", "pa", "shi", "tur", "ven", "el", "gar", "ub", "fi", "yan", "lo", "ser", "kh"]

    static func word(_ rng: inout SplitMix64, syllables n: Int) -> String {
        var w = ""
        for _ in 0..<n { w += syllables[Int(rng.next() % UInt64(syllables.count))] }
        return w.prefix(1).uppercased() + w.dropFirst()
    }

    static func date(daysAfter2015 days: Int) -> String {
        let seconds = 1_420_070_400 + days * 86_400  // 2015-01-01 UTC
        var t = time_t(seconds)
        var parts = tm()
        gmtime_r(&t, &parts)
        return String(format: "%04d-%02d-%02d", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday)
    }
}

/// Ranks 0..<count drawn with probability ∝ 1/(rank+1)^exponent.
struct Zipf {
    let cumulative: [Double]
    init(count: Int, exponent: Double) {
        var sum = 0.0
        var c = [Double](repeating: 0, count: count)
        for i in 0..<count {
            sum += 1 / pow(Double(i + 1), exponent)
            c[i] = sum
        }
        cumulative = c.map { $0 / sum }
    }
    func sample(_ u: Double) -> Int {
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] < u { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
