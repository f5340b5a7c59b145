import Extraction
import SQLite

/// Which extractor produced the stored articles. Each article records `Extractor.version`
/// when it is stored or re-extracted; the version is the digest of the extractor's
/// sources, so after an upgrade the articles an older binary stored carry another one:
/// their statements, mentions and actors are what the older rules found, until
/// `Reextractor` runs the current ones on them. Ingest leaves them as they are (the same
/// text is the same article), so this is how a command can say that they are behind.
extension KnowledgeBase {
    /// Versions other than this build's, with how many articles each produced, most first.
    /// Two range reads of the version index (migration 0005), so nothing is read when
    /// every article is current, and only the outdated ones are counted when some are not.
    public func otherExtractorVersions() throws -> [(version: String, articles: Int)] {
        try db.cached("""
            SELECT extractor_version, count(*) FROM (
                SELECT extractor_version FROM articles WHERE extractor_version < ?
                UNION ALL SELECT extractor_version FROM articles WHERE extractor_version > ?)
            GROUP BY extractor_version ORDER BY 2 DESC, 1
            """).map([Extractor.version, Extractor.version]) { ($0.string(0), $0.int(1)) }
    }

    /// How many stored articles another extractor version produced (or `reextract --all`
    /// marked as due): those `whosaid reextract` would do.
    public func outdatedArticleCount() throws -> Int {
        try otherExtractorVersions().reduce(0) { $0 + $1.articles }
    }
}
