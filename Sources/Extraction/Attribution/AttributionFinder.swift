/// An attribution while it is being built, in token ranges.
struct Candidate {
    var cue: Range<Int>?
    var source: Range<Int>?
    var contents: [Range<Int>]
    var kind: QuoteKind
    /// The rule that decided it.
    var decidedBy: AttributionRule
    /// Index of an earlier candidate whose speaker this one takes over.
    var inheritsFrom: Int?

    /// The rule's id as `whosaid extract` prints it, for what reads candidates as text (the
    /// learned judge's features).
    var rule: String { decidedBy.rawValue }

    init(cue: Range<Int>?, source: Range<Int>?, contents: [Range<Int>], kind: QuoteKind, rule: AttributionRule, inheritsFrom: Int? = nil) {
        self.cue = cue
        self.source = source
        self.contents = contents
        self.kind = kind
        self.decidedBy = rule
        self.inheritsFrom = inheritsFrom
    }
}

/// Finds attributions with ordered, named passes (as CoreNLP's quote attribution
/// does with its sieves): each pass claims the quotes and cues it is sure of, and
/// later passes only see what is left. The order is one declared list (`sieves`), what
/// has been claimed is one value (`Claims`), and every attribution records the rule
/// (`AttributionRule`) that decided it, so a rule can be measured and left out alone.
///
/// The passes live in extensions, a file per group (`+DirectQuotes`, `+ReportedSpeech`
/// with its `+ReportConstructions`, `+Speakers`, `+ContentBoundaries`, `+LaterPasses`);
/// the finder's working state is therefore internal to the module rather than private,
/// and only `run()` is meant to be called from outside.
struct AttributionFinder {
    let doc: Document
    let lexicon: Lexicon
    let phrases: Phrases

    var candidates: [Candidate] = []
    /// The quotes and tokens claimed so far, and the candidates taken back.
    var claims = Claims()
    /// Rules and passes left out (`whosaid eval --without`).
    let ablation: Ablation
    /// Whether `ablation` leaves anything out: tested before the set on every `add`.
    let ablating: Bool
    /// The candidates whose cue lies in each sentence, in the order found, for
    /// participles ('…, adding that').
    var candidatesBySentence: [Int32: [Int]] = [:]
    /// Tokens the learned cue model marks as cues that the lexicon does not know.
    var learnedCues: Set<Int>
    /// Verbs the model scores below its threshold but not far below, with a double
    /// quotation later in their sentence: a cue if that quotation is left unclaimed
    /// (see `quotedReports`).
    let quoteCues: [Int]
    /// The same verbs, for look-up: 'and encouraged Americans to “check out” …' ends
    /// the clause a report before it holds.
    let quoteCueSet: Set<Int>
    /// The verbs `quotedReports` made cues, for the rule names.
    var quoteEvidence = Set<Int>()

    init(phrases: Phrases, cueModel: CueModel? = CueModel.standard, ablation: Ablation = .none) {
        self.ablation = ablation
        self.ablating = !ablation.isEmpty
        let doc = phrases.doc
        self.doc = doc
        self.lexicon = phrases.lexicon
        self.phrases = phrases
        var learned = Set<Int>()
        var quoted: [Int] = []
        if let model = cueModel {
            let quoteThreshold = model.quoteThreshold
            for i in doc.tokens.indices where phrases.cueForm(i) == nil && CueModel.isCandidate(doc, phrases, i) {
                let score = model.score(doc, phrases, i)
                if score > model.threshold {
                    learned.insert(i)
                } else if score > quoteThreshold, Self.doubleQuoteFollows(i, in: doc) {
                    quoted.append(i)
                }
            }
        }
        self.learnedCues = learned
        self.quoteCues = quoted
        self.quoteCueSet = Set(quoted)
    }

    /// The cue at token i: from the lexicon, or a verb the learned model recognised.
    func cueForm(_ i: Int) -> Lexicon.CueForm? {
        if let form = phrases.cueForm(i) { return form }
        return learnedCues.contains(i) ? Lexicon.CueForm(lemma: tokens[i].lower, cueClass: .stance) : nil
    }

    var tokens: [Token] { doc.tokens }

