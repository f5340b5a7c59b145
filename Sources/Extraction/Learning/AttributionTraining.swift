/// An article with the attributions a reader annotated in it: what the models learn
/// from and what cross-validation scores against.
public struct AnnotatedArticle: Sendable {
    public var name: String
    public var text: String
    public var quotes: [Scorer.Quote]

    public init(name: String, text: String, quotes: [Scorer.Quote]) {
        self.name = name
        self.text = text
        self.quotes = quotes
    }
}

/// How WhoSaid's learned parts are trained, in one place so that `whosaid train` (the
/// shipped weights) and `whosaid eval --cv` (the figure every decision is taken on)
/// run the same procedure: the cue detector first (`train cues`), then the judge of
/// candidates on what the rules propose with that detector (`train judge`). Deterministic: articles are taken in
/// name order and the perceptron's order is fixed.
public enum AttributionTraining {
    public struct Models: Sendable {
        public var cue: CueModel
        public var attribution: AttributionModel
    }

    public static let cueEpochs = 6
    public static let attributionEpochs = 10

    public static func train(_ articles: [AnnotatedArticle], lexicon: Lexicon = .standard,
                             cueThreshold: Double = CueModel.defaultThreshold) -> Models {
        let cue = trainCues(articles, lexicon: lexicon, threshold: cueThreshold)
        return Models(cue: cue, attribution: trainJudge(articles, lexicon: lexicon, cueModel: cue))
    }

    public static func trainCues(_ articles: [AnnotatedArticle], lexicon: Lexicon = .standard,
                                 threshold: Double = CueModel.defaultThreshold) -> CueModel {
        var cueExamples: [([String], Bool)] = []
        for a in articles.sorted(by: { $0.name < $1.name }) {
            cueExamples += CueModel.examples(text: a.text, cues: a.quotes.compactMap(\.cue), lexicon: lexicon)
        }
        return CueModel(perceptron: Perceptron.train(cueExamples, epochs: cueEpochs), threshold: threshold)
    }

    /// The judge, trained on the candidates the rules propose with `cueModel`.
    public static func trainJudge(_ articles: [AnnotatedArticle], lexicon: Lexicon = .standard, cueModel: CueModel?,
                                  ablation: Ablation = .none) -> AttributionModel {
        let sorted = articles.sorted { $0.name < $1.name }
        var examples: [([String], Bool)] = []
        for a in sorted { examples += candidateExamples(a, lexicon: lexicon, cueModel: cueModel, ablation: ablation) }
        return AttributionModel(perceptron: Perceptron.train(examples, epochs: attributionEpochs))
    }

    /// Every candidate of reported speech the rules propose in one article, with its
    /// features and whether it is an attribution the reader annotated (its content matches a gold one as the
    /// scorer matches them, and its source overlaps that one's source).
    public static func candidateExamples(_ article: AnnotatedArticle, lexicon: Lexicon = .standard, cueModel: CueModel?,
                                         ablation: Ablation = .none) -> [([String], Bool)] {
        let doc = Document(text: TextBuffer(article.text), lexicon: lexicon)
        let phrases = Phrases(doc: doc, lexicon: lexicon)
        var finder = AttributionFinder(phrases: phrases, cueModel: cueModel, ablation: ablation)
        let candidates = finder.run()
        let correct = matched(article, predicted: candidates.map { c in
            Scorer.Quote(cue: c.cue.map(doc.span), sources: c.source.map { [doc.span($0)] } ?? [], contents: c.contents.map(doc.span))
        })
        // Only reported speech: the judge does not rule on quoted words (see `AttributionModel.keeps`).
        let context = AttributionModel.Context(finder, candidates)
        return candidates.indices.filter { candidates[$0].kind == .indirect }.map { (AttributionModel.features(context, $0), correct.contains($0)) }
    }

