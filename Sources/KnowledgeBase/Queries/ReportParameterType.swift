/// What a report parameter accepts, declared in the report's header between brackets
/// after its name, so a value that cannot work (`limit=ten`, `period=fortnight`) is a
/// usage error naming the parameter, before the query runs, instead of a SQLite
/// "datatype mismatch" or a silent fallback in a CASE:
///
///     -- param: limit (integer 1..) = 20      -- whole number, at least 1
///     -- param: period (day|week|month|year) = month
///     -- param: actor (actor)                 -- a name or #id, matched like everywhere else
///     -- param: since (date)                  -- YYYY-MM-DD, YYYY-MM or YYYY
///
/// A parameter without a type is text, and is bound as the sqlite3 shell would bind it.
public enum ReportParameterType: Sendable, Equatable, CustomStringConvertible {
    case text
    case integer(min: Int64?, max: Int64?)
    case number
    case date
    case actor
    case oneOf([String])

    /// Reads the declaration between the brackets; nil when it is none of the above.
    public init?(declaration: String) {
        let text = declaration.trimmingSpaces
        let words = text.split(separator: " ").map(String.init)
        switch words.first {
        case "text": self = .text
        case "number": self = .number
        case "date": self = .date
        case "actor": self = .actor
        case "integer":
            guard words.count <= 2 else { return nil }
            guard words.count == 2 else { self = .integer(min: nil, max: nil); return }
            let bounds = words[1].components(separatedBy: "..")
            guard bounds.count == 2 else { return nil }
            let min = bounds[0].isEmpty ? nil : Int64(bounds[0]), max = bounds[1].isEmpty ? nil : Int64(bounds[1])
            if (!bounds[0].isEmpty && min == nil) || (!bounds[1].isEmpty && max == nil) { return nil }
            self = .integer(min: min, max: max)
        default:
            let choices = text.split(separator: "|").map { $0.trimmingSpaces }
            guard choices.count > 1, choices.allSatisfy({ !$0.isEmpty && !$0.contains(" ") }) else { return nil }
            self = .oneOf(choices)
        }
    }

    /// In plain words, for `report --list` and for errors: "a whole number, at least 1".
    public var description: String {
        switch self {
        case .text: return "text"
        case .number: return "a number"
        case .date: return "a date (YYYY-MM-DD, YYYY-MM or YYYY)"
        case .actor: return "an actor's name or #id"
        case .oneOf(let choices): return "one of " + choices.joined(separator: ", ")
        case .integer(let min, let max):
            switch (min, max) {
            case (nil, nil): return "a whole number"
            case (let lo?, nil): return "a whole number, at least \(lo)"
            case (nil, let hi?): return "a whole number, at most \(hi)"
            case (let lo?, let hi?): return "a whole number from \(lo) to \(hi)"
            }
        }
    }

    /// The declaration as written in a header: `integer 1..`, `day|week`.
    public var declaration: String {
        switch self {
        case .text: return "text"
        case .number: return "number"
        case .date: return "date"
        case .actor: return "actor"
        case .oneOf(let choices): return choices.joined(separator: "|")
        case .integer(let min, let max):
            return min == nil && max == nil ? "integer" : "integer \(min.map(String.init) ?? "")..\(max.map(String.init) ?? "")"
        }
    }

    /// Whether `value` is one this type accepts (an actor is checked against the
    /// knowledge base separately, where its close matches can be offered).
    public func accepts(_ value: String) -> Bool {
        switch self {
        case .text, .actor: return true
        case .number: return Double(value.trimmingSpaces)?.isFinite == true
        case .date: return (try? Queries.dateBound(value, upper: false)) != nil
        case .oneOf(let choices): return choices.contains(value)
        case .integer(let min, let max):
            guard let n = Int64(value.trimmingSpaces) else { return false }
            return (min.map { n >= $0 } ?? true) && (max.map { n <= $0 } ?? true)
        }
    }
}
