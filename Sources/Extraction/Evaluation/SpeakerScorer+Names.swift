// The only file of Extraction that imports Foundation: the standard library has no
// compatibility decomposition (NFKD), and speakers.py folds names with it, so 'Ｔｒｕｍｐ'
// and 'ﬁrm' must become 'trump' and 'firm' here too. Nothing else in the module uses it.
import Foundation

extension SpeakerScorer {
    /// speakers.py's `norm`: the key two names must share to name the same actor.
    /// In its order: NFKD, combining marks dropped, lower case, ’ as ', a possessive 's
    /// removed where a word ends, surrounding white space and a leading 'the ' removed,
    /// then only a–z and 0–9 kept ('The Washington Post' and 'Washington Post’s' are both
    /// 'washingtonpost', 'José Martínez' is 'josemartinez').
    public static func key(_ name: String) -> String {
        var folded: [Unicode.Scalar] = []
        for s in name.decomposedStringWithCompatibilityMapping.unicodeScalars where s.properties.canonicalCombiningClass.rawValue == 0 {
            // Python's str.lower(): the full mapping, scalar by scalar.
            for l in s.properties.lowercaseMapping.unicodeScalars {
                folded.append(l == "\u{2019}" ? "'" : l)
            }
        }
        // re.sub(r"'s\b", "", s): an apostrophe and s not followed by a word character.
        var kept: [Unicode.Scalar] = []
        var i = 0
        while i < folded.count {
            if folded[i] == "'", i + 1 < folded.count, folded[i + 1] == "s",
               i + 2 == folded.count || !Scorer.isWordScalar(folded[i + 2]) {
                i += 2
                continue
            }
            kept.append(folded[i])
            i += 1
        }
        // s.strip(), then re.sub(r"^the\s+", "", s).
        var body = kept.drop(while: Scorer.isSpaceScalar)
        while let last = body.last, Scorer.isSpaceScalar(last) { body.removeLast() }
        if body.starts(with: ["t", "h", "e"]), let next = body.dropFirst(3).first, Scorer.isSpaceScalar(next) {
            body = body.dropFirst(3).drop(while: Scorer.isSpaceScalar)
        }
        var out = ""
        for s in body where ("a"..."z").contains(s) || ("0"..."9").contains(s) {
            out.unicodeScalars.append(s)
        }
        return out
    }
}
