/// The actor-level figures of `../shared/eval/speakers.py` (who said what about whom),
/// computed in Swift so `whosaid eval --speakers` reports them without Python and users
/// can measure speaker resolution on their own annotated articles. Same definitions:
/// - a gold attribution is found when a predicted quote's content tokens have Dice ≥ 0.5
///   with its content (one to one, greedy by Dice: `Scorer.match`, as score.py);
/// - names match when their keys (`SpeakerScorer.key`: case, accents, punctuation, a
///   leading 'the' and a possessive folded) meet: the gold side brings the reader's actor
///   and its aliases in that article, the predicted side the predicted name and the
///   aliases of the article's predicted actors that carry that name;
/// - who-said-what recall, speaker accuracy, named-speaker precision (over all predicted
///   quotes that name an actor, and over the found ones) and about-whom precision/recall,
///   with every count, so a figure can be checked by hand.
///
/// Pure: the caller reads the files and hands each article over.
public struct SpeakerScorer {
    /// An actor of the reader's list for one article.
    public struct GoldActor: Sendable {
        public var name: String
        /// The other forms the article uses for it.
        public var aliases: [String]

        public init(name: String, aliases: [String]) {
            self.name = name
            self.aliases = aliases
        }
    }

    /// One attribution as the reader resolved it.
    public struct GoldAttribution: Sendable {
        /// The actor the source refers to: one name, several for a group, none where the
        /// source names nobody (speakers.py's null, "" or []).
        public var speaker: [String]
        /// The actors the content talks about, each a name (or a group's names).
        public var about: [[String]]
        /// The content, in code points.
        public var content: Span
        /// Only for listing misses: the record's number, its source texts and content text.
        public var index: Int?
        public var source: [String]
        public var contentText: String

        public init(speaker: [String], about: [[String]], content: Span, index: Int? = nil, source: [String] = [], contentText: String = "") {
            self.speaker = speaker
            self.about = about
            self.content = content
            self.index = index
            self.source = source
            self.contentText = contentText
        }
    }

    /// One quote of `whosaid extract`'s output, as far as the figures need it.
    public struct PredictedQuote: Sendable {
        public var contents: [Span]
        /// The speaker's name as printed; nil or empty when it names nobody.
        public var speaker: String?
        /// The names of the `about` actors; nil or empty entries count for nothing.
        public var about: [String?]

        public init(contents: [Span], speaker: String?, about: [String?]) {
            self.contents = contents
            self.speaker = speaker
            self.about = about
        }
    }

    /// One entry of the article's `actors` as printed: a missing name or alias reads as "".
    public struct PredictedActor: Sendable {
        public var name: String
        public var aliases: [String]

        public init(name: String, aliases: [String]) {
            self.name = name
            self.aliases = aliases
        }
    }

    /// What extraction printed for one article (empty when it printed nothing for it).
    public struct PredictedArticle: Sendable {
        public var quotes: [PredictedQuote]
        public var actors: [PredictedActor]

        public init(quotes: [PredictedQuote] = [], actors: [PredictedActor] = []) {
            self.quotes = quotes
            self.actors = actors
        }
    }

    /// speakers.py's `counts`, under the same names in JSON (see `jsonKeys`).
    public struct Counts: Sendable, Equatable {
        /// Gold attributions with a named speaker, and those found and given to that actor.
        public var goldNamed = 0, rightNamed = 0
        /// Found gold attributions, and those whose speaker is right (or both name nobody).
        public var found = 0, right = 0
        /// Predicted quotes that name an actor; those found; those found with the right actor.
        public var predictedNamed = 0, predictedNamedFound = 0, predictedNamedRight = 0
        /// About-whom over found attributions: predicted targets on the reader's list, predicted, gold.
        public var aboutTP = 0, aboutPredicted = 0, aboutGold = 0

        public init() {}

        public var whoSaidWhatRecall: Double { Self.ratio(rightNamed, goldNamed) }
        public var speakerAccuracy: Double { Self.ratio(right, found) }
        public var namedSpeakerPrecision: Double { Self.ratio(predictedNamedRight, predictedNamed) }
        public var namedSpeakerPrecisionFound: Double { Self.ratio(predictedNamedRight, predictedNamedFound) }
        public var aboutPrecision: Double { Self.ratio(aboutTP, aboutPredicted) }
        public var aboutRecall: Double { Self.ratio(aboutTP, aboutGold) }

        /// speakers.py's names for the counts, in its order, with their values.
        public var named: [(String, Int)] {
            [("gold_named", goldNamed), ("right_named", rightNamed), ("found", found), ("right", right),
             ("pred_named", predictedNamed), ("pred_named_found", predictedNamedFound), ("pred_named_right", predictedNamedRight),
             ("ab_tp", aboutTP), ("ab_p", aboutPredicted), ("ab_g", aboutGold)]
        }

