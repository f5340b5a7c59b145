import ArgumentParser

struct QueryBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Query latency on a generated knowledge base, with each query's plan.",
        discussion: """
            Generates (once, reused while its size matches) a knowledge base of --statements statements by --actors actors \
            over --articles articles, quoting sentences from the .txt files of DIR (default: seeds/), then times the quotes, \
            actor and report queries as the commands run them, opening the database included.
            """
    )

    @Argument(help: ArgumentHelp("Directories of .txt articles to take sentences from.", valueName: "dir"))
    var paths: [String] = []

    @Option(help: "Timed runs of each query (after one warm-up).")
    var repeats: Int = 5

    @Option(help: "The benchmark database (kept and reused when its size matches).")
    var db = ".build/bench-query.db"

    @Option(help: "Statements to generate.")
    var statements = 1_000_000

    @Option(help: "Actors to generate.")
    var actors = 50_000

    @Option(help: "Articles to generate.")
    var articles = 200_000

    @Flag(help: "Build the database again even if one of the right size exists.")
    var regenerate = false

    func run() throws {
        let sentences = QueryBenchmark.sentences(from: paths.isEmpty ? ["seeds"] : paths)
        guard !sentences.isEmpty else { throw ValidationError("no sentences to quote in \(paths)") }
        guard statements >= 1, actors >= 2, articles >= 1, repeats >= 1 else { throw ValidationError("sizes and repeats must be positive") }
        let bench = QueryBenchmark(path: db, size: SyntheticKnowledgeBase(articles: articles, actors: actors, statements: statements, sentences: sentences),
                                   repeats: repeats, regenerate: regenerate)
        do { try bench.run() } catch {
            Terminal.error("\(error)")
            throw ExitCode.failure
        }
    }
}