    /// A double quotation opens after token i in its sentence.
    static func doubleQuoteFollows(_ i: Int, in doc: Document) -> Bool {
        let sentence = doc.sentence(of: i)
        for k in (i + 1)..<sentence.upperBound where doc.quoteOf[k] >= 0 {
            let q = doc.quotes[Int(doc.quoteOf[k])]
            if q.open == k, q.isDouble { return true }
        }
        return false
    }

    /// The passes in the order they run. `completeQuotes` runs twice: after the passes
    /// that find quotations with their cues, and again after the ones that found more.
    static let sieves: [AttributionPass] = [
        .directWithTrailingCue,
        .directWithLeadingCue,
        .accordingTo,
        .reportedSpeech,
        .headlineColon,
        .pollFindings,
        .completeQuotes,
        .followingQuotes,
        .continuedQuotes,
        .quotedReports,
        .nominalReports,
        .completeQuotes,
        .quotationInClause,
        .dropNestedWeakCues,
    ]

    mutating func run() -> [Candidate] {
        for pass in Self.sieves where !(ablating && ablation.skips(pass)) { pass.apply(to: &self) }
        // Document order, with inheritance links renumbered to match.
        let order = candidates.indices.sorted { (candidates[$0].contents.first?.lowerBound ?? 0) < (candidates[$1].contents.first?.lowerBound ?? 0) }
        var position = [Int](repeating: 0, count: candidates.count)
        for (new, old) in order.enumerated() { position[old] = new }
        return order.map { old in
            var c = candidates[old]
            c.inheritsFrom = c.inheritsFrom.map { position[$0] }
            return c
        }
    }

    /// 'Obama said he expected that Americans will say “no” to …', 'the Security Council
    /// pledged to impose sanctions on what it called “a clear threat …”': a quotation
    /// inside the clause an attribution reports is part of what that attribution
    /// reports. PolNeAR never nests one attribution inside another's content, and the
    /// outer one is the report the writer makes, so the inner candidates that an earlier
    /// pass built from the nearer cue give way. True when every claimed quotation in
    /// `content` belongs to such an inner candidate, which are then dropped.
    mutating func absorbNested(in content: Range<Int>) -> Bool {
        var inner: [Int] = []
        for q in quotesInside(content) where claims.quotes.contains(q) {
            let open = doc.quotes[q].open
            guard let k = candidates.indices.first(where: { k in !claims.dropped.contains(k) && candidates[k].contents.contains { $0.contains(open) } }),
                  let cue = candidates[k].cue, content.contains(cue.lowerBound), candidates[k].inheritsFrom == nil,
                  candidates[k].contents.allSatisfy({ $0.lowerBound >= content.lowerBound && $0.upperBound <= content.upperBound }),
                  candidates[k].source.map({ content.contains($0.lowerBound) }) ?? true,
                  // A quotation before its own cue ('“…,” he said') is a statement of its own,
                  // and so is one a cue sets off with a comma or colon ('…, Trump boasted, “…”').
                  candidates[k].contents.allSatisfy({ $0.lowerBound >= cue.upperBound }),
                  !(cue.upperBound + 1 == open && (phrases.isPunct(cue.upperBound, ",") || phrases.isPunct(cue.upperBound, ":"))),
                  // 'what it calls “…”', 'which he called “…”': annotators give a relative
                  // clause's words to its own speaker.
                  !isRelativeCue(cue, source: candidates[k].source) else { return false }
            if !inner.contains(k) { inner.append(k) }
        }
        if inner.isEmpty { return false }
        // The quotes stay used: the outer attribution holds them now.
        for k in inner { claims.drop(candidate: k) }
        return true
    }

    /// The cue of a relative clause: 'what it calls', 'which he described as', 'who said'.
    func isRelativeCue(_ cue: Range<Int>, source: Range<Int>?) -> Bool {
        let first = source.map { min($0.lowerBound, cue.lowerBound) } ?? cue.lowerBound
        for k in max(0, first - 2)...first where lexicon.words(.relativeCueOpeners).contains(tokens[k].lower) { return true }
        return false
    }

