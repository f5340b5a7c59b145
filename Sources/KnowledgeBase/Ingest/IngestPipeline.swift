import Extraction
import Foundation
import SQLite

/// What an ingest run did, and where its time went.
public struct IngestStats: Sendable, Equatable {
    public var inserted = 0
    public var unchanged = 0
    /// Articles (or inputs) that could not be stored.
    public var failed = 0
    /// Statements added by this run.
    public var statements = 0
    /// UTF-8 bytes of the articles' text (stored or unchanged).
    public var bytes = 0
    /// Write transactions committed.
    public var batches = 0
    public var workers = 0
    public var wallSeconds = 0.0
    /// Busy time of each stage, in thread-seconds (stages run side by side, so they add
    /// up to more than the wall-clock time). Reading: the input source (files read and
    /// decoded). Hashing: content hash and the look-up that skips unchanged articles.
    /// Extraction: all workers together. Resolution: the writer finding or creating
    /// actors. Writing: the writer's other SQL, commits included.
    public var readSeconds = 0.0
    public var hashSeconds = 0.0
    public var extractSeconds = 0.0
    public var resolveSeconds = 0.0
    public var writeSeconds = 0.0
    /// CPU time of each thread role, in seconds: what the stages cost when no other
    /// program competes for the cores.
    public var readerCPUSeconds = 0.0
    public var workerCPUSeconds = 0.0
    public var writerCPUSeconds = 0.0

    public init() {}
}

/// Ingest on every core: one reader thread pulls inputs from a source, worker threads
/// hash them (skipping articles already stored) and run the extraction, and the calling
/// thread is the single writer. It stores articles in the order the source gave them
/// (so a run, or a run resumed after a crash, gives the same actors as a sequential
/// one), many articles per transaction, each article in a savepoint of its own: an
/// article that fails rolls back alone, and a crash loses at most the open batch,
/// never part of an article. Inputs stream through a bounded window, so memory does
/// not grow with the size of the corpus.
public final class IngestPipeline {
    public struct Options: Sendable {
        /// Extraction threads; the writer and the reader run besides them.
        public var workers: Int
        /// Articles written per transaction.
        public var batchSize: Int
        /// A batch is committed at least this often, so readers (and a crash) see progress.
        public var maxBatchSeconds: Double
        /// Stop at the first input or article that fails; what came before it is kept.
        public var failFast: Bool

        public init(workers: Int = max(1, ProcessInfo.processInfo.activeProcessorCount), batchSize: Int = 1000,
                    maxBatchSeconds: Double = 1.0, failFast: Bool = false) {
            self.workers = max(1, workers)
            self.batchSize = max(1, batchSize)
            self.maxBatchSeconds = maxBatchSeconds
            self.failFast = failFast
        }
    }

    /// One thing the source hands over: an article, or an input that could not become one.
    public enum Item: Sendable {
        case article(ArticleInput)
        /// An article extracted elsewhere (`ingest --extracted`): stored as it is, unless
        /// the same text is stored already.
        case extracted(ArticleInput, ExtractionResult, hash: String)
        /// An item a worker makes (e.g. decodes and checks from a line read by the source),
        /// so that work runs on every core instead of on the one reader thread.
        case deferred(@Sendable () -> Item)
        /// `name` says which input (a path, 'path (line 3)'), `error` why it failed.
        case failure(name: String, error: any Error & Sendable)
    }

    /// What happened to each item, reported in the source's order once it is committed.
    public enum Event {
        case stored(ArticleInput, IngestOutcome)
        case failed(ArticleInput, Error)
        case inputFailed(name: String, error: any Error & Sendable)
    }

    public let ingestor: Ingestor
    public let options: Options

    public init(ingestor: Ingestor, options: Options = Options()) {
        self.ingestor = ingestor
        self.options = options
    }

