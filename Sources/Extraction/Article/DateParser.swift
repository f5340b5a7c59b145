/// Finds a calendar date in free text: ISO ('2021-07-09'), 'July 9th, 2021',
/// '9 July 2021', 'Sept. 11, 2016'. Returns the ISO form and the text as written.
enum DateParser {
    private static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]

    static func find(in text: String) -> (iso: String, written: String)? {
        let tokens = Tokenizer.tokenize(TextBuffer(text))
        let buffer = TextBuffer(text)
        for (i, t) in tokens.enumerated() {
            // ISO: 2021-07-09 arrives as one number-word token or as number - number - number.
            if t.kind == .number || t.kind == .word, let iso = isoDate(buffer.text(Span(t.start, min(buffer.count, t.start + 10)))) {
                return (iso, buffer.text(Span(t.start, t.start + 10)))
            }
            guard t.kind == .word, let month = months[t.lower] else { continue }
            var k = i + 1
            if k < tokens.count, tokens[k].lower == "." { k += 1 }
            // Month Day, Year
            if k < tokens.count, let day = dayNumber(tokens[k].lower) {
                var y = k + 1
                if y < tokens.count, tokens[y].lower == "," { y += 1 }
                if y < tokens.count, let year = Int(tokens[y].lower), year > 1800, year < 2200 {
                    return (format(year, month, day), buffer.text(Span(t.start, tokens[y].end)))
                }
            }
            // Day Month Year
            if i > 0, let day = dayNumber(tokens[i - 1].lower), k < tokens.count, let year = Int(tokens[k].lower), year > 1800, year < 2200 {
                return (format(year, month, day), buffer.text(Span(tokens[i - 1].start, tokens[k].end)))
            }
        }
        return nil
    }

    private static func isoDate(_ s: String) -> String? {
        let parts = s.split(separator: "-")
        guard s.count == 10, parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              parts[0].count == 4, y > 1800, (1...12).contains(m), (1...31).contains(d) else { return nil }
        return format(y, m, d)
    }

    private static func dayNumber(_ s: String) -> Int? {
        var digits = s
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits.removeLast(2) }
        guard let d = Int(digits), (1...31).contains(d) else { return nil }
        return d
    }

    private static func format(_ y: Int, _ m: Int, _ d: Int) -> String {
        func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(y)-\(pad(m))-\(pad(d))"
    }
}
