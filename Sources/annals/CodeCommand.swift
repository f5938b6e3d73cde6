import Annals
import ArgumentParser
import Foundation

/// `annals code`: code documents and print one `annals/1` object per line.
struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Code news reports into annals/1 JSON (one object per line).",
        discussion: """
            Text files: each FILE is one document; its id is the file name without \
            extension. A sidecar NAME.meta.json beside NAME.txt may give id, published, \
            source, title and url. Use - to read one document from standard input.

            JSON Lines (--jsonl): each line is an object with "text" and optionally \
            "id", "published" (YYYY-MM-DD), "source", "title" and "url"; other fields \
            are ignored. A bad line is reported on standard error with its line number \
            and the other lines are still coded.

            Offsets in the output are Unicode code points into the text as given.

            Exit status: 0 on success, 65 when some input was malformed (bad JSON line, \
            missing text, bad date), 66 when an input file is missing or unreadable.

            Examples:
              annals code Examples/envoy-visit.txt --pretty
              annals code --published 2024-11-29 report.txt
              cat reports.jsonl | annals code --jsonl -
            """
    )

    @Argument(help: ArgumentHelp("Text files to code (- for standard input); with --jsonl, JSON Lines files.",
                                 valueName: "file"))
    var files: [String] = []

    @Flag(name: .long, help: "Read JSON Lines records instead of plain text files.")
    var jsonl = false

    @OptionGroup var options: PipelineOptions

    @Flag(name: .long, help: "Indent the JSON for reading (one object spans many lines).")
    var pretty = false

    mutating func validate() throws {
        if files.isEmpty {
            if StandardStreams.standardInputIsTerminal {
                throw ValidationError("no input: give one or more files, or - to read standard input")
            }
            files = ["-"]
        }
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input (-) can be read only once")
        }
    }

    func run() throws {
        let date = options.date
        let pipeline = try options.pipeline()
        var out = StandardStreams()
        var worstStatus: Int32 = 0
        var failures = 0
        var coded = 0
        let progress = ProgressLine(enabled: StandardStreams.standardErrorIsTerminal)

        func report(_ error: InputError) {
            StandardStreams.warn("error: \(error)")
            failures += 1
            worstStatus = max(worstStatus, error.exitStatus)
        }
        func emit(_ document: Document) {
            for warning in document.decodingWarnings {
                StandardStreams.warn("warning: \(document.metadata.id): \(warning)")
            }
            var bytes = pipeline.analyze(document).json.serialized(pretty: pretty)
            bytes.append(0x0A)
            out.write(bytes)
            coded += 1
            progress.update(documents: coded)
        }

        for path in files {
            if jsonl {
                let reader: JSONLinesReader
                do {
                    reader = try JSONLinesReader(path: path, published: date)
                } catch let error as InputError {
                    report(error)
                    continue
                }
                for item in reader {
                    item.warnings.forEach { StandardStreams.warn("warning: \($0)") }
                    switch item.result {
                    case .success(let document): emit(document)
                    case .failure(let error): report(error)
                    }
                }
            } else {
                do {
                    emit(try TextFileReader.load(path: path, published: date))
                } catch let error as InputError {
                    report(error)
                }
            }
        }
        out.flush()
        progress.finish(documents: coded)
        if failures > 0 {
            StandardStreams.warn("\(coded) document(s) coded, \(failures) input(s) failed")
            throw ExitCode(worstStatus)
        }
    }
}

/// A progress line on standard error for long runs, only on a terminal.
final class ProgressLine {
    private let enabled: Bool
    private let started = Date()
    private var lastShown = Date()
    private var shown = false

    init(enabled: Bool) { self.enabled = enabled }

    func update(documents: Int) {
        guard enabled, documents % 64 == 0 else { return }
        let now = Date()
        guard now.timeIntervalSince(lastShown) >= 0.5, now.timeIntervalSince(started) >= 1 else { return }
        lastShown = now
        shown = true
        let rate = Double(documents) / max(now.timeIntervalSince(started), 0.001)
        FileHandle.standardError.write(Data("\rannals: \(documents) documents coded (\(Int(rate))/s)".utf8))
    }

    func finish(documents: Int) {
        guard shown else { return }
        FileHandle.standardError.write(Data("\rannals: \(documents) documents coded\u{1B}[K\n".utf8))
    }
}
