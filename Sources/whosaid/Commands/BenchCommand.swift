import ArgumentParser
import Extraction
import Foundation
import KnowledgeBase

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure speed and memory: of extraction, of ingest at scale, or of queries on a large knowledge base.",
        subcommands: [ExtractBench.self, LongArticleBench.self, IngestBench.self, CorpusBench.self, QueryBench.self]
    )
}

struct ExtractBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Measure extraction speed and memory on a directory of articles.",
        discussion: "Reads the articles first (not timed), then extracts each one on one core and reports articles/s, MB/s and peak memory."
    )

    @Argument(help: "Article files or directories.")
    var paths: [String]

    @Option(help: "Passes over the articles.")
    var repeats: Int = 3

    func run() throws {
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
        let rssBefore = Memory.peakMegabytes()
        var attributions = 0
        let start = Date()
        for _ in 0..<repeats {
            for text in texts { attributions += extractor.extract(text).attributions.count }
        }
        let seconds = Date().timeIntervalSince(start)
        let n = Double(texts.count * repeats)
        Terminal.print(String(format: "extract: %d articles × %d passes, %.1f MB of text, %d attributions", texts.count, repeats, Double(bytes) / 1e6, attributions / repeats))
        Terminal.print(String(format: "  %.0f articles/s, %.2f MB/s on one core, %.3f ms/article", n / seconds, Double(bytes * repeats) / 1e6 / seconds, seconds * 1000 / n))
        Terminal.print(String(format: "  peak memory %.0f MB (%.0f MB before extraction, texts loaded)", Memory.peakMegabytes(), rssBefore))
    }
}

struct LongArticleBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "long",
        abstract: "Measure extraction of one very long article: time and peak memory at growing sizes.",
        discussion: """
            Builds one text of each size from the base articles (polnear-train texts, or the seeds), joined by blank \
            lines, and extracts it as one article. Reports seconds and seconds per MB (flat when time is linear), and \
            the peak memory above what the process held before building the text, as a multiple of the text (flat \
            when memory is). Sizes run smallest first in one process, so a larger one may reuse memory a smaller \
            one freed: the figure is a floor; `/usr/bin/time -v whosaid extract FILE` gives the whole process's.
            """
    )

    @Option(help: ArgumentHelp("Sizes in MB, comma-separated.", valueName: "list"))
    var megabytes: String = "1,2,4,8"

    @Option(name: .long, help: ArgumentHelp("The shared directory holding corpus/polnear-train/texts.", valueName: "path"))
    var shared: String = "../shared"

    @Option(name: .long, help: ArgumentHelp("The seed articles.", valueName: "path"))
    var seeds: String = "seeds"

    private var sizes: [Double] {
        megabytes.split(separator: ",", omittingEmptySubsequences: false).map { Double($0.trimmingCharacters(in: .whitespaces)) ?? -1 }
    }

    func validate() throws {
        guard !sizes.isEmpty, sizes.allSatisfy({ $0 > 0 && $0 <= 1000 }) else {
            throw ValidationError("--megabytes takes sizes in MB above 0 and up to 1000, comma-separated (e.g. 1,2,4,8)")
        }
    }

    func run() throws {
        var base = ""
        for dir in [(shared as NSString).appendingPathComponent("corpus/polnear-train/texts"), seeds] where base.isEmpty {
            base = readableTexts([dir]).map { $0 + "\n\n" }.joined()
        }
        guard !base.isEmpty else {
            Terminal.error("no base articles: neither \(shared)/corpus/polnear-train/texts nor \(seeds) holds any")
            throw ExitCode.failure
        }
        let extractor = Extractor()
        _ = extractor.extract(String(base.prefix(2000)))  // load the lexicon outside the measure
        Terminal.print("long article: one text built from the base articles, extracted whole (windows of \(Extractor.windowLength) code points)")
        Terminal.print("| MB | seconds | s/MB | attributions | peak memory above the start | × the text |")
        Terminal.print("|---|---|---|---|---|---|")
        for size in sizes.sorted() {
            // (The text itself counts: it is built after the mark.)
            Memory.resetPeak()
            let before = Memory.peakMegabytes()
            let bytes = Int(size * 1_000_000)
            let text = String(decoding: String(repeating: base, count: bytes / base.utf8.count + 1).utf8.prefix(bytes), as: UTF8.self)
            let start = Date()
            let found = extractor.extract(text).attributions.count
            let seconds = Date().timeIntervalSince(start)
            let above = Memory.peakMegabytes() - before
            Terminal.print(String(format: "| %.1f | %.2f | %.2f | %d | %.0f MB | %.1f |", size, seconds, seconds / size, found, above, above / size))
        }
    }
}

