/// Which of the names found are actors a reader lists: people, organisations, countries,
/// and places the article talks about. The rest are names too, but of something else:
/// - a place named only to say where something happened ('talks in Islamabad', 'HEMPSTEAD,
///   N.Y.', 'Florida Rep. …', 'the California congressman'): a reader lists Ohio when the
///   article is about Ohio ('contesting Ohio', 'Ohio's voters'), not when it locates an
///   event; the same for a name no list knows after 'in' ('told reporters in Multan');
/// - the credits of the article and its pictures (a wire in a dateline's brackets, a
///   byline, 'contributed reporting', 'Photo courtesy: …/Twitter'), and a platform named
///   only as the medium ('reported it on Twitter');
/// - a short form of an actor named in full elsewhere ('the Council' after 'the Security
///   Council', 'Hofstra' for 'Hofstra University', 'DCCC', 'Donald and Ivana Trump');
/// - words for groups of people and beliefs ('Muslims', 'Islam'), a bare organisation
///   word ('Military says'), a landmark ('Mt. Everest'), the parts of a thing's name
///   ('Family and Medical Leave Act', 'Conference of the Heart of Asia'), a description
///   ('a Gold Star mother', 'the New York Democrat');
/// - a form the gazetteer shares between actors when the article names none of them
///   otherwise ('the Ansarullah').
/// Every word consulted is in a data file: see `credit-phrases.txt`, `groups-of-people.txt`,
/// `thing-words.txt`, `ambiguous-aliases.txt` and the sets of `word-sets.tsv` named below.
extension MentionFinder {
    func readersList(_ found: consuming [TokenMention]) -> [TokenMention] {
        var mentions = consume found
        for i in mentions.indices { withoutHome(&mentions[i]) }
        // Each name's words, computed once for the passes up to the short forms (kept in step with the mentions).
        var written: [[String]] = []
        written.reserveCapacity(mentions.count)
        for i in mentions.indices { written.append(words(mentions[i].name)) }
        // Names of something else go first, so that no short form links to them ('Muslims' is no surname).
        var survivors = 0
        for i in mentions.indices where !isNotAnActorByItsWords(mentions[i], words: written[i]) {
            if survivors != i {
                mentions.swapAt(survivors, i)
                written.swapAt(survivors, i)
            }
            survivors += 1
        }
        mentions.removeSubrange(survivors...)
        written.removeSubrange(survivors...)
        joinNames(&mentions, &written)
        linkShortForms(&mentions, written)
        for i in mentions.indices {
            bodyOfPlace(&mentions[i])
            nameAsWritten(&mentions[i])
        }
        mentions.removeAll { isBareOrganizationWord($0) }
        ambiguousAliasesApart(&mentions)
        // What is only incidental everywhere the article names it is left out.
        var inCredits = [Bool](repeating: false, count: tokens.count)
        for r in creditRegions() { for k in r { inCredits[k] = true } }
        let locative = locativeUses(mentions)
        var incidental = [Bool](repeating: false, count: mentions.count)
        var anyIncidental = false
        for i in mentions.indices {
            let k = mentions[i].name.lowerBound
            incidental[i] = inCredits[k]
                || locative[i] && isPlaceLike(mentions[i])
                || isMediumUse(mentions[i]) && isPlatform(mentions[i])
            if incidental[i] { anyIncidental = true }
        }
        // (Nothing incidental, nothing to leave out: the actors listed are needed only otherwise.)
        guard anyIncidental else { return mentions }
        var listed = Set<ActorRef>()
        for i in mentions.indices where !incidental[i] { listed.insert(mentions[i].actor) }
        var kept = 0
        for i in mentions.indices where !incidental[i] || listed.contains(mentions[i].actor) {
            if kept != i { mentions.swapAt(kept, i) }
            kept += 1
        }
        mentions.removeSubrange(kept...)
        return mentions
    }

    /// The words of a name, lower case, without a possessive.
    private func words(_ r: Range<Int>) -> [String] {
        let tokens = self.tokens
        var out: [String] = []
        out.reserveCapacity(r.count)
        for k in r where tokens[k].kind == .word { out.append(tokens[k].lower.strippingPossessive()) }
        return out
    }

    private var nameJoinerWords: Set<String> { lexicon.words(.nameJoiners) }

    // MARK: Short forms

