import Testing
import TestSupport
@testable import Extraction

/// Which capitalised runs are actors, and of what kind: the shapes of news text from
/// any outlet, not particular articles.
@Suite("Actor mentions")
struct ActorMentionTests {
    func actors(_ text: String, lexicon: Lexicon = .standard) -> [String: ActorKind] {
        var out: [String: ActorKind] = [:]
        for m in Extractor(lexicon: lexicon).extract(text).mentions { out[m.actor.name] = m.actor.kind }
        return out
    }

    @Test("names of laws, events and streets are not actors")
    func things() {
        let a = actors("The Freedom of Information Act was cited. Protesters gathered on Pennsylvania Avenue during Golden Week, Sen. Tim Kaine said.")
        #expect(a["Freedom of Information Act"] == nil)
        #expect(a.keys.allSatisfy { !$0.hasSuffix("Avenue") && !$0.hasSuffix("Week") })
        #expect(a["Tim Kaine"] == .person)
    }

    @Test("an everyday word capitalised alone is not an actor; a name, or a word starting a longer name, is")
    func commonWordsAlone() {
        let a = actors("""
            CHARLOTTE - Nearly a week after the shooting, the city was quiet.

            [Video: the speech in full.]

            Ryan spoke on "Face the Nation" on Sunday. Tom DeLay and the Securities and Exchange Commission stayed silent, and so did Obama.
            """)
        #expect(a["Nearly"] == nil && a["Video"] == nil && a["Nation"] == nil)
        #expect(a["Securities and Exchange Commission"] != nil && a["Tom DeLay"] == .person && a["Obama"] != nil)
    }

    @Test("a surname is the person of that surname and sex: 'Mr. Obama' is not Michelle Obama, 'Mrs. Obama' is; 'De Blasio' is Bill de Blasio")
    func surnamesBySex() {
        let text = """
            Obama Sees Insult if Voters Stay Home.

            President Obama is rolling out a new message. "It is personal," Mr. Obama said.

            The campaign plans to employ Mr. Obama and the first lady, Michelle Obama, in Ohio. Mr. Obama won Ohio in 2008, and Mrs. Obama's staff said the trip would go ahead.

            De Blasio said on Monday that Mayor Bill de Blasio's office had no news of it, and an explosion that Bill de Blasio called intentional rocked Chelsea.
            """
        let mentions = Extractor().extract(text).mentions
        let scalars = Array(text.unicodeScalars)
        func actors(_ written: String) -> Set<String> {
            Set(mentions.filter { String(String.UnicodeScalarView(scalars[$0.span.start..<$0.span.end])).hasPrefix(written) }.map(\.actor.name))
        }
        #expect(!actors("Mr. Obama").contains("Michelle Obama") && !actors("Obama Sees").contains("Michelle Obama"))
        #expect(actors("Mrs. Obama") == ["Michelle Obama"])
        #expect(actors("De Blasio") == ["Bill de Blasio"])
    }

    @Test("a given name after a verb of saying speaks only where no noun follows it ('says Chelsea explosion was …')")
    func givenNameAsModifier() {
        let a = actors("De Blasio says Chelsea explosion was intentional.\n\nAn explosion in Chelsea injured 29 people, Mayor Bill de Blasio said.")
        #expect(a["Chelsea"] != .person)
        #expect(actors("“We are refugees,” said Melanie, a mother of two.")["Melanie"] == .person)
    }

    @Test("people in the plural 'for' or 'of' a cause are an organisation; everyday words in capitals and prizes are nobody")
    func groupsAndSlogans() {
        let a = actors("A report by Citizens for Tax Justice found gaps, and Afghanistan Veterans of America agreed. The Erikson Prize for Excellence went to Round Two, and Black Women voted. Mark Fields and Rush Limbaugh spoke.")
        #expect(a["Citizens for Tax Justice"] == .organization && a["Afghanistan Veterans of America"] == .organization)
        #expect(a["Erikson Prize for Excellence"] == nil && a["Round Two"] == nil && a["Black Women"] == nil)
        #expect(a["Mark Fields"] == .person && a["Rush Limbaugh"] == .person)
    }

