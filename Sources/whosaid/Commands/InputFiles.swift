import Foundation

/// One thing to read: a file, or standard input.
struct InputFile {
    let path: String
    let isStandardInput: Bool

    /// Reads the whole input as bytes.
    func read() throws(InputFileError) -> [UInt8] {
        if isStandardInput {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        guard FileManager.default.isReadableFile(atPath: path) else { throw .unreadable(path) }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        return Array(data)
    }
}

enum InputFileError: Error, CustomStringConvertible {
    case missing(String)
    case unreadable(String)
    case emptyDirectory(String)

    var description: String {
        switch self {
        case .missing(let p): return "\(p): no such file or directory"
        case .unreadable(let p): return "\(p): cannot be read (permission denied?)"
        case .emptyDirectory(let p): return "\(p): no article files (.txt, .json, .jsonl) in this directory"
        }
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
