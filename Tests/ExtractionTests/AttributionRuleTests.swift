import Testing
@testable import Extraction

/// Attribution shapes of US political news, on sentences written in the corpus's
/// style: each test names the reading a careful annotator gives.
@Suite("Attribution rules")
struct AttributionRuleTests {
    struct Found {
        let sources: [String]
        let cue: String?
        let contents: [String]
        /// The rule that fired; nil would be a rule id the enum does not know.
        let rule: AttributionRule?
    }

    /// What the rules propose, before the learned judge decides (AttributionModelTests
    /// covers the judge): a rule's test asserts what that rule does.
    func extract(_ text: String) -> [Found] {
        let result = Extractor(attributionModel: nil).extract(text)
        let buffer = result.text
        return result.attributions.map { a in
            Found(sources: a.sources.map { buffer.text($0) }, cue: a.cue.map { buffer.text($0) },
                  contents: a.contents.map { buffer.text($0) }, rule: AttributionRule(rawValue: a.rule))
        }
    }

    func attribution(_ found: [Found], containing fragment: String) -> Found? {
        found.first { $0.contents.contains { $0.contains(fragment) } }
    }

    @Test("a quote after the rest of the attribution's sentence is more of the same statement")
    func quoteAfterCircumstance() throws {
        let found = extract("""
        Senator Ortiz was asked about the remark on Sunday.

        “It is okay to know who said it,” Ortiz said in reply. “It is a very good quote, and I stand by it.”
        """)
        let a = try #require(attribution(found, containing: "okay to know"))
        #expect(a.sources == ["Ortiz"])
        #expect(a.contents.count == 2)
        #expect(a.contents.last?.contains("very good quote") == true)
    }

    @Test("reported content that opens a quotation runs to its closing mark, across sentences")
    func contentCompletesQuote() throws {
        let found = extract("""
        He added that the chief's account should “be seen through the lens of hindsight. It must be terrible for him to live with that.”
        """)
        let a = try #require(attribution(found, containing: "lens of hindsight"))
        #expect(a.contents.count == 1)
        #expect(a.contents[0].hasSuffix("live with that.”"))
    }

    @Test("an inverted source keeps its relative clause, age or appositive")
    func invertedSourceDescription() throws {
        let found = extract("""
        “He opposed every single one of them,” said Cruz, who had introduced some of those amendments.

        “The numbers do not add up,” said Tom Goldstein, publisher of a legal blog.

        “I voted for him twice,” said Anne Haines, 44.
        """)
        #expect(attribution(found, containing: "every single one")?.sources == ["Cruz, who had introduced some of those amendments"])
        #expect(attribution(found, containing: "do not add up")?.sources == ["Tom Goldstein, publisher of a legal blog"])
        #expect(attribution(found, containing: "voted for him")?.sources == ["Anne Haines, 44"])
    }

    @Test("an inverted source stops before a participle that reports more")
    func invertedSourceStopsAtParticiple() throws {
        let found = extract("“We will win,” said Mr. Walker, adding that the campaign had raised more money than expected.")
        #expect(attribution(found, containing: "We will win")?.sources == ["Mr. Walker"])
    }

    @Test("a quantified subject keeps its 'of' phrase")
    func quantifiedSubject() throws {
        let found = extract("""
        Most of the Republican candidates said they would support the nominee.

        Organizers of both conventions have said that security will be tight.
        """)
        #expect(attribution(found, containing: "support the nominee")?.sources == ["Most of the Republican candidates"])
        #expect(attribution(found, containing: "security will be tight")?.sources == ["Organizers of both conventions"])
    }

    @Test("a participle with no attribution before it takes the subject of its sentence")
    func participleTakesSentenceSubject() throws {
        let found = extract("But a few days later, Trump reversed himself yet again, telling CBS that the laws on abortion “are set.”")
        let a = try #require(attribution(found, containing: "laws on abortion"))
        #expect(a.sources == ["Trump"])
        #expect(a.cue == "telling")
    }

    @Test("a participle goes on from the sentence's own report, not one nested in its content or a relative clause")
    func participleSkipsNestedReports() throws {
        let nested = extract("Warren told the crowd that she believes the banks must be broken up, saying that “nobody is too big to jail.”")
        let a = try #require(attribution(nested, containing: "too big to jail"))
        #expect(a.sources == ["Warren"])
        #expect(a.cue == "saying")

        let coordinated = extract("Mayor Ann Lee said Friday that she thinks the tapes should come out but said “the question is when.”")
        #expect(attribution(coordinated, containing: "the question is when")?.sources == ["Mayor Ann Lee"])

        let relative = extract("Jones was defensive about the contractor who said he was never paid for the work, saying, “Maybe he did a bad job.”")
        let c = try #require(attribution(relative, containing: "Maybe he did"))
        #expect(c.sources == ["Jones"])
    }

    @Test("an unclaimed quotation makes a near-miss verb its cue, but not for a title or a speaker that cannot speak")
    func quotationMakesACue() throws {
        let found = extract("PolitiFact rated 40% of the senator’s claims as “false” or “pants on fire,” compared to 12% of his rival’s.")
        let a = try #require(attribution(found, containing: "pants on fire"))
        #expect(a.sources == ["PolitiFact"])
        #expect(a.cue == "rated")
        #expect(a.rule == .quotedSubjectCue)

        let titles = extract("The girls dressed as Rey from “Star Wars” at the convention on Saturday.")
        #expect(attribution(titles, containing: "Star Wars") == nil)
    }

    @Test("a document speaks through a verb of evidence, after its modifiers or after what it shows")
    func documentsShow() throws {
        let found = extract("""
            FEC records from the 2008 presidential election cycle show he backed both McCain and Giuliani.

            The aircraft was insured at a value of $35 million in 2011, records show.

            Trump was trailing Cruz in Ohio, he found.
            """)
        let records = try #require(attribution(found, containing: "he backed both"))
        #expect(records.sources == ["FEC records from the 2008 presidential election cycle"])
        #expect(records.rule == .reportedSubjectCue)
        let trailing = try #require(attribution(found, containing: "The aircraft was insured"))
        #expect(trailing.sources == ["records"] && trailing.cue == "show")
        #expect(trailing.rule == .reportedTrailingCue)
        // A person's verb of evidence after the fact is no report of it.
        #expect(attribution(found, containing: "trailing Cruz") == nil)
    }

    @Test("a coordinated clause with its own speaker and report ends the first report's content")
    func coordinatedReports() throws {
        let found = extract("Obama emphasized that Burma's reforms were not complete, and human rights groups warned that the administration was giving up leverage.")
        let obama = try #require(attribution(found, containing: "reforms were not complete"))
        #expect(obama.contents == ["that Burma's reforms were not complete"])
        let groups = try #require(attribution(found, containing: "giving up leverage"))
        #expect(groups.sources == ["human rights groups"] && groups.cue == "warned")
        // A writer's concession after the report is not part of it.
        let claimed = try #require(attribution(extract("He claimed that paying no income taxes was smart, although he again refused to release his returns."), containing: "smart"))
        #expect(claimed.contents == ["that paying no income taxes was smart"])
    }

    @Test("'with X, who …, -ing' gives the participle to X, past the relative clause between commas or dashes")
    func withSubjectPastRelativeClause() throws {
        for text in ["It became an issue, with Hillary Clinton, who has called for tax hikes on the rich, lambasting Trump's plan.",
                     "It became an issue, with Hillary Clinton — who’s called for tax hikes on the rich — lambasting Trump's plan."] {
            let a = try #require(attribution(extract(text), containing: "Trump's plan"))
            #expect(a.sources == ["Hillary Clinton"] && a.cue == "lambasting")
        }
    }

    @Test("'who’s' is a relative pronoun and its auxiliary: the subject of the report, not a possessive")
    func relativeContraction() throws {
        let a = try #require(attribution(extract("Hillary Clinton, who's said that taxes must rise, spoke on Monday."), containing: "taxes must rise"))
        #expect(a.sources == ["who's"] && a.cue == "said")
    }

    @Test("a report whose object is a fronted 'what' ends at the clause's first comma or conjunction")
    func frontedWhat() throws {
        let found = extract("The gap between what Trump says his tax plan would do and how experts say it would shape tax law has endured.")
        let says = try #require(found.first { $0.cue == "says" })
        #expect(says.contents == ["his tax plan would do"])
    }

    @Test("someone appearing after or at an event gives no impression")
    func appearingSomewhere() throws {
        let found = extract("Trump, appearing after Clinton at the NBC forum, cited problems in the Middle East that he blamed on her.")
        #expect(found.allSatisfy { $0.rule != .reportedImpression })
        let cited = try #require(attribution(found, containing: "problems in the Middle East"))
        #expect(cited.cue == "cited")
    }

    @Test("'once again' sits between a subject and its cue")
    func onceAgain() throws {
        let found = extract("The mayor is once again questioning the integrity of the city’s voting machines.")
        let a = try #require(attribution(found, containing: "integrity"))
        #expect(a.sources == ["The mayor"])
        #expect(a.cue == "is once again questioning")
    }

    @Test("a middle initial 'A.' is part of a name, not an article")
    func middleInitialA() throws {
        let found = extract("“We will win this time,” said Julie A. Diaz Martinez, a teacher.\nJulie A. Martinez said the plan would fail.")
        #expect(attribution(found, containing: "win this time")?.sources == ["Julie A. Diaz Martinez, a teacher"])
        #expect(attribution(found, containing: "plan would fail")?.sources == ["Julie A. Martinez"])
    }

    @Test("a verb of saying after a quotation is not its cue when a clause of its own follows; a subordinate clause ends at a comma inside a closing quote")
    func sayingVerbWithItsOwnClause() throws {
        let found = extract("Although Reyes admitted to the paper that she and the donor had “been friends for some time,” she claimed they had never met in person.")
        let a = try #require(attribution(found, containing: "been friends"))
        #expect(a.sources == ["Reyes"])
        #expect(attribution(found, containing: "never met")?.sources == ["she"])
        // 'that' before a time points: the quotation is still the cue's.
        let day = extract("“We will win this state,” Trump said that night.")
        #expect(attribution(day, containing: "win this state")?.sources == ["Trump"])
    }

