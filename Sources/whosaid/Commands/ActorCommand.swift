import ArgumentParser
import KnowledgeBase

struct ActorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actor",
        abstract: "Profile of one actor: kind, aliases, roles with dates, statements, whom they talk about and who talks about them."
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The actor: any name or alias.")
    var name: String

    @Option(help: "How many counterparts to list in each direction.")
    var top: Int = 10

    @Option(help: "How many of the latest statements to show.")
    var recent: Int = 5

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    func run() throws {
        let kb = try database.open(readOnly: true)
        defer { database.noteOutdatedArticles(in: kb) }
        let queries = Queries(kb: kb)
        let profiles = try answering { try queries.profiles(name, top: max(0, top), recent: max(0, recent)) }
        let activity = try answering { try profiles.map { try queries.activity(actorID: $0.actor.id) } }
        switch format {
        case .json:
            Terminal.print(JSON.array(zip(profiles, activity).map(Self.json)).serialized())
        case .jsonl:
            for (p, a) in zip(profiles, activity) { Terminal.print(Self.json(p, activity: a).serialized()) }
        case .table:
            Terminal.print(VisibleControls.render(zip(profiles, activity).map(Self.text).joined(separator: "\n\n")))
        case .csv, .markdown:
            // One row per fact, so a profile still fits one table.
            var listing = Listing(columns: [.init(title: "actor"), .init(title: "section"), .init(title: "value", wraps: true),
                                            .init(title: "detail"), .init(title: "count")])
            for p in profiles {
                let a = p.actor
                let facts: [(String, String, String, String)] =
                    [("kind", a.kind, "", ""), ("statements", "", "", String(a.statements)),
                     ("spoken_about", "", "", String(a.spokenAbout)), ("mentions", "", "", String(a.mentions)),
                     ("first_seen", a.firstSeen ?? "", "", ""), ("last_seen", a.lastSeen ?? "", "", "")]
                    + a.aliases.map { ("alias", $0, "", "") }
                    + p.roles.map { ("role", Self.roleName($0), Self.dates($0.firstSeen, $0.lastSeen), String($0.articles)) }
                    + p.talksAbout.map { ("talks_about", $0.name, $0.kind, String($0.statements)) }
                    + p.talkedAboutBy.map { ("talked_about_by", $0.name, $0.kind, String($0.statements)) }
                    + p.recent.map { ("statement", $0.quote, $0.article.date ?? "", "") }
                for f in facts { listing.append([a.name, f.0, f.1, f.2, f.3], .null) }
            }
            listing.print(format)
        }
    }

    static func roleName(_ r: ActorProfile.Role) -> String {
        r.title + (r.affiliation.map { " (\($0))" } ?? "")
    }

    static func dates(_ first: String?, _ last: String?) -> String {
        switch (first, last) {
        case let (f?, l?) where f != l: return "\(f) to \(l)"
        case let (f?, _): return f
        case let (nil, l?): return l
        default: return "undated"
        }
    }

    static func text(_ p: ActorProfile, activity: ActorActivity) -> String {
        let a = p.actor
        var lines = ["\(a.name) (\(a.kind))"]
        let others = a.aliases.filter { $0 != a.name }
        if !others.isEmpty { lines.append("  also written: " + others.joined(separator: "; ")) }
        let joint = p.jointStatements > 0 ? " (and \(p.jointStatements) jointly, named after another speaker)" : ""
        lines.append("  \(a.statements) statement(s) made\(joint), \(a.spokenAbout) about them, \(a.mentions) mention(s); seen "
                     + dates(a.firstSeen, a.lastSeen))
        lines += chart(activity, indent: "  ")
        if !p.roles.isEmpty {
            lines.append("  roles:")
            for r in p.roles {
                lines.append("    \(roleName(r)) — \(dates(r.firstSeen, r.lastSeen)), \(r.articles) article(s)")
            }
        }
        if !p.talksAbout.isEmpty {
            lines.append("  talks most about: " + p.talksAbout.map { "\($0.name) (\($0.statements))" }.joined(separator: ", "))
        }
        if !p.talkedAboutBy.isEmpty {
            lines.append("  talked about most by: " + p.talkedAboutBy.map { "\($0.name) (\($0.statements))" }.joined(separator: ", "))
        }
        if !p.recent.isEmpty {
            lines.append("  latest statements:")
            let table = QuotesCommand.listing(p.recent, format: .table)
            let body = table.render(.table, width: Terminal.width - 4).split(separator: "\n").dropFirst(2)
            lines += body.map { "    " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    /// Statements made and received per month over the actor's dated span, one column a
    /// month (gaps included), both rows on one scale.
    static func chart(_ activity: ActorActivity, indent: String) -> [String] {
        guard let made = PeriodAxis.filled(activity.months.map { ($0.month, $0.made) }),
              let received = PeriodAxis.filled(activity.months.map { ($0.month, $0.received) }) else { return [] }
        var lines = Sparkline.chart(periods: made.periods, series: [("made", made.values), ("about them", received.values)],
                                    unit: "month", width: Terminal.width, indent: indent)
        if activity.undated > 0 { lines.append(indent + "(\(activity.undated) more in undated articles)") }
        return lines
    }

    static func json(_ p: ActorProfile, activity: ActorActivity) -> JSON {
        guard case .object(var fields) = ActorsListCommand.json(p.actor) else { return .null }
        fields.append(("per_month", .array(activity.months.map { m in
            .object([("month", .string(m.month)), ("made", .int(m.made)), ("about", .int(m.received))])
        })))
        fields.append(("roles_seen", .array(p.roles.map { r in
            .object([("title", .string(r.title)), ("affiliation", .string(r.affiliation)), ("first_seen", .string(r.firstSeen)),
                     ("last_seen", .string(r.lastSeen)), ("articles", .int(r.articles))])
        })))
        let counterpart: (ActorProfile.Counterpart) -> JSON = { c in
            .object([("name", .string(c.name)), ("kind", .string(c.kind)), ("statements", .int(c.statements))])
        }
        fields.append(("talks_about", .array(p.talksAbout.map(counterpart))))
        fields.append(("talked_about_by", .array(p.talkedAboutBy.map(counterpart))))
        fields.append(("joint_statements", .int(p.jointStatements)))
        fields.append(("recent", .array(p.recent.map(QuotesCommand.json))))
        return .object(fields)
    }
}
