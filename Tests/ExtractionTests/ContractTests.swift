import Testing
import TestSupport
@testable import Extraction

/// The contract `whosaid extract` offers: every span is a code-point range of the
/// text as read, and its text is exactly what stands there.
@Suite("Extraction contract")
struct ContractTests {
    /// Slices by code points independently of TextBuffer, so a bug there cannot hide.
    func slice(_ text: String, _ span: Span) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        return String(view)
    }

    func allSpans(_ r: ExtractionResult) -> [Span] {
        r.attributions.flatMap { a in (a.cue.map { [$0] } ?? []) + a.sources + a.contents } + r.mentions.flatMap { [$0.span, $0.nameSpan] }
    }

    @Test("every span of both seeds lies in the text and matches it", arguments: [Repo.seed1, Repo.seed2])
    func spansMatchSource(name: String) throws {
        let text = Repo.seed(name)
        let count = text.unicodeScalars.count
        let result = Extractor().extract(text, fileName: name)
        #expect(result.attributions.count >= 10)
        let buffer = TextBuffer(text)
        for span in allSpans(result) {
            #expect(0 <= span.start && span.start <= span.end && span.end <= count)
            #expect(buffer.text(span) == slice(text, span))
        }
        // Non-ASCII offsets: direct quotes start on their opening mark.
        for a in result.attributions where a.kind == .direct {
            let first = slice(text, a.contents[0]).unicodeScalars.first!
            #expect(["\u{201C}", "\"", "\u{2018}"].contains(first), "\(slice(text, a.contents[0]))")
        }
    }

    @Test("offsets count code points, not bytes or grapheme clusters")
    func codePointOffsets() throws {
        // 'é' as e + combining accent is two code points in one grapheme; the emoji is one code point of four bytes.
        let text = "Cafe\u{301} 🙂 owner Jean Dupont said: “The croissants are gone.”"
        let result = Extractor().extract(text)
        let quote = try #require(result.attributions.first)
        let content = quote.contents[0]
        #expect(content.start == Array(text.unicodeScalars).firstIndex(of: "\u{201C}"))
        #expect(slice(text, content) == "“The croissants are gone.”")
    }
}
