import ArgumentParser

/// The `annals` command line.
@main
struct AnnalsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annals",
        abstract: "Turn news text into political event data: who did what to whom, and who said what.",
        discussion: """
            Annals reads news reports and writes one `annals/1` JSON object per report:
            its actors, quotations and events, each with the evidence (offsets, rule) behind it.

            Start with:
              annals code Examples/envoy-visit.txt --pretty
            """,
        version: "0.1.0",
        subcommands: [CodeCommand.self, ExplainCommand.self, IngestCommand.self, QueryCommand.self, ExportCommand.self, ServeCommand.self,
                      DictionariesCommand.self, EvalCommand.self]
    )
}
