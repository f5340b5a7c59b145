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

/// Rules and passes to leave out, for ablation (`whosaid eval --without`): a pass is
/// skipped when it is named or when every rule it adds is; otherwise a named rule's
/// attributions are simply not added, so the construction tried after it does not
/// take its place either (as if the rule had fired and been thrown away).
public struct Ablation: Sendable, Equatable {
    public var rules: Set<AttributionRule>
    public var passes: Set<AttributionPass>

    public init(rules: Set<AttributionRule> = [], passes: Set<AttributionPass> = []) {
        self.rules = rules
        self.passes = passes
    }

    public static let none = Ablation()

    public var isEmpty: Bool { rules.isEmpty && passes.isEmpty }

    /// Reads ids as `--without` takes them (rule ids such as `direct.title`, pass ids such
    /// as `following-quotes`), or fails with the ids that name neither.
    public static func parse(_ ids: [String]) -> Result<Ablation, UnknownIDs> {
        var out = Ablation()
        var unknown: [String] = []
        for id in ids {
            if let rule = AttributionRule(rawValue: id) {
                out.rules.insert(rule)
            } else if let pass = AttributionPass(rawValue: id) {
                out.passes.insert(pass)
            } else {
                unknown.append(id)
            }
        }
        return unknown.isEmpty ? .success(out) : .failure(UnknownIDs(ids: unknown))
    }

    public struct UnknownIDs: Error, Sendable {
        public var ids: [String]
    }

    func skips(_ pass: AttributionPass) -> Bool {
        passes.contains(pass) || !pass.rules.isEmpty && pass.rules.allSatisfy(rules.contains)
    }
}