    /// An attribution whose cue sits inside another's content is kept only when its
    /// verb is one of saying: 'X says she’ll continue …' is one attribution, not two;
    /// 'X said Y told him …' is two.
    mutating func dropNestedWeakCues() {
        // For each token, how many contents cover it (content spans of one candidate never overlap).
        var coverage = [UInt16](repeating: 0, count: tokens.count)
        for (i, c) in candidates.enumerated() where !claims.dropped.contains(i) { for r in c.contents { for k in r { coverage[k] &+= 1 } } }
        var keep = candidates.indices.map { !claims.dropped.contains($0) }
        for (i, c) in candidates.enumerated() where keep[i] {
            guard let cue = c.cue, c.inheritsFrom == nil else { continue }
            let verb = cue.first(where: { cueForm($0) != nil }) ?? cue.lowerBound
            let lemma = cueForm(verb)?.lemma ?? ""
            if sayingLemmas.contains(lemma) || lemma == "according" { continue }
            let own = c.contents.contains { $0.contains(verb) } ? 1 : 0
            if Int(coverage[verb]) > own { keep[i] = false }
        }
        if keep.allSatisfy({ $0 }) { return }
        // Keep inheritance links valid: renumber the survivors.
        var newIndex = [Int?](repeating: nil, count: candidates.count)
        var kept: [Candidate] = []
        for (i, c) in candidates.enumerated() where keep[i] {
            newIndex[i] = kept.count
            kept.append(c)
        }
        candidates = kept.map { c in
            var c = c
            c.inheritsFrom = c.inheritsFrom.flatMap { newIndex[$0] }
            return c
        }
    }

    // MARK: Helpers

    func quoteRange(_ q: Int) -> Range<Int> { doc.range(of: doc.quotes[q]) }

    func isStrongCue(_ i: Int) -> Bool {
        phrases.cueForm(i)?.cueClass.isStrong ?? false
    }

    func isAnyCue(_ i: Int) -> Bool { cueForm(i) != nil }

    /// The cue's token range: auxiliaries before, a cue phrase after ('said in a statement').
    func cueRange(verb i: Int, floor: Int, ceiling: Int) -> Range<Int> {
        let start = phrases.extendCueLeft(i, floor: floor)
        // A phrase that starts at the verb: 'went on to say', 'said in a statement'.
        let end = i + (phrases.cuePhraseLength(at: i, limit: ceiling) ?? 1)
        return start..<end
    }

    /// Adds a candidate and claims its cue, source and quotes; a candidate of a rule
    /// the ablation leaves out is not added and claims nothing.
    mutating func add(_ c: Candidate, quotes: [Int] = []) {
        if ablating, ablation.rules.contains(c.decidedBy) { return }
        if let cue = c.cue {
            candidatesBySentence[doc.sentenceOf[cue.lowerBound], default: []].append(candidates.count)
            trial?.sentences.append(doc.sentenceOf[cue.lowerBound])
        }
        for q in quotes { claims.claim(quote: q) }
        if let cue = c.cue { claims.claim(tokens: cue) }
        if let source = c.source { claims.claim(tokens: source) }
        candidates.append(c)
    }

    /// What `add` changed in the finder's own tables since a trial began; the claims keep
    /// their own log (see `quotedReports`).
    struct Trial {
        var count: Int
        var sentences: [Int32] = []
    }
    var trial: Trial?

    mutating func beginTrial() {
        trial = Trial(count: candidates.count)
        claims.beginTrial()
    }

    /// Ends the trial, keeping what it added, or taking it all back.
    mutating func endTrial(keep: Bool) {
        guard let t = trial else { return }
        trial = nil
        let log = claims.endTrial()
        if keep { return }
        candidates.removeLast(candidates.count - t.count)
        for key in t.sentences { candidatesBySentence[key]?.removeLast() }
        claims.rollBack(log)
    }

    /// Whether the tokens of a range contain an unused double quote region, for the kind.
    func kind(of content: [Range<Int>]) -> QuoteKind {
        var hasQuote = false
        var allQuote = true
        for r in content {
            for i in r {
                if doc.quoteOf[i] >= 0, doc.quotes[Int(doc.quoteOf[i])].isDouble || doc.quotes[Int(doc.quoteOf[i])].isClosed {
                    hasQuote = true
                } else if tokens[i].kind != .punctuation {
                    allQuote = false
                }
            }
        }
        return hasQuote ? (allQuote ? .direct : .mixed) : .indirect
    }

    /// The quote regions whose tokens lie inside `range`.
    func quotesInside(_ range: Range<Int>) -> [Int] {
        var out: [Int] = []
        for i in range where doc.quoteOf[i] >= 0 {
            let q = Int(doc.quoteOf[i])
            if out.last != q { out.append(q) }
        }
        return out
    }
}