    /// Links short forms to the actor named in full: a part of an organisation's name
    /// (its last words after the organisation itself: 'Council', 'Intelligence Committee';
    /// or its first words without the organisation word: 'Hofstra'), an acronym made of an
    /// organisation's initials ('DCCC'), a surname met before the full name (a headline's
    /// 'Clinton'), and a first name joined to another person's full name ('Donald and
    /// Ivana Trump').
    private func linkShortForms(_ out: inout [TokenMention], _ written: [[String]]) {
        // The first person the article names with each surname: its principal ('Trump' in a
        // headline is Donald Trump, named first, not Ivana Trump, named later).
        var surnames: [String: ActorRef] = [:]
        // And each first name, with everyone who has it ('Hillary' alone is Hillary Clinton).
        var firstNames: [String: Set<ActorRef>] = [:]
        // A name with a title only ('President Obama'), when no full name has it.
        var titled: [String: ActorRef] = [:]
        // A surname with a title of one sex ('Mr. Obama'): not the full name of the other ('Michelle Obama').
        var titledBySex: [String: (actor: ActorRef, sex: Lexicon.Gender)] = [:]
        // Full names where they are first written, by last word; organisations also by their
        // first word before the organisation words and by their initials.
        var people = FormIndex(), organizations = FormIndex()
        var organizationByHead: [String: ActorRef] = [:], organizationByInitials: [String: ActorRef] = [:]
        for (m, w) in zip(out, written) where m.via == .name || m.via == .gazetteer {
            // (A name that runs on over 'of' or 'for' gives no surname: 'Xi Jinping of China'.)
            if m.actor.kind == .person, let first = w.first, let last = w.last, !w.contains("of"), !w.contains("for") {
                if w.count >= 2 {
                    if surnames[last] == nil { surnames[last] = m.actor }
                    firstNames[first, default: []].insert(m.actor)
                    people.add(w, m.actor, at: m.name.lowerBound)
                } else {
                    if m.role != nil, titled[last] == nil { titled[last] = m.actor }
                    if titledBySex[last] == nil, m.range.lowerBound < m.name.lowerBound,
                       let sex = lexicon.gender(firstWord: "", titleWords: tokens[m.range.lowerBound..<m.name.lowerBound].map(\.lower)) {
                        titledBySex[last] = (m.actor, sex)
                    }
                }
            }
            if m.actor.kind == .organization {
                // ('Manhattan Supreme Court' does not make every later 'Supreme Court' its own.)
                let placeFirst = lexicon.gazetteer.match(tokens, at: m.name.lowerBound, limit: m.name.upperBound - 1)?.entry.kind == .place
                // (The gazetteer's name, word by word: 'United Nations Security Council'.)
                var canonical = m.via == .gazetteer ? m.actor.name.lowercased().split(separator: " ").map(String.init) : w
                if canonical.count > 1, canonical[0] == "the" { canonical.removeFirst() }
                for form in canonical == w ? [w] : [w, canonical] {
                    organizations.add(form, m.actor, at: m.name.lowerBound, placeFirst: placeFirst && form == w)
                    let head = form.prefix { !lexicon.organizationWords.contains($0) }
                    if head.count == 1, form.count > 1, organizationByHead[head[head.startIndex]] == nil { organizationByHead[head[head.startIndex]] = m.actor }
                    let letters = initials(form)
                    if letters.count >= 3, organizationByInitials[letters] == nil { organizationByInitials[letters] = m.actor }
                }
            }
        }
        for i in out.indices {
            let m = out[i]
            let w = written[i]
            guard let last = w.last else { continue }
            let shapedAsName = m.actor.kind == .person && m.role == nil && lexicon.firstNames[w[0]] == nil || m.actor.kind == .unknown
            if m.actor.kind == .person, m.via == .name, w.count >= 2, let full = samePerson(w, people, before: m.name.lowerBound, shapedAsName: shapedAsName),
               full != m.actor {
                out[i].actor = full
                out[i].via = .surname
                continue
            }
            // The last words of an organisation named before ('the Sixth Circuit', read by
            // its shape as a person's name, after 'the U.S. Court of Appeals for the Sixth Circuit').
            if m.actor.kind == .organization || shapedAsName, m.via == .name {
                if let full = organizations.forms[last]?.last(where: { o in
                    o.at < m.name.lowerBound && o.words.count > w.count && Array(o.words.suffix(w.count)) == w && !o.placeFirst && o.actor != m.actor
                }) {
                    out[i].actor = full.actor
                    out[i].via = .shortForm
                    continue
                }
                if m.actor.kind == .organization { continue }
            }
            if m.via == .acronym, w.count == 1, tokens[m.name.lowerBound].isAllCaps {
                if let full = organizationByInitials[w[0]] { out[i].actor = full }
                continue
            }
            // 'Jordan' after 'Rep. Jim Jordan': a surname before a country of that name (of a
            // person known by first name: 'Concerned Women for America' is no one's name).
            if m.via == .gazetteer, m.actor.kind == .country || m.actor.kind == .place, w.count == 1, let person = surnames[w[0]],
               let first = person.name.split(separator: " ").first, lexicon.firstNames[first.lowercased()] != nil {
                out[i].actor = person
                out[i].via = .surname
                continue
            }
            guard m.actor.kind == .unknown, m.via == .name, w.count == 1 else { continue }
            if var person = surnames[w[0]] ?? titled[w[0]] ?? firstNames[w[0]].flatMap({ $0.count == 1 ? $0.first : nil }) {
                // (Only someone named by title alone: a titled surname linked to a full name
                // of that sex leaves the surname to the first named.)
                if let other = titledBySex[w[0]], !other.actor.name.contains(" "), let sex = givenNameSex(person), sex != other.sex {
                    person = other.actor
                }
                out[i].actor = person
                out[i].via = .surname
            } else if let full = organizationByHead[w[0]] {
                out[i].actor = full
                out[i].via = .shortForm
            } else if lexicon.firstNames[w[0]] != nil, i + 1 < out.count, m.range.upperBound + 1 == out[i + 1].range.lowerBound,
                      tokens[m.range.upperBound].lower == "and", out[i + 1].actor.kind == .person {
                // 'Donald and Ivana Trump': the first name shares the family name after it.
                let next = out[i + 1].name
                if next.count >= 2, tokens[next].allSatisfy({ $0.kind == .word }), lexicon.firstNames[tokens[next.lowerBound].lower] != nil {
                    let full = doc.string(m.name) + " " + doc.string(next.lowerBound + 1..<next.upperBound).strippingPossessive()
                    out[i].actor = ActorRef(name: full, kind: .person)
                }
            }
        }
    }

