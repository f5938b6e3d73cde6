import Foundation
@testable import Annals

/// Helpers shared by the tests: segmenting strings and locating files.
enum TestSupport {
    /// The repository's root folder.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shared reference folder beside the repository, when present.
    static let sharedFolder: URL = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")

    static func sharedFile(_ relative: String) -> URL? {
        let url = sharedFolder.appendingPathComponent(relative)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The pipeline over the shipped knowledge files.
    static let pipeline: Pipeline = try! Pipeline.standard()

    static func document(_ text: String, id: String = "test") -> Document {
        Document(text: text, metadata: DocumentMetadata(id: id))
    }

    /// The sentences of a text, as strings (headings included).
    static func sentences(_ text: String) -> [String] {
        let doc = document(text)
        return Segmenter.segment(doc).sentences.map { doc.text(bytes: $0.range) }
    }

    /// The tokens of a text, as strings.
    static func tokens(_ text: String) -> [String] {
        let doc = document(text)
        return Segmenter.segment(doc).tokens.map { doc.text(bytes: $0.range) }
    }

    /// Python-style slicing by code points.
    static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[start..<end])
        return String(s)
    }
}

/// A small deterministic random number generator (SplitMix64), so that
/// generated inputs are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
