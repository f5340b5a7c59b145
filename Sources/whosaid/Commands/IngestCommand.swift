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
            files stream line by line and the limit applies to each line.
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

    @Argument(help: ArgumentHelp("Files, directories, or - for standard input.", valueName: "path"))
    var paths: [String]

    func validate() throws {
        guard maxSize > 0 else { throw ValidationError("--max-size must be more than 0") }
        guard (workers ?? 1) >= 1 else { throw ValidationError("--workers must be at least 1") }
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
        guard batchSeconds > 0 else { throw ValidationError("--batch-seconds must be more than 0") }
    }

    func run() throws {
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
