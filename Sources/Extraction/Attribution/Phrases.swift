/// Noun-phrase, cue and adjunct boundaries found from the lexicon and the shape of
/// the words (capitals, punctuation), without a parser. Every attribution pass
/// uses these, so a fix here helps all of them.
struct Phrases {
    let doc: Document
    let lexicon: Lexicon
    /// The cue at each token, decided once: every pass asks about the same tokens.
    private let cueForms: [Lexicon.CueForm?]
    /// Whether each token is a subject pronoun (contractions included: he's, they're).
    private let subjectPronouns: [Bool]
    /// What the lexicon says about each token's word: one look-up per token.
    let info: [Lexicon.WordInfo]
    /// Word sets the phrase finders consult for every word they pass, fetched once.
    private let quantityModifiers: Set<String>
    let numberWords: Set<String>
    private let phrasePrepositions: Set<String>
    private let sourceAdjectives: Set<String>
    private let nounPrepositions: Set<String>
    private let coordinators: Set<String>
    private let floatingQuantifiers: Set<String>

    init(doc: Document, lexicon: Lexicon) {
        self.doc = doc
        self.lexicon = lexicon
        self.quantityModifiers = lexicon.words(.quantityModifiers)
        self.numberWords = lexicon.words(.numberWords)
        self.phrasePrepositions = lexicon.words(.phrasePrepositions)
        self.sourceAdjectives = lexicon.words(.sourceAdjectives)
        self.nounPrepositions = lexicon.words(.nounPrepositions)
        self.coordinators = lexicon.words(.coordinators)
        self.floatingQuantifiers = lexicon.words(.floatingQuantifiers)
        var info = doc.tokens.map { t in t.kind == .word ? (lexicon.words[t.lower] ?? .none) : .none }
        // 'is once again questioning', 'once more': 'once' is an adverb there, not the
        // conjunction of 'once he arrived'.
        for i in doc.tokens.indices.dropLast() where info[i].wordClass == .conj && doc.tokens[i].lower == "once"
            && ["again", "more"].contains(doc.tokens[i + 1].lower) {
            info[i].wordClass = .adv
        }
        // 'Yin Myint May said', 'Will Rogers': inside a sentence, a capitalised auxiliary next
        // to another capitalised word is part of a name, not a modal verb (a headline
        // capitalises every word, and a quotation or a line may start with one: 'she asked,
        // “Will you …'; alone, 'in May' is the month).
        for i in doc.tokens.indices where info[i].wordClass == .aux && doc.tokens[i].isCapitalized && !doc.tokens[i].isAllCaps
            && i != doc.sentence(of: i).lowerBound && !doc.tokens[i].newlineBefore
            && !doc.isHeadlineParagraph[Int(doc.paragraphOf[i])]
            && doc.tokens[i - 1].kind != .quote && ![":", "(", "-", "—", "–"].contains(doc.tokens[i - 1].lower) {
            let before = doc.tokens[i - 1], after = i + 1 < doc.tokens.count ? doc.tokens[i + 1] : nil
            let inName = before.kind == .word && before.isCapitalized && info[i - 1].wordClass == nil
                || after.map { $0.kind == .word && $0.isCapitalized && !$0.newlineBefore } ?? false
            if inName { info[i].wordClass = nil }
        }
        // 'Julie A. Diaz', 'Michael I. Smith': a capital letter with a period after a name
        // is an initial, not the article 'a' or the pronoun 'I'.
        for i in doc.tokens.indices.dropFirst().dropLast() where ["a", "i"].contains(doc.tokens[i].lower) && doc.tokens[i].isCapitalized
            && doc.tokens[i + 1].lower == "." && !doc.tokens[i + 1].spaceBefore
            && doc.tokens[i - 1].kind == .word && doc.tokens[i - 1].isCapitalized && !doc.tokens[i].newlineBefore {
            info[i].wordClass = nil
            info[i].pronounRole = nil
        }
        self.info = info
        var forms = [Lexicon.CueForm?](repeating: nil, count: doc.tokens.count)
        for i in doc.tokens.indices where doc.tokens[i].kind == .word {
            forms[i] = Self.decideCueForm(doc, lexicon, info, i)
        }
        self.cueForms = forms
        self.subjectPronouns = doc.tokens.indices.map { i in
            // 'US Senator Jeff Sessions': 'US' in capitals is the country.
            if doc.tokens[i].lower == "us", doc.tokens[i].isAllCaps { return false }
            if info[i].pronounRole == .subject { return true }
            // Contractions: he's, they're, I'm, we've, she'd.
            let w = doc.tokens[i].lower
            guard doc.tokens[i].kind == .word, w.utf8.contains(0x27), let apostrophe = w.firstIndex(of: "'") else { return false }
            return lexicon.words[String(w[..<apostrophe])]?.pronounRole == .subject
        }
    }

    var tokens: [Token] { doc.tokens }

    func word(_ i: Int) -> String { tokens[i].lower }
    func isWord(_ i: Int) -> Bool { tokens[i].kind == .word || tokens[i].kind == .number }
    func cls(_ i: Int) -> Lexicon.WordClass? { info[i].wordClass }
    func isTimeWord(_ i: Int) -> Bool { info[i].isTime }
    func isPunct(_ i: Int, _ s: String) -> Bool { tokens[i].kind == .punctuation && tokens[i].lower == s }

    /// The apostrophe of a plural possessive ('Sanders’ campaign manager'), which the
    /// tokenizer cannot tell from a closing single quote: glued to a word in -s and
    /// closing no single quotation.
    /// A dash that sets words apart ('—', '–', '--', '―'), or also a hyphen standing as one.
    func isDash(_ k: Int, orHyphen: Bool = false) -> Bool {
        guard tokens[k].kind == .punctuation else { return false }
        switch tokens[k].lower {
        case "—", "–", "--", "―": return true
        case "-": return orHyphen
        default: return false
        }
    }

    func isPossessiveMark(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .quote, t.quote == .closeSingle || t.quote == .straightSingle, !t.spaceBefore, k > 0,
              tokens[k - 1].kind == .word, tokens[k - 1].lower.hasSuffix("s") else { return false }
        let q = doc.quoteOf[k]
        return q < 0 || doc.quotes[Int(q)].isDouble && doc.quotes[Int(q)].last != k
    }

