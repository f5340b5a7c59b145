import Foundation

/// Why an input cannot become an article. Each case says what a user can fix.
public enum InputError: Error, CustomStringConvertible, Sendable, Equatable {
    case empty
    case binary
    case utf16
    case invalidUTF8(byteOffset: Int)
    case malformedJSON(line: Int?, reason: String)
    case missingText(line: Int?)
    /// A field of a JSON record that is there but cannot be used as it is.
    case badField(line: Int?, field: String, reason: String)

    public var description: String {
        switch self {
        case .empty: return "empty file: no text to ingest"
        case .binary: return "binary file, not an article (it holds NUL or control bytes)"
        case .utf16: return "UTF-16 text; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)"
        case .invalidUTF8(let offset): return "not valid UTF-8 (first bad byte at offset \(offset))"
        case .malformedJSON(let line, let reason): return "malformed JSON\(line.map { " on line \($0)" } ?? ""): \(reason)"
        case .missingText(let line): return "JSON record\(line.map { " on line \($0)" } ?? "") has no non-empty \"text\" field"
        case .badField(let line, let field, let reason): return "JSON record\(line.map { " on line \($0)" } ?? ""): \"\(field)\" \(reason)"
        }
    }
}

/// Turns the bytes of one input file into articles: a plain-text article, a JSON
/// object or array of objects, or JSON Lines. Each record decodes on its own, so one
/// bad line of a JSON Lines file fails alone and the others still land.
public enum ArticleDecoder {
    public struct Decoded: Sendable {
        public var articles: [ArticleInput]
        public var failures: [(location: String?, error: InputError)]
    }

