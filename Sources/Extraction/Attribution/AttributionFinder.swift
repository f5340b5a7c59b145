/// An attribution while it is being built, in token ranges.
struct Candidate {
    var cue: Range<Int>?
    var source: Range<Int>?
    var contents: [Range<Int>]
    var kind: QuoteKind
    var rule: String
    /// Index of an earlier candidate whose speaker this one takes over.
    var inheritsFrom: Int?
}

/// Finds attributions with ordered, named passes (as CoreNLP's quote attribution
/// does with its sieves): each pass claims the quotes and cues it is sure of, and
/// later passes only see what is left. Every attribution records its pass.
struct AttributionFinder {
    let doc: Document
    let lexicon: Lexicon
    let phrases: Phrases

    private var candidates: [Candidate] = []
    /// Quote regions already attributed.
    private var usedQuotes = Set<Int>()
    /// Tokens already used as a cue or source.
    private var usedTokens = Set<Int>()
    /// The candidates whose cue lies in each sentence, in the order found, for
    /// participles ('…, adding that').
    private var candidatesBySentence: [Int32: [Int]] = [:]
    /// Tokens the learned cue model marks as cues that the lexicon does not know.
    private var learnedCues: Set<Int>
    /// Verbs the model scores below its threshold but not far below, with a double
    /// quotation later in their sentence: a cue if that quotation is left unclaimed
    /// (see `quotedReports`).
    private let quoteCues: [Int]
    /// The same verbs, for look-up: 'and encouraged Americans to “check out” …' ends
    /// the clause a report before it holds.
    private let quoteCueSet: Set<Int>
    /// The verbs `quotedReports` made cues, for the rule names.
    private var quoteEvidence = Set<Int>()

