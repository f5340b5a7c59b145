import SQLite

/// What the migrations say about the schema in their comments: the comment block right
/// before a `CREATE TABLE` / `CREATE VIEW` (or an `ALTER TABLE … ADD COLUMN`), and the
/// comment after a column's definition. SQLite keeps only the text of each CREATE, so
/// the blocks before them live nowhere but in the migrations; reading them here lets
/// tools that browse the file (Datasette) show the same words a person reads in
/// `Migrations/`, with no second copy to keep in step.
public struct SchemaComments: Sendable {
    /// Table or view name → its comment block (example queries left out); a later
    /// migration's block replaces an earlier one, as its view does.
    public private(set) var objects: [String: String] = [:]
    /// Table name → column name → the comment after the column.
    public private(set) var columns: [String: [String: String]] = [:]

    public init(migrations: [String] = KnowledgeBase.migrations.map(\.sql)) {
        for sql in migrations { read(sql) }
    }

    private mutating func read(_ sql: String) {
        var block: [String] = []
        var table: String?  // inside the body of this CREATE TABLE
        var lastColumn: String?
        for raw in sql.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingSpaces
            if let current = table {
                if line.hasPrefix(")") {
                    table = nil
                    continue
                }
                let (code, comment) = Self.split(line)
                if let name = Self.columnName(code) { lastColumn = name }
                if let comment, !comment.isEmpty, let column = lastColumn {
                    columns[current, default: [:]][column] = comment
                }
                continue
            }
            if line.hasPrefix("--") {
                let text = line.dropFirst(2)
                // '--   SELECT …' lines are examples to type, not description.
                if text.hasPrefix("   ") || text.trimmingSpaces.isEmpty { continue }
                block.append(text.trimmingSpaces)
                continue
            }
            let words = line.split(separator: " ").map { $0.uppercased() }
            if words.starts(with: ["CREATE", "TABLE"]) || words.starts(with: ["CREATE", "VIEW"])
                || words.starts(with: ["CREATE", "VIRTUAL", "TABLE"]) {
                let nameIndex = words[1] == "VIRTUAL" ? 3 : 2
                if words.count > nameIndex {
                    let name = Self.bareName(String(line.split(separator: " ")[nameIndex]))
                    if !block.isEmpty { objects[name] = Self.sentence(block) }
                    if words[1] == "TABLE", line.hasSuffix("(") {
                        table = name
                        lastColumn = nil
                    }
                }
            } else if words.starts(with: ["ALTER", "TABLE"]), words.count >= 6, words[3] == "ADD", words[4] == "COLUMN" {
                let parts = line.split(separator: " ")
                if !block.isEmpty { columns[Self.bareName(String(parts[2])), default: [:]][Self.bareName(String(parts[5]))] = Self.sentence(block) }
            }
            // A DROP VIEW before its new CREATE keeps the block for the CREATE, and
            // columns added one after the other share theirs.
            if words.first != "DROP" && words.first != "ALTER" { block = [] }
        }
    }

    /// A comment block as one text; one that led into an example ('… at the shell:') ends
    /// where the example was.
    private static func sentence(_ lines: [String]) -> String {
        var text = lines.joined(separator: " ")
        if text.hasSuffix(":") { text = String(text.dropLast()) + "." }
        return text
    }

    /// 'name TEXT NOT NULL,  -- what it is' → ("name TEXT NOT NULL,", "what it is").
    private static func split(_ line: String) -> (code: String, comment: String?) {
        guard let range = line.firstRange(of: "--") else { return (line, nil) }
        return (String(line[..<range.lowerBound]).trimmingSpaces, String(line[range.upperBound...]).trimmingSpaces)
    }

    /// The column a body line defines, if it starts one ('kind TEXT …'), not a
    /// constraint ('PRIMARY KEY (…)', 'CHECK (…)') or its continuation.
    private static func columnName(_ code: String) -> String? {
        let words = code.split(separator: " ")
        guard words.count >= 2 else { return nil }
        let first = words[0].uppercased()
        if ["PRIMARY", "CHECK", "UNIQUE", "FOREIGN", "CONSTRAINT"].contains(first) { return nil }
        let type = words[1].uppercased().trimming(",")
        guard ["INTEGER", "TEXT", "REAL", "BLOB", "ANY", "INT", "NUMERIC"].contains(type) else { return nil }
        return bareName(String(words[0]))
    }

    private static func bareName(_ name: String) -> String {
        var n = Substring(name)
        while let l = n.last, l == "(" || l == ";" || l == "," { n.removeLast() }
        return String(n).trimming("\"`[]")
    }
}

private extension String {
    func trimming(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
