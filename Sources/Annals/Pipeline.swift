/// The engine's entry point: codes documents into analyses.
///
/// Stages run in a straight line over one shared document and its token
/// layer: segmentation, then actor recognition and resolution; the
/// quotation and event stages plug in after them. A pipeline is built once
/// (it compiles the knowledge files into its matchers) and is then used
/// from any number of threads.
public struct Pipeline: Sendable {
    public let knowledge: KnowledgeBase
    let actors: ActorRecognizer
    let quotes: QuoteAttributor
    let events: EventCoder
    let directory: PersonDirectory
    let resolver: ActorResolver

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
        self.actors = ActorRecognizer(knowledge: knowledge)
        self.directory = PersonDirectory(people: knowledge.people, variants: knowledge.nameVariants)
        self.resolver = ActorResolver(knowledge: knowledge, variants: knowledge.nameVariants, roles: actors.roles,
                                      isLocalRole: actors.isLocalRole,
                                      directory: directory)
        self.quotes = QuoteAttributor(cues: knowledge.speechCues, recognizer: actors)
        self.events = EventCoder(patterns: knowledge.eventPatterns, cameo: knowledge.cameo, intents: knowledge.intentCodes,
                                 weapons: knowledge.weapons)
    }

    /// A pipeline over the knowledge files shipped with Annals.
    public static func standard() throws -> Pipeline {
        Pipeline(knowledge: try KnowledgeBase.bundled.get())
    }

    /// Codes one document.
    public func analyze(_ document: Document) -> Analysis {
        let segmentation = Segmenter.segment(document)
        var actorLayer = recognizeActors(in: document, segmentation)
        let quotations = attributeQuotations(in: document, segmentation, actors: &actorLayer)
        let coded = codeEvents(in: document, segmentation, actors: actorLayer)
        return Analysis(document: document, segmentation: segmentation, actors: actorLayer, quotations: quotations,
                        events: coded)
    }

    /// Events coded from the patterns, with dates, places and evidence.
    public func codeEvents(in document: Document, _ segmentation: Segmentation, actors: ActorLayer) -> [Event] {
        events.code(document: document, segmentation: segmentation, actors: actors)
    }

    /// Quotations and reported speech with their speakers. Pronouns, role
    /// nouns and first-person words that name actors are added to `actors`.
    public func attributeQuotations(in document: Document, _ segmentation: Segmentation,
                                    actors: inout ActorLayer) -> [Quotation] {
        let quotations = quotes.attribute(document: document, segmentation: segmentation, actors: &actors)
        for a in actors.actors.indices {
            actors.actors[a].mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        return quotations
    }

    /// The actors layer of a segmented document.
    public func recognizeActors(in document: Document, _ segmentation: Segmentation) -> ActorLayer {
        let findings = actors.find(in: document, segmentation)
        return resolver.resolve(findings, document: document, segmentation: segmentation)
    }
}