    /// Runs until `source` returns nil (it is called on a reader thread of its own), calling
    /// `onEvent` on this thread. Throws when the database itself fails (read-only, locked,
    /// full): the open batch is rolled back, earlier batches stay.
    public func run(source: @escaping @Sendable () -> Item?, onEvent: (Event) -> Void) throws -> IngestStats {
        let started = Stopwatch.now
        let kb = ingestor.kb
        let shared = Shared(window: options.batchSize * 2 + options.workers * 4)
        let lookupPath: String? = kb.path == ":memory:" || kb.path.hasPrefix("file::memory:") ? nil : kb.path
        shared.start(workers: options.workers, extractor: ingestor.extractor, lookupPath: lookupPath, source: source)

        var stats = IngestStats()
        stats.workers = options.workers
        let resolveBefore = ingestor.resolutionSeconds
        let cpuBefore = Stopwatch.threadCPUSeconds
        var writer = Writer(pipeline: self, shared: shared)
        defer { shared.shutdown() }
        try writer.run { event in
            switch event {
            case .stored(let input, .inserted(_, let n)):
                stats.inserted += 1
                stats.statements += n
                stats.bytes += input.text.utf8.count
            case .stored(let input, .unchanged):
                stats.unchanged += 1
                stats.bytes += input.text.utf8.count
            case .failed, .inputFailed:
                stats.failed += 1
            }
            onEvent(event)
        }
        shared.shutdown()
        stats.writerCPUSeconds = Stopwatch.threadCPUSeconds - cpuBefore
        stats.readerCPUSeconds = shared.readerCPU
        stats.workerCPUSeconds = shared.workerCPU
        stats.batches = writer.batches
        stats.wallSeconds = Stopwatch.since(started)
        stats.readSeconds = shared.readSeconds
        stats.hashSeconds = shared.hashSeconds
        stats.extractSeconds = shared.extractSeconds
        stats.resolveSeconds = ingestor.resolutionSeconds - resolveBefore
        stats.writeSeconds = max(0, writer.seconds - stats.resolveSeconds)
        return stats
    }

    /// What a worker hands the writer for one item.
    enum Work: Sendable {
        case extracted(ArticleInput, ExtractionResult, hash: String)
        case unchanged(ArticleInput, articleID: Int64)
        case failure(name: String, error: any Error & Sendable)

        var needsWrite: Bool {
            if case .extracted = self { return true }
            return false
        }
    }

    /// The single writer: puts worker output back in source order and commits it in batches.
    struct Writer {
        let pipeline: IngestPipeline
        let shared: Shared
        private(set) var batches = 0
        /// Time in write transactions (resolution included).
        private(set) var seconds = 0.0
        private var reorder: [Int: Work] = [:]
        private var next = 0
        private var pending: [Work] = []
        private var pendingWrites = 0
        private var batchStarted: UInt64 = 0
        private var stopped = false

        init(pipeline: IngestPipeline, shared: Shared) {
            self.pipeline = pipeline
            self.shared = shared
        }

        mutating func run(_ emit: (Event) -> Void) throws {
            let options = pipeline.options
            while !stopped {
                let wait = pendingWrites > 0 ? max(0.001, options.maxBatchSeconds - Stopwatch.since(batchStarted)) : 1.0
                switch shared.output.pop(timeout: wait) {
                case .closed:
                    try flush(emit)
                    return
                case .timedOut:
                    break
                case .item(let (seq, work)):
                    reorder[seq] = work
                    while !stopped, let work = reorder.removeValue(forKey: next) {
                        next += 1
                        try take(work, emit)
                        if pendingWrites >= options.batchSize { try flush(emit) }
                    }
                }
                if pendingWrites >= options.batchSize || (pendingWrites > 0 && Stopwatch.since(batchStarted) >= options.maxBatchSeconds) {
                    try flush(emit)
                }
            }
        }

        private mutating func take(_ work: Work, _ emit: (Event) -> Void) throws {
            if work.needsWrite {
                if pendingWrites == 0 { batchStarted = Stopwatch.now }
                pending.append(work)
                pendingWrites += 1
                return
            }
            if case .failure = work, pipeline.options.failFast {
                // What came before the failure lands; nothing after it.
                try flush(emit)
                report(work, emit)
                stopped = true
                return
            }
            if pendingWrites == 0 {
                report(work, emit)
            } else {
                pending.append(work)
            }
        }

        private func report(_ work: Work, _ emit: (Event) -> Void) {
            switch work {
            case .unchanged(let input, let id): emit(.stored(input, .unchanged(articleID: id)))
            case .failure(let name, let error): emit(.inputFailed(name: name, error: error))
            case .extracted: break
            }
            shared.finished()
        }

