/// One actor a pronoun or description could refer to, with the score it got and the
/// evidence behind it ('previous sentence', 'subject', 'gender'), so that anyone can see
/// why a statement went to an actor, or why it was left unresolved (`whosaid extract --explain`).
public struct SpeakerCandidate: Sendable, Equatable {
    public var actor: ActorRef
    public var score: Double
    public var reasons: [String]

    public init(actor: ActorRef, score: Double, reasons: [String]) {
        self.actor = actor
        self.score = score
        self.reasons = reasons
    }
}
