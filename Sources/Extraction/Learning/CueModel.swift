/// A learned detector of reporting cues beyond the lexicon. PolNeAR annotates any
/// verb through which someone takes a position ('took offense at', 'decried',
/// 'is drawing criticism'), far more than a hand list can hold; the model learns
/// from the words around a cue (a name or pronoun before it, 'that' or a quote after
/// it) so it also fires on verbs it never saw. Trained by `whosaid train cues` on
/// polnear-train; the weights ship as `Lexicons/cue-model.tsv`.
public struct CueModel: Sendable {
    public let perceptron: Perceptron
    /// Scores above this mark a cue.
    public var threshold: Double

    /// Chosen by 5-fold cross-validation on polnear-train, the judge retrained behind
    /// each value (`whosaid eval --cv 5 … --cue-thresholds=-2.5,-1,0.5`): attribution F1
    /// 67.5, 67.4 and 67.4, precision 77.9, 79.1 and 80.0. F1 is level, so the surest
    /// wins: a verb the lexicon does not list ('opened the museum', 'enjoyed support')
    /// files a statement under a named actor, and a wrong one costs more than a missed one.
    public static let defaultThreshold = 0.5
    /// Scores above this mark a cue when what the verb reports holds a quotation no
    /// other pass claimed (see `AttributionFinder.quotedReports`). Chosen on
    /// polnear-train: from -5 to -10 attribution F1 stays within 0.1 point while
    /// direct-quote recall rises to -8 and flattens.
    public var quoteThreshold = -8.0

    public init(perceptron: Perceptron, threshold: Double = CueModel.defaultThreshold) {
        self.perceptron = perceptron
        self.threshold = threshold
        self.hashed = HashedWeights(perceptron)
    }

    /// The shipped model, or nil when the build carries none.
    public static let standard: CueModel? = HashedWeights.embedded("cue-model.tsv").map { CueModel(perceptron: $0) }

    private let hashed: HashedWeights

    func score(_ doc: Document, _ phrases: Phrases, _ i: Int) -> Double {
        var sink = hashed.sink
        Self.features(doc, phrases, i, into: &sink)
        return sink.score
    }

