import Foundation
import Testing
@testable import Annals

/// Properties that hold for any text: spans slice the original exactly,
/// sentences cover every non-space character, offsets agree.
struct SegmentationPropertyTests {
    /// Pieces that stress the tokenizer: abbreviations, quotes of every
    /// kind, emoji, Cyrillic, Hangul, combining marks, odd spaces, controls.
    static let pieces: [String] = [
        "Mr.", "U.S.", "Jan.", "No.", "5", "3.5", "10:30", "1,000", "e.g.", "J.", "R.", "Belousov", "said",
        "the", "Russia's", "nations'", "don't", "rock'n'roll", "Russian-Korean", "Kwang-chol", "\"", "\u{201C}",
        "\u{201D}", "\u{2018}", "\u{2019}", "'", "\u{00AB}", "\u{00BB}", ".", ",", "!", "?", "...", "\u{2026}",
        "\u{2014}", "\u{2013}", "-", "(", ")", ":", ";", "Москва", "Россия.", "평양", "조선", "é", "e\u{0301}",
        "Ä", "👍", "👩‍👩‍👧", "🇰🇵", "\u{00A0}", "\u{200B}", "\u{FEFF}", "\u{0000}", "\u{0007}", "\t", " ", " ",
        " ", "\n", "\r\n", "\n\n", "\u{2028}", "DPRK", "NATO", "I", "a", "The", "\u{FFFD}", "%", "$", "&", "AT&T",
    ]

    static func randomText(_ rng: inout SeededGenerator, pieces count: Int) -> String {
        var s = ""
        for _ in 0..<count {
            s += pieces[Int(rng.next() % UInt64(pieces.count))]
            if rng.next() % 3 != 0 { s += " " }
        }
        return s
    }

    static func checkInvariants(_ text: String) {
        let doc = TestSupport.document(text)
        let seg = Segmenter.segment(doc)
        let scalars = Array(text.unicodeScalars)
        // Tokens: ordered, non-empty, non-overlapping, each slicing the original exactly.
        var previousEnd = 0
        for token in seg.tokens {
            #expect(token.start < token.end)
            #expect(Int(token.start) >= previousEnd)
            previousEnd = Int(token.end)
            let span = doc.codePoints(bytes: token.range)
            #expect(TestSupport.slice(text, span.lowerBound, span.upperBound) == doc.text(bytes: token.range))
        }
        // Sentences: ordered, each slicing the original, together covering every non-space character.
        var covered = [Bool](repeating: false, count: scalars.count)
        var lastEnd = -1
        for sentence in seg.sentences {
            let span = doc.codePoints(bytes: sentence.range)
            #expect(span.lowerBound >= lastEnd)
            lastEnd = span.upperBound
            #expect(TestSupport.slice(text, span.lowerBound, span.upperBound) == doc.text(bytes: sentence.range))
            for i in span { covered[i] = true }
        }
        for (i, scalar) in scalars.enumerated() where !covered[i] {
            let reading = ScalarReader.classify(scalar: scalar.value)
            let isSpace = reading.cls == .space || reading.cls == .newline
                || (scalar.value < 0x80 && ScalarReader.classifyASCII(UInt8(scalar.value)).cls.isBlank)
            #expect(isSpace, "character \(i) (U+\(String(scalar.value, radix: 16))) is in no sentence")
        }
        // Every token lies in exactly one sentence.
        let inSentences = seg.sentences.reduce(0) { $0 + $1.tokens.count }
        #expect(inSentences == seg.tokens.count)
    }

    @Test func generatedTextsKeepEveryInvariant() {
        var rng = SeededGenerator(seed: 2024_11_29)
        for _ in 0..<300 {
            Self.checkInvariants(Self.randomText(&rng, pieces: Int(rng.next() % 60)))
        }
    }

