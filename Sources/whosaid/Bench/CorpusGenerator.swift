import Foundation

/// Builds as many distinct articles as asked from a few hundred real ones, for the
/// ingest benchmark and the crash and concurrency tests. Article `n` is always the same
/// text: a headline and a date line, then a run of consecutive paragraphs of one real
/// article (half of it to all of it, so speakers keep their antecedents), sometimes a
/// paragraph of another one, and a reference line that makes it unique.
struct CorpusGenerator {
    struct Base {
        var title: String
        var paragraphs: [String]
    }

    let bases: [Base]

    init(texts: [String]) {
        bases = texts.compactMap { text in
            var paragraphs = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { !$0.isEmpty }
            guard !paragraphs.isEmpty else { return nil }
            var title = "News report"
            if paragraphs.count > 1, paragraphs[0].count < 200, !paragraphs[0].contains("\n"),
               !paragraphs[0].lowercased().hasPrefix("date") {
                title = paragraphs.removeFirst()
            } else if paragraphs.count > 1, paragraphs[0].lowercased().contains("date") {
                paragraphs.removeFirst()  // a date line of its own: the article gets a new one
            }
            return Base(title: title, paragraphs: paragraphs)
        }
    }

    /// The text of article `n` (0-based).
    func article(_ n: Int) -> String {
        var rng = SplitMix64(seed: UInt64(n) &+ 0x5748_5344)
        let base = bases[rng.below(bases.count)]
        let p = base.paragraphs
        let keep = p.count <= 2 ? p.count : Int((Double(p.count) * (0.5 + 0.5 * rng.unit())).rounded(.up))
        let start = rng.below(p.count - keep + 1)
        var body = Array(p[start..<(start + keep)])
        if bases.count > 1, rng.unit() < 0.3 {
            let other = bases[rng.below(bases.count)].paragraphs
            body.insert(other[rng.below(other.count)], at: 1 + rng.below(body.count))
        }
        // Forty articles a day from 2015 on: 100,000 articles span about seven years.
        let (y, m, d) = Self.civilDate(daysSince2015: n / 40)
        let dateLine = n % 2 == 0
            ? String(format: "date %04d-%02d-%02d", y, m, d)
            : "\(Self.months[m - 1]) \(d), \(y)"
        return base.title + "\n" + dateLine + "\n\n" + body.joined(separator: "\n\n") + "\n\n(Ref. WS-\(n))\n"
    }

    /// Writes articles 0..<count as `.txt` files, a thousand per directory, one at a time
    /// (nothing is kept in memory). Returns the bytes written.
    func write(count: Int, to directory: String) throws -> Int {
        let fm = FileManager.default
        var bytes = 0
        for n in 0..<count {
            let dir = (directory as NSString).appendingPathComponent(String(format: "%04d", n / 1000))
            if n % 1000 == 0 { try fm.createDirectory(atPath: dir, withIntermediateDirectories: true) }
            var text = article(n)
            let path = (dir as NSString).appendingPathComponent(String(format: "%07d.txt", n))
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path]) }
            defer { close(fd) }
            let written = text.withUTF8 { Foundation.write(fd, $0.baseAddress, $0.count) }
            guard written == text.utf8.count else { throw CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: path]) }
            bytes += written
        }
        return bytes
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    /// Year, month and day of the day `days` after 2015-01-01 (Howard Hinnant's civil_from_days).
    static func civilDate(daysSince2015 days: Int) -> (Int, Int, Int) {
        let z = days + 16_436 + 719_468  // 16,436 days from 1970-01-01 to 2015-01-01
        let era = z / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
