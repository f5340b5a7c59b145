/// A mention in token terms, as the passes build it.
struct TokenMention {
    var range: Range<Int>
    var name: Range<Int>
    var actor: ActorRef
    var role: String?
    var affiliation: String?
    var via: Mention.Via
    var alias: String
}

/// Finds the named actors of an article: gazetteer entries (countries, demonyms,
/// capitals, organisations) and capitalised names, with titles split off into roles.
/// Within the article, a surname or an acronym refers back to the full name that
/// introduced it ('Atmar' → Mohammad Hanif Atmar, 'TTP' → Tehreek-e-Taliban Pakistan).
struct MentionFinder {
    let doc: Document
    let lexicon: Lexicon
    let phrases: Phrases

    /// Given names written alone right before or after a verb of saying ('Melanie said',
    /// 'said Kevin'): the article calls that person by first name, so the word is a
    /// person wherever it stands alone, not a stray capital.
    let speakingFirstNames: Set<String>

    init(phrases: Phrases) {
        self.doc = phrases.doc
        self.lexicon = phrases.lexicon
        self.phrases = phrases
        let tokens = phrases.doc.tokens
        var speaking = Set<String>()
        for k in tokens.indices where tokens[k].isCapitalized && !tokens[k].isAllCaps {
            // ('says Chelsea explosion was …': a noun after it makes the word a modifier, not a speaker.)
            let before = k > 0 && phrases.info[k - 1].cueClass != nil && !tokens[k - 1].isCapitalized
                && (k + 1 >= tokens.count || tokens[k + 1].kind != .word || tokens[k + 1].isCapitalized || phrases.info[k + 1].wordClass != nil)
            let after = k + 1 < tokens.count && phrases.info[k + 1].cueClass != nil && !tokens[k + 1].isCapitalized
                && (k + 2 >= tokens.count || !tokens[k + 2].isCapitalized || tokens[k + 2].kind != .word)
            let alone = (k == 0 || !tokens[k - 1].isCapitalized) && (k + 1 >= tokens.count || !tokens[k + 1].isCapitalized)
            // (The given names are looked up last, for the few words alone beside a verb of saying.)
            if alone, before || after, phrases.info[k].wordClass == nil, phrases.info[k].pronounRole == nil,
               phrases.lexicon.firstNames[tokens[k].lower] != nil {
                speaking.insert(tokens[k].lower)
            }
        }
        self.speakingFirstNames = speaking
    }

    var tokens: [Token] { doc.tokens }

    /// Words joining parts of a name ('Osama bin Laden'): see `word-sets.tsv`.
    private var nameJoiners: Set<String> { lexicon.words(.nameJoiners) }

