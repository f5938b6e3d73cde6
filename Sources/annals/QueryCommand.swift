import Annals
import AnnalsStore
import ArgumentParser
import Foundation

/// Filters shared by the event queries and exports.
struct EventFilterOptions: ParsableArguments {
    @Option(help: "Source actor code or prefix (RUS, RUSGOV).") var source: String?
    @Option(help: "Target actor code or prefix.") var target: String?
    @Option(help: "Either side's code or prefix.") var actor: String?
    @Option(help: "Either side's state code (RUS).") var country: String?
    @Option(help: "CAMEO code or root (04, 042).") var cameo: String?
    @Option(help: "PLOVER type (CONSULT).") var plover: String?
    @Option(help: "Quad class 1-4.") var quad: Int?
    @Option(help: ArgumentHelp("From this date (YYYY-MM-DD).", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("To this date (YYYY-MM-DD).", valueName: "date")) var to: String?
    @Option(help: "Place name (Pyongyang).") var place: String?
    @Option(help: "Words in the reporting documents.") var text: String?
    @Option(help: "At most this many rows.") var limit: Int = 100

    func filter() throws -> EventFilter {
        var f = EventFilter()
        f.source = source; f.target = target; f.actor = actor; f.country = country; f.cameo = cameo
        f.plover = plover; f.quadClass = quad; f.place = place; f.text = text; f.limit = limit
        for (name, value) in [("--from", from), ("--to", to)] {
            guard let value else { continue }
            guard let date = CalendarDate(iso: value) else {
                StandardStreams.warn("error: \(name): \"\(value)\" is not a date YYYY-MM-DD")
                throw ExitCode(64)
            }
            if name == "--from" { f.from = date } else { f.to = date }
        }
        let codes = Set(try KnowledgeBase.bundled.get().cameo.codes.keys)
        do {
            try f.validate(cameoCodes: codes)
        } catch let error as StoreError {
            StandardStreams.warn("error: \(error)")
            throw ExitCode(64)
        }
        return f
    }
}

/// `annals query`: ask the store.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Query the event store: events, quotes, actors, dyads, series.",
        subcommands: [Events.self, Quotes.self, Actors.self, Dyads.self, Series.self]
    )

    struct Events: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Events matching filters, by date.",
            discussion: "Example: annals query events --source RUS --target PRK --from 2024-11-01 --to 2024-11-30")
        @OptionGroup var store: StoreOptions
        @OptionGroup var filters: EventFilterOptions
        @Option(help: "table, json or csv.") var format: OutputFormat = .table
        func run() throws { render(try ask(store.open(mustExist: true)) { try $0.events(filters.filter()) }, as: format) }
    }

    struct Quotes: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Quotations by speaker, speaker's country or words.",
            discussion: "Example: annals query quotes --country PRK --text cooperation")
        @OptionGroup var store: StoreOptions
        @Option(help: "Speaker code prefix or part of the name.") var speaker: String?
        @Option(help: "Speaker's state code.") var country: String?
        @Option(help: "Words in the quotation (full-text).") var text: String?
        @Option(help: "At most this many rows.") var limit: Int = 100
        @Option(help: "table, json or csv.") var format: OutputFormat = .table
        func run() throws {
            render(try ask(store.open(mustExist: true)) {
                try $0.quotes(speaker: speaker, country: country, text: text, limit: limit)
            }, as: format)
        }
    }

    struct Actors: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Actors with the documents and mentions that name them.")
        @OptionGroup var store: StoreOptions
        @Option(help: "At most this many rows.") var limit: Int = 100
        @Option(help: "table, json or csv.") var format: OutputFormat = .table
        func run() throws { render(try ask(store.open(mustExist: true)) { try $0.actors(limit: limit) }, as: format) }
    }

    struct Dyads: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The most active pairs of actors.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var filters: EventFilterOptions
        @Option(help: "table, json or csv.") var format: OutputFormat = .table
        func run() throws { render(try ask(store.open(mustExist: true)) { try $0.dyads(filters.filter()) }, as: format) }
    }

    struct Series: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Events per period between two actors, by quad class, with the mean Goldstein value.",
            discussion: "Example: annals query series --dyad RUS:PRK --by week")
        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp("Two actor codes or prefixes, A:B (both directions).", valueName: "A:B")) var dyad: String
        @Option(help: "day, week or month.") var by: String = "week"
        @OptionGroup var filters: EventFilterOptions
        @Option(help: "table, json or csv.") var format: OutputFormat = .table

        func validate() throws {
            guard dyad.split(separator: ":").count == 2 else { throw ValidationError("--dyad must be A:B, for example RUS:PRK") }
            guard SeriesPeriod(rawValue: by) != nil else { throw ValidationError("--by must be day, week or month") }
        }

        func run() throws {
            let sides = dyad.split(separator: ":").map(String.init)
            render(try ask(store.open(mustExist: true)) {
                try $0.series(between: sides[0], and: sides[1], by: SeriesPeriod(rawValue: by)!, filter: filters.filter())
            }, as: format)
        }
    }
}

/// Runs a store call, turning store errors into messages and exit status 74.
func ask(_ store: EventStore, _ body: (EventStore) throws -> QueryResult) throws -> QueryResult {
    do {
        return try body(store)
    } catch let error as StoreError {
        StandardStreams.warn("error: \(error)")
        throw ExitCode(74)
    }
}

/// `annals export`: write the store in another format.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the store: annals/1 JSON Lines, CSV, GDELT 2.0 event rows or PLOVER records.",
        discussion: """
            Formats: jsonl (one annals/1 object per document), csv (one row per event), \
            gdelt (GDELT 2.0's 61 tab-separated event columns, so GDELT tooling reads Annals' \
            events; geography codes are alpha-3, AvgTone is 0), plover (PLOVER JSON records). \
            Event filters (--source, --from ...) apply to csv, gdelt and plover.

            Example: annals export --format gdelt --db annals.sqlite > events.tsv
            """)
    @OptionGroup var store: StoreOptions
    @Option(help: "jsonl, csv, gdelt or plover.") var format: String
    @OptionGroup var filters: EventFilterOptions

    func validate() throws {
        guard ExportFormat(rawValue: format) != nil else { throw ValidationError("--format must be jsonl, csv, gdelt or plover") }
    }

    func run() throws {
        let eventStore = try store.open(mustExist: true)
        var out = StandardStreams()
        do {
            try eventStore.export(ExportFormat(rawValue: format)!, filter: try filters.filter()) { line in
                out.write(Array((line + "\n").utf8))
            }
        } catch let error as StoreError {
            StandardStreams.warn("error: \(error)")
            throw ExitCode(74)
        }
        out.flush()
    }
}
