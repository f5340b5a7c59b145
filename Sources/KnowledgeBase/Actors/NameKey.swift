/// The form of a name used to match actors: lower case, letters and digits only,
/// single spaces, no leading 'the', no possessive. 'The Taliban’s' and 'taliban'
/// share a key; so do 'Al-Qaeda' and 'Al Qaeda'.
public enum NameKey {
    public static func make(_ name: String) -> String {
        asciiKey(name) ?? scalarKey(name)
    }

    static func scalarKey(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var scalars = Array(name.unicodeScalars)
        // Drop a possessive ending.
        if scalars.count > 2, scalars[scalars.count - 1] == "s", scalars[scalars.count - 2] == "'" || scalars[scalars.count - 2] == "\u{2019}" {
            scalars.removeLast(2)
        }
        for s in scalars {
            if s.properties.isAlphabetic || s.properties.numericType != nil {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
            } else if s == "'" || s == "\u{2019}" || s == "." {
                continue  // O'Brien → obrien, U.S. → us
            } else {
                pendingSpace = true
            }
        }
        var key = String(out)
        if key.hasPrefix("the "), key.count > 4 { key.removeFirst(4) }
        return key
    }

    /// The same key for an all-ASCII name, byte by byte (ingest makes keys for every
    /// mention, and Unicode property look-ups dominated its profile). Nil when the name
    /// holds anything beyond ASCII.
    static func asciiKey(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            var end = bytes.count
            if end > 2, bytes[end - 1] == UInt8(ascii: "s"), bytes[end - 2] == UInt8(ascii: "'") { end -= 2 }
            var out: [UInt8] = []
            out.reserveCapacity(end)
            var pendingSpace = false
            for i in 0..<end {
                let b = bytes[i]
                if b >= 0x80 { return nil }
                let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                if (lower >= 0x61 && lower <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                    if pendingSpace, !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                    out.append(lower)
                } else if b == UInt8(ascii: "'") || b == UInt8(ascii: ".") {
                    continue
                } else {
                    pendingSpace = true
                }
            }
            if out.count > 4, out[0] == 0x74, out[1] == 0x68, out[2] == 0x65, out[3] == 0x20 { out.removeFirst(4) }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