    /// Tokens the model is asked about: words outside quotes that are not
    /// function words, pronouns or capitalised names.
    static func isCandidate(_ doc: Document, _ phrases: Phrases, _ i: Int) -> Bool {
        let t = doc.tokens[i]
        guard t.kind == .word, doc.quoteOf[i] < 0 else { return false }
        if phrases.info[i].wordClass != nil || phrases.info[i].pronounRole != nil { return false }
        if t.isCapitalized, i != doc.sentence(of: i).lowerBound { return false }
        // Verbs only: an inflected form, or a bare form after an auxiliary, 'to' or a subject pronoun.
        let w = t.lower
        if w.hasSuffix("ed") || w.hasSuffix("ing") || (w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us")) { return true }
        guard i > 0 else { return false }
        let previous = doc.tokens[i - 1].lower
        return phrases.info[i - 1].wordClass == .aux || previous == "to" || phrases.isPronoun(i - 1)
    }

    static func features(_ doc: Document, _ phrases: Phrases, _ i: Int) -> [String] {
        var sink = FeatureStrings()
        features(doc, phrases, i, into: &sink)
        return sink.features
    }

    static func features<Sink: FeatureSink>(_ doc: Document, _ phrases: Phrases, _ i: Int, into f: inout Sink) {
        let tokens = doc.tokens
        let sentence = doc.sentence(of: i)
        let w = tokens[i].lower
        func word(_ k: Int) -> String { k >= sentence.lowerBound && k < sentence.upperBound ? tokens[k].lower : (k < sentence.lowerBound ? "<s>" : "</s>") }
        func shape(_ k: Int) -> String {
            guard k >= sentence.lowerBound && k < sentence.upperBound else { return k < sentence.lowerBound ? "START" : "END" }
            let t = tokens[k]
            if t.kind == .quote { return "QUOTE" }
            if t.kind == .punctuation { return t.lower == "," ? "COMMA" : (t.lower == ":" ? "COLON" : "PUNCT") }
            if t.kind == .number { return "NUM" }
            if t.lower == "that" { return "THAT" }
            if t.lower == "to" { return "TO" }
            let info = phrases.info[k]
            if let role = info.pronounRole { return "PRON-" + role.rawValue }
            if let c = info.wordClass { return c.rawValue.uppercased() }
            if info.cueClass != nil { return "CUE" }
            if t.isCapitalized { return "CAP" }
            if info.title != nil || info.isSourceNoun { return "ROLE" }
            return "low"
        }
        let p1 = shape(i - 1), n1 = shape(i + 1), n2 = shape(i + 2)
        var suffix = ""
        for s in ["ing", "ed", "es", "s"] where w.hasSuffix(s) && w.count > s.count + 2 { suffix = s; break }
        let stem = suffix.isEmpty ? w : String(w.dropLast(suffix.count))
        f.add("w=", w); f.add("stem=", stem); f.add("suf=", suffix); f.add("s3=", String(w.suffix(3)))
        f.add("p1=", word(i - 1)); f.add("n1=", word(i + 1)); f.add("p2=", word(i - 2)); f.add("n2=", word(i + 2))
        f.add("p1s=", p1); f.add("n1s=", n1); f.add("n2s=", n2)
        f.add("p1s+n1s=", p1, "|", n1); f.add("suf+n1s=", suffix, "|", n1); f.add("stem+n1=", stem, "|", word(i + 1))
        if let cueClass = phrases.info[i].cueClass { f.add("lex=", cueClass.rawValue) }
        if i == sentence.lowerBound { f.add("first") }
        let subjectEnd = phrases.skipAdjunctsLeft(phrases.extendCueLeft(i, floor: sentence.lowerBound), floor: sentence.lowerBound)
        if let subject = phrases.singleSubjectLeft(subjectEnd, floor: sentence.lowerBound) {
            let head = subject.upperBound - 1
            let headShape = shape(head)
            f.add("subj=", headShape)
            f.add("subj+suf=", headShape, "|", suffix)
            f.add("subj+n1s=", headShape, "|", n1)
            if phrases.info[head].isSourceNoun || phrases.info[head].title != nil { f.add("subj-role") }
        } else {
            f.add("nosubj")
        }
        // A quotation in the rest of the sentence.
        if (i + 1..<sentence.upperBound).contains(where: { doc.quoteOf[$0] >= 0 }) { f.add("quote-after") }
    }

    /// Training examples from one article and its gold cue spans: every candidate
    /// token, labelled by whether it lies inside a gold cue.
    public static func examples(text: String, cues: [Span], lexicon: Lexicon = .standard) -> [([String], Bool)] {
        let doc = Document(text: TextBuffer(text), lexicon: lexicon)
        let phrases = Phrases(doc: doc, lexicon: lexicon)
        var out: [([String], Bool)] = []
        for i in doc.tokens.indices where isCandidate(doc, phrases, i) {
            let span = doc.tokens[i].span
            let label = cues.contains { $0.start <= span.start && span.end <= $0.end }
            out.append((features(doc, phrases, i), label))
        }
        return out
    }
}

/// Where the cue model's features go: strings for training and the weights file,
/// hashes for scoring. Both see the same parts in the same order.
protocol FeatureSink {
    mutating func add(_ a: String)
    mutating func add(_ a: String, _ b: String)
    mutating func add(_ a: String, _ b: String, _ c: String, _ d: String)
}

struct FeatureStrings: FeatureSink {
    var features: [String] = []
    mutating func add(_ a: String) { features.append(a) }
    mutating func add(_ a: String, _ b: String) { features.append(a + b) }
    mutating func add(_ a: String, _ b: String, _ c: String, _ d: String) { features.append(a + b + c + d) }
}

struct HashedScore: FeatureSink {
    let weights: [UInt64: Double]
    var score: Double
    mutating func add(_ a: String) { score += weights[FNV.hash(a)] ?? 0 }
    mutating func add(_ a: String, _ b: String) { score += weights[FNV.hash(b, continuing: FNV.hash(a))] ?? 0 }
    mutating func add(_ a: String, _ b: String, _ c: String, _ d: String) {
        score += weights[FNV.hash(d, continuing: FNV.hash(c, continuing: FNV.hash(b, continuing: FNV.hash(a))))] ?? 0
    }
}

/// 64-bit FNV-1a over UTF-8: hashing "a" then "b" equals hashing "ab".
enum FNV {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static func hash(_ s: String, continuing start: UInt64 = offset) -> UInt64 {
        var h = start
        for byte in s.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }
}
