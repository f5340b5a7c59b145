/// How well extraction lists the actors of an article, against a reader's list:
/// a gold actor is found when some predicted actor shares one of its names (canonical
/// or alias, compared without case, punctuation, a leading 'the' or a possessive);
/// one-to-one, in the gold list's order. Also counts whether the kind agrees and how
/// many of the reader's aliases ended up on the same predicted actor (within-article
/// resolution: 'Clinton' and 'Hillary Clinton' as one).
public struct ActorScorer {
    public struct GoldActor: Sendable {
        public var name: String
        public var kind: ActorKind
        public var aliases: [String]

        public init(name: String, kind: ActorKind, aliases: [String]) {
            self.name = name
            self.kind = kind
            self.aliases = aliases
        }
    }

    public struct Report: Sendable, Equatable {
        public var gold = 0, predicted = 0, matched = 0, kindAgrees = 0, goldAliases = 0, aliasesLinked = 0
        public var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        public var kindAccuracy: Double { matched == 0 ? 0 : Double(kindAgrees) / Double(matched) }
        public var aliasRecall: Double { goldAliases == 0 ? 0 : Double(aliasesLinked) / Double(goldAliases) }
    }

    public private(set) var report = Report()

    public init() {}

    /// Adds one article: the reader's actors and what extraction found in it.
    public mutating func add(gold: [GoldActor], mentions: [Mention]) {
        // Predicted actors: one per canonical name and kind, with every form seen.
        var order: [String] = []
        var predicted: [String: (kind: ActorKind, keys: Set<String>)] = [:]
        for m in mentions {
            let id = Self.key(m.actor.name)
            guard !id.isEmpty else { continue }
            if predicted[id] == nil {
                order.append(id)
                predicted[id] = (m.actor.kind, [id])
            }
            predicted[id]!.keys.insert(Self.key(m.alias))
        }
        report.gold += gold.count
        report.predicted += order.count
        var taken = Set<String>()
        for g in gold {
            let names = [g.name] + g.aliases
            let keys = Set(names.map(Self.key))
            // The predicted actor sharing the most of the reader's names.
            let best = order.filter { !taken.contains($0) }
                .map { ($0, predicted[$0]!.keys.intersection(keys).count) }
                .filter { $0.1 > 0 }
                .max { $0.1 < $1.1 }
            report.goldAliases += names.count
            guard let (id, _) = best, let p = predicted[id] else { continue }
            taken.insert(id)
            report.matched += 1
            if p.kind == g.kind { report.kindAgrees += 1 }
            report.aliasesLinked += names.filter { p.keys.contains(Self.key($0)) }.count
        }
    }

    /// Lower-cased words of letters and digits, without 'the' in front or a possessive.
    static func key(_ name: String) -> String {
        var words: [String] = []
        var current = ""
        for s in name.unicodeScalars {
            if s.properties.isAlphabetic || s.properties.numericType != nil {
                current += String(s).lowercased()
            } else if s == "'" || s == "\u{2019}" || s == "." {
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        if words.count > 1, words.first == "the" { words.removeFirst() }
        if let last = words.last, last.count > 1, last.hasSuffix("s"), name.hasSuffix("'s") || name.hasSuffix("\u{2019}s") {
            words[words.count - 1] = String(last.dropLast())
        }
        return words.joined(separator: " ")
    }
}
