/// Every word list the extraction uses, read from the data files in `Lexicons/`
/// (compiled into the binary). Rules ask the lexicon; they never spell words out.
public struct Lexicon: Sendable {
    public enum CueClass: String, Sendable {
        case speech, writing, stance, belief, evidence, intent
        /// Speech, writing and stance verbs mark an attribution on their own.
        public var isStrong: Bool { self == .speech || self == .writing || self == .stance }
    }

    public struct CueForm: Sendable {
        public let lemma: String
        public let cueClass: CueClass
    }

    public enum WordClass: String, Sendable {
        case det, prep, conj, aux, adv, rel, neg
    }

    public enum TitleClass: String, Sendable {
        case rank, role, modifier
    }

    public struct PronounInfo: Sendable {
        public let kinds: Set<ActorKind>
        public let plural: Bool
        public let role: String
        /// 'he', 'she': the gender the pronoun asks of its antecedent.
        public let gender: Gender?
    }

    public var cueForms: [String: CueForm] { _read { yield box.tables.cueForms } }
    /// Multi-word cues as token sequences, longest first.
    public var cuePhrases: [[String]] { _read { yield box.tables.cuePhrases } }
    /// The same phrases keyed by their first word, longest first, for look-up per token.
    public var cuePhrasesByFirstWord: [String: [[String]]] { _read { yield box.tables.cuePhrasesByFirstWord } }
    public var abbreviations: Set<String> { _read { yield box.tables.abbreviations } }
    public var titles: [String: TitleClass] { _read { yield box.tables.titles } }
    public var pronouns: [String: PronounInfo] { _read { yield box.tables.pronouns } }
    public var functionWords: [String: WordClass] { _read { yield box.tables.functionWords } }
    public var timeWords: Set<String> { _read { yield box.tables.timeWords } }
    public var sourceNouns: Set<String> { _read { yield box.tables.sourceNouns } }
    public var organizationWords: Set<String> { _read { yield box.tables.organizationWords } }
    /// The small named word sets of `word-sets.tsv`.
    public enum WordSet: String, CaseIterable, Sendable {
        case saying, invertible, impression, addressee
        case cueAdverbs = "cue-adverbs", postCueAdverbs = "post-cue-adverbs", occasions
        case officeWords = "office-words", nameJoiners = "name-joiners"
        case femaleTitles = "female-titles", maleTitles = "male-titles"
        case partyLabels = "party-labels", placePrepositions = "place-prepositions", groupNouns = "group-nouns"
        case pageLabels = "page-labels", dataSources = "data-sources", naming
        case quantityModifiers = "quantity-modifiers", numberWords = "number-words"
        case phrasePrepositions = "phrase-prepositions", sourceAdjectives = "source-adjectives"
        case coordinators, floatingQuantifiers = "floating-quantifiers", nounPrepositions = "noun-prepositions"
        case titleParticiples = "title-participles", companionVerbs = "companion-verbs", speechNouns = "speech-nouns"
        case relativePronouns = "relative-pronouns", partyMembers = "party-members", personNouns = "person-nouns"
        case subordinateTitles = "subordinate-titles", documents, nameSuffixes = "name-suffixes"
        case locationPrepositions = "location-prepositions", placeHeads = "place-heads", countryNouns = "country-nouns", placeAdjectives = "place-adjectives", mediumPrepositions = "medium-prepositions"
        case creditWords = "credit-words"
        case bodyNouns = "body-nouns"
        case landmarkPrefixes = "landmark-prefixes", capitalisedNouns = "capitalised-nouns", caseJoiners = "case-joiners", partyMemberNouns = "party-member-nouns"
        case subordinators, countWords = "count-words", ofQuantifiers = "of-quantifiers"
        case relativeCueOpeners = "relative-cue-openers", relativeSources = "relative-sources", beAuxiliaries = "be-auxiliaries"
        case passiveAuxiliaries = "passive-auxiliaries", quotePassiveAuxiliaries = "quote-passive-auxiliaries"
        case reportingPassives = "reporting-passives", questionLeadIns = "question-lead-ins", questionWords = "question-words"
        case participleLeadIns = "participle-lead-ins", appearancePrepositions = "appearance-prepositions"
        case impersonalSubjects = "impersonal-subjects", pollLeadConjunctions = "poll-lead-conjunctions"
        case speakingPronouns = "speaking-pronouns", requestNouns = "request-nouns", subjectLeadIns = "subject-lead-ins"
        case nonSpeakingPronouns = "non-speaking-pronouns", partnerLeadIns = "partner-lead-ins", clauseLinks = "clause-links"
        case subjectPrepositions = "subject-prepositions", withObjects = "with-objects", clauseLeadIns = "clause-lead-ins"
        case relativeWords = "relative-words", relativeClauseOpeners = "relative-clause-openers", articles = "articles"
        case affiliationPrepositions = "affiliation-prepositions", contentClauseOpeners = "content-clause-openers"
        case reportedClauseOpeners = "reported-clause-openers", quoteClosingSubordinators = "quote-closing-subordinators"
        case timeModifiers = "time-modifiers", reasonSubordinators = "reason-subordinators"
        case timeSubordinators = "time-subordinators", circumstancePrepositions = "circumstance-prepositions"
        case occasionPrepositions = "occasion-prepositions", occasionDeterminers = "occasion-determiners"
        case clauseClosingRelatives = "clause-closing-relatives", contrastWords = "contrast-words"
        case aloneQuantifiers = "alone-quantifiers", verbParticles = "verb-particles"
        case attributionContinuations = "attribution-continuations", verbSubordinators = "verb-subordinators"
        case participleSubordinators = "participle-subordinators", knownAsAdverbs = "known-as-adverbs"
        case lyNonAdverbs = "ly-non-adverbs", pronominalDeterminers = "pronominal-determiners"
        case nonCuePhraseStarts = "non-cue-phrase-starts", timeLeadIns = "time-lead-ins"
        case occasionAdjunctPrepositions = "occasion-adjunct-prepositions", adjunctDeterminers = "adjunct-determiners"
        case agoQuantifiers = "ago-quantifiers", agoModifiers = "ago-modifiers", postCueTimeLeadIns = "post-cue-time-lead-ins"
        case occasionHeads = "occasion-heads", modifierPrepositions = "modifier-prepositions"
        case subjectQuantifiers = "subject-quantifiers", quantityPhraseWords = "quantity-phrase-words"
        case comparativeQuantifiers = "comparative-quantifiers", describedSubjectLeadIns = "described-subject-lead-ins"
        case appositiveOpeners = "appositive-openers", descriptionOpeners = "description-openers"
        case organizationHeads = "organization-heads", tenseModifiers = "tense-modifiers"
        case documentPrepositions = "document-prepositions", issuerPrepositions = "issuer-prepositions"
        case definiteDeterminers = "definite-determiners", principalOrganizations = "principal-organizations", principalAnaphors = "principal-anaphors", pairSources = "pair-sources", thingHeads = "thing-heads", memberVerbs = "member-verbs", kinPossessives = "kin-possessives", maleKin = "male-kin", femaleKin = "female-kin", kinPairs = "kin-pairs", parentKin = "parent-kin", homeCountryNouns = "home-country-nouns", homeCountryDeterminers = "home-country-determiners", pluralPronouns = "plural-pronouns", nameListWords = "name-list-words"
        case workTitleCues = "work-title-cues", works, roleAdjectives = "role-adjectives", commonAcronyms = "common-acronyms"
    }

