/// A title-case headline capitalises every word, so its capitals cannot say where a name
/// starts or ends: 'Wealthy Voters Abandon Republican Party for Hillary Clinton' reads as
/// one long run, and 'Sums Up The Absurd Double Standard Clinton And Trump Face' as
/// another, and both are dropped as names of nothing. A reader finds in them the actors
/// the running text names: the full names written there, and a surname that only one
/// person of the body carries. Nothing is guessed from the headline's capitals alone.
extension MentionFinder {
    /// The actors of the running text named inside `dropped`, runs of a title-case line
    /// that were no actor as a whole.
    func namesInHeadlines(_ dropped: [TokenMention], body: [TokenMention]) -> [TokenMention] {
        let index = BodyNames(body, finder: self)
        guard !index.isEmpty else { return [] }
        var out: [TokenMention] = []
        for m in dropped {
            var k = m.range.lowerBound
            while k < m.range.upperBound {
                if let hit = index.longest(at: k, limit: m.range.upperBound, tokens: tokens) {
                    let name = k..<k + hit.length
                    out.append(TokenMention(range: name, name: name, actor: hit.actor, role: nil, affiliation: nil,
                                            via: hit.length == 1 && hit.actor.kind == .person ? .surname : .name,
                                            alias: doc.string(name).strippingPossessive()))
                    k += hit.length
                } else {
                    k += 1
                }
            }
        }
        return out
    }
}

/// The names of the running text by their lowered words: every full name (a person, an
/// organisation, a country), and each person's surname when no other person has it.
private struct BodyNames {
    private var byWords: [[String]: ActorRef] = [:]
    private var longestName = 1

    init(_ body: [TokenMention], finder: MentionFinder) {
        let tokens = finder.tokens
        var surnames: [String: Set<ActorRef>] = [:]
        // People the body calls by one name only ('Mr. Obama' beside 'Michelle Obama').
        var singles: [String: Set<ActorRef>] = [:]
        for m in body where m.actor.kind == .person || m.actor.kind == .organization || m.actor.kind == .country {
            guard m.via == .name || m.via == .gazetteer || m.via == .acronym else { continue }
            var words: [String] = []
            for k in m.name where tokens[k].kind == .word { words.append(tokens[k].lower.strippingPossessive()) }
            guard !words.isEmpty else { continue }
            if m.actor.kind == .person, words.count == 1, m.via == .name { singles[words[0], default: []].insert(m.actor) }
            // A person only under a name a reader knows for one ('Hillary Clinton', not the
            // 'White House Doctor' of a book's title read as a name).
            if m.actor.kind == .person, finder.lexicon.firstNames[tokens[m.name.lowerBound].lower] == nil { continue }
            // A single word stands for an actor only as an acronym or a surname ('Clinton', 'NATO').
            if words.count >= 2 || m.via == .acronym || m.actor.kind == .country {
                byWords[words] = m.actor
                longestName = max(longestName, words.count)
            }
            if m.actor.kind == .person, words.count >= 2, let last = words.last {
                surnames[last, default: []].insert(m.actor)
            }
        }
        for (surname, people) in surnames where people.count == 1 && byWords[[surname]] == nil {
            // The surname alone is the person the body calls by it alone, when that is
            // someone else ('Obama Sees …' over 'Mr. Obama', not 'Michelle Obama').
            let alone = singles[surname, default: []].subtracting(people)
            if alone.isEmpty { byWords[[surname]] = people.first! } else if alone.count == 1 { byWords[[surname]] = alone.first! }
        }
    }

    var isEmpty: Bool { byWords.isEmpty }

    /// The longest name starting at token `k`, made of whole words before `limit`.
    func longest(at k: Int, limit: Int, tokens: [Token]) -> (length: Int, actor: ActorRef)? {
        guard tokens[k].kind == .word else { return nil }
        var words: [String] = []
        var best: (length: Int, actor: ActorRef)?
        var j = k
        while j < limit, words.count < longestName, tokens[j].kind == .word {
            words.append(tokens[j].lower.strippingPossessive())
            j += 1
            if let actor = byWords[words] { best = (j - k, actor) }
        }
        return best
    }
}
