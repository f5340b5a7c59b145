/// Passes 1 and 2: quotations with their cue after them ('“…,” he said') or before
/// them ('He said: “…”'), and the names and titles quotation marks give.
extension AttributionFinder {
    // MARK: Pass 1 — “…,” he said / “…,” said Atmar / “A,” he said, “B.”

    mutating func directWithTrailingCue() {
        var found: [Int: (cue: Range<Int>, source: Range<Int>)] = [:]
        for (qi, q) in doc.quotes.enumerated() where q.isDouble && q.isClosed && !claims.quotes.contains(qi) {
            if let a = trailingAttribution(of: qi) { found[qi] = a }
        }
        for qi in found.keys.sorted() {
            guard let a = found[qi], !claims.quotes.contains(qi) else { continue }
            // 'McCaskill scolded him: “…,” she said': a pronoun after the quotation only
            // repeats the speaker the sentence named before it; the leading cue (pass 2)
            // names the speaker as a reader takes it.
            // (Only when the comma sits inside the quotation, the shape pass 2 reads so.)
            if a.source.count == 1, phrases.isPronoun(a.source.lowerBound), let close = doc.quotes[qi].close, endsWithComma(close),
               namedLeadingCue(before: doc.quotes[qi].open) { continue }
            let contents = [leadIn(to: qi)]
            let used = [qi]
            add(Candidate(cue: a.cue, source: a.source, contents: contents, kind: .direct, rule: .directTrailingCue), quotes: used)
        }
    }

