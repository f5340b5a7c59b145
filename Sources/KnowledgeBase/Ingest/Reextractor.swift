import Extraction
import Foundation
import SQLite

/// Runs the current extraction again on stored articles, after an upgrade of the
/// extractor: an article is due when its `extractor_version` is not `Extractor.version`.
/// Batches of articles are extracted on every core and written in one transaction each,
/// every article replacing its statements, mentions, roles and targets whole (a savepoint
/// per article). A run that is stopped (killed) leaves finished batches done and the rest
/// still due, so running it again finishes the job. Actors and aliases are never deleted:
/// curated aliases and decisions stay, and an actor no longer mentioned keeps its row.
public final class Reextractor {
    public let ingestor: Ingestor
    /// The prefix that marks an article as due whatever its version (`markAllDue`).
    public static let duePrefix = "due:"

    public init(ingestor: Ingestor) {
        self.ingestor = ingestor
    }

    private var db: Database { ingestor.kb.db }

    /// How many stored articles the current extractor has not produced.
    public func dueCount() throws -> Int {
        try ingestor.kb.outdatedArticleCount()
    }

    /// Marks every article as due, so that a stopped `--all` run is resumed by a plain one.
    /// Returns the number marked.
    @discardableResult
    public func markAllDue() throws -> Int {
        try ingestor.kb.write {
            try db.run("UPDATE articles SET extractor_version = ? || extractor_version WHERE extractor_version NOT LIKE ? || '%'",
                       [Self.duePrefix, Self.duePrefix])
            return db.changes
        }
    }

    public struct Progress: Sendable {
        public var done = 0
        public var failed: [(articleID: Int64, error: String)] = []
        public var statements = 0
    }

    /// Re-extracts due articles in id order, `batchSize` per transaction. `afterBatch` is
    /// called after each commit and returns false to stop (the rest stays due).
    public func run(batchSize: Int = 100, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                    afterBatch: (Progress) -> Bool = { _ in true }) throws -> Progress {
        var progress = Progress()
        var lastID: Int64 = 0
        let extractor = ingestor.extractor
        while true {
            let rows = try db.cached("""
                SELECT id, body, path, published FROM articles
                WHERE extractor_version <> ? AND id > ? ORDER BY id LIMIT ?
                """).map([Extractor.version, lastID, max(1, batchSize)]) { row in
                (id: row.int64(0), body: row.string(1), path: row.optionalString(2), published: row.optionalString(3))
            }
            guard let last = rows.last else { break }
            lastID = last.id
            let results = Self.extractAll(rows.map { ($0.body, $0.path) }, extractor: extractor, workers: workers)
            try ingestor.batch(replacing: rows.map(\.id)) {
                for (row, result) in zip(rows, results) {
                    do {
                        try ingestor.replace(articleID: row.id, result: result, published: row.published)
                        progress.done += 1
                        progress.statements += result.attributions.count
                    } catch let error as KnowledgeBaseError where error.isFatal {
                        throw error
                    } catch {
                        guard db.isInTransaction else { throw error }
                        // It stays due; the cursor moves past it so the run goes on.
                        progress.failed.append((row.id, "\(error)"))
                    }
                }
            }
            if !afterBatch(progress) { break }
        }
        return progress
    }

    /// Extracts `texts` on up to `workers` threads, results in input order.
    static func extractAll(_ texts: [(String, String?)], extractor: Extractor, workers: Int) -> [ExtractionResult] {
        let box = ResultsBox(count: texts.count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, texts.count))) { _ in
            while true {
                let i = next.increment()
                guard i < texts.count else { return }
                let (text, path) = texts[i]
                let name = path.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
                box.set(i, extractor.extract(text, fileName: name))
            }
        }
        return box.values
    }

    private final class ResultsBox: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [ExtractionResult?]
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: ExtractionResult) { lock.withLock { slots[i] = value } }
        var values: [ExtractionResult] { lock.withLock { slots.map { $0! } } }
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func increment() -> Int {
            lock.withLock {
                defer { value += 1 }
                return value
            }
        }
    }
}