    @Test("a quotation a cue sets off with a comma after a dash belongs to that cue, and the report before it stops there")
    func dashSeparatedLeadingCue() throws {
        let found = extract("When Clinton noted that Trump has not paid taxes — as was true for a few years — Trump boasted, “That makes me smart.”")
        let a = try #require(attribution(found, containing: "makes me smart"))
        #expect(a.sources == ["Trump"])
        #expect(a.cue == "boasted")
        let b = try #require(attribution(found, containing: "not paid taxes"))
        #expect(b.contents.allSatisfy { !$0.contains("boasted") })
    }

    @Test("a quotation joined by 'but' or 'and still' goes on with the speaker, words before the first quotation included")
    func joinedQuotations() throws {
        let found = extract("Mills “got an immunity agreement,” Jordan said, and still “got to sit in on the interview.”")
        let a = try #require(attribution(found, containing: "immunity agreement"))
        #expect(a.sources == ["Jordan"])
        #expect(a.contents == ["Mills “got an immunity agreement,”", "and still “got to sit in on the interview.”"])
    }

    @Test("a verb inside the clause of a verb of saying does not take the quotation, even a verb of saying")
    func nestedVerbLeavesQuoteToOuter() throws {
        let found = extract("The senator said he rarely asks colleagues to campaign for him, “except for people I’m very close to.”")
        let a = try #require(attribution(found, containing: "except for people"))
        #expect(a.sources == ["The senator"])
        #expect(a.cue == "said")
        let mocked = extract("Rival Hillary Clinton had mocked the complaint, saying anybody who complains about a microphone “is not having a good night.”")
        #expect(attribution(mocked, containing: "good night")?.sources == ["Rival Hillary Clinton"])
    }

    @Test("a sentence that ends with ', said X' is X's content, whatever verbs it holds")
    func sentenceEndingWithInvertedCue() throws {
        let found = extract("The rejection of the treaty signals “the beginning of the end” for the union, said Geert Wilders, founder of the Party for Freedom.")
        let a = try #require(attribution(found, containing: "beginning of the end"))
        #expect(a.sources == ["Geert Wilders, founder of the Party for Freedom"])
        #expect(a.cue == "said")
        #expect(found.count == 1)
    }

    @Test("a count after a quotation is not its speaker")
    func countIsNoSpeaker() throws {
        let found = extract("In a two-minute response, Cruz said “CNN” five times, and mentioned the moderators.")
        #expect(found.allSatisfy { $0.sources != ["five"] })
        #expect(attribution(found, containing: "CNN")?.sources == ["Cruz"])
    }

    @Test("a second verb of the speaker with a quotation of its own is a report of its own; a plural noun after 'and' is not such a verb")
    func coordinatedVerbWithQuotation() throws {
        let found = extract("The governor tweeted on Friday that the mayor was “a disgrace” and encouraged voters to “check out” his record.")
        let a = try #require(attribution(found, containing: "check out"))
        #expect(a.sources == ["The governor"])
        #expect(a.cue == "encouraged")
        #expect(attribution(found, containing: "a disgrace")?.contents == ["that the mayor was “a disgrace”"])

        let plural = extract("Ryan said the recent spate of police shootings and protests demands that all Americans engage in “more listening.”")
        #expect(plural.count == 1)
        #expect(attribution(plural, containing: "more listening")?.sources == ["Ryan"])
    }

    @Test("a participle that opens the sentence around a quotation speaks for the subject after it, which keeps its own verb")
    func openingParticiple() throws {
        let found = extract("Bemoaning the “phony system,” the governor accused the moderator of bias.")
        let a = try #require(attribution(found, containing: "phony system"))
        #expect(a.sources == ["the governor"])
        #expect(a.cue == "Bemoaning")
        #expect(attribution(found, containing: "of bias")?.sources == ["the governor"])
        let after = extract("After saying her right foot was “so swollen I could barely get my shoe on,” she was rushed to the hospital.")
        #expect(attribution(after, containing: "so swollen")?.sources == ["she"])
        // Without a quotation the opening phrase is circumstance.
        let plain = extract("Citing security concerns, the agency said it would close the embassy.")
        #expect(plain.count == 1)
        #expect(plain.first?.cue == "said")
    }

    @Test("reported words end at a dash after a quotation: what follows is the writer's aside")
    func dashAfterQuotationEndsContent() throws {
        let found = extract("Clinton says her rival accepted donations from Wall Street and “there’s nothing wrong with that” — a claim her campaign repeats often.")
        let a = try #require(attribution(found, containing: "nothing wrong"))
        #expect(a.contents == ["her rival accepted donations from Wall Street and “there’s nothing wrong with that”"])
    }

    @Test("a title after a noun ('a memo titled “…”') is the words of the sentence's subject, a role between names included")
    func titleParticiple() throws {
        let found = extract("On Monday night, Clinton campaign manager Robby Mook released a memo titled “The Facts on Where the Race Stands.”")
        let a = try #require(attribution(found, containing: "The Facts on Where"))
        #expect(a.sources == ["Clinton campaign manager Robby Mook"])
    }

    @Test("a relative clause's report ends where the sentence's own verb takes over, and stays out of that verb's subject")
    func relativeClauseReport() throws {
        let found = extract("Still, Petrilli, who thinks the administration made a power grab with its education policies, called the new law “much, much better” than the old one.")
        let thinks = try #require(found.first { $0.cue == "thinks" })
        #expect(thinks.contents == ["the administration made a power grab with its education policies"])
        let called = try #require(attribution(found, containing: "much, much better"))
        #expect(called.sources == ["Petrilli"])
        #expect(called.cue == "called")
    }

    @Test("a transcript pasted with a stray quotation mark before each speaker label still labels its speakers")
    func transcriptWithStrayMarks() throws {
        let found = extract("""
        "WALLACE: But, Governor, I have got to ask you about the debate tonight and what the candidate said.

        "PENCE: Well, look, the senator apparently thinks this is an episode of “Shark Tank.” But this is America, Chris.

        "WALLACE: If I may, sir, one more question.
        """)
        #expect(found.count == 3)
        #expect(attribution(found, containing: "Shark Tank")?.sources == ["PENCE"])
        #expect(attribution(found, containing: "one more question")?.sources == ["WALLACE"])
    }

    @Test("a participle's speaker may be a group named by a common noun ('several environmental groups')")
    func participleWithGroupSubject() throws {
        let found = extract("In August, several environmental groups granted the company an extension, saying its “start-up capital was less than expected.”")
        let a = try #require(attribution(found, containing: "start-up capital"))
        #expect(a.sources == ["several environmental groups"])
        #expect(a.cue == "saying")
    }

    @Test("after a trailing cue, a clause opened by 'before' or 'after' is circumstance")
    func trailingCueWithSubordinateClause() throws {
        let found = extract("“Promise mama you’ll keep your hands in sight,” Blige sings to the candidate before leaving the stage.")
        let a = try #require(attribution(found, containing: "Promise mama"))
        #expect(a.sources == ["Blige"])
        #expect(a.cue == "sings")
    }

    @Test("a pronoun contracted with its auxiliary ('He’s claiming') is a speaker, and the auxiliary joins the cue")
    func contractedPronounSpeaker() throws {
        let found = extract("He’s claiming that voting fraud is “a big, big problem in this country” but “nobody has the guts to talk about it.”")
        let a = try #require(attribution(found, containing: "voting fraud"))
        #expect(a.sources == ["He"])
        #expect(a.cue == "’s claiming")
        // Offsets still point into the text as read.
        let result = Extractor().extract("They're warning that the plan will fail.")
        let b = try #require(result.attributions.first)
        #expect(result.text.text(b.sources[0]) == "They")
        #expect(result.text.text(b.cue!) == "'re warning")
    }

    @Test("a subject runs on over a participle and its place; a quoted question or exclamation is complete")
    func chantedQuestion() throws {
        let found = extract("Protesters marching through the streets chanted “What curfew?” and kept going until nearly 2 a.m.")
        let a = try #require(attribution(found, containing: "What curfew"))
        #expect(a.sources == ["Protesters marching through the streets"])
        #expect(a.contents == ["“What curfew?”"])
    }

    @Test("after a quotation, a participle clause set off by a comma is the writer's comment")
    func participleAfterQuotationEndsContent() throws {
        let found = extract("The nominee has repeatedly wondered whether the moderators will be “fair” to him, engaging in what analysts described as a pressure campaign.")
        let a = try #require(attribution(found, containing: "fair"))
        #expect(a.contents == ["whether the moderators will be “fair” to him"])
    }

    @Test("common shapes of a leading cue: an adverb opening the clause, a stray comma after a party label, 'Said X, who …,' and a gerund after 'by'")
    func leadingCueShapes() throws {
        let then = extract("Then he cut into Bush, calling him a “stiff” and accusing him of acting like a “spoiled child.”")
        #expect(attribution(then, containing: "stiff")?.sources == ["he"])

        let kasich = extract("Speaking after winning Ohio in the Republican primary, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon.”")
        #expect(attribution(kasich, containing: "covered wagon")?.sources == ["Gov. John Kasich (R-OH)"])

        let said = extract("Visitors lined up outside. Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”")
        #expect(attribution(said, containing: "so proud")?.sources.first?.hasPrefix("Dorothy Poynter, who grew up") == true)

        let began = extract("When he returned he began by saying, “I don’t think that it’s necessary for him to go to jail.”")
        let a = try #require(attribution(began, containing: "go to jail"))
        #expect(a.sources == ["he"])
        #expect(a.cue == "began by saying")

        let businessman = extract("The billionaire businessman began by talking about the drug crisis, saying that heroin is now “cheaper than getting candy.”")
        #expect(attribution(businessman, containing: "cheaper than")?.sources == ["The billionaire businessman"])
    }

