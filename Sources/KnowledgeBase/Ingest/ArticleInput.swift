/// One article as it arrives, before extraction: the text exactly as read and
/// whatever metadata its container gave (a JSON record's title, date, source, url).
public struct ArticleInput: Sendable {
    public enum Format: String, Sendable {
        case text, json, jsonl
    }

    public var text: String
    public var path: String?
    public var url: String?
    public var title: String?
    public var date: String?
    public var source: String?
    public var format: Format
    /// Where inside its file the article sits ('line 12' of a JSON Lines file), for messages.
    public var location: String?

    public init(text: String, path: String? = nil, url: String? = nil, title: String? = nil, date: String? = nil,
                source: String? = nil, format: Format = .text, location: String? = nil) {
        self.text = text
        self.path = path
        self.url = url
        self.title = title
        self.date = date
        self.source = source
        self.format = format
        self.location = location
    }
}
