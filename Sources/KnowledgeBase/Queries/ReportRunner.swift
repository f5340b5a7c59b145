import SQLite

/// The rows a report returned, with its column names.
public struct ReportResult: Sendable {
    public var columns: [String]
    public var rows: [[DatabaseValue]]
}

/// Runs reports safely: parameters are bound (never spliced into the SQL), every
/// declared parameter needs a value or a default, and a statement that could write
/// is refused before it runs, whatever connection it is given.
public struct ReportRunner {
    let db: Database

    /// Parameters whose value names an actor: checked first, so a typo gets close
    /// matches instead of an empty report.
    static let actorParameters: Set<String> = ["actor", "speaker", "about", "target"]

    public init(db: Database) {
        self.db = db
    }

    public init(kb: KnowledgeBase) {
        self.db = kb.db
    }

    /// The statement and its bound values, ready to step or explain.
    public func prepare(_ report: Report, parameters given: [String: String]) throws -> PreparedQuery {
        let declared = report.parameters.map(\.name)
        for key in given.keys.sorted() where !declared.contains(key) {
            throw QueryError.unknownParameter(report: report.name, name: key, known: declared)
        }
        // Every value is checked against its declared type before anything runs.
        for parameter in report.parameters {
            if let value = given[parameter.name], !parameter.type.accepts(value) {
                throw QueryError.badParameter(report: report.name, name: parameter.name, value: value, expected: parameter.type.description)
            }
        }
        let statement: Statement
        do {
            statement = try db.prepare(report.sql)
        } catch let error as SQLiteError {
            throw QueryError.badReport(file: report.origin == "built-in" ? "Reports/\(report.name).sql" : report.origin,
                                       reason: error.message.contains("more than one") ? "a report is one SQL statement" : error.message)
        }
        guard statement.isReadOnly else { throw QueryError.reportWrites(report: report.name) }
        var values: [DatabaseValueConvertible?] = []
        for index in stride(from: 1, through: statement.parameterCount, by: 1) {
            guard let raw = statement.parameterName(at: index), raw.count > 1 else {
                throw QueryError.badReport(file: report.origin, reason: "use named parameters (:name), not '?'")
            }
            let name = String(raw.dropFirst())
            guard let parameter = report.parameters.first(where: { $0.name == name }) else {
                throw QueryError.badReport(file: report.origin, reason: "parameter :\(name) is used but not declared in the header (-- param: \(name) = …)")
            }
            guard let text = given[name] ?? parameter.defaultValue else {
                throw QueryError.missingParameter(report: report.name, name: name)
            }
            if parameter.type == .actor || (parameter.type == .text && Self.actorParameters.contains(name)), !text.isEmpty {
                // Checked by the same matching as everywhere else, then bound as its key,
                // which the report's `alias_key = lower(:actor)` finds.
                // A name found otherwise than by an alias (`#12`, a surname, `USA`) is
                // bound as the key of the actor's own name, which is one of its aliases.
                let ids = try ActorLookup(db: db).ids(for: text)
                let typedKey = NameKey.make(text)
                let isAlias = try db.scalarInt("SELECT count(*) FROM aliases WHERE alias_key = ?", [typedKey]) ?? 0 > 0
                if !isAlias, let own = try db.scalarString("SELECT name FROM actors WHERE id = ?", [ids[0]]) {
                    values.append(NameKey.make(own))
                } else {
                    values.append(typedKey)
                }
            } else if case .integer = parameter.type, let n = Int64(text.trimmingSpaces) {
                values.append(n)
            } else if parameter.type == .number, let d = Double(text.trimmingSpaces) {
                values.append(Int64(exactly: d).map(DatabaseValue.integer) ?? .real(d))
            } else if parameter.type == .date {
                values.append(text)
            } else {
                values.append(Self.value(text))
            }
        }
        return PreparedQuery(sql: report.sql, parameters: values)
    }

    /// Runs the report, for at most `timeLimit` seconds (nil: no limit); a report stopped
    /// by the limit or by `interrupt` (Ctrl-C) throws `QueryError.reportStopped`.
    public func run(_ report: Report, parameters: [String: String] = [:], timeLimit: Double? = nil) throws -> ReportResult {
        let deadline = db.limitQueryTime(to: timeLimit)
        defer { db.clearQueryLimits() }
        do {
            // Prepared inside: a Ctrl-C that comes while SQLite compiles the query stops it there.
            let query = try prepare(report, parameters: parameters)
            let statement = try db.prepare(query.sql)
            var columns: [String] = []
            for i in 0..<statement.columnCount { columns.append(statement.columnName(at: i)) }
            let rows = try statement.map(query.parameters) { row in (0..<row.count).map { row.value($0) } }
            return ReportResult(columns: columns, rows: rows)
        } catch let error as SQLiteError where error.isInterrupted {
            throw QueryError.reportStopped(report: report.name, timeLimit: deadline.expired && !deadline.wasCancelled ? timeLimit : nil)
        }
    }

    /// A parameter's text as the sqlite3 shell's `.param set` would bind it: integers
    /// and decimals as numbers, anything else as text.
    static func value(_ text: String) -> DatabaseValue {
        if let i = Int64(text) { return .integer(i) }
        if text.contains("."), let d = Double(text), d.isFinite { return .real(d) }
        return .text(text)
    }
}
