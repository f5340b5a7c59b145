import Foundation
import Testing
import TestSupport

/// Mistakes in what was typed are usage errors: exit status 64 and one line in plain
/// words, before anything runs (issue 17, "Typing mistakes are usage errors").
@Suite("Usage errors", .serialized)
struct UsageErrorTests {
    static let db: String = {
        let path = Repo.temporaryPath("usage.db")
        _ = try? CLI.run(["ingest", "--db", path, "seeds"])
        return path
    }()

    func run(_ args: [String]) throws -> CLI.Result {
        try CLI.run(args + ["--db", Self.db])
    }

    func expectUsageError(_ args: [String], saying text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let r = try run(args)
        #expect(r.status == 64, "\(args): \(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stderr.contains(text), "\(args): \(r.stderr)", sourceLocation: sourceLocation)
        #expect(!r.stderr.contains("SQLite error"), sourceLocation: sourceLocation)
        #expect(r.stdout.isEmpty, sourceLocation: sourceLocation)
    }

    @Test("dates must be real days and ranges must hold one")
    func dates() throws {
        try expectUsageError(["quotes", "--from", "2021-02-30"], saying: "'2021-02-30' is not a date")
        try expectUsageError(["quotes", "--to", "2021-04-31"], saying: "'2021-04-31' is not a date")
        try expectUsageError(["quotes", "--from", "2021-08", "--to", "2021-07"], saying: "--from 2021-08 is after --to 2021-07")
        try expectUsageError(["graph", "--from", "2022", "--to", "2021"], saying: "--from 2022 is after --to 2021")
        // A leap day is a day.
        #expect(try run(["quotes", "--from", "2020-02-29"]).status == 0)
    }

    @Test("limits, orders and repeated options")
    func options() throws {
        try expectUsageError(["quotes", "--limit", "-1"], saying: "--limit must be 0 (all) or more")
        try expectUsageError(["quotes", "--order", "relevance"], saying: "--order relevance needs --search")
        try expectUsageError(["quotes", "--speaker", "Atmar", "--speaker", "Qureshi"], saying: "--speaker was given 2 times ('Atmar' and 'Qureshi'); give it once")
        try expectUsageError(["quotes", "--limit=5", "--limit", "6"], saying: "--limit was given 2 times")
        try expectUsageError(["quotes", "--undated"], saying: "--undated needs --from or --to")
        try expectUsageError(["quotes", "--from", "2021", "--undated", "--undated"], saying: "--undated was given 2 times; give it once")
        // Options that are repeatable stay so.
        let params = try run(["report", "actor-statements", "--param", "actor=Atmar", "--param", "limit=2", "--format", "csv"])
        #expect(params.status == 0, "\(params.stderr)")
    }

    @Test("report parameters are checked against the types their header declares")
    func reportParameters() throws {
        try expectUsageError(["report", "top-speakers", "--param", "limit=ten"],
                             saying: "report 'top-speakers': --param limit=ten is not valid; limit takes a whole number, at least 1")
        try expectUsageError(["report", "actor-over-time", "--param", "actor=Taliban", "--param", "period=fortnight"],
                             saying: "period takes one of day, week, month, year")
        let week = try run(["report", "actor-over-time", "--param", "actor=Taliban", "--param", "period=week", "--format", "csv"])
        #expect(week.status == 0)
        #expect(week.stdout.contains("2021-W27"))
        let list = try run(["report", "--list", "--format", "json"])
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let top = try #require(reports.first { $0["name"] as? String == "top-speakers" })
        #expect((top["parameters"] as? [[String: Any]])?.first?["type"] as? String == "integer 1..")
    }

    @Test("a user's report: a bad type declaration is named; a trailing comment is fine")
    func userReports() throws {
        let dir = Repo.temporaryPath("reports")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "-- title: One\nSELECT 1 AS one; -- a comment after the statement\n".write(toFile: dir + "/one.sql", atomically: true, encoding: .utf8)
        try "-- title: Two\nSELECT 1 AS one; SELECT 2;\n".write(toFile: dir + "/two.sql", atomically: true, encoding: .utf8)
        let typedDir = Repo.temporaryPath("typed-reports")
        try FileManager.default.createDirectory(atPath: typedDir, withIntermediateDirectories: true)
        try "-- title: Typed\n-- param: n (integer 1..5) = 9\nSELECT :n;\n".write(toFile: typedDir + "/typed.sql", atomically: true, encoding: .utf8)
        let one = try run(["report", "one", "--reports", dir, "--format", "csv"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.contains("one\r\n1") || one.stdout.contains("one\n1"))
        let two = try run(["report", "two", "--reports", dir])
        #expect(two.status == 1)
        #expect(two.stderr.contains("a report is one SQL statement"))
        let typed = try run(["report", "--list", "--reports", typedDir])
        #expect(typed.status == 1)
        #expect(typed.stderr.contains("the default of 'n' is '9', but it takes a whole number from 1 to 5"))
    }

    @Test("an endless report stops at its time limit; Ctrl-C interrupts it")
    func endlessReport() throws {
        let dir = Repo.temporaryPath("endless")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "-- title: Forever\nWITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n;\n"
            .write(toFile: dir + "/forever.sql", atomically: true, encoding: .utf8)
        let limited = try run(["report", "forever", "--reports", dir, "--time-limit", "0.2"])
        #expect(limited.status == 1)
        #expect(limited.stderr.contains("report 'forever' was stopped after its time limit of 0.2 s; --time-limit SECONDS gives it longer"))

        // Ctrl-C: sent once the command catches SIGINT (bit 1 of SigCgt in /proc), so the
        // test waits on a state, not a clock. The time limit only bounds a failing run.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["report", "forever", "--reports", dir, "--time-limit", "60", "--db", Self.db]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        var ready = false
        while process.isRunning && !ready {
            let status = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)) ?? ""
            if let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigCgt:") }),
               let mask = UInt64(line.dropFirst("SigCgt:".count).trimmingCharacters(in: .whitespaces), radix: 16) {
                ready = mask & (1 << (UInt64(SIGINT) - 1)) != 0
            }
            if !ready { usleep(2_000) }
        }
        #expect(ready)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 130)
        #expect(message.contains("report 'forever' was interrupted"))
    }
}