/// Where the benchmark corpus comes from: polnear-train texts under the shared
/// directory, and the project's seeds (alone when the shared directory is absent).
struct CorpusSourceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("How many articles to generate.", valueName: "n"))
    var articles: Int = 100_000

    @Option(name: .long, help: ArgumentHelp("The shared directory holding corpus/polnear-train/texts.", valueName: "path"))
    var shared: String = "../shared"

    @Option(name: .long, help: ArgumentHelp("The seed articles.", valueName: "path"))
    var seeds: String = "seeds"

    func validate() throws {
        guard articles >= 1 else { throw ValidationError("--articles must be at least 1") }
    }

    /// The generator and a description of what it builds from.
    func generator() throws -> (CorpusGenerator, String) {
        var texts: [String] = []
        var parts: [String] = []
        for (dir, label) in [((shared as NSString).appendingPathComponent("corpus/polnear-train/texts"), "polnear-train texts"), (seeds, "seeds")] {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            let loaded = readableTexts([dir])
            if !loaded.isEmpty { parts.append("\(loaded.count) \(label)") }
            texts += loaded
        }
        guard !texts.isEmpty else {
            Terminal.error("no base articles: neither \(shared)/corpus/polnear-train/texts nor \(seeds) holds any")
            throw ExitCode.failure
        }
        return (CorpusGenerator(texts: texts), parts.joined(separator: " and "))
    }
}

struct CorpusBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Write the benchmark's generated corpus to a directory (for tests and experiments).",
        discussion: "Article n is the same text on every machine: a run of paragraphs of one real article (polnear-train, or the seeds), a new headline date and a reference line that makes it unique. A thousand .txt files per subdirectory."
    )

    @OptionGroup var corpus: CorpusSourceOptions

    @Option(name: .long, help: ArgumentHelp("Directory to write to (created).", valueName: "dir"))
    var out: String

    func run() throws {
        let (generator, from) = try corpus.generator()
        let bytes = try generator.write(count: corpus.articles, to: out)
        Terminal.note(String(format: "corpus: %d articles, %.1f MB, from %@, in %@", corpus.articles, Double(bytes) / 1e6, from, out))
    }
}

