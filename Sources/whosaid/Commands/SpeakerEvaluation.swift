import Extraction
import Foundation

/// `eval --speakers DIR`: the reader's speakers, about-whom actors and actor lists for
/// some articles (the format of `../shared/corpus/polnear-dev-speakers`: DIR/gold.jsonl,
/// one attribution a line, and DIR/actors.json), read as speakers.py reads them, and the
/// figures SpeakerScorer computes from them, printed as a table, as speakers.py's JSON
/// object, or as its `-v` list of misses.
struct SpeakerEvaluation {
    /// Attributions per article file, in the order of gold.jsonl.
    private(set) var attributions: [String: [SpeakerScorer.GoldAttribution]] = [:]
    private(set) var actors: [String: [SpeakerScorer.GoldActor]] = [:]

    /// The articles to score, in code-point order of their names, as speakers.py goes.
    var files: [String] {
        attributions.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }

    init(directory: String) throws(EvalInputError) {
        let goldPath = (directory as NSString).appendingPathComponent("gold.jsonl")
        let actorsPath = (directory as NSString).appendingPathComponent("actors.json")
        for (line, g) in try EvalFiles.jsonLines(goldPath) {
            func failure(_ reason: String) -> EvalInputError { EvalInputError(goldPath, line: line, reason) }
            guard let file = g["file"] as? String else { throw failure("no \"file\"") }
            guard let start = g["content_start"] as? Int, let end = g["content_end"] as? Int else {
                throw failure("no \"content_start\" and \"content_end\" (code points)")
            }
            guard g.keys.contains("speaker") else { throw failure("no \"speaker\" (null where the source names nobody)") }
            guard let speaker = Self.names(g["speaker"]) else {
                throw failure("\"speaker\" must be a name, a list of names or null")
            }
            var about: [[String]] = []
            if let value = g["about"], !(value is NSNull) {
                guard let list = value as? [Any], let names = Self.allNames(list) else {
                    throw failure("\"about\" must be a list of names")
                }
                about = names
            }
            attributions[file, default: []].append(SpeakerScorer.GoldAttribution(
                speaker: speaker, about: about, content: Span(start, end), index: g["i"] as? Int,
                source: (g["source"] as? [Any] ?? []).compactMap { $0 as? String }, contentText: g["content"] as? String ?? ""))
        }

        let actorsData = try EvalFiles.data(actorsPath)
        guard let root = try? JSONSerialization.jsonObject(with: actorsData) as? [String: Any] else {
            throw EvalInputError(actorsPath, "malformed JSON (expected an object with \"articles\")")
        }
        guard let articles = root["articles"] as? [Any] else { throw EvalInputError(actorsPath, "no \"articles\" list") }
        for (n, element) in articles.enumerated() {
            guard let article = element as? [String: Any], let file = article["file"] as? String,
                  let list = article["actors"] as? [Any] else {
                throw EvalInputError(actorsPath, "article \(n + 1): expected {\"file\", \"actors\": [...]}")
            }
            for (k, a) in list.enumerated() {
                guard let a = a as? [String: Any], let name = a["name"] as? String else {
                    throw EvalInputError(actorsPath, "article \(n + 1) (\(file)), actor \(k + 1): no \"name\"")
                }
                // speakers.py folds a null alias to "", as it folds a missing name.
                actors[file, default: []].append(SpeakerScorer.GoldActor(
                    name: name, aliases: (a["aliases"] as? [Any] ?? []).map { $0 as? String ?? "" }))
            }
        }
    }

    /// A speaker or about-whom entry: a name, a list of names for a group, or nobody
    /// (null, "" or []); nil for anything else.
    private static func names(_ value: Any?) -> [String]? {
        if value == nil || value is NSNull { return [] }
        if let s = value as? String { return s.isEmpty ? [] : [s] }
        guard let list = value as? [Any] else { return nil }
        let strings = list.compactMap { $0 as? String }
        return strings.count == list.count ? strings : nil
    }

    private static func allNames(_ list: [Any]) -> [[String]]? {
        let out = list.compactMap(names)
        return out.count == list.count ? out : nil
    }

    /// Scores every article of the gold: the text from `textDirectory`, the prediction
    /// from `predictions`.
    func score(textDirectory: String, predictions: inout Predictions) throws(EvalInputError) -> SpeakerScorer {
        var scorer = SpeakerScorer()
        for file in files {
            let text = try EvalFiles.text(directory: textDirectory, name: file)
            let predicted = try predictions.record(for: file).map(Self.predicted) ?? .init()
            scorer.add(file: file, text: text, actors: actors[file] ?? [], gold: attributions[file] ?? [], predicted: predicted)
        }
        return scorer
    }