    @Test("the common words are counted from lower-case uses inside sentences, not from capitals a position forces")
    func countingCommonWords() {
        // 'Video' opens three sentences and a caption, and is written in capitals inside a
        // sentence once: only the three lower-case uses inside sentences against that one
        // count, so it is common. 'Obama', capitalised inside sentences, is not; nor is
        // 'nearly', lower case only twice.
        let texts = [
            "Video showed the rally. Video spread fast. Video: the speech.\n\nThey watched the video, the video and the Video again, then the video.",
            "Later, Obama left, and Obama returned, and obama-style speeches followed. It was nearly over and nearly done.",
        ]
        let words = CommonWords.count(texts)
        #expect(words.contains("video"))
        #expect(!words.contains("obama") && !words.contains("nearly"))
        // Counting the capitals that open sentences would have tipped 'video' the other way.
        #expect(CommonWords.count(["Video one. Video two. Video three. Video four. The video, the video and the video."]).contains("video"))
    }

    @Test("an organisation's name goes on after 'to' with a verb and object in capitals")
    func organisationsWithTo() {
        let a = actors("More than 100,000 people took part, according to the Alliance to Reclaim Our Schools. The Committee to Protect Journalists objected.")
        #expect(a["Alliance to Reclaim Our Schools"] != nil && a["Committee to Protect Journalists"] != nil)
        #expect(a["Alliance"] == nil)
        // A name after 'to' is someone the organisation writes to.
        let letter = actors("A letter from the State Department to Hillary Clinton warned her.")
        #expect(letter["Hillary Clinton"] == .person && letter.keys.allSatisfy { !$0.contains(" to ") })
    }

    @Test("the titles of books and films are not actors; the people named beside a work are")
    func worksTitles() {
        let a = actors("""
            Mariano wrote a memoir entitled The White House Doctor: My Patients Were Presidents. In her 2003 book, Living History, \
            Clinton noted the clot. The author of the book, Mitchell Zuckoff, met the director of the film, Michael Bay.
            """)
        #expect(a["White House Doctor"] == nil && a["Living History"] == nil)
        #expect(a["Mitchell Zuckoff"] == .person && a["Michael Bay"] == .person && a["Clinton"] != nil)
        // One name before a verb is the author, not a title.
        #expect(actors("In his book, Obama wrote that the war was a mistake.")["Obama"] != nil)
    }

    @Test("adjectives, party-state labels and headings in capitals are not actors")
    func adjectivesAndLabels() {
        let a = actors("FULL TEXT\n\nThe Saudi-led coalition and Democratic-leaning groups met. Rep. Gwen Moore (D-Wis.) said Islamic extremism was rising.")
        #expect(a["Saudi-led"] == nil && a["Democratic-leaning"] == nil)
        #expect(a.keys.allSatisfy { !$0.hasPrefix("D-") })
        #expect(a["FULL TEXT"] == nil && a["Islamic"] == nil)
        #expect(a["Gwen Moore"] == .person)
    }

    @Test("a title-case headline yields only actors the article names elsewhere")
    func headlines() {
        let text = "Gold Star Mom Corners Obama On His Refusal To Use The Words\n\nPresident Barack Obama answered a question from a mother on Wednesday, Obama said.\n"
        let a = actors(text)
        #expect(a["Gold Star"] == nil && a["Gold Star Mom Corners Obama On His Refusal To Use The Words"] == nil)
        #expect(a["Barack Obama"] == .person)
    }

