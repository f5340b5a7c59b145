/// A learned judge of the rules' candidates. The passes propose attributions from what
/// each construction looks like locally; whether a proposal is one a reader would
/// annotate depends on evidence no single pass weighs: the cue's verb with this kind of
/// source, a negation or a modal before the cue, a headline, a content of two words, a
/// cue sitting inside another statement. An averaged perceptron over those features,
/// trained on the candidates of reported speech the rules make on polnear-train
/// (`whosaid train judge`), keeps such a candidate when its score clears the threshold;
/// its threshold and features are chosen by cross-validation (`whosaid eval --cv`).
/// The weights ship as `Lexicons/attribution-model.tsv`.
public struct AttributionModel: Sendable {
    public let perceptron: Perceptron
    /// Candidates scoring at or below this are dropped.
    public var threshold: Double

    /// Chosen by 5-fold cross-validation on polnear-train (see the README's figures).
    public static let defaultThreshold = -6.0

    public init(perceptron: Perceptron, threshold: Double = AttributionModel.defaultThreshold) {
        self.perceptron = perceptron
        self.threshold = threshold
        self.hashed = HashedWeights(perceptron)
    }

    /// The shipped model, or nil when the build carries none.
    public static let standard: AttributionModel? = HashedWeights.embedded("attribution-model.tsv").map { AttributionModel(perceptron: $0) }

    private let hashed: HashedWeights

    /// What the features of one article's candidates read: the rules' state, the
    /// candidates, and how many contents cover each token (so 'inside another
    /// statement' is a look-up, not a scan of every other candidate).
    struct Context {
        let finder: AttributionFinder
        let candidates: [Candidate]
        let coverage: [UInt16]

        init(_ finder: AttributionFinder, _ candidates: [Candidate]) {
            self.finder = finder
            self.candidates = candidates
            var coverage = [UInt16](repeating: 0, count: finder.doc.tokens.count)
            for c in candidates { for r in c.contents { for k in r { coverage[k] &+= 1 } } }
            self.coverage = coverage
        }
    }

    func score(_ context: Context, _ k: Int) -> Double {
        var sink = hashed.sink
        Self.features(context, k, into: &sink)
        return sink.score
    }

    /// Which candidates to keep.
    func keeps(_ finder: AttributionFinder, _ candidates: [Candidate]) -> [Bool] {
        let context = Context(finder, candidates)
        return candidates.indices.map { k in
            candidates[k].kind != .indirect || keeps(kind: candidates[k].kind, score: score(context, k), threshold: threshold)
        }
    }

    /// The judge rules on reported speech only: a candidate holding quoted words is kept
    /// whatever it scores. Under cross-validation on polnear-train, judging those too
    /// cost 0.6 point of direct-quote recall for no gain in attribution F1.
    func keeps(kind: QuoteKind, score: Double, threshold: Double) -> Bool {
        kind != .indirect || score > threshold
    }

    static func features(_ context: Context, _ k: Int) -> [String] {
        var sink = FeatureStrings()
        features(context, k, into: &sink)
        return sink.features
    }

