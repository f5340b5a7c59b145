/// One cue verb as `AttributionFinder.report(at:)` reads it, handed from construction to
/// construction: what the verb is, where its sentence and content may lie, and what the
/// constructions tried so far have settled (a cue that grew to take in a following verb,
/// the subject before it).
struct ReportSite {
    let verb: Int
    let form: Lexicon.CueForm
    /// What made the verb a cue: part of the rule id of what it reports.
    let evidence: CueEvidence
    let sentence: Range<Int>
    /// Where content may end: the sentence without its closing punctuation.
    let end: Int
    /// Where the sentence's content may start (`contentStart`).
    let first: Int
    /// The cue's tokens; 'appeared to suggest', 'is reported to have called' widen it.
    var cue: Range<Int>
    /// The noun phrase before the cue, once the constructions that need none are tried.
    var subject: Range<Int>?

    /// The id of an attribution `construction` makes of this cue ('reported.subject-cue',
    /// 'learned.subject-cue', …): the construction and what made the verb a cue.
    func rule(_ construction: ReportConstruction) -> AttributionRule { .report(construction, cue: evidence) }
}

/// What one construction made of a cue verb: it is settled (an attribution added, or
/// the construction fits and leaves nothing to add), or the next construction is tried.
enum ReportVerdict {
    case settled
    case next
}