        /// Writes the pending articles in one transaction, then reports everything pending.
        private mutating func flush(_ emit: (Event) -> Void) throws {
            guard pendingWrites > 0 else {
                for work in pending { report(work, emit) }
                pending.removeAll()
                return
            }
            let started = Stopwatch.now
            var stopAfter: Int?
            let outcomes: [Int: Result<IngestOutcome, Error>]
            do {
                outcomes = try writeWhole() ?? writeArticleByArticle(stopAfter: &stopAfter)
            } catch {
                pipeline.ingestor.discardCaches()
                seconds += Stopwatch.since(started)
                throw error
            }
            seconds += Stopwatch.since(started)
            batches += 1
            let reported = stopAfter.map { pending.prefix($0 + 1) } ?? pending[...]
            for (index, work) in reported.enumerated() {
                if case .extracted(let input, _, _) = work {
                    switch outcomes[index] {
                    case .success(let outcome): emit(.stored(input, outcome))
                    case .failure(let error): emit(.failed(input, error))
                    case nil: break
                    }
                    shared.finished()
                } else {
                    report(work, emit)
                }
            }
            pending.removeAll()
            pendingWrites = 0
            if stopAfter != nil { stopped = true }
        }

        /// The pending articles in one transaction with no savepoint per article (a
        /// savepoint copies every page its article touches), or nil, with nothing
        /// written, when any of them failed. A failure of the database itself (locked,
        /// read-only, full) is thrown at once: writing again article by article would
        /// only fail again, after waiting as long again for a lock.
        private func writeWhole() throws -> [Int: Result<IngestOutcome, Error>]? {
            let ingestor = pipeline.ingestor
            var outcomes: [Int: Result<IngestOutcome, Error>] = [:]
            do {
                try ingestor.batch {
                    for (index, work) in pending.enumerated() {
                        guard case .extracted(let input, let result, let hash) = work else { continue }
                        outcomes[index] = .success(try ingestor.store(input, result: result, hash: hash, isolated: false))
                    }
                }
                return outcomes
            } catch let error as KnowledgeBaseError where error.isFatal {
                throw error
            } catch {
                ingestor.discardCaches()
                return nil
            }
        }

        /// The pending articles in one transaction, each in a savepoint of its own, so
        /// that the ones that fail are rolled back alone; with --fail-fast, stops at the
        /// first failure and sets `stopAfter` to its index.
        private func writeArticleByArticle(stopAfter: inout Int?) throws -> [Int: Result<IngestOutcome, Error>] {
            let ingestor = pipeline.ingestor
            let failFast = pipeline.options.failFast
            var outcomes: [Int: Result<IngestOutcome, Error>] = [:]
            try ingestor.batch {
                for (index, work) in pending.enumerated() {
                    guard case .extracted(let input, let result, let hash) = work else { continue }
                    do {
                        outcomes[index] = .success(try ingestor.store(input, result: result, hash: hash))
                    } catch let error as KnowledgeBaseError where error.isFatal {
                        throw error
                    } catch {
                        // SQLite may have given up the whole transaction (I/O error, no memory):
                        // then nothing of this batch can be kept.
                        guard ingestor.kb.db.isInTransaction else { throw error }
                        outcomes[index] = .failure(error)
                        if failFast {
                            stopAfter = index
                            break
                        }
                    }
                }
            }
            return outcomes
        }
    }

    /// The queues and threads shared by the reader, the workers and the writer.
    final class Shared: @unchecked Sendable {
        let input = BlockingQueue<(Int, Item)>()
        let output = BlockingQueue<(Int, Work)>()
        /// Items between the reader and the writer's report; bounds memory.
        private let window: Window
        private let workerGroup = DispatchGroup()
        private let readerGroup = DispatchGroup()
        private let lock = NSLock()
        private var runningWorkers = 0
        private var isShutDown = false
        private(set) var readSeconds = 0.0
        private(set) var hashSeconds = 0.0
        private(set) var extractSeconds = 0.0
        private(set) var readerCPU = 0.0
        private(set) var workerCPU = 0.0

        init(window: Int) {
            self.window = Window(size: window)
        }

        /// The writer is done with one item: the reader may read another.
        func finished() { window.release() }