    public static func decode(_ bytes: [UInt8], path: String?) -> Decoded {
        if bytes.count >= 2, bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF {
            return Decoded(articles: [], failures: [(nil, .utf16)])
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return Decoded(articles: [], failures: [(nil, .empty)])
        }
        if isBinary(bytes) { return Decoded(articles: [], failures: [(nil, .binary)]) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return Decoded(articles: [], failures: [(nil, .invalidUTF8(byteOffset: firstInvalidUTF8(bytes)))])
        }
        // A byte-order mark is not part of the article.
        let body = text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
        if body.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            return Decoded(articles: [], failures: [(nil, .empty)])
        }
        let lowerPath = path?.lowercased() ?? ""
        let firstChar = body.unicodeScalars.first { !CharacterSetHelper.isSpace($0) }
        // By extension, or by content when there is none to go by (standard input).
        let isText = lowerPath.hasSuffix(".txt") || lowerPath.hasSuffix(".text")
        let looksJSON = lowerPath.hasSuffix(".json") || lowerPath.hasSuffix(".jsonl") || lowerPath.hasSuffix(".ndjson")
            || (!isText && (firstChar == "{" || firstChar == "["))
        guard looksJSON else {
            return Decoded(articles: [ArticleInput(text: text, path: path, format: .text)], failures: [])
        }
        if !lowerPath.hasSuffix(".jsonl") && !lowerPath.hasSuffix(".ndjson") {
            // One document: an object or an array of objects.
            do {
                let value = try JSONSerialization.jsonObject(with: Data(body.utf8), options: [])
                if let object = value as? [String: Any] {
                    return record(object, path: path, line: nil, format: .json)
                }
                if let array = value as? [Any] {
                    var decoded = Decoded(articles: [], failures: [])
                    for (i, element) in array.enumerated() {
                        guard let object = element as? [String: Any] else {
                            decoded.failures.append(("item \(i + 1)", .malformedJSON(line: nil, reason: "item \(i + 1) is not an object")))
                            continue
                        }
                        let one = record(object, path: path, line: nil, format: .json, location: "item \(i + 1)")
                        decoded.articles += one.articles
                        decoded.failures += one.failures
                    }
                    return decoded
                }
                return Decoded(articles: [], failures: [(nil, .malformedJSON(line: nil, reason: "expected an object or an array of objects"))])
            } catch {
                // Several lines that each hold an object: JSON Lines under another name.
                let lines = body.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
                if lines.count < 2 || !lines.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).hasPrefix("{") }) {
                    return Decoded(articles: [], failures: [(nil, .malformedJSON(line: nil, reason: jsonReason(error)))])
                }
            }
        }
        var decoded = Decoded(articles: [], failures: [])
        var lineNumber = 0
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            do {
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: []) as? [String: Any] else {
                    decoded.failures.append(("line \(lineNumber)", .malformedJSON(line: lineNumber, reason: "not an object")))
                    continue
                }
                let one = record(object, path: path, line: lineNumber, format: .jsonl)
                decoded.articles += one.articles
                decoded.failures += one.failures
            } catch {
                decoded.failures.append(("line \(lineNumber)", .malformedJSON(line: lineNumber, reason: jsonReason(error))))
            }
        }
        return decoded
    }

    /// One line of a JSON Lines file, as a reader that streams the file hands it over
    /// (`lineNumber` counts from 1). A blank line gives nothing; a bad one a failure
    /// located by its line number, as `decode` does for a whole file.
    public static func decodeLine(_ bytes: ArraySlice<UInt8>, path: String?, lineNumber: Int) -> Decoded {
        var line = bytes
        if lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return Decoded(articles: [], failures: []) }
        let location = "line \(lineNumber)"
        guard String(validating: line, as: UTF8.self) != nil else {
            return Decoded(articles: [], failures: [(location, .invalidUTF8(byteOffset: firstInvalidUTF8(Array(line))))])
        }
        do {
            guard let object = try JSONSerialization.jsonObject(with: Data(line), options: []) as? [String: Any] else {
                return Decoded(articles: [], failures: [(location, .malformedJSON(line: lineNumber, reason: "not an object"))])
            }
            return record(object, path: path, line: lineNumber, format: .jsonl)
        } catch {
            return Decoded(articles: [], failures: [(location, .malformedJSON(line: lineNumber, reason: jsonReason(error)))])
        }
    }

    /// The fields a record may have besides `text`; each, when present, must be a string
    /// (or null). A record with a field that cannot be used fails alone, saying which
    /// field and why, rather than landing with that field silently dropped.
    static let optionalFields = ["title", "date", "source", "url"]

    private static func record(_ object: [String: Any], path: String?, line: Int?, format: ArticleInput.Format, location: String? = nil) -> Decoded {
        let where_ = location ?? line.map { "line \($0)" }
        func failure(_ field: String, _ reason: String) -> Decoded {
            Decoded(articles: [], failures: [(where_, .badField(line: line, field: field, reason: reason))])
        }
        guard let rawText = object["text"], !(rawText is NSNull) else {
            return Decoded(articles: [], failures: [(where_, .missingText(line: line))])
        }
        guard let text = rawText as? String else { return failure("text", "is \(typeName(rawText)), not a string") }
        guard !text.allSatisfy(\.isWhitespace) else { return Decoded(articles: [], failures: [(where_, .missingText(line: line))]) }
        var fields: [String: String] = [:]
        for key in optionalFields {
            guard let value = object[key], !(value is NSNull) else { continue }
            guard let string = value as? String else { return failure(key, "is \(typeName(value)), not a string") }
            if !string.isEmpty { fields[key] = string }
        }
        // A NUL would end the text for C tools and for substr() in the sqlite3 shell.
        for (key, value) in [("text", text)] + fields.sorted(by: { $0.key < $1.key }) where value.unicodeScalars.contains("\u{0}") {
            return failure(key, "holds a NUL character (\\u0000)")
        }
        if let date = fields["date"], Ingestor.normalizedDate(date) == nil {
            return failure("date", "is '\(date)', not a date (write it as 2021-07-09, or as published: July 9, 2021)")
        }
        let article = ArticleInput(text: text, path: path, url: fields["url"], title: fields["title"], date: fields["date"],
                                   source: fields["source"], format: format, location: where_)
        return Decoded(articles: [article], failures: [])
    }

    /// What a JSON value is, in words: 'a number', 'an array'.
    static func typeName(_ value: Any) -> String {
        switch value {
        case let n as NSNumber:
            // Foundation on Linux decodes true and false as NSNumber too, of type 'c'.
            return String(cString: n.objCType) == "c" ? "true or false" : "a number"
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        default: return "not text"
        }
    }

    private static func jsonReason(_ error: Error) -> String {
        let ns = error as NSError
        if let detail = ns.userInfo["NSDebugDescription"] as? String { return detail }
        return "cannot be parsed"
    }

    /// NUL bytes, or many control bytes, mean the file is not text.
    public static func isBinary(_ bytes: some Collection<UInt8>) -> Bool {
        var control = 0
        for b in bytes.prefix(65536) {
            if b == 0 { return true }
            if b < 0x20, b != 0x0A, b != 0x0D, b != 0x09, b != 0x0C { control += 1 }
        }
        return control * 20 > min(bytes.count, 65536)
    }

    /// Where the first malformed sequence starts, so the message can point at it.
    private static func firstInvalidUTF8(_ b: [UInt8]) -> Int {
        var i = 0
        while i < b.count {
            let c = b[i]
            let trailing: Int
            if c < 0x80 { i += 1; continue }
            if c >= 0xC2 && c <= 0xDF { trailing = 1 } else if c & 0xF0 == 0xE0 { trailing = 2 } else if c >= 0xF0 && c <= 0xF4 { trailing = 3 } else { return i }
            for k in 1...trailing where i + k >= b.count || b[i + k] & 0xC0 != 0x80 { return i }
            i += trailing + 1
        }
        return i
    }
}

enum CharacterSetHelper {
    static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\n" || s == "\r" || s == "\t" || s == "\u{FEFF}" }
}
