import Foundation
import Testing
import TestSupport

/// `whosaid eval --speakers`: the figures of speakers.py from the command line, on the
/// fixture whose expected output speakers.py printed (Tests/ExtractionTests/Fixtures/speakers).
@Suite("eval --speakers", .serialized)
struct EvalCommandTests {
    static let fixture = "Tests/ExtractionTests/Fixtures/speakers"

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func expected() throws -> [String: Any] {
        try object(String(contentsOf: Repo.root.appendingPathComponent("\(fixture)/expected.json"), encoding: .utf8))
    }

    /// The figures and counts of a speakers.py-shaped object, for comparing two of them.
    static func figures(_ o: [String: Any]) -> [String: Double] {
        var out: [String: Double] = [:]
        for (k, v) in o { if let d = v as? Double { out[k] = d } }
        for (k, v) in o["counts"] as? [String: Int] ?? [:] { out["counts." + k] = Double(v) }
        return out
    }

    @Test("--json prints speakers.py's object, every count equal")
    func jsonAgreesWithReference() throws {
        let f = Self.fixture
        let r = try CLI.run(["eval", "--speakers", f, "\(f)/texts", "--pred", "\(f)/pred.jsonl", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let got = Self.figures(try Self.object(r.stdout))
        #expect(got.count == 16)
        #expect(got == Self.figures(try Self.expected()))
    }

    @Test("-v lists the misses as speakers.py -v does, before the table")
    func verboseMisses() throws {
        let f = Self.fixture
        let r = try CLI.run(["eval", "--speakers", f, "\(f)/texts", "--pred", "\(f)/pred.jsonl", "-v"])
        #expect(r.status == 0, "\(r.stderr)")
        let expected = try String(contentsOf: Repo.root.appendingPathComponent("\(f)/expected-misses.txt"), encoding: .utf8)
        #expect(r.stdout.hasPrefix(expected + "\n"))
        #expect(r.stdout.contains("| who-said-what recall |  55.6% | 5/9 statements with a named speaker found and given to that actor |"))
        #expect(r.stdout.contains("| … on found statements |  62.5% | 5/8 of those that match a gold attribution |"))
        // With --json the misses go to stderr, so stdout stays one object.
        let j = try CLI.run(["eval", "--speakers", f, "\(f)/texts", "--pred", "\(f)/pred.jsonl", "--json", "-v"])
        #expect(j.stderr == expected)
        _ = try Self.object(j.stdout)
    }

    @Test("GOLD TEXTDIR --speakers DIR: the span table, then the speaker table; --json nests the speakers")
    func bothTables() throws {
        let f = Self.fixture
        let args = ["eval", "\(f)/spans.jsonl", "\(f)/texts", "--speakers", f, "--pred", "\(f)/pred.jsonl"]
        let r = try CLI.run(args)
        #expect(r.status == 0, "\(r.stderr)")
        let span = try #require(r.stdout.range(of: "| attribution |"))
        let speakers = try #require(r.stdout.range(of: "| who-said-what recall |"))
        #expect(span.lowerBound < speakers.lowerBound)
        // pred.jsonl has two lines for a.txt: the later one counts, as in score.py.
        #expect(r.stdout.contains("3 articles, 13 gold attributions, 13 predicted, 1 gold direct quotes"))

        let j = try Self.object(try CLI.run(args + ["--json"]).stdout)
        #expect(j["attribution"] is [Double])
        #expect(Self.figures(try #require(j["speakers"] as? [String: Any])) == Self.figures(try Self.expected()))
    }

    @Test("without --pred, eval scores exactly what `whosaid extract` prints")
    func extractsLikeExtract() throws {
        let f = Self.fixture
        let texts = ["a.txt", "b.txt", "c.txt"].map { "\(f)/texts/\($0)" }
        let extracted = try CLI.run(["extract"] + texts)
        #expect(extracted.status == 0, "\(extracted.stderr)")
        let pred = Repo.temporaryPath("pred.jsonl")
        try extracted.stdout.write(toFile: pred, atomically: true, encoding: .utf8)
        let own = try CLI.run(["eval", "\(f)/spans.jsonl", "\(f)/texts", "--speakers", f, "--json"])
        let given = try CLI.run(["eval", "\(f)/spans.jsonl", "\(f)/texts", "--speakers", f, "--json", "--pred", pred])
        #expect(own.status == 0, "\(own.stderr)")
        #expect(own.stdout == given.stdout)
    }

    @Test("bad input: one line naming the file (and line), exit status 1; a wrong call, 64")
    func badInput() throws {
        let f = Self.fixture
        let dir = URL(fileURLWithPath: Repo.temporaryPath("speakers"))
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let gold = try String(contentsOf: Repo.root.appendingPathComponent("\(f)/gold.jsonl"), encoding: .utf8)
        try (gold + "\n{\"file\": \"a.txt\",\n").write(to: dir.appendingPathComponent("gold.jsonl"), atomically: true, encoding: .utf8)
        let run = { try CLI.run(["eval", "--speakers", dir.path, "\(f)/texts", "--pred", "\(f)/pred.jsonl"]) }

        let noActors = try run()
        #expect(noActors.status == 1)
        #expect(noActors.stderr == "whosaid: error: \(dir.path)/gold.jsonl (line 15): malformed JSON (expected one object on the line)\n")

        try gold.write(to: dir.appendingPathComponent("gold.jsonl"), atomically: true, encoding: .utf8)
        let missing = try run()
        #expect(missing.status == 1)
        #expect(missing.stderr == "whosaid: error: \(dir.path)/actors.json: no such file\n")

        try "{\"articles\": [{\"file\": \"a.txt\", \"actors\": [{\"aliases\": []}]}]}"
            .write(to: dir.appendingPathComponent("actors.json"), atomically: true, encoding: .utf8)
        let noName = try run()
        #expect(noName.status == 1)
        #expect(noName.stderr.contains("actors.json: article 1 (a.txt), actor 1: no \"name\""))

        let usage = try CLI.run(["eval", "\(f)/texts"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("TEXTDIR alone with --speakers DIR"))
    }

    @Test("the span table ends with one row per rule; --without leaves a rule out, and an unknown id is a usage error listing the ids")
    func rulesAndAblation() throws {
        let f = Self.fixture
        let args = ["eval", "\(f)/spans.jsonl", "\(f)/texts"]
        let r = try CLI.run(args)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("| rule | predicted | matched | precision | share of gold |"))
        let rows = r.stdout.split(separator: "\n").filter { $0.hasPrefix("| reported.subject-cue |") }
        #expect(rows.count == 1)

        let without = try CLI.run(args + ["--without", "reported.subject-cue,direct.title"])
        #expect(without.status == 0, "\(without.stderr)")
        #expect(!without.stdout.contains("| reported.subject-cue |"))

        let j = try Self.object(try CLI.run(args + ["--json"]).stdout)
        let byRule = try #require(j["rules"] as? [String: [String: Any]])
        #expect(byRule["reported.subject-cue"]?["predicted"] as? Int ?? 0 > 0)

        let bad = try CLI.run(args + ["--without", "direct.nonsense"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("direct.nonsense"))
        #expect(bad.stderr.contains("direct.trailing-cue") && bad.stderr.contains("following-quotes"))
    }

    @Test("--cv K: the rules alone and the judge at each threshold, mean and spread over K folds; wrong calls exit 64")
    func crossValidation() throws {
        let f = Self.fixture
        let r = try CLI.run(["eval", "--cv", "3", "\(f)/spans.jsonl", "\(f)/texts", "--thresholds=-1,0"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("3 articles, 3-fold cross-validation by article"))
        for row in ["| rules alone |", "| judge > -1.0 |", "| judge > 0.0 |"] { #expect(r.stdout.contains(row)) }
        #expect(r.stderr.contains("fold 3 of 3"))
        // An ablation is cross-validated too: the rule is left out in training and scoring alike.
        let ablated = try CLI.run(["eval", "--cv", "3", "\(f)/spans.jsonl", "\(f)/texts", "--thresholds=-1,0", "--without", "reported.subject-cue"])
        #expect(ablated.status == 0, "\(ablated.stderr)")
        #expect(ablated.stdout.contains("3-fold cross-validation by article, without reported.subject-cue"))
        let rulesAlone = { (out: String) in out.split(separator: "\n").first { $0.hasPrefix("| rules alone |") } }
        #expect(rulesAlone(ablated.stdout) != nil && rulesAlone(ablated.stdout) != rulesAlone(r.stdout))

        for (args, message) in [(["--cv", "1"], "from 2 to 20"), (["--cv", "4"], "cannot be dealt into 4 folds"),
                                (["--cv", "2", "--thresholds", "low"], "numbers separated by commas"),
                                (["--cv", "2", "--pred", "\(f)/pred.jsonl"], "neither --speakers nor --pred")] {
            let bad = try CLI.run(["eval", "\(f)/spans.jsonl", "\(f)/texts"] + args)
            #expect(bad.status == (message.contains("dealt") ? 1 : 64), "\(args): \(bad.stderr)")
            #expect(bad.stderr.contains(message), "\(args): \(bad.stderr)")
        }
    }

    @Test("--no-judge keeps every candidate; --judge-threshold makes the judge stricter on reported speech only; both at once is a usage error")
    func judgeOptions() throws {
        let texts = try FileManager.default.contentsOfDirectory(atPath: Repo.root.appendingPathComponent("seeds").path).sorted()
            .map { "seeds/\($0)" }
        func kinds(_ args: [String]) throws -> [String: Int] {
            let r = try CLI.run(["extract"] + texts + args)
            #expect(r.status == 0, "\(r.stderr)")
            var out: [String: Int] = [:]
            for line in r.stdout.split(separator: "\n") {
                for q in try Self.object(String(line))["quotes"] as? [[String: Any]] ?? [] { out[q["kind"] as? String ?? "", default: 0] += 1 }
            }
            return out
        }
        let all = try kinds(["--no-judge"]), judged = try kinds([]), strictest = try kinds(["--judge-threshold", "1000"])
        #expect((all["indirect"] ?? 0) >= (judged["indirect"] ?? 0) && (judged["indirect"] ?? 0) > 0)
        #expect(strictest["indirect"] == nil)
        #expect(strictest["direct"] == all["direct"] && strictest["mixed"] == all["mixed"])
        let both = try CLI.run(["extract", "--no-judge", "--judge-threshold", "0"] + texts)
        #expect(both.status == 64)
        #expect(both.stderr.contains("--judge-threshold"))
    }

    @Test("train judge writes weights that the same data reproduces; a wrong call or a missing file is named")
    func train() throws {
        let f = Self.fixture
        let a = Repo.temporaryPath("judge-a.tsv"), b = Repo.temporaryPath("judge-b.tsv")
        for out in [a, b] {
            let r = try CLI.run(["train", "judge", "\(f)/spans.jsonl", "\(f)/texts", "--out", out])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let weights = try String(contentsOfFile: a, encoding: .utf8)
        #expect(weights == (try String(contentsOfFile: b, encoding: .utf8)))
        #expect(weights.contains("__bias__\t"))

        let unknown = try CLI.run(["train", "everything", "\(f)/spans.jsonl", "\(f)/texts"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("available: judge, cues"))
        let missing = try CLI.run(["train", "judge", "\(f)/nothing.jsonl", "\(f)/texts", "--out", a])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nothing.jsonl: no such file"))
        let badCues = try CLI.run(["train", "judge", "\(f)/spans.jsonl", "\(f)/texts", "--cues", "\(f)/spans.jsonl", "--out", a])
        #expect(badCues.status == 1)
        #expect(badCues.stderr.contains("no weights"))
    }
}

