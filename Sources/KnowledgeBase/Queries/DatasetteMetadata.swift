import Foundation
import SQLite

/// A Datasette metadata file for one knowledge base (`whosaid report --datasette`).
/// Datasette opens a WhoSaid file as it is; what it cannot know is WhoSaid's own
/// knowledge: which reports exist, what each table and column means, which columns are
/// worth faceting, which column names a row that a foreign key points to, and which
/// index searches statements. Python is needed only by whoever browses; WhoSaid itself
/// just writes this JSON.
public struct DatasetteMetadata: Encodable, Sendable {
    public struct Database: Encodable, Sendable {
        var title: String
        var description: String
        var tables: [String: Table]
        var queries: [String: Query]
    }

    public struct Table: Encodable, Sendable {
        var title: String?
        var description: String?
        var columns: [String: String]?
        var facets: [String]?
        var label_column: String?
        var fts_table: String?
        var fts_pk: String?
        var sort_desc: String?
        var hidden: Bool?
    }

    /// A report as a canned query. Datasette binds a parameter left empty as '', so a
    /// report's defaults are written into its SQL (`coalesce(nullif(:limit, ''), 20)`):
    /// the page answers at once, and a value typed in the form wins.
    public struct Query: Encodable, Sendable {
        var sql: String
        var title: String
        var description: String
        var params: [String]
        /// The SQL behind a link ('show'), so the form and the rows come first.
        var hide_sql = true
    }

    var title: String
    var description: String
    var databases: [String: Database]

    /// The main tables, with what one row is, for the tables whose migration says it
    /// only column by column (the same words as the README's table of tables).
    static let rowMeaning: [String: String] = [
        "articles": "One row per article: title, published date, dateline, source, path or URL, content hash, full body, extractor version.",
        "actors": "One row per person, organisation, country or place the articles name.",
        "aliases": "One row per form of an actor's name seen in text or added by a person (Atmar, TTP).",
        "roles": "One row per role or title seen for an actor, with its affiliation, article and date.",
        "mentions": "One row per mention of an actor in an article, with code-point offsets into the body.",
        "statements": "One row per attribution: speaker (actor and as written), kind, what was said, cue, offsets into the article, the rule that found it.",
        "statement_spans": "The content and source spans of split statements only; a single span is on the statement row itself (see statement_span_list).",
        "statement_targets": "One row per actor a statement is about.",
        "statement_co_speakers": "One row per other actor a joint statement speaks for ('Trump and Sanders said'): the statement's speaker is the first named.",
    ]

    /// Facets a reader starts from: statements by kind and speaker, articles by outlet.
    static let facets: [String: [String]] = [
        "statements": ["kind", "speaker_id", "rule"],
        "who_said_what": ["kind", "speaker", "article_source"],
        "articles": ["source"],
        "actors": ["kind"],
        "statement_targets": ["actor_id"],
        "mentions": ["actor_id"],
        "roles": ["actor_id", "affiliation"],
        "actor_overview": ["kind"],
    ]

    /// Tables kept out of the table list: bookkeeping, and running counts read through
    /// the views and reports built on them.
    static let hidden: Set<String> = ["schema_migrations"]

    /// Builds the metadata for the database in `kb`, naming it `name` (Datasette names a
    /// database by its file's stem). Required report parameters get, as their value when
    /// left empty, actors of this database for which the report answers with rows.
    public init(kb: KnowledgeBase, name: String, reports: [Report], comments: SchemaComments = SchemaComments()) throws {
        let db = kb.db
        var tables: [String: Table] = [:]
        let objects = try db.prepare("""
            SELECT name, type FROM sqlite_schema
            WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts' AND name NOT LIKE '%_fts_%'
            ORDER BY name
            """).map { ($0.string(0), $0.string(1)) }
        for (table, _) in objects {
            var entry = Table()
            let description = comments.objects[table] ?? Self.rowMeaning[table]
            entry.title = Self.title(table)
            entry.description = description
            if let columns = comments.columns[table], !columns.isEmpty { entry.columns = columns }
            entry.facets = Self.facets[table]
            if table == "actors" { entry.label_column = "name" }
            if table == "articles" { entry.label_column = "title" }
            if table == "statements" {
                entry.fts_table = "statements_fts"
                entry.fts_pk = "id"
            }
            if table == "who_said_what" {
                entry.fts_table = "statements_fts"
                entry.fts_pk = "statement_id"
                entry.sort_desc = "article_date"
            }
            if Self.hidden.contains(table) { entry.hidden = true }
            tables[table] = entry
        }
        var queries: [String: Query] = [:]
        for report in reports {
            queries[report.name] = try Self.query(report, db: db)
        }
        title = "WhoSaid: who said what about whom"
        description = "A WhoSaid knowledge base: articles, the statements found in them (who said what, about whom) and the actors involved. "
            + "The canned queries are WhoSaid's reports (`whosaid report --list`)."
        databases = [name: Database(
            title: "WhoSaid knowledge base: \(name)",
            description: "Statements are searchable (the search box of statements and who_said_what); actor and article ids show their names.",
            tables: tables, queries: queries)]
    }

