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

    public var count: Int { scalars.count }

    public subscript(offset: Int) -> Unicode.Scalar { scalars[offset] }

    /// The text of `span`, clamped to the buffer.
    public func text(_ span: Span) -> String {
        let lo = max(0, min(span.start, scalars.count))
        let hi = max(lo, min(span.end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lo..<hi])
        return String(view)
    }
}
