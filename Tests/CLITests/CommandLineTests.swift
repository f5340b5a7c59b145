import Foundation
import Testing
import TestSupport

/// Runs the built `whosaid` binary as a user would.
struct CLI {
    static let binary: String = {
        let nextToTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("whosaid").path
        if FileManager.default.isExecutableFile(atPath: nextToTests) { return nextToTests }
        return Repo.root.appendingPathComponent(".build/debug/whosaid").path
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = Repo.root
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "WHOSAID_DB")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }
}

@Suite("Command line", .serialized)
struct CommandLineTests {
    @Test("ingest the seeds, then list quotes and actors as JSON with the documented fields")
    func ingestAndList() throws {
        let db = Repo.temporaryPath("kb.db")
        let ingest = try CLI.run(["ingest", "--db", db, "seeds"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stderr.contains("2 new, 0 unchanged, 0 failed"))
        let again = try CLI.run(["ingest", "--db", db, "seeds"])
        #expect(again.stderr.contains("0 new, 2 unchanged, 0 failed"))

        let quotes = try CLI.run(["quotes", "--db", db, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(quotes.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count >= 20)
        let keys = Set(rows[0].keys)
        #expect(keys.isSuperset(of: ["speaker", "speaker_kind", "quote", "kind", "cue", "about", "article"]))
        let article = try #require(rows[0]["article"] as? [String: Any])
        #expect(Set(article.keys).isSuperset(of: ["title", "date", "source", "path"]))
        #expect(rows.contains { ($0["speaker"] as? String) == "Babar Iftikhar" && ($0["quote"] as? String)?.contains("guarantor") == true })

        let actors = try CLI.run(["actors", "--db", db, "--format", "json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(actors.stdout.utf8)) as? [[String: Any]])
        let atmar = try #require(list.first { ($0["name"] as? String) == "Mohammad Hanif Atmar" })
        #expect(Set(atmar.keys).isSuperset(of: ["name", "kind", "aliases", "roles", "statements"]))
        #expect((atmar["aliases"] as? [String])?.contains("Atmar") == true)
        #expect((atmar["statements"] as? Int ?? 0) >= 5)
    }

    @Test("standard input and $WHOSAID_DB")
    func standardInput() throws {
        let db = Repo.temporaryPath("stdin.db")
        let text = "The mayor, Bob Roe, said: “The bridge will reopen next week.”\n"
        let r = try CLI.run(["ingest", "-"], stdin: text, environment: ["WHOSAID_DB": db])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: db))
        let q = try CLI.run(["quotes", "--format", "json"], environment: ["WHOSAID_DB": db])
        #expect(q.stdout.contains("The bridge will reopen next week."))
    }

    @Test("bad inputs: each named with its reason, the good ones still land, the exit status says so")
    func badInputs() throws {
        let dir = Repo.temporaryPath("inputs")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "“Fine,” she said.\n".write(toFile: dir + "/good.txt", atomically: true, encoding: .utf8)
        try "".write(toFile: dir + "/empty.txt", atomically: true, encoding: .utf8)
        try Data([0x66, 0x6F, 0xFF, 0xFE, 0x6F]).write(to: URL(fileURLWithPath: dir + "/latin1.txt"))
        try "{\"text\": \"unterminated".write(toFile: dir + "/broken.json", atomically: true, encoding: .utf8)
        let db = Repo.temporaryPath("bad.db")
        let r = try CLI.run(["ingest", "--db", db, dir, dir + "/missing.txt"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("empty.txt: empty file"))
        #expect(r.stderr.contains("latin1.txt: not valid UTF-8"))
        #expect(r.stderr.contains("broken.json: malformed JSON"))
        #expect(r.stderr.contains("missing.txt: no such file or directory"))
        #expect(r.stderr.contains("1 new, 0 unchanged, 4 failed"))
        let emptyDir = Repo.temporaryPath("nothing")
        try FileManager.default.createDirectory(atPath: emptyDir, withIntermediateDirectories: true)
        let e = try CLI.run(["ingest", "--db", db, emptyDir])
        #expect(e.status != 0)
        #expect(e.stderr.contains("no article files"))
    }

    @Test("a file that is not a database is refused with one clear line")
    func notADatabase() throws {
        let path = Repo.temporaryPath("notes.db")
        try String(repeating: "just some notes\n", count: 10).write(toFile: path, atomically: true, encoding: .utf8)
        let r = try CLI.run(["ingest", "--db", path, "seeds"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("not a SQLite database"))
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("just some notes"))
    }

    @Test("extract prints one JSON object per file whose spans match the text")
    func extractContract() throws {
        let r = try CLI.run(["extract", "seeds/000_459d7e81e9f36103.txt", "seeds/003_516bbe01d6261196.txt"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let file = try #require(object["file"] as? String)
            let scalars = Array(try String(contentsOf: Repo.root.appendingPathComponent(file), encoding: .utf8).unicodeScalars)
            let quotes = try #require(object["quotes"] as? [[String: Any]])
            #expect(!quotes.isEmpty)
            for q in quotes {
                #expect(q["speaker"] != nil && q["about"] is [Any] && q["kind"] is String)
                var spans = (q["sources"] as? [[String: Any]] ?? []) + (q["contents"] as? [[String: Any]] ?? [])
                if let cue = q["cue"] as? [String: Any] { spans.append(cue) }
                for s in spans {
                    let start = s["start"] as! Int, end = s["end"] as! Int
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[start..<end])
                    #expect(String(view) == s["text"] as? String)
                }
            }
        }
    }

    @Test("eval agrees with the reference scorer on a fixture")
    func evalMatchesReference() throws {
        let fixture = "Tests/ExtractionTests/Fixtures/eval"
        let r = try CLI.run(["eval", "\(fixture)/gold.jsonl", "\(fixture)/texts", "--pred", "\(fixture)/pred.jsonl", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        // Figures printed by `python3 ../shared/eval/score.py gold.jsonl pred.jsonl texts --json`.
        let expected: [String: [Double]] = [
            "content": [0.8378378378378378, 0.6739130434782609, 0.746987951807229],
            "source": [0.7142857142857143, 0.45454545454545453, 0.5555555555555556],
            "cue": [0.8, 0.5714285714285714, 0.6666666666666666],
            "quote": [1.0, 0.8333333333333334, 0.9090909090909091],
            "attribution": [0.6, 0.5, 0.5454545454545454],
            "direct_attribution_recall": [0.6666666666666666],
        ]
        for (key, values) in expected {
            let got = try #require(o[key] as? [Double], "\(key)")
            #expect(got.count == values.count)
            for (g, e) in zip(got, values) { #expect(abs(g - e) < 1e-9, "\(key)") }
        }
    }
}
