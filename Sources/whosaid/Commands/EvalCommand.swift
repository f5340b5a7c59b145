import ArgumentParser
import Extraction
import Foundation

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against annotated articles (the metrics of PolNeAR's score.py, and of speakers.py with --speakers).",
        usage: """
            whosaid eval GOLD TEXTDIR [--speakers DIR] [--pred FILE] [--without RULE[,RULE]] [--json] [-v]
            whosaid eval --speakers DIR TEXTDIR [--pred FILE] [--json] [-v]
            whosaid eval --cv K GOLD TEXTDIR [--thresholds LIST] [--cue-thresholds LIST] [--without RULE[,RULE]]
            """,
        discussion: """
            GOLD is JSON Lines of {"id" or "file", "quotes": [{"cue", "sources", "contents"}]} with code-point \
            spans; TEXTDIR holds each article's text as <id>.txt (or the "file" name). Without --pred, WhoSaid \
            extracts each article itself, exactly as `whosaid extract` does (with the same --gazetteer); with \
            --pred it scores that file of predictions instead.

            The span table is followed by one row per rule (the `rule` of each prediction): how many \
            attributions it predicted, how many of them match a gold attribution, its precision, and the share \
            of all gold attributions it found. --without RULE[,RULE] extracts with those rules left out \
            (ablation): a rule id such as direct.title, or a pass id such as following-quotes.

            --speakers DIR adds the actor-level figures of speakers.py (who-said-what recall, speaker accuracy, \
            named-speaker precision, about-whom precision and recall) on the articles of DIR/gold.jsonl, one \
            attribution a line with the reader's "speaker" and "about", and DIR/actors.json, each article's \
            actors with their aliases (the format of polnear-dev-speakers). Given GOLD too, the span table comes \
            first; with --json the speaker figures are speakers.py's object, under "speakers" when GOLD is given.

            --cv K cross-validates the learned parts instead (`make cv`): GOLD's articles are dealt into K folds \
            in name order; for each fold, the cue detector and the judge of candidates are trained on the other \
            folds exactly as `whosaid train cues` and `whosaid train judge` train the shipped ones, and the fold \
            is scored with the rules alone and with the judge at each threshold. Prints each figure's mean over \
            the folds and its spread (standard deviation). With --without, the rules are left out in training \
            and scoring alike: the way to decide whether a rule earns its place.
            """
    )

    @Argument(help: ArgumentHelp("GOLD (JSON Lines) and TEXTDIR (the articles' texts); TEXTDIR alone with --speakers.",
                                 valueName: "gold-and-textdir"))
    var paths: [String]

    @Option(help: ArgumentHelp("Also score speakers and about-whom actors against the reader's in DIR (gold.jsonl, actors.json).",
                               valueName: "dir"))
    var speakers: String?

    @Option(help: ArgumentHelp("Score these predictions (JSON Lines as printed by `whosaid extract`) instead of extracting.", valueName: "file"))
    var pred: String?

    @Option(name: .customLong("without"), parsing: .singleValue, help: ArgumentHelp(
        "Leave these rules or passes out (comma-separated, repeatable), to measure what they contribute.", valueName: "rule"))
    var without: [String] = []

    @Flag(help: "Print the figures as one JSON object.")
    var json = false

    @Flag(name: .shortAndLong, help: "List the speaker misses as speakers.py -v does (on stderr with --json).")
    var verbose = false

    @Option(help: ArgumentHelp("Cross-validate the learned parts over K folds of GOLD's articles.", valueName: "k"))
    var cv: Int?

    @Option(help: ArgumentHelp("With --cv: the judge's thresholds to score, comma-separated.", valueName: "list"))
    var thresholds: String = "-2,-1,-0.5,0,0.5,1,2"

    @Option(name: .customLong("cue-thresholds"), help: ArgumentHelp("With --cv: the cue detector's thresholds to try, comma-separated.", valueName: "list"))
    var cueThresholdList: String = "\(CueModel.defaultThreshold)"

    @OptionGroup var extraction: ExtractionOptions

    var gold: String? { paths.count == 2 ? paths[0] : nil }
    var textDirectory: String { paths[paths.count - 1] }

    func validate() throws {
        switch (paths.count, speakers) {
        case (2, _), (1, .some): break
        case (1, nil): throw ValidationError("expected GOLD and TEXTDIR (or TEXTDIR alone with --speakers DIR)")
        default: throw ValidationError("expected GOLD and TEXTDIR, got \(paths.count) paths")
        }
        if verbose && speakers == nil { throw ValidationError("-v lists the speaker misses: it needs --speakers DIR") }
        if !without.isEmpty && pred != nil { throw ValidationError("--without changes the extraction: it cannot apply to --pred") }
        _ = try ablation()
        if let k = cv {
            guard (2...20).contains(k) else { throw ValidationError("--cv takes a number of folds from 2 to 20, not \(k)") }
            guard paths.count == 2, speakers == nil, pred == nil else {
                throw ValidationError("--cv trains and scores on GOLD and TEXTDIR: it takes neither --speakers nor --pred")
            }
            _ = try thresholdValues()
            _ = try Self.numbers(cueThresholdList, option: "--cue-thresholds")
        }
    }

    /// The rules and passes `--without` names; a usage error listing the ids otherwise.
    func ablation() throws -> Ablation {
        let ids = without.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        switch Ablation.parse(ids) {
        case .success(let ablation): return ablation
        case .failure(let unknown):
            throw ValidationError("""
                no rule or pass named \(unknown.ids.joined(separator: ", ")); the ids are:
                  rules: \(AttributionRule.allCases.map(\.rawValue).joined(separator: " "))
                  passes: \(AttributionPass.allCases.map(\.rawValue).joined(separator: " "))
                """)
        }
    }

    func thresholdValues() throws -> [Double] { try Self.numbers(thresholds, option: "--thresholds") }

    static func numbers(_ list: String, option: String) throws -> [Double] {
        let parts = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let values = parts.compactMap(Double.init)
        guard !values.isEmpty, values.count == parts.count else {
            throw ValidationError("\(option) takes numbers separated by commas (e.g. -1,0,1), not '\(list)'")
        }
        return values
    }

    func run() throws {
        do {
            if let k = cv { return try crossValidate(folds: k) }
            try evaluate()
        } catch let error as EvalInputError {
            Terminal.error(error.description)
            throw ExitCode.failure
        }
    }

    private func evaluate() throws {
        // Load every input before scoring, so a bad file stops the run before any output.
        let goldDocs = try gold.map(Self.load)
        let speakerGold = try speakers.map(SpeakerEvaluation.init(directory:))
        var predictions = try pred.map(Predictions.init(file:))
            ?? Predictions(extractingWith: extraction.extractor(ablation: ablation()), textDirectory: textDirectory)

        var spanFields: [(String, JSON)] = []
        var lines: [String] = []
        if let goldDocs {
            let (articles, report) = try scoreSpans(goldDocs, predictions: &predictions)
            spanFields = Self.json(report)
            lines = Self.table(report, articles: articles)
        }
        var speakerJSON: JSON?
        if let speakerGold {
            let scorer = try speakerGold.score(textDirectory: textDirectory, predictions: &predictions)
            speakerJSON = SpeakerEvaluation.json(scorer.counts)
            let misses = verbose ? scorer.misses.map(SpeakerEvaluation.line) : []
            if json {
                misses.forEach(Terminal.note)
            } else {
                if !lines.isEmpty { lines.append("") }
                if !misses.isEmpty { lines += misses + [""] }
                lines += speakerGold.table(scorer.counts)
            }
        }
        if json {
            switch (speakerJSON, gold) {
            case (let s?, nil): Terminal.print(s.serialized())
            case (let s?, _): Terminal.print(JSON.object(spanFields + [("speakers", s)]).serialized())
            case (nil, _): Terminal.print(JSON.object(spanFields).serialized())
            }
        } else {
            lines.forEach(Terminal.print)
        }
    }

    /// The span metrics over GOLD's articles, in file-name order, each against the last
    /// prediction for it (score.py keeps the last line for a file).
    private func scoreSpans(_ goldDocs: [String: [Scorer.Quote]], predictions: inout Predictions) throws(EvalInputError) -> (Int, Scorer.Report) {
        var scorer = Scorer()
        for (name, goldQuotes) in goldDocs.sorted(by: { $0.key < $1.key }) {
            let text = try EvalFiles.text(directory: textDirectory, name: name)
            let quotes = try predictions.record(for: name).map(Self.quotes) ?? []
            scorer.add(text: text, gold: goldQuotes, predicted: quotes)
        }
        return (goldDocs.count, scorer.report)
    }

    static func json(_ r: Scorer.Report) -> [(String, JSON)] {
        func prf(_ p: Scorer.PRF) -> JSON { .array([.double(p.precision), .double(p.recall), .double(p.f1)]) }
        return [
            ("content", prf(r.content)), ("source", prf(r.source)), ("cue", prf(r.cue)), ("quote", prf(r.quote)),
            ("attribution", prf(r.attribution)), ("direct_attribution_recall", .array([.double(r.directAttributionRecall)])),
            ("counts", .object([("gold_quotes", .int(r.quote.gold)), ("pred_quotes", .int(r.quote.predicted)), ("gold_direct", .int(r.directGold))])),
            ("rules", .object(r.byRule.sorted { $0.key < $1.key }.map { rule, p in
                (rule, .object([("predicted", .int(p.predicted)), ("matched", .int(p.tp)), ("precision", .double(p.precision)),
                                ("gold_share", .double(p.recall))]))
            })),
        ]
    }

    static func table(_ r: Scorer.Report, articles: Int) -> [String] {
        func pct(_ x: Double) -> String { String(format: "%5.1f%%", x * 100) }
        var lines = [
            "\(articles) articles, \(r.quote.gold) gold attributions, \(r.quote.predicted) predicted, \(r.directGold) gold direct quotes",
            "",
            "| metric | precision | recall | F1 | target |",
            "|---|---|---|---|---|",
        ]
        let rows: [(String, Scorer.PRF, String)] = [
            ("attribution", r.attribution, "F1 ≥ 65%"), ("quote", r.quote, ""), ("content tokens", r.content, "F1 ≥ 80%"),
            ("source tokens", r.source, "F1 ≥ 75%"), ("cue tokens", r.cue, ""),
        ]
        for (name, p, target) in rows {
            lines.append("| \(name) | \(pct(p.precision)) | \(pct(p.recall)) | \(pct(p.f1)) | \(target) |")
        }
        lines.append("| direct-quote attribution recall | | \(pct(r.directAttributionRecall)) | | ≥ 90% |")
        return lines + ruleTable(r)
    }

    /// The figures by rule, most predictions first: where precision is lost and which
    /// rules find how much of the gold, for deciding what to drop (`--without`).
    static func ruleTable(_ r: Scorer.Report) -> [String] {
        guard !r.byRule.isEmpty else { return [] }
        func pct(_ x: Double) -> String { String(format: "%5.1f%%", x * 100) }
        var lines = ["", "| rule | predicted | matched | precision | share of gold |", "|---|---|---|---|---|"]
        for (rule, p) in r.byRule.sorted(by: { $0.value.predicted != $1.value.predicted ? $0.value.predicted > $1.value.predicted : $0.key < $1.key }) {
            lines.append("| \(rule) | \(p.predicted) | \(p.tp) | \(pct(p.precision)) | \(pct(p.recall)) |")
        }
        return lines
    }

    /// Reads gold JSON Lines into quotes keyed by the article's file name (a later line
    /// for the same article replaces an earlier one, as in score.py).
    static func load(_ path: String) throws(EvalInputError) -> [String: [Scorer.Quote]] {
        var out: [String: [Scorer.Quote]] = [:]
        for (line, object) in try EvalFiles.jsonLines(path) {
            guard let name = EvalFiles.articleName(object) else { throw EvalInputError(path, line: line, "no \"file\" or \"id\"") }
            out[name] = quotes(object)
        }
        return out
    }

    /// The quotes of a gold or predicted record, as spans.
    static func quotes(_ object: [String: Any]) -> [Scorer.Quote] {
        func spans(_ any: Any?) -> [Span] { (any as? [Any] ?? []).compactMap(EvalFiles.span) }
        return (object["quotes"] as? [[String: Any]] ?? []).map { q in
            Scorer.Quote(cue: EvalFiles.span(q["cue"]), sources: spans(q["sources"]), contents: spans(q["contents"]),
                         contentText: (q["contents"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }.joined(),
                         rule: q["rule"] as? String)
        }
    }
}