    @Test("'as X put it', '“…,” tweeted another', and a piece 'entitled “…”' after a comma")
    func putItAndOthers() throws {
        let put = extract("As Vulture put it, “Hello, it’s the Biebs.” Justin Bieber has finally dethroned Adele.")
        let a = try #require(attribution(put, containing: "the Biebs"))
        #expect(a.sources == ["Vulture"])
        #expect(a.cue == "put it")

        let another = extract("“Better watch out for illegal conduct by the clerk,” tweeted another.")
        #expect(attribution(another, containing: "Better watch out")?.sources == ["another"])

        let entitled = extract("The Post responded with a second critical piece, entitled “His ideas are not too bold. They are too facile.”")
        let b = try #require(attribution(entitled, containing: "too facile"))
        #expect(b.sources == ["The Post"])
        #expect(b.contents.last?.hasSuffix("too facile.”") == true)
    }

    @Test("a participle after a quotation is no inverted cue, and an unknown verb does not close a quotation inside a clause")
    func participleAfterQuoteIsNoCue() throws {
        let fired = extract("Trump suggested that Cuba would sue, and Rubio fired back forcefully: “If they sue us in a court in Miami, they’re going to lose,” referencing the large number of Cuban immigrants there.")
        #expect(attribution(fired, containing: "going to lose")?.sources != ["the large number of Cuban immigrants"])

        let redirect = extract("The league denounced his rhetoric and said it would “redirect” all of his past donations.")
        #expect(redirect.allSatisfy { $0.cue != "donations" })
    }

    @Test("'Here in Columbia,' opens a sentence like any adjunct; ', and' with a new subject and verb ends what was reported")
    func hereAndNewClause() throws {
        let here = extract("Here in Columbia, Sanders stepped up his emphasis on criminal justice, saying, “We have got to achieve the day when young men can walk the streets.”")
        #expect(attribution(here, containing: "walk the streets")?.sources == ["Sanders"])

        let and = extract("The mayor said the city would appeal, and the governor criticized the ruling as “a disgrace.”")
        let said = try #require(and.first { $0.cue == "said" })
        #expect(said.contents == ["the city would appeal"])
    }

    @Test("', as X put it.' reports what came before; an opening subordinate clause's report ends at its comma")
    func asPutItAndSubordinateClause() throws {
        let put = extract("The main requirement for the program is a “lawful source of investment income,” as a Homeland Security memo put it.")
        let a = try #require(attribution(put, containing: "lawful source"))
        #expect(a.sources == ["a Homeland Security memo"])
        #expect(a.rule == .reportedAsCue)

        let though = extract("Though she called for compensation to be “clawed back” for executives, Clinton restricted her comments to hypothetical scenarios.")
        let b = try #require(attribution(though, containing: "clawed back"))
        #expect(b.contents == ["compensation to be “clawed back” for executives"])
    }

    @Test("an appositive opening with 'one of' describes the subject before the verb")
    func oneOfAppositive() throws {
        let found = extract("Benjamin J. Rhodes, one of the president's closest aides, recalled Mr. Obama talking about “Collapse,” a best seller.")
        let a = try #require(attribution(found, containing: "Collapse"))
        #expect(a.sources == ["Benjamin J. Rhodes, one of the president's closest aides,"])
        #expect(a.cue == "recalled")
    }

    @Test("a quotation closed by a comma before a new subject and verb ends what a leading cue reports")
    func quotationBeforeNewClause() throws {
        let found = extract("On her discharge papers, in a box labeled “medical problem,” a doctor had typed “homicidal ideation.”")
        let a = try #require(found.first { $0.cue == "labeled" })
        #expect(a.contents == ["“medical problem,”"])
    }

    @Test("a time ('less than two weeks ago') or an occasion ('in his speech') between a name and its verb is skipped")
    func adjunctsBetweenSubjectAndVerb() throws {
        let ago = extract("The State Department less than two weeks ago said that “top secret” material had passed through her server.")
        #expect(attribution(ago, containing: "top secret")?.sources == ["The State Department"])
        let year = extract("Obama has had a frosty relationship with McConnell, who in 2010 said the party's goal was to make Obama a “one-term president.”")
        #expect(attribution(year, containing: "one-term")?.sources == ["who"])
        let speech = extract("The break was complete when Trump in his announcement speech called immigrants from Mexico “rapists.”")
        #expect(attribution(speech, containing: "rapists")?.sources == ["Trump"])
    }

    @Test("a passive names the words without a speaker: no source, the subject joins the content")
    func passiveLeadingCue() throws {
        let found = extract("When the fact-checkers examined the senator’s statement, it was labeled “Mostly True.”")
        let a = try #require(attribution(found, containing: "Mostly True"))
        #expect(a.sources.isEmpty)
        #expect(a.contents == ["it", "“Mostly True.”"])
        #expect(a.rule == .directPassive)
    }

    @Test("an infinitive object ends at a spaced dash")
    func infinitiveEndsAtDash() throws {
        let found = extract("The senator threatened to fight the measure -- a promise she repeated on Friday.")
        #expect(attribution(found, containing: "fight the measure")?.contents == ["to fight the measure"])
    }

    @Test("a plural possessive inside a source's appositive is not a quotation mark")
    func pluralPossessiveInAppositive() throws {
        let found = extract("“The path requires leaders to take back control,” Jeff Weaver, Sanders’ campaign manager, said in a statement.")
        #expect(attribution(found, containing: "take back control")?.sources == ["Jeff Weaver, Sanders’ campaign manager,"])
    }

    @Test("a subject with a participle clause is not mistaken for content of an inverted cue")
    func subjectBeforeParticipleClause() throws {
        let found = extract("Circuit Court Judge David McKeague, writing for the majority, said Ohio’s remaining 29-day early voting period “is really quite generous.”")
        let a = try #require(attribution(found, containing: "quite generous"))
        #expect(a.sources == ["Circuit Court Judge David McKeague"])
        #expect(a.contents[0].hasPrefix("Ohio’s remaining"))
    }

    @Test("after a verb of saying, the speaker may be followed by a circumstance")
    func circumstanceAfterInvertedSpeaker() throws {
        let found = extract("“Anyone who refuses to follow our laws puts Americans at risk,” said Cruz constituent Dan Golvach when asked about the senator.")
        #expect(attribution(found, containing: "puts Americans at risk")?.sources == ["Cruz constituent Dan Golvach"])
    }

    @Test("a quote after a phrase and a comma goes on with the same speaker")
    func quoteAfterCommaPhrase() throws {
        let found = extract("“I have no idea how these men and women voted,” he said of people whose rights were restored, “but they made an investment in the community.”")
        let a = try #require(attribution(found, containing: "no idea how"))
        #expect(a.contents.count == 2)
    }

    @Test("a subject keeps the description between it and its verb")
    func describedSubject() throws {
        let found = extract("Cory James, 28, of Flint, Mich., said he had not given up hope that Sanders could win.")
        let a = try #require(attribution(found, containing: "given up hope"))
        #expect(a.sources.first?.hasPrefix("Cory James") == true)
    }

    @Test("'according to' takes the whole description of its source, and content on both sides")
    func accordingToSource() throws {
        let found = extract("""
        Sanders would beat Trump by more than 5 points, according to the most recent RealClearPolitics average of national polls.

        Other major cleavages, according to the poll, include ideology and education.
        """)
        #expect(attribution(found, containing: "beat Trump")?.sources == ["the most recent RealClearPolitics average of national polls"])
        let both = try #require(attribution(found, containing: "Other major cleavages"))
        #expect(both.contents == ["Other major cleavages", "include ideology and education"])
    }

    @Test("a poll is the source of its findings")
    func pollFindings() throws {
        let found = extract("""
        In May's Washington Post-ABC News poll, Clinton led Trump on a range of presidential attributes.

        Rubio has been leading in the polls.
        """)
        #expect(attribution(found, containing: "Clinton led Trump")?.sources == ["May's Washington Post-ABC News poll"])
        #expect(attribution(found, containing: "Rubio has been leading")?.sources == ["the polls"])
    }

    @Test("a headline or transcript names its speaker before a colon; page labels do not")
    func speakerLabels() throws {
        let found = extract("""
        Trump: ‘I’m the Worst Thing That Ever Happened to the Establishment.’

        Update: the story was changed after publication.

        TAPPER: Do you think he has campaigned as a healer?

        FALLIN: Well, I think the whole nation needs to work together.
        """)
        #expect(attribution(found, containing: "Worst Thing")?.sources == ["Trump"])
        #expect(attribution(found, containing: "story was changed") == nil)
        #expect(attribution(found, containing: "whole nation")?.sources == ["FALLIN"])
    }

    @Test("reported content stops before a second verb of the speaker and before a contrast")
    func contentStopsAtSecondVerb() throws {
        let found = extract("""
        She said she admires his determination and highlighted their shared commitment on health care.

        Clinton says the emails were personal and not work-related, but for Republicans, it is a smoking gun.
        """)
        #expect(attribution(found, containing: "admires his determination")?.contents == ["she admires his determination"])
        #expect(attribution(found, containing: "emails were personal")?.contents == ["the emails were personal and not work-related"])
    }

    @Test("a cue inside a subordinate clause reports up to the comma that closes it")
    func subordinateClause() throws {
        let found = extract("While Ramos said that journalists cannot have any political affiliation, he appears uneasy about his daughter’s work.")
        #expect(attribution(found, containing: "journalists cannot")?.contents == ["that journalists cannot have any political affiliation"])
    }

    @Test("a sentence ends after an initialism when a pronoun opens the next")
    func sentenceAfterInitialism() throws {
        let found = extract("Cox says Obama is trying to distract from terrorist attacks in the U.S. He says Americans do not need more lectures.")
        let first = try #require(attribution(found, containing: "trying to distract"))
        #expect(first.contents == ["Obama is trying to distract from terrorist attacks in the U.S."])
        #expect(attribution(found, containing: "need more lectures")?.sources == ["He"])
    }

    @Test("a subject with an appositive is not the content of an inverted cue")
    func appositiveSubjectNotInverted() throws {
        let found = extract("Sanders, the senator from Vermont, said the nation's problems of income inequality are so daunting that the party must change.")
        let a = try #require(attribution(found, containing: "income inequality"))
        #expect(a.sources == ["Sanders, the senator from Vermont,"])
    }

    @Test("a second verb of saying with no attribution before it takes the sentence's subject")
    func coordinatedVerb() throws {
        let found = extract("Reid caucused in Nevada on Saturday and says he voted “uncommitted.”")
        #expect(attribution(found, containing: "uncommitted")?.sources == ["Reid"])
    }

