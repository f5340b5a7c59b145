import ArgumentParser
import Foundation
import KnowledgeBase

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List statements: who said what, about whom, where."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Only statements by this speaker (any alias).")
    var speaker: String?

    @Option(help: "At most this many statements.")
    var limit: Int?

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    func run() throws {
        let kb = try database.open(readOnly: true)
        let rows: [QuoteRow]
        do {
            rows = try Queries(kb: kb).quotes(.init(speaker: speaker, limit: limit))
        } catch {
            Terminal.error("\(error)")
            throw ExitCode.failure
        }
        switch format {
        case .json:
            Terminal.print(JSON.array(rows.map(Self.json)).serialized())
        case .table:
            let table = TableFormatter(columns: [
                .init(title: "speaker", maxWidth: 28), .init(title: "kind", maxWidth: 8),
                .init(title: "quote", wraps: true), .init(title: "about", maxWidth: 30), .init(title: "article", maxWidth: 28),
            ], width: Terminal.width)
            Terminal.print(table.render(rows.map { r in
                let article = [r.article.date, r.article.title ?? r.article.path.map { ($0 as NSString).lastPathComponent }]
                    .compactMap { $0 }.joined(separator: " ")
                return [r.speaker ?? r.speakerText.map { "(\($0))" } ?? "(unknown)", r.kind, r.quote, r.about.joined(separator: ", "), article]
            }))
            Terminal.note("\(rows.count) statement(s)")
        }
    }

    static func json(_ r: QuoteRow) -> JSON {
        .object([
            ("speaker", .string(r.speaker ?? r.speakerText)),
            ("speaker_kind", .string(r.speaker == nil ? "unresolved" : r.speakerKind)),
            ("quote", .string(r.quote)),
            ("kind", .string(r.kind)),
            ("cue", .string(r.cue)),
            ("about", .array(r.about.map { .string($0) })),
            ("article", .object([
                ("title", .string(r.article.title)), ("date", .string(r.article.date)),
                ("source", .string(r.article.source)), ("path", .string(r.article.path)),
            ])),
            ("rule", .string(r.rule)),
        ])
    }
}
