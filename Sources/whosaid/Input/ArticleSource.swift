import Extraction
import Foundation
import KnowledgeBase

/// Hands the ingest pipeline one article at a time from the command's input files,
/// reading a file only when the pipeline asks for its articles (on the pipeline's reader
/// thread), so a corpus of any size streams through in bounded memory. Inputs that cannot
/// become articles come out as failures, in their place in the order.
final class ArticleSource: @unchecked Sendable {
    private let files: [InputFile]
    private let maxSize: Int
    private var nextFile = 0
    /// Items of the current file, last one first.
    private var queued: [IngestPipeline.Item] = []
    /// The JSON Lines file being streamed, if any.
    private var lines: JSONLinesReader?

    init(files: [InputFile], maxSize: Int) {
        self.files = files
        self.maxSize = maxSize
    }

    func next() -> IngestPipeline.Item? {
        while queued.isEmpty {
            if let reader = lines {
                if let items = reader.nextItems() {
                    queued = items.reversed()
                    continue
                }
                lines = nil
            }
            guard nextFile < files.count else { return nil }
            let file = files[nextFile]
            nextFile += 1
            // JSON Lines files can be any size: they stream a line at a time, and the size
            // limit applies to each line (one article), not to the file.
            if !file.isStandardInput, JSONLinesReader.handles(file.path) {
                switch JSONLinesReader.open(file.path, maxLine: maxSize) {
                case .success(let reader): lines = reader
                case .failure(let error): queued = [.failure(name: file.path, error: error)]
                }
                continue
            }
            queued = Self.items(of: file, maxSize: maxSize).reversed()
        }
        return queued.removeLast()
    }

    static func items(of file: InputFile, maxSize: Int) -> [IngestPipeline.Item] {
        let bytes: [UInt8]
        do {
            bytes = try file.read(maxSize: maxSize)
        } catch {
            return [.failure(name: file.path, error: error)]
        }
        let decoded = ArticleDecoder.decode(bytes, path: file.path)
        var items: [IngestPipeline.Item] = decoded.failures.map {
            .failure(name: file.path + ($0.location.map { " (\($0))" } ?? ""), error: $0.error)
        }
        items += decoded.articles.map { .article($0) }
        return items
    }
}

/// Reads a JSON Lines file a chunk at a time and hands over the articles of each line.
final class JSONLinesReader {
    static func handles(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson")
    }

    private let path: String
    private let fd: Int32
    private let maxLine: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private var lineNumber = 0
    private var sawText = false
    /// A line longer than the limit is skipped up to its end.
    private var skipping = false

    private init(path: String, fd: Int32, maxLine: Int) {
        self.path = path
        self.fd = fd
        self.maxLine = maxLine
    }

    deinit { close(fd) }

    static func open(_ path: String, maxLine: Int) -> Result<JSONLinesReader, InputFileError> {
        let fd = Foundation.open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(errno == ENOENT ? .missing(path) : .unreadable(path)) }
        return .success(JSONLinesReader(path: path, fd: fd, maxLine: maxLine))
    }

    /// The items of the next line that has any (articles or failures); nil at the end.
    func nextItems() -> [IngestPipeline.Item]? {
        while true {
            guard let next = nextLine() else {
                if !sawText {
                    sawText = true
                    return [.failure(name: path, error: InputError.empty)]
                }
                return nil
            }
            guard case .text(let line) = next else {
                sawText = true
                return [.failure(name: "\(path) (line \(lineNumber))", error: InputFileError.lineTooLarge(path, limit: maxLine))]
            }
            if lineNumber == 1 {
                let head = line.prefix(65536)
                if head.count >= 2, head.first == 0xFF && head.dropFirst().first == 0xFE || head.first == 0xFE && head.dropFirst().first == 0xFF {
                    sawText = true
                    return [.failure(name: path, error: InputError.utf16)]
                }
                if ArticleDecoder.isBinary(head) {
                    sawText = true
                    return [.failure(name: path, error: InputError.binary)]
                }
            }
            let decoded = ArticleDecoder.decodeLine(line, path: path, lineNumber: lineNumber)
            var items: [IngestPipeline.Item] = decoded.failures.map { .failure(name: "\(path) (\($0.location ?? "line \(lineNumber)"))", error: $0.error) }
            items += decoded.articles.map { .article($0) }
            if !items.isEmpty {
                sawText = true
                return items
            }
        }
    }

    private enum Line {
        case text(ArraySlice<UInt8>)
        case tooLong
    }

    /// The next line without its newline (or that it was over the limit), nil at the end.
    private func nextLine() -> Line? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = buffer[start..<newline]
                start = newline + 1
                lineNumber += 1
                if skipping || line.count > maxLine {
                    skipping = false
                    return .tooLong
                }
                return .text(line)
            }
            if atEnd {
                guard start < buffer.count || skipping else { return nil }
                let line = buffer[start...]
                start = buffer.count
                lineNumber += 1
                if skipping || line.count > maxLine {
                    skipping = false
                    return .tooLong
                }
                return .text(line)
            }
            if buffer.count - start > maxLine {
                // Drop what is buffered of this overlong line and read on to its end.
                skipping = true
                start = buffer.count
            }
            refill()
        }
    }

    private func refill() {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        let chunk = 1 << 20
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        var n = 0
        repeat {
            n = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress! + old, chunk) }
        } while n < 0 && errno == EINTR
        buffer.removeLast(chunk - max(0, n))
        if n <= 0 { atEnd = true }
    }
}

