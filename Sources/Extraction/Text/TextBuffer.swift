/// The article's text as an array of Unicode scalars, so that a code-point offset is
/// an array index: every pass reads scalars by offset in O(1) and spans convert back
/// to strings without re-walking the UTF-8.
public struct TextBuffer: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        scalars.append(contentsOf: text.unicodeScalars)
        self.scalars = scalars
    }

    /// Code points already decoded: a window of a longer text (`Extractor.windowLength`).
    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    public var count: Int { scalars.count }

    public subscript(offset: Int) -> Unicode.Scalar { scalars[offset] }

    /// The text of `span`, clamped to the buffer. Built as UTF-8 bytes: several times
    /// faster than appending scalars to a string, and every pass and the knowledge
    /// base's writer slice names, sources and quotes out of the buffer all the time.
    public func text(_ span: Span) -> String {
        let lo = max(0, min(span.start, scalars.count))
        let hi = max(lo, min(span.end, scalars.count))
        return String(unsafeUninitializedCapacity: (hi - lo) * 4) { buffer in
            var n = 0
            for k in lo..<hi {
                let v = scalars[k].value
                if v < 0x80 {
                    buffer[n] = UInt8(v)
                    n += 1
                } else {
                    for byte in UTF8.encode(scalars[k])! {
                        buffer[n] = byte
                        n += 1
                    }
                }
            }
            return n
        }
    }
}