    /// Full names as first written, by their last word, so that a short form is compared
    /// with the few names that can contain it.
    private struct FormIndex {
        struct Form {
            var words: [String]
            var actor: ActorRef
            var at: Int
            var placeFirst: Bool
        }
        var forms: [String: [Form]] = [:]

        mutating func add(_ words: [String], _ actor: ActorRef, at: Int, placeFirst: Bool = false) {
            guard let last = words.last else { return }
            if forms[last]?.contains(where: { $0.actor == actor && $0.words == words }) == true { return }
            forms[last, default: []].append(Form(words: words, actor: actor, at: at, placeFirst: placeFirst))
        }
    }

    /// The person named before that a name of two words or more is another form of: the
    /// same name without the middle initials ('George Bush' for 'George W. Bush'), or, for
    /// a name of nobody known by its first name, the last words of a longer name ('Suu Kyi'
    /// for 'Aung San Suu Kyi', 'Wasserman Schultz' for 'Debbie Wasserman Schultz').
    private func samePerson(_ w: [String], _ people: FormIndex, before k: Int, shapedAsName: Bool) -> ActorRef? {
        guard let last = w.last else { return nil }
        let bare = w.filter { $0.count > 1 }
        for p in people.forms[last] ?? [] where p.at < k {
            let pBare = p.words.filter { $0.count > 1 }
            if bare == pBare, bare.count >= 2, bare.count == w.count || pBare.count == p.words.count { return p.actor }
            if shapedAsName, p.words.count > w.count, Array(p.words.suffix(w.count)) == w { return p.actor }
        }
        return nil
    }

