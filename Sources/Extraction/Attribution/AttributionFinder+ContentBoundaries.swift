/// Where reported content stops: before another report, the writer's aside, a
/// subordinate clause or a quotation another attribution holds.
extension AttributionFinder {
    /// Where content must stop so as not to take a quote that another attribution
    /// holds: before that quote, and before the cue that introduces it ('while adding on
    /// climate change matters, “…”'), with dangling commas and conjunctions dropped.
    /// Nil when too little is left.
    func contentBefore(usedQuoteIn r: Range<Int>) -> Int? {
        guard let used = r.first(where: { doc.quoteOf[$0] >= 0 && claims.quotes.contains(Int(doc.quoteOf[$0])) }),
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
    func relativeClauseEnd(in r: Range<Int>) -> Int? {
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
    func contentBefore(attributionAfter r: Range<Int>) -> Int? {
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
    func endsWithComma(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count else { return false }
        if phrases.isPunct(k, ",") { return true }
        guard tokens[k].kind == .quote, k > 0, doc.quoteOf[k] >= 0, doc.quotes[Int(doc.quoteOf[k])].close == k else { return false }
        return phrases.isPunct(k - 1, ",") || k > 1 && tokens[k - 1].kind == .quote && phrases.isPunct(k - 2, ",")
    }

    /// Where content ends before the comma at k: before it, or after the closing quote
    /// that follows it (the quotation marks belong to the content).
    func contentEnd(before k: Int) -> Int {
        phrases.isPunct(k, ",") ? k : k + 1
    }

    /// Where content that is an object noun phrase ends: 'rejected that argument' stops
    /// before 'in a ruling released Thursday'; 'acknowledged the reality of climate
    /// change' before ', which …'. A clause ('that …', 'to …', a quote) runs to the
    /// end of the sentence.
    func objectEnd(from start: Int, sentenceEnd end: Int) -> Int {
        let first = tokens[start].lower
        // 'declined to comment, not wanting to …': an infinitive ends at its comma.
        if first == "to" {
            // (So does one before a spaced dash: 'urged Obama to retaliate -- meddling the
            // congressman said is designed to …'.)
            var k = start + 1
            while k < end, !((phrases.isPunct(k, ",") || phrases.isDash(k) && tokens[k].spaceBefore) && doc.quoteOf[k] < 0) { k += 1 }
            return k
        }
        if tokens[start].kind == .quote || lexicon.words(.contentClauseOpeners).contains(first) || phrases.isPronoun(start) {
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
                    || close + 2 < end && lexicon.words(.quoteClosingSubordinators).contains(tokens[close + 1].lower)
                        && (phrases.isPronoun(close + 2) || tokens[close + 2].isCapitalized || phrases.cls(close + 2) == .det)
                    || phrases.isDash(close + 1, orHyphen: true) && tokens[close + 1].spaceBefore && close + 2 < end && tokens[close + 2].spaceBefore
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
            // (Not before a conjunction or a clause of its own: ', and Rubio skipped the
            // “Super Tuesday” rally', ', the same week the “Access Hollywood” tape surfaced'.)
            if t.kind == .punctuation, t.lower == ",", quoteAhead, k + 1 < end, phrases.cls(k + 1) != .conj, phrases.cls(k + 1) != .rel,
               !newClause(after: k, end: end),
               let q = ((k + 1)..<min(end, k + 9)).first(where: { doc.quoteOf[$0] >= 0 }),
               !((k + 1)..<q).contains(where: { phrases.isTimeWord($0) || lexicon.words(.occasions).contains(tokens[$0].lower) }),
               !((k + 1)..<q).contains(where: { cueForm($0) != nil || phrases.cls($0) == .rel || phrases.isPronoun($0) || tokens[$0].kind == .punctuation && !phrases.isPunct($0, ",") }) {
                k += 1
                continue
            }
            if t.kind == .punctuation, [",", "—", ";", "("].contains(t.lower)
                || phrases.isDash(k) && t.spaceBefore
                    && !(start..<end).contains(where: { $0 != k && tokens[$0].lower == t.lower && tokens[$0].spaceBefore }) {
                guard t.lower == ",", k + 1 < end else { break }
                let next = tokens[k + 1]
                if phrases.cls(k + 1) == .rel || phrases.cls(k + 1) == .det && lexicon.words(.articles).contains(next.lower) || next.lower.hasSuffix("ing") || phrases.cls(k + 1) == .conj && next.lower != "and"
                    || next.lower == "and" && newClause(after: k + 1, end: end)
                    // ('touched on the idea of a running mate, Clinton remarked that …': a new
                    // clause with its own subject and verb.)
                    || next.isCapitalized && newClause(after: k, end: end) && !(start..<k).contains(where: { ["that", "when", "if"].contains(tokens[$0].lower) }) {
                    break
                }
            }
            // 'endorsed Trump last week', 'shared the news on Monday': a time ends the object.
            if k > start, !quoteAhead, t.kind == .word, phrases.isTimeWord(k) || lexicon.words(.timeModifiers).contains(t.lower) && k + 1 < end && phrases.isTimeWord(k + 1) {
                break
            }
            if t.kind == .word, let c = phrases.cls(k), k > start {
                // 'endorsed gay marriage after his son came out': the object ends before a subordinate clause.
                if c == .conj, lexicon.words(.reasonSubordinators).contains(t.lower) || !quoteAhead && lexicon.words(.timeSubordinators).contains(t.lower) { break }
                // 'endorsed Trump and has appeared at his side': a second verb of the subject.
                if t.lower == "and", !quoteAhead, k + 1 < end, phrases.cls(k + 1) == .aux || tokens[k + 1].kind == .word && !tokens[k + 1].isCapitalized
                    && phrases.cls(k + 1) == nil && (tokens[k + 1].lower.hasSuffix("ed") || cueForm(k + 1) != nil) && !tokens[k + 1].lower.hasSuffix("ing") {
                    break
                }
                if c == .prep, ["after", "before"].contains(t.lower), k + 1 < end, phrases.isPronoun(k + 1) || tokens[k + 1].lower.hasSuffix("ing") { break }
                if c == .aux || c == .rel || c == .conj && t.lower != "and" && t.lower != "or" { return end }
                if c == .prep, lexicon.words(.circumstancePrepositions).contains(t.lower) { break }
                if c == .prep, lexicon.words(.occasionPrepositions).contains(t.lower), k + 2 < end, lexicon.words(.occasionDeterminers).contains(tokens[k + 1].lower),
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
    func closesClause(quoteEnd k: Int) -> Bool {
        guard k > 0, k + 1 < tokens.count, phrases.isPunct(k - 1, ","), tokens[k + 1].kind == .word else { return false }
        let next = tokens[k + 1].lower
        return lexicon.words(.subordinators).contains(next) || phrases.cls(k + 1) == .rel || lexicon.words(.clauseClosingRelatives).contains(next)
            || next.hasSuffix("ing") && phrases.cls(k + 1) == nil
            // ('called him a “moderate,” a subtle dig at …': the writer's description, unless
            // another quotation follows at once: 'a “liar,” a “bully” and a “narcissist”'. A
            // plain list after a quotation — '“change,” a new approach and an end to wars' —
            // is cut here too.)
            || ["a", "an"].contains(next) && !(k + 2 < tokens.count && tokens[k + 2].kind == .quote)
    }

    func clauseEnd(from start: Int, sentenceEnd end: Int) -> Int {
        var k = start + 1
        while k < end {
            // '… “outrageous practices,” which …': the comma inside the closing quote.
            if tokens[k].kind == .quote, doc.quoteOf[k] >= 0, doc.quotes[Int(doc.quoteOf[k])].close == k, closesClause(quoteEnd: k) { return k + 1 }
            if doc.quoteOf[k] < 0 {
                let w = tokens[k].lower
                // '… “there’s nothing wrong with that” — asserting that …': a dash after
                // quoted words opens the writer's aside.
                if phrases.isDash(k), k > start + 2, (start..<k).contains(where: { doc.quoteOf[$0] >= 0 }) {
                    return k
                }
                if phrases.isPunct(k, ","), k + 1 < end, doc.quoteOf[k + 1] < 0 {
                    let next = tokens[k + 1].lower
                    // 'Though she called for compensation to be “clawed back”, Clinton restricted
                    // …': the comma that closes an opening subordinate clause before the main
                    // clause's subject and verb.
                    if lexicon.words(.subordinators).contains(tokens[contentStart(doc.sentence(of: k))].lower), newClause(after: k, end: end) { return k }
                    if lexicon.words(.contrastWords).contains(next) { return k }
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
    func newSpeakerSays(after k: Int, end: Int) -> Bool {
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
    /// ('…, and human rights groups warned that …': a subject without a determiner too,
    /// when its verb reports with 'that'.)
    func newClause(after k: Int, end: Int) -> Bool {
        guard k + 2 < end, doc.quoteOf[k + 1] < 0, tokens[k + 1].kind == .word, phrases.cls(k + 1) != .conj, phrases.cls(k + 1) != .prep else { return false }
        // (Without a determiner or a capital, only when a cue and 'that' follow soon: the
        // phrase is not worked out at every 'and'.)
        if phrases.cls(k + 1) != .det, !tokens[k + 1].isCapitalized,
           !((k + 2)..<min(end - 1, k + 9)).contains(where: { cueForm($0) != nil && tokens[$0 + 1].lower == "that" }) { return false }
        guard let np = phrases.nounPhraseRight(k + 1, ceiling: end), np.upperBound < end else { return false }
        var verb = phrases.skipAdjunctsRight(np.upperBound, ceiling: end)
        while verb < end, phrases.cls(verb) == .aux || phrases.cls(verb) == .neg { verb += 1 }
        guard verb < end else { return false }
        guard phrases.cls(k + 1) == .det || tokens[k + 1].isCapitalized else {
            return cueForm(verb) != nil && verb + 1 < end && tokens[verb + 1].lower == "that" && !tokens[verb].lower.hasSuffix("ing")
        }
        return cueForm(verb) != nil || tokens[verb].kind == .word && !tokens[verb].isCapitalized && phrases.cls(verb) == nil && tokens[verb].lower.hasSuffix("ed")
    }

    /// 'that', a quotation or a colon follows the cue (after its adjuncts).
    func inReportingFrame(after k: Int, end: Int) -> Bool {
        var j = phrases.skipModifierPhrase(phrases.skipAdjunctsRight(k, ceiling: end), ceiling: end)
        if j < end, phrases.isPunct(j, ",") { j += 1 }
        guard j < end else { return false }
        return tokens[j].lower == "that" || tokens[j].kind == .quote || tokens[j].lower == ":"
    }

    func wordCount(_ r: Range<Int>) -> Int {
        r.isEmpty ? 0 : r.reduce(0) { $0 + (tokens[$1].kind == .word || tokens[$1].kind == .number ? 1 : 0) }
    }

    /// Where content that starts a sentence begins: after a bullet ('•') and a
    /// dateline ('ISLAMABAD:'), which belong to the page, not to the speaker.
    func contentStart(_ sentence: Range<Int>) -> Int {
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
    func bareClauseFollows(_ start: Int, end: Int) -> Bool {
        var k = start
        while k < min(end, start + 6) {
            if tokens[k].kind != .word { return false }
            if k > start, phrases.cls(k) == .aux { return true }
            k += 1
        }
        return false
    }

    /// The content starts a clause of its own: 'that …', 'the Taliban are …'.
    func introducesClause(_ i: Int) -> Bool {
        guard i < tokens.count else { return false }
        let w = tokens[i].lower
        if lexicon.words(.reportedClauseOpeners).contains(w) { return true }
        return tokens[i].kind == .quote || tokens[i].isCapitalized || phrases.cls(i) == .det || phrases.isPronoun(i)
    }
}
