/// Known actors from the data files (countries with their demonyms and capitals,
/// organisations with their acronyms), looked up by token sequence.
/// A key is the lower-cased tokens of a name joined by spaces, without a leading "the".
public struct Gazetteer: Sendable {
    public enum Via: String, Sendable {
        /// The name or an alias: 'Pakistan', 'NATO'.
        case name
        /// An adjective or inhabitant word: 'Afghan', 'Pakistani'.
        case demonym
        /// A capital or seat used for the government: 'Kabul', 'the Kremlin'.
        case capital
    }

    public struct Entry: Sendable {
        public let name: String
        public let kind: ActorKind
        /// For organisations: international, government, militant, media, …
        public let type: String?
    }

    public struct Match: Sendable {
        public let entry: Entry
        public let via: Via
        /// Number of tokens matched.
        public let length: Int
    }

    public private(set) var entries: [Entry] = []
    private var index: [String: (entry: Int, via: Via)] = [:]
    /// The longest key, in tokens, so look-ups know when to stop.
    public private(set) var maxKeyLength = 1
    /// The first word of every key, so most tokens are rejected with one set look-up.
    private var firstWords: Set<String> = []
    /// Every key's text before each of its spaces ('united', 'united nations' of 'united
    /// nations security council'), so a look-up stops as soon as no longer key can match.
    private var keyPrefixes: Set<String> = []
    /// Keys that name more than one actor in the world ('Ansarullah'), with the kind of
    /// the name alone: see `ambiguous-aliases.txt`.
    private var ambiguousKeys: [String: ActorKind] = [:]
    private var ambiguousFirstWords: Set<String> = []

    public init() {}

    public var count: Int { entries.count }

    /// The normalised key of a name as written.
    public static func key(_ text: String) -> String {
        let tokens = Tokenizer.tokenize(TextBuffer(text)).map(\.lower)
        return key(tokens: tokens[...])
    }

    static func key(tokens: ArraySlice<String>) -> String {
        var words = Array(tokens)
        if words.count > 1, words.first == "the" { words.removeFirst() }
        if let last = words.last, last.hasSuffix("'s"), last.count > 2 {
            words[words.count - 1] = String(last.dropLast(2))
        }
        return words.joined(separator: " ")
    }

    /// The longest entry matching the tokens starting at `start`.
    public func match(_ tokens: [Token], at start: Int, limit: Int? = nil) -> Match? {
        let end = min(tokens.count, start + maxKeyLength, limit ?? tokens.count)
        guard start < end else { return nil }
        let first = tokens[start].lower
        guard firstWords.contains(first) || first.hasSuffix("'s") && firstWords.contains(String(first.dropLast(2))) else { return nil }
        // The key of the words so far is built as `key(tokens:)` builds it (without a leading
        // 'the' once there are two words, the last word without its possessive), from the
        // words after that 'the' joined so far (`joined`, `joinedCount` of them).
        var best: Match?
        var joined = "", joinedCount = 0
        for i in start..<end {
            if i > start, tokens[i].spaceBefore == false, tokens[i].kind == .punctuation, tokens[i].lower != "." { break }
            let w = tokens[i].lower
            let last = w.hasSuffix("'s") && w.count > 2 ? String(w.dropLast(2)) : w
            let key = joinedCount == 0 ? last : joined + " " + last
            if let hit = index[key] {
                best = Match(entry: entries[hit.entry], via: hit.via, length: i - start + 1)
            }
            if i == start, w == "the" { continue }
            joined = joinedCount == 0 ? w : joined + " " + w
            joinedCount += 1
            // No key goes on from these words: a longer match is impossible.
            if !keyPrefixes.contains(joined) { break }
        }
        return best
    }

    /// If the form (a key, see `key`) names more than one actor in the world, the kind of
    /// the name alone: it stands for its entry only when the article also names that
    /// entry otherwise.
    public func ambiguity(_ key: String) -> ActorKind? { ambiguousKeys[key] }

    /// Whether a form starting with this word (lower case) may be ambiguous: a cheap
    /// test before building the key.
    public func mayBeAmbiguous(_ firstWord: String) -> Bool {
        ambiguousFirstWords.contains(firstWord) || firstWord == "the" && !ambiguousKeys.isEmpty
    }

