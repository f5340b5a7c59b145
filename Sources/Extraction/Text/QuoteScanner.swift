/// A stretch of text between quotation marks.
public struct QuoteRegion: Sendable {
    /// Token index of the opening mark.
    public var open: Int
    /// Token index of the closing mark; nil when the quote is left open at the end of
    /// its paragraph (the region then ends with the paragraph's last token).
    public var close: Int?
    /// Last token inside the region (the closing mark when there is one).
    public var last: Int
    /// Double marks (“ ” " '') rather than single ones (‘ ’ ').
    public var isDouble: Bool
    /// The region of the previous paragraph that this one continues: a quote that
    /// runs over several paragraphs reopens each one without closing the last.
    public var continues: Int?

    public var isClosed: Bool { close != nil }
}

/// Pairs quotation marks paragraph by paragraph. Curly marks say which way they
/// face; a straight mark opens when nothing is open and closes otherwise. Single
/// marks inside a double quote are part of it, and so are curly double marks nested in
/// a curly quotation ('“… what he calls “hell” than …”'); on their own single marks quote too
/// (headlines: ‘Negotiated settlement’ best option), but an apostrophe never does.
/// A quote left open ends with its paragraph, so one stray mark cannot swallow the
/// rest of the article.
enum QuoteScanner {
    static func scan(_ tokens: [Token], paragraphs: [Range<Int>]) -> [QuoteRegion] {
        var regions: [QuoteRegion] = []
        var previousParagraphOpenRegion: Int?
        for paragraph in paragraphs {
            var openDouble: Int?
            var openSingle: Int?
            /// Curly quotations opened inside the open one ('“… what he calls “hell” than …”').
            var nested = 0
            var thisParagraphOpen: Int?
            var firstRegionInParagraph = true
            func add(_ region: QuoteRegion) {
                var r = region
                if firstRegionInParagraph, let prev = previousParagraphOpenRegion, r.open == paragraph.lowerBound, r.isDouble {
                    r.continues = prev
                }
                firstRegionInParagraph = false
                regions.append(r)
            }
            for i in paragraph {
                guard var mark = tokens[i].quote else { continue }
                // Typesetting slips: “Apparently not,“ closes with an opening mark, and ” may open.
                if mark == .openDouble, openDouble != nil, looksLikeClosing(tokens, i, paragraph: paragraph), !looksLikeOpening(tokens, i, paragraph: paragraph) {
                    mark = .closeDouble
                } else if mark == .closeDouble, openDouble == nil, looksLikeOpening(tokens, i, paragraph: paragraph), !looksLikeClosing(tokens, i, paragraph: paragraph) {
                    mark = .openDouble
                }
                switch mark {
                case .openDouble:
                    // A writer who quotes inside a quotation with the same curly marks: two
                    // closing marks follow before the next opening one, so this one nests.
                    if let o = openDouble, tokens[o].quote == .openDouble, tokens[i].quote == .openDouble,
                       closingMarksAhead(tokens, after: i, paragraph: paragraph) >= nested + 2 {
                        nested += 1
                        continue
                    }
                    if let o = openDouble {
                        // A second opening mark before any closing one: the first quote was
                        // left open; end it just before this mark.
                        if i - 1 > o { add(QuoteRegion(open: o, close: nil, last: i - 1, isDouble: true)) }
                    }
                    openDouble = i
                    nested = 0
                    openSingle = nil
                case .closeDouble:
                    if nested > 0, openDouble != nil {
                        nested -= 1
                        continue
                    }
                    if let o = openDouble {
                        add(QuoteRegion(open: o, close: i, last: i, isDouble: true))
                        openDouble = nil
                    }
                case .straightDouble:
                    if let o = openDouble {
                        add(QuoteRegion(open: o, close: i, last: i, isDouble: true))
                        openDouble = nil
                    } else if looksLikeOpening(tokens, i, paragraph: paragraph) {
                        openDouble = i
                        nested = 0
                        openSingle = nil
                    }
                case .openSingle, .closeSingle, .straightSingle:
                    guard openDouble == nil else { continue }  // nested in a double quote
                    if let o = openSingle {
                        if mark != .openSingle, looksLikeClosing(tokens, i, paragraph: paragraph) {
                            add(QuoteRegion(open: o, close: i, last: i, isDouble: false))
                            openSingle = nil
                        }
                    } else if mark != .closeSingle, looksLikeOpening(tokens, i, paragraph: paragraph) {
                        openSingle = i
                    }
                }
            }
            if let o = openDouble, o + 1 < paragraph.upperBound {
                add(QuoteRegion(open: o, close: nil, last: paragraph.upperBound - 1, isDouble: true))
                thisParagraphOpen = regions.count - 1
            }
            previousParagraphOpenRegion = thisParagraphOpen
        }
        return regions
    }

    /// The curly closing marks after token i before the next curly opening mark in its
    /// paragraph.
    private static func closingMarksAhead(_ tokens: [Token], after i: Int, paragraph: Range<Int>) -> Int {
        var count = 0
        for k in (i + 1)..<paragraph.upperBound {
            switch tokens[k].quote {
            case .closeDouble?: count += 1
            case .openDouble?: return count
            default: continue
            }
        }
        return count
    }

    /// An opening mark is followed by text with no space and preceded by a space,
    /// the start of the paragraph, or an opening bracket or dash.
    private static func looksLikeOpening(_ tokens: [Token], _ i: Int, paragraph: Range<Int>) -> Bool {
        // '” … in the case of Wyoming, …,” wrote Time': a paragraph may open on a spaced ellipsis.
        if i == paragraph.lowerBound, i + 2 < paragraph.upperBound, ["…", "..."].contains(tokens[i + 1].lower) { return true }
        guard i + 1 < paragraph.upperBound, !tokens[i + 1].spaceBefore else { return false }
        let next = tokens[i + 1]
        // '". . . You're going to …"': an ellipsis written with spaced periods may open it.
        guard next.kind != .punctuation || next.lower == "…" || next.lower == "..." || next.lower == "["
            || next.lower == "." && i + 2 < paragraph.upperBound && (tokens[i + 2].lower == "." || !tokens[i + 2].spaceBefore && tokens[i + 2].kind == .punctuation) else { return false }
        return i == paragraph.lowerBound || tokens[i].spaceBefore || ["(", "—", "-", "[", ":"].contains(tokens[i - 1].lower)
    }

    /// A closing mark follows text with no space, and is followed by a space,
    /// punctuation, or the end of the paragraph.
    private static func looksLikeClosing(_ tokens: [Token], _ i: Int, paragraph: Range<Int>) -> Bool {
        guard i > paragraph.lowerBound, !tokens[i].spaceBefore else { return false }
        return i + 1 >= paragraph.upperBound || tokens[i + 1].spaceBefore || tokens[i + 1].kind == .punctuation || tokens[i + 1].kind == .quote
    }
}
