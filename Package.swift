// swift-tools-version:6.1
import PackageDescription

// Layers, bottom to top: CSQLite (system libsqlite3) → SQLite (our thin Swift layer)
// → Extraction (pure text → attributions) → KnowledgeBase (ingest, actors, queries)
// → whosaid (the command line, the only place that prints or reads files).
let package = Package(
    name: "WhoSaid",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "whosaid", targets: ["whosaid"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "KnowledgeBase", targets: ["KnowledgeBase"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "SQLite", dependencies: ["CSQLite"]),
        // SHA-256 and the digest of a source tree, for the knowledge base (content hashes)
        // and the build tool (the extractor's version is the digest of its sources).
        .target(name: "Digest"),
        // Generates Swift source that holds the text of data files (lexicons, migrations,
        // reports), so the binary works from any directory without reading them at run time,
        // and the digest of the extractor's sources that names its version.
        .executableTarget(name: "embed-data", dependencies: ["Digest"]),
        .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["embed-data"]),
        .target(
            name: "Extraction",
            exclude: ["Lexicons"],
            plugins: ["EmbedData"]
        ),
        .target(
            name: "KnowledgeBase",
            dependencies: ["SQLite", "Extraction", "Digest"],
            plugins: ["EmbedData"]
        ),
        .executableTarget(
            name: "whosaid",
            dependencies: [
                "KnowledgeBase", "Extraction",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Paths and fixtures shared by the test targets.
        .target(name: "TestSupport", dependencies: ["SQLite"], path: "Tests/TestSupport"),
        .testTarget(name: "SQLiteTests", dependencies: ["SQLite"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "Digest", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "KnowledgeBaseTests", dependencies: ["KnowledgeBase", "SQLite", "Extraction", "Digest", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "CLITests", dependencies: ["whosaid", "TestSupport", "SQLite"]),
    ],
    swiftLanguageModes: [.v6]
)
