/// Who speaks for a cue: the subject of its clause, of the clause a participle goes on
/// from, or of the report a coordinated verb shares.
extension AttributionFinder {
    /// The subject of a sentence's main clause, when it is plainly one: a pronoun or a
    /// name ('He', 'The Trayvon Martin Foundation', 'Sen. Marco Rubio') after any
    /// opening adjunct ('But a few days later,', 'On Monday,'), followed by a lower-case
    /// word (its verb) before `limit`.
    func mainSubject(of sentence: Range<Int>, before limit: Int) -> Range<Int>? {
        mainSubject(from: contentStart(sentence), before: limit)
    }

    /// The same for a clause that opens at token s.
    func mainSubject(from start: Int, before limit: Int) -> Range<Int>? {
        var s = start
        if s < limit, lexicon.words(.subjectLeadIns).contains(tokens[s].lower) { s += 1 }
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
        if k + 2 < limit, phrases.isPunct(k, ","), lexicon.words(.articles).contains(tokens[k + 1].lower) || tokens[k + 1].kind == .number,
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
    func intransitivePartner(of and: Int, sentence: Range<Int>) -> Range<Int>? {
        let verb = and - 1
        guard verb - 1 >= sentence.lowerBound, tokens[and].lower == "and", tokens[verb].kind == .word, !tokens[verb].isCapitalized,
              phrases.cls(verb) == nil, tokens[verb].lower.hasSuffix("ed"), doc.quoteOf[verb] < 0 else { return nil }
        let subject = verb - 1
        guard phrases.isPronoun(subject), !lexicon.words(.nonSpeakingPronouns).contains(tokens[subject].lower) else { return nil }
        let opens = subject == contentStart(sentence) || phrases.isPunct(subject - 1, ",") || lexicon.words(.subordinators).contains(tokens[subject - 1].lower)
            || lexicon.words(.partnerLeadIns).contains(tokens[subject - 1].lower)
        return opens ? subject..<(subject + 1) : nil
    }

    /// The subject of 'with X VERBing': a phrase that runs from right after 'with' to the
    /// cue, with no verb, clause word or punctuation inside.
    func subjectAfterWith(cueStart: Int, sentence: Range<Int>) -> Range<Int>? {
        // 'with Hillary Clinton — who’s called for big tax hikes on the rich — lambasting':
        // past a relative clause set off by commas or dashes, to the name it describes.
        let closer = cueStart - 1
        if closer > sentence.lowerBound + 2, phrases.isPunct(closer, ",") || phrases.isDash(closer), doc.quoteOf[closer] < 0,
           let with = (max(sentence.lowerBound, closer - 30)..<closer).last(where: { tokens[$0].lower == "with" }),
           let opener = ((with + 2)..<closer).first(where: { tokens[$0].lower == tokens[closer].lower && doc.quoteOf[$0] < 0 }),
           opener + 1 < closer, lexicon.words(.relativePronouns).contains(tokens[opener + 1].lower.strippingPossessive()) {
            return subjectAfterWith(cueStart: opener, sentence: sentence)
        }
        guard let with = (max(sentence.lowerBound, cueStart - 12)..<cueStart).last(where: { tokens[$0].lower == "with" }),
              with + 1 < cueStart, doc.quoteOf[with + 1] < 0,
              // Not the object of the verb before: 'met with reporters saying …', 'spoke with voters'.
              with == sentence.lowerBound || !isVerbBeforeWith(with - 1) else { return nil }
        let np = (with + 1)..<cueStart
        guard np.allSatisfy({ doc.quoteOf[$0] < 0 && (tokens[$0].kind == .word || tokens[$0].kind == .number
                  || tokens[$0].kind == .punctuation && [".", "(", ")", "%", "-", "/"].contains(tokens[$0].lower) || phrases.isPossessiveMark($0)) }),
              !np.contains(where: { cueForm($0) != nil || lexicon.words(.clauseLinks).contains(tokens[$0].lower)
                  || lexicon.words(.subordinators).contains(tokens[$0].lower) || phrases.cls($0) == .prep && !lexicon.words(.subjectPrepositions).contains(tokens[$0].lower) }),
              phrases.cls(np.upperBound - 1) == nil,
              phrases.isPronoun(np.lowerBound) || tokens[np.lowerBound].isCapitalized || phrases.cls(np.lowerBound) == .det || tokens[np.lowerBound].kind == .number
                  || phrases.nounPhraseRight(np.lowerBound, ceiling: cueStart) != nil,
              // ('with him saying', 'with the help of aides saying' — a head noun, not an object pronoun or a verb.)
              !lexicon.words(.withObjects).contains(tokens[np.upperBound - 1].lower),
              !tokens[np.upperBound - 1].lower.hasSuffix("ed"), !tokens[np.upperBound - 1].lower.hasSuffix("ing") else { return nil }
        return np
    }

    /// A verb that takes 'with' for its companion ('met with', 'spoke with', 'sided with'),
    /// from the word set `companion-verbs`: 'The debate ended with Trump calling …' is not one.
    func isVerbBeforeWith(_ k: Int) -> Bool {
        tokens[k].kind == .word && !tokens[k].isCapitalized && lexicon.words(.companionVerbs).contains(tokens[k].lower)
    }

    /// '…, when Sanders protesters interrupted her speech, shouting “…”', 'Speaking in
    /// Salem, New Hampshire, Trump went after Bush, calling him …': a participle set off
    /// by the comma at `comma` goes on from the nearest clause before it, and that
    /// clause's subject speaks. A clause opens the sentence or follows a comma or a
    /// subordinating word; relative clauses ('who …') are passed over.
    func nearestClauseSubject(before comma: Int, sentence: Range<Int>) -> Range<Int>? {
        // A subordinate clause in mid-sentence without a comma before it ('Trump walked out
        // when Clinton began to speak, saying …') is passed over for the main clause, unless
        // the main clause has no one who can speak ('The crowd grew quiet as Sanders took
        // the stage, saying …').
        if let np = clauseSubject(before: comma, sentence: sentence, commaBeforeSubordinate: true), canSpeak(np) { return np }
        return clauseSubject(before: comma, sentence: sentence, commaBeforeSubordinate: false)
    }

    /// The subject of the nearest clause before `comma`; with `commaBeforeSubordinate`, a
    /// subordinating word opens a clause only at the sentence's start or after a comma.
    func clauseSubject(before comma: Int, sentence: Range<Int>, commaBeforeSubordinate: Bool) -> Range<Int>? {
        let first = contentStart(sentence)
        var s = comma - 1
        while s >= first {
            defer { s -= 1 }
            guard doc.quoteOf[s] < 0, tokens[s].kind == .word else { continue }
            let opens = s == first || phrases.isPunct(s - 1, ",") && doc.quoteOf[s - 1] < 0
                || (lexicon.words(.subordinators).contains(tokens[s - 1].lower) || lexicon.words(.clauseLeadIns).contains(tokens[s - 1].lower))
                    && (!commaBeforeSubordinate || s - 1 == first || s - 2 >= first && phrases.isPunct(s - 2, ","))
            guard opens, !lexicon.words(.relativeWords).contains(tokens[s].lower),
                  let np = mainSubject(from: s, before: comma) else { continue }
            // ('… an architect who said he was stiffed after he designed …, saying': a clause
            // inside a relative clause is no clause a participle goes on from.)
            if s > first, let relative = (first..<s).last(where: { lexicon.words(.relativeClauseOpeners).contains(tokens[$0].lower) && doc.quoteOf[$0] < 0 }),
               !(relative..<s).contains(where: { phrases.isPunct($0, ",") }) { continue }
            return np
        }
        return nil
    }

    /// 'A spokeswoman for the House Armed Services Committee', 'The campaign's senior
    /// adviser': a determiner and a noun that names a speaker by role (a source noun or
    /// a title), with what it speaks for ('for …', 'of …', 'at …'). Such a phrase
    /// plainly refers to someone who speaks, though it names nobody.
    func describedSpeaker(at s: Int, before limit: Int) -> Range<Int>? {
        guard phrases.cls(s) == .det, lexicon.words(.articles).contains(tokens[s].lower),
              let p = phrases.nounPhraseRight(s, ceiling: limit, allowLower: 4), p.count >= 2 else { return nil }
        let head = tokens[p.upperBound - 1].lower
        guard !tokens[p.upperBound - 1].isCapitalized, lexicon.sourceNouns.contains(head) || lexicon.titles[head] != nil else { return nil }
        var end = p.upperBound
        // 'for the Senate Finance Committee': a name, capitalised word by word.
        if end < limit, lexicon.words(.affiliationPrepositions).contains(tokens[end].lower) {
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


    /// 'Gore insisted it was “premature” … while adding, “…”': the quote's attribution
    /// took the subject for its later verb first; the earlier verb shares it.
    func sourceSharedWithLaterCue(_ np: Range<Int>, verb v: Int) -> Bool {
        candidates.contains { c in
            c.source == np && (c.cue.map { $0.lowerBound > v && doc.sentenceOf[$0.lowerBound] == doc.sentenceOf[v] } ?? false)
        }
    }


    /// The head word of a source: the last word before its description ('Yang Shu' in
    /// 'Yang Shu, director of the institute,' or 'Jason Sims — a teacher —').
    func sourceHead(_ np: Range<Int>) -> Int {
        if let comma = np.first(where: { $0 > np.lowerBound && tokens[$0].kind == .punctuation && [",", "—", "–"].contains(tokens[$0].lower) }) {
            return comma - 1
        }
        var k = np.upperBound - 1
        while k > np.lowerBound, tokens[k].kind == .punctuation { k -= 1 }
        return k
    }

    /// A document or its plural ('the poll', 'records'), which speaks through a verb of evidence.
    func isDocument(_ k: Int) -> Bool { lexicon.isDocument(tokens[k].lower) }

    /// Cue forms that are also nouns ('note', 'claims', 'comments'): a verb only after
    /// a subject that can speak (a name, a pronoun, a role), never after a possessive.
    func plausibleSubject(_ np: Range<Int>, forCue v: Int, lemma: String) -> Bool {
        let head = sourceHead(np)
        let headWord = tokens[head].lower
        // ('He's claiming', 'who's called for' are a pronoun and its auxiliary, not a possessive.)
        if headWord.hasSuffix("'s") || headWord.hasSuffix("s'"), !phrases.isPronoun(head), headWord != "who's" { return false }
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
        // The head may stand before a modifying phrase: 'FEC records from the 2008 election
        // cycle show he backed …'.
        let prepositions = lexicon.words(.nounPrepositions)
        let heads = [headWord] + (np.first { $0 > np.lowerBound && prepositions.contains(tokens[$0].lower) }.map { [tokens[$0 - 1].lower] } ?? [])
        return heads.contains { w in
            lexicon.sourceNouns.contains(w) || lexicon.titles[w] != nil || lexicon.organizationWords.contains(w) || lexicon.isDocument(w)
        }
    }
}
