import ArgumentParser
import Foundation
import KnowledgeBase

/// `--db PATH`, shared by every command that opens the knowledge base.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The knowledge base file (default: $WHOSAID_DB, else ./whosaid.db).", valueName: "path"))
    var db: String?

    func validate() throws {
        if let db, db.isEmpty || db == ":memory:" || db.hasPrefix("file::memory:") {
            throw ValidationError("--db needs a file path: an in-memory database would be lost when the command ends")
        }
    }

    var path: String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["WHOSAID_DB"], !env.isEmpty { return env }
        return "whosaid.db"
    }

    /// Opens the knowledge base, or prints why not and exits with failure.
    func open(readOnly: Bool = false) throws -> KnowledgeBase {
        if readOnly, !FileManager.default.fileExists(atPath: path) {
            Terminal.error("\(path): no such database; run `whosaid ingest` first")
            throw ExitCode.failure
        }
        do {
            return try KnowledgeBase(path: path, readOnly: readOnly)
        } catch KnowledgeBaseError.olderSchema where readOnly && FileManager.default.isWritableFile(atPath: path) {
            // A file from an older whosaid: bring its schema up to date once, then read.
            do {
                _ = try KnowledgeBase(path: path)
                Terminal.note("\(path): schema upgraded for this version of whosaid")
                return try KnowledgeBase(path: path, readOnly: true)
            } catch {
                Terminal.error("\(error)")
                throw ExitCode.failure
            }
        } catch {
            Terminal.error("\(error)")
            throw ExitCode.failure
        }
    }
}
