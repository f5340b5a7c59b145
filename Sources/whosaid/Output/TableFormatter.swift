/// Lays rows out as an aligned text table that fits the terminal: columns get
/// their natural width, and the widest wrapping column gives up space and wraps.
struct TableFormatter {
    struct Column {
        var title: String
        var wraps: Bool = false
        var maxWidth: Int = 40
    }

    var columns: [Column]
    var width: Int

    func render(_ rows: [[String]]) -> String {
        let gap = 2
        var widths = columns.enumerated().map { i, c in
            min(c.maxWidth, max(c.title.count, rows.map { Self.visibleCount($0[i]) }.max() ?? 0))
        }
        let wrapping = columns.indices.filter { columns[$0].wraps }
        // Text that wraps needs room to be readable: narrow the widest cut column until it has.
        let wanted = 40 * wrapping.count
        while !wrapping.isEmpty {
            let fixedNow = widths.enumerated().filter { !columns[$0.offset].wraps }.map(\.element).reduce(0, +)
            guard width - fixedNow - gap * (columns.count - 1) < wanted,
                  let widest = widths.indices.filter({ !columns[$0].wraps && widths[$0] > max(8, columns[$0].title.count) })
                    .max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        let fixed = widths.enumerated().filter { !columns[$0.offset].wraps }.map(\.element).reduce(0, +)
        let available = max(20, width - fixed - gap * (columns.count - 1))
        for i in wrapping {
            let natural = rows.map { Self.visibleCount($0[i]) }.max() ?? columns[i].title.count
            widths[i] = max(columns[i].title.count, min(natural, available / max(1, wrapping.count)))
        }
        var lines: [String] = []
        lines.append(line(columns.map(\.title), widths))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: String(repeating: " ", count: gap)))
        for row in rows {
            let cells = row.enumerated().map { i, v in wrap(v, widths[i], columns[i].wraps) }
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

    /// Word-wraps wrapping columns; truncates the others with an ellipsis.
    private func wrap(_ text: String, _ width: Int, _ wraps: Bool) -> [String] {
        let flat = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
        guard Self.visibleCount(flat) > width else { return [flat] }
        guard wraps else { return [String(flat.prefix(max(1, width - 1))) + "…"] }
        var lines: [String] = []
        var current = ""
        for word in flat.split(separator: " ", omittingEmptySubsequences: true) {
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