    @Test("the bare form of a cue verb before a name is a noun")
    func cueLemmaAsNoun() throws {
        let found = extract("Minnesota state delegate Mary Susan, clad in a red cape, said the convention could be a “failure” if Trump cannot rally Republicans.")
        let a = try #require(attribution(found, containing: "convention could be"))
        #expect(a.sources.first?.hasPrefix("Minnesota state delegate Mary Susan") == true)
    }

    @Test("a verb the lexicon does not know still closes a quote, and the next quote goes on")
    func unknownClosingVerb() throws {
        let found = extract("“Would it be negotiable about the 11 million?” Hannity pressed. “Maybe let some people stay if they register?”")
        let a = try #require(attribution(found, containing: "negotiable"))
        #expect(a.sources == ["Hannity"])
        #expect(a.cue == "pressed")
        #expect(a.contents.count == 2)
    }

    @Test("a document that reads or finds is a source, and a noun after a determiner is not a verb")
    func documentSources() throws {
        let found = extract("""
        "Our political revolution has already forced a former senator to change her mind," read the email.

        A 2014 House Intelligence Committee report found "no evidence that there was either a stand down order or a denial of air support."
        """)
        #expect(attribution(found, containing: "political revolution")?.sources == ["the email"])
        #expect(attribution(found, containing: "no evidence")?.sources == ["A 2014 House Intelligence Committee report"])
    }

