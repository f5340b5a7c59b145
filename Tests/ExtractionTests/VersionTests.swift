import Digest
import Foundation
import Testing
import TestSupport
@testable import Extraction

/// The extractor's version is the digest of its sources, taken at build time: it says
/// which rules produced a stored article, so an upgrade finds those of older rules due.
@Suite("Extractor version")
struct VersionTests {
    @Test("the version is the release and 12 hex digits of the sources' digest, the same at every call")
    func shape() throws {
        let version = Extractor.version
        #expect(version != "0.1.0", "the hand-kept version that never changed")
        #expect(version.wholeMatch(of: /\d+\.\d+\.\d+\+[0-9a-f]{12}/) != nil, "\(version)")
        #expect(version.hasPrefix(Extractor.release + "+"))
        #expect(Extractor.sourceDigest.wholeMatch(of: /[0-9a-f]{64}/) != nil)
        #expect(version.hasSuffix(String(Extractor.sourceDigest.prefix(12))))
        #expect(Extractor.version == version)
    }

    /// The build hashed the sources as they are now: a version that missed an edit would
    /// leave articles of the old rules looking current.
    @Test("the digest compiled in is the digest of Sources/Extraction as it is now")
    func matchesSources() throws {
        let sources = Repo.root.appendingPathComponent("Sources/Extraction")
        #expect(try SourceDigest.sha256(of: sources) == Extractor.sourceDigest)
        let files = try SourceDigest.files(under: sources)
        #expect(files.contains("Extractor.swift"))
        #expect(files.contains("Lexicons/cue-model.tsv"))
        #expect(files.contains("Lexicons/countries.tsv"))
        #expect(files.count == ExtractionSourceDigest.fileCount)
    }

    /// Writes `files` (relative path → contents) under a fresh directory, in the given order.
    func tree(_ files: [(String, String)]) throws -> URL {
        let root = URL(fileURLWithPath: Repo.temporaryPath("tree"))
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    @Test("the digest depends on paths within the tree and bytes only; any change to a file changes it")
    func deterministic() throws {
        let files = [("Extractor.swift", "let a = 1\n"), ("Lexicons/cues.txt", "said\ntold\n"), ("Text/B.swift", "let b = 2\n"), ("Text/a.swift", "")]
        let digest = try SourceDigest.sha256(of: tree(files))
        // Elsewhere, written in another order, with other dates: the same.
        let again = try tree(files.reversed())
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 0)],
                                              ofItemAtPath: again.appendingPathComponent("Text/B.swift").path)
        #expect(try SourceDigest.sha256(of: again) == digest)
        // Hidden files (editor swap files, .DS_Store) are not sources.
        #expect(try SourceDigest.sha256(of: tree(files + [(".DS_Store", "x"), ("Text/.B.swift.swp", "y")])) == digest)
        // A byte, a renamed file, a new file, a removed file, bytes moved between files.
        var changed: [[(String, String)]] = []
        changed.append(files.map { $0.0 == "Lexicons/cues.txt" ? ($0.0, "said\ntold\nstated\n") : $0 })
        changed.append(files.map { $0.0 == "Text/B.swift" ? ("Text/C.swift", $0.1) : $0 })
        changed.append(files + [("Lexicons/new.tsv", "")])
        changed.append(Array(files.dropLast()))
        changed.append([("Extractor.swift", "let a = 1\nsaid\n"), ("Lexicons/cues.txt", "told\n"), ("Text/B.swift", "let b = 2\n"), ("Text/a.swift", "")])
        let digests = try changed.map { try SourceDigest.sha256(of: tree($0)) }
        #expect(!digests.contains(digest))
        #expect(Set(digests).count == digests.count)
    }
}
