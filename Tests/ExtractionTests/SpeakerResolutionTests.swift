import Testing
@testable import Extraction

/// Which actor each statement goes to, on sentences written for each class of source:
/// names with extra words, pronouns across paragraphs, relative pronouns, descriptions,
/// documents and groups. Where no antecedent is clearly best the statement stays
/// unresolved: that is asserted as firmly as the right answers.
@Suite("Speaker resolution")
struct SpeakerResolutionTests {
    /// Each attribution's source as written and the speaker's name (nil: unresolved).
    func speakers(_ text: String) -> [(source: String, speaker: String?)] {
        let result = Extractor().extract(text)
        return result.attributions.map { a in
            (a.sources.map { result.text.text($0) }.joined(separator: " "), a.speaker?.name)
        }
    }

    func speaker(_ text: String, source: String) -> String?? {
        speakers(text).first { $0.source == source }.map(\.speaker)
    }

    @Test("the name heading the source is the speaker, without what qualifies it")
    func namesWithExtraWords() {
        #expect(speaker("NBC News moderator Matt Lauer said the candidates would not attack each other.", source: "NBC News moderator Matt Lauer") == "Matt Lauer")
        #expect(speaker("“People say it doesn't matter,” said Charlie King, a prominent New York Democrat.",
                        source: "Charlie King, a prominent New York Democrat") == "Charlie King")
        #expect(speaker("Representative Charles B. Rangel of New York said the ticket mattered.", source: "Representative Charles B. Rangel of New York") == "Charles B. Rangel")
        #expect(speaker("Tulsa police Chief Chuck Jordan said justice would be done.", source: "Tulsa police Chief Chuck Jordan") == "Chuck Jordan")
        // 'Mr. King' refers back to the King the article named.
        let kings = speakers("Larry King hosts a show on the network.\n\n“I have never been edited,” Mr. King said.")
        #expect(kings.last?.speaker == "Larry King")
        // An appositive that ends on a name.
        #expect(speaker("Apple's chief executive, Tim Cook, said the company paid its taxes.", source: "Apple's chief executive, Tim Cook,") == "Tim Cook")
    }

    @Test("a given name that speaks alone is a person, and 'she' follows her through the story")
    func givenNames() {
        let text = """
            The Post profiled a supporter. Melanie thought the hospital stay was outrageous. She was anxious, sure.

            “It never crossed my mind that I’m losing it,” she said.

            “I would,” Melanie said to the TV.
            """
        let s = speakers(text)
        #expect(s.contains { $0.source == "she" && $0.speaker == "Melanie" })
        #expect(s.contains { $0.source == "Melanie" && $0.speaker == "Melanie" })
    }

    @Test("'he' and 'she' go to the person in focus, not to whoever was named last")
    func pronounsInFocus() {
        // The subject of the sentence before wins over a name inside a clause about something else.
        let obama = speakers("""
            Mr. Obama spoke of his flights across the Mall, past the lighted figure of Abraham Lincoln in his memorial. He said he had watched the museum rise.
            """)
        #expect(obama.first { $0.source == "He" }?.speaker == "Obama")
        // A chain of 'She …' sentences stays with the woman being written about.
        let lynch = speakers("""
            “Own it, express it,” Loretta Lynch said.

            She has faced controversies since taking the helm, most recently over a meeting with Bill Clinton while the department was investigating his wife, Democratic presidential nominee Hillary Clinton. She has called the unrest a moment like the civil rights movement.
            """)
        #expect(lynch.first { $0.source == "She" }?.speaker == "Loretta Lynch")
        // The subject of the latest sentence wins over one speaking earlier.
        let pair = speakers("""
            “Pence was solid,” Chris Matthews concluded.

            Dan McLaughlin at the National Review agreed with Matthews about the winner. “Pence made Kaine defend business as usual,” he wrote.
            """)
        #expect(pair.first { $0.source == "he" }?.speaker == "Dan McLaughlin")
        // 'with X … -ing': X is the one doing it, the subject a reader follows.
        let absolute = speakers("""
            Taxes would go up, said Lily Batchelder, a former Democratic tax aide.

            It became an issue in the campaign, with Hillary Clinton — who’s called for tax hikes on the rich — lambasting Trump’s plan.

            “It would be trickle-down economics all over again,” she said.
            """)
        #expect(absolute.first { $0.source == "she" }?.speaker == "Hillary Clinton")
    }

    @Test("a pronoun with no clearly best antecedent stays unresolved")
    func unresolvedPronouns() {
        // Two men, neither the subject nor speaking: no margin, no speaker.
        let s = speakers("The meeting between John Smith and Peter Jones ended late. “It went well,” he said.")
        #expect(s.first { $0.source == "he" }.map { $0.speaker == nil } == true)
        // 'she' never goes to a man the article shows to be one.
        #expect(speaker("Mr. John Smith spoke first. “We are ready,” she said.", source: "she") == .some(nil))
    }

    @Test("a pronoun inside a quotation is not its speaker, and a person named only inside a quotation is no antecedent outside it")
    func quotationLimits() {
        let s = speakers("""
            “Abraham Lincoln knew this country,” Obama said on Saturday. He said the museum told the truth.
            """)
        #expect(s.first { $0.source == "He" }?.speaker == "Obama")
    }

    @Test("a relative pronoun hangs on the name before it, past an appositive; never on a fragment")
    func relativePronouns() {
        #expect(speakers("Obama has a frosty relationship with McConnell, now the Senate majority leader, who in 2010 said the goal was to make Obama a one-term president.")
            .contains { $0.source == "who" && $0.speaker == "McConnell" })
        #expect(speakers("The rule came from the State Department, who said it was final.").allSatisfy { $0.source != "who" || $0.speaker == nil })
        // 'that' past a noun phrase to the organisation it describes; not past a clause.
        let pac = speakers("Adelson is joining forces with Joe Ricketts to fund Future45, a super PAC that intends to hammer Hillary Clinton with negative ads.")
        #expect(pac.contains { $0.source == "that" && $0.speaker == "Future45" })
        let shirts = speakers("According to The Federalist, the men were wearing shirts that said “Settle for Hillary.”")
        #expect(shirts.allSatisfy { $0.source != "that" || $0.speaker == nil })
    }

    @Test("'according to' a description and the name it gives is that organisation, bracketed acronym and all")
    func accordingToNamedOrganisation() {
        #expect(speaker("More than 100,000 people took part, according to the event organizer Alliance to Reclaim Our Schools (AROS).",
                        source: "the event organizer Alliance to Reclaim Our Schools") == "Alliance to Reclaim Our Schools")
    }

    @Test("a single name that opens a sentence is the name the article uses elsewhere; a word capitalised by position alone is nobody")
    func sentenceInitialNames() {
        let s = speakers("After her meeting with Obama, the White House announced that sanctions would end. Obama emphasized that the reforms were not complete.")
        #expect(s.first { $0.source == "Obama" }?.speaker == "Obama")
        #expect(Extractor().extract("Legitimacy is ours, they said. Legitimacy matters.").mentions.allSatisfy { $0.actor.name != "Legitimacy" })
    }

    @Test("'the group' is the organisation last named, unless a group of people was spoken of since")
    func theGroup() {
        #expect(speaker("The Taliban attacked a base in Kandahar.\n\nThe group said it would fight on.", source: "The group") == "Taliban")
        let voters = speakers("""
            The Roper Center reported that Trump won among the group of voters making $100,000 or more. Romney led among the high-earning group in 2012.

            The group said it viewed Obama more favorably.
            """)
        #expect(voters.first { $0.source == "The group" }.map { $0.speaker == nil } == true)
        // Its own appositive and an earlier 'the group said' refer to the organisation.
        let again = speakers("The Taliban attacked a base. The group said it would fight on. The group also said it held prisoners.")
        #expect(again.filter { $0.source == "The group" }.map(\.speaker) == ["Taliban", "Taliban"])
        #expect(speaker("Human Rights Watch, an advocacy group, released a report. The group said torture was common.", source: "The group") == "Human Rights Watch")
    }

    @Test("a common noun in capitals is nobody: 'a super PAC', and 'an anti-Trump super PAC' is not Trump")
    func commonAcronyms() {
        let s = speakers("An anti-Donald Trump super PAC is releasing a robocall. A super PAC said it would spend more.")
        #expect(s.first { $0.source == "An anti-Donald Trump super PAC" }.map { $0.speaker == nil } == true)
        #expect(s.first { $0.source == "A super PAC" }.map { $0.speaker == nil } == true)
        #expect(Extractor().extract("A super PAC said it would spend more.").mentions.allSatisfy { $0.actor.name != "PAC" })
    }

    @Test("a description goes to the one person the article gives that role, else to nobody")
    func descriptions() {
        let president = speakers("""
            President Obama and Vice President Joe Biden toured the museum.

            It was, the president said, a place of truth.
            """)
        #expect(president.first { $0.source == "the president" }?.speaker == "Obama")
        // Two senators fit 'the senator': nobody.
        let two = speakers("Sen. Tim Kaine and Sen. Mark Warner met voters. The senator said the vote was close.")
        #expect(two.first { $0.source == "The senator" }.map { $0.speaker == nil } ?? true)
        // What the article cannot resolve is kept for the knowledge base.
        let kept = Extractor().extract("Pakistan's foreign minister added that the talks would resume.").attributions.first
        #expect(kept?.speaker == nil)
        #expect(kept?.speakerDescription == SpeakerDescription(head: "minister", modifiers: ["foreign"], affiliation: "Pakistan"))
    }

    @Test("a qualified description nobody is named with re-describes the person being quoted, and nobody else")
    func descriptionsOfThePersonQuoted() {
        let sanders = speakers("""
            Bernie Sanders said the party had to change.

            Asked about Clinton, the Vermont senator said he would campaign for her.
            """)
        #expect(sanders.first { $0.source == "the Vermont senator" }?.speaker == "Bernie Sanders")
        let trump = speakers("Donald Trump said the system was rigged. “We need change,” the New York businessman said.")
        #expect(trump.first { $0.source == "the New York businessman" }?.speaker == "Donald Trump")
        // In the speaker's own sentence a description is someone else: that person would be 'he'.
        let nominee = speakers("Bernie Sanders said he would help Hillary Clinton, and the Democratic nominee said she was grateful.")
        #expect(nominee.first?.speaker == "Bernie Sanders")
        #expect(nominee.first { $0.source == "the Democratic nominee" }.map { $0.speaker == nil } == true)
        // A bare role, the writer's judgement, someone else's role: nobody.
        for source in ["The candidate", "The cautious candidate", "The program's host"] {
            let s = speakers("Donald Trump said the system was rigged. \(source) said the polls were wrong.")
            #expect(s.first { $0.source == source }.map { $0.speaker == nil } == true, "\(source)")
        }
        // Someone else is named with the office: not the last speaker.
        let kaine = speakers("Sen. Tim Kaine spoke first. Donald Trump said the system was rigged. The Virginia senator said it was not.")
        #expect(kaine.first { $0.source == "The Virginia senator" }.map { $0.speaker != "Donald Trump" } == true)
    }

    @Test("a description's role fits an office written either way, never a subordinate one")
    func roleFits() {
        let foreignMinister = SpeakerDescription(head: "minister", modifiers: ["foreign"], affiliation: "Pakistan")
        #expect(foreignMinister.fits(role: "Foreign Minister", lexicon: .standard))
        #expect(foreignMinister.fits(role: "Minister of Foreign Affairs", lexicon: .standard))
        #expect(!foreignMinister.fits(role: "Interior Minister", lexicon: .standard))
        let president = SpeakerDescription(head: "president")
        #expect(president.fits(role: "President", lexicon: .standard))
        #expect(!president.fits(role: "Vice President", lexicon: .standard))
        #expect(SpeakerDescription(head: "senator").fits(role: "Sen.", lexicon: .standard))
    }

    @Test("documents and polls speak for the one issuer the article names; in general, for nobody")
    func documents() {
        let poll = speakers("""
            A Bloomberg poll released Tuesday found Clinton ahead among wealthy voters.

            The poll found that 48 percent backed her.
            """)
        #expect(poll.allSatisfy { $0.speaker == "Bloomberg" })
        #expect(speaker("An analysis by Lily Batchelder found that many families would pay more.", source: "An analysis by Lily Batchelder") == "Lily Batchelder")
        #expect(speakers("Exit polls showed that turnout was high.").allSatisfy { $0.speaker == nil })
        // The owner of a document or an occasion speaks through it.
        #expect(speaker("Jorge Ramos spoke in Miami on Monday. His upbeat speech vowed to win Florida later this month.",
                        source: "His upbeat speech") == "Jorge Ramos")
        // The issuer after 'from', named without a kind the gazetteer knows, at a sentence's start.
        #expect(speaker("Data from the 2014 American Community Survey show that women held 41 percent of the jobs.",
                        source: "Data from the 2014 American Community Survey") == "American Community Survey")
    }

    @Test("'I' in an opinion piece is the author its closing line names; in a news story, nobody")
    func author() {
        let opinion = """
            I grew up in a survivalist household. I know that hate sells, and I believe that the progress of these years must be preserved.

            Charlotte Meehan is playwright-in-residence at Wheaton College.
            """
        #expect(speakers(opinion).contains { $0.source == "I" && $0.speaker == "Charlotte Meehan" })
        let news = """
            I believe that the progress of these years must be preserved, a voter said.

            The talks went on until late.
            """
        #expect(speakers(news).allSatisfy { $0.source != "I" || $0.speaker == nil })
    }

    @Test("'my father', 'my mother' in the narrative are the kin the writer names, and 'he', 'she' follow them; inside a quotation they are nobody's")
    func kinship() {
        let s = speakers("""
            I grew up afraid. Lest you assume that my parents, James and Olive Meehan, were backwater folk, my father studied at MIT.

            “We live in Satan's kingdom,” my father often said. He also told his friends that terrorism was the answer.

            My mother has softened with age, but even now she still says things such as, “We're not all meant to be equal.”

            “My father never voted,” a neighbor said.
            """)
        #expect(s.first { $0.source == "my father" }?.speaker == "James Meehan")
        #expect(s.first { $0.source == "He" }?.speaker == "James Meehan")
        #expect(s.first { $0.source == "she" }?.speaker == "Olive Meehan")
        #expect(s.first { $0.source == "a neighbor" }.map { $0.speaker == nil } == true)
        // Kin the writer never names are nobody.
        #expect(speaker("“We live in Satan's kingdom,” my father often said.", source: "my father") == .some(nil))
    }

    @Test("a headline's speaker is the person the body names, in full or by surname")
    func headlines() {
        let text = """
            Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’

            Sen. Elizabeth Warren questioned the bank's chief executive on Tuesday.
            """
        #expect(speakers(text).first?.speaker == "Elizabeth Warren")
    }

    @Test("a headline's description is the one person the article gives that role, and nobody when two fit")
    func headlineDescriptions() {
        let story = """
            Clinton Hid Health Problems, Former White House Doctor Says.

            Dr. Connie Mariano, who was the White House physician, said that Clinton allowed her staff to think so.
            """
        #expect(speakers(story).first?.speaker == "Connie Mariano")
        #expect(speakers("Retired General Reveals ‘Demoralizing’ Experience Of Serving Under Obama.\n\nRetired U.S. Air Force Gen. Norman Ham is speaking out.").first?.speaker == "Norman Ham")
        let two = """
            Retired General Reveals ‘Demoralizing’ Experience Of Serving Under Obama.

            Retired Gen. Norman Ham is speaking out. Gen. John Allen disagreed with him.
            """
        #expect(speakers(two).first { $0.source == "Retired General" }.map { $0.speaker == nil } == true)
        // 'Poll:' is the one pollster the body names.
        let poll = "Poll: Trump And Clinton Hold Narrow Leads In Pennsylvania\n\nA Quinnipiac University poll released Wednesday found both leading."
        #expect(speakers(poll).first?.speaker == "Quinnipiac University")
    }

    @Test("party members, aides and officials name nobody, and neither does 'they' after them")
    func nobodyInParticular() {
        let s = speakers("""
            Republicans said the FBI was not forthcoming. McConnell aides said the relationship was good. They said the sanctions worked.
            """)
        #expect(!s.isEmpty)
        #expect(s.allSatisfy { $0.speaker == nil })
        #expect(speaker("The Clinton campaign said it would send Obama to Philadelphia.", source: "The Clinton campaign") == "Clinton campaign")
        // 'the campaign' is the one named after its leader before; with none, nobody (not an
        // actor called 'campaign').
        #expect(speaker("The Sanders campaign raised money in March.\n\nThe campaign said the average donation was $27.", source: "The campaign") == "Sanders campaign")
        #expect(speaker("Donors gave in March.\n\nThe campaign said the average donation was $27.", source: "The campaign") == .some(nil))
    }

    @Test("a source joining names speaks for each of them, the first named as the speaker; a list with no name in it for nobody")
    func jointSources() {
        func joint(_ text: String, source: String) -> [String]? {
            let result = Extractor().extract(text)
            guard let a = result.attributions.first(where: { $0.sources.map { result.text.text($0) }.joined() == source }) else { return nil }
            return (a.speaker.map { [$0] } ?? []).map(\.name) + a.coSpeakers.map(\.name)
        }
        let text = """
            Donald Trump met Bernie Sanders in Ohio on Monday.

            Trump and Sanders said the trade deal would cost jobs. The two said they would meet again.

            Former U.N. Ambassador John Bolton and Breitbart News editor Sebastian Gorka said the deal was dangerous.
            """
        #expect(joint(text, source: "Trump and Sanders") == ["Donald Trump", "Bernie Sanders"])
        #expect(joint(text, source: "The two") == ["Donald Trump", "Bernie Sanders"])
        #expect(joint(text, source: "Former U.N. Ambassador John Bolton and Breitbart News editor Sebastian Gorka") == ["John Bolton", "Sebastian Gorka"])
        // Common nouns, an appositive in the list, or more than two people before 'the two': no group.
        #expect(Extractor().extract("Both private experts and federal investigators said the plane was safe.").attributions.allSatisfy { $0.coSpeakers.isEmpty })
        #expect(joint("John Bolton, the former ambassador, and Sebastian Gorka said the deal was bad.",
                      source: "John Bolton, the former ambassador, and Sebastian Gorka")?.count ?? 0 <= 1)
        #expect(joint("Tim Kaine met Mike Pence and Elaine Quijano. The two said the debate was fair.", source: "The two") == [])
        // One person named beside 'the two' pairs with the person last quoted.
        #expect(joint("""
            “Pakistan is ready to cooperate,” Shah Mahmood Qureshi told reporters in Multan.
            It follows a phone call with US Secretary of State Antony J. Blinken on Friday where the two discussed bilateral relations.
            """, source: "the two") == ["Shah Mahmood Qureshi", "Antony J. Blinken"])
        // A report by two organisations is theirs: 'the report' speaks for both.
        let report = Extractor().extract("""
            On Monday came a report by the Tax Policy Center and the Urban Institute.

            The report found that taxes would rise. The report said the penalties were light.
            """).attributions
        #expect(report.count == 2 && report.allSatisfy { $0.speaker?.name == "Tax Policy Center" && $0.coSpeakers.map(\.name) == ["Urban Institute"] })
        // The members a sentence lists after the report they wrote issued it.
        let authors = Extractor().extract("""
            The authors of the report, which include the U.S. PIRG Education Fund and Citizens for Tax Justice, combed through the filings.

            The report found that companies held $2.4 trillion offshore.
            """).attributions
        #expect(authors.last?.speaker?.name == "U.S. PIRG Education Fund" && authors.last?.coSpeakers.map(\.name) == ["Citizens for Tax Justice"])
    }

    @Test("what the rules on everyday words, shared surnames, 'with' and joint sources leave as it was")
    func namesKeptAsTheyWere() {
        // A surname with a title goes to the person of that sex named in full, the bare one to the first named.
        let clintons = speakers("Hillary Clinton spoke on Monday. Her husband, Bill Clinton, campaigned too. Mr. Clinton said the race was close.")
        #expect(clintons.first { $0.source == "Mr. Clinton" }?.speaker == "Bill Clinton")
        let obamas = speakers("Barack Obama spoke in Ohio. Michelle Obama joined him later. Mrs. Obama said the race was close. Obama said it was over.")
        #expect(obamas.first { $0.source == "Mrs. Obama" }?.speaker == "Michelle Obama" && obamas.first { $0.source == "Obama" }?.speaker == "Barack Obama")
        // Organisations whose names are everyday words, or a conference, still speak.
        #expect(speaker("The National Conference of State Legislatures said the rule was new.", source: "The National Conference of State Legislatures")
                != .some(nil))
        #expect(speaker("Public Citizen said the rule was weak.", source: "Public Citizen") == "Public Citizen")
        // 'with' after a verb is no absolute phrase: 'he' stays with the subject.
        let met = speakers("President Obama met with Benjamin Netanyahu hoping to ease tensions. “The talks were useful,” he said.")
        #expect(met.first { $0.source == "he" }?.speaker == "Obama")
        // One organisation with 'and' in its name is one speaker.
        let center = Extractor().extract("The Center for Media and Public Affairs said coverage was negative.").attributions
        #expect(center.count == 1 && center[0].coSpeakers.isEmpty)
        // 'our country' is the speaker's, not the country the article names most.
        let ours = Extractor().extract("""
            Afghanistan and the Taliban met in Doha. Afghanistan said the talks went well.

            Pakistani army spokesman Babar Iftikhar said our country had always supported peace.
            """).attributions.last
        #expect(!(ours?.about.map(\.name).contains("Afghanistan") ?? true))
    }

    @Test("what a statement is about leaves out places, demonyms, party members, modifiers and the speaker")
    func aboutWhom() {
        let a = Extractor().extract("Atmar said that American voters in Ohio and U.S. economic investment would help Pakistan and the Taliban.").attributions.first
        let about = a?.about.map(\.name) ?? []
        #expect(about.contains("Pakistan") && about.contains("Taliban"))
        #expect(!about.contains("United States") && !about.contains("Ohio") && !about.contains("Mohammad Hanif Atmar"))
    }

    @Test("a country named as where something happens is the statement's setting; acting or acted on, it is what the statement is about")
    func countryAsSetting() {
        func about(_ text: String) -> [String] { Extractor().extract(text).attributions.first?.about.map(\.name) ?? [] }
        let setting = about("Atmar said that refugees arriving in the United States from Iraq had waited for years.")
        #expect(!setting.contains("United States"))
        let actor = about("Atmar said that the United States had failed the refugees and that Pakistan would help them.")
        #expect(actor.contains("United States") && actor.contains("Pakistan"))
    }

    @Test("a role in the content ('the president', 'the museum's') is the one holder the article named, when last named; else nobody")
    func descriptionsInContent() {
        func about(_ text: String) -> [String] { Extractor().extract(text).attributions.last?.about.map(\.name) ?? [] }
        let held = about("President Barack Obama spoke in Ohio on Monday.\n\nSmith said that the president had failed the workers.")
        #expect(held.contains("Barack Obama"))
        // Another person named since: 'the president' could be anyone the reader has in mind.
        let lost = about("President Bill Clinton signed the law in 1996.\n\nSmith said Joe Biden knew that the president had failed the workers.")
        #expect(!lost.contains("Bill Clinton"))
        // An organisation named after its leader, then its bare head.
        let administration = about("The Obama administration eased the sanctions on Monday.\n\nSmith said that the administration had given up its leverage.")
        #expect(administration.contains("Obama administration"))
        // 'This country' inside a statement is the country the article is about.
        let country = about("Americans voted in the United States on Tuesday, and the United States counted the votes.\n\n“This country needs a leader,” Smith said.")
        #expect(country.contains("United States"))
        let museum = about("Museum opens\n\nVisitors lined up on Saturday as the National Museum of African American History and Culture opened its doors in Washington.\n\nSmith said the museum's exhibits would move visitors.")
        #expect(museum.contains("National Museum of African American History and Culture"))
    }
}

