/// Finds paragraphs (lines) and sentences over tokens. A period ends a sentence
/// unless it follows an abbreviation ('Maj.', 'Sept.') or an initial ('Antony J.
/// Blinken'); closing quotes and brackets after the stop stay in the sentence.
enum Segmenter {
    /// Token ranges of paragraphs: a line break starts a new one.
    static func paragraphs(_ tokens: [Token]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for i in tokens.indices where i > 0 && tokens[i].newlineBefore {
            result.append(start..<i)
            start = i
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }

    static func sentences(_ tokens: [Token], paragraphs: [Range<Int>], lexicon: Lexicon) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for paragraph in paragraphs {
            var start = paragraph.lowerBound
            var i = paragraph.lowerBound
            while i < paragraph.upperBound {
                let t = tokens[i]
                // '… terrorist attacks in the U.S. He says …': an initialism keeps its last
                // period, so the sentence ends there when a pronoun or determiner opens the next.
                if t.kind == .word, t.lower.hasSuffix("."), i + 1 < paragraph.upperBound, tokens[i + 1].spaceBefore, tokens[i + 1].isCapitalized,
                   let next = lexicon.words[tokens[i + 1].lower], next.pronounRole == .subject || next.wordClass == .det {
                    result.append(start..<(i + 1))
                    start = i + 1
                    i += 1
                    continue
                }
                if t.kind == .punctuation, isStop(t.lower), !isAbbreviation(tokens, stopAt: i, lexicon: lexicon) {
                    var end = i + 1
                    // Keep closing quotes and brackets with the sentence they close.
                    while end < paragraph.upperBound, !tokens[end].spaceBefore,
                          tokens[end].kind == .quote || tokens[end].lower == ")" || tokens[end].lower == "]" {
                        end += 1
                    }
                    if end >= paragraph.upperBound || startsSentence(tokens[end]) {
                        result.append(start..<end)
                        start = end
                        i = end
                        continue
                    }
                }
                i += 1
            }
            if start < paragraph.upperBound { result.append(start..<paragraph.upperBound) }
        }
        return result.flatMap(capped)
    }

    /// No sentence is longer than this many tokens: text without stops (one long line,
    /// a list, noise) is cut into pieces, so every per-sentence rule stays linear.
    static let maxSentenceTokens = 200

    private static func capped(_ r: Range<Int>) -> [Range<Int>] {
        guard r.count > maxSentenceTokens else { return [r] }
        return stride(from: r.lowerBound, to: r.upperBound, by: maxSentenceTokens).map { $0..<min($0 + maxSentenceTokens, r.upperBound) }
    }

    private static func isStop(_ s: String) -> Bool {
        s == "." || s == "!" || s == "?" || s == "..." || s == "…"
    }

    /// A word that may begin a sentence: capitalised, a number, or an opening quote.
    private static func startsSentence(_ t: Token) -> Bool {
        guard t.spaceBefore else { return false }
        if t.isCapitalized || t.kind == .number || t.kind == .quote { return true }
        return t.lower == "(" || t.lower == "[" || t.lower == "—" || t.lower == "-"
    }

    private static func isAbbreviation(_ tokens: [Token], stopAt i: Int, lexicon: Lexicon) -> Bool {
        guard tokens[i].lower == ".", i > 0 else { return false }
        let prev = tokens[i - 1]
        guard prev.end == tokens[i].start, prev.kind == .word else { return false }
        if lexicon.abbreviations.contains(prev.lower) { return true }
        // An initial: one capital letter ('J.'), unless it ends a sentence like 'Plan B.'
        if prev.span.length == 1, prev.isCapitalized {
            return i + 1 < tokens.count && tokens[i + 1].isCapitalized && !tokens[i + 1].newlineBefore
        }
        // An initialism such as 'U.S.' already holds its periods; the next period, if
        // any, is a real stop.
        return false
    }
}
