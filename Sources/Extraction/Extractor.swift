/// Everything extraction finds in one article.
public struct ExtractionResult: Sendable {
    public var header: ArticleHeader
    public var attributions: [Attribution]
    public var mentions: [Mention]
    /// The text the spans point into, as code points, so callers slice it without decoding again.
    public var text: TextBuffer

    /// A result made elsewhere and read back (`whosaid ingest --extracted`).
    public init(header: ArticleHeader, attributions: [Attribution], mentions: [Mention], text: TextBuffer) {
        self.header = header
        self.attributions = attributions
        self.mentions = mentions
        self.text = text
    }
}

/// The extraction entry point: text in, attributions and actor mentions out.
/// Pure: no files, no database, no global state, so it runs on any thread and the
/// knowledge base and the command line decide what to do with the result.
public struct Extractor: Sendable {
    /// The extractor's release, by hand: the part of `version` people talk about.
    public static let release = "0.2.0"

    /// SHA-256 of every file under `Sources/Extraction` (this code, the lexicons, the
    /// gazetteers, the cue model's weights), computed by the build (`EmbedData`).
    public static let sourceDigest = ExtractionSourceDigest.sha256

    /// Recorded with every article, so stored articles can be re-extracted after an
    /// upgrade: the release and the first 12 hex digits of `sourceDigest`
    /// ("0.2.0+1f3a…"). A hand-kept number was never raised; the digest changes with any
    /// change to what decides extraction, so a new binary finds the articles an older
    /// one stored due for `whosaid reextract`, and a rebuild of the same sources does not.
    public static let version = "\(release)+\(sourceDigest.prefix(12))"

    public let lexicon: Lexicon
    /// The learned detector of cues the lexicon does not list; nil runs the rules on the lexicon alone.
    public let cueModel: CueModel?
    /// The learned judge of the rules' candidates; nil keeps every candidate.
    public let attributionModel: AttributionModel?
    /// Rules and passes left out, to measure what each contributes (`whosaid eval --without`).
    public let ablation: Ablation

    /// The shipped models by default; training and cross-validation pass their own.
    public init(lexicon: Lexicon = .standard, cueModel: CueModel? = .standard, attributionModel: AttributionModel? = .standard,
                ablation: Ablation = .none) {
        self.lexicon = lexicon
        self.cueModel = cueModel
        self.attributionModel = attributionModel
        self.ablation = ablation
    }

    public func extract(_ text: String, fileName: String? = nil) -> ExtractionResult {
        let buffer = TextBuffer(text)
        let header = ArticleHeader.parse(text, fileName: fileName)
        if buffer.count > Self.windowLength { return extractInWindows(buffer, header: header) }
        return extract(Document(text: buffer, lexicon: lexicon), header: header)
    }

    func extract(_ doc: Document, header: ArticleHeader) -> ExtractionResult {
        let proposed = propose(doc)
        var attributions = proposed.attributions
        if let model = attributionModel {
            let keep = model.keeps(proposed.finder, proposed.candidates)
            attributions = attributions.indices.filter { keep[$0] }.map { attributions[$0] }
        }
        let tokenMentions = proposed.mentions
        let mentions = tokenMentions.map {
            Mention(span: doc.span($0.range), nameSpan: doc.span($0.name), actor: $0.actor, role: $0.role,
                    affiliation: $0.affiliation, via: $0.via, alias: $0.alias)
        }
        return ExtractionResult(header: header, attributions: attributions, mentions: mentions, text: doc.text)
    }

    /// What the rules propose, every candidate resolved, before the judge decides.
    /// Every candidate is resolved, so one that inherits its speaker from a candidate the
    /// judge drops still finds it; the dropped ones are left out afterwards.
    func propose(_ doc: Document) -> (finder: AttributionFinder, candidates: [Candidate], attributions: [Attribution], mentions: [TokenMention]) {
        let phrases = Phrases(doc: doc, lexicon: lexicon)
        var finder = AttributionFinder(phrases: phrases, cueModel: cueModel, ablation: ablation)
        let candidates = finder.run()
        let tokenMentions = MentionFinder(phrases: phrases).find()
        var resolver = SpeakerResolver(doc: doc, lexicon: lexicon, mentions: tokenMentions, info: phrases.info)
        return (finder, candidates, resolver.resolve(candidates), tokenMentions)
    }
}
