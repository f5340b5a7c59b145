import ArgumentParser
import KnowledgeBase

struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List actors with their kind, aliases, roles and number of statements."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "At most this many actors.")
    var limit: Int?

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    func run() throws {
        let kb = try database.open(readOnly: true)
        let rows: [ActorRow]
        do {
            rows = try Queries(kb: kb).actors(limit: limit)
        } catch {
            Terminal.error("\(error)")
            throw ExitCode.failure
        }
        switch format {
        case .json:
            Terminal.print(JSON.array(rows.map { r in
                .object([
                    ("name", .string(r.name)), ("kind", .string(r.kind)),
                    ("aliases", .array(r.aliases.map { .string($0) })),
                    ("roles", .array(r.roles.map { .string($0) })),
                    ("statements", .int(r.statements)),
                ])
            }).serialized())
        case .table:
            let table = TableFormatter(columns: [
                .init(title: "name", maxWidth: 32), .init(title: "kind", maxWidth: 12), .init(title: "statements", maxWidth: 10),
                .init(title: "aliases and roles", wraps: true),
            ], width: Terminal.width)
            Terminal.print(table.render(rows.map { r in
                [r.name, r.kind, String(r.statements), (r.aliases.filter { $0 != r.name } + r.roles).joined(separator: "; ")]
            }))
        }
    }
}
