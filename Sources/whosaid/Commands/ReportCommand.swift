import Foundation
import ArgumentParser
import KnowledgeBase
import SQLite

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Run a canned SQL report (see --list), read-only.",
        discussion: """
            Reports are the .sql files of Reports/, compiled in; --reports DIR adds your own (one SELECT per file, \
            with a header comment: -- title:, -- description:, -- param: name (type) = default -- help; \
            types: integer [min..max], number, date, actor, text, or a|b|c). \
            Each runs unchanged in the sqlite3 shell after .param set :name value.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The report's name (see --list).")
    var name: String?

    @Option(name: .customLong("param"), help: ArgumentHelp("A parameter value (repeatable).", valueName: "key=value"))
    var parameters: [String] = []

    @Flag(help: "List the reports with their parameters and defaults.")
    var list = false

    @Option(help: ArgumentHelp("A directory of your own .sql reports (they replace built-ins of the same name).", valueName: "dir"))
    var reports: String?

    @Option(name: .customLong("time-limit"), help: ArgumentHelp("Stop the report after this many seconds (0: no limit).", valueName: "seconds"))
    var timeLimit: Double = 60

    @Flag(help: "Show the query plan instead of running the report.")
    var explain = false

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    func validate() throws {
        if !list && name == nil { throw ValidationError("name a report, or use --list to see them") }
        if !(timeLimit >= 0) || !timeLimit.isFinite { throw ValidationError("--time-limit wants a number of seconds, 0 or more (0: no limit)") }
        for p in parameters where !p.contains("=") || p.hasPrefix("=") {
            throw ValidationError("--param wants key=value, not '\(p)'")
        }
    }

    func run() throws {
        let catalog = try answering { try ReportCatalog(userDirectory: reports) }
        if list {
            var listing = Listing(columns: [.init(title: "report"), .init(title: "title", inTable: false),
                                            .init(title: "parameters (default)", wraps: true, separator: ", "),
                                            .init(title: "description", inTable: false), .init(title: "what it answers", wraps: true, maxWidth: 100),
                                            .init(title: "origin", inTable: false)])
            for r in catalog.reports {
                let params = r.parameters.map { p in
                    p.name + (p.type == .text ? "" : " (\(p.type.declaration))") + (p.defaultValue.map { " = \($0)" } ?? ", required")
                }
                listing.append([r.name, r.title, params.joined(separator: ", "), r.description,
                                r.title + (r.description.isEmpty ? "" : ": " + r.description), r.origin], .object([
                    ("name", .string(r.name)), ("title", .string(r.title)), ("description", .string(r.description)),
                    ("parameters", .array(r.parameters.map { p in
                        .object([("name", .string(p.name)), ("type", .string(p.type.declaration)), ("default", .string(p.defaultValue)),
                                 ("help", .string(p.help))])
                    })),
                    ("origin", .string(r.origin)),
                ]))
            }
            listing.print(format)
            return
        }
        guard let name else { return }
        let report = try answering { try catalog.report(named: name) }
        var given: [String: String] = [:]
        for p in parameters {
            let eq = p.firstIndex(of: "=")!
            given[String(p[..<eq]).trimmingCharacters(in: .whitespaces)] = String(p[p.index(after: eq)...])
        }
        let kb = try database.open(readOnly: true)
        defer { database.noteOutdatedArticles(in: kb) }
        // Belt and braces: the file is opened read-only, and the connection refuses writes too.
        try answering { try kb.db.execute("PRAGMA query_only = ON") }
        let runner = ReportRunner(kb: kb)
        if explain {
            let plan = try answering { try Queries(kb: kb).explain(try runner.prepare(report, parameters: given)) }
            Terminal.print(plan.joined(separator: "\n"))
            return
        }
        // Ctrl-C stops the query, not the process: the report ends with a message and the
        // connection is closed properly.
        let stop = InterruptOnSignal(kb.db.interrupter)
        defer { stop.cancel() }
        let result = try answering { try runner.run(report, parameters: given, timeLimit: timeLimit > 0 ? timeLimit : nil) }
        // A column of short values (names, counts, dates) is shown whole; one holding
        // longer text (a quote, a title) wraps.
        var listing = Listing(columns: result.columns.indices.map { i in
            .init(title: result.columns[i], wraps: result.rows.contains { Self.text($0[i]).count > 40 }, maxWidth: 100)
        })
        for row in result.rows {
            listing.append(row.map(Self.text), .object(zip(result.columns, row).map { ($0, Self.json($1)) }))
        }
        listing.print(format)
        if format == .table { Terminal.note("\(report.title): \(result.rows.count) row(s)") }
    }

    static func text(_ v: DatabaseValue) -> String {
        switch v {
        case .null: return ""
        case .integer(let i): return String(i)
        case .real(let d): return String(d)
        case .text(let s): return s
        case .blob(let b): return "<\(b.count) bytes>"
        }
    }

    static func json(_ v: DatabaseValue) -> JSON {
        switch v {
        case .null: return .null
        case .integer(let i): return .int(Int(i))
        case .real(let d): return .double(d)
        case .text(let s): return .string(s)
        case .blob(let b): return .string(b.map { String(format: "%02x", $0) }.joined())
        }
    }
}