    /// The sets by `WordSet.ordinal`: a look-up per call is an array index, not a hash of
    /// the set's name (a raw-value enum hashes and compares its raw string).

    /// The words of one named set (empty when the file leaves it out).
    public func words(_ set: WordSet) -> Set<String> { box.tables.wordSets[set.ordinal] }

    /// A document or its plural ('poll', 'records'): `documents` in `word-sets.tsv`.
    public func isDocument(_ word: String) -> Bool {
        let documents = words(.documents)
        return documents.contains(word) || word.hasSuffix("s") && documents.contains(String(word.dropLast()))
    }

    /// Capitalised words that never start a name.
    public var notNames: Set<String> { _read { yield box.tables.notNames } }
    /// Words the training corpus writes in lower case inside sentences: see `CommonWords`.
    public var commonWords: Set<String> { _read { yield box.tables.commonWords } }
    /// Last words of capitalised names of things (laws, events, streets), not actors.
    public var thingWords: Set<String> { _read { yield box.tables.thingWords } }
    /// Words for groups of people and for beliefs ('Muslims', 'Latinos', 'Islam'): a name
    /// made of these alone is not an actor.
    public var peopleGroups: Set<String> { _read { yield box.tables.peopleGroups } }
    /// Phrases that credit the makers of an article or a photo ('contributed reporting',
    /// 'Photo courtesy'), as token sequences; `lineStart` phrases count only opening a line.
    public var creditPhrases: [(words: [String], lineStart: Bool)] { _read { yield box.tables.creditPhrases } }
    /// Cue forms that are often nouns ('his claims', 'a note').
    public var nounCueForms: Set<String> { _read { yield box.tables.nounCueForms } }
    /// Cue forms that report only in a reporting frame ('continued: “…”').
    public var frameCueForms: Set<String> { _read { yield box.tables.frameCueForms } }
    /// Given names and their usual gender, so 'she' does not resolve to 'Chris Christie'.
    public var firstNames: [String: Gender] { _read { yield box.tables.firstNames } }
    /// Abbreviated titles and their full form ('sen' → 'senator'), so a description
    /// ('the senator') finds the person written with the abbreviation ('Sen. Sanders').
    public var titleForms: [String: String] { _read { yield box.tables.titleForms } }

