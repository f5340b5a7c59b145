import Extraction
import Foundation

/// One line of `whosaid extract --with-text`, read back by `whosaid ingest --extracted`:
/// an article and what extraction found in it, made on another machine (a map step on
/// a batch engine), so the one writer stores it without extracting again. Nothing in
/// such a line is trusted: every span must point into the line's own text and say
/// what is there, the hash must be the text's, and a line made by another extractor
/// version is named, since storing it would record findings this build would not make.
public enum ExtractedRecord {
    /// What a line holds, ready for the writer: the article, and its findings unless the
    /// line must be extracted again (`stale`: made by another extractor version).
    public struct Decoded: Sendable {
        public var input: ArticleInput
        public var result: ExtractionResult?
        public var hash: String
        public var version: String
    }

    /// The article row's fields as ingest stores them from an input and its header; the
    /// same function names them in `extract --with-text`, so both paths store the same row.
    public struct ArticleFields: Sendable, Equatable {
        public var title: String?
        public var published: String?
        public var dateText: String?
        public var dateline: String?
        public var source: String?
    }

    public static func articleFields(_ input: ArticleInput, header: ArticleHeader) -> ArticleFields {
        ArticleFields(title: input.title ?? header.title, published: Ingestor.normalizedDate(input.date) ?? header.date,
                      dateText: input.date ?? header.dateText, dateline: header.dateline, source: input.source ?? header.source)
    }

    /// Decodes and checks one line. `reextractStale`: a line of another extractor
    /// version comes back without findings (the caller extracts it) instead of failing.
    public static func decode(_ line: ArraySlice<UInt8>, reextractStale: Bool) throws -> Decoded {
        let object: [String: Any]
        do {
            guard let o = try JSONSerialization.jsonObject(with: escapingFEFF(line)) as? [String: Any] else {
                throw ExtractedRecordError.malformed("not a JSON object")
            }
            object = o
        } catch let e as ExtractedRecordError {
            throw e
        } catch {
            throw ExtractedRecordError.malformed((error as NSError).userInfo["NSDebugDescription"] as? String ?? "not JSON")
        }
        guard let text = object["text"] as? String, !text.isEmpty else {
            throw ExtractedRecordError.missing("text", hint: "was it made by `whosaid extract --with-text`?")
        }
        guard let version = object["extractor_version"] as? String else { throw ExtractedRecordError.missing("extractor_version", hint: nil) }
        let hash = Ingestor.contentHash(text)
        if let given = object["hash"] as? String, given != hash { throw ExtractedRecordError.hashMismatch(given: given, actual: hash) }
        func string(_ key: String) -> String? { object[key] as? String }
        let format = ArticleInput.Format(rawValue: string("format") ?? "text") ?? .text
        if version != Extractor.version {
            guard reextractStale else { throw ExtractedRecordError.staleVersion(found: version, current: Extractor.version) }
            // What a normal ingest of the article would read: its text and the record's metadata.
            let input = ArticleInput(text: text, path: string("file"), url: string("url"), title: string("title"),
                                     date: string("date_text") ?? string("published"), source: string("source"),
                                     format: format, location: string("record"))
            return Decoded(input: input, result: nil, hash: hash, version: version)
        }
        // The header carries the stored fields as they were decided, so the row is the one
        // a direct ingest writes (see `articleFields`).
        let input = ArticleInput(text: text, path: string("file"), url: string("url"), title: string("title"), date: nil,
                                 source: string("source"), format: format, location: string("record"))
        let header = ArticleHeader(title: nil, date: string("published"), dateText: string("date_text"),
                                   dateline: string("dateline"), source: nil)
        let buffer = TextBuffer(text)
        let reader = SpanReader(text: buffer)
        var mentions: [Mention] = []
        for (i, m) in try array(object["mentions"], "mentions").enumerated() {
            let what = "mention \(i + 1)"
            let span = try reader.bounds(m["start"], m["end"], what)
            let nameSpan = try reader.bounds(m["name_start"], m["name_end"], what + " name")
            guard let via = (m["via"] as? String).flatMap(Mention.Via.init(rawValue:)) else { throw ExtractedRecordError.invalid(what, "no known \"via\"") }
            guard let alias = m["alias"] as? String else { throw ExtractedRecordError.invalid(what, "no \"alias\"") }
            mentions.append(Mention(span: span, nameSpan: nameSpan, actor: try actor(m, what), role: m["role"] as? String,
                                    affiliation: m["affiliation"] as? String, via: via, alias: alias))
        }
        var attributions: [Attribution] = []
        for (i, q) in try array(object["quotes"], "quotes").enumerated() {
            let what = "quote \(i + 1)"
            let cue = try (q["cue"] as? [String: Any]).map { try reader.span($0, what + " cue") }
            let sources = try array(q["sources"], what + " sources").map { try reader.span($0, what + " source") }
            let contents = try array(q["contents"], what + " contents").map { try reader.span($0, what + " content") }
            guard !contents.isEmpty else { throw ExtractedRecordError.invalid(what, "no content span") }
            guard let kind = (q["kind"] as? String).flatMap(QuoteKind.init(rawValue:)) else { throw ExtractedRecordError.invalid(what, "no known \"kind\"") }
            guard let rule = q["rule"] as? String else { throw ExtractedRecordError.invalid(what, "no \"rule\"") }
            var a = Attribution(cue: cue, sources: sources, contents: contents, kind: kind, rule: rule,
                                speaker: try (q["speaker"] as? [String: Any]).map { try actor($0, what + " speaker") },
                                about: try array(q["about"], what + " about").map { try actor($0, what + " about") },
                                speakerResolution: q["speaker_resolution"] as? String)
            // (Records written before joint sources were told apart have none.)
            if let co = q["co_speakers"] {
                a.coSpeakers = try array(co, what + " co_speakers").map { try actor($0, what + " co-speaker") }
            }
            if let d = q["speaker_description"] as? [String: Any] {
                guard let head = d["head"] as? String else { throw ExtractedRecordError.invalid(what, "speaker_description has no \"head\"") }
                a.speakerDescription = SpeakerDescription(head: head, modifiers: d["modifiers"] as? [String] ?? [],
                                                          affiliation: d["affiliation"] as? String)
            }
            attributions.append(a)
        }
        let result = ExtractionResult(header: header, attributions: attributions, mentions: mentions, text: buffer)
        return Decoded(input: input, result: result, hash: hash, version: version)
    }

