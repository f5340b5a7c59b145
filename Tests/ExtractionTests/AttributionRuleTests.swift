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
        let rule: String
    }

    func extract(_ text: String) -> [Found] {
        let result = Extractor().extract(text)
        let buffer = result.text
        return result.attributions.map { a in
            Found(sources: a.sources.map { buffer.text($0) }, cue: a.cue.map { buffer.text($0) },
                  contents: a.contents.map { buffer.text($0) }, rule: a.rule)
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
}
