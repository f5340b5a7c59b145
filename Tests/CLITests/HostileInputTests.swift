import Foundation
import Testing
import TestSupport

/// Inputs that never end, that are not files, and records that are wrong: each is named
/// with its reason, and the rest lands (issue 17, "Hostile input and output").
@Suite("Hostile input", .serialized)
struct HostileInputTests {
    @Test("a FIFO, a dangling and a looping symlink in a folder are named, and the articles land")
    func specialFiles() throws {
        let dir = Repo.temporaryPath("special")
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        try Repo.seed(Repo.seed1).write(toFile: dir + "/one.txt", atomically: true, encoding: .utf8)
        try Repo.seed(Repo.seed2).write(toFile: dir + "/sub/two.txt", atomically: true, encoding: .utf8)
        #expect(mkfifo(dir + "/pipe.txt", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: dir + "/dangling.txt", withDestinationPath: dir + "/nowhere.txt")
        try FileManager.default.createSymbolicLink(atPath: dir + "/loop.txt", withDestinationPath: dir + "/loop.txt")
        let db = Repo.temporaryPath("special.db")
        // Were the FIFO opened, the run would wait for a writer forever.
        let r = try CLI.run(["ingest", "--db", db, dir])
        #expect(r.status == 1)
        #expect(r.stderr.contains("pipe.txt: skipped: a FIFO (named pipe), not a regular file"))
        #expect(r.stderr.contains("dangling.txt: skipped: a symbolic link to nothing"))
        #expect(r.stderr.contains("loop.txt: skipped: a symbolic link in a loop"))
        #expect(r.stderr.contains("2 new"), "\(r.stderr)")
    }

    @Test("standard input is refused as soon as it passes --max-size, however much more there is")
    func endlessStandardInput() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["ingest", "--db", Repo.temporaryPath("zero.db"), "-", "--max-size", "0.5"]
        // An input that never ends: read whole, it would fill memory.
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: "/dev/zero"))
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message.contains("-: too large: over the 500000 bytes limit for one file (--max-size); reading stopped there"), "\(message)")
    }

    @Test("JSON records with wrong fields fail one by one, saying which field and why")
    func badRecords() throws {
        let lines = [
            #"{"text": "Tom Pratt said the sky was green.", "date": "banana"}"#,
            #"{"text": 123}"#,
            #"{"text": "Tom Pratt said yes.", "title": ["a"]}"#,
            #"{"text": "Tom Pratt said \u0000 no."}"#,
            #"{"text": "Tom Pratt said fine.", "url": false, "source": null}"#,
            #"{"text": "Tom Pratt said it was fine.", "date": "July 9, 2021", "title": "Fine"}"#,
        ]
        let file = Repo.temporaryPath("records.jsonl")
        try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let db = Repo.temporaryPath("records.db")
        let r = try CLI.run(["ingest", "--db", db, file])
        #expect(r.status == 1)
        for expected in [
            "(line 1): JSON record on line 1: \"date\" is 'banana', not a date",
            "(line 2): JSON record on line 2: \"text\" is a number, not a string",
            "(line 3): JSON record on line 3: \"title\" is an array, not a string",
            "(line 4): JSON record on line 4: \"text\" holds a NUL character",
            "(line 5): JSON record on line 5: \"url\" is true or false, not a string",
        ] {
            #expect(r.stderr.contains(expected), "\(expected)\n\(r.stderr)")
        }
        #expect(r.stderr.contains("1 new"))
        let quotes = try CLI.run(["quotes", "--db", db, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(quotes.stdout.utf8)) as? [[String: Any]])
        #expect(rows.first?["date"] as? String == "2021-07-09")
    }
}