    @Test("a quote that opens with a spaced ellipsis is still a quote")
    func spacedEllipsisOpensQuote() throws {
        let found = extract(#""People have been on the fence," said Kristan Hawkins, president of a student group. ". . . You are going to want a say in the court.""#)
        let a = try #require(attribution(found, containing: "on the fence"))
        #expect(a.contents.count == 2)
        #expect(a.contents.last?.contains("want a say") == true)
    }

    @Test("a cue coordinated with a clause or an attribution before it shares its speaker")
    func coordinatedCueSharesSpeaker() throws {
        let found = extract("""
        Carson took the stage Tuesday at the Grand Hotel and called the political system “rotten to the core.”

        He says he respects Clinton and calls her “an extremely intelligent woman.”
        """)
        #expect(attribution(found, containing: "rotten to the core")?.sources == ["Carson"])
        let calls = try #require(attribution(found, containing: "extremely intelligent"))
        #expect(calls.cue == "calls")
    }

    @Test("circumstance may stand between a verb of saying and the comma before its quote")
    func circumstanceBeforeQuote() throws {
        let found = extract("Sen. Ron Johnson said in an op-ed piece before a 2014 Senate hearing, “The State Department failed to honor repeated requests.”")
        #expect(attribution(found, containing: "failed to honor")?.sources == ["Sen. Ron Johnson"])
    }

    @Test("a trailing speaker may carry a prepositional phrase or a long description")
    func trailingSpeakerWithModifiers() throws {
        let found = extract("""
        "Will he be the next attorney general?" a Democratic staffer in the room wondered.

        ''I just don't think she's been completely truthful,'' Cecelia Purner, 67, a retired customer service representative in Allentown, Pa., said in a follow-up interview.

        “The great state of Alabama is proud to cast its votes!” US Senator Jeff Sessions said as he launched the process.
        """)
        #expect(attribution(found, containing: "attorney general")?.sources == ["a Democratic staffer"])
        #expect(attribution(found, containing: "completely truthful")?.sources.first?.hasPrefix("Cecelia Purner, 67") == true)
        #expect(attribution(found, containing: "great state of Alabama")?.sources == ["US Senator Jeff Sessions"])
    }

    @Test("a place after a verb of saying is not its content; a party label or dashes set off a description")
    func circumstanceAndLabels() throws {
        let found = extract("""
        Trump’s “excesses” are sickening, Hollande said Tuesday in Paris.

        Sen. Rand Paul, R-Ky., told Fox News that polls could be way off.

        Jason Sims — a teacher from Mount Pleasant — says he made a last-minute decision.
        """)
        #expect(attribution(found, containing: "are sickening")?.sources == ["Hollande"])
        #expect(attribution(found, containing: "polls could be")?.sources == ["Sen. Rand Paul, R-Ky.,"])
        #expect(attribution(found, containing: "last-minute decision")?.sources == ["Jason Sims — a teacher from Mount Pleasant —"])
    }

    @Test("a title in quotation marks after the cue is circumstance; the next quote goes on")
    func titleAfterCue() throws {
        let found = extract("“Of course we will release our medical records,” Sanders said during an interview on CNN’s “State of the Union” Sunday. “Thank God, I am very healthy.”")
        let a = try #require(attribution(found, containing: "medical records"))
        #expect(a.contents.count == 2)
        #expect(a.contents.last?.contains("Thank God") == true)
    }

    @Test("a clause ending in a colon introduces a quote, whatever its verb")
    func colonAfterClause() throws {
        let found = extract("""
        In a Fox interview later that day, Trump went even further: “If he goes forward and loses, it’s the end of his career.”

        Rep. Trey Gowdy (R-S.C.):"I have not heard anyone other than you ever cite that figure."
        """)
        #expect(attribution(found, containing: "end of his career")?.sources == ["Trump"])
        #expect(attribution(found, containing: "cite that figure")?.sources == ["Rep. Trey Gowdy (R-S.C.)"])
    }

    @Test("'one of those advisers' is a whole speaker, and an unknown verb may close a quote before 'and'")
    func quantifiedInvertedSpeaker() throws {
        let found = extract("""
        "There won't be a path for Bernie to succeed," said one of those advisers.

        “Go back to Univision,” Trump barked and a security guard escorted Ramos out.
        """)
        #expect(attribution(found, containing: "path for Bernie")?.sources == ["one of those advisers"])
        #expect(attribution(found, containing: "Go back")?.sources == ["Trump"])
    }

    @Test("a quotation ending with its own comma closes the clause before 'while' or 'before'")
    func quoteClosesClause() throws {
        let found = extract("Kasich cautioned “let’s not get ahead of ourselves,” before predicting that a contested convention could heal the party.")
        #expect(attribution(found, containing: "ahead of ourselves")?.contents == ["“let’s not get ahead of ourselves,”"])
    }

    @Test("a participle after an object speaks for the sentence's subject")
    func participleAfterObject() throws {
        let found = extract("Trump posted a message on Twitter reading “Thank you Georgia” moments after the polls closed.")
        #expect(attribution(found, containing: "Thank you Georgia")?.sources == ["Trump"])
    }

    @Test("intentions and beliefs are attributions: 'seeks to …', 'hopes X would …'")
    func intentionsAndBeliefs() throws {
        let found = extract("""
        Cruz seeks to energize the party's grass roots with sharp attacks on Washington elites.

        And then, the president hopes obstruction would become politically untenable for the GOP.

        One influential 2009 paper found improvements in math scores.
        """)
        #expect(attribution(found, containing: "energize the party")?.sources == ["Cruz"])
        #expect(attribution(found, containing: "obstruction would become")?.sources == ["the president"])
        #expect(attribution(found, containing: "improvements in math")?.sources == ["One influential 2009 paper"])
    }

    @Test("a relative clause that reports is an attribution of its own, not the speaker's description")
    func reportingRelativeClause() throws {
        let found = extract("“The candidates just don’t understand the military,” said Army Capt. Christian Pardo, who said he would not vote for either Clinton or Trump.")
        #expect(attribution(found, containing: "understand the military")?.sources == ["Army Capt. Christian Pardo"])
        #expect(attribution(found, containing: "would not vote")?.sources == ["who"])
    }

    @Test("'could only quip:' keeps its speaker, and a stray comma after a subject does not lose it")
    func onlyAndStrayComma() throws {
        let found = extract("""
        But a spokesman for Bernie Sanders could only quip: "I guess Christmas Eve was booked."

        Sen. Jack Reed (D-R.I.), said after a lunch on Tuesday that he had not read the plan.
        """)
        #expect(attribution(found, containing: "Christmas Eve")?.sources == ["a spokesman for Bernie Sanders"])
        let reed = try #require(attribution(found, containing: "had not read"))
        #expect(reed.sources == ["Sen. Jack Reed (D-R.I.)"])
        #expect(reed.contents == ["that he had not read the plan"])
    }

    @Test("reported content stops before a quote another cue took, and before that cue")
    func contentStopsBeforeTakenQuote() throws {
        let found = extract("In a 2014 interview, Gore insisted it was “premature” to back Clinton’s campaign for president while adding on climate change matters, “I don’t have any doubt that her heart is in the right place.”")
        let insisted = try #require(found.first { $0.cue == "insisted" })
        #expect(insisted.sources == ["Gore"])
        #expect(insisted.contents == ["it was “premature” to back Clinton’s campaign for president"])
        #expect(attribution(found, containing: "her heart is in the right place")?.cue == "adding")
    }

    @Test("a quote taken by another cue at the very start of the content leaves nothing, without crashing")
    func takenQuoteAtStart() {
        let found = extract("“We will win,” he said, and added “big league” to it.")
        #expect(found.allSatisfy { !$0.contents.isEmpty })
    }

    @Test("a report taken from a source belongs to that source: '“…,” Hewitt said, according to a transcript'")
    func accordingToTakesOverInnerReport() throws {
        let found = extract("“But he’s not sympathetic to them. He hates them,” Hewitt said, according to a transcript of the show.")
        let a = try #require(attribution(found, containing: "He hates them"))
        #expect(a.sources == ["a transcript of the show"])
        #expect(a.cue == "according to")
        #expect(a.contents == ["“But he’s not sympathetic to them. He hates them,” Hewitt said"])
    }

    @Test("compound occasions and bare addressees after a cue are circumstance")
    func occasionsAndAddressees() throws {
        let found = extract("""
        Democrats had “put the biggest crack” yet in the glass ceiling for women, she said in a video message to the convention.

        “Let me make it very clear that Donald Trump is unfit to be president,” he asserted to reporters on Tuesday.
        """)
        #expect(attribution(found, containing: "biggest crack")?.sources == ["she"])
        #expect(attribution(found, containing: "unfit to be president")?.cue == "asserted")
    }

    @Test("a plural noun that looks like a verb of saying does not stop a following quote")
    func nounLikeCueBeforeFollowingQuote() throws {
        let found = extract("“Ted Cruz is not my favorite by any means,” Graham told CBS News on Super Tuesday, when a dozen states held contests. “But we may have to rally around him.”")
        let a = try #require(attribution(found, containing: "not my favorite"))
        #expect(a.contents.count == 2)
    }

    @Test("a signature line may go on after the name")
    func signatureWithComma() throws {
        let found = extract("""
        "Great speech. She is tested. She is ready."

        -President Obama, tweeting after the speech.
        """)
        #expect(attribution(found, containing: "Great speech")?.sources == ["President Obama"])
    }

    @Test("a wire dateline before a spaced dash is not part of the speaker")
    func datelineNotInSource() throws {
        let found = extract("WASHINGTON (Reuters) - U.S. Democratic presidential candidate Hillary Clinton said Russian intelligence services hacked into the committee.")
        #expect(attribution(found, containing: "Russian intelligence")?.sources == ["U.S. Democratic presidential candidate Hillary Clinton"])
    }

    @Test("a cue followed by 'by' is passive: its subject does not speak")
    func passiveByPhrase() {
        let found = extract("The elevation of Kellyanne Conway was seen by some as a demotion for him.")
        #expect(!found.contains { $0.sources == ["The elevation of Kellyanne Conway"] })
    }

    @Test("a participle after a comma inside a closing quote takes the speaker of the clause before it")
    func participleAfterQuotedComma() throws {
        let found = extract("""
        In a letter, Ms. Varga described the ruling as a “serious breach of trust,” adding, “We will appeal it as soon as the court reopens.”
        """)
        let a = try #require(attribution(found, containing: "We will appeal"))
        #expect(a.sources == ["Ms. Varga"])
        #expect(a.cue == "adding")
    }

    @Test("a participle's speaker may be described by role rather than named")
    func participleWithDescribedSubject() throws {
        let found = extract("""
        A spokesman for the Senate Finance Committee sent reporters the draft bill on Monday, arguing, “Nothing in this text raises taxes on the middle class.”
        """)
        let a = try #require(attribution(found, containing: "Nothing in this text"))
        #expect(a.sources == ["A spokesman for the Senate Finance Committee"])
    }

    @Test("a quotation inside the clause a verb of saying reports belongs to that report, not to a verb inside it")
    func nestedQuoteBelongsToOuterReport() throws {
        let found = extract("""
        Governor Reyes said he believed that voters will say “enough” to the tax plan in November.
        """)
        let a = try #require(attribution(found, containing: "“enough”"))
        #expect(a.sources == ["Governor Reyes"])
        #expect(a.contents[0].hasPrefix("he believed"))
        #expect(found.count == 1)
    }

    @Test("a survey's sponsors joined by a slash and a proportion with its bound stay in the source")
    func quantifiedAndSponsoredSources() {
        let found = extract("""
        The latest Gallup/Monmouth poll shows that the governor has lost ground in the suburbs.

        About four in 10 Ohio Republican primary voters said the economy was their main concern.

        Officials with the state election board said the count would be finished by Friday.
        """)
        #expect(attribution(found, containing: "lost ground")?.sources == ["The latest Gallup/Monmouth poll"])
        #expect(attribution(found, containing: "main concern")?.sources == ["About four in 10 Ohio Republican primary voters"])
        #expect(attribution(found, containing: "count would be finished")?.sources == ["Officials with the state election board"])
    }

    @Test("a negated auxiliary written as one word belongs to the cue, and a past-tense verb after a name is not part of the source")
    func sourceStopsBeforeVerbs() {
        let found = extract("""
        The senator didn’t say whether she would vote for the bill.

        Mr. Alvarez demurred, saying the decision belonged to the board.
        """)
        #expect(attribution(found, containing: "whether she would vote")?.sources == ["The senator"])
        #expect(attribution(found, containing: "decision belonged")?.sources == ["Mr. Alvarez"])
    }

    @Test("a party label's period does not end the speaker's description")
    func partyLabelPeriod() {
        let found = extract("""
        “We expect the override to pass easily,” Senate Minority Whip Dana Ortiz, D-Ore., said.
        """)
        #expect(attribution(found, containing: "override to pass")?.sources == ["Senate Minority Whip Dana Ortiz, D-Ore.,"])
    }

    @Test("a verb of saying in a subordinate clause set off by a comma does not take the main clause's quote")
    func subordinateSayingVerbDoesNotBlockQuote() {
        let found = extract("""
        When the moderator noted that the mayor had skipped two debates, Ramirez scoffed, “He is afraid of the questions.”
        """)
        let a = attribution(found, containing: "afraid of the questions")
        #expect(a?.sources == ["Ramirez"])
        #expect(a?.contents == ["“He is afraid of the questions.”"])
    }

    @Test("a quotation of several words in a plain clause is the subject's, whatever the verb")
    func quotationInPlainClause() {
        let found = extract("""
        The weather was cold in Des Moines on Tuesday. Senator Whitfield openly admires the governor as a “fighter who never gives up on his state,” and the two have campaigned together.
        """)
        let a = attribution(found, containing: "fighter who never gives up")
        #expect(a?.sources == ["Senator Whitfield"])
        #expect(a?.cue == "openly admires")
    }

    @Test("reported content stops at a contrast after a quoted comma and at a second participle")
    func contentStopsAtSecondClause() {
        let found = extract("""
        The governor called the shooting “an attack on all of us,” but he also urged calm in the city.

        Mayor Ellison criticized the plan, calling it “reckless” and accusing the council of ignoring the budget.
        """)
        #expect(attribution(found, containing: "attack on all of us")?.contents == ["the shooting “an attack on all of us,”"])
        #expect(attribution(found, containing: "“reckless”")?.contents == ["it “reckless”"])
    }

    @Test("an object ends before a time, a subordinate clause or a second verb of the subject")
    func objectEndsBeforeCircumstance() {
        let found = extract("""
        The governor endorsed Senator Hale last week and has appeared at his rallies since then.

        The union criticized the contract when the talks collapsed in June.
        """)
        #expect(attribution(found, containing: "Senator Hale")?.contents == ["Senator Hale"])
        #expect(attribution(found, containing: "the contract")?.contents == ["the contract"])
    }

    @Test("'appeared to' before a reporting verb keeps the subject as speaker; 'appeared at' reports nothing")
    func appearedToReport() {
        let found = extract("""
        The senator appeared to suggest that the deal would collapse before the vote.

        The doctor appeared at a Senate hearing in June for his role in promoting diet pills.
        """)
        let a = attribution(found, containing: "deal would collapse")
        #expect(a?.sources == ["The senator"])
        #expect(a?.cue == "appeared to suggest")
        #expect(attribution(found, containing: "Senate hearing") == nil)
    }

    @Test("a noun form of a cue after a party label or a participle is not a verb")
    func nounCueAfterModifier() {
        let found = extract("""
        The site rated 30 percent of Republican claims as “false” or “misleading,” compared to 12 percent of Democratic claims.

        Senator Alvarez made the following comment: “Nobody in this state should have to choose between rent and insulin.”
        """)
        #expect(!found.contains { $0.sources == ["Republican"] })
        #expect(attribution(found, containing: "rent and insulin")?.sources == ["Senator Alvarez"])
    }

    @Test("after a quotation that ends with a comma, an irregular verb with its particle is the cue")
    func irregularVerbAfterQuotedComma() {
        let found = extract("""
        The debate turned sharp in the second hour.

        “You have never run anything bigger than a bake sale,” Marsh shot back with a grin.
        """)
        let a = attribution(found, containing: "bake sale")
        #expect(a?.sources == ["Marsh"])
    }

    @Test("a sentence that is only a speaker and a verb of saying attributes the quotation before it")
    func bareAttributionSentence() {
        let found = extract("""
        “We will find every one of the missing ballots and count them.” Alvarez said.
        """)
        #expect(attribution(found, containing: "missing ballots")?.sources == ["Alvarez"])
    }

    @Test("a quote paragraph after a report that closes the paragraph before goes on with the same speaker")
    func quoteParagraphAfterIndirectReport() {
        let found = extract("""
        Admiral Reyes said that for years critics had predicted a retreat from the Pacific that would never come.

        “This region holds half of the world’s people, and it will remain the most important to our security for decades.”
        """)
        let a = attribution(found, containing: "for years critics")
        #expect(a?.sources == ["Admiral Reyes"])
        #expect(a?.contents.count == 2)
        #expect(a?.contents.last?.contains("half of the world") == true)
    }

    @Test("three apostrophes close a single quote and the double quote around it, so the cue after them is found")
    func tripleApostropheClose() {
        let found = extract("""
        ''Voters will not be satisfied with 'We will look into it,''' said Senator Mary Dale of Ohio.
        """)
        #expect(attribution(found, containing: "Voters will not be satisfied")?.sources == ["Senator Mary Dale of Ohio"])
    }

    @Test("plain subjects the phrase finder used to miss: a proportion alone, a role noun with 'to', a noun cue form before the verb")
    func plainSubjects() {
        let found = extract("""
        Six in 10 say the governor is at least somewhat honest.

        Aides to the mayor say she’s changing her approach to the budget.

        A news report said the commissioner used a private phone for official business.
        """)
        #expect(attribution(found, containing: "somewhat honest")?.sources == ["Six in 10"])
        #expect(attribution(found, containing: "changing her approach")?.sources == ["Aides to the mayor"])
        #expect(attribution(found, containing: "private phone")?.sources == ["A news report"])
    }

    @Test("a noun in -ly is no adverb, 'that' after a preposition points, and names joined by 'and' take a bare verb")
    func moreSubjectShapes() {
        let found = extract("""
        The weather was mild in the capital on Monday.

        The organizer of the rally said the permit rules made the march more dangerous.

        One of the authors of that 2012 report, Lena Ortiz, said the findings will hold up.

        Governors Ann Poole and Rick Dane say Senator Hale has never run anything.
        """)
        #expect(attribution(found, containing: "permit rules")?.sources == ["The organizer of the rally"])
        #expect(attribution(found, containing: "findings will hold")?.sources == ["One of the authors of that 2012 report, Lena Ortiz,"])
        #expect(attribution(found, containing: "never run anything")?.sources == ["Governors Ann Poole and Rick Dane"])
    }

    @Test("after an inverted-looking 'said', a phrase followed by an adverb and a verb is the reported clause's subject")
    func adverbThenVerbIsNoInversion() {
        let found = extract("""
        The weather was mild in the capital on Monday.

        One of the authors of that 2012 report, Lena Ortiz, said the findings still hold.
        """)
        #expect(attribution(found, containing: "findings still hold")?.sources == ["One of the authors of that 2012 report, Lena Ortiz,"])
    }

    @Test("a parenthetical attribution holds content on both sides even when a verb-like word follows it")
    func parentheticalBeforeVerbLikeWord() {
        let found = extract("""
        The weather was mild in the capital on Monday.

        His daughter, he says, plans to leave the party over the way the primary was run.
        """)
        let a = attribution(found, containing: "leave the party")
        #expect(a?.sources == ["he"])
        #expect(a?.contents.first == "His daughter")
    }

    @Test("a trailing cue before a semicolon reports what came before it")
    func trailingCueBeforeSemicolon() {
        let found = extract("""
        The weather was mild in the capital on Monday.

        To win the state, the governor needs about a third of the rural vote, local analysts say; in 2014, he won a quarter.
        """)
        let a = attribution(found, containing: "rural vote")
        #expect(a?.sources == ["local analysts"])
        #expect(a?.rule == .reportedTrailingCue)
    }

    @Test("a main subject keeps the description set off by commas after it")
    func mainSubjectWithDescription() {
        let found = extract("""
        The weather was mild in the capital on Monday.

        Gary Holm, a former county party chairman, became a delegate and said he is leaning toward the governor.
        """)
        #expect(attribution(found, containing: "leaning toward")?.sources == ["Gary Holm, a former county party chairman,"])
    }

    @Test("subjects joined by 'and' are one source when the list opens its clause; an object joined to a new subject is not")
    func coordinatedSubjects() {
        let found = extract("""
        The vote is set for Thursday.

        Senators Ann Ruiz (D-Ore.), Tom Kell (D-Ohio) and Lee Park (D-N.J.) all said the rule would hurt consumers.

        Former Iowa Gov. Dan Marsh and former Utah Gov. Rita Olsen said the debate was unfair.

        Nora Quist, head of the Center for Rural Studies, and other scientists say the numbers are too low.

        The county clerk said the count would take a week.
        """)
        #expect(attribution(found, containing: "hurt consumers")?.sources == ["Senators Ann Ruiz (D-Ore.), Tom Kell (D-Ohio) and Lee Park (D-N.J.) all"])
        #expect(attribution(found, containing: "debate was unfair")?.sources == ["Former Iowa Gov. Dan Marsh and former Utah Gov. Rita Olsen"])
        #expect(attribution(found, containing: "too low")?.sources == ["Nora Quist, head of the Center for Rural Studies, and other scientists"])
        #expect(attribution(found, containing: "take a week")?.sources == ["The county clerk"])

        // 'the Senate' is the object of 'won'; the list does not open the clause.
        let object = extract("Ms. Lane won the primary and her rival said the result was fair.")
        #expect(attribution(object, containing: "result was fair")?.sources == ["her rival"])

        // A clause before 'and' is no member of a list, and a comma list keeps its first name.
        let clauses = extract("""
        The Senate voted and Pelosi said it was a victory.

        Trump won and Clinton said the result was close.

        Police and firefighters came and the chief said the fire was out.

        Bush, Cheney and Rumsfeld all said the war would be short.
        """)
        #expect(attribution(clauses, containing: "a victory")?.sources == ["Pelosi"])
        #expect(attribution(clauses, containing: "result was close")?.sources == ["Clinton"])
        #expect(attribution(clauses, containing: "fire was out")?.sources == ["the chief"])
        #expect(attribution(clauses, containing: "war would be short")?.sources == ["Bush, Cheney and Rumsfeld all"])
    }

    @Test("a subject runs on over the modifiers of its noun; a verb or a clause word inside stops it")
    func subjectWithModifiers() {
        let found = extract("""
        The governor faces a hard week.

        A poll released Sunday by the Tribune and WKVR found the governor trailing by six points.

        Students at a Catholic high school in Merrillville said the visit was a surprise.

        The incident came during a speech at the State University of Ohio at Dayton.

        The tally came two days after the Herald said the race was tied.
        """)
        #expect(attribution(found, containing: "trailing by six")?.sources == ["A poll released Sunday by the Tribune and WKVR"])
        #expect(attribution(found, containing: "was a surprise")?.sources == ["Students at a Catholic high school in Merrillville"])
        #expect(attribution(found, containing: "race was tied")?.sources == ["the Herald"])

        // A time that opens the clause is not part of the subject.
        let time = extract("Last year in Ohio voters said the economy was the top issue.")
        #expect(attribution(time, containing: "top issue")?.sources == ["Ohio voters"])
    }

    @Test("a name before the quotation beats the pronoun that repeats it after, which introduces the next quote")
    func namedLeadingCueBeatsTrailingPronoun() throws {
        let found = extract("""
        The hearing ran late.

        Sen. Claire Moss (D-Mo.) scolded him: “The science is against you on what you called ‘miracles,’” she said. “You sold a miracle.”

        Asked about the memo, Feinstein said "I know nothing about it," she said.
        """)
        let moss = try #require(attribution(found, containing: "science is against"))
        #expect(moss.sources == ["Sen. Claire Moss (D-Mo.)"])
        #expect(moss.cue == "scolded")
        #expect(moss.contents == ["“The science is against you on what you called ‘miracles,’”"])
        // 'she said' goes with the quotation after it (as PolNeAR reads it).
        let next = try #require(attribution(found, containing: "sold a miracle"))
        #expect(next.sources == ["she"])
        #expect(next.cue == "said")
        let feinstein = try #require(attribution(found, containing: "know nothing"))
        #expect(feinstein.sources == ["Feinstein"])
        #expect(feinstein.contents == ["\"I know nothing about it,\""])
        // With no quotation after it, nothing else is made of the repeated 'she said'.
        #expect(found.filter { $0.sources == ["she"] }.count == 1)

        // A verb that only carries the quotation ('tossed “cold water …”') is no cue to prefer,
        // and a name between the verb and the colon would be taken for the speaker.
        let tossed = extract("Fiorina tossed “cold water on the idea,” she wrote in her memoir.")
        #expect(attribution(tossed, containing: "cold water")?.sources == ["she"])
        let grilled = extract("Warren grilled Stumpf: “You should resign,” she said.")
        #expect(attribution(grilled, containing: "resign")?.sources == ["she"])
    }

    @Test("an opening participle that ends at a quoted comma leaves the main verb its own quotation")
    func openingParticipleThenLeadingCue() throws {
        let found = extract("""
        Remarking upon Clinton's "genuine empathy," Starr said, "Leave aside the unpleasantness, his empathy is clear."
        """)
        let said = try #require(attribution(found, containing: "Leave aside"))
        #expect(said.sources == ["Starr"])
        #expect(said.cue == "said")
    }

    @Test("a participle after a comma goes on from the nearest clause before it, not from one inside a relative clause")
    func participleTakesNearestClause() {
        let found = extract("""
        Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”

        The rally ended early when Rep. Al Green interrupted her speech, shouting “she wins, we lose!”

        Trump was defensive about an architect who said he was stiffed after he designed a clubhouse, saying, “Maybe he didn’t do a good job.”
        """)
        #expect(attribution(found, containing: "total stiff")?.sources == ["Trump"])
        #expect(attribution(found, containing: "she wins")?.sources == ["Rep. Al Green"])
        #expect(attribution(found, containing: "good job")?.sources == ["Trump"])
    }

    @Test("'with X VERBing' makes X the participle's speaker; a verb not of saying takes only its object")
    func withSubjectParticiple() {
        let found = extract("""
        The race tightened, with 30 percent of voters saying they have a positive view of him.

        The union moved early, with the American Federation of Teachers calling her “the champion working families need.”

        The two had played nice, with Cruz repeatedly calling Trump his friend, meeting with him in July at Trump Tower.
        """)
        #expect(attribution(found, containing: "positive view")?.sources == ["30 percent of voters"])
        #expect(attribution(found, containing: "champion working families")?.sources == ["the American Federation of Teachers"])
        let cruz = attribution(found, containing: "his friend")
        #expect(cruz?.sources == ["Cruz"])
        #expect(cruz?.contents == ["Trump his friend"])

        // 'with' before a preposition or an object pronoun starts no subject.
        let other = extract("He won the crowd over with this speech after questioning the plan.")
        #expect(!other.contains { $0.sources == ["this speech after"] })
    }

    @Test("a speech participle after 'before' opens a quotation of its own, with the speaker of the clause before it")
    func participleAfterSubordinatorOpensQuote() throws {
        let found = extract("""
        “Promise you’ll keep your hands in sight,” Blige says to Clinton before asking her, “Where do we go from here?”
        """)
        let sings = try #require(attribution(found, containing: "hands in sight"))
        #expect(sings.cue == "says")
        #expect(sings.contents == ["“Promise you’ll keep your hands in sight,”"])
        let asking = try #require(attribution(found, containing: "Where do we go"))
        #expect(asking.cue == "asking")
        #expect(asking.sources == ["Blige"])
    }

    @Test("a name given to a thing after a preposition has no speaker, and no quote paragraph goes on from it")
    func titleParticipleAfterPreposition() throws {
        let found = extract("""
        On her discharge papers, in a box labeled “medical problem,” a doctor had typed two words.

        "Melanie thought the whole thing was outrageous. She was never a danger to anyone."
        """)
        let label = try #require(attribution(found, containing: "medical problem"))
        #expect(label.sources.isEmpty)
        #expect(label.cue == "labeled")
        #expect(label.contents == ["“medical problem,”"])
        #expect(!found.contains { a in a.sources.isEmpty && a.contents.contains { $0.contains("Melanie thought") } })

        // An active 'labeled' keeps its subject.
        let active = extract("Meg Whitman labeled Mr. Trump “unfit to be president.”")
        #expect(attribution(active, containing: "unfit")?.sources == ["Meg Whitman"])
    }

    @Test("an object's quotation that ends with its own comma before a description closes the object")
    func quotedObjectBeforeAppositive() {
        let found = extract("She was hospitalized for weeks after what she called a “rant,” a series of online postings about the president.")
        #expect(attribution(found, containing: "rant")?.contents == ["a “rant,”"])

        // Without the comma the quotation is part of a longer object.
        let longer = extract("She also referenced the “Charleston loophole” in her remarks on guns.")
        #expect(attribution(longer, containing: "loophole")?.contents.first?.hasSuffix("on guns") == true)
    }

    @Test("'known as “…”' gives a name nobody in the sentence gives: no source")
    func knownAsHasNoSource() throws {
        let found = extract("""
        Following an outcry from victims’ groups, the bill, known as the “Justice Against Sponsors of Terrorism Act” was passed by Congress.

        Many of the farms are derisively known as ''rabbit patches'' or ''goat farms.''
        """)
        let bill = try #require(attribution(found, containing: "Justice Against"))
        #expect(bill.sources.isEmpty)
        #expect(bill.cue == "known as")
        #expect(bill.contents == ["the “Justice Against Sponsors of Terrorism Act”"])
        let farms = try #require(attribution(found, containing: "rabbit patches"))
        #expect(farms.sources.isEmpty)
        #expect(farms.contents == ["''rabbit patches'' or ''goat farms.''"])
    }

    @Test("an opening date with its year ('On July 6, 2015,') is passed over to find the subject of a colon clause")
    func openingDateWithYear() throws {
        let found = extract("""
        On July 6, 2015, Sanders made the following comment:

        “For young people who have graduated high school, the unemployment rate is 33 percent.”
        """)
        let a = try #require(attribution(found, containing: "unemployment rate"))
        #expect(a.sources == ["Sanders"])
        #expect(a.cue == "made the following comment:")
    }

    @Test("'I laughed and said' shares the subject of the verb before 'and'; a new sentence after a quote is no circumstance of it")
    func intransitiveVerbAndCue() throws {
        let found = extract("""
        When my mother mentioned the devil to me on the highway, I laughed and said, "I don't believe in the devil." She became so upset that I had to change my answer: "Of course I believe in the devil."
        """)
        let laughed = try #require(attribution(found, containing: "don't believe"))
        #expect(laughed.sources == ["I"])
        #expect(laughed.contents == ["\"I don't believe in the devil.\""])

        // A clause that opens with a subordinate word still leads in to the next quotation.
        let unless = extract("""
        "It's an enormous moment," said Steve Schmidt, a Republican strategist. Unless rivals quit the race, "it's very difficult to see how he is stopped."
        """)
        let schmidt = try #require(attribution(unless, containing: "enormous moment"))
        #expect(schmidt.contents.count == 2)
    }

    @Test("a question after 'Asked' ends at a comma inside a closing quote; a spaced dash ends an object unless it opens an aside")
    func questionAndDashBoundaries() throws {
        let found = extract("""
        Asked why he had yet to endorse Clinton during an appearance on "CBS This Morning," Sanders said he had not "heard her say the things that need to be said."
        """)
        let asked = try #require(attribution(found, containing: "yet to endorse"))
        #expect(asked.contents == ["why he had yet to endorse Clinton during an appearance on \"CBS This Morning,\""])
        let said = try #require(attribution(found, containing: "heard her say"))
        #expect(said.sources == ["Sanders"])
        #expect(said.contents == ["he had not \"heard her say the things that need to be said.\""])

        let dash = extract("Schiff called on Obama to retaliate against Russia -- meddling the congressman said is designed to sow discord.")
        #expect(attribution(dash, containing: "retaliate")?.contents == ["Obama to retaliate against Russia"])
        let aside = extract("Polls show the Democratic nominee -- presumably, Mrs. Clinton -- even more likely to win the popular vote.")
        #expect(attribution(aside, containing: "Democratic nominee")?.contents.first?.hasSuffix("popular vote") == true)
    }

    @Test("'and' with a speaker and a verb of saying of its own ends the content before it")
    func andNewSpeakerSays() throws {
        let found = extract("At one point, a woman asked for a photo and Clinton said, “as long as we’re not violating any election laws.”")
        #expect(attribution(found, containing: "photo")?.contents == ["for a photo"])
        let said = try #require(attribution(found, containing: "election laws"))
        #expect(said.sources == ["Clinton"])

        // Names joined by 'and' are one subject.
        let joined = extract("The senator argued that Clinton and Obama said nothing about the deal.")
        #expect(attribution(joined, containing: "Clinton and Obama")?.sources == ["The senator"])
    }

    @Test("a quotation ending with its comma before 'a …' closes the content, unless a list of quoted names goes on")
    func quotedNameBeforeDescription() {
        let found = extract("Cruz knocked Rubio on trade and called him a \"moderate,\" a subtle dig at a candidate who came into office as a tea party favorite.")
        #expect(attribution(found, containing: "moderate")?.contents == ["him a \"moderate,\""])

        let list = extract("Cruz called Trump a \"pathological liar,\" a \"serial philanderer,\" a \"bully\" and a \"narcissist.\"")
        #expect(attribution(list, containing: "liar")?.contents.first?.contains("narcissist") == true)
    }

    @Test("an inverted source's description stops before a relative clause that reports")
    func appositiveStopsAtReportingRelative() throws {
        let found = extract("\"We're gearing up,\" said Scott Reed, the Chamber's chief political strategist, who added that his group plans to focus on local races.")
        let said = try #require(attribution(found, containing: "gearing up"))
        #expect(said.sources == ["Scott Reed, the Chamber's chief political strategist"])
        let added = try #require(attribution(found, containing: "local races"))
        #expect(added.cue == "added")
    }

    @Test("an object's quotation ends before 'and' with another speaker's report")
    func objectQuoteBeforeAnotherSpeaker() throws {
        let found = extract("Ted Cruz accuses Obama of \"leading from behind\" and Donald Trump says he is \"losing the war on terrorism.\"")
        #expect(attribution(found, containing: "leading from behind")?.contents == ["Obama of \"leading from behind\""])
        let says = try #require(attribution(found, containing: "losing the war"))
        #expect(says.sources == ["Donald Trump"])
    }

    @Test("an object ends before a comma and a new clause; 'cannot' and 'in the past' stand between a subject and its verb; a relative clause ends at a quoted comma")
    func objectAndSubjectBoundaries() {
        let found = extract("""
        During the call she also touched on the idea of a female running mate, Clinton remarked that she was "a little surprised" by the debate.

        Comey cannot say that "from his perspective," Lewandowski added.

        Beck, who has in the past described Trump as "a pathological narcissistic sociopath," clearly intended the audience to hear him.
        """)
        #expect(attribution(found, containing: "running mate")?.contents == ["on the idea of a female running mate"])
        #expect(attribution(found, containing: "little surprised")?.sources == ["Clinton"])
        #expect(attribution(found, containing: "sociopath")?.sources == ["who"])
        #expect(attribution(found, containing: "sociopath")?.contents == ["Trump as \"a pathological narcissistic sociopath,\""])
        #expect(!found.contains { $0.sources == ["Comey cannot"] })
    }

    @Test("a spaced dash after an object's quotation ends the object, unless it opens an aside")
    func dashAfterQuotedObject() {
        let found = extract("Another critic, Laurence H. Tribe, likened the rules to \"burning the Constitution\" - a charge that might have stung.")
        #expect(attribution(found, containing: "burning")?.contents == ["the rules to \"burning the Constitution\""])
        let aside = extract("Mr. Pence used his speech to offer \"encouragement\" - a word he used several times - and reassurance to the crowd.")
        #expect(attribution(aside, containing: "encouragement")?.contents.first?.hasSuffix("to the crowd") == true)
    }

    @Test("a question or an exclamation before a speaker and any verb is a trailing attribution; 'and then tweeted' is coordinated")
    func questionQuoteTrailingCue() throws {
        let found = extract("""
        “You know, it happens, right?” Trump went on, as if he didn’t hear her. “But you gotta get over it.”

        “Is it true?” The question remains open.

        Trump blasted the instructor at a rally, calling her a "horrible witness," and then tweeted that she was "Disgraceful!"
        """)
        let went = try #require(attribution(found, containing: "it happens"))
        #expect(went.sources == ["Trump"])
        #expect(went.cue == "went on")
        #expect(went.contents.count == 2)
        #expect(attribution(found, containing: "Is it true") == nil)
        let tweeted = try #require(attribution(found, containing: "Disgraceful"))
        #expect(tweeted.sources == ["Trump"])
        #expect(tweeted.cue == "tweeted")
    }

    @Test("an object's quotation ends before a subordinate clause; a relative clause ends at a quoted comma before an auxiliary")
    func quotedObjectAndRelativeClauseEnds() {
        let found = extract("""
        Trump, who has postured himself as the “law and order candidate,” has taken a hard line.

        Supporters greeted him with chants of “four more years” until the chairman himself spoke up.
        """)
        #expect(attribution(found, containing: "law and order")?.contents == ["himself as the “law and order candidate,”"])
        #expect(attribution(found, containing: "four more years")?.contents.first?.hasSuffix("“four more years”") == true)
    }

    @Test("the object of 'met with' is no participle's subject; a clause inside the main one after 'when' leaves the participle to the main subject")
    func participleSubjectLimits() {
        let found = extract("""
        Trump met with reporters saying he would win the state.

        Trump walked out when Clinton began to speak, saying the debate was rigged.
        """)
        #expect(attribution(found, containing: "win the state")?.sources == ["Trump"])
        #expect(attribution(found, containing: "debate was rigged")?.sources == ["Trump"])
    }

    @Test("after 'ended with' the phrase is a participle's subject; with no speaker in the main clause a mid-sentence clause speaks; the echo cue reaches past its circumstance")
    func participleAndEchoEdges() throws {
        let found = extract("""
        The debate ended with Trump calling Clinton “a nasty woman.”

        The crowd grew quiet as Sanders took the stage, saying “we will win.”

        Feinstein said “I know nothing about it,” she said in an interview. “Nobody told me.”
        """)
        #expect(attribution(found, containing: "nasty woman")?.sources == ["Trump"])
        #expect(attribution(found, containing: "we will win")?.sources == ["Sanders"])
        let echo = try #require(attribution(found, containing: "Nobody told me"))
        #expect(echo.sources == ["she"])
        #expect(echo.cue == "said")
        #expect(echo.rule == .directEchoCue)
    }

    @Test("', then VERB' is another report of the same speaker, and the quotation after it is its own")
    func thenVerbIsAnotherReport() throws {
        let found = extract("\"We know we've got work to do,\" she told a cheering crowd, then referred to Trump's slogan. \"But that work is not to make America great again.\"")
        let told = try #require(attribution(found, containing: "work to do"))
        #expect(told.contents.count == 1)
        let referred = try #require(attribution(found, containing: "great again"))
        #expect(referred.cue == "referred")
        #expect(referred.sources == ["she"])
    }

    @Test("a verb with its own quotation after it does not close an earlier quotation in an opening phrase; 'and 14 percent said' is another report")
    func verbWithOwnQuotation() throws {
        let found = extract("""
        Holding signs calling Christie “New Jersey’s Biggest Loser,” the protesters chanted “Chris Christie: Bad for New Jersey, bad for you.”

        Asked how likely Clinton was to win, 21 percent said “not too likely” and 14 percent said “not at all likely.”
        """)
        let chanted = try #require(attribution(found, containing: "Bad for New Jersey"))
        #expect(chanted.cue == "chanted")
        #expect(chanted.sources == ["the protesters"])
        #expect(attribution(found, containing: "not too likely")?.contents == ["“not too likely”"])
        #expect(attribution(found, containing: "not at all likely")?.sources == ["14 percent"])
    }

    @Test("after a leading cue's quotation, 'when asked …' is circumstance, not more content")
    func whenAskedAfterQuote() {
        let found = extract("An average of 10 percent of registered voters reported \"no opinion\" when asked whether they would vote for Clinton.")
        #expect(attribution(found, containing: "no opinion")?.contents == ["\"no opinion\""])
    }

    @Test("a participle of speech that opens its sentence goes on from the attribution before it")
    func sentenceOpeningParticiple() throws {
        let found = extract("Later in the show, Maher stated that the report “wasn’t good.” Adding, “Now, like with all Clinton scandals, what they actually do is never that bad.”")
        let adding = try #require(attribution(found, containing: "never that bad"))
        #expect(adding.sources == ["Maher"])
        #expect(adding.cue == "Adding")
    }

    @Test("a passive report of a report ('is reported to have called', 'was quoted as saying') keeps its subject as the speaker")
    func passiveReportOfReport() throws {
        let found = extract("""
        President Barack Obama also is reported to have called the Saudis “free riders” who rely on U.S. aid.

        The senator was quoted as saying that the bill “will never pass.”
        """)
        let called = try #require(attribution(found, containing: "free riders"))
        #expect(called.sources == ["President Barack Obama"])
        #expect(called.cue == "also is reported to have called")
        let quoted = try #require(attribution(found, containing: "never pass"))
        #expect(quoted.sources == ["The senator"])
        #expect(quoted.cue == "was quoted as saying")
    }

    @Test("a noun of saying after a possessive reports its owner's words around an unclaimed quotation")
    func nominalPossessiveReport() throws {
        let found = extract("""
        Politifact did a fact-check on Donald Trump’s claim that there have been “thousands of shootings” in Chicago this year.

        In the debate, despite her repeated denial that she “never sent classified information” by email, the questions went on.
        """)
        let claim = try #require(attribution(found, containing: "thousands of shootings"))
        #expect(claim.sources == ["Donald Trump’s"])
        #expect(claim.cue == "claim")
        #expect(claim.contents == ["that there have been “thousands of shootings” in Chicago this year"])
        #expect(claim.rule == .nominalPossessive)
        let denial = try #require(attribution(found, containing: "never sent"))
        #expect(denial.sources == ["her"])
        #expect(denial.cue == "denial")

        // Without a possessive, or without a quotation, the noun reports nothing.
        let plain = extract("The claim that there were thousands of shootings spread fast. A claim that it was “rigged” followed.")
        #expect(!plain.contains { $0.rule == .nominalPossessive })
    }

    @Test("an object runs over an appositive to the quotation it holds; 'and NAME calling …' is a report of its own")
    func objectAppositiveAndNamedParticiple() throws {
        let found = extract("""
        Speaking in Florida on Wednesday, Trump called Clinton, his Democratic challenger, an ISIS “co-founder.”

        Both men issued a statement – Ryan saying he was “very encouraged” and Trump calling it a “great meeting.”
        """)
        #expect(attribution(found, containing: "co-founder")?.contents == ["Clinton, his Democratic challenger, an ISIS “co-founder.”"])
        #expect(attribution(found, containing: "very encouraged")?.contents == ["he was “very encouraged”"])
        let calling = try #require(attribution(found, containing: "great meeting"))
        #expect(calling.sources == ["Trump"])
    }

    @Test("a noun of saying reports only its own complement: not past the main verb, not a relative 'that', not 'to' before a name, not across the main clause's verb")
    func nominalReportLimits() throws {
        let found = extract("""
        Trump’s claim that there have been “thousands of shootings” was false.

        Their call for peace was “welcome news.”

        Trump’s remarks to “Meet the Press” drew criticism.

        Her statement that sparked “a firestorm” was deleted.

        Officials sent her warnings that her account was “compromised.”

        But Donald J. Trump’s claim that the wall is “beautiful” stands.
        """)
        let claim = try #require(attribution(found, containing: "thousands of shootings"))
        #expect(claim.contents == ["that there have been “thousands of shootings”"])
        #expect(!found.contains { $0.rule == .nominalPossessive && ($0.contents.joined().contains("welcome news") || $0.contents.joined().contains("Meet the Press")
            || $0.contents.joined().contains("firestorm") || $0.contents.joined().contains("compromised")) })
        #expect(attribution(found, containing: "beautiful")?.sources == ["Donald J. Trump’s"])
    }

    @Test("'Responding, Trump called …' has a subject of its own; 'was asked to comment' is no report of a report; a comma before a new clause still ends an object")
    func reviewLimits() {
        let found = extract("""
        Clinton said the plan would fail. Responding, Trump called her “a nasty woman.”

        She was asked to comment on the “leaked” memo.

        Sanders mocked the plan, the same week the “Access Hollywood” tape surfaced.
        """)
        #expect(attribution(found, containing: "nasty woman")?.sources == ["Trump"])
        #expect(!found.contains { $0.cue == "was asked to comment" })
        #expect(found.first { $0.cue == "mocked" }?.contents == ["the plan"])
    }
}

