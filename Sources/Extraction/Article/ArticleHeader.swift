/// What the lines before an article's body say about it: headline, date, dateline
/// and source. News files arrive with all kinds of headers (a mojibake date line,
/// a caption, bullets, "ISLAMABAD: (Agency - July 9th, 2021)"); the parser reads
/// what it recognises and leaves the text itself untouched.
public struct ArticleHeader: Sendable, Equatable {
    public var title: String?
    /// ISO date, YYYY-MM-DD.
    public var date: String?
    /// The date as written.
    public var dateText: String?
    public var dateline: String?
    public var source: String?

    public init(title: String? = nil, date: String? = nil, dateText: String? = nil, dateline: String? = nil, source: String? = nil) {
        self.title = title
        self.date = date
        self.dateText = dateText
        self.dateline = dateline
        self.source = source
    }

    /// Reads the header of `text`; `fileName` can supply an ISO date ('nyt_2016-09-12_…').
    public static func parse(_ text: String, fileName: String? = nil) -> ArticleHeader {
        var header = ArticleHeader()
        let lines = firstLines(of: text, count: 12)
        for (index, line) in lines.prefix(8).enumerated() {
            if header.date == nil, line.count < 80, let (iso, written) = DateParser.find(in: line), isDateLine(line) {
                header.date = iso
                header.dateText = written
                continue
            }
            if header.dateline == nil, let (place, rest) = dateline(of: line) {
                header.dateline = place
                if let (source, dateText) = parenthesisedSource(rest) {
                    header.source = source
                    if header.date == nil, let dateText, let (iso, written) = DateParser.find(in: dateText) {
                        header.date = iso
                        header.dateText = written
                    }
                }
                break
            }
            if header.title == nil, index < 3, line.count <= 200, line.count >= 8, !line.hasPrefix("\u{2022}"),
               lines.count > index + 1, !line.hasSuffix(":") {
                header.title = line
            }
        }
        if header.date == nil, let fileName, let (iso, written) = DateParser.find(in: fileName), written.contains("-") {
            header.date = iso
        }
        return header
    }

    /// The first non-empty lines, trimmed, read scalar by scalar: headers live at the
    /// top, and a long article is never split as a whole.
    private static func firstLines(of text: String, count: Int) -> [String] {
        var lines: [String] = []
        let scalars = text.unicodeScalars
        var lineStart = scalars.startIndex
        var index = scalars.startIndex
        var seen = 0
        func take(_ end: String.UnicodeScalarView.Index) {
            let line = String(scalars[lineStart..<end]).trimmingSpaces()
            if !line.isEmpty { lines.append(line) }
        }
        while index < scalars.endIndex, lines.count < count, seen < 6000 {
            if CharClass.isNewline(scalars[index]) {
                take(index)
                lineStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
            seen += 1
        }
        if lines.count < count, lineStart < index { take(index) }
        return lines
    }

    /// A line that is mostly a date: 'date 2021-07-09 , Â , , Â', 'July 9, 2021'.
    private static func isDateLine(_ line: String) -> Bool {
        let letters = line.unicodeScalars.filter { CharClass.isLetter($0) }.count
        return letters <= 20 || line.lowercased().hasPrefix("date") || line.lowercased().hasPrefix("published")
    }

    /// 'ISLAMABAD: …' or 'WASHINGTON (AP) — …' → ('ISLAMABAD', rest).
    private static func dateline(of line: String) -> (String, Substring)? {
        var place = ""
        var index = line.startIndex
        while index < line.endIndex {
            let c = line[index]
            if c.isUppercase || c == " " || c == "." || c == "-" || c == "," { place.append(c); index = line.index(after: index) } else { break }
        }
        let trimmed = place.trimmingSpaces().trimmingTrailing(",")
        guard trimmed.count >= 3, trimmed.unicodeScalars.filter({ CharClass.isLetter($0) }).count >= 3 else { return nil }
        var rest = line[index...]
        if rest.hasPrefix(":") || rest.hasPrefix(" —") || rest.hasPrefix(" -") || rest.hasPrefix("—") || rest.hasPrefix(" (") {
            while let f = rest.first, f == ":" || f == " " || f == "—" || f == "-" { rest = rest.dropFirst() }
            return (trimmed, rest)
        }
        return nil
    }

    /// '(UrduPoint / Pakistan Point News-July 9th, 2021) …' → source and date text.
    private static func parenthesisedSource(_ rest: Substring) -> (String, String?)? {
        guard rest.hasPrefix("("), let close = rest.firstIndex(of: ")") else { return nil }
        let inside = String(rest[rest.index(after: rest.startIndex)..<close])
        // 'Pakistan Point News-July 9th, 2021': a date glued to the source by a hyphen.
        for (i, c) in zip(inside.indices, inside) where c == "-" || c == "—" {
            let tail = String(inside[inside.index(after: i)...])
            if let (_, written) = DateParser.find(in: tail), tail.trimmingSpaces().hasPrefix(written) {
                let source = String(inside[..<i]).trimmingSpaces()
                if !source.isEmpty { return (source, written) }
            }
        }
        if let (_, written) = DateParser.find(in: inside), let range = inside.firstRange(of: written) {
            var source = String(inside[..<range.lowerBound]).trimmingSpaces()
            while let l = source.last, l == "-" || l == "," || l == "—" || l == " " { source.removeLast() }
            return (source.isEmpty ? inside : source, written)
        }
        return (inside.trimmingSpaces(), nil)
    }
}

extension String {
    func trimmingTrailing(_ c: Character) -> String {
        var s = self
        while s.last == c { s.removeLast() }
        return s
    }
}
