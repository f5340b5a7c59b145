/// One statement as the `quotes` command lists it. Field names follow the JSON
/// contract of `whosaid quotes --format json`.
public struct QuoteRow: Sendable, Equatable {
    public struct ArticleInfo: Sendable, Equatable {
        public var id: Int64
        public var title: String?
        public var date: String?
        public var source: String?
        public var path: String?
    }

    public var id: Int64
    public var speaker: String?
    public var speakerKind: String?
    /// The source as written when no actor was resolved ('a source').
    public var speakerText: String?
    public var quote: String
    public var kind: String
    public var cue: String?
    public var about: [String]
    public var article: ArticleInfo
    /// The other actors a joint statement speaks for ('Bernie Sanders' beside speaker
    /// 'Donald Trump' for 'Trump and Sanders said'), in the order written.
    public var coSpeakers: [String] = []
    public var rule: String
    /// With `--search`: the matching part of the quote, matches between \u{2} and \u{3}.
    public var snippet: String? = nil
}

/// One actor as the `actors` command lists it.
public struct ActorRow: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var kind: String
    public var aliases: [String]
    public var roles: [String]
    public var statements: Int
    public var spokenAbout: Int = 0
    public var mentions: Int = 0
    public var firstSeen: String? = nil
    public var lastSeen: String? = nil
}