    /// 'Securities and Exchange Commission': a word no list knows joined by 'and' to an
    /// organisation's name is the start of that name.
    private func joinNames(_ mentions: inout [TokenMention], _ written: inout [[String]]) {
        var i = 0
        while i + 1 < mentions.count {
            // (Fields read in place: a mention is copied only when two are joined.)
            if mentions[i].actor.kind == .unknown, mentions[i].via == .name, mentions[i].name.count == 1,
               mentions[i].range.upperBound + 1 == mentions[i + 1].range.lowerBound,
               tokens[mentions[i].range.upperBound].lower == "and" || tokens[mentions[i].range.upperBound].lower == "&",
               mentions[i + 1].actor.kind == .organization, mentions[i + 1].via == .name, mentions[i + 1].role == nil,
               lexicon.organizationWords.contains(tokens[mentions[i + 1].name.upperBound - 1].lower.strippingPossessive()) {
                var joined = mentions[i + 1]
                joined.range = mentions[i].range.lowerBound..<joined.range.upperBound
                joined.name = joined.range
                joined.alias = doc.string(joined.name).strippingPossessive()
                joined.actor = ActorRef(name: joined.alias, kind: .organization)
                mentions[i] = joined
                mentions.remove(at: i + 1)
                written[i] = words(joined.name)
                written.remove(at: i + 1)
            }
            i += 1
        }
    }

    /// 'Mike Pence of Indiana', 'President Xi Jinping of China': a person's name (known by
    /// first name or title) stops before 'of' and a place.
    private func withoutHome(_ m: inout TokenMention) {
        guard m.actor.kind == .person, m.via == .name, m.name.count >= 4,
              m.role != nil || lexicon.firstNames[tokens[m.name.lowerBound].lower] != nil,
              lexicon.gazetteer.match(tokens, at: m.name.lowerBound, limit: m.name.upperBound) == nil,
              !m.name.contains(where: { phrases.info[$0].isOrganizationWord }),
              let of = m.name.first(where: { tokens[$0].lower == "of" }), of + 1 < m.name.upperBound,
              let g = lexicon.gazetteer.match(tokens, at: of + 1, limit: m.name.upperBound), of + 1 + g.length == m.name.upperBound,
              g.entry.kind == .place || g.entry.kind == .country, words(m.name.lowerBound..<of).count >= 2 else { return }
        m.name = m.name.lowerBound..<of
        m.range = m.range.lowerBound..<of
        m.alias = doc.string(m.name)
        m.actor = ActorRef(name: m.alias, kind: .person)
    }

    /// 'DCCC' for 'Democratic Congressional Campaign Committee': the first letters of the
    /// words that are not function words.
    private func initials(_ words: [String]) -> String {
        var out = ""
        for w in words where !w.isEmpty && lexicon.wordClass(w) == nil { out.append(w[w.startIndex]) }
        return out
    }

    /// 'Nassau County police': a name followed by a body noun is that body, an organisation.
    private func bodyOfPlace(_ m: inout TokenMention) {
        let after = m.range.upperBound
        guard m.actor.kind == .place || m.actor.kind == .unknown || m.actor.kind == .person && m.via == .name,
              m.role == nil, m.via == .name || m.via == .gazetteer, after < tokens.count, tokens[after].kind == .word,
              !tokens[after].isCapitalized, m.name.upperBound == after, lexicon.words(.bodyNouns).contains(tokens[after].lower) else { return }
        m.range = m.range.lowerBound..<after + 1
        m.name = m.name.lowerBound..<after + 1
        m.alias = doc.string(m.name)
        m.actor = ActorRef(name: m.alias, kind: .organization)
        m.via = .name
    }

    /// A known name with its first word in lower case ('the middle East') is that name; a
    /// country's adjective before a common noun in capitals ('a Pakistani TV channel') is
    /// the country alone.
    private func nameAsWritten(_ m: inout TokenMention) {
        guard m.actor.kind == .unknown, m.via == .name else { return }
        let k = m.name.lowerBound
        if k > 0, tokens[k - 1].kind == .word, !tokens[k - 1].isCapitalized, doc.sentenceOf[k - 1] == doc.sentenceOf[k],
           let g = lexicon.gazetteer.match(tokens, at: k - 1, limit: m.name.upperBound), g.length == m.name.count + 1 {
            m.range = k - 1..<m.range.upperBound
            m.name = k - 1..<m.name.upperBound
            m.actor = ActorRef(name: g.entry.name, kind: g.entry.kind)
            m.via = .gazetteer
            m.alias = doc.string(m.name)
            return
        }
        let after = m.name.upperBound
        // 'Sen. Ted Cruz (Tex.)': a state's abbreviation with its period.
        if m.name.count == 1, after < tokens.count, tokens[after].lower == ".", !tokens[after].spaceBefore,
           let g = lexicon.gazetteer.match(tokens, at: k, limit: after + 1), g.length == 2 {
            m.range = k..<after + 1
            m.name = m.range
            m.actor = ActorRef(name: g.entry.name, kind: g.entry.kind)
            m.via = .gazetteer
            m.alias = doc.string(m.name)
            return
        }
        if lexicon.words(.capitalisedNouns).contains(tokens[after - 1].lower), after < tokens.count,
           tokens[after].kind == .word, !tokens[after].isCapitalized,
           let g = lexicon.gazetteer.match(tokens, at: k, limit: after - 1), g.entry.kind == .country {
            m.range = k..<k + g.length
            m.name = m.range
            m.actor = ActorRef(name: g.entry.name, kind: .country)
            m.via = g.via == .demonym ? .demonym : .gazetteer
            m.alias = doc.string(m.name)
        }
    }

