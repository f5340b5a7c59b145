import ArgumentParser
import Foundation
import KnowledgeBase

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List statements: who said what, about whom, where.",
        discussion: """
            Filters combine. Names match any alias ('Atmar', 'TTP', 'the Taliban'); an unknown name \
            suggests close matches. --search finds statements holding all the words typed, punctuation             aside (al-qaeda, Qureshi's); with --fts it takes an FTS5 query: "a phrase", prefix*, AND, OR, NOT, NEAR(…).
            """
    )

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var filter: StatementFilterOptions

    @Option(help: "Full-text search in what was said and by whom: statements holding all these words.")
    var search: String?

    @Flag(help: "Read --search as an FTS5 query (\"a phrase\", prefix*, AND, OR, NOT, NEAR).")
    var fts = false

    @Option(help: "Only direct, indirect or mixed quotes.")
    var kind: StatementKind?

    @Option(help: ArgumentHelp("Only this article: its id or its path.", valueName: "id|path"))
    var article: String?

    @Option(help: ArgumentHelp("Only articles from this outlet (part of its name).", valueName: "outlet"))
    var source: String?

    @OptionGroup var limit: LimitOption

    @Option(help: "date (newest first), speaker, relevance (the default with --search), or reading (the article's order, the default with --article).")
    var order: QuoteOrder?

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    func validate() throws {
        if order == .relevance, search == nil { throw ValidationError("--order relevance needs --search (it ranks by how well the words match)") }
        if fts, search == nil { throw ValidationError("--fts needs --search (it says how to read the search)") }
        if filter.undated, filter.from == nil, filter.to == nil { throw ValidationError("--undated needs --from or --to (without them every article is listed)") }
    }

    func run() throws {
        let kb = try database.open(readOnly: true)
        defer { database.noteOutdatedArticles(in: kb) }
        let query = QuoteFilter(speaker: filter.speaker, about: filter.about, search: search, kind: kind?.rawValue, from: filter.from, to: filter.to,
                                 article: article, source: source, limit: limit.value, order: order.map { QuoteFilter.Order(rawValue: $0.rawValue)! },
                                 fts: fts, includeUndated: filter.undated)
        let queries = Queries(kb: kb)
        let rows = try answering { try queries.quotes(query) }
        Self.listing(rows, format: format).print(format)
        if format == .table {
            let more = limit.value.map { rows.count >= $0 } ?? false
            Terminal.note("\(rows.count) statement(s)" + (more ? " (the first \(rows.count); --limit 0 shows all)" : ""))
        }
        let undated = try answering { try queries.undatedLeftOut(query) }
        if undated > 0 {
            Terminal.note("\(undated) statement(s) of undated articles left out by --from/--to; --undated includes them")
        }
    }

    static func listing(_ rows: [QuoteRow], format: OutputFormat) -> Listing {
        var listing = Listing(columns: [
            .init(title: "date"), .init(title: "speaker", wraps: true, maxWidth: 30, isName: true), .init(title: "kind"),
            .init(title: "quote", wraps: true, maxWidth: 120), .init(title: "about", wraps: true, maxWidth: 30, separator: ", "),
            .init(title: "article", wraps: true, maxWidth: 28),
            .init(title: "cue", inTable: false), .init(title: "speaker_kind", inTable: false), .init(title: "id", inTable: false),
            .init(title: "article_id", inTable: false), .init(title: "source", inTable: false), .init(title: "rule", inTable: false),
        ])
        for r in rows {
            let shown = r.snippet.map { highlight($0, format: format) } ?? r.quote
            let article = r.article.title ?? r.article.path.map { ($0 as NSString).lastPathComponent } ?? "#\(r.article.id)"
            // A joint statement under each of its speakers: 'Donald Trump & Bernie Sanders'.
            let speaker = r.speaker.map { ([$0] + r.coSpeakers).joined(separator: " & ") }
            listing.append([r.article.date ?? "", speaker ?? r.speakerText.map { "(\($0))" } ?? "(unknown)", r.kind, shown,
                            r.about.joined(separator: ", "), article, r.cue ?? "", r.speaker == nil ? "unresolved" : r.speakerKind ?? "",
                            String(r.id), String(r.article.id), r.article.source ?? "", r.rule],
                           json(r))
        }
        return listing
    }

    /// Matches in a search snippet: bold on a terminal, **like this** elsewhere.
    static func highlight(_ snippet: String, format: OutputFormat) -> String {
        let ansi = format == .table && Terminal.stdoutIsTerminal
        return snippet.replacingOccurrences(of: "\u{2}", with: ansi ? "\u{1B}[1m" : "**")
            .replacingOccurrences(of: "\u{3}", with: ansi ? "\u{1B}[0m" : "**")
    }

    /// The JSON contract of `quotes` (foundation issue), extended with id, date, article id and snippet.
    static func json(_ r: QuoteRow) -> JSON {
        var fields: [(String, JSON)] = [
            ("id", .int(Int(r.id))),
            ("speaker", .string(r.speaker ?? r.speakerText)),
            ("speaker_kind", .string(r.speaker == nil ? "unresolved" : r.speakerKind)),
            ("co_speakers", .array(r.coSpeakers.map { .string($0) })),
            ("quote", .string(r.quote)),
            ("kind", .string(r.kind)),
            ("cue", .string(r.cue)),
            ("about", .array(r.about.map { .string($0) })),
            ("date", .string(r.article.date)),
            ("article", .object([
                ("id", .int(Int(r.article.id))),
                ("title", .string(r.article.title)), ("date", .string(r.article.date)),
                ("source", .string(r.article.source)), ("path", .string(r.article.path)),
            ])),
            ("rule", .string(r.rule)),
        ]
        if let snippet = r.snippet { fields.append(("snippet", .string(highlight(snippet, format: .json)))) }
        return .object(fields)
    }
}

/// `--order` for quotes.
enum QuoteOrder: String, ExpressibleByArgument, CaseIterable {
    case date, speaker, relevance, reading
}
