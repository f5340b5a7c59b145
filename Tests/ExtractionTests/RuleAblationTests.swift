import Testing
@testable import Extraction

/// Rules as values: every rule belongs to a pass of the declared order, ids read back,
/// and leaving a rule or a pass out (`whosaid eval --without`) removes exactly its work.
@Suite("Rule ablation")
struct RuleAblationTests {
    static let sentence = "The senator said that the plan would fail in the autumn."

    func rules(_ text: String, _ ablation: Ablation = .none) -> [String] {
        Extractor(ablation: ablation).extract(text).attributions.map(\.rule)
    }

    @Test("every rule is added by some pass in the sieve order, and every pass runs there")
    func rulesBelongToPasses() {
        let added = Set(AttributionFinder.sieves.flatMap(\.rules))
        #expect(added == Set(AttributionRule.allCases))
        #expect(Set(AttributionFinder.sieves) == Set(AttributionPass.allCases))
    }

    @Test("each reported-speech construction has its rule for each kind of cue evidence, named as before")
    func reportRuleNames() {
        #expect(AttributionRule.report(.subjectCue, cue: .lexicon).rawValue == "reported.subject-cue")
        #expect(AttributionRule.report(.openingParticiple, cue: .learned).rawValue == "learned.opening-participle")
        #expect(AttributionRule.report(.asCue, cue: .quoted).rawValue == "quoted.as-cue")
        for rule in AttributionRule.allCases {
            guard let c = rule.construction else { continue }
            #expect(rule.rawValue.hasSuffix("." + c.rawValue))
        }
    }

    @Test("a rule left out adds nothing, and the other rules still fire")
    func withoutRule() {
        #expect(rules(Self.sentence) == ["reported.subject-cue"])
        #expect(rules(Self.sentence, Ablation(rules: [.reportedSubjectCue])).isEmpty)
        #expect(rules(Self.sentence, Ablation(rules: [.directTitle])) == ["reported.subject-cue"])
    }

    @Test("a pass left out, by its id or by all its rules, is skipped")
    func withoutPass() {
        let text = "“We will win,” Ortiz said. “And we will win big.”"
        let plain = Extractor().extract(text).attributions
        #expect(plain.count == 1 && plain[0].contents.count == 2)
        let cut = Extractor(ablation: Ablation(passes: [.followingQuotes])).extract(text).attributions
        #expect(cut.count == 1 && cut[0].contents.count == 1)
        #expect(rules(text, Ablation(rules: [.directTrailingCue])).allSatisfy { $0 != "direct.trailing-cue" })
    }

    @Test("ids parse as --without takes them; unknown ones are named")
    func parse() throws {
        let ok = try Ablation.parse(["direct.title", "following-quotes"]).get()
        #expect(ok == Ablation(rules: [.directTitle], passes: [.followingQuotes]))
        guard case .failure(let unknown) = Ablation.parse(["direct.title", "no-such-rule"]) else {
            Issue.record("an unknown id was accepted")
            return
        }
        #expect(unknown.ids == ["no-such-rule"])
    }
}
