import Foundation

/// One thing to read: a file, or standard input.
struct InputFile {
    let path: String
    let isStandardInput: Bool

    /// Reads the whole input as bytes; a file larger than `maxSize` bytes is refused
    /// before it is read (an article is never that long: it is a dump, a log or a mistake).
    func read(maxSize: Int = .max) throws(InputFileError) -> [UInt8] {
        if isStandardInput {
            // What `extract -` read ahead to tell JSON Lines from text comes first.
            let leftover = JSONLinesReader.standardInputLeftover
            JSONLinesReader.standardInputLeftover = []
            if leftover.count > maxSize { throw .tooLargeStream(path, limit: maxSize) }
            return leftover + (try Self.readStandardInput(maxSize: maxSize - leftover.count))
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
        var probe = [UInt8](repeating: 0, count: 4096)
        while true {
            let n: Int
            if filled < bytes.count {
                n = bytes.withUnsafeMutableBytes { buffer in
                    Foundation.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
                }
            } else {
                // All fstat promised is in: ask for more in a small buffer, so the end of
                // the file costs no second copy of it. (More comes when the file grew.)
                n = probe.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress!, $0.count) }
                if n > 0 { bytes.append(contentsOf: probe[..<n]) }
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

    /// Standard input has no size to check first (`yes | whosaid ingest -`, `< /dev/zero`
    /// never end): it is read in chunks and refused as soon as it passes `maxSize`, so
    /// memory stays within the limit whatever is piped in.
    static func readStandardInput(maxSize: Int) throws(InputFileError) -> [UInt8] {
        var bytes: [UInt8] = []
        let chunk = 1 << 16
        while true {
            let old = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: chunk))
            let n = bytes.withUnsafeMutableBytes { Foundation.read(0, $0.baseAddress! + old, chunk) }
            if n < 0 {
                bytes.removeLast(chunk)
                if errno == EINTR { continue }
                throw .unreadable("-")
            }
            bytes.removeLast(chunk - n)
            if n == 0 { return bytes }
            if bytes.count > maxSize { throw .tooLargeStream("-", limit: maxSize) }
        }
    }
}

enum InputFileError: Error, CustomStringConvertible {
    case missing(String)
    case unreadable(String)
    case emptyDirectory(String)
    case tooLarge(String, size: Int, limit: Int)
    /// One line (one article) of a JSON Lines file over the limit.
    case lineTooLarge(String, limit: Int)
    /// Standard input went past the limit; reading stopped there.
    case tooLargeStream(String, limit: Int)
    /// Not a regular file: a FIFO, a socket, a device (reading it could wait forever).
    case notRegular(String, kind: String)
    /// A symbolic link to nothing, or in a loop.
    case brokenLink(String, loop: Bool)

    var path: String {
        switch self {
        case .missing(let p), .unreadable(let p), .emptyDirectory(let p), .tooLarge(let p, _, _), .lineTooLarge(let p, _),
             .tooLargeStream(let p, _), .notRegular(let p, _), .brokenLink(let p, _): return p
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
        case .tooLargeStream(_, let limit):
            return "too large: over the \(Self.megabytes(limit)) limit for one file (--max-size); reading stopped there"
        case .notRegular(_, let kind):
            return "skipped: \(kind), not a regular file (reading it could wait forever)"
        case .brokenLink(_, let loop):
            return loop ? "skipped: a symbolic link in a loop" : "skipped: a symbolic link to nothing"
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
            var found: [String] = []
            walk(argument, into: &found, errors: &errors)
            if found.isEmpty { errors.append(.emptyDirectory(argument)) }
            files += found.sorted().map { InputFile(path: $0, isStandardInput: false) }
        }
        return (files, errors)
    }

    /// Collects the article files under `directory`. Nothing is skipped without a word:
    /// a subfolder that cannot be read, a FIFO or socket with an article's name (reading
    /// it would wait forever), a symbolic link to nothing or in a loop are each named with
    /// their reason, and the walk goes on.
    static func walk(_ directory: String, into found: inout [String], errors: inout [InputFileError]) {
        let fm = FileManager.default
        var entries: [String]
        do {
            entries = try fm.contentsOfDirectory(atPath: directory)
        } catch {
            errors.append(.unreadable(directory))
            return
        }
        entries.sort()
        for name in entries where !name.hasPrefix(".") {
            let full = (directory as NSString).appendingPathComponent(name)
            let isArticleName = extensions.contains((name as NSString).pathExtension.lowercased())
            var link = stat()
            guard lstat(full, &link) == 0 else { continue }
            var info = link
            if (link.st_mode & S_IFMT) == S_IFLNK {
                guard stat(full, &info) == 0 else {
                    errors.append(.brokenLink(full, loop: errno == ELOOP))
                    continue
                }
                // A link to a directory is not followed (it could lead back up the tree).
                if (info.st_mode & S_IFMT) == S_IFDIR { continue }
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                guard access(full, R_OK | X_OK) == 0 else {
                    errors.append(.unreadable(full))
                    continue
                }
                walk(full, into: &found, errors: &errors)
            case S_IFREG:
                if isArticleName { found.append(full) }
            case S_IFIFO where isArticleName:
                errors.append(.notRegular(full, kind: "a FIFO (named pipe)"))
            case S_IFSOCK where isArticleName:
                errors.append(.notRegular(full, kind: "a socket"))
            case S_IFCHR where isArticleName, S_IFBLK where isArticleName:
                errors.append(.notRegular(full, kind: "a device"))
            default:
                continue
            }
        }
    }
}