    @Test("inside a title-case headline, the actors the running text names are found; a shared surname is not")
    func namesInsideHeadlines() {
        let text = "Wealthy Voters Abandon Republicans for Hillary Clinton as Sanders Looks On\n\nHillary Clinton leads among the rich, a poll of Bernie Sanders's backers and Jane Sanders's friends shows. Bill Clinton was not asked.\n"
        let headline = Extractor().extract(text).mentions.filter { $0.span.end < 80 }
        // 'Hillary Clinton' is named in the body: found in the run of capitals around it.
        #expect(headline.contains { $0.actor.name == "Hillary Clinton" })
        // 'Sanders' is the surname of two people of the body: nobody in particular.
        #expect(!headline.contains { $0.actor.name.contains("Sanders") })
        #expect(!headline.contains { $0.actor.name.contains("Wealthy") })
        // Without the body naming her, the headline's capitals name nobody.
        let alone = Extractor().extract("Wealthy Voters Abandon Republicans for Hillary Clinton as Sanders Looks On\n\nThe rich have moved, a poll shows.\n").mentions
        #expect(!alone.contains { $0.actor.name.contains("Sanders") || $0.actor.name.contains("Wealthy") })
    }

    @Test("an organisation's name goes on after 'on' or 'for the'; a court before a judge's title is an actor of its own")
    func organisations() {
        let a = actors("The Commission on Presidential Debates met the Northeast Ohio Coalition for the Homeless on Monday. Manhattan Supreme Court Justice Frank Nervo ruled.")
        #expect(a["Commission on Presidential Debates"] == .organization)
        #expect(a["Northeast Ohio Coalition for the Homeless"] == .organization)
        #expect(a["Manhattan Supreme Court"] == .organization)
        #expect(a["Frank Nervo"] == .person)
        let source = Extractor().extract("“We will appeal,” Ohio Democratic Party Chairman David Pepper said.")
        #expect(source.attributions.first?.speaker?.name == "David Pepper")
    }

    @Test("a party label before a name is an affiliation; states and cities talked about are places")
    func partiesAndPlaces() {
        let m = Extractor().extract("Democrat Hillary Clinton is contesting Ohio and New York, and Cleveland's mayor backs her.").mentions
        let clinton = m.first { $0.actor.name == "Hillary Clinton" }
        #expect(clinton?.affiliation == "Democrat")
        let kinds = Dictionary(m.map { ($0.actor.name, $0.actor.kind) }, uniquingKeysWith: { a, _ in a })
        #expect(kinds["Cleveland"] == .place && kinds["Ohio"] == .place && kinds["New York"] == .place)
    }

    @Test("a place named only to say where something happened is not on the list")
    func placesAsLocations() {
        // After a preposition of place, and the rest of a list it opens.
        var a = actors("Clinton held rallies in Cleveland, Cincinnati and Columbus, and in northern Virginia on Monday.")
        #expect(a["Cleveland"] == nil && a["Cincinnati"] == nil && a["Columbus"] == nil && a["Virginia"] == nil)
        // The same place talked about stays: an owner, an object.
        a = actors("The campaign opened an office in Ohio. Trump is contesting Ohio, and Ohio's voters are split.")
        #expect(a["Ohio"] == .place)
        // A dateline, the state after its city, a state qualifying a title or a noun.
        a = actors("HEMPSTEAD, N.Y., Sept. 26 — Jill Stein was escorted off the premises.\n\nSELMA, Ala. — Florida Rep. Debbie Wasserman Schultz met the California congressman and a Texas judge. Wasserman Schultz said it went well.")
        #expect(a["New York"] == nil && a["Alabama"] == nil && a["Florida"] == nil && a["California"] == nil && a["Texas"] == nil)
        #expect(a["Jill Stein"] == .person && a["Debbie Wasserman Schultz"] == .person)
        // A name no list knows after 'in' is a place too; so are two words of nobody known.
        a = actors("Qureshi told reporters in Multan that talks would go on, officials in Oklahoma City said.")
        #expect(a["Multan"] == nil && a["Oklahoma City"] == nil)
        // A state's abbreviation in brackets after a senator, and the city before its state.
        a = actors("Sen. Ted Cruz (Tex.) met Donna Rawlings, 59, of Ashton, Md., on Friday.")
        #expect(a["Texas"] == nil && a["Maryland"] == nil && a["Ashton"] == nil)
        #expect(a["Ted Cruz"] == .person && a["Donna Rawlings"] == .person)
    }

