import Annals
import ArgumentParser
import Foundation

/// `annals dictionaries`: work with actor and agent dictionaries.
struct DictionariesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dictionaries",
        abstract: "Convert CAMEO dictionaries for use with --dictionary.",
        subcommands: [ImportPetrarch.self]
    )

    struct ImportPetrarch: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import-petrarch",
            abstract: "Convert PETRARCH/TABARI actor and agent dictionaries into Annals' format.",
            discussion: """
                Writes actors.tsv (names, synonyms, dated codes) and agents.tsv (role words with
                their plurals) into the output folder. Use the folder with --dictionary:

                  annals dictionaries import-petrarch --actors Phoenix.Countries.actors.txt \\
                      --agents Phoenix.agents.txt --output my-dictionary
                  annals code --dictionary my-dictionary report.txt

                Dated codes such as [RUSGOV 080507-120507] keep their dates; the code valid on a \
                document's published date is used.
                """
        )

        @Option(name: .long, parsing: .upToNextOption, help: "PETRARCH actor dictionaries.")
        var actors: [String] = []

        @Option(name: .long, parsing: .upToNextOption, help: "PETRARCH agent dictionaries.")
        var agents: [String] = []

        @Option(name: [.short, .long], help: ArgumentHelp("Folder to write actors.tsv and agents.tsv into.", valueName: "dir"))
        var output: String

        mutating func validate() throws {
            if actors.isEmpty && agents.isEmpty { throw ValidationError("give --actors FILE... and/or --agents FILE...") }
        }

        /// Converts a set of dictionary files into one Annals file and reports what was skipped.
        func convert(_ files: [String], _ conversion: (String) -> PetrarchDictionary.Conversion, into name: String,
                     counting noun: String, read: (String) throws -> String) throws {
            guard !files.isEmpty else { return }
            let result = conversion(try files.map(read).joined(separator: "\n"))
            try result.text.write(toFile: output + "/" + name, atomically: true, encoding: .utf8)
            StandardStreams.warn("\(name): \(result.entries) \(noun), \(result.skipped.count) lines skipped")
            result.skipped.prefix(10).forEach { StandardStreams.warn("  skipped \($0)") }
        }

        func run() throws {
            func read(_ path: String) throws -> String {
                guard let data = FileManager.default.contents(atPath: path) else {
                    StandardStreams.warn("error: \(path): no such file")
                    throw ExitCode(66)
                }
                return String(decoding: data, as: UTF8.self)
            }
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            try convert(actors, PetrarchDictionary.convertActors, into: "actors.tsv", counting: "actors", read: read)
            try convert(agents, PetrarchDictionary.convertAgents, into: "agents.tsv", counting: "role entries", read: read)
        }
    }
}
