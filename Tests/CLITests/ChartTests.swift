import Foundation
import Testing
import TestSupport

/// The block-character charts under `whosaid actor` and of `report --chart`, on
/// articles spread over a year with gaps.
@Suite("Charts", .serialized)
struct ChartTests {
    /// Eight short articles: Imran Khan speaks twice in each (4 in January, 2 in March,
    /// 6 in June, 2 in September, 2 in January 2022), once about the Taliban.
    static let db: String = {
        let dates = ["2021-01-05", "2021-01-20", "2021-03-02", "2021-06-11", "2021-06-12", "2021-06-13", "2021-09-30", "2022-01-15"]
        let lines = dates.enumerated().map { i, date in
            "{\"date\": \"\(date)\", \"title\": \"Story \(i)\", \"text\": \"“We will keep the border open for trade number \(i),” said Imran Khan, the prime minister of Pakistan.\\n\\nKhan also said the Taliban must talk to Kabul.\"}"
        }
        let path = Repo.temporaryPath("dated.db")
        _ = try? CLI.run(["ingest", "--db", path, "-"], stdin: lines.joined(separator: "\n") + "\n")
        return path
    }()

    @Test("actor shows statements made and received per month, gaps included, on one labelled scale")
    func actorChart() throws {
        let r = try CLI.run(["actor", "Imran Khan", "--recent", "0", "--db", Self.db], environment: ["COLUMNS": "100"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("  per month, 2021-01 to 2022-01 (█ = 6 statements; a space: none)"), "\(r.stdout)")
        // Thirteen months: 4, 0, 2, 0, 0, 6, 0, 0, 2, 0, 0, 0, 2, scaled to the 6 of June.
        #expect(lines.contains("  made        ▆ ▃  █  ▃   ▃"), "\(r.stdout)")
        #expect(lines.contains("  about them  (none)"))

        let json = try CLI.run(["actor", "Imran Khan", "--recent", "0", "--format", "json", "--db", Self.db])
        let profile = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])?.first)
        let months = try #require(profile["per_month"] as? [[String: Any]])
        #expect(months.map { $0["month"] as? String } == ["2021-01", "2021-03", "2021-06", "2021-09", "2022-01"])
        #expect(months.map { $0["made"] as? Int } == [4, 2, 6, 2, 2])
    }

    @Test("a narrow terminal adds up months per column and says so")
    func narrow() throws {
        let r = try CLI.run(["actor", "Imran Khan", "--recent", "0", "--db", Self.db], environment: ["COLUMNS": "22"])
        #expect(r.stdout.contains("(each column 2 months; █ = 6 statements"), "\(r.stdout)")
        // Columns of two months: 4, 2, 6, 0, 2, 0, 2.
        #expect(r.stdout.contains("  made        ▆▃█ ▃ ▃\n"), "\(r.stdout)")
    }

    @Test("report actor-over-time --chart draws the same per month and per week, where SQLite's weeks decide the columns")
    func reportChart() throws {
        let month = try CLI.run(["report", "actor-over-time", "--param", "actor=Taliban", "--chart", "--db", Self.db], environment: ["COLUMNS": "100"])
        #expect(month.status == 0, "\(month.stderr)")
        #expect(month.stdout.contains("per month, 2021-01 to 2022-01 (█ = 3 statements; a space: none)"), "\(month.stdout)")
        #expect(month.stdout.contains("  statements  ▆ ▃  █  ▃   ▃\n"), "\(month.stdout)")

        let week = try CLI.run(["report", "actor-over-time", "--param", "actor=Taliban", "--param", "period=week", "--chart", "--db", Self.db],
                               environment: ["COLUMNS": "100"])
        #expect(week.stdout.contains("per week, 2021-W01 to 2022-W02"), "\(week.stdout)")
        // 2021-W01 … 2021-W52, then 2022-W00 (New Year's weekend), W01, W02: 55 columns.
        let bars = try #require(week.stdout.split(separator: "\n").first { $0.hasPrefix("  statements  ") })
        #expect(bars.count - "  statements  ".count == 55, "\(bars)")

        let notPeriods = try CLI.run(["report", "top-speakers", "--chart", "--db", Self.db])
        #expect(notPeriods.status == 64)
        #expect(notPeriods.stderr.contains("--chart wants periods"))
    }
}
