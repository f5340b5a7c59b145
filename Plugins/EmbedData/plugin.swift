import Foundation
import PackagePlugin

/// Embeds data files into the target that needs them, at build time:
/// - Extraction: its lexicons and gazetteers (`Sources/Extraction/Lexicons/`);
/// - KnowledgeBase: the migrations (`Migrations/`) and canned reports (`Reports/`).
/// The files stay the single source of truth; the generated Swift is never committed.
@main
struct EmbedData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
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
        let tool = try context.tool(named: "embed-data")
        return try sets.map { set in
            let names = try FileManager.default.contentsOfDirectory(atPath: set.directory.path)
                .filter { name in set.suffixes.contains { name.hasSuffix($0) } }
                .sorted()
            let inputs = names.map { set.directory.appending(path: $0) }
            let output = context.pluginWorkDirectoryURL.appending(path: "\(set.enumName).swift")
            return .buildCommand(
                displayName: "Embedding \(inputs.count) file(s) as \(set.enumName)",
                executable: tool.url,
                arguments: [output.path, set.enumName] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        }
    }
}
