import ArgumentParser
import Extraction
import Foundation

extension EvalCommand {
    /// `eval --cv K`: the figure every decision about the learned parts is taken on.
    func crossValidate(folds k: Int) throws {
        guard let gold else { return }
        let thresholds = try thresholdValues()
        let lexicon = try extraction.extractor().lexicon
        var articles: [AnnotatedArticle] = []
        for (name, quotes) in try Self.load(gold).sorted(by: { $0.key < $1.key }) {
            articles.append(AnnotatedArticle(name: name, text: try EvalFiles.text(directory: textDirectory, name: name), quotes: quotes))
        }
        guard articles.count >= k else { throw EvalInputError(gold, "\(articles.count) articles cannot be dealt into \(k) folds") }
        let cueThresholds = try Self.numbers(cueThresholdList, option: "--cue-thresholds")
        let folds = AttributionTraining.crossValidate(articles, k: k, cueThresholds: cueThresholds, thresholds: thresholds, lexicon: lexicon,
                                                      ablation: try ablation()) { f in
            Terminal.note("fold \(f + 1) of \(k): training on the other \(k - 1)…")
        }
        var rows: [(String, [Scorer.Report])] = []
        for (c, cueThreshold) in cueThresholds.enumerated() {
            let cue = cueThresholds.count > 1 ? "cues > \(cueThreshold), " : ""
            rows.append(("\(cue)rules alone", folds.map { $0[c].rulesOnly.report }))
            for (t, threshold) in thresholds.enumerated() {
                rows.append(("\(cue)judge > \(threshold)", folds.map { $0[c].withJudge[t].report }))
            }
        }
        let without = without.isEmpty ? "" : ", without \(without.joined(separator: ","))"
        Terminal.print("\(articles.count) articles, \(k)-fold cross-validation by article\(without): mean ± standard deviation over the folds")
        Terminal.print("")
        Terminal.print("| configuration | attribution P | attribution R | attribution F1 | direct-quote recall | content F1 | source F1 |")
        Terminal.print("|---|---|---|---|---|---|---|")
        for (name, reports) in rows {
            func cell(_ value: (Scorer.Report) -> Double) -> String {
                let xs = reports.map(value)
                let mean = xs.reduce(0, +) / Double(xs.count)
                let sd = (xs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(max(1, xs.count - 1))).squareRoot()
                return String(format: "%5.1f%% ± %.1f", 100 * mean, 100 * sd)
            }
            Terminal.print("| \(name) | \(cell { $0.attribution.precision }) | \(cell { $0.attribution.recall }) | \(cell { $0.attribution.f1 }) | \(cell(\.directAttributionRecall)) | \(cell { $0.content.f1 }) | \(cell { $0.source.f1 }) |")
        }
    }
}
