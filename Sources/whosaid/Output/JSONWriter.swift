/// A small JSON value with ordered keys, so output keeps the documented field order
/// and stays stable for diffs and tests.
indirect enum JSON {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])
    /// An array whose elements are made as they are written: the statements of a long
    /// article are never all held as values at once (see `write(inChunks:)`).
    case lazyArray(count: Int, element: (Int) -> JSON)

    static func string(_ s: String?) -> JSON { s.map { .string($0) } ?? .null }

    func serialized() -> String {
        var out = ""
        write(into: &out, flush: nil)
        return out
    }

    /// Writes the value in pieces of about 64 KB, so printing a long article's result
    /// holds one piece of its text, not all of it.
    func write(inChunks flush: (String) -> Void) {
        withoutActuallyEscaping(flush) { flush in
            var out = ""
            write(into: &out, flush: flush)
            if !out.isEmpty { flush(out) }
        }
    }

    private func write(into out: inout String, flush: ((String) -> Void)?) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += d.isFinite ? String(d) : "null"
        case .string(let s): JSON.escape(s, into: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                item.write(into: &out, flush: flush)
            }
            out += "]"
        case .lazyArray(let count, let element):
            out += "["
            for i in 0..<count {
                if i > 0 { out += ", " }
                element(i).write(into: &out, flush: flush)
                if let flush, out.utf8.count >= 1 << 16 {
                    flush(out)
                    out = ""
                }
            }
            out += "]"
        case .object(let fields):
            out += "{"
            for (i, (key, value)) in fields.enumerated() {
                if i > 0 { out += ", " }
                JSON.escape(key, into: &out)
                out += ": "
                value.write(into: &out, flush: flush)
            }
            out += "}"
        }
    }

    private static func escape(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
