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

    init(doc: Document, lexicon: Lexicon, mentions: [TokenMention]) {
        self.doc = doc
        self.lexicon = lexicon
        self.mentions = mentions
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

    /// Resolves every candidate in document order, so a pronoun can lean on the
    /// speakers resolved before it.
    func resolve(_ candidates: [Candidate]) -> [Attribution] {
        var out: [Attribution] = []
        var resolved: [(at: Int, actor: ActorRef)] = []  // speakers so far, by source position
        for c in candidates {
            var speaker: ActorRef?
            var how: String?
            // Candidates come in text order, so an antecedent is always resolved first.
            if let inherit = c.inheritsFrom, inherit < out.count {
                speaker = out[inherit].speaker
                how = "inherited"
            } else if let src = c.source {
                (speaker, how) = resolveSource(src, speakers: resolved)
            }
            if let s = speaker, let src = c.source { resolved.append((src.lowerBound, s)) }
            let about = aboutActors(c.contents, speaker: speaker)
            var sourceSpan = c.source.map(doc.span)
            var cueSpan = c.cue.map(doc.span)
            // 'He’s claiming': the pronoun is the source, the auxiliary joins the cue.
            if let src = c.source, !src.isEmpty, let cue = c.cue, cue.lowerBound == src.upperBound,
               let split = contractionSplit(src.upperBound - 1), split > (sourceSpan?.start ?? 0) {
                sourceSpan?.end = split
                cueSpan?.start = split
            }
            out.append(Attribution(
                cue: cueSpan, sources: sourceSpan.map { [$0] } ?? [],
                contents: c.contents.map(doc.span), kind: c.kind, rule: c.rule,
                speaker: speaker, about: about, speakerResolution: how))
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

    private func resolveSource(_ src: Range<Int>, speakers: [(at: Int, actor: ActorRef)]) -> (ActorRef?, String?) {
        let inSource = mentions(in: src)
        let words = src.filter { tokens[$0].kind == .word }.map { tokens[$0].lower }
        let head = words.last ?? ""
        // A name in the source: the first that is not a possessive affiliation
        // ('Brian Fallon, a spokesman for the Clinton campaign' is Fallon).
        // Nor an organisation named as a person's affiliation inside the same mention
        // ('Manhattan Supreme Court Justice Frank Nervo' is Nervo).
        if let named = inSource.first(where: { m in
            !(tokens[m.name.upperBound - 1].lower.hasSuffix("'s") && m.name.upperBound < src.upperBound)
                && m.via != .demonym
                && !inSource.contains { o in o.range != m.range && o.range.lowerBound <= m.range.lowerBound && o.range.upperBound >= m.range.upperBound && o.actor.kind == .person }
        }) {
            if named.actor.kind == .unknown, lexicon.organizationWords.contains(head) {
                return (ActorRef(name: named.actor.name, kind: .organization), "name")
            }
            return (named.actor, "name")
        }
        // A relative pronoun: the noun phrase it hangs on ('Brian Fallon, who said').
        if words.count == 1, ["who", "which", "that"].contains(head) {
            var k = src.lowerBound - 1
            if k >= 0, tokens[k].lower == "," { k -= 1 }
            if k >= 0, let m = mentions.last(where: { $0.range.upperBound - 1 <= k && $0.range.upperBound - 1 >= k - 3 && $0.via != .demonym }) {
                return (m.actor, "relative")
            }
            return (nil, nil)
        }
        // A pronoun.
        if words.count == 1, let p = lexicon.pronouns[head] {
            if head == "i" || head == "we" || head == "you" { return (nil, nil) }
            let gender: Lexicon.Gender? = ["he", "him", "his"].contains(head) ? .male : (["she", "her", "hers"].contains(head) ? .female : nil)
            return (antecedent(before: src.lowerBound, kinds: p.kinds, plural: p.plural, speakers: speakers, gender: gender), "pronoun")
        }
        // A description naming an organisation: 'Pakistan’s foreign ministry', 'the military'.
        let affiliation = inSource.first.map { $0.actor.kind == .country ? $0.actor.name : nil } ?? nil
        if lexicon.organizationWords.contains(head) {
            if head == "group" || head == "movement" || head == "organization" || head == "organisation", affiliation == nil {
                if let org = antecedent(before: src.lowerBound, kinds: [.organization], plural: false, speakers: speakers, requireMention: true) {
                    return (org, "description")
                }
            }
            var text = doc.string(src)
            for det in ["the ", "The ", "a ", "A "] where text.hasPrefix(det) { text.removeFirst(det.count) }
            return (ActorRef(name: text, kind: .organization), "description")
        }
        // A description naming a person by role: 'the Afghan minister', 'The Minister'.
        if let cls = lexicon.titles[head], cls == .role, words.first == "the" {
            if let person = personWithRole(head, affiliation: affiliation, before: src.lowerBound) {
                return (person, "description")
            }
            return (antecedent(before: src.lowerBound, kinds: [.person], plural: false, speakers: speakers), "description")
        }
        // 'a source', 'officials', 'sources close to …': nobody in particular.
        return (nil, nil)
    }

    /// The most recent actor of the wanted kind before `offset`: a speaker resolved
    /// earlier or a named mention outside quotes, whichever is closer.
    private func antecedent(before tokenIndex: Int, kinds: Set<ActorKind>, plural: Bool,
                            speakers: [(at: Int, actor: ActorRef)], requireMention: Bool = false,
                            gender: Lexicon.Gender? = nil) -> ActorRef? {
        let paragraph = Int(doc.paragraphOf[tokenIndex])
        // 'she' never refers to a man the article has shown to be one, nor 'he' to a woman.
        func agrees(_ a: ActorRef) -> Bool {
            guard let gender, let known = genders[a] else { return true }
            return known == gender
        }
        var best: (at: Int, actor: ActorRef)?
        if let m = nearestMention(before: tokenIndex, paragraphs: 4, where: { m in
            // An unknown single word ('Kabul' missing from the gazetteer) is no antecedent for 'he'.
            (kinds.contains(m.actor.kind) || (m.actor.kind == .unknown && kinds.contains(.person) && !plural && m.name.count >= 2))
                && m.via != .demonym && agrees(m.actor)
        }) {
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

    private func personWithRole(_ role: String, affiliation: String?, before tokenIndex: Int) -> ActorRef? {
        nearestMention(before: tokenIndex, paragraphs: 12) { m in
            guard m.actor.kind == .person, let r = m.role?.lowercased(), r.contains(role) else { return false }
            if let a = affiliation, let ma = m.affiliation, a != ma { return false }
            return true
        }?.actor
    }

    /// Actors named in the content, plus those its possessive pronouns point to
    /// ('their brutal campaign' after 'Taliban'). The speaker is left out unless named.
    private func aboutActors(_ contents: [Range<Int>], speaker: ActorRef?) -> [ActorRef] {
        var seen = Set<ActorRef>()
        var out: [ActorRef] = []
        for r in contents {
            for m in mentions(in: r) where m.actor.kind != .unknown || m.name.count >= 2 {
                if seen.insert(m.actor).inserted { out.append(m.actor) }
            }
            // Pronouns point to the nearest fitting actor before them: in the content, else in
            // the sentence before it. The speaker is never their own target ('he said he
            // would resign'), so a pronoun whose nearest candidate is the speaker adds nothing.
            let context = doc.sentence(of: max(0, doc.sentence(of: r.lowerBound).lowerBound - 1)).lowerBound
            for i in r where tokens[i].kind == .word {
                let w = tokens[i].lower
                let wanted: (TokenMention) -> Bool
                if ["their", "them", "they"].contains(w) {
                    wanted = { $0.actor.kind == .organization || $0.actor.kind == .country }
                } else if ["he", "him", "his", "she", "her"].contains(w) {
                    // And agrees in gender where the article shows one ('Ms. Roe', 'John').
                    let g: Lexicon.Gender = ["she", "her"].contains(w) ? .female : .male
                    wanted = { m in m.actor.kind == .person && (genders[m.actor].map { $0 == g } ?? true) }
                } else {
                    continue
                }
                let inContent = mentions(in: r.lowerBound..<i).last(where: wanted)
                guard let m = inContent ?? mentions(in: min(context, r.lowerBound)..<r.lowerBound).last(where: wanted),
                      m.actor != speaker else { continue }
                if seen.insert(m.actor).inserted { out.append(m.actor) }
            }
        }
        return out
    }
}
