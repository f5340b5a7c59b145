import ArgumentParser
import Extraction
import Foundation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure extraction speed, or query latency on a generated knowledge base.",
        discussion: """
            bench extract PATH...: reads the articles first (not timed), then extracts each one on one core and reports \
            articles/s, MB/s and peak memory.
            bench query [DIR...]: generates (once) a knowledge base of --statements statements by --actors actors over \
            --articles articles, quoting sentences from DIR's .txt files (default: seeds/), and reports the latency and \
            query plan of the quotes, actor and report queries.
            """
    )

    @Argument(help: "What to measure (extract or query).")
    var what: String

    @Argument(help: "Article files or directories.")
    var paths: [String] = []

    @Option(help: "Passes over the articles (extract), or timed runs of each query (query).")
    var repeats: Int = 3

    @Option(help: "query: the benchmark database (kept and reused when its size matches).")
    var db = ".build/bench-query.db"

    @Option(help: "query: statements to generate.")
    var statements = 1_000_000

    @Option(help: "query: actors to generate.")
    var actors = 50_000

    @Option(help: "query: articles to generate.")
    var articles = 200_000

    @Flag(help: "query: build the database again even if one of the right size exists.")
    var regenerate = false

    func run() throws {
        if what == "query" {
            let sentences = QueryBenchmark.sentences(from: paths.isEmpty ? ["seeds"] : paths)
            guard !sentences.isEmpty else { throw ValidationError("no sentences to quote in \(paths)") }
            guard statements >= 1, actors >= 2, articles >= 1 else { throw ValidationError("sizes must be positive") }
            let bench = QueryBenchmark(path: db, size: SyntheticKnowledgeBase(articles: articles, actors: actors, statements: statements, sentences: sentences),
                                       repeats: max(1, repeats), regenerate: regenerate)
            do { try bench.run() } catch {
                Terminal.error("\(error)")
                throw ExitCode.failure
            }
            return
        }
        guard what == "extract" else {
            throw ValidationError("unknown benchmark '\(what)'; available: extract, query")
        }
        guard !paths.isEmpty else { throw ValidationError("bench extract needs article files or directories") }
        let (files, errors) = InputFiles.expand(paths)
        errors.forEach { Terminal.error($0.description) }
        guard errors.isEmpty, !files.isEmpty else { throw ExitCode.failure }
        guard repeats >= 1 else { throw ValidationError("--repeats must be at least 1") }
        let texts = files.compactMap { f -> String? in (try? f.read()).flatMap { String(validating: $0, as: UTF8.self) } }
        guard !texts.isEmpty else {
            Terminal.error("no readable UTF-8 article among the given paths")
            throw ExitCode.failure
        }
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let extractor = Extractor()
        _ = extractor.extract(texts[0])  // load the lexicon outside the timing
        let rssBefore = Self.peakRSSMegabytes()
        var attributions = 0
        let start = Date()
        for _ in 0..<repeats {
            for text in texts { attributions += extractor.extract(text).attributions.count }
        }
        let seconds = Date().timeIntervalSince(start)
        let n = Double(texts.count * repeats)
        Terminal.print(String(format: "extract: %d articles × %d passes, %.1f MB of text, %d attributions", texts.count, repeats, Double(bytes) / 1e6, attributions / repeats))
        Terminal.print(String(format: "  %.0f articles/s, %.2f MB/s on one core, %.3f ms/article", n / seconds, Double(bytes * repeats) / 1e6 / seconds, seconds * 1000 / n))
        Terminal.print(String(format: "  peak memory %.0f MB (%.0f MB before extraction, texts loaded)", Self.peakRSSMegabytes(), rssBefore))
    }

    static func peakRSSMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