    /// A subject pronoun, contractions included: he's, they're, I'm, we've, she'd.
    func isPronoun(_ i: Int) -> Bool { subjectPronouns[i] }

    /// An adverb in -ly between a subject and its verb ('effectively acknowledged').
    func isLyAdverb(_ i: Int) -> Bool {
        let t = tokens[i]
        return t.kind == .word && !t.isCapitalized && t.lower.hasSuffix("ly") && t.span.length > 4 && !lexicon.words(.lyNonAdverbs).contains(t.lower)
    }

    /// A reporting verb (any class) at token i, or the first word of a verbal cue
    /// phrase such as 'went on to say' or 'pointed out'.
    func cueForm(_ i: Int) -> Lexicon.CueForm? { cueForms[i] }

    private static func decideCueForm(_ doc: Document, _ lexicon: Lexicon, _ info: [Lexicon.WordInfo], _ i: Int) -> Lexicon.CueForm? {
        let tokens = doc.tokens
        guard tokens[i].kind == .word else { return nil }
        // A capital inside a sentence makes a name ('the United States'), except in
        // headlines, where every word is capitalised ('Qureshi Says').
        if tokens[i].isCapitalized, i != doc.sentence(of: i).lowerBound, !doc.isHeadlineParagraph[Int(doc.paragraphOf[i])] { return nil }
        // After a determiner or a preposition the word is a noun: 'a private email system', 'file charges'.
        // ('before asking her', 'after saying': a participle after 'before', 'after' or 'while' is a verb.)
        if i > 0, let c = info[i - 1].wordClass,
           c == .det && !lexicon.words(.pronominalDeterminers).contains(tokens[i - 1].lower)
            || c == .prep && tokens[i - 1].lower != "to"
            && !(tokens[i].lower.hasSuffix("ing") && lexicon.words(.participleSubordinators).contains(tokens[i - 1].lower)) {
            return nil
        }
        if isNounUseOfCue(doc, lexicon, info, i) { return nil }
        if info[i].cueClass != nil, let form = lexicon.cue(tokens[i].lower) { return form }
        if info[i].startsCuePhrase, let n = cuePhraseLength(doc, lexicon, at: i, limit: tokens.count), !lexicon.words(.nonCuePhraseStarts).contains(tokens[i].lower) {
            return Lexicon.CueForm(lemma: tokens[i + n - 1].lower, cueClass: .speech)
        }
        return nil
    }

    /// 'Minnesota state delegate Mary Susan', 'the Texas state Sen.': the bare form of a
    /// cue verb between a singular name and a noun is a noun itself (plural names end in
    /// -s: 'Republicans claim Clinton lied' keeps its verb).
    static func isNounUseOfCue(_ doc: Document, _ lexicon: Lexicon, _ info: [Lexicon.WordInfo], _ i: Int) -> Bool {
        let tokens = doc.tokens
        guard info[i].cueClass != nil, i > 0, i + 1 < tokens.count, !tokens[i].isCapitalized,
              lexicon.cue(tokens[i].lower)?.lemma == tokens[i].lower else { return false }
        let before = tokens[i - 1], after = tokens[i + 1]
        guard before.kind == .word, before.isCapitalized, !before.lower.hasSuffix("s"), info[i - 1].wordClass == nil, info[i - 1].pronounRole == nil,
              doc.sentenceOf[i - 1] == doc.sentenceOf[i], after.kind == .word, after.spaceBefore else { return false }
        // 'Jeb Bush and Chris Christie say Florida Sen. Marco Rubio …': names joined by
        // 'and' are a plural subject, and the form is their verb.
        if (max(0, i - 4)..<(i - 1)).contains(where: { tokens[$0].lower == "and" }) { return false }
        // 'Aides to Clinton say she’s …': a pronoun with a contraction starts a clause.
        if after.lower.utf8.contains(0x27), let apostrophe = after.lower.firstIndex(of: "'"),
           lexicon.words[String(after.lower[..<apostrophe])]?.pronounRole == .subject {
            return false
        }
        return after.isCapitalized || info[i + 1].title != nil || info[i + 1].wordClass == nil && info[i + 1].cueClass == nil && info[i + 1].pronounRole == nil
    }

    /// A multi-word cue starting at i, as the number of tokens it covers.
    func cuePhraseLength(at i: Int, limit: Int) -> Int? { Self.cuePhraseLength(doc, lexicon, at: i, limit: limit) }

    static func cuePhraseLength(_ doc: Document, _ lexicon: Lexicon, at i: Int, limit: Int) -> Int? {
        let tokens = doc.tokens
        guard let phrases = lexicon.cuePhrasesByFirstWord[tokens[i].lower] else { return nil }
        for phrase in phrases where i + phrase.count <= limit {
            var ok = true
            for (k, w) in phrase.enumerated() where tokens[i + k].lower != w { ok = false; break }
            if ok { return phrase.count }
        }
        return nil
    }

    /// Extends a cue verb left over auxiliaries, negation and 'also' ('has also said'),
    /// as annotators include them in the cue.
    func extendCueLeft(_ i: Int, floor: Int) -> Int {
        var k = i
        while k - 1 >= floor {
            if let c = cls(k - 1), c == .aux || c == .neg || c == .adv && lexicon.words(.cueAdverbs).contains(word(k - 1)) {
                k -= 1
            } else if isLyAdverb(k - 1) || word(k - 1) == "twice" {
                k -= 1
            } else {
                break
            }
        }
        return k
    }

