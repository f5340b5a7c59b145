import Foundation
import Testing
import TestSupport
@testable import Extraction

/// Extraction never crashes and never hangs, whatever the text: every span it
/// returns lies inside the text and its text is what stands at its offsets.
@Suite("Robustness")
struct RobustnessTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    func checkSpans(_ text: String, file: String = #fileID, line: Int = #line) {
        let result = Extractor().extract(text)
        let scalars = Array(text.unicodeScalars)
        let buffer = TextBuffer(text)
        var spans = result.mentions.flatMap { [$0.span, $0.nameSpan] }
        for a in result.attributions {
            spans += a.contents + a.sources + (a.cue.map { [$0] } ?? [])
            #expect(!a.contents.isEmpty)
        }
        for span in spans {
            guard 0 <= span.start, span.start <= span.end, span.end <= scalars.count else {
                Issue.record("span \(span) outside a text of \(scalars.count) code points")
                continue
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[span.start..<span.end])
            #expect(buffer.text(span) == String(view))
        }
    }

    @Test("random bytes, decoded as they come", arguments: 1...12)
    func randomBytes(seed: UInt64) {
        var rng = SplitMix(state: seed)
        let bytes = (0..<4000).map { _ in UInt8.random(in: 0...255, using: &rng) }
        checkSpans(String(decoding: bytes, as: UTF8.self))
    }

    @Test("random text built from the characters attribution rules care about", arguments: 1...12)
    func randomNewsLikeText(seed: UInt64) {
        var rng = SplitMix(state: seed)
        let pieces = ["“", "”", "\"", "‘", "’", "'", "''", " ", "\n", "\n\n", ".", ",", ":", "—", "(", ")", "he said", " said ",
                      "Atmar", "Mr.", "U.S.", "according to", "told reporters", "the group", "she", "said Trump", "—", "…", "🙂", "é", "Ü"]
        let text = (0..<3000).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }.joined()
        checkSpans(text)
    }

    @Test("texts that stop right after what a rule looks for")
    func truncatedTriggers() {
        let triggers = ["NOTE:", "UPDATE :", "•", "WASHINGTON (Reuters) -", "CLEVELAND —", "according to", "according to the poll,",
                        "In the poll,", "In a new poll", "leading in the polls", "Trump:", "TAPPER:", "Q:", "A:", "Sanders’",
                        "“Hi,” he", "“Hi,” said", "“Hi,” said Cruz, who", "“Hi?” Hannity pressed", "-President Obama,", "he said, “",
                        "the U.S.", "the U.S. He", "who said", "seeks to", "plans to", "hopes", "the", "a", "The billionaire began",
                        "Minnesota state", "one of", "and called", ", saying", "went even further:", "While Ramos said that",
                        "are seeking a court order", "also saying that", "has been telling reporters"]
        var rng = SplitMix(state: 7)
        for t in triggers {
            checkSpans(t)
            checkSpans("Trump said the plan was fine. " + t)
            checkSpans(t + " " + t)
            // The trigger among random pieces of the others.
            let mixed = (0..<40).map { _ in triggers[Int.random(in: 0..<triggers.count, using: &rng)] }.joined(separator: " ")
            checkSpans(mixed + " " + t)
        }
    }

    @Test("thousands of unbalanced quotation marks")
    func unbalancedQuotes() {
        let text = String(repeating: "“He said ", count: 3000) + String(repeating: "” ‘ \" ", count: 2000)
        checkSpans(text)
    }

    @Test("one long line without a full stop, and text with no letters")
    func longLineAndNoLetters() {
        let seed = Repo.seed(Repo.seed2).replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: ".", with: ",")
        checkSpans(String(repeating: seed, count: 40))
        checkSpans(String(repeating: "12, 34; (56) — “78” … ", count: 5000))
        checkSpans("")
        checkSpans("\n\n\n")
    }

    @Test("a large article (about 1 MB) extracts completely")
    func largeArticle() {
        let seed = Repo.seed(Repo.seed1) + "\n\n" + Repo.seed(Repo.seed2) + "\n\n"
        let text = String(repeating: seed, count: 1_000_000 / seed.utf8.count + 1)
        let result = Extractor().extract(text)
        // Every copy of the seeds yields its attributions.
        let perCopy = Extractor().extract(seed).attributions.count
        #expect(result.attributions.count >= perCopy * (1_000_000 / seed.utf8.count))
        checkSpans(String(text.prefix(200_000)))
    }
}
