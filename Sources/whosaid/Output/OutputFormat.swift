import ArgumentParser

/// `--format`, for every listing.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned columns that fit the terminal; long text wraps.
    case table
    /// RFC 4180: a header row, fields quoted when needed.
    case csv
    /// One JSON array.
    case json
    /// One JSON object per line.
    case jsonl
    /// A GitHub-flavoured Markdown table.
    case markdown
}