    mutating func markAmbiguous(_ rows: [[String]], file: String) throws {
        for row in rows {
            guard row.count == 2, let kind = ActorKind(rawValue: row[1]) else { throw LexiconError.badRow(file: file, row: row.joined(separator: "\t")) }
            let key = Gazetteer.key(row[0])
            ambiguousKeys[key] = kind
            if let first = key.split(separator: " ").first {
                ambiguousFirstWords.insert(String(first))
                ambiguousFirstWords.insert(String(first) + "'s")
            }
        }
    }

    /// `replacing`: a user's entry takes a form over from a shipped one (their 'Ansarullah'
    /// is not the shipped 'Houthis').
    mutating func add(name: String, kind: ActorKind, type: String?, aliases: [(String, Via)], replacing: Bool = false) {
        let id = entries.count
        entries.append(Entry(name: name, kind: kind, type: type))
        for (alias, via) in [(name, Via.name)] + aliases where !alias.isEmpty {
            let k = Gazetteer.key(alias)
            guard !k.isEmpty else { continue }
            // First writer wins, so the shipped files stay stable when a user adds theirs
            // unless the user's entry is more specific (a name beats a demonym).
            if !replacing, let existing = index[k], existing.via == .name || via != .name { continue }
            index[k] = (id, via)
            // A user who lists a form means their actor by it.
            if replacing { ambiguousKeys[k] = nil }
            let words = k.split(separator: " ")
            maxKeyLength = max(maxKeyLength, words.count + 1)
            for space in k.utf8.indices where k.utf8[space] == 0x20 { keyPrefixes.insert(String(k[..<space])) }
            if let w = words.first { firstWords.insert(String(w)) }
            // A key written with 'the' ('The Hill' → 'hill') may still be met with it.
            firstWords.insert("the")
        }
    }

    mutating func loadCountries(_ rows: [[String]], file: String) throws {
        for row in rows {
            guard row.count == 4 else { throw LexiconError.badRow(file: file, row: row.joined(separator: "\t")) }
            func list(_ s: String) -> [String] { s.split(separator: "|").map { $0.trimmingSpaces() } }
            add(name: row[0], kind: .country, type: nil,
                aliases: list(row[1]).map { ($0, .name) } + list(row[2]).map { ($0, .demonym) } + list(row[3]).map { ($0, .capital) })
        }
    }

    mutating func loadPlaces(_ rows: [[String]], file: String) throws {
        for row in rows {
            guard row.count >= 1, !row[0].isEmpty else { throw LexiconError.badRow(file: file, row: row.joined(separator: "\t")) }
            // 'Georgia (U.S. state)': the note in brackets tells it apart from the country; it is not part of the name.
            var name = row[0]
            if let bracket = name.firstIndex(of: "(") { name = String(name[..<bracket]).trimmingSpaces() }
            let aliases = row.count >= 2 ? row[1].split(separator: "|").map { ($0.trimmingSpaces(), Via.name) } : []
            add(name: name, kind: .place, type: nil, aliases: aliases)
        }
    }

    mutating func loadOrganizations(_ rows: [[String]], file: String) throws {
        for row in rows {
            guard row.count >= 2 else { throw LexiconError.badRow(file: file, row: row.joined(separator: "\t")) }
            let aliases = row[1].split(separator: "|").map { ($0.trimmingSpaces(), Via.name) }
            add(name: row[0], kind: .organization, type: row.count >= 3 ? row[2] : nil, aliases: aliases)
        }
    }

    /// A user's gazetteer: one actor per line, TAB-separated:
    ///   kind (person, organization, country or place), name, aliases ('|'-separated),
    ///   then for a country its demonyms and capitals, for an organisation its type.
    /// The user's entries win over the shipped ones for every form they list.
    mutating func loadUserEntries(_ rows: [[String]], file: String) throws {
        for row in rows {
            guard row.count >= 2, let kind = ActorKind(rawValue: row[0].lowercased()), kind != .unknown, !row[1].isEmpty else {
                throw LexiconError.badRow(file: file, row: row.joined(separator: "\t"))
            }
            func list(_ i: Int) -> [String] { i < row.count ? row[i].split(separator: "|").map { $0.trimmingSpaces() } : [] }
            var aliases = list(2).map { ($0, Via.name) }
            var type: String?
            if kind == .country {
                aliases += list(3).map { ($0, .demonym) } + list(4).map { ($0, .capital) }
            } else if kind == .organization, row.count > 3, !row[3].isEmpty {
                type = row[3]
            }
            add(name: row[1], kind: kind, type: type, aliases: aliases, replacing: true)
        }
    }
}