    @Test("a capital used as a place is neither a place on the list nor an alias of its country")
    func capitalAsPlace() {
        let m = Extractor().extract("ISLAMABAD: Qureshi invited Atmar for talks in Islamabad. Islamabad had no favorites, the military said.").mentions
        #expect(!m.contains { $0.actor.kind == .place })
        let aliases = m.filter { $0.actor.name == "Pakistan" }.map(\.alias)
        #expect(aliases == ["Islamabad"], "only the capital that acts stands for Pakistan")
    }

    @Test("the credits of an article and its pictures are not actors")
    func credits() {
        var a = actors("WASHINGTON (UPI) — The Senate voted on Monday, Sen. Tim Kaine said.\n\nBryant Rousseau and Caryn Wilson contributed reporting.")
        #expect(a["UPI"] == nil && a["Bryant Rousseau"] == nil && a["Caryn Wilson"] == nil)
        #expect(a["Tim Kaine"] == .person)
        a = actors("ISLAMABAD: (UrduPoint / Pakistan Point News-July 9th, 2021) Atmar on Friday asked Pakistan to help.")
        #expect(a.keys.allSatisfy { !$0.contains("UrduPoint") && !$0.contains("Pakistan Point") })
        a = actors("Qureshi meets Atmar in Dushanbe. (Photo courtesy: @SMQureshiPTI/Twitter)\n\nBy Jane Roe and John Doe\n\nThe talks went on.")
        #expect(a["Twitter"] == nil && a["Jane Roe"] == nil && a["John Doe"] == nil)
        // A name in the credits that the article also names elsewhere stays.
        a = actors("By Jane Roe\n\nJane Roe, who covered the talks, said they went well.")
        #expect(a["Jane Roe"] == .person)
    }

    @Test("a platform named as the medium of a report is not an actor; a platform that acts is")
    func platforms() {
        #expect(actors("A reporter for USA Today spotted Stein and reported her presence on Twitter.")["Twitter"] == nil)
        #expect(actors("Twitter suspended his account on Friday.")["Twitter"] == .organization)
    }

