import ArgumentParser
import KnowledgeBase

/// Runs a query for a command and turns its failure into one readable line: a
/// mistake in what the user typed (a missing parameter, a bad date) exits like any
/// usage error (64); anything else, such as an unknown name or a broken database, with 1.
func answering<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as QueryError {
        Terminal.error(error.description)
        switch error {
        case .reportStopped(_, nil): throw ExitCode(130)  // as a shell reports Ctrl-C
        case .missingParameter, .badParameter, .unknownParameter, .badDate, .badSearch, .emptyRange: throw ExitCode.validationFailure
        default: throw ExitCode.failure
        }
    } catch let error as ExitCode {
        throw error
    } catch {
        Terminal.error("\(error)")
        throw ExitCode.failure
    }
}

/// `--limit`: a number, where 0 means no limit.
struct LimitOption: ParsableArguments {
    // Unconditional, so `--limit -1` reaches validate() and gets a plain answer
    // instead of being read as an unknown option ("Missing value").
    @Option(parsing: .unconditional, help: "At most this many rows (0: all).")
    var limit: Int = 100

    var value: Int? { limit > 0 ? limit : nil }

    func validate() throws {
        if limit < 0 { throw ValidationError("--limit must be 0 (all) or more") }
    }
}

extension StatementKind: ExpressibleByArgument {}

/// direct, indirect or mixed, as `--kind` takes them.
enum StatementKind: String, CaseIterable {
    case direct, indirect, mixed
}
