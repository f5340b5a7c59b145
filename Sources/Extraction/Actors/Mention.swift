/// A stretch of text that refers to an actor: a name ('Mohammad Hanif Atmar'), an
/// acronym ('TTP'), a demonym ('Afghan'), a capital standing for its government
/// ('Kabul'), or a description whose referent is resolved later.
public struct Mention: Sendable {
    /// The whole mention, titles included: 'Military Spokesman Maj. Gen. Babar Iftikhar'.
    public var span: Span
    /// The name without titles: 'Babar Iftikhar'.
    public var nameSpan: Span
    public var actor: ActorRef
    /// Role or title written with the name: 'Military Spokesman', 'Minister of Foreign Affairs'.
    public var role: String?
    /// Whose role it is: 'Afghanistan' in 'Afghanistan's Minister of Foreign Affairs'.
    public var affiliation: String?
    /// How the mention names its actor.
    public var via: Via
    /// The form as written, kept as an alias of the actor ('Atmar', 'TTP').
    public var alias: String

    /// A mention made elsewhere and read back (`whosaid ingest --extracted`).
    public init(span: Span, nameSpan: Span, actor: ActorRef, role: String?, affiliation: String?, via: Via, alias: String) {
        self.span = span
        self.nameSpan = nameSpan
        self.actor = actor
        self.role = role
        self.affiliation = affiliation
        self.via = via
        self.alias = alias
    }

    public enum Via: String, Sendable {
        case name, acronym, surname, demonym, capital, gazetteer
        /// Part of an organisation's name standing for it: 'the Council' after 'the
        /// Security Council', 'Hofstra' for 'Hofstra University'.
        case shortForm
    }
}
