/// A binary averaged perceptron over string features: small, fast, deterministic,
/// and readable as a plain table of weights. Training order is fixed, so the same
/// data always gives the same weights (the shipped model can be rebuilt exactly).
public struct Perceptron: Sendable {
    public private(set) var weights: [String: Double] = [:]
    public var bias: Double = 0

    public init(weights: [String: Double] = [:], bias: Double = 0) {
        self.weights = weights
        self.bias = bias
    }

    public func score(_ features: [String]) -> Double {
        var s = bias
        for f in features { s += weights[f] ?? 0 }
        return s
    }

    /// Trains on (features, label) examples for `epochs` passes and returns the
    /// averaged weights, which generalise better than the last ones.
    public static func train(_ examples: [([String], Bool)], epochs: Int, positiveWeight: Double = 1) -> Perceptron {
        var w: [String: Double] = [:]
        var totals: [String: Double] = [:]
        var stamps: [String: Int] = [:]
        var b = 0.0, bTotal = 0.0, bStamp = 0
        var step = 0
        for epoch in 0..<epochs {
            // A fixed, epoch-dependent order without a random generator.
            let stride = examples.isEmpty ? 1 : Self.coprime(to: examples.count, seed: epoch)
            var index = 0
            for _ in 0..<examples.count {
                index = (index + stride) % examples.count
                let (features, label) = examples[index]
                step += 1
                var s = b
                for f in features { s += w[f] ?? 0 }
                let predicted = s > 0
                guard predicted != label else { continue }
                let delta = label ? positiveWeight : -1
                for f in features {
                    totals[f, default: 0] += Double(step - (stamps[f] ?? 0)) * (w[f] ?? 0)
                    stamps[f] = step
                    w[f, default: 0] += delta
                }
                bTotal += Double(step - bStamp) * b
                bStamp = step
                b += delta
            }
        }
        step += 1
        var averaged: [String: Double] = [:]
        for (f, value) in w {
            let total = (totals[f] ?? 0) + Double(step - (stamps[f] ?? 0)) * value
            let avg = total / Double(step)
            if abs(avg) >= 1e-4 { averaged[f] = avg }
        }
        let bias = (bTotal + Double(step - bStamp) * b) / Double(step)
        return Perceptron(weights: averaged, bias: bias)
    }

    private static func coprime(to n: Int, seed: Int) -> Int {
        var candidate = (n / 2 + 1 + seed * 7919) % n
        if candidate == 0 { candidate = 1 }
        while gcd(candidate, n) != 1 { candidate += 1; if candidate >= n { candidate = 1 } }
        return candidate
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

    /// The weights as TSV lines ('feature<TAB>weight'), sorted for stable diffs.
    public func serialized(header: String) -> String {
        var out = header
        out += "__bias__\t\(String(format6(bias)))\n"
        for (f, v) in weights.sorted(by: { $0.key < $1.key }) { out += "\(f)\t\(format6(v))\n" }
        return out
    }

    public init(tsv: String) {
        var weights: [String: Double] = [:]
        var bias = 0.0
        for row in LexiconFile.rows(tsv) where row.count == 2 {
            guard let v = Double(row[1]) else { continue }
            if row[0] == "__bias__" { bias = v } else { weights[row[0]] = v }
        }
        self.init(weights: weights, bias: bias)
    }
}

/// Six decimals, no exponent: enough precision and stable text across platforms.
func format6(_ v: Double) -> String {
    let scaled = (v * 1_000_000).rounded() / 1_000_000
    var s = String(scaled)
    if s.contains("e") { s = String(Int((v * 1_000_000).rounded())) + "e-6" }
    return s
}