    public enum Gender: String, Sendable {
        case female, male, either
    }
    public var gazetteer: Gazetteer { _read { yield box.tables.gazetteer } }
    /// Every word some list knows, with all its classes at once: the per-token look-up.
    public var words: [String: WordInfo] { _read { yield box.tables.words } }

    /// What the lists say about one word. Small and free of references, so copying it
    /// for every token costs nothing.
    public struct WordInfo: Sendable {
        public var wordClass: WordClass?
        public var pronounRole: PronounRole?
        public var title: TitleClass?
        public var isTime = false
        public var isSourceNoun = false
        public var cueClass: CueClass?
        public var isOrganizationWord = false
        /// Capitalised, yet never the start of a name ('Meanwhile', 'Short Url').
        public var isNotName = false
        /// The first word of a cue phrase ('went' of 'went on to say'), so the phrase
        /// table is consulted only for these.
        public var startsCuePhrase = false
        /// The first word of a credit phrase ('contributed' of 'contributed reporting').
        public var startsCreditPhrase = false

        public static let none = WordInfo()
    }

    public enum PronounRole: String, Sendable {
        case subject, object, possessive, reflexive
    }

    /// The lexicon shipped with WhoSaid.
    public static let standard: Lexicon = {
        do {
            return try Lexicon(files: EmbeddedLexicons.files)
        } catch {
            // The shipped files are checked by the tests; a failure here is a build defect.
            fatalError("built-in lexicon is invalid: \(error)")
        }
    }()

    /// This lexicon with a user's gazetteer file added (see `Gazetteer.loadUserEntries`).
    public func adding(gazetteer text: String, file: String) throws -> Lexicon {
        var tables = box.tables
        try tables.gazetteer.loadUserEntries(LexiconFile.rows(text), file: file)
        return Lexicon(box: Box(tables))
    }

    public init(files: [(name: String, text: String)]) throws {
        box = Box(try Tables(files: files))
    }

