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

    @Test("a party label before a name is an affiliation; states and cities are places")
    func partiesAndPlaces() {
        let m = Extractor().extract("Democrat Hillary Clinton campaigned in Cleveland, Ohio, and in New York.").mentions
        let clinton = m.first { $0.actor.name == "Hillary Clinton" }
        #expect(clinton?.affiliation == "Democrat")
        let kinds = Dictionary(m.map { ($0.actor.name, $0.actor.kind) }, uniquingKeysWith: { a, _ in a })
        #expect(kinds["Cleveland"] == .place && kinds["Ohio"] == .place && kinds["New York"] == .place)
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
        let text = "The Ansarullah and the Kabul Writers Circle said Hanif Atmar was wrong."
        let before = actors(text)
        #expect(before["Houthis"] != nil, "the shipped gazetteer reads Ansarullah as the Houthis")
        let user = "# kind\tname\taliases\norganization\tAnsarullah (Afghanistan)\tAnsarullah\tmilitant\norganization\tKabul Writers Circle\t\nperson\tMohammad Hanif Atmar\tHanif Atmar|Haneef Atmar\n"
        let lexicon = try Lexicon.standard.adding(gazetteer: user, file: "mine.tsv")
        let after = actors(text, lexicon: lexicon)
        #expect(after["Houthis"] == nil)
        #expect(after["Ansarullah (Afghanistan)"] == .organization)
        #expect(after["Kabul Writers Circle"] == .organization)
        #expect(after["Mohammad Hanif Atmar"] == .person)
        #expect(throws: LexiconError.self) { try Lexicon.standard.adding(gazetteer: "martian\tX\n", file: "bad.tsv") }
    }

    @Test("a capital is its government when it acts, the city after a preposition of place or as a dateline")
    func capitals() {
        let m = Extractor().extract("ISLAMABAD: Kabul was hopeful on Friday, but violence in Kabul grew, Moscow said.").mentions
        let kabul = m.filter { $0.alias == "Kabul" }.map(\.actor)
        #expect(kabul.count == 2)
        #expect(kabul.first == ActorRef(name: "Afghanistan", kind: .country))
        #expect(kabul.last == ActorRef(name: "Kabul", kind: .place))
        #expect(m.first?.actor == ActorRef(name: "Islamabad", kind: .place))
        #expect(m.contains { $0.actor == ActorRef(name: "Russia", kind: .country) })
    }

    @Test("unknown names listed after 'groups such as' are organisations")
    func listedGroups() {
        let a = actors("Militant groups such as the Zarqawi Martyrs, Ansar Bait and Jundallah Khorasan were active in the region, officials said.")
        #expect(a["Zarqawi Martyrs"] == .organization)
        #expect(a["Ansar Bait"] == .organization)
        #expect(a["Jundallah Khorasan"] == .organization)
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
