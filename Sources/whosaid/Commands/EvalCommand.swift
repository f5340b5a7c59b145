import ArgumentParser
import Extraction
import Foundation

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against annotated articles (the metrics of PolNeAR's score.py).",
        discussion: """
            GOLD is JSON Lines of {"id" or "file", "quotes": [{"cue", "sources", "contents"}]} with code-point \
            spans; TEXTDIR holds each article's text as <id>.txt (or the "file" name). Without --pred, WhoSaid \
            extracts each article itself; with --pred it scores that file of predictions instead.
            """
    )

    @Argument(help: "Gold annotations (JSON Lines).")
    var gold: String

    @Argument(help: "Directory holding the articles' texts.")
    var textDirectory: String

    @Option(help: "Score these predictions (JSON Lines as printed by `whosaid extract`) instead of extracting.")
    var pred: String?

    @Flag(help: "Print the figures as one JSON object.")
    var json = false

    func run() throws {
        let goldDocs = try Self.load(gold)
        let predicted = try pred.map(Self.load)
        var scorer = Scorer()
        let extractor = Extractor()
        var articles = 0
        for (name, goldQuotes) in goldDocs.sorted(by: { $0.key < $1.key }) {
            let path = (textDirectory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                Terminal.error("\(path): cannot read the article text")
                throw ExitCode.failure
            }
            let quotes: [Scorer.Quote]
            if let predicted {
                quotes = predicted[name] ?? []
            } else {
                quotes = extractor.extract(text, fileName: name).attributions.map {
                    Scorer.Quote(cue: $0.cue, sources: $0.sources, contents: $0.contents)
                }
            }
            scorer.add(text: text, gold: goldQuotes, predicted: quotes)
            articles += 1
        }
        let r = scorer.report
        if json {
            func prf(_ p: Scorer.PRF) -> JSON { .array([.double(p.precision), .double(p.recall), .double(p.f1)]) }
            Terminal.print(JSON.object([
                ("content", prf(r.content)), ("source", prf(r.source)), ("cue", prf(r.cue)), ("quote", prf(r.quote)),
                ("attribution", prf(r.attribution)), ("direct_attribution_recall", .array([.double(r.directAttributionRecall)])),
                ("counts", .object([("gold_quotes", .int(r.quote.gold)), ("pred_quotes", .int(r.quote.predicted)), ("gold_direct", .int(r.directGold))])),
            ]).serialized())
            return
        }
        func pct(_ x: Double) -> String { String(format: "%5.1f%%", x * 100) }
        Terminal.print("\(articles) articles, \(r.quote.gold) gold attributions, \(r.quote.predicted) predicted, \(r.directGold) gold direct quotes")
        Terminal.print("")
        Terminal.print("| metric | precision | recall | F1 | target |")
        Terminal.print("|---|---|---|---|---|")
        let rows: [(String, Scorer.PRF, String)] = [
            ("attribution", r.attribution, "F1 ≥ 65%"), ("quote", r.quote, ""), ("content tokens", r.content, "F1 ≥ 80%"),
            ("source tokens", r.source, "F1 ≥ 75%"), ("cue tokens", r.cue, ""),
        ]
        for (name, p, target) in rows {
            Terminal.print("| \(name) | \(pct(p.precision)) | \(pct(p.recall)) | \(pct(p.f1)) | \(target) |")
        }
        Terminal.print("| direct-quote attribution recall | | \(pct(r.directAttributionRecall)) | | ≥ 90% |")
    }

    /// Reads gold or predicted JSON Lines into quotes keyed by the article's file name.
    static func load(_ path: String) throws -> [String: [Scorer.Quote]] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            Terminal.error("\(path): cannot be read")
            throw ExitCode.failure
        }
        var out: [String: [Scorer.Quote]] = [:]
        for (n, line) in text.split(separator: "\n").enumerated() where !line.allSatisfy(\.isWhitespace) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                Terminal.error("\(path) (line \(n + 1)): malformed JSON")
                throw ExitCode.failure
            }
            let key: String
            if let file = object["file"] as? String {
                key = (file as NSString).lastPathComponent
            } else if let id = object["id"] as? String {
                key = id + ".txt"
            } else {
                Terminal.error("\(path) (line \(n + 1)): no \"file\" or \"id\"")
                throw ExitCode.failure
            }
            func span(_ any: Any?) -> Span? {
                guard let o = any as? [String: Any], let s = o["start"] as? Int, let e = o["end"] as? Int else { return nil }
                return Span(s, e)
            }
            func spans(_ any: Any?) -> [Span] { (any as? [Any] ?? []).compactMap(span) }
            let quotes = (object["quotes"] as? [[String: Any]] ?? []).map { q in
                Scorer.Quote(cue: span(q["cue"]), sources: spans(q["sources"]), contents: spans(q["contents"]),
                             contentText: (q["contents"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }.joined())
            }
            out[key, default: []] += quotes
        }
        return out
    }
}
