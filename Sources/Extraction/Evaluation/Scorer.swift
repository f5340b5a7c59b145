/// The extraction metrics of `../shared/eval/score.py`, computed in Swift so users can
/// measure WhoSaid on their own annotated articles. Same definitions:
/// - token level: content, source and cue tokens (`\w+|[^\w\s]`), micro P/R/F1;
/// - quote level: a predicted quote matches a gold one when their content tokens have
///   Dice ≥ 0.5 (one-to-one, greedy by Dice);
/// - attribution level: a matched quote whose source tokens also overlap the gold
///   source (or both have none);
/// - direct subset: gold quotes whose content holds a double quotation mark;
/// - by rule (WhoSaid's own): each predicted quote's `rule`, how many it predicted and
///   how many of those match a gold attribution, against all the gold ones.
public struct Scorer: Sendable {
    /// One annotated or predicted attribution, as spans.
    public struct Quote: Sendable {
        public var cue: Span?
        public var sources: [Span]
        public var contents: [Span]
        /// The content text, used to tell direct quotes (gold only).
        public var contentText: String
        /// The rule that found a predicted quote, for the figures by rule.
        public var rule: String?

        public init(cue: Span?, sources: [Span], contents: [Span], contentText: String = "", rule: String? = nil) {
            self.cue = cue
            self.sources = sources
            self.contents = contents
            self.contentText = contentText
            self.rule = rule
        }
    }

    public struct PRF: Sendable, Equatable {
        public var tp = 0, predicted = 0, gold = 0
        public var precision: Double { predicted == 0 ? 0 : Double(tp) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(tp) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    public struct Report: Sendable, Equatable {
        public var content = PRF(), source = PRF(), cue = PRF(), quote = PRF(), attribution = PRF()
        public var directGold = 0, directMatched = 0
        public var directAttributionRecall: Double { directGold == 0 ? 0 : Double(directMatched) / Double(directGold) }
        /// Attribution-level figures of each rule's predictions: `predicted` its quotes,
        /// `tp` those that match a gold attribution, `gold` all gold attributions (so
        /// recall is the share of the gold that the rule found).
        public var byRule: [String: PRF] = [:]
    }

    public private(set) var report = Report()

    public init() {}

    /// Adds one document's gold and predicted quotes to the totals.
    public mutating func add(text: String, gold: [Quote], predicted: [Quote]) {
        let toks = Scorer.tokens(text)
        func covered(_ spans: [Span]) -> Set<Int> { Scorer.covered(toks, by: spans) }
        func union(_ quotes: [Quote], _ f: (Quote) -> [Span]) -> Set<Int> {
            quotes.reduce(into: Set<Int>()) { $0.formUnion(covered(f($1))) }
        }
        func count(_ prf: inout PRF, _ g: Set<Int>, _ p: Set<Int>) {
            prf.tp += g.intersection(p).count
            prf.predicted += p.count
            prf.gold += g.count
        }
        count(&report.content, union(gold, \.contents), union(predicted, \.contents))
        count(&report.source, union(gold, \.sources), union(predicted, \.sources))
        count(&report.cue, union(gold, { $0.cue.map { [$0] } ?? [] }), union(predicted, { $0.cue.map { [$0] } ?? [] }))

        let gq = gold.map { (covered($0.contents), covered($0.sources), Scorer.isDirect($0.contentText)) }
        let pq = predicted.map { (covered($0.contents), covered($0.sources)) }
        for q in predicted { if let rule = q.rule { report.byRule[rule, default: PRF()].predicted += 1 } }
        for pair in Scorer.match(gold: gq.map(\.0), predicted: pq.map(\.0)) {
            report.quote.tp += 1
            let gs = gq[pair.g].1, ps = pq[pair.p].1
            if !gs.isDisjoint(with: ps) || (gs.isEmpty && ps.isEmpty) {
                report.attribution.tp += 1
                if gq[pair.g].2 { report.directMatched += 1 }
                if let rule = predicted[pair.p].rule { report.byRule[rule, default: PRF()].tp += 1 }
            }
        }
        report.quote.predicted += pq.count
        report.quote.gold += gq.count
        report.attribution.predicted += pq.count
        report.attribution.gold += gq.count
        report.directGold += gq.filter(\.2).count
        for rule in report.byRule.keys { report.byRule[rule]!.gold = report.attribution.gold }
    }

    /// The quote matching of score.py and speakers.py: gold and predicted quotes whose
    /// content tokens have Dice ≥ 0.5, one to one, taken greedily by Dice. Python sorts
    /// the (dice, i, j) tuples in reverse, so among equal Dice the larger gold index, then
    /// the larger predicted index, goes first. The pairs come in the order taken.
    static func match(gold: [Set<Int>], predicted: [Set<Int>]) -> [(g: Int, p: Int)] {
        var pairs: [(dice: Double, g: Int, p: Int)] = []
        for (i, a) in gold.enumerated() {
            for (j, b) in predicted.enumerated() {
                let inter = a.intersection(b).count
                guard inter > 0 else { continue }
                let dice = 2 * Double(inter) / Double(a.count + b.count)
                if dice >= 0.5 { pairs.append((dice, i, j)) }
            }
        }
        pairs.sort { a, b in a.dice != b.dice ? a.dice > b.dice : (a.g != b.g ? a.g > b.g : a.p > b.p) }
        var usedG = Set<Int>(), usedP = Set<Int>()
        var out: [(g: Int, p: Int)] = []
        for pair in pairs where !usedG.contains(pair.g) && !usedP.contains(pair.p) {
            usedG.insert(pair.g)
            usedP.insert(pair.p)
            out.append((pair.g, pair.p))
        }
        return out
    }

    /// The indices of the tokens that lie wholly inside one of the spans (score.py's `covered`).
    static func covered(_ tokens: [Span], by spans: [Span]) -> Set<Int> {
        var out = Set<Int>()
        for (i, t) in tokens.enumerated() where spans.contains(where: { t.start >= $0.start && t.end <= $0.end }) {
            out.insert(i)
        }
        return out
    }

    /// A content that holds a straight or curly double quotation mark.
    static func isDirect(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 == "\"" || $0 == "\u{201C}" || $0 == "\u{201D}" }
    }

    /// Tokens as Python's `re.finditer(r"\w+|[^\w\s]")` finds them, in code points.
    static func tokens(_ text: String) -> [Span] {
        var out: [Span] = []
        var i = 0
        var start = -1
        for s in text.unicodeScalars {
            if isWordScalar(s) {
                if start < 0 { start = i }
            } else {
                if start >= 0 { out.append(Span(start, i)); start = -1 }
                if !isSpaceScalar(s) { out.append(Span(i, i + 1)) }
            }
            i += 1
        }
        if start >= 0 { out.append(Span(start, i)) }
        return out
    }

    /// Python's `\w`: letters, numbers and the underscore.
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            let v = s.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F
        }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Python's `\s` for str patterns.
    static func isSpaceScalar(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}
