/// The result of coding one document: what every sink (JSON Lines, the
/// store, the API) writes. Its JSON form is the `annals/1` contract of
/// `spec/output-format.md`; all offsets in it are code points.
public struct Analysis: Sendable {
    public static let schema = "annals/1"

    public var metadata: DocumentMetadata
    public var actors: [ActorRecord]
    public var quotes: [QuoteRecord]
    /// Sentences and headings, in code-point offsets (an extra field of the contract).
    public var sentences: [SentenceRecord]
    /// Paragraphs, in code-point offsets (an extra field of the contract).
    public var paragraphs: [ParagraphRecord]

    public init(metadata: DocumentMetadata, actors: [ActorRecord] = [], sentences: [SentenceRecord] = [],
                paragraphs: [ParagraphRecord] = []) {
        self.metadata = metadata
        self.actors = actors
        self.quotes = []
        self.sentences = sentences
        self.paragraphs = paragraphs
    }

    /// The output of a document's layers, offsets converted to code points.
    public init(document: Document, segmentation: Segmentation, actors layer: ActorLayer,
                quotations: [Quotation] = []) {
        func span(_ r: Range<Int>) -> Range<Int> { document.codePoints(bytes: r) }
        self.metadata = document.metadata
        self.sentences = segmentation.sentences.map { s in
            let r = span(s.range)
            return SentenceRecord(start: r.lowerBound, end: r.upperBound, paragraph: s.paragraph, isHeading: s.isHeading)
        }
        self.paragraphs = segmentation.paragraphs.map { p in
            let r = span(p.range)
            return ParagraphRecord(start: r.lowerBound, end: r.upperBound, isHeading: p.isHeading)
        }
        self.actors = layer.actors.enumerated().map { n, actor in
            ActorRecord(id: "a\(n + 1)", actor: actor, mentions: actor.mentions.map { m in
                let r = span(m.range)
                return MentionRecord(text: document.text(bytes: m.range), start: r.lowerBound, end: r.upperBound)
            })
        }
        self.quotes = quotations.enumerated().map { n, q in
            func mention(_ r: Range<Int>?) -> MentionRecord? {
                r.map { MentionRecord(text: document.text(bytes: $0), start: span($0).lowerBound, end: span($0).upperBound) }
            }
            let r = span(q.range)
            return QuoteRecord(id: "q\(n + 1)", kind: q.kind, text: document.text(bytes: q.range), start: r.lowerBound,
                               end: r.upperBound, speaker: q.speaker.map { "a\($0 + 1)" },
                               speakerMention: mention(q.speakerRange), cue: q.cueRange.map { document.text(bytes: $0) },
                               cueLemma: q.cue, cueMention: mention(q.cueRange))
        }
    }

    /// The contract's JSON object. `quotes` and `events` stay empty until
    /// their stages exist.
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
            ("actors", .array(actors.map(\.json))),
            ("quotes", .array(quotes.map(\.json))),
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

/// An actor in the output: the contract's `actors` item.
public struct ActorRecord: Sendable {
    public var id: String
    public var actor: Actor
    public var mentions: [MentionRecord]

    public var json: JSON {
        var fields: [(String, JSON)] = [
            ("id", .string(id)), ("code", .string(actor.code)), ("name", .string(actor.name)),
            ("kind", .string(actor.kind.rawValue)), ("country", .string(actor.country)),
            ("roles", .array(actor.roles.map(JSON.string))),
        ]
        if actor.kind == .person { fields.append(("title", .string(actor.title))) }
        fields.append(("mentions", .array(mentions.map(\.json))))
        return .object(fields)
    }
}

/// A span of text in the output, in code points.
public struct MentionRecord: Hashable, Sendable {
    public var text: String
    public var start: Int
    public var end: Int

    public var json: JSON { .object([("text", .string(text)), ("start", .int(start)), ("end", .int(end))]) }
}

/// A quotation in the output: the contract's `quotes` item.
public struct QuoteRecord: Sendable {
    public var id: String
    public var kind: Quotation.Kind
    public var text: String
    public var start: Int
    public var end: Int
    /// The speaking actor's id ("a3"), nil when unknown.
    public var speaker: String?
    public var speakerMention: MentionRecord?
    /// The cue as written ("underlined") and its lemma ("underline").
    public var cue: String?
    public var cueLemma: String?
    public var cueMention: MentionRecord?

    public var json: JSON {
        func span(_ m: MentionRecord?) -> JSON {
            m.map { .object([("start", .int($0.start)), ("end", .int($0.end))]) } ?? .null
        }
        return .object([
            ("id", .string(id)), ("text", .string(text)), ("start", .int(start)), ("end", .int(end)),
            ("kind", .string(kind.rawValue)), ("speaker", .string(speaker)),
            ("speaker_text", .string(speakerMention?.text)), ("speaker_mention", span(speakerMention)),
            ("cue", .string(cue)), ("cue_lemma", .string(cueLemma)), ("cue_mention", span(cueMention)),
        ])
    }
}