    static func features<Sink: FeatureSink>(_ context: Context, _ k: Int, into f: inout Sink) {
        let finder = context.finder, candidates = context.candidates
        let doc = finder.doc, phrases = finder.phrases, tokens = doc.tokens
        let c = candidates[k]
        let kind = c.kind.rawValue
        f.add("r=", c.rule)
        f.add("k=", kind)
        f.add("r+k=", c.rule, "|", kind)

        // The cue: its verb's lemma and class, and what stands just before it.
        var lemma = "none"
        if let cue = c.cue {
            let verb = cue.first(where: { finder.cueForm($0) != nil }) ?? cue.lowerBound
            if let form = finder.cueForm(verb) {
                lemma = form.lemma
                f.add("cc=", form.cueClass.rawValue)
                if phrases.cueForm(verb) == nil { f.add("learned") }
            }
            f.add("cuelen=", bucket(cue.count, [1, 2, 3]))
            let sentence = doc.sentence(of: verb)
            for j in max(sentence.lowerBound, verb - 3)..<verb {
                switch phrases.info[j].wordClass {
                case .neg: f.add("neg-before")
                case .aux: f.add("aux=", tokens[j].lower)
                default: if tokens[j].lower == "to" { f.add("to-before") }
                }
            }
            if verb == sentence.lowerBound { f.add("cue-first-word") }
            if doc.quoteOf[verb] >= 0 { f.add("cue-in-quote") }
            if doc.isHeadlineParagraph[Int(doc.paragraphOf[verb])] { f.add("headline") }
            // A cue that lies inside another candidate's content (a candidate's own spans never overlap).
            let own = c.contents.contains { $0.contains(verb) } ? 1 : 0
            if Int(context.coverage[verb]) > own { f.add("cue-in-content") }
            if let first = c.contents.first {
                let gap = first.lowerBound >= cue.upperBound ? first.lowerBound - cue.upperBound : -1
                let order = first.lowerBound >= cue.upperBound ? "after" : (c.contents.last!.upperBound <= cue.lowerBound ? "before" : "around")
                f.add("order=", order)
                f.add("gap=", gap < 0 ? "-" : bucket(gap, [0, 1, 2, 4, 8]))
                f.add("r+order=", c.rule, "|", order)
            }
        } else {
            f.add("nocue")
        }
        f.add("l=", lemma)
        f.add("l+k=", lemma, "|", kind)
        f.add("r+l=", c.rule, "|", lemma)

        // The source: none, a pronoun, a name, a role or another noun phrase.
        let shape: String
        if c.inheritsFrom != nil {
            shape = "inherited"
        } else if let src = c.source, let head = src.last(where: { tokens[$0].kind == .word }) {
            if let role = phrases.info[head].pronounRole {
                shape = "pron-" + role.rawValue
                f.add("pron=", tokens[head].lower)
            } else if tokens[head].isCapitalized && !(head == doc.sentence(of: head).lowerBound) {
                shape = "name"
            } else if phrases.info[head].title != nil || phrases.info[head].isSourceNoun {
                shape = "role"
            } else {
                shape = tokens[head].isCapitalized ? "cap" : "noun"
            }
            f.add("srclen=", bucket(src.count, [1, 2, 3, 5, 8]))
            if !tokens[head].isCapitalized { f.add("sh=", tokens[head].lower) }
            if let cue = c.cue {
                let gap = src.upperBound <= cue.lowerBound ? cue.lowerBound - src.upperBound : -1
                f.add("srcgap=", gap < 0 ? "after" : bucket(gap, [0, 1, 3, 6]))
            }
        } else {
            shape = "none"
        }
        f.add("s=", shape)
        f.add("r+s=", c.rule, "|", shape)
        f.add("l+s=", lemma, "|", shape)
        f.add("k+s=", kind, "|", shape)

        // The content: how long, in how many parts, how it opens and ends.
        let length = c.contents.reduce(0) { $0 + $1.count }
        let lengthBucket = bucket(length, [2, 4, 8, 16, 32, 64])
        f.add("len=", lengthBucket)
        f.add("k+len=", kind, "|", lengthBucket)
        f.add("parts=", bucket(c.contents.count, [1, 2]))
        if let first = c.contents.first, !first.isEmpty {
            let opener = tokens[first.lowerBound]
            if opener.kind == .quote { f.add("open=quote") } else if opener.kind == .word {
                f.add("open=", phrases.info[first.lowerBound].wordClass.map(\.rawValue) ?? (opener.isCapitalized ? "cap" : "word"))
                if !opener.isCapitalized { f.add("open-word=", opener.lower) }
            }
        }
        if let last = c.contents.last, !last.isEmpty {
            let end = last.upperBound
            let sentence = doc.sentence(of: last.upperBound - 1)
            if end >= sentence.upperBound - 1 { f.add("to-sentence-end") }
            if tokens[end - 1].lower == "?" || (end < tokens.count && tokens[end].lower == "?") { f.add("question") }
        }
        if c.contents.contains(where: { r in r.contains { context.coverage[$0] > 1 } }) { f.add("content-overlap") }
    }

    /// The first bound a value is at or under, as text ('≤4'), or '>' the last.
    static func bucket(_ value: Int, _ bounds: [Int]) -> String {
        for b in bounds where value <= b { return "≤\(b)" }
        return ">\(bounds.last!)"
    }
}
