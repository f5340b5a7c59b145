/// A perceptron's weights as scoring reads them: keyed by the FNV-1a hash of each
/// feature's text, so a model hashes the parts of a feature as it goes instead of
/// building a string for each (see `HashedScore`). Both learned parts score this way.
struct HashedWeights: Sendable {
    let weights: [UInt64: Double]
    let bias: Double

    init(_ perceptron: Perceptron) {
        var hashed: [UInt64: Double] = [:]
        hashed.reserveCapacity(perceptron.weights.count)
        for (feature, weight) in perceptron.weights { hashed[FNV.hash(feature), default: 0] += weight }
        weights = hashed
        bias = perceptron.bias
    }

    /// A sink that adds up the weights of the features given to it, from the bias.
    var sink: HashedScore { HashedScore(weights: weights, score: bias) }

    /// The weights a build carries as the data file `name`, or nil when it carries none.
    static func embedded(_ name: String) -> Perceptron? {
        guard let file = EmbeddedLexicons.files.first(where: { $0.name == name }) else { return nil }
        let p = Perceptron(tsv: file.text)
        return p.weights.isEmpty ? nil : p
    }
}
