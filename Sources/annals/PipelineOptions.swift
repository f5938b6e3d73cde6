import Annals
import ArgumentParser

/// Options shared by the commands that code documents.
struct PipelineOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Publication date (YYYY-MM-DD) for relative dates; overrides sidecars, fills in JSON lines without one.",
        valueName: "date"))
    var published: String?

    @Option(name: .long, help: ArgumentHelp(
        "A folder of knowledge files to use instead of the shipped ones (same file names and formats).",
        valueName: "dir"))
    var knowledge: String?

    @Option(name: .long, help: ArgumentHelp(
        "A folder with actors.tsv and/or agents.tsv to add to the shipped knowledge (see `annals dictionaries`).",
        valueName: "dir"))
    var dictionary: String?

    func validate() throws {
        if let published, CalendarDate(iso: published) == nil {
            throw ValidationError("--published: \"\(published)\" is not a date YYYY-MM-DD")
        }
    }

    /// The date given with --published.
    var date: CalendarDate? { published.flatMap(CalendarDate.init(iso:)) }

    func pipeline() throws -> Pipeline { try loadPipeline(knowledge: knowledge, dictionary: dictionary) }
}
