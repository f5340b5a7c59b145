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

    @Test("a text longer than a window is read in windows of whole paragraphs, with offsets into the whole text")
    func windows() throws {
        let seed = Repo.seed(Repo.seed1) + "\n\n" + Repo.seed(Repo.seed2) + "\n\n"
        let copies = 6
        let text = String(repeating: seed, count: copies)
        let buffer = TextBuffer(text)
        let seedLength = seed.unicodeScalars.count
        let extractor = Extractor()
        // Windows of a third of a copy: every copy is cut twice, at line breaks.
        let windowed = extractor.extractInWindows(buffer, header: ArticleHeader(), windowLength: seedLength / 3)
        let alone = extractor.extract(seed).attributions
        // Each span points into the whole text: what stands there is what a copy alone found.
        var found = 0
        for copy in 0..<copies {
            let offset = copy * seedLength
            for a in alone {
                let shifted = a.contents.map { Span($0.start + offset, $0.end + offset) }
                if windowed.attributions.contains(where: { $0.contents == shifted }) { found += 1 }
            }
        }
        // Only an attribution whose quotation or antecedent lies across a cut may differ.
        #expect(found * 10 >= alone.count * copies * 9, "\(found) of \(alone.count * copies)")
        for a in windowed.attributions {
            for span in a.contents + a.sources {
                #expect(span.end <= buffer.count)
                let words = buffer.text(span)
                #expect(text.contains(words))
            }
        }
        for m in windowed.mentions {
            #expect(buffer.text(m.nameSpan).contains(m.alias.prefix(3)) || m.via == .gazetteer || m.via == .demonym || m.via == .capital)
        }
    }

    @Test("a window ends after a line break, else after a sentence, else at a space, else at its limit")
    func windowEnds() {
        func end(_ s: String, _ length: Int) -> Int { Extractor.windowEnd(TextBuffer(s), from: 0, length: length) }
        #expect(end("aaaa bbbb.\ncccc dddd. eeee ffff gggg", 20) == 11)
        #expect(end("aaaa bbbb cccc. dddd eeee ffff gggg", 20) == 16)
        #expect(end("aaaa bbbb cccc dddd eeee ffff gggg", 20) == 20)
        #expect(end("aaaa bbbb cccc dddddddddddddddddddd", 20) == 15)
        #expect(end(String(repeating: "x", count: 50), 20) == 20)
        #expect(end("short", 20) == 5)
    }
}