    /// 'who_said_what' → 'Who said what'.
    static func title(_ name: String) -> String {
        let words = name.split(separator: "_").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    static func query(_ report: Report, db: SQLite.Database) throws -> Query {
        var sql = Self.body(of: report.sql)
        var notes: [String] = []
        let fallbacks = try Self.examples(for: report, db: db)
        for p in report.parameters {
            let help = p.name + (p.help.isEmpty ? "" : ": " + p.help.replacingOccurrences(of: " (required)", with: ""))
            if let value = p.defaultValue ?? fallbacks[p.name] {
                sql = Self.replacing(parameter: p.name, in: sql, with: "coalesce(nullif(:\(p.name), ''), \(Self.literal(value)))")
                notes.append("\(help) (left empty: \(value))")
            } else {
                notes.append(help)
            }
        }
        let parameters = notes.isEmpty ? "" : "Parameters: " + notes.joined(separator: "; ") + "."
        let description = [report.description, parameters].filter { !$0.isEmpty }.joined(separator: " ")
        return Query(sql: sql, title: report.title, description: description, params: report.parameters.map(\.name))
    }

    /// Values for the parameters a report requires, taken from this database: the first
    /// of a few likely actors (the busiest speaker–target pairs, top speakers, the most
    /// discussed) for which the report answers with rows. Empty when none does.
    static func examples(for report: Report, db: SQLite.Database) throws -> [String: String] {
        let required = report.parameters.filter { $0.defaultValue == nil }.map(\.name)
        guard !required.isEmpty, required.allSatisfy(ReportRunner.actorParameters.contains) else { return [:] }
        var candidates: [[String: String]] = []
        let pairs = try db.prepare("""
            SELECT sp.name, tg.name FROM speaker_target_counts c
            JOIN actors sp ON sp.id = c.speaker_id JOIN actors tg ON tg.id = c.target_id
            ORDER BY c.statements DESC, sp.name, tg.name LIMIT 3
            """).map { ($0.string(0), $0.string(1)) }
        for (speaker, target) in pairs {
            candidates.append(["speaker": speaker, "about": target, "target": target, "actor": target])
            candidates.append(["speaker": speaker, "about": target, "target": target, "actor": speaker])
        }
        for order in ["st.statements", "st.spoken_about"] {
            let names: [String] = try db.prepare("""
                SELECT a.name FROM actor_stats st JOIN actors a ON a.id = st.actor_id ORDER BY \(order) DESC, a.name LIMIT 3
                """).map { $0.string(0) }
            for name in names {
                candidates.append(Dictionary(uniqueKeysWithValues: ReportRunner.actorParameters.map { ($0, name) }))
            }
        }
        let runner = ReportRunner(db: db)
        for candidate in candidates {
            let given = candidate.filter { required.contains($0.key) }
            if let result = try? runner.run(report, parameters: given), !result.rows.isEmpty { return given }
        }
        return [:]
    }

    /// The report's SQL without its header comment and final semicolon: the header is in
    /// the title and description, and Datasette runs one statement.
    static func body(of sql: String) -> String {
        var lines = sql.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while let first = lines.first, first.trimmingSpaces.hasPrefix("--") || first.trimmingSpaces.isEmpty { lines.removeFirst() }
        var text = lines.joined(separator: "\n").trimmingSpaces
        while text.hasSuffix(";") { text = String(text.dropLast()).trimmingSpaces }
        return text
    }

    /// Replaces every `:name` that is the parameter itself (not `:names`, not inside a
    /// string literal) with `replacement`.
    static func replacing(parameter name: String, in sql: String, with replacement: String) -> String {
        let chars = Array(sql)
        let token = Array(":" + name)
        var out = ""
        var i = 0
        var inString = false
        while i < chars.count {
            let c = chars[i]
            if c == "'" { inString.toggle() }
            if !inString, c == "-", i + 1 < chars.count, chars[i + 1] == "-" {  // a comment, to the end of its line
                while i < chars.count, chars[i] != "\n" {
                    out.append(chars[i])
                    i += 1
                }
                continue
            }
            if !inString, c == ":", i + token.count <= chars.count, Array(chars[i..<i + token.count]) == token,
               i + token.count == chars.count || !Self.isNameCharacter(chars[i + token.count]),
               i == 0 || chars[i - 1] != ":" {
                out += replacement
                i += token.count
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }

    private static func isNameCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

    /// A default as SQL: numbers as they are, anything else as a quoted string.
    static func literal(_ value: String) -> String {
        if Int64(value) != nil { return value }
        if value.contains("."), let d = Double(value), d.isFinite { return value }
        return "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// Pretty JSON with sorted keys, so the file diffs well between runs.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