    @Test func exampleArticlesKeepEveryInvariant() throws {
        let folder = TestSupport.repositoryRoot.appendingPathComponent("Examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        #expect(!files.isEmpty)
        for file in files {
            Self.checkInvariants(try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
        }
    }

    @Test(.enabled(if: TestSupport.sharedFile("corpus/belousov-pyongyang.txt") != nil))
    func seedReportKeepsEveryInvariant() throws {
        let url = try #require(TestSupport.sharedFile("corpus/belousov-pyongyang.txt"))
        Self.checkInvariants(try String(contentsOf: url, encoding: .utf8))
    }

    @Test func offsetsAgreeBetweenBytesAndCodePoints() {
        let text = "Ё👍 평양e\u{0301} 🇰🇵 Москва👩‍👩‍👧" + String(repeating: "é", count: 200) + "x"
        let doc = TestSupport.document(text)
        var byte = 0
        for (codePoint, scalar) in text.unicodeScalars.enumerated() {
            #expect(doc.offsets.codePoint(atByte: byte) == codePoint)
            #expect(doc.offsets.byte(atCodePoint: codePoint) == byte)
            byte += String(scalar).utf8.count
        }
        #expect(doc.offsets.codePoint(atByte: byte) == text.unicodeScalars.count)
        #expect(doc.offsets.byte(atCodePoint: text.unicodeScalars.count) == byte)
    }

    @Test func invalidUTF8IsRepairedAndOffsetsStayValid() {
        let bytes: [UInt8] = Array("Russia said ".utf8) + [0xFF, 0xC3] + Array(" it would. Ok".utf8)
        let doc = Document(bytes: bytes, metadata: DocumentMetadata(id: "bad"))
        #expect(doc.decodingWarnings.count == 1)
        #expect(doc.text.contains("\u{FFFD}"))
        Self.checkInvariants(doc.text)
        #expect(Segmenter.segment(doc).sentences.count == 2)
    }

    @Test func emptyAndBlankDocumentsGiveEmptyAnalyses() {
        for text in ["", " ", "\n\n\n", "\u{00A0}\u{200B}"] {
            let analysis = TestSupport.pipeline.analyze(TestSupport.document(text))
            #expect(analysis.sentences.isEmpty)
            #expect(analysis.paragraphs.isEmpty)
        }
    }

    @Test func aLongSingleLineDocumentIsSegmentedLinearly() {
        // 2 MB on one line, no newline: must finish quickly and keep invariants cheap to check.
        let sentence = "The delegation met officials in Geneva on Nov. 29 and the U.S. envoy said talks would go on. "
        let text = String(repeating: sentence, count: 2_000_000 / sentence.utf8.count)
        let seg = Segmenter.segment(TestSupport.document(text))
        #expect(seg.paragraphs.count == 1)
        #expect(seg.sentences.count == 2_000_000 / sentence.utf8.count)
    }
}

extension CharacterClass {
    var isBlank: Bool { self == .space || self == .newline }
}

/// The whole pipeline over generated and real texts: never a crash, and
/// every span of the output (actor mentions, quotations, speakers, cues,
/// event sentences and triggers) slices the original text exactly.
struct PipelinePropertyTests {
    static func checkOutput(_ text: String) {
        let analysis = TestSupport.pipeline.analyze(TestSupport.document(text))
        func check(_ m: MentionRecord?) {
            guard let m else { return }
            #expect(m.start <= m.end)
            #expect(TestSupport.slice(text, m.start, m.end) == m.text)
        }
        for actor in analysis.actors { actor.mentions.forEach(check) }
        for q in analysis.quotes {
            #expect(TestSupport.slice(text, q.start, q.end) == q.text)
            check(q.speakerMention)
            if let c = q.cueMention { #expect(TestSupport.slice(text, c.start, c.end) == c.text) }
            if let s = q.speaker { #expect(analysis.actors.contains { $0.id == s }) }
        }
        for e in analysis.events {
            #expect(analysis.actors.contains { $0.id == e.source })
            for m in e.mentions {
                #expect(TestSupport.slice(text, m.triggerStart, m.triggerEnd) == m.trigger)
                #expect(m.start <= m.triggerStart && m.triggerEnd <= m.end)
            }
        }
    }

    @Test func generatedTextsNeverBreakThePipeline() {
        var rng = SeededGenerator(seed: 29_11_2024)
        let words = SegmentationPropertyTests.pieces + [
            "Russia", "North Korea", "he", "said", "visited", "talks", "between", "and", "with", "minister",
            "Defense Minister", "Andrei Belousov", "\u{201C}We", "value", "this,\u{201D}", "the", "expressed confidence that",
            "according to", "attacked", "Moscow", "in", "Pyongyang", "on Friday", "our army", "both nations", "'s",
        ]
        for _ in 0..<200 {
            var s = ""
            for _ in 0..<Int(rng.next() % 80) {
                s += words[Int(rng.next() % UInt64(words.count))]
                if rng.next() % 4 != 0 { s += " " }
            }
            Self.checkOutput(s)
        }
    }

    @Test func realTextsKeepOutputSpansExact() throws {
        let folder = TestSupport.repositoryRoot.appendingPathComponent("Examples")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".txt") {
            Self.checkOutput(try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
        }
        let url = TestSupport.repositoryRoot.appendingPathComponent("Tests/AnnalsTests/Fixtures/quotations.jsonl")
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            Self.checkOutput(object?["text"] as? String ?? "")
        }
        if let seed = TestSupport.sharedFile("corpus/belousov-pyongyang.txt") {
            Self.checkOutput(try String(contentsOf: seed, encoding: .utf8))
        }
    }
}
