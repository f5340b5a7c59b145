/// The construction that decided an attribution, by name. The raw value is what
/// `whosaid extract` prints as `rule` and what `whosaid eval --without` takes, so an
/// evaluation can be read, and a rule dropped, rule by rule.
public enum AttributionRule: String, CaseIterable, Sendable, Hashable {
    // Quotations and the cue beside them (`directWithTrailingCue`, `directWithLeadingCue`).
    case directTrailingCue = "direct.trailing-cue"
    case directLeadingCue = "direct.leading-cue"
    case directEchoCue = "direct.echo-cue"
    case directPassive = "direct.passive"
    case directTitle = "direct.title"
    case directKnownAs = "direct.known-as"
    case directColon = "direct.colon"
    case directColonClause = "direct.colon-clause"
    /// A cue that ends its sentence, the quotation being the next sentence (`reportedSpeech`).
    case directCueBeforeSentence = "direct.cue-before-sentence"
    /// A quotation in a clause whose subject speaks (`quotationInClause`).
    case directClauseSubject = "direct.clause-subject"

    case reportedAccordingTo = "reported.according-to"
    case headlineColon = "headline.colon"
    case reportedPoll = "reported.poll"
    case nominalPossessive = "nominal.possessive"

    // Reported speech around a cue the lexicon knows (`reportedSpeech`), one per construction.
    case reportedOpeningParticiple = "reported.opening-participle"
    case reportedParticiple = "reported.participle"
    case reportedInvertedCue = "reported.inverted-cue"
    case reportedImpression = "reported.impression"
    case reportedQuestion = "reported.question"
    case reportedAsCue = "reported.as-cue"
    case reportedParenthetical = "reported.parenthetical"
    case reportedSubjectCue = "reported.subject-cue"
    case reportedTrailingCue = "reported.trailing-cue"

    // The same constructions around a verb the learned cue model recognised.
    case learnedOpeningParticiple = "learned.opening-participle"
    case learnedParticiple = "learned.participle"
    case learnedInvertedCue = "learned.inverted-cue"
    case learnedImpression = "learned.impression"
    case learnedQuestion = "learned.question"
    case learnedAsCue = "learned.as-cue"
    case learnedParenthetical = "learned.parenthetical"
    case learnedSubjectCue = "learned.subject-cue"
    case learnedTrailingCue = "learned.trailing-cue"

    // And around a near-miss verb made a cue by an unclaimed quotation (`quotedReports`).
    case quotedOpeningParticiple = "quoted.opening-participle"
    case quotedParticiple = "quoted.participle"
    case quotedInvertedCue = "quoted.inverted-cue"
    case quotedImpression = "quoted.impression"
    case quotedQuestion = "quoted.question"
    case quotedAsCue = "quoted.as-cue"
    case quotedParenthetical = "quoted.parenthetical"
    case quotedSubjectCue = "quoted.subject-cue"
    case quotedTrailingCue = "quoted.trailing-cue"

    /// The rule of a reported-speech construction, by what made its verb a cue.
    static func report(_ construction: ReportConstruction, cue evidence: CueEvidence) -> AttributionRule {
        switch (evidence, construction) {
        case (.lexicon, .openingParticiple): .reportedOpeningParticiple
        case (.lexicon, .participle): .reportedParticiple
        case (.lexicon, .invertedCue): .reportedInvertedCue
        case (.lexicon, .impression): .reportedImpression
        case (.lexicon, .question): .reportedQuestion
        case (.lexicon, .asCue): .reportedAsCue
        case (.lexicon, .parenthetical): .reportedParenthetical
        case (.lexicon, .subjectCue): .reportedSubjectCue
        case (.lexicon, .trailingCue): .reportedTrailingCue
        case (.learned, .openingParticiple): .learnedOpeningParticiple
        case (.learned, .participle): .learnedParticiple
        case (.learned, .invertedCue): .learnedInvertedCue
        case (.learned, .impression): .learnedImpression
        case (.learned, .question): .learnedQuestion
        case (.learned, .asCue): .learnedAsCue
        case (.learned, .parenthetical): .learnedParenthetical
        case (.learned, .subjectCue): .learnedSubjectCue
        case (.learned, .trailingCue): .learnedTrailingCue
        case (.quoted, .openingParticiple): .quotedOpeningParticiple
        case (.quoted, .participle): .quotedParticiple
        case (.quoted, .invertedCue): .quotedInvertedCue
        case (.quoted, .impression): .quotedImpression
        case (.quoted, .question): .quotedQuestion
        case (.quoted, .asCue): .quotedAsCue
        case (.quoted, .parenthetical): .quotedParenthetical
        case (.quoted, .subjectCue): .quotedSubjectCue
        case (.quoted, .trailingCue): .quotedTrailingCue
        }
    }

    /// The reported-speech construction this rule applies, if it is one.
    var construction: ReportConstruction? { Self.constructions[self] }

    private static let constructions: [AttributionRule: ReportConstruction] = Dictionary(uniqueKeysWithValues:
        ReportConstruction.allCases.flatMap { c in CueEvidence.allCases.map { (report(c, cue: $0), c) } })
}

/// The constructions `AttributionFinder.report(at:)` tries around one cue verb, in the
/// order tried; each is a function of the same name.
enum ReportConstruction: String, CaseIterable, Sendable {
    case openingParticiple = "opening-participle"
    case participle
    case invertedCue = "inverted-cue"
    case impression
    case question
    case asCue = "as-cue"
    case parenthetical
    case subjectCue = "subject-cue"
    case trailingCue = "trailing-cue"
}

/// What made a verb a cue: the lexicon, the learned cue model, or the model's near miss
/// confirmed by the quotation the clause would hold. Kept apart in the rule ids so each
/// source of cues is measured on its own.
enum CueEvidence: CaseIterable, Sendable {
    case lexicon, learned, quoted
}
