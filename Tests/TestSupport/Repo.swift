import Foundation

/// Paths of the repository, found from this file, so tests run from any directory.
/// Shared by every test target.
public enum Repo {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static var seeds: URL { root.appendingPathComponent("seeds") }
    public static func seed(_ name: String) -> String {
        (try? String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }
    public static let seed1 = "000_459d7e81e9f36103.txt"
    public static let seed2 = "003_516bbe01d6261196.txt"

    /// A fresh path under the temporary directory.
    public static func temporaryPath(_ name: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent(name).path
    }
}
