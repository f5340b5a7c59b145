import ArgumentParser
import Foundation
import Extraction

@main
struct WhoSaid: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whosaid",
        abstract: "Turn news articles into a knowledge base of who said what about whom.",
        discussion: """
            The knowledge base is one SQLite file (--db, default ./whosaid.db or $WHOSAID_DB). \
            Open it with `sqlite3 whosaid.db` and try: SELECT speaker, quote, about FROM who_said_what;
            """,
        version: "whosaid 0.2.0, extractor \(Extractor.version)",
        subcommands: [IngestCommand.self, ReextractCommand.self, ExtractCommand.self, QuotesCommand.self, ActorsCommand.self, ActorCommand.self,
                      ReportCommand.self, GraphCommand.self, EvalCommand.self, BenchCommand.self, TrainCommand.self]
    )

    /// Refuses an option given twice before the parser quietly keeps the last one.
    static func main() {
        if let (option, values) = RepeatedOptions.firstRepeat(in: Array(CommandLine.arguments.dropFirst())) {
            // A flag has no value: what follows it is the next option or nothing.
            let isFlag = values.contains { $0.isEmpty || $0.hasPrefix("--") }
            let shown = isFlag ? "" : " (" + values.map { "'\($0)'" }.joined(separator: " and ") + ")"
            Terminal.error("\(option) was given \(values.count) times\(shown); give it once")
            Self.exit(withError: ExitCode.validationFailure)
        }
        main(nil)
    }
}
