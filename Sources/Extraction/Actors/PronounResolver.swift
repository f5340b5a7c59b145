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
    /// What counted for a candidate, as flags: cheap to keep for every pronoun, spelt out
    /// only when someone asks (`extract --explain`).
    struct Evidence: OptionSet, Sendable {
        let rawValue: UInt16
        static let sameSentence = Evidence(rawValue: 1), previousSentence = Evidence(rawValue: 2)
        static let twoSentencesBack = Evidence(rawValue: 4), nearby = Evidence(rawValue: 8)
        static let subject = Evidence(rawValue: 16), speaking = Evidence(rawValue: 32)
        static let salient = Evidence(rawValue: 64), gender = Evidence(rawValue: 128)
        static let earlierSubject = Evidence(rawValue: 256)
        // An aside is told by the score: it is the only evidence that lowers it.

        static let names: [(Evidence, String)] = [
            (.sameSentence, "same sentence"), (.previousSentence, "previous sentence"),
            (.twoSentencesBack, "two sentences back"), (.nearby, "nearby"), (.subject, "subject"),
            (.earlierSubject, "earlier subject"), (.speaking, "speaking"), (.salient, "salient"), (.gender, "gender"),
        ]
    }

    /// One candidate for one pronoun.
    struct Scored: Sendable {
        var actor: ActorRef
        var score: Double
        var evidence: Evidence
        var aside: Bool

        var candidate: SpeakerCandidate {
            SpeakerCandidate(actor: actor, score: score,
                             reasons: Evidence.names.filter { evidence.contains($0.0) }.map(\.1) + (aside ? ["aside"] : []))
        }
    }

    /// The decision for one pronoun: the winner (nil below the margin) and the ranked candidates.
    struct Decision: Sendable {
        var actor: ActorRef?
        var ranked: [Scored]
    }

    /// Weights of the evidence. Few, round and explainable on purpose: they were set by
    /// reading, not fitted, so that they hold on articles nobody here has read.
    enum Weight {
        static let sameSentence = 2.5, previousSentence = 1.5, twoSentencesBack = 1.0, nearby = 0.5
        /// The subject of the latest sentence that had one among the candidates, within
        /// five sentences; a subject before that counts half, within two.
        static let subject = 1.5, earlierSubject = 0.75
        static let recentSpeaker = 0.5
        static let salient = 0.5
        static let genderShown = 1.0
        static let weakPosition = -0.5
        /// The least score a winner needs, and its least lead over the runner-up.
        static let floor = 2.0, margin = 0.75
    }

    private struct Reference {
        var at: Int
        /// Index into the resolver's table of actors (names are hashed once, not per look-up).
        var actor: Int
        var sentence: Int
        var paragraph: Int
        var quote: Int32
        var isSubject: Bool
        var isSpeaker: Bool
        var isWeak: Bool
    }

    /// The actors seen so far, numbered, with what is known of each.
    private struct Actors {
        var refs: [ActorRef] = []
        var ids: [ActorRef: Int] = [:]
        var gender: [Lexicon.Gender?] = []
        var count: [Int] = []
        var lastSpoke: [Int] = []  // paragraph of the latest source reference, or far in the past
        /// Scratch for one decision: the newest reference of each actor, and the decision it was set in.
        var latest: [Int] = []
        var stamp: [Int] = []
        var subjectStamp: [Int] = []
        var subjectSentence: [Int] = []

        mutating func id(_ a: ActorRef, genders: [ActorRef: Lexicon.Gender]) -> Int {
            if let i = ids[a] { return i }
            ids[a] = refs.count
            refs.append(a)
            gender.append(genders[a])
            count.append(0)
            lastSpoke.append(-1_000_000)
            latest.append(-1)
            stamp.append(-1)
            subjectStamp.append(-1)
            subjectSentence.append(-1)
            return refs.count - 1
        }
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
        var sourceAt = [Bool](repeating: false, count: tokens.count)
        for s in sources { for k in s { sourceAt[k] = true } }
        var subjectTaken = [Bool](repeating: false, count: doc.sentences.count)  // sentences whose subject is known
        var refs: [Reference] = []
        var actors = Actors()
        var out: [Int: Decision] = [:]
        func add(_ ref: Reference) {
            if ref.isSubject { subjectTaken[ref.sentence] = true }
            refs.append(ref)
            actors.count[ref.actor] += 1
            if ref.isSpeaker { actors.lastSpoke[ref.actor] = ref.paragraph }
        }
        var m = 0
        var decisions = 0
        for k in tokens.indices {
            // Names first: a mention starting here becomes a reference.
            while m < mentions.count, mentions[m].name.lowerBound <= k {
                let mention = mentions[m]
                m += 1
                // A person, or a name of unknown kind that is a person's shape: two words or
                // more, or one word that speaks ('Obama said').
                guard mention.via != .demonym,
                      mention.actor.kind == .person || mention.actor.kind == .unknown && (mention.name.count >= 2 || sourceAt[mention.name.lowerBound])
                else { continue }
                if m < mentions.count, qualifies(mention, mentions[m]) { continue }
                let id = actors.id(mention.actor, genders: genders)
                add(reference(id, range: mention.range, name: mention.name, sourceAt: sourceAt, subjectTaken: subjectTaken))
            }
            guard isPronoun[k], tokens[k].kind == .word, let p = lexicon.pronouns[tokens[k].lower], let gender = p.gender, !p.plural else { continue }
            let owner = owners.first { $0.range.contains(k) && doc.quoteOf[k] >= 0 }.flatMap { actors.ids[$0.actor] }
            let decision = decide(k, gender: gender, refs: refs, actors: &actors, owner: owner, stamp: decisions)
            decisions += 1
            out[k] = decision
            if let actor = decision.actor, let id = actors.ids[actor] {
                var ref = reference(id, range: k..<k + 1, name: k..<k + 1, sourceAt: sourceAt, subjectTaken: subjectTaken)
                ref.isSubject = p.role == "subject"
                add(ref)
            }
        }
        return out
    }

    /// A name that only qualifies the next one is no reference of its own: 'Clinton' in
    /// 'Clinton communication director Jennifer Palmieri' (lower-case words between, a
    /// title among them, no verb), unlike 'John Smith met Jane Roe'.
    private func qualifies(_ mention: TokenMention, _ next: TokenMention) -> Bool {
        let tokens = doc.tokens
        guard next.actor.kind == .person, next.range.lowerBound > mention.range.upperBound,
              next.range.lowerBound - mention.range.upperBound <= 3 else { return false }
        let between = mention.range.upperBound..<next.range.lowerBound
        return between.allSatisfy { j in
            let info = lexicon.words[tokens[j].lower]
            return tokens[j].kind == .word && !tokens[j].isCapitalized && info?.cueClass == nil && info?.wordClass == nil
        } && between.contains { j in
            lexicon.titles[tokens[j].lower] != nil || lexicon.words(.personNouns).contains(tokens[j].lower)
        }
    }

    /// The quotation a token is spoken in: a closed quote region. A paragraph that opens
    /// with a mark and never closes it is a passage quoted at length from another text
    /// (a block quote), read as narrative.
    private func speech(_ k: Int) -> Int32 {
        let q = doc.quoteOf[k]
        return q >= 0 && doc.quotes[Int(q)].isClosed ? q : -1
    }

    private func reference(_ actor: Int, range: Range<Int>, name: Range<Int>, sourceAt: [Bool], subjectTaken: [Bool]) -> Reference {
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
        // Nor after a coordinator: 'between John Smith and Peter Jones'.
        // ('with Hillary Clinton — who’s called for … — lambasting Trump’s plan': the subject
        // of the participle after 'with' is the one doing it.)
        let afterPreposition = range.lowerBound > 0 && (lexicon.wordClass(tokens[range.lowerBound - 1].lower) == .prep
            || lexicon.words(.coordinators).contains(tokens[range.lowerBound - 1].lower))
            && !(tokens[range.lowerBound - 1].lower == "with" && opensAbsolute(range.lowerBound - 1) && participleFollows(range.upperBound))
        let possessive = tokens[name.upperBound - 1].lower.hasSuffix("'s")
        // An aside: in brackets, or set off by commas on both sides ('his wife, Democratic
        // presidential nominee Hillary Clinton, over …').
        let before = range.lowerBound > 0 ? tokens[range.lowerBound - 1].lower : ""
        let bracketed = before == "(" || before == "," && [",", ")"].contains(after?.lower ?? "")
        return Reference(at: range.lowerBound, actor: actor, sentence: Int(doc.sentenceOf[range.lowerBound]),
                         paragraph: Int(doc.paragraphOf[range.lowerBound]), quote: speech(range.lowerBound),
                         isSubject: !possessive && !afterPreposition && !bracketed && (first == range.lowerBound || followedByVerb || !subjectTaken[Int(doc.sentenceOf[range.lowerBound])]),
                         isSpeaker: sourceAt[name.lowerBound], isWeak: bracketed)
    }

    /// 'with' opening an absolute phrase: at the sentence's head or after a comma or a dash
    /// ('…, with Hillary Clinton lambasting …'), not after a verb ('met with Netanyahu hoping …').
    private func opensAbsolute(_ k: Int) -> Bool {
        let tokens = doc.tokens
        if k == doc.sentence(of: k).lowerBound { return true }
        let before = tokens[k - 1].lower
        return before == "," || before == "—" || before == "–" || before == "--"
    }

    /// A participle right after a name, or after an aside set off by dashes or commas
    /// ('with X — who’s called for big tax hikes — lambasting').
    private func participleFollows(_ k: Int) -> Bool {
        let tokens = doc.tokens
        guard k < tokens.count else { return false }
        var j = k
        let mark = tokens[k].lower
        if mark == "," || mark == "—" || mark == "–" || mark == "--" {
            j = k + 1
            let sentence = doc.sentence(of: k)
            while j < sentence.upperBound, tokens[j].lower != mark { j += 1 }
            guard j < sentence.upperBound else { return false }
            j += 1
        }
        guard j < tokens.count, tokens[j].kind == .word, !tokens[j].isCapitalized else { return false }
        let w = tokens[j].lower
        return w.count > 4 && w.hasSuffix("ing") && lexicon.wordClass(w) == nil
    }

    private func decide(_ k: Int, gender: Lexicon.Gender, refs: [Reference], actors: inout Actors,
                        owner: Int?, stamp: Int) -> Decision {
        let sentence = Int(doc.sentenceOf[k]), paragraph = Int(doc.paragraphOf[k]), quote = speech(k)
        var order: [Int] = []
        var i = refs.count - 1
        while i >= 0, refs.count - i <= 80 {
            let r = refs[i]
            if paragraph - r.paragraph > 4 { break }
            // Only references the pronoun can see: in the narrative for a pronoun in the
            // narrative, in the same quotation (or the narrative) for one inside a quotation.
            if r.quote < 0 || r.quote == quote {
                // The subject of a sentence in the last two: a reader's focus.
                if r.isSubject, sentence - r.sentence <= 5, actors.subjectStamp[r.actor] != stamp {
                    actors.subjectStamp[r.actor] = stamp
                    actors.subjectSentence[r.actor] = r.sentence
                }
                if actors.stamp[r.actor] != stamp {
                    actors.stamp[r.actor] = stamp
                    actors.latest[r.actor] = i
                    order.append(r.actor)
                }
            }
            i -= 1
        }
        var ranked: [Scored] = []
        var latestSubject = -1
        for id in order where actors.subjectStamp[id] == stamp && (actors.gender[id].map { $0 == gender } ?? true) && id != owner {
            latestSubject = max(latestSubject, actors.subjectSentence[id])
        }
        for id in order {
            let r = refs[actors.latest[id]]
            if let known = actors.gender[id], known != gender { continue }
            if id == owner { continue }
            var score = 0.0
            var evidence: Evidence = []
            func add(_ w: Double, _ e: Evidence) { score += w; evidence.insert(e) }
            switch sentence - r.sentence {
            case 0: add(Weight.sameSentence, .sameSentence)
            case 1: add(Weight.previousSentence, .previousSentence)
            case 2: add(Weight.twoSentencesBack, .twoSentencesBack)
            case 3...5: add(Weight.nearby, .nearby)
            default: break
            }
            if actors.subjectStamp[id] == stamp {
                if actors.subjectSentence[id] == latestSubject {
                    add(Weight.subject, .subject)
                } else if sentence - actors.subjectSentence[id] <= 2 {
                    add(Weight.earlierSubject, .earlierSubject)
                }
            }
            if paragraph - actors.lastSpoke[id] <= 2 { add(Weight.recentSpeaker, .speaking) }
            if actors.count[id] >= 3 { add(Weight.salient, .salient) }
            if actors.gender[id] == gender { add(Weight.genderShown, .gender) }
            if r.isWeak { score += Weight.weakPosition }
            ranked.append(Scored(actor: actors.refs[id], score: score, evidence: evidence, aside: r.isWeak))
        }
        ranked.sort { $0.score > $1.score }
        guard let best = ranked.first, best.score >= Weight.floor,
              ranked.count < 2 || best.score - ranked[1].score >= Weight.margin
        else { return Decision(actor: nil, ranked: ranked) }
        return Decision(actor: best.actor, ranked: ranked)
    }
}
