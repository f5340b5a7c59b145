/// The form of a name used to match actors: lower case, letters and digits only,
/// single spaces, no leading 'the', no possessive. 'The Taliban’s' and 'taliban'
/// share a key; so do 'Al-Qaeda' and 'Al Qaeda'.
public enum NameKey {
    public static func make(_ name: String) -> String {
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
}