        static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    }

    /// A gold attribution that was not found, or found with another speaker.
    public struct Miss: Sendable {
        public enum Reason: String, Sendable {
            case notFound = "not found"
            case speaker
        }
        public var file: String
        public var gold: GoldAttribution
        public var reason: Reason
        /// The predicted speaker's name as printed (nil when not found or naming nobody).
        public var predicted: String?
    }

    public private(set) var counts = Counts()
    /// In speakers.py's order when articles are added in code-point order of their file names.
    public private(set) var misses: [Miss] = []

    public init() {}

    /// Adds one article: its text (as read from the file), the reader's actors and
    /// attributions for it, and what extraction printed for it.
    public mutating func add(file: String, text: String, actors: [GoldActor], gold: [GoldAttribution], predicted: PredictedArticle) {
        // The reader's names, by the actor's name exactly as written (speakers.py looks a
        // speaker up by its raw string; a later entry of the same name wins).
        var names: [[Unicode.Scalar]: Set<String>] = [:]
        for a in actors {
            names[Array(a.name.unicodeScalars)] = Set([Self.key(a.name)] + a.aliases.map(Self.key))
        }
        func goldKeys(_ speaker: [String]) -> Set<String>? {
            guard !speaker.isEmpty else { return nil }
            return speaker.reduce(into: Set<String>()) { $0.formUnion(names[Array($1.unicodeScalars)] ?? [Self.key($1)]) }
        }
        let actorKeys = predicted.actors.map { (name: Self.key($0.name), aliases: $0.aliases.map(Self.key)) }
        func predictedKeys(_ name: String?) -> Set<String>? {
            guard let name, !name.isEmpty else { return nil }
            let k = Self.key(name)
            var keys: Set = [k]
            for a in actorKeys where a.name == k { keys.formUnion(a.aliases) }
            return keys
        }

        let match = Self.match(text: text, gold: gold.map(\.content), predicted: predicted.quotes.map(\.contents))
        for (i, g) in gold.enumerated() {
            let gk = goldKeys(g.speaker)
            if gk != nil { counts.goldNamed += 1 }
            guard let j = match[i] else {
                misses.append(Miss(file: file, gold: g, reason: .notFound, predicted: nil))
                continue
            }
            counts.found += 1
            let q = predicted.quotes[j]
            let pk = predictedKeys(q.speaker)
            let ok: Bool
            if let gk { ok = pk.map { !$0.isDisjoint(with: gk) } ?? false } else { ok = pk == nil }
            if ok { counts.right += 1 }
            if ok && gk != nil { counts.rightNamed += 1 }
            if !ok { misses.append(Miss(file: file, gold: g, reason: .speaker, predicted: q.speaker)) }
            let goldAbout = g.about.map(goldKeys)
            let predictedAbout = q.about.compactMap(predictedKeys)
            counts.aboutGold += goldAbout.count
            counts.aboutPredicted += predictedAbout.count
            // Not one to one: each predicted target counts when it is any of the gold ones.
            counts.aboutTP += predictedAbout.filter { k in goldAbout.contains { $0.map { !k.isDisjoint(with: $0) } ?? false } }.count
        }
        let inverse = Dictionary(uniqueKeysWithValues: match.map { ($0.value, $0.key) })
        for (j, q) in predicted.quotes.enumerated() {
            guard let pk = predictedKeys(q.speaker) else { continue }
            counts.predictedNamed += 1
            guard let i = inverse[j] else { continue }
            counts.predictedNamedFound += 1
            if let gk = goldKeys(gold[i].speaker), !pk.isDisjoint(with: gk) { counts.predictedNamedRight += 1 }
        }
    }

    /// Gold index → predicted index, by content tokens as score.py matches quotes.
    static func match(text: String, gold: [Span], predicted: [[Span]]) -> [Int: Int] {
        let toks = Scorer.tokens(Self.pythonTextMode(text))
        let pairs = Scorer.match(gold: gold.map { Scorer.covered(toks, by: [$0]) }, predicted: predicted.map { Scorer.covered(toks, by: $0) })
        return Dictionary(uniqueKeysWithValues: pairs.map { ($0.g, $0.p) })
    }

    /// The text as speakers.py tokenises it: Python's text mode turns "\r\n" and a lone
    /// "\r" into "\n" (which shifts the offsets after them, for both sides alike).
    static func pythonTextMode(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for s in text.unicodeScalars {
            if s == "\n" && previousCR {
                previousCR = false
                continue
            }
            previousCR = s == "\r"
            out.append(previousCR ? "\n" : s)
        }
        return String(out)
    }
}