    // MARK: Names of something else

    /// Words for groups of people and beliefs, a common noun in capitals, a description of
    /// a person ('the New York Democrat'), a court case, a web address, a landmark, the
    /// parts of a thing's name, a name of nobody known after an indefinite article.
    private func isNotAnActorByItsWords(_ m: TokenMention, words w: [String]) -> Bool {
        // (By the actor's name too, whatever linked the mention to it: 'Muslims' read as the
        // surname of 'Sunni Muslims'.)
        if m.via == .surname || m.via == .shortForm, !m.actor.name.isEmpty, allWordsArePeopleGroups(m.actor.name) {
            return true
        }
        guard m.via == .name || m.via == .acronym else { return false }
        guard let first = w.first else { return false }
        if w.allSatisfy({ lexicon.peopleGroups.contains($0) }) { return true }
        // 'TV': a common noun in capitals.
        if w.allSatisfy({ lexicon.words(.capitalisedNouns).contains($0) }) { return true }
        // 'the New York Democrat', 'a Senate Republican': a description of a person.
        if w.count >= 2, let last = w.last, lexicon.words(.partyMemberNouns).contains(last) { return true }
        // 'Late Saturday', 'The411Coming September': no name ends in a day or a month, unless a first name opens it ('April Ryan').
        if m.actor.kind == .person || m.actor.kind == .unknown, lexicon.firstNames[first] == nil, phrases.info[m.name.upperBound - 1].isTime { return true }
        // 'Copy A-17 of the story': no person's name holds a digit.
        if m.actor.kind == .person, m.name.contains(where: { tokens[$0].lower.utf8.contains { (0x30...0x39).contains($0) } }) { return true }
        // 'Plessy v. Ferguson': the parties of a court case name the case.
        if isInCaseName(m.name) { return true }
        // 'pic.twitter.com/P2qpm3h3Pm': part of a web address.
        if isInWebAddress(m.name.lowerBound) { return true }
        if m.actor.kind != .organization, lexicon.words(.landmarkPrefixes).contains(first) { return true }
        if m.actor.kind != .organization, m.actor.kind != .country, isPartOfThingName(m.name) { return true }
        // 'a Gold Star mother': a person is not introduced by 'a', unless by a known first name.
        if m.actor.kind == .person, m.role == nil, w.count >= 2, lexicon.firstNames[first] == nil,
           m.range.lowerBound > 0, ["a", "an"].contains(tokens[m.range.lowerBound - 1].lower) { return true }
        return false
    }

    /// Whether every word of a name (split at spaces, lower-cased, without a possessive) is
    /// a word for a group of people; stops at the first that is not.
    private func allWordsArePeopleGroups(_ name: String) -> Bool {
        var rest = name[...]
        while true {
            let end = rest.firstIndex(of: " ") ?? rest.endIndex
            let part = rest[..<end]
            if !part.isEmpty, !lexicon.peopleGroups.contains(part.lowercased().strippingPossessive()) { return false }
            if end == rest.endIndex { return true }
            rest = rest[rest.index(after: end)...]
        }
    }

    /// 'Military says …', 'the Department': an organisation word that names none, once
    /// short forms have been linked ('the Council' after 'the Security Council' is that council).
    private func isBareOrganizationWord(_ m: TokenMention) -> Bool {
        m.actor.kind == .organization && m.via == .name && m.name.count == 1 && !tokens[m.name.lowerBound].isAllCaps
            && lexicon.organizationWords.contains(tokens[m.name.lowerBound].lower.strippingPossessive())
    }

