import ArgumentParser
import Foundation
import KnowledgeBase

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Export the who-talks-about-whom network for Graphviz (dot) or Gephi (graphml).",
        discussion: "Example: whosaid graph --format dot | dot -Tsvg > network.svg"
    )

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var filter: StatementFilterOptions

    @Option(name: .customLong("min"), help: "Leave out edges with fewer statements than this.")
    var minStatements: Int = 1

    @Option(help: "Keep only the heaviest edges (0: all).")
    var limit: Int = 0

    @Option(help: "dot or graphml.")
    var format: GraphFormat = .dot

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        if filter.undated, filter.from == nil, filter.to == nil { throw ValidationError("--undated needs --from or --to (without them every article counts)") }
    }

    func run() throws {
        let kb = try database.open(readOnly: true)
        defer { database.noteOutdatedArticles(in: kb) }
        let query = NetworkFilter(speaker: filter.speaker, about: filter.about, from: filter.from, to: filter.to, minStatements: max(1, minStatements),
                                   limit: limit > 0 ? limit : nil, includeUndated: filter.undated)
        let network = try answering { try Queries(kb: kb).network(query) }
        let text = format == .dot ? GraphWriter.dot(network) : GraphWriter.graphML(network)
        if let output {
            do {
                try text.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                Terminal.error("\(output): cannot write the graph (\(error.localizedDescription))")
                throw ExitCode.failure
            }
        } else {
            Terminal.print(text)
        }
        Terminal.note("\(network.nodes.count) actor(s), \(network.edges.count) edge(s)")
        let undated = try answering { try Queries(kb: kb).undatedLeftOut(query) }
        if undated > 0 { Terminal.note("\(undated) statement(s) of undated articles left out by --from/--to; --undated includes them") }
    }
}

enum GraphFormat: String, ExpressibleByArgument, CaseIterable {
    case dot, graphml
}
