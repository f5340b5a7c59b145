/// What kind of actor speaks or is spoken about. Countries are kept apart from other
/// places because a country (or its capital used for its government) speaks and acts.
public enum ActorKind: String, Sendable, Codable, CaseIterable {
    case person, organization, country, place, unknown
}
