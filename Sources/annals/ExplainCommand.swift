import Annals
import ArgumentParser
import Foundation

/// `annals explain`: each event with its evidence, for a person to check.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show each coded event with its sentence, trigger, source, target and rule.",
        discussion: """
            For every event, prints its code and dyad, then each sentence that reports it with \
            the trigger in [brackets], the source in {S: ...} and the target in {T: ...}, and the \
            pattern (file:line) that fired. Quotations follow with their speakers.

            Example:
              annals explain Examples/envoy-visit.txt
            """
    )

    @Argument(help: ArgumentHelp("Text files to explain (- for standard input).", valueName: "file"))
    var files: [String]

    @OptionGroup var options: PipelineOptions

    func run() throws {
        let pipeline = try options.pipeline()
        let date = options.date
        var status: Int32 = 0
        for path in files {
            let document: Document
            do {
                document = try TextFileReader.load(path: path, published: date)
            } catch let error as InputError {
                StandardStreams.warn("error: \(error)")
                status = max(status, error.exitStatus)
                continue
            }
            print(explain(document, pipeline: pipeline))
        }
        if status != 0 { throw ExitCode(status) }
    }

    func explain(_ document: Document, pipeline: Pipeline) -> String {
        let segmentation = Segmenter.segment(document)
        var actors = pipeline.recognizeActors(in: document, segmentation)
        let quotations = pipeline.attributeQuotations(in: document, segmentation, actors: &actors)
        let events = pipeline.codeEvents(in: document, segmentation, actors: actors)
        var out = "== \(document.metadata.id) (published \(document.metadata.published?.description ?? "unknown"))\n"
        out += "\(actors.actors.count) actors, \(quotations.count) quotations, \(events.count) events\n"
        for (n, e) in events.enumerated() {
            let source = actors.actors[e.source]
            let target = e.target.map { actors.actors[$0] }
            out += "\ne\(n + 1)  \(e.code.code) \(e.code.name)  \(source.code) → \(target?.code ?? "—")"
            out += "  \(e.date?.description ?? "no date")  \(e.place?.name ?? "no place")  \(e.modality.rawValue)"
            out += e.negated ? " (negated)" : ""
            out += "\n    \(source.name) → \(target?.name ?? "—"); quad class \(e.code.quadClass), Goldstein \(e.code.goldstein)"
            out += e.code.ploverType.map { ", PLOVER \($0)\(e.code.ploverMode.map { "/\($0)" } ?? "")" } ?? ""
            out += "\n"
            for m in e.mentions {
                var marks: [(Range<Int>, String, String)] = [(m.trigger, "[", "]")]
                if let s = nearest(source, to: m) { marks.append((s, "{S: ", "}")) }
                if let t = target, let r = nearest(t, to: m), !marks.contains(where: { $0.0.overlaps(r) }) {
                    marks.append((r, "{T: ", "}"))
                }
                out += "    \(marked(document, m.range, marks))\n      rule \(m.rule): \(m.pattern)\n"
            }
        }
        if !quotations.isEmpty { out += "\nQuotations\n" }
        for q in quotations {
            let speaker = q.speaker.map { actors.actors[$0].name } ?? "unknown speaker"
            let text = document.text(bytes: q.range)
            let short = text.count > 90 ? String(text.prefix(87)) + "..." : text
            out += "  \(q.kind.rawValue): \"\(short)\"\n    — \(speaker)"
            if let r = q.speakerRange { out += " (\"\(document.text(bytes: r))\")" }
            if let c = q.cueRange { out += ", \(document.text(bytes: c))" }
            out += "\n"
        }
        return out
    }

    /// The actor's mention in the mention's sentence closest to the trigger.
    func nearest(_ actor: Actor, to m: EventMention) -> Range<Int>? {
        actor.mentions.filter { m.range.contains($0.range.lowerBound) }
            .min { abs($0.range.lowerBound - m.trigger.lowerBound) < abs($1.range.lowerBound - m.trigger.lowerBound) }?.range
    }

    func marked(_ document: Document, _ sentence: Range<Int>, _ marks: [(Range<Int>, String, String)]) -> String {
        var text = ""
        var i = sentence.lowerBound
        for (r, open, close) in marks.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) where r.lowerBound >= i {
            text += document.text(bytes: i..<r.lowerBound) + open + document.text(bytes: r) + close
            i = r.upperBound
        }
        return text + document.text(bytes: i..<sentence.upperBound)
    }
}