    /// The predicted quotes that count as attributions found, by index.
    static func matched(_ article: AnnotatedArticle, predicted: [Scorer.Quote]) -> Set<Int> {
        let tokens = Scorer.tokens(article.text)
        let gold = article.quotes.map { (Scorer.covered(tokens, by: $0.contents), Scorer.covered(tokens, by: $0.sources)) }
        let pred = predicted.map { (Scorer.covered(tokens, by: $0.contents), Scorer.covered(tokens, by: $0.sources)) }
        var out = Set<Int>()
        for pair in Scorer.match(gold: gold.map(\.0), predicted: pred.map(\.0)) {
            let gs = gold[pair.g].1, ps = pred[pair.p].1
            if !gs.isDisjoint(with: ps) || (gs.isEmpty && ps.isEmpty) { out.insert(pair.p) }
        }
        return out
    }

    /// The fold of each article for k-fold cross-validation by article: articles in name
    /// order, dealt round in turn, so each fold mixes outlets and dates.
    public static func folds(_ articles: [AnnotatedArticle], k: Int) -> [[AnnotatedArticle]] {
        var out = [[AnnotatedArticle]](repeating: [], count: k)
        for (i, a) in articles.sorted(by: { $0.name < $1.name }).enumerated() { out[i % k].append(a) }
        return out
    }

    /// One fold's scores for one cue threshold: the rules alone, then the rules and the
    /// judge at each threshold.
    public struct FoldScores: Sendable {
        public var cueThreshold: Double
        public var rulesOnly = Scorer()
        public var withJudge: [Scorer]
    }

    /// K-fold cross-validation: for each fold, both models are trained on the other
    /// folds exactly as `train` trains the shipped ones, and the fold is scored with
    /// them, without the judge and with it at each of `thresholds`.
    /// Scores come back by fold, then by cue threshold.
    public static func crossValidate(_ articles: [AnnotatedArticle], k: Int, cueThresholds: [Double] = [CueModel.defaultThreshold],
                                     thresholds: [Double], lexicon: Lexicon = .standard, ablation: Ablation = .none,
                                     progress: (Int) -> Void = { _ in }) -> [[FoldScores]] {
        let folds = folds(articles, k: k)
        var out: [[FoldScores]] = []
        for (f, test) in folds.enumerated() {
            progress(f)
            let training = folds.indices.filter { $0 != f }.flatMap { folds[$0] }
            let trainedCues = trainCues(training, lexicon: lexicon)
            out.append(cueThresholds.map { cueThreshold in
                var cues = trainedCues
                cues.threshold = cueThreshold
                let judge = trainJudge(training, lexicon: lexicon, cueModel: cues, ablation: ablation)
                return score(test, lexicon: lexicon, cueModel: cues, judge: judge, cueThreshold: cueThreshold, thresholds: thresholds,
                             ablation: ablation)
            })
        }
        return out
    }

    static func score(_ test: [AnnotatedArticle], lexicon: Lexicon, cueModel: CueModel, judge: AttributionModel,
                      cueThreshold: Double, thresholds: [Double], ablation: Ablation) -> FoldScores {
            let extractor = Extractor(lexicon: lexicon, cueModel: cueModel, attributionModel: nil, ablation: ablation)
            var scores = FoldScores(cueThreshold: cueThreshold, withJudge: thresholds.map { _ in Scorer() })
            for a in test {
                let (attributions, judged) = extractor.extractJudged(a.text, by: judge)
                let quotes = attributions.map { Scorer.Quote(cue: $0.cue, sources: $0.sources, contents: $0.contents) }
                scores.rulesOnly.add(text: a.text, gold: a.quotes, predicted: quotes)
                for (t, threshold) in thresholds.enumerated() {
                    let kept = quotes.indices.filter { judge.keeps(kind: attributions[$0].kind, score: judged[$0], threshold: threshold) }.map { quotes[$0] }
                    scores.withJudge[t].add(text: a.text, gold: a.quotes, predicted: kept)
                }
            }
            return scores
    }
}

extension Extractor {
    /// Every attribution the rules propose, with the judge's score for each, so one
    /// extraction serves every threshold cross-validation tries.
    func extractJudged(_ text: String, by model: AttributionModel) -> ([Attribution], [Double]) {
        let proposed = propose(Document(text: TextBuffer(text), lexicon: lexicon))
        let context = AttributionModel.Context(proposed.finder, proposed.candidates)
        return (proposed.attributions, proposed.candidates.indices.map { model.score(context, $0) })
    }
}
