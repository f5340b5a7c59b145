import Foundation
import Testing
import TestSupport
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The query commands as a user runs them on the seeds: every listing in every format,
/// reports, profiles, the graph, and the exit status and one-line message of mistakes.
@Suite("Query commands", .serialized)
struct QueryCommandTests {
    static let db: String = {
        let path = Repo.temporaryPath("query.db")
        _ = try? CLI.run(["ingest", "--db", path, "seeds"])
        return path
    }()

    func run(_ args: [String]) throws -> CLI.Result {
        try CLI.run(args + ["--db", Self.db])
    }

    @Test("quotes in csv, json, jsonl and markdown carry the same statements")
    func formats() throws {
        let args = ["quotes", "--about", "Taliban", "--limit", "0"]
        let json = try run(args + ["--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count >= 3)
        #expect(rows.allSatisfy { ($0["about"] as? [String])?.contains("Taliban") == true })

        let jsonl = try run(args + ["--format", "jsonl"])
        let lines = jsonl.stdout.split(separator: "\n")
        #expect(lines.count == rows.count)
        for line in lines { #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any]) }

        let csv = try run(args + ["--format", "csv"])
        let records = Self.parseCSV(csv.stdout)
        #expect(records.first?.prefix(4) == ["date", "speaker", "kind", "quote"])
        #expect(records.count == rows.count + 1)
        let quoteColumn = try #require(records.first?.firstIndex(of: "quote"))
        #expect(Set(records.dropFirst().map { $0[quoteColumn] }) == Set(rows.compactMap { $0["quote"] as? String }))

        let markdown = try run(args + ["--format", "markdown"])
        let mdLines = markdown.stdout.split(separator: "\n")
        #expect(mdLines.count == rows.count + 2)
        #expect(mdLines[1].hasPrefix("| ---"))
        let columns = mdLines[0].components(separatedBy: " | ").count
        // Escaped pipes and no raw newlines keep every row to the header's columns.
        #expect(mdLines.dropFirst(2).allSatisfy { $0.replacingOccurrences(of: "\\|", with: "").components(separatedBy: " | ").count == columns })
    }

    @Test("the table fits the terminal width and wraps long quotes")
    func tableWidth() throws {
        let r = try CLI.run(["quotes", "--db", Self.db, "--limit", "0"], environment: ["COLUMNS": "90"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count > 20)
        #expect(lines.allSatisfy { $0.count <= 90 }, "every line within 90 columns")
        #expect(r.stdout.contains("Legitimacy"))
    }

    @Test("--search marks the matches and --order speaker sorts by speaker")
    func searchAndOrder() throws {
        let r = try run(["quotes", "--search", "guarantor", "--format", "csv"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("**guarantor**"))
        let bySpeaker = try run(["quotes", "--order", "speaker", "--limit", "0", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(bySpeaker.stdout.utf8)) as? [[String: Any]])
        let speakers = rows.map { (($0["speaker"] as? String) ?? "").lowercased() }
        #expect(speakers == speakers.sorted())
    }

    @Test("mistakes: one line naming the problem, with close matches, and the right exit status")
    func mistakes() throws {
        let unknown = try run(["quotes", "--speaker", "Qurashi"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no actor named 'Qurashi'; did you mean 'Shah Mahmood Qureshi'?"))
        #expect(unknown.stdout.isEmpty)
        let date = try run(["quotes", "--from", "yesterday"])
        #expect(date.status == 64)
        #expect(date.stderr.contains("'yesterday' is not a date"))
        let missing = try run(["report", "actor-statements"])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("needs --param actor=VALUE"))
        let report = try run(["report", "who-talks-about"])
        #expect(report.status == 1)
        #expect(report.stderr.contains("did you mean 'who-talks-about-whom'"))
        let actor = try run(["actor", "Atmr"])
        #expect(actor.status == 1)
        #expect(actor.stderr.contains("Mohammad Hanif Atmar"))
        let noDB = try CLI.run(["quotes", "--db", Repo.temporaryPath("none.db")])
        #expect(noDB.status == 1 && noDB.stderr.contains("no such database"))
    }

    @Test("report --list shows every report with its parameters; a report runs with --param and refuses to write")
    func reports() throws {
        let list = try run(["report", "--list", "--format", "json"])
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(reports.count >= 8)
        let overTime = try #require(reports.first { $0["name"] as? String == "actor-over-time" })
        let params = try #require(overTime["parameters"] as? [[String: Any]])
        #expect(params.map { $0["name"] as? String } == ["actor", "period"])

        let ran = try run(["report", "actor-statements", "--param", "actor=Atmer", "--param", "limit=3", "--format", "csv"])
        #expect(ran.status == 0, "\(ran.stderr)")
        #expect(Self.parseCSV(ran.stdout).count == 4)

        let dir = Repo.temporaryPath("my-reports")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "-- title: Wipe\n-- description: would delete everything\nDELETE FROM statements;\n"
            .write(toFile: dir + "/wipe.sql", atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: Self.db))
        let wipe = try run(["report", "wipe", "--reports", dir])
        #expect(wipe.status == 1)
        #expect(wipe.stderr.contains("would change the database"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: Self.db)) == before)
        let count = try run(["quotes", "--limit", "0", "--format", "jsonl"])
        #expect(count.stdout.split(separator: "\n").count >= 20)
    }

    @Test("actor profile as text and JSON")
    func actorProfile() throws {
        let text = try run(["actor", "Qureshi"])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("Shah Mahmood Qureshi (person)"))
        #expect(text.stdout.contains("Foreign Minister (Pakistan)"))
        let json = try run(["actor", "Atmar", "--format", "json"])
        let profiles = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let p = try #require(profiles.first)
        #expect(p["name"] as? String == "Mohammad Hanif Atmar")
        #expect((p["talks_about"] as? [[String: Any]])?.isEmpty == false)
        #expect((p["recent"] as? [[String: Any]])?.count == 5)
    }

    @Test("graph exports the same edges as DOT and as well-formed GraphML")
    func graph() throws {
        let dot = try run(["graph", "--format", "dot"])
        #expect(dot.status == 0)
        #expect(dot.stdout.hasPrefix("digraph whosaid {"))
        let edges = dot.stdout.split(separator: "\n").filter { $0.contains(" -> ") }
        #expect(edges.count >= 10)
        #expect(dot.stdout.contains("label=\"Mohammad Hanif Atmar\""))

        let graphml = try run(["graph", "--format", "graphml"])
        let parser = XMLParser(data: Data(graphml.stdout.utf8))
        let counter = ElementCounter()
        parser.delegate = counter
        #expect(parser.parse(), "GraphML is well-formed XML")
        #expect(counter.counts["edge"] == edges.count)

        let filtered = try run(["graph", "--about", "Taliban", "--format", "dot"])
        let about = filtered.stdout.split(separator: "\n").filter { $0.contains(" -> ") }
        #expect(!about.isEmpty && about.count < edges.count)
    }

    final class ElementCounter: NSObject, XMLParserDelegate {
        var counts: [String: Int] = [:]
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            counts[name, default: 0] += 1
        }
    }

    /// RFC 4180 reader, enough to check our writer.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r\n" || c == "\n" {
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
