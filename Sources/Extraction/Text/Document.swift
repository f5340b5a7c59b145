/// The text model every pass shares: the text, its tokens, paragraphs, sentences and
/// quotations, with per-token look-ups so a pass can ask "which sentence, which
/// quote is this token in" in O(1).
public struct Document: Sendable {
    public let text: TextBuffer
    public let tokens: [Token]
    public let paragraphs: [Range<Int>]
    public let sentences: [Range<Int>]
    public let quotes: [QuoteRegion]
    /// Sentence index of each token.
    public let sentenceOf: [Int32]
    /// Paragraph index of each token.
    public let paragraphOf: [Int32]
    /// Index of the innermost quote region holding each token (marks included), or -1.
    public let quoteOf: [Int32]
    /// Paragraphs written in title case (headlines), where capitalised verbs are still verbs.
    public let isHeadlineParagraph: [Bool]

    public init(_ string: String, lexicon: Lexicon = .standard) {
        self.init(text: TextBuffer(string), lexicon: lexicon)
    }

    public init(text: TextBuffer, lexicon: Lexicon) {
        self.text = text
        let tokens = Tokenizer.tokenize(text)
        self.tokens = tokens
        let paragraphs = Segmenter.paragraphs(tokens)
        self.paragraphs = paragraphs
        let sentences = Segmenter.sentences(tokens, paragraphs: paragraphs, lexicon: lexicon)
        self.sentences = sentences
        let quotes = QuoteScanner.scan(tokens, paragraphs: paragraphs)
        self.quotes = quotes
        var sentenceOf = [Int32](repeating: 0, count: tokens.count)
        for (k, r) in sentences.enumerated() { for i in r { sentenceOf[i] = Int32(k) } }
        var paragraphOf = [Int32](repeating: 0, count: tokens.count)
        for (k, r) in paragraphs.enumerated() { for i in r { paragraphOf[i] = Int32(k) } }
        var quoteOf = [Int32](repeating: -1, count: tokens.count)
        for (k, q) in quotes.enumerated() { for i in q.open...q.last { quoteOf[i] = Int32(k) } }
        self.sentenceOf = sentenceOf
        self.paragraphOf = paragraphOf
        self.quoteOf = quoteOf
        self.isHeadlineParagraph = paragraphs.map { paragraph in
            var words = 0, capitals = 0
            for k in paragraph where tokens[k].kind == .word && tokens[k].lower.count > 3 {
                words += 1
                if tokens[k].isCapitalized { capitals += 1 }
            }
            return words >= 2 && capitals * 10 >= words * 8
        }
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
