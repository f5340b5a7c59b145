/// What people type into `--search` (`al-qaeda`, `Qureshi's`, `85%`, a lone `"`), read
/// as words rather than as FTS5 query syntax, in which a hyphen is a column filter,
/// `NEAR(` a function and a quote opens a phrase. Each word becomes a quoted FTS5
/// phrase, so no character the user types can reach the query parser as syntax.
enum SearchWords {
    /// The FTS5 query that finds statements holding all the words of `text`: a
    /// hyphenated or apostrophised name is one phrase of its parts (`"al qaeda"`, as the
    /// index's tokenizer split the text), a possessive `'s` is left off, a part between
    /// a pair of double quotes stays one phrase. Nil when `text` holds no word at all.
    static func ftsQuery(_ text: String) -> String? {
        var phrases: [String] = []
        // Even pieces are outside a pair of quotes; a lone quote pairs with nothing.
        let pieces = text.split(separator: "\"", omittingEmptySubsequences: false)
        let paired = pieces.count % 2 == 1
        for (i, piece) in pieces.enumerated() {
            if paired && i % 2 == 1 {
                let words = Self.words(piece)
                if !words.isEmpty { phrases.append(words.joined(separator: " ")) }
            } else {
                for chunk in piece.split(whereSeparator: \.isWhitespace) {
                    let words = Self.words(chunk)
                    if !words.isEmpty { phrases.append(words.joined(separator: " ")) }
                }
            }
        }
        guard !phrases.isEmpty else { return nil }
        return phrases.map { "\"" + $0 + "\"" }.joined(separator: " ")
    }

    /// The runs of letters and digits of `chunk`, without a possessive ending.
    static func words(_ chunk: Substring) -> [String] {
        var words: [String] = []
        var current = ""
        for c in chunk {
            if c.isLetter || c.isNumber {
                current.append(c)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        // "Qureshi's" is read as Qureshi: the tokenizer would index "qureshi" and "s".
        if words.count > 1, words.last?.lowercased() == "s" {
            let ending = chunk.reversed().drop(while: { !$0.isLetter && !$0.isNumber }).dropFirst().first
            if ending == "'" || ending == "\u{2019}" { words.removeLast() }
        }
        return words
    }
}
