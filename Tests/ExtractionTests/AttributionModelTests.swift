import Testing
@testable import Extraction

/// The judge of the rules' candidates: what it learns from, what it may not touch, and
/// that training it is reproducible.
@Suite("Attribution judge")
struct AttributionModelTests {
    /// An article whose 'said' sentence is annotated and whose 'hopes' sentence is not:
    /// annotators of a corpus that never counts hopes as attributions.
    static func article(_ n: Int, speaker: String, other: String) -> AnnotatedArticle {
        let said = "\(speaker) said the plan would fail by spring."
        let hopes = "\(other) hopes the vote will pass next week."
        let text = "Report \(n)\n\n\(said) \(hopes)\n"
        func span(_ part: String, in sentence: String) -> Span {
            let s = text.unicodeScalars
            let sentenceStart = s.distance(from: s.startIndex, to: text.range(of: sentence)!.lowerBound.samePosition(in: s)!)
            let inner = sentence.range(of: part)!
            let offset = sentence.unicodeScalars.distance(from: sentence.unicodeScalars.startIndex, to: inner.lowerBound.samePosition(in: sentence.unicodeScalars)!)
            return Span(sentenceStart + offset, sentenceStart + offset + part.unicodeScalars.count)
        }
        let quote = Scorer.Quote(cue: span("said", in: said), sources: [span(speaker, in: said)],
                                 contents: [span("the plan would fail by spring", in: said)])
        return AnnotatedArticle(name: "a\(n).txt", text: text, quotes: [quote])
    }

    static let people = [("Smith", "Jones"), ("Brown", "Green"), ("Taylor", "Moore"), ("Clark", "Lewis"), ("Walker", "Young"),
                         ("Allen", "King"), ("Wright", "Scott"), ("Hill", "Adams"), ("Baker", "Nelson"), ("Carter", "Mitchell")]
    static let articles = people.enumerated().map { article($0.offset, speaker: $0.element.0, other: $0.element.1) }

    @Test("it learns to drop what the annotators never counted, and keeps what they did")
    func learnsFromLabels() throws {
        let models = AttributionTraining.train(Self.articles)
        let text = "Report\n\nPerez said the law was wrong from the start. Ramirez hopes the bill will pass before the summer.\n"
        // The lexicon's cues alone (ten articles teach the cue detector little), and a
        // threshold on the scale of a judge trained on twenty candidates.
        var judge = models.attribution
        judge.threshold = 0
        let rulesAlone = Extractor(cueModel: nil, attributionModel: nil).extract(text).attributions
        let judged = Extractor(cueModel: nil, attributionModel: judge).extract(text).attributions
        let cues = { (a: [Attribution]) in a.compactMap { $0.cue.map { TextBuffer(text).text($0) } } }
        // The rules propose both; the judge keeps only the kind of report it was shown as annotated.
        #expect(cues(rulesAlone) == ["said", "hopes"])
        #expect(cues(judged) == ["said"])
    }

    @Test("training is deterministic: the same articles give the same weights")
    func deterministic() {
        let a = AttributionTraining.train(Self.articles), b = AttributionTraining.train(Self.articles.reversed())
        #expect(a.attribution.perceptron.serialized(header: "") == b.attribution.perceptron.serialized(header: ""))
        #expect(a.cue.perceptron.serialized(header: "") == b.cue.perceptron.serialized(header: ""))
        #expect(!a.attribution.perceptron.weights.isEmpty)
    }

    @Test("quoted words are never judged; reported speech is, against the threshold")
    func quotedWordsStay() throws {
        let model = try #require(AttributionModel.standard, "the shipped judge is embedded")
        #expect(model.keeps(kind: .direct, score: -1000, threshold: model.threshold))
        #expect(model.keeps(kind: .mixed, score: -1000, threshold: model.threshold))
        #expect(!model.keeps(kind: .indirect, score: -1000, threshold: model.threshold))
        #expect(model.keeps(kind: .indirect, score: model.threshold + 0.5, threshold: model.threshold))
    }

    @Test("cross-validation deals articles into folds by name and scores every fold")
    func crossValidation() {
        let folds = AttributionTraining.folds(Self.articles, k: 3)
        #expect(folds.map(\.count) == [4, 3, 3])
        #expect(Set(folds.flatMap { $0.map(\.name) }) == Set(Self.articles.map(\.name)))
        let scores = AttributionTraining.crossValidate(Self.articles, k: 2, thresholds: [-1000, 0])
        #expect(scores.count == 2)
        for fold in scores {
            let gold = fold[0].rulesOnly.report.attribution.gold
            #expect(gold == 5)
            // The rules alone find both sentences; a judge that keeps everything changes nothing.
            #expect(fold[0].rulesOnly.report.attribution.predicted == 10)
            #expect(fold[0].withJudge[0].report == fold[0].rulesOnly.report)
            #expect(fold[0].withJudge[1].report.attribution.predicted == 5)
            #expect(fold[0].withJudge[1].report.attribution.tp == 5)
        }
    }
}