    /// A cue with a named subject right before the quotation that opens at `open`:
    /// 'Feinstein said “…', 'McCaskill scolded him: “…' (at most a short object and a
    /// colon or comma between them).
    func namedLeadingCue(before open: Int) -> Bool {
        let sentenceStart = doc.sentence(of: open).lowerBound
        var e = open
        if e > sentenceStart, phrases.isPunct(e - 1, ":") || phrases.isPunct(e - 1, ",") { e -= 1 }
        guard e > sentenceStart else { return false }
        for v in stride(from: e - 1, through: max(sentenceStart, e - 3), by: -1) {
            if doc.quoteOf[v] >= 0 || tokens[v].kind != .word { return false }
            guard isAnyCue(v), !claims.tokens.contains(v), !tokens[v].lower.hasSuffix("ing") else { continue }
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
    func leadIn(to qi: Int) -> Range<Int> {
        let quote = quoteRange(qi)
        let start = contentStart(doc.sentence(of: quote.lowerBound))
        guard start < quote.lowerBound, quote.lowerBound - start <= 12,
              !(start..<quote.lowerBound).contains(where: { tokens[$0].kind == .quote || doc.quoteOf[$0] >= 0 || cueForm($0) != nil
                  || claims.tokens.contains($0) || tokens[$0].kind == .punctuation && [",", ":", ";", "—", "–", "―", "(", ")"].contains(tokens[$0].lower) }) else { return quote }
        return start..<quote.upperBound
    }

    /// The cue and source right after a closing quote: '…,” said Atmar', '…,” he
    /// said', '…,” Brian Fallon, a spokesman for the campaign, said'.
    func trailingAttribution(of qi: Int) -> (cue: Range<Int>, source: Range<Int>)? {
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
        if i == ceiling, i + 1 < tokens.count, phrases.isDash(i, orHyphen: true) {
            let next = doc.paragraph(of: i)
            // '-President Obama, tweeting after Clinton's speech.'
            if let np = phrases.nounPhraseRight(i + 1, ceiling: next.upperBound), tokens[i + 1].isCapitalized,
               np.upperBound >= phrases.contentEnd(of: np.lowerBound..<next.upperBound) || phrases.isPunct(np.upperBound, ",") {
                return (i..<(i + 1), np)
            }
        }
        // “…” ― Martha Aguilar: a reader's comment signed after a dash.
        if i + 1 < ceiling, phrases.isDash(i, orHyphen: true),
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
        if isAnyCue(i), !claims.tokens.contains(i), !tokens[i].lower.hasSuffix("ing") {
            // “…,” said Atmar — inverted order.
            let c = cueRange(verb: i, floor: i, ceiling: ceiling)
            let afterCue = phrases.skipAdjunctsRight(c.upperBound, ceiling: ceiling)
            // '“…,” tweeted another.': a quantifier alone is the speaker.
            let alone = afterCue < ceiling && lexicon.words(.aloneQuantifiers).contains(tokens[afterCue].lower)
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
        if comma, np.count >= 3, lexicon.words(.verbParticles).contains(tokens[np.upperBound - 1].lower),
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
        guard j < ceiling, isAnyCue(j) || apart && closesQuote(verb: j, ceiling: ceiling, afterComma: comma), !claims.tokens.contains(j) else { return nil }
        var cue = cueRange(verb: j, floor: source.upperBound, ceiling: ceiling)
        guard closesQuote(verb: j, ceiling: ceiling, afterComma: comma) && cue.upperBound == j + 1 || attributionEnds(after: cue.upperBound, ceiling: ceiling) else { return nil }
        // ('“…,” Trump shot back.', '… went on': the particle is part of the cue.)
        // (Not after a verb the lexicon knows: '… she said in an interview'.)
        if cue.upperBound == j + 1, j + 1 < ceiling, comma, !isAnyCue(j), lexicon.words(.verbParticles).contains(tokens[j + 1].lower),
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
    func closesQuote(verb j: Int, ceiling: Int, afterComma: Bool = false) -> Bool {
        let t = tokens[j]
        guard t.kind == .word, !t.isCapitalized, phrases.cls(j) == nil, phrases.info[j].pronounRole == nil, !phrases.isLyAdverb(j) else { return false }
        var next = j + 1
        if afterComma {
            // (Not a noun of the speaker's description: 'the Florida senator and …'.)
            guard t.lower.count >= 3, !t.lower.hasSuffix("ing"), !phrases.info[j].isSourceNoun, lexicon.titles[t.lower] == nil,
                  !lexicon.organizationWords.contains(t.lower) else { return false }
            if next < ceiling, lexicon.words(.verbParticles).contains(tokens[next].lower) { next += 1 }
        } else {
            guard t.lower.count > 3, t.lower.hasSuffix("ed") || t.lower.hasSuffix("s") && !t.lower.hasSuffix("ss") else { return false }
        }
        return next >= ceiling || tokens[next].kind == .punctuation && [".", ",", "!", "?"].contains(tokens[next].lower)
            || lexicon.words(.attributionContinuations).contains(tokens[next].lower)
    }

    /// The sentence from token i is only a speaker and a verb of saying ('Trump said.'),
    /// so it attributes the quotation before it even though that one ended its sentence.
    func onlyAttribution(from i: Int, ceiling: Int) -> Bool {
        guard let np = phrases.nounPhraseRight(i, ceiling: ceiling), np.count <= 6 else { return false }
        var j = np.upperBound
        while j < ceiling, let c = phrases.cls(j), c == .aux || c == .adv { j += 1 }
        guard j + 1 < tokens.count, sayingLemmas.contains(phrases.cueForm(j)?.lemma ?? "") else { return false }
        return [".", "!"].contains(tokens[j + 1].lower) && doc.sentenceOf[j + 1] == doc.sentenceOf[i]
    }

    /// Verbs of saying ('said', 'told', 'added'): see `word-sets.tsv`.
    var sayingLemmas: Set<String> { lexicon.words(.saying) }

    /// After a trailing attribution ('he said', 'said Atmar in an interview') the
    /// sentence ends, or goes on after a comma or with another quote; an object
    /// ('called the senator a …') means the cue starts a clause of its own.
    func attributionEnds(after k: Int, ceiling: Int) -> Bool {
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
        if lexicon.words(.verbSubordinators).contains(t.lower), j + 1 < ceiling,
           tokens[j + 1].lower.hasSuffix("ing") || phrases.isPronoun(j + 1) || tokens[j + 1].isCapitalized {
            return true
        }
        return t.kind == .punctuation || t.kind == .quote || doc.sentenceOf[j] != doc.sentenceOf[k > 0 ? k - 1 : 0]
    }

    // MARK: Pass 2 — He said: “…” / Atmar said, “…” / Caddell continued: ¶ “…”

    mutating func directWithLeadingCue() {
        for (qi, q) in doc.quotes.enumerated() where q.isDouble && !claims.quotes.contains(qi) {
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
                if isAnyCue(k), !claims.tokens.contains(k) { verb = k; break }
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
               let saying = (sentenceStart..<v).last(where: { sayingLemmas.contains(cueForm($0)?.lemma ?? "") && !claims.tokens.contains($0) }),
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
               (c.lowerBound..<v).contains(where: { lexicon.words(.quotePassiveAuxiliaries).contains(tokens[$0].lower) }) {
                let end = phrases.skipAdjunctsLeft(c.lowerBound, floor: sentenceStart)
                var contents = [quoteRange(qi)]
                if let np = phrases.singleSubjectLeft(end, floor: sentenceStart), !claims.tokens.contains(np.lowerBound) { contents.insert(np, at: 0) }
                add(Candidate(cue: c, source: nil, contents: contents, kind: kind(of: contents), rule: .directPassive), quotes: [qi])
                continue
            }
            // '“…,” Blige sings to Clinton before asking her, “…”': a participle after
            // 'before'/'after'/'while' speaks for the attribution its clause goes on from.
            var head: Int?
            if source == nil, c.lowerBound - 1 > sentenceStart, tokens[v].lower.hasSuffix("ing"),
               lexicon.words(.participleSubordinators).contains(tokens[c.lowerBound - 1].lower),
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
                add(Candidate(cue: c, source: nil, contents: [quoteRange(qi)], kind: .direct, rule: .directTitle), quotes: [qi])
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
                   !(q.last + 2 < sentenceEnd && lexicon.words(.subordinators).contains(tokens[q.last + 1].lower)
                     && (phrases.isPronoun(q.last + 2) || tokens[q.last + 2].lower.hasSuffix("ed") || tokens[q.last + 2].lower.hasSuffix("ing"))),
                   // ('labeled “medical problem,” a doctor had typed …': a new clause.)
                   !(endsWithComma(q.last) && newClause(after: q.last, end: sentenceEnd)) {
                    content = content.lowerBound..<clauseEnd(from: q.last, sentenceEnd: sentenceEnd)
                }
            }
            add(Candidate(cue: c, source: src, contents: [content], kind: kind(of: [content]), rule: .directLeadingCue, inheritsFrom: head),
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
                   !claims.quotes.contains(next) {
                    add(Candidate(cue: echo.cue, source: echo.source, contents: [quoteRange(next)], kind: .direct, rule: .directEchoCue),
                        quotes: [next])
                } else {
                    for k in echo.cue { claims.claim(token: k) }
                    for k in echo.source { claims.claim(token: k) }
                }
            }
        }
    }

    /// 'he began by saying', 'she responded by tweeting': a gerund after 'by' and a verb
    /// with a subject of its own right before it. The widened cue and that subject.
    func gerundFrame(_ cue: Range<Int>, floor: Int) -> (cue: Range<Int>, subject: Range<Int>)? {
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
    func trailingSayingCue(after k: Int) -> Bool {
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
    mutating func knownAs(quote qi: Int) -> Bool {
        let open = doc.quotes[qi].open
        let sentenceStart = doc.sentence(of: open).lowerBound
        var k = open - 1
        if k > sentenceStart, lexicon.words(.articles).contains(tokens[k].lower) { k -= 1 }
        guard k - 1 >= sentenceStart, tokens[k].lower == "as" else { return false }
        var known = k - 1
        if known > sentenceStart, lexicon.words(.knownAsAdverbs).contains(tokens[known].lower) { known -= 1 }
        guard tokens[known].lower == "known", doc.quoteOf[known] < 0, !claims.tokens.contains(known) else { return false }
        let cue = phrases.extendCueLeft(known, floor: sentenceStart)..<(k + 1)
        var content = (k + 1)..<(doc.quotes[qi].last + 1)
        // 'known as “rabbit patches” or “goat farms.”'
        let after = content.upperBound
        if after + 1 < tokens.count, tokens[after].lower == "or", doc.quoteOf[after + 1] >= 0,
           case let next = Int(doc.quoteOf[after + 1]), doc.quotes[next].open == after + 1, !claims.quotes.contains(next) {
            content = content.lowerBound..<(doc.quotes[next].last + 1)
        }
        add(Candidate(cue: cue, source: nil, contents: [content], kind: kind(of: [content]), rule: .directKnownAs), quotes: quotesInside(content))
        return true
    }

    /// 'More from Blumenthal and Cohen: “…”' — a name and a colon introduce the quote.
    @discardableResult
    mutating func colonAfterName(quote qi: Int, colon: Int) -> Bool {
        guard colon < doc.quotes[qi].open, phrases.isPunct(colon, ":"), colon > 0 else { return false }
        let paragraph = doc.paragraph(of: colon)
        guard let np = phrases.nounPhraseLeft(colon, floor: paragraph.lowerBound),
              tokens[np.upperBound - 1].isCapitalized || tokens[np.upperBound - 1].lower == ")", !tokens[np.upperBound - 1].isAllCaps,
              !claims.tokens.contains(np.lowerBound) else { return false }
        add(Candidate(cue: colon..<(colon + 1), source: np, contents: [quoteRange(qi)], kind: .direct, rule: .directColon),
            quotes: [qi])
        return true
    }

    /// 'Trump went even further: “If he goes forward and loses …”', 'An interfaith rally
    /// had one message: “Dump Trump.”' — a clause ending in a colon introduces the quote,
    /// whatever its verb: the subject of the clause speaks.
    mutating func colonAfterClause(quote qi: Int, colon: Int) {
        guard colon < doc.quotes[qi].open, colon > 0, phrases.isPunct(colon, ":") else { return }
        let sentence = doc.sentence(of: colon)
        guard let np = mainSubject(of: sentence, before: colon), colon - np.upperBound <= 12, !claims.tokens.contains(np.lowerBound),
              !(np.upperBound..<colon).contains(where: { doc.quoteOf[$0] >= 0 || tokens[$0].kind == .quote || phrases.isPronoun($0) }) else { return }
        add(Candidate(cue: np.upperBound..<(colon + 1), source: np, contents: [quoteRange(qi)], kind: .direct, rule: .directColonClause),
            quotes: [qi])
    }
}