    func find() -> [TokenMention] {
        var mentions: [TokenMention] = []
        var i = 0
        let n = tokens.count
        while i < n {
            let t = tokens[i]
            guard t.kind == .word, t.isCapitalized else { i += 1; continue }
            // Sentence-initial function words ('The', 'He', 'In') and cue verbs are not names.
            var end = i
            while end < n, continuesName(end, start: i) { end += 1 }
            // Do not end a name on a joiner.
            while end > i, nameJoiners.contains(tokens[end - 1].lower) || tokens[end - 1].kind != .word && tokens[end - 1].lower != "." { end -= 1 }
            var start = i
            // Skip what only looks like a name's start ('Member' of 'Member of House panel'),
            // and never start on a joiner.
            while start < end, isNotName(start) || !tokens[start].isCapitalized { start += 1 }
            if start < end, let m = classify(start..<end) {
                mentions.append(contentsOf: m)
            }
            i = max(end, i + 1)
        }
        let titleCase = titleCaseLines()
        // After linking, so 'Atmer said …' (a surname) survives while 'Legitimacy is ours' goes.
        let linked = listedGroups(capitalsAsPlaces(link(mentions, titleCase: titleCase)))
        // Names seen in running text vouch for the same names in title-case lines.
        var inBody = Set<String>()
        for m in linked where !titleCase[m.name.lowerBound] {
            inBody.insert(m.actor.name)
        }
        // A word capitalised by position is still the name the article uses elsewhere
        // ('Obama emphasized …' where it also wrote 'a meeting with Obama').
        var unstrayed = Set<String>()
        for m in linked where !isStrayCapital(m) { unstrayed.insert(m.actor.name) }
        var kept: [TokenMention] = [], dropped: [TokenMention] = []
        for m in linked where !isStrayCapital(m) || unstrayed.contains(m.actor.name) {
            if !isNotAnActor(m, namedInBody: inBody, titleCase: titleCase) {
                kept.append(m)
            } else if titleCase[m.name.lowerBound], m.name.count >= 2 {
                dropped.append(m)
            }
        }
        // (Most articles drop nothing there: no copy of the body's names for them.)
        let rescued = dropped.isEmpty ? [] : namesInHeadlines(dropped, body: kept.filter { !titleCase[$0.name.lowerBound] })
        if !rescued.isEmpty {
            kept.append(contentsOf: rescued)
            kept.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        return readersList(kept)
    }

    /// A capital stands for its government ('Kabul was hopeful', 'Moscow denied it') except
    /// where it is a place: after a preposition of place ('in Kabul', 'from Islamabad')
    /// or as a dateline at the head of a paragraph ('ISLAMABAD:').
    private func capitalsAsPlaces(_ mentions: consuming [TokenMention]) -> [TokenMention] {
        // (In place: only a capital is read whole and replaced.)
        var out = consume mentions
        for i in out.indices where out[i].via == .capital && out[i].role == nil {
            let m = out[i]
            let k = m.range.lowerBound
            let before = k > 0 ? tokens[k - 1].lower : ""
            let dateline = (k == 0 || tokens[k].newlineBefore) && m.range.upperBound < tokens.count
                && ([":", ",", "-", "("].contains(tokens[m.range.upperBound].lower) || phrases.isDash(m.range.upperBound))
            guard lexicon.words(.placePrepositions).contains(before) || dateline else { continue }
            var place = m
            let name = doc.string(m.name).strippingPossessive()
            place.actor = ActorRef(name: name.isAllCapsWord ? name.capitalizedWord : name, kind: .place)
            place.via = .name
            out[i] = place
        }
        return out
    }

    /// Unknown names listed after 'groups such as', 'organisations including', 'outfits
    /// like' are organisations ('militant groups such as the TTP, Lashkar-e-Tayyaba and Jundullah').
    private func listedGroups(_ mentions: consuming [TokenMention]) -> [TokenMention] {
        var out = consume mentions
        var listEnds: [(start: Int, end: Int)] = []
        let groupNouns = lexicon.words(.groupNouns)
        for k in tokens.indices where k + 2 < tokens.count {
            var j = k + 1
            if tokens[j].lower == "such", tokens[j + 1].lower == "as" { j += 2 } else if ["like", "including"].contains(tokens[j].lower) { j += 1 } else { continue }
            // (The group noun is looked up only before those words.)
            guard groupNouns.contains(tokens[k].lower) else { continue }
            // The list runs to the end of the sentence or the first lower-case word that is
            // not a joiner.
            var end = j
            while end < tokens.count, doc.sentenceOf[end] == doc.sentenceOf[j] {
                let t = tokens[end]
                if t.kind == .word, !t.isCapitalized, !lexicon.words(.nameListWords).contains(t.lower), !nameJoiners.contains(t.lower), !t.lower.contains("-") { break }
                if t.lower == "." || t.lower == ";" { break }
                end += 1
            }
            listEnds.append((j, end))
        }
        guard !listEnds.isEmpty else { return out }
        for i in out.indices where out[i].actor.kind == .unknown || out[i].actor.kind == .person && out[i].role == nil && out[i].via == .name {
            let k = out[i].range.lowerBound
            if listEnds.contains(where: { $0.start <= k && k < $0.end }) {
                // A list of groups may still name a person ('leaders such as Imran Khan'): a known first name keeps it.
                if out[i].actor.kind == .person, lexicon.firstNames[tokens[out[i].name.lowerBound].lower] != nil { continue }
                out[i].actor.kind = .organization
            }
        }
        return out
    }

    /// For each token: does it stand on a line written in title case (a headline, a
    /// section heading: 'Veto Power Impedes Peace Efforts:'), where capitals say nothing
    /// about names? A line counts when four in five of its longer words are capitalised.
    private func titleCaseLines() -> [Bool] {
        var out = [Bool](repeating: false, count: tokens.count)
        var lineStart = 0
        func close(_ end: Int) {
            var words = 0, capitals = 0
            // A capitalised function word counts however short ('The Gap Goes On:').
            for k in lineStart..<end where tokens[k].kind == .word && (tokens[k].span.length > 3 || tokens[k].isCapitalized && phrases.info[k].wordClass != nil) {
                words += 1
                if tokens[k].isCapitalized { capitals += 1 }
            }
            if words >= 2 && capitals * 5 >= words * 4 { for k in lineStart..<end { out[k] = true } }
        }
        // A heading may end at a colon and running text follow on the same line: the two
        // parts are judged apart.
        for k in tokens.indices where k > 0 && (tokens[k].newlineBefore || tokens[k - 1].lower == ":") {
            close(k)
            lineStart = k
        }
        close(tokens.count)
        return out
    }

    /// Capitalised runs that are not actors, whatever their shape: names of things (laws,
    /// events, streets: 'Freedom of Information Act'), adjectives ('Democratic-leaning',
    /// 'Islamic terrorism'), headings in capitals ('FULL TEXT', 'HEMPSTEAD'), party-state
    /// labels ('D-Wis'), and the capitalised words of a title-case headline, unless the
    /// article names the same actor in its running text or the run starts with a first name.
    private func isNotAnActor(_ m: TokenMention, namedInBody: Set<String>, titleCase: [Bool]) -> Bool {
        guard m.via == .name || m.via == .acronym, !m.name.isEmpty else { return false }
        let first = tokens[m.name.lowerBound], last = tokens[m.name.upperBound - 1]
        let words = m.name.filter { tokens[$0].kind == .word }
        // ('Kristen Day': a first name and a surname that is a thing word are a person.)
        if m.role == nil, m.actor.kind != .person || m.name.count > 1 && !(words.count == 2 && lexicon.firstNames[first.lower] != nil),
           lexicon.thingWords.contains(last.lower.strippingPossessive()) || lexicon.words(.thingHeads).contains(tokens[headWord(m.name)].lower) { return true }
        // 'Black Women', 'Round Two', 'Peace Through Strength': everyday words in capitals
        // (a slogan, a heading, a group) are nobody's name unless a given name opens them,
        // or they speak ('Public Citizen said', 'according to Common Cause').
        if m.role == nil, m.via == .name, m.actor.kind == .person || m.actor.kind == .unknown, words.count >= 2,
           lexicon.firstNames[first.lower] == nil, !speaks(m),
           words.allSatisfy({ lexicon.commonWords.contains(tokens[$0].lower.strippingPossessive()) || phrases.info[$0].wordClass != nil }) { return true }
        if words.count == 1 {
            let w = first.lower
            if lexicon.words(.commonAcronyms).contains(w) { return true }
            // 'Saudi-led', 'GOP-heavy': a hyphenated adjective.
            let written = doc.string(m.name.lowerBound..<m.name.lowerBound + 1)
            // (Both tests need a hyphen: the text searches run only on words holding its byte.)
            let hyphenated = written.utf8.contains(0x2D) || w.utf8.contains(0x2D)
            if hyphenated, w.dropFirst().contains("-"), let after = written.split(separator: "-").last, after.first?.isLowercase == true {
                return true
            }
            // 'D-Wis', 'R-N': a party and a state after a lawmaker's name.
            if hyphenated {
                let raw = Array(written.unicodeScalars)
                if raw.count >= 3, "DRI".unicodeScalars.contains(raw[0]), raw[1] == "-", raw[2].properties.isUppercase { return true }
            }
            if m.actor.kind == .unknown || m.via == .acronym {
                let next = m.range.upperBound < tokens.count ? tokens[m.range.upperBound] : nil
                let adjectival = lexicon.words(.partyLabels).contains(w) || ["ic", "an", "ish", "ese"].contains { w.hasSuffix($0) }
                if adjectival, let next, next.kind == .word, !next.isCapitalized, doc.sentenceOf[m.range.upperBound] == doc.sentenceOf[m.name.lowerBound] {
                    return true
                }
                // A word in capitals too long for an acronym: a heading or a dateline.
                if first.isAllCaps, first.span.length >= 6 { return true }
                // An everyday word capitalised alone ('Nearly a week after', '[Video: …]',
                // 'Face the Nation'): see `CommonWords`.
                // (Not the first part of a longer name: 'Securities and Exchange Commission';
                // not a name with a capital inside: 'DeLay'.)
                if m.actor.kind == .unknown, !first.isAllCaps, lexicon.commonWords.contains(w), !speaks(m),
                   !written.unicodeScalars.dropFirst().contains(where: { $0.properties.isUppercase }),
                   !(m.range.upperBound + 1 < tokens.count && (nameJoiners.contains(tokens[m.range.upperBound].lower) || ["and", "&"].contains(tokens[m.range.upperBound].lower))
                     && tokens[m.range.upperBound + 1].isCapitalized) { return true }
            }
        } else if words.allSatisfy({ tokens[$0].isAllCaps }), m.actor.kind == .unknown || m.via == .acronym {
            return true
        }
        // A work's title: 'a memoir entitled The White House Doctor', 'her 2003 book,
        // Living History,'. (A name the gazetteer knows is still its actor.)
        var before = min(m.range.lowerBound, m.name.lowerBound) - 1
        if before > 0, tokens[before].lower == "the" { before -= 1 }
        if m.actor.kind == .unknown || m.actor.kind == .person, m.role == nil, before >= 0 {
            if lexicon.words(.workTitleCues).contains(tokens[before].lower) { return true }
            // After the work and a comma, a title of two words or more set off by another
            // comma or the sentence's end ('the author of the book, Mitchell Zuckoff,': a
            // first name makes it the person; 'In his book, Obama wrote': one word before a
            // verb is the author).
            let after = m.range.upperBound
            if before > 0, tokens[before].lower == ",", lexicon.words(.works).contains(tokens[before - 1].lower),
               words.count >= 2, lexicon.firstNames[first.lower] == nil,
               after >= tokens.count || tokens[after].lower == "," || doc.sentenceOf[after] != doc.sentenceOf[m.name.lowerBound] { return true }
        }
        // 'N.Y.', 'D.C.': an abbreviated place, not an organisation.
        if words.count <= 2, words.allSatisfy({ tokens[$0].span.length == 1 }), m.name.count > words.count { return true }
        // (Any kind when the run is as long as a clause: 'Washington Post Hit Piece Exploits Trump Supporter Who Was'.)
        if titleCase[m.name.lowerBound], m.actor.kind == .unknown || m.actor.kind == .person || words.filter({ tokens[$0].isCapitalized }).count >= 6,
           !namedInBody.contains(m.actor.name) {
            let startsWithFirstName = lexicon.firstNames[first.lower] != nil && (2...3).contains(words.count)
            return !startsWithFirstName
        }
        return false
    }

    /// A name right before a verb of saying ('Gap said', 'Public Citizen says') or after
    /// 'according to': whatever its words, something that speaks.
    private func speaks(_ m: TokenMention) -> Bool {
        let after = m.range.upperBound
        if after < tokens.count, tokens[after].kind == .word, !tokens[after].isCapitalized, phrases.info[after].cueClass?.isStrong == true { return true }
        let k = m.range.lowerBound
        return k >= 2 && tokens[k - 2].lower == "according" && tokens[k - 1].lower == "to"
    }

    /// A capitalised word, an initial with its period, or a joiner between two such.
    private func continuesName(_ k: Int, start: Int) -> Bool {
        let t = tokens[k]
        if k > start, t.newlineBefore { return false }
        if t.kind == .word {
            if t.isCapitalized {
                // A new sentence's first word does not continue the previous name.
                return k == start || doc.sentenceOf[k] == doc.sentenceOf[k - 1]
            }
            if k > start, nameJoiners.contains(t.lower), k + 1 < tokens.count, tokens[k + 1].isCapitalized,
               doc.sentenceOf[k + 1] == doc.sentenceOf[k] {
                return true
            }
            // 'and' inside an organisation's 'of' phrase: 'Department of Health and Human
            // Services', 'National Museum of African American History and Culture' — for a
            // word or two, never before a given name or an actor the gazetteer knows ('the
            // Department of Justice and Hillary Clinton'), nor after a place that ends the
            // name ('American Civil Liberties Union of Ohio and Demos').
            if k > start + 2, t.lower == "and", organizationWithOf(start..<k - 1), k + 1 < tokens.count,
               tokens[k + 1].isCapitalized, !tokens[k + 1].isAllCaps, doc.sentenceOf[k + 1] == doc.sentenceOf[k],
               lexicon.firstNames[tokens[k + 1].lower] == nil, lexicon.gazetteer.match(tokens, at: k + 1, limit: tokens.count) == nil,
               !phrases.info[k + 1].isOrganizationWord,
               let of = (start..<k).last(where: { tokens[$0].lower == "of" }),
               lexicon.gazetteer.match(tokens, at: of + 1, limit: k).map({ of + 1 + $0.length < k }) ?? true,
               (k + 2..<min(k + 4, tokens.count)).contains(where: { !tokens[$0].isCapitalized || tokens[$0].kind != .word }) || k + 4 > tokens.count {
                return true
            }
            // An organisation's name goes on after 'on' or 'for (the)': 'Commission on Presidential
            // Debates', 'Coalition for the Homeless'.
            // ('Court of Appeals for the Sixth Circuit': or the organisation word and its 'of' earlier in the run.)
            if k > start, t.lower == "on" || t.lower == "for", phrases.info[k - 1].isOrganizationWord || organizationWithOf(start..<k - 1),
               k + 2 < tokens.count, tokens[k + 1].isCapitalized && !phrases.info[k + 1].isTime || ["the", "a"].contains(tokens[k + 1].lower) && tokens[k + 2].isCapitalized,
               doc.sentenceOf[k + 2] == doc.sentenceOf[k] {
                return true
            }
            // And after 'to' with two more words in capitals, the first no name, title or
            // organisation of its own (a verb, then its object): 'Alliance to Reclaim Our
            // Schools', 'Committee to Protect Journalists' — not 'a letter from the State
            // Department to Hillary Clinton'.
            if k > start, t.lower == "to", phrases.info[k - 1].isOrganizationWord, k + 2 < tokens.count,
               tokens[k + 1].isCapitalized, tokens[k + 2].isCapitalized, tokens[k + 1].kind == .word, tokens[k + 2].kind == .word,
               !phrases.info[k + 1].isTime, doc.sentenceOf[k + 2] == doc.sentenceOf[k],
               lexicon.firstNames[tokens[k + 1].lower] == nil, lexicon.titles[tokens[k + 1].lower] == nil,
               lexicon.gazetteer.match(tokens, at: k + 1, limit: tokens.count) == nil, !phrases.info[k + 1].isOrganizationWord {
                return true
            }
            // ('Committee for a Responsible Federal Budget'.)
            if k > start + 1, t.lower == "the" || t.lower == "a", tokens[k - 1].lower == "on" || tokens[k - 1].lower == "for",
               phrases.info[k - 2].isOrganizationWord || organizationWithOf(start..<k - 2), k + 1 < tokens.count, tokens[k + 1].isCapitalized {
                return true
            }
            return false
        }
        // 'J.' in 'Antony J. Blinken', 'Maj.' in 'Maj. Gen.'
        if t.lower == ".", k > start, tokens[k - 1].end == t.start,
           (tokens[k - 1].span.length == 1 && tokens[k - 1].isCapitalized) || lexicon.abbreviations.contains(tokens[k - 1].lower),
           k + 1 < tokens.count, tokens[k + 1].isCapitalized,
           // 'Selma, Ala. But …': a function word after the period opens a new sentence.
           phrases.info[k + 1].wordClass == nil, phrases.info[k + 1].pronounRole == nil {
            return true
        }
        return false
    }

    /// An organisation word followed by 'of' within the run: 'Court of Appeals'.
    private func organizationWithOf(_ r: Range<Int>) -> Bool {
        r.contains { phrases.info[$0].isOrganizationWord && $0 + 1 < tokens.count && tokens[$0 + 1].lower == "of" }
    }

    /// A lone unknown capitalised word that opens a sentence or a quotation
    /// ('Legitimacy is ours', '‘Negotiated settlement’') is capitalised by position, not
    /// a name; so is a single letter ('Â' of a mojibake header).
    private func isStrayCapital(_ m: TokenMention) -> Bool {
        guard m.actor.kind == .unknown, m.name.count == 1 else { return false }
        let k = m.name.lowerBound
        if tokens[k].span.length <= 1 { return true }
        // After an opening mark only: '“…,” Obama said' is a name after a closing one.
        let afterOpening = k > 0 && tokens[k - 1].kind == .quote && doc.quote(of: k - 1)?.open == k - 1
        return k == doc.sentence(of: k).lowerBound || afterOpening || (k > 0 && tokens[k - 1].lower == ":")
            || tokens[k].newlineBefore
    }

    /// Capitalised only because it opens a sentence or is a reporting verb.
    private func isNotName(_ k: Int) -> Bool {
        let t = tokens[k]
        if t.kind != .word { return true }
        // 'the A. Philip Randolph Institute': a capital letter with its period before a name is an initial.
        if t.span.length == 1, k + 2 < tokens.count, tokens[k + 1].lower == ".", !tokens[k + 1].spaceBefore,
           tokens[k + 2].isCapitalized, doc.sentenceOf[k + 2] == doc.sentenceOf[k] {
            return false
        }
        let info = phrases.info[k]
        if info.wordClass != nil || info.pronounRole != nil || info.isTime || info.isNotName { return true }
        // 'Friday's decision'
        if t.lower.utf8.last == 0x73, t.lower.hasSuffix("'s"), lexicon.timeWords.contains(String(t.lower.dropLast(2))) { return true }
        // ('State Department': a cue word before an organisation word is part of its name.)
        if info.cueClass != nil, !t.isAllCaps, !(k + 1 < tokens.count && tokens[k + 1].isCapitalized && phrases.info[k + 1].isOrganizationWord) {
            return true
        }
        // Contractions of pronouns and function words: I’m, It’s, That’ll.
        if t.lower.utf8.contains(0x27), let apostrophe = t.lower.firstIndex(of: "'"), let stem = lexicon.words[String(t.lower[..<apostrophe])] {
            return stem.wordClass != nil || stem.pronounRole != nil
        }
        return false
    }

    /// Splits a capitalised run into affiliation, role and name, and decides its kind.
    private func classify(_ range: Range<Int>) -> [TokenMention]? {
        var out: [TokenMention] = []
        var k = range.lowerBound
        var affiliation: String?
        // A country or organisation first: 'Pakistan’s Foreign Minister …', 'US Secretary of State …'
        if let g = lexicon.gazetteer.match(tokens, at: k, limit: range.upperBound) {
            let gEnd = k + g.length
            let possessive = tokens[gEnd - 1].lower.hasSuffix("'s")
            let rest = gEnd..<range.upperBound
            if rest.isEmpty || possessive || startsWithTitle(rest) {
                out.append(TokenMention(range: k..<gEnd, name: k..<gEnd, actor: ActorRef(name: g.entry.name, kind: g.entry.kind),
                                        role: nil, affiliation: nil, via: g.via == .name ? .gazetteer : (g.via == .demonym ? .demonym : .capital),
                                        alias: doc.string(k..<gEnd).strippingPossessive()))
                if rest.isEmpty { return out }
                affiliation = g.entry.name
                k = gEnd
            }
        }
        // A title inside the run splits off what stands before it as an affiliation:
        // 'New Jersey Gov. Chris Christie', 'Senate Majority Leader Mitch McConnell'.
        // A party label is an affiliation too: 'Democrat Hillary Clinton'.
        if range.upperBound - k >= 3, lexicon.words(.partyLabels).contains(tokens[k].lower), affiliation == nil,
           !isOrganizationName(k..<range.upperBound) {
            affiliation = doc.string(k..<k + 1)
            k += 1
        }
        if phrases.info[k].title == nil || phrases.info[k].title == .modifier,
           let f = (k + 1..<max(k + 1, range.upperBound - 1)).first(where: { j in
               tokens[j].kind == .word && (phrases.info[j].title == .role || phrases.info[j].title == .rank)
           }) {
            let isOrganization = (k..<f).contains(where: { lexicon.organizationWords.contains(tokens[$0].lower) })
            // After an organisation, the title starts a person only when a first name follows
            // its title words: 'Manhattan Supreme Court Justice Frank Nervo', not 'Department of Justice'.
            var nameStart = f
            while nameStart < range.upperBound, phrases.info[nameStart].title != nil || tokens[nameStart].kind != .word { nameStart += 1 }
            let personFollows = nameStart < range.upperBound && range.upperBound - nameStart <= 3
                && lexicon.firstNames[tokens[nameStart].lower] != nil
            if !isOrganization || personFollows {
                // The organisation is an actor of its own when it is named ('Ohio Democratic
                // Party'), not when one word only qualifies the title ('Military Spokesman').
                if isOrganization, out.isEmpty, (k..<f).filter({ tokens[$0].kind == .word }).count >= 2 {
                    let org = k..<f
                    out.append(TokenMention(range: org, name: org, actor: ActorRef(name: doc.string(org).strippingPossessive(), kind: .organization),
                                            role: nil, affiliation: nil, via: .name, alias: doc.string(org).strippingPossessive()))
                }
                if affiliation == nil { affiliation = doc.string(k..<f).strippingPossessive() }
                k = f
                while k > range.lowerBound, phrases.info[k - 1].title == .modifier { k -= 1 }
            }
        }
        // Titles and ranks: 'Military Spokesman Maj. Gen.', 'Minister of Foreign Affairs'.
        var roleEnd = k
        var j = k
        var sawRoleWord = false
        while j < range.upperBound {
            let w = tokens[j].lower
            if tokens[j].kind == .punctuation { j += 1; continue }
            if let cls = phrases.info[j].title {
                // After a form of address the last word is the name even when it is also a
                // title: 'Mr. King'.
                if j == range.upperBound - 1, j > k, let prev = (k..<j).last(where: { tokens[$0].kind == .word }),
                   lexicon.words(.maleTitles).contains(tokens[prev].lower) || lexicon.words(.femaleTitles).contains(tokens[prev].lower),
                   phrases.info[prev].title == .rank {
                    break
                }
                if cls != .modifier { sawRoleWord = true }
                j += 1
                roleEnd = j
                continue
            }
            if sawRoleWord, w == "of" || w == "for", j + 1 < range.upperBound {
                // 'Minister of Foreign Affairs', 'Secretary of State': the role takes the
                // words after 'of' up to the next capitalised run that looks like a name.
                var m = j + 1
                while m < range.upperBound, tokens[m].kind == .word, m - j <= 3,
                      phrases.info[m].title != nil || lexicon.words(.officeWords).contains(tokens[m].lower) {
                    m += 1
                }
                if m > j + 1 { j = m; roleEnd = j; continue }
            }
            // A title closing the run is a surname ('Charlie King'), not a title before a name.
            if !sawRoleWord, phrases.info[j].title == nil, j == k, range.upperBound - j > 2, isOnlyModifierLike(j) {
                j += 1
                continue
            }
            // A modifier title right before a given name is the person's rank: 'Chief Chuck Jordan'.
            if !sawRoleWord, j > k, range.upperBound - j >= 2, lexicon.firstNames[w] != nil { sawRoleWord = true }
            break
        }
        if !sawRoleWord { roleEnd = k }
        // A rank keeps its period: 'Maj. Gen.'
        if roleEnd > k, roleEnd < range.upperBound, tokens[roleEnd].lower == ".", tokens[roleEnd].start == tokens[roleEnd - 1].end { roleEnd += 1 }
        // Drop a trailing period that belongs to a rank.
        var nameStart = roleEnd
        while nameStart < range.upperBound, tokens[nameStart].kind != .word || !tokens[nameStart].isCapitalized { nameStart += 1 }
        let role = roleEnd > k ? doc.string(k..<roleEnd) : nil
        guard nameStart < range.upperBound else {
            // Only a title ('The Minister'): a description, resolved elsewhere.
            return out.isEmpty ? nil : out
        }
        var name = nameStart..<range.upperBound
        // A possessive inside the run ends the owner's name: 'Mr. Trump's RT appearance'
        // is Trump and then RT, not a person called "Trump's RT".
        if let owner = name.dropLast().first(where: { tokens[$0].lower.hasSuffix("'s") }) {
            let head = classify(range.lowerBound..<owner + 1) ?? []
            return out + head + (classify(owner + 1..<range.upperBound) ?? [])
        }
        // 'Charles B. Rangel of New York', 'Ed Lee of Oklahoma City': the place after 'of' is
        // where the person is from (a place the gazetteer knows, or a name with a place's head).
        var homePlace: TokenMention?
        if role != nil || lexicon.firstNames[tokens[name.lowerBound].lower] != nil,
           let of = name.first(where: { tokens[$0].lower == "of" }), of > name.lowerBound, of + 1 < name.upperBound {
            let place = of + 1..<name.upperBound
            var home: (name: String, kind: ActorKind, via: Mention.Via)?
            if let g = lexicon.gazetteer.match(tokens, at: of + 1, limit: name.upperBound), of + 1 + g.length == name.upperBound,
               g.entry.kind == .place || g.entry.kind == .country {
                home = (g.entry.name, g.entry.kind, .gazetteer)
            } else if place.count >= 2, lexicon.words(.placeHeads).contains(tokens[name.upperBound - 1].lower.strippingPossessive()) {
                home = (doc.string(place).strippingPossessive(), .place, .name)
            }
            if let home {
                homePlace = TokenMention(range: place, name: place, actor: ActorRef(name: home.name, kind: home.kind), role: nil, affiliation: nil,
                                         via: home.via, alias: doc.string(place).strippingPossessive())
                if affiliation == nil { affiliation = home.name }
                name = name.lowerBound..<of
            }
        }
        let nameText = doc.string(name).strippingPossessive()
        var kind: ActorKind = .unknown
        var via: Mention.Via = .name
        var canonical = nameText
        if let g = lexicon.gazetteer.match(tokens, at: name.lowerBound, limit: name.upperBound), g.length == name.count {
            kind = g.entry.kind
            canonical = g.entry.name
            via = .gazetteer
        } else if isOrganizationName(name) {
            kind = .organization
        } else if role == nil, name.count >= 2, lexicon.words(.placeHeads).contains(tokens[name.upperBound - 1].lower.strippingPossessive()) {
            // 'Oklahoma City', 'Orange County': a place, not a person.
            kind = .place
        } else if role != nil {
            kind = .person
        } else if name.count >= 2, isGroupNamedForCause(name) {
            // 'Citizens for Tax Justice', 'Afghanistan Veterans of America'.
            kind = .organization
        } else if name.count >= 2, name.count <= 4, tokens[name].allSatisfy({ $0.kind != .word || !$0.isAllCaps }) {
            kind = .person
        } else if name.count == 1, speakingFirstNames.contains(tokens[name.lowerBound].lower) {
            // 'Melanie said': a given name alone that speaks is a person.
            kind = .person
        } else if name.count == 1, tokens[name.lowerBound].isAllCaps {
            kind = .organization
            via = .acronym
        }
        out.append(TokenMention(range: range.lowerBound..<name.upperBound, name: name, actor: ActorRef(name: canonical, kind: kind),
                                role: role, affiliation: affiliation, via: via, alias: nameText))
        if let homePlace { out.append(homePlace) }
        return out
    }

    private func startsWithTitle(_ r: Range<Int>) -> Bool {
        guard let f = r.first else { return false }
        return phrases.info[f].title != nil
    }

    /// 'Military' in 'Military Spokesman': a capitalised word before a title.
    private func isOnlyModifierLike(_ j: Int) -> Bool {
        j + 1 < tokens.count && phrases.info[j + 1].title != nil && phrases.info[j + 1].title != .modifier
    }

    /// A name that runs on over 'for' or 'of' from people in the plural ('Citizens for Tax
    /// Justice', 'Afghanistan Veterans of America'): people band together under such names;
    /// no one person is called that.
    private func isGroupNamedForCause(_ r: Range<Int>) -> Bool {
        guard let joiner = r.first(where: { ["for", "of"].contains(tokens[$0].lower) }), joiner > r.lowerBound, joiner + 1 < r.upperBound,
              lexicon.firstNames[tokens[r.lowerBound].lower] == nil else { return false }
        let head = tokens[joiner - 1].lower
        return head.hasSuffix("s") && head.count > 3 && lexicon.commonWords.contains(head) || lexicon.peopleGroups.contains(head)
    }

    /// The word a name is about: the last before 'of' or 'for' ('Prize' in 'Erikson Prize
    /// for Excellence'), else its last.
    func headWord(_ r: Range<Int>) -> Int {
        if let joiner = r.first(where: { ["for", "of"].contains(tokens[$0].lower) }), joiner > r.lowerBound { return joiner - 1 }
        return r.upperBound - 1
    }

    private func isOrganizationName(_ r: Range<Int>) -> Bool {
        for i in r {
            let w = tokens[i].lower
            if phrases.info[i].isOrganizationWord { return true }
            if w.utf8.last == 0x73, w.hasSuffix("'s"), lexicon.organizationWords.contains(w.strippingPossessive()) { return true }
            // Hyphenated transliterated names of movements: Tehreek-e-Taliban, Lashkar-e-Tayyaba.
            // (The searches only where the bytes are there: with Foundation in the module they go through NSString.)
            if w.utf8.contains(0x2D), w.utf8Holds("-e-") && w.contains("-e-") || w.utf8Holds("-i-") && w.contains("-i-") || w.hasPrefix("al-") { return true }
        }
        return false
    }

    /// Links surnames and acronyms to the full names before them, and marks
    /// single unknown names that match nothing.
    private func link(_ mentions: consuming [TokenMention], titleCase: [Bool]) -> [TokenMention] {
        var out = consume mentions
        var byLastWord: [String: ActorRef] = [:]
        // Every person named in full with each surname, in order: 'Mr. Clinton' after
        // 'Hillary Clinton … Bill Clinton' is the one of a title's sex.
        var everyoneByLastWord: [String: [ActorRef]] = [:]
        var byAcronym: [String: ActorRef] = [:]
        let shared = surnamesOfTwo(out)
        for idx in out.indices {
            var m = out[idx]
            let nameTokens = m.name
            // An acronym in brackets right after an organisation: 'Tehreek-e-Taliban Pakistan (TTP)'.
            let after = m.range.upperBound
            if after + 2 < tokens.count, tokens[after].lower == "(", tokens[after + 1].isAllCaps, tokens[after + 2].lower == ")" {
                if m.actor.kind == .unknown || m.actor.kind == .person && m.name.count > 2 { m.actor.kind = .organization }
                byAcronym[tokens[after + 1].lower] = m.actor
            }
            if nameTokens.count == 1 || isParticleSurname(nameTokens), m.via == .name || m.via == .acronym {
                let w = tokens[nameTokens.upperBound - 1].lower.strippingPossessive()
                if let full = byAcronym[w] {
                    m.actor = full
                    m.via = .acronym
                } else if let first = byLastWord[w] ?? fuzzySurname(w, byLastWord),
                          let full = differsInSex(m, from: first) ? everyoneByLastWord[w]?.first(where: { !differsInSex(m, from: $0) && sexKnown($0) }) : first,
                          !shared.contains(w) || m.range.lowerBound < m.name.lowerBound {
                    m.actor = full
                    m.via = .surname
                }
            }
            if m.actor.kind == .person, nameTokens.count >= 2, !isParticleSurname(nameTokens) {
                // A bare surname is the first person named with it, the article's principal
                // ('Biden' after 'Joe Biden … his son Hunter Biden' is Joe Biden), and a name
                // read by its shape only ('Railing Against Trump' of a title-case headline, 'Fifth
                // Amendment') gives none.
                let key = surname(nameTokens)
                if !titleCase[nameTokens.lowerBound], !(everyoneByLastWord[key]?.contains(m.actor) ?? false) {
                    everyoneByLastWord[key, default: []].append(m.actor)
                }
                if byLastWord[key] == nil, !titleCase[nameTokens.lowerBound],
                   !lexicon.thingWords.contains(key) || lexicon.firstNames[tokens[nameTokens.lowerBound].lower] != nil {
                    byLastWord[key] = m.actor
                }
                // 'Ban Ki-moon', 'Kim Jong-un': a hyphenated given name last, the family name first.
                // (Split only when it holds a hyphen at all.)
                let lastWritten = doc.string(nameTokens.upperBound - 1..<nameTokens.upperBound)
                let given = lastWritten.utf8.contains(0x2D) ? lastWritten.split(separator: "-") : []
                if given.count == 2, given[1].first?.isLowercase == true {
                    byLastWord[tokens[nameTokens.lowerBound].lower] = m.actor
                }
            }
            out[idx] = m
        }
        // A surname before its full name ('Sanders: Clinton needs …' over a story that
        // introduces Bernie Sanders) refers forward, when one person has that surname.
        var fullBySurname: [String: Set<ActorRef>] = [:]
        for m in out where m.actor.kind == .person && m.name.count >= 2 && !isParticleSurname(m.name) {
            fullBySurname[surname(m.name), default: []].insert(m.actor)
        }
        for idx in out.indices where out[idx].via == .name && (out[idx].name.count == 1 && out[idx].actor.kind == .unknown || isParticleSurname(out[idx].name)) {
            let w = tokens[out[idx].name.upperBound - 1].lower.strippingPossessive()
            if let full = fullBySurname[w], full.count == 1, !shared.contains(w) {
                out[idx].actor = full.first!
                out[idx].via = .surname
            }
        }
        return out
    }

    /// Surnames two people of the article share: a full name with a given name of one sex,
    /// and the surname with a title of the other ('Michelle Obama' and 'Mr. Obama'). The
    /// surname alone ('Obama Sees …') is then neither for sure.
    /// (Not when the other is named in full too: after 'Barack Obama … Michelle Obama',
    /// 'Mrs. Obama' is Michelle Obama and 'Obama' the first named.)
    private func surnamesOfTwo(_ mentions: [TokenMention]) -> Set<String> {
        // (Most articles title nobody by surname alone: nothing to compare then.)
        var titled: [(mention: TokenMention, surname: String)] = []
        for m in mentions where m.name.count == 1 && m.range.lowerBound < m.name.lowerBound && (m.actor.kind == .person || m.actor.kind == .unknown) {
            titled.append((m, tokens[m.name.lowerBound].lower.strippingPossessive()))
        }
        guard !titled.isEmpty else { return [] }
        let wanted = Set(titled.map(\.surname))
        var full: [String: [ActorRef]] = [:]
        for m in mentions where m.actor.kind == .person && m.name.count >= 2 && !isParticleSurname(m.name) {
            let key = surname(m.name)
            guard wanted.contains(key), !(full[key]?.contains(m.actor) ?? false) else { continue }
            full[key, default: []].append(m.actor)
        }
        var out = Set<String>()
        for (m, w) in titled {
            if let people = full[w], people.allSatisfy({ differsInSex(m, from: $0) || !sexKnown($0) }), people.contains(where: { differsInSex(m, from: $0) }) {
                out.insert(w)
            }
        }
        return out
    }

    /// The sex a person's given name tells, if it tells one ('Michelle Obama': female).
    func givenNameSex(_ person: ActorRef) -> Lexicon.Gender? { lexicon.sex(ofGivenNameIn: person.name) }

    private func sexKnown(_ person: ActorRef) -> Bool { givenNameSex(person) != nil }

    /// 'Mr. Obama' is not Michelle Obama: a title's sex against the full name's given name.
    private func differsInSex(_ m: TokenMention, from full: ActorRef) -> Bool {
        guard m.range.lowerBound < m.name.lowerBound, let named = givenNameSex(full),
              let titled = lexicon.gender(firstWord: "", titleWords: tokens[m.range.lowerBound..<m.name.lowerBound].map(\.lower))
        else { return false }
        return named != titled
    }

    /// A surname with its particle, capitalised at the head of a sentence or a headline
    /// ('De Blasio said' after 'Mayor Bill de Blasio'): the person's surname, not a new name.
    private func isParticleSurname(_ name: Range<Int>) -> Bool {
        name.count == 2 && tokens[name.lowerBound].isCapitalized && nameJoiners.contains(tokens[name.lowerBound].lower)
            && lexicon.firstNames[tokens[name.lowerBound].lower] == nil
    }

    /// The word a person is called by alone: the last of the name, before 'Jr.' or 'III'.
    private func surname(_ name: Range<Int>) -> String {
        let tokens = self.tokens, suffixes = lexicon.words(.nameSuffixes)
        var lastWord: String?
        for k in name.reversed() where tokens[k].kind == .word {
            let w = tokens[k].lower.strippingPossessive()
            if !suffixes.contains(w) { return w }
            if lastWord == nil { lastWord = w }
        }
        return lastWord ?? ""
    }

    /// A surname misspelt by one letter ('Atmer' for 'Atmar') refers to the same person
    /// when nobody else in the article is that close.
    private func fuzzySurname(_ w: String, _ known: [String: ActorRef]) -> ActorRef? {
        guard w.count >= 5, known.count <= 400 else { return nil }
        // (Counted without building the dictionary of close names: one is enough to know, two end the search.)
        let x = Array(w.unicodeScalars)
        var close: ActorRef?
        for (key, actor) in known where EditDistance.withinOne(x, key) {
            if close != nil { return nil }
            close = actor
        }
        return close
    }
}

extension String {
    /// Whether the UTF-8 bytes hold `needle`'s in a row: a cheap test that must pass before
    /// a text search for `needle` can succeed.
    func utf8Holds(_ needle: String) -> Bool {
        let h = utf8, n = needle.utf8
        guard let f = n.first else { return true }
        var i = h.startIndex
        while let j = h[i...].firstIndex(of: f) {
            if h[j...].starts(with: n) { return true }
            i = h.index(after: j)
        }
        return false
    }

