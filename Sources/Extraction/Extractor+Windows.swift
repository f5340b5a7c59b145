/// A text far longer than any news story (a book, a dump of many stories without
/// separators, a hostile input) is read in windows of whole paragraphs, each extracted on
/// its own, and the results are joined with their offsets moved back into the whole text.
/// Every table extraction builds costs tens of bytes per token, so a text read at once
/// costs about 40 times its size in memory; read in windows, that cost is bounded by the
/// window, and the whole text is held once, as its code points (4 bytes each).
///
/// What a window does not see: an antecedent in an earlier window (a surname, a pronoun,
/// 'the minister'), and a quotation left open across the cut. A window ends at a line
/// break where it can, so only paragraphs longer than half a window are cut inside.
extension Extractor {
    /// Code points a window holds at most: about 30 long news stories, far more than one
    /// article holds, so no real article is ever cut; its tables take about 10 MB.
    public static let windowLength = 250_000

    func extractInWindows(_ text: TextBuffer, header: ArticleHeader, windowLength: Int = Extractor.windowLength) -> ExtractionResult {
        var attributions: [Attribution] = []
        var mentions: [Mention] = []
        var start = 0
        while start < text.count {
            let end = Self.windowEnd(text, from: start, length: windowLength)
            let doc = Document(text: TextBuffer(scalars: Array(text.scalars[start..<end])), lexicon: lexicon, opensArticle: start == 0)
            let part = extract(doc, header: header)
            attributions.append(contentsOf: part.attributions.lazy.map { $0.shifted(by: start) })
            mentions.append(contentsOf: part.mentions.lazy.map { $0.shifted(by: start) })
            start = end
        }
        return ExtractionResult(header: header, attributions: attributions, mentions: mentions, text: text)
    }

    /// Where the window that starts at `start` ends: after the last line break of its
    /// second half, else after the last sentence's end there, else at the last white
    /// space, else (a run of letters with no space at all) at the limit.
    static func windowEnd(_ text: TextBuffer, from start: Int, length: Int) -> Int {
        let limit = start + length
        guard limit < text.count else { return text.count }
        let floor = start + length / 2
        func last(_ isCut: (Int) -> Bool) -> Int? {
            var k = limit
            while k > floor {
                if isCut(k) { return k }
                k -= 1
            }
            return nil
        }
        if let k = last({ text[$0 - 1] == "\n" }) { return k }
        if let k = last({ text[$0 - 1] == " " && [".", "!", "?"].contains(text[$0 - 2]) }) { return k }
        if let k = last({ text[$0 - 1].properties.isWhitespace }) { return k }
        return limit
    }
}

extension Span {
    func shifted(by offset: Int) -> Span { Span(start + offset, end + offset) }
}

extension Attribution {
    func shifted(by offset: Int) -> Attribution {
        var a = self
        a.cue = cue?.shifted(by: offset)
        a.sources = sources.map { $0.shifted(by: offset) }
        a.contents = contents.map { $0.shifted(by: offset) }
        return a
    }
}

extension Mention {
    func shifted(by offset: Int) -> Mention {
        var m = self
        m.span = span.shifted(by: offset)
        m.nameSpan = nameSpan.shifted(by: offset)
        return m
    }
}
