/// Why a question to the knowledge base could not be asked. Each case carries what
/// the user typed and, where it helps, close matches to try instead.
public enum QueryError: Error, CustomStringConvertible, Sendable, Equatable {
    case unknownActor(name: String, suggestions: [String])
    case ambiguousActor(name: String, candidates: [String])
    case unknownArticle(String)
    case unknownReport(name: String, suggestions: [String])
    case missingParameter(report: String, name: String)
    case badParameter(report: String, name: String, value: String, expected: String)
    case unknownParameter(report: String, name: String, known: [String])
    case reportWrites(report: String)
    /// Stopped by its time limit (the limit, in seconds) or by the user (nil).
    case reportStopped(report: String, timeLimit: Double?)
    case badReport(file: String, reason: String)
    case badDate(String)
    case badSearch(query: String, reason: String)
    case emptyRange(from: String, to: String)

    public var description: String {
        switch self {
        case .unknownActor(let name, let suggestions):
            return "no actor named '\(name)'" + Self.didYouMean(suggestions)
        case .ambiguousActor(let name, let candidates):
            return "'\(name)' is part of the names of several actors: \(candidates.joined(separator: ", ")); give the full name or the #id"
        case .unknownArticle(let ref):
            return "no article with id or path '\(ref)'"
        case .unknownReport(let name, let suggestions):
            return "no report named '\(name)'" + Self.didYouMean(suggestions) + " (see `whosaid report --list`)"
        case .missingParameter(let report, let name):
            return "report '\(report)' needs --param \(name)=VALUE (it has no default)"
        case .badParameter(let report, let name, let value, let expected):
            return "report '\(report)': --param \(name)=\(value) is not valid; \(name) takes \(expected)"
        case .unknownParameter(let report, let name, let known):
            return "report '\(report)' has no parameter '\(name)'" + (known.isEmpty ? " (it takes none)" : "; its parameters: \(known.joined(separator: ", "))")
        case .reportWrites(let report):
            return "report '\(report)' would change the database; reports are read-only, so it was not run"
        case .reportStopped(let report, let limit?):
            let shown = limit == limit.rounded() ? String(Int(limit)) : String(limit)
            return "report '\(report)' was stopped after its time limit of \(shown) s; --time-limit SECONDS gives it longer (0: no limit)"
        case .reportStopped(let report, nil):
            return "report '\(report)' was interrupted"
        case .badReport(let file, let reason):
            return "\(file): \(reason)"
        case .badDate(let text):
            return "'\(text)' is not a date: use a real day as YYYY-MM-DD, or YYYY-MM or YYYY"
        case .emptyRange(let from, let to):
            return "--from \(from) is after --to \(to): no day is in that range"
        case .badSearch(let query, let reason):
            return "cannot search for '\(query)': \(reason)"
        }
    }

    private static func didYouMean(_ suggestions: [String]) -> String {
        suggestions.isEmpty ? "" : "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
    }
}
