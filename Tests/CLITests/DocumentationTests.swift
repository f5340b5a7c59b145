import Foundation
import Testing
import TestSupport

/// What the README and the Makefile say stays true (issue 17): the command examples run
/// on the seeds, the picture of the seeds' network shows the graph this build exports,
/// and the figures name the sizes the Makefile uses.
@Suite("Documentation", .serialized)
struct DocumentationTests {
    static let readme = (try? String(contentsOf: Repo.root.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""

    /// The `whosaid …` lines of the README's `sh` blocks, as argument lists: comments and
    /// what a shell does after the command (a pipe, a redirection) left off.
    static func examples() -> [[String]] {
        var out: [[String]] = []
        var inShell = false
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inShell = line == "```sh"; continue }
            guard inShell, line.hasPrefix("whosaid ") else { continue }
            out.append(Array(words(String(line)).dropFirst()))
        }
        return out
    }

    /// A shell's words: quotes group, `#` starts a comment, `|` and `>` end the command.
    static func words(_ line: String) -> [String] {
        var words: [String] = [], word = "", quote: Character?, inWord = false
        for c in line {
            if let q = quote {
                if c == q { quote = nil } else { word.append(c) }
                continue
            }
            if c == "\"" || c == "'" { quote = c; inWord = true; continue }
            if c == "#" && !inWord || c == "|" || c == ">" { break }
            if c == " " {
                if inWord { words.append(word); word = ""; inWord = false }
                continue
            }
            word.append(c)
            inWord = true
        }
        if inWord { words.append(word) }
        return words
    }

    @Test("the README's command examples run on the seeds")
    func commandExamples() throws {
        let examples = Self.examples()
        #expect(examples.count >= 12)
        let db = Repo.temporaryPath("readme.db")
        #expect(try CLI.run(["ingest", "--db", db, "seeds"]).status == 0)
        for args in examples where !["ingest", "reextract", "eval", "train", "bench", "extract"].contains(args.first ?? "") {
            let r = try CLI.run(args + ["--db", db])
            #expect(r.status == 0, "whosaid \(args.joined(separator: " ")): \(r.stderr)")
        }
    }

    @Test("the picture of the seeds' network shows the graph this build exports")
    func networkPicture() throws {
        let db = Repo.temporaryPath("picture.db")
        #expect(try CLI.run(["ingest", "--db", db, "seeds"]).status == 0)
        let dot = try CLI.run(["graph", "--db", db, "--format", "dot"]).stdout
        let nodes = dot.split(separator: "\n").filter { $0.contains("[label=") && !$0.contains(" -> ") }.count
        let edges = dot.split(separator: "\n").filter { $0.contains(" -> ") }.count
        let svg = try String(contentsOf: Repo.root.appendingPathComponent("Reports/graphs/seeds-network.svg"), encoding: .utf8)
        let drawn = svg.components(separatedBy: "class=\"node\"").count - 1
        let drawnEdges = svg.components(separatedBy: "class=\"edge\"").count - 1
        #expect(nodes > 10)
        #expect(drawn == nodes && drawnEdges == edges,
                "the picture has \(drawn) actors and \(drawnEdges) edges, the graph \(nodes) and \(edges): run `make graph-picture`")
    }

    @Test("the README's figure for make bench-resolve names the Makefile's number of articles")
    func benchResolveSize() throws {
        let makefile = try String(contentsOf: Repo.root.appendingPathComponent("Makefile"), encoding: .utf8)
        let line = try #require(makefile.split(separator: "\n").first { $0.contains("--known-actors") })
        let n = try #require(line.firstMatch(of: /\$\(N\),(\d+)\)/)?.1)
        let shown = Int(n)!.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
        #expect(Self.readme.contains("`make bench-resolve` ingests the same\n\(shown) articles"), "\(shown)")
    }
}
