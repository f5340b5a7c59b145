/// The constructions of reported speech that `report(at:)` tries around one cue verb,
/// each a function named after it and after the rule it adds (`ReportConstruction`).
/// A construction returns `.settled` when the verb is dealt with (an attribution added,
/// or the construction fits and rules out any other) and `.next` to let the next one try.
///
/// (Each holds the phrase reader and the document in locals: read through a mutating
/// method's `self`, every call retained and released what they hold.)
extension AttributionFinder {
    /// 'Bemoaning the “phony system,” Trump accused Holt …', 'Citing security concerns,
    /// the agency said …': a participle that opens the sentence speaks for the subject
    /// after its phrase ('After saying her foot was “so swollen …,” she was …' likewise).
    mutating func openingParticiple(_ site: ReportSite) -> ReportVerdict {
        let phrases = self.phrases, doc = self.doc, tokens = self.doc.tokens
        let v = site.verb, end = site.end, first = site.first, cue = site.cue
        let opener = v == first || v == first + 1 && lexicon.words(.participleLeadIns).contains(tokens[first].lower)
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
               !quotesInside(ct).isEmpty, !quotesInside(ct).contains(where: claims.quotes.contains) {
                add(Candidate(cue: cue, source: np, contents: [ct], kind: kind(of: [ct]), rule: site.rule(.openingParticiple)), quotes: quotesInside(ct))
                return .settled
            }
        }
        return .next
    }

    /// 'Maher stated … that the report “wasn’t good.” Adding, “Now, …”': a participle of
    /// speech that opens its sentence goes on from the attribution of the sentence before
    /// in its paragraph. (Only before a quotation or 'that': 'Responding, Trump called
    /// her …' has a subject of its own.)
    mutating func continuingParticiple(_ site: ReportSite) -> ReportVerdict {
        let phrases = self.phrases, doc = self.doc, tokens = self.doc.tokens
        let v = site.verb, form = site.form, end = site.end, first = site.first, cue = site.cue
        if v == first, cue.lowerBound == v, tokens[v].lower.hasSuffix("ing"), form.cueClass == .speech, v + 2 < end,
           phrases.isPunct(v + 1, ",") || phrases.isPunct(v + 1, ":"), doc.sentenceOf[v] > 0,
           tokens[v + 2].kind == .quote || tokens[v + 2].lower == "that",
           let h = candidatesBySentence[doc.sentenceOf[v] - 1]?.last(where: { candidates[$0].source != nil && !claims.dropped.contains($0) }),
           let headCue = candidates[h].cue, doc.paragraphOf[headCue.lowerBound] == doc.paragraphOf[v] {
            let ct = (v + 2)..<clauseEnd(from: v + 2, sentenceEnd: end)
            if !quotesInside(ct).contains(where: claims.quotes.contains) {
                add(Candidate(cue: cue, source: candidates[h].source, contents: [ct], kind: kind(of: [ct]), rule: site.rule(.participle), inheritsFrom: h),
                    quotes: quotesInside(ct))
            }
            return .settled
        }
        return .next
    }

    /// '…, said Brad Bannon, a Democratic pollster.' — inverted, content before the
    /// cue. Tried before the subject: otherwise the clause before the comma looks like one.
    mutating func invertedCue(_ site: ReportSite) -> ReportVerdict {
        let phrases = self.phrases, tokens = self.doc.tokens
        let v = site.verb, form = site.form, sentence = site.sentence, end = site.end, first = site.first, cue = site.cue
        let learned = site.evidence != .lexicon
        if lexicon.words(.invertible).contains(form.lemma), !learned, cue.lowerBound == v, !tokens[v].lower.hasSuffix("ing"),
           cue.lowerBound > sentence.lowerBound, endsWithComma(cue.lowerBound - 1),
           let np = phrases.nounPhraseRight(phrases.skipAdjunctsRight(cue.upperBound, ceiling: end), ceiling: end),
           tokens[np.lowerBound].lower != "that", tokens[np.lowerBound].isCapitalized || phrases.cls(np.lowerBound) == .det,
           phrases.endsClause(after: np, ceiling: sentence.upperBound),
           // 'Sanders, the senator from Vermont, said the nation's problems …' is a subject.
           phrases.describedSubject(cue.lowerBound, floor: sentence.lowerBound) == nil {
            let ct = first..<contentEnd(before: cue.lowerBound - 1)
            if wordCount(ct) >= 4, !quotesInside(ct).contains(where: claims.quotes.contains) {
                add(Candidate(cue: cue, source: phrases.withAppositive(np, ceiling: sentence.upperBound), contents: [ct],
                              kind: kind(of: [ct]), rule: site.rule(.invertedCue)), quotes: quotesInside(ct))
                return .settled
            }
        }
        return .next
    }

    /// 'Christie appeared to end his bid …', 'Trump is expected to deliver …': an
    /// impression or expectation nobody in particular voices. No source; the content
    /// is the subject and what is said of it. ('he appeared to suggest that …' makes the
    /// verb after 'to' the cue, for the constructions after this one.)
    mutating func impression(_ site: inout ReportSite) -> ReportVerdict {
        let phrases = self.phrases, tokens = self.doc.tokens
        let v = site.verb, form = site.form, end = site.end, cue = site.cue
        let beAux = (cue.lowerBound..<v).contains { lexicon.words(.beAuxiliaries).contains(tokens[$0].lower) }
        let impression = lexicon.words(.impression).contains(form.lemma)
        if impression, cue.upperBound + 1 < end, tokens[cue.upperBound].lower == "to",
           cueForm(cue.upperBound + 1) != nil {
            // 'he appeared to suggest that …', 'Stumpf appeared to blame …': the verb after
            // 'to' reports, and the subject is its speaker.
            site.cue = cue.lowerBound..<(cue.upperBound + 2)
        } else if impression, cue.upperBound < end,
                  lexicon.words(.appearancePrepositions).contains(tokens[cue.upperBound].lower) {
            // 'Oz appeared at a Senate hearing': someone showed up; nobody's impression.
            return .settled
        } else if impression || form.lemma == "expect" && beAux && tokens[v].lower == "expected" {
            let start = phrases.skipAdjunctsRight(cue.upperBound, ceiling: end)
            guard end - start >= 2 else { return .settled }
            var contents = [start..<objectEnd(from: start, sentenceEnd: end)]
            if let np = site.subject, !lexicon.words(.impersonalSubjects).contains(tokens[np.lowerBound].lower) { contents.insert(np, at: 0) }
            if contents.flatMap(quotesInside).contains(where: claims.quotes.contains) { return .settled }
            add(Candidate(cue: cue, source: nil, contents: contents, kind: kind(of: contents), rule: site.rule(.impression)),
                quotes: contents.flatMap(quotesInside))
            return .settled
        }
        return .next
    }

    /// 'Asked whether Clinton “has the integrity …,” 75 percent said …': the question
    /// is an attribution of its own, with no source.
    mutating func question(_ site: ReportSite) -> ReportVerdict {
        let phrases = self.phrases, doc = self.doc, tokens = self.doc.tokens
        let v = site.verb, end = site.end, first = site.first
        if tokens[v].lower == "asked", v == first || v > 0 && lexicon.words(.questionLeadIns).contains(tokens[v - 1].lower) {
            var start = v + 1
            if start < end, tokens[start].lower == "about" { start += 1 }
            guard start < end, lexicon.words(.questionWords).contains(tokens[start].lower) || tokens[v + 1].lower == "about" else { return .settled }
            var stop = start
            // (The comma may close a quotation: 'Asked why … on “CBS This Morning,” Sanders said …'.)
            while stop < end, !(phrases.isPunct(stop, ",") && doc.quoteOf[stop] < 0), !(tokens[stop].kind == .quote && endsWithComma(stop)) { stop += 1 }
            if stop < end, tokens[stop].kind == .quote { stop += 1 }
            let ct = start..<stop
            guard ct.count >= 2, !quotesInside(ct).contains(where: claims.quotes.contains) else { return .settled }
            add(Candidate(cue: v..<(tokens[v + 1].lower == "about" ? v + 2 : v + 1), source: nil, contents: [ct], kind: kind(of: [ct]),
                          rule: site.rule(.question)), quotes: quotesInside(ct))
            return .settled
        }
        return .next
    }

    /// ', adding that …' — a participle after a comma takes the subject of its clause;
    /// '… acknowledged that X but noted that Y' — a second verb of the same subject
    /// ('… and then tweeted that …': an adverb may stand between).
    mutating func participle(_ site: ReportSite) -> ReportVerdict {
        let phrases = self.phrases, doc = self.doc, tokens = self.doc.tokens
        let v = site.verb, form = site.form, sentence = site.sentence, end = site.end, cue = site.cue
        let learned = site.evidence != .lexicon, quoted = site.evidence == .quoted
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
            guard end - start >= 2 else { return .settled }
            var ct = start..<clauseEnd(from: start, sentenceEnd: end)
            // ('with Cruz calling Trump his friend, meeting …': with a subject of its own, a
            // verb that is not one of saying takes an object that ends with its phrase.)
            if ownSubject != nil, !sayingLemmas.contains(form.lemma), !lexicon.words(.naming).contains(form.lemma) {
                ct = start..<objectEnd(from: start, sentenceEnd: ct.upperBound)
            }
            if quotesInside(ct).contains(where: claims.quotes.contains) { return .settled }
            if let head, ownSubject == nil {
                add(Candidate(cue: cue, source: candidates[head].source, contents: [ct], kind: kind(of: [ct]),
                              rule: site.rule(.participle), inheritsFrom: head), quotes: quotesInside(ct))
            } else {
                add(Candidate(cue: cue, source: clauseSubject, contents: [ct], kind: kind(of: [ct]),
                              rule: site.rule(.participle)), quotes: quotesInside(ct))
            }
            return .settled
        }
        return .next
    }

    /// The speaker of a cue that has a subject: none in the passive voice ('was
    /// questioned', 'has been mocked'), where the subject is not the speaker, unless a
    /// verb of reporting follows ('is reported to have called', which becomes the cue).
    func reportSubject(_ site: inout ReportSite) -> Range<Int>? {
        let phrases = self.phrases, doc = self.doc, tokens = self.doc.tokens
        let v = site.verb, form = site.form, end = site.end
        var cue = site.cue, subject = site.subject
        defer { site.cue = cue }
        var passive = tokens[v].lower.hasSuffix("ed") && (cue.lowerBound..<v).contains { lexicon.words(.passiveAuxiliaries).contains(tokens[$0].lower) }
            // 'a number of arrests documented by Fusion', 'was seen by some as …'
            || cue.upperBound < end && tokens[cue.upperBound].lower == "by" && !tokens[v].lower.hasSuffix("ing")
        // 'Obama is reported to have called the Saudis “free riders”', 'He was quoted as
        // saying …': the verb after the passive reports, and the subject is its speaker.
        // (Only verbs that report — not 'was asked to comment', 'was urged to call for'.)
        if passive, cue.upperBound + 1 < end, lexicon.words(.reportingPassives).contains(tokens[v].lower) {
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
        if var whole = subject, whole.count > 2, whole.dropFirst().contains(where: { claims.tokens.contains($0) && ["who", "which"].contains(tokens[$0].lower) }),
           let comma = whole.first(where: { phrases.isPunct($0, ",") }), comma > whole.lowerBound {
            whole = whole.lowerBound..<comma
            subject = whole
        }
        guard let np = subject, !passive, !claims.tokens.contains(np.lowerBound) || sourceSharedWithLaterCue(np, verb: v)
                || (candidatesBySentence[doc.sentenceOf[v]] ?? []).contains(where: { candidates[$0].source == np && candidates[$0].decidedBy.construction == .openingParticiple }), plausibleSubject(np, forCue: v, lemma: form.lemma),
              !lexicon.frameCueForms.contains(tokens[v].lower) || inReportingFrame(after: cue.upperBound, end: end)
                || form.cueClass == .intent && cue.upperBound < end && tokens[cue.upperBound].lower == "to" else { return nil }
        return np
    }

    /// Where the content after the cue starts: 'said (that) …', 'told reporters that …'.
    func reportContentStart(_ site: ReportSite) -> Int {
        let phrases = self.phrases, tokens = self.doc.tokens
        let form = site.form, end = site.end, cue = site.cue
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
        return start
    }

    /// '…, as a Homeland Security memo put it.' (the content is what came before) and
    /// 'As Purple PAC's Crane said, the two standard-bearers …' (it follows the comma).
    mutating func asCue(_ site: ReportSite, source np: Range<Int>, start: Int) -> ReportVerdict {
        let phrases = self.phrases, tokens = self.doc.tokens
        let sentence = site.sentence, end = site.end, first = site.first, cue = site.cue
        if np.lowerBound > sentence.lowerBound + 1, tokens[np.lowerBound - 1].lower == "as", endsWithComma(np.lowerBound - 2), start >= end {
            let ct = first..<contentEnd(before: np.lowerBound - 2)
            if wordCount(ct) >= 3, !quotesInside(ct).contains(where: claims.quotes.contains) {
                add(Candidate(cue: cue, source: np, contents: [ct], kind: kind(of: [ct]), rule: site.rule(.asCue)), quotes: quotesInside(ct))
            }
            return .settled
        }
        // 'As Purple PAC's Crane said, the two standard-bearers …': the content follows the comma.
        if np.lowerBound > sentence.lowerBound, tokens[np.lowerBound - 1].lower == "as", start + 1 < end, phrases.isPunct(start, ",") {
            let ct = (start + 1)..<end
            if !quotesInside(ct).contains(where: claims.quotes.contains) {
                add(Candidate(cue: cue, source: np, contents: [ct], kind: kind(of: [ct]), rule: site.rule(.asCue)), quotes: quotesInside(ct))
            }
            return .settled
        }
        return .next
    }

    /// 'South Carolina, he said, was “where …”': content on both sides of the cue.
    /// (Not when a participle follows: '…, Nefzi said, adding, “…”' is two attributions;
    /// a verb that goes on with the clause does: 'His wife, he says, plans to leave …',
    /// 'Rather, he said, continued struggles …'.)
    mutating func parenthetical(_ site: ReportSite, source np: Range<Int>, start: Int) -> ReportVerdict {
        let phrases = self.phrases, doc = self.doc, tokens = self.doc.tokens
        let form = site.form, sentence = site.sentence, end = site.end, first = site.first, cue = site.cue
        let beforeComma = np.lowerBound > sentence.lowerBound && endsWithComma(np.lowerBound - 1)
        if beforeComma, start + 1 < end, phrases.isPunct(start, ","), form.cueClass.isStrong,
           cueForm(start + 1) == nil || !tokens[start + 1].lower.hasSuffix("ing") && doc.quoteOf[start + 1] < 0 {
            let before = first..<contentEnd(before: np.lowerBound - 1)
            let contents = [before, (start + 1)..<end].filter { !$0.isEmpty }
            if !before.isEmpty, !contents.flatMap(quotesInside).contains(where: claims.quotes.contains) {
                add(Candidate(cue: cue, source: np, contents: contents, kind: kind(of: contents), rule: site.rule(.parenthetical)),
                    quotes: contents.flatMap(quotesInside))
            }
            return .settled
        }
        return .next
    }

    /// 'X said (that) …': the subject speaks and the content follows the cue. ('…,
    /// political analysts say; in 2012 …': after a semicolon the cue reports what came
    /// before it, and this construction does not fit.)
    mutating func subjectCue(_ site: ReportSite, source np: Range<Int>, start: Int) -> ReportVerdict {
        let phrases = self.phrases, doc = self.doc, tokens = self.doc.tokens
        let form = site.form, sentence = site.sentence, end = site.end, cue = site.cue
        if end - start >= 2, !phrases.isPunct(start, ","), !phrases.isPunct(start, ";"), !(start > cue.upperBound && phrases.isPunct(start - 1, ",") && cueForm(start) != nil) {
            // What a verb of saying reports runs to the end of the sentence; other verbs
            // take an object that ends with its phrase.
            var clause = clauseEnd(from: start, sentenceEnd: end)
            // 'While Ramos said that journalists cannot …, he appears …': a cue inside a
            // subordinate clause reports up to the comma that closes the clause.
            if np.lowerBound > sentence.lowerBound, lexicon.words(.subordinators).contains(tokens[np.lowerBound - 1].lower),
               let comma = (start..<clause).first(where: { phrases.isPunct($0, ",") && doc.quoteOf[$0] < 0 || endsWithComma($0) && tokens[$0].kind == .quote }),
               comma > start + 1 {
                // (A comma inside a closing quote: the quotation stays with the clause.)
                clause = tokens[comma].kind == .quote ? comma + 1 : comma
            }
            var contents = [start..<(sayingLemmas.contains(form.lemma) || lexicon.words(.naming).contains(form.lemma) ? clause : objectEnd(from: start, sentenceEnd: clause))]
            let head = tokens[sourceHead(np)].lower.strippingPossessive()
            guard form.cueClass.isStrong || introducesClause(start) || lexicon.sourceNouns.contains(head)
                    || form.cueClass == .belief && bareClauseFollows(start, end: end) else { return .settled }
            // (Left out by an ablation, the rule takes nothing back either: the candidates it
            // would absorb stay.)
            if ablating, ablation.rules.contains(site.rule(.subjectCue)) { return .settled }
            // 'He said: “…” said the Afghan minister' — the quote already has its attribution.
            // 'Gore insisted it was “premature” … while adding, “I don’t …”' — what comes
            // before a quote another cue took is still this one's.
            if np.count == 1, ["who", "which", "who's"].contains(tokens[np.lowerBound].lower), let cut = relativeClauseEnd(in: contents[0]) {
                contents = [contents[0].lowerBound..<cut]
            }
            // 'The gap between what Trump says his tax plan would do and how experts say …':
            // a report whose object is a fronted 'what' is a clause inside the sentence, and
            // ends at its first comma or conjunction.
            if np.lowerBound > sentence.lowerBound, tokens[np.lowerBound - 1].lower == "what",
               let cut = contents[0].dropFirst().first(where: { doc.quoteOf[$0] < 0 && (phrases.isPunct($0, ",") || phrases.cls($0) == .conj || phrases.isDash($0)) }),
               wordCount(contents[0].lowerBound..<cut) >= 2 {
                contents = [contents[0].lowerBound..<cut]
            }
            if contents.flatMap(quotesInside).contains(where: claims.quotes.contains), !(sayingLemmas.contains(form.lemma) && absorbNested(in: contents[0])) {
                guard let cut = contentBefore(usedQuoteIn: contents[0]) else { return .settled }
                contents = [contents[0].lowerBound..<cut]
            } else if let cut = contentBefore(attributionAfter: contents[0]) {
                contents = [contents[0].lowerBound..<cut]
            }
            add(Candidate(cue: cue, source: np, contents: contents, kind: kind(of: contents), rule: site.rule(.subjectCue)),
                quotes: contents.flatMap(quotesInside))
            return .settled
        }
        return .next
    }

    /// '…, Atmar said.' / 'a “very welcome tack,” he said.' — content before the subject.
    /// ('…, records show.': a verb of evidence after a document too.)
    mutating func trailingCue(_ site: ReportSite, source np: Range<Int>) -> ReportVerdict {
        let form = site.form, sentence = site.sentence, first = site.first, cue = site.cue
        let beforeComma = np.lowerBound > sentence.lowerBound && endsWithComma(np.lowerBound - 1)
        if beforeComma, form.cueClass.isStrong || form.cueClass == .evidence && isDocument(sourceHead(np)) {
            let ct = first..<contentEnd(before: np.lowerBound - 1)
            let qs = quotesInside(ct)
            guard wordCount(ct) >= 4, !qs.contains(where: claims.quotes.contains) else { return .settled }
            add(Candidate(cue: cue, source: np, contents: [ct], kind: kind(of: [ct]), rule: site.rule(.trailingCue)), quotes: qs)
            return .settled
        }
        return .next
    }

    /// 'Sam Lau … said in a statement. “There are no paper ballots …”': nothing after the
    /// cue in its sentence, and the next sentence is a quotation.
    mutating func cueBeforeSentence(_ site: ReportSite, source np: Range<Int>, start: Int) {
        let doc = self.doc, tokens = self.doc.tokens
        let v = site.verb, form = site.form, sentence = site.sentence, end = site.end, cue = site.cue
        if start >= end - 1, form.cueClass.isStrong, sayingLemmas.contains(form.lemma), sentence.upperBound < tokens.count {
            let next = sentence.upperBound
            if doc.quoteOf[next] >= 0, doc.quotes[Int(doc.quoteOf[next])].open == next, doc.quotes[Int(doc.quoteOf[next])].isDouble,
               Int(doc.paragraphOf[next]) - Int(doc.paragraphOf[v]) <= 1, !claims.quotes.contains(Int(doc.quoteOf[next])) {
                let qi = Int(doc.quoteOf[next])
                add(Candidate(cue: cue, source: np, contents: [quoteRange(qi)], kind: .direct, rule: .directCueBeforeSentence), quotes: [qi])
            }
        }
    }
}
