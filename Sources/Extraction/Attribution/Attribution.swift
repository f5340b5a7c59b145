/// How a statement is reported.
public enum QuoteKind: String, Sendable, Codable {
    /// The speaker's own words, in quotation marks.
    case direct
    /// Reported speech: 'Atmar said the government was aware …'.
    case indirect
    /// Reported speech with quoted fragments: 'said Islamabad had “no favorites”'.
    case mixed
}

/// An actor as extraction names it: canonical name and kind. The knowledge base
/// turns these into rows, merging them with actors already known.
public struct ActorRef: Hashable, Sendable, Codable {
    public var name: String
    public var kind: ActorKind

    public init(name: String, kind: ActorKind) {
        self.name = name
        self.kind = kind
    }
}

/// One attribution: who (source mention and the actor it refers to), the cue, and
/// what was said (one or more content spans: a quote split around its cue has two).
public struct Attribution: Sendable {
    public var cue: Span?
    public var sources: [Span]
    public var contents: [Span]
    public var kind: QuoteKind
    /// The actor the source refers to; nil for a source that names nobody ('a source').
    public var speaker: ActorRef?
    /// The other actors a joint source speaks for ('Trump and Sanders said', 'a report by
    /// U.S. PIRG and Citizens for Tax Justice'): the speaker is the first named, these the
    /// rest, in the order written. Empty for a source that names one actor or none.
    public var coSpeakers: [ActorRef] = []
    /// The actors the content is about.
    public var about: [ActorRef]
    /// The pass that found this attribution, e.g. "direct.trailing-cue".
    public var rule: String
    /// How the speaker was resolved, e.g. "name", "pronoun", "description", "inherited".
    public var speakerResolution: String?
    /// For a pronoun source, the actors it could refer to with their scores, best first:
    /// why the speaker was chosen, or why none was (no candidate cleared the margin).
    public var speakerCandidates: [SpeakerCandidate] = []
    /// A source that describes its speaker by a role the article gives nobody ('Pakistan’s
    /// foreign minister added'): the knowledge base looks the role up in other articles.
    public var speakerDescription: SpeakerDescription?

    public init(cue: Span?, sources: [Span], contents: [Span], kind: QuoteKind, rule: String,
                speaker: ActorRef? = nil, about: [ActorRef] = [], speakerResolution: String? = nil) {
        self.cue = cue
        self.sources = sources
        self.contents = contents
        self.kind = kind
        self.rule = rule
        self.speaker = speaker
        self.about = about
        self.speakerResolution = speakerResolution
    }
}
