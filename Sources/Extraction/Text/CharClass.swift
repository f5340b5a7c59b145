/// Character classes on Unicode scalars with an ASCII fast path: the tokenizer asks
/// these questions once per code point, so they must not go through `Character`.
enum CharClass {
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v == 0xA0 || (v >= 0x2000 && v <= 0x206F) { return false }
        return s.properties.isAlphabetic
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return s.properties.numericType == .decimal
    }

    @inline(__always)
    static func isAlnum(_ s: Unicode.Scalar) -> Bool { isLetter(s) || isDigit(s) }

    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    @inline(__always)
    static func isLower(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return s.properties.isLowercase
    }

    @inline(__always)
    static func isNewline(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029 || v == 0x85
    }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0x0B || v == 0x0C }
        // (Invisible format marks count as space too: the zero-width space, direction
        // marks and the bidi embeddings some pages put before a quotation, 'U+202A”This
        // is …'; not the joiners U+200C/U+200D, which hold Persian and Indic words and
        // emoji together.)
        if v == 0xA0 || v == 0x85 || v == 0xFEFF || v == 0x200B || v == 0x200E || v == 0x200F || (v >= 0x202A && v <= 0x202E) || (v >= 0x2060 && v <= 0x2064) { return true }
        return s.properties.isWhitespace
    }

    /// Marks that join the two parts of a word: don't, Pakistan’s, Tehreek-e-Taliban.
    @inline(__always)
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }

    @inline(__always)
    static func isHyphen(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2010}" || s == "\u{2011}" }

    /// Lower-cases one scalar; ASCII directly, others through their properties.
    @inline(__always)
    static func lowered(_ s: Unicode.Scalar, into out: inout String.UnicodeScalarView) {
        let v = s.value
        if v < 0x80 {
            out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v | 0x20)! : s)
        } else if s == "\u{2019}" || s == "\u{2018}" {
            out.append("'")
        } else {
            out.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
        }
    }
}
