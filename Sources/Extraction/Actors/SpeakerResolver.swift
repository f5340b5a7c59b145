/// Decides which actor a source mention refers to ('he' → the last person in focus,
/// 'the Afghan minister' → the minister named before, 'The group' → the last group),
/// and which actors each statement's content is about. A source that names nobody
/// ('a source', 'officials') stays unresolved rather than becoming a wrong person.
struct SpeakerResolver {
    let doc: Document
    let lexicon: Lexicon
    let mentions: [TokenMention]
    /// The gender each person shows somewhere in the article (a first name, 'Ms.').
    let genders: [ActorRef: Lexicon.Gender]

    init(doc: Document, lexicon: Lexicon, mentions: [TokenMention], info: [Lexicon.WordInfo]) {
        self.doc = doc
        self.lexicon = lexicon
        let mentions = KinshipMentions.adding(to: mentions, doc: doc, lexicon: lexicon, info: info)
        self.mentions = mentions
        self.isPronoun = info.map { $0.pronounRole != nil }
        var firstBytes = [Bool](repeating: false, count: 256)
        for w in lexicon.words(.homeCountryDeterminers).union(["the"]) { if let b = w.utf8.first { firstBytes[Int(b)] = true } }
        self.anaphorFirstBytes = firstBytes
        var genders: [ActorRef: Lexicon.Gender] = [:]
        for m in mentions where m.actor.kind == .person || m.actor.kind == .unknown {
            let titleWords = doc.tokens[m.range.lowerBound..<m.name.lowerBound].map(\.lower)
            if let g = lexicon.gender(firstWord: doc.tokens[m.name.lowerBound].lower, titleWords: titleWords), genders[m.actor] == nil {
                genders[m.actor] = g
            }
        }
        self.genders = genders
    }

    var tokens: [Token] { doc.tokens }

    /// The description the source being resolved gave, when the article names nobody who fits.
    private var pendingDescription: SpeakerDescription?
    /// The other members of the joint source being resolved (see `Attribution.coSpeakers`).
    private var pendingCoSpeakers: [ActorRef] = []
    /// For an issuer named with others ('a report by U.S. PIRG and Citizens for Tax
    /// Justice'), the others: 'the report' later speaks for them all.
    private var coIssuers: [ActorRef: [ActorRef]] = [:]
    /// The author an opinion piece names in its closing line about them: a person's name
    /// opening the last paragraph, followed by 'is' or 'was' ('Charlotte Meehan is
    /// playwright-in-residence at Wheaton College').
    private func findAuthor() -> ActorRef? {
        guard let last = doc.paragraphs.last, let first = last.first(where: { tokens[$0].kind == .word }),
              let m = mentions[firstMention(atOrAfter: first)...].first, m.range.lowerBound == first,
              m.actor.kind == .person, m.name.count >= 2, m.range.upperBound < last.upperBound,
              ["is", "was"].contains(tokens[m.range.upperBound].lower) else { return nil }
        return m.actor
    }
    /// Where the latest plural source naming nobody stands ('McConnell aides', 'officials').
    private var unnamedPluralAt = -1
    /// Worked out once per article: the opinion piece's author ('I'), and who issued each
    /// kind of document ('the poll').
    private var author: ActorRef?
    private var issuers: [String: Set<ActorRef>] = [:]
    /// What each gendered pronoun of the article refers to (see `PronounResolver`).
    private var pronouns: [Int: PronounResolver.Decision] = [:]
    /// Organisations by the head noun of their name ('museum', 'committee'), in text order.
    private var organizationHeads: [String: [(at: Int, actor: ActorRef)]] = [:]
    /// Organisations named after the person who leads them ('the Obama administration',
    /// 'the Clinton campaign'), in text order, with the head noun that points back to them.
    private var principalOrganizations: [(at: Int, head: String, actor: ActorRef)] = []
    /// The country the article is about: the one it names most, when one leads. 'This
    /// country' in a quotation is the speaker's, and a story quotes its own country's people.
    private var homeCountry: ActorRef?
    /// Per token: a pronoun, from the per-token word classes.
    let isPronoun: [Bool]
    /// The first bytes of 'the' and of the words before a home-country noun ('this'):
    /// most words of a statement are ruled out by their first byte.
    private let anaphorFirstBytes: [Bool]

    /// The holders of each description asked about so far (see `roleHolders`): a reference,
    /// so the resolver's non-mutating look-ups can fill it.
    private final class RoleHolderCache {
        var holders: [SpeakerDescription: [(mention: Int, actor: ActorRef)]] = [:]
    }
    private let roleHolderCache = RoleHolderCache()

    /// Resolves every candidate in document order, so a pronoun can lean on the
    /// speakers resolved before it.
    mutating func resolve(_ candidates: [Candidate]) -> [Attribution] {
        // Who speaks each direct quotation, where a name says so: a pronoun inside it is
        // not that person.
        var owners: [(range: Range<Int>, actor: ActorRef)] = []
        for c in candidates {
            guard let src = c.source, let actor = namedSpeaker(src) else { continue }
            for r in c.contents { owners.append((r, actor)) }
        }
        for m in mentions where m.actor.kind == .organization && m.name.count >= 2 {
            let words = m.name.filter { tokens[$0].kind == .word }.map { tokens[$0].lower }
            if let head = words.firstIndex(of: "of").flatMap({ words[..<$0].last }) ?? words.last {
                organizationHeads[head, default: []].append((m.name.lowerBound, m.actor))
            }
        }
        for m in mentions where (m.actor.kind == .person || m.actor.kind == .unknown) && m.range.upperBound < tokens.count {
            let head = tokens[m.range.upperBound].lower
            guard lexicon.words(.principalOrganizations).contains(head), !tokens[m.name.upperBound - 1].lower.hasSuffix("'s") else { continue }
            principalOrganizations.append((m.range.upperBound, head, ActorRef(name: doc.string(m.name) + " " + head, kind: .organization)))
        }
        var countryCounts: [ActorRef: Int] = [:]
        for m in mentions where m.actor.kind == .country { countryCounts[m.actor, default: 0] += 1 }
        let ranked = countryCounts.values.sorted(by: >)
        if let top = ranked.first, top >= 2, ranked.count == 1 || ranked[1] < top {
            homeCountry = countryCounts.first { $0.value == top }?.key
        }
        author = findAuthor()
        issuers = findIssuers()
        pronouns = PronounResolver(doc: doc, lexicon: lexicon, genders: genders, isPronoun: isPronoun)
            .resolve(mentions: mentions, sources: candidates.compactMap(\.source), owners: owners)
        var out: [Attribution] = []
        var resolved: [(at: Int, actor: ActorRef)] = []  // speakers so far, by source position
        for c in candidates {
            var speaker: ActorRef?
            var how: String?
            var coSpeakers: [ActorRef] = []
            // Candidates come in text order, so an antecedent is always resolved first.
            if let inherit = c.inheritsFrom, inherit < out.count {
                speaker = out[inherit].speaker
                coSpeakers = out[inherit].coSpeakers
                how = "inherited"
            } else if let src = c.source {
                pendingDescription = nil
                pendingCoSpeakers = []
                defer { coSpeakers = pendingCoSpeakers }
                (speaker, how) = resolveSource(src, speakers: resolved)
            }
            if let s = speaker, let src = c.source { resolved.append((src.lowerBound, s)) }
            // 'McConnell aides said … they': a plural source that names nobody is what a
            // 'they' after it refers to, so that 'they' names nobody either.
            if speaker == nil, c.inheritsFrom == nil, let src = c.source, let h = src.last(where: { tokens[$0].kind == .word }),
               !tokens[h].isCapitalized, tokens[h].lower.hasSuffix("s"), lexicon.pronouns[tokens[h].lower] == nil {
                unnamedPluralAt = src.lowerBound
            }
            let about = aboutActors(c.contents, speaker: speaker).filter { !coSpeakers.contains($0) }
            var sourceSpan = c.source.map(doc.span)
            var cueSpan = c.cue.map(doc.span)
            // 'He’s claiming': the pronoun is the source, the auxiliary joins the cue.
            if let src = c.source, !src.isEmpty, let cue = c.cue, cue.lowerBound == src.upperBound,
               let split = contractionSplit(src.upperBound - 1), split > (sourceSpan?.start ?? 0) {
                sourceSpan?.end = split
                cueSpan?.start = split
            }
            var candidatesFor: [SpeakerCandidate] = []
            if c.inheritsFrom == nil, let src = c.source, let k = src.first(where: { tokens[$0].kind == .word }), src.count <= 2 {
                candidatesFor = pronouns[k]?.ranked.map(\.candidate) ?? []
            }
            out.append(Attribution(
                cue: cueSpan, sources: sourceSpan.map { [$0] } ?? [],
                contents: c.contents.map(doc.span), kind: c.kind, rule: c.rule,
                speaker: speaker, about: about, speakerResolution: how))
            out[out.count - 1].speakerCandidates = candidatesFor
            out[out.count - 1].coSpeakers = speaker == nil ? [] : coSpeakers
            if speaker == nil, c.inheritsFrom == nil {
                out[out.count - 1].speakerDescription = pendingDescription
            } else if speaker == nil, let inherit = c.inheritsFrom, inherit < out.count - 1 {
                out[out.count - 1].speakerDescription = out[inherit].speakerDescription
            }
        }
        return out
    }

