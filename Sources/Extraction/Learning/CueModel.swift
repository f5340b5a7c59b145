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

    public init(perceptron: Perceptron, threshold: Double = 0) {
        self.perceptron = perceptron
        self.threshold = threshold
    }

    /// The shipped model, or nil when the build carries none.
    public static let standard: CueModel? = {
        guard let file = EmbeddedLexicons.files.first(where: { $0.name == "cue-model.tsv" }) else { return nil }
        let p = Perceptron(tsv: file.text)
        return p.weights.isEmpty ? nil : CueModel(perceptron: p)
    }()

    func score(_ doc: Document, _ phrases: Phrases, _ i: Int) -> Double {
        perceptron.score(Self.features(doc, phrases, i))
    }

    /// Tokens the model is asked about: words outside quotes that are not
    /// function words, pronouns or capitalised names.
    static func isCandidate(_ doc: Document, _ phrases: Phrases, _ i: Int) -> Bool {
        let t = doc.tokens[i]
        guard t.kind == .word, doc.quoteOf[i] < 0 else { return false }
        if phrases.lexicon.wordClass(t.lower) != nil || phrases.lexicon.pronouns[t.lower] != nil { return false }
        if t.isCapitalized, i != doc.sentence(of: i).lowerBound { return false }
        return true
    }

    static func features(_ doc: Document, _ phrases: Phrases, _ i: Int) -> [String] {
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
            if let p = phrases.lexicon.pronouns[t.lower] { return "PRON-" + p.role }
            if let c = phrases.lexicon.wordClass(t.lower) { return c.rawValue.uppercased() }
            if phrases.lexicon.cue(t.lower) != nil { return "CUE" }
            if t.isCapitalized { return "CAP" }
            if phrases.lexicon.titles[t.lower] != nil || phrases.lexicon.sourceNouns.contains(t.lower) { return "ROLE" }
            return "low"
        }
        let p1 = shape(i - 1), n1 = shape(i + 1), n2 = shape(i + 2)
        var suffix = ""
        for s in ["ing", "ed", "es", "s"] where w.hasSuffix(s) && w.count > s.count + 2 { suffix = s; break }
        let stem = suffix.isEmpty ? w : String(w.dropLast(suffix.count))
        var f = [
            "w=" + w, "stem=" + stem, "suf=" + suffix, "s3=" + String(w.suffix(3)),
            "p1=" + word(i - 1), "n1=" + word(i + 1), "p2=" + word(i - 2), "n2=" + word(i + 2),
            "p1s=" + p1, "n1s=" + n1, "n2s=" + n2, "p1s+n1s=" + p1 + "|" + n1, "suf+n1s=" + suffix + "|" + n1,
            "stem+n1=" + stem + "|" + word(i + 1),
        ]
        if let cue = phrases.lexicon.cue(w) { f.append("lex=" + cue.cueClass.rawValue) }
        if i == sentence.lowerBound { f.append("first") }
        let subjectEnd = phrases.skipAdjunctsLeft(phrases.extendCueLeft(i, floor: sentence.lowerBound), floor: sentence.lowerBound)
        if let subject = phrases.subjectLeft(subjectEnd, floor: sentence.lowerBound) {
            let head = subject.upperBound - 1
            f.append("subj=" + shape(head))
            f.append("subj+suf=" + shape(head) + "|" + suffix)
            f.append("subj+n1s=" + shape(head) + "|" + n1)
            if phrases.lexicon.sourceNouns.contains(tokens[head].lower) || phrases.lexicon.titles[tokens[head].lower] != nil { f.append("subj-role") }
        } else {
            f.append("nosubj")
        }
        // A quotation in the rest of the sentence.
        if (i + 1..<sentence.upperBound).contains(where: { doc.quoteOf[$0] >= 0 }) { f.append("quote-after") }
        return f
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
