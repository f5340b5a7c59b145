import ArgumentParser

/// The filters `quotes` and `graph` share: who speaks, about whom, and when.
struct StatementFilterOptions: ParsableArguments {
    @Option(help: "Only statements by this speaker (any alias); quotes also lists the joint statements they are named in after another speaker.")
    var speaker: String?

    @Option(help: "Only statements about this actor (any alias).")
    var about: String?

    @Option(help: ArgumentHelp("Only articles dated on or after this day (YYYY-MM-DD, YYYY-MM or YYYY).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Only articles dated on or before this day (YYYY-MM-DD, YYYY-MM or YYYY).", valueName: "date"))
    var to: String?

    @Flag(help: "With --from/--to: also include statements of articles that carry no date.")
    var undated = false
}