    private init(box: Box) { self.box = box }


    public func wordClass(_ lower: String) -> WordClass? { functionWords[lower] }

    /// The gender a person's name or title shows, if any: 'Ms. Warren', 'Hillary Clinton'.
    public func gender(firstWord: String, titleWords: [String]) -> Gender? {
        for t in titleWords {
            if words(.femaleTitles).contains(t) { return .female }
            if words(.maleTitles).contains(t) { return .male }
        }
        if let g = firstNames[firstWord], g != .either { return g }
        return nil
    }
    /// The sex a person's given name tells, if it tells one ('Michelle Obama': female).
    public func sex(ofGivenNameIn name: String) -> Gender? {
        guard let given = name.split(separator: " ").first, let sex = firstNames[given.lowercased()], sex != .either else { return nil }
        return sex
    }
    public func cue(_ lower: String) -> CueForm? { cueForms[lower] }

    // MARK: Loading





    /// Everything read from the files, held once behind a reference: copying a lexicon
    /// (every phrase reader, finder and resolver holds one) is one retain, not one per table.
    struct Tables: Sendable {
        var cueForms: [String: CueForm] = [:]
        var cuePhrases: [[String]] = []
        var cuePhrasesByFirstWord: [String: [[String]]] = [:]
        var abbreviations: Set<String> = []
        var titles: [String: TitleClass] = [:]
        var pronouns: [String: PronounInfo] = [:]
        var functionWords: [String: WordClass] = [:]
        var timeWords: Set<String> = []
        var sourceNouns: Set<String> = []
        var organizationWords: Set<String> = []
        var wordSets = [Set<String>](repeating: [], count: WordSet.allCases.count)
        var notNames: Set<String> = []
        var commonWords: Set<String> = []
        var thingWords: Set<String> = []
        var peopleGroups: Set<String> = []
        var creditPhrases: [(words: [String], lineStart: Bool)] = []
        var nounCueForms: Set<String> = []
        var frameCueForms: Set<String> = []
        var firstNames: [String: Gender] = [:]
        var titleForms: [String: String] = [:]
        var gazetteer: Gazetteer = Gazetteer()
        var words: [String: WordInfo] = [:]