/// The command line's side of one ingest run: feeds the pipeline, prints each failure as
/// one line as it happens, shows progress on a terminal, and keeps the figures for the
/// summary.
struct IngestRun {
    var inserted = 0
    var unchanged = 0
    var failed = 0
    var statements = 0
    /// Failures by kind of reason, for the summary ('2 empty, 1 too large').
    var failureKinds: [String: Int] = [:]
    var stats = IngestStats()

    /// Runs the pipeline over `files`; a failure of the database itself is thrown after
    /// the figures of what landed before it are kept in `self`.
    mutating func run(kb: KnowledgeBase, extractor: Extractor = Extractor(), files: [InputFile], options: IngestPipeline.Options, maxSize: Int,
                      showProgress: Bool = true) throws {
        let source = ArticleSource(files: files, maxSize: maxSize)
        let pipeline = IngestPipeline(ingestor: Ingestor(kb: kb, extractor: extractor), options: options)
        var lastProgress = Stopwatch.now
        let started = lastProgress
        stats = try pipeline.run(source: { source.next() }) { event in
            switch event {
            case .stored(_, .inserted(_, let n)):
                inserted += 1
                statements += n
            case .stored(_, .unchanged):
                unchanged += 1
            case .failed(let article, let error):
                Terminal.endProgress()
                Terminal.error("\(article.path ?? "-")\(article.location.map { " (\($0))" } ?? ""): \(error)")
                failed += 1
                failureKinds["not stored", default: 0] += 1
            case .inputFailed(let name, let error):
                Terminal.endProgress()
                Terminal.error("\(name): \(Self.reason(error))")
                failed += 1
                failureKinds[Self.kind(error), default: 0] += 1
            }
            if showProgress, Stopwatch.since(lastProgress) > 0.25 {
                lastProgress = Stopwatch.now
                let done = inserted + unchanged + failed
                let rate = Double(done) / max(0.001, Stopwatch.since(started))
                Terminal.progress("\(done) articles (\(inserted) new, \(unchanged) unchanged, \(failed) failed), \(Int(rate))/s")
            }
        }
        Terminal.endProgress()
    }

    /// Records a failure found before the run (a path that does not exist).
    mutating func recordPathError(_ error: InputFileError) {
        Terminal.error(error.description)
        failed += 1
        failureKinds[Self.kind(error), default: 0] += 1
    }

    var failureSummary: String {
        failureKinds.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.value) \($0.key)" }.joined(separator: ", ")
    }

    static func reason(_ error: Error) -> String {
        if let e = error as? InputFileError { return e.reason }
        return "\(error)"
    }

    /// A short name for the kind of failure, for the summary's tally.
    static func kind(_ error: Error) -> String {
        switch error {
        case let e as InputError:
            switch e {
            case .empty: return "empty"
            case .binary: return "binary"
            case .utf16: return "UTF-16"
            case .invalidUTF8: return "invalid UTF-8"
            case .malformedJSON: return "malformed JSON"
            case .missingText: return "without text"
            case .badField: return "with a bad field"
            }
        case let e as InputFileError:
            switch e {
            case .missing: return "missing"
            case .unreadable: return "unreadable"
            case .emptyDirectory: return "without articles"
            case .tooLarge, .lineTooLarge, .tooLargeStream: return "too large"
            case .notRegular: return "not regular files"
            case .brokenLink: return "broken links"
            }
        default:
            return "not stored"
        }
    }
}
