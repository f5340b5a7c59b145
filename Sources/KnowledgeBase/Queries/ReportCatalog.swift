import Foundation

/// The reports a user can run: those compiled into the binary from `Reports/*.sql`,
/// plus the `.sql` files of a directory the user names (`--reports DIR`); a user's
/// report with a built-in's name replaces it.
public struct ReportCatalog: Sendable {
    public private(set) var reports: [Report] = []

    public init(userDirectory: String? = nil) throws {
        var byName: [String: Report] = [:]
        for file in EmbeddedReports.files where file.name.hasSuffix(".sql") {
            let name = String(file.name.dropLast(4))
            byName[name] = try Report(name: name, sql: file.text, origin: "built-in")
        }
        if let dir = userDirectory {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw QueryError.badReport(file: dir, reason: "no such directory of reports")
            }
            let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".sql") }.sorted()
            for file in files {
                let path = (dir as NSString).appendingPathComponent(file)
                guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    throw QueryError.badReport(file: path, reason: "cannot read it as UTF-8 text")
                }
                let name = String(file.dropLast(4))
                byName[name] = try Report(name: name, sql: text, origin: path)
            }
        }
        reports = byName.values.sorted { $0.name < $1.name }
    }

    /// The report called `name`, or an error suggesting close names.
    public func report(named name: String) throws -> Report {
        let wanted = name.hasSuffix(".sql") ? String(name.dropLast(4)) : name
        if let r = reports.first(where: { $0.name == wanted || $0.name == wanted.replacingUnderscores }) { return r }
        throw QueryError.unknownReport(name: name, suggestions: EditDistance.closest(to: name, in: reports.map(\.name), count: 3))
    }
}

extension String {
    /// 'top_speakers' → 'top-speakers': report names are written with hyphens, but either works.
    var replacingUnderscores: String { String(map { $0 == "_" ? "-" : $0 }) }
}
