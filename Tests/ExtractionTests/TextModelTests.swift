import Testing
@testable import Extraction

@Suite("Text model")
struct TextModelTests {
    func words(_ s: String) -> [String] {
        Tokenizer.tokenize(TextBuffer(s)).map { TextBuffer(s).text($0.span) }
    }

    @Test("initialisms, possessives and hyphenated names stay whole")
    func tokens() {
        #expect(words("the U.S. and Pakistan’s Tehreek-e-Taliban") == ["the", "U.S.", "and", "Pakistan’s", "Tehreek-e-Taliban"])
        #expect(words("''Yes,'' he said.") == ["''", "Yes", ",", "''", "he", "said", "."])
    }

    @Test("a name spelt in mojibake stays one word, while « » and a spaced symbol still split")
    func mojibakeInsideWords() {
        #expect(words("President FranÃ§ois Hollande said") == ["President", "FranÃ§ois", "Hollande", "said"])
        // Double-encoded and decomposed, as some wires deliver it.
        #expect(words("FranA\u{303}\u{83}A\u{302}\u{a7}ois Hollande") == ["FranA\u{303}\u{83}A\u{302}\u{a7}ois", "Hollande"])
        #expect(words("«Non» § 5") == ["«", "Non", "»", "§", "5"])
        // A next-line mark is a break, and joiners keep their words whole.
        #expect(words("word\u{85}Next") == ["word", "Next"])
        #expect(words("می\u{200C}خواهم") == ["می\u{200C}خواهم"])
    }

    @Test("sentences do not end at abbreviations or initials")
    func sentences() {
        let doc = Document("Maj. Gen. Babar Iftikhar met Antony J. Blinken. They talked. Then “Yes.” He left.")
        let texts = doc.sentences.map { doc.string($0) }
        #expect(texts == ["Maj. Gen. Babar Iftikhar met Antony J. Blinken.", "They talked.", "Then “Yes.”", "He left."])
    }

    @Test("a paragraph may open a quotation with a closing mark, after an invisible bidi mark or before a spaced ellipsis")
    func closingMarkOpensParagraph() throws {
        let doc = Document("\u{202A}”This is why it has to end,” said John Krystek.\n\n” … the train has already left the station,” wrote Time magazine.")
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.allSatisfy { $0.isClosed && $0.isDouble })
        #expect(doc.string(doc.range(of: doc.quotes[0])) == "”This is why it has to end,”")
        #expect(doc.tokens.first?.lower == "”")
    }

    @Test("an unclosed quote ends with its paragraph")
    func unclosedQuote() throws {
        let doc = Document("Atmar said: “We are monitoring links. He said he was sure.\n\nNext paragraph, no quotes here.")
        let q = try #require(doc.quotes.first)
        #expect(q.close == nil)
        #expect(doc.tokens[q.last].lower == ".")
        #expect(doc.paragraphOf[q.last] == 0)
        #expect(doc.quotes.count == 1)
    }

    @Test("single quotes inside double ones belong to them; apostrophes never quote")
    func nestedSingles() {
        let doc = Document("He said “it’s ‘in their heads’ now,” and left. Afghans’ views differ; don’t ‘overreach’ here.")
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes[0].isDouble)
        #expect(!doc.quotes[1].isDouble)
        #expect(doc.string(doc.range(of: doc.quotes[1])) == "‘overreach’")
    }

    @Test("curly marks nested in a curly quotation belong to it; an opening mark with no two closings ahead starts anew")
    func nestedCurlyQuotes() throws {
        let doc = Document("“I’d rather live in what he calls “hell” than in a world where he is president.” ― Adriana Rodarte")
        #expect(doc.quotes.count == 1)
        let q = try #require(doc.quotes.first)
        #expect(q.isClosed)
        #expect(doc.string(doc.range(of: q)) == "“I’d rather live in what he calls “hell” than in a world where he is president.”")

        // A quote left open before another one: two quotations, the first unclosed.
        let open = Document("He said “we will win. “Nobody can stop us,” Smith added.")
        #expect(open.quotes.count == 2)
        #expect(!open.quotes[0].isClosed)
        #expect(open.string(open.range(of: open.quotes[1])) == "“Nobody can stop us,”")
    }

    @Test("a quotation closed with an opening mark by mistake still closes")
    func misusedMarks() {
        let doc = Document("“Apparently not,“ he said. “A leopard doesn’t change its spots.”")
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.filter { !$0.isClosed }.isEmpty)
        #expect(doc.string(doc.range(of: doc.quotes[0])) == "“Apparently not,“")
    }

    @Test("a paragraph that reopens a quote continues the previous one")
    func multiParagraph() {
        let doc = Document("“First part of a long quote.\n“Second part,” she said.")
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes[1].continues == 0)
    }
}

@Suite("Lexicon files")
struct LexiconFileTests {
    @Test("every named word set the rules use is present in the shipped data")
    func wordSetsPresent() {
        for set in Lexicon.WordSet.allCases {
            #expect(!Lexicon.standard.words(set).isEmpty, "\(set.rawValue)")
        }
    }

    @Test("a malformed lexicon line is an error naming the file")
    func badLine() {
        #expect(throws: LexiconError.self) { try Lexicon(files: [("word-sets.tsv", "no-such-set\tsay")]) }
        #expect(throws: LexiconError.self) { try Lexicon(files: [("cue-verbs.tsv", "say\tnot-a-class")]) }
    }
}
