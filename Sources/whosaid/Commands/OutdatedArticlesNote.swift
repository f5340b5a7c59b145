import Extraction
import KnowledgeBase

extension DatabaseOptions {
    /// Says, in one line on stderr, that articles in the knowledge base were extracted by
    /// another extractor than this binary's: after an upgrade their statements and actors
    /// are what the older rules found, and nothing else would tell. Once per command,
    /// never per row; nothing when every article is current; and never a reason to fail
    /// (a database that cannot answer says nothing here). After an ingest it also says
    /// why the articles it found stored were left as they are.
    func noteOutdatedArticles(in kb: KnowledgeBase, afterIngest: Bool = false) {
        guard let others = try? kb.otherExtractorVersions(), !others.isEmpty,
              let total = try? kb.counts().articles else { return }
        let outdated = others.reduce(0) { $0 + $1.articles }
        let by: String
        if others.count == 1, !others[0].version.hasPrefix(Reextractor.duePrefix) {
            by = "extractor \(others[0].version)"
        } else {
            by = "other extractor versions"
        }
        let command = "`whosaid reextract" + (db.map { " --db " + Self.shellQuoted($0) } ?? "") + "`"
        let remedy = afterIngest ? "ingest leaves stored articles as they are; \(command) brings them up to date"
                                 : "\(command) brings them up to date"
        Terminal.note("\(path): \(outdated) of \(total) articles were extracted by \(by), not this build's \(Extractor.version); \(remedy)")
    }

    /// `path` as one shell word, so the suggested command can be pasted as it is.
    static func shellQuoted(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || "/._-+:,@%".unicodeScalars.contains($0) }
        return plain && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
