import Annals
import AnnalsEval
import ArgumentParser
import Foundation

/// `annals eval`: measure Annals on reference data sets.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure actors and events on reference data (PLOVER gold records, PETRARCH's validation suite).",
        discussion: """
            The reference files are not part of Annals. By default they are looked for in \
            ../shared/data beside the current folder; give --plover and --petrarch to use others.
            """,
        subcommands: [Actors.self, Events.self]
    )

    static let defaultPlover = "../shared/data/plover/PLOVER_GSR_CAMEO.jsonl"
    static let defaultPetrarch = "../shared/data/petrarch"

    static func read(_ path: String, what: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            StandardStreams.warn("error: \(what) \(path): no such file (give its path with the option)")
            throw ExitCode(66)
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func ploverRecords(_ path: String) throws -> [PloverRecord] {
        do {
            return try PloverGold.read(try read(path, what: "PLOVER gold records"), file: path)
        } catch let error as EvaluationError {
            StandardStreams.warn("error: \(error)")
            throw ExitCode(65)
        }
    }

    static func percent(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "-" : String(format: "%.1f%%", 100 * Double(part) / Double(whole))
    }

    /// The options both evaluations share: the PLOVER gold file and a knowledge folder.
    struct ReferenceOptions: ParsableArguments {
        @Option(name: .long, help: ArgumentHelp("PLOVER_GSR_CAMEO.jsonl.", valueName: "file"))
        var plover: String = EvalCommand.defaultPlover

        @Option(name: .long, help: ArgumentHelp("A folder of knowledge files to use instead of the shipped ones.", valueName: "dir"))
        var knowledge: String?
    }

    static func line(_ label: String, _ s: CountryScore) -> String {
        String(format: "%@ precision %.3f  recall %.3f  F1 %.3f", label, s.precision, s.recall, s.f1)
    }

    struct Actors: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Country F1 of source and target actors on PLOVER's gold records.",
            discussion: """
                Each gold sentence is coded; the states among its source and target actors are \
                compared with the countries Annals finds: of every actor ("all actors", what a \
                named-entity tagger with a country look-up gives) and of the sources and targets of \
                its events ("event actors"; when no event is coded, all actors but the speakers of \
                the sentence's reported speech, "..., South Korea's defence ministry said"). Micro-averaged.
                """
        )

        @OptionGroup var reference: ReferenceOptions

        @Flag(name: .long, help: "Also list every record whose event actors' countries differ from the gold.")
        var errors = false

        func run() throws {
            let records = try EvalCommand.ploverRecords(reference.plover)
            let result = PloverGold.evaluate(records, pipeline: try loadPipeline(knowledge: reference.knowledge))
            if errors {
                let sorted = { (set: Set<String>) in set.sorted().joined(separator: " ") }
                for miss in result.mismatches {
                    print("\(miss.record.id)  \(miss.record.category)  gold: \(sorted(miss.record.countries))  "
                          + "found: \(sorted(miss.found))  listed: \(sorted(miss.listed))  "
                          + "events: \(miss.codes.joined(separator: " "))\n    \(miss.record.text)")
                }
                print()
            }
            print("PLOVER gold records: \(result.records)")
            print(EvalCommand.line("all actors   ", result.actors))
            print(EvalCommand.line("event actors ", result.events))
        }
    }

    struct Events: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Event figures on PLOVER's gold records and PETRARCH's validation suite.",
            discussion: """
                PLOVER: event type accuracy (records where one event has a CAMEO root of the \
                record's PLOVER category) and the country F1 of event sources and targets. \
                PETRARCH: the suite's sentences coded with Annals' own patterns, its fictional actors \
                and agents read from PETR.Validate.actors.txt and PETR.Validate.agents.txt; correct, \
                missed and extra events per category as shares of the expected events. The suite's \
                expected codes come from PETRARCH's WEIS-based test verb dictionary, so the dyads \
                line (expected source and target with any code) is reported too.
                """
        )

        @OptionGroup var reference: ReferenceOptions

        @Option(name: .long, help: ArgumentHelp("Folder with PETR.UnitTest.records.xml and the PETR.Validate dictionaries.",
                                                valueName: "dir"))
        var petrarch: String = EvalCommand.defaultPetrarch

        @Flag(name: .long, help: """
            Also list every PLOVER record without an event of its category, and every suite sentence whose \
            expected source and target are not found.
            """)
        var errors = false

        func run() throws {
            let records = try EvalCommand.ploverRecords(reference.plover)
            let plain = try loadPipeline(knowledge: reference.knowledge)
            let result = PloverGold.evaluate(records, pipeline: plain)
            print("PLOVER gold records: \(result.records)")
            print(String(format: "event type accuracy %.3f (%d of %d records; %d with any event)",
                         result.typeAccuracy, result.typed, result.records, result.coded))
            print(EvalCommand.line("event actors ", result.events))
            if errors {
                print()
                for miss in result.untyped {
                    print("\(miss.record.id)  \(miss.record.category)  found: "
                          + (miss.codes.isEmpty ? "no event" : miss.codes.joined(separator: " ")) + "\n    \(miss.record.text)")
                }
                print()
            }

            let xml = try EvalCommand.read(petrarch + "/PETR.UnitTest.records.xml", what: "PETRARCH suite")
            let dictionary = FileManager.default.temporaryDirectory.appendingPathComponent("annals-eval-\(getpid())")
            try FileManager.default.createDirectory(at: dictionary, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: dictionary) }
            let actors = PetrarchDictionary.convertActors(try EvalCommand.read(petrarch + "/PETR.Validate.actors.txt", what: "PETRARCH actors"))
            let agents = PetrarchDictionary.convertAgents(try EvalCommand.read(petrarch + "/PETR.Validate.agents.txt", what: "PETRARCH agents"))
            try actors.text.write(to: dictionary.appendingPathComponent("actors.tsv"), atomically: true, encoding: .utf8)
            try agents.text.write(to: dictionary.appendingPathComponent("agents.tsv"), atomically: true, encoding: .utf8)
            let suite = PetrarchSuite.evaluate(PetrarchSuite.read(xml: xml),
                                               pipeline: try loadPipeline(knowledge: reference.knowledge, dictionary: dictionary.path))
            if errors {
                print()
                for (sentence, found) in suite.dyadMisses {
                    let show = { (d: [SuiteSentence.Dyad]) in d.map { "\($0.source)→\($0.target) \($0.code)" }.joined(separator: ", ") }
                    print("\(sentence.id)  expected: \(show(sentence.expected))  found: \(show(found))\n    \(sentence.text)")
                }
            }
            print("\nPETRARCH validation suite: \(suite.sentences) sentences")
            func row(_ label: String, _ c: PetrarchSuite.Evaluation.Counts) -> String {
                label.padding(toLength: 12, withPad: " ", startingAt: 0)
                    + String(format: "%8d", c.expected)
                    + [c.correct, c.missed, c.extra].map { EvalCommand.percent($0, of: c.expected).leftPadded(9) }.joined()
            }
            print("category     expected  correct   missed    extra")
            for (category, counts) in suite.categories.sorted(by: { $0.key < $1.key }) { print(row(category, counts)) }
            print(row("ALL", suite.all))
            print(row("dyads", suite.dyads))
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