    /// Letters all in capitals: a dateline ('ISLAMABAD').
    var isAllCapsWord: Bool { count > 1 && unicodeScalars.allSatisfy { !$0.properties.isLowercase } && unicodeScalars.contains { $0.properties.isUppercase } }

    /// 'ISLAMABAD' → 'Islamabad'.
    var capitalizedWord: String { prefix(1).uppercased() + dropFirst().lowercased() }

    /// 'Pakistan’s' → 'Pakistan'.
    func strippingPossessive() -> String {
        // Most words end in neither 's' nor an apostrophe (its last byte, or the last of '’'):
        // those are returned without the two Unicode-aware suffix tests.
        guard let end = utf8.last, end == 0x73 || end == 0x27 || end == 0x99 else { return self }
        if hasSuffix("'s") || hasSuffix("\u{2019}s") { return String(dropLast(2)) }
        if hasSuffix("s'") || hasSuffix("s\u{2019}") { return String(dropLast(1)) }
        return self
    }
}

/// Damerau-free Levenshtein distance bounded at one edit, on Unicode scalars.
enum EditDistance {
    static func withinOne(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > 1 { return false }
        var i = 0, j = 0, edits = 0
        while i < x.count, j < y.count {
            if x[i] == y[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (x.count - i) + (y.count - j) <= 1
    }

    /// The same, with the first string's scalars already in an array (compared with many
    /// strings) and the second read in place.
    static func withinOne(_ x: [Unicode.Scalar], _ b: String) -> Bool {
        let y = b.unicodeScalars
        let yCount = y.count
        if abs(x.count - yCount) > 1 { return false }
        var i = 0, j = y.startIndex, jn = 0, edits = 0
        while i < x.count, j != y.endIndex {
            if x[i] == y[j] { i += 1; j = y.index(after: j); jn += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if x.count > yCount { i += 1 } else if yCount > x.count { j = y.index(after: j); jn += 1 } else { i += 1; j = y.index(after: j); jn += 1 }
        }
        return edits + (x.count - i) + (yCount - jn) <= 1
    }
}