/// Each construction, on a sentence it alone reads, names itself: the rule id an
/// attribution carries is the construction that decided it (as `whosaid eval` counts them).
extension AttributionRuleTests {
    static let constructions: [(text: String, fragment: String, rule: AttributionRule)] = [
        ("“It is okay to know who said it,” Ortiz said in reply.", "okay to know", .directTrailingCue),
        ("Senator Ortiz said: “We will win this election.”", "win this election", .directLeadingCue),
        ("The group known as “the Squad” met on Monday.", "the Squad", .directKnownAs),
        ("On her discharge papers, in a box labeled “medical problem,” a doctor had typed a note.", "medical problem", .directTitle),
        ("The timing of the surge does not surprise Republican pollster Daron Shaw: “Historically, lesser-known candidates gain the most.”",
         "lesser-known", .directColon),
        ("When Wallace died in 1998, President Clinton released the following statement:\n\n“Hillary and I offer our condolences to the family.”",
         "our condolences", .directColonClause),
        ("He appeared often on the show. He is now host of “The Nightly Show with Larry Wilmore.”", "Nightly Show", .directClauseSubject),
        ("Sam Lau, a spokesman, said in a statement. “There are no paper ballots in the county.”", "paper ballots", .directCueBeforeSentence),
        ("According to the senator, the plan would fail in the autumn.", "plan would fail", .reportedAccordingTo),
        ("Pat Caddell: Democrat voters worried about the economy in the fall.", "voters worried", .headlineColon),
        ("In the latest CNN/ORC poll, Clinton led Trump by five points among likely voters.", "Clinton led Trump", .reportedPoll),
        ("Obama’s claim that the economy “is doing great” drew criticism from his rivals.", "doing great", .nominalPossessive),
        ("Bemoaning the “phony system,” Trump accused Holt of bias during the debate.", "phony system", .reportedOpeningParticiple),
        ("Maher stated on the show that the report “wasn’t good.” Adding, “Now, we have to move on.”", "move on", .reportedParticiple),
        ("Trump reversed himself yet again, telling CBS that the laws on abortion “are set.”", "laws on abortion", .reportedParticiple),
        ("The rejection signals the end for the union and its members, said Wilders, a populist.", "rejection signals", .reportedInvertedCue),
        ("Christie appeared to end his bid for the nomination on Tuesday.", "end his bid", .reportedImpression),
        ("Asked whether Clinton “has the integrity to be president,” 75 percent said no.", "integrity", .reportedQuestion),
        ("The plan will fail, as a Homeland Security memo put it.", "plan will fail", .reportedAsCue),
        ("South Carolina, he said, was “where the campaign would be won.”", "South Carolina", .reportedParenthetical),
        ("The senator said that the plan would fail in the autumn.", "plan would fail", .reportedSubjectCue),
        ("The plan would fail in the autumn and the winter too, the senator said.", "plan would fail", .reportedTrailingCue),
        ("PolitiFact rated 40% of the senator’s claims as “false” or “pants on fire,” compared to 12% of his rival’s.", "pants on fire", .quotedSubjectCue),
    ]

    @Test("each construction's attribution carries its rule id", arguments: constructions)
    func constructionRule(_ example: (text: String, fragment: String, rule: AttributionRule)) throws {
        let a = try #require(attribution(extract(example.text), containing: example.fragment))
        #expect(a.rule == example.rule)
    }
}
