/// The result of coding one document: what every sink (JSON Lines, the
/// store, the API) writes. Its JSON form is the `annals/1` contract of
/// `spec/output-format.md`; all offsets in it are code points.
public struct Analysis: Sendable {
    public static let schema = "annals/1"

    public var metadata: DocumentMetadata
    public var actors: [ActorRecord]
    public var quotes: [QuoteRecord]
    public var events: [EventRecord]
    /// Sentences and headings, in code-point offsets (an extra field of the contract).
    public var sentences: [SentenceRecord]
    /// Paragraphs, in code-point offsets (an extra field of the contract).
    public var paragraphs: [ParagraphRecord]

    public init(metadata: DocumentMetadata, actors: [ActorRecord] = [], sentences: [SentenceRecord] = [],
                paragraphs: [ParagraphRecord] = []) {
        self.metadata = metadata
        self.actors = actors
        self.quotes = []
        self.events = []
        self.sentences = sentences
        self.paragraphs = paragraphs
    }

    /// The output of a document's layers, offsets converted to code points.
    public init(document: Document, segmentation: Segmentation, actors layer: ActorLayer,
                quotations: [Quotation] = [], events: [Event] = []) {
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
        // Actors the text names, and the states of places that events use ("arrived in Amman": Jordan);
        // a place's state that no event needs is not listed.
        var used = Set(events.map(\.source) + events.compactMap(\.target) + quotations.flatMap(\.speakers))
        for (n, actor) in layer.actors.enumerated() where !actor.mentions.isEmpty { used.insert(n) }
        var ids: [Int: String] = [:]
        var records: [ActorRecord] = []
        for (n, actor) in layer.actors.enumerated() where used.contains(n) {
            ids[n] = "a\(records.count + 1)"
            records.append(ActorRecord(id: ids[n]!, actor: actor, mentions: actor.mentions.map { m in
                let r = span(m.range)
                return MentionRecord(text: document.text(bytes: m.range), start: r.lowerBound, end: r.upperBound)
            }))
        }
        self.actors = records
        self.quotes = quotations.enumerated().map { n, q in
            func mention(_ r: Range<Int>?) -> MentionRecord? {
                r.map { MentionRecord(text: document.text(bytes: $0), start: span($0).lowerBound, end: span($0).upperBound) }
            }
            let r = span(q.range)
            return QuoteRecord(id: "q\(n + 1)", kind: q.kind, text: document.text(bytes: q.range), start: r.lowerBound,
                               end: r.upperBound, speaker: q.speaker.flatMap { ids[$0] },
                               speakerMention: mention(q.speakerRange), cue: q.cueRange.map { document.text(bytes: $0) },
                               cueLemma: q.cue, cueMention: mention(q.cueRange), speakers: q.speakers.compactMap { ids[$0] })
        }
        self.events = events.enumerated().map { n, e in
            EventRecord(id: "e\(n + 1)", event: e, source: ids[e.source] ?? "a0", target: e.target.flatMap { ids[$0] },
                        sourceCode: layer.actors[e.source].code, targetCode: e.target.map { layer.actors[$0].code },
                        mentions: e.mentions.map { m in
                            let r = span(m.range), t = span(m.trigger)
                            return EventMentionRecord(start: r.lowerBound, end: r.upperBound, trigger: document.text(bytes: m.trigger),
                                                      triggerStart: t.lowerBound, triggerEnd: t.upperBound, sentence: m.sentence,
                                                      rule: m.rule, pattern: m.pattern)
                        })
        }
    }

    /// The contract's JSON object.
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
            ("events", .array(events.map(\.json))),
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
    /// Every speaking actor's id: `speaker` alone, or each side of a coordinated subject ("France and
    /// Germany said"), where `speaker` is null; empty when no speaker is known.
    public var speakers: [String] = []

    public var json: JSON {
        func span(_ m: MentionRecord?) -> JSON {
            m.map { .object([("start", .int($0.start)), ("end", .int($0.end))]) } ?? .null
        }
        return .object([
            ("id", .string(id)), ("text", .string(text)), ("start", .int(start)), ("end", .int(end)),
            ("kind", .string(kind.rawValue)), ("speaker", .string(speaker)),
            ("speaker_text", .string(speakerMention?.text)), ("speaker_mention", span(speakerMention)),
            ("cue", .string(cue)), ("cue_lemma", .string(cueLemma)), ("cue_mention", span(cueMention)),
            ("speakers", .array(speakers.map { .string($0) })),
        ])
    }
}

/// An event in the output: the contract's `events` item.
public struct EventRecord: Sendable {
    public var id: String
    public var event: Event
    public var source: String
    public var target: String?
    public var sourceCode: String
    public var targetCode: String?
    public var mentions: [EventMentionRecord]

    public var json: JSON {
        let c = event.code
        let place: JSON = event.place.map { p in
            .object([("name", .string(p.name)), ("country", .string(p.country)),
                     ("lat", p.latitude.map(JSON.double) ?? .null), ("lon", p.longitude.map(JSON.double) ?? .null)])
        } ?? .null
        return .object([
            ("id", .string(id)), ("source", .string(source)), ("target", .string(target)),
            ("source_code", .string(sourceCode)), ("target_code", .string(targetCode)),
            ("cameo", .string(c.code)), ("cameo_root", .string(c.root)), ("cameo_name", .string(c.name)),
            ("quad_class", .int(c.quadClass)), ("goldstein", .double(c.goldstein)),
            ("plover", .object([("type", .string(c.ploverType)), ("mode", .string(c.ploverMode))])),
            ("date", .string(event.date?.description)), ("negated", .bool(event.negated)),
            ("modality", .string(event.modality.rawValue)), ("place", place),
            ("mentions", .array(mentions.map(\.json))),
        ])
    }
}

/// One report of an event: the sentence span, the trigger and the rule that fired.
public struct EventMentionRecord: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var trigger: String
    public var triggerStart: Int
    public var triggerEnd: Int
    public var sentence: Int
    public var rule: String
    public var pattern: String

    public var json: JSON {
        .object([("start", .int(start)), ("end", .int(end)), ("trigger", .string(trigger)),
                 ("trigger_start", .int(triggerStart)), ("trigger_end", .int(triggerEnd)), ("sentence", .int(sentence)),
                 ("rule", .string(rule)), ("pattern", .string(pattern))])
    }
}
