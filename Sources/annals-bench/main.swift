import Annals
import Foundation

// Segmentation throughput on a corpus built from the example articles,
// repeated to at least 50 MB. Run with: swift run -c release annals-bench
// Options: --examples DIR (default Examples), --megabytes N (default 50), --runs N (default 3),
// --stages N (only the first N stages, for profiling), --store N (instead: build a store of N events and time ingest and queries), --db PATH.

func argument(_ name: String, default value: String) -> String {
    let args = CommandLine.arguments
    if let i = args.firstIndex(of: name), i + 1 < args.count { return args[i + 1] }
    return value
}

let examplesPath = argument("--examples", default: "Examples")
let megabytes = Int(argument("--megabytes", default: "50")) ?? 50
let runs = max(1, Int(argument("--runs", default: "3")) ?? 3)
let maxDepth = min(4, max(1, Int(argument("--stages", default: "4")) ?? 4))

let files = ((try? FileManager.default.contentsOfDirectory(atPath: examplesPath)) ?? [])
    .filter { $0.hasSuffix(".txt") }.sorted()
guard !files.isEmpty else {
    FileHandle.standardError.write(Data("annals-bench: no .txt articles in \(examplesPath) (use --examples DIR)\n".utf8))
    exit(66)
}
var articles: [String] = []
for file in files {
    if let text = try? String(contentsOfFile: examplesPath + "/" + file, encoding: .utf8) { articles.append(text) }
}
// One document per article copy, as a news feed would have them.
var corpus: [Document] = []
var totalBytes = 0
var n = 0
while totalBytes < megabytes * 1_000_000 {
    let text = articles[n % articles.count]
    corpus.append(Document(text: text, metadata: DocumentMetadata(id: "bench-\(n)")))
    totalBytes += text.utf8.count
    n += 1
}
let words = corpus.prefix(articles.count).reduce(0) { $0 + $1.text.split(whereSeparator: { $0.isWhitespace }).count }
    * corpus.count / max(articles.count, 1)

print("corpus: \(corpus.count) documents from \(articles.count) article(s), \(String(format: "%.1f", Double(totalBytes) / 1e6)) MB, ~\(words) words")

@MainActor func measure(_ label: String, unit: String, _ body: () -> (sentences: Int, units: Int)) {
    var best = Double.infinity
    var counts = (sentences: 0, units: 0)
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        counts = body()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        best = min(best, seconds)
    }
    let mbps = Double(totalBytes) / 1e6 / best
    print("\(label): \(String(format: "%.3f", best)) s  \(String(format: "%.1f", mbps)) MB/s  "
        + "\(String(format: "%.0f", Double(counts.sentences) / best)) sentences/s  "
        + "\(String(format: "%.0f", Double(counts.units) / best)) \(unit)/s  "
        + "\(String(format: "%.0f", Double(words) / best)) words/s  (best of \(runs), one core)")
}

let pipeline: Pipeline
do { pipeline = try Pipeline.standard() } catch {
    FileHandle.standardError.write(Data("annals-bench: knowledge files: \(error)\n".utf8))
    exit(78)
}

if let n = Int(argument("--store", default: "")) {
    do {
        try StoreBench.run(events: n, path: argument("--db", default: "bench.sqlite"), pipeline: pipeline)
    } catch {
        FileHandle.standardError.write(Data("annals-bench: store: \(error)\n".utf8))
        exit(74)
    }
    exit(0)
}

/// Runs the stages up to `depth` (1 segmentation ... 4 events) over the corpus;
/// returns sentences and what the last stage produced.
@MainActor func run(depth: Int) -> (sentences: Int, units: Int) {
    var sentences = 0, units = 0
    for document in corpus {
        let s = Segmenter.segment(document)
        sentences += s.sentences.count
        guard depth > 1 else { units += s.tokens.count; continue }
        var actors = pipeline.recognizeActors(in: document, s)
        guard depth > 2 else { units += actors.actors.reduce(0) { $0 + $1.mentions.count }; continue }
        let quotes = pipeline.attributeQuotations(in: document, s, actors: &actors)
        guard depth > 3 else { units += quotes.count; continue }
        units += pipeline.codeEvents(in: document, s, actors: actors).count
    }
    return (sentences, units)
}

let stages = [("segmentation", "tokens"), ("segmentation + actors", "actor mentions"),
              ("segmentation + actors + quotations", "quotations"),
              ("segmentation + actors + quotations + events", "events")]
for (depth, stage) in stages.enumerated() where depth < maxDepth {
    measure(stage.0, unit: stage.1) { run(depth: depth + 1) }
}

if maxDepth < 4 { exit(0) }

// One long document (all examples back to back, 5 and 10 MB): time must grow linearly.
for size in [5, 10] {
    var long = ""
    while long.utf8.count < size * 1_000_000 { long += articles.joined(separator: "\n") + "\n" }
    let document = Document(text: long, metadata: DocumentMetadata(id: "long", published: CalendarDate(iso: "2025-01-15")))
    let start = DispatchTime.now().uptimeNanoseconds
    let analysis = pipeline.analyze(document)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    print("one \(size) MB document: \(String(format: "%.2f", seconds)) s, "
        + "\(String(format: "%.1f", Double(long.utf8.count) / 1e6 / seconds)) MB/s, \(analysis.events.count) events")
}

measure("code (pipeline + JSON)", unit: "documents") {
    var sentences = 0, bytes = 0
    for document in corpus {
        let analysis = pipeline.analyze(document)
        sentences += analysis.sentences.count
        bytes += analysis.json.serialized().count
    }
    precondition(bytes > 0)
    return (sentences, corpus.count)
}
