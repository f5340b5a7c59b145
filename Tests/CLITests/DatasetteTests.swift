import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif
import Testing
import TestSupport

/// `whosaid report --datasette` as a person uses it: Datasette started on the seeds'
/// database with the generated metadata, asked over HTTP. Every report must answer as
/// a canned query with rows for its defaults (a report Datasette cannot run is a defect
/// of the report), and search must find a known quote. Datasette is Python, needed by
/// this test only: CI installs a pinned version (`.ci/run`); elsewhere, without it, the
/// test is skipped and says so.
@Suite("Datasette", .serialized)
struct DatasetteTests {
    /// How to start Datasette here: its script on PATH, else python3's module.
    static let command: [String]? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/datasette"
            if FileManager.default.isExecutableFile(atPath: candidate), (try? run([candidate, "--version"]))?.status == 0 {
                return [candidate]
            }
        }
        if (try? run(["/usr/bin/env", "python3", "-c", "import datasette"]))?.status == 0 { return ["/usr/bin/env", "python3", "-m", "datasette"] }
        return nil
    }()

    static let inCI = ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "false" } ?? false

    @Test("Datasette serves every report as a canned query with rows, and search finds a known quote",
          .enabled(if: command != nil || inCI, "datasette is not installed (pip install datasette==0.65.5); skipped"))
    func cannedQueriesOverHTTP() async throws {
        let command = try #require(Self.command, "CI installs datasette in .ci/run; it is missing")
        let db = Repo.temporaryPath("seeds.db")
        let ingest = try CLI.run(["ingest", "--db", db, "seeds"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        // Both seeds hold statements; one article with none gives the quality-check report a row.
        let quiet = try CLI.run(["ingest", "--db", db, "-"], stdin: "{\"title\": \"Weather\", \"text\": \"Kabul was hot and dry on Friday, with no rain expected before the weekend.\"}\n")
        #expect(quiet.status == 0, "\(quiet.stderr)")
        let metadata = try CLI.run(["report", "--datasette", "--db", db])
        #expect(metadata.status == 0, "\(metadata.stderr)")
        let metadataPath = (db as NSString).deletingLastPathComponent + "/metadata.json"
        try metadata.stdout.write(toFile: metadataPath, atomically: true, encoding: .utf8)
        let list = try CLI.run(["report", "--list", "--format", "json"])
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]).compactMap { $0["name"] as? String }
        #expect(reports.count >= 9)

        // The free port is free when asked, not always when Datasette binds it: try again then.
        var started: Server?
        for attempt in 1...3 where started == nil {
            do { started = try Server(command: command, database: db, metadata: metadataPath) } catch where attempt < 3 { continue }
        }
        let server = try #require(started)
        defer { server.stop() }
        let base = "http://127.0.0.1:\(server.port)"

        // Every report, with nothing typed in: rows, not an error.
        for report in reports {
            let (status, body) = try await Self.get("\(base)/seeds/\(report).json?_shape=array")
            #expect(status == 200, "\(report): HTTP \(status): \(String(decoding: body.prefix(300), as: UTF8.self))")
            let rows = try JSONSerialization.jsonObject(with: body) as? [[String: Any]]
            #expect(rows?.isEmpty == false, "\(report) answered with no rows: \(String(decoding: body.prefix(300), as: UTF8.self))")
        }
        // A value typed in the form replaces the default.
        let (_, limited) = try await Self.get("\(base)/seeds/top-speakers.json?_shape=array&limit=2")
        #expect((try JSONSerialization.jsonObject(with: limited) as? [[String: Any]])?.count == 2)
        let (_, qureshi) = try await Self.get("\(base)/seeds/actor-statements.json?_shape=array&actor=Qureshi")
        let qureshiRows = try #require(try JSONSerialization.jsonObject(with: qureshi) as? [[String: Any]])
        #expect(qureshiRows.count >= 3)

        // Search on statements and on the who_said_what view finds the seed's quote.
        for table in ["statements", "who_said_what"] {
            let (status, body) = try await Self.get("\(base)/seeds/\(table).json?_search=guarantor&_shape=array")
            #expect(status == 200)
            let rows = try #require(try JSONSerialization.jsonObject(with: body) as? [[String: Any]])
            let quotes = rows.compactMap { ($0["content"] ?? $0["quote"]) as? String }
            #expect(quotes.contains { $0.contains("guarantor") }, "\(table): \(rows)")
        }
        // Foreign keys show names, and the default facets are there.
        let (_, statements) = try await Self.get("\(base)/seeds/statements.json?_labels=on&_shape=objects")
        let page = try #require(try JSONSerialization.jsonObject(with: statements) as? [String: Any])
        let facets = (page["facet_results"] as? [String: Any]).map { Set($0.keys) } ?? []
        #expect(facets.isSuperset(of: ["kind", "speaker_id"]), "\(facets)")
        let labels = (page["rows"] as? [[String: Any]] ?? []).compactMap { ($0["speaker_id"] as? [String: Any])?["label"] as? String }
        #expect(labels.contains("Shah Mahmood Qureshi"), "\(labels.prefix(5))")
    }

    static func get(_ url: String) async throws -> (Int, Data) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: url)!)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: arguments[0])
        p.arguments = Array(arguments.dropFirst())
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Datasette on a free loopback port, ready when its version page answers.
    final class Server {
        let process = Process()
        let port: Int
        let log: String

        init(command: [String], database: String, metadata: String) throws {
            port = try Self.freePort()
            log = (database as NSString).deletingLastPathComponent + "/datasette.log"
            FileManager.default.createFile(atPath: log, contents: nil)
            process.executableURL = URL(fileURLWithPath: command[0])
            process.arguments = Array(command.dropFirst()) + ["serve", database, "--metadata", metadata,
                                                              "--host", "127.0.0.1", "--port", String(port)]
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
            process.standardOutput = handle
            process.standardError = handle
            process.standardInput = FileHandle.nullDevice
            try process.run()
            // Poll, with a generous bound: a slow machine only waits longer.
            let deadline = Date().addingTimeInterval(90)
            while Date() < deadline {
                guard process.isRunning else { break }
                if Self.answers(port: port) { return }
                Thread.sleep(forTimeInterval: 0.2)
            }
            let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            stop()
            throw ServerError(message: "datasette did not start on port \(port): \(output.suffix(2000))")
        }

        /// SIGTERM, and SIGKILL if it is still there after a while: uvicorn's graceful
        /// shutdown waits for open keep-alive connections, which the URL session holds.
        func stop() {
            guard process.isRunning else { return }
            process.terminate()
            let deadline = Date().addingTimeInterval(5)
            while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }

        /// A TCP connection to the port succeeds.
        static func answers(port: Int) -> Bool {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard fd >= 0 else { return false }
            defer { close(fd) }
            var address = loopback(port: port)
            return withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            } == 0
        }

        /// A port the kernel hands out for loopback, released for Datasette to take.
        static func freePort() throws -> Int {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard fd >= 0 else { throw ServerError(message: "no socket") }
            defer { close(fd) }
            var address = loopback(port: 0)
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard bound == 0 else { throw ServerError(message: "cannot bind a loopback port") }
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            _ = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
            }
            return Int(UInt16(bigEndian: address.sin_port))
        }

        static func loopback(port: Int) -> sockaddr_in {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = UInt16(port).bigEndian
            address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
            return address
        }
    }

    struct ServerError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
