/// A source that describes its speaker by role instead of naming them: 'the president',
/// 'the Vermont senator', 'Pakistan’s foreign minister'. Within the article it is resolved
/// to the one person named with that role; what the article cannot resolve is kept on the
/// statement, so the knowledge base can look the role up among the roles it has stored
/// from other articles (the foreign minister an earlier article named).
public struct SpeakerDescription: Sendable, Hashable {
    /// The title the description ends on, in its full form: 'minister', 'senator'.
    public var head: String
    /// Title words before it that narrow the office: 'foreign' in 'foreign minister'.
    public var modifiers: [String]
    /// Whose office it is: 'Pakistan', 'Vermont'.
    public var affiliation: String?

    public init(head: String, modifiers: [String] = [], affiliation: String? = nil) {
        self.head = head
        self.modifiers = modifiers
        self.affiliation = affiliation
    }

    /// Does a role as written ('Foreign Minister', 'Minister of Foreign Affairs', 'Vice
    /// President', 'Sen.') fit the description? The role's own head title must be the
    /// description's, every narrowing word of the description must be in the role, and a
    /// subordinate title the description lacks ('vice', 'deputy') rules the role out.
    public func fits(role: String, lexicon: Lexicon) -> Bool {
        let words = role.lowercased().split { !$0.isLetter }.map { lexicon.titleForms[String($0)] ?? String($0) }
        guard let last = words.last(where: { lexicon.titles[$0] != nil && lexicon.titles[$0] != .modifier }) ?? words.last,
              last == head else { return false }
        let subordinate = lexicon.words(.subordinateTitles)
        if words.contains(where: { subordinate.contains($0) && !modifiers.contains($0) }) { return false }
        return modifiers.allSatisfy { words.contains($0) }
    }
}
