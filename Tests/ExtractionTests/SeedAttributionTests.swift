import Testing
import TestSupport
@testable import Extraction

/// What a careful reader finds in the seed articles.
@Suite("Seed attributions")
struct SeedAttributionTests {
    let first = Extractor().extract(Repo.seed(Repo.seed1), fileName: Repo.seed1)
    let second = Extractor().extract(Repo.seed(Repo.seed2), fileName: Repo.seed2)

    func attribution(_ r: ExtractionResult, _ text: String, containing fragment: String) -> Attribution? {
        let buffer = TextBuffer(text)
        return r.attributions.first { a in a.contents.contains { buffer.text($0).contains(fragment) } }
    }

    @Test("a direct quote with an inverted cue is Atmar's")
    func invertedCue() throws {
        let a = try #require(attribution(first, Repo.seed(Repo.seed1), containing: "Kabul has great expectations"))
        #expect(a.kind == .direct)
        #expect(a.speaker?.name == "Mohammad Hanif Atmar")
        #expect(a.speaker?.kind == .person)
    }

    @Test("'the two' after a phone call with Blinken are Qureshi, who was quoted, and Blinken")
    func theTwo() throws {
        let a = try #require(attribution(second, Repo.seed(Repo.seed2), containing: "bilateral relations between their countries"))
        #expect(a.speaker?.name == "Shah Mahmood Qureshi")
        #expect(a.coSpeakers.map(\.name) == ["Antony J. Blinken"])
    }

    @Test("the misspelt 'Atmer' is the same person")
    func misspelling() throws {
        let a = try #require(attribution(first, Repo.seed(Repo.seed1), containing: "locations in Pakistan and Afghanistan"))
        #expect(a.speaker?.name == "Mohammad Hanif Atmar")
    }

    @Test("a quote paragraph with no cue inherits the president's voice")
    func inheritedQuote() throws {
        let a = try #require(attribution(first, Repo.seed(Repo.seed1), containing: "Legitimacy is ours"))
        #expect(a.speaker?.name == "Ashraf Ghani")
        // It is more of the statement before it: one attribution, two content spans.
        let buffer = TextBuffer(Repo.seed(Repo.seed1))
        #expect(a.contents.count == 2)
        #expect(buffer.text(a.contents[0]).contains("What we are witnessing"))
    }

    @Test("'he' after a quote resolves to the last speaker, not the last name")
    func pronounSpeaker() throws {
        let text = Repo.seed(Repo.seed2)
        let multan = try #require(attribution(second, text, containing: "Pakistan is ready to cooperate"))
        #expect(multan.speaker?.name == "Shah Mahmood Qureshi")
        let added = try #require(attribution(second, text, containing: "could not exceed beyond limits"))
        #expect(added.speaker?.name == "Babar Iftikhar")
    }

    @Test("titles and ranks are kept apart from the name")
    func titlesSplit() throws {
        let text = Repo.seed(Repo.seed2)
        let a = try #require(attribution(second, text, containing: "only a facilitator and not a guarantor in the process"))
        #expect(a.speaker?.name == "Babar Iftikhar")
        let buffer = TextBuffer(text)
        #expect(a.sources.map { buffer.text($0) } == ["Military Spokesman Maj. Gen. Babar Iftikhar"])
        let mention = try #require(second.mentions.first { $0.actor.name == "Babar Iftikhar" && $0.role != nil })
        #expect(mention.role == "Military Spokesman Maj. Gen.")
    }

    @Test("capitals that only open a sentence or a quote, and month abbreviations, are not actors")
    func strayCapitals() {
        let names = Set((first.mentions + second.mentions).map(\.actor.name))
        for word in ["Legitimacy", "Peace", "Negotiated", "Aug", "Â"] {
            #expect(!names.contains(word), "\(word)")
        }
        #expect(names.contains("Tehreek-e-Taliban Pakistan"))
        #expect(names.contains("Lashkar-e-Taiba"))
    }

    @Test("headers: date line with mojibake, dateline and source; a headline")
    func headers() {
        #expect(first.header.date == "2021-07-09")
        #expect(first.header.dateline == "ISLAMABAD")
        #expect(first.header.source?.contains("Pakistan Point News") == true)
        #expect(second.header.title == "Pakistani foreign minister invites Afghan counterpart for talks as Taliban widen control")
        #expect(second.header.dateline == "ISLAMABAD")
    }
}