    @Test("words for groups of people and beliefs are not actors; the organisations they form are")
    func groupsOfPeople() {
        let a = actors("He spoke to Muslims, Christians and African-Americans. Islam and Christianity were debated, and Sunni Muslims met the Congressional Black Caucus.")
        for word in ["Muslims", "Christians", "African-Americans", "Islam", "Christianity", "Sunni Muslims"] { #expect(a[word] == nil, "\(word)") }
        #expect(a["Congressional Black Caucus"] == .organization)
    }

    @Test("an organisation word alone names nobody, unless it is the short form of a name given before")
    func organisationWords() {
        var m = Extractor().extract("• Military says Pakistan is a facilitator.\n\nThe Security Council met. The Council's failure was plain, and the House Intelligence Committee and the Intelligence Committee agreed.").mentions
        #expect(!m.contains { $0.actor.name == "Military" || $0.actor.name == "Council" || $0.actor.name == "Intelligence Committee" })
        #expect(m.filter { $0.alias == "Council" }.map(\.actor.name) == m.filter { $0.alias == "Security Council" }.map(\.actor.name))
        #expect(m.first { $0.alias == "Intelligence Committee" }?.actor.name == "House Intelligence Committee")
        // A capitalised verb of saying before an organisation word opens its name.
        m = Extractor().extract("The records are held by the State Department.").mentions
        #expect(m.contains { $0.alias == "State Department" })
    }

    @Test("short forms refer back to the organisation named in full")
    func organisationShortForms() {
        let a = Extractor().extract("Hofstra University security removed Stein. In 2012 the debate was also at Hofstra. The Democratic Congressional Campaign Committee was hacked; the DCCC said so. A panel of the U.S. Court of Appeals for the Sixth Circuit ruled, and the case went back to the Sixth Circuit. The Ohio chapter of the A. Philip Randolph Institute sued, as did Nassau County police and the Securities and Exchange Commission.").mentions
        let names = Set(a.map(\.actor.name))
        #expect(a.first { $0.alias == "Hofstra" }?.actor.name == "Hofstra University")
        #expect(a.first { $0.alias == "DCCC" }?.actor.name == "Democratic Congressional Campaign Committee")
        #expect(a.first { $0.alias == "Sixth Circuit" }?.actor.name == "U.S. Court of Appeals for the Sixth Circuit")
        #expect(names.contains("A. Philip Randolph Institute"))
        #expect(names.contains("Nassau County police") && names.contains("Securities and Exchange Commission"))
        #expect(!names.contains("Securities") && !names.contains("Exchange Commission"))
    }

    @Test("other forms of a person's name refer back to that person")
    func personShortForms() {
        func actorOf(_ text: String, _ alias: String) -> String? {
            Extractor().extract(text).mentions.first { $0.alias == alias }?.actor.name
        }
        // A first name joined to a full name, a surname before the full name, a first name alone.
        #expect(actorOf("Donald Trump divorced in 1992. Lawyers for both Donald and Ivana Trump filed papers.", "Donald") == "Donald Trump")
        #expect(actorOf("Union endorses Clinton.\n\nThe union backed Hillary Clinton on Friday.", "Clinton") == "Hillary Clinton")
        #expect(actorOf("Hillary Clinton spoke on Monday. Voters cheered Hillary as she left.", "Hillary") == "Hillary Clinton")
        // A bare surname is the first person named with it.
        #expect(actorOf("Joe Biden spoke with his son Hunter Biden. Biden said the talks went well.", "Biden") == "Joe Biden")
        // Family name first; middle initials left out; the last words of a longer name.
        #expect(actorOf("Ban Ki-moon visited Greenland. Mr. Ban planted mangroves.", "Ban") == "Ban Ki-moon")
        #expect(actorOf("George W. Bush met Laura Bush. George Bush said so.", "George Bush") == "George W. Bush")
        #expect(actorOf("Aung San Suu Kyi visited Washington. Suu Kyi met the president.", "Suu Kyi") == "Aung San Suu Kyi")
        // A title with a surname alone counts as a name; a place after 'of' is not part of it.
        #expect(actorOf("President Obama spoke. Obama said he was proud.", "Obama") == "Obama")
        #expect(actorOf("Sen. Bernie Sanders of Vermont spoke at the rally on Monday.", "Bernie Sanders") == "Bernie Sanders")
        // A country's name that is the surname of someone named is that person.
        #expect(actorOf("Rep. Jim Jordan spoke. Jordan said the hearing was over.", "Jordan") == "Jim Jordan")
    }

    @Test("names of things, landmarks, cases and descriptions are not actors")
    func namesOfSomethingElse() {
        let a = actors("""
            The union backed Family and Medical Leave Act benefits. Qureshi met Atmar at the 9th Ministerial Conference of the Heart of Asia in Dushanbe. \
            Nobody must climb Mt. Everest to vote, the court said, citing Plessy v. Ferguson. President Obama answered a Gold Star mother, and the New York Democrat \
            agreed. Copy A-17 of the story said the talks failed. Late Saturday, Trump Tower was quiet.
            """)
        for name in ["Family", "Ministerial Conference", "Heart of Asia", "Mt. Everest", "Everest", "Plessy", "Ferguson", "Gold Star", "New York Democrat",
                     "Copy A-17", "Late Saturday", "Trump Tower"] {
            #expect(a[name] == nil, "\(name)")
        }
        #expect(a["Obama"] != nil)
    }

    @Test("a known name with its first word in lower case is that name; a country's adjective before a common noun is the country")
    func namesAsWritten() {
        let a = actors("Pakistan, China and the middle East are in danger, he said in an interview with a private Pakistani TV channel.")
        #expect(a["Middle East"] == .place && a["East"] == nil)
        #expect(a["Pakistani TV"] == nil && a["Pakistan"] == .country)
    }

    @Test("a title alone and a name holding a digit are never a person")
    func noPersonFromTitles() {
        let r = Extractor().extract("It follows a call with US Secretary of State Antony J. Blinken on Friday.\n\nThe Foreign Minister stressed that peace mattered, the ministry said.\n\nForeign Minister Says Talks Will Resume\n\nCopy A-17 of the story, seen by reporters, said the talks had failed.\n")
        let people = Set(r.mentions.filter { $0.actor.kind == .person }.map(\.actor.name))
        #expect(people == ["Antony J. Blinken"])
        #expect(r.attributions.allSatisfy { $0.speaker?.kind != .person || $0.speaker?.name == "Antony J. Blinken" })
    }

    @Test("a plural title before two names ('Sens.', 'Reps.') is no part of either name")
    func pluralTitles() {
        let a = actors("Sens. Jon Tester (D-Mont.) and David Vitter (R-La.) raised it, and Reps. Maxine Waters and Jeb Hensarling agreed.")
        #expect(a["Jon Tester"] == .person && a["Maxine Waters"] == .person)
        #expect(a.keys.allSatisfy { !$0.hasPrefix("Sens") && !$0.hasPrefix("Reps") })
    }

    @Test("a capitalised auxiliary inside a sentence is part of a name, not a modal verb")
    func capitalisedAuxiliaries() {
        let r = Extractor().extract("One volunteer was more circumspect. Yin Myint May, 60, a doctor, said she was elated.\n\nPolk County GOP Chairman Will Rogers said the visit would help.\n")
        let speakers = r.attributions.compactMap { $0.speaker?.name }
        #expect(speakers.contains("Yin Myint May"))
        #expect(speakers.contains("Will Rogers"))
        // At the head of a sentence it is still the modal: 'May' opens no name here.
        let modal = Extractor().extract("May they win? Critics said they would not. Troops began withdrawing on May 1, officials said.").mentions
        #expect(!modal.contains { $0.actor.name.hasPrefix("May") })
    }

    @Test("a name with a place's head is a place, also as where a person is from; hospitals are organisations; forums are events")
    func placesHospitalsForums() {
        let a = actors("Mayor Ed Lee of Oklahoma City met doctors at Bethesda Naval Hospital before the Commander-in-Chief Forum in Orange County. Maybe I will go, Lee said.")
        #expect(a["Ed Lee"] == .person)
        #expect(a["Ed Lee of Oklahoma City"] == nil)
        #expect(a["Bethesda Naval Hospital"] == .organization)
        #expect(a.keys.allSatisfy { !$0.hasSuffix("Forum") && !$0.hasPrefix("Maybe") })
        #expect(a["Orange County"] == nil || a["Orange County"] == .place)
        let m = Extractor().extract("Mayor Ed Lee of Oklahoma City said the vote mattered.").mentions
        #expect(m.contains { $0.actor.name == "Ed Lee" && $0.affiliation == "Oklahoma City" })
    }

    @Test("a number word after 'the' is a source with its article, and names nobody")
    func numberWordSource() {
        let r = Extractor().extract("It follows a call with Antony J. Blinken on Friday where the two discussed bilateral relations between their countries and agreed to cooperate.")
        let buffer = r.text
        let two = r.attributions.first { a in a.contents.contains { buffer.text($0).contains("relations") } }
        #expect(two.map { $0.sources.map { buffer.text($0) } } == ["the two"])
        #expect(two?.speaker == nil)
    }

    @Test("a user's gazetteer adds actors and takes a form over from the shipped entries")
    func userGazetteer() throws {
        let text = "The Houthis and the Ansarullah and the Kabul Writers Circle said Hanif Atmar was wrong."
        let before = Extractor().extract(text).mentions
        #expect(before.first { $0.alias == "Ansarullah" }?.actor.name == "Houthis", "the shipped gazetteer reads Ansarullah as the Houthis")
        let user = "# kind\tname\taliases\norganization\tAnsarullah (Afghanistan)\tAnsarullah\tmilitant\norganization\tKabul Writers Circle\t\nperson\tMohammad Hanif Atmar\tHanif Atmar|Haneef Atmar\n"
        let lexicon = try Lexicon.standard.adding(gazetteer: user, file: "mine.tsv")
        let after = actors(text, lexicon: lexicon)
        #expect(after["Ansarullah (Afghanistan)"] == .organization)
        #expect(after["Kabul Writers Circle"] == .organization)
        #expect(after["Mohammad Hanif Atmar"] == .person)
        #expect(throws: LexiconError.self) { try Lexicon.standard.adding(gazetteer: "martian\tX\n", file: "bad.tsv") }
    }

    @Test("a capital is its government when it acts; after a preposition of place or as a dateline it only locates")
    func capitals() {
        let m = Extractor().extract("ISLAMABAD: Kabul was hopeful on Friday, but violence in Kabul grew, Moscow said.").mentions
        let kabul = m.filter { $0.alias == "Kabul" }.map(\.actor)
        #expect(kabul == [ActorRef(name: "Afghanistan", kind: .country)])
        #expect(!m.contains { $0.alias == "ISLAMABAD" })
        #expect(m.contains { $0.actor == ActorRef(name: "Russia", kind: .country) })
        // A dateline set off by any dash.
        let washington = Extractor().extract("WASHINGTON ― Donald Trump spoke on Friday.").mentions
        #expect(!washington.contains { $0.alias == "WASHINGTON" })
    }

    @Test("a form the gazetteer shares between actors stands for its entry only when the article names the entry otherwise")
    func ambiguousAliases() {
        var m = Extractor().extract("He named the TTP, the Ansarullah and Jundullah as regional players.").mentions
        #expect(m.first { $0.alias == "Ansarullah" }?.actor == ActorRef(name: "Ansarullah", kind: .organization))
        m = Extractor().extract("The Houthis, also called Ansarullah, fired missiles.").mentions
        #expect(m.first { $0.alias == "Ansarullah" }?.actor.name == "Houthis")
        m = Extractor().extract("Trump campaigned in Atlanta as Georgia voted early.").mentions
        #expect(m.first { $0.alias == "Georgia" }?.actor.kind == .place)
    }

    @Test("unknown names listed after 'groups such as' are organisations")
    func listedGroups() {
        let a = actors("Militant groups such as the Zarqawi Martyrs, Ansar Bait and Jundallah Khorasan were active in the region, officials said.")
        #expect(a["Zarqawi Martyrs"] == .organization)
        #expect(a["Ansar Bait"] == .organization)
        #expect(a["Jundallah Khorasan"] == .organization)
    }

    @Test("'their' after a country's people makes the country a target only as 'their country' ('Americans … their taxes' does not)")
    func demonymIsNoAntecedentOfTargets() {
        let r = Extractor().extract("Lily Batchelder said some average Americans would actually see their taxes go up under the plan.\n\nNATO said Russia would see its influence grow, and that the allies must raise their spending.\n")
        let americans = r.attributions.first { $0.contents.contains { r.text.text($0).contains("Americans") } }
        #expect(americans != nil)
        #expect(americans?.about.contains { $0.kind == .country } == false)
        // A country named as such is a target still, and so is a people's 'country'.
        let nato = r.attributions.first { $0.contents.contains { r.text.text($0).contains("Russia") } }
        #expect(nato?.about.contains { $0.name == "Russia" } == true)
        let afghan = Extractor().extract("Qureshi said that Pakistan wished to engage senior Afghan leaders and lead their country toward peace.\n")
        #expect(afghan.attributions.first?.about.map(\.name).contains("Afghanistan") == true)
    }

    @Test("a pronoun inside what was said makes its referent a target, never the speaker")
    func pronounTargets() {
        func about(_ text: String) -> [[String]] {
            Extractor().extract(text).attributions.map { $0.about.map(\.name) }
        }
        #expect(about("Senator John Smith met Jane Roe on Monday. “I told him the truth,” Ms. Roe said.") == [["John Smith"]])
        #expect(about("Jane Roe met Senator John Smith on Monday. Smith said he would resign.") == [[]])
        let seeds = Extractor().extract("The Taliban took Kunduz on Monday. “We will end their brutal campaign,” Atmar said.")
        #expect(seeds.attributions.last?.about.map(\.name).contains("Taliban") == true)
    }
}
