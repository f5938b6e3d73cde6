/// The result of coding one document: what every sink (JSON Lines, the
/// store, the API) writes. Its JSON form is the `annals/1` contract of
/// `spec/output-format.md`; all offsets in it are code points.
public struct Analysis: Sendable {
    public static let schema = "annals/1"

    public var metadata: DocumentMetadata
    /// Sentences and headings, in code-point offsets (an extra field of the contract).
    public var sentences: [SentenceRecord]
    /// Paragraphs, in code-point offsets (an extra field of the contract).
    public var paragraphs: [ParagraphRecord]

    public init(metadata: DocumentMetadata, sentences: [SentenceRecord] = [], paragraphs: [ParagraphRecord] = []) {
        self.metadata = metadata
        self.sentences = sentences
        self.paragraphs = paragraphs
    }

    /// The contract's JSON object. `actors`, `quotes` and `events` stay empty
    /// until their stages exist.
    public var json: JSON {
        .object([
            ("schema", .string(Analysis.schema)),
            ("document", .object([
                ("id", .string(metadata.id)),
                ("published", .string(metadata.published?.description)),
                ("source", .string(metadata.source)),
                ("title", .string(metadata.title)),
                ("url", .string(metadata.url)),
            ])),
            ("actors", .array([])),
            ("quotes", .array([])),
            ("events", .array([])),
            ("paragraphs", .array(paragraphs.map(\.json))),
            ("sentences", .array(sentences.map(\.json))),
        ])
    }
}

/// A sentence in the output: its code-point span, its paragraph (0-based)
/// and whether it is a heading rather than prose.
public struct SentenceRecord: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var paragraph: Int
    public var isHeading: Bool

    public var json: JSON {
        .object([("start", .int(start)), ("end", .int(end)), ("paragraph", .int(paragraph)),
                 ("heading", .bool(isHeading))])
    }
}

/// A paragraph in the output: its code-point span and heading flag.
public struct ParagraphRecord: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var isHeading: Bool

    public var json: JSON {
        .object([("start", .int(start)), ("end", .int(end)), ("heading", .bool(isHeading))])
    }
}
