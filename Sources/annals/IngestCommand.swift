import Annals
import AnnalsStore
import ArgumentParser
import Foundation

/// `annals ingest`: code documents in parallel and store them.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Code documents and add them to the event store.",
        discussion: """
            PATH may be a text file, a JSON Lines file (*.jsonl), a folder (read recursively: \
            *.txt with their sidecars, *.jsonl), or - for standard input (JSON Lines with --jsonl, \
            else one text document). Documents are coded on all cores and written by one writer \
            in batches; each batch is one transaction, so an interrupted ingest loses at most the \
            batch in flight and never leaves half a document.

            Ingesting is idempotent: a document already stored with the same content changes \
            nothing; the same id with new text replaces its old records. Events reported by \
            several documents (same actors, same three-digit CAMEO code, dates at most a day \
            apart, compatible places) are merged into one event with counts of mentions, \
            documents and sources.

            Examples:
              annals ingest Examples/ --db annals.sqlite
              cat feed.jsonl | annals ingest --jsonl - --jobs 2
            """
    )

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "path"))
    var paths: [String]

    @OptionGroup var store: StoreOptions
    @OptionGroup var options: PipelineOptions

    @Flag(name: .long, help: "Read standard input (and files not ending in .jsonl) as JSON Lines.")
    var jsonl = false

    @Option(name: .long, help: "Documents coded in parallel (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "Documents per transaction.")
    var batch: Int = 256

    mutating func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if batch < 1 { throw ValidationError("--batch must be at least 1") }
    }

    func run() throws {
        let pipeline = try options.pipeline()
        let eventStore = try store.open(mustExist: false)
        var inputs: [(path: String, jsonl: Bool)] = []
        var worst: Int32 = 0
        var failed = 0
        for path in paths {
            if path == "-" { inputs.append((path, jsonl)); continue }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                StandardStreams.warn("error: \(path): no such file or folder")
                worst = max(worst, 66)
                failed += 1
                continue
            }
            if isDirectory.boolValue {
                let files = (FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                    .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".jsonl") }.sorted()
                inputs += files.map { ((path as NSString).appendingPathComponent($0), $0.hasSuffix(".jsonl")) }
            } else {
                inputs.append((path, jsonl || path.hasSuffix(".jsonl")))
            }
        }
        let progress = IngestProgress(enabled: StandardStreams.standardErrorIsTerminal,
                                      total: inputs.allSatisfy { !$0.jsonl } ? inputs.count : nil)
        var pending: [Document] = []
        var summary = EventStore.IngestSummary()
        func flush() throws {
            guard !pending.isEmpty else { return }
            let analyses = ParallelCoder.analyze(pending, with: pipeline, jobs: jobs)
            do {
                summary += try eventStore.ingest(Array(zip(pending, analyses)))
            } catch let error as StoreError {
                StandardStreams.warn("error: \(error)")
                throw ExitCode(74)
            }
            progress.update(documents: summary.added + summary.replaced + summary.unchanged, events: summary.eventMentions)
            pending.removeAll(keepingCapacity: true)
        }
        func add(_ document: Document) throws {
            document.decodingWarnings.forEach { StandardStreams.warn("warning: \(document.metadata.id): \($0)") }
            pending.append(document)
            if pending.count >= batch { try flush() }
        }
        for input in inputs {
            do {
                if input.jsonl {
                    for item in try JSONLinesReader(path: input.path, published: options.date) {
                        item.warnings.forEach { StandardStreams.warn("warning: \($0)") }
                        switch item.result {
                        case .success(let document): try add(document)
                        case .failure(let error):
                            StandardStreams.warn("error: \(error)")
                            worst = max(worst, error.exitStatus)
                            failed += 1
                        }
                    }
                } else {
                    try add(try TextFileReader.load(path: input.path, published: options.date))
                }
            } catch let error as InputError {
                StandardStreams.warn("error: \(error)")
                worst = max(worst, error.exitStatus)
                failed += 1
            }
        }
        try flush()
        progress.finish()
        let counts = try eventStore.counts()
        StandardStreams.warn("""
            ingested \(summary.added + summary.replaced + summary.unchanged) document(s): \(summary.added) added, \
            \(summary.replaced) replaced, \(summary.unchanged) unchanged, \(failed) failed; \
            \(summary.eventMentions) event mention(s). Store \(store.db): \(counts.documents) documents, \
            \(counts.events) events (\(counts.eventMentions) mentions), \(counts.quotes) quotations.
            """)
        if worst != 0 { throw ExitCode(worst) }
    }
}

/// Codes a batch of documents on several threads; results keep input order.
enum ParallelCoder {
    /// Result slots written by several threads, each only at its own indices.
    struct Slots: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Analysis?>
    }

    static func analyze(_ documents: [Document], with pipeline: Pipeline, jobs: Int) -> [Analysis] {
        let slots = Slots(buffer: .allocate(capacity: documents.count))
        slots.buffer.initialize(repeating: nil)
        defer { slots.buffer.deallocate() }
        let chunks = min(jobs, documents.count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var i = chunk
            while i < documents.count {
                slots.buffer[i] = pipeline.analyze(documents[i])
                i += chunks
            }
        }
        let results = slots.buffer.map { $0! }
        slots.buffer.update(repeating: nil)
        return results
    }
}

/// A progress line for ingest on a terminal: documents, rate, events, time left.
final class IngestProgress {
    let enabled: Bool
    let total: Int?
    let started = Date()
    var shown = false

    init(enabled: Bool, total: Int?) {
        self.enabled = enabled
        self.total = total
    }

    func update(documents: Int, events: Int) {
        guard enabled else { return }
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        let rate = Double(documents) / elapsed
        var line = "\rannals: \(documents) documents, \(Int(rate))/s, \(events) event mentions"
        if let total, rate > 0, documents <= total {
            line += ", \(Int(Double(total - documents) / rate)) s left"
        }
        FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
        shown = true
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
