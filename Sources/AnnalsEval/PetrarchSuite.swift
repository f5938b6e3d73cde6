import Annals
import Foundation

/// PETRARCH's validation suite (`PETR.UnitTest.records.xml`): sentences about
/// fictional states with the events PETRARCH's own test dictionaries expect.
public struct SuiteSentence: Sendable {
    public var id: String
    public var category: String
    public var text: String
    public var published: CalendarDate?
    /// Expected (source, target, code); "---" for an empty actor.
    public var expected: [Dyad]

    public struct Dyad: Hashable, Sendable {
        public var source: String
        public var target: String
        public var code: String
    }
}

public enum PetrarchSuite {
    /// Reads the `<Sentence>` records: attributes, `<EventCoding>` elements and `<Text>`.
    public static func read(xml: String) -> [SuiteSentence] {
        var sentences: [SuiteSentence] = []
        var rest = xml[...]
        while let open = rest.range(of: "<Sentence ") {
            guard let close = rest.range(of: "</Sentence>", range: open.upperBound..<rest.endIndex) else { break }
            let body = rest[open.lowerBound..<close.lowerBound]
            rest = rest[close.upperBound...]
            let head = body[..<(body.firstIndex(of: ">") ?? body.endIndex)]
            let attributes = Self.attributes(head)
            guard let start = body.range(of: "<Text>"), let end = body.range(of: "</Text>", range: start.upperBound..<body.endIndex)
            else { continue }
            let text = body[start.upperBound..<end.lowerBound].split(whereSeparator: \.isWhitespace).joined(separator: " ")
            var expected: [SuiteSentence.Dyad] = []
            var codings = body[...]
            while let coding = codings.range(of: "<EventCoding") {
                let tagEnd = codings[coding.upperBound...].firstIndex(of: ">") ?? codings.endIndex
                let a = Self.attributes(codings[coding.upperBound..<tagEnd])
                if let code = a["eventcode"], !code.isEmpty {
                    expected.append(.init(source: a["sourcecode"].flatMap { $0.isEmpty ? nil : $0 } ?? "---",
                                          target: a["targetcode"].flatMap { $0.isEmpty ? nil : $0 } ?? "---", code: code))
                }
                codings = codings[tagEnd...]
            }
            let date = attributes["date"] ?? ""
            let published = date.count == 8
                ? CalendarDate(iso: "\(date.prefix(4))-\(date.dropFirst(4).prefix(2))-\(date.suffix(2))") : nil
            sentences.append(SuiteSentence(id: attributes["id"] ?? "?", category: attributes["category"] ?? "?",
                                           text: String(text), published: published, expected: expected))
        }
        return sentences
    }

    /// `name="value"` pairs of a tag.
    static func attributes(_ tag: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var rest = tag
        while let eq = rest.range(of: "=\"") {
            let name = rest[..<eq.lowerBound].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).last.map(String.init)
            guard let close = rest[eq.upperBound...].firstIndex(of: "\"") else { break }
            if let name { result[name] = String(rest[eq.upperBound..<close]) }
            rest = rest[rest.index(after: close)...]
        }
        return result
    }

    /// Correct, missed and extra events per category, as UniversalPetrarch reports them
    /// (all three as shares of the expected events), and the same for dyads (any code).
    public struct Evaluation: Sendable {
        public struct Counts: Sendable {
            public var expected = 0, correct = 0, missed = 0, extra = 0

            mutating func add<T: Hashable>(found: Set<T>, wanted: Set<T>) {
                let hit = wanted.intersection(found).count
                expected += wanted.count
                correct += hit
                missed += wanted.count - hit
                extra += found.subtracting(wanted).count
            }
        }
        public var sentences = 0
        public var categories: [String: Counts] = [:]
        public var all = Counts()
        public var dyads = Counts()
        /// Sentences whose expected dyads are not all found, with what was found.
        public var dyadMisses: [(sentence: SuiteSentence, found: [SuiteSentence.Dyad])] = []
    }

    public static func evaluate(_ sentences: [SuiteSentence], pipeline: Pipeline) -> Evaluation {
        var result = Evaluation()
        for s in sentences {
            let analysis = pipeline.analyze(Document(text: s.text, metadata: DocumentMetadata(id: s.id, published: s.published)))
            let found = Set(analysis.events.map { SuiteSentence.Dyad(source: $0.sourceCode, target: $0.targetCode ?? "---",
                                                                     code: $0.event.code.code) })
            let wanted = Set(s.expected)
            result.categories[s.category, default: .init()].add(found: found, wanted: wanted)
            result.all.add(found: found, wanted: wanted)
            let foundDyads = Set(found.map { [$0.source, $0.target] }), wantedDyads = Set(wanted.map { [$0.source, $0.target] })
            result.dyads.add(found: foundDyads, wanted: wantedDyads)
            if !wantedDyads.isSubset(of: foundDyads) { result.dyadMisses.append((s, found.sorted { $0.code < $1.code })) }
            result.sentences += 1
        }
        return result
    }
}
