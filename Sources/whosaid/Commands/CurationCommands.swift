import ArgumentParser
import KnowledgeBase

/// Runs one curation decision and reports it in one line; a failure is one line too.
private func curate(_ database: DatabaseOptions, _ body: (Curator) throws -> String) throws {
    let kb = try database.open()
    do {
        Terminal.note(try body(Curator(kb: kb)))
    } catch let error as CurationError {
        Terminal.error(error.description)
        throw ExitCode.failure
    } catch {
        _ = try answering { throw error }
    }
}

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge actor B into actor A: A keeps its name and takes B's aliases, mentions, statements, targets and roles.",
        discussion: "One transaction. `whosaid actors split A B` undoes it."
    )
    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The actor to keep.") var a: String
    @Argument(help: "The actor merged into it.") var b: String

    func run() throws {
        try curate(database) { c in
            let kept = try c.merge(keep: a, into: b)
            return "merged '\(b)' into \(kept)"
        }
    }
}

struct RenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rename", abstract: "Give an actor a new canonical name (the old one stays an alias).")
    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The actor.") var actor: String
    @Argument(help: "Its new name.") var name: String

    func run() throws {
        try curate(database) { c in
            try c.rename(actor, to: name)
            return "renamed '\(actor)' to \(name)"
        }
    }
}

struct AliasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias",
        abstract: "Add an alias to an actor, or remove one (a removed alias is not linked to it again).",
        subcommands: [Add.self, Remove.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an alias.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The actor.") var actor: String
        @Argument(help: "The alias, as written in articles.") var alias: String

        func run() throws {
            try curate(database) { c in
                try c.addAlias(actor, alias: alias)
                return "'\(alias)' is now an alias of \(try c.actor(actor).name)"
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove an alias and keep it from coming back.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The actor.") var actor: String
        @Argument(help: "The alias.") var alias: String

        func run() throws {
            try curate(database) { c in
                let name = try c.actor(actor).name
                try c.removeAlias(actor, alias: alias)
                return "'\(alias)' is no longer an alias of \(name)"
            }
        }
    }
}

struct SplitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Split actor B out of actor A again: undoes the merge of B into A, or makes B from A's mentions written as B.",
        discussion: "Without an earlier merge, the new actor takes B and each --alias from A, with the mentions and statements written that way."
    )
    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The actor to split.") var a: String
    @Argument(help: "The actor to split out of it.") var b: String
    @Option(name: .customLong("alias"), help: "More names that belong to B (repeatable).") var aliases: [String] = []

    func run() throws {
        let dueBefore = try Reextractor(ingestor: Ingestor(kb: try database.open())).dueCount()
        try curate(database) { c in
            let id = try c.split(a, b, aliases: aliases)
            return "split '\(b)' out of \(try c.actor(a).name) (now #\(id))"
        }
        // Articles re-extracted while the two were merged are due again: re-extracting them
        // now resolves their names to the actors as they are after the split.
        let kb = try database.open()
        let reextractor = Reextractor(ingestor: Ingestor(kb: kb))
        if try reextractor.dueCount() > dueBefore {
            let progress = try answering { try reextractor.run() }
            Terminal.note("re-extracted \(progress.done) article(s) extracted while the two were merged")
        }
    }
}

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", abstract: "The curation decisions taken, newest first.")
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var limit: LimitOption
    @Option(help: "Output format.") var format: OutputFormat = .table

    func run() throws {
        let kb = try database.open(readOnly: true)
        let rows = try answering { try Curator(kb: kb).history(limit: limit.value ?? Int.max) }
        var listing = Listing(columns: [.init(title: "when"), .init(title: "action"),
                                        .init(title: "actor"), .init(title: "other", wraps: true, maxWidth: 80)])
        for r in rows {
            listing.append([r.when, r.action, r.actor, r.other ?? ""],
                           .object([("when", .string(r.when)), ("action", .string(r.action)), ("actor", .string(r.actor)), ("other", .string(r.other))]))
        }
        listing.print(format)
    }
}
