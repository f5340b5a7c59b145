/// Resolves 'he' and 'she' (and their other forms) to a person the way a reader keeps
/// track of who the story is about: every earlier reference to a person (a name, or a
/// pronoun already resolved) is a candidate, scored on evidence a reader uses — how
/// recent it is, whether it was the subject of its sentence, whether that person has
/// been speaking in the last paragraphs, how often the article refers to them, whether
/// the gender agrees — and the best candidate wins only by a clear margin. Below the
/// margin the pronoun stays unresolved: a statement left without an actor is visible
/// and fixable, one given to the wrong actor is counted silently in every report.
///
/// Hard limits a reader never crosses: a person named only inside someone else's
/// quotation is no antecedent for a pronoun outside it ('the lighted figure of Abraham
/// Lincoln' inside Obama's speech), 'she' never refers to a man the article has shown
/// to be one, and a pronoun inside a direct quotation does not refer to the person
/// speaking it (they would say 'I').
struct PronounResolver {
    /// The decision for one pronoun: the winner (nil below the margin) and the ranked candidates.
    struct Decision: Sendable {
        var actor: ActorRef?
        var ranked: [SpeakerCandidate]
    }

    /// Weights of the evidence. Few, round and explainable on purpose: they were set by
    /// reading, not fitted, so that they hold on articles nobody here has read.
    enum Weight {
        static let sameSentence = 2.5, previousSentence = 1.5, twoSentencesBack = 1.0, nearby = 0.5
        static let subject = 1.5
        static let recentSpeaker = 0.5
        static let salient = 0.5
        static let genderShown = 1.0
        static let weakPosition = -0.5
        /// The least score a winner needs, and its least lead over the runner-up.
        static let floor = 2.0, margin = 0.75
    }

    private struct Reference {
        var at: Int
        var actor: ActorRef
        var sentence: Int
        var paragraph: Int
        var quote: Int32
        var isSubject: Bool
        var isSpeaker: Bool
        var isWeak: Bool
    }

    let doc: Document
    let lexicon: Lexicon
    let genders: [ActorRef: Lexicon.Gender]
    /// Per token: is it a pronoun (from the per-token word look-up already made), so the
    /// pronoun table is read only for those.
    let isPronoun: [Bool]

    /// Resolves every gendered singular pronoun of the article, in text order, so a
    /// pronoun can lean on the ones resolved before it ('She has faced …. She has called …').
    /// `sources` are the attributions' source ranges (who speaks where) and `owners`
    /// the content ranges of direct quotations with the person speaking them.
    func resolve(mentions: [TokenMention], sources: [Range<Int>],
                 owners: [(range: Range<Int>, actor: ActorRef)]) -> [Int: Decision] {
        let tokens = doc.tokens
        var sourceAt = Set<Int>()
        for s in sources { for k in s { sourceAt.insert(k) } }
        var refs: [Reference] = []
        var out: [Int: Decision] = [:]
        var counts: [ActorRef: Int] = [:]
        var lastSpoke: [ActorRef: Int] = [:]  // paragraph of the latest source reference
        var subjectTaken = Set<Int>()  // sentences whose subject is known
        var m = 0
        for k in tokens.indices {
            // Names first: a mention starting here becomes a reference.
            while m < mentions.count, mentions[m].name.lowerBound <= k {
                let mention = mentions[m]
                m += 1
                guard mention.via != .demonym, mention.actor.kind == .person || mention.actor.kind == .unknown && mention.name.count >= 2
                else { continue }
                // A name that only qualifies the next one is no reference of its own: 'Clinton' in
                // 'Clinton communication director Jennifer Palmieri'.
                if m < mentions.count, mentions[m].actor.kind == .person, mentions[m].range.lowerBound > mention.range.upperBound,
                   mentions[m].range.lowerBound - mention.range.upperBound <= 3,
                   (mention.range.upperBound..<mentions[m].range.lowerBound).allSatisfy({ j in
                       let info = lexicon.words[tokens[j].lower]
                       return tokens[j].kind == .word && !tokens[j].isCapitalized && info?.cueClass == nil && info?.wordClass == nil
                   }), (mention.range.upperBound..<mentions[m].range.lowerBound).contains(where: { j in
                       lexicon.titles[tokens[j].lower] != nil || lexicon.words(.personNouns).contains(tokens[j].lower)
                   }) {
                    continue
                }
                let ref = reference(mention.actor, range: mention.range, name: mention.name, sourceAt: sourceAt, subjectTaken: subjectTaken)
                if ref.isSubject { subjectTaken.insert(ref.sentence) }
                refs.append(ref)
                counts[mention.actor, default: 0] += 1
                if ref.isSpeaker { lastSpoke[mention.actor] = ref.paragraph }
            }
            guard tokens[k].kind == .word, isPronoun[k], let p = lexicon.pronouns[tokens[k].lower], let gender = p.gender, !p.plural else { continue }
            let owner = owners.first { $0.range.contains(k) && doc.quoteOf[k] >= 0 }?.actor
            let decision = decide(k, gender: gender, refs: refs, counts: counts, lastSpoke: lastSpoke, owner: owner)
            out[k] = decision
            if let actor = decision.actor {
                var ref = reference(actor, range: k..<k + 1, name: k..<k + 1, sourceAt: sourceAt, subjectTaken: subjectTaken)
                ref.isSubject = p.role == "subject"
                if ref.isSubject { subjectTaken.insert(ref.sentence) }
                refs.append(ref)
                counts[actor, default: 0] += 1
                if ref.isSpeaker { lastSpoke[actor] = ref.paragraph }
            }
        }
        return out
    }