    /// Skips, leftwards from `end` (exclusive), adverbs and time expressions that sit
    /// between a subject and its verb ('Atmar on Friday asked'); returns the new end.
    func skipAdjunctsLeft(_ end: Int, floor: Int) -> Int {
        var e = end
        while e - 1 >= floor {
            let k = e - 1
            if cls(k) == .adv || isTimeWord(k) {
                // 'on Friday', 'last week', 'earlier this month'
                var s = k
                while s - 1 >= floor, lexicon.words(.timeLeadIns).contains(word(s - 1)) { s -= 1 }
                e = s
                continue
            }
            // 'Trump in his announcement speech called', 'Clinton at a rally in Ohio said': a
            // prepositional phrase between a name (or pronoun) and its verb.
            if tokens[k].kind == .word, !tokens[k].isCapitalized, cls(k) == nil,
               let p = stride(from: k - 1, through: max(floor + 1, k - 6), by: -1).first(where: { lexicon.words(.occasionAdjunctPrepositions).contains(word($0)) }),
               p + 1 < k, lexicon.words(.adjunctDeterminers).contains(word(p + 1)),
               // (Not a group's place: 'Officials at the state election board said'.)
               tokens[p - 1].kind == .word, tokens[p - 1].isCapitalized && cls(p - 1) == nil && !info[p - 1].isSourceNoun && !isPluralNoun(p - 1) || isPronoun(p - 1),
               ((p + 2)..<k).allSatisfy({ tokens[$0].kind == .word && !isPronoun($0) && cueForm($0) == nil && (cls($0) == nil || cls($0) == .det || word($0) == "of") }) {
                e = p
                continue
            }
            // '… who has in the past described': 'in the past'.
            if word(k) == "past", k - 2 >= floor, word(k - 1) == "the", word(k - 2) == "in" {
                e = k - 2
                while e - 1 >= floor, cls(e - 1) == .aux { e -= 1 }
                continue
            }
            // '… who in 2010 said': a year after 'in'.
            if tokens[k].kind == .number, tokens[k].span.length == 4, k - 1 >= floor, ["in", "since"].contains(word(k - 1)),
               let year = Int(word(k)), (1900...2099).contains(year) {
                e = k - 1
                continue
            }
            // 'The State Department less than two weeks ago said', 'Trump three days ago told'
            if word(k) == "ago", k - 2 >= floor, isTimeWord(k - 1) || word(k - 1).hasSuffix("s"),
               tokens[k - 2].kind == .number || numberWords.contains(word(k - 2)) || lexicon.words(.agoQuantifiers).contains(word(k - 2)) {
                var s = k - 2
                while s - 1 >= floor, lexicon.words(.agoModifiers).contains(word(s - 1)) { s -= 1 }
                e = s
                continue
            }
            break
        }
        return e
    }

