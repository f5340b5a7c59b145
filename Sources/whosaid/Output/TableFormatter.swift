/// Lays rows out as an aligned text table that fits the terminal. Nothing is ever cut:
/// a name must be read whole to be typed back, so columns that do not wrap keep their
/// natural width, and the wrapping columns (free text, lists of names) share what is
/// left, breaking text between words and lists between items.
struct TableFormatter {
    struct Column {
        var title: String
        var wraps: Bool = false
        /// A wrapping column is not made wider than this.
        var maxWidth: Int = 40
        /// For a list (`Afghanistan, Pakistan`): wrapped between items, never inside one.
        var separator: String? = nil
        /// A column of names: each kept on one line when it can be, before free text
        /// gets more than a readable width.
        var isName: Bool = false
    }

    var columns: [Column]
    var width: Int

    static let gap = 2
    /// A wrapping column narrower than this is hard to read; the table overflows instead.
    static let minimumWrapWidth = 12
    /// A word or list item up to this long (a file name, an actor's name) is kept on one
    /// line of a wrapping column; a longer one may be broken across lines.
    static let wholeWordWidth = 24

    func render(_ rows: [[String]]) -> String {
        let flat = rows.map { $0.map(Self.flatten) }
        let natural = columns.indices.map { i in max(columns[i].title.count, flat.map { Self.visibleCount($0[i]) }.max() ?? 0) }
        var widths = natural
        let wrapping = columns.indices.filter { columns[$0].wraps }
        if !wrapping.isEmpty {
            let fixed = columns.indices.filter { !columns[$0].wraps }.map { natural[$0] }.reduce(0, +)
            var left = width - fixed - Self.gap * (columns.count - 1)
            // Each wrapping column starts at a readable width. The space left goes, in turn:
            // to the main text up to 30 columns, to names up to 24 (most names whole), to
            // the main text up to 40, to every list item and word up to 24 (a file name),
            // then up to each column's widest; each time one column at a time, to the one
            // furthest from that goal.
            let isMain = { (i: Int) in self.columns[i].maxWidth >= 100 }
            var goals: [[Int: Int]] = Array(repeating: [:], count: 5)
            for i in wrapping {
                let units = flat.flatMap { row in
                    columns[i].separator.map { row[i].components(separatedBy: $0) } ?? row[i].split(separator: " ").map(String.init)
                }
                let longestUnit = min(Self.wholeWordWidth, units.map(Self.visibleCount).max() ?? 0)
                widths[i] = min(natural[i], max(columns[i].title.count, Self.minimumWrapWidth))
                left -= widths[i]
                let atLeast = { (n: Int) in min(natural[i], max(widths[i], n)) }
                goals[0][i] = atLeast(isMain(i) ? 30 : 0)
                goals[1][i] = atLeast(columns[i].isName ? Self.wholeWordWidth : 0)
                goals[2][i] = atLeast(isMain(i) ? 40 : 0)
                goals[3][i] = atLeast(longestUnit)
                goals[4][i] = atLeast(columns[i].maxWidth)
            }
            for goal in goals {
                while left > 0, let i = wrapping.filter({ widths[$0] < goal[$0]! }).max(by: { goal[$0]! - widths[$0] < goal[$1]! - widths[$1] }) {
                    widths[i] += 1
                    left -= 1
                }
            }
        }
        var lines: [String] = []
        lines.append(line(columns.map(\.title), widths))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: String(repeating: " ", count: Self.gap)))
        for row in flat {
            let cells = row.enumerated().map { i, v in columns[i].wraps ? wrap(v, widths[i], separator: columns[i].separator) : [v] }
            let height = cells.map(\.count).max() ?? 1
            for k in 0..<height {
                lines.append(line(cells.map { k < $0.count ? $0[k] : "" }, widths))
            }
        }
        return lines.joined(separator: "\n")
    }

    private func line(_ cells: [String], _ widths: [Int]) -> String {
        var out = ""
        for (i, cell) in cells.enumerated() {
            // A highlight cut by wrapping must not colour the next column.
            let shown = cell.contains("\u{1B}") ? cell + "\u{1B}[0m" : cell
            let padded = i == cells.count - 1 ? shown : shown + String(repeating: " ", count: max(0, widths[i] - Self.visibleCount(cell)))
            out += (i > 0 ? "  " : "") + padded
        }
        while out.last == " " { out.removeLast() }
        return out
    }

    /// A cell on one line: line breaks and tabs become spaces; controls are made visible.
    static func flatten(_ text: String) -> String {
        VisibleControls.render(text).split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\r\n" }).joined(separator: " ")
    }

    /// Word-wraps `text` to `width`; a list wraps between its items. A word longer than
    /// the column (a URL) is the one thing broken, across lines, never dropped.
    func wrap(_ text: String, _ width: Int, separator: String? = nil) -> [String] {
        guard Self.visibleCount(text) > width else { return [text] }
        if let separator {
            var lines: [String] = []
            var current = ""
            for item in text.components(separatedBy: separator) {
                if Self.visibleCount(item) > width {
                    // An item wider than the column (a long role) wraps between its words.
                    if !current.isEmpty { lines.append(current + separator.trimmingCharacters(in: " ")); current = "" }
                    lines += wrap(item, width)
                    continue
                }
                if current.isEmpty {
                    current = item
                } else if Self.visibleCount(current) + separator.count + Self.visibleCount(item) <= width {
                    current += separator + item
                } else {
                    lines.append(current + separator.trimmingCharacters(in: " "))
                    current = item
                }
            }
            if !current.isEmpty { lines.append(current) }
            return lines
        }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var w = String(word)
            while Self.visibleCount(w) > width {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(w.prefix(width)))
                w = String(w.dropFirst(width))
            }
            if current.isEmpty {
                current = w
            } else if Self.visibleCount(current) + 1 + Self.visibleCount(w) <= width {
                current += " " + w
            } else {
                lines.append(current)
                current = w
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Characters a terminal shows: ANSI colour sequences (ESC [ … m) take no room.
    static func visibleCount(_ text: String) -> Int {
        guard text.contains("\u{1B}") else { return text.count }
        var n = 0
        var inEscape = false
        for c in text {
            if inEscape {
                if c == "m" { inEscape = false }
            } else if c == "\u{1B}" {
                inEscape = true
            } else {
                n += 1
            }
        }
        return n
    }
}

private extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s.removeFirst() }
        while s.last == set { s.removeLast() }
        return String(s)
    }
}