    /// The quotation a token is spoken in: a closed quote region. A paragraph that opens
    /// with a mark and never closes it is a passage quoted at length from another text
    /// (a block quote), read as narrative.
    private func speech(_ k: Int) -> Int32 {
        let q = doc.quoteOf[k]
        return q >= 0 && doc.quotes[Int(q)].isClosed ? q : -1
    }

    private func reference(_ actor: ActorRef, range: Range<Int>, name: Range<Int>, sourceAt: Set<Int>, subjectTaken: Set<Int>) -> Reference {
        let tokens = doc.tokens
        let sentence = doc.sentence(of: range.lowerBound)
        // The subject: the reference opens its sentence (past quotation marks), or a verb
        // of saying or an auxiliary follows it ('Lynch said', 'Ham has').
        var first = sentence.lowerBound
        while first < range.lowerBound, tokens[first].kind != .word { first += 1 }
        let after = range.upperBound < tokens.count ? tokens[range.upperBound] : nil
        let info = range.upperBound < tokens.count ? lexicon.words[after!.lower] : nil
        let followedByVerb = after.map { $0.kind == .word && !$0.isCapitalized } == true
            && (info?.wordClass == .aux || info?.cueClass != nil)
        // After a preposition a name is no subject ('to Hillary Clinton being a co-founder').
        let afterPreposition = range.lowerBound > 0 && lexicon.wordClass(tokens[range.lowerBound - 1].lower) == .prep
        let possessive = tokens[name.upperBound - 1].lower.hasSuffix("'s")
        // An aside: in brackets, or set off by commas on both sides ('his wife, Democratic
        // presidential nominee Hillary Clinton, over …').
        let before = range.lowerBound > 0 ? tokens[range.lowerBound - 1].lower : ""
        let bracketed = before == "(" || before == "," && [",", ")"].contains(after?.lower ?? "")
        return Reference(at: range.lowerBound, actor: actor, sentence: Int(doc.sentenceOf[range.lowerBound]),
                         paragraph: Int(doc.paragraphOf[range.lowerBound]), quote: speech(range.lowerBound),
                         isSubject: !possessive && !afterPreposition && !bracketed && (first == range.lowerBound || followedByVerb || !subjectTaken.contains(Int(doc.sentenceOf[range.lowerBound]))),
                         isSpeaker: sourceAt.contains(name.lowerBound), isWeak: bracketed)
    }

    private func decide(_ k: Int, gender: Lexicon.Gender, refs: [Reference], counts: [ActorRef: Int],
                        lastSpoke: [ActorRef: Int], owner: ActorRef?) -> Decision {
        let sentence = Int(doc.sentenceOf[k]), paragraph = Int(doc.paragraphOf[k]), quote = speech(k)
        var latest: [ActorRef: Reference] = [:]
        var order: [ActorRef] = []
        // Candidates that were the subject of a sentence in the last two: a reader's focus.
        var subjectNearby = Set<ActorRef>()
        var i = refs.count - 1
        while i >= 0, refs.count - i <= 80 {
            let r = refs[i]
            i -= 1
            if paragraph - r.paragraph > 4 { break }
            // Only references the pronoun can see: in the narrative for a pronoun in the
            // narrative, in the same quotation (or the narrative) for one inside a quotation.
            guard r.quote < 0 || r.quote == quote else { continue }
            if r.isSubject, sentence - r.sentence <= 2 { subjectNearby.insert(r.actor) }
            guard latest[r.actor] == nil else { continue }
            latest[r.actor] = r
            order.append(r.actor)
        }
        var ranked: [SpeakerCandidate] = []
        for actor in order {
            let r = latest[actor]!
            if let known = genders[actor], known != gender { continue }
            if actor == owner { continue }
            var score = 0.0
            var reasons: [String] = []
            func add(_ w: Double, _ why: String) { score += w; reasons.append(why) }
            switch sentence - r.sentence {
            case 0: add(Weight.sameSentence, "same sentence")
            case 1: add(Weight.previousSentence, "previous sentence")
            case 2: add(Weight.twoSentencesBack, "two sentences back")
            case 3...5: add(Weight.nearby, "nearby")
            default: break
            }
            if subjectNearby.contains(actor) { add(Weight.subject, "subject") }
            if let spoke = lastSpoke[actor], paragraph - spoke <= 2 { add(Weight.recentSpeaker, "speaking") }
            if counts[actor, default: 0] >= 3 { add(Weight.salient, "salient") }
            if genders[actor] == gender { add(Weight.genderShown, "gender") }
            if r.isWeak { add(Weight.weakPosition, "aside") }
            ranked.append(SpeakerCandidate(actor: actor, score: score, reasons: reasons))
        }
        ranked.sort { $0.score > $1.score }
        guard let best = ranked.first, best.score >= Weight.floor,
              ranked.count < 2 || best.score - ranked[1].score >= Weight.margin
        else { return Decision(actor: nil, ranked: ranked) }
        return Decision(actor: best.actor, ranked: ranked)
    }
}