        init(files: [(name: String, text: String)]) throws {
            precondition(WordSet.allCases.indices.allSatisfy { WordSet.allCases[$0].ordinal == $0 }, "WordSet.ordinal is not the case's position")
            for file in files {
                let rows = LexiconFile.rows(file.text)
                switch file.name {
                case "cue-verbs.tsv": try loadCueVerbs(rows, file: file.name)
                case "cue-phrases.txt":
                    cuePhrases = rows.map { $0[0].split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
                    cuePhrasesByFirstWord = Dictionary(grouping: cuePhrases, by: { $0[0] })
                case "abbreviations.txt": abbreviations = Set(rows.map { $0[0] })
                case "titles.txt": try loadTitles(rows, file: file.name)
                case "pronouns.tsv": try loadPronouns(rows, file: file.name)
                case "title-forms.tsv":
                    for row in rows {
                        guard row.count == 2 else { throw LexiconError.badRow(file: file.name, row: row.joined(separator: "\t")) }
                        titleForms[row[0]] = row[1]
                    }
                case "function-words.tsv": try loadFunctionWords(rows, file: file.name)
                case "time-words.txt": timeWords = Set(rows.map { $0[0] })
                case "source-nouns.txt": sourceNouns = Set(rows.map { $0[0] })
                case "organization-words.txt": organizationWords = Set(rows.map { $0[0] })
                case "noun-cue-forms.txt": nounCueForms = Set(rows.map { $0[0] })
                case "not-names.txt": notNames = Set(rows.map { $0[0] })
                case "common-words.txt": commonWords = Set(rows.map { $0[0] })
                case "thing-words.txt": thingWords = Set(rows.map { $0[0] })
                case "groups-of-people.txt": peopleGroups = Set(rows.map { $0[0] })
                case "credit-phrases.txt":
                    creditPhrases = rows.map { row in
                        let phrase = row[0].hasPrefix("^") ? String(row[0].dropFirst()) : row[0]
                        return (phrase.split(separator: " ").map(String.init), row[0].hasPrefix("^"))
                    }
                case "ambiguous-aliases.txt": try gazetteer.markAmbiguous(rows, file: file.name)
                case "word-sets.tsv":
                    for row in rows {
                        guard row.count == 2, let set = WordSet(rawValue: row[0]) else {
                            throw LexiconError.badRow(file: file.name, row: row.joined(separator: "\t"))
                        }
                        wordSets[set.ordinal].formUnion(row[1].split(separator: " ").map(String.init))
                    }
                case "frame-cue-forms.txt": frameCueForms = Set(rows.map { $0[0] })
                case "first-names.tsv":
                    for row in rows {
                        guard row.count == 2, let g = Gender(rawValue: row[1]) else { throw LexiconError.badRow(file: file.name, row: row.joined(separator: "\t")) }
                        firstNames[row[0]] = g
                    }
                case "countries.tsv": try gazetteer.loadCountries(rows, file: file.name)
                case "organizations.tsv": try gazetteer.loadOrganizations(rows, file: file.name)
                case "places.tsv": try gazetteer.loadPlaces(rows, file: file.name)
                default: break
                }
            }
            buildWordInfo()
        }

        mutating func buildWordInfo() {
            var table: [String: WordInfo] = [:]
            for (w, c) in functionWords { table[w, default: .none].wordClass = c }
            for (w, p) in pronouns { table[w, default: .none].pronounRole = PronounRole(rawValue: p.role) }
            for (w, t) in titles { table[w, default: .none].title = t }
            for w in timeWords { table[w, default: .none].isTime = true }
            for w in sourceNouns { table[w, default: .none].isSourceNoun = true }
            for (w, f) in cueForms { table[w, default: .none].cueClass = f.cueClass }
            for w in organizationWords { table[w, default: .none].isOrganizationWord = true }
            for w in notNames { table[w, default: .none].isNotName = true }
            for w in cuePhrasesByFirstWord.keys { table[w, default: .none].startsCuePhrase = true }
            for p in creditPhrases { if let w = p.words.first { table[w, default: .none].startsCreditPhrase = true } }
            words = table
        }

        mutating func loadCueVerbs(_ rows: [[String]], file: String) throws {
            for row in rows {
                guard row.count >= 2, let cueClass = CueClass(rawValue: row[1]) else {
                    throw LexiconError.badRow(file: file, row: row.joined(separator: "\t"))
                }
                let lemma = row[0]
                // A third column lists every form of an irregular or consonant-doubling verb.
                let forms = row.count >= 3 && !row[2].isEmpty
                    ? [lemma] + row[2].split(separator: " ").map(String.init)
                    : Inflection.regularForms(of: lemma)
                for form in forms where cueForms[form] == nil || cueClass.isStrong {
                    cueForms[form] = CueForm(lemma: lemma, cueClass: cueClass)
                }
            }
        }

        mutating func loadTitles(_ rows: [[String]], file: String) throws {
            for row in rows {
                guard row.count == 2, let cls = TitleClass(rawValue: row[1]) else {
                    throw LexiconError.badRow(file: file, row: row.joined(separator: "\t"))
                }
                titles[row[0]] = cls
            }
        }

        mutating func loadPronouns(_ rows: [[String]], file: String) throws {
            for row in rows {
                guard row.count == 4 || row.count == 5 else { throw LexiconError.badRow(file: file, row: row.joined(separator: "\t")) }
                let kinds = Set(row[1].split(separator: "|").compactMap { part -> ActorKind? in
                    part == "group" ? .organization : ActorKind(rawValue: String(part))
                })
                pronouns[row[0]] = PronounInfo(kinds: kinds, plural: row[2] == "plural", role: row[3],
                                               gender: row.count == 5 ? Gender(rawValue: row[4]) : nil)
            }
        }

        mutating func loadFunctionWords(_ rows: [[String]], file: String) throws {
            for row in rows {
                guard row.count == 2, let cls = WordClass(rawValue: row[1]) else {
                    throw LexiconError.badRow(file: file, row: row.joined(separator: "\t"))
                }
                if functionWords[row[0]] == nil { functionWords[row[0]] = cls }
            }
        }

    }

