import Foundation

/// One thing to read: a file, or standard input.
struct InputFile {
    let path: String
    let isStandardInput: Bool

    /// Reads the whole input as bytes; a file larger than `maxSize` bytes is refused
    /// before it is read (an article is never that long: it is a dump, a log or a mistake).
    func read(maxSize: Int = .max) throws(InputFileError) -> [UInt8] {
        if isStandardInput {
            let bytes = JSONLinesReader.standardInputLeftover + Array(FileHandle.standardInput.readDataToEndOfFile())
            JSONLinesReader.standardInputLeftover = []
            if bytes.count > maxSize { throw .tooLarge(path, size: bytes.count, limit: maxSize) }
            return bytes
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw errno == ENOENT ? .missing(path) : .unreadable(path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path) }
        let size = Int(info.st_size)
        if size > maxSize { throw .tooLarge(path, size: size, limit: maxSize) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while true {
            if filled == bytes.count {
                // The file grew since fstat: read on in steps.
                bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count / 2)))
            }
            let n = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path)
            }
            if n == 0 { break }
            filled += n
            if filled > maxSize { throw .tooLarge(path, size: filled, limit: maxSize) }
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }
}

enum InputFileError: Error, CustomStringConvertible {
    case missing(String)
    case unreadable(String)
    case emptyDirectory(String)
    case tooLarge(String, size: Int, limit: Int)
    /// One line (one article) of a JSON Lines file over the limit.
    case lineTooLarge(String, limit: Int)

    var path: String {
        switch self {
        case .missing(let p), .unreadable(let p), .emptyDirectory(let p), .tooLarge(let p, _, _), .lineTooLarge(let p, _): return p
        }
    }

    /// The reason alone, without the path.
    var reason: String {
        switch self {
        case .missing: return "no such file or directory"
        case .unreadable: return "cannot be read (permission denied?)"
        case .emptyDirectory: return "no article files (.txt, .json, .jsonl) in this directory"
        case .tooLarge(_, let size, let limit):
            return "too large: \(Self.megabytes(size)), over the \(Self.megabytes(limit)) limit for one file (--max-size)"
        case .lineTooLarge(_, let limit):
            return "too large: the line is over the \(Self.megabytes(limit)) limit for one article (--max-size)"
        }
    }

    var description: String { "\(path): \(reason)" }

    static func megabytes(_ bytes: Int) -> String {
        bytes >= 1_000_000 ? String(format: "%.1f MB", Double(bytes) / 1e6) : "\(bytes) bytes"
    }
}

/// Expands the command's PATH arguments: files as given, directories walked
/// recursively for article files (hidden files skipped, sorted for a stable order),
/// '-' for standard input.
enum InputFiles {
    static let extensions: Set<String> = ["txt", "json", "jsonl", "ndjson", "text"]

    static func expand(_ arguments: [String]) -> (files: [InputFile], errors: [InputFileError]) {
        var files: [InputFile] = []
        var errors: [InputFileError] = []
        let fm = FileManager.default
        for argument in arguments {
            if argument == "-" {
                files.append(InputFile(path: "-", isStandardInput: true))
                continue
            }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                errors.append(.missing(argument))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(InputFile(path: argument, isStandardInput: false))
                continue
            }
            guard fm.isReadableFile(atPath: argument), fm.isExecutableFile(atPath: argument) else {
                errors.append(.unreadable(argument))
                continue
            }
            guard let walker = fm.enumerator(atPath: argument) else {
                errors.append(.unreadable(argument))
                continue
            }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    walker.skipDescendants()
                    continue
                }
                let ext = (name as NSString).pathExtension.lowercased()
                guard extensions.contains(ext) else { continue }
                let full = (argument as NSString).appendingPathComponent(relative)
                var dir: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &dir), !dir.boolValue { found.append(full) }
            }
            if found.isEmpty { errors.append(.emptyDirectory(argument)) }
            files += found.sorted().map { InputFile(path: $0, isStandardInput: false) }
        }
        return (files, errors)
    }
}
