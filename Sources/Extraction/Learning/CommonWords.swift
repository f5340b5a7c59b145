/// The words a corpus writes in lower case where nothing forces a capital: the everyday
/// vocabulary ('nearly', 'video', 'nation', 'security'). A capitalised word alone that is
/// one of these ('Nearly a week after …', '[Video: …]', 'Face the Nation') is a word put
/// at the head of a sentence, a caption or a title, not the name of an actor; a word
/// that is not ('Obama', 'Apple', 'Nike') is a name even when written alone.
///
/// Counted, not listed by hand: `whosaid train words` reads a corpus and writes
/// `common-words.txt`, so the list is the corpus's evidence and can be rebuilt.
public enum CommonWords {
    /// Lower-case uses a word needs before it counts as common.
    public static let minimumLowercase = 3
    /// How many times its lower-case uses must outnumber its capitalised ones inside sentences.
    public static let lowercaseRatio = 3

    /// Counts each word's lower-case and capitalised uses inside sentences (not the first
    /// word of a sentence, a line, a quotation or a title-case headline), and keeps the
    /// words whose lower-case uses dominate.
    public static func count<Texts: Sequence<String>>(_ texts: Texts, lexicon: Lexicon = .standard) -> [String] {
        var lower: [String: Int] = [:], capital: [String: Int] = [:]
        for text in texts {
            let doc = Document(text, lexicon: lexicon)
            let tokens = doc.tokens
            for k in tokens.indices where tokens[k].kind == .word && !tokens[k].isAllCaps {
                let t = tokens[k]
                guard k > 0, k != doc.sentence(of: k).lowerBound, !t.newlineBefore, !doc.isHeadlineParagraph[Int(doc.paragraphOf[k])],
                      tokens[k - 1].kind == .word || tokens[k - 1].lower == "," else { continue }
                guard t.lower.utf8.count >= 3, t.lower.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { continue }
                if t.isCapitalized { capital[t.lower, default: 0] += 1 } else { lower[t.lower, default: 0] += 1 }
            }
        }
        return lower.filter { $0.value >= minimumLowercase && $0.value >= lowercaseRatio * capital[$0.key, default: 0] }
            .keys.sorted()
    }
}
