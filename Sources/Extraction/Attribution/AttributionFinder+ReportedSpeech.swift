/// Passes 3 and 4: 'according to X, …' and reported speech around a cue verb — its
/// speaker, the construction that fits, and what it reports.
extension AttributionFinder {
    // MARK: Pass 3 — according to X, …

    mutating func accordingTo() {
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
            if contents == [before], quotesInside(before).contains(where: claims.quotes.contains),
               let inner = candidates.indices.first(where: { k in
                   let c = candidates[k]
                   return c.inheritsFrom == nil && c.cue.map { before.contains($0.lowerBound) } == true && c.contents.allSatisfy { before.contains($0.lowerBound) && $0.upperBound <= before.upperBound }
               }) {
                candidates[inner] = Candidate(cue: cue, source: source, contents: [before], kind: kind(of: [before]), rule: .reportedAccordingTo)
                claims.claim(tokens: cue)
                claims.claim(tokens: source)
                continue
            }
            if contents.flatMap(quotesInside).contains(where: claims.quotes.contains) { contents = contents.filter { !quotesInside($0).contains(where: claims.quotes.contains) } }
            guard !contents.isEmpty else { continue }
            add(Candidate(cue: cue, source: source, contents: contents, kind: kind(of: contents), rule: .reportedAccordingTo),
                quotes: contents.flatMap(quotesInside))
        }
    }

    /// The source after 'according to': a name or a description, which runs to the
    /// comma or the end of the sentence ('according to early results of exit polls
    /// conducted by Edison Research for the Associated Press'); without a comma to
    /// stop it, the noun phrase alone ('According to Trump the media would …').
    func accordingSource(from start: Int, end: Int) -> Range<Int>? {
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
        // ('according to the Alliance to Reclaim Our Schools (AROS).': or the bracket of an acronym.)
        if k > start, k == end || phrases.isPunct(k, ",") || phrases.isPunct(k, "—") || phrases.isPunct(k, "-") || phrases.isPunct(k, "–")
            || phrases.isPunct(k, "(") && k + 2 < end && tokens[k + 1].isAllCaps && phrases.isPunct(k + 2, ")") {
            return start..<k
        }
        return phrases.nounPhraseRight(start, ceiling: end, allowLower: 4)
    }

    // MARK: Pass 4 — X said (that) … / …, X said. / The Taliban, he said, are …

    mutating func reportedSpeech() {
        // (Only words that are cues, as `report` asks first: tested here on copies held
        // once, not through `self` for every word.)
        let phrases = self.phrases, tokens = self.tokens
        for v in tokens.indices where tokens[v].kind == .word && (phrases.cueForm(v) != nil || learnedCues.contains(v)) { report(at: v) }
    }

    /// One reporting verb: its speaker and what it reports, by the first construction
    /// that fits, in the order below. Adds at most one candidate.
    mutating func report(at v: Int) {
        guard let form = cueForm(v), !claims.tokens.contains(v), doc.quoteOf[v] < 0 else { return }
        let phrases = self.phrases, doc = self.doc, tokens = self.doc.tokens
        let learned = learnedCues.contains(v)
        let evidence: CueEvidence = quoteEvidence.contains(v) ? .quoted : learned ? .learned : .lexicon
        let sentence = doc.sentence(of: v)
        let end = phrases.contentEnd(of: sentence)
        var site = ReportSite(verb: v, form: form, evidence: evidence, sentence: sentence, end: end,
                              first: contentStart(sentence), cue: cueRange(verb: v, floor: sentence.lowerBound, ceiling: end))
        if openingParticiple(site) == .settled || continuingParticiple(site) == .settled { return }
        // 'The rejection signals “the end” for the EU, said Wilders': the sentence is
        // Wilders' content; a verb inside it that is not one of saying reports nothing of
        // its own (PolNeAR never nests attributions).
        if !sayingLemmas.contains(form.lemma), trailingSayingCue(after: v) { return }
        // (Inverted first: otherwise the clause before the comma looks like a subject.)
        if invertedCue(site) == .settled { return }
        let subjectEnd = phrases.skipAdjunctsLeft(site.cue.lowerBound, floor: sentence.lowerBound)
        site.subject = participleSpeaker(cue: site.cue, sentence: sentence) ?? phrases.subjectLeft(subjectEnd, floor: sentence.lowerBound)
        if impression(&site) == .settled || question(site) == .settled || participle(site) == .settled { return }
        guard let np = reportSubject(&site) else { return }
        var start = reportContentStart(site)
        if asCue(site, source: np, start: start) == .settled || parenthetical(site, source: np, start: start) == .settled { return }
        // 'he said, not finishing his joke' — after a comma only a quote or a new clause is content.
        if start + 1 < end, phrases.isPunct(start, ","), tokens[start + 1].kind == .quote || tokens[start + 1].lower == "that"
            || tokens[start + 1].isCapitalized && !phrases.isPronoun(start + 1) {
            start += 1
        }
        if subjectCue(site, source: np, start: start) == .settled || trailingCue(site, source: np) == .settled { return }
        cueBeforeSentence(site, source: np, start: start)
    }

    /// The attribution of the sentence's own clause that a participle or a coordinated
    /// verb goes on from: the latest one found before the verb whose cue is not inside
    /// another's content ('Clinton told the audience that she believes …, saying' goes
    /// on from 'Clinton told', not from 'she believes') and whose speaker is not a
    /// relative pronoun ('… an architect who said he was stiffed, saying' is the
    /// sentence subject's participle).
    func reportingHead(inSentenceOf v: Int) -> Int? {
        guard let found = candidatesBySentence[doc.sentenceOf[v]] else { return nil }
        for idx in found.reversed() {
            let c = candidates[idx]
            guard let cue = c.cue, cue.lowerBound < v else { continue }
            if let s = c.source, lexicon.words(.relativeSources).contains(tokens[s.lowerBound].lower), s.count == 1 { continue }
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
    func participleSpeaker(cue: Range<Int>, sentence: Range<Int>) -> Range<Int>? {
        let v = cue.lowerBound
        let title = lexicon.words(.titleParticiples).contains(tokens[v].lower)
        guard cue.count == 1, tokens[v].lower.hasSuffix("ing") || title, v > sentence.lowerBound,
              tokens[v - 1].kind == .word || title && phrases.isPunct(v - 1, ","),
              let np = mainSubject(of: sentence, before: v), np.upperBound + 2 < v else { return nil }
        return np
    }
}