    /// Where the apostrophe of a pronoun's contraction ('he’s', 'they're') stands, as a
    /// code-point offset; nil for any other token.
    private func contractionSplit(_ k: Int) -> Int? {
        let t = tokens[k]
        guard t.kind == .word, let apostrophe = t.lower.unicodeScalars.firstIndex(of: "'") else { return nil }
        let base = String(t.lower.unicodeScalars[..<apostrophe])
        guard let role = lexicon.words[base]?.pronounRole, role == .subject else { return nil }
        return t.start + t.lower.unicodeScalars.distance(from: t.lower.unicodeScalars.startIndex, to: apostrophe)
    }

    /// Index of the first mention whose name starts at or after token `k` (mentions
    /// are in text order), so look-ups by position are logarithmic.
    private func firstMention(atOrAfter k: Int) -> Int {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].name.lowerBound < k { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    private func mentions(in range: Range<Int>) -> [TokenMention] {
        var out: [TokenMention] = []
        var i = firstMention(atOrAfter: range.lowerBound)
        while i < mentions.count, mentions[i].name.lowerBound < range.upperBound {
            if mentions[i].name.upperBound <= range.upperBound { out.append(mentions[i]) }
            i += 1
        }
        return out
    }

    /// The nearest mention before token `k` (within `paragraphs` paragraphs and a
    /// bounded number of mentions) that satisfies `accept`.
    private func nearestMention(before k: Int, paragraphs: Int, where accept: (TokenMention) -> Bool) -> TokenMention? {
        guard k > 0, !mentions.isEmpty else { return nil }
        let floorParagraph = Int(doc.paragraphOf[min(k, doc.tokens.count - 1)]) - paragraphs
        var i = firstMention(atOrAfter: k) - 1
        var looked = 0
        while i >= 0, looked < 300 {
            let m = mentions[i]
            if Int(doc.paragraphOf[m.name.lowerBound]) < floorParagraph { break }
            if m.name.upperBound <= k, accept(m) { return m }
            i -= 1
            looked += 1
        }
        return nil
    }

    /// The person a source names outright (its head is a name), without resolving anything.
    private func namedSpeaker(_ src: Range<Int>) -> ActorRef? {
        let phrase = headPhrase(src)
        guard let h = phrase.last(where: { tokens[$0].kind == .word }), tokens[h].isCapitalized else { return nil }
        return mentions(in: src).last { $0.name.contains(h) && ($0.actor.kind == .person || $0.actor.kind == .unknown) }?.actor
    }

    private mutating func resolveSource(_ src: Range<Int>, speakers: [(at: Int, actor: ActorRef)]) -> (ActorRef?, String?) {
        let inSource = mentions(in: src)
        let words = src.filter { tokens[$0].kind == .word }.map { tokens[$0].lower }
        let head = words.last ?? ""
        // A relative pronoun: the name it hangs on ('Brian Fallon, who said', 'Mitch
        // McConnell (R-Ky.), who'): the mention must end right before the comma.
        if words.count == 1, case let relative = head == "who's" ? "who" : head,
           let kinds = lexicon.words(.relativePronouns).contains(relative) ? relativeKinds(relative) : nil {
            return (relativeAntecedent(before: src.lowerBound, kinds: kinds), "relative")
        }
        // A pronoun.
        if words.count == 1, let p = lexicon.pronouns[head] {
            // 'I' in the narrative of an opinion piece is its author, named in the closing
            // line about them ('Charlotte Meehan is playwright-in-residence at …').
            if head == "i", doc.quoteOf[src.lowerBound] < 0, let author { return (author, "author") }
            if head == "i" || head == "we" || head == "you" { return (nil, nil) }
            if p.gender != nil, !p.plural {
                let k = src.first { tokens[$0].kind == .word }!
                return (pronouns[k]?.actor, "pronoun")
            }
            // 'it' is as often a document or a dummy ('made it clear') as an organisation:
            // only a subject (opening its clause, not after a verb), and only an organisation
            // named in this sentence or the one before.
            if head == "it", src.lowerBound > 0, tokens[src.lowerBound - 1].kind == .word,
               doc.sentenceOf[src.lowerBound - 1] == doc.sentenceOf[src.lowerBound],
               lexicon.wordClass(tokens[src.lowerBound - 1].lower) != .conj, lexicon.wordClass(tokens[src.lowerBound - 1].lower) != .rel,
               tokens[src.lowerBound - 1].lower != "that" {
                return (nil, nil)
            }
            if head == "it", let org = antecedent(before: src.lowerBound, kinds: p.kinds, plural: false, speakers: speakers, requireMention: true),
               let m = mentions[..<firstMention(atOrAfter: src.lowerBound)].last(where: { $0.actor == org }),
               doc.sentenceOf[src.lowerBound] - doc.sentenceOf[m.name.lowerBound] > 1 {
                return (nil, nil)
            }
            if p.plural, unnamedPluralAt >= 0, doc.paragraphOf[src.lowerBound] - doc.paragraphOf[unnamedPluralAt] <= 1,
               !mentions[firstMention(atOrAfter: unnamedPluralAt)..<firstMention(atOrAfter: src.lowerBound)].contains(where: {
                   $0.actor.kind == .organization && doc.quoteOf[$0.name.lowerBound] < 0 }) {
                return (nil, nil)
            }
            return (antecedent(before: src.lowerBound, kinds: p.kinds, plural: p.plural, speakers: speakers), "pronoun")
        }
        // A headline's speaker: the person the body names, written in full or by surname at
        // the head of the source ('Elizabeth Warren Hammers Wells Fargo CEO: …', 'Obama Says …').
        // (A first paragraph is a headline only when it is short: an article that is one long
        // paragraph has none, and asking for every source there would scan every mention.)
        let inHeadline = (doc.opensArticle && doc.paragraphOf[src.lowerBound] == 0 && doc.paragraphs[0].count <= 60)
            || doc.isHeadlineParagraph[Int(doc.paragraphOf[src.lowerBound])]
        if inHeadline, let person = headlinePerson(src) {
            return (person, "name")
        }
        // 'her account', 'his program', 'his upbeat speech': the owner of the document or
        // the occasion speaks through it.
        if (2...3).contains(words.count), lexicon.pronouns[words[0]]?.role == "possessive",
           lexicon.words(.documents).contains(singular(head)) || lexicon.words(.occasions).contains(singular(head)) {
            let k = src.first { tokens[$0].kind == .word }!
            if let owner = pronouns[k]?.actor { return (owner, "document") }
            return (nil, nil)
        }
        // The source's own noun phrase, before an appositive, a bracket or a prepositional
        // phrase ('Charlie King, a prominent New York Democrat'; 'advisers to Mr. Obama').
        let phrase = headPhrase(src)
        let headToken = phrase.last { tokens[$0].kind == .word }
        // ('an anti-Trump super PAC': a common noun in capitals heads the phrase, not a name.)
        let headIsName = headToken.map { tokens[$0].isCapitalized && !lexicon.words(.commonAcronyms).contains(tokens[$0].lower) } ?? false
        // 'Democrats', 'many Republicans', 'Oversight Committee Republicans': members of a
        // party as people, not the party speaking.
        if let h = headToken, lexicon.words(.partyMembers).contains(tokens[h].lower) { return (nil, nil) }
        let headWords = phrase.filter { tokens[$0].kind == .word }.map { tokens[$0].lower }
        // A headline's description: 'Retired General Reveals …', '…, Former White House
        // Doctor Says' is the one person the whole article names with that role, as a
        // reader finds them in the story below.
        if inHeadline, let h = headToken, !headWords.contains("and"),
           tokens[h].isCapitalized || !headWords.contains(where: { lexicon.words(.articles).contains($0) || $0.hasSuffix("'s") }), lexicon.titles[tokens[h].lower] != nil || lexicon.words(.personNouns).contains(tokens[h].lower),
           inSource.allSatisfy({ $0.actor.kind != .person }) {
            // Only a place named as such narrows it: the body seldom repeats an institution
            // beside the role ('White House', the seat, in 'Former White House Doctor').
            let place = placeNamed(in: phrase, seats: false)
            let description = SpeakerDescription(head: canonicalTitle(tokens[h].lower), modifiers: roleModifiers(headWords), affiliation: place)
            let holders = roleHolders(description)
            if holders.count == 1 { return (holders[0].actor, "description") }
            pendingDescription = description
            return (nil, nil)
        }
        // 'The two said', 'Both candidates argued', 'each said': the two people just named.
        if let pair = pairSpoken(src, words: words, speakers: speakers) {
            pendingCoSpeakers = [pair[1]]
            return (pair[0], "group")
        }
        // Names joined by 'and': each speaks ('Trump and Sanders said', 'Both Cruz and Fiorina').
        if let group = coordinatedNames(src, inSource: inSource, namesOnly: false) {
            pendingCoSpeakers = Array(group.dropFirst())
            return (group[0], "group")
        }
        // A name heads the phrase: the mention holding the head word ('NBC News moderator
        // Matt Lauer' is Lauer, not NBC News).
        if let h = headToken, headIsName || tokens[h].lower.hasSuffix("'s") == false && inSource.contains(where: { $0.name.contains(h) }),
           let named = inSource.last(where: { $0.name.contains(h) && $0.via != .demonym }) {
            if named.actor.kind == .unknown, lexicon.organizationWords.contains(head) {
                return (ActorRef(name: named.actor.name, kind: .organization), "name")
            }
            return (named.actor, "name")
        }
        // A capitalised head no mention holds (a headline's words): the first name in the
        // phrase, as before, when it is not an owner or a modifier of another mention.
        if headIsName,
           let named = inSource.first(where: { m in
               phrase.contains(m.name.lowerBound)
                   && !(tokens[m.name.upperBound - 1].lower.hasSuffix("'s") && m.name.upperBound < src.upperBound)
                   && m.via != .demonym && m.actor.kind != .place
                   && !inSource.contains { o in o.range != m.range && o.range.lowerBound <= m.range.lowerBound && o.range.upperBound >= m.range.upperBound && o.actor.kind == .person }
           }) {
            return (named.actor, "name")
        }
        // 'Apple's chief executive, Tim Cook,', 'His guest, the actress Kamala Lopez,': a
        // description whose appositive ends on a person's name is that person.
        if phrase.upperBound < src.upperBound, tokens[phrase.upperBound].lower == "," {
            var end = phrase.upperBound + 1
            while end < src.upperBound, tokens[end].lower != "," { end += 1 }
            if let last = (phrase.upperBound + 1..<end).last(where: { tokens[$0].kind == .word }),
               let named = inSource.last(where: { $0.name.upperBound - 1 == last && $0.actor.kind == .person }) {
                return (named.actor, "name")
            }
        }
        let phraseWords = headWords
        let phraseHead = phraseWords.last ?? head
        // The affiliation a description carries: 'the Vermont senator', 'Pakistan’s foreign ministry'.
        let modifier = inSource.first { phrase.contains($0.name.lowerBound) && $0.actor.kind != .person && $0.actor.kind != .unknown }?.actor.name
            ?? placeNamed(in: phrase)
        // A document, poll or data: whoever issued it, named in the source ('A Bloomberg poll',
        // 'an analysis by Lily Batchelder') or, for 'the poll', the one issuer the article names.
        // (A headline capitalises its words: 'Poll: Wealthy Voters Abandon …'.)
        // (So does a sentence: 'Data from the 2014 American Community Survey show …'.)
        if let docAt = phrase.first(where: { tokens[$0].kind == .word && (!tokens[$0].isCapitalized || inHeadline || $0 == doc.sentence(of: $0).lowerBound)
                && lexicon.words(.documents).contains(singular(tokens[$0].lower)) }),
           !inSource.contains(where: { $0.actor.kind == .person && phrase.contains($0.name.lowerBound) && $0.name.lowerBound > docAt }) {
            // The issuer: named before the document ('A Bloomberg poll') or after 'by'/'from'
            // ('an analysis by Lily Batchelder', 'Data from the 2014 American Community Survey').
            var after = docAt + 1
            while after < src.upperBound, tokens[after].kind == .word, !lexicon.words(.issuerPrepositions).contains(tokens[after].lower),
                  lexicon.wordClass(tokens[after].lower) != .prep, after - docAt <= 3 { after += 1 }
            if after < src.upperBound, lexicon.words(.issuerPrepositions).contains(tokens[after].lower) { after += 1 } else { after = src.upperBound }
            if let issuer = inSource.first(where: { m in
                m.actor.kind != .place && m.via != .demonym
                    && (m.range.upperBound <= docAt && (m.actor.kind != .unknown || m.range.upperBound == docAt)
                        || m.range.lowerBound >= after && m.range.lowerBound - after <= 2 && (m.actor.kind != .unknown || m.name.count >= 2))
            }) {
                if issuer.range.lowerBound >= after,
                   let group = coordinatedNames(issuer.range.lowerBound..<src.upperBound, inSource: inSource, namesOnly: true) {
                    pendingCoSpeakers = Array(group.dropFirst())
                    return (group[0], "document")
                }
                pendingCoSpeakers = coIssuers[issuer.actor] ?? []
                return (issuer.actor, "document")
            }
            // 'exit polls', 'Instant polls': documents in general have no one issuer.
            let generic = tokens[docAt].lower != singular(tokens[docAt].lower) && !phraseWords.contains("the")
            let issuer = generic ? nil : issuers[singular(tokens[docAt].lower)].flatMap { $0.count == 1 ? $0.first : nil }
            pendingCoSpeakers = issuer.flatMap { coIssuers[$0] } ?? []
            return (issuer, "document")
        }
        // 'the committee': the one organisation named with that head.
        if phraseWords.count == 2, phraseWords[0] == "the", let org = organizationByHead(phraseHead, before: src.lowerBound) {
            return (org, "description")
        }
        // 'the administration', 'the campaign': the one named after its leader before, else
        // nobody in particular (not an actor called 'administration').
        if phraseWords.count == 2, phraseWords[0] == "the", lexicon.words(.principalOrganizations).contains(phraseHead) {
            let org = principalOrganization(head: phraseHead, before: src.lowerBound)
            return (org, org == nil ? nil : "description")
        }
        // A description naming an organisation: 'Pakistan’s foreign ministry', 'the military',
        // 'The Clinton campaign', 'The Obama administration'.
        // It must say which one: 'the', an owner or a name ('state media' says none).
        if lexicon.organizationWords.contains(phraseHead), headToken.map({ !tokens[$0].isCapitalized }) ?? false,
           phraseWords.first == "the" || modifier != nil || phrase.contains(where: { tokens[$0].isCapitalized && tokens[$0].kind == .word }),
           !phraseWords.contains("and"),
           phrase.upperBound == src.upperBound || phraseWords.count > 1 {
            if lexicon.words(.organizationHeads).contains(phraseHead), modifier == nil, phraseWords.count <= 2 {
                if let org = antecedent(before: src.lowerBound, kinds: [.organization], plural: false, speakers: speakers, requireMention: true),
                   !commonNounSince(org, head: phraseHead, before: src.lowerBound) {
                    return (org, "description")
                }
                return (nil, nil)
            }
            var text = doc.string(phrase)
            for det in ["the ", "The ", "a ", "A "] where text.hasPrefix(det) { text.removeFirst(det.count) }
            return (ActorRef(name: text, kind: .organization), "description")
        }
        // A description naming a person by role: 'the president', 'the Vermont senator',
        // 'Pakistan’s foreign minister'. What the article does not resolve is kept for the
        // knowledge base to look up among the roles other articles gave.
        // ('The former first lady and U.S. senator' is one person with two roles, whom no
        // single role names, so only the person in focus can be it; 'the senator and the
        // governor' are two.)
        let conjoined = phraseWords.firstIndex(of: "and").map { i in
            !(phraseWords[(i + 1)...].contains { lexicon.words(.articles).contains($0) || $0.hasSuffix("'s") })
        }
        if phraseWords.count >= 2, phraseWords.first == "the" || phraseWords.first!.hasSuffix("'s") && modifier != nil,
           conjoined ?? true,
           lexicon.titles[phraseHead] != nil || lexicon.words(.personNouns).contains(phraseHead) {
            let head = canonicalTitle(phraseHead)
            let description = SpeakerDescription(head: head, modifiers: roleModifiers(phraseWords.dropFirst()), affiliation: modifier)
            if conjoined == nil, let person = personWithRole(description, before: src.lowerBound) { return (person, "description") }
            if let person = personInFocus(described: description, words: phraseWords, phrase: phrase, at: src.lowerBound, speakers: speakers) {
                return (person, "description")
            }
            pendingDescription = description
            return (nil, nil)
        }
        // 'a source', 'officials', 'sources close to …', 'McConnell aides': nobody in particular.
        return (nil, nil)
    }

    /// The person a description with no named holder re-describes: 'the Vermont senator'
    /// after Sanders is quoted, 'the New York businessman' after Trump. Writers vary the
    /// name of the person they are quoting, and introduce anyone new by name, which role
    /// matching finds first. Only descriptions a reader resolves from the story alone: a
    /// person noun ('the Republican nominee', 'the real estate mogul') or an office of a
    /// place ('the Florida senator'); never one that names another actor ('the Sanders
    /// aide', 'the State Department's inspector general'), nor a bare office ('the former
    /// president' is as often another president the reader is expected to know).
    /// The person must be the last speaker, a person quoted in this paragraph or the one
    /// before, of the description's sex where it has one, holding the office where anyone
    /// named before the description holds it, and of the place where they are named with one.
    private func personInFocus(described description: SpeakerDescription, words: [String], phrase: Range<Int>, at k: Int,
                               speakers: [(at: Int, actor: ActorRef)]) -> ActorRef? {
        let named = mentions(in: phrase)
        guard named.allSatisfy({ m in
            (m.actor.kind == .place || m.actor.kind == .country || m.via == .demonym) && !tokens[m.name.upperBound - 1].lower.hasSuffix("'s")
        }) else { return nil }
        // Qualified, by words that say which office or standing ('the Republican
        // presidential nominee', 'the billionaire real estate mogul'): a bare 'the
        // candidate' may be any of several in the story, 'the cautious candidate' is the
        // writer's judgement, and 'the program's host' someone else's.
        guard words.count >= 3, phrase.dropFirst().dropLast().allSatisfy({ j in
            tokens[j].kind != .word || !tokens[j].lower.hasSuffix("'s") && (tokens[j].isCapitalized || lexicon.titles[tokens[j].lower] != nil
                || lexicon.words(.personNouns).contains(tokens[j].lower) || lexicon.words(.roleAdjectives).contains(tokens[j].lower)
                || tokens[j].lower == "and")
        }) else { return nil }
        // (An office of a state or city: 'the American ambassador' is not Paul Manafort.)
        guard lexicon.words(.personNouns).contains(description.head)
                || named.contains(where: { $0.actor.kind == .place }) || phrase.contains(where: { j in
                    lexicon.gazetteer.match(tokens, at: j, limit: phrase.upperBound).map { $0.entry.kind == .place } ?? false })
        else { return nil }
        // (Not the speaker of this sentence: 'Sanders offered advice to Clinton, as the
        // Democratic nominee looks to …' describes someone else, where the same person
        // would be 'he'.)
        guard let last = speakers.last(where: { $0.at < k }), last.actor.kind == .person,
              doc.paragraphOf[k] - doc.paragraphOf[last.at] <= 1, doc.sentenceOf[last.at] != doc.sentenceOf[k] else { return nil }
        if let known = genders[last.actor] {
            if words.contains(where: { lexicon.words(.femaleTitles).contains($0) }), known != .female { return nil }
            if words.contains(where: { lexicon.words(.maleTitles).contains($0) }), known != .male { return nil }
        }
        let limit = firstMention(atOrAfter: k)
        let office = roleHolders(SpeakerDescription(head: description.head, modifiers: description.modifiers)).filter { $0.mention < limit }
        if !office.isEmpty, !office.contains(where: { $0.actor == last.actor }) { return nil }
        if let place = description.affiliation,
           mentions[..<limit].contains(where: { $0.actor == last.actor && $0.affiliation != nil && $0.affiliation != place }) { return nil }
        return last.actor
    }

    /// Has the text used the description's head as a common noun since it last named the
    /// organisation, in a later sentence and not as a speaker? Then 'the group' is that
    /// group ('among the group of voters making $100,000 or more, according to the Roper
    /// Center. … among the high-earning group in 2012. The group also views'), not the
    /// organisation. (An appositive in the naming sentence, 'Human Rights Watch, an
    /// advocacy group,', and an earlier 'the group said' refer to it.)
    private func commonNounSince(_ org: ActorRef, head: String, before k: Int) -> Bool {
        guard let named = mentions[..<firstMention(atOrAfter: k)].last(where: { $0.actor == org }) else { return false }
        var j = named.range.upperBound
        var i = firstMention(atOrAfter: j)
        while j < k {
            while i < mentions.count, mentions[i].range.upperBound <= j { i += 1 }
            let insideName = i < mentions.count && mentions[i].range.contains(j)
            if !insideName, tokens[j].kind == .word, !tokens[j].isCapitalized, tokens[j].lower == head || tokens[j].lower == head + "s",
               doc.sentenceOf[j] != doc.sentenceOf[named.name.lowerBound], !speaksAt(j) { return true }
            j += 1
        }
        return false
    }

    /// A reporting verb right after token j, past an adverb or auxiliary ('the group said',
    /// 'the group also has said').
    private func speaksAt(_ j: Int) -> Bool {
        var v = j + 1
        while v < tokens.count, v - j <= 3, tokens[v].kind == .word, !tokens[v].isCapitalized,
              lexicon.wordClass(tokens[v].lower) == .aux || tokens[v].lower.hasSuffix("ly") || tokens[v].lower == "also" { v += 1 }
        return v < tokens.count && lexicon.words[tokens[v].lower]?.cueClass != nil
    }

    /// The one person of the body whose name, or surname, opens a headline's source.
    private func headlinePerson(_ src: Range<Int>) -> ActorRef? {
        let written = src.filter { tokens[$0].kind == .word }.map { tokens[$0].lower.strippingPossessive() }
        guard let first = written.first, tokens[src.lowerBound].isCapitalized else { return nil }
        let headline = Int(doc.paragraphOf[src.lowerBound])
        var full = Set<ActorRef>(), bySurname = Set<ActorRef>()
        for m in mentions where m.actor.kind == .person && Int(doc.paragraphOf[m.name.lowerBound]) != headline {
            let words = m.actor.name.lowercased().split(separator: " ").map(String.init)
            if words.count >= 2, written.starts(with: words) { full.insert(m.actor) }
            if words.last == first { bySurname.insert(m.actor) }
        }
        if full.count == 1 { return full.first }
        return full.isEmpty && bySurname.count == 1 ? bySurname.first : nil
    }

    /// A place or country the gazetteer knows inside a phrase ('the Vermont senator').
    private func placeNamed(in phrase: Range<Int>, seats: Bool = true) -> String? {
        for j in phrase {
            if let g = lexicon.gazetteer.match(tokens, at: j, limit: phrase.upperBound), g.entry.kind == .place || g.entry.kind == .country,
               seats || g.via != .capital {
                return g.entry.name
            }
        }
        return nil
    }

    private func singular(_ w: String) -> String {
        w.hasSuffix("s") && !w.hasSuffix("ss") && w.count > 3 && !lexicon.words(.documents).contains(w) ? String(w.dropLast()) : w
    }

    /// Who issued each kind of document the article names: 'Bloomberg' for 'a Bloomberg
    /// poll', 'the Tax Policy Center' for 'an analysis from the Tax Policy Center'.
    private mutating func findIssuers() -> [String: Set<ActorRef>] {
        var out: [String: Set<ActorRef>] = [:]
        for m in mentions where m.actor.kind != .place && m.via != .demonym {
            // 'Bloomberg poll', 'New York Times/CBS News poll'
            var j = m.range.upperBound
            while j < tokens.count, j - m.range.upperBound < 4, tokens[j].lower == "/" || tokens[j].isCapitalized { j += 1 }
            if j < tokens.count, m.actor.kind != .unknown || j == m.range.upperBound, lexicon.words(.documents).contains(singular(tokens[j].lower)) {
                out[singular(tokens[j].lower), default: []].insert(m.actor)
            }
            // 'a report by the Tax Policy Center', 'data from the State Department'
            var b = m.range.lowerBound - 1
            if b >= 0, tokens[b].lower == "the" { b -= 1 }
            if b >= 1, m.actor.kind != .unknown || m.name.count >= 2, lexicon.words(.documentPrepositions).contains(tokens[b].lower),
               lexicon.words(.documents).contains(singular(tokens[b - 1].lower)) {
                out[singular(tokens[b - 1].lower), default: []].insert(m.actor)
                // 'a report by U.S. PIRG and Citizens for Tax Justice': the report is theirs.
                let sentenceEnd = doc.sentence(of: m.range.lowerBound).upperBound
                if let group = coordinatedNames(m.range.lowerBound..<sentenceEnd, inSource: mentions(in: m.range.lowerBound..<sentenceEnd), namesOnly: true),
                   group[0] == m.actor {
                    coIssuers[m.actor] = Array(group.dropFirst())
                }
            }
            // 'The authors of the report, which include the U.S. PIRG Education Fund and
            // Citizens for Tax Justice': the named members are who issued it.
            let k = m.range.lowerBound
            if k >= 2, lexicon.words(.memberVerbs).contains(tokens[k - 1].lower) || tokens[k - 1].lower == "the" && k >= 3 && lexicon.words(.memberVerbs).contains(tokens[k - 2].lower) {
                let verb = tokens[k - 1].lower == "the" ? k - 2 : k - 1
                let sentence = doc.sentence(of: k)
                if let docAt = (max(sentence.lowerBound, verb - 8)..<verb).last(where: { lexicon.isDocument(tokens[$0].lower) && !tokens[$0].isCapitalized }),
                   let group = coordinatedNames(k..<sentence.upperBound, inSource: mentions(in: k..<sentence.upperBound), namesOnly: true), group[0] == m.actor {
                    out[singular(tokens[docAt].lower), default: []].insert(m.actor)
                    coIssuers[m.actor] = Array(group.dropFirst())
                }
            }
        }
        return out
    }

    /// The two people a source like 'the two', 'both', 'each' or 'both candidates' speaks
    /// for: those named outside quotations earlier in its sentence, else in the sentence
    /// before, when exactly two are ('Trump met Sanders on Monday. The two said …'). One
    /// named in its sentence pairs with the person last quoted, in this paragraph or the one
    /// before: '“Pakistan is ready,” he [Qureshi] told reporters. It follows a phone call
    /// with Antony J. Blinken where the two discussed …' is Qureshi and Blinken.
    private func pairSpoken(_ src: Range<Int>, words: [String], speakers: [(at: Int, actor: ActorRef)]) -> [ActorRef]? {
        let pairWords = lexicon.words(.pairSources)
        var rest = words[...]
        if rest.first == "the", rest.dropFirst().first == "two" { rest = rest.dropFirst(2) }
        else if let w = rest.first, w != "two", pairWords.contains(w) { rest = rest.dropFirst() }
        else { return nil }
        if let noun = rest.first {
            let singular = noun.hasSuffix("s") ? String(noun.dropLast()) : noun
            guard rest.count == 1, noun == "men" || noun == "women"
                    || lexicon.words(.personNouns).contains(singular) || lexicon.titles[singular] != nil else { return nil }
        }
        func people(_ r: Range<Int>) -> [ActorRef] {
            var out: [ActorRef] = []
            for m in mentions(in: r) where m.actor.kind == .person && doc.quoteOf[m.name.lowerBound] < 0 && !out.contains(m.actor) {
                out.append(m.actor)
            }
            return out
        }
        let sentence = doc.sentence(of: src.lowerBound)
        let inSentence = people(sentence.lowerBound..<src.lowerBound)
        if inSentence.count == 1, let quoted = speakers.last, quoted.actor.kind == .person, quoted.actor != inSentence[0],
           doc.paragraphOf[src.lowerBound] - doc.paragraphOf[quoted.at] <= 1 {
            return [quoted.actor, inSentence[0]]
        }
        let found = inSentence.isEmpty && sentence.lowerBound > 0 ? people(doc.sentence(of: sentence.lowerBound - 1)) : inSentence
        return found.count == 2 ? found : nil
    }

    /// The actors of a list of names joined by 'and' (and commas), in the order written,
    /// when every item ends on a name: 'Trump and Sanders', 'Former U.N. Ambassador John
    /// Bolton and Breitbart News editor Sebastian Gorka', 'Britain, France and Germany'.
    /// The list ends at a bracket, a dash, a relative pronoun or a preposition outside a
    /// name, and with `namesOnly` at any other lower-case word ('… Tax Justice found that').
    /// An item that is no name ('private experts and federal investigators', 'Bolton, the
    /// former ambassador, and Gorka'), or a name of no known kind ('Center for Economic and
    /// Policy Research' read as two names), makes it no list: nil. So does an 'and' right
    /// between capitalised words that are not both people or countries: it is inside one
    /// name ('the Center for Media and Public Affairs', 'Citizenship and Immigration Services').
    private func coordinatedNames(_ r: Range<Int>, inSource: [TokenMention], namesOnly: Bool) -> [ActorRef]? {
        guard r.contains(where: { tokens[$0].lower == "and" }) else { return nil }
        var items: [Range<Int>] = []
        var tight: [Int] = []  // items followed by an 'and' right between two capitalised words
        var start = r.lowerBound, end = r.lowerBound, joined = false
        while end < r.upperBound {
            let t = tokens[end]
            if inSource.contains(where: { $0.range.lowerBound < end && $0.range.upperBound > end }) { end += 1; continue }
            if t.lower == "and" || t.lower == "," {
                if t.lower == "and" { joined = true }
                if t.lower == "and", end > r.lowerBound, end + 1 < r.upperBound, tokens[end - 1].kind == .word, tokens[end - 1].isCapitalized,
                   tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized, lexicon.wordClass(tokens[end + 1].lower) == nil {
                    tight.append(items.count)
                }
                items.append(start..<end)
                start = end + 1
            } else if t.lower == "(" || t.lower == "--" || t.lower == "—" || t.lower == ":" || t.lower == ";" {
                break
            } else if t.kind == .word, !t.isCapitalized, !inSource.contains(where: { $0.range.contains(end) }),
                      lexicon.wordClass(t.lower) == .prep || lexicon.words(.relativePronouns).contains(t.lower)
                        || namesOnly && t.lower != "the" {
                break
            }
            end += 1
        }
        items.append(start..<end)
        guard joined, items.count >= 2 else { return nil }
        var members: [ActorRef] = []
        var named: [TokenMention?] = []
        for item in items {
            // ('X, Y, and Z': the empty item between a comma and 'and'.)
            guard item.contains(where: { tokens[$0].kind == .word }) else { named.append(nil); continue }
            guard let last = item.last(where: { tokens[$0].kind == .word }),
                  let m = inSource.last(where: { $0.name.contains(last) || $0.range.upperBound - 1 == last }),
                  m.via != .demonym, [.person, .organization, .country].contains(m.actor.kind)
            else { return nil }
            named.append(m)
            if !members.contains(m.actor) { members.append(m.actor) }
        }
        // Right between capitalised words, 'and' joins two people or countries, or an
        // organisation whose name ends on its own organisation word, with no 'for' or 'of'
        // inside, to another ('the U.S. PIRG Education Fund and Citizens for Tax Justice').
        for i in tight where i + 1 < named.count {
            guard let left = named[i], let right = named[i + 1] else { return nil }
            let people = [left, right].allSatisfy { $0.actor.kind == .person || $0.actor.kind == .country }
            let leftWords = left.name.map { tokens[$0].lower }
            let organisations = left.actor.kind == .organization && right.actor.kind == .organization
                && lexicon.organizationWords.contains(leftWords.last ?? "") && !leftWords.contains("for") && !leftWords.contains("of")
            if !people && !organisations { return nil }
        }
        return members.count >= 2 ? members : nil
    }

    /// The source's noun phrase proper: from its start to the first comma, bracket,
    /// preposition or relative pronoun ('Representative Rangel of New York' is cut by the
    /// mention finder already; 'advisers to Mr. Obama' stops at 'to').
    private func headPhrase(_ src: Range<Int>) -> Range<Int> {
        let inSource = mentions(in: src)
        var end = src.lowerBound
        while end < src.upperBound {
            let t = tokens[end]
            // Never inside a name: 'Minister of Foreign Affairs Mohammad Hanif Atmar'.
            if inSource.contains(where: { $0.range.lowerBound < end && $0.range.upperBound > end }) { end += 1; continue }
            if end > src.lowerBound, t.lower == "," || t.lower == "(" || t.lower == "--" || t.lower == "—" { break }
            if end > src.lowerBound, t.kind == .word, !t.isCapitalized,
               lexicon.wordClass(t.lower) == .prep || lexicon.words(.relativePronouns).contains(t.lower) { break }
            end += 1
        }
        return src.lowerBound..<max(end, src.lowerBound + 1)
    }

    private func relativeKinds(_ pronoun: String) -> Set<ActorKind> {
        pronoun == "who" ? [.person] : [.organization, .country]
    }

    /// The actor a relative pronoun hangs on: a mention ending right before it (past its
    /// comma and a bracketed label such as '(R-Ky.)'), of a kind the pronoun can refer to.
    private func relativeAntecedent(before k: Int, kinds: Set<ActorKind>) -> ActorRef? {
        var j = k - 1
        // ('Hillary Clinton — who has called for …': a dash sets the clause off too.)
        if j >= 0, tokens[j].lower == "," || tokens[j].lower == "—" || tokens[j].lower == "--" { j -= 1 }
        if j >= 0, tokens[j].lower == ")", let open = (max(0, j - 8)..<j).last(where: { tokens[$0].lower == "(" }) { j = open - 1 }
        // 'John Bentel, a tech staffer at the State Department who told', 'McConnell, now the
        // Senate majority leader, who', 'Future45, a super PAC that': past an appositive to
        // the name it describes.
        if j >= 0, !mentions.contains(where: { ($0.range.upperBound - 1 == j || $0.name.upperBound - 1 == j) && kinds.contains($0.actor.kind) }),
           let m = mentions[..<firstMention(atOrAfter: j)].last(where: { m in
               m.range.upperBound < j && j - m.range.upperBound <= 12 && tokens[m.range.upperBound].lower == ","
                   && doc.sentenceOf[m.range.upperBound] == doc.sentenceOf[k]
           }), kinds.contains(m.actor.kind) || m.actor.kind == .unknown,
           (m.range.upperBound + 1...j).allSatisfy({ tokens[$0].kind != .quote && lexicon.words[tokens[$0].lower]?.cueClass == nil }),
           // For 'that'/'which', a noun phrase only ('Future45, a super PAC that'), never a
           // clause ('According to The Federalist, the men were wearing shirts that read').
           kinds.contains(.person) || lexicon.words(.articles).contains(tokens[m.range.upperBound + 1].lower)
               && (m.range.upperBound + 1...j).allSatisfy({ lexicon.wordClass(tokens[$0].lower) != .aux }) {
            return m.actor
        }
        guard j >= 0, let m = mentions.last(where: { $0.range.upperBound - 1 == j || $0.name.upperBound - 1 == j }),
              m.via != .demonym else { return nil }
        if kinds.contains(m.actor.kind) { return m.actor }
        // A name of unknown kind before 'who' is a person's ('McConnell, who').
        if m.actor.kind == .unknown, kinds.contains(.person) { return m.actor }
        return nil
    }

    /// The most recent actor of the wanted kind before `offset`: a speaker resolved
    /// earlier or a named mention outside quotes, whichever is closer.
    private func antecedent(before tokenIndex: Int, kinds: Set<ActorKind>, plural: Bool,
                            speakers: [(at: Int, actor: ActorRef)], requireMention: Bool = false,
                            gender: Lexicon.Gender? = nil) -> ActorRef? {
        let paragraph = Int(doc.paragraphOf[tokenIndex])
        // 'they' is a group, never one person.
        let kinds = plural ? kinds.subtracting([.person]) : kinds
        // 'she' never refers to a man the article has shown to be one, nor 'he' to a woman.
        func agrees(_ a: ActorRef) -> Bool {
            guard let gender, let known = genders[a] else { return true }
            return known == gender
        }
        var best: (at: Int, actor: ActorRef)?
        if let m = nearestMention(before: tokenIndex, paragraphs: 4, where: { m in
            // Not a person named only inside a quotation, for a pronoun outside it.
            (doc.quoteOf[m.name.lowerBound] < 0 || doc.quoteOf[m.name.lowerBound] == doc.quoteOf[tokenIndex]) &&
            // An unknown single word ('Kabul' missing from the gazetteer) is no antecedent for 'he'.
            (kinds.contains(m.actor.kind) || (m.actor.kind == .unknown && kinds.contains(.person) && !plural && m.name.count >= 2))
                && m.via != .demonym && agrees(m.actor)
        }) {
            // 'Republicans … they': party members as people name nobody in particular.
            if plural, isPartyMembers(m) { return nil }
            best = (m.name.lowerBound, m.actor)
        }
        // A reader keeps the last speaker in focus: 'he added' after a quote is that
        // speaker's, even when other names were mentioned in between.
        if !requireMention, let last = speakers.last(where: { $0.at < tokenIndex && kinds.contains($0.actor.kind) && agrees($0.actor) }),
           paragraph - Int(doc.paragraphOf[last.at]) <= 2 {
            if best == nil || best!.at <= last.at || doc.paragraphOf[best!.at] == doc.paragraphOf[last.at] || doc.quoteOf[best!.at] >= 0 {
                return last.actor
            }
        }
        return best?.actor
    }

    /// The one person the article has named with this role (and affiliation, when the
    /// description gives one) before the description: 'the president' is the person
    /// written 'President Obama', not 'Vice President Biden'; 'the Vermont senator' the
    /// senator from Vermont. Two people who fit make the description ambiguous: nil.
    /// Is the mention something the statement is about, rather than a word that only
    /// qualifies another: not a place ('in Ohio'), a demonym ('American voters'), party
    /// members as people ('Democrats'), or a name used as a modifier before a common noun
    /// ('U.S. economic investment', 'the New York businessman', 'Republican voters').
    private func isTopic(_ m: TokenMention) -> Bool {
        if m.actor.kind == .place || m.via == .demonym || isPartyMembers(m) { return false }
        if m.actor.kind == .country, isSetting(m) { return false }
        if m.actor.kind != .person, m.range.upperBound < tokens.count, !tokens[m.name.upperBound - 1].lower.hasSuffix("'s") {
            let next = tokens[m.range.upperBound]
            let info = lexicon.words[next.lower]
            if next.kind == .word, !next.isCapitalized, info?.wordClass == nil, info?.cueClass == nil, info?.pronounRole == nil {
                return false
            }
        }
        return true
    }

    /// A country named as where something happens ('arriving in the United States',
    /// 'the war in Iraq') is the setting of a statement, not an actor it is about.
    /// ('president of the United States' is left as it is: readers count it either way.)
    private func isSetting(_ m: TokenMention) -> Bool {
        var k = m.range.lowerBound - 1
        if k >= 0, tokens[k].lower == "the" { k -= 1 }
        return k >= 0 && tokens[k].kind == .word && lexicon.words(.locationPrepositions).contains(tokens[k].lower)
    }

    /// The organisation whose name has this head noun ('museum' → 'National Museum of
    /// African American History and Culture', 'committee' → 'Oversight Committee'), when
    /// exactly one named before `k` has it.
    private func organizationByHead(_ noun: String, before k: Int, lastNamed: Bool = true) -> ActorRef? {
        guard let named = organizationHeads[noun] else { return nil }
        let found = Set(named.lazy.filter { $0.at < k }.map(\.actor))
        guard found.count == 1 else { return nil }
        // For a speaker, it must also be the organisation last named, within three
        // paragraphs: 'the network' after RT is RT, even where the article also named
        // Dish Network earlier. What a statement is about may also be the organisation the
        // story opens with ('the museum' in a story whose lede names it).
        if !lastNamed, let at = named.first(where: { $0.at < k })?.at, doc.paragraphOf[at] <= 2 { return found.first }
        guard let last = mentions[..<firstMention(atOrAfter: k)].last(where: { $0.actor.kind == .organization && $0.via != .demonym }),
              doc.paragraphOf[k] - doc.paragraphOf[last.name.lowerBound] <= 3, last.actor == found.first else { return nil }
        return last.actor
    }

    /// 'the administration', 'the campaign': the organisation last named after its leader
    /// with that head before `k`.
    private func principalOrganization(head: String, before k: Int) -> ActorRef? {
        principalOrganizations.last { $0.at < k && $0.head == head }?.actor
    }

    /// 'Democrats', 'Republicans': a party's members as people, not the party.
    private func isPartyMembers(_ m: TokenMention) -> Bool {
        lexicon.words(.partyMembers).contains(m.alias.lowercased())
    }

    private func personWithRole(_ description: SpeakerDescription, before tokenIndex: Int) -> ActorRef? {
        let holders = roleHolders(description)
        // The holders that first appear among the mentions before `tokenIndex`: one, or none fits.
        let limit = firstMention(atOrAfter: tokenIndex)
        guard let first = holders.first, first.mention < limit else { return nil }
        return holders.count == 1 || holders[1].mention >= limit ? first.actor : nil
    }

    /// Each person who fits a description, with the index of the mention (outside
    /// quotations) where they first fit it, in text order; worked out once per description
    /// and article, so a long article does not scan every mention again at each source.
    private func roleHolders(_ description: SpeakerDescription) -> [(mention: Int, actor: ActorRef)] {
        if let known = roleHolderCache.holders[description] { return known }
        var seen = Set<ActorRef>()
        var out: [(mention: Int, actor: ActorRef)] = []
        for (i, m) in mentions.enumerated() where m.actor.kind == .person && doc.quoteOf[m.name.lowerBound] < 0 {
            let fitsRole = m.role.map { description.fits(role: $0, lexicon: lexicon) } ?? false
            let fitsPlace = description.affiliation.map { m.affiliation == $0 } ?? true
            // 'the Vermont senator' also fits 'Bernie Sanders of Vermont', named without a title.
            guard fitsPlace, fitsRole || (description.affiliation != nil && m.role == nil && m.affiliation != nil) else { continue }
            if seen.insert(m.actor).inserted { out.append((i, m.actor)) }
        }
        roleHolderCache.holders[description] = out
        return out
    }

    /// The title words before a description's head that narrow the office ('foreign' in
    /// 'the foreign minister'), leaving out those that only date it ('former').
    private func roleModifiers<Words: Collection<String>>(_ words: Words) -> [String] {
        words.dropLast().filter { lexicon.titles[$0] != nil }.map(canonicalTitle)
            .filter { !lexicon.words(.tenseModifiers).contains($0) }
    }

    /// 'sen' and 'senator' are one title: see `title-forms` in `word-sets.tsv`.
    private func canonicalTitle(_ w: String) -> String { lexicon.titleForms[w] ?? w }

    /// Actors named in the content, plus those its possessive pronouns point to
    /// ('their brutal campaign' after 'Taliban'). The speaker is left out unless named.
    private func aboutActors(_ contents: [Range<Int>], speaker: ActorRef?) -> [ActorRef] {
        var seen = Set<ActorRef>()
        var out: [ActorRef] = []
        for r in contents {
            for m in mentions(in: r) {
                // 'the Obama administration': about the administration too.
                if !principalOrganizations.isEmpty, let org = principalOrganizations.first(where: { $0.at == m.range.upperBound })?.actor,
                   org != speaker, seen.insert(org).inserted { out.append(org) }
                guard (m.actor.kind != .unknown || m.name.count >= 2) && isTopic(m) && m.actor != speaker else { continue }
                if seen.insert(m.actor).inserted { out.append(m.actor) }
            }
            // 'a relationship with the administration', 'this country needs a leader'.
            // (Looked up only for the words that can open such a phrase: a table of first bytes.)
            for i in r where i + 1 < r.upperBound && anaphorFirstBytes[Int(tokens[i].lower.utf8.first ?? 0)]
                && (tokens[i].lower == "the" || lexicon.words(.homeCountryDeterminers).contains(tokens[i].lower)) {
                var target: ActorRef?
                if tokens[i].lower == "the" {
                    guard !principalOrganizations.isEmpty else { continue }
                    let noun = tokens[i + 1].lower.strippingPossessive()
                    if lexicon.words(.principalAnaphors).contains(noun) { target = principalOrganization(head: noun, before: i) }
                } else if homeCountry != nil, lexicon.words(.homeCountryNouns).contains(tokens[i + 1].lower.strippingPossessive()) {
                    target = homeCountry
                }
                if let target, target != speaker, seen.insert(target).inserted { out.append(target) }
            }
            // 'the museum', 'the committee's report': the one organisation the article named with that head.
            for i in r where i + 1 < r.upperBound && lexicon.words(.definiteDeterminers).contains(tokens[i].lower) && !organizationHeads.isEmpty {
                if let org = organizationByHead(tokens[i + 1].lower.strippingPossessive(), before: i, lastNamed: false), org != speaker, seen.insert(org).inserted { out.append(org) }
            }
            // 'the president', 'the senator's bill': the one person the article gave that role
            // before, as a source description is resolved. A name right after ('the president,
            // Barack Obama') or an 'of' ('the president of the bank') says it is someone else.
            for i in r where i + 1 < r.upperBound && tokens[i].lower == "the" {
                let word = tokens[i + 1].lower.strippingPossessive()
                guard lexicon.titles[word] != nil || lexicon.words(.personNouns).contains(word) else { continue }
                if i + 2 < tokens.count, tokens[i + 2].lower == "of" || (tokens[i + 2].kind == .word && tokens[i + 2].isCapitalized) { continue }
                let description = SpeakerDescription(head: canonicalTitle(word), modifiers: [], affiliation: nil)
                // The holder must be the person last named before it: 'the president' in a story
                // that titled Bill Clinton once and has named Obama since is not Clinton.
                guard let person = personWithRole(description, before: i), person != speaker,
                      mentions[..<firstMention(atOrAfter: i)].last(where: { $0.actor.kind == .person })?.actor == person
                else { continue }
                if seen.insert(person).inserted { out.append(person) }
            }
            // Pronouns point to the nearest fitting actor before them: in the content, else in
            // the sentence before it. The speaker is never their own target ('he said he
            // would resign'), so a pronoun whose nearest candidate is the speaker adds nothing.
            let context = doc.sentence(of: max(0, doc.sentence(of: r.lowerBound).lowerBound - 1)).lowerBound
            for i in r where tokens[i].kind == .word {
                let w = tokens[i].lower
                // 'he', 'her': what the article-wide pronoun resolution decided.
                if let decision = pronouns[i] {
                    if let actor = decision.actor, actor != speaker, seen.insert(actor).inserted { out.append(actor) }
                    continue
                }
                let wanted: (TokenMention) -> Bool
                if isPronoun[i], lexicon.words(.pluralPronouns).contains(w) {
                    wanted = { ($0.actor.kind == .organization || $0.actor.kind == .country) && !isPartyMembers($0) }
                } else {
                    continue
                }
                let inContent = mentions(in: r.lowerBound..<i).last(where: wanted)
                guard let m = inContent ?? mentions(in: min(context, r.lowerBound)..<r.lowerBound).last(where: wanted),
                      m.actor != speaker else { continue }
                // A country's people are the country only through 'their country', 'their
                // government' ('Afghan leaders … lead their country'); 'Americans … their taxes'
                // is about the people, and no country further back is meant either.
                if m.via == .demonym, !(i + 1 < r.upperBound && lexicon.words(.countryNouns).contains(tokens[i + 1].lower)) { continue }
                if seen.insert(m.actor).inserted { out.append(m.actor) }
            }
        }
        return out
    }
}
