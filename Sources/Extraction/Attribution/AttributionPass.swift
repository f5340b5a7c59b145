/// The passes of `AttributionFinder`, as CoreNLP's quote attribution has its sieves:
/// each claims the quotes and cues it is sure of, and later passes see only what is
/// left, so the order in `AttributionFinder.sieves` is part of what they decide.
public enum AttributionPass: String, CaseIterable, Sendable {
    case directWithTrailingCue = "direct-with-trailing-cue"
    case directWithLeadingCue = "direct-with-leading-cue"
    case accordingTo = "according-to"
    case reportedSpeech = "reported-speech"
    case headlineColon = "headline-colon"
    case pollFindings = "poll-findings"
    case completeQuotes = "complete-quotes"
    case followingQuotes = "following-quotes"
    case continuedQuotes = "continued-quotes"
    case quotedReports = "quoted-reports"
    case nominalReports = "nominal-reports"
    case quotationInClause = "quotation-in-clause"
    case dropNestedWeakCues = "drop-nested-weak-cues"

    /// The rules whose attributions this pass adds; empty for a pass that only extends or
    /// takes back what others found (it is ablated by its own id).
    public var rules: [AttributionRule] {
        switch self {
        case .directWithTrailingCue: [.directTrailingCue]
        case .directWithLeadingCue:
            [.directLeadingCue, .directEchoCue, .directPassive, .directTitle, .directKnownAs, .directColon, .directColonClause]
        case .accordingTo: [.reportedAccordingTo]
        case .reportedSpeech:
            ReportConstruction.allCases.flatMap { c in [CueEvidence.lexicon, .learned].map { AttributionRule.report(c, cue: $0) } }
                + [.directCueBeforeSentence]
        case .headlineColon: [.headlineColon]
        case .pollFindings: [.reportedPoll]
        case .quotedReports: ReportConstruction.allCases.map { AttributionRule.report($0, cue: .quoted) } + [.directCueBeforeSentence]
        case .nominalReports: [.nominalPossessive]
        case .quotationInClause: [.directClauseSubject]
        case .completeQuotes, .followingQuotes, .continuedQuotes, .dropNestedWeakCues: []
        }
    }

    /// Runs the pass on the finder's current state.
    func apply(to finder: inout AttributionFinder) {
        switch self {
        case .directWithTrailingCue: finder.directWithTrailingCue()
        case .directWithLeadingCue: finder.directWithLeadingCue()
        case .accordingTo: finder.accordingTo()
        case .reportedSpeech: finder.reportedSpeech()
        case .headlineColon: finder.headlineColon()
        case .pollFindings: finder.pollFindings()
        case .completeQuotes: finder.completeQuotes()
        case .followingQuotes: finder.followingQuotes()
        case .continuedQuotes: finder.continuedQuotes()
        case .quotedReports: finder.quotedReports()
        case .nominalReports: finder.nominalReports()
        case .quotationInClause: finder.quotationInClause()
        case .dropNestedWeakCues: finder.dropNestedWeakCues()
        }
    }
}