    /// 'Family' of 'Family and Medical Leave Act', 'Heart of Asia' of 'the 9th Ministerial
    /// Conference of the Heart of Asia': joined by 'and' to a thing's name, or after its 'of'.
    private func isPartOfThingName(_ name: Range<Int>) -> Bool {
        let s = doc.sentenceOf[name.lowerBound]
        var j = name.upperBound
        if j + 1 < tokens.count, tokens[j].lower == "and" || tokens[j].lower == "&", tokens[j + 1].isCapitalized {
            j += 1
            var last = j
            while j < tokens.count, j - name.upperBound <= 8, doc.sentenceOf[j] == s,
                  tokens[j].kind == .word && (tokens[j].isCapitalized || nameJoinerWords.contains(tokens[j].lower)) {
                if tokens[j].isCapitalized { last = j }
                j += 1
            }
            if lexicon.thingWords.contains(tokens[last].lower.strippingPossessive()) { return true }
        }
        var k = name.lowerBound - 1
        if k >= 0, tokens[k].lower == "the" { k -= 1 }
        if k >= 1, tokens[k].lower == "of", tokens[k - 1].isCapitalized, lexicon.thingWords.contains(tokens[k - 1].lower) { return true }
        return false
    }

    private func isInCaseName(_ name: Range<Int>) -> Bool {
        let joiners = lexicon.words(.caseJoiners)
        let after = name.upperBound, before = name.lowerBound
        if after < tokens.count, joiners.contains(tokens[after].lower) { return true }
        if before >= 2, tokens[before - 1].lower == ".", joiners.contains(tokens[before - 2].lower) { return true }
        return before >= 1 && joiners.contains(tokens[before - 1].lower)
    }

    /// A word glued to a slash in a run of characters that holds a period: an address.
    /// (Looked for within 64 tokens back: a run with no space that goes on for pages is no
    /// address, and walking it back from each of its names would take time quadratic in it.)
    private func isInWebAddress(_ k: Int) -> Bool {
        var j = k, slash = false, dot = false
        while j > 0, k - j < 64, !(slash && dot), !tokens[j].spaceBefore, !tokens[j].newlineBefore {
            j -= 1
            if tokens[j].lower == "/" { slash = true }
            if tokens[j].lower.utf8.contains(0x2E), tokens[j].lower.contains(".") { dot = true }
        }
        return slash && dot
    }

    /// A form the gazetteer shares between actors ('Ansarullah') stands for its entry only
    /// when the article names that entry by another form too; alone it is a name of its own.
    private func ambiguousAliasesApart(_ mentions: inout [TokenMention]) {
        let gazetteer = lexicon.gazetteer
        let alone = mentions.map { m -> ActorKind? in
            guard m.via == .gazetteer || m.via == .capital, gazetteer.mayBeAmbiguous(tokens[m.name.lowerBound].lower) else { return nil }
            return gazetteer.ambiguity(Gazetteer.key(tokens: m.name.map { tokens[$0].lower }[...]))
        }
        guard alone.contains(where: { $0 != nil }) else { return }
        let vouched = Set(mentions.indices.filter { alone[$0] == nil }.map { mentions[$0].actor })
        for i in mentions.indices {
            guard let kind = alone[i], !vouched.contains(mentions[i].actor) else { continue }
            mentions[i].actor = ActorRef(name: mentions[i].alias, kind: kind)
            mentions[i].via = .name
        }
    }

    // MARK: Incidental names

    /// A place, or a name no list knows that a preposition of place introduces.
    private func isPlaceLike(_ m: TokenMention) -> Bool {
        switch m.actor.kind {
        case .place: return true
        case .unknown: return m.via == .name
        // 'in Oklahoma City': two capitalised words of nobody known.
        case .person: return m.via == .name && m.role == nil && lexicon.firstNames[tokens[m.name.lowerBound].lower] == nil
        // 'FLINT, Mich. —': a city in capitals opening a paragraph, read as an acronym.
        case .organization: return m.via == .acronym && (m.name.lowerBound == 0 || tokens[m.name.lowerBound].newlineBefore)
        default: return false
        }
    }

