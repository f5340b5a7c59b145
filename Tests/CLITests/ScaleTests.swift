import Foundation
import SQLite
import Testing
import TestSupport

extension CLI {
    /// Starts the binary without waiting; its output goes to files in a temporary directory.
    static func start(_ arguments: [String]) throws -> (process: Process, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = Repo.root
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "WHOSAID_DB")
        process.environment = env
        let errPath = Repo.temporaryPath("stderr.txt")
        FileManager.default.createFile(atPath: errPath, contents: nil)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return (process, errPath)
    }

    /// Runs another program (a shell that limits the binary) and waits for it.
    static func run(executable: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = Repo.root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// The benchmark's generated corpus: `count` distinct articles from polnear-train (or the seeds).
    static func corpus(_ count: Int) throws -> String {
        let dir = Repo.temporaryPath("corpus")
        let shared = Repo.root.deletingLastPathComponent().appendingPathComponent("shared").path
        let r = try run(["bench", "corpus", "--articles", "\(count)", "--out", dir, "--shared", shared])
        #expect(r.status == 0, "\(r.stderr)")
        return dir
    }

    static func files(in dir: String) -> [String] {
        let walker = FileManager.default.enumerator(atPath: dir)
        var out: [String] = []
        while let relative = walker?.nextObject() as? String {
            if relative.hasSuffix(".txt") { out.append((dir as NSString).appendingPathComponent(relative)) }
        }
        return out.sorted()
    }
}

/// Checks that nothing is half-written in the database at `path`: SQLite's own checks,
/// the full-text index, and every article holding exactly what a clean run gives it.
func checkWhole(_ path: String, against reference: [String: [Int]]) throws {
    let db = try Database(path: path)
    #expect(try db.scalarString("PRAGMA integrity_check") == "ok")
    #expect(try db.prepare("PRAGMA foreign_key_check").map { _ in 1 }.isEmpty)
    #expect(fullTextIndexIsConsistent(db))
    let articles = try Snapshot.perArticle(db)
    for (hash, counts) in articles {
        #expect(reference[hash] == counts, "article \(hash.prefix(12)) holds \(counts), a clean run gives \(reference[hash] ?? [])")
    }
}