    /// The line with each U+FEFF written as the escape `\ufeff`. Foundation's
    /// JSONSerialization on Linux drops a raw U+FEFF inside a string (news text holds
    /// them, pasted from the web), which changes the text, its hash and every offset
    /// after it; the escape decodes to the same character. Outside a string the
    /// character was not valid JSON either.
    static func escapingFEFF(_ line: ArraySlice<UInt8>) -> Data {
        var out = Data()
        var i = line.startIndex
        var copied = i
        while let e = line[i...].firstIndex(of: 0xEF) {
            if e + 2 < line.endIndex, line[e + 1] == 0xBB, line[e + 2] == 0xBF {
                if out.isEmpty { out.reserveCapacity(line.count + 16) }
                out.append(contentsOf: line[copied..<e])
                out.append(contentsOf: Array("\\ufeff".utf8))
                copied = e + 3
            }
            i = e + 1
        }
        if copied == line.startIndex { return Data(line) }
        out.append(contentsOf: line[copied...])
        return out
    }

    private static func array(_ value: Any?, _ what: String) throws(ExtractedRecordError) -> [[String: Any]] {
        guard let value, !(value is NSNull) else { return [] }
        guard let items = value as? [[String: Any]] else { throw .invalid(what, "not a list of objects") }
        return items
    }

    private static func actor(_ o: [String: Any], _ what: String) throws(ExtractedRecordError) -> ActorRef {
        guard let name = o["name"] as? String, !name.isEmpty,
              let kind = (o["kind"] as? String).flatMap(ActorKind.init(rawValue:)) else {
            throw .invalid(what, "an actor needs a \"name\" and a known \"kind\"")
        }
        return ActorRef(name: name, kind: kind)
    }

    /// Checks spans against the record's text, in code points.
    private struct SpanReader {
        let text: TextBuffer

        func bounds(_ start: Any?, _ end: Any?, _ what: String) throws(ExtractedRecordError) -> Span {
            guard let s = start as? Int, let e = end as? Int else { throw .invalid(what, "no integer start and end") }
            guard 0 <= s, s <= e, e <= text.count else {
                throw .badSpan(what, "\(s)..<\(e) is outside the text (\(text.count) code points)")
            }
            return Span(s, e)
        }

        /// `{start, end, text}`: in bounds, and `text` is what the text holds there.
        func span(_ o: [String: Any], _ what: String) throws(ExtractedRecordError) -> Span {
            let span = try bounds(o["start"], o["end"], what)
            guard let written = o["text"] as? String else { throw .invalid(what, "no \"text\"") }
            let actual = text.text(span)
            guard written == actual else {
                throw .badSpan(what, "\(span.start)..<\(span.end) is '\(actual.prefix(40))' in the text, not '\(written.prefix(40))'")
            }
            return span
        }
    }
}

/// Why a line of `--extracted` input cannot be stored; the caller names the file and line.
public enum ExtractedRecordError: Error, CustomStringConvertible, Sendable {
    case malformed(String)
    case missing(String, hint: String?)
    case invalid(String, String)
    case badSpan(String, String)
    case hashMismatch(given: String, actual: String)
    case staleVersion(found: String, current: String)

    public var description: String {
        switch self {
        case .malformed(let reason): return "malformed JSON: \(reason)"
        case .missing(let field, let hint): return "no \"\(field)\" field" + (hint.map { "; \($0)" } ?? "")
        case .invalid(let what, let reason): return "\(what): \(reason)"
        case .badSpan(let what, let reason): return "\(what) span does not match the text: \(reason)"
        case .hashMismatch(let given, let actual):
            return "\"hash\" \(given.prefix(12))… is not the text's (\(actual.prefix(12))…): the text was changed after extraction"
        case .staleVersion(let found, let current):
            return "extracted by extractor \(found), not this build's \(current); use --reextract-stale to extract it again, or extract it with this build"
        }
    }
}
