import Foundation
import Testing
import TestSupport

/// What is printed is the text, never an instruction to a terminal or a spreadsheet,
/// and tables show names whole (issue 17, "What is shown is what is true", "Hostile
/// input and output").
@Suite("Output safety", .serialized)
struct OutputSafetyTests {
    /// An article whose quotes carry terminal escapes and spreadsheet formulas.
    static let hostile = """
        Hostile quotes

        Mary Jones, a teacher, spoke on Monday.

        Jones said =HYPERLINK("http://evil.example","click") was a link.

        Jones said @SUM(A1:A9) was a formula.

        Tom Pratt said the screen \u{1B}[2J was clear and \u{1B}]0;owned\u{07} was the title.
        """

    static let db: String = {
        let path = Repo.temporaryPath("hostile.db")
        _ = try? CLI.run(["ingest", "--db", path, "-"], stdin: hostile)
        _ = try? CLI.run(["ingest", "--db", path, "seeds"])
        return path
    }()

    func run(_ args: [String], columns: Int = 100) throws -> CLI.Result {
        try CLI.run(args + ["--db", Self.db], environment: ["COLUMNS": String(columns)])
    }

    @Test("control characters are shown, not obeyed, in tables, Markdown and profiles")
    func controls() throws {
        for args in [["quotes", "--speaker", "Pratt"], ["quotes", "--speaker", "Pratt", "--format", "markdown"], ["actor", "Pratt"]] {
            let r = try run(args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(!r.stdout.contains("\u{1B}"), "\(args)")
            #expect(!r.stdout.contains("\u{07}"), "\(args)")
            #expect(r.stdout.contains("␛[2J"), "\(args): \(r.stdout)")
        }
        // JSON keeps the text as it is (escaped by JSON itself).
        let json = try run(["quotes", "--speaker", "Pratt", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.contains { ($0["quote"] as? String)?.contains("\u{1B}[2J") == true })
    }

    @Test("messages on stderr show control characters too (a file name, a name typed)")
    func messages() throws {
        let r = try CLI.run(["ingest", "--db", Repo.temporaryPath("m.db"), "/nowhere/\u{1B}]0;owned\u{07}.txt"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("/nowhere/␛]0;owned␇.txt: no such file or directory"), "\(r.stderr)")
        let name = try run(["actor", "Pratt\u{1B}[2J"])
        #expect(!name.stderr.contains("\u{1B}"))
    }

    @Test("CSV cells that a spreadsheet would run as formulas start with a quote")
    func formulas() throws {
        let r = try run(["quotes", "--speaker", "Mary Jones", "--format", "csv"])
        #expect(r.status == 0)
        let cells = QueryCommandTests.parseCSV(r.stdout).flatMap { $0 }
        #expect(cells.contains { $0.hasPrefix("'=HYPERLINK(") })
        #expect(cells.contains { $0.hasPrefix("'@SUM(") })
        #expect(!cells.contains { $0.hasPrefix("=") || $0.hasPrefix("@") || $0.hasPrefix("+") || ($0.hasPrefix("-") && Double($0) == nil) })
    }

    @Test("tables never cut names: every actor's name is printed whole")
    func namesWhole() throws {
        let json = try run(["actors", "--limit", "0", "--format", "json"])
        let names = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]).compactMap { $0["name"] as? String }
        #expect(names.contains("United States Department of Defense"))
        for width in [80, 100, 140] {
            let table = try run(["actors", "--limit", "0"], columns: width)
            let lines = table.stdout.split(separator: "\n").map(String.init)
            for name in names { #expect(lines.contains { $0.hasPrefix(name + " ") || $0 == name }, "\(name) at \(width)") }
            #expect(!table.stdout.contains("…"))
        }
        let list = try run(["report", "--list"], columns: 100)
        for report in ["articles-without-statements", "groups-per-article", "unresolved-speakers", "who-talks-about-whom"] {
            #expect(list.stdout.contains(report + " "), "\(report)")
        }
        let quotes = try run(["quotes", "--limit", "0"], columns: 100)
        #expect(!quotes.stdout.contains("Mohammad …"))
        #expect(quotes.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }
}
