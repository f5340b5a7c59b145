/// 'my father', 'my mother' in a first-person piece are the people the writer names as
/// their kin ('my parents, James and Olive Meehan'; 'my father, James Meehan,'), so that
/// '“We live in Satan's kingdom,” my father often said' and the 'He' after it are that
/// person. Only in the narrative, and only the writer's own kin: inside a quotation 'my
/// father' is the speaker's. Kin the text never names stay nobody.
/// The words are data: `kin-possessives`, `male-kin`, `female-kin` and `kin-pairs` in
/// `word-sets.tsv`.
enum KinshipMentions {
    /// `mentions` with one more for each narrative 'my father' (and the like) whose person
    /// the writer named, in text order.
    /// (`info` is the per-token look-up already made: only possessive pronouns are read.)
    static func adding(to mentions: [TokenMention], doc: Document, lexicon: Lexicon, info: [Lexicon.WordInfo]) -> [TokenMention] {
        let tokens = doc.tokens
        let possessives = lexicon.words(.kinPossessives)
        var kin: [String: ActorRef] = [:]
        var found: [(at: Int, noun: String)] = []
        var byStart: [Int: TokenMention] = [:]
        for k in tokens.indices where info[k].pronounRole == .possessive && k + 1 < tokens.count && doc.quoteOf[k] < 0 && possessives.contains(tokens[k].lower) {
            let noun = tokens[k + 1].lower
            let male = lexicon.words(.maleKin).contains(noun), female = lexicon.words(.femaleKin).contains(noun)
            let pair = lexicon.words(.kinPairs).contains(noun)
            guard male || female || pair else { continue }
            if male || female { found.append((k, noun)) }
            // The names set off right after: 'my father, James Meehan,'; 'my parents, James and Olive Meehan'.
            guard k + 3 < tokens.count, tokens[k + 2].lower == "," else { continue }
            if byStart.isEmpty { for m in mentions where m.actor.kind == .person { byStart[m.range.lowerBound] = m } }
            var people: [ActorRef] = []
            var j = k + 3
            while let m = byStart[j], people.count < 2 {
                people.append(m.actor)
                j = m.range.upperBound
                guard j + 1 < tokens.count, tokens[j].lower == "and" else { break }
                j += 1
            }
            if male || female, people.count == 1, kin[noun] == nil {
                kin[noun] = people[0]
            } else if pair {
                // Each parent by the sex their given name tells.
                for person in people {
                    guard let sex = lexicon.sex(ofGivenNameIn: person.name) else { continue }
                    for noun in lexicon.words(sex == .male ? .maleKin : .femaleKin) where lexicon.words(.parentKin).contains(noun) && kin[noun] == nil {
                        kin[noun] = person
                    }
                }
            }
        }
        guard !kin.isEmpty else { return mentions }
        var out = mentions
        for (k, noun) in found {
            guard let person = kin[noun], !mentions.contains(where: { $0.range.lowerBound == k + 1 || $0.range.contains(k + 1) }) else { continue }
            out.append(TokenMention(range: k..<k + 2, name: k + 1..<k + 2, actor: person, role: nil, affiliation: nil, via: .name,
                                    alias: doc.string(k..<k + 2)))
        }
        out.sort { $0.range.lowerBound < $1.range.lowerBound }
        return out
    }
}