    private func isPlatform(_ m: TokenMention) -> Bool {
        m.actor.kind == .organization && m.via == .gazetteer
            && lexicon.gazetteer.match(tokens, at: m.name.lowerBound, limit: m.name.upperBound)?.entry.type == "platform"
    }

    /// 'on Twitter', 'via Facebook'.
    private func isMediumUse(_ m: TokenMention) -> Bool {
        let k = m.range.lowerBound
        return k > 0 && lexicon.words(.mediumPrepositions).contains(tokens[k - 1].lower)
    }

    /// For each mention: does it only say where something is or happened? After a
    /// preposition of place ('in Ohio', 'in northern Mali'), in a list that such a
    /// preposition opens ('in Cleveland, Cincinnati and Columbus'), as the state after a
    /// city ('Selma, Ala.'), as a dateline, or qualifying a title or a noun ('Florida Rep.',
    /// 'the California congressman'). An owner ('Ohio's voters') is never only a place.
    private func locativeUses(_ mentions: [TokenMention]) -> [Bool] {
        var out = [Bool](repeating: false, count: mentions.count)
        let placePrepositions = lexicon.words(.placePrepositions), locationPrepositions = lexicon.words(.locationPrepositions)
        let adjectives = lexicon.words(.placeAdjectives)
        for (i, m) in mentions.enumerated() {
            let k = m.range.lowerBound, after = m.range.upperBound
            if tokens[m.name.upperBound - 1].lower.hasSuffix("'s") || tokens[m.name.upperBound - 1].lower.hasSuffix("s'") { continue }
            let known = m.actor.kind == .place || m.actor.kind == .country
            // A preposition of place before it, over 'the' and an adjective of place.
            var j = k - 1
            if j >= 0, tokens[j].lower == "the" { j -= 1 }
            while j >= 0, j >= k - 3, adjectives.contains(tokens[j].lower) { j -= 1 }
            if j >= 0, (known ? placePrepositions : locationPrepositions).contains(tokens[j].lower) { out[i] = true; continue }
            // (Two words of nobody known are a place only right after the preposition: 'in
            // Oklahoma City', not 'in Washington, Sri Srinivasan'.)
            if m.actor.kind == .person { continue }
            // The next in a list the preposition opened.
            var c = k - 1
            if c >= 0, ["and", "or"].contains(tokens[c].lower) { c -= 1 }
            if c >= 0, tokens[c].lower == "," { c -= 1 }
            if c < k - 1, c >= 0, i > 0, mentions[i - 1].range.upperBound == c + 1, out[i - 1] { out[i] = true; continue }
            // The state after its city: 'HEMPSTEAD, N.Y.', 'Selma, Ala.'
            if m.actor.kind == .place, k >= 2, tokens[k - 1].lower == ",", tokens[k - 2].kind == .word || tokens[k - 2].lower == ".",
               tokens[k - 2].isCapitalized || tokens[k - 2].lower == ".",
               !(i > 0 && mentions[i - 1].range.contains(k - 2) && mentions[i - 1].actor.kind != .unknown) {
                out[i] = true; continue
            }
            // In brackets after a name: 'Sen. Ted Cruz (Tex.)'.
            if m.actor.kind == .place, k >= 1, tokens[k - 1].lower == "(", after < tokens.count, tokens[after].lower == ")" {
                out[i] = true; continue
            }
            // A dateline: 'ISLAMABAD:', 'WASHINGTON ―', 'FLINT, Mich. —'.
            if k == 0 || tokens[k].newlineBefore, after < tokens.count,
               [":", "("].contains(tokens[after].lower) || phrases.isDash(after) || tokens[after].lower == "," && tokens[k].isAllCaps {
                out[i] = true; continue
            }
            // Qualifying a title or a noun: 'Florida Rep. Debbie Wasserman Schultz', 'the Ohio chapter'.
            if m.actor.kind == .place, after < tokens.count {
                if phrases.info[after].title != nil { out[i] = true; continue }
                let t = tokens[after]
                if k > 0, lexicon.words(.articles).contains(tokens[k - 1].lower), t.kind == .word, !t.isCapitalized,
                   phrases.info[after].wordClass == nil, phrases.info[after].pronounRole == nil, phrases.info[after].cueClass == nil {
                    out[i] = true; continue
                }
            }
        }
        // The city before its state: 'Selma, Ala.', 'of Ashton, Md.'
        for i in mentions.indices.dropLast() where !out[i] && out[i + 1] {
            let m = mentions[i], next = mentions[i + 1]
            if m.actor.kind == .unknown || m.actor.kind == .place, next.actor.kind == .place,
               m.range.upperBound + 1 == next.range.lowerBound, tokens[m.range.upperBound].lower == "," {
                out[i] = true
            }
        }
        return out
    }

