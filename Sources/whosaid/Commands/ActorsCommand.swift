import ArgumentParser
import KnowledgeBase

/// `whosaid actors`: the listing by default, and the curation commands.
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List actors, or curate them: merge, rename, alias add|remove, split.",
        discussion: """
            Curation is stored in the database and applied to later ingests and re-extraction: a merged actor's names \
            keep resolving to the actor kept, a removed alias is not linked again, a renamed actor keeps its name. \
            Name an actor by any alias, or by #id when a name is shared.
            """,
        subcommands: [ActorsListCommand.self, MergeCommand.self, RenameCommand.self, AliasCommand.self, SplitCommand.self, HistoryCommand.self],
        defaultSubcommand: ActorsListCommand.self
    )
}

struct ActorsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List actors with their kind, aliases, roles and how often they speak, are spoken about and are mentioned."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Only this kind: person, organization, country, place or unknown.")
    var kind: ActorKindOption?

    @Option(help: "Only actors with an alias containing this text.")
    var search: String?

    @Option(help: "statements (made), about (statements about them), mentions, or name.")
    var sort: ActorSort = .statements

    @OptionGroup var limit: LimitOption

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    func run() throws {
        let kb = try database.open(readOnly: true)
        defer { database.noteOutdatedArticles(in: kb) }
        let filter = ActorFilter(kind: kind?.rawValue, search: search, sort: ActorFilter.Sort(rawValue: sort.rawValue)!, limit: limit.value)
        let rows = try answering { try Queries(kb: kb).actors(filter) }
        var listing = Listing(columns: [
            .init(title: "name"), .init(title: "kind"), .init(title: "statements"),
            .init(title: "about"), .init(title: "mentions"),
            .init(title: "aliases and roles", wraps: true, maxWidth: 80, separator: "; "),
            .init(title: "aliases", inTable: false), .init(title: "roles", inTable: false),
            .init(title: "first_seen", inTable: false), .init(title: "last_seen", inTable: false),
        ])
        for r in rows {
            listing.append([r.name, r.kind, String(r.statements), String(r.spokenAbout), String(r.mentions),
                            (r.aliases.filter { $0 != r.name } + r.roles).joined(separator: "; "),
                            r.aliases.joined(separator: "; "), r.roles.joined(separator: "; "), r.firstSeen ?? "", r.lastSeen ?? ""],
                           Self.json(r))
        }
        listing.print(format)
        if format == .table {
            let more = limit.value.map { rows.count >= $0 } ?? false
            Terminal.note("\(rows.count) actor(s)" + (more ? " (the first \(rows.count); --limit 0 shows all)" : ""))
        }
    }

    /// The JSON contract of `actors` (foundation issue), extended with counts and dates.
    static func json(_ r: ActorRow) -> JSON {
        .object([
            // The id is what `#12` takes wherever a name is asked for.
            ("id", .int(Int(r.id))), ("name", .string(r.name)), ("kind", .string(r.kind)),
            ("aliases", .array(r.aliases.map { .string($0) })),
            ("roles", .array(r.roles.map { .string($0) })),
            ("statements", .int(r.statements)),
            ("spoken_about", .int(r.spokenAbout)),
            ("mentions", .int(r.mentions)),
            ("first_seen", .string(r.firstSeen)),
            ("last_seen", .string(r.lastSeen)),
        ])
    }
}

enum ActorKindOption: String, ExpressibleByArgument, CaseIterable {
    case person, organization, country, place, unknown
}

enum ActorSort: String, ExpressibleByArgument, CaseIterable {
    case statements, about, mentions, name
}
