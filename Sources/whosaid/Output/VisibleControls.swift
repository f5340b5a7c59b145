/// Article text is untrusted: an escape sequence in a quote (`ESC[2J`, `ESC]0;title BEL`,
/// an OSC 8 link) would clear the screen or rewrite the window title if printed raw.
/// Tables, Markdown and profiles show every control character as a visible picture
/// instead (`␛[2J`), so what is on screen is the text, never an instruction to the
/// terminal. Only the two colour sequences `whosaid` itself adds to mark search
/// matches stay active; they can do no harm. CSV and JSON keep the text as it is.
enum VisibleControls {
    static let bold = "\u{1B}[1m"
    static let reset = "\u{1B}[0m"

    static func render(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "\u{1B}", let kept = [bold, reset].first(where: { matches($0, scalars, at: i) }) {
                out.append(contentsOf: kept.unicodeScalars)
                i += kept.unicodeScalars.count
                continue
            }
            if s == "\n" || s == "\t" || s == "\r" {
                out.append(s)  // layout: tables and Markdown turn these into spaces or <br>
            } else if s.value < 0x20 {
                out.append(Unicode.Scalar(0x2400 + s.value)!)  // ␀ … ␟, ␛ for ESC
            } else if s.value == 0x7F {
                out.append("\u{2421}")  // ␡
            } else if isControl(s) {
                out.append(contentsOf: "<U+\(String(s.value, radix: 16, uppercase: true))>".unicodeScalars)
            } else {
                out.append(s)
            }
            i += 1
        }
        return String(out)
    }

    /// C0, DEL and C1 controls, and the bidirectional overrides that reorder what is shown.
    static func isControl(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x20 && s != "\n" && s != "\t" && s != "\r") || (0x7F...0x9F).contains(s.value)
            || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
    }

    private static func matches(_ sequence: String, _ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        let seq = Array(sequence.unicodeScalars)
        guard i + seq.count <= scalars.count else { return false }
        return Array(scalars[i..<(i + seq.count)]) == seq
    }
}
