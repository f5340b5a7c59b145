import Foundation

/// Rows ready to print in any `OutputFormat`: flat text cells for table, CSV and
/// Markdown, and a JSON record per row whose shape the command chooses (nested where
/// that reads better, e.g. a quote's article).
struct Listing {
    struct Column {
        var title: String
        /// In a table: free text or a list that may take several lines. A column that does
        /// not wrap (names, numbers, dates) is shown whole on one line, never cut.
        var wraps: Bool = false
        /// The widest a wrapping column grows.
        var maxWidth: Int = 40
        /// A list's separator: a wrapping list breaks between items, never inside a name.
        var separator: String? = nil
        /// In a table: names, kept whole on one line before free text gets more room.
        var isName: Bool = false
        /// In a table only; CSV and Markdown keep every column.
        var inTable: Bool = true
    }

    var columns: [Column]
    var rows: [[String]] = []
    var records: [JSON] = []

    mutating func append(_ cells: [String], _ record: JSON) {
        rows.append(cells)
        records.append(record)
    }

    /// Prints the listing to stdout; an empty JSON Lines listing prints nothing at all.
    func print(_ format: OutputFormat) {
        if format == .jsonl && records.isEmpty { return }
        Terminal.print(render(format))
    }

    func render(_ format: OutputFormat, width: Int = Terminal.width) -> String {
        switch format {
        case .table:
            let keep = columns.indices.filter { columns[$0].inTable }
            let table = TableFormatter(columns: keep.map { TableFormatter.Column(title: columns[$0].title, wraps: columns[$0].wraps, maxWidth: columns[$0].maxWidth,
                                                                                   separator: columns[$0].separator, isName: columns[$0].isName) },
                                       width: width)
            return table.render(rows.map { row in keep.map { row[$0] } })
        case .csv:
            return ([columns.map(\.title)] + rows).map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\r\n")
        case .markdown:
            var lines = ["| " + columns.map { Self.markdownCell($0.title) }.joined(separator: " | ") + " |",
                         "|" + columns.map { _ in " --- |" }.joined()]
            lines += rows.map { "| " + $0.map(Self.markdownCell).joined(separator: " | ") + " |" }
            return lines.joined(separator: "\n")
        case .json:
            return JSON.array(records).serialized()
        case .jsonl:
            return records.map { $0.serialized() }.joined(separator: "\n")
        }
    }

    static func csvField(_ text: String) -> String {
        let text = neutralisingFormula(text)
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
    /// return as a formula (`=HYPERLINK(…)` in a quote would be a live link). As OWASP
    /// advises for CSV injection, such a cell gets a leading `'`, which spreadsheets
    /// show as text and do not display. Numbers (`-3`) are left as they are.
    static func neutralisingFormula(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return text }
        if Double(text) != nil { return text }
        return "'" + text
    }

    /// Pipes would end the cell and newlines the row; controls are made visible.
    static func markdownCell(_ text: String) -> String {
        var out = ""
        for c in VisibleControls.render(text) {
            switch c {
            case "|": out += "\\|"
            case "\n", "\r\n", "\r": out += "<br>"
            default: out.append(c)
            }
        }
        return out
    }
}
