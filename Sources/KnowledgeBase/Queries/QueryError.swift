/// Why a question to the knowledge base could not be asked. Each case carries what
/// the user typed and, where it helps, close matches to try instead.
public enum QueryError: Error, CustomStringConvertible, Sendable, Equatable {
    case unknownActor(name: String, suggestions: [String])
    case unknownArticle(String)
    case unknownReport(name: String, suggestions: [String])
    case missingParameter(report: String, name: String)
    case unknownParameter(report: String, name: String, known: [String])
    case reportWrites(report: String)
    case badReport(file: String, reason: String)
    case badDate(String)
    case badSearch(query: String, reason: String)

    public var description: String {
        switch self {
        case .unknownActor(let name, let suggestions):
            return "no actor named '\(name)'" + Self.didYouMean(suggestions)
        case .unknownArticle(let ref):
            return "no article with id or path '\(ref)'"
        case .unknownReport(let name, let suggestions):
            return "no report named '\(name)'" + Self.didYouMean(suggestions) + " (see `whosaid report --list`)"
        case .missingParameter(let report, let name):
            return "report '\(report)' needs --param \(name)=VALUE (it has no default)"
        case .unknownParameter(let report, let name, let known):
            return "report '\(report)' has no parameter '\(name)'" + (known.isEmpty ? " (it takes none)" : "; its parameters: \(known.joined(separator: ", "))")
        case .reportWrites(let report):
            return "report '\(report)' would change the database; reports are read-only, so it was not run"
        case .badReport(let file, let reason):
            return "\(file): \(reason)"
        case .badDate(let text):
            return "'\(text)' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY"
        case .badSearch(let query, let reason):
            return "cannot search for '\(query)': \(reason)"
        }
    }

    private static func didYouMean(_ suggestions: [String]) -> String {
        suggestions.isEmpty ? "" : "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
    }
}
