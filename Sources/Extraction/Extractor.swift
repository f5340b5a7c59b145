/// Everything extraction finds in one article.
public struct ExtractionResult: Sendable {
    public var header: ArticleHeader
    public var attributions: [Attribution]
    public var mentions: [Mention]
    /// The text the spans point into, as code points, so callers slice it without decoding again.
    public var text: TextBuffer
}

/// The extraction entry point: text in, attributions and actor mentions out.
/// Pure: no files, no database, no global state, so it runs on any thread and the
/// knowledge base and the command line decide what to do with the result.
public struct Extractor: Sendable {
    /// Recorded with every article, so stored articles can be re-extracted after an upgrade.
    public static let version = "0.1.0"

    public let lexicon: Lexicon

    public init(lexicon: Lexicon = .standard) {
        self.lexicon = lexicon
    }

    public func extract(_ text: String, fileName: String? = nil) -> ExtractionResult {
        let doc = Document(text: TextBuffer(text), lexicon: lexicon)
        return extract(doc, header: ArticleHeader.parse(text, fileName: fileName))
    }

    func extract(_ doc: Document, header: ArticleHeader) -> ExtractionResult {
        let phrases = Phrases(doc: doc, lexicon: lexicon)
        var finder = AttributionFinder(phrases: phrases)
        let candidates = finder.run()
        let tokenMentions = MentionFinder(phrases: phrases).find()
        var resolver = SpeakerResolver(doc: doc, lexicon: lexicon, mentions: tokenMentions)
        let attributions = resolver.resolve(candidates)
        let mentions = tokenMentions.map {
            Mention(span: doc.span($0.range), nameSpan: doc.span($0.name), actor: $0.actor, role: $0.role,
                    affiliation: $0.affiliation, via: $0.via, alias: $0.alias)
        }
        return ExtractionResult(header: header, attributions: attributions, mentions: mentions, text: doc.text)
    }
}
