import Foundation

/// An option given twice (`--speaker A --speaker B`) would silently keep the last
/// value: the argument parser takes it as a correction. Most likely it is a mistake
/// (the user meant both), so every option that is not documented as repeatable is
/// checked once, before parsing, and a repeat is a usage error.
enum RepeatedOptions {
    /// Options that take several values by design.
    static let repeatable: Set<String> = ["--param", "--alias", "--gazetteer", "--verbose"]

    /// The first option given more than once, with the values it was given, or nil.
    static func firstRepeat(in arguments: [String]) -> (option: String, values: [String])? {
        var seen: [String: [String]] = [:]
        var order: [String] = []
        var i = 0
        while i < arguments.count {
            let arg = arguments[i]
            if arg == "--" { break }  // what follows is operands, never options
            if arg.hasPrefix("--"), arg.count > 2 {
                let name: String
                let value: String
                if let eq = arg.firstIndex(of: "=") {
                    name = String(arg[..<eq])
                    value = String(arg[arg.index(after: eq)...])
                } else {
                    name = arg
                    value = i + 1 < arguments.count ? arguments[i + 1] : ""
                }
                if !repeatable.contains(name) {
                    if seen[name] == nil { order.append(name) }
                    seen[name, default: []].append(value)
                }
            }
            i += 1
        }
        for name in order where seen[name]!.count > 1 { return (name, seen[name]!) }
        return nil
    }
}
