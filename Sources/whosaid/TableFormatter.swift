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
            min(c.maxWidth, max(c.title.count, rows.map { $0[i].count }.max() ?? 0))
        }
        let wrapping = columns.indices.filter { columns[$0].wraps }
        let fixed = widths.enumerated().filter { !columns[$0.offset].wraps }.map(\.element).reduce(0, +)
        let available = max(20, width - fixed - gap * (columns.count - 1))
        for i in wrapping {
            let natural = rows.map { $0[i].count }.max() ?? columns[i].title.count
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
            let padded = i == cells.count - 1 ? cell : cell + String(repeating: " ", count: max(0, widths[i] - cell.count))
            out += (i > 0 ? "  " : "") + padded
        }
        while out.last == " " { out.removeLast() }
        return out
    }

    /// Word-wraps wrapping columns; truncates the others with an ellipsis.
    private func wrap(_ text: String, _ width: Int, _ wraps: Bool) -> [String] {
        let flat = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
        guard flat.count > width else { return [flat] }
        guard wraps else { return [String(flat.prefix(max(1, width - 1))) + "…"] }
        var lines: [String] = []
        var current = ""
        for word in flat.split(separator: " ", omittingEmptySubsequences: true) {
            var w = String(word)
            while w.count > width {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(w.prefix(width)))
                w = String(w.dropFirst(width))
            }
            if current.isEmpty {
                current = w
            } else if current.count + 1 + w.count <= width {
                current += " " + w
            } else {
                lines.append(current)
                current = w
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
