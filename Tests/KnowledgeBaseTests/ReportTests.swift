import Foundation
import SQLite
import Testing
import TestSupport
@testable import KnowledgeBase

/// Canned reports: every built-in runs, parameters are declared, bound and checked,
/// and nothing a report does can change the database.
@Suite("Reports")
struct ReportTests {
    /// A seeded knowledge base in a file, opened read-only as `report` opens it.
    static func seededFile() throws -> (path: String, kb: KnowledgeBase) {
        let path = Repo.temporaryPath("reports.db")
        do {
            let kb = try KnowledgeBase(path: path)
            let ingestor = Ingestor(kb: kb)
            for name in [Repo.seed1, Repo.seed2] {
                _ = try ingestor.ingest(ArticleInput(text: Repo.seed(name), path: "seeds/\(name)", format: .text))
            }
        }
        return (path, try KnowledgeBase(path: path, readOnly: true))
    }

    static let required = ["actor": "Taliban", "speaker": "Atmar", "about": "Taliban"]

    @Test("the built-in reports the issue asks for exist, each with a title, a description and declared parameters")
    func catalog() throws {
        let catalog = try ReportCatalog()
        let names = Set(catalog.reports.map(\.name))
        #expect(names.isSuperset(of: ["who-talks-about-whom", "top-speakers", "most-discussed", "actor-over-time", "actor-statements",
                                      "groups-per-article", "unresolved-speakers", "articles-without-statements"]))
        for r in catalog.reports {
            #expect(r.title != r.name, "\(r.name) has a title")
            #expect(!r.description.isEmpty, "\(r.name) has a description")
        }
        let overTime = try catalog.report(named: "actor-over-time")
        #expect(overTime.parameters.map(\.name) == ["actor", "period"])
        #expect(overTime.parameters[0].defaultValue == nil)
        #expect(overTime.parameters[1].defaultValue == "month")
        #expect(try catalog.report(named: "top_speakers").name == "top-speakers")
    }

    @Test("every built-in report runs on the seeds and returns rows")
    func everyReportRuns() throws {
        let (_, kb) = try Self.seededFile()
        let runner = ReportRunner(kb: kb)
        for report in try ReportCatalog().reports {
            var params: [String: String] = [:]
            for p in report.parameters where p.defaultValue == nil { params[p.name] = Self.required[p.name] }
            let result = try runner.run(report, parameters: params)
            #expect(!result.columns.isEmpty)
            if report.name != "articles-without-statements" {
                #expect(!result.rows.isEmpty, "\(report.name) returns rows on the seeds")
            }
        }
    }

    @Test("reports answer correctly: top speaker, pair counts, statements over time")
    func answers() throws {
        let (_, kb) = try Self.seededFile()
        let catalog = try ReportCatalog()
        let runner = ReportRunner(kb: kb)
        let top = try runner.run(catalog.report(named: "top-speakers"), parameters: ["limit": "1"])
        #expect(top.rows.count == 1)
        #expect(top.rows[0][0] == .text("Mohammad Hanif Atmar"))
        let atmarStatements = try kb.db.scalarInt("SELECT count(*) FROM statements s JOIN actors a ON a.id = s.speaker_id WHERE a.name = 'Mohammad Hanif Atmar'")
        #expect(top.rows[0][2] == .integer(Int64(atmarStatements ?? -1)))

        let pairs = try runner.run(catalog.report(named: "who-talks-about-whom"), parameters: [:])
        let counts = pairs.rows.map { row -> Int64 in if case .integer(let n) = row[4] { return n } else { return -1 } }
        #expect(counts == counts.sorted(by: >))

        let byDay = try runner.run(catalog.report(named: "actor-over-time"), parameters: ["actor": "the Taliban", "period": "day"])
        #expect(byDay.rows.first?[0] == .text("2021-07-09"))
        let taliban = try Queries(kb: kb).quotes(QuoteFilter(about: "Taliban", from: "2021-07-09", to: "2021-07-09"))
        #expect(byDay.rows.first?[1] == .integer(Int64(taliban.count)))
    }

    @Test("a missing parameter, an unknown one, an unknown report and an unknown actor are each named")
    func parameterErrors() throws {
        let (_, kb) = try Self.seededFile()
        let catalog = try ReportCatalog()
        let runner = ReportRunner(kb: kb)
        let report = try catalog.report(named: "actor-statements")
        #expect(throws: QueryError.missingParameter(report: "actor-statements", name: "actor")) { try runner.run(report) }
        #expect(throws: QueryError.unknownParameter(report: "actor-statements", name: "actr", known: ["actor", "limit"])) {
            try runner.run(report, parameters: ["actr": "Atmar"])
        }
        #expect(throws: QueryError.unknownReport(name: "top-speaker", suggestions: ["top-speakers"])) { try catalog.report(named: "top-speaker") }
        do {
            _ = try runner.run(report, parameters: ["actor": "Qurashi"])
            Issue.record("an unknown actor must not give an empty report")
        } catch let QueryError.unknownActor(_, suggestions) {
            #expect(suggestions.contains("Shah Mahmood Qureshi"))
        }
    }

    @Test("a report that would write is refused and the database is unchanged; values are bound, not spliced")
    func readOnly() throws {
        let (path, kb) = try Self.seededFile()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let dir = Repo.temporaryPath("reports")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "-- title: Evil\n-- description: deletes\nDELETE FROM articles;\n".write(toFile: dir + "/evil.sql", atomically: true, encoding: .utf8)
        try "-- title: Two\n-- description: two statements\nSELECT 1; SELECT 2;\n".write(toFile: dir + "/two.sql", atomically: true, encoding: .utf8)
        try "-- title: Undeclared\n-- description: uses :x\nSELECT :x;\n".write(toFile: dir + "/undeclared.sql", atomically: true, encoding: .utf8)
        try "-- title: Echo\n-- description: echoes\n-- param: text -- anything\nSELECT :text AS echoed, (SELECT count(*) FROM articles) AS articles;\n"
            .write(toFile: dir + "/echo.sql", atomically: true, encoding: .utf8)
        let catalog = try ReportCatalog(userDirectory: dir)
        let runner = ReportRunner(kb: kb)
        #expect(throws: QueryError.reportWrites(report: "evil")) { try runner.run(catalog.report(named: "evil")) }
        #expect(throws: QueryError.self) { try runner.run(catalog.report(named: "two")) }
        #expect(throws: QueryError.self) { try runner.run(catalog.report(named: "undeclared")) }
        let injection = "x'); DROP TABLE articles; --"
        let echo = try runner.run(catalog.report(named: "echo"), parameters: ["text": injection])
        #expect(echo.rows == [[.text(injection), .integer(2)]])
        // Even given a writable connection, the runner refuses before stepping.
        let writable = try KnowledgeBase(path: path)
        #expect(throws: QueryError.reportWrites(report: "evil")) { try ReportRunner(kb: writable).run(catalog.report(named: "evil")) }
        #expect(try writable.counts().articles == 2)
        _ = before
        #expect(throws: QueryError.self) { try ReportCatalog(userDirectory: dir + "/missing") }
    }

    @Test("every built-in report runs unchanged in the sqlite3 shell with .param set and gives the same rows")
    func sqliteShell() throws {
        let shell = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let sqlite3 = try #require(shell, "the sqlite3 shell is needed (apt-get install sqlite3; .ci/run installs it)")
        let (path, kb) = try Self.seededFile()
        let runner = ReportRunner(kb: kb)
        for report in try ReportCatalog().reports {
            var args = ["-readonly", "-batch", "-noheader", "-list", "-separator", "\u{1F}", "-newline", "\u{1E}", path, ".param init"]
            var params: [String: String] = [:]
            for p in report.parameters {
                let value = p.defaultValue == nil ? Self.required[p.name]! : p.defaultValue!
                if p.defaultValue == nil { params[p.name] = value }
                args.append(".param set :\(p.name) '\(value)'")
            }
            let file = Repo.root.appendingPathComponent("Reports/\(report.name).sql").path
            args.append(".read \(file)")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: sqlite3)
            process.arguments = args
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0 && errors.isEmpty, "\(report.name): \(errors)")
            let shellRows = String(decoding: data, as: UTF8.self).split(separator: "\u{1E}", omittingEmptySubsequences: false)
                .filter { !$0.isEmpty }.map { $0.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init) }
            let ours = try runner.run(report, parameters: params).rows.map { row in
                row.map { v -> String in
                    switch v {
                    case .null: return ""
                    case .integer(let i): return String(i)
                    case .real(let d): return String(d)
                    case .text(let s): return s
                    case .blob: return "?"
                    }
                }
            }
            #expect(shellRows == ours, "\(report.name) gives the same rows in the sqlite3 shell")
        }
    }
}