    /// One `whosaid extract` object as the scorer needs it: what speakers.py reads of it.
    static func predicted(_ object: [String: Any]) -> SpeakerScorer.PredictedArticle {
        func objects(_ any: Any?) -> [[String: Any]] { (any as? [Any] ?? []).compactMap { $0 as? [String: Any] } }
        let quotes = objects(object["quotes"]).map { q in
            SpeakerScorer.PredictedQuote(
                contents: (q["contents"] as? [Any] ?? []).compactMap(EvalFiles.span),
                speaker: (q["speaker"] as? [String: Any])?["name"] as? String,
                about: (q["about"] as? [Any] ?? []).map { ($0 as? [String: Any])?["name"] as? String })
        }
        let actors = objects(object["actors"]).map {
            SpeakerScorer.PredictedActor(name: $0["name"] as? String ?? "", aliases: ($0["aliases"] as? [Any] ?? []).map { $0 as? String ?? "" })
        }
        return SpeakerScorer.PredictedArticle(quotes: quotes, actors: actors)
    }

    var goldCount: Int { attributions.values.reduce(0) { $0 + $1.count } }

    // MARK: - Output

    /// speakers.py's `--json` object, key for key.
    static func json(_ c: SpeakerScorer.Counts) -> JSON {
        .object([
            ("who_said_what_recall", .double(c.whoSaidWhatRecall)), ("speaker_accuracy", .double(c.speakerAccuracy)),
            ("named_speaker_precision", .double(c.namedSpeakerPrecision)),
            ("named_speaker_precision_found", .double(c.namedSpeakerPrecisionFound)),
            ("about_precision", .double(c.aboutPrecision)), ("about_recall", .double(c.aboutRecall)),
            ("counts", .object(c.named.map { ($0.0, .int($0.1)) })),
        ])
    }

    /// The figures with their counts, as a Markdown table like the span table's.
    func table(_ c: SpeakerScorer.Counts) -> [String] {
        func pct(_ x: Double) -> String { String(format: "%5.1f%%", x * 100) }
        return [
            "\(files.count) articles read for speakers, \(goldCount) gold attributions (\(c.goldNamed) with a named speaker, \(c.found) found)",
            "",
            "| figure | value | counts |",
            "|---|---|---|",
            "| who-said-what recall | \(pct(c.whoSaidWhatRecall)) | \(c.rightNamed)/\(c.goldNamed) statements with a named speaker found and given to that actor |",
            "| speaker accuracy | \(pct(c.speakerAccuracy)) | \(c.right)/\(c.found) found statements |",
            "| named-speaker precision | \(pct(c.namedSpeakerPrecision)) | \(c.predictedNamedRight)/\(c.predictedNamed) predicted statements that name an actor |",
            "| … on found statements | \(pct(c.namedSpeakerPrecisionFound)) | \(c.predictedNamedRight)/\(c.predictedNamedFound) of those that match a gold attribution |",
            "| about precision | \(pct(c.aboutPrecision)) | \(c.aboutTP)/\(c.aboutPredicted) predicted targets of found statements |",
            "| about recall | \(pct(c.aboutRecall)) | \(c.aboutTP)/\(c.aboutGold) gold targets of found statements |",
        ]
    }

    /// A miss as speakers.py -v prints it.
    static func line(_ m: SpeakerScorer.Miss) -> String {
        func prefix(_ s: String, _ n: Int) -> String { String(String.UnicodeScalarView(s.unicodeScalars.prefix(n))) }
        let why = m.reason.rawValue.padding(toLength: max(9, m.reason.rawValue.count), withPad: " ", startingAt: 0)
        let gold: String
        switch m.gold.speaker.count {
        case 0: gold = "None"
        case 1: gold = pythonRepr(m.gold.speaker[0])
        default: gold = "[" + m.gold.speaker.map(pythonRepr).joined(separator: ", ") + "]"
        }
        return "\(why) \(prefix(m.file, 32)) #\(m.gold.index.map(String.init) ?? "?"): gold \(gold) got \(m.predicted.map(pythonRepr) ?? "None")"
            + " | \(prefix(m.gold.source.joined(separator: " / "), 50)) | \(prefix(m.gold.contentText, 70))"
    }

    /// Python's repr of a string: single quotes unless it holds one and no double quote.
    static func pythonRepr(_ s: String) -> String {
        let quote: Unicode.Scalar = s.unicodeScalars.contains("'") && !s.unicodeScalars.contains("\"") ? "\"" : "'"
        var out = String.UnicodeScalarView([quote])
        for c in s.unicodeScalars {
            switch c {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            case quote: out.append(contentsOf: "\\\(quote)".unicodeScalars)
            default:
                if c.value < 0x20 || c.value == 0x7F {
                    out.append(contentsOf: String(format: "\\x%02x", c.value).unicodeScalars)
                } else {
                    out.append(c)
                }
            }
        }
        out.append(quote)
        return String(out)
    }
}
