import Foundation
import KnowledgeBase
import SQLite

/// `whosaid bench query`: latency of the questions users ask, on a generated knowledge
/// base of a given size. Each query is timed as a command runs it: open the database
/// (read-only, schema check), ask, close. The plan SQLite chose is printed with each,
/// so a slow query shows why.
struct QueryBenchmark {
    var path: String
    var size: SyntheticKnowledgeBase
    var repeats: Int
    var regenerate: Bool

    struct Case {
        var name: String
        /// Runs the query the way the command does and returns the number of rows.
        var run: (KnowledgeBase) throws -> Int
        /// The SQL and parameters, for EXPLAIN QUERY PLAN.
        var plan: (KnowledgeBase) throws -> PreparedQuery
    }

    func run() throws {
        try prepareDatabase()
        let kb = try KnowledgeBase(path: path, readOnly: true)
        let counts = try kb.counts()
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        Terminal.print("knowledge base \(path): \(counts.articles) articles, \(counts.statements) statements, \(counts.actors) actors, \(size / 1_000_000) MB")

        // The heaviest cases: the most discussed actor, the busiest speaker and what it talks about most.
        let db = kb.db
        let about = try db.scalarString("SELECT a.name FROM actor_stats st JOIN actors a ON a.id = st.actor_id ORDER BY st.spoken_about DESC LIMIT 1") ?? ""
        let speaker = try db.scalarString("SELECT a.name FROM actor_stats st JOIN actors a ON a.id = st.actor_id ORDER BY st.statements DESC LIMIT 1") ?? ""
        let pairTarget = try db.scalarString("""
            SELECT a.name FROM speaker_target_counts c JOIN actors a ON a.id = c.target_id
            WHERE c.speaker_id = (SELECT actor_id FROM actor_stats ORDER BY statements DESC LIMIT 1) ORDER BY c.statements DESC LIMIT 1
            """) ?? ""
        let median = try db.scalarString("SELECT a.name FROM actor_stats st JOIN actors a ON a.id = st.actor_id ORDER BY st.spoken_about DESC LIMIT 1 OFFSET 500") ?? ""
        let common = "president", phrase = "\"foreign policy\""
        let sharing = (try? ActorLookup(db: db).ids(for: median).count) ?? 1
        Terminal.print("X (most discussed) = \(about); S (busiest speaker) = \(speaker); Y (S's top target) = \(pairTarget); "
                       + "M (rank 500 by statements about it) = \(median), a name \(sharing) actor(s) answer to")
        Terminal.print("each query: median and worst of \(repeats) runs after a warm-up, including opening the database\n")

        var cases: [Case] = []
        func quotes(_ name: String, _ filter: QuoteFilter) {
            cases.append(Case(name: name, run: { try Queries(kb: $0).quotes(filter).count },
                              plan: { try Queries(kb: $0).quoteQuery(filter) }))
        }
        quotes("quotes --about X", QuoteFilter(about: about, limit: 100))
        quotes("quotes --about M", QuoteFilter(about: median, limit: 100))
        quotes("quotes --speaker S", QuoteFilter(speaker: speaker, limit: 100))
        quotes("quotes --speaker S --about Y", QuoteFilter(speaker: speaker, about: pairTarget, limit: 100))
        quotes("quotes --about X --from 2020 --to 2020-06", QuoteFilter(about: about, from: "2020", to: "2020-06", limit: 100))
        quotes("quotes --search \(common)", QuoteFilter(search: common, limit: 100))
        quotes("quotes --search \(phrase) --order date", QuoteFilter(search: phrase, limit: 100, order: .date))
        quotes("quotes --source Reuters --kind direct", QuoteFilter(kind: "direct", source: "Reuters", limit: 100))
        quotes("quotes (newest)", QuoteFilter(limit: 100))
        cases.append(Case(name: "actor S", run: { try Queries(kb: $0).profiles(speaker).count },
                          plan: { kb in
                              let id = try ActorLookup(db: kb.db).ids(for: speaker)[0]
                              return Queries(kb: kb).talkedAboutByQuery(id, limit: 10)
                          }))
        cases.append(Case(name: "actors --sort about", run: { try Queries(kb: $0).actors(ActorFilter(sort: .about, limit: 100)).count },
                          plan: { Queries(kb: $0).actorQuery(ActorFilter(sort: .about, limit: 100)) }))
        let catalog = try ReportCatalog()
        for report in catalog.reports {
            var params: [String: String] = [:]
            for p in report.parameters where p.defaultValue == nil {
                params[p.name] = p.name == "speaker" ? speaker : p.name == "about" ? pairTarget : about
            }
            let label = "report \(report.name)" + params.keys.sorted().map { " \($0)=\($0 == "speaker" ? "S" : $0 == "about" ? "Y" : "X")" }.joined()
            cases.append(Case(name: label, run: { try ReportRunner(kb: $0).run(report, parameters: params).rows.count },
                              plan: { try ReportRunner(kb: $0).prepare(report, parameters: params) }))
        }

        var rows: [(String, Double, Double, Int)] = []
        for c in cases {
            var times: [Double] = []
            var n = 0
            for i in 0...repeats {
                let start = DispatchTime.now().uptimeNanoseconds
                let kb = try KnowledgeBase(path: path, readOnly: true)
                n = try c.run(kb)
                let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                if i > 0 { times.append(ms) }
            }
            times.sort()
            let med = times[times.count / 2], worst = times.last ?? med
            rows.append((c.name, med, worst, n))
            let label = c.name.count >= 50 ? c.name : c.name + String(repeating: " ", count: 50 - c.name.count)
            Terminal.print(label + String(format: "%8.1f ms median %8.1f ms worst %7d rows", med, worst, n) + (med < 50 ? "" : "  (over 50 ms)"))
            for line in try Queries(kb: kb).explain(c.plan(kb)) { Terminal.print("    " + line) }
        }
        let over = rows.filter { $0.1 >= 50 }
        Terminal.print("\n\(rows.count) queries; \(over.count) over 50 ms (median)" + (over.isEmpty ? "" : ": " + over.map(\.0).joined(separator: ", ")))
    }

    /// Reuses a benchmark database of the right size; builds one otherwise.
    private func prepareDatabase() throws {
        if !regenerate, FileManager.default.fileExists(atPath: path),
           let kb = try? KnowledgeBase(path: path, readOnly: true), let c = try? kb.counts(),
           c.articles == size.articles, c.statements == size.statements {
            return
        }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        Terminal.note("generating \(size.statements) statements by \(size.actors) actors over \(size.articles) articles in \(path) …")
        let start = Date()
        let kb = try KnowledgeBase(path: path)
        try size.generate(into: kb) { Terminal.progress($0) }
        Terminal.endProgress()
        Terminal.note(String(format: "generated in %.0f s", Date().timeIntervalSince(start)))
    }

    /// Sentences to quote: from the corpus texts when given, else from the seeds.
    static func sentences(from directories: [String]) -> [String] {
        var out: [String] = []
        for dir in directories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: dir))?.sorted() ?? []
            for f in files where f.hasSuffix(".txt") {
                guard let text = try? String(contentsOfFile: (dir as NSString).appendingPathComponent(f), encoding: .utf8) else { continue }
                for s in text.split(whereSeparator: { $0 == "\n" }).flatMap({ $0.split(separator: ".") }) {
                    let t = s.trimmingCharacters(in: .whitespaces)
                    if t.count >= 40 && t.count <= 300 { out.append(t + ".") }
                }
            }
        }
        return out
    }
}
