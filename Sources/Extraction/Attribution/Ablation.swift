/// Rules and passes to leave out, for ablation (`whosaid eval --without`): a pass is
/// skipped when it is named or when every rule it adds is; otherwise a named rule's
/// attributions are simply not added, so the construction tried after it does not
/// take its place either (as if the rule had fired and been thrown away).
public struct Ablation: Sendable, Equatable {
    public var rules: Set<AttributionRule>
    public var passes: Set<AttributionPass>

    public init(rules: Set<AttributionRule> = [], passes: Set<AttributionPass> = []) {
        self.rules = rules
        self.passes = passes
    }

    public static let none = Ablation()

    public var isEmpty: Bool { rules.isEmpty && passes.isEmpty }

    /// Reads ids as `--without` takes them (rule ids such as `direct.title`, pass ids such
    /// as `following-quotes`), or fails with the ids that name neither.
    public static func parse(_ ids: [String]) -> Result<Ablation, UnknownIDs> {
        var out = Ablation()
        var unknown: [String] = []
        for id in ids {
            if let rule = AttributionRule(rawValue: id) {
                out.rules.insert(rule)
            } else if let pass = AttributionPass(rawValue: id) {
                out.passes.insert(pass)
            } else {
                unknown.append(id)
            }
        }
        return unknown.isEmpty ? .success(out) : .failure(UnknownIDs(ids: unknown))
    }

    public struct UnknownIDs: Error, Sendable {
        public var ids: [String]
    }

    func skips(_ pass: AttributionPass) -> Bool {
        passes.contains(pass) || !pass.rules.isEmpty && pass.rules.allSatisfy(rules.contains)
    }
}
