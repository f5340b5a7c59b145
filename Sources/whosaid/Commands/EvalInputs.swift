import Extraction
import Foundation

/// Why `eval` cannot go on: the file (and line) at fault and what is wrong with it,
/// printed as one line before a non-zero exit.
struct EvalInputError: Error, CustomStringConvertible {
    let description: String

    init(_ path: String, line: Int? = nil, _ reason: String) {
        description = "\(path)\(line.map { " (line \($0))" } ?? ""): \(reason)"
    }

    /// A message that already names its file.
    init(message: String) {
        description = message
    }
}

/// Reading eval's inputs: JSON files and JSON Lines with their line numbers.
enum EvalFiles {
    static func data(_ path: String) throws(EvalInputError) -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EvalInputError(path, FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file")
        }
        return data
    }

    /// An article's text, exactly as read (a byte-order mark stays, as in Python).
    static func text(directory: String, name: String) throws(EvalInputError) -> String {
        let path = (directory as NSString).appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: path) else { throw EvalInputError(path, "cannot read the article text") }
        guard let text = String(validating: data, as: UTF8.self) else { throw EvalInputError(path, "the article text is not valid UTF-8") }
        return text
    }

    /// Each non-blank line's object with its line number (counting blank lines too).
    static func jsonLines(_ path: String) throws(EvalInputError) -> [(line: Int, object: [String: Any])] {
        var out: [(line: Int, object: [String: Any])] = []
        for (n, line) in try data(path).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0D) }) else { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw EvalInputError(path, line: n + 1, "malformed JSON (expected one object on the line)")
            }
            out.append((n + 1, object))
        }
        return out
    }

    /// The article a gold or predicted record is about, as score.py and speakers.py key
    /// it: the base name of "file", else "id" + ".txt".
    static func articleName(_ object: [String: Any]) -> String? {
        if let file = object["file"] as? String, !file.isEmpty {
            return String(file.split(separator: "/", omittingEmptySubsequences: false).last!)
        }
        return (object["id"] as? String).map { $0 + ".txt" }
    }

    /// A `{start, end}` span of a record, in code points.
    static func span(_ any: Any?) -> Span? {
        guard let o = any as? [String: Any], let s = o["start"] as? Int, let e = o["end"] as? Int else { return nil }
        return Span(s, e)
    }
}

/// eval's predictions, per article file name: the lines of a file that `whosaid extract`
/// printed (`--pred`), or WhoSaid's own extraction through `ExtractCommand.extract`,
/// read back from the very JSON `extract` prints. Either way both scorers see the same
/// objects, so self-extraction scores exactly what `extract` would print.
struct Predictions {
    private let extractor: Extractor?
    private let textDirectory: String
    private var records: [String: [String: Any]] = [:]

    /// The predictions of a file of JSON Lines; a later line for the same article
    /// replaces an earlier one, as score.py and speakers.py read them.
    init(file path: String) throws(EvalInputError) {
        extractor = nil
        textDirectory = ""
        for (line, object) in try EvalFiles.jsonLines(path) {
            guard let name = EvalFiles.articleName(object) else { throw EvalInputError(path, line: line, "no \"file\" or \"id\"") }
            records[name] = object
        }
    }

    /// Predictions made on demand by extracting `textDirectory/name` (once per article).
    init(extractingWith extractor: Extractor, textDirectory: String) {
        self.extractor = extractor
        self.textDirectory = textDirectory
    }

    /// The prediction for the article; nil when a prediction file has none for it.
    mutating func record(for name: String) throws(EvalInputError) -> [String: Any]? {
        guard let extractor, records[name] == nil else { return records[name] }
        let path = (textDirectory as NSString).appendingPathComponent(name)
        var failures: [String] = []
        ExtractCommand.extract(InputFile(path: path, isStandardInput: false), with: extractor, failure: { failures.append($0) }, record: {
            guard let object = try? JSONSerialization.jsonObject(with: Data($0.serialized().utf8)) as? [String: Any] else {
                failures.append("\(path): the extraction's JSON does not read back (a bug in WhoSaid)")
                return
            }
            records[name] = object
        })
        if let first = failures.first { throw EvalInputError(message: first) }
        return records[name]
    }
}
