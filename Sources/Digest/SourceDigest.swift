import Foundation

/// The SHA-256 of a directory of sources: what names the extractor's version. The build
/// tool computes it over `Sources/Extraction` (code, lexicons, gazetteers, model weights)
/// and compiles it into the binary, so any change to what decides extraction gives a new
/// version and stored articles become due for re-extraction.
///
/// The same files give the same digest on every machine: files are taken in the order of
/// their paths relative to the directory (compared byte by byte, not as the disk lists
/// them), and only those relative paths and the bytes go in, never where the directory
/// is, nor dates or permissions. Each file enters as its relative path, a NUL, its length
/// in bytes, a NUL and its bytes, so moving bytes from one file to the next, or renaming
/// a file, changes the digest too.
public enum SourceDigest {
    /// Whether a file at `relativePath` counts. Hidden files and directories (`.DS_Store`,
    /// an editor's `.swp`) are not sources and differ between checkouts; they are left out.
    public static func includes(_ relativePath: String) -> Bool {
        !relativePath.split(separator: "/").contains { $0.hasPrefix(".") }
    }

    /// The paths, relative to `root` and separated by `/`, of every file under it that
    /// counts, in digest order.
    public static func files(under root: URL) throws -> [String] {
        let base = root.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: base, isDirectory: &isDirectory), isDirectory.boolValue,
              let walker = FileManager.default.enumerator(atPath: base) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: base])
        }
        var out: [String] = []
        while let relative = walker.nextObject() as? String {
            guard includes(relative),
                  FileManager.default.fileExists(atPath: base + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            out.append(relative)
        }
        return ordered(out)
    }

    /// The digest of the files at `relativePaths` under `root` (64 hex digits). Paths that
    /// do not count (`includes`) are skipped, so a caller may pass everything it found.
    public static func sha256(root: URL, files relativePaths: [String]) throws -> String {
        var message: [UInt8] = []
        for relative in ordered(relativePaths.filter(includes)) {
            let bytes = try Data(contentsOf: root.appendingPathComponent(relative))
            message += Array(relative.utf8)
            message.append(0)
            message += Array(String(bytes.count).utf8)
            message.append(0)
            message += bytes
        }
        return SHA256.hex(bytes: message)
    }

    /// The digest of every file under `root` that counts.
    public static func sha256(of root: URL) throws -> String {
        try sha256(root: root, files: files(under: root))
    }

    /// Byte order of the UTF-8 paths: the same everywhere, whatever the locale.
    static func ordered(_ paths: [String]) -> [String] {
        Array(Set(paths)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
