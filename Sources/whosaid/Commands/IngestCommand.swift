import ArgumentParser
import Extraction
import Foundation
import KnowledgeBase

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read articles and store them, their actors and statements in the knowledge base.",
        discussion: """
            PATH may be a file, a directory (searched recursively for .txt, .text, .json, .jsonl, .ndjson files) or - for \
            standard input. Plain-text articles may start with header lines (title, date, dateline, source); \
            JSON holds an object or array of objects, JSON Lines one object per line, each with "text" and \
            optional "title", "date", "source", "url". Each article is stored whole or not at all, and an \
            article already stored (same text) is left unchanged. Extraction runs on every core and one writer \
            stores --batch-size articles per transaction, so a run that is killed keeps whole batches and the \
            same command finishes it. A file over --max-size megabytes (default 20) is refused unread; JSON Lines \
            files stream line by line and the limit applies to each line. \
            --extracted FILE (or - for standard input) loads the JSON Lines of `whosaid extract --with-text` made \
            elsewhere: stored as a normal ingest stores (same transactions, skipping of stored texts, actor \
            resolution and curation), without extracting again; each record's spans are checked against its text, and \
            a record made by another extractor version is refused unless --reextract-stale extracts it again.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var extraction: ExtractionOptions

    @Flag(name: .long, help: "Stop at the first file that cannot be ingested; what came before it is kept.")
    var failFast = false

    @Option(name: .long, help: ArgumentHelp("Refuse files larger than this many megabytes (an article is far smaller; a larger file is a dump or a mistake).", valueName: "MB"))
    var maxSize: Double = 20

    @Option(name: .long, help: ArgumentHelp("Extraction threads (default: one per core).", valueName: "n"))
    var workers: Int?

    @Option(name: .long, help: ArgumentHelp("Articles written per transaction.", valueName: "n"))
    var batchSize: Int = 1000

    @Option(name: .long, help: ArgumentHelp("Longest a batch waits before it is written, so readers see progress (seconds).", valueName: "s"))
    var batchSeconds: Double = 1.0

    @Option(name: .long, help: ArgumentHelp("Load the output of `whosaid extract --with-text` (JSON Lines) instead of extracting; - for standard input.", valueName: "file"))
    var extracted: String?

    @Flag(name: .long, help: "With --extracted: extract again the records made by another extractor version (else they are refused).")
    var reextractStale = false

    @Argument(help: ArgumentHelp("Files, directories, or - for standard input.", valueName: "path"))
    var paths: [String] = []

    func validate() throws {
        guard maxSize > 0 else { throw ValidationError("--max-size must be more than 0") }
        guard (workers ?? 1) >= 1 else { throw ValidationError("--workers must be at least 1") }
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
        guard batchSeconds > 0 else { throw ValidationError("--batch-seconds must be more than 0") }
        if extracted != nil, !paths.isEmpty { throw ValidationError("give either --extracted FILE or paths to extract, not both") }
        if extracted == nil, paths.isEmpty { throw ValidationError("name the articles to ingest (a file, a directory or -), or --extracted FILE") }
        if reextractStale, extracted == nil { throw ValidationError("--reextract-stale goes with --extracted") }
    }

    func run() throws {
        if let extracted { return try runExtracted(extracted) }
        let (files, pathErrors) = InputFiles.expand(paths)
        var run = IngestRun()
        pathErrors.forEach { run.recordPathError($0) }
        if failFast, run.failed > 0 { throw ExitCode.failure }
        guard !files.isEmpty else {
            Terminal.note("ingest: nothing to ingest; \(run.failed) path(s) failed")
            throw ExitCode.failure
        }
        let kb = try database.open()
        let options = IngestPipeline.Options(workers: workers ?? max(1, ProcessInfo.processInfo.activeProcessorCount), batchSize: batchSize,
                                             maxBatchSeconds: batchSeconds, failFast: failFast)
        let started = Date()
        var stopped: Error?
        let articlesBefore = (try? kb.counts())?.articles
        do {
            try run.run(kb: kb, extractor: try extraction.extractor(), files: files, options: options, maxSize: Int(maxSize * 1_000_000))
        } catch {
            // The database itself failed (read-only, locked, full): what landed before stays,
            // and the message says how much that is, counted in the database itself.
            Terminal.endProgress()
            let stored = articlesBefore.flatMap { before in (try? kb.counts()).map { $0.articles - before } }
            if let error = error as? KnowledgeBaseError, let stored, case .diskFull = error {
                Terminal.error("\(error.problem); \(stored) article(s) stored before that, the rest were not; stopped")
            } else if let error = error as? KnowledgeBaseError, let stored, case .ioError = error {
                Terminal.error("\(error.problem); \(stored) article(s) stored before that, the rest were not; stopped")
            } else {
                Terminal.error("\(error); stopped")
            }
            stopped = error
        }
        try finish(run, kb: kb, started: started, stopped: stopped)
    }

    /// `--extracted`: the same pipeline, fed with findings made elsewhere.
    func runExtracted(_ path: String) throws {
        let maxLine = Int(maxSize * 1_000_000)
        var run = IngestRun()
        let reader: JSONLinesReader
        switch JSONLinesReader.open(path, maxLine: maxLine) {
        case .success(let r): reader = r
        case .failure(let error):
            run.recordPathError(error)
            throw ExitCode.failure
        }
        let source = ExtractedSource(reader: reader, path: path, reextractStale: reextractStale, maxLine: maxLine)
        let kb = try database.open()
        let options = IngestPipeline.Options(workers: workers ?? max(1, ProcessInfo.processInfo.activeProcessorCount), batchSize: batchSize,
                                             maxBatchSeconds: batchSeconds, failFast: failFast)
        let started = Date()
        var stopped: Error?
        do {
            try run.run(kb: kb, extractor: try extraction.extractor(), source: { source.next() }, options: options)
        } catch {
            Terminal.endProgress()
            Terminal.error("\(error); stopped")
            stopped = error
        }
        if source.reextracted > 0 {
            Terminal.note("ingest: \(source.reextracted) record(s) made by another extractor version were extracted again (--reextract-stale)")
        }
        try finish(run, kb: kb, started: started, stopped: stopped)
    }

    /// The summary line, the note on outdated articles, and the exit status.
    func finish(_ run: IngestRun, kb: KnowledgeBase, started: Date, stopped: Error?) throws {
        let totals = try? kb.counts()
        let seconds = Date().timeIntervalSince(started)
        var summary = "\(run.inserted) new, \(run.unchanged) unchanged, \(run.failed) failed"
        if run.failed > 0 { summary += " (\(run.failureSummary))" }
        summary += "; \(run.statements) statements added"
        if let totals {
            summary += "; \(totals.articles) articles, \(totals.statements) statements, \(totals.actors) actors in \(kb.path)"
        }
        Terminal.note("ingest: " + summary + String(format: " (%.2fs)", seconds))
        database.noteOutdatedArticles(in: kb, afterIngest: run.unchanged > 0)
        if stopped != nil || run.failed > 0 { throw ExitCode.failure }
    }
}