struct IngestBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Ingest a generated corpus into a fresh database, then again unchanged, and report speed, memory and size.",
        discussion: """
            Generates --articles distinct articles (default 100,000) from polnear-train and the seeds into a \
            temporary directory (not timed), ingests them into a fresh database as `whosaid ingest` does, and \
            prints articles/s, MB/s, statements/s, peak memory (VmHWM), database size per 1,000 articles and \
            how the time splits between reading, hashing, extraction, actor resolution and writing; then \
            re-ingests the same corpus, all unchanged, and prints the same.
            """
    )

    @OptionGroup var corpus: CorpusSourceOptions

    @Option(name: .long, help: ArgumentHelp("Use (or write) the corpus in this directory instead of a temporary one.", valueName: "dir"))
    var corpusDir: String?

    @Option(name: .long, help: ArgumentHelp("Extraction threads (default: one per core).", valueName: "n"))
    var workers: Int?

    @Option(name: .long, help: ArgumentHelp("Articles written per transaction.", valueName: "n"))
    var batchSize: Int = 1000

    @Flag(name: .long, help: "Keep the database and the generated corpus (their paths are printed).")
    var keep = false

    @Option(name: .long, help: ArgumentHelp("Fill the fresh database with this many generated actors (and their aliases) first, to measure resolution against a large knowledge base.", valueName: "n"))
    var knownActors: Int = 0

    func run() throws {
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("whosaid-bench-\(getpid())").path
        try fm.createDirectory(atPath: work, withIntermediateDirectories: true)
        let dir = corpusDir ?? (work as NSString).appendingPathComponent("corpus")
        let dbPath = (work as NSString).appendingPathComponent("bench.db")
        defer {
            if !keep {
                try? fm.removeItem(atPath: work)
            }
        }

        let (generator, from) = try corpus.generator()
        let generated = Date()
        let bytes = try generator.write(count: corpus.articles, to: dir)
        Terminal.print(String(format: "bench ingest: %@ articles (%.1f MB, %.1f kB each on average) generated from %@ in %.1f s",
                              Self.grouped(corpus.articles), Double(bytes) / 1e6, Double(bytes) / Double(corpus.articles) / 1e3, from,
                              Date().timeIntervalSince(generated)))
        let (files, _) = InputFiles.expand([dir])
        let options = IngestPipeline.Options(workers: workers ?? max(1, ProcessInfo.processInfo.activeProcessorCount), batchSize: batchSize)
        for pass in ["fresh", "re-ingest"] {
            Memory.resetPeak()
            let kb: KnowledgeBase
            do { kb = try KnowledgeBase(path: dbPath) } catch {
                Terminal.error("\(error)")
                throw ExitCode.failure
            }
            if pass == "fresh", knownActors > 0 {
                var rng = SplitMix64(seed: 7)
                let started = Date()
                try SyntheticKnowledgeBase.fillActors(kb, count: knownActors, rng: &rng)
                let aliases = try kb.db.scalarInt("SELECT count(*) FROM aliases") ?? 0
                Terminal.print(String(format: "knowledge base filled first with %@ actors (%@ aliases) in %.1f s (not timed)",
                                      Self.grouped(knownActors), Self.grouped(aliases), Date().timeIntervalSince(started)))
            }
            var run = IngestRun()
            do {
                try run.run(kb: kb, files: files, options: options, maxSize: 20_000_000)
            } catch {
                Terminal.error("\(error); stopped")
                throw ExitCode.failure
            }
            let peak = Memory.peakMegabytes()
            _ = try? kb.db.scalarInt("PRAGMA wal_checkpoint(TRUNCATE)")
            let pages = try kb.db.scalarInt("PRAGMA page_count") ?? 0
            let pageSize = try kb.db.scalarInt("PRAGMA page_size") ?? 4096
            let dbMB = Double(pages * pageSize) / 1e6
            let s = run.stats
            let articles = s.inserted + s.unchanged + s.failed
            let counts = try kb.counts()
            Terminal.print(String(format: "%@: %.1f s: %@ articles/s, %.2f MB/s, %@ statements/s; %d new, %d unchanged, %d failed; peak memory %.0f MB",
                                  pass, s.wallSeconds, Self.grouped(Int(Double(articles) / s.wallSeconds)), Double(s.bytes) / 1e6 / s.wallSeconds,
                                  Self.grouped(Int(Double(s.statements) / s.wallSeconds)), s.inserted, s.unchanged, s.failed, peak))
            Terminal.print(String(format: "  database %.0f MB (%.1f MB per 1,000 articles): %@ articles, %@ statements, %@ actors",
                                  dbMB, dbMB * 1000 / Double(max(1, counts.articles)), Self.grouped(counts.articles),
                                  Self.grouped(counts.statements), Self.grouped(counts.actors)))
            Terminal.print(String(format: "  time split (thread-seconds; %d extraction workers, one writer): reading %.1f, hashing %.1f, extraction %.1f, resolution %.1f, writing %.1f; %d transactions",
                                  s.workers, s.readSeconds, s.hashSeconds, s.extractSeconds, s.resolveSeconds, s.writeSeconds, s.batches))
            Terminal.print(String(format: "  CPU time: reader %.1f s, workers %.1f s, writer %.1f s (%.2f ms per article)",
                                  s.readerCPUSeconds, s.workerCPUSeconds, s.writerCPUSeconds, s.writerCPUSeconds * 1000 / Double(max(1, articles))))
        }
        if keep { Terminal.print("kept: database \(dbPath), corpus \(dir)") }
    }

    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}

/// Memory of this process, from /proc (Linux); getrusage elsewhere.
/// The readable UTF-8 texts of the files under `paths`, in file order (what cannot be
/// read or decoded is skipped: a benchmark measures the rest).
func readableTexts(_ paths: [String]) -> [String] {
    InputFiles.expand(paths).0.compactMap { f -> String? in (try? f.read()).flatMap { String(validating: $0, as: UTF8.self) } }
}

enum Memory {
    /// The resident set's high-water mark (VmHWM), in MB.
    static func peakMegabytes() -> Double {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kB = Double(line.split(separator: " ").dropFirst().first { !$0.isEmpty }.map(String.init) ?? "") {
            return kB / 1024
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// Starts a new high-water mark (Linux: writing 5 to /proc/self/clear_refs).
    static func resetPeak() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }
}
