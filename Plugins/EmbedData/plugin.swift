import Foundation
import PackagePlugin

/// Embeds data files into the target that needs them, at build time:
/// - Extraction: its lexicons and gazetteers (`Sources/Extraction/Lexicons/`), and the
///   SHA-256 of all its files, code and data (`ExtractionSourceDigest`), which makes
///   `Extractor.version`;
/// - KnowledgeBase: the migrations (`Migrations/`) and canned reports (`Reports/`).
/// The files stay the single source of truth; the generated Swift is never committed.
@main
struct EmbedData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let tool = try context.tool(named: "embed-data")
        let embedded = try embedCommands(context: context, target: target, tool: tool.url)
        guard target.name == "Extraction" else { return embedded }
        return embedded + [try digestCommand(context: context, target: target, tool: tool.url)]
    }

    /// The digest of every file under the target's directory. All of them are inputs, so
    /// the command runs again whenever any of them changes; the generated file is written
    /// to the plugin's work directory, outside the target, so it is never part of its
    /// own digest.
    func digestCommand(context: PluginContext, target: Target, tool: URL) throws -> Command {
        let directory = target.directoryURL
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                inputs.append(url)
            }
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "ExtractionSourceDigest.swift")
        return .buildCommand(
            displayName: "Hashing \(inputs.count) file(s) of \(target.name) as its version",
            executable: tool,
            arguments: ["--digest", output.path, "ExtractionSourceDigest", directory.path],
            inputFiles: inputs,
            outputFiles: [output]
        )
    }

    func embedCommands(context: PluginContext, target: Target, tool: URL) throws -> [Command] {
        let root = context.package.directoryURL
        let sets: [(enumName: String, directory: URL, suffixes: [String])]
        switch target.name {
        case "Extraction":
            sets = [("EmbeddedLexicons", target.directoryURL.appending(path: "Lexicons"), [".txt", ".tsv"])]
        case "KnowledgeBase":
            sets = [
                ("EmbeddedMigrations", root.appending(path: "Migrations"), [".sql"]),
                ("EmbeddedReports", root.appending(path: "Reports"), [".sql"]),
            ]
        default:
            return []
        }
        return try sets.map { set in
            let names = try FileManager.default.contentsOfDirectory(atPath: set.directory.path)
                .filter { name in set.suffixes.contains { name.hasSuffix($0) } }
                .sorted()
            let inputs = names.map { set.directory.appending(path: $0) }
            let output = context.pluginWorkDirectoryURL.appending(path: "\(set.enumName).swift")
            return .buildCommand(
                displayName: "Embedding \(inputs.count) file(s) as \(set.enumName)",
                executable: tool,
                arguments: [output.path, set.enumName] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        }
    }
}
