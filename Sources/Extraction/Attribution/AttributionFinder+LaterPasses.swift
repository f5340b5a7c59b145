/// Passes 5 to 8: headline colons, poll findings, quotations that go on from an
/// attribution, quotations that make a near-miss verb or a noun of saying a cue, and
/// quote paragraphs with no cue of their own.
extension AttributionFinder {
    // MARK: Pass 5 — 'Pat Caddell: Democrat voters worried …' (headline form)

    mutating func headlineColon() {
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
            guard paragraph.upperBound - s > 3, !claims.tokens.contains(s) else { continue }
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
            guard ct.count >= 3, !quotesInside(ct).contains(where: claims.quotes.contains) else { continue }
            add(Candidate(cue: k..<(k + 1), source: s..<k, contents: [ct], kind: kind(of: [ct]), rule: .headlineColon),
                quotes: quotesInside(ct))
        }
    }

    // MARK: Pass 5b — 'In the latest CNN/ORC poll, …' / '… leading in the polls'

    /// Polls and surveys report findings: 'In May's Washington Post-ABC News poll,
    /// Clinton led Trump …' and 'Sanders has sagged in the polls' attribute the finding
    /// to the poll, as annotators mark it (cue 'in').
    mutating func pollFindings() {
        let dataSources = lexicon.words(.dataSources)
        guard !dataSources.isEmpty else { return }
        for sentence in doc.sentences {
            let end = phrases.contentEnd(of: sentence)
            var s = contentStart(sentence)
            if s < end, lexicon.words(.pollLeadConjunctions).contains(tokens[s].lower) { s += 1 }
            guard s < end else { continue }
            if tokens[s].lower == "in", doc.quoteOf[s] < 0,
               let comma = ((s + 1)..<min(end, s + 18)).first(where: { phrases.isPunct($0, ",") }),
               ((s + 1)..<comma).contains(where: { dataSources.contains(tokens[$0].lower) }),
               !((s + 1)..<comma).contains(where: { tokens[$0].kind == .quote || phrases.isPronoun($0) }),
               !claims.tokens.contains(s), comma + 3 < end {
                let ct = (comma + 1)..<end
                guard !quotesInside(ct).contains(where: claims.quotes.contains) else { continue }
                add(Candidate(cue: s..<(s + 1), source: (s + 1)..<comma, contents: [ct], kind: kind(of: [ct]), rule: .reportedPoll),
                    quotes: quotesInside(ct))
                continue
            }
            // '… has been leading in the polls', '… mired in fourth in most surveys'
            guard end - 3 > s, dataSources.contains(tokens[end - 1].lower) else { continue }
            var k = end - 2
            while k > s, k > end - 6, tokens[k].kind == .word, tokens[k].lower != "in" { k -= 1 }
            guard tokens[k].lower == "in", k - s >= 3, !claims.tokens.contains(k), doc.quoteOf[k] < 0 else { continue }
            let ct = s..<k
            guard !quotesInside(ct).contains(where: claims.quotes.contains), !(s..<k).contains(where: { claims.tokens.contains($0) }) else { continue }
            add(Candidate(cue: k..<(k + 1), source: (k + 1)..<end, contents: [ct], kind: kind(of: [ct]), rule: .reportedPoll),
                quotes: quotesInside(ct))
        }
    }

    // MARK: Pass 6 — “A,” he said, “B.” / … Mr. Holtz-Eakin said. ''B.''

    /// A quote right after an attribution, in the same paragraph and with no cue of
    /// its own, goes on with the same speaker: it becomes another content span.
    mutating func followingQuotes() {
        for idx in candidates.indices where !claims.dropped.contains(idx) {
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
               doc.sentence(of: k).lowerBound != k || lexicon.words(.subordinators).contains(tokens[k].lower) || tokens[k].lower == "unless",
               let next = quoteAfterAttribution(from: k, ceiling: ceiling) { k = next }
            // A title ('on CNN’s “State of the Union”') is not more of the statement.
            if k < ceiling, k > 0, tokens[k - 1].kind == .word, joined == nil { continue }
            guard k < ceiling, doc.quoteOf[k] >= 0 else { continue }
            let next = Int(doc.quoteOf[k])
            guard doc.quotes[next].open == k, doc.quotes[next].isDouble, !claims.quotes.contains(next) else { continue }
            let quote = quoteRange(next)
            candidates[idx].contents.append(k == joinedAt ? (joined ?? quote.lowerBound)..<quote.upperBound : quote)
            claims.claim(quote: next)
        }
    }

    /// The opening mark of the next quote when what stands between token k and it is
    /// circumstance of the attribution before, not a statement of its own: the rest of
    /// the sentence ('“A,” Trump said in reply. “B.”', '…,” said Cruz, who had introduced
    /// them. “B.”') or a phrase ending with a comma ('he said of people whose rights were
    /// restored, “But …”'). Nothing between may be quoted or a verb of saying.
    func quoteAfterAttribution(from k: Int, ceiling: Int) -> Int? {
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
    mutating func completeQuotes() {
        for idx in candidates.indices {
            for (n, r) in candidates[idx].contents.enumerated() where !r.isEmpty {
                let lastToken = r.upperBound - 1
                guard doc.quoteOf[lastToken] >= 0 else { continue }
                let qi = Int(doc.quoteOf[lastToken])
                let q = doc.quotes[qi]
                guard q.isDouble, q.open >= r.lowerBound, q.last > lastToken else { continue }
                candidates[idx].contents[n] = r.lowerBound..<(q.last + 1)
                claims.claim(quote: qi)
            }
        }
    }

    /// The content runs to the end of its paragraph (closing punctuation aside).
    func closesParagraph(_ content: Range<Int>) -> Bool {
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
    mutating func quotedReports() {
        for v in quoteCues where !claims.tokens.contains(v) {
            let sentence = doc.sentence(of: v)
            guard let open = ((v + 1)..<sentence.upperBound).first(where: { k in
                doc.quoteOf[k] >= 0 && doc.quotes[Int(doc.quoteOf[k])].open == k && doc.quotes[Int(doc.quoteOf[k])].isDouble
            }), !claims.quotes.contains(Int(doc.quoteOf[open])) else { continue }
            beginTrial()
            learnedCues.insert(v)
            quoteEvidence.insert(v)
            report(at: v)
            let added = trial.map { candidates.count > $0.count } ?? false
            if added, let c = candidates.last, c.contents.contains(where: { $0.contains(open) }),
               c.source.map(canSpeak) ?? false, !isTitle(Int(doc.quoteOf[open])) {
                endTrial(keep: true)
                continue
            }
            endTrial(keep: false)
            learnedCues.remove(v)
            quoteEvidence.remove(v)
        }
    }

    /// A source that can be someone speaking: a name, a personal pronoun, a role or an
    /// organisation ('the campaign'); not 'it', 'which' or a bare number ('Several
    /// waved their signs').
    func canSpeak(_ np: Range<Int>) -> Bool {
        let head = sourceHead(np)
        let w = tokens[head].lower
        if phrases.isPronoun(head) { return lexicon.words(.speakingPronouns).contains(w) }
        if tokens[head].isCapitalized, phrases.cls(head) == nil { return true }
        return phrases.info[head].isSourceNoun || lexicon.titles[w] != nil || lexicon.organizationWords.contains(w)
    }

    /// A quotation whose every word is capitalised ('“Star Wars”', '“Fantastic Four”'):
    /// a title, not anyone's words.
    func isTitle(_ qi: Int) -> Bool {
        let q = doc.quotes[qi]
        let words = (q.open...q.last).filter { tokens[$0].kind == .word }
        return !words.isEmpty && words.allSatisfy { tokens[$0].isCapitalized || phrases.cls($0) == .prep || phrases.cls($0) == .det && $0 != words[0] }
    }

    // MARK: Pass 7c — 'Trump’s claim that there have been “thousands of shootings”'

    /// A noun of saying after a possessive ('his call for “a total and complete ban”',
    /// 'Trump’s controversial pledge to be “neutral”', 'her claim that she “never sent …”')
    /// reports what follows it as its owner's words. Taken only around a quotation no other
    /// pass claimed, where the quotation shows that words are reported.
    mutating func nominalReports() {
        let nouns = lexicon.words(.speechNouns)
        for (qi, q) in doc.quotes.enumerated() where q.isDouble && !claims.quotes.contains(qi) && !isTitle(qi) {
            let sentence = doc.sentence(of: q.open)
            // The noun within a dozen words before the quotation, outside any quotation.
            guard let noun = stride(from: q.open - 1, through: max(sentence.lowerBound + 1, q.open - 12), by: -1).first(where: {
                doc.quoteOf[$0] < 0 && nouns.contains(tokens[$0].lower) }), !claims.tokens.contains(noun) else { continue }
            // Its owner: a possessive right before it ('Sanders’ claim': past the mark), or
            // before one or two adjectives ('Trump’s recent evidence-free assertion').
            var owner = phrases.isPossessiveMark(noun - 1) ? noun - 2 : noun - 1
            var adjectives = 0
            while owner > sentence.lowerBound, adjectives < 2, tokens[owner].kind == .word, !isPossessive(owner), phrases.cls(owner) == nil,
                  !tokens[owner].isCapitalized {
                owner -= 1
                adjectives += 1
            }
            guard owner >= sentence.lowerBound, isPossessive(owner), doc.quoteOf[owner] < 0 else { continue }
            // What the noun reports, with the quotation inside it: 'that' and a clause with a
            // subject of its own ('her claim that she “never sent …”', not 'her statement that
            // sparked “…”'), 'to' and a bare verb ('his pledge to “drain the swamp”', not 'his
            // remarks to “Meet the Press”'), or 'for' after a call or a demand.
            let next = noun + 1
            guard next + 1 <= q.open else { continue }
            let word = tokens[next].lower
            let after = next + 1
            let opensClause = word == "that" && (phrases.isPronoun(after) || ["there", "it"].contains(tokens[after].lower) || phrases.cls(after) == .det || tokens[after].isCapitalized
                || tokens[after].kind == .number || tokens[after].kind == .quote)
            let opensInfinitive = word == "to" && tokens[after].kind == .word && !tokens[after].isCapitalized && phrases.cls(after) == nil
            let opensRequest = word == "for" && lexicon.words(.requestNouns).contains(tokens[noun].lower)
            guard opensClause || opensInfinitive || opensRequest,
                  // (Nothing between but the words reported: 'their call for peace was “welcome news”' is the writer's.)
                  !(next..<q.open).contains(where: { doc.quoteOf[$0] >= 0 || !opensClause && phrases.cls($0) == .aux || cueForm($0) != nil && $0 != after
                      || tokens[$0].kind == .punctuation }) else { continue }
            let start = opensRequest ? after : next
            let ct = start..<reportedEnd(afterQuote: q.last, sentence: sentence)
            guard !quotesInside(ct).contains(where: claims.quotes.contains) else { continue }
            let cue = noun..<(opensRequest ? next + 1 : noun + 1)
            add(Candidate(cue: cue, source: possessor(ending: owner, floor: sentence.lowerBound), contents: [ct], kind: kind(of: [ct]), rule: .nominalPossessive),
                quotes: quotesInside(ct))
        }
    }

    /// Where a noun's reported words end after their quotation: at the quotation, or after
    /// a prepositional phrase that goes on from it ('… “thousands of shootings” in Chicago
    /// this year'), never into the main clause's verb ('… “crooked” drew a rebuke').
    func reportedEnd(afterQuote last: Int, sentence: Range<Int>) -> Int {
        let end = phrases.contentEnd(of: sentence)
        var k = last + 1
        var inPhrase = false
        while k < end, doc.quoteOf[k] < 0 {
            let t = tokens[k]
            // ('during peace talks between Israel and the Palestinians')
            if inPhrase, ["and", "or"].contains(t.lower), k + 1 < end, phrases.cls(k + 1) == .det || tokens[k + 1].isCapitalized {
                k += 1
                continue
            }
            if t.kind == .punctuation || cueForm(k) != nil || phrases.cls(k) == .aux || phrases.cls(k) == .rel || phrases.cls(k) == .conj { break }
            if phrases.cls(k) == .prep { inPhrase = true } else if !(inPhrase || t.isCapitalized || t.kind == .number || phrases.cls(k) == .det) { break }
            k += 1
        }
        return k
    }

    /// 'his', 'their', 'Trump’s', 'Sanders'' — a possessive determiner or name.
    func isPossessive(_ k: Int) -> Bool {
        let w = tokens[k].lower
        // ('her' before a noun is a determiner, whatever the lexicon lists first — but not
        // after a verb: 'sent her warnings that …'.)
        if w == "her", k > 0, tokens[k - 1].kind == .word, !tokens[k - 1].isCapitalized, phrases.cls(k - 1) == nil { return false }
        if phrases.info[k].pronounRole == .possessive || w == "her" { return w != "its" }
        return tokens[k].isCapitalized && (w.hasSuffix("'s") || w.hasSuffix("’s"))
            || k + 1 < tokens.count && tokens[k].isCapitalized && phrases.isPossessiveMark(k + 1)
    }

    /// The owner's mention ending at the possessive token k: the pronoun, or the name run
    /// before it ('Donald J. Trump’s', 'Sen. Ted Cruz’s'), not the word that opens the
    /// sentence ('But Trump’s') or a time or place before it.
    func possessor(ending k: Int, floor: Int) -> Range<Int> {
        let end = k + 1 < tokens.count && phrases.isPossessiveMark(k + 1) ? k + 2 : k + 1
        guard phrases.info[k].pronounRole != .possessive, tokens[k].lower != "her" else { return k..<(k + 1) }
        var s = k
        while s - 1 >= floor {
            if phrases.isPunct(s - 1, "."), s - 2 >= floor, tokens[s - 2].isCapitalized, !tokens[s - 2].spaceBefore || tokens[s - 2].lower.count <= 4 {
                s -= 2
            } else if tokens[s - 1].kind == .word, tokens[s - 1].isCapitalized, phrases.cls(s - 1) == nil, !phrases.isTimeWord(s - 1),
                      doc.quoteOf[s - 1] < 0 {
                s -= 1
            } else {
                break
            }
        }
        return s..<end
    }

    // MARK: Pass 8 — 'Trump openly admires Putin as a “strong leader,”'

    /// 'Trump openly admires Putin as a “strong leader who is in control,”', 'Reid has
    /// gone after Trump as a “human leech who will bleed the country”': a quotation of
    /// several words inside a plain clause is words the writer takes from the clause's
    /// subject, whatever its verb (PolNeAR annotates about seven in ten such quotations
    /// that no cue claims). The subject must be plainly one (a name, a pronoun, a role);
    /// the verb after it is the cue and what follows, to the closing mark, the content.
    mutating func quotationInClause() {
        var covered = [Bool](repeating: false, count: tokens.count)
        for (i, c) in candidates.enumerated() where !claims.dropped.contains(i) { for r in c.contents { for k in r { covered[k] = true } } }
        for (qi, q) in doc.quotes.enumerated() where q.isDouble && !claims.quotes.contains(qi) {
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
                  !(np.lowerBound...close).contains(where: { claims.tokens.contains($0) || covered[$0] }),
                  !(np.upperBound..<q.open).contains(where: { tokens[$0].kind == .quote && !phrases.isPossessiveMark($0) || doc.quoteOf[$0] >= 0 }) else { continue }
            let cue = phrases.extendCueLeft(k, floor: np.upperBound)..<(k + 1)
            let content = (k + 1)..<(close + 1)
            add(Candidate(cue: cue, source: np, contents: [content], kind: kind(of: [content]), rule: .directClauseSubject),
                quotes: quotesInside(content))
        }
    }

    // MARK: Pass 7 — a quote paragraph with no cue of its own

    /// "Legitimacy is ours. God is with us." after a quote by the president: a reader
    /// gives it to the speaker of the quote just before, when nothing intervenes, as
    /// more of the same statement.
    mutating func continuedQuotes() {
        // Of attributions that end together, the outer one (which starts first) comes last,
        // so a nested report ('said that critics had predicted …') does not take the quote.
        let sorted = candidates.indices.filter { !claims.dropped.contains($0) }.sorted {
            let a = candidates[$0].contents, b = candidates[$1].contents
            let (ea, eb) = (a.last?.upperBound ?? 0, b.last?.upperBound ?? 0)
            return ea != eb ? ea < eb : (a.first?.lowerBound ?? 0) > (b.first?.lowerBound ?? 0)
        }
        var cursor = -1
        for (qi, q) in doc.quotes.enumerated() where q.isDouble && !claims.quotes.contains(qi) {
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
            claims.claim(quote: qi)
        }
    }
}
