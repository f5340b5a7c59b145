/// A canned report: one read-only SQL statement with a header comment that says what
/// it answers and which parameters it takes.
///
///     -- title: Top speakers
///     -- description: Actors with the most statements.
///     -- param: limit (integer 1..) = 20  -- how many speakers to list
///     -- param: actor (actor)       -- an actor's name or alias (required: no default)
///     SELECT … LIMIT :limit;
///
/// The same file runs unchanged in the sqlite3 shell after `.param set :limit 20`.
public struct Report: Sendable, Equatable {
    public struct Parameter: Sendable, Equatable {
        public var name: String
        /// nil: the user must give it.
        public var defaultValue: String?
        public var help: String
        /// What values it takes (see `ReportParameterType`); text when undeclared.
        public var type: ReportParameterType = .text
    }

    /// The file name without `.sql`: what `whosaid report NAME` takes.
    public var name: String
    public var title: String
    public var description: String
    public var parameters: [Parameter]
    public var sql: String
    /// Where the report came from: 'built-in' or the user's file path.
    public var origin: String

    /// Parses a report file; a header that declares nothing is still a report (its name is its title).
    public init(name: String, sql: String, origin: String) throws {
        self.name = name
        self.sql = sql
        self.origin = origin
        var title: String?
        var description: [String] = []
        var parameters: [Parameter] = []
        for rawLine in sql.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingSpaces
            guard line.hasPrefix("--") else {
                if line.isEmpty { continue } else { break }  // the header ends at the first SQL line
            }
            let comment = line.dropFirst(2).trimmingSpaces
            if let value = comment.value(after: "title:") {
                title = value
            } else if let value = comment.value(after: "description:") {
                description.append(value)
            } else if let value = comment.value(after: "param:") {
                parameters.append(try Self.parameter(value, file: origin))
            }
        }
        self.title = title ?? name
        self.description = description.joined(separator: " ")
        self.parameters = parameters
    }

    /// `limit = 20  -- how many` → (limit, "20", "how many").
    private static func parameter(_ text: String, file: String) throws -> Parameter {
        var declaration = Substring(text)
        var help = ""
        if let range = text.firstRange(of: "--") {
            declaration = text[..<range.lowerBound]
            help = String(text[range.upperBound...]).trimmingSpaces
        }
        var name = declaration.trimmingSpaces
        var defaultValue: String?
        if let eq = name.firstIndex(of: "=") {
            defaultValue = String(name[name.index(after: eq)...]).trimmingSpaces
            name = String(name[..<eq]).trimmingSpaces
        }
        var type = ReportParameterType.text
        if let open = name.firstIndex(of: "(") {
            guard let close = name.lastIndex(of: ")"), close > open,
                  let declared = ReportParameterType(declaration: String(name[name.index(after: open)..<close])) else {
                throw QueryError.badReport(file: file, reason: "bad parameter type in '\(text)' (want: (integer [min..max]), (number), (date), (actor), (text) or (a|b|c))")
            }
            type = declared
            name = String(name[..<open]).trimmingSpaces
        }
        if name.hasPrefix(":") { name.removeFirst() }
        guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }) else {
            throw QueryError.badReport(file: file, reason: "bad parameter declaration '\(text)' (want: -- param: name [= default] [-- help])")
        }
        if let d = defaultValue, d.count >= 2, d.first == "'", d.last == "'" { defaultValue = String(d.dropFirst().dropLast()) }
        if let d = defaultValue, !type.accepts(d) {
            throw QueryError.badReport(file: file, reason: "the default of '\(name)' is '\(d)', but it takes \(type)")
        }
        return Parameter(name: name, defaultValue: defaultValue, help: help, type: type)
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }

    func value(after prefix: String) -> String? {
        guard hasPrefix(prefix) else { return nil }
        return String(dropFirst(prefix.count)).trimmingSpaces
    }
}
