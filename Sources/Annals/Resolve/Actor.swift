/// The kind of a real-world actor, as the contract names it.
public enum ActorKind: String, Sendable {
    case state, person, organization, group
}

/// How a mention names its actor.
public enum MentionForm: String, Sendable {
    /// A state's name or alias, an organisation's name or acronym.
    case name
    /// A demonym ("Russian", "North Korean").
    case adjective
    /// A capital standing for its state ("Moscow said").
    case capital
    /// A person's name ("Andrei Belousov", "Belousov").
    case personName
    /// A title with country and role, without a name ("Russia's Defense Minister").
    case title
    /// A role noun phrase resolved in context ("the minister").
    case nominal
    /// A pronoun ("he", "she").
    case pronoun
    /// A first-person word inside a quotation standing for the speaker's side ("our army").
    case firstPerson
}

/// One place in the text that names an actor.
public struct ActorMention: Hashable, Sendable {
    /// Byte range in `Document.utf8`.
    public var range: Range<Int>
    /// Token indices.
    public var tokens: Range<Int>
    public var sentence: Int
    public var form: MentionForm
}

/// A real-world actor with every mention of it in one document.
public struct Actor: Sendable {
    public var kind: ActorKind
    /// CAMEO-style code: a state or organisation code followed by role codes
    /// ("RUSGOVMIL"); "---" stands for an unknown state.
    public var code: String
    public var name: String
    /// The state code, when known.
    public var country: String?
    /// Role codes (["GOV", "MIL"]).
    public var roles: [String]
    /// A person's title as written ("Defense Minister").
    public var title: String?
    public var mentions: [ActorMention]
    /// A person's gender when the text or the name tells it (an honorific, a title such as
    /// "spokeswoman", a given name), for "he" and "she".
    public var gender: Gender? = nil
}

/// A person's gender as far as the text tells it.
public enum Gender: String, Sendable {
    case female, male

    /// "f" or "m", as the knowledge files write it.
    init?(letter: String) {
        switch letter {
        case "f": self = .female
        case "m": self = .male
        default: return nil
        }
    }
}

/// A place named in the text ("talks in Pyongyang"): a capital or seat used
/// as a location rather than for its government.
public struct PlaceMention: Hashable, Sendable {
    public var name: String
    public var country: String
    public var latitude: Double?
    public var longitude: Double?
    public var range: Range<Int>
    public var tokens: Range<Int>
    public var sentence: Int
}

/// A role noun phrase that names no one by itself ("the minister", "the
/// spokeswoman"): left for the quotation stage to resolve in context.
public struct NominalMention: Hashable, Sendable {
    public var role: AgentRole
    public var range: Range<Int>
    public var tokens: Range<Int>
    public var sentence: Int
}

/// The actors layer of a document.
public struct ActorLayer: Sendable {
    public var actors: [Actor] = []
    public var places: [PlaceMention] = []
    /// Towns named without a locative preposition ("attacked Kharkiv"): places only if an event's
    /// trigger takes them as its object.
    public var placeCandidates: [PlaceMention] = []
    public var nominals: [NominalMention] = []

    public init() {}
}
