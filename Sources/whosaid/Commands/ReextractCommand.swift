import ArgumentParser
import Extraction
import Foundation
import KnowledgeBase

struct ReextractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reextract",
        abstract: "Run the current extraction again on stored articles (after an upgrade of whosaid).",
        discussion: """
            Articles whose extractor version is not this build's are extracted again from their stored text, in \
            batches of --batch-size articles, one transaction per batch; each article's statements, mentions, \
            roles and targets are replaced whole. Stopping it (Ctrl-C, a crash) keeps finished batches; run it again \
            to do the rest. Actors and aliases are kept, curated ones included. --all re-extracts every article: it \
            first marks them all as due, so a stopped --all run is finished by a plain `whosaid reextract`.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var extraction: ExtractionOptions

    @Flag(name: .long, help: "Re-extract every article, not only those of an older extractor version.")
    var all = false

    @Option(name: .long, help: ArgumentHelp("Articles per transaction.", valueName: "n"))
    var batchSize: Int = 100

    @Option(name: .long, help: ArgumentHelp("Extraction threads (default: one per core).", valueName: "n"))
    var workers: Int?

    func validate() throws {
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
        guard (workers ?? 1) >= 1 else { throw ValidationError("--workers must be at least 1") }
    }

    func run() throws {
        if !FileManager.default.fileExists(atPath: database.path) {
            Terminal.error("\(database.path): no such database; run `whosaid ingest` first")
            throw ExitCode.failure
        }
        let kb = try database.open()
        let reextractor = Reextractor(ingestor: Ingestor(kb: kb, extractor: try extraction.extractor()))
        let started = Date()
        let progress: Reextractor.Progress
        let due: Int
        do {
            if all { try reextractor.markAllDue() }
            due = try reextractor.dueCount()
            progress = try reextractor.run(batchSize: batchSize, workers: workers ?? max(1, ProcessInfo.processInfo.activeProcessorCount)) { p in
                Terminal.progress("reextract: \(p.done)/\(due) articles")
                return true
            }
        } catch {
            Terminal.endProgress()
            Terminal.error("\(error); stopped (finished batches are kept; run again to go on)")
            throw ExitCode.failure
        }
        Terminal.endProgress()
        for failure in progress.failed {
            Terminal.error("article \(failure.articleID): \(failure.error)")
        }
        let totals = try? kb.counts()
        var summary = "reextract: \(progress.done) articles re-extracted with extractor \(Extractor.version), \(progress.failed.count) failed; \(progress.statements) statements"
        if let totals { summary += "; \(totals.articles) articles, \(totals.statements) statements, \(totals.actors) actors in \(kb.path)" }
        Terminal.note(summary + String(format: " (%.2fs)", Date().timeIntervalSince(started)))
        if !progress.failed.isEmpty { throw ExitCode.failure }
    }
}
