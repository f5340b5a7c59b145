import Foundation
import Testing
import TestSupport
@testable import Extraction

/// SpeakerScorer against the reference, `../shared/eval/speakers.py`, on a fixture built
/// to tell the definitions apart (Fixtures/speakers/README.md says what each case is):
/// expected.json is what speakers.py printed for it, so neither Python nor ../shared is
/// needed here.
@Suite("Speaker scorer")
struct SpeakerScorerTests {
    static let fixture = Repo.root.appendingPathComponent("Tests/ExtractionTests/Fixtures/speakers")

    /// Reads the fixture the way speakers.py does (a deliberately small reader: the
    /// command's own, with its error messages, is tested in CLITests).
    static func score() throws -> SpeakerScorer {
        func lines(_ name: String) throws -> [[String: Any]] {
            try String(contentsOf: fixture.appendingPathComponent(name), encoding: .utf8)
                .split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        }
        func names(_ any: Any?) -> [String] {
            if let s = any as? String { return s.isEmpty ? [] : [s] }
            return any as? [String] ?? []
        }
        let actorsJSON = try JSONSerialization.jsonObject(with: Data(contentsOf: fixture.appendingPathComponent("actors.json"))) as! [String: Any]
        var actors: [String: [SpeakerScorer.GoldActor]] = [:]
        for article in actorsJSON["articles"] as! [[String: Any]] {
            actors[article["file"] as! String, default: []] += (article["actors"] as! [[String: Any]]).map {
                SpeakerScorer.GoldActor(name: $0["name"] as! String, aliases: $0["aliases"] as? [String] ?? [])
            }
        }
        var gold: [String: [SpeakerScorer.GoldAttribution]] = [:]
        for g in try lines("gold.jsonl") {
            gold[g["file"] as! String, default: []].append(SpeakerScorer.GoldAttribution(
                speaker: names(g["speaker"]), about: (g["about"] as! [Any]).map(names),
                content: Span(g["content_start"] as! Int, g["content_end"] as! Int), index: g["i"] as? Int))
        }
        var predicted: [String: SpeakerScorer.PredictedArticle] = [:]
        for p in try lines("pred.jsonl") {
            let file = (p["file"] as? String).map { ($0 as NSString).lastPathComponent } ?? (p["id"] as! String) + ".txt"
            let quotes = (p["quotes"] as! [[String: Any]]).map { q in
                SpeakerScorer.PredictedQuote(
                    contents: (q["contents"] as! [[String: Any]]).map { Span($0["start"] as! Int, $0["end"] as! Int) },
                    speaker: (q["speaker"] as? [String: Any])?["name"] as? String,
                    about: (q["about"] as! [[String: Any]]).map { $0["name"] as? String })
            }
            let actors = (p["actors"] as! [[String: Any]]).map {
                SpeakerScorer.PredictedActor(name: $0["name"] as? String ?? "", aliases: ($0["aliases"] as! [Any]).map { $0 as? String ?? "" })
            }
            predicted[file] = SpeakerScorer.PredictedArticle(quotes: quotes, actors: actors)
        }
        var scorer = SpeakerScorer()
        for (file, attributions) in gold.sorted(by: { $0.key < $1.key }) {
            let text = try String(contentsOf: fixture.appendingPathComponent("texts/\(file)"), encoding: .utf8)
            scorer.add(file: file, text: text, actors: actors[file] ?? [], gold: attributions, predicted: predicted[file] ?? .init())
        }
        return scorer
    }

    @Test("every count and figure equals speakers.py's on the fixture")
    func agreesWithReference() throws {
        let scorer = try Self.score()
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.fixture.appendingPathComponent("expected.json"))) as! [String: Any]
        let counts = expected["counts"] as! [String: Int]
        let got = scorer.counts
        #expect(Set(counts.keys) == Set(got.named.map(\.0)))
        for (name, value) in got.named {
            #expect(counts[name] == value, "\(name)")
        }
        let figures: [(String, Double)] = [
            ("who_said_what_recall", got.whoSaidWhatRecall), ("speaker_accuracy", got.speakerAccuracy),
            ("named_speaker_precision", got.namedSpeakerPrecision), ("named_speaker_precision_found", got.namedSpeakerPrecisionFound),
            ("about_precision", got.aboutPrecision), ("about_recall", got.aboutRecall),
        ]
        for (name, value) in figures {
            #expect(expected[name] as? Double == value, "\(name)")
        }
        // The misses speakers.py -v lists, in its order.
        #expect(scorer.misses.map { "\($0.reason.rawValue) \($0.file) #\($0.gold.index ?? -1) \($0.predicted ?? "-")" } == [
            "speaker a.txt #2 Donald Trump", "not found b.txt #0 -", "speaker b.txt #1 Ann Lee",
            "speaker b.txt #2 A spokesman", "not found c.txt #0 -", "not found c.txt #1 -",
        ])
    }

    @Test("ties in Dice go to the larger gold index, then the larger predicted index, as Python's reverse sort")
    func ties() {
        let text = "Ann and Bob said the vote would wait."
        let content = Span(17, 36)
        // Two gold attributions with the same content, one predicted quote: gold #1 takes it.
        #expect(SpeakerScorer.match(text: text, gold: [content, content], predicted: [[content]]) == [1: 0])
        // One gold attribution, two predicted quotes with the same content: the second takes it.
        #expect(SpeakerScorer.match(text: text, gold: [content], predicted: [[content], [content]]) == [0: 1])
        // Dice exactly 0.5 is a match; just under is not.
        #expect(SpeakerScorer.match(text: "the senators left", gold: [Span(0, 17)], predicted: [[Span(13, 17)]]) == [0: 0])
        #expect(SpeakerScorer.match(text: "the senators left now", gold: [Span(0, 21)], predicted: [[Span(13, 17)]]).isEmpty)
    }

    @Test("names fold as speakers.py's norm does", arguments: [
        ("The Washington Post", "washingtonpost"), ("Washington Post’s", "washingtonpost"), ("José Martínez", "josemartinez"),
        ("the  Clinton campaign's ad", "clintoncampaignad"), ("THE Who", "who"), ("the", "the"),
        ("Theodore Roosevelt", "theodoreroosevelt"), ("  the Hague", "hague"), ("Trump's", "trump"), ("Trump'sy", "trumpsy"),
        ("O'Neill", "oneill"), ("Ｆｕｌｌ ﬁrm ²", "fullfirm2"), ("Ǆemal", "dzemal"), ("İstanbul", "istanbul"), ("Straße", "strae"),
        ("—", ""), ("", ""), ("Mr. Smith-Jones Jr.", "mrsmithjonesjr"), ("it's_s", "itss"), ("St. Louis's", "stlouis"),
        ("Ann Lee's's", "annlee"),
    ])
    func key(name: String, expected: String) {
        #expect(SpeakerScorer.key(name) == expected)
    }

    @Test("text read as Python's text mode reads it: \\r\\n and \\r become \\n")
    func newlines() {
        #expect(SpeakerScorer.pythonTextMode("a\r\nb\rc\n\r\n") == "a\nb\nc\n\n")
        #expect(SpeakerScorer.pythonTextMode("plain") == "plain")
    }
}
