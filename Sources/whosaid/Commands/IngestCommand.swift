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
            article already stored (same text) is left unchanged.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var extraction: ExtractionOptions

    @Flag(name: .long, help: "Stop at the first file that cannot be ingested.")
    var failFast = false

    @Argument(help: ArgumentHelp("Files, directories, or - for standard input.", valueName: "path"))
    var paths: [String]

    func run() throws {
        let (files, pathErrors) = InputFiles.expand(paths)
        var failed = 0
        for error in pathErrors {
            Terminal.error(error.description)
            failed += 1
        }
        if failFast, failed > 0 { throw ExitCode.failure }
        guard !files.isEmpty else {
            Terminal.note("ingest: nothing to ingest; \(failed) path(s) failed")
            throw ExitCode.failure
        }
        let kb = try database.open()
        let ingestor = Ingestor(kb: kb, extractor: try extraction.extractor())
        var inserted = 0, unchanged = 0, statements = 0
        let started = Date()
        for (index, file) in files.enumerated() {
            Terminal.progress("[\(index + 1)/\(files.count)] \(file.path)")
            let bytes: [UInt8]
            do {
                bytes = try file.read()
            } catch {
                Terminal.endProgress()
                Terminal.error(error.description)
                failed += 1
                if failFast { break }
                continue
            }
            let decoded = ArticleDecoder.decode(bytes, path: file.path)
            for failure in decoded.failures {
                Terminal.endProgress()
                Terminal.error("\(file.path)\(failure.location.map { " (\($0))" } ?? ""): \(failure.error)")
                failed += 1
            }
            if failFast, failed > 0 { break }
            for article in decoded.articles {
                do {
                    switch try ingestor.ingest(article) {
                    case .inserted(_, let n):
                        inserted += 1
                        statements += n
                    case .unchanged:
                        unchanged += 1
                    }
                } catch let error as KnowledgeBaseError where error.isFatal {
                    // The database itself is unusable (read-only, locked, full): stop here.
                    Terminal.endProgress()
                    Terminal.error("\(error); stopped at \(file.path)")
                    throw ExitCode.failure
                } catch {
                    Terminal.endProgress()
                    Terminal.error("\(file.path)\(article.location.map { " (\($0))" } ?? ""): \(error)")
                    failed += 1
                    if failFast { break }
                }
            }
            if failFast, failed > 0 { break }
        }
        Terminal.endProgress()
        let totals = try? kb.counts()
        let seconds = Date().timeIntervalSince(started)
        var summary = "\(inserted) new, \(unchanged) unchanged, \(failed) failed; \(statements) statements added"
        if let totals {
            summary += "; \(totals.articles) articles, \(totals.statements) statements, \(totals.actors) actors in \(kb.path)"
        }
        Terminal.note("ingest: " + summary + String(format: " (%.2fs)", seconds))
        if failed > 0 { throw ExitCode.failure }
    }
}