    final class Box: Sendable {
        let tables: Tables
        init(_ tables: Tables) { self.tables = tables }
    }

    private let box: Box
}

public enum LexiconError: Error, CustomStringConvertible, Sendable {
    case badRow(file: String, row: String)

    public var description: String {
        switch self {
        case .badRow(let file, let row): return "\(file): cannot read the line '\(row)'"
        }
    }
}

/// The shared format of lexicon files: one entry per line, TAB-separated columns,
/// `#` starts a comment line, blank lines are ignored.
enum LexiconFile {
    /// The rows of a data file: lines split at tabs, each field without surrounding
    /// spaces; blank lines and '#' comments left out. Read as UTF-8 bytes: every command
    /// that extracts parses some 60,000 lines (the models' weights among them) before its
    /// first article, and splitting Characters made that a third of a second.
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var text = text
        text.withUTF8 { bytes in
            var lineStart = 0
            let count = bytes.count
            while lineStart < count {
                var lineEnd = lineStart
                while lineEnd < count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
                if let row = row(bytes, lineStart, lineEnd) { rows.append(row) }
                lineStart = lineEnd + 1
            }
        }
        return rows
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }

    private static func row(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [String]? {
        var first = start
        while first < end, isSpace(bytes[first]) { first += 1 }
        if first == end || bytes[first] == UInt8(ascii: "#") { return nil }
        var fields: [String] = []
        var fieldStart = start
        for k in start...end where k == end || bytes[k] == 0x09 {
            var a = fieldStart, b = k
            while a < b, isSpace(bytes[a]) { a += 1 }
            while b > a, isSpace(bytes[b - 1]) { b -= 1 }
            fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self))
            fieldStart = k + 1
        }
        return fields
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let c = slice.first, c == " " || c == "\t" || c == "\r" { slice.removeFirst() }
        while let c = slice.last, c == " " || c == "\t" || c == "\r" { slice.removeLast() }
        return String(slice)
    }
}

/// Regular English verb inflection, enough to list "-s", "-ed" and "-ing" forms of
/// the reporting verbs without writing each one out.
enum Inflection {
    static func regularForms(of lemma: String) -> [String] {
        guard let last = lemma.last else { return [] }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        var forms = [lemma]
        if last == "e" {
            forms += [lemma + "s", lemma + "d", String(lemma.dropLast()) + "ing"]
        } else if last == "y", lemma.count > 1, !vowels.contains(lemma[lemma.index(lemma.endIndex, offsetBy: -2)]) {
            let stem = String(lemma.dropLast())
            forms += [stem + "ies", stem + "ied", lemma + "ing"]
        } else if ["s", "x", "z"].contains(last) || lemma.hasSuffix("sh") || lemma.hasSuffix("ch") {
            forms += [lemma + "es", lemma + "ed", lemma + "ing"]
        } else {
            forms += [lemma + "s", lemma + "ed", lemma + "ing"]
        }
        return forms
    }
}

extension Lexicon.WordSet {
    /// The case's position among `allCases`: a case without payload is stored as its
    /// position (checked once when a lexicon is made), read here without hashing the raw value.
    @inline(__always) var ordinal: Int {
        MemoryLayout<Self>.size == 1 ? Int(unsafeBitCast(self, to: UInt8.self)) : Self.allCases.firstIndex(of: self)!
    }
}
