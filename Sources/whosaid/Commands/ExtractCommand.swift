import ArgumentParser
import Extraction
import Foundation
import KnowledgeBase

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the attributions found in articles as JSON Lines, without a database.",
        discussion: """
            One object per article: {"file", "title", "date", "quotes": [{"cue", "sources", "contents", \
            "speaker", "co_speakers", "speaker_resolution", "about", "kind", "rule"}], \
            "actors": [{"name", "kind", "aliases", "roles", "mentions"}]}. Spans are {"start", "end", "text"} in Unicode code-point \
            offsets into the article's text as read, so every quote can be checked against its source. \
            --with-text adds what `whosaid ingest --extracted` needs to store the article without extracting it again. \
            Standard input (-) that starts with '{' is read as JSON Lines, a line at a time: each record's line is \
            printed as soon as it is extracted, so extract can sit in a pipe (e.g. a batch engine's map step).
            """
    )

    @Argument(help: ArgumentHelp("Article files or directories, or - for standard input.", valueName: "file"))
    var files: [String]

    @OptionGroup var extraction: ExtractionOptions

    @Flag(help: "Add to each quote the actors its pronoun source could refer to, with their scores and evidence (\"speaker_candidates\").")
    var explain = false

    @Flag(help: "Add what ingest needs to store the article without extracting it again: text, hash, extractor version, stored fields, mentions (for `whosaid ingest --extracted`).")
    var withText = false

    func run() throws {
        let (inputs, pathErrors) = InputFiles.expand(files)
        var failed = pathErrors.count
        pathErrors.forEach { Terminal.error($0.description) }
        let extractor = try extraction.extractor()
        for file in inputs {
            let failure: (String) -> Void = {
                Terminal.error($0)
                failed += 1
            }
            let record: (JSON) -> Void = { Terminal.print($0) }
            if file.isStandardInput, let lines = JSONLinesReader.standardInputIfJSONLines(maxLine: .max) {
                Self.stream(lines, with: extractor, failure: failure, record: record, explain: explain, withText: withText)
                continue
            }
            Self.extract(file, with: extractor, failure: failure, record: record, explain: explain, withText: withText)
        }
        if failed > 0 { throw ExitCode.failure }
    }

    /// Extracts every article of one input and hands over, in order, the object this
    /// command prints for each; a file that cannot be read or a record that cannot be
    /// decoded comes to `failure` as one line naming it. `eval` goes through here too,
    /// so what it scores is exactly what `extract` prints.
    static func extract(_ file: InputFile, with extractor: Extractor, failure: (String) -> Void, record: (JSON) -> Void,
                        explain: Bool = false, withText: Bool = false) {
        var bytes: [UInt8]
        do { bytes = try file.read() } catch {
            failure(error.description)
            return
        }
        let decoded = ArticleDecoder.decode(bytes, path: file.path)
        // The bytes are text now: not held beside it while a long article is extracted.
        bytes = []
        for f in decoded.failures {
            failure("\(file.path)\(f.location.map { " (\($0))" } ?? ""): \(f.error)")
        }
        for article in decoded.articles {
            let result = extractor.extract(article.text, fileName: (file.path as NSString).lastPathComponent)
            record(json(article: article, result: result, explain: explain, withText: withText))
        }
    }

    /// JSON Lines from a stream, one record at a time: a line in, its line out (each
    /// written at once, unbuffered), so the input is never held whole.
    static func stream(_ lines: JSONLinesReader, with extractor: Extractor, failure: (String) -> Void, record: (JSON) -> Void,
                       explain: Bool, withText: Bool) {
        while let items = lines.nextItems() {
            for item in items {
                switch item {
                case .article(let article):
                    let result = extractor.extract(article.text, fileName: nil)
                    record(json(article: article, result: result, explain: explain, withText: withText))
                case .failure(let name, let error):
                    failure("\(name): \(IngestRun.reason(error))")
                case .extracted, .deferred:
                    break
                }
            }
        }
    }

    static func json(article: ArticleInput, result: ExtractionResult, explain: Bool = false, withText: Bool = false) -> JSON {
        let text = result.text
        func span(_ s: Span) -> JSON {
            .object([("start", .int(s.start)), ("end", .int(s.end)), ("text", .string(text.text(s)))])
        }
        func actor(_ a: ActorRef) -> JSON { .object([("name", .string(a.name)), ("kind", .string(a.kind.rawValue))]) }
        let attributions = result.attributions
        func quote(_ a: Attribution) -> JSON {
            var fields: [(String, JSON)] = [
                ("cue", a.cue.map(span) ?? .null),
                ("sources", .array(a.sources.map(span))),
                ("contents", .array(a.contents.map(span))),
                ("speaker", a.speaker.map(actor) ?? .null),
                ("co_speakers", .array(a.coSpeakers.map(actor))),
                ("speaker_resolution", .string(a.speakerResolution)),
                ("about", .array(a.about.map(actor))),
                ("kind", .string(a.kind.rawValue)),
                ("rule", .string(a.rule)),
            ]
            if withText, let d = a.speakerDescription {
                fields.append(("speaker_description", .object([("head", .string(d.head)), ("modifiers", .array(d.modifiers.map { .string($0) })),
                                                              ("affiliation", .string(d.affiliation))])))
            }
            if explain {
                fields.append(("speaker_candidates", .array(a.speakerCandidates.map { c in
                    .object([("name", .string(c.actor.name)), ("kind", .string(c.actor.kind.rawValue)),
                             ("score", .double(c.score)), ("evidence", .array(c.reasons.map { .string($0) }))])
                })))
            }
            return .object(fields)
        }
        var fields: [(String, JSON)] = [("file", .string(article.path ?? "-"))]
        if let location = article.location { fields.append(("record", .string(location))) }
        fields += [
            ("title", .string(article.title ?? result.header.title)),
            ("date", .string(article.date ?? result.header.date)),
            ("quotes", .lazyArray(count: attributions.count) { quote(attributions[$0]) }),
            ("actors", .array(actors(result))),
        ]
        if withText { fields += storable(article: article, result: result) }
        return .object(fields)
    }

    /// What `ingest --extracted` stores: the text as read, its hash, the version that
    /// extracted it, the article row's fields as ingest decides them, and every mention
    /// (the `actors` summary above is for people; the writer needs each mention).
    static func storable(article: ArticleInput, result: ExtractionResult) -> [(String, JSON)] {
        let f = ExtractedRecord.articleFields(article, header: result.header)
        let all = result.mentions
        func mention(_ m: Mention) -> JSON {
            .object([("start", .int(m.span.start)), ("end", .int(m.span.end)), ("name_start", .int(m.nameSpan.start)),
                     ("name_end", .int(m.nameSpan.end)), ("name", .string(m.actor.name)), ("kind", .string(m.actor.kind.rawValue)),
                     ("alias", .string(m.alias)), ("role", .string(m.role)), ("affiliation", .string(m.affiliation)),
                     ("via", .string(m.via.rawValue))])
        }
        return [
            ("published", .string(f.published)), ("date_text", .string(f.dateText)), ("dateline", .string(f.dateline)),
            ("source", .string(f.source)), ("url", .string(article.url)), ("format", .string(article.format.rawValue)),
            ("hash", .string(Ingestor.contentHash(article.text))), ("extractor_version", .string(Extractor.version)),
            ("mentions", .lazyArray(count: all.count) { mention(all[$0]) }), ("text", .string(article.text)),
        ]
    }

    /// The article's actors, in order of first mention, with the forms and roles seen.
    static func actors(_ result: ExtractionResult) -> [JSON] {
        var order: [String] = []
        var seen: [String: (ref: ActorRef, aliases: [String], roles: [String], mentions: Int)] = [:]
        for m in result.mentions {
            let id = m.actor.kind.rawValue + "|" + m.actor.name
            if seen[id] == nil {
                order.append(id)
                seen[id] = (m.actor, [], [], 0)
            }
            seen[id]!.mentions += 1
            if m.alias != m.actor.name, !seen[id]!.aliases.contains(m.alias) { seen[id]!.aliases.append(m.alias) }
            if let role = m.role {
                let r = role + (m.affiliation.map { " (\($0))" } ?? "")
                if !seen[id]!.roles.contains(r) { seen[id]!.roles.append(r) }
            }
        }
        return order.map { id in
            let a = seen[id]!
            return .object([("name", .string(a.ref.name)), ("kind", .string(a.ref.kind.rawValue)),
                            ("aliases", .array(a.aliases.map { .string($0) })), ("roles", .array(a.roles.map { .string($0) })),
                            ("mentions", .int(a.mentions))])
        }
    }
}
