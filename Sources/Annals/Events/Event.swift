/// How an event is reported: as fact, plan, possibility, or denial.
public enum Modality: String, Sendable {
    case asserted, intended, hypothetical, denied
}

/// Where an event took place.
public struct EventPlace: Hashable, Sendable {
    public var name: String
    public var country: String
    public var latitude: Double?
    public var longitude: Double?
}

/// One report of an event in the text: the evidence behind a record.
public struct EventMention: Hashable, Sendable {
    public var sentence: Int
    /// Byte range of the sentence.
    public var range: Range<Int>
    /// Byte range of the trigger word.
    public var trigger: Range<Int>
    /// The pattern's place: "events/04-consult.tsv:41".
    public var rule: String
    /// The pattern as written ("visit by {S} to {T}").
    public var pattern: String
}

/// An event: who did what to whom, when and where, with every mention.
public struct Event: Sendable {
    /// Actor indices into `ActorLayer.actors`.
    public var source: Int
    public var target: Int?
    public var code: CAMEOCodeInfo
    public var date: CalendarDate?
    public var negated: Bool
    public var modality: Modality
    public var place: EventPlace?
    public var mentions: [EventMention]
}