    /// Token ranges that credit the article's or a picture's makers: the brackets after a
    /// dateline ('ISLAMABAD: (UrduPoint / …)', 'HEMPSTEAD, N.Y., Sept. 26 (UPI) —'), and the
    /// sentence, or the brackets, holding a credit phrase.
    private func creditRegions() -> [Range<Int>] {
        var out: [Range<Int>] = []
        // Brackets within the first words of a paragraph that opens with a word in capitals.
        for p in doc.paragraphs where !p.isEmpty && tokens[p.lowerBound].isAllCaps && tokens[p.lowerBound].span.length >= 3 {
            var k = p.lowerBound + 1
            while k < min(p.upperBound, p.lowerBound + 16), tokens[k].lower != "(" {
                if tokens[k].kind == .word, !tokens[k].isCapitalized { break }
                k += 1
            }
            if k < p.upperBound, tokens[k].lower == "(", let close = (k..<min(p.upperBound, k + 24)).first(where: { tokens[$0].lower == ")" }) {
                out.append(k..<close + 1)
            }
        }
        for k in tokens.indices where phrases.info[k].startsCreditPhrase {
            for phrase in lexicon.creditPhrases where phrase.words.first == tokens[k].lower && k + phrase.words.count <= tokens.count {
                guard zip(phrase.words, tokens[k..<k + phrase.words.count]).allSatisfy({ $0 == $1.lower }) else { continue }
                if phrase.lineStart {
                    if let line = byline(at: k) { out.append(line) }
                } else if let brackets = enclosingBrackets(k) {
                    out.append(brackets)
                } else if isCreditLine(doc.sentence(of: k), phrase: k..<k + phrase.words.count) {
                    out.append(doc.sentence(of: k))
                }
            }
        }
        return out
    }

    /// A sentence that is only a credit: besides the phrase, names and the words that join
    /// them ('Bryant Rousseau and Caryn Wilson contributed reporting.', 'Reporting by Julia
    /// Harte; Editing by Howard Goller'), not a sentence that uses the phrase ('a list
    /// compiled by the Citizens' Council').
    private func isCreditLine(_ sentence: Range<Int>, phrase: Range<Int>) -> Bool {
        let joiners = lexicon.words(.coordinators).union(nameJoinerWords).union(lexicon.words(.locationPrepositions)).union(lexicon.words(.creditWords))
        return sentence.allSatisfy { j in
            phrase.contains(j) || tokens[j].kind != .word || tokens[j].isCapitalized || joiners.contains(tokens[j].lower)
                || phrases.info[j].startsCreditPhrase
        }
    }

    /// 'By Bryant Rousseau and Caryn Wilson': a line that opens with the phrase and goes on
    /// with a few capitalised words (joined by 'and', commas, 'of').
    private func byline(at k: Int) -> Range<Int>? {
        guard k == 0 || tokens[k].newlineBefore, k + 1 < tokens.count, tokens[k + 1].isCapitalized else { return nil }
        let joiners = lexicon.words(.coordinators).union(nameJoinerWords).union(lexicon.words(.creditWords))
        var e = k + 1
        while e < tokens.count, !tokens[e].newlineBefore {
            let t = tokens[e]
            if t.kind == .word, !t.isCapitalized, !joiners.contains(t.lower) { return nil }
            e += 1
            if e - k > 16 { return nil }
        }
        return k..<e
    }

    /// The brackets around token `k` within its paragraph, if any.
    private func enclosingBrackets(_ k: Int) -> Range<Int>? {
        let p = doc.paragraph(of: k)
        guard let open = (p.lowerBound..<k).reversed().first(where: { tokens[$0].lower == "(" || tokens[$0].lower == ")" }),
              tokens[open].lower == "(",
              let close = (k..<p.upperBound).first(where: { tokens[$0].lower == ")" }) else { return nil }
        return open..<close + 1
    }
}