        func start(workers: Int, extractor: Extractor, lookupPath: String?, source: @escaping @Sendable () -> Item?) {
            runningWorkers = workers
            spawn(readerGroup) { self.read(source) }
            for _ in 0..<workers {
                spawn(workerGroup) { self.work(extractor: extractor, lookupPath: lookupPath) }
            }
        }

        private func spawn(_ group: DispatchGroup, _ body: @escaping @Sendable () -> Void) {
            group.enter()
            let thread = Thread {
                body()
                group.leave()
            }
            thread.stackSize = 16 << 20
            thread.start()
        }

        private func read(_ source: () -> Item?) {
            var seq = 0
            var seconds = 0.0
            let cpu = Stopwatch.threadCPUSeconds
            defer {
                input.close()
                let used = Stopwatch.threadCPUSeconds - cpu
                lock.withLock {
                    readSeconds += seconds
                    readerCPU += used
                }
            }
            while true {
                // Wait for room in the window, giving up when the run is stopped.
                while !window.acquire(timeout: 0.1) {
                    if input.isClosed { return }
                }
                let started = Stopwatch.now
                let item = source()
                seconds += Stopwatch.since(started)
                guard let item, input.push((seq, item)) else { return }
                seq += 1
            }
        }

        private func work(extractor: Extractor, lookupPath: String?) {
            Self.yieldToWriter()
            // A read-only connection of its own, to skip articles stored already without
            // extracting them. Without one (in-memory database), the writer still checks.
            let lookup = lookupPath.flatMap {
                try? Database(path: $0, options: .init(readOnly: true, create: false, busyTimeoutMilliseconds: 5_000))
            }
            var hashing = 0.0, extracting = 0.0
            let cpu = Stopwatch.threadCPUSeconds
            defer {
                let used = Stopwatch.threadCPUSeconds - cpu
                lock.withLock {
                    workerCPU += used
                    hashSeconds += hashing
                    extractSeconds += extracting
                    runningWorkers -= 1
                    if runningWorkers == 0 { output.close() }
                }
            }
            while case .item(let (seq, given)) = input.pop(timeout: nil) {
                var item = given
                while case .deferred(let make) = item { item = make() }
                switch item {
                case .deferred:
                    break
                case .failure(let name, let error):
                    _ = output.push((seq, .failure(name: name, error: error)))
                case .extracted(let article, let result, let hash):
                    let stored = try? lookup?.cached("SELECT id FROM articles WHERE content_hash = ?").first([hash]) { $0.int64(0) }
                    if let id = stored ?? nil {
                        _ = output.push((seq, .unchanged(article, articleID: id)))
                    } else {
                        _ = output.push((seq, .extracted(article, result, hash: hash)))
                    }
                case .article(let article):
                    let started = Stopwatch.now
                    let hash = Ingestor.contentHash(article.text)
                    let stored = try? lookup?.cached("SELECT id FROM articles WHERE content_hash = ?").first([hash]) { $0.int64(0) }
                    let hashed = Stopwatch.now
                    hashing += Double(hashed - started) / 1e9
                    if let id = stored ?? nil {
                        _ = output.push((seq, .unchanged(article, articleID: id)))
                        continue
                    }
                    let result = extractor.extract(article.text, fileName: article.path.map { $0.split(separator: "/").last.map(String.init) ?? $0 })
                    extracting += Stopwatch.since(hashed)
                    _ = output.push((seq, .extracted(article, result, hash: hash)))
                }
            }
        }

        /// Lowers the calling worker's scheduling priority. The writer is the one stage
        /// that cannot run in parallel, so every moment it waits for a core shared with a
        /// worker is lost to the whole run; with workers a few nice levels down, it gets
        /// a core whenever it has work, and the workers take what is left. (On Linux the
        /// nice value is per thread: `who` 0 names the calling thread.)
        private static func yieldToWriter() {
            #if canImport(Glibc)
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
            #endif
        }

        /// Stops the reader and the workers (dropping what they have not done) and waits
        /// for them. Safe to call more than once.
        func shutdown() {
            let first = lock.withLock { () -> Bool in
                defer { isShutDown = true }
                return !isShutDown
            }
            guard first else { return }
            input.cancel()
            workerGroup.wait()
            // A reader blocked in its source (standard input) is not waited for long.
            _ = readerGroup.wait(timeout: .now() + 2)
        }
    }
}
