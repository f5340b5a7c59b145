/// What a quotation mark can do. Curly marks say which way they face; straight
/// marks (and the '' pairs of some newswires) only say they are quotes, and the
/// quote scanner decides from context.
public enum QuoteMark: UInt8, Sendable {
    case openDouble, closeDouble, straightDouble
    case openSingle, closeSingle, straightSingle

    public var isDouble: Bool { self == .openDouble || self == .closeDouble || self == .straightDouble }
}

public enum TokenKind: UInt8, Sendable {
    case word, number, punctuation, quote
}

/// One token of the article, located by code points. `lower` is the lower-cased
/// text with typographic apostrophes folded to ', the key every lexicon uses.
public struct Token: Sendable {
    public var span: Span
    public var kind: TokenKind
    public var lower: String
    public var quote: QuoteMark?
    /// The first scalar is upper case (Atmar, NATO, U.S.).
    public var isCapitalized: Bool
    /// Every letter is upper case and there are at least two (NATO, TTP).
    public var isAllCaps: Bool
    /// White space separates this token from the previous one.
    public var spaceBefore: Bool
    /// A line break lies between this token and the previous one (a new paragraph).
    public var newlineBefore: Bool

    public var start: Int { span.start }
    public var end: Int { span.end }
    public var isWord: Bool { kind == .word }
}
