/// The text model every pass shares: the text, its tokens, paragraphs, sentences and
/// quotations, with per-token look-ups so a pass can ask "which sentence, which
/// quote is this token in" in O(1).
public struct Document: Sendable {
    public var text: TextBuffer { _read { yield box.fields.text } }
    public var tokens: [Token] { _read { yield box.fields.tokens } }
    public var paragraphs: [Range<Int>] { _read { yield box.fields.paragraphs } }
    public var sentences: [Range<Int>] { _read { yield box.fields.sentences } }
    public var quotes: [QuoteRegion] { _read { yield box.fields.quotes } }
    /// Sentence index of each token.
    public var sentenceOf: [Int32] { _read { yield box.fields.sentenceOf } }
    /// Paragraph index of each token.
    public var paragraphOf: [Int32] { _read { yield box.fields.paragraphOf } }
    /// Index of the innermost quote region holding each token (marks included), or -1.
    public var quoteOf: [Int32] { _read { yield box.fields.quoteOf } }
    /// Paragraphs written in title case (headlines), where capitalised verbs are still verbs.
    public var isHeadlineParagraph: [Bool] { _read { yield box.fields.isHeadlineParagraph } }
    /// The text starts the article, so its first short paragraph may be the headline; false
    /// for a later window of a long text (see `Extractor.windowLength`).
    public var opensArticle: Bool { box.fields.opensArticle }

    public init(_ string: String, lexicon: Lexicon = .standard) {
        self.init(text: TextBuffer(string), lexicon: lexicon)
    }

    /// The tables, held once behind a reference: a copy of a document (every pass and
    /// every phrase reader holds one) is one retain, not one per table.
    struct Fields: Sendable {
        let text: TextBuffer
        let tokens: [Token]
        let paragraphs: [Range<Int>]
        let sentences: [Range<Int>]
        let quotes: [QuoteRegion]
        let sentenceOf: [Int32]
        let paragraphOf: [Int32]
        let quoteOf: [Int32]
        let isHeadlineParagraph: [Bool]
        let opensArticle: Bool
    }

    final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private let box: Box

    public init(text: TextBuffer, lexicon: Lexicon, opensArticle: Bool = true) {
        let tokens = Tokenizer.tokenize(text)
        let paragraphs = Segmenter.paragraphs(tokens)
        let sentences = Segmenter.sentences(tokens, paragraphs: paragraphs, lexicon: lexicon)
        let quotes = QuoteScanner.scan(tokens, paragraphs: paragraphs)
        var sentenceOf = [Int32](repeating: 0, count: tokens.count)
        for (k, r) in sentences.enumerated() { for i in r { sentenceOf[i] = Int32(k) } }
        var paragraphOf = [Int32](repeating: 0, count: tokens.count)
        for (k, r) in paragraphs.enumerated() { for i in r { paragraphOf[i] = Int32(k) } }
        var quoteOf = [Int32](repeating: -1, count: tokens.count)
        for (k, q) in quotes.enumerated() { for i in q.open...q.last { quoteOf[i] = Int32(k) } }
        let isHeadlineParagraph = paragraphs.map { paragraph in
            var words = 0, capitals = 0
            for k in paragraph where tokens[k].kind == .word && tokens[k].lower.count > 3 {
                words += 1
                if tokens[k].isCapitalized { capitals += 1 }
            }
            return words >= 2 && capitals * 10 >= words * 8
        }
        box = Box(Fields(text: text, tokens: tokens, paragraphs: paragraphs, sentences: sentences, quotes: quotes,
                         sentenceOf: sentenceOf, paragraphOf: paragraphOf, quoteOf: quoteOf, isHeadlineParagraph: isHeadlineParagraph,
                         opensArticle: opensArticle))
    }

    public func span(_ tokenRange: Range<Int>) -> Span {
        guard let first = tokenRange.first else { return Span(0, 0) }
        return Span(tokens[first].start, tokens[tokenRange.upperBound - 1].end)
    }

    public func string(_ tokenRange: Range<Int>) -> String { text.text(span(tokenRange)) }

    public func sentence(of token: Int) -> Range<Int> { sentences[Int(sentenceOf[token])] }
    public func paragraph(of token: Int) -> Range<Int> { paragraphs[Int(paragraphOf[token])] }

    public func quote(of token: Int) -> QuoteRegion? {
        let q = quoteOf[token]
        return q < 0 ? nil : quotes[Int(q)]
    }

    /// The token range of a quote region, marks included.
    public func range(of quote: QuoteRegion) -> Range<Int> { quote.open..<(quote.last + 1) }
}