    init(phrases: Phrases, cueModel: CueModel? = CueModel.standard) {
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
    private func cueForm(_ i: Int) -> Lexicon.CueForm? {
        if let form = phrases.cueForm(i) { return form }
        return learnedCues.contains(i) ? Lexicon.CueForm(lemma: tokens[i].lower, cueClass: .stance) : nil
    }

    var tokens: [Token] { doc.tokens }

    /// A double quotation opens after token i in its sentence.
    private static func doubleQuoteFollows(_ i: Int, in doc: Document) -> Bool {
        let sentence = doc.sentence(of: i)
        for k in (i + 1)..<sentence.upperBound where doc.quoteOf[k] >= 0 {
            let q = doc.quotes[Int(doc.quoteOf[k])]
            if q.open == k, q.isDouble { return true }
        }
        return false
    }

    mutating func run() -> [Candidate] {
        directWithTrailingCue()
        directWithLeadingCue()
        accordingTo()
        reportedSpeech()
        headlineColon()
        pollFindings()
        completeQuotes()
        followingQuotes()
        continuedQuotes()
        quotedReports()
        nominalReports()
        completeQuotes()
        quotationInClause()
        dropNestedWeakCues()
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

    /// Candidates taken back by a later pass (see `absorbNested`).
    private var dropped = Set<Int>()

    /// 'Obama said he expected that Americans will say “no” to …', 'the Security Council
    /// pledged to impose sanctions on what it called “a clear threat …”': a quotation
    /// inside the clause an attribution reports is part of what that attribution
    /// reports. PolNeAR never nests one attribution inside another's content, and the
    /// outer one is the report the writer makes, so the inner candidates that an earlier
    /// pass built from the nearer cue give way. True when every claimed quotation in
    /// `content` belongs to such an inner candidate, which are then dropped.
    private mutating func absorbNested(in content: Range<Int>) -> Bool {
        var inner: [Int] = []
        for q in quotesInside(content) where usedQuotes.contains(q) {
            let open = doc.quotes[q].open
            guard let k = candidates.indices.first(where: { k in !dropped.contains(k) && candidates[k].contents.contains { $0.contains(open) } }),
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
        for k in inner where dropped.insert(k).inserted { undo?.dropped.append(k) }
        return true
    }

    /// The cue of a relative clause: 'what it calls', 'which he described as', 'who said'.
    private func isRelativeCue(_ cue: Range<Int>, source: Range<Int>?) -> Bool {
        let first = source.map { min($0.lowerBound, cue.lowerBound) } ?? cue.lowerBound
        for k in max(0, first - 2)...first where ["what", "which", "who", "whom"].contains(tokens[k].lower) { return true }
        return false
    }

    /// An attribution whose cue sits inside another's content is kept only when its
    /// verb is one of saying: 'X says she’ll continue …' is one attribution, not two;
    /// 'X said Y told him …' is two.
    private mutating func dropNestedWeakCues() {
        // For each token, how many contents cover it (content spans of one candidate never overlap).
        var coverage = [UInt16](repeating: 0, count: tokens.count)
        for (i, c) in candidates.enumerated() where !dropped.contains(i) { for r in c.contents { for k in r { coverage[k] &+= 1 } } }
        var keep = candidates.indices.map { !dropped.contains($0) }
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

    private func quoteRange(_ q: Int) -> Range<Int> { doc.range(of: doc.quotes[q]) }

    private func isStrongCue(_ i: Int) -> Bool {
        phrases.cueForm(i)?.cueClass.isStrong ?? false
    }

    private func isAnyCue(_ i: Int) -> Bool { cueForm(i) != nil }

    /// The cue's token range: auxiliaries before, a cue phrase after ('said in a statement').
    private func cueRange(verb i: Int, floor: Int, ceiling: Int) -> Range<Int> {
        let start = phrases.extendCueLeft(i, floor: floor)
        // A phrase that starts at the verb: 'went on to say', 'said in a statement'.
        let end = i + (phrases.cuePhraseLength(at: i, limit: ceiling) ?? 1)
        return start..<end
    }

    private mutating func add(_ c: Candidate, quotes: [Int] = []) {
        if let cue = c.cue {
            candidatesBySentence[doc.sentenceOf[cue.lowerBound], default: []].append(candidates.count)
            undo?.sentences.append(doc.sentenceOf[cue.lowerBound])
        }
        for q in quotes where usedQuotes.insert(q).inserted { undo?.quotes.append(q) }
        for k in (c.cue ?? 0..<0) where usedTokens.insert(k).inserted { undo?.tokens.append(k) }
        for k in (c.source ?? 0..<0) where usedTokens.insert(k).inserted { undo?.tokens.append(k) }
        candidates.append(c)
    }

    /// What `add` and `absorbNested` changed since a trial began, so a trial candidate
    /// can be taken back without copying the whole state (see `quotedReports`).
    private struct UndoLog {
        var count: Int
        var sentences: [Int32] = []
        var quotes: [Int] = []
        var tokens: [Int] = []
        var dropped: [Int] = []
    }
    private var undo: UndoLog?

    private mutating func rollBack(_ log: UndoLog) {
        candidates.removeLast(candidates.count - log.count)
        for key in log.sentences { candidatesBySentence[key]?.removeLast() }
        for q in log.quotes { usedQuotes.remove(q) }
        for k in log.tokens { usedTokens.remove(k) }
        for d in log.dropped { dropped.remove(d) }
    }

    /// Whether the tokens of a range contain an unused double quote region, for the kind.
    private func kind(of content: [Range<Int>]) -> QuoteKind {
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
    private func quotesInside(_ range: Range<Int>) -> [Int] {
        var out: [Int] = []
        for i in range where doc.quoteOf[i] >= 0 {
            let q = Int(doc.quoteOf[i])
            if out.last != q { out.append(q) }
        }
        return out
    }

    // MARK: Pass 1 — “…,” he said / “…,” said Atmar / “A,” he said, “B.”

    private mutating func directWithTrailingCue() {
        var found: [Int: (cue: Range<Int>, source: Range<Int>)] = [:]
        for (qi, q) in doc.quotes.enumerated() where q.isDouble && q.isClosed && !usedQuotes.contains(qi) {
            if let a = trailingAttribution(of: qi) { found[qi] = a }
        }
        for qi in found.keys.sorted() {
            guard let a = found[qi], !usedQuotes.contains(qi) else { continue }
            // 'McCaskill scolded him: “…,” she said': a pronoun after the quotation only
            // repeats the speaker the sentence named before it; the leading cue (pass 2)
            // names the speaker as a reader takes it.
            // (Only when the comma sits inside the quotation, the shape pass 2 reads so.)
            if a.source.count == 1, phrases.isPronoun(a.source.lowerBound), let close = doc.quotes[qi].close, endsWithComma(close),
               namedLeadingCue(before: doc.quotes[qi].open) { continue }
            let contents = [leadIn(to: qi)]
            let used = [qi]
            add(Candidate(cue: a.cue, source: a.source, contents: contents, kind: .direct, rule: "direct.trailing-cue"), quotes: used)
        }
    }

    /// A cue with a named subject right before the quotation that opens at `open`:
    /// 'Feinstein said “…', 'McCaskill scolded him: “…' (at most a short object and a
    /// colon or comma between them).
    private func namedLeadingCue(before open: Int) -> Bool {
        let sentenceStart = doc.sentence(of: open).lowerBound
        var e = open
        if e > sentenceStart, phrases.isPunct(e - 1, ":") || phrases.isPunct(e - 1, ",") { e -= 1 }
        guard e > sentenceStart else { return false }
        for v in stride(from: e - 1, through: max(sentenceStart, e - 3), by: -1) {
            if doc.quoteOf[v] >= 0 || tokens[v].kind != .word { return false }
            guard isAnyCue(v), !usedTokens.contains(v), !tokens[v].lower.hasSuffix("ing") else { continue }
            let start = phrases.skipAdjunctsLeft(phrases.extendCueLeft(v, floor: sentenceStart), floor: sentenceStart)
            // A name ('Feinstein', 'Sen. Claire McCaskill (D-Mo.)'), and a verb of saying or
            // a mark that sets the quotation off ('tossed “cold water …”' is no cue).
            guard let np = phrases.singleSubjectLeft(start, floor: sentenceStart), np.upperBound == start,
                  !phrases.isPronoun(np.lowerBound), tokens[np.upperBound - 1].isCapitalized || tokens[np.upperBound - 1].lower == ")",
                  e < open || sayingLemmas.contains(cueForm(v)?.lemma ?? "") else { return false }
            // Between the verb and the quotation only a pronoun or a short object — not a name,
            // which pass 2 would take for the speaker ('Warren grilled Stumpf: “…”').
            return (v + 1..<e).allSatisfy { phrases.isPronoun($0) || phrases.info[$0].pronounRole != nil
                || tokens[$0].kind == .word && !isAnyCue($0) && !tokens[$0].isCapitalized }
        }
        return false
    }

    /// 'Mills “got an immunity agreement,” Jordan said': words that open the sentence
    /// before the quotation are part of what the speaker is reported to have said. The
    /// quote's range, with them when they are a plain phrase (no cue, no other
    /// quotation, at most a dozen tokens).
    private func leadIn(to qi: Int) -> Range<Int> {
        let quote = quoteRange(qi)
        let start = contentStart(doc.sentence(of: quote.lowerBound))
        guard start < quote.lowerBound, quote.lowerBound - start <= 12,
              !(start..<quote.lowerBound).contains(where: { tokens[$0].kind == .quote || doc.quoteOf[$0] >= 0 || cueForm($0) != nil
                  || usedTokens.contains($0) || tokens[$0].kind == .punctuation && [",", ":", ";", "—", "–", "―", "(", ")"].contains(tokens[$0].lower) }) else { return quote }
        return start..<quote.upperBound
    }

    /// The cue and source right after a closing quote: '…,” said Atmar', '…,” he
    /// said', '…,” Brian Fallon, a spokesman for the campaign, said'.
    private func trailingAttribution(of qi: Int) -> (cue: Range<Int>, source: Range<Int>)? {
        guard let close = doc.quotes[qi].close else { return nil }
        let open = doc.quotes[qi].open
        // 'on CBS's “Face the Nation,” Ryan said …' — after a preposition, a determiner or a
        // possessive the quotation marks hold a title or a phrase, not the speaker's words.
        if open > 0, doc.paragraphOf[open - 1] == doc.paragraphOf[open], tokens[open - 1].kind == .word,
           phrases.cls(open - 1) == .prep || phrases.cls(open - 1) == .det || tokens[open - 1].lower.hasSuffix("'s") {
            return nil
        }
        let paragraph = doc.paragraph(of: close)
        let ceiling = paragraph.upperBound
        var i = close + 1
        // “…” ¶ - Hillary Clinton. — the signature on a line of its own.
        if i == ceiling, i + 1 < tokens.count, ["―", "—", "–", "-", "--"].contains(tokens[i].lower) {
            let next = doc.paragraph(of: i)
            // '-President Obama, tweeting after Clinton's speech.'
            if let np = phrases.nounPhraseRight(i + 1, ceiling: next.upperBound), tokens[i + 1].isCapitalized,
               np.upperBound >= phrases.contentEnd(of: np.lowerBound..<next.upperBound) || phrases.isPunct(np.upperBound, ",") {
                return (i..<(i + 1), np)
            }
        }
        // “…” ― Martha Aguilar: a reader's comment signed after a dash.
        if i + 1 < ceiling, ["―", "—", "–", "-", "--"].contains(tokens[i].lower),
           let np = phrases.nounPhraseRight(i + 1, ceiling: ceiling), tokens[i + 1].isCapitalized,
           np.upperBound >= phrases.contentEnd(of: np.lowerBound..<ceiling) {
            return (i..<(i + 1), np)
        }
        // “We will win.” Trump said … — a quote that ends its sentence is followed by a
        // new sentence, not by its own cue (that needs a comma: “We will win,” he said).
        let endsSentence = close > 0 && [".", "!", "?", "…", "..."].contains(tokens[close - 1].lower)
        if i < ceiling, phrases.isPunct(i, ",") || phrases.isPunct(i, "—") || phrases.isPunct(i, "-") { i += 1 }
        guard i < ceiling, tokens[i].kind == .word else { return nil }
        // Unless that sentence is only the attribution: '“… missing.” Trump said.'
        if endsSentence, tokens[i].isCapitalized, tokens[close - 1].lower == ".", !onlyAttribution(from: i, ceiling: ceiling) { return nil }
        // (A question or an exclamation goes on like a comma: '“You know, it happens,
        // right?” Trump went on, as if …'.)
        let comma = close > 0 && (phrases.isPunct(close - 1, ",") || ["?", "!"].contains(tokens[close - 1].lower))
        // ('“…,” referencing the number of …': a participle there is no inverted cue.)
        if isAnyCue(i), !usedTokens.contains(i), !tokens[i].lower.hasSuffix("ing") {
            // “…,” said Atmar — inverted order.
            let c = cueRange(verb: i, floor: i, ceiling: ceiling)
            let afterCue = phrases.skipAdjunctsRight(c.upperBound, ceiling: ceiling)
            // '“…,” tweeted another.': a quantifier alone is the speaker.
            let alone = afterCue < ceiling && ["another", "others", "one", "some", "many", "several"].contains(tokens[afterCue].lower)
                && (afterCue + 1 >= ceiling || tokens[afterCue + 1].kind == .punctuation) ? afterCue..<(afterCue + 1) : nil
            if let np = phrases.nounPhraseRight(afterCue, ceiling: ceiling) ?? alone {
                let source = phrases.withAppositive(np, ceiling: ceiling)
                // A verb of saying right after a quote takes no object: what follows the
                // speaker is circumstance ('said Dan Golvach when asked about Graham').
                let saying = sayingLemmas.contains(cueForm(i)?.lemma ?? "")
                let circumstance = saying && (phrases.endsClause(after: source, ceiling: ceiling)
                    || source.upperBound < ceiling && phrases.cls(source.upperBound) == .conj)
                if circumstance || attributionEnds(after: source.upperBound, ceiling: ceiling) {
                    return (c, source)
                }
            }
            // '“…,” state Sen. Jason Holsman (D) said': the word was not the cue after all.
        }
        // A participle does not start a speaker's name: '“…,” giving states more power'.
        if !tokens[i].isCapitalized, tokens[i].lower.hasSuffix("ing") { return nil }
        guard var np = phrases.nounPhraseRight(i, ceiling: ceiling) else { return nil }
        // '“…?” Hannity pressed.': a verb the lexicon does not know ends up in the phrase;
        // '“…,” Trump shot back.': so do the verb and its particle.
        if comma, np.count >= 3, ["back", "out", "up", "in", "off", "on"].contains(tokens[np.upperBound - 1].lower),
           closesQuote(verb: np.upperBound - 2, ceiling: ceiling, afterComma: true) {
            np = np.lowerBound..<(np.upperBound - 2)
        } else if np.count >= 2, !tokens[np.upperBound - 1].isCapitalized, closesQuote(verb: np.upperBound - 1, ceiling: ceiling, afterComma: comma),
           np.upperBound >= ceiling || !isAnyCue(np.upperBound) {
            np = np.lowerBound..<(np.upperBound - 1)
        }
        // “…,” he said / “…,” the Associated Press of Pakistan (APP) said
        var source = np
        var j = np.upperBound
        if j < ceiling, phrases.isPunct(j, ","), let comma = phrases.appositiveEnd(after: j, ceiling: ceiling) {
            source = np.lowerBound..<(comma + 1)
            j = comma + 1
        }
        // '“…?” a Democratic staffer in the room wondered'
        if j < ceiling, phrases.cls(j) == .prep { j = phrases.skipModifierPhrase(j, ceiling: ceiling) }
        while j < ceiling, let cls = phrases.cls(j), cls == .aux || cls == .adv || cls == .neg { j += 1 }
        j = phrases.skipAdjunctsRight(j, ceiling: ceiling)
        // (A verb the lexicon does not know closes only a quotation that stands apart: after
        // a comma or a stop, or one that opens its sentence — not '… would “redirect” all
        // of his past donations'.)
        let apart = comma || endsSentence || open == doc.sentence(of: open).lowerBound || tokens[open - 1].kind != .word
        guard j < ceiling, isAnyCue(j) || apart && closesQuote(verb: j, ceiling: ceiling, afterComma: comma), !usedTokens.contains(j) else { return nil }
        var cue = cueRange(verb: j, floor: source.upperBound, ceiling: ceiling)
        guard closesQuote(verb: j, ceiling: ceiling, afterComma: comma) && cue.upperBound == j + 1 || attributionEnds(after: cue.upperBound, ceiling: ceiling) else { return nil }
        // ('“…,” Trump shot back.', '… went on': the particle is part of the cue.)
        // (Not after a verb the lexicon knows: '… she said in an interview'.)
        if cue.upperBound == j + 1, j + 1 < ceiling, comma, !isAnyCue(j), ["back", "out", "up", "in", "off", "on"].contains(tokens[j + 1].lower),
           j + 2 >= ceiling || tokens[j + 2].kind == .punctuation {
            cue = cue.lowerBound..<(j + 2)
        }
        // 'Cruz said “CNN” five times': a count is not a speaker.
        guard source.contains(where: { tokens[$0].kind == .word && !phrases.numberWords.contains(tokens[$0].lower) }) else { return nil }
        // ('“Is it true?” The question remains open.': after a question or an exclamation
        // only someone who can speak takes a verb the lexicon does not know.)
        if !phrases.isPunct(close - 1, ","), !isAnyCue(j), !canSpeak(source) { return nil }
        // ('Holding signs calling Christie “…,” the protesters chanted “…”': a verb with a
        // quotation of its own right after it reports that one, when the earlier quotation
        // stands inside an opening phrase.)
        if cue.upperBound < ceiling, tokens[cue.upperBound].kind == .quote, doc.quoteOf[cue.upperBound] >= 0,
           doc.quotes[Int(doc.quoteOf[cue.upperBound])].open == cue.upperBound, open > contentStart(doc.sentence(of: open)) {
            return nil
        }
        return (cue, source)
    }

    /// '“Would it be negotiable?” Hannity pressed.' — after a quote and its speaker, a
    /// past-tense or present verb that ends the sentence can only be how the words were
    /// said, whether or not the lexicon knows it (pressed, deadpanned, scoffed).
    /// After a quotation that ends with a comma ('“…,” Trump shot back.') the sentence
    /// goes on with its attribution, so any verb there, irregular or with a particle,
    /// is how the words were said.
    private func closesQuote(verb j: Int, ceiling: Int, afterComma: Bool = false) -> Bool {
        let t = tokens[j]
        guard t.kind == .word, !t.isCapitalized, phrases.cls(j) == nil, phrases.info[j].pronounRole == nil, !phrases.isLyAdverb(j) else { return false }
        var next = j + 1
        if afterComma {
            // (Not a noun of the speaker's description: 'the Florida senator and …'.)
            guard t.lower.count >= 3, !t.lower.hasSuffix("ing"), !phrases.info[j].isSourceNoun, lexicon.titles[t.lower] == nil,
                  !lexicon.organizationWords.contains(t.lower) else { return false }
            if next < ceiling, ["back", "out", "up", "in", "off", "on"].contains(tokens[next].lower) { next += 1 }
        } else {
            guard t.lower.count > 3, t.lower.hasSuffix("ed") || t.lower.hasSuffix("s") && !t.lower.hasSuffix("ss") else { return false }
        }
        return next >= ceiling || tokens[next].kind == .punctuation && [".", ",", "!", "?"].contains(tokens[next].lower)
            || ["and", "as", "before", "after", "while", "with"].contains(tokens[next].lower)
    }

    /// The sentence from token i is only a speaker and a verb of saying ('Trump said.'),
    /// so it attributes the quotation before it even though that one ended its sentence.
    private func onlyAttribution(from i: Int, ceiling: Int) -> Bool {
        guard let np = phrases.nounPhraseRight(i, ceiling: ceiling), np.count <= 6 else { return false }
        var j = np.upperBound
        while j < ceiling, let c = phrases.cls(j), c == .aux || c == .adv { j += 1 }
        guard j + 1 < tokens.count, sayingLemmas.contains(phrases.cueForm(j)?.lemma ?? "") else { return false }
        return [".", "!"].contains(tokens[j + 1].lower) && doc.sentenceOf[j + 1] == doc.sentenceOf[i]
    }

    /// Verbs of saying ('said', 'told', 'added'): see `word-sets.tsv`.
    private var sayingLemmas: Set<String> { lexicon.words(.saying) }

    /// After a trailing attribution ('he said', 'said Atmar in an interview') the
    /// sentence ends, or goes on after a comma or with another quote; an object
    /// ('called the senator a …') means the cue starts a clause of its own.
    private func attributionEnds(after k: Int, ceiling: Int) -> Bool {
        // Verbs of saying take no object of their own: what follows is circumstance
        // ('she said of the election', 'he told the group').
        if let verb = (max(0, k - 3)..<k).last(where: { phrases.cueForm($0) != nil }),
           let lemma = phrases.cueForm(verb)?.lemma, sayingLemmas.contains(lemma) {
            // …unless a clause of its own follows: '“…,” he claimed they had never met'
            // reports 'they had never met', and the quotation belongs to the clause before.
            let next = phrases.skipAdjunctsRight(k, ceiling: ceiling)
            // ('“…,” Trump said that day.': 'that' before a time points.)
            return !(next + 1 < ceiling && (tokens[next].lower == "that" && !phrases.isTimeWord(next + 1) || phrases.isPronoun(next) && tokens[next].lower != "it")
                     && tokens[next + 1].kind == .word)
        }
        var j = phrases.skipAdjunctsRight(k, ceiling: ceiling)
        j = phrases.skipModifierPhrase(j, ceiling: ceiling)
        // 'told reporters', 'told Fox News'
        if j < ceiling, tokens[j].kind == .word, phrases.cls(j) == nil, !phrases.isPronoun(j),
           let object = phrases.nounPhraseRight(j, ceiling: ceiling, allowLower: 2), object.count <= 4 {
            let after = phrases.skipModifierPhrase(phrases.skipAdjunctsRight(object.upperBound, ceiling: ceiling), ceiling: ceiling)
            if after >= ceiling || tokens[after].kind != .word { j = after }
        }
        guard j < ceiling else { return true }
        let t = tokens[j]
        // '“…,” Blige sings to Clinton before asking her …': a subordinate clause is circumstance.
        if ["before", "after", "while", "as", "when", "until"].contains(t.lower), j + 1 < ceiling,
           tokens[j + 1].lower.hasSuffix("ing") || phrases.isPronoun(j + 1) || tokens[j + 1].isCapitalized {
            return true
        }
        return t.kind == .punctuation || t.kind == .quote || doc.sentenceOf[j] != doc.sentenceOf[k > 0 ? k - 1 : 0]
    }

    // MARK: Pass 2 — He said: “…” / Atmar said, “…” / Caddell continued: ¶ “…”

    private mutating func directWithLeadingCue() {
        for (qi, q) in doc.quotes.enumerated() where q.isDouble && !usedQuotes.contains(qi) {
            guard q.open > 0 else { continue }
            var e = q.open
            // The punctuation that introduces the quote.
            if [":", ","].contains(tokens[e - 1].lower) { e -= 1 }
            guard e > 0 else { continue }
            let sentenceStart = doc.sentence(of: e - 1).lowerBound
            // Find the cue within a few words before the quote.
            var verb: Int?
            var k = e - 1
            while k >= max(sentenceStart, e - 20) {
                if doc.quoteOf[k] >= 0 { break }
                if isAnyCue(k), !usedTokens.contains(k) { verb = k; break }
                k -= 1
            }
            if knownAs(quote: qi) { continue }
            guard let v = verb else {
                if !colonAfterName(quote: qi, colon: e) { colonAfterClause(quote: qi, colon: e) }
                continue
            }
            // ', noting the nominee “makes you want to retch.”' — a participle belongs to the
            // clause before it; reported speech gives it that clause's speaker.
            // The comma may sit inside a closing quote ('a “breach of trust,” adding, “…”').
            if tokens[v].lower.hasSuffix("ing"), v > sentenceStart, endsWithComma(phrases.extendCueLeft(v, floor: sentenceStart) - 1) {
                continue
            }
            // 'said he wanted “…”', 'said he rarely asks surrogates …, “except …”': a verb
            // inside the clause of a saying verb is not the quote's cue; the saying verb's
            // reported speech will hold the quote (PolNeAR never nests attributions).
            // ('When Clinton noted that …, Trump boasted, “…”': a comma or a dash between
            // them sets the saying verb's clause apart; 'insisted … while adding, “…”' is a
            // second report of the same speaker.)
            if !(tokens[v].lower.hasSuffix("ing") && sayingLemmas.contains(cueForm(v)?.lemma ?? "")),
               let saying = (sentenceStart..<v).last(where: { sayingLemmas.contains(cueForm($0)?.lemma ?? "") && !usedTokens.contains($0) }),
               // (The comma may close a quotation: 'Remarking upon his “genuine empathy,” Starr said, “…”'.)
               !(saying..<v).contains(where: { doc.quoteOf[$0] < 0 && (phrases.isPunct($0, ",") || ["―", "—", "–"].contains(tokens[$0].lower)) || tokens[$0].kind == .quote && endsWithComma($0) }) {
                continue
            }
            // 'The rejection signals “the beginning of the end” for the EU, said Wilders': a
            // verb that is not one of saying leaves the sentence to the trailing attribution.
            if !sayingLemmas.contains(cueForm(v)?.lemma ?? ""), q.isClosed, trailingSayingCue(after: q.last) { continue }
            let ceiling = e
            var c = cueRange(verb: v, floor: sentenceStart, ceiling: ceiling)
            // 'he began by saying, “…”': a gerund after 'by' speaks for the subject of the
            // verb before it, and the whole frame is the cue.
            let frame = gerundFrame(c, floor: sentenceStart)
            if let f = frame { c = f.cue }
            // Between the cue and the quote only adjuncts or an addressee may stand.
            var after = phrases.skipAdjunctsRight(c.upperBound, ceiling: ceiling)
            var source: Range<Int>?
            // 'said Atmar: “…”' — a name after the cue is its source only when punctuation
            // sets the quote off; 'says Trump’s “…”' is mixed content.
            if e < q.open, after < ceiling, let short = phrases.nounPhraseRight(after, ceiling: ceiling),
               // 'Said Dorothy Poynter, who grew up with Ali, “…”': with its description.
               case let described = phrases.withAppositive(short, ceiling: ceiling),
               case let np = described.upperBound == ceiling || described.upperBound == ceiling + 1 ? described.lowerBound..<min(described.upperBound, ceiling) : short,
               np.upperBound == ceiling || phrases.skipAdjunctsRight(np.upperBound, ceiling: ceiling) == ceiling {
                // 'said Atmar:' or 'told reporters:'
                let lemma = cueForm(v)?.lemma ?? ""
                // 'added a caveat:' — a lower-case phrase after the verb is its object.
                let isObject = phrases.cls(np.lowerBound) == .det || !tokens[np.lowerBound].isCapitalized && !phrases.isPronoun(np.lowerBound)
                if isObject || lexicon.words(.addressee).contains(lemma) {
                    after = ceiling
                } else {
                    source = np
                    after = ceiling
                }
            }
            after = phrases.skipModifierPhrase(after, ceiling: ceiling)
            // 'said in an op-ed piece before a 2014 Senate hearing, “…”': after a verb of
            // saying (or any cue before a colon), punctuation before the quote sets off
            // whatever circumstance precedes it.
            if after < ceiling, e < q.open, ceiling - after <= 15, sayingLemmas.contains(cueForm(v)?.lemma ?? "") || phrases.isPunct(e, ":"),
               !(after..<ceiling).contains(where: { tokens[$0].kind == .quote || doc.quoteOf[$0] >= 0 || cueForm($0) != nil || phrases.isPronoun($0) }) {
                after = ceiling
            }
            guard after >= ceiling else { continue }
            // 'When PolitiFact examined the statement, it was labeled “Mostly True.”': a
            // passive names the words without a speaker; the subject is part of the content.
            if source == nil, tokens[v].lower.hasSuffix("ed"), v > c.lowerBound,
               (c.lowerBound..<v).contains(where: { ["is", "was", "were", "are", "been", "being"].contains(tokens[$0].lower) }) {
                let end = phrases.skipAdjunctsLeft(c.lowerBound, floor: sentenceStart)
                var contents = [quoteRange(qi)]
                if let np = phrases.singleSubjectLeft(end, floor: sentenceStart), !usedTokens.contains(np.lowerBound) { contents.insert(np, at: 0) }
                add(Candidate(cue: c, source: nil, contents: contents, kind: kind(of: contents), rule: "direct.passive"), quotes: [qi])
                continue
            }
            // '“…,” Blige sings to Clinton before asking her, “…”': a participle after
            // 'before'/'after'/'while' speaks for the attribution its clause goes on from.
            var head: Int?
            if source == nil, c.lowerBound - 1 > sentenceStart, tokens[v].lower.hasSuffix("ing"),
               ["before", "after", "while", "when"].contains(tokens[c.lowerBound - 1].lower),
               let h = reportingHead(inSentenceOf: v), candidates[h].source != nil {
                head = h
                source = candidates[h].source
            }

            // 'in a box labeled “medical problem,”': a name given to a thing that stands
            // after a preposition has no speaker in the sentence.
            if source == nil, frame == nil, c.count == 1, lexicon.words(.titleParticiples).contains(tokens[v].lower),
               participleSpeaker(cue: c, sentence: doc.sentence(of: v)) == nil,
               let np = phrases.subjectLeft(phrases.skipAdjunctsLeft(c.lowerBound, floor: sentenceStart), floor: sentenceStart),
               np.upperBound == v, np.lowerBound > sentenceStart, phrases.cls(np.lowerBound - 1) == .prep {
                add(Candidate(cue: c, source: nil, contents: [quoteRange(qi)], kind: .direct, rule: "direct.title"), quotes: [qi])
                continue
            }
            if source == nil {
                let end = phrases.skipAdjunctsLeft(c.lowerBound, floor: sentenceStart)
                source = frame?.subject ?? participleSpeaker(cue: c, sentence: doc.sentence(of: v)) ?? phrases.subjectLeft(end, floor: sentenceStart)
            }
            guard let src = source, plausibleSubject(src, forCue: v, lemma: cueForm(v)?.lemma ?? "") || source != nil && e < q.open && src.lowerBound > v else {
                if !colonAfterName(quote: qi, colon: e) { colonAfterClause(quote: qi, colon: e) }
                continue
            }
            // 'said “budget reforms” and the collection of taxes would …': when the sentence
            // goes on after the quote, the content is the whole clause (mixed).
            var content = quoteRange(qi)
            // 'Feinstein said “…,” she said.': the speaker again after the quotation — not
            // more content (see below for the quotation after it).
            let echo = q.isClosed && endsWithComma(q.last) ? trailingAttribution(of: qi) : nil
            if q.isClosed, echo == nil {
                let sentenceEnd = phrases.contentEnd(of: doc.sentence(of: q.last))
                // (A question or an exclamation is complete: 'chanted “What curfew?” and kept going'.)
                if sentenceEnd > q.last + 1, tokens[q.last + 1].kind == .word || tokens[q.last + 1].kind == .quote,
                   !closesClause(quoteEnd: q.last), !(q.last > 0 && ["?", "!"].contains(tokens[q.last - 1].lower)),
                   // ('reported “no opinion” when asked whether …': circumstance.)
                   !(q.last + 2 < sentenceEnd && Self.subordinators.contains(tokens[q.last + 1].lower)
                     && (phrases.isPronoun(q.last + 2) || tokens[q.last + 2].lower.hasSuffix("ed") || tokens[q.last + 2].lower.hasSuffix("ing"))),
                   // ('labeled “medical problem,” a doctor had typed …': a new clause.)
                   !(endsWithComma(q.last) && newClause(after: q.last, end: sentenceEnd)) {
                    content = content.lowerBound..<clauseEnd(from: q.last, sentenceEnd: sentenceEnd)
                }
            }
            add(Candidate(cue: c, source: src, contents: [content], kind: kind(of: [content]), rule: "direct.leading-cue", inheritsFrom: head),
                quotes: quotesInside(content))
            // The repeated attribution introduces the quotation after it, as annotators
            // read it: 'Feinstein said “A,” she said. “B.”' is Feinstein's A and her B.
            if let echo {
                var k = max(echo.cue.upperBound, echo.source.upperBound)
                let ceiling = doc.paragraph(of: k - 1).upperBound
                // ('… she said in an interview. “…”')
                k = phrases.skipModifierPhrase(phrases.skipAdjunctsRight(k, ceiling: ceiling), ceiling: ceiling)
                while k < ceiling, phrases.isPunct(k, ".") || phrases.isPunct(k, ",") { k += 1 }
                if k < ceiling, doc.quoteOf[k] >= 0, case let next = Int(doc.quoteOf[k]), doc.quotes[next].open == k, doc.quotes[next].isDouble,
                   !usedQuotes.contains(next) {
                    add(Candidate(cue: echo.cue, source: echo.source, contents: [quoteRange(next)], kind: .direct, rule: "direct.echo-cue"),
                        quotes: [next])
                } else {
                    for k in echo.cue { usedTokens.insert(k) }
                    for k in echo.source { usedTokens.insert(k) }
                }
            }
        }
    }

    /// 'he began by saying', 'she responded by tweeting': a gerund after 'by' and a verb
    /// with a subject of its own right before it. The widened cue and that subject.
    private func gerundFrame(_ cue: Range<Int>, floor: Int) -> (cue: Range<Int>, subject: Range<Int>)? {
        let v = cue.lowerBound
        guard tokens[v].lower.hasSuffix("ing"), v - 2 > floor, tokens[v - 1].lower == "by", case let verb = v - 2,
              tokens[verb].kind == .word, !tokens[verb].isCapitalized, phrases.cls(verb) == nil, phrases.info[verb].pronounRole == nil else { return nil }
        let start = phrases.extendCueLeft(verb, floor: floor)
        guard let subject = phrases.singleSubjectLeft(phrases.skipAdjunctsLeft(start, floor: floor), floor: floor),
              phrases.isPronoun(subject.lowerBound) || tokens[subject.upperBound - 1].isCapitalized || phrases.cls(subject.lowerBound) == .det else { return nil }
        return (start..<cue.upperBound, subject)
    }

    /// The sentence goes on after token k to ', said X' or ', X said' (outside quotes)
    /// and ends there.
    private func trailingSayingCue(after k: Int) -> Bool {
        let sentence = doc.sentence(of: k)
        let end = phrases.contentEnd(of: sentence)
        var j = k + 1
        while j < end {
            if doc.quoteOf[j] >= 0 {
                j += 1
                continue
            }
            if phrases.isPunct(j, ",") {
                var m = j + 1
                if m < end, let np = phrases.nounPhraseRight(m, ceiling: end), np.count <= 4 { m = np.upperBound }
                while m < end, phrases.cls(m) == .adv { m += 1 }
                if m < end, !tokens[m].lower.hasSuffix("ing"), sayingLemmas.contains(phrases.cueForm(m)?.lemma ?? "") {
                    return m == j + 1 ? phrases.nounPhraseRight(m + 1, ceiling: end) != nil : phrases.endsClause(after: m..<(m + 1), ceiling: end)
                }
            }
            j += 1
        }
        return false
    }

    /// 'the bill, known as the “Justice Against Sponsors of Terrorism Act”', 'derisively
    /// known as “rabbit patches”': a name the thing goes by, which nobody in the sentence
    /// gives it. No source; the cue is 'known as'.
    private mutating func knownAs(quote qi: Int) -> Bool {
        let open = doc.quotes[qi].open
        let sentenceStart = doc.sentence(of: open).lowerBound
        var k = open - 1
        if k > sentenceStart, ["the", "a", "an"].contains(tokens[k].lower) { k -= 1 }
        guard k - 1 >= sentenceStart, tokens[k].lower == "as" else { return false }
        var known = k - 1
        if known > sentenceStart, ["online", "locally", "widely", "popularly"].contains(tokens[known].lower) { known -= 1 }
        guard tokens[known].lower == "known", doc.quoteOf[known] < 0, !usedTokens.contains(known) else { return false }
        let cue = phrases.extendCueLeft(known, floor: sentenceStart)..<(k + 1)
        var content = (k + 1)..<(doc.quotes[qi].last + 1)
        // 'known as “rabbit patches” or “goat farms.”'
        let after = content.upperBound
        if after + 1 < tokens.count, tokens[after].lower == "or", doc.quoteOf[after + 1] >= 0,
           case let next = Int(doc.quoteOf[after + 1]), doc.quotes[next].open == after + 1, !usedQuotes.contains(next) {
            content = content.lowerBound..<(doc.quotes[next].last + 1)
        }
        add(Candidate(cue: cue, source: nil, contents: [content], kind: kind(of: [content]), rule: "direct.known-as"), quotes: quotesInside(content))
        return true
    }

    /// 'More from Blumenthal and Cohen: “…”' — a name and a colon introduce the quote.
    @discardableResult
    private mutating func colonAfterName(quote qi: Int, colon: Int) -> Bool {
        guard colon < doc.quotes[qi].open, phrases.isPunct(colon, ":"), colon > 0 else { return false }
        let paragraph = doc.paragraph(of: colon)
        guard let np = phrases.nounPhraseLeft(colon, floor: paragraph.lowerBound),
              tokens[np.upperBound - 1].isCapitalized || tokens[np.upperBound - 1].lower == ")", !tokens[np.upperBound - 1].isAllCaps,
              !usedTokens.contains(np.lowerBound) else { return false }
        add(Candidate(cue: colon..<(colon + 1), source: np, contents: [quoteRange(qi)], kind: .direct, rule: "direct.colon"),
            quotes: [qi])
        return true
    }

    /// 'Trump went even further: “If he goes forward and loses …”', 'An interfaith rally
    /// had one message: “Dump Trump.”' — a clause ending in a colon introduces the quote,
    /// whatever its verb: the subject of the clause speaks.
    private mutating func colonAfterClause(quote qi: Int, colon: Int) {
        guard colon < doc.quotes[qi].open, colon > 0, phrases.isPunct(colon, ":") else { return }
        let sentence = doc.sentence(of: colon)
        guard let np = mainSubject(of: sentence, before: colon), colon - np.upperBound <= 12, !usedTokens.contains(np.lowerBound),
              !(np.upperBound..<colon).contains(where: { doc.quoteOf[$0] >= 0 || tokens[$0].kind == .quote || phrases.isPronoun($0) }) else { return }
        add(Candidate(cue: np.upperBound..<(colon + 1), source: np, contents: [quoteRange(qi)], kind: .direct, rule: "direct.colon-clause"),
            quotes: [qi])
    }

    // MARK: Pass 3 — according to X, …

    private mutating func accordingTo() {
        for i in tokens.indices where tokens[i].lower == "according" && i + 1 < tokens.count && tokens[i + 1].lower == "to" {
            guard doc.quoteOf[i] < 0 else { continue }
            let sentence = doc.sentence(of: i)
            let end = phrases.contentEnd(of: sentence)
            guard let source = accordingSource(from: i + 2, end: end) else { continue }
            var first = contentStart(sentence)
            // A sentence that starts inside a quotation ('“… them. He hates them,” Hewitt
            // said, according to …') reports from the quotation's opening mark.
            if first < i, doc.quoteOf[first] >= 0, doc.quotes[Int(doc.quoteOf[first])].open < first { first = doc.quotes[Int(doc.quoteOf[first])].open }
            let before = i > first ? first..<(phrases.isPunct(i - 1, ",") || phrases.isPunct(i - 1, "—") ? i - 1 : i) : first..<first
            var afterStart = phrases.skipModifierPhrase(source.upperBound, ceiling: end)
            if afterStart < end, phrases.isPunct(afterStart, ",") || phrases.isPunct(afterStart, "—") { afterStart += 1 }
            let after = afterStart < end ? afterStart..<end : end..<end
            // 'Other major cleavages, according to the poll, include ideology …': the claim
            // stands on both sides of the phrase.
            var contents: [Range<Int>]
            if wordCount(before) >= 2, wordCount(after) >= 2, i > 0, phrases.isPunct(i - 1, ","), source.upperBound < end, phrases.isPunct(source.upperBound, ",") {
                contents = [before, after]
            } else if before.count >= 3 {
                contents = [before]
            } else if !after.isEmpty {
                contents = [after]
            } else {
                continue
            }
            let cue = i..<(i + 2)
            // '“…,” Hewitt said, according to a transcript of the show.': annotators give the
            // whole report to the source it is taken from; the attribution inside it becomes
            // that source's content.
            if contents == [before], quotesInside(before).contains(where: usedQuotes.contains),
               let inner = candidates.indices.first(where: { k in
                   let c = candidates[k]
                   return c.inheritsFrom == nil && c.cue.map { before.contains($0.lowerBound) } == true && c.contents.allSatisfy { before.contains($0.lowerBound) && $0.upperBound <= before.upperBound }
               }) {
                candidates[inner] = Candidate(cue: cue, source: source, contents: [before], kind: kind(of: [before]), rule: "reported.according-to")
                usedTokens.formUnion(cue)
                usedTokens.formUnion(source)
                continue
            }
            if contents.flatMap(quotesInside).contains(where: usedQuotes.contains) { contents = contents.filter { !quotesInside($0).contains(where: usedQuotes.contains) } }
            guard !contents.isEmpty else { continue }
            add(Candidate(cue: cue, source: source, contents: contents, kind: kind(of: contents), rule: "reported.according-to"),
                quotes: contents.flatMap(quotesInside))
        }
    }

    /// The source after 'according to': a name or a description, which runs to the
    /// comma or the end of the sentence ('according to early results of exit polls
    /// conducted by Edison Research for the Associated Press'); without a comma to
    /// stop it, the noun phrase alone ('According to Trump the media would …').
    private func accordingSource(from start: Int, end: Int) -> Range<Int>? {
        guard start < end else { return nil }
        var k = start
        while k < end, k - start < 30 {
            let t = tokens[k]
            if t.kind == .quote, !phrases.isPossessiveMark(k), doc.quoteOf[k] < 0 || doc.quotes[Int(doc.quoteOf[k])].isDouble { break }
            if t.kind == .punctuation, [",", "—", ";", ":", "(", "–"].contains(t.lower) { break }
            if t.kind == .punctuation, t.lower == "-", t.spaceBefore { break }
            if phrases.isPronoun(k), k > start { break }
            k += 1
        }
        if k > start, k == end || phrases.isPunct(k, ",") || phrases.isPunct(k, "—") || phrases.isPunct(k, "-") || phrases.isPunct(k, "–") {
            return start..<k
        }
        return phrases.nounPhraseRight(start, ceiling: end, allowLower: 4)
    }

    // MARK: Pass 4 — X said (that) … / …, X said. / The Taliban, he said, are …

    private mutating func reportedSpeech() {
        for v in tokens.indices where tokens[v].kind == .word { report(at: v) }
    }

    /// One reporting verb: its speaker and what it reports, by the first construction
    /// that fits. Adds at most one candidate.
    private mutating func report(at v: Int) {
        guard let form = cueForm(v), !usedTokens.contains(v), doc.quoteOf[v] < 0 else { return }
        let learned = learnedCues.contains(v)
        let quoted = quoteEvidence.contains(v)
        func rule(_ name: String) -> String { (quoted ? "quoted." : learned ? "learned." : "reported.") + name }
        let sentence = doc.sentence(of: v)
        let end = phrases.contentEnd(of: sentence)
        var cue = cueRange(verb: v, floor: sentence.lowerBound, ceiling: end)
        let first = contentStart(sentence)
        // 'Bemoaning the “phony system,” Trump accused Holt …', 'Citing security concerns,
        // the agency said …': a participle that opens the sentence speaks for the subject
        // after its phrase.
        // ('After saying her foot was “so swollen …,” she was …' likewise.)
        let opener = v == first || v == first + 1 && ["after", "before", "while", "when", "since", "in"].contains(tokens[first].lower)
        if opener, cue.lowerBound == v || cue.lowerBound == first, tokens[v].lower.hasSuffix("ing"), tokens[first].isCapitalized,
           let close = ((v + 1)..<min(end, v + 25)).first(where: { phrases.isPunct($0, ",") && doc.quoteOf[$0] < 0 || tokens[$0].kind == .quote && endsWithComma($0) }),
           close > v + 1 {
            let after = close + 1
            if let np = phrases.nounPhraseRight(after, ceiling: end), np.upperBound < end,
               tokens[np.lowerBound].isCapitalized || phrases.isPronoun(np.lowerBound) || phrases.cls(np.lowerBound) == .det,
               case let k = phrases.skipAdjunctsRight(np.upperBound, ceiling: end), k < end, tokens[k].kind == .word,
               !tokens[k].isCapitalized, phrases.cls(k) == nil || phrases.cls(k) == .aux,
               case let ct = (v + 1)..<(tokens[close].kind == .quote ? close + 1 : close),
               // (Only around a quotation: 'Citing security concerns, …' is more often circumstance.)
               !quotesInside(ct).isEmpty, !quotesInside(ct).contains(where: usedQuotes.contains) {
                add(Candidate(cue: cue, source: np, contents: [ct], kind: kind(of: [ct]), rule: rule("opening-participle")), quotes: quotesInside(ct))
                return
            }
        }
        // 'Maher stated … that the report “wasn’t good.” Adding, “Now, …”': a participle of
        // speech that opens its sentence goes on from the attribution of the sentence before
        // in its paragraph.
        if v == first, cue.lowerBound == v, tokens[v].lower.hasSuffix("ing"), form.cueClass == .speech, v + 2 < end,
           phrases.isPunct(v + 1, ",") || phrases.isPunct(v + 1, ":"), doc.sentenceOf[v] > 0,
           let h = candidatesBySentence[doc.sentenceOf[v] - 1]?.last(where: { candidates[$0].source != nil && !dropped.contains($0) }),
           let headCue = candidates[h].cue, doc.paragraphOf[headCue.lowerBound] == doc.paragraphOf[v] {
            let ct = (v + 2)..<clauseEnd(from: v + 2, sentenceEnd: end)
            if !quotesInside(ct).contains(where: usedQuotes.contains) {
                add(Candidate(cue: cue, source: candidates[h].source, contents: [ct], kind: kind(of: [ct]), rule: rule("participle"), inheritsFrom: h),
                    quotes: quotesInside(ct))
            }
            return
        }
        // 'The rejection signals “the end” for the EU, said Wilders': the sentence is
        // Wilders' content; a verb inside it that is not one of saying reports nothing of
        // its own (PolNeAR never nests attributions).
        if !sayingLemmas.contains(form.lemma), trailingSayingCue(after: v) { return }

        // '…, said Brad Bannon, a Democratic pollster.' — inverted, content before the
        // cue. Tried first: otherwise the clause before the comma looks like a subject.
        if lexicon.words(.invertible).contains(form.lemma), !learned, cue.lowerBound == v, !tokens[v].lower.hasSuffix("ing"),
           cue.lowerBound > sentence.lowerBound, endsWithComma(cue.lowerBound - 1),
           let np = phrases.nounPhraseRight(phrases.skipAdjunctsRight(cue.upperBound, ceiling: end), ceiling: end),
           tokens[np.lowerBound].lower != "that", tokens[np.lowerBound].isCapitalized || phrases.cls(np.lowerBound) == .det,
           phrases.endsClause(after: np, ceiling: sentence.upperBound),
           // 'Sanders, the senator from Vermont, said the nation's problems …' is a subject.
           phrases.describedSubject(cue.lowerBound, floor: sentence.lowerBound) == nil {
            let ct = first..<contentEnd(before: cue.lowerBound - 1)
            if wordCount(ct) >= 4, !quotesInside(ct).contains(where: usedQuotes.contains) {
                add(Candidate(cue: cue, source: phrases.withAppositive(np, ceiling: sentence.upperBound), contents: [ct],
                              kind: kind(of: [ct]), rule: rule("inverted-cue")), quotes: quotesInside(ct))
                return
            }
        }

        let subjectEnd = phrases.skipAdjunctsLeft(cue.lowerBound, floor: sentence.lowerBound)
        var subject = participleSpeaker(cue: cue, sentence: sentence) ?? phrases.subjectLeft(subjectEnd, floor: sentence.lowerBound)
        // 'Christie appeared to end his bid …', 'Trump is expected to deliver …': an
        // impression or expectation nobody in particular voices. No source; the content
        // is the subject and what is said of it.
        let beAux = (cue.lowerBound..<v).contains { ["is", "was", "were", "are", "be", "been", "being", "'s"].contains(tokens[$0].lower) }
        let impression = lexicon.words(.impression).contains(form.lemma)
        if impression, cue.upperBound + 1 < end, tokens[cue.upperBound].lower == "to",
           cueForm(cue.upperBound + 1) != nil {
            // 'he appeared to suggest that …', 'Stumpf appeared to blame …': the verb after
            // 'to' reports, and the subject is its speaker.
            cue = cue.lowerBound..<(cue.upperBound + 2)
        } else if impression, cue.upperBound < end,
                  ["at", "on", "in", "before", "with", "alongside", "during"].contains(tokens[cue.upperBound].lower) {
            // 'Oz appeared at a Senate hearing': someone showed up; nobody's impression.
            return
        } else if impression || form.lemma == "expect" && beAux && tokens[v].lower == "expected" {
            let start = phrases.skipAdjunctsRight(cue.upperBound, ceiling: end)
            guard end - start >= 2 else { return }
            var contents = [start..<objectEnd(from: start, sentenceEnd: end)]
            if let np = subject, !["it", "there", "this", "who", "which", "that"].contains(tokens[np.lowerBound].lower) { contents.insert(np, at: 0) }
            if contents.flatMap(quotesInside).contains(where: usedQuotes.contains) { return }
            add(Candidate(cue: cue, source: nil, contents: contents, kind: kind(of: contents), rule: rule("impression")),
                quotes: contents.flatMap(quotesInside))
            return
        }
        // 'Asked whether Clinton “has the integrity …,” 75 percent said …': the question
        // is an attribution of its own, with no source.
        if tokens[v].lower == "asked", v == first || v > 0 && ["when", "after", "being", "once"].contains(tokens[v - 1].lower) {
            var start = v + 1
            if start < end, tokens[start].lower == "about" { start += 1 }
            guard start < end, ["whether", "if", "who", "what", "which", "how", "why", "when", "where"].contains(tokens[start].lower) || tokens[v + 1].lower == "about" else { return }
            var stop = start
            // (The comma may close a quotation: 'Asked why … on “CBS This Morning,” Sanders said …'.)
            while stop < end, !(phrases.isPunct(stop, ",") && doc.quoteOf[stop] < 0), !(tokens[stop].kind == .quote && endsWithComma(stop)) { stop += 1 }
            if stop < end, tokens[stop].kind == .quote { stop += 1 }
            let ct = start..<stop
            guard ct.count >= 2, !quotesInside(ct).contains(where: usedQuotes.contains) else { return }
            add(Candidate(cue: v..<(tokens[v + 1].lower == "about" ? v + 2 : v + 1), source: nil, contents: [ct], kind: kind(of: [ct]),
                          rule: rule("question")), quotes: quotesInside(ct))
            return
        }
        // ', adding that …' — a participle after a comma takes the subject of its clause.
        // '… acknowledged that X but noted that Y' — a second verb of the same subject.
        // ('… and then tweeted that …': an adverb may stand between.)
        var conjunction = cue.lowerBound - 1
        if conjunction > sentence.lowerBound, phrases.cls(conjunction) == .adv || tokens[conjunction].lower == "then" { conjunction -= 1 }
        // (', then referred to …' goes on like 'and'.)
        let coordinated = conjunction >= sentence.lowerBound && (["but", "and"].contains(tokens[conjunction].lower)
            || conjunction + 1 < cue.lowerBound && tokens[conjunction + 1].lower == "then" && phrases.isPunct(conjunction, ","))
        // (The comma may close a quotation: '… a “breach of trust,” adding: “…”'.)
        let participle = tokens[v].lower.hasSuffix("ing") && cue.lowerBound > sentence.lowerBound && endsWithComma(cue.lowerBound - 1)
        let head = participle || coordinated ? reportingHead(inSentenceOf: v) : nil
        // 'Trump reversed himself yet again, telling CBS that …': with no attribution
        // before it in the sentence, the participle's speaker is the sentence's subject.
        // A subject of the cue's own, whatever attribution comes before it: 'with Sen. John
        // McCain calling it a “Chinese menu”', 'with 30 percent of voters saying …' (the
        // noun phrase after 'with'), 'I laughed and said' (the subject of the verb before 'and').
        let ownSubject = tokens[v].lower.hasSuffix("ing") ? subjectAfterWith(cueStart: cue.lowerBound, sentence: sentence)
            : coordinated ? intransitivePartner(of: conjunction, sentence: sentence) : nil
        let clauseSubject = ownSubject ?? ((participle || coordinated) && head == nil && (!learned || quoted)
            ? (participle ? nearestClauseSubject(before: cue.lowerBound - 1, sentence: sentence) : mainSubject(of: sentence, before: cue.lowerBound - 1)) : nil)
        // 'He says he respects Clinton and calls her “an extremely intelligent woman”',
        // 'Carson took the stage and called the system “rotten”': a cue coordinated with
        // an attribution or a clause before it shares its speaker.
        if ownSubject != nil || participle || coordinated && (sayingLemmas.contains(form.lemma) || !learned || quoted || Self.doubleQuoteFollows(v, in: doc)),
           head != nil || clauseSubject != nil {
            var start = phrases.skipAdjunctsRight(cue.upperBound, ceiling: end)
            // 'telling Reuters, “…”' — the addressee is not the content.
            if lexicon.words(.addressee).contains(form.lemma), start < end, tokens[start].kind == .word,
               tokens[start].lower != "that", let object = phrases.nounPhraseRight(start, ceiling: end) {
                start = object.upperBound
            }
            if start < end, phrases.isPunct(start, ":") || phrases.isPunct(start, ",") { start += 1 }
            guard end - start >= 2 else { return }
            var ct = start..<clauseEnd(from: start, sentenceEnd: end)
            // ('with Cruz calling Trump his friend, meeting …': with a subject of its own, a
            // verb that is not one of saying takes an object that ends with its phrase.)
            if ownSubject != nil, !sayingLemmas.contains(form.lemma), !lexicon.words(.naming).contains(form.lemma) {
                ct = start..<objectEnd(from: start, sentenceEnd: ct.upperBound)
            }
            if quotesInside(ct).contains(where: usedQuotes.contains) { return }
            if let head, ownSubject == nil {
                add(Candidate(cue: cue, source: candidates[head].source, contents: [ct], kind: kind(of: [ct]),
                              rule: rule("participle"), inheritsFrom: head), quotes: quotesInside(ct))
            } else {
                add(Candidate(cue: cue, source: clauseSubject, contents: [ct], kind: kind(of: [ct]),
                              rule: rule("participle")), quotes: quotesInside(ct))
            }
            return
        }
        // Passive voice ('was questioned', 'has been mocked'): the subject is not the speaker.
        var passive = tokens[v].lower.hasSuffix("ed") && (cue.lowerBound..<v).contains { ["is", "was", "were", "are", "be", "been", "being"].contains(tokens[$0].lower) }
            // 'a number of arrests documented by Fusion', 'was seen by some as …'
            || cue.upperBound < end && tokens[cue.upperBound].lower == "by" && !tokens[v].lower.hasSuffix("ing")
        // 'Obama is reported to have called the Saudis “free riders”', 'He was quoted as
        // saying …': the verb after the passive reports, and the subject is its speaker.
        if passive, cue.upperBound + 1 < end {
            var k = cue.upperBound
            if tokens[k].lower == "to" {
                k += 1
                if k + 1 < end, tokens[k].lower == "have" { k += 1 }
            } else if tokens[k].lower == "as", tokens[k + 1].lower.hasSuffix("ing") {
                k += 1
            } else {
                k = end
            }
            if k < end, k > cue.upperBound, let inner = cueForm(k), inner.cueClass == .speech || inner.cueClass == .writing || inner.cueClass == .stance {
                cue = cue.lowerBound..<(k + 1)
                passive = false
            }
        }
        // 'Petrilli, who thinks the administration made a power grab, called …': a relative
        // clause that is an attribution of its own stays out of the subject.
        if var whole = subject, whole.count > 2, whole.dropFirst().contains(where: { usedTokens.contains($0) && ["who", "which"].contains(tokens[$0].lower) }),
           let comma = whole.first(where: { phrases.isPunct($0, ",") }), comma > whole.lowerBound {
            whole = whole.lowerBound..<comma
            subject = whole
        }
        guard let np = subject, !passive, !usedTokens.contains(np.lowerBound) || sourceSharedWithLaterCue(np, verb: v)
                || (candidatesBySentence[doc.sentenceOf[v]] ?? []).contains(where: { candidates[$0].source == np && candidates[$0].rule.hasSuffix("opening-participle") }), plausibleSubject(np, forCue: v, lemma: form.lemma),
              !lexicon.frameCueForms.contains(tokens[v].lower) || inReportingFrame(after: cue.upperBound, end: end)
                || form.cueClass == .intent && cue.upperBound < end && tokens[cue.upperBound].lower == "to" else { return }
        // Content after the cue: 'said (that) …', 'told reporters that …'.
        var start = phrases.skipAdjunctsRight(cue.upperBound, ceiling: end)
        // 'Hollande said Tuesday in Paris, noting …': a place or occasion after a verb of
        // saying is circumstance, not what was said.
        if sayingLemmas.contains(form.lemma), start < end, phrases.cls(start) == .prep, tokens[start].lower != "that" {
            let skipped = phrases.skipModifierPhrase(start, ceiling: end)
            if skipped >= end || phrases.isPunct(skipped, ",") || tokens[skipped].lower == "that" { start = skipped }
        }
        if lexicon.words(.addressee).contains(form.lemma),
           start < end, phrases.cls(start) != .conj, tokens[start].lower != "that",
           let object = phrases.nounPhraseRight(start, ceiling: end) {
            start = phrases.skipAdjunctsRight(object.upperBound, ceiling: end)
            start = phrases.skipModifierPhrase(start, ceiling: end)
        }
        if start < end, phrases.isPunct(start, ":") { start += 1 }
        let beforeComma = np.lowerBound > sentence.lowerBound && endsWithComma(np.lowerBound - 1)
        // '…, as a Homeland Security memo put it.': the content is what came before.
        if np.lowerBound > sentence.lowerBound + 1, tokens[np.lowerBound - 1].lower == "as", endsWithComma(np.lowerBound - 2), start >= end {
            let ct = first..<contentEnd(before: np.lowerBound - 2)
            if wordCount(ct) >= 3, !quotesInside(ct).contains(where: usedQuotes.contains) {
                add(Candidate(cue: cue, source: np, contents: [ct], kind: kind(of: [ct]), rule: rule("as-cue")), quotes: quotesInside(ct))
            }
            return
        }
        // 'As Purple PAC's Crane said, the two standard-bearers …': the content follows the comma.
        if np.lowerBound > sentence.lowerBound, tokens[np.lowerBound - 1].lower == "as", start + 1 < end, phrases.isPunct(start, ",") {
            let ct = (start + 1)..<end
            if !quotesInside(ct).contains(where: usedQuotes.contains) {
                add(Candidate(cue: cue, source: np, contents: [ct], kind: kind(of: [ct]), rule: rule("as-cue")), quotes: quotesInside(ct))
            }
            return
        }
        // 'South Carolina, he said, was “where …”': content on both sides of the cue.
        // (Not when a participle follows: '…, Nefzi said, adding, “…”' is two attributions;
        // a verb that goes on with the clause does: 'His wife, he says, plans to leave …',
        // 'Rather, he said, continued struggles …'.)
        if beforeComma, start + 1 < end, phrases.isPunct(start, ","), form.cueClass.isStrong,
           cueForm(start + 1) == nil || !tokens[start + 1].lower.hasSuffix("ing") && doc.quoteOf[start + 1] < 0 {
            let before = first..<contentEnd(before: np.lowerBound - 1)
            let contents = [before, (start + 1)..<end].filter { !$0.isEmpty }
            if !before.isEmpty, !contents.flatMap(quotesInside).contains(where: usedQuotes.contains) {
                add(Candidate(cue: cue, source: np, contents: contents, kind: kind(of: contents), rule: rule("parenthetical")),
                    quotes: contents.flatMap(quotesInside))
            }
            return
        }
        // 'he said, not finishing his joke' — after a comma only a quote or a new clause is content.
        if start + 1 < end, phrases.isPunct(start, ","), tokens[start + 1].kind == .quote || tokens[start + 1].lower == "that"
            || tokens[start + 1].isCapitalized && !phrases.isPronoun(start + 1) {
            start += 1
        }
        // ('…, political analysts say; in 2012 …': after a semicolon the cue reports
        // what came before it.)
        if end - start >= 2, !phrases.isPunct(start, ","), !phrases.isPunct(start, ";"), !(start > cue.upperBound && phrases.isPunct(start - 1, ",") && cueForm(start) != nil) {
            // What a verb of saying reports runs to the end of the sentence; other verbs
            // take an object that ends with its phrase.
            var clause = clauseEnd(from: start, sentenceEnd: end)
            // 'While Ramos said that journalists cannot …, he appears …': a cue inside a
            // subordinate clause reports up to the comma that closes the clause.
            if np.lowerBound > sentence.lowerBound, Self.subordinators.contains(tokens[np.lowerBound - 1].lower),
               let comma = (start..<clause).first(where: { phrases.isPunct($0, ",") && doc.quoteOf[$0] < 0 || endsWithComma($0) && tokens[$0].kind == .quote }),
               comma > start + 1 {
                // (A comma inside a closing quote: the quotation stays with the clause.)
                clause = tokens[comma].kind == .quote ? comma + 1 : comma
            }
            var contents = [start..<(sayingLemmas.contains(form.lemma) || lexicon.words(.naming).contains(form.lemma) ? clause : objectEnd(from: start, sentenceEnd: clause))]
            let head = tokens[sourceHead(np)].lower.strippingPossessive()
            guard form.cueClass.isStrong || introducesClause(start) || lexicon.sourceNouns.contains(head)
                    || form.cueClass == .belief && bareClauseFollows(start, end: end) else { return }
            // 'He said: “…” said the Afghan minister' — the quote already has its attribution.
            // 'Gore insisted it was “premature” … while adding, “I don’t …”' — what comes
            // before a quote another cue took is still this one's.
            if np.count == 1, ["who", "which"].contains(tokens[np.lowerBound].lower), let cut = relativeClauseEnd(in: contents[0]) {
                contents = [contents[0].lowerBound..<cut]
            }
            if contents.flatMap(quotesInside).contains(where: usedQuotes.contains), !(sayingLemmas.contains(form.lemma) && absorbNested(in: contents[0])) {
                guard let cut = contentBefore(usedQuoteIn: contents[0]) else { return }
                contents = [contents[0].lowerBound..<cut]
            } else if let cut = contentBefore(attributionAfter: contents[0]) {
                contents = [contents[0].lowerBound..<cut]
            }
            add(Candidate(cue: cue, source: np, contents: contents, kind: kind(of: contents), rule: rule("subject-cue")),
                quotes: contents.flatMap(quotesInside))
            return
        }
        // '…, Atmar said.' / 'a “very welcome tack,” he said.' — content before the subject.
        if beforeComma, form.cueClass.isStrong {
            let ct = first..<contentEnd(before: np.lowerBound - 1)
            let qs = quotesInside(ct)
            guard wordCount(ct) >= 4, !qs.contains(where: usedQuotes.contains) else { return }
            add(Candidate(cue: cue, source: np, contents: [ct], kind: kind(of: [ct]), rule: rule("trailing-cue")), quotes: qs)
            return
        }
        // 'Sam Lau … said in a statement. “There are no paper ballots …”': nothing after the
        // cue in its sentence, and the next sentence is a quotation.
        if start >= end - 1, form.cueClass.isStrong, sayingLemmas.contains(form.lemma), sentence.upperBound < tokens.count {
            let next = sentence.upperBound
            if doc.quoteOf[next] >= 0, doc.quotes[Int(doc.quoteOf[next])].open == next, doc.quotes[Int(doc.quoteOf[next])].isDouble,
               Int(doc.paragraphOf[next]) - Int(doc.paragraphOf[v]) <= 1, !usedQuotes.contains(Int(doc.quoteOf[next])) {
                let qi = Int(doc.quoteOf[next])
                add(Candidate(cue: cue, source: np, contents: [quoteRange(qi)], kind: .direct, rule: "direct.cue-before-sentence"), quotes: [qi])
            }
        }
    }


    /// The attribution of the sentence's own clause that a participle or a coordinated
    /// verb goes on from: the latest one found before the verb whose cue is not inside
    /// another's content ('Clinton told the audience that she believes …, saying' goes
    /// on from 'Clinton told', not from 'she believes') and whose speaker is not a
    /// relative pronoun ('… an architect who said he was stiffed, saying' is the
    /// sentence subject's participle).
    private func reportingHead(inSentenceOf v: Int) -> Int? {
        guard let found = candidatesBySentence[doc.sentenceOf[v]] else { return nil }
        for idx in found.reversed() {
            let c = candidates[idx]
            guard let cue = c.cue, cue.lowerBound < v else { continue }
            if let s = c.source, ["who", "which", "that", "whom"].contains(tokens[s.lowerBound].lower), s.count == 1 { continue }
            let nested = found.contains { other in
                other != idx && candidates[other].contents.contains { $0.contains(cue.lowerBound) }
            }
            if !nested { return idx }
        }
        return nil
    }

    /// 'His office put out a statement saying …', 'Trump posted a message on Twitter
    /// reading “…”': a participle after an object speaks for the sentence's subject,
    /// not for the object before it; so does one that gives a title ('Mook released a
    /// memo titled “…”').
    private func participleSpeaker(cue: Range<Int>, sentence: Range<Int>) -> Range<Int>? {
        let v = cue.lowerBound
        let title = lexicon.words(.titleParticiples).contains(tokens[v].lower)
        guard cue.count == 1, tokens[v].lower.hasSuffix("ing") || title, v > sentence.lowerBound,
              tokens[v - 1].kind == .word || title && phrases.isPunct(v - 1, ","),
              let np = mainSubject(of: sentence, before: v), np.upperBound + 2 < v else { return nil }
        return np
    }

    /// The subject of a sentence's main clause, when it is plainly one: a pronoun or a
    /// name ('He', 'The Trayvon Martin Foundation', 'Sen. Marco Rubio') after any
    /// opening adjunct ('But a few days later,', 'On Monday,'), followed by a lower-case
    /// word (its verb) before `limit`.
    private func mainSubject(of sentence: Range<Int>, before limit: Int) -> Range<Int>? {
        mainSubject(from: contentStart(sentence), before: limit)
    }

    /// The same for a clause that opens at token s.
    private func mainSubject(from start: Int, before limit: Int) -> Range<Int>? {
        var s = start
        if s < limit, ["but", "and", "yet", "so", "still", "meanwhile", "instead"].contains(tokens[s].lower) { s += 1 }
        // 'Then he cut into Bush, calling …': an adverb with no comma of its own opens the clause.
        if s + 1 < limit, phrases.cls(s) == .adv, phrases.isPronoun(s + 1) || tokens[s + 1].isCapitalized { s += 1 }
        if s < limit, phrases.isPunct(s, ",") { s += 1 }
        // An opening adjunct ends at its comma.
        if s < limit, let comma = (s..<min(limit, s + 12)).first(where: { phrases.isPunct($0, ",") }),
           phrases.cls(s) == .prep || phrases.cls(s) == .adv || phrases.cls(s) == .conj && !phrases.isPronoun(s) || (s..<comma).contains(where: phrases.isTimeWord) {
            s = comma + 1
            // ('On July 6, 2015, Sanders made …': the year after a date's comma.)
            if s + 1 < limit, tokens[s].kind == .number, tokens[s].lower.count == 4, phrases.isPunct(s + 1, ",") { s += 2 }
        }
        guard s < limit else { return nil }
        var np: Range<Int>
        if phrases.isPronoun(s), tokens[s].lower != "it" {
            np = s..<(s + 1)
        } else if let p = phrases.nounPhraseRight(s, ceiling: limit, allowLower: 0), tokens[p.upperBound - 1].isCapitalized,
                  (p.lowerBound..<p.upperBound).allSatisfy({ tokens[$0].kind != .word || tokens[$0].isCapitalized || phrases.cls($0) != nil }) {
            np = p
            // 'Clinton campaign manager Robby Mook': a role between names is part of the name.
            if let run = phrases.nounPhraseRight(s, ceiling: limit, allowLower: 3),
               let last = run.last(where: { tokens[$0].kind == .word && tokens[$0].isCapitalized }), last >= p.upperBound,
               case let longer = s..<(last + 1),
               (p.upperBound..<longer.upperBound).allSatisfy({ tokens[$0].kind != .word || tokens[$0].isCapitalized || phrases.cls($0) != nil
                   || phrases.info[$0].isSourceNoun || lexicon.titles[tokens[$0].lower] != nil || lexicon.organizationWords.contains(tokens[$0].lower) }) {
                np = longer
            }
        } else if let p = describedSpeaker(at: s, before: limit) {
            np = p
        } else if phrases.cls(s) == .det, let p = phrases.nounPhraseRight(s, ceiling: limit, allowLower: 3), p.count >= 2,
                  let head = p.dropFirst().first(where: { h in
                      !tokens[h].isCapitalized && (phrases.info[h].isSourceNoun || lexicon.organizationWords.contains(tokens[h].lower)
                          || lexicon.words(.groupNouns).contains(tokens[h].lower) || lexicon.titles[tokens[h].lower] == .role)
                      && !(h + 1 < limit && tokens[h + 1].kind == .word && phrases.cls(h + 1) == nil && tokens[h + 1].isCapitalized) }) {
            // 'several environmental groups', 'the billionaire businessman': a group or a
            // person by role (not a role before a name: 'the campaign manager Robby Mook').
            np = s..<(head + 1)
        } else {
            return nil
        }
        var k = np.upperBound
        var subject = np
        // 'Gary Emineth, a former state party chairman, became …': a description set off
        // by commas belongs to the subject.
        if k + 2 < limit, phrases.isPunct(k, ","), ["a", "an", "the"].contains(tokens[k + 1].lower) || tokens[k + 1].kind == .number,
           let comma = ((k + 2)..<min(limit, k + 16)).first(where: { phrases.isPunct($0, ",") }),
           !((k + 1)..<comma).contains(where: { tokens[$0].kind == .quote || phrases.isPronoun($0) }) {
            subject = np.lowerBound..<(comma + 1)
            k = comma + 1
        }
        while k < limit, let c = phrases.cls(k), c == .aux || c == .adv || c == .neg { k += 1 }
        guard k < limit, tokens[k].kind == .word, !tokens[k].isCapitalized, phrases.cls(k) == nil else { return nil }
        return subject
    }

    /// 'when my mother mentioned the devil …, I laughed and said, “…”': a verb with no
    /// object right before 'and' (at `and`) shares its subject with the cue after it.
    /// That subject: a pronoun or a name opening its clause.
    private func intransitivePartner(of and: Int, sentence: Range<Int>) -> Range<Int>? {
        let verb = and - 1
        guard verb - 1 >= sentence.lowerBound, tokens[and].lower == "and", tokens[verb].kind == .word, !tokens[verb].isCapitalized,
              phrases.cls(verb) == nil, tokens[verb].lower.hasSuffix("ed"), doc.quoteOf[verb] < 0 else { return nil }
        let subject = verb - 1
        guard phrases.isPronoun(subject), !["it", "this", "that", "there"].contains(tokens[subject].lower) else { return nil }
        let opens = subject == contentStart(sentence) || phrases.isPunct(subject - 1, ",") || Self.subordinators.contains(tokens[subject - 1].lower)
            || ["and", "but", "then"].contains(tokens[subject - 1].lower)
        return opens ? subject..<(subject + 1) : nil
    }

    /// The subject of 'with X VERBing': a phrase that runs from right after 'with' to the
    /// cue, with no verb, clause word or punctuation inside.
    private func subjectAfterWith(cueStart: Int, sentence: Range<Int>) -> Range<Int>? {
        guard let with = (max(sentence.lowerBound, cueStart - 12)..<cueStart).last(where: { tokens[$0].lower == "with" }),
              with + 1 < cueStart, doc.quoteOf[with + 1] < 0,
              // Not the object of the verb before: 'met with reporters saying …', 'spoke with voters'.
              with == sentence.lowerBound || !isVerbBeforeWith(with - 1) else { return nil }
        let np = (with + 1)..<cueStart
        guard np.allSatisfy({ doc.quoteOf[$0] < 0 && (tokens[$0].kind == .word || tokens[$0].kind == .number
                  || tokens[$0].kind == .punctuation && [".", "(", ")", "%", "-", "/"].contains(tokens[$0].lower) || phrases.isPossessiveMark($0)) }),
              !np.contains(where: { cueForm($0) != nil || ["who", "which", "that", "and", "or", "but"].contains(tokens[$0].lower)
                  || Self.subordinators.contains(tokens[$0].lower) || phrases.cls($0) == .prep && !["of", "from", "for", "at", "in"].contains(tokens[$0].lower) }),
              phrases.cls(np.upperBound - 1) == nil,
              phrases.isPronoun(np.lowerBound) || tokens[np.lowerBound].isCapitalized || phrases.cls(np.lowerBound) == .det || tokens[np.lowerBound].kind == .number
                  || phrases.nounPhraseRight(np.lowerBound, ceiling: cueStart) != nil,
              // ('with him saying', 'with the help of aides saying' — a head noun, not an object pronoun or a verb.)
              !["him", "her", "them", "us", "me", "it", "help", "support"].contains(tokens[np.upperBound - 1].lower),
              !tokens[np.upperBound - 1].lower.hasSuffix("ed"), !tokens[np.upperBound - 1].lower.hasSuffix("ing") else { return nil }
        return np
    }

    /// A verb that takes 'with' for its companion ('met with', 'spoke with', 'sided with'),
    /// from the word set `companion-verbs`: 'The debate ended with Trump calling …' is not one.
    private func isVerbBeforeWith(_ k: Int) -> Bool {
        tokens[k].kind == .word && !tokens[k].isCapitalized && lexicon.words(.companionVerbs).contains(tokens[k].lower)
    }

    /// '…, when Sanders protesters interrupted her speech, shouting “…”', 'Speaking in
    /// Salem, New Hampshire, Trump went after Bush, calling him …': a participle set off
    /// by the comma at `comma` goes on from the nearest clause before it, and that
    /// clause's subject speaks. A clause opens the sentence or follows a comma or a
    /// subordinating word; relative clauses ('who …') are passed over.
    private func nearestClauseSubject(before comma: Int, sentence: Range<Int>) -> Range<Int>? {
        // A subordinate clause in mid-sentence without a comma before it ('Trump walked out
        // when Clinton began to speak, saying …') is passed over for the main clause, unless
        // the main clause has no one who can speak ('The crowd grew quiet as Sanders took
        // the stage, saying …').
        if let np = clauseSubject(before: comma, sentence: sentence, commaBeforeSubordinate: true), canSpeak(np) { return np }
        return clauseSubject(before: comma, sentence: sentence, commaBeforeSubordinate: false)
    }

    /// The subject of the nearest clause before `comma`; with `commaBeforeSubordinate`, a
    /// subordinating word opens a clause only at the sentence's start or after a comma.
    private func clauseSubject(before comma: Int, sentence: Range<Int>, commaBeforeSubordinate: Bool) -> Range<Int>? {
        let first = contentStart(sentence)
        var s = comma - 1
        while s >= first {
            defer { s -= 1 }
            guard doc.quoteOf[s] < 0, tokens[s].kind == .word else { continue }
            let opens = s == first || phrases.isPunct(s - 1, ",") && doc.quoteOf[s - 1] < 0
                || (Self.subordinators.contains(tokens[s - 1].lower) || ["and", "but", "where"].contains(tokens[s - 1].lower))
                    && (!commaBeforeSubordinate || s - 1 == first || s - 2 >= first && phrases.isPunct(s - 2, ","))
            guard opens, !["who", "which", "that", "whom", "whose"].contains(tokens[s].lower),
                  let np = mainSubject(from: s, before: comma) else { continue }
            // ('… an architect who said he was stiffed after he designed …, saying': a clause
            // inside a relative clause is no clause a participle goes on from.)
            if s > first, let relative = (first..<s).last(where: { ["who", "which", "whom", "whose"].contains(tokens[$0].lower) && doc.quoteOf[$0] < 0 }),
               !(relative..<s).contains(where: { phrases.isPunct($0, ",") }) { continue }
            return np
        }
        return nil
    }

    /// 'A spokeswoman for the House Armed Services Committee', 'The campaign's senior
    /// adviser': a determiner and a noun that names a speaker by role (a source noun or
    /// a title), with what it speaks for ('for …', 'of …', 'at …'). Such a phrase
    /// plainly refers to someone who speaks, though it names nobody.
    private func describedSpeaker(at s: Int, before limit: Int) -> Range<Int>? {
        guard phrases.cls(s) == .det, ["a", "an", "the"].contains(tokens[s].lower),
              let p = phrases.nounPhraseRight(s, ceiling: limit, allowLower: 4), p.count >= 2 else { return nil }
        let head = tokens[p.upperBound - 1].lower
        guard !tokens[p.upperBound - 1].isCapitalized, lexicon.sourceNouns.contains(head) || lexicon.titles[head] != nil else { return nil }
        var end = p.upperBound
        // 'for the Senate Finance Committee': a name, capitalised word by word.
        if end < limit, ["for", "of", "at"].contains(tokens[end].lower) {
            var m = end + 1
            if m < limit, tokens[m].lower == "the" { m += 1 }
            var last = -1
            while m < limit, m - end <= 8, tokens[m].kind == .word || tokens[m].lower == "&" {
                if tokens[m].isCapitalized { last = m } else if !["of", "and", "&"].contains(tokens[m].lower) { break }
                m += 1
            }
            if last > end { end = last + 1 }
        }
        return p.lowerBound..<end
    }

    /// Conjunctions that open a subordinate clause before the main one ('While X said …,').
    static let subordinators: Set<String> = ["while", "although", "though", "after", "when", "as", "if", "because", "since", "before", "once", "whereas", "until"]

    /// 'Gore insisted it was “premature” … while adding, “…”': the quote's attribution
    /// took the subject for its later verb first; the earlier verb shares it.
    private func sourceSharedWithLaterCue(_ np: Range<Int>, verb v: Int) -> Bool {
        candidates.contains { c in
            c.source == np && (c.cue.map { $0.lowerBound > v && doc.sentenceOf[$0.lowerBound] == doc.sentenceOf[v] } ?? false)
        }
    }

    /// Where content must stop so as not to take a quote that another attribution
    /// holds: before that quote, and before the cue that introduces it ('while adding on
    /// climate change matters, “…”'), with dangling commas and conjunctions dropped.
    /// Nil when too little is left.
    private func contentBefore(usedQuoteIn r: Range<Int>) -> Int? {
        guard let used = r.first(where: { doc.quoteOf[$0] >= 0 && usedQuotes.contains(Int(doc.quoteOf[$0])) }),
              used > r.lowerBound + 1 else { return nil }
        var cut = used
        if let c = ((r.lowerBound + 1)..<cut).last(where: { cueForm($0) != nil && doc.quoteOf[$0] < 0 }) {
            cut = max(r.lowerBound, phrases.extendCueLeft(c, floor: r.lowerBound))
        }
        while cut > r.lowerBound, tokens[cut - 1].kind == .punctuation && doc.quoteOf[cut - 1] < 0 || phrases.cls(cut - 1) == .conj {
            cut -= 1
        }
        return wordCount(r.lowerBound..<cut) >= 3 ? cut : nil
    }

    /// 'Petrilli, who thinks the administration made a power grab, called the law “much
    /// better”', 'On Trump's claim that generals agree with him, Benjamin said …': what a
    /// relative clause reports ends at the comma where the sentence's own verb, or its
    /// subject and verb, take over. Nil when no such comma comes.
    private func relativeClauseEnd(in r: Range<Int>) -> Int? {
        // (The comma may sit inside a closing quote: 'who described Trump as “a sociopath,”
        // clearly intended …'; the quote then stays with the clause.)
        for k in r where k > r.lowerBound + 1 && k + 1 < r.upperBound && (phrases.isPunct(k, ",") && doc.quoteOf[k] < 0 || tokens[k].kind == .quote && endsWithComma(k)) {
            var j = k + 1
            if tokens[j].isCapitalized, let np = phrases.nounPhraseRight(j, ceiling: r.upperBound), np.count <= 6 { j = np.upperBound }
            while j < r.upperBound, phrases.cls(j) == .adv || phrases.isLyAdverb(j) { j += 1 }
            guard j < r.upperBound, tokens[j].kind == .word, !tokens[j].isCapitalized, !tokens[j].lower.hasSuffix("ing") else { continue }
            if cueForm(j) != nil || j == k + 1 && phrases.cls(j) == nil && (tokens[j].lower.hasSuffix("ed") || phrases.cls(j) == .aux)
                || tokens[k].kind == .quote && (phrases.cls(j) == .aux || phrases.cls(j) == nil && tokens[j].lower.hasSuffix("ed")) {
                return tokens[k].kind == .quote ? k + 1 : k
            }
        }
        return nil
    }

    /// 'When Clinton noted that Trump paid no taxes — as was true for years — Trump
    /// boasted, “…”': content that stops at the comma or colon before a quotation another
    /// attribution holds, whose cue lies inside it, ends before that attribution's speaker
    /// and cue. Nil when nothing needs cutting or too little is left.
    private func contentBefore(attributionAfter r: Range<Int>) -> Int? {
        let open = r.upperBound + 1
        guard open < tokens.count, phrases.isPunct(r.upperBound, ",") || phrases.isPunct(r.upperBound, ":"),
              doc.quoteOf[open] >= 0, doc.quotes[Int(doc.quoteOf[open])].open == open,
              let other = (candidatesBySentence[doc.sentenceOf[r.upperBound]] ?? []).lazy.map({ self.candidates[$0] }).first(where: { $0.contents.first?.lowerBound == open }),
              let cue = other.cue, r.contains(cue.lowerBound) else { return nil }
        var cut = min(cue.lowerBound, other.source.map { r.contains($0.lowerBound) ? $0.lowerBound : cue.lowerBound } ?? cue.lowerBound)
        while cut > r.lowerBound, tokens[cut - 1].kind == .punctuation && doc.quoteOf[cut - 1] < 0 || phrases.cls(cut - 1) == .conj {
            cut -= 1
        }
        return wordCount(r.lowerBound..<cut) >= 3 ? cut : nil
    }

    /// A comma at token k, or a closing quote right after one ('tack,” he said'), also
    /// past a nested closing mark ('you called ‘miracles,’” she said').
    private func endsWithComma(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count else { return false }
        if phrases.isPunct(k, ",") { return true }
        guard tokens[k].kind == .quote, k > 0, doc.quoteOf[k] >= 0, doc.quotes[Int(doc.quoteOf[k])].close == k else { return false }
        return phrases.isPunct(k - 1, ",") || k > 1 && tokens[k - 1].kind == .quote && phrases.isPunct(k - 2, ",")
    }

    /// Where content ends before the comma at k: before it, or after the closing quote
    /// that follows it (the quotation marks belong to the content).
    private func contentEnd(before k: Int) -> Int {
        phrases.isPunct(k, ",") ? k : k + 1
    }

    /// The head word of a source: the last word before its description ('Yang Shu' in
    /// 'Yang Shu, director of the institute,' or 'Jason Sims — a teacher —').
    private func sourceHead(_ np: Range<Int>) -> Int {
        if let comma = np.first(where: { $0 > np.lowerBound && tokens[$0].kind == .punctuation && [",", "—", "–"].contains(tokens[$0].lower) }) {
            return comma - 1
        }
        var k = np.upperBound - 1
        while k > np.lowerBound, tokens[k].kind == .punctuation { k -= 1 }
        return k
    }

    /// Cue forms that are also nouns ('note', 'claims', 'comments'): a verb only after
    /// a subject that can speak (a name, a pronoun, a role), never after a possessive.
    private func plausibleSubject(_ np: Range<Int>, forCue v: Int, lemma: String) -> Bool {
        let head = sourceHead(np)
        let headWord = tokens[head].lower
        // ('He's claiming' is a pronoun and its auxiliary, not a possessive.)
        if headWord.hasSuffix("'s") || headWord.hasSuffix("s'"), !phrases.isPronoun(head) { return false }
        guard lexicon.nounCueForms.contains(tokens[v].lower) else { return true }
        // 'Republican claims', 'the following comment:': a party label or a participle
        // before the form is its modifier, so the form is a noun.
        if lexicon.words(.partyLabels).contains(headWord) || !tokens[head].isCapitalized && headWord.hasSuffix("ing") { return false }
        // 'the suit claims that …': what follows makes it a verb.
        // ('Her economic plan promises to “lift up …”': an infinitive after a form in -s too.)
        if v + 1 < tokens.count, tokens[v + 1].lower == "that" || tokens[v + 1].kind == .quote || tokens[v + 1].lower == ":"
            || tokens[v + 1].lower == "to" && tokens[v].lower.hasSuffix("s") && v + 2 < tokens.count && tokens[v + 2].kind == .word && phrases.cls(v + 2) == nil {
            return true
        }
        if phrases.isPronoun(head) || tokens[head].isCapitalized { return true }
        return lexicon.sourceNouns.contains(headWord) || lexicon.titles[headWord] != nil || lexicon.organizationWords.contains(headWord)
    }

    /// Where content that is an object noun phrase ends: 'rejected that argument' stops
    /// before 'in a ruling released Thursday'; 'acknowledged the reality of climate
    /// change' before ', which …'. A clause ('that …', 'to …', a quote) runs to the
    /// end of the sentence.
    private func objectEnd(from start: Int, sentenceEnd end: Int) -> Int {
        let first = tokens[start].lower
        // 'declined to comment, not wanting to …': an infinitive ends at its comma.
        if first == "to" {
            // (So does one before a spaced dash: 'urged Obama to retaliate -- meddling the
            // congressman said is designed to …'.)
            var k = start + 1
            while k < end, !((phrases.isPunct(k, ",") || ["—", "–", "--", "―"].contains(tokens[k].lower) && tokens[k].spaceBefore) && doc.quoteOf[k] < 0) { k += 1 }
            return k
        }
        if tokens[start].kind == .quote || ["that", "whether", "if", "how", "what", "why", "when", "who"].contains(first) || phrases.isPronoun(start) {
            return end
        }
        // A determiner followed by a verb-like run is a clause subject: 'the economy is …'.
        // A time, a subordinate clause or a second verb ends the object, though not
        // before a quotation: 'slammed the media on Monday as “dishonest”' (an object
        // that holds a quotation runs to the end of the sentence).
        let quoteAhead = (start..<end).contains { doc.quoteOf[$0] >= 0 }
        var k = start
        while k < end {
            let t = tokens[k]
            if t.kind == .quote || doc.quoteOf[k] >= 0 {
                // ('what she called a “rant,” a series of postings …': a quotation that ends
                // with its own comma before a description or a clause closes the object.)
                // ('accuses Obama of “leading from behind” and Donald Trump says …': so does one
                // before another speaker's report.)
                // ('likened the rules to “burning the Constitution” - a charge that …': and so
                // does a spaced dash after it, or a subordinate clause: 'responded with chants
                // of “I’m with her” until Clinton herself spoke up'.)
                if doc.quoteOf[k] >= 0, let close = doc.quotes[Int(doc.quoteOf[k])].close, close + 1 < end,
                   closesClause(quoteEnd: close) || phrases.isPunct(close - 1, ",") && tokens[close + 1].lower == "the" || newSpeakerSays(after: close + 1, end: end)
                    || close + 2 < end && ["until", "when", "while", "because", "although", "though", "unless"].contains(tokens[close + 1].lower)
                        && (phrases.isPronoun(close + 2) || tokens[close + 2].isCapitalized || phrases.cls(close + 2) == .det)
                    || ["—", "–", "--", "―", "-"].contains(tokens[close + 1].lower) && tokens[close + 1].spaceBefore && close + 2 < end && tokens[close + 2].spaceBefore
                        // (not one that opens an aside: '“encouragement” - a word he used - and …')
                        && !((close + 2)..<end).contains(where: { tokens[$0].lower == tokens[close + 1].lower && tokens[$0].spaceBefore }) {
                    return close + 1
                }
                return end
            }
            // A comma ends the object only before a relative or appositive clause
            // (', which …', ', the latest …', ', saying …'); lists go on ('jobs, safety').
            // (A spaced dash ends it too: 'credits the Democrats' prospects to … -- but he said …'.)
            // (Not the dashes that set off an aside: 'the nominee -- presumptively, Mrs. Clinton --'.)
            // ('called Clinton, his Democratic challenger, an ISIS “co-founder”': not a comma
            // before the quotation the object holds, a few plain words on.)
            if t.kind == .punctuation, t.lower == ",", quoteAhead,
               let q = ((k + 1)..<min(end, k + 9)).first(where: { doc.quoteOf[$0] >= 0 }),
               !((k + 1)..<q).contains(where: { cueForm($0) != nil || phrases.cls($0) == .rel || phrases.isPronoun($0) || tokens[$0].kind == .punctuation && !phrases.isPunct($0, ",") }) {
                k += 1
                continue
            }
            if t.kind == .punctuation, [",", "—", ";", "("].contains(t.lower)
                || ["--", "–", "―"].contains(t.lower) && t.spaceBefore
                    && !(start..<end).contains(where: { $0 != k && tokens[$0].lower == t.lower && tokens[$0].spaceBefore }) {
                guard t.lower == ",", k + 1 < end else { break }
                let next = tokens[k + 1]
                if phrases.cls(k + 1) == .rel || phrases.cls(k + 1) == .det && ["the", "a", "an"].contains(next.lower) || next.lower.hasSuffix("ing") || phrases.cls(k + 1) == .conj && next.lower != "and"
                    || next.lower == "and" && newClause(after: k + 1, end: end)
                    // ('touched on the idea of a running mate, Clinton remarked that …': a new
                    // clause with its own subject and verb.)
                    || next.isCapitalized && newClause(after: k, end: end) && !(start..<k).contains(where: { ["that", "when", "if"].contains(tokens[$0].lower) }) {
                    break
                }
            }
            // 'endorsed Trump last week', 'shared the news on Monday': a time ends the object.
            if k > start, !quoteAhead, t.kind == .word, phrases.isTimeWord(k) || ["last", "this", "next", "on"].contains(t.lower) && k + 1 < end && phrases.isTimeWord(k + 1) {
                break
            }
            if t.kind == .word, let c = phrases.cls(k), k > start {
                // 'endorsed gay marriage after his son came out': the object ends before a subordinate clause.
                if c == .conj, ["because", "although", "though", "since", "unless"].contains(t.lower) || !quoteAhead && ["when", "while", "until"].contains(t.lower) { break }
                // 'endorsed Trump and has appeared at his side': a second verb of the subject.
                if t.lower == "and", !quoteAhead, k + 1 < end, phrases.cls(k + 1) == .aux || tokens[k + 1].kind == .word && !tokens[k + 1].isCapitalized
                    && phrases.cls(k + 1) == nil && (tokens[k + 1].lower.hasSuffix("ed") || cueForm(k + 1) != nil) && !tokens[k + 1].lower.hasSuffix("ing") {
                    break
                }
                if c == .prep, ["after", "before"].contains(t.lower), k + 1 < end, phrases.isPronoun(k + 1) || tokens[k + 1].lower.hasSuffix("ing") { break }
                if c == .aux || c == .rel || c == .conj && t.lower != "and" && t.lower != "or" { return end }
                if c == .prep, ["during", "since", "while", "amid", "despite"].contains(t.lower) { break }
                if c == .prep, ["in", "at", "after", "before"].contains(t.lower), k + 2 < end, ["a", "an", "the", "his", "her", "their", "its", "this", "last"].contains(tokens[k + 1].lower),
                   lexicon.words(.occasions).contains(tokens[k + 2].lower) || phrases.isTimeWord(k + 2) {
                    break
                }
            }
            k += 1
        }
        return max(k, min(start + 1, end))
    }

    /// Where reported content ends within its sentence: before a second clause of the
    /// same subject ('… misspoke but noted that …'), a participle (', appearing to …') or
    /// a contrast (', while …'); never inside a quotation.
    /// A quotation that ends with its own comma ('cautioned “let’s not get ahead of
    /// ourselves,” before …', 'likes “The Walking Dead,” while …') closes the reported
    /// clause when a subordinate or relative clause follows.
    private func closesClause(quoteEnd k: Int) -> Bool {
        guard k > 0, k + 1 < tokens.count, phrases.isPunct(k - 1, ","), tokens[k + 1].kind == .word else { return false }
        let next = tokens[k + 1].lower
        return Self.subordinators.contains(next) || phrases.cls(k + 1) == .rel || ["which", "who", "whereas"].contains(next)
            || next.hasSuffix("ing") && phrases.cls(k + 1) == nil
            // ('called him a “moderate,” a subtle dig at …': the writer's description, unless
            // another quotation follows at once: 'a “liar,” a “bully” and a “narcissist”'. A
            // plain list after a quotation — '“change,” a new approach and an end to wars' —
            // is cut here too.)
            || ["a", "an"].contains(next) && !(k + 2 < tokens.count && tokens[k + 2].kind == .quote)
    }

    private func clauseEnd(from start: Int, sentenceEnd end: Int) -> Int {
        var k = start + 1
        while k < end {
            // '… “outrageous practices,” which …': the comma inside the closing quote.
            if tokens[k].kind == .quote, doc.quoteOf[k] >= 0, doc.quotes[Int(doc.quoteOf[k])].close == k, closesClause(quoteEnd: k) { return k + 1 }
            if doc.quoteOf[k] < 0 {
                let w = tokens[k].lower
                // '… “there’s nothing wrong with that” — asserting that …': a dash after
                // quoted words opens the writer's aside.
                if ["—", "–", "--", "―"].contains(w), k > start + 2, (start..<k).contains(where: { doc.quoteOf[$0] >= 0 }) {
                    return k
                }
                if phrases.isPunct(k, ","), k + 1 < end, doc.quoteOf[k + 1] < 0 {
                    let next = tokens[k + 1].lower
                    // 'Though she called for compensation to be “clawed back”, Clinton restricted
                    // …': the comma that closes an opening subordinate clause before the main
                    // clause's subject and verb.
                    if Self.subordinators.contains(tokens[contentStart(doc.sentence(of: k))].lower), newClause(after: k, end: end) { return k }
                    if ["while", "whereas", "however"].contains(next) { return k }
                    // 'Trump, who questioned whether …, said Friday that …': the main verb of
                    // the sentence ends a relative clause's content.
                    if !next.hasSuffix("ing"), let form = cueForm(k + 1), sayingLemmas.contains(form.lemma) { return k }
                    if next.hasSuffix("ing"), tokens[k + 1].kind == .word, phrases.cls(k + 1) == nil, k + 2 < end, cueForm(k + 1) != nil { return k }
                    // '… whether the moderators will be “fair” to him, engaging in …': after a
                    // quotation, a participle clause is the writer's comment.
                    if next.hasSuffix("ing"), next.count > 5, !["including", "according"].contains(next), tokens[k + 1].kind == .word,
                       !tokens[k + 1].isCapitalized, phrases.cls(k + 1) == nil, (start..<k).contains(where: { doc.quoteOf[$0] >= 0 }) { return k }
                }
                if w == "but" && (k + 1..<min(end, k + 4)).contains(where: { cueForm($0) != nil })
                    || w == "and" && (k + 1..<min(end, k + 3)).contains(where: { cueForm($0).map { sayingLemmas.contains($0.lemma) } ?? false }),
                   !(k + 1 < end && (phrases.isPronoun(k + 1) || tokens[k + 1].isCapitalized)) {
                    return phrases.isPunct(k - 1, ",") ? k - 1 : k
                }
                // '… said she admires his determination and highlighted …': a second verb of
                // the speaker ('and called', ', and suggested') ends what the first reported.
                if w == "and", k + 1 < end, doc.quoteOf[k + 1] < 0, !tokens[k + 1].lower.hasSuffix("ing"),
                   cueForm(k + 1) != nil || quoteCueSet.contains(k + 1) && tokens[k + 1].lower.hasSuffix("ed") || phrases.isPunct(k - 1, ",") && tokens[k + 1].kind == .word && !tokens[k + 1].isCapitalized
                       && tokens[k + 1].lower.hasSuffix("ed") && phrases.cls(k + 1) == nil {
                    return phrases.isPunct(k - 1, ",") ? k - 1 : k
                }
                // 'a woman asked for a photo and Clinton said, “…”': a speaker of its own and a
                // verb of saying after 'and' start another report (not 'Clinton and Obama said').
                // (Also after a quotation: '21 percent said “not too likely” and 14 percent said …'.)
                if w == "and", !tokens[k - 1].isCapitalized, !phrases.isPronoun(k - 1), doc.quoteOf[k - 1] < 0 || tokens[k - 1].kind == .quote,
                   newSpeakerSays(after: k, end: end) {
                    return k
                }
                // '… called for a boycott, and the Anti-Defamation League denounced …': after
                // ', and' a new subject with its own verb starts a clause of its own.
                if w == "and", phrases.isPunct(k - 1, ","), newClause(after: k, end: end) { return k - 1 }
                // '… the mails were personal, but for Republicans, it is a smoking gun': a
                // contrast after a comma is the writer's.
                if w == "but", phrases.isPunct(k - 1, ",") { return k - 1 }
                // (Also when the comma closes a quotation: 'called it “an attack on our
                // country,” but he also noted …'.)
                if w == "but", tokens[k - 1].kind == .quote, endsWithComma(k - 1) { return k }
                // 'calling it “disqualifying” and asserting that …': a second participle of
                // the speaker is a report of its own.
                if w == "and", k + 1 < end, doc.quoteOf[k + 1] < 0, tokens[k + 1].lower.hasSuffix("ing"), cueForm(k + 1) != nil {
                    return phrases.isPunct(k - 1, ",") ? k - 1 : k
                }
            }
            k += 1
        }
        return end
    }

    /// After the 'and' at k comes a speaker of its own and a verb of saying: 'a woman
    /// asked for a photo and Clinton said, “…”'.
    private func newSpeakerSays(after k: Int, end: Int) -> Bool {
        guard k + 2 < end, tokens[k].lower == "and", phrases.isPronoun(k + 1) || tokens[k + 1].isCapitalized && phrases.cls(k + 1) == nil
                || tokens[k + 1].kind == .number,
              let np = phrases.nounPhraseRight(k + 1, ceiling: end), np.count <= 4,
              case let verb = phrases.skipAdjunctsRight(np.upperBound, ceiling: end), verb < end else { return false }
        // ('Ryan saying he was “very encouraged” and Trump calling it a “great meeting”': a
        // named speaker with a participle of its own reports too.)
        if tokens[verb].lower.hasSuffix("ing") { return tokens[k + 1].isCapitalized && cueForm(verb)?.cueClass == .speech }
        return sayingLemmas.contains(cueForm(verb)?.lemma ?? "")
    }

    /// After the conjunction at k comes a clause with a subject and a verb of its own:
    /// '…, and the Anti-Defamation League strongly denounced …'.
    private func newClause(after k: Int, end: Int) -> Bool {
        guard k + 2 < end, doc.quoteOf[k + 1] < 0, phrases.cls(k + 1) == .det || tokens[k + 1].isCapitalized,
              let np = phrases.nounPhraseRight(k + 1, ceiling: end), np.upperBound < end else { return false }
        var verb = phrases.skipAdjunctsRight(np.upperBound, ceiling: end)
        while verb < end, phrases.cls(verb) == .aux || phrases.cls(verb) == .neg { verb += 1 }
        guard verb < end else { return false }
        return cueForm(verb) != nil || tokens[verb].kind == .word && !tokens[verb].isCapitalized && phrases.cls(verb) == nil && tokens[verb].lower.hasSuffix("ed")
    }

    /// 'that', a quotation or a colon follows the cue (after its adjuncts).
    private func inReportingFrame(after k: Int, end: Int) -> Bool {
        var j = phrases.skipModifierPhrase(phrases.skipAdjunctsRight(k, ceiling: end), ceiling: end)
        if j < end, phrases.isPunct(j, ",") { j += 1 }
        guard j < end else { return false }
        return tokens[j].lower == "that" || tokens[j].kind == .quote || tokens[j].lower == ":"
    }

    private func wordCount(_ r: Range<Int>) -> Int {
        r.isEmpty ? 0 : r.reduce(0) { $0 + (tokens[$1].kind == .word || tokens[$1].kind == .number ? 1 : 0) }
    }

    /// Where content that starts a sentence begins: after a bullet ('•') and a
    /// dateline ('ISLAMABAD:'), which belong to the page, not to the speaker.
    private func contentStart(_ sentence: Range<Int>) -> Int {
        var s = sentence.lowerBound
        while s < sentence.upperBound, tokens[s].kind == .punctuation, ["•", "-", "*", "—", "·", "–"].contains(tokens[s].lower) { s += 1 }
        if s + 1 < sentence.upperBound, tokens[s].isAllCaps, tokens[s].lower.count >= 3, phrases.isPunct(s + 1, ":") { s += 2 }
        // 'WASHINGTON (Reuters) - …', 'CLEVELAND - …', 'Aug 31 (Reuters) - …': a dateline
        // before a spaced dash in the article's first paragraphs.
        if s < sentence.upperBound, doc.paragraphOf[s] < 4, tokens[s].isCapitalized,
           let dash = (s..<min(sentence.upperBound, s + 8)).first(where: { ["-", "—", "–"].contains(tokens[$0].lower) && tokens[$0].spaceBefore }),
           dash + 1 < sentence.upperBound, tokens[dash + 1].spaceBefore,
           (s..<dash).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].kind == .number || tokens[$0].kind == .punctuation }),
           (s..<dash).contains(where: { tokens[$0].isAllCaps || tokens[$0].lower == "reuters" || tokens[$0].lower == "ap" || tokens[$0].lower == "afp" }) {
            s = dash + 1
        }
        return s
    }

    /// 'the president hopes obstruction would become untenable': a clause without
    /// 'that' after a verb of belief, seen by its auxiliary a few words on.
    private func bareClauseFollows(_ start: Int, end: Int) -> Bool {
        var k = start
        while k < min(end, start + 6) {
            if tokens[k].kind != .word { return false }
            if k > start, phrases.cls(k) == .aux { return true }
            k += 1
        }
        return false
    }

    /// The content starts a clause of its own: 'that …', 'the Taliban are …'.
    private func introducesClause(_ i: Int) -> Bool {
        guard i < tokens.count else { return false }
        let w = tokens[i].lower
        if ["that", "whether", "if", "how", "what", "why", "when", "who", "to"].contains(w) { return true }
        return tokens[i].kind == .quote || tokens[i].isCapitalized || phrases.cls(i) == .det || phrases.isPronoun(i)
    }

    // MARK: Pass 5 — 'Pat Caddell: Democrat voters worried …' (headline form)

    private mutating func headlineColon() {
        // A transcript labels its speakers in capitals ('TAPPER: …', 'FALLIN: …'); one
        // such label alone is more likely a dateline ('ISLAMABAD: …').
        // (A transcript pasted as a quotation opens each turn with a stray mark: '"PENCE: …'.)
        func labelStart(_ p: Range<Int>) -> Int {
            p.count > 3 && tokens[p.lowerBound].kind == .quote && tokens[p.lowerBound + 1].isAllCaps && phrases.isPunct(p.lowerBound + 2, ":")
                && (doc.quoteOf[p.lowerBound] < 0 || !doc.quotes[Int(doc.quoteOf[p.lowerBound])].isClosed)
                ? p.lowerBound + 1 : p.lowerBound
        }
        let capitalLabels = doc.paragraphs.filter { p in
            let s = labelStart(p)
            return p.upperBound - s > 2 && tokens[s].isAllCaps && phrases.isPunct(s + 1, ":")
        }.count
        for paragraph in doc.paragraphs {
            let s = labelStart(paragraph)
            guard paragraph.upperBound - s > 3, !usedTokens.contains(s) else { continue }
            var k: Int
            let t = tokens[s]
            if t.kind == .word, t.isAllCaps || ["q", "a"].contains(t.lower) && t.isCapitalized && t.span.length == 1, phrases.isPunct(s + 1, ":") {
                // 'Q: …' / 'A: …' / 'BOULDUAN: …'
                guard capitalLabels >= 2 else { continue }
                k = s + 1
            } else {
                // 'Pat Caddell: …', 'Trump: …', 'Rep. Trey Gowdy (R-S.C.): …'
                guard let np = phrases.nounPhraseRight(s, ceiling: paragraph.upperBound, allowLower: 0), np.count <= 8,
                      np.upperBound < paragraph.upperBound, phrases.isPunct(np.upperBound, ":"),
                      tokens[s].isCapitalized, !tokens[s].isAllCaps || np.count > 1,
                      !(np.count == 1 && lexicon.words(.pageLabels).contains(t.lower)) else { continue }
                k = np.upperBound
            }
            guard k < paragraph.upperBound - 2 else { continue }
            let ct = (k + 1)..<phrases.contentEnd(of: (k + 1)..<paragraph.upperBound)
            guard ct.count >= 3, !quotesInside(ct).contains(where: usedQuotes.contains) else { continue }
            add(Candidate(cue: k..<(k + 1), source: s..<k, contents: [ct], kind: kind(of: [ct]), rule: "headline.colon"),
                quotes: quotesInside(ct))
        }
    }

    // MARK: Pass 5b — 'In the latest CNN/ORC poll, …' / '… leading in the polls'

    /// Polls and surveys report findings: 'In May's Washington Post-ABC News poll,
    /// Clinton led Trump …' and 'Sanders has sagged in the polls' attribute the finding
    /// to the poll, as annotators mark it (cue 'in').
    private mutating func pollFindings() {
        let dataSources = lexicon.words(.dataSources)
        guard !dataSources.isEmpty else { return }
        for sentence in doc.sentences {
            let end = phrases.contentEnd(of: sentence)
            var s = contentStart(sentence)
            if s < end, ["but", "and", "yet"].contains(tokens[s].lower) { s += 1 }
            guard s < end else { continue }
            if tokens[s].lower == "in", doc.quoteOf[s] < 0,
               let comma = ((s + 1)..<min(end, s + 18)).first(where: { phrases.isPunct($0, ",") }),
               ((s + 1)..<comma).contains(where: { dataSources.contains(tokens[$0].lower) }),
               !((s + 1)..<comma).contains(where: { tokens[$0].kind == .quote || phrases.isPronoun($0) }),
               !usedTokens.contains(s), comma + 3 < end {
                let ct = (comma + 1)..<end
                guard !quotesInside(ct).contains(where: usedQuotes.contains) else { continue }
                add(Candidate(cue: s..<(s + 1), source: (s + 1)..<comma, contents: [ct], kind: kind(of: [ct]), rule: "reported.poll"),
                    quotes: quotesInside(ct))
                continue
            }
            // '… has been leading in the polls', '… mired in fourth in most surveys'
            guard end - 3 > s, dataSources.contains(tokens[end - 1].lower) else { continue }
            var k = end - 2
            while k > s, k > end - 6, tokens[k].kind == .word, tokens[k].lower != "in" { k -= 1 }
            guard tokens[k].lower == "in", k - s >= 3, !usedTokens.contains(k), doc.quoteOf[k] < 0 else { continue }
            let ct = s..<k
            guard !quotesInside(ct).contains(where: usedQuotes.contains), !(s..<k).contains(where: { usedTokens.contains($0) }) else { continue }
            add(Candidate(cue: k..<(k + 1), source: (k + 1)..<end, contents: [ct], kind: kind(of: [ct]), rule: "reported.poll"),
                quotes: quotesInside(ct))
        }
    }

    // MARK: Pass 6 — “A,” he said, “B.” / … Mr. Holtz-Eakin said. ''B.''

    /// A quote right after an attribution, in the same paragraph and with no cue of
    /// its own, goes on with the same speaker: it becomes another content span.
    private mutating func followingQuotes() {
        for idx in candidates.indices where !dropped.contains(idx) {
            let c = candidates[idx]
            guard let lastContent = c.contents.last else { continue }
            var k = max(lastContent.upperBound, c.cue?.upperBound ?? 0, c.source?.upperBound ?? 0)
            guard k < tokens.count else { continue }
            let ceiling = doc.paragraph(of: k - 1).upperBound
            k = phrases.skipAdjunctsRight(k, ceiling: ceiling)
            k = phrases.skipModifierPhrase(k, ceiling: ceiling)
            var steps = 0
            while k < ceiling, steps < 2, tokens[k].kind == .punctuation, [",", ".", ":", ";", "—", "-", "!", "?"].contains(tokens[k].lower) {
                k += 1
                steps += 1
            }
            // 'he said, but “…”', 'Jordan said, and still “…”'
            // (The conjunction and its adverbs go with the quotation, as annotators mark it.)
            var joined: Int?
            if k < ceiling, tokens[k].lower == "but" || tokens[k].lower == "and" {
                joined = k
                k += 1
                while k < ceiling, phrases.cls(k) == .adv, doc.quoteOf[k] < 0 { k += 1 }
            }
            let joinedAt = k
            // '“A,” Trump said in reply. “B.”' / '…,” said Cruz, who had introduced them. “B.”':
            // the rest of the attribution's sentence, when it reports nothing of its own,
            // stands between the two quotes.
            // (Not a sentence of its own: 'She became so upset … that I had to change my
            // answer: “…”' is another statement; 'Unless rivals quit, “…”' still leads in.)
            if k < ceiling, doc.quoteOf[k] < 0 || k > 0 && tokens[k - 1].kind == .word,
               doc.sentence(of: k).lowerBound != k || Self.subordinators.contains(tokens[k].lower) || tokens[k].lower == "unless",
               let next = quoteAfterAttribution(from: k, ceiling: ceiling) { k = next }
            // A title ('on CNN’s “State of the Union”') is not more of the statement.
            if k < ceiling, k > 0, tokens[k - 1].kind == .word, joined == nil { continue }
            guard k < ceiling, doc.quoteOf[k] >= 0 else { continue }
            let next = Int(doc.quoteOf[k])
            guard doc.quotes[next].open == k, doc.quotes[next].isDouble, !usedQuotes.contains(next) else { continue }
            let quote = quoteRange(next)
            candidates[idx].contents.append(k == joinedAt ? (joined ?? quote.lowerBound)..<quote.upperBound : quote)
            usedQuotes.insert(next)
        }
    }

    /// The opening mark of the next quote when what stands between token k and it is
    /// circumstance of the attribution before, not a statement of its own: the rest of
    /// the sentence ('“A,” Trump said in reply. “B.”', '…,” said Cruz, who had introduced
    /// them. “B.”') or a phrase ending with a comma ('he said of people whose rights were
    /// restored, “But …”'). Nothing between may be quoted or a verb of saying.
    private func quoteAfterAttribution(from k: Int, ceiling: Int) -> Int? {
        let sentence = doc.sentence(of: k)
        var j = k
        while j < ceiling, j - k <= 30 {
            if tokens[j].kind == .quote || doc.quoteOf[j] >= 0 {
                // 'on CNN’s “State of the Union” Sunday': a title after a word is circumstance.
                if doc.quoteOf[j] >= 0, case let q = doc.quotes[Int(doc.quoteOf[j])], q.open == j, q.isClosed, j > 0, tokens[j - 1].kind == .word {
                    j = q.last + 1
                    continue
                }
                guard doc.quoteOf[j] >= 0, doc.quotes[Int(doc.quoteOf[j])].open == j,
                      j == sentence.upperBound || j > k && tokens[j - 1].kind == .punctuation && [",", ".", ":"].contains(tokens[j - 1].lower) else { return nil }
                return j
            }
            if j > sentence.upperBound { return nil }
            // A verb of saying that reports here ('…, he said. “…”', 'said that …', 'before
            // asking her, “…”') starts another attribution; 'a dozen states held contests'
            // does not.
            // ('…,” she told a crowd, then referred to Trump … “…”': so does another verb of
            // the speaker's after 'then' or 'and'.)
            if j > k, cueForm(j) != nil, ["then", "and"].contains(tokens[j - 1].lower), !tokens[j].lower.hasSuffix("ing") { return nil }
            // ('before asking her, “…”': so does any verb of speech as a participle.)
            if let form = cueForm(j), form.cueClass == .speech || form.cueClass == .writing, tokens[j].lower.hasSuffix("ing"), j > k { return nil }
            if let form = cueForm(j), sayingLemmas.contains(form.lemma) {
                let n = j + 1
                if n >= tokens.count || tokens[n].kind != .word || tokens[n].lower == "that" || phrases.cls(n) == .prep || phrases.isPronoun(j - 1)
                    || tokens[j].lower.hasSuffix("ing") {
                    return nil
                }
            }
            j += 1
        }
        return nil
    }

    /// Content that stops inside a quotation runs on to its closing mark: a sentence
    /// break inside the quote ('should “be seen through the lens of hindsight. It must
    /// be …”') does not end what the speaker is reported to have said.
    private mutating func completeQuotes() {
        for idx in candidates.indices {
            for (n, r) in candidates[idx].contents.enumerated() where !r.isEmpty {
                let lastToken = r.upperBound - 1
                guard doc.quoteOf[lastToken] >= 0 else { continue }
                let qi = Int(doc.quoteOf[lastToken])
                let q = doc.quotes[qi]
                guard q.isDouble, q.open >= r.lowerBound, q.last > lastToken else { continue }
                candidates[idx].contents[n] = r.lowerBound..<(q.last + 1)
                usedQuotes.insert(qi)
            }
        }
    }

    /// The content runs to the end of its paragraph (closing punctuation aside).
    private func closesParagraph(_ content: Range<Int>) -> Bool {
        let end = doc.paragraph(of: content.lowerBound).upperBound
        return (content.upperBound..<end).allSatisfy { tokens[$0].kind == .punctuation || tokens[$0].kind == .quote }
    }

    // MARK: Pass 7b — 'Trump openly admires Putin as a “strong leader,”'

    /// A quotation nobody has claimed is evidence that the clause around it reports
    /// someone's words: PolNeAR annotates most quotations that stand in a clause
    /// ('Cruz repeatedly dismissed them as part of the “Washington cartel”', 'Trump
    /// identified the judge as “Spanish”'), whatever the verb. So a verb the cue model
    /// scored as a near miss counts as a cue when what it reports would hold such a
    /// quotation; the ordinary reported-speech construction then finds its speaker and
    /// content, and the attribution is kept only if that content takes the quotation.
    private mutating func quotedReports() {
        for v in quoteCues where !usedTokens.contains(v) {
            let sentence = doc.sentence(of: v)
            guard let open = ((v + 1)..<sentence.upperBound).first(where: { k in
                doc.quoteOf[k] >= 0 && doc.quotes[Int(doc.quoteOf[k])].open == k && doc.quotes[Int(doc.quoteOf[k])].isDouble
            }), !usedQuotes.contains(Int(doc.quoteOf[open])) else { continue }
            undo = UndoLog(count: candidates.count)
            learnedCues.insert(v)
            quoteEvidence.insert(v)
            report(at: v)
            let log = undo!
            undo = nil
            if candidates.count > log.count, let c = candidates.last, c.contents.contains(where: { $0.contains(open) }),
               c.source.map(canSpeak) ?? false, !isTitle(Int(doc.quoteOf[open])) { continue }
            rollBack(log)
            learnedCues.remove(v)
            quoteEvidence.remove(v)
        }
    }

    /// A source that can be someone speaking: a name, a personal pronoun, a role or an
    /// organisation ('the campaign'); not 'it', 'which' or a bare number ('Several
    /// waved their signs').
    private func canSpeak(_ np: Range<Int>) -> Bool {
        let head = sourceHead(np)
        let w = tokens[head].lower
        if phrases.isPronoun(head) { return ["he", "she", "they", "i", "we", "who"].contains(w) }
        if tokens[head].isCapitalized, phrases.cls(head) == nil { return true }
        return phrases.info[head].isSourceNoun || lexicon.titles[w] != nil || lexicon.organizationWords.contains(w)
    }

    /// A quotation whose every word is capitalised ('“Star Wars”', '“Fantastic Four”'):
    /// a title, not anyone's words.
    private func isTitle(_ qi: Int) -> Bool {
        let q = doc.quotes[qi]
        let words = (q.open...q.last).filter { tokens[$0].kind == .word }
        return !words.isEmpty && words.allSatisfy { tokens[$0].isCapitalized || phrases.cls($0) == .prep || phrases.cls($0) == .det && $0 != words[0] }
    }

    // MARK: Pass 7c — 'Trump’s claim that there have been “thousands of shootings”'

    /// A noun of saying after a possessive ('his call for “a total and complete ban”',
    /// 'Trump’s controversial pledge to be “neutral”', 'her claim that she “never sent …”')
    /// reports what follows it as its owner's words. Taken only around a quotation no other
    /// pass claimed, where the quotation shows that words are reported.
    private mutating func nominalReports() {
        let nouns = lexicon.words(.speechNouns)
        for (qi, q) in doc.quotes.enumerated() where q.isDouble && !usedQuotes.contains(qi) {
            let sentence = doc.sentence(of: q.open)
            // The noun within a dozen words before the quotation, outside any quotation.
            guard let noun = stride(from: q.open - 1, through: max(sentence.lowerBound + 1, q.open - 12), by: -1).first(where: {
                doc.quoteOf[$0] < 0 && nouns.contains(tokens[$0].lower) }), !usedTokens.contains(noun) else { continue }
            // Its owner: a possessive right before it, or before one or two adjectives.
            var owner = noun - 1
            var adjectives = 0
            while owner > sentence.lowerBound, adjectives < 2, tokens[owner].kind == .word, !isPossessive(owner), phrases.cls(owner) == nil,
                  !tokens[owner].isCapitalized {
                owner -= 1
                adjectives += 1
            }
            guard isPossessive(owner), doc.quoteOf[owner] < 0 else { continue }
            // What the noun reports: 'that …', 'to …', 'for …' (the preposition joins the cue).
            let next = noun + 1
            guard next < q.open, ["that", "to", "for", "of"].contains(tokens[next].lower),
                  !(next..<q.open).contains(where: { doc.quoteOf[$0] >= 0 || cueForm($0) != nil && tokens[$0].lower != "to" || phrases.isPunct($0, ".") }) else { continue }
            let end = phrases.contentEnd(of: sentence)
            let start = ["for", "of"].contains(tokens[next].lower) ? next + 1 : next
            var stop = clauseEnd(from: start, sentenceEnd: end)
            if stop <= q.last { stop = min(end, q.last + 1) }
            let ct = start..<stop
            guard !quotesInside(ct).contains(where: usedQuotes.contains) else { continue }
            let cue = noun..<(start > next ? next + 1 : noun + 1)
            add(Candidate(cue: cue, source: possessor(ending: owner, floor: sentence.lowerBound), contents: [ct], kind: kind(of: [ct]), rule: "nominal.possessive"),
                quotes: quotesInside(ct))
        }
    }

    /// 'his', 'their', 'Trump’s', 'Sanders'' — a possessive determiner or name.
    private func isPossessive(_ k: Int) -> Bool {
        let w = tokens[k].lower
        // ('her' before a noun is a determiner, whatever the lexicon lists first.)
        if phrases.info[k].pronounRole == .possessive || w == "her" { return w != "its" }
        return tokens[k].isCapitalized && (w.hasSuffix("'s") || w.hasSuffix("’s"))
            || k + 1 < tokens.count && tokens[k].isCapitalized && phrases.isPossessiveMark(k + 1)
    }

    /// The owner's mention ending at the possessive token k: the pronoun, or the name run
    /// before it ('Donald Trump’s', 'Sen. Ted Cruz’s').
    private func possessor(ending k: Int, floor: Int) -> Range<Int> {
        let end = k + 1 < tokens.count && phrases.isPossessiveMark(k + 1) ? k + 2 : k + 1
        guard phrases.info[k].pronounRole != .possessive, tokens[k].lower != "her" else { return k..<(k + 1) }
        var s = k
        while s - 1 >= floor, tokens[s - 1].kind == .word, tokens[s - 1].isCapitalized, doc.quoteOf[s - 1] < 0 || phrases.isPunct(s - 1, ".") { s -= 1 }
        while s - 2 >= floor, phrases.isPunct(s - 1, "."), tokens[s - 2].isCapitalized { s -= 2 }
        return s..<end
    }

    // MARK: Pass 8 — 'Trump openly admires Putin as a “strong leader,”'

    /// 'Trump openly admires Putin as a “strong leader who is in control,”', 'Reid has
    /// gone after Trump as a “human leech who will bleed the country”': a quotation of
    /// several words inside a plain clause is words the writer takes from the clause's
    /// subject, whatever its verb (PolNeAR annotates about seven in ten such quotations
    /// that no cue claims). The subject must be plainly one (a name, a pronoun, a role);
    /// the verb after it is the cue and what follows, to the closing mark, the content.
    private mutating func quotationInClause() {
        var covered = [Bool](repeating: false, count: tokens.count)
        for (i, c) in candidates.enumerated() where !dropped.contains(i) { for r in c.contents { for k in r { covered[k] = true } } }
        for (qi, q) in doc.quotes.enumerated() where q.isDouble && !usedQuotes.contains(qi) {
            guard let close = q.close, wordCount(q.open..<close) >= 5 else { continue }
            let sentence = doc.sentence(of: q.open)
            guard q.open > sentence.lowerBound, doc.sentenceOf[close] == doc.sentenceOf[q.open] || close == sentence.upperBound,
                  let np = mainSubject(of: sentence, before: q.open) else { continue }
            var k = np.upperBound
            var auxiliary = false
            while k < q.open, phrases.cls(k) == .aux || phrases.cls(k) == .adv || phrases.cls(k) == .neg || phrases.isLyAdverb(k) {
                if phrases.cls(k) == .aux { auxiliary = true }
                k += 1
            }
            // The word after the subject must look like its verb: an inflected form, a
            // cue, or any form after an auxiliary ('Rubio’s catch phrase' has none).
            let w = tokens[k].lower
            let verbLike = cueForm(k) != nil || auxiliary || w.hasSuffix("ed") || w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("'s")
            guard verbLike, !tokens[np.upperBound - 1].lower.hasSuffix("'s"), !tokens[np.upperBound - 1].lower.hasSuffix("s'"),
                  k + 1 < q.open, q.open - k <= 25, tokens[k].kind == .word, !tokens[k].isCapitalized, phrases.cls(k) == nil,
                  !(np.lowerBound...close).contains(where: { usedTokens.contains($0) || covered[$0] }),
                  !(np.upperBound..<q.open).contains(where: { tokens[$0].kind == .quote && !phrases.isPossessiveMark($0) || doc.quoteOf[$0] >= 0 }) else { continue }
            let cue = phrases.extendCueLeft(k, floor: np.upperBound)..<(k + 1)
            let content = (k + 1)..<(close + 1)
            add(Candidate(cue: cue, source: np, contents: [content], kind: kind(of: [content]), rule: "direct.clause-subject"),
                quotes: quotesInside(content))
        }
    }

    // MARK: Pass 7 — a quote paragraph with no cue of its own

    /// "Legitimacy is ours. God is with us." after a quote by the president: a reader
    /// gives it to the speaker of the quote just before, when nothing intervenes, as
    /// more of the same statement.
    private mutating func continuedQuotes() {
        // Of attributions that end together, the outer one (which starts first) comes last,
        // so a nested report ('said that critics had predicted …') does not take the quote.
        let sorted = candidates.indices.filter { !dropped.contains($0) }.sorted {
            let a = candidates[$0].contents, b = candidates[$1].contents
            let (ea, eb) = (a.last?.upperBound ?? 0, b.last?.upperBound ?? 0)
            return ea != eb ? ea < eb : (a.first?.lowerBound ?? 0) > (b.first?.lowerBound ?? 0)
        }
        var cursor = -1
        for (qi, q) in doc.quotes.enumerated() where q.isDouble && !usedQuotes.contains(qi) {
            // The attribution that ends last before this quote (quotes come in text order).
            while cursor + 1 < sorted.count, (candidates[sorted[cursor + 1]].contents.last?.upperBound ?? 0) <= q.open { cursor += 1 }
            let paragraph = doc.paragraph(of: q.open)
            // The quote must open its paragraph and fill most of it.
            guard q.open == paragraph.lowerBound, q.last + 3 >= paragraph.upperBound, q.last - q.open >= 4 else { continue }
            // The previous attribution must be a direct quote in the previous paragraph or
            // two, or a report that closes the paragraph right before ('Carter said that …
            // this would not happen.' ¶ '“That’s because …”'): the writer goes on to quote
            // the same speaker.
            guard cursor >= 0, case let prev = sorted[cursor],
                  let lastContent = candidates[prev].contents.last,
                  case let distance = Int(doc.paragraphOf[q.open]) - Int(doc.paragraphOf[lastContent.lowerBound]),
                  candidates[prev].kind == .direct && distance <= 2
                    || distance == 1 && candidates[prev].source != nil && closesParagraph(lastContent),
                  // (An attribution without a speaker — 'a box labeled “medical problem”' —
                  // has no speaker to go on.)
                  candidates[prev].source != nil || candidates[prev].inheritsFrom != nil else { continue }
            // The speaker goes on: the paragraph is more of the same statement.
            candidates[prev].contents.append(quoteRange(qi))
            usedQuotes.insert(qi)
        }
    }
}