    /// Skips, rightwards from `start`, time expressions and 'in a statement'-like
    /// phrases after a cue ('said on Friday', 'told reporters in Multan on Saturday').
    func skipAdjunctsRight(_ start: Int, ceiling: Int) -> Int {
        var s = start
        while s < ceiling {
            // ', for example,' / ', in fact,' / ', however,' before the content.
            if isPunct(s, ","), s + 2 < ceiling, let close = (s + 2..<min(ceiling, s + 5)).first(where: { isPunct($0, ",") }),
               (s + 1..<close).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized && cueForm($0) == nil && !isPronoun($0) }),
               close + 1 < ceiling, word(close + 1) == "that" || tokens[close + 1].kind == .quote {
                s = close + 1
                continue
            }
            if isTimeWord(s) { s += 1; continue }
            if lexicon.words(.postCueTimeLeadIns).contains(word(s)), s + 1 < ceiling, isTimeWord(s + 1) {
                s += 2; continue
            }
            if cls(s) == .adv, lexicon.words(.postCueAdverbs).contains(word(s)) {
                s += 1; continue
            }
            // 'in a statement', 'in an interview with X', 'in a speech in Kabul'
            if word(s) == "in", s + 2 < ceiling, lexicon.words(.adjunctDeterminers).contains(word(s + 1)),
               lexicon.words(.occasions).contains(word(s + 2)) {
                s += 3
                // 'in a video message', 'in a news conference', 'in a radio interview'
                while s < ceiling, lexicon.words(.occasions).contains(word(s)) || lexicon.words(.occasionHeads).contains(word(s)) { s += 1 }
                s = skipModifierPhrase(s, ceiling: ceiling)
                continue
            }
            break
        }
        return s
    }

    /// Skips a prepositional phrase such as 'with a private TV channel' or 'in Kabul'.
    func skipModifierPhrase(_ start: Int, ceiling: Int) -> Int {
        var s = start
        while s < ceiling, lexicon.words(.modifierPrepositions).contains(word(s)) {
            // Only before a noun phrase ('to a local channel', 'to reporters'), not a verb ('to play').
            if s + 1 < ceiling, cls(s + 1) == nil, !tokens[s + 1].isCapitalized, tokens[s + 1].kind == .word, info[s + 1].cueClass == nil,
               word(s + 1).count > 4, word(s + 1).hasSuffix("ers") || word(s + 1).hasSuffix("ists") || info[s + 1].isSourceNoun {
                s += 2
                continue
            }
            guard s + 1 < ceiling, cls(s + 1) == .det || tokens[s + 1].isCapitalized || tokens[s + 1].kind == .number,
                  let np = nounPhraseRight(s + 1, ceiling: ceiling, allowLower: 5) else { break }
            s = np.upperBound
        }
        return s
    }

    /// A noun phrase ending right before `end` (exclusive): the speaker of
    /// 'Military Spokesman Maj. Gen. Babar Iftikhar said', 'the Afghan minister said',
    /// 'he said', 'Pakistan’s foreign ministry said', 'the Associated Press of
    /// Pakistan (APP) said'.
    func nounPhraseLeft(_ end: Int, floor: Int) -> Range<Int>? {
        var k = end - 1
        guard k >= floor else { return nil }
        if isPronoun(k) { return k..<end }
        // A relative pronoun right before the verb is its subject: '…, who said …', '…,
        // who’s called for …'.
        if tokens[k].kind == .word, ["who", "which", "who's"].contains(word(k)) || word(k) == "that" && k > floor && tokens[k - 1].kind == .word && cls(k - 1) == nil {
            return k..<end
        }
        // 'Mr. Obama demurred, saying …', 'A CNN/ORC poll released Monday shows': a
        // past-tense word right after a name or a plural is a verb of its own, not part
        // of the phrase.
        if k - 1 >= floor, tokens[k].kind == .word, !tokens[k].isCapitalized, tokens[k].span.length > 4, cls(k) == nil, word(k).utf8.last == UInt8(ascii: "d"),
           word(k).hasSuffix("ed"),
           cueForm(k) == nil, tokens[k - 1].isCapitalized && tokens[k - 1].kind == .word || isPluralNoun(k - 1) || info[k - 1].isSourceNoun {
            return nounPhraseLeft(k, floor: floor)
        }
        var start = end
        var lowerRun = 0
        var words = 0
        while k >= floor {
            let t = tokens[k]
            if t.kind == .punctuation {
                if t.lower == ".", k - 1 >= floor, tokens[k - 1].end == t.start,
                   lexicon.abbreviations.contains(word(k - 1)) || (tokens[k - 1].span.length == 1 && tokens[k - 1].isCapitalized) {
                    start = k; k -= 1; continue
                }
                if t.lower == ")", words > 0 || k == end - 1 {
                    // A bracketed acronym or party label: '(APP)', '(R-Ohio)', '(D-Nev.)'.
                    var open = k - 1
                    while open >= floor, open > k - 7, !isPunct(open, "("), tokens[open].kind != .quote { open -= 1 }
                    if open >= floor, isPunct(open, "("), open < k - 1 { start = open; k = open - 1; continue }
                }
                // 'AT&T', 'R-Ohio'; a spaced dash ends the phrase ('WASHINGTON (Reuters) - U.S. …').
                if t.lower == "&" || t.lower == "-" && !(t.spaceBefore && k + 1 < tokens.count && tokens[k + 1].spaceBefore) { start = k; k -= 1; continue }
                // 'the latest Reuters/Ipsos poll', 'a CNN/ORC poll': sponsors joined by a slash.
                if t.lower == "/", words > 0, !t.spaceBefore, k - 1 >= floor, tokens[k - 1].kind == .word || tokens[k - 1].kind == .number,
                   tokens[k - 1].isCapitalized || tokens[k - 1].kind == .number { start = k; k -= 1; continue }
                break
            }
            if t.kind == .quote {
                // 'Sanders’ campaign manager'
                if isPossessiveMark(k), words > 0 { k -= 1; continue }
                break
            }
            if t.kind == .number {
                start = k
                // 'Nine in 10 Democratic voters', 'four in 10': a proportion is one quantity.
                if k - 2 >= floor, word(k - 1) == "in", tokens[k - 2].kind == .number || numberWords.contains(word(k - 2)) {
                    start = k - 2; k -= 3; words += 1; continue
                }
                k -= 1; continue
            }
            if let c = cls(k) {
                if c == .det {
                    // 'that' before a subject is a complementiser ('said that Afghan government …'),
                    // though after a preposition it points ('One of the authors of that report').
                    if words > 0, t.lower != "that" || k - 1 >= floor && cls(k - 1) == .prep {
                        start = k
                        // 'the three candidates', 'all five': a numeral after another determiner.
                        if lexicon.words(.countWords).contains(t.lower), k - 1 >= floor, cls(k - 1) == .det, word(k - 1) != "that" {
                            k -= 1; continue
                        }
                        // 'organizers of both conventions', 'many of his contemporaries', 'the
                        // leader of the group': the phrase goes on before 'of'.
                        if k - 2 >= floor, word(k - 1) == "of", ofHead(k - 2) {
                            k -= 1; continue
                        }
                        // 'officials with the election board', 'sources close to the campaign'
                        if k - 2 >= floor, attachesPlaceOrGroup(preposition: k - 1) || cls(k - 1) == .prep && sourceAdjectives.contains(word(k - 2)) {
                            k -= 1; continue
                        }
                    }
                    // 'About one in five say', 'many say', 'both agree': a quantifier alone is the subject.
                    if words == 0, lexicon.words(.subjectQuantifiers).contains(t.lower) {
                        start = k
                        words += 1
                        k -= 1
                        // 'the two discussed …': a number after 'the' stands for people named before, with its article.
                        if k >= floor, word(k) == "the", numberWords.contains(t.lower) { start = k; k -= 1 }
                        if k >= floor, ["in", "of"].contains(word(k)) {
                            // 'one in five', 'most of them': keep the quantifier phrase whole.
                            var j = k - 1
                            while j >= floor, tokens[j].kind == .word || tokens[j].kind == .number, cls(j) == .det || tokens[j].kind == .number || lexicon.words(.quantityPhraseWords).contains(word(j)) { start = j; j -= 1 }
                        }
                    }
                    break
                }
                // 'Vermont Gov. Peter Shumlin and Sen. Patrick Leahy have endorsed': names joined by 'and'.
                if t.lower == "and", words > 0, tokens[start].isCapitalized, k - 1 >= floor, tokens[k - 1].isCapitalized || tokens[k - 1].lower == "." {
                    start = k; k -= 1; continue
                }
                if c == .prep, t.lower == "of" || t.lower == "for" || t.lower == "at",
                   words > 0, k - 1 >= floor, tokens[k - 1].kind == .word, cls(k - 1) == nil || t.lower == "of" && ofHead(k - 1) {
                    start = k; k -= 1; continue
                }
                // 'Voters in Iowa', 'officials with the committee', 'majorities in all five':
                // a place or group after a plural or role noun belongs to the phrase.
                if c == .prep, words > 0, attachesPlaceOrGroup(preposition: k) {
                    start = k; k -= 1; continue
                }
                // 'sources close to the campaign', 'a person familiar with the talks'
                if c == .prep, words > 0, k - 2 >= floor, sourceAdjectives.contains(word(k - 1)), info[k - 2].isSourceNoun {
                    start = k - 2; k -= 2; continue
                }
                break
            }
            // A cue form ends the phrase ('Trump says'), except as its head right before
            // the verb, where it can only be a noun: 'A 2014 House Intelligence Committee
            // report found', 'a news report said'.
            if isPronoun(k) || cueForm(k)?.cueClass.isStrong == true && !(k == end - 1 && k > floor && tokens[k - 1].kind != .punctuation) { break }
            if t.isCapitalized {
                lowerRun = 0
            } else {
                lowerRun += 1
                // 'The nearly 90-second ad': a bound on a quantity is not a manner adverb.
                if lowerRun > 4 { break }
                // ('the organizer of the rally said': a noun in -ly is no adverb.)
                if isLyAdverb(k), !(k - 1 >= floor && cls(k - 1) == .det && quantityModifiers.contains(t.lower)) { break }
            }
            words += 1
            start = k
            k -= 1
        }
        guard start < end, words > 0 else { return nil }
        // Trim a trailing 'of'/'for' at the left edge and anything that is not a word.
        var s = start
        while s < end, !isWord(s), !isPunct(s, "(") { s += 1 }
        while s < end, cls(s) == .prep { s += 1 }
        guard s < end else { return nil }
        // 'About four in 10 voters', 'only 49 percent', 'at least a dozen members': the
        // bound on a quantity that opens the phrase is part of it.
        if s - 1 >= floor, tokens[s - 1].kind == .word, cls(s - 1) != .det,
           tokens[s].kind == .number || cls(s) == .det || numberWords.contains(word(s)) || lexicon.words(.ofQuantifiers).contains(word(s)) {
            let modifiers = quantityModifiers
            while s - 1 >= floor, tokens[s - 1].kind == .word, modifiers.contains(word(s - 1)) {
                // 'at least', 'more than', 'less than', 'fewer than'
                if ["least", "than"].contains(word(s - 1)) {
                    guard s - 2 >= floor, lexicon.words(.comparativeQuantifiers).contains(word(s - 2)) else { break }
                    s -= 2
                } else {
                    s -= 1
                }
            }
        }
        return s..<end
    }

    /// The preposition at k joins a place or group to the plural or role noun before it:
    /// 'Voters in Iowa', 'officials with the committee', 'many in the party'.
    private func attachesPlaceOrGroup(preposition k: Int) -> Bool {
        // (A capital at the start of a sentence says nothing: 'Officials with the board said'.)
        guard k - 1 >= 0, cls(k) == .prep, tokens[k - 1].kind == .word, phrasePrepositions.contains(word(k)),
              !tokens[k - 1].isCapitalized || doc.sentence(of: k - 1).lowerBound == k - 1, !tokens[k - 1].isAllCaps else { return false }
        let q = lexicon.words(.ofQuantifiers).contains(word(k - 1))
        return q || ofHead(k - 1) && (info[k - 1].isSourceNoun || isPluralNoun(k - 1))
    }

    /// A lower-case plural noun ('voters', 'majorities', 'officials'), by its ending.
    private func isPluralNoun(_ k: Int) -> Bool {
        let w = word(k)
        return tokens[k].span.length > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("'s") && cls(k) == nil && cueForm(k) == nil
    }

    /// The subject that opens the clause, with the description set off by commas
    /// between it and the verb ending at `end`: 'Cory James, 28, of Flint, Mich.,
    /// said'; 'Mark Holden, chairman of the board of Freedom Partners, the network's
    /// funding arm, said'. A participle clause ('Mr. Trump, asked about …, said') or an
    /// aside ('Trump, however, said') is not part of the source.
    func describedSubject(_ end: Int, floor: Int) -> Range<Int>? {
        var s = floor
        while s < end, tokens[s].kind == .punctuation, ["•", "-", "*", "—", "·", "–"].contains(word(s)) { s += 1 }
        if s < end, lexicon.words(.describedSubjectLeadIns).contains(word(s)) { s += 1 }
        if s < end, isPunct(s, ",") { s += 1 }
        // An opening adjunct ends at its comma: 'On Monday, Trump, who …, said'.
        if s < end, let comma = (s..<min(end - 1, s + 12)).first(where: { isPunct($0, ",") }),
           cls(s) == .prep || cls(s) == .adv || (s..<comma).contains(where: isTimeWord) {
            s = comma + 1
        }
        guard s < end, tokens[s].isCapitalized || cls(s) == .det && lexicon.words(.articles).contains(word(s)),
              let np = nounPhraseRight(s, ceiling: end - 1), np.upperBound < end - 1,
              isPunct(np.upperBound, ",") || ["—", "--", "–"].contains(word(np.upperBound)) && word(np.upperBound) == word(end - 1),
              end - np.upperBound <= 40 else { return nil }
        var opener = np.upperBound + 1
        // 'Sen. Marco Rubio, R-Fla., appearing on Fox News, said': a party label first.
        if opener + 1 < end, tokens[opener].isCapitalized, let comma = (opener..<min(end, opener + 5)).first(where: { isPunct($0, ",") }) {
            // 'Sen. Rand Paul, R-Ky., told': the label alone.
            if comma == end - 1 { return np.lowerBound..<end }
            opener = comma + 1
        }
        let relative = ["who", "whose"].contains(word(opener))
        for j in np.upperBound..<end {
            if tokens[j].kind == .quote && !isPossessiveMark(j) { return nil }
            if tokens[j].kind == .punctuation, [".", "!", "?", ";", ":"].contains(word(j)) && !(word(j) == "." && isAbbreviationStop(j)) { return nil }
            if isPronoun(j), !relative { return nil }
        }
        let o = tokens[opener]
        let describes = lexicon.words(.appositiveOpeners).contains(word(opener)) || info[opener].title != nil
            || o.lower.hasSuffix("'s") || o.kind == .number
            // 'director of the institute', 'chairman of the party'
            || o.kind == .word && !o.isCapitalized && cls(opener) == nil && cueForm(opener) == nil && info[opener].cueClass == nil
                && !o.lower.hasSuffix("ing") && !o.lower.hasSuffix("ed") && !isLyAdverb(opener)
        if !describes {
            // 'Mr. Trump, asked about …, said': a participle clause is not part of the source.
            if o.kind == .word, !o.isCapitalized, o.lower.hasSuffix("ing") || o.lower.hasSuffix("ed") { return np }
            return nil
        }
        return np.lowerBound..<end
    }


    /// The word before 'of' heads the noun phrase: a quantifier ('most of'), a number
    /// ('two of'), or a noun that is neither a verb of the lexicon nor a pronoun
    /// ('organizers of', 'the leader of').
    private func ofHead(_ k: Int) -> Bool {
        let t = tokens[k]
        if t.kind == .number { return true }
        guard t.kind == .word else { return false }
        if lexicon.words(.ofQuantifiers).contains(t.lower) { return true }
        return cls(k) == nil && cueForm(k) == nil && info[k].cueClass == nil && !isPronoun(k) && info[k].pronounRole == nil && !isLyAdverb(k)
    }

    /// The subject of a cue: a noun phrase before `end`, with an appositive if it has
    /// one ('The mayor, Bob Roe, said'; 'Geoff Garin, a Democratic pollster, said').
    func subjectLeft(_ end: Int, floor: Int) -> Range<Int>? {
        singleSubjectLeft(end, floor: floor).map { modifiedSubject(coordinatedSubject($0, floor: floor), floor: floor) }
    }

    /// The phrase found before the verb may be only the object of a preposition inside a
    /// longer subject: 'A report issued over the summer by the OECD found', 'Students at a
    /// Catholic school in Merrillville said'. When the words from the clause's start up to
    /// that preposition are one noun phrase with its modifiers (a determiner, a number or
    /// a name first; then nouns, prepositions of a noun, and participles that a
    /// preposition or a time follows: 'seen by', 'released Sunday by'), the whole run is
    /// the subject. A verb, a clause word, a pronoun, an infinitive or punctuation inside
    /// keeps the phrase as it was ('The incident came during a speech at …').
    func modifiedSubject(_ np: Range<Int>, floor: Int) -> Range<Int> {
        let k = np.lowerBound - 1
        guard k > floor, np.lowerBound - floor <= 14, nounPrepositions.contains(word(k)),
              cls(floor) == .det || tokens[floor].kind == .number || tokens[floor].isCapitalized && cls(floor) == nil && !isPronoun(floor),
              // 'According to …', 'Holding rates near zero': a participle opens a phrase of its own;
              // 'Last year in Ohio voters said': a time opens the clause, not the subject.
              !word(floor).hasSuffix("ing"), !isTimeWord(floor), !isTimeWord(floor + 1)
        else { return np }
        for j in floor..<k {
            let t = tokens[j]
            if t.kind == .punctuation && !["-", "/", "(", ")", "."].contains(t.lower) { return np }
            if t.kind == .quote && !isPossessiveMark(j) { return np }
            if j > floor, t.newlineBefore || isPronoun(j) || info[j].pronounRole != nil { return np }
            // (A document is a noun here, though 'report' and 'records' are verbs too:
            // 'FEC records from the 2008 election cycle show'; so is a word of a name: 'a
            // letter from the State Department to Hillary Clinton warned'.)
            if cueForm(j) != nil || info[j].cueClass != nil, !lexicon.isDocument(t.lower), j == floor || !t.isCapitalized { return np }
            if let c = cls(j) {
                if c == .prep, !nounPrepositions.contains(t.lower) { return np }
                if c != .det && c != .prep { return np }
                // 'to demonstrate': an infinitive is a clause of its own.
                if t.lower == "to", j + 1 < k, tokens[j + 1].kind == .word, !tokens[j + 1].isCapitalized, cls(j + 1) == nil { return np }
                continue
            }
            if j > floor, mayBeVerb(j) { return np }
        }
        return floor..<np.upperBound
    }

    /// A lower-case word inside a noun phrase is a noun, an adjective, or a participle
    /// followed by its preposition or a time ('seen by', 'released Sunday by'); a
    /// participle without one, or a word in -s after a singular noun ('Reeves's decision
    /// comes'), may be a verb, which would make the phrase a clause.
    private func mayBeVerb(_ j: Int) -> Bool {
        let t = tokens[j]
        guard j > 0, t.kind == .word, !t.isCapitalized, cls(j) == nil else { return false }
        if t.lower.hasSuffix("ed") || t.lower.hasSuffix("en") || t.lower.hasSuffix("ing") {
            return !(j + 1 < tokens.count && (nounPrepositions.contains(word(j + 1)) || info[j + 1].isTime))
        }
        return t.lower.hasSuffix("s") && !t.lower.hasSuffix("ss") && cls(j - 1) == nil && tokens[j - 1].kind == .word
            && !tokens[j - 1].isCapitalized && !isPluralNoun(j - 1)
    }

    /// A subject that is a list of phrases joined by 'and'/'or' ('Former Gov. Martin
    /// O'Malley and former Gov. Mike Huckabee said', 'Craig Bryan, head of the center, and
    /// other scientists say', 'Merkley (D-Ore.), Brown (D-Ohio) and Menendez (D-N.J.)
    /// all said') is one source: the phrase found before the verb is only its last member.
    /// The list must open its clause, so an object joined to a new subject ('The bill
    /// passed the Senate and Pelosi said') stays apart.
    func coordinatedSubject(_ np: Range<Int>, floor: Int) -> Range<Int> {
        var last = np
        // 'X and Y all said': the floated quantifier goes with the phrase before it.
        if last.count == 1, floatingQuantifiers.contains(word(last.lowerBound)),
           let before = singleSubjectLeft(last.lowerBound, floor: floor) {
            last = before.lowerBound..<np.upperBound
        }
        var start = last.lowerBound
        // 'Bush, Cheney and Rumsfeld said': the phrase finder may have joined the last two already.
        var joined = last.contains { coordinators.contains(word($0)) }
        while start - 1 > floor {
            var k = start - 1
            let isConjunction = coordinators.contains(word(k))
            if isConjunction {
                k -= 1
                if k > floor, isPunct(k, ",") { k -= 1 }
            } else if isPunct(k, ","), joined || word(start) != "who" {
                // A list's earlier members, or an appositive between them, set off by commas.
                k -= 1
            } else {
                break
            }
            guard k >= floor, let member = nounPhraseLeft(k + 1, floor: floor), member.upperBound == k + 1, member.lowerBound < start,
                  isListMember(member) else { break }
            if isConjunction { joined = true }
            start = member.lowerBound
        }
        guard joined, start == floor else { return last }
        return start..<np.upperBound
    }

    /// Whether a phrase found before 'and' is a noun phrase, not the end of a clause of its
    /// own ('The Senate voted and Pelosi said', 'Trump won and Clinton said', 'Police and
    /// firefighters came and the chief said'): no verb-like word inside, and its last word
    /// is not a lower-case word right after a name or a plural.
    private func isListMember(_ member: Range<Int>) -> Bool {
        if member.dropFirst().contains(where: { mayBeVerb($0) }) { return false }
        let head = member.upperBound - 1
        if head > member.lowerBound, tokens[head].kind == .word, !tokens[head].isCapitalized, cls(head) == nil, info[head].title == nil,
           tokens[head - 1].kind == .word, tokens[head - 1].isCapitalized && info[head - 1].title == nil || isPluralNoun(head - 1) {
            return false
        }
        return true
    }

    /// The phrase right before the verb, without the list or the noun it may belong to:
    /// its last word is the subject's head all the same, which is all the cue model asks.
    func singleSubjectLeft(_ end: Int, floor: Int) -> Range<Int>? {
        if end - 1 > floor, isPunct(end - 1, ",") || ["—", "--", "–"].contains(word(end - 1)), let whole = describedSubject(end, floor: floor) { return whole }
        if end - 1 > floor, isPunct(end - 1, ","),
           let second = nounPhraseLeft(end - 1, floor: floor), second.lowerBound - 1 > floor, isPunct(second.lowerBound - 1, ","),
           let first = nounPhraseLeft(second.lowerBound - 1, floor: floor),
           first.lowerBound == floor || cls(first.lowerBound) == .det || tokens[first.lowerBound].isCapitalized,
           // 'after winning Ohio in the Republican primary, Gov. John Kasich, said': a phrase
           // after a preposition is its object, not the subject.
           first.lowerBound == floor || cls(first.lowerBound - 1) != .prep {
            // The appositive and its closing comma belong to the source, as annotators mark it.
            return first.lowerBound..<end
        }
        if let np = nounPhraseLeft(end, floor: floor) { return np }
        // 'Sen. Jack Reed (D-R.I.), said': a stray comma after the whole subject.
        // (Also after an opening phrase: '…after winning Ohio, Gov. John Kasich (R-OH), said'.)
        if end - 1 > floor, isPunct(end - 1, ","), let np = nounPhraseLeft(end - 1, floor: floor),
           np.lowerBound == floor && (tokens[floor].isCapitalized || cls(floor) == .det)
            || np.lowerBound > floor && isPunct(np.lowerBound - 1, ",") && tokens[np.lowerBound].isCapitalized && tokens[np.upperBound - 1].lower == ")" {
            return np
        }
        // 'An Israeli official, speaking on condition of anonymity, said': the subject
        // stands before a parenthetical set off by commas.
        if end - 1 > floor, isPunct(end - 1, ",") {
            var k = end - 2
            while k > floor, k > end - 30, !isPunct(k, ",") {
                // A closed quotation may sit inside ('Mr. Manafort, citing ''the unique magic of Trump,'' said').
                if tokens[k].kind == .quote, doc.quoteOf[k] < 0 || !doc.quotes[Int(doc.quoteOf[k])].isClosed { return nil }
                if tokens[k].kind == .punctuation && [".", "!", "?", ";", ":"].contains(tokens[k].lower) && doc.quoteOf[k] < 0 { return nil }
                k -= 1
            }
            // The part between the commas must not be a clause of its own ('Meanwhile, it attacked Trump,').
            if k + 1 < end - 1, isPronoun(k + 1) || tokens[k + 1].isCapitalized && cls(k + 1) == nil && (k + 2 < end - 1) && cueForm(k + 2) != nil {
                return nil
            }
            if k > floor, isPunct(k, ","), let np = nounPhraseLeft(k, floor: floor),
               np.lowerBound == floor || cls(np.lowerBound) == .det || tokens[np.lowerBound].isCapitalized {
                // An appositive or relative clause ('Dan McAdams, a psychology professor at
                // Northwestern, writes'; 'Paradis, who volunteered …, says') is part of the
                // source; a participle clause ('Mr. Trump, asked about …, said') is not.
                let opener = k + 1
                let describes = lexicon.words(.descriptionOpeners).contains(word(opener)) || info[opener].title != nil
                    || tokens[opener].lower.hasSuffix("'s")
                return describes ? np.lowerBound..<end : np
            }
        }
        return nil
    }

    /// Whether a noun phrase ends its clause: punctuation, a preposition or the end
    /// follows ('…, said Atmar.' / 'said Atmar in an interview'), not a verb.
    func endsClause(after np: Range<Int>, ceiling: Int) -> Bool {
        let k = np.upperBound
        guard k < ceiling else { return true }
        // 'said Ohio’s early voting period “is really quite generous”': a quotation that
        // opens right after the phrase is its predicate; a closing mark ends the clause.
        if tokens[k].kind == .quote { return doc.quoteOf[k] < 0 || doc.quotes[Int(doc.quoteOf[k])].open != k }
        if tokens[k].kind == .punctuation { return true }
        if cls(k) == .adv {
            // 'said Atmar later.' ends; 'said the findings still hold' goes on to a verb.
            var j = k
            while j < ceiling, cls(j) == .adv { j += 1 }
            return j >= ceiling || tokens[j].kind != .word || tokens[j].isCapitalized || cls(j) != nil || isTimeWord(j)
        }
        return cls(k) == .prep || isTimeWord(k)
    }

    /// The comma closing an appositive that starts after the comma at `comma`
    /// ('Brian Fallon, a spokesman for the Clinton campaign, said'), when a cue follows it.
    func appositiveEnd(after comma: Int, ceiling: Int) -> Int? {
        var k = comma + 1
        let limit = min(ceiling, comma + 30)
        while k < limit {
            if tokens[k].kind == .quote, !isPossessiveMark(k) { return nil }
            if tokens[k].kind == .punctuation, [".", "!", "?", ";", ":"].contains(tokens[k].lower), !(tokens[k].lower == "." && isAbbreviationStop(k)) { return nil }
            if isPunct(k, ",") {
                var j = k + 1
                while j < ceiling, let c = cls(j), c == .aux || c == .adv || c == .neg { j += 1 }
                if j < ceiling && cueForm(j) != nil && k > comma + 1 { return k }
                // 'Cecelia Purner, 67, a retired customer service representative in Allentown,
                // Pa., said': the description may hold commas of its own.
            }
            k += 1
        }
        return nil
    }

    /// Extends an inverted source over what describes it, as annotators mark it: an
    /// appositive ('said Edward Leamer, an economist who directs the UCLA Anderson
    /// Forecast', 'said Tom Goldstein, publisher of SCOTUSblog', 'said Sen. Lindsey
    /// Graham, R-S.C.'), an age ('said Haines, 44') or a relative clause ('said Cruz,
    /// who had introduced some of those amendments'). After an inverted cue the
    /// sentence has nothing else to say, so the description runs to its end; a
    /// participle (', adding that …'), a conjunction or a quotation starts something new.
    func withAppositive(_ np: Range<Int>, ceiling: Int) -> Range<Int> {
        var k = np.upperBound
        // '…, who said he would not vote for either': a relative clause that reports is an
        // attribution of its own, not a description.
        let relative = k < ceiling && ["who", "whose"].contains(word(k)) ? k : (k + 1 < ceiling && isPunct(k, ",") && word(k + 1) == "who" ? k + 1 : nil)
        if let r = relative, ((r + 1)..<min(ceiling, r + 4)).contains(where: { cueForm($0)?.cueClass.isStrong == true }) { return np }
        // 'said a Democratic strategist who spoke on the condition of anonymity'
        if k < ceiling, ["who", "whose"].contains(word(k)) {
            // handled below as a description that needs no comma
        } else {
            guard k + 1 < ceiling, isPunct(k, ","), describesSource(k + 1) else { return np }
            k += 1
        }
        let limit = min(ceiling, k + 40)
        var end = k
        while k < limit {
            let t = tokens[k]
            if t.kind == .quote && !isPossessiveMark(k) || t.kind == .punctuation && [".", "!", "?", ";", ":", "—", "–"].contains(t.lower) && !(t.lower == "." && isAbbreviationStop(k)) { break }
            // ', who …, said' is not ours to take: a comma before a quotation or a cue ends it.
            if isPunct(k, ","), k + 1 < ceiling, tokens[k + 1].kind == .quote || cueForm(k + 1) != nil || cls(k + 1) == .conj { break }
            // ('said Scott Reed, the Chamber's strategist, who added that …': so does a
            // relative clause that reports.)
            if isPunct(k, ","), k + 1 < ceiling, ["who", "whose"].contains(word(k + 1)),
               ((k + 2)..<min(ceiling, k + 5)).contains(where: { cueForm($0)?.cueClass.isStrong == true }) { break }
            k += 1
            if t.kind != .punctuation { end = k }
        }
        return np.lowerBound..<end
    }

    /// A word that can open a description of the speaker after a comma.
    private func describesSource(_ i: Int) -> Bool {
        let t = tokens[i]
        switch t.kind {
        case .quote, .punctuation: return false
        case .number: return true
        case .word: break
        }
        if isPronoun(i) || cueForm(i) != nil || t.lower.hasSuffix("ing") { return false }
        if ["who", "whose"].contains(t.lower) || info[i].title != nil { return true }
        if let c = cls(i) { return c == .det && lexicon.words(.articles).contains(t.lower) }
        return true
    }

    /// A period after an abbreviation or an initial ('Calif.', 'J.'), not a stop.
    private func isAbbreviationStop(_ k: Int) -> Bool {
        guard k > 0, tokens[k - 1].end == tokens[k].start, tokens[k - 1].kind == .word else { return false }
        return lexicon.abbreviations.contains(word(k - 1)) || tokens[k - 1].span.length == 1 && tokens[k - 1].isCapitalized
            || isPartyLabel(k - 1)
    }

    /// 'R-Ky', 'D-Calif', 'I-Vt': a party and a state's abbreviation, whose period
    /// ('McConnell, R-Ky., said') does not end the sentence.
    func isPartyLabel(_ k: Int) -> Bool {
        guard tokens[k].isCapitalized, tokens[k].span.length >= 3, tokens[k].span.length <= 9 else { return false }
        let u = word(k).utf8
        guard let first = u.first, first == UInt8(ascii: "r") || first == UInt8(ascii: "d") || first == UInt8(ascii: "i") else { return false }
        return u.dropFirst().first == UInt8(ascii: "-")
    }

    /// A noun phrase starting at `start`: 'Atmar', 'the Afghan minister',
    /// 'Breitbart News Daily host Alex Marlow'. Stops at punctuation, prepositions
    /// (but 'of' between names), conjunctions and verbs of the lexicon.
    func nounPhraseRight(_ start: Int, ceiling: Int, allowLower: Int = 3) -> Range<Int>? {
        var k = start
        guard k < ceiling else { return nil }
        if let role = info[k].pronounRole, role == .subject || role == .object, !(tokens[k].isAllCaps && tokens[k].lower == "us") {
            return k..<(k + 1)
        }
        // 'one of those advisers', 'some of the delegates'
        if lexicon.words(.ofQuantifiers).contains(word(k)), k + 2 < ceiling, word(k + 1) == "of" { k += 2 }
        if cls(k) == .det { k += 1 }
        var words = 0
        var lowerRun = 0
        var end = k
        while k < ceiling {
            let t = tokens[k]
            if t.kind == .punctuation {
                if t.lower == ".", k > start, tokens[k - 1].end == t.start,
                   lexicon.abbreviations.contains(word(k - 1)) || (tokens[k - 1].span.length == 1 && tokens[k - 1].isCapitalized) {
                    k += 1; end = k; continue
                }
                if t.lower == "(", words > 0 {
                    // A bracketed acronym or party label: '(APP)', '(R-Ohio)'.
                    var close = k + 1
                    while close < ceiling, close < k + 7, !isPunct(close, ")"), tokens[close].kind != .quote { close += 1 }
                    if close < ceiling, isPunct(close, ")"), close > k + 1 { k = close + 1; end = k; continue }
                }
                break
            }
            if t.kind == .quote {
                // 'Sanders’ campaign manager'
                if isPossessiveMark(k), words > 0 { k += 1; continue }
                break
            }
            if t.kind == .number { k += 1; end = k; words += 1; continue }
            if let c = cls(k) {
                if (c == .prep && (t.lower == "of" || t.lower == "for")) && words > 0 && k + 1 < ceiling && tokens[k + 1].isCapitalized {
                    k += 1; continue
                }
                // 'Jeffrey Lewis of the James Martin Center'
                if c == .prep, t.lower == "of" || t.lower == "for" || t.lower == "at", words > 0, k + 2 < ceiling, word(k + 1) == "the",
                   tokens[k + 2].isCapitalized, tokens[k - 1].isCapitalized {
                    k += 2; continue
                }
                if c == .det && (t.lower == "his" || t.lower == "her" || t.lower == "their") { break }
                break
            }
            if isPronoun(k) { break }
            // 'Minnesota state delegate Mary Susan', 'state Sen. Jason Holsman': the bare form
            // of a cue verb before a title or a name is a noun.
            // A cue verb ends the phrase ('Atmar said'); its form as a noun after a
            // determiner or before a name does not ('the email', 'state Sen. Holsman').
            if info[k].cueClass != nil, cueForm(k) != nil { break }
            if t.isCapitalized {
                lowerRun = 0
            } else {
                lowerRun += 1
                if lowerRun > allowLower || isLyAdverb(k) { break }
            }
            words += 1
            k += 1
            end = k
        }
        guard words > 0, end > start else { return nil }
        return start..<end
    }

    /// The sentence range with closing punctuation dropped from its end.
    func contentEnd(of sentence: Range<Int>) -> Int {
        var e = sentence.upperBound
        while e > sentence.lowerBound {
            let t = tokens[e - 1]
            if t.kind == .punctuation, [".", "!", "?", ",", ";", ":", "…", "..."].contains(t.lower) { e -= 1; continue }
            break
        }
        return e
    }
}
