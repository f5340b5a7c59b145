/// Splits text into words, numbers, punctuation and quotation marks, keeping each
/// token's code-point span. It never changes the text: offsets always point into
/// the original, so spans built from tokens can be checked against the source.
public enum Tokenizer {
    public static func tokenize(_ text: TextBuffer) -> [Token] {
        let s = text.scalars
        let n = s.count
        var tokens: [Token] = []
        tokens.reserveCapacity(n / 5)
        var i = 0
        var spaceBefore = true
        var newlineBefore = true
        var scratch: [UInt8] = []
        scratch.reserveCapacity(64)
        while i < n {
            let c = s[i]
            if CharClass.isSpace(c) {
                spaceBefore = true
                if CharClass.isNewline(c) { newlineBefore = true }
                i += 1
                continue
            }
            let start = i
            var kind = TokenKind.punctuation
            var quote: QuoteMark?
            if CharClass.isLetter(c) {
                kind = .word
                i = scanWord(s, from: i)
            } else if CharClass.isDigit(c) {
                kind = .number
                i = scanNumber(s, from: i)
                // "9th", "1990s", "2nd", "29-day": a number glued to letters is one word.
                if i < n, CharClass.isLetter(s[i]) || CharClass.isHyphen(s[i]) && i + 1 < n && CharClass.isLetter(s[i + 1]) {
                    kind = .word
                    i = scanWord(s, from: start)
                }
            } else {
                i += 1
                switch c {
                case "\u{201C}", "\u{201E}", "\u{00AB}": kind = .quote; quote = .openDouble
                case "\u{201D}", "\u{00BB}": kind = .quote; quote = .closeDouble
                case "\"": kind = .quote; quote = .straightDouble
                case "\u{2018}", "\u{201A}", "\u{2039}": kind = .quote; quote = .openSingle
                case "\u{2019}", "\u{203A}": kind = .quote; quote = .closeSingle
                case "'":
                    kind = .quote
                    // Three marks close a single quote inside a double one (them,''' said) or
                    // open both ('''Hey): the single mark stands innermost, so it is the first
                    // token when the marks close and the last when they open.
                    if i + 1 < n, s[i] == "'", s[i + 1] == "'", !(i + 2 < n && CharClass.isAlnum(s[i + 2])) {
                        quote = .straightSingle
                    } else if i < n, s[i] == "'" { i += 1; quote = .straightDouble } else { quote = .straightSingle }
                case "`":
                    kind = .quote
                    if i < n, s[i] == "`" { i += 1; quote = .openDouble } else { quote = .openSingle }
                case ".":
                    // An ellipsis written as dots is one token.
                    while i < n, s[i] == "." { i += 1 }
                case "-":
                    while i < n, s[i] == "-" { i += 1 }
                default:
                    break
                }
            }
            var upperCount = 0, letterCount = 0, ascii = true
            for k in start..<i {
                let ch = s[k]
                if ch.value >= 0x80 { ascii = false }
                if CharClass.isLetter(ch) {
                    letterCount += 1
                    if CharClass.isUpper(ch) { upperCount += 1 }
                }
            }
            let lower: String
            if ascii {
                // The common case: lower-case ASCII bytes straight into a (small) string.
                scratch.removeAll(keepingCapacity: true)
                for k in start..<i {
                    let v = UInt8(truncatingIfNeeded: s[k].value)
                    scratch.append(v >= 0x41 && v <= 0x5A ? v | 0x20 : v)
                }
                lower = String(decoding: scratch, as: UTF8.self)
            } else {
                var view = String.UnicodeScalarView()
                for k in start..<i { CharClass.lowered(s[k], into: &view) }
                lower = String(view)
            }
            tokens.append(Token(
                span: Span(start, i), kind: kind, lower: lower, quote: quote,
                isCapitalized: CharClass.isUpper(s[start]),
                isAllCaps: letterCount >= 2 && upperCount == letterCount,
                spaceBefore: spaceBefore, newlineBefore: newlineBefore))
            spaceBefore = false
            newlineBefore = false
        }
        return tokens
    }

    /// Letters and digits, with inner apostrophes (don't, Pakistan’s), hyphens
    /// (Tehreek-e-Taliban) and the periods of initialisms (U.S., a.m.).
    private static func scanWord(_ s: [Unicode.Scalar], from start: Int) -> Int {
        let n = s.count
        var i = start
        while i < n {
            let c = s[i]
            if CharClass.isAlnum(c) || c.value >= 0x300 && c.properties.generalCategory == .nonspacingMark {
                i += 1
            } else if c.value == 0x200C || c.value == 0x200D, i > start, i + 1 < n, CharClass.isLetter(s[i + 1]) {
                // Zero-width joiners hold a Persian or Indic word together ('می‌خواهم').
                i += 1
            } else if c.value >= 0x80, c.value <= 0xBF, c.value != 0x85, c.value != 0xA0, c.value != 0xAB, c.value != 0xBB, i > start,
                      CharClass.isLetter(s[i - 1]) || s[i - 1].value >= 0x300 && s[i - 1].value < 0x370 || s[i - 1].value >= 0x80 && s[i - 1].value <= 0xBF,
                      i + 1 < n, CharClass.isAlnum(s[i + 1]) || s[i + 1].value >= 0x80 && s[i + 1].value <= 0xBF {
                // Mojibake: UTF-8 read as Latin-1 turns 'ç' into 'Ã§' ('FranÃ§ois', or doubly
                // 'FranÃ\u{83}Â§ois'); the continuation byte's character inside a word is part
                // of it, not a symbol that splits it.
                i += 1
            } else if (CharClass.isApostrophe(c) || CharClass.isHyphen(c) || c == "&"), i + 1 < n, CharClass.isAlnum(s[i + 1]), i > start {
                // An apostrophe between letters, or a hyphen or ampersand inside a word (AT&T).
                i += 2
            } else if c == ".", i + 2 < n, i - start == 1, CharClass.isLetter(s[i + 1]), s[i + 2] == "." {
                // Initialism: U.S., U.N., a.m. — single letters separated by periods.
                i += 3
                while i + 1 < n, CharClass.isLetter(s[i]), s[i + 1] == "." { i += 2 }
                return i
            } else {
                break
            }
        }
        return i
    }

    private static func scanNumber(_ s: [Unicode.Scalar], from start: Int) -> Int {
        let n = s.count
        var i = start
        while i < n {
            if CharClass.isDigit(s[i]) {
                i += 1
            } else if (s[i] == "," || s[i] == "." || s[i] == ":"), i + 1 < n, CharClass.isDigit(s[i + 1]) {
                i += 2
            } else {
                break
            }
        }
        return i
    }
}
