import Foundation
import KnowledgeBase

/// Hands the ingest pipeline the lines of `whosaid extract --with-text` output (a file
/// or standard input, a line at a time), checked and decoded into articles with their
/// findings: the writer stores them as a normal ingest would, without extracting. A
/// line that cannot be stored fails alone, named by its line number.
final class ExtractedSource: @unchecked Sendable {
    private let reader: JSONLinesReader
    private let path: String
    private let reextractStale: Bool
    private let maxLine: Int
    private var sawRecord = false
    /// Records made by another extractor version that were extracted again.
    var reextracted: Int { staleCounter.value }
    private let staleCounter = Counter()

    /// A count that worker threads add to.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var n = 0
        func increment() { lock.withLock { n += 1 } }
        var value: Int { lock.withLock { n } }
    }

    init(reader: JSONLinesReader, path: String, reextractStale: Bool, maxLine: Int) {
        self.reader = reader
        self.path = path
        self.reextractStale = reextractStale
        self.maxLine = maxLine
    }

    func next() -> IngestPipeline.Item? {
        while let (number, bytes) = reader.nextRawLine() {
            let name = "\(path) (line \(number))"
            guard let bytes else { return .failure(name: name, error: InputFileError.lineTooLarge(path, limit: maxLine)) }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            sawRecord = true
            // Decoded and checked by a worker: parsing a line's JSON and checking its spans
            // costs more than writing it, and the reader is one thread.
            let line = Array(bytes)[...]
            let reextractStale = self.reextractStale
            let counter = staleCounter
            return .deferred {
                do {
                    let decoded = try ExtractedRecord.decode(line, reextractStale: reextractStale)
                    guard let result = decoded.result else {
                        counter.increment()
                        return .article(decoded.input)
                    }
                    return .extracted(decoded.input, result, hash: decoded.hash)
                } catch {
                    return .failure(name: name, error: error)
                }
            }
        }
        if !sawRecord {
            sawRecord = true
            return .failure(name: path, error: InputError.empty)
        }
        return nil
    }
}
