/// What the passes have claimed so far: the quote regions already attributed, the tokens
/// already used as a cue or source, and the candidates a later pass took back. Held in one
/// place so a pass that tries a candidate on trial (`quotedReports`) can take back exactly
/// what that candidate claimed, without copying the sets.
struct Claims {
    /// Quote regions already attributed.
    private(set) var quotes = Set<Int>()
    /// Tokens already used as a cue or source.
    private(set) var tokens = Set<Int>()
    /// Candidates taken back by a later pass (see `AttributionFinder.absorbNested`).
    private(set) var dropped = Set<Int>()
    /// What was newly claimed since the open trial began; nil outside a trial, so the
    /// common path records nothing.
    private var log: Log?

    /// The claims made during one trial, in the order made.
    struct Log {
        var quotes: [Int] = []
        var tokens: [Int] = []
        var dropped: [Int] = []
    }

    mutating func claim(quote q: Int) {
        if quotes.insert(q).inserted { log?.quotes.append(q) }
    }

    mutating func claim(token k: Int) {
        if tokens.insert(k).inserted { log?.tokens.append(k) }
    }

    mutating func claim(tokens r: Range<Int>) {
        for k in r { claim(token: k) }
    }

    mutating func drop(candidate k: Int) {
        if dropped.insert(k).inserted { log?.dropped.append(k) }
    }

    mutating func beginTrial() { log = Log() }

    /// Closes the trial and hands back what it claimed, for `rollBack` if it fails.
    mutating func endTrial() -> Log {
        defer { log = nil }
        return log ?? Log()
    }

    mutating func rollBack(_ trial: Log) {
        for q in trial.quotes { quotes.remove(q) }
        for k in trial.tokens { tokens.remove(k) }
        for d in trial.dropped { dropped.remove(d) }
    }
}