@Suite("Scale and resilience", .serialized)
struct ScaleTests {
    @Test("killed (SIGKILL) at random points and run again: no partial article, and the same database as an uninterrupted run")
    func crashes() throws {
        // 160 articles in batches of 16: ten commits to land a kill between, at a third
        // of the time 400 took (the suite must stay under 3 minutes on 2 cores).
        let corpus = try CLI.corpus(160)
        let referencePath = Repo.temporaryPath("reference.db")
        let started = Date()
        let clean = try CLI.run(["ingest", "--db", referencePath, "--batch-size", "16", corpus])
        let cleanSeconds = Date().timeIntervalSince(started)
        #expect(clean.status == 0, "\(clean.stderr)")
        let referenceDB = try Database(path: referencePath)
        let reference = try Snapshot.perArticle(referenceDB)
        #expect(reference.count == 160)

        let path = Repo.temporaryPath("crashed.db")
        var kills = 0
        // Until the first kill lands, a run that finished first (the reference run was slow,
        // this one fast) is thrown away and tried again sooner: the test does not depend on
        // the machine's speed. Bounded: the eighth try kills within a hundredth of a run.
        var scale = 1.0
        var tries = 0
        while tries < 12, kills == 0 || tries < 4 {
            tries += 1
            let (process, _) = try CLI.start(["ingest", "--db", path, "--batch-size", "16", corpus])
            usleep(UInt32(Double.random(in: 0.15...0.6) * scale * cleanSeconds * 1_000_000))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                kills += 1
            }
            process.waitUntilExit()
            if kills == 0 {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
                scale /= 2
                continue
            }
            guard FileManager.default.fileExists(atPath: path) else { continue }
            try checkWhole(path, against: reference)
        }
        #expect(kills >= 1, "the ingest was killed at least once")
        let rerun = try CLI.run(["ingest", "--db", path, corpus])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        try checkWhole(path, against: reference)
        let final = try Snapshot(Database(path: path))
        let expected = try Snapshot(referenceDB)
        #expect(final.articles == expected.articles)
        #expect(final.statements == expected.statements)
        #expect(final.actors == expected.actors)
        #expect(final.aliases == expected.aliases)
        #expect(final.mentions == expected.mentions)
    }

    @Test("reextract killed midway keeps finished batches and leaves the rest due; run again, it finishes")
    func reextractKilled() throws {
        let corpus = try CLI.corpus(300)
        let path = Repo.temporaryPath("re.db")
        #expect(try CLI.run(["ingest", "--db", path, corpus]).status == 0)
        let reference = try Snapshot.perArticle(Database(path: path))
        // An older extractor that found nothing: statements, mentions and roles gone, version old.
        do {
            let db = try Database(path: path)
            try db.execute("PRAGMA foreign_keys = ON")
            try db.execute("""
                BEGIN; DELETE FROM statements; DELETE FROM mentions; DELETE FROM roles;
                UPDATE articles SET extractor_version = '0.0.9'; COMMIT
                """)
        }
        let started = Date()
        let (process, _) = try CLI.start(["reextract", "--db", path, "--batch-size", "10"])
        // Kill it once some batches are done (the first ones land within about a second).
        while process.isRunning, Date().timeIntervalSince(started) < 60 {
            usleep(100_000)
            let done = try Database(path: path, options: .init(readOnly: true, create: false))
                .scalarInt("SELECT count(*) FROM articles WHERE extractor_version <> '0.0.9'") ?? 0
            if done >= 30 { break }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let db = try Database(path: path)
        #expect(try db.scalarString("PRAGMA integrity_check") == "ok")
        #expect(fullTextIndexIsConsistent(db))
        let versions = try db.prepare("SELECT extractor_version, content_hash FROM articles ORDER BY id").map { ($0.string(0), $0.string(1)) }
        let now = try Snapshot.perArticle(db)
        let done = versions.filter { $0.0 != "0.0.9" }
        #expect(done.count >= 30 && done.count < 300, "killed midway: \(done.count) of 300 done")
        // Finished batches are a prefix by id, whole; the rest is untouched.
        #expect(versions.prefix(done.count).allSatisfy { $0.0 != "0.0.9" })
        for (version, hash) in versions {
            #expect(now[hash] == (version == "0.0.9" ? [0, 0, 0] : reference[hash]))
        }
        let rerun = try CLI.run(["reextract", "--db", path])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stderr.contains("reextract: \(300 - done.count) articles re-extracted"), "\(rerun.stderr)")
        #expect(try Snapshot.perArticle(db) == reference)
    }

    @Test("two ingests into one database at once both finish with every article in; a reader meanwhile sees whole articles")
    func concurrentWriters() throws {
        let corpus = try CLI.corpus(300)
        let files = CLI.files(in: corpus)
        #expect(files.count == 300)
        let path = Repo.temporaryPath("shared.db")
        // Overlapping halves: the middle hundred is offered by both.
        let first = try CLI.start(["ingest", "--db", path, "--batch-size", "10"] + Array(files[0..<200]))
        let second = try CLI.start(["ingest", "--db", path, "--batch-size", "10"] + Array(files[100..<300]))

        var snapshots: [[String: [Int]]] = []
        var reports = 0
        var readerErrors: [String] = []
        while first.process.isRunning || second.process.isRunning {
            usleep(50_000)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            do {
                let reader = try Database(path: path, options: .init(readOnly: true, create: false))
                guard try reader.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'schema_migrations'") == 1 else { continue }
                // One read transaction: one consistent view across the queries.
                try reader.execute("BEGIN")
                snapshots.append(try Snapshot.perArticle(reader))
                try reader.execute("COMMIT")
            } catch {
                if !snapshots.isEmpty { readerErrors.append("\(error)") }
            }
            if snapshots.count % 4 == 1 {
                let report = try CLI.run(["quotes", "--db", path, "--format", "json", "--limit", "3"])
                #expect(report.status == 0, "\(report.stderr)")
                reports += 1
            }
        }
        first.process.waitUntilExit()
        second.process.waitUntilExit()
        let errors = [first.stderr, second.stderr].map { (try? String(contentsOfFile: $0, encoding: .utf8)) ?? "" }
        #expect(first.process.terminationStatus == 0, "\(errors[0])")
        #expect(second.process.terminationStatus == 0, "\(errors[1])")
        #expect(!errors.joined().contains("locked"))
        #expect(readerErrors.isEmpty, "\(readerErrors)")

        let db = try Database(path: path)
        #expect(try db.scalarInt("SELECT count(*) FROM articles") == 300)
        let final = try Snapshot.perArticle(db)
        try checkWhole(path, against: final)
        // What the reader saw of each article was all of it.
        for snapshot in snapshots {
            for (hash, counts) in snapshot {
                #expect(final[hash] == counts)
            }
        }
        #expect(snapshots.count >= 2 && reports >= 1)
    }

    @Test("a thousand files, some broken: every good one lands, each bad one is named with its reason; --fail-fast stops at the first")
    func badFilesInBulk() throws {
        let dir = Repo.temporaryPath("bulk")
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var bad: [String: String] = [:]  // file name → expected reason
        var good = 0
        for i in 0..<1000 {
            let name: String
            switch i % 50 {
            case 7:
                name = String(format: "a%04d.txt", i)
                try Data([0x54, 0x68, 0x65, 0x20, 0xC3, 0x28, 0x20, 0x6D, 0x61, 0x79, 0x6F, 0x72]).write(to: URL(fileURLWithPath: dir + "/" + name))
                bad[name] = "not valid UTF-8"
            case 19:
                name = String(format: "a%04d.txt", i)
                try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) }).write(to: URL(fileURLWithPath: dir + "/" + name))
                bad[name] = "binary file"
            case 23:
                name = String(format: "a%04d.txt", i)
                fm.createFile(atPath: dir + "/" + name, contents: Data())
                bad[name] = "empty file"
            case 41:
                name = String(format: "a%04d.json", i)
                try "{\"title\": \"Cut short\", \"text\": \"The mayor said".write(toFile: dir + "/" + name, atomically: false, encoding: .utf8)
                bad[name] = "malformed JSON"
            default:
                name = String(format: "a%04d.txt", i)
                try "Council report \(i)\n\n“We will repair road \(i) by spring,” Mayor Ann Lee said on Monday.\n"
                    .write(toFile: dir + "/" + name, atomically: false, encoding: .utf8)
                good += 1
            }
        }
        // One 50 MB file: over the 20 MB limit, refused without being read.
        let big = dir + "/a0500-dump.txt"
        let sizeOnly = Repo.temporaryPath("size")
        defer {
            // 50 MB is too much to leave behind in the temporary directory.
            try? fm.removeItem(atPath: big)
            try? fm.removeItem(atPath: sizeOnly + "/dump.txt")
        }
        fm.createFile(atPath: big, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: big))
        let chunk = Data(String(repeating: "The minister said the talks would go on. ", count: 25_000).utf8)
        for _ in 0..<(50_000_000 / chunk.count + 1) { handle.write(chunk) }
        try handle.truncate(atOffset: 50_000_000)
        try handle.close()
        bad["a0500-dump.txt"] = "too large: 50.0 MB, over the 20.0 MB limit"

        let db = Repo.temporaryPath("bulk.db")
        let r = try CLI.run(["ingest", "--db", db, dir])
        #expect(r.status != 0)
        for (name, reason) in bad {
            #expect(r.stderr.contains("\(name): \(reason)"), "\(name) named with '\(reason)'")
        }
        #expect(r.stderr.contains("\(good) new, 0 unchanged, \(bad.count) failed (20 binary, 20 empty, 20 invalid UTF-8, 20 malformed JSON, 1 too large)"), "\(r.stderr.suffix(400))")
        #expect(try Database(path: db).scalarInt("SELECT count(*) FROM articles") == good)

        // --fail-fast: the good files before the first bad one (a0007.txt) land, nothing after.
        let ff = Repo.temporaryPath("ff.db")
        let f = try CLI.run(["ingest", "--db", ff, "--fail-fast", dir])
        #expect(f.status != 0)
        #expect(f.stderr.split(separator: "\n").filter { $0.contains("error:") } == ["whosaid: error: \(dir)/a0007.txt: not valid UTF-8 (first bad byte at offset 4)"])
        #expect(try Database(path: ff).scalarInt("SELECT count(*) FROM articles") == 7)

        // A higher --max-size lets the large file through (it is a valid article, if a long one).
        try fm.createDirectory(atPath: sizeOnly, withIntermediateDirectories: true)
        try fm.moveItem(atPath: big, toPath: sizeOnly + "/dump.txt")
        let refused = try CLI.run(["ingest", "--db", Repo.temporaryPath("s.db"), "--max-size", "1", sizeOnly])
        #expect(refused.status != 0 && refused.stderr.contains("dump.txt: too large: 50.0 MB, over the 1.0 MB limit for one file (--max-size)"))
    }

    @Test("a JSON Lines file larger than --max-size streams line by line; a line over the limit fails alone")
    func largeJSONLines() throws {
        let path = Repo.temporaryPath("big.jsonl")
        let filler = String(repeating: "The committee met again on Tuesday to review the budget. ", count: 140)
        var lines: [String] = []
        for i in 0..<300 {
            let text = i == 150 ? String(repeating: "x", count: 1_200_000)
                : "Report \(i). “We will repair road \(i),” Mayor Ann Lee said. \(filler)"
            let data = try JSONSerialization.data(withJSONObject: ["text": text, "title": "Report \(i)"])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: false, encoding: .utf8)
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        #expect(size > 3_000_000)
        let db = Repo.temporaryPath("big.db")
        let r = try CLI.run(["ingest", "--db", db, "--max-size", "1", path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("big.jsonl (line 151): too large: the line is over the 1.0 MB limit for one article (--max-size)"), "\(r.stderr)")
        #expect(r.stderr.contains("299 new, 0 unchanged, 1 failed (1 too large)"), "\(r.stderr)")
        let titles = try Database(path: db).prepare("SELECT title FROM articles ORDER BY id").map { $0.string(0) }
        #expect(titles == (0..<300).filter { $0 != 150 }.map { "Report \($0)" })
    }

    @Test("a read-only database and a file that is not SQLite: one clear line each, the file unchanged")
    func unwritableDatabases() throws {
        let path = Repo.temporaryPath("ro.db")
        #expect(try CLI.run(["ingest", "--db", path, "seeds/\(Repo.seed1)"]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let ro = try CLI.run(["ingest", "--db", "file:\(path)?mode=ro", "seeds/\(Repo.seed2)"])
        #expect(ro.status != 0)
        let lines = ro.stderr.split(separator: "\n")
        #expect(lines.first == "whosaid: error: file:\(path)?mode=ro: the database is read-only", "\(ro.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)

        let notes = Repo.temporaryPath("notes.db")
        let text = Data(String(repeating: "meeting notes, not a database\n", count: 200).utf8)
        try text.write(to: URL(fileURLWithPath: notes))
        let n = try CLI.run(["ingest", "--db", notes, "seeds"])
        #expect(n.status != 0)
        #expect(n.stderr == "whosaid: error: \(notes): not a SQLite database\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: notes)) == text)
    }

    @Test("a full disk (a file-size limit) stops the ingest with one true line; what was stored stays whole")
    func fullDisk() throws {
        let corpus = try CLI.corpus(120)
        let path = Repo.temporaryPath("full.db")
        #expect(try CLI.run(["ingest", "--db", path, "seeds"]).status == 0)
        let before = try Database(path: path).scalarInt("SELECT count(*) FROM articles") ?? 0
        // Files may not grow past ~1 MB. Small batches: some are committed before the disk
        // fills, how many depends on the machine (the batch timer), so the test checks that
        // the message says how many, and that those are whole, whatever the number.
        let r = try CLI.run(executable: "/bin/bash", ["-c", "trap '' XFSZ; ulimit -f 1024; exec \"$0\" \"$@\"", CLI.binary,
                                                      "ingest", "--db", path, "--batch-size", "8", corpus])
        #expect(r.status != 0)
        let db = try Database(path: path)
        let stored = (try db.scalarInt("SELECT count(*) FROM articles") ?? 0) - before
        #expect(stored < 120, "the disk filled before the end")
        // SQLite reports a file-size limit as an I/O error, not as SQLITE_FULL (which the library test covers).
        #expect(r.stderr.hasPrefix("""
            whosaid: error: \(path): the disk refused a write (I/O error 778: full, over a quota or file-size limit, or failing); \
            \(stored) article(s) stored before that, the rest were not; stopped\n
            """), "\(r.stderr)")
        #expect(try db.scalarString("PRAGMA integrity_check") == "ok")
        #expect(fullTextIndexIsConsistent(db))
        #expect(try DerivedDataCheck.mismatches(db) == [])
    }
}
