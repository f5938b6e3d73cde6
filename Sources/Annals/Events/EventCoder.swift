/// Codes events from sentences with the pattern files, over the actors layer.
///
/// A shallow clause reader stands in for a parser: the verb group (the
/// auxiliaries, modals and negation before a verb) gives voice, negation
/// and modality; the subject is the nearest actor to the left in the same
/// clause (with a coordinated partner, "Russia and China"); slots after a
/// trigger take the first actor within a few words, without crossing
/// clause punctuation. There is no fallback: a sentence no pattern fits
/// yields no event.
struct EventCoder: Sendable {
    let patterns: EventPatternSet
    let cameo: CAMEOTable
    let intents: IntentCodes
    let weapons: WeaponTable
    /// The pattern of a deal "brokered by {S}" without a target, which also reads the compound "US-brokered ceasefire".
    let brokeredBy: Int?
    /// Anchor word keys → an index into `anchorLists`: looked up for every token, so an open-addressing table
    /// (`KeyMap`) rather than a dictionary that hashes each key with SipHash.
    let anchorIndex: KeyMap
    /// The patterns each anchor word may start, with what the loop over them reads first.
    let anchorLists: [[AnchorEntry]]

    /// One pattern an anchor word may start: the pattern, its anchor element, whether it is a verb's, and the
    /// range of its masks in `requiredWordMasks`.
    struct AnchorEntry: Sendable {
        var pattern: Int32
        var element: Int32
        var isVerb: Bool
        var masks: Range<Int32>
    }

    init(patterns: EventPatternSet, cameo: CAMEOTable, intents: IntentCodes, weapons: WeaponTable = WeaponTable()) {
        self.patterns = patterns
        self.cameo = cameo
        self.intents = intents
        self.weapons = weapons
        brokeredBy = patterns.patterns.firstIndex { $0.code == "045" && $0.noTarget && $0.text.contains("brokered|")
            && $0.text.hasSuffix(" by {S}") }
        var anchors: [UInt64: [(Int, Int)]] = [:]
        var anchorElements: [Int?] = Array(repeating: nil, count: patterns.patterns.count)
        for (n, p) in patterns.patterns.enumerated() where !p.anaphoric {
            let anchor = p.isVerb ? 1 : p.elements.firstIndex { if case .words = $0 { return true } else { return false } }!
            anchorElements[n] = anchor
            if case .words(_, let keys) = p.elements[anchor] {
                for k in keys.members { anchors[k, default: []].append((n, anchor)) }
            }
        }
        // (Keys in a fixed order: the lists' order does not depend on the dictionary's.)
        let anchorKeys = anchors.keys.sorted()
        anchorIndex = KeyMap(anchorKeys.enumerated().map { ($0.element, Int32($0.offset)) })
        var anaphoric: [UInt64: Int] = [:]
        for (n, p) in patterns.patterns.enumerated() where p.anaphoric {
            if case .words(_, let keys) = p.elements.last! { for k in keys.members where anaphoric[k] == nil { anaphoric[k] = n } }
        }
        hasAnaphoricAnchors = !anaphoric.isEmpty
        self.anaphoricAnchors = KeyMap(anaphoric.map { ($0.key, Int32($0.value)) })
        var masks: [SIMD8<UInt64>] = []
        var maskStarts: [Int32] = [0]
        for (n, p) in patterns.patterns.enumerated() {
            func isSlot(_ i: Int) -> Bool { p.elements.indices.contains(i) && (p.elements[i] == .source || p.elements[i] == .target) }
            // (Not the word between two slots: "between our countries" is one mention for both, without "and".)
            for (e, element) in p.elements.enumerated() where anchorElements[n] != e && !(isSlot(e - 1) && isSlot(e + 1)) {
                if case .words(_, let keys) = element { masks.append(SentenceKeyFilter.mask(of: keys.members)) }
            }
            maskStarts.append(Int32(masks.count))
        }
        requiredWordMasks = masks
        anchorLists = anchorKeys.map { k in
            anchors[k]!.map { (n, element) in
                AnchorEntry(pattern: Int32(n), element: Int32(element), isVerb: patterns.patterns[n].isVerb,
                            masks: maskStarts[n]..<maskStarts[n + 1])
            }
        }
        prepositionalElements = patterns.patterns.map { p in
            p.elements.map { element in
                if case .words(_, let keys) = element { return keys.members.allSatisfy(Self.prepositionKeys.contains) }
                return false
            }
        }
    }

    /// Per pattern, one mask per words element other than the anchor (`SentenceKeyFilter`; a pattern's range
    /// is in its `AnchorEntry`): every such element needs one of its words in the sentence, so a pattern whose
    /// masks miss the sentence's filter is not tried.
    let requiredWordMasks: [SIMD8<UInt64>]

    /// Per pattern and element: a words element made of prepositions only ("with", "to|into").
    let prepositionalElements: [[Bool]]

    /// Head-noun keys of the anaphoric patterns → the pattern (looked up for every token, as `anchorIndex`).
    let anaphoricAnchors: KeyMap
    let hasAnaphoricAnchors: Bool
    /// Words before a bare event noun that point back to an event already reported.
    static let pointingWords = KeySet(words: ["the", "these", "those", "this", "that", "such", "its", "their"])
    static let pointingTimes = KeySet(words: [
        "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "week", "month", "weekend",
    ])

    static let perfectAuxiliaries = KeySet(words: ["has", "have", "had"])
    /// Acts of dispersing and detaining crowds: "fired tear gas" (175), "arrested dozens" (173).
    static let crowdControlCodes: Set<String> = ["173", "175", "1711"]
    /// Roles that disperse crowds: police, troops, and security forces.
    static let securityRoles: Set<String> = ["COP", "MIL", "SPY"]
    static let auxiliaries = KeySet([
        "will", "would", "shall", "wo", "ca", "should", "may", "might", "can", "could", "must", "is", "are", "was", "were", "be",
        "been", "being", "has", "have", "had", "do", "does", "did", "not", "n't", "never", "also", "to", "already",
        "still", "just", "now", "reportedly", "officially", "formally", "repeatedly", "jointly", "actively", "further",
        "again", "later", "then", "allegedly", "publicly", "strongly", "firmly", "'ll", "'s", "'re", "'ve", "'d", "no",
        "longer", "recently", "currently", "highly", "continue", "continues", "continued", "plan", "plans", "planned",
        "today", "yesterday", "tonight", "tomorrow", "swear", "swears", "swore", "sworn",
        "aim", "aims", "aimed", "intend", "intends", "intended", "seek", "seeks", "sought", "want", "wants", "wanted",
        "agree", "agrees", "agreed", "pledge", "pledges", "pledged", "promise", "promises", "promised", "vow", "vows",
        "vowed", "expect", "expects", "expected", "ready", "going", "hope", "hopes", "hoped", "refuse", "refuses",
        "refused", "decline", "declines", "declined", "threaten", "threatens", "threatened", "decide", "decided",
        "set", "due", "about", "avoid", "avoids", "avoided", "avoiding", "allowed", "permitted", "able", "unable",
        "open", "willing", "prepared", "fail", "fails", "failed", "failing", "struggle", "struggles", "struggled",
        "struggling", "try", "tries", "tried", "trying", "attempt", "attempts", "attempted", "attempting",
    ].map(TokenKey.of))
    static let negations = KeySet(["not", "n't", "never", "no", "refuse", "refuses", "refused", "decline", "declines",
                                "declined", "avoid", "avoids", "avoided", "avoiding", "unable", "fail", "fails", "failed",
                                "failing"].map(TokenKey.of))
    static let intentions = KeySet([
        "will", "would", "shall", "'ll", "plan", "plans", "planned", "aim", "aims", "aimed", "intend", "intends",
        "intended", "seek", "seeks", "sought", "want", "wants", "wanted", "agree", "agrees", "agreed", "pledge",
        "pledges", "pledged", "promise", "promises", "promised", "vow", "vows", "vowed", "expect", "expects",
        "expected", "ready", "going", "hope", "hopes", "hoped", "threaten", "threatens", "threatened", "decided",
        "set", "due", "about", "open", "prepared", "willing", "swear", "swears", "swore", "sworn",
    ].map(TokenKey.of))
    /// Words that make a verb group a statement of intent ("agreed to", "offered to").
    static let explicitIntent = KeySet([
        "agree", "agrees", "agreed", "pledge", "pledges", "pledged", "promise", "promises", "promised", "vow", "vows",
        "vowed", "offer", "offers", "offered", "ready", "willing", "plan", "plans", "planned", "intend", "intends",
        "intended", "decided", "open", "prepared", "swear", "swears", "swore", "sworn",
    ].map(TokenKey.of))
    /// Modals after a noun trigger's phrase that make it the subject of what may be.
    static let nounModals = KeySet(words: ["could", "would", "might", "may"])
    static let hypotheticals = KeySet(["could", "might", "may", "can", "should", "if", "unless", "would", "must",
                                       // ("struggled to secure", "tried to enter": an attempt is not the act.)
                                       "struggle", "struggles", "struggled", "struggling", "try", "tries", "tried", "trying",
                                       "attempt", "attempts", "attempted", "attempting"].map(TokenKey.of))
    /// Speech verbs in -ing that open what is said (", saying their presence violated the treaty").
    static let speechParticiples = KeySet(words: ["saying", "adding", "stating", "noting", "arguing", "claiming", "insisting",
                                                  "stressing", "warning", "declaring", "asserting", "explaining"])
    /// Nouns after which an infinitive is planned or tried, not done ("efforts to deliver").
    static let planNouns = KeySet(words: ["effort", "efforts", "plan", "plans", "way", "ways", "bid", "bids", "attempt",
                                          "attempts", "proposal", "proposals", "push", "drive", "initiative", "initiatives",
                                          "option", "options", "possibility", "idea", "scheme", "strategy", "invitation",
                                          "invitations", "request", "requests", "readiness", "willingness", "right", "chance",
                                          "opportunity", "intention", "candidate", "candidates", "application", "hopes",
                                          "aspiration", "aspirations", "ambition", "ambitions"])
    /// Verbs that end the act in the -ing form after them ("stop smearing", "ceased shelling").
    static let stopVerbs = KeySet(words: ["stop", "stops", "stopped", "stopping", "cease", "ceases", "ceased", "quit", "quits"])
    static let beForms = KeySet(["is", "are", "was", "were", "be", "been", "being", "'s", "'re"].map(TokenKey.of))
    static let byKey = TokenKey.of("by")
    static let wouldKey = TokenKey.of("would")
    /// Words of an amount ("800 million euro", "$2 billion"), which do not count as modifiers.
    static let amountKeys = KeySet(words: ["million", "billion", "trillion", "$", "dollar", "dollars", "euro", "euros",
                                           "pound", "pounds", "yuan", "yen", "rupee", "rupees", "rouble", "roubles",
                                           "ruble", "rubles", "rand", "naira", "shekels", "dinars"])
    /// Words that refuse the act they govern ("refused to release").
    static let refusals = KeySet(words: ["refuse", "refuses", "refused", "refusing", "decline", "declines", "declined",
                                         "declining"])
    /// Auxiliaries of the future: negated, they refuse ("will not allow", "would not meet", "won't").
    static let futureAuxiliaries = KeySet(words: ["will", "would", "shall", "'ll", "wo"])
    /// Speech verbs after which "would" reports a plan ("said it would").
    static let reportingVerbKeys = KeySet(Abbreviations.speechVerbs.map(TokenKey.of)
                                          + ["announced", "promised", "pledged", "confirmed", "indicated", "signalled",
                                             "signaled", "agreed", "decided"].map(TokenKey.of))
    static let toKey = TokenKey.of("to")
    static let demonstratives = KeySet(["this", "that", "it", "these", "those"].map(TokenKey.of))
    static let prepositionKeys = KeySet(["with", "to", "in", "on", "at", "for", "from", "against", "about", "over", "into",
                                      "between", "by", "of", "toward", "towards", "upon", "across", "through"].map(TokenKey.of))
    static let temporalKeys = KeySet(["on", "in", "at", "last", "this", "next", "early", "late", "today", "yesterday",
                                   "tomorrow", "week", "month", "year"].map(TokenKey.of))
    static let adverbKeys = KeySet(["again", "also", "not", "still", "once", "together", "back", "further", "jointly",
                                 "n't", "never"].map(TokenKey.of))
    static let relativePronouns = KeySet(["which", "who", "whose", "whom", "where"].map(TokenKey.of))
    static let whereKey = TokenKey.of("where")
    /// Speech verbs whose object is the one asked, not a reported subject ("asked Israel to").
    static let askKeys = KeySet(words: ["asked", "asks"])
    /// Words that open a clause of its own inside a sentence: an actor before one is not the subject of
    /// a verb after it ("X, who lost his son when one of the bombers detonated a device").
    static let subordinators = KeySet(words: ["when", "after", "before", "because", "since", "until", "although",
                                              "though", "while", "whereas", "if", "unless", "whenever"])
    static let andKey = TokenKey.of("and")
    static let evenKey = TokenKey.of("even")
    static let butKey = TokenKey.of("but")
    static let beKey = TokenKey.of("be")
    /// Past participles after "declined to be" that ask for anonymity ("declined to be named").
    static let anonymityWords = KeySet(words: ["named", "identified", "quoted"])
    static let whichKey = TokenKey.of("which")
    static let theKey = TokenKey.of("the")
    static let fromKey = TokenKey.of("from")
    static let asKey = TokenKey.of("as")
    static let withKey = TokenKey.of("with")
    /// Words beside "as" that make it no clause opener ("such as", "known as", "as well as", "as part of").
    static let asCompanions = KeySet(words: ["such", "known", "well", "so", "same", "just", "soon", "long", "much", "many",
                                             "far", "seen", "described", "identified", "named", "served", "serves", "serving",
                                             "acting", "act", "acts", "part", "a", "an", "the", "its", "their", "his", "her",
                                             "regarded", "designated", "listed", "labelled", "labeled", "branded", "used", "quoted"])
    static let hyphenKey = TokenKey.of("-")
    static let complementizers = KeySet(words: ["that", "whether"])
    /// Words that join a second infinitive to a first ("to stop ... and to withdraw").
    static let infinitiveJoiners = KeySet(words: ["and", "or"])
    static let subjectPronouns = KeySet(words: ["it", "they", "he", "she", "we"])
    static let personalPronouns = KeySet(words: ["he", "she"])
    /// "They" opening a clause: the pair named last, for a verb of two sides.
    static let theyKey = TokenKey.of("they")
    static let weKey = TokenKey.of("we")
    static let femininePronouns = KeySet(words: ["she"])
    static let itKey = TokenKey.of("it")
    /// Words after which a verb's plain form is a verb ("will attack", "to support", "they condemn", "also urge"):
    /// modals, "to", negation, pronouns, conjunctions, adverbs, and plural nouns without -s.
    static let plainVerbPreceders = KeySet(words: [
        "will", "would", "can", "could", "should", "shall", "may", "might", "must", "to", "not", "n't", "did", "do", "does",
        "cannot", "let", "help", "helped", "helps", "helping", "i", "we", "you", "they", "who", "which", "that", "and", "or",
        "also", "still", "never", "often", "always", "sometimes", "usually", "again", "then", "now", "even", "all", "both", "each", "together",
        "police", "people", "personnel", "staff", "militia", "youth", "clergy", "cattle", "infantry", "artillery", "men", "women",
        "children", "troops",
        "soon", "first", "once", "later", "just", "only", "rather", "else", "ever", "so", "too", "nor", "but",
    ])
    /// Verbs whose past is their plain form ("the prime minister quit"): after a singular subject, a past.
    static let unchangedPasts = KeySet(words: ["quit", "hit", "cut", "put", "set", "shut", "spread", "cast", "hurt", "let",
                                               "bid", "burst", "broadcast", "forecast", "upset", "split", "shed", "rid", "read",
                                               "beat", "cost", "thrust", "bet", "reset", "recast", "offset"])
    static let nominalizingWords = KeySet(words: ["of", "in", "from", "amid", "despite", "after", "before", "during", "against",
                                                  "by", "for", "without", "renewed", "heavy", "fierce", "intense"])
    /// Words of time or manner after which an -ing form with an object is a verb ("after meeting the envoy").
    static let gerundOpeners = KeySet(words: ["after", "before", "without", "by"])
    static let ofKey = TokenKey.of("of")
    static let accuseForms = KeySet(words: ["accuse", "accuses", "accused", "accusing", "suspect", "suspects", "suspected",
                                            "blame", "blames", "blamed", "convict", "convicted", "guilty", "charge", "charged",
                                            "charges", "allegations", "accusations", "allegation", "accusation"])
    /// Words that open a sentence's introductory phrase ("After the talks, ...", "Earlier, ...").
    static let openers = KeySet(words: ["after", "before", "during", "following", "earlier", "later", "meanwhile", "separately",
                                        "elsewhere", "since", "despite", "amid", "under", "according"])
    static let pairWords = KeySet(words: ["two", "both"])
    /// "Both parties", "the two delegations", "the warring factions": the two sides of a conflict as a target.
    static let pairParties = KeySet(words: ["parties", "delegations", "factions", "sides"])
    static let warringKey = TokenKey.of("warring")
    static let underKey = TokenKey.of("under")
    static let allKey = TokenKey.of("all")
    /// Nouns for others related to a possessor ("Washington's allies", "its neighbours"): not the possessor.
    static let relationNouns = KeySet(words: ["allies", "ally", "partners", "partner", "neighbours", "neighbors", "friends",
                                              "rivals", "adversaries", "enemies", "proxies"])
    static let twoKey = TokenKey.of("two")
    static let betweenKey = TokenKey.of("between")
    static let pairPeople = KeySet(words: ["leaders", "ministers", "presidents", "premiers", "men", "heads", "envoys",
                                           "counterparts"])
    /// "The two sides": the two sides named in the sentence before the pair, when there are two.
    static let sidesKey = TokenKey.of("sides")
    static let pairStates = KeySet(words: ["countries", "nations", "states", "governments", "neighbours", "neighbors", "sides",
                                           "armies", "militaries"])
    /// Prepositions of where, which no target follows directly ("met in the Georgian capital").
    static let whereLocatives = KeySet(words: ["in", "at", "near", "inside", "outside"])
    /// Words that say what kind of place follows ("the port city of Hodeidah", "the town of Bakhmut").
    static let placeLeadWords = KeySet(words: ["port", "city", "town", "village", "capital", "province", "region", "district",
                                               "of", "southern", "northern", "eastern", "western", "central", "coastal",
                                               "border", "strategic", "key", "frontline", "front-line"])
    /// "at least", "at most": amounts, not places.
    static let atLeastWords = KeySet(words: ["least", "most"])
    static let clauseBreakers = KeySet(words: ["to", "for", "from", "with", "by", "against", "about", "over", "into", "between",
                                               "upon", "toward", "towards", "after", "before", "while", "because", "that",
                                               "which", "who"])
    static let monthWords = KeySet(words: ["march", "may"])
    /// Months, days and words of time after which a subordinator is a preposition ("since October", "after Monday").
    static let calendarWords = KeySet(words: ["january", "february", "march", "april", "may", "june", "july", "august",
                                              "september", "october", "november", "december", "monday", "tuesday", "wednesday",
                                              "thursday", "friday", "saturday", "sunday", "then", "last", "early", "late",
                                              "mid"])
    static let determiners = KeySet(words: ["a", "an", "the", "its", "their", "his", "her", "our", "my", "your"])
    /// Quantifiers that open an apposition about the mention before ("many waving flags", "most of them").
    static let appositiveQuantifiers = KeySet(words: ["many", "most", "some", "several", "all", "both", "each", "none", "few"])
    /// Words before a year that place an act in it ("in 2018", "between 1998 and 2000").
    static let yearPrepositions = KeySet(words: ["in", "since", "between", "from", "until", "during", "by"])
    /// Words that put an actor beside the act, not in its way ("alongside", "together with").
    static let companionWords = KeySet(words: ["alongside", "beside", "together"])
    /// Words after "if" in set phrases that state no condition ("if necessary", "if possible").
    static let setPhraseIfs = KeySet(words: ["necessary", "needed", "need", "possible", "required", "any", "anything", "ever"])
    /// Words before "to" that make what follows an aim, not a fact ("meant to produce", "aimed at").
    static let purposeWords = KeySet(words: ["meant", "aimed", "intended", "designed", "supposed", "seeking", "sought", "trying",
                                             "tried", "attempting", "attempted", "efforts", "effort", "bid", "push", "drive"])
    /// Pronouns that stand as a request's object ("asking it to", "urged them to").
    static let objectPronouns = KeySet(words: ["it", "them", "him", "her", "us", "you"])
    /// Verbs that ask someone to act: the infinitive after their object is not that object's act.
    static let requestVerbs = KeySet(words: ["urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "press", "presses",
                                             "pressed", "pressing", "pressure", "pressures", "pressured", "pressuring", "push",
                                             "pushes", "pushed", "pushing", "call", "calls", "called", "calling", "encourage",
                                             "encourages", "encouraged", "encouraging", "invite", "invites", "invited", "inviting",
                                             "tell", "tells", "told", "telling", "order", "orders", "ordered", "ordering", "demand",
                                             "demands", "demanded", "demanding", "want", "wants", "wanted", "appeal", "appeals",
                                             "appealed", "implore", "implored", "exhort", "exhorted", "request", "requests",
                                             "requested", "challenge", "challenged", "challenges", "advise", "advised", "advises",
                                             "insist", "insists", "insisted", "insisting",
                                             // (bare forms only: "to compel Israel to stop" has not happened; "compelled it
                                             // to withdraw" has; "force" is mostly the noun)
                                             "compel", "persuade", "convince", "oblige",
                                             // (permission: "will not allow armed groups to hold communities hostage" is
                                             // the groups' act, if anyone's)
                                             "allow", "allows", "allowed", "allowing", "permit", "permits", "permitted",
                                             "permitting", "enable", "enables", "enabled", "enabling"])
    static let callParticles = KeySet(words: ["on", "upon"])
    static let whatKey = TokenKey.of("what")
    /// Who names a thing in "what it called ...".
    static let namingPronouns = KeySet(words: ["it", "he", "she", "they", "we", "i"])
    static let namingVerbs = KeySet(words: ["called", "termed", "described", "dubbed", "labelled", "labeled"])
    static let thatKey = TokenKey.of("that")
    static let denyForms = KeySet(words: ["deny", "denies", "denied", "denying"])
    static let dismissForms = KeySet(words: ["reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses", "dismissed",
                                             "dismissing", "refute", "refutes", "refuted"])
    static let claimNouns = KeySet(words: ["claim", "claims", "report", "reports", "allegation", "allegations", "accusation",
                                           "accusations", "suggestion", "suggestions", "charge", "charges"])
    /// Verbs that react to an act named by the noun after them: that act is not their subject's.
    static let reactionVerbs = KeySet(words: [
        "condemn", "condemns", "condemned", "condemning", "criticize", "criticizes", "criticized", "criticise", "criticises",
        "criticised", "denounce", "denounces", "denounced", "deplore", "deplores", "deplored", "decry", "decries", "decried",
        "welcome", "welcomes", "welcomed", "praise", "praises", "praised", "hail", "hails", "hailed", "applaud", "applauded",
        "demand", "demands", "demanded", "protest", "protests", "protested", "investigate", "investigates", "investigated",
        "probe", "probes", "probed", "deny", "denies", "denied", "reject", "rejects", "rejected", "oppose", "opposes",
        "opposed", "blame", "blames", "blamed", "slam", "slams", "slammed", "regret", "regrets", "regretted", "mourn",
        "mourned", "lament", "lamented", "for", "against", "over", "about",
        // Talk about an act is not the act: "met to discuss tariffs on Chinese steel".
        "discuss", "discusses", "discussed", "discussing", "debate", "debates", "debated", "consider", "considers",
        "considered", "weigh", "weighs", "weighed", "review", "reviews", "reviewed", "address", "addressed", "raise",
        "raised", "at", "linked", "connected", "tied", "related",
    ])
    static let andKeys = KeySet(["and", ","].map(TokenKey.of))
    static let ifKey = TokenKey.of("if")

    /// What makes two reports one event: dyad, code family, date, negation.
    struct MergeKey: Hashable {
        var source: Int
        var target: Int?
        var family: String
        var date: CalendarDate?
        var negated: Bool
    }

    /// An actor mention as the coder sees it.
    struct Slot {
        var actors: [Int]
        var tokens: Range<Int>
    }

    struct Candidate {
        var pattern: Int
        var sources: [Int]
        var targets: [Int]
        var anchor: Int
        var negated: Bool
        var modality: Modality
        var literals: Int
        var sentence: Int
        /// The verb group states an intent ("agreed to withdraw").
        var intent = false
        /// The verb group refuses the act ("refused to release", "will not allow").
        var refusal = false
        /// For an infinitive right after an actor ("urged Armenia to observe"), that actor's last token.
        var infinitiveObject: Int?
        /// A verb in the present ("travels", "meets"): in news, a scheduled event.
        var future = false
        /// Tokens from the first to the last matched element.
        var span: Range<Int> = 0..<0
        /// The tokens of the target's mention, when one was read after the trigger.
        var targetTokens: Range<Int>?
        /// A noun trigger whose source is the clause's subject, not its own.
        var borrowedSource = false
        /// An apposition or relative clause the match stepped over ("France, which brokered the deal,"): its
        /// triggers are acts of their own, not words of this match.
        var aside: Range<Int>?

        /// Whether token `k` is one of the words this match spans, not of a clause it stepped over.
        func covers(_ k: Int) -> Bool { span.contains(k) && !(aside?.contains(k) ?? false) }
    }

    func code(document: Document, segmentation: Segmentation, actors layer: ActorLayer) -> [Event] {
        let tokens = segmentation.tokens
        guard !tokens.isEmpty, !layer.actors.isEmpty else { return [] }
        var events: [Event] = []
        document.utf8.withUnsafeBufferPointer { bytes in
            let keys = segmentation.keys
            func key(_ i: Int) -> UInt64 { keys[i] }
            // Actor mentions by first and last token (several actors may share one span).
            var starting = TokenSlots(count: tokens.count)
            var ending = TokenSlots(count: tokens.count)
            var spans: [Range<Int>: [Int]] = [:]
            for (a, actor) in layer.actors.enumerated() {
                for m in actor.mentions where !spans[m.tokens, default: []].contains(a) { spans[m.tokens, default: []].append(a) }
            }
            // Tokens inside a group's or person's mention past its first word ("China's military"): no noun
            // trigger starts there.
            var insideMention = TokenFlagsSet(count: tokens.count)
            // In a fixed order, the longest mention first at each token ("Calenardhon leaders" before
            // "Calenardhon"), so that every run codes the same events.
            let orderedSpans = spans.sorted { a, b in
                (a.key.lowerBound, -a.key.count) != (b.key.lowerBound, -b.key.count)
                    ? (a.key.lowerBound, -a.key.count) < (b.key.lowerBound, -b.key.count) : a.value.lexicographicallyPrecedes(b.value)
            }
            for (r, actors) in orderedSpans {
                starting.append(Slot(actors: actors, tokens: r), at: r.lowerBound)
                ending.append(Slot(actors: actors, tokens: r), at: r.upperBound - 1)
                if r.count > 1, actors.contains(where: { layer.actors[$0].kind != .state }) {
                    for k in (r.lowerBound + 1)..<r.upperBound { insideMention.insert(k) }
                }
            }
            // Every actor's mentions by first token, for "the two leaders".
            var mentionOrder: [(token: Int, actor: Int)] = []
            for (a, actor) in layer.actors.enumerated() {
                for m in actor.mentions where m.form != .firstPerson { mentionOrder.append((m.tokens.lowerBound, a)) }
            }
            mentionOrder.sort { $0.token < $1.token }
            // States' mentions counted up to a token, for "the two countries": advanced as sentences are read (started
            // again only if a later question asks about an earlier token), so long documents stay linear.
            var stateTally: (next: Int, counts: [Int: (count: Int, last: Int)]) = (0, [:])
            func stateCounts(before floor: Int) -> [Int: (count: Int, last: Int)] {
                if stateTally.next > 0, mentionOrder[stateTally.next - 1].token >= floor { stateTally = (0, [:]) }
                while stateTally.next < mentionOrder.count, mentionOrder[stateTally.next].token < floor {
                    let m = mentionOrder[stateTally.next]
                    if layer.actors[m.actor].kind == .state {
                        let c = stateTally.counts[m.actor]?.count ?? 0
                        stateTally.counts[m.actor] = (c + 1, m.token)
                    }
                    stateTally.next += 1
                }
                return stateTally.counts
            }
            var sideTally: (next: Int, bySide: [String: (count: Int, actors: [Int: Int])]) = (0, [:])
            /// The two sides of a war within one state named most before token `floor`, its forces and its insurgents
            /// ("Sudan's army and the RSF"), each as the non-person actor of its side named most (a group over the state);
            /// nil when no insurgents and their state are among the three sides named most.
            func warringSides(before floor: Int) -> [Int]? {
                // (Counted on from the last call, as `stateCounts` is: a long text is read once.)
                if sideTally.next > 0, mentionOrder[sideTally.next - 1].token >= floor { sideTally = (0, [:]) }
                while sideTally.next < mentionOrder.count, mentionOrder[sideTally.next].token < floor {
                    let m = mentionOrder[sideTally.next]
                    // (Only states and their people, forces and insurgents take sides; an international body does not.)
                    guard layer.actors[m.actor].country != nil else { sideTally.next += 1; continue }
                    let side = Self.side(layer.actors[m.actor])
                    var entry = sideTally.bySide[side] ?? (0, [:])
                    entry.count += 1
                    if layer.actors[m.actor].kind != .person { entry.actors[m.actor, default: 0] += 1 }
                    sideTally.bySide[side] = entry
                    sideTally.next += 1
                }
                // (The insurgents named most among the three sides named most, and their state's side among those three.)
                let ranked = sideTally.bySide.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
                    .prefix(3)
                guard let insurgents = ranked.first(where: { $0.key.count > 3 }),
                      let state = ranked.first(where: { $0.key == String(insurgents.key.prefix(3)) }) else { return nil }
                let top = [state, insurgents]
                let chosen = top.compactMap { side in
                    side.value.actors.max { a, b in
                        let ga = layer.actors[a.key].kind == .group, gb = layer.actors[b.key].kind == .group
                        return ga != gb ? gb : a.value != b.value ? a.value < b.value : a.key > b.key
                    }?.key
                }
                return chosen.count == 2 ? chosen : nil
            }
            // People's mentions by first token, for sentence-initial he and she.
            var personStarts: [(token: Int, actor: Int)] = []
            for (a, actor) in layer.actors.enumerated() where actor.kind == .person {
                for m in actor.mentions where m.form != .pronoun { personStarts.append((m.tokens.lowerBound, a)) }
            }
            personStarts.sort { $0.token < $1.token }
            // Places fill slots after a trigger as their state ("arrived in Amman"), never subjects.
            var placeStarts = TokenFlagsSet(count: tokens.count)
            for place in layer.places + layer.placeCandidates where starting[place.tokens.lowerBound] == nil {
                if let a = layer.actors.indices.first(where: { layer.actors[$0].kind == .state && layer.actors[$0].code == place.country }) {
                    starting.append(Slot(actors: [a], tokens: place.tokens), at: place.tokens.lowerBound)
                    placeStarts.insert(place.tokens.lowerBound)
                }
            }
            // A town named without a preposition counts only right after a verb's own word ("attacked Kharkiv").
            var candidateAt: [Int: Int] = [:]
            for (n, place) in layer.placeCandidates.enumerated() { candidateAt[place.tokens.lowerBound] = n }
            func isStop(_ i: Int) -> Bool {
                let t = tokens[i]
                // A dash between words is a break; a hyphen inside a compound ("U.S.-brokered") is not.
                return t.has(.comma) || t.has(.colon) || t.has(.sentenceFinal) || t.has(.quote) && !t.has(.possessive)
                    || t.has(.dash) && t.has(.spaceBefore) || t.has(.openBracket) || t.has(.closeBracket)
            }
            /// The quotation mark that pairs with the one at `i` within four words of it, after or before, with no clause
            /// punctuation between: the marks of a few words quoted inside a phrase.
            func quotePartner(_ i: Int) -> Int? {
                for d in [1, -1] {
                    var k = i + d
                    while k >= 0, k < tokens.count, abs(k - i) <= 5 {
                        if tokens[k].has(.quote) { if abs(k - i) >= 2 { return k } else { break } }
                        if tokens[k].has(.comma) || tokens[k].has(.sentenceFinal) || tokens[k].has(.colon) { break }
                        k += d
                    }
                }
                return nil
            }
            /// The longest mention starting within `window` tokens of `from`.
            func slot(after from: Int, limit: Int, window: Int = 5) -> Slot? {
                var i = from
                while i < min(limit, from + window) {
                    if let s = starting[i]?.max(by: { $0.tokens.count < $1.tokens.count }) {
                        // A place fills a slot only right after the trigger's words ("arrived in Amman"),
                        // not behind other nouns ("met reporters in Kyiv").
                        // ("air strikes on the port city of Hodeidah": over the words that say what kind of place it is.)
                        if placeStarts.contains(i), (from..<i).contains(where: { key($0) != Self.theKey && !Self.placeLeadWords.contains(key($0)) }) {
                            return nil
                        }
                        if candidateAt[i] != nil, i != from { return nil }
                        // "pounded hideouts near the Afghan border": a state's border after a locative is where, not whom.
                        if s.tokens.upperBound < limit, Self.borderNouns.contains(key(s.tokens.upperBound)) {
                            var b = i - 1
                            if b >= from, key(b) == Self.theKey { b -= 1 }
                            if b >= 0, Self.borderLocatives.contains(key(b)) { return nil }
                        }
                        // ("pressed Washington's two main Asian allies to": a state's possessive before its allies or
                        // neighbours is not whom the act is aimed at.)
                        if s.tokens.upperBound < limit, tokens[s.tokens.upperBound - 1].has(.possessive)
                            || tokens[s.tokens.upperBound].has(.possessive) && tokens[s.tokens.upperBound].has(.clitic),
                           case let after = tokens[s.tokens.upperBound].has(.clitic) ? s.tokens.upperBound + 1 : s.tokens.upperBound,
                           (after..<min(limit, after + 4)).contains(where: { Self.relationNouns.contains(key($0)) && tokens[$0].has(.lowercase) }),
                           !(after..<min(limit, after + 4)).contains(where: { starting[$0] != nil || isStop($0) }) {
                            return nil
                        }
                        return s
                    }
                    // ("urged both sides to exercise restraint", "called on the two countries to": the story's two main
                    // states, those named most before, as for a subject.)
                    // (Named before the sentence: "China urged the two sides" does not count China.)
                    // (Not after "between": "cooperation between the two countries" is mostly a relation named, not an act.)
                    // ("met both delegations", "urged the warring parties": in a war within a state, its forces and the
                    // insurgents they fight, when those are the two sides named most before.)
                    // ("urged all sides to lay down their weapons": "all" before sides or parties, as "both".)
                    if i + 1 < limit, (Self.pairWords.contains(key(i)) || key(i) == Self.warringKey)
                        && (Self.pairStates.contains(key(i + 1)) || Self.pairParties.contains(key(i + 1)))
                        || key(i) == Self.allKey && Self.pairParties.contains(key(i + 1)),
                       !(from > 0 && key(from - 1) == Self.betweenKey) {
                        var lo = 0, hi = segmentation.sentences.count
                        while lo < hi {
                            let mid = (lo + hi) / 2
                            if segmentation.sentences[mid].tokens.upperBound <= i { lo = mid + 1 } else { hi = mid }
                        }
                        let sentenceStart = lo < segmentation.sentences.count ? segmentation.sentences[lo].tokens.lowerBound : i
                        if let warring = warringSides(before: sentenceStart) { return Slot(actors: warring, tokens: i..<(i + 2)) }
                        guard Self.pairWords.contains(key(i)) || key(i) == Self.allKey else { return nil }
                        let counts = stateCounts(before: sentenceStart).map { (actor: $0.key, count: $0.value.count, last: $0.value.last) }
                            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.last > $1.last }
                        return counts.count >= 2 ? Slot(actors: counts.prefix(2).map(\.actor), tokens: i..<(i + 2)) : nil
                    }
                    // ('"condemns" North Korea': the closing mark of a few words quoted around the verb is no break.)
                    if i == from, tokens[i].has(.quote), !tokens[i].has(.possessive), let partner = quotePartner(i), partner < i {
                        i += 1
                        continue
                    }
                    // "warned that Argentina's economy ...": what follows a complementizer is another clause.
                    // ("fighting alongside the Haitian police": who is beside the act is no party it is done to.)
                    // ("killed thousands of people since the M23 took up arms", "killing at least 17 as police fought back":
                    // nor after a word that opens another clause.)
                    // ("sanctions on officials responsible for what he called repression": nor in a clause that "what" opens.)
                    if isStop(i) || Self.complementizers.contains(key(i)) || Self.companionWords.contains(key(i))
                        || (Self.slotClauseOpeners.contains(key(i)) || i > from && isClauseAs(i) || key(i) == Self.whatKey)
                            && tokens[i].has(.lowercase) { return nil }
                    // ("a protest by phone with the Chinese Embassy": after "by" a noun and another preposition close the
                    // agent's phrase; "of" goes on, as in "by representatives of Russia".)
                    if i > from, from > 0, key(from - 1) == Self.byKey, key(i) != Self.ofKey, Self.prepositionKeys.contains(key(i)),
                       tokens[i].has(.lowercase),
                       (from..<i).contains(where: { tokens[$0].has(.word) && !Self.determiners.contains(key($0)) }) {
                        return nil
                    }
                    i += 1
                }
                return nil
            }
            /// The mention ending nearest before `before`, within the clause.
            func slot(before: Int, floor: Int, window: Int = 5) -> Slot? {
                var i = before - 1
                while i >= max(floor, before - window) {
                    if let s = ending[i]?.max(by: { $0.tokens.count < $1.tokens.count }) { return s }
                    if isStop(i) { return nil }
                    i -= 1
                }
                return nil
            }
            /// "as" opening a clause ("... as truckers blocked highways"), not "such as", "known as", "as well as".
            func isClauseAs(_ i: Int) -> Bool {
                // (Nor "was quoted today as saying": a participle after it has no subject of its own.)
                // ("even as an attack on a camp killed 40 civilians": "even as" always opens a clause.)
                key(i) == Self.asKey && i > 0 && (key(i - 1) == Self.evenKey && !(i + 1 < tokens.count && endsWithIng(i + 1))
                    || !Self.asCompanions.contains(key(i - 1))
                    && !(i + 1 < tokens.count && (Self.asCompanions.contains(key(i + 1)) || endsWithIng(i + 1))))
            }
            /// The two people of each event between people of two sides coded so far, with its trigger, in reading order
            /// ("X met his counterpart Y": X and Y), for "the two" after it.
            var personPairs: [(first: Int, second: Int, anchor: Int)] = []
            /// The two people of each event of any kind between people of two sides, for "the two sides" after it.
            var sidePairs: [(first: Int, second: Int, anchor: Int)] = []
            /// The subject: the nearest actor to the left in the clause, with a
            /// coordinated partner ("Russia and China").
            func subject(before g: Int, floor: Int, verb: Bool = true) -> Slot? {
                // ("... and, in April 2024, expelled": a phrase set off by commas after "and" stands between the conjunction
                // and its verb.)
                if verb, g - 4 > floor, tokens[g - 1].has(.comma), !tokens[g - 1].has(.quote),
                   let j = stride(from: g - 3, through: max(floor + 1, g - 9), by: -1).first(where: {
                       key($0) == Self.andKey && tokens[$0 + 1].has(.comma) && !tokens[$0 + 1].has(.quote)
                   }), !((j + 2)..<(g - 1)).contains(where: { isStop($0) }) {
                    return subject(before: j + 1, floor: floor, verb: verb)
                }
                // "students who blockaded the road": a relative clause's subject is the noun before "who".
                if g - 1 > floor, Self.relativePronouns.contains(key(g - 1)) || key(g - 1) == Self.thatKey && verb {
                    if key(g - 1) != Self.thatKey || !tokens[g - 2].has(.lowercase) || ending[g - 2] != nil {
                        // ("Uganda, which deployed soldiers ...", "Pashinyan, who visited Moscow": over the comma that sets
                        // the clause off.)
                        if g - 2 > floor, tokens[g - 2].has(.comma), key(g - 1) == ActorRecognizer.whoKey || key(g - 1) == Self.whichKey,
                           let before = ending[g - 3]?.max(by: { $0.tokens.count < $1.tokens.count }) {
                            return preferPerson(before, limit: g - 2)
                        }
                        return ending[g - 2]?.max(by: { $0.tokens.count < $1.tokens.count })
                    }
                }
                // "X criticised Y and accused Z": a coordinated verb shares the clause's first subject;
                // so does a participle after a comma ("Israel struck Iran, killing ...").
                let participleClause = g - 1 > floor && tokens[g - 1].has(.comma) && endsWithIng(g)
                // ("Israeli jets struck ..., Syria's foreign ministry said on Tuesday, condemning the attacks": a participle
                // after a speech verb's clause hangs on that verb's subject.)
                // (So does one joined to such a participle by "and": "..., condemning the attacks and calling on".)
                if g - 1 > floor, participleClause || key(g - 1) == Self.andKey && endsWithIng(g), let said = (floor..<(g - 1)).last(where: {
                    ActorRecognizer.speechVerbKeys.contains(key($0)) && tokens[$0].has(.lowercase)
                }), said > floor, let speaker = ending[said - 1]?.max(by: { $0.tokens.count < $1.tokens.count }),
                   participleClause ? !((said + 1)..<(g - 1)).contains(where: { ending[$0] != nil || starting[$0] != nil })
                    : ((said + 1)..<(g - 1)).contains(where: { tokens[$0].has(.comma) && endsWithIng($0 + 1) }) {
                    return preferPerson(speaker, limit: said)
                }
                // ("He accused Israel of ..., but praised Egypt": so does one joined by "but".)
                if g - 1 > floor, key(g - 1) == Self.andKey || key(g - 1) == Self.butKey || participleClause {
                    var i = floor
                    // A verb joined by "and" shares the subject of the nearest clause: "after shelling killed four
                    // soldiers and wounded two civilians" has none (the clause opened by "after" names no actor).
                    // (With a comma before "and" the verb is the main clause's: "Venezuela accused the US after a US strike
                    // killed four people, and said it had lodged a complaint".)
                    // ("since October", "after 2023": a subordinator before a date is a preposition that opens no clause.)
                    if !participleClause, !(g - 2 > floor && tokens[g - 2].has(.comma)), let open = (floor..<(g - 1)).last(where: {
                        Self.subordinators.contains(key($0)) && tokens[$0].has(.lowercase)
                            && !($0 + 1 < g - 1 && (Self.calendarWords.contains(key($0 + 1)) || tokens[$0 + 1].has(.number)))
                    }) {
                        i = open + 1
                    }
                    // ("X said Cambodian troops had crossed into Thailand and opened fire": an act joined inside a
                    // reported clause is its subject's, named right after the speech verb; "X said ... and urged Y" is
                    // still the speaker's.)
                    // (The verb group may open with an auxiliary or an adverb: "and also urged", "and has warned".)
                    if !participleClause, !(g..<min(g + 4, tokens.count)).contains(where: { ActorRecognizer.stanceVerbKeys.contains(key($0)) }),
                       let said = (i..<(g - 1)).last(where: {
                           // (Not a verb whose object is its hearer: "Israel warned Hezbollah and struck".)
                           ActorRecognizer.speechVerbKeys.contains(key($0)) && !ActorRecognizer.hearerVerbKeys.contains(key($0))
                               && !Self.askKeys.contains(key($0)) && tokens[$0].has(.lowercase)
                       }) {
                        var opens = said + 1 < g - 1 && key(said + 1) == Self.thatKey ? said + 2 : said + 1
                        // ("said ambassador Karl-Heinz Brenner had engaged in ... and held": over a title in lower case.)
                        // (Not over an article or a possessive: "recalled its ambassador from Addis Ababa" names no subject.)
                        var title = opens
                        while title < min(g - 1, opens + 2), starting[title] == nil, tokens[title].has(.lowercase), tokens[title].has(.word),
                              !Self.determiners.contains(key(title)), !Self.prepositionKeys.contains(key(title)) {
                            title += 1
                        }
                        if title > opens, title < g - 1, starting[title] != nil, tokens[title].has(.capitalized) { opens = title }
                        if opens < g - 1, let s = starting[opens]?.max(by: { $0.tokens.count < $1.tokens.count }) {
                            return preferPerson(s, limit: g - 1)
                        }
                    }
                    // ("In a statement from Cairo, Secretary-General X condemned ... and called on": not in the opening phrase.)
                    if i == floor, Self.prepositionKeys.contains(key(i)) || Self.openers.contains(key(i)),
                       let comma = (i..<min(g - 1, i + 12)).first(where: { tokens[$0].has(.comma) }) {
                        i = comma + 1
                    }
                    while i < g - 1 {
                        if let s = starting[i]?.max(by: { $0.tokens.count < $1.tokens.count }) {
                            var slot = preferPerson(s, limit: g - 1)
                            // "India and Pakistan exchanged fire, killing ...": the whole coordinated subject.
                            let next = slot.tokens.upperBound
                            if next + 1 < g - 1, key(next) == Self.andKey,
                               let partner = starting[next + 1]?.max(by: { $0.tokens.count < $1.tokens.count }) {
                                slot.actors += partner.actors.filter { !slot.actors.contains($0) }
                                slot.tokens = slot.tokens.lowerBound..<partner.tokens.upperBound
                            }
                            return slot
                        }
                        // ('"The United States stands with the Philippines and condemns ...," X said': over the mark that
                        // opens a quotation with the clause.)
                        if tokens[i].has(.quote) && !tokens[i].has(.possessive) {
                            // (Only a verb inside the quotation: not a participle after it, '"...," the mission said, urging'.)
                            if i == floor, !((i + 1)..<g).contains(where: { tokens[$0].has(.quote) && !tokens[$0].has(.possessive) }) {
                                i += 1
                                continue
                            }
                            break
                        }
                        // ("He accused Israel of ..., but praised Egypt": a subject no actor stands for is no later mention.)
                        if Self.subjectPronouns.contains(key(i)) && (i == floor || !tokens[i].has(.capitalized)) { return nil }
                        i += 1
                    }
                }
                /// "The two leaders", "both countries" at token `n`: the last two people named before the clause, or the
                /// story's two main states.
                func pairSubject(at n: Int) -> Slot? {
                    var n = n
                    // (", and the two sides signed": over the conjunction that opens the clause.)
                    if n < g, Self.andKeys.contains(key(n)) { n += 1 }
                    let first = n
                    if n < g, key(n) == Self.theKey { n += 1 }
                    guard n + 1 <= g, n < tokens.count, Self.pairWords.contains(key(n)) else { return nil }
                    var noun = n + 1
                    // ("Cho spoke with his Japanese counterpart X, and the two agreed": "the two" alone before the verb are
                    // the two people named last.)
                    let bare = key(n) == Self.twoKey && n > first && key(n - 1) == Self.theKey && noun == g
                    if bare { noun = n }
                    guard bare || noun < g && (Self.pairPeople.contains(key(noun)) || Self.pairStates.contains(key(noun))) else { return nil }
                    var found: [Int] = []
                    // ("Pistorius met his counterpart Shmyhal, who accompanied Zelensky. The two signed": the two people of
                    // the last meeting or act between them, in this sentence or the one before, over a third named since.)
                    let previous = segmentation.sentences.lastIndex(where: { $0.tokens.lowerBound <= first }).map {
                        segmentation.sentences[max(0, $0 - 1)].tokens.lowerBound } ?? floor
                    if bare || Self.pairPeople.contains(key(noun)), let pair = personPairs.last(where: { $0.anchor < first }),
                       pair.anchor >= previous {
                        found = [pair.first, pair.second]
                    } else if bare || Self.pairPeople.contains(key(noun)) {
                        for m in mentionOrder.reversed() where m.token < (bare ? first : floor) {
                            guard layer.actors[m.actor].kind == .person, !found.contains(m.actor) else { continue }
                            found.append(m.actor)
                            if found.count == 2 { break }
                        }
                        found.reverse()
                    } else {
                        // ("Wang met with Indonesian Foreign Minister Sugiono, and the two sides signed": the two sides of
                        // different states named in the clause before, in its own sentence.)
                        // ("Yevkurov arrived in Niamey. He was received by Tiani. The two sides signed": or, opening its
                        // sentence, the two sides named last in the two sentences before.)
                        func sides(from low: Int) -> [Int] {
                            var found: [Int] = []
                            for m in mentionOrder.reversed() where m.token >= low && m.token < first {
                                guard layer.actors[m.actor].kind != .group || Self.insurgentSide(layer.actors[m.actor]) != nil,
                                      !found.contains(m.actor), case let side = Self.side(layer.actors[m.actor]),
                                      !found.contains(where: { Self.side(layer.actors[$0]) == side }) else { continue }
                                found.append(m.actor)
                                if found.count == 2 { break }
                            }
                            return found.reversed()
                        }
                        if key(noun) == Self.sidesKey {
                            found = sides(from: floor)
                            if found.count < 2, first == floor,
                               let s = segmentation.sentences.firstIndex(where: { $0.tokens.lowerBound == floor }), s > 0 {
                                // ("Modi told Zelenskyy at the start of their talks ... [a paragraph on Russia] ... The two sides
                                // signed": the people of the last act between two sides in the five sentences before, over a
                                // third state talked about since.)
                                if let pair = sidePairs.last(where: { $0.anchor < first }),
                                   pair.anchor >= segmentation.sentences[max(0, s - 5)].tokens.lowerBound {
                                    found = [pair.first, pair.second]
                                } else {
                                    found = sides(from: segmentation.sentences[max(0, s - 2)].tokens.lowerBound)
                                }
                            }
                        }
                        // ("The two countries fought a border war": the story's two main states, those named most
                        // before, not a third state named last.)
                        if found.count < 2 {
                            let counts = stateCounts(before: floor).map { (actor: $0.key, count: $0.value.count, last: $0.value.last) }
                                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.last > $1.last }
                            found = counts.prefix(2).map(\.actor)
                        }
                    }
                    return found.count == 2 ? Slot(actors: found, tokens: first..<(noun + 1)) : nil
                }
                /// "They" at token `p`, right before the verb: the two people of different sides named last, when no
                /// group or body was named after them.
                func theyPair(at p: Int) -> Slot? {
                    guard p < g, key(p) == Self.theyKey, g - p <= 2,
                          let last = mentionOrder.last(where: { $0.token < p }), layer.actors[last.actor].kind == .person else { return nil }
                    var pair: [Int] = []
                    for m in mentionOrder.reversed() where m.token < p && p - m.token < 80 {
                        let a = layer.actors[m.actor]
                        guard a.kind == .person, !pair.contains(m.actor) else { continue }
                        if let first = pair.first, (layer.actors[first].country ?? layer.actors[first].code) == (a.country ?? a.code) { continue }
                        pair.append(m.actor)
                        if pair.count == 2 { break }
                    }
                    return pair.count == 2 ? Slot(actors: pair.reversed(), tokens: p..<(p + 1)) : nil
                }
                var i = g - 1
                // An actor inside a prepositional phrase ("the sides of Cyprus", "West Africans ordered out of
                // Nigeria") is the subject only when no other actor stands before it in the clause.
                var inPhrase: Slot?
                while i >= floor {
                    // ("..., and the two sides signed", "where the two sides discussed": a pair that opens the verb's own
                    // clause; not one a preposition governs, "the UN envoy for the two countries urged", though "the home
                    // ministers of the two countries meet" are the pair.)
                    if i == g - 1, i - 1 > floor, key(i) == Self.twoKey, key(i - 1) == Self.theKey, let pair = pairSubject(at: i - 1) {
                        return pair
                    }
                    if i - 1 >= floor, Self.pairWords.contains(key(i - 1)),
                       Self.pairStates.contains(key(i)) || Self.pairPeople.contains(key(i)),
                       case let start = i - 2 >= floor && key(i - 2) == Self.theKey ? i - 2 : i - 1,
                       start == floor || !Self.prepositionKeys.contains(key(start - 1)) || key(start - 1) == Self.ofKey,
                       let pair = pairSubject(at: start) {
                        return pair
                    }
                    // ("Zakharova said the mission spied on Russia and Iran, and she urged Yerevan": "he" or "she" that opens
                    // the verb's own clause after "and" or "but" is the person named last, not a mention before it.)
                    if inPhrase == nil, i > floor, Self.personalPronouns.contains(key(i)), tokens[i].has(.lowercase),
                       ((i + 1)..<g).allSatisfy({ Self.auxiliaries.contains(key($0)) || isAdverb($0) }),
                       key(i - 1) == Self.andKey || key(i - 1) == Self.butKey,
                       let person = latestPerson(before: i, gender: Self.femininePronouns.contains(key(i)) ? .female : .male) {
                        return Slot(actors: [person], tokens: i..<(i + 1))
                    }
                    // Skip a relative clause: "Russia, which keeps a base in Armenia, urged ...".
                    if tokens[i].has(.comma), let open = relativeClauseStart(endingAt: i, floor: floor) {
                        // ("Beijing, which regards Taiwan as a province, by force if necessary, branded": a clause of
                        // several phrases is skipped whole.)
                        i = open > floor && relativeClauseStart(endingAt: open, floor: floor) != nil ? open : open - 1
                        continue
                    }
                    // ("Ethiopia's foreign ministry said the deal was ..., and it rejected": "it" or "they" that opens a clause
                    // joined by "and" or "but" is the body or state that opens the sentence.)
                    if inPhrase == nil, i > floor + 1, key(i) == Self.itKey || key(i) == Self.theyKey, tokens[i].has(.lowercase),
                       key(i - 1) == Self.andKey || key(i - 1) == Self.butKey, tokens[i - 2].has(.comma),
                       let opener = starting[floor]?.max(by: { $0.tokens.count < $1.tokens.count }),
                       opener.actors.allSatisfy({ layer.actors[$0].kind != .person }) {
                        return opener
                    }
                    if let s = ending[i]?.max(by: { $0.tokens.count < $1.tokens.count }) {
                        var result = s
                        // "Israel and the Palestinians", "Libyan leader X and Bulgarian President Y":
                        // before the mention, over its determiner or title, a conjunction and a partner.
                        // "Britain, France and Germany": every partner of a list.
                        var start = s.tokens.lowerBound
                        // ("the Rapid Support Forces (RSF) fought": an acronym in brackets stands with the name before it.)
                        if start - 2 > floor, tokens[start - 1].has(.openBracket),
                           let named = ending[start - 2]?.first(where: { $0.actors == s.actors }) {
                            start = named.tokens.lowerBound
                        }
                        // ("X and his Azerbaijani counterpart, Jeyhun Bayramov, met": a name set off after its title stands
                        // with the title.)
                        if start - 2 > floor, tokens[start - 1].has(.comma),
                           let titled = ending[start - 2]?.first(where: { $0.actors == s.actors }) {
                            start = titled.tokens.lowerBound
                        }
                        // A comma joins a list only once its "and" has been seen from the end ("Britain, France
                        // and Germany"); "the president of Kenya, William Ruto," is an apposition.
                        var sawAnd = false
                        for _ in 0..<6 {
                            var b = start - 1
                            var steps = 0
                            // (Over a determiner, capitalised words and descriptive words: "and the evil Gondor".)
                            while b > floor, steps < 4, !Self.andKeys.contains(key(b)),
                                  key(b) == Self.theKey || ActorRecognizer.possessivePronouns.contains(key(b)) || tokens[b].has(.capitalized) && !isStop(b)
                                    // ("X and Guyana's President Y met": over a state's possessive in the partner's title.)
                                    || tokens[b].has(.possessive) && tokens[b].has(.clitic)
                                    || tokens[b].has(.lowercase) && Self.descriptiveWord(key(b)) {
                                b -= 1
                                steps += 1
                            }
                            guard b > floor, Self.andKeys.contains(key(b)), key(b) == Self.andKey || sawAnd,
                                  let partner = ending[b - 1]?.first else { break }
                            if key(b) == Self.andKey { sawAnd = true }
                            result.actors += partner.actors.filter { !result.actors.contains($0) }
                            start = partner.tokens.lowerBound
                        }
                        var p = start - 1
                        while p > floor, Self.determiners.contains(key(p)) || EventCoder.compassKeys.contains(key(p)) { p -= 1 }
                        // ("a reminder to Iraq that it must": a pronoun after the mention points back to it.)
                        // ("..., with Kinshasa accusing Rwanda": after "with", a mention right before a participle is its subject.)
                        if p > floor, Self.prepositionKeys.contains(key(p)), tokens[p].has(.lowercase),
                           !(key(p) == Self.withKey && s.tokens.upperBound == g && endsWithIng(g)),
                           !(s.tokens.upperBound..<g).contains(where: { Self.subjectPronouns.contains(key($0)) }) {
                            if inPhrase == nil { inPhrase = result }
                            i = p - 1
                            continue
                        }
                        return result
                    }
                    // ('the United States "condemns" the launch': the marks of a few words quoted around the verb are no break.)
                    // (Not after a preposition: 'accused Brussels of "blackmail"', 'the ability to "seize control"'.)
                    if tokens[i].has(.quote), !tokens[i].has(.possessive), i >= g - 3, let partner = quotePartner(i), partner >= g,
                       i - 1 >= floor, !Self.prepositionKeys.contains(key(i - 1)), !Self.determiners.contains(key(i - 1)) {
                        i -= 1
                        continue
                    }
                    // ('X called the arrest "a kidnapping", accused Pristina of': a few words quoted right before the verb,
                    // after a word of the clause, are the earlier verb's object, no break.)
                    if i >= g - 2, tokens[i].has(.quote), !tokens[i].has(.possessive), let partner = quotePartner(i), partner < i,
                       partner - 1 > floor, tokens[partner - 1].has(.word), tokens[partner - 1].has(.lowercase) {
                        i = partner - 1
                        continue
                    }
                    if tokens[i].has(.colon) || tokens[i].has(.quote) && !tokens[i].has(.possessive) { return inPhrase }
                    // The verb's own clause opens here and named no actor ("... when one of the bombers detonated"),
                    // unless a comma sets it off as an aside ("Russia, when asked about the talks, said").
                    // ("The North has since sent troops": "since" after "has" is an adverb of time, no clause's opener.)
                    // ("spoke to reporters after meeting the UN envoy": an -ing form right after the subordinator has no
                    // subject of its own; it is the main clause's.)
                    if verb, i > floor, Self.subordinators.contains(key(i)) && !Self.perfectAuxiliaries.contains(key(i - 1)) || isClauseAs(i),
                       tokens[i].has(.lowercase),
                       !(i..<g).contains(where: { tokens[$0].has(.comma) }),
                       !(i == g - 1 && Self.subordinators.contains(key(i)) && endsWithIng(g)) {
                        return inPhrase
                    }
                    // "In Mexico, the president-elect met ...": an opening phrase is not the subject.
                    // ("In a joint statement issued after the summit, the two governments urged": but the pair after it is.)
                    if tokens[i].has(.comma), Self.prepositionKeys.contains(key(floor)) || Self.openers.contains(key(floor)) {
                        return inPhrase ?? pairSubject(at: i + 1) ?? theyPair(at: i + 1)
                    }
                    // "The UN said the strikes violated the law": what follows a speech verb has its own
                    // subject; only a pronoun there ("said it would ...") points back to the speaker.
                    // (A noun trigger, "said during talks with", and a participle, "added, expressing", keep the speaker.)
                    // ("told reporters after meeting X": not an -ing form right after a subordinator, whose subject is the
                    // speaker's.)
                    if verb, ActorRecognizer.speechVerbKeys.contains(key(i)) || Self.speechParticiples.contains(key(i)),
                       i + 1 < g, !tokens[i + 1].has(.comma),
                       !((i + 1)..<g).contains(where: { Self.subjectPronouns.contains(key($0)) }),
                       !(g - 1 > i && Self.subordinators.contains(key(g - 1)) && tokens[g - 1].has(.lowercase) && endsWithIng(g)
                         && !((i + 1)..<(g - 1)).contains(where: { isStop($0) })) {
                        return inPhrase
                    }
                    // ("Venezuela accused the United States of aggression and said it had lodged a complaint": the pronoun
                    // that opens the reported clause is the speech verb's subject, not a mention between.)
                    if inPhrase == nil, ActorRecognizer.speechVerbKeys.contains(key(i)), tokens[i].has(.lowercase), i > floor,
                       case let p = i + 1 < g && key(i + 1) == Self.thatKey ? i + 2 : i + 1, p < g,
                       key(p) == Self.itKey || key(p) == Self.theyKey || key(p) == Self.weKey,
                       !((p + 1)..<g).contains(where: { ending[$0] != nil }),
                       let speaker = subject(before: i, floor: floor) {
                        return speaker
                    }
                    // "The UN said that attacks on civilians must stop": a noun inside a that-clause is what is
                    // said, not the speaker's act.
                    // So is a verb's ("admitted that an airstrike had killed civilians"), unless a pronoun there
                    // points back ("said that it would").
                    if key(i) == Self.thatKey, i > floor, tokens[i - 1].has(.lowercase),
                       !verb || !((i + 1)..<g).contains(where: { Self.subjectPronouns.contains(key($0)) }) {
                        return inPhrase
                    }
                    // ("The Arab League said in a statement from its Cairo headquarters that it rejects": "it" after the
                    // speech verb's "that" is the speaker, over a mention in the phrase between.)
                    if verb, inPhrase == nil, key(i) == Self.thatKey, i > floor, i + 1 < g,
                       key(i + 1) == Self.itKey || key(i + 1) == Self.theyKey || key(i + 1) == Self.weKey,
                       !((i + 2)..<g).contains(where: { ending[$0] != nil }),
                       let v = (max(floor + 1, i - 12)..<i).last(where: { ActorRecognizer.speechVerbKeys.contains(key($0)) && tokens[$0].has(.lowercase) }),
                       !(v..<i).contains(where: { isStop($0) }),
                       let speaker = subject(before: v, floor: floor) {
                        return speaker
                    }
                    i -= 1
                }
                // "The two leaders signed ...", "both countries agreed ...": the last two named before.
                // ("Meeting at the prime minister's office, the two leaders condemned": or after an opening phrase.)
                if let pair = pairSubject(at: floor)
                    ?? (floor..<g).last(where: { tokens[$0].has(.comma) }).flatMap({ pairSubject(at: $0 + 1) }) { return pair }
                // "He criticised Germany.": a sentence's he or she is the person last named before it;
                // "It also expelled the envoy.": its "it" the state or body last named.
                if let p = (floor..<g).first(where: { Self.personalPronouns.contains(key($0)) }), p == floor || p == floor + 1,
                   let person = latestPerson(before: floor, gender: Self.femininePronouns.contains(key(p)) ? .female : .male) {
                    return Slot(actors: [person], tokens: p..<(p + 1))
                }
                // ("Zielinski received Hollmann ... At the end of the consultations, they signed": "they" opening the
                // clause is the two people of different sides named last, when no group or body was named after them.)
                if let p = (floor..<g).first(where: { key($0) == Self.theyKey }), p == floor || tokens[p - 1].has(.comma),
                   let pair = theyPair(at: p) {
                    return pair
                }
                if key(floor) == Self.itKey, floor < g, !Self.beForms.contains(key(floor + 1)) {
                    if let last = mentionOrder.last(where: { $0.token < floor && floor - $0.token < 80
                        && layer.actors[$0.actor].kind != .person }) {
                        return Slot(actors: [last.actor], tokens: floor..<(floor + 1))
                    }
                }
                // ("After meeting the UN envoy, Lebanon's prime minister said": an -ing form that opens the sentence after a
                // word of time has the subject that follows the phrase's comma.)
                if inPhrase == nil, verb, g - 1 == floor, Self.gerundOpeners.contains(key(floor)), endsWithIng(g),
                   let comma = (g..<min(tokens.count, g + 14)).first(where: { isStop($0) }), tokens[comma].has(.comma),
                   !tokens[comma].has(.quote),
                   let after = ((comma + 1)..<min(tokens.count, comma + 4)).first(where: { starting[$0] != nil || isStop($0) }),
                   let s = starting[after]?.max(by: { $0.tokens.count < $1.tokens.count }) {
                    return preferPerson(s, limit: min(tokens.count, after + 12))
                }
                return inPhrase
            }
            /// The person whose mention starts last before token `limit`, within 80 tokens, skipping people
            /// known to be of the other gender ("she" is not Emmanuel Macron).
            func latestPerson(before limit: Int, gender: Gender) -> Int? {
                var lo = 0, hi = personStarts.count
                while lo < hi { let mid = (lo + hi) / 2; if personStarts[mid].token < limit { lo = mid + 1 } else { hi = mid } }
                while lo > 0 {
                    let (token, actor) = personStarts[lo - 1]
                    guard limit - token < 80 else { return nil }
                    if layer.actors[actor].gender.map({ $0 == gender }) ?? true { return actor }
                    lo -= 1
                }
                return nil
            }
            /// "North Korean Defense Minister No Kwang Chol": the person the title
            /// leads to, rather than the state that opens it.
            func preferPerson(_ s: Slot, limit: Int) -> Slot {
                guard s.actors.allSatisfy({ layer.actors[$0].kind != .person }) else { return s }
                var i = s.tokens.upperBound
                // Over a title's words, capitalised or not ("his Saudi counterpart Prince Faisal", "Chinese
                // foreign minister Wang Yi").
                // (Not over a verb: in "Beijing condemned Lai's stopover", Lai is the object.)
                // (Nor over a participle: "protesters demanding the resignation of President X" are not X.)
                while i < min(limit, s.tokens.upperBound + 6), !isStop(i), !(tokens[i].has(.lowercase) && (looksPast(i) || endsWithIng(i))),
                      tokens[i].has(.capitalized) || tokens[i].has(.possessive) || tokens[i].has(.lowercase) && Self.descriptiveWord(key(i))
                        || key(i) == Self.ofKey && i + 1 < limit && tokens[i + 1].has(.capitalized) {
                    if let p = starting[i]?.first(where: { $0.actors.contains { layer.actors[$0].kind == .person } }) {
                        return Slot(actors: p.actors, tokens: s.tokens.lowerBound..<p.tokens.upperBound)
                    }
                    i += 1
                }
                return s
            }
            func endsWithS(_ i: Int) -> Bool {
                let t = tokens[i]
                guard t.end - t.start >= 3 else { return false }
                return bytes[Int(t.end) - 1] == UInt8(ascii: "s") && bytes[Int(t.end) - 2] != UInt8(ascii: "s")
            }
            /// A past form: "-ed" or an irregular past ("met", "struck"), not a title's word ("appointed").
            func looksPast(_ i: Int) -> Bool {
                let t = tokens[i]
                if Inflection.irregularPastKeys.contains(key(i)) { return true }
                guard t.end - t.start >= 4, !ActorRecognizer.titleModifiers.contains(key(i)) else { return false }
                return bytes[Int(t.end) - 2] == UInt8(ascii: "e") && bytes[Int(t.end) - 1] == UInt8(ascii: "d")
            }
            func endsWithLy(_ i: Int) -> Bool {
                let t = tokens[i]
                return t.end - t.start > 3 && bytes[Int(t.end) - 2] == UInt8(ascii: "l") && bytes[Int(t.end) - 1] == UInt8(ascii: "y")
            }
            func endsWithIng(_ i: Int) -> Bool { Self.endsInIng(tokens[i], bytes) }
            /// The opening comma of ", which/who/whose ... ," closed by the comma at `close`.
            func relativeClauseStart(endingAt close: Int, floor: Int) -> Int? {
                var j = close - 1
                while j > floor {
                    // ("the confederation grouping Burkina Faso, Mali and Niger,": over the commas of a list of actors.)
                    if tokens[j].has(.comma), !(ending[j - 1] != nil && close - j < 16 && (starting[j + 1]?.contains {
                        $0.tokens.upperBound < close && !tokens[$0.tokens.upperBound - 1].has(.possessive)
                            && (tokens[$0.tokens.upperBound].has(.comma) || key($0.tokens.upperBound) == Self.andKey)
                    } ?? false)) { break }
                    if tokens[j].has(.quote) { break }
                    j -= 1
                }
                // ", which/who ...," and ", on her first visit to India," (a phrase that opens with a preposition);
                // "Pakistan, a key U.S. ally in the war, has refused", "Malaysia, the current chair of Asean, offered": an
                // apposition after a mention.
                guard j > floor, tokens[j].has(.comma), j + 1 < close,
                      Self.relativePronouns.contains(key(j + 1)) || Self.prepositionKeys.contains(key(j + 1))
                        && !Self.andKeys.contains(key(j + 1))
                        // ("Protesters, many waving EU and Georgian flags, had gathered": so does one that opens with a quantifier.)
                        || Self.appositiveQuantifiers.contains(key(j + 1)) && ending[j - 1] != nil
                        // ("China, Cambodia's closest ally and a trading partner of Thailand, urged": or with another's possessive.)
                        || ending[j - 1] != nil && tokens[j + 1].has(.capitalized) && (starting[j + 1]?.contains {
                            $0.tokens.upperBound < close && tokens[$0.tokens.upperBound - 1].has(.possessive) && tokens[$0.tokens.upperBound].has(.lowercase)
                        } ?? false)
                        || (Self.indefiniteArticles.contains(key(j + 1)) || key(j + 1) == Self.theKey)
                            // (Or an acronym in brackets after it: "the Inter-American Commission on Human Rights (IACHR),
                            // an autonomous OAS body, condemned".)
                            && (ending[j - 1] != nil || tokens[j - 1].has(.closeBracket) && j - 2 > floor && ending[j - 2] != nil)
                else { return nil }
                return j
            }
            /// A slot filled by a first-person word inside a quotation ("we").
            func isFirstPerson(_ slot: Slot) -> Bool {
                slot.actors.contains { a in
                    layer.actors[a].mentions.contains { $0.tokens == slot.tokens && $0.form == .firstPerson }
                }
            }
            /// In a story between two states, the state that is not this actor's: the most mentioned other one.
            func counterpart(of actor: Int) -> Int? {
                let own = layer.actors[actor].country
                let states = layer.actors.indices.filter { layer.actors[$0].kind == .state && layer.actors[$0].country != own }
                    .map { ($0, layer.actors[$0].mentions.count) }.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }
                guard let first = states.first, states.count == 1 || states[1].1 < first.1 else { return nil }
                return first.0
            }
            /// An adverb between a verb and its preposition ("met again with", "cooperate closely with").
            func isAdverb(_ i: Int) -> Bool {
                if Self.adverbKeys.contains(key(i)) { return true }
                let t = tokens[i]
                // Dates and times in between ("met on Monday with") are adverbials too.
                if t.has(.capitalized) || t.has(.number) || Self.temporalKeys.contains(key(i)) { return true }
                guard t.has(.lowercase), t.end - t.start > 3 else { return false }
                return bytes[Int(t.end) - 2] == UInt8(ascii: "l") && bytes[Int(t.end) - 1] == UInt8(ascii: "y")
            }
            /// A past form of the pattern's verb ("extradited", "sent"), not its base or -s form.
            func isPastForm(_ t: Int, _ pattern: EventPattern) -> Bool {
                guard !pattern.baseFormKeys.contains(keys[t]) else { return false }
                let tok = tokens[t]
                let n = Int(tok.end) - Int(tok.start)
                if n > 3, bytes[Int(tok.end) - 2] == UInt8(ascii: "e"), bytes[Int(tok.end) - 1] == UInt8(ascii: "d") { return true }
                if n > 3, bytes[Int(tok.end) - 1] == UInt8(ascii: "s") || bytes[Int(tok.end) - 3] == UInt8(ascii: "i")
                    && bytes[Int(tok.end) - 2] == UInt8(ascii: "n") && bytes[Int(tok.end) - 1] == UInt8(ascii: "g") { return false }
                return Inflection.irregularPastKeys.contains(keys[t])
            }
            /// Adds a coordinated partner after a slot: "with Russia and China".
            func extend(_ s: Slot, limit: Int) -> Slot {
                // "Iran and Syria"; "Iran, Libya, North Korea and Sudan" (commas count only when the list
                // closes with "and": "to Iran, Russia said" is no list).
                var result = s
                var pending: [Int] = []
                var a = s.tokens.upperBound
                while a < limit {
                    var next = a
                    var closing = false
                    if tokens[next].has(.comma) {
                        next += 1
                        if next < limit, key(next) == Self.andKey { next += 1; closing = true }
                    } else if key(next) == Self.andKey {
                        next += 1
                        closing = true
                    } else {
                        break
                    }
                    // ("with his Pakistani counterpart and with the Taliban's foreign minister": over the preposition
                    // that introduced the slot, said again.)
                    if closing, next + 1 < limit, tokens[next].has(.lowercase), Self.prepositionKeys.contains(key(next)),
                       (max(0, s.tokens.lowerBound - 4)..<s.tokens.lowerBound).contains(where: { key($0) == key(next) }) {
                        next += 1
                    }
                    // ("and the rebels": over an article.)
                    if next + 1 < limit, key(next) == Self.theKey { next += 1 }
                    guard next < limit, let named = starting[next]?.first else {
                        // "to Iran, Libya, North Korea, Sudan, and with strings attached, Cuba": three or more
                        // items make a list even when it does not close with "and" and an actor.
                        if pending.count >= 2 {
                            result = Slot(actors: result.actors + pending, tokens: result.tokens.lowerBound..<a)
                        }
                        break
                    }
                    // ("and Japanese Foreign Minister Toshimitsu Motegi": the person, not the state that opens the title.)
                    let partner = preferPerson(named, limit: limit)
                    pending += partner.actors.filter { !result.actors.contains($0) && !pending.contains($0) }
                    if closing {
                        result = Slot(actors: result.actors + pending, tokens: result.tokens.lowerBound..<partner.tokens.upperBound)
                        break
                    }
                    a = partner.tokens.upperBound
                }
                return result
            }

            var candidates: [Candidate] = []
            for sentence in segmentation.sentences where !sentence.isHeading {
                var range = sentence.tokens
                // "QUETTA, Pakistan, March 11 (Reuters) - Militants blew up ...": the dateline is not the clause.
                let paragraph = segmentation.paragraphs[sentence.paragraph]
                if range.lowerBound == paragraph.tokens.lowerBound, let dateline = Dateline.tokens(of: paragraph, in: segmentation),
                   dateline.upperBound < range.upperBound {
                    range = dateline.upperBound..<range.upperBound
                }
                let sentenceKeys = SentenceKeyFilter(keys: keys, range)
                for t in range {
                    guard let listIndex = anchorIndex[key(t)] else { continue }
                    let list = anchorLists[Int(listIndex)]
                    // A capitalised word inside a sentence is a name or a month ("in March"), not a verb.
                    let properNoun = t > range.lowerBound && tokens[t].has(.capitalized) && !tokens[t - 1].has(.quote)
                    // After a determiner or a possessive the word is a noun ("an end to", "Russia's attack").
                    // So is an -ing form after a preposition or another -ing word ("amid fighting", "fleeing fighting").
                    // So is any other form right after a preposition but "to" ("for talks with", "in exchange for").
                    // (But "after meeting the UN envoy", "before visiting Paris": an -ing form after a word of time or manner
                    // that an article or a name follows is a verb with its object.)
                    let gerund = t > range.lowerBound && t + 1 < range.upperBound && endsWithIng(t) && Self.gerundOpeners.contains(key(t - 1))
                        && (Self.determiners.contains(key(t + 1))
                            || tokens[t + 1].has(.capitalized) && !Self.calendarWords.contains(key(t + 1)))
                    let nominal = t > range.lowerBound && (Self.determiners.contains(key(t - 1)) || tokens[t - 1].has(.possessive)
                        || endsWithIng(t) && !gerund && (Self.nominalizingWords.contains(key(t - 1)) || endsWithIng(t - 1))
                        || Self.prepositionKeys.contains(key(t - 1)) && (endsWithS(t) || key(t - 1) != Self.toKey && !endsWithIng(t))
                        // ("attend the Brussels meeting": an -ing form after an article and a name is a noun too; so after
                        // an article and describing words: "proposed an early trilateral meeting".)
                        || endsWithIng(t) && t - 2 >= range.lowerBound && tokens[t - 1].has(.capitalized)
                        && Self.determiners.contains(key(t - 2))
                        || endsWithIng(t) && ((t - 3)...(t - 2)).contains { d in
                            d >= range.lowerBound && Self.determiners.contains(key(d)) && ((d + 1)..<t).allSatisfy { k in
                                tokens[k].has(.lowercase) && tokens[k].has(.word) && !Self.auxiliaries.contains(key(k))
                                    && !Self.beForms.contains(key(k)) && !Self.negations.contains(key(k))
                                    && !Self.prepositionKeys.contains(key(k))
                            }
                        })
                    // A verb's plain form right after a singular noun heads a compound noun ("an opposition rally
                    // outside parliament", "EU budget support to Niger"): no subject takes a verb's plain form.
                    let afterSingularNoun = t > range.lowerBound && tokens[t - 1].has(.lowercase) && tokens[t - 1].has(.word)
                        && !endsWithS(t - 1) && !endsWithLy(t - 1) && !Self.plainVerbPreceders.contains(key(t - 1))
                        && !endsWithS(t) && !looksPast(t) && !endsWithIng(t) && !Self.unchangedPasts.contains(key(t))
                        // ("in return for further exchanges of detainees": after a preposition and a word, a present form is a noun.)
                        || t - 2 >= range.lowerBound && Self.prepositionKeys.contains(key(t - 2)) && key(t - 2) != Self.toKey
                        && tokens[t - 1].has(.lowercase) && tokens[t - 1].has(.word) && !endsWithLy(t - 1)
                        && !Self.plainVerbPreceders.contains(key(t - 1)) && !Self.prepositionKeys.contains(key(t - 1))
                        && !looksPast(t) && !endsWithIng(t) && !Self.unchangedPasts.contains(key(t))
                    // ("U.S.-brokered talks": the second word of a compound written with a hyphen of its own is no verb.)
                    let compoundWord = t > range.lowerBound && !tokens[t].has(.spaceBefore)
                        && (tokens[t - 1].has(.dash) || key(t - 1) == Self.hyphenKey)
                    // ("Under an agreement signed in March by X and Y, ...": an agreement a clause acts under is its
                    // background, no event of the sentence.)
                    let underPhrase = t - 1 >= range.lowerBound && key(t - 1) == Self.underKey
                        || t - 2 >= range.lowerBound && key(t - 2) == Self.underKey && Self.determiners.contains(key(t - 1))
                    var best: Candidate?
                    for entry in list {
                        if (properNoun || nominal || compoundWord) && entry.isVerb { continue }
                        if underPhrase && !entry.isVerb { continue }
                        // ("signed in March", "the March agreement": a capitalised noun inside a sentence is a name or a
                        // month, not an event's noun.)
                        if properNoun && !entry.isVerb && !tokens[t].has(.allCaps) { continue }
                        // (Each other words element of the pattern needs one of its words in the sentence.)
                        guard sentenceKeys.mayHoldAll(requiredWordMasks, entry.masks) else { continue }
                        let p = Int(entry.pattern), anchorElement = Int(entry.element)
                        let pattern = patterns.patterns[p]
                        if afterSingularNoun && pattern.isVerb && pattern.baseFormKeys.contains(key(t)) { continue }
                        if !pattern.isVerb && insideMention.contains(t) { continue }
                        if let c = match(pattern, p, anchorElement, at: t, range: range, sentence: sentence.index) {
                            let better: Bool = {
                                guard let b = best else { return true }
                                // "freed four Israeli hostages": a pattern without target whose words lie in the
                                // other's target ("release hostages" in "Israeli hostages") loses to it; so does one
                                // whose last word is the target's title ("arrested opposition politician X").
                                if c.targets.isEmpty != b.targets.isEmpty {
                                    let (with, without) = c.targets.isEmpty ? (b, c) : (c, b)
                                    if let target = with.targetTokens,
                                       without.span.overlaps(target) || without.span.upperBound == target.lowerBound
                                        && !Self.prepositionKeys.contains(key(target.lowerBound - 1)) {
                                        return !c.targets.isEmpty
                                    }
                                    // ("criticized what he called Athens' steps": "what" kept without a target only when the
                                    // speaker's naming holds no actor.)
                                    if let target = with.targetTokens, key(without.span.upperBound - 1) == Self.whatKey,
                                       target.lowerBound >= without.span.upperBound, target.lowerBound - without.span.upperBound <= 3 {
                                        return !c.targets.isEmpty
                                    }
                                }
                                if c.literals != b.literals { return c.literals > b.literals }
                                if c.targets.isEmpty != b.targets.isEmpty { return !c.targets.isEmpty }
                                return pattern.code.count > patterns.patterns[b.pattern].code.count
                            }()
                            if better {
                                best = c
                            }
                        }
                    }
                    if let best {
                        candidates.append(best)
                        if best.sources.count == 1, best.targets.count == 1,
                           case let (a, b) = (layer.actors[best.sources[0]], layer.actors[best.targets[0]]),
                           a.kind == .person, b.kind == .person, Self.side(a) != Self.side(b) {
                            if patterns.patterns[best.pattern].symmetric { personPairs.append((best.sources[0], best.targets[0], best.anchor)) }
                            sidePairs.append((best.sources[0], best.targets[0], best.anchor))
                        }
                    }
                }
            }

            func match(_ pattern: EventPattern, _ p: Int, _ a: Int, at t: Int, range: Range<Int>, sentence: Int) -> Candidate? {
                var sources: [Int] = []
                var targets: [Int] = []
                var literals = 1
                var pos = t + 1
                var e = a + 1
                var passiveAgent: Slot?
                var demonstrativeTarget = false
                var targetTokens: Range<Int>?
                var skippedActor: Slot?
                var borrowedSource = false
                var aside: Range<Int>?
                // A clearly verbal trigger (past form, or after an auxiliary: "extradited a suspect to",
                // "will send troops to") may take its object before a preposition; a bare base or -s form
                // may be a noun ("trade negotiations with") and may not.
                let verbal = pattern.isVerb && (isPastForm(t, pattern) || (t > range.lowerBound && Self.auxiliaries.contains(key(t - 1))))
                // ("The two injured sailors were treated aboard": a participle between an article or a number and a noun
                // describes the noun; "the two signed an agreement" still acts.)
                if pattern.isVerb, t > range.lowerBound, t + 1 < range.upperBound, isPastForm(t, pattern),
                   ActorRecognizer.determinerKeys.contains(key(t - 1)) || ActorRecognizer.numberWords.contains(key(t - 1))
                    || tokens[t - 1].has(.number),
                   tokens[t + 1].has(.lowercase), tokens[t + 1].has(.word), !ActorRecognizer.isFunctionWord(key(t + 1)),
                   !ActorRecognizer.possessivePronouns.contains(key(t + 1)), !Self.objectPrepositions.contains(key(t + 1)) {
                    return nil
                }
                while e < pattern.elements.count {
                    switch pattern.elements[e] {
                    case .words(_, let keys):
                        // "expelled the French ambassador": the slot's mention may end with the word itself.
                        if e > 0, pattern.elements[e - 1] == .target || pattern.elements[e - 1] == .source,
                           pos > 0, keys.contains(key(pos - 1)) {
                            literals += 1
                            e += 1
                            continue
                        }
                        // ("welcomed India's decision to expand": after an actor's possessive, "to" right after the next word
                        // belongs to the thing possessed, not to the actor.)
                        if e > 0, pattern.elements[e - 1] == .target || pattern.elements[e - 1] == .source,
                           keys.contains(ActorRecognizer.toKey), pos > 0, pos + 1 < range.upperBound, tokens[pos - 1].has(.possessive),
                           tokens[pos].has(.lowercase), tokens[pos].has(.word), !keys.contains(key(pos)), keys.contains(key(pos + 1)) {
                            return nil
                        }
                        // ("asked Paris, a co-sponsor of the truce, to press Israel": an apposition set off by commas after the
                        // slot's actor, opened by an article; "urged the United States and France, which brokered the
                        // agreement, to": or a relative clause.)
                        if e > 0, pattern.elements[e - 1] == .target || pattern.elements[e - 1] == .source,
                           pos + 2 < range.upperBound, tokens[pos].has(.comma), !tokens[pos].has(.quote),
                           Self.indefiniteArticles.contains(key(pos + 1)) || key(pos + 1) == Self.theKey
                            || Self.relativePronouns.contains(key(pos + 1)) && key(pos + 1) != Self.whereKey,
                           let close = ((pos + 2)..<min(range.upperBound - 1, pos + 12)).first(where: { isStop($0) }),
                           tokens[close].has(.comma), !tokens[close].has(.quote), keys.contains(key(close + 1)) {
                            aside = pos..<(close + 1)
                            pos = close + 1
                        } else if e > 0, pattern.elements[e - 1] == .target || pattern.elements[e - 1] == .source,
                                  pos + 2 < range.upperBound, tokens[pos].has(.comma), !tokens[pos].has(.quote),
                                  let slot = ending[pos - 1],
                                  let named = starting[pos + 1]?.first(where: { s in s.actors.contains { a in slot.contains { $0.actors.contains(a) } } }),
                                  named.tokens.upperBound + 1 < range.upperBound, tokens[named.tokens.upperBound].has(.comma),
                                  !tokens[named.tokens.upperBound].has(.quote), keys.contains(key(named.tokens.upperBound + 1)) {
                            // ("declaring Mexico's ambassador, Raquel Serur, persona non grata": the slot's actor named again
                            // in commas.)
                            aside = pos..<(named.tokens.upperBound + 1)
                            pos = named.tokens.upperBound + 1
                        }
                        var j = pos
                        var found = false
                        // Modifiers between words: up to three after a verb, two inside a noun phrase;
                        // before a preposition only adverbs ("trade with", not "trade negotiations with").
                        let prepositional = prepositionalElements[p][e]
                        // Right after the verb the object may be long ("extradited a suspected militant to");
                        // after a noun of the pattern only the rest of its phrase ("artillery shells at").
                        let objectAllowed = verbal && prepositional
                        let afterVerb = e == a + 1
                        // ("said in a joint statement that", "told a news conference in Brussels that": a speech
                        // verb's "that" may come after a phrase of its own.)
                        let thatAfterVerb = afterVerb && pattern.isVerb && keys.contains(Self.thatKey)
                        let gap = objectAllowed ? (afterVerb ? 8 : 6) : thatAfterVerb ? 8 : pattern.isVerb ? 4 : 3
                        var end = pos + gap
                        while j < min(range.upperBound, end) {
                            // "U.S.-brokered" is one modifier written as three tokens.
                            if !tokens[j].has(.spaceBefore), tokens[j].has(.dash) || key(j) == Self.hyphenKey { end += 2 }
                            // "an 800 million euro trade protocol": an amount is one modifier, however written.
                            if tokens[j].has(.number) || Self.amountKeys.contains(key(j)) { end += 1 }
                            // ("the immediate and unconditional release": two modifiers joined by "and" are one.)
                            if key(j) == Self.andKey, j > pos, j + 1 < range.upperBound, tokens[j - 1].has(.lowercase),
                               tokens[j + 1].has(.lowercase), !tokens[j - 1].has(.comma), !keys.contains(key(j + 1)) { end += 1 }
                            // "struck Hamas positions in Gaza": an actor modifying the object noun.
                            if skippedActor == nil, !placeStarts.contains(j), let m = starting[j]?.first, m.tokens.upperBound <= end {
                                skippedActor = m
                            }
                            // "in March", "in May": a capitalised month is not the word "march".
                            if keys.contains(key(j)), !(tokens[j].has(.capitalized) && Self.monthWords.contains(key(j))) {
                                found = true
                                break
                            }
                            // ('lodged "stern representations" with Tokyo': the marks of a few words quoted inside the phrase.)
                            // (Only marks around the pattern's own word: the opening one before it, the closing one right
                            // after the word matched last.)
                            if tokens[j].has(.quote), !tokens[j].has(.possessive), let partner = quotePartner(j),
                               partner > j ? ((j + 1)..<partner).contains(where: { keys.contains(key($0)) }) : j == pos && partner < pos - 1 {
                                end += 1
                                j += 1
                                continue
                            }
                            // ("rejected what it called "baseless accusations" from Mogadishu": the speaker's naming of the
                            // object is no word between.)
                            if key(j) == Self.whatKey, j + 3 < range.upperBound, Self.namingPronouns.contains(key(j + 1)),
                               Self.namingVerbs.contains(key(j + 2)) {
                                let skip = key(j + 3) == Self.asKey ? 4 : 3
                                end += skip
                                j += skip
                                continue
                            }
                            // ("The ceasefire, brokered by Washington and Paris,": a participle set off by a comma after the
                            // pattern's noun.)
                            if !pattern.isVerb, afterVerb, j == pos, tokens[j].has(.comma), !tokens[j].has(.quote),
                               j + 1 < range.upperBound, keys.contains(key(j + 1)), looksPast(j + 1) {
                                end += 1
                                j += 1
                                continue
                            }
                            if isStop(j) { break }
                            if prepositional && !objectAllowed && !isAdverb(j) { break }
                            // The rest of the noun's phrase may hold "of" and places ("prisoners of war to",
                            // "bombing at a mosque in"), not another clause ("request to interrogate ...").
                            if objectAllowed && !afterVerb && Self.clauseBreakers.contains(key(j)) { break }
                            j += 1
                        }
                        guard found else { return nil }
                        literals += 1
                        pos = j + 1
                    case .possessive:
                        // "Japan's appeal": the clitic may already end the slot's mention.
                        if pos < range.upperBound, tokens[pos].has(.possessive) {
                            pos += 1
                        } else if !(e > 0 && pos > 0 && tokens[pos - 1].has(.possessive)
                                    && (pattern.elements[e - 1] == .source || pattern.elements[e - 1] == .target)) {
                            return nil
                        }
                    case .source, .target:
                        // ("criticized what he called Athens' "unilateral steps"": the speaker's naming of the object is no
                        // word between the verb and the actor it names.)
                        if e > 0, pos + 3 < range.upperBound, key(pos) == Self.whatKey, Self.namingPronouns.contains(key(pos + 1)),
                           Self.namingVerbs.contains(key(pos + 2)) {
                            pos += key(pos + 3) == Self.asKey ? 4 : 3
                        }
                        guard var s = slot(after: pos, limit: range.upperBound) else {
                            // "We highly value this": a demonstrative target, read below from the speaker's side.
                            if pattern.isVerb, pattern.elements[e] == .target, e == pattern.elements.count - 1,
                               pos < range.upperBound, Self.demonstratives.contains(key(pos)) {
                                demonstrativeTarget = true
                                e += 1
                                continue
                            }
                            return nil
                        }
                        // "between our countries": one mention for both sides.
                        if s.actors.count == 2, e + 2 < pattern.elements.count, pattern.elements[e + 2] == .target
                            || pattern.elements[e + 2] == .source {
                            sources = [s.actors[0]]
                            targets = [s.actors[1]]
                            pos = s.tokens.upperBound
                            e += 3
                            continue
                        }
                        // "Russia and China" is one slot, unless the pattern itself goes on with "and".
                        let andFollows: Bool = {
                            guard e + 1 < pattern.elements.count, case .words(_, let keys) = pattern.elements[e + 1] else { return false }
                            return keys.contains(Self.andKey)
                        }()
                        // ("met in the Georgian capital": a state after a locative says where, not with whom; for meetings and
                        // visits only, as "struck targets inside Russia" still strikes Russia.)
                        if pattern.elements[e] == .target, pattern.code.hasPrefix("04"), (pos..<s.tokens.lowerBound).contains(where: {
                            Self.whereLocatives.contains(key($0)) && !($0 + 1 < range.upperBound && Self.atLeastWords.contains(key($0 + 1)))
                        }) {
                            return nil
                        }
                        // (The person a title leads to first, then the partners after it: "with his Pakistani counterpart
                        // Ishaq Dar and with the Taliban's foreign minister".)
                        s = preferPerson(s, limit: range.upperBound)
                        if !andFollows { s = extend(s, limit: range.upperBound) }
                        if pattern.elements[e] == .target, placeStarts.contains(s.tokens.lowerBound), let owner = skippedActor {
                            // The place only says where; the owner of the object is the target.
                            targets = owner.actors
                            targetTokens = owner.tokens
                        } else if pattern.elements[e] == .source {
                            sources = s.actors
                        } else {
                            targets = s.actors
                            targetTokens = s.tokens
                        }
                        pos = s.tokens.upperBound
                    }
                    e += 1
                }
                // Elements before the anchor (noun patterns: "{S} 's visit").
                var back = t
                e = a - 1
                while e >= 0, !(pattern.isVerb && e == 0) {
                    switch pattern.elements[e] {
                    case .words(_, let keys):
                        var j = back - 1
                        var found = false
                        while j >= max(range.lowerBound, back - 4) {
                            if keys.contains(key(j)) { found = true; break }
                            if isStop(j) { break }
                            j -= 1
                        }
                        guard found else { return nil }
                        literals += 1
                        back = j
                    case .possessive:
                        // The clitic either ends the actor's mention ("Japan's") or stands alone after it. It
                        // counts as a written word: "Israel's attack on" is more precise than "attack on".
                        if ending[back - 1]?.contains(where: { tokens[$0.tokens.upperBound - 1].has(.possessive) }) == true {
                            literals += 1
                        } else if back - 1 >= range.lowerBound, tokens[back - 1].has(.possessive) {
                            back -= 1
                            literals += 1
                        } else {
                            return nil
                        }
                    case .source, .target:
                        guard let s = slot(before: back, floor: range.lowerBound, window: 3) else { return nil }
                        if pattern.elements[e] == .source { sources = s.actors } else { targets = s.actors }
                        back = s.tokens.lowerBound
                    }
                    e -= 1
                }
                // The verb group: voice, negation, modality.
                var g = pattern.isVerb ? t : back
                var negated = false
                var modality = Modality.asserted
                var beForm = false
                var intent = false
                /// Only "would" made the group hypothetical (not "could", "might", "should").
                var onlyWould = true
                /// "refused to", "declined to"; "will", "would", "shall" (with a negation: a refusal).
                var refusing = false, future = false
                while g > range.lowerBound, Self.auxiliaries.contains(key(g - 1)) || Self.explicitIntent.contains(key(g - 1))
                        || g == t && pattern.isVerb && Self.stopVerbs.contains(key(g - 1)) && endsWithIng(t) {
                    let k = key(g - 1)
                    // "should stop smearing", "stopped attacking": the act does not go on.
                    if Self.stopVerbs.contains(k) { negated = true }
                    if Self.explicitIntent.contains(k) { intent = true }
                    if Self.negations.contains(k) { negated = true }
                    if Self.intentions.contains(k), modality == .asserted { modality = .intended }
                    if Self.hypotheticals.contains(k) {
                        modality = .hypothetical
                        if k != Self.wouldKey { onlyWould = false }
                    }
                    if Self.refusals.contains(k) { refusing = true }
                    if Self.futureAuxiliaries.contains(k) { future = true }
                    if Self.beForms.contains(k) { beForm = true }
                    g -= 1
                }
                // "urged Armenia to observe a ceasefire": the infinitive may belong to a request (see below).
                let infinitiveObject: Int? = pattern.isVerb && g < t && key(g) == Self.toKey && g > range.lowerBound
                    && ending[g - 1] != nil ? g - 1 : nil
                // "discussed efforts to deliver aid", "plans to build": what is planned or tried has not happened.
                if pattern.isVerb, g < t, key(g) == Self.toKey, g > range.lowerBound, Self.planNouns.contains(key(g - 1)),
                   modality == .asserted {
                    modality = .hypothetical
                }
                // "Iraq said it would allow ...": after a speech verb "would" is the future of reported speech,
                // a stated plan, not a hypothesis.
                if modality == .hypothetical, onlyWould,
                   (max(range.lowerBound, g - 6)..<g).contains(where: { Self.reportingVerbKeys.contains(key($0)) }) {
                    modality = .intended
                }
                // ("by force if necessary", "if possible": a set phrase, no condition.)
                if range.lowerBound < g, (range.lowerBound..<g).contains(where: {
                    key($0) == Self.ifKey && !($0 + 1 < g && Self.setPhraseIfs.contains(key($0 + 1)))
                }) {
                    modality = .hypothetical
                }
                // "Iran denied that it had supplied drones": an act inside a denial did not happen as said.
                if let that = (range.lowerBound..<g).last(where: { key($0) == Self.thatKey }), that > range.lowerBound {
                    let before = key(that - 1)
                    if Self.denyForms.contains(before)
                        || (Self.claimNouns.contains(before) && that - 2 >= range.lowerBound
                            && (Self.denyForms.contains(key(that - 2)) || Self.dismissForms.contains(key(that - 2)))) {
                        negated = true
                    }
                }
                // "The ministry denied carrying out any air raids": the act a denial's gerund names did not happen as said.
                if pattern.isVerb, g == t, t > range.lowerBound, endsWithIng(t), Self.denyForms.contains(key(t - 1)) {
                    negated = true
                }
                // ("asking it to impose sanctions on X", "talks meant to produce a peace agreement": what a request asks
                // for, or an effort aims at, has not happened.)
                if modality == .asserted {
                    var j = t - 1
                    // (Within the infinitive's own phrase: "urged Israel to allow aid during a meeting" still met.)
                    while j > max(range.lowerBound, t - 6), !isStop(j), key(j) != Self.toKey, !Self.prepositionKeys.contains(key(j)) { j -= 1 }
                    if j > range.lowerBound, j < t, key(j) == Self.toKey, !isStop(j),
                       Self.requestVerbs.contains(key(j - 1)) || Self.purposeWords.contains(key(j - 1))
                        || j - 2 >= range.lowerBound && Self.requestVerbs.contains(key(j - 2))
                        && (Self.objectPronouns.contains(key(j - 1)) || ending[j - 1] != nil) {
                        modality = .hypothetical
                    }
                }
                if negated { modality = .denied }
                if pattern.isVerb {
                    let form = String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[t].range]), as: UTF8.self).lowercased()
                    // ("was hit by", "were cut by": a participle may be written as the base form.)
                    let participle = !form.hasSuffix("ing") && !(form.hasSuffix("s") && !form.hasSuffix("ss"))
                        && (!pattern.baseFormKeys.contains(keys[t]) || Self.unchangedPasts.contains(keys[t]))
                    // "a move condemned by the African Union": a participle with its agent but no "be" is passive
                    // too; its patient is the noun right before it, never an actor further left.
                    // ("spoke by phone": a "by" the pattern itself writes is no agent.)
                    let patternBy: Bool = {
                        guard a + 1 < pattern.elements.count, case .words(_, let keys) = pattern.elements[a + 1] else { return false }
                        return keys.contains(Self.byKey)
                    }()
                    if !beForm && participle && !patternBy && g == t && t + 1 < range.upperBound && key(t + 1) == Self.byKey {
                        guard let agent = slot(after: t + 2, limit: range.upperBound) else { return nil }
                        guard let patient = ending[t - 1]?.first else { return nil }
                        return Candidate(pattern: p, sources: agent.actors, targets: patient.actors, anchor: t,
                                         negated: negated, modality: modality, literals: literals, sentence: sentence,
                                         span: t..<max(pos, t + 1))
                    }
                    // "two citizens accused of plotting": a participle right before "of" where the pattern wants
                    // its object is a passive without agent ("suspected of", "convicted of").
                    if !beForm && participle && g == t && t + 1 < range.upperBound && key(t + 1) == Self.ofKey,
                       a + 1 < pattern.elements.count, pattern.elements[a + 1] == .target {
                        return nil
                    }
                    if beForm && participle {
                        // Passive: "X was attacked by Y".
                        var j = t + 1
                        while j < min(range.upperBound, t + 4), key(j) != Self.byKey { j += 1 }
                        // The agent follows "by" at once ("by the army"), not "by what Yerevan described as ...".
                        if j < range.upperBound, key(j) == Self.byKey {
                            let skip = j + 1 < range.upperBound && Self.determiners.contains(key(j + 1)) ? 1 : 0
                            // ("by Kyrgyz President Sadyr Japarov": the person the title names, not the state of its demonym.)
                            passiveAgent = slot(after: j + 1 + skip, limit: range.upperBound, window: 1).map { preferPerson($0, limit: range.upperBound) }
                            // ("mediated by Qatar and Turkey": every agent of a pair.)
                            if var agent = passiveAgent, agent.tokens.upperBound + 1 < range.upperBound, key(agent.tokens.upperBound) == Self.andKey,
                               let partner = slot(after: agent.tokens.upperBound + 1, limit: range.upperBound, window: 1) {
                                agent.actors += partner.actors.filter { !agent.actors.contains($0) }
                                agent.tokens = agent.tokens.lowerBound..<partner.tokens.upperBound
                                passiveAgent = agent
                            }
                        }
                        // "The suspects were detained in Ankara": a passive without its agent names no source; nor does
                        // "X was shot dead" (X is who was shot).
                        if passiveAgent == nil, !targets.isEmpty || pattern.noTarget { return nil }
                        if passiveAgent != nil || (targets.isEmpty && !pattern.noTarget) {
                            guard let agent = passiveAgent, let patient = subject(before: g, floor: range.lowerBound) else { return nil }
                            return Candidate(pattern: p, sources: agent.actors, targets: patient.actors, anchor: t,
                                             negated: negated, modality: modality, literals: literals, sentence: sentence,
                                             span: t..<max(pos, t + 1))
                        }
                    }
                    // "accused the bloc of plotting to invade Niger": what an accusation alleges is its content.
                    // (Not a verb in the past joined by "and": "accused Israel of violations and demanded a withdrawal" is a
                    // second act of the accuser; "and attacking" would be alleged too.)
                    var back = g - 1
                    var seenOf = false
                    let secondAct = g - 1 > range.lowerBound && key(g - 1) == Self.andKey && pattern.isVerb && t == g
                        && isPastForm(t, pattern)
                    while !secondAct, back >= max(range.lowerBound, g - 12), !isStop(back) {
                        if key(back) == Self.ofKey { seenOf = true }
                        if seenOf, Self.accuseForms.contains(key(back)) { return nil }
                        back -= 1
                    }
                    // "urged both sides to respect the ceasefire": what a request asks of its object is not done.
                    // ("called on the United States and France, as sponsors of the agreement, to compel Israel": over a
                    // phrase set off by commas after the object.)
                    if key(g) == Self.toKey {
                        // ("urged the army to stop all attacks on peacekeepers and to withdraw": a second infinitive joined by
                        // "and" or "or" asks as the first does.)
                        var g = g
                        if g - 1 > range.lowerBound, Self.infinitiveJoiners.contains(key(g - 1)),
                           let first = stride(from: g - 3, through: max(range.lowerBound + 1, g - 14), by: -1).first(where: {
                               key($0) == Self.toKey && !tokens[$0].has(.comma)
                           }), !((first + 1)..<(g - 1)).contains(where: { isStop($0) }) {
                            g = first
                        }
                        var k = g - 2
                        var commas = g - 1 > range.lowerBound && tokens[g - 1].has(.comma) ? 1 : 0
                        while k >= max(range.lowerBound, g - 16), !Self.requestVerbs.contains(key(k)) {
                            if tokens[k].has(.comma) && !tokens[k].has(.colon) && !tokens[k].has(.quote) && commas == 1 {
                                commas = 2
                            } else if isStop(k) || ActorRecognizer.speechVerbKeys.contains(key(k)) {
                                // (A clause of its own: "urged Beijing to exercise restraint and said ... committed to".)
                                break
                            }
                            k -= 1
                        }
                        if k >= range.lowerBound, k < g - 1, g - k <= (commas == 2 ? 16 : 12), Self.requestVerbs.contains(key(k)) {
                            return nil
                        }
                    }
                    guard let s = subject(before: g, floor: range.lowerBound) else { return nil }
                    // ("The army and the RSF fought": two sides right before the verb, for a pattern of pairs.)
                    // (No clause between them: no comma, colon or quotation mark. An -ing form needs its auxiliary:
                    // "as fighting spread" is the noun.)
                    if pattern.pair, s.actors.count < 2 || g - s.tokens.lowerBound > 16
                        || (s.tokens.lowerBound..<g).contains(where: { tokens[$0].has(.comma) || tokens[$0].has(.colon)
                            || tokens[$0].has(.quote) && !tokens[$0].has(.possessive) })
                        || endsWithIng(g) && !Self.beForms.contains(key(g - 1)) { return nil }
                    // ("Haitian police and a Kenyan-led force fought gangs": sides that fight someone else together, a verb's
                    // object in lower case right after it, do not fight each other.)
                    // ("fought a war", "traded accusations", "fought house to house" still pair them.)
                    if pattern.pair, t + 1 < range.upperBound,
                       Self.commonFoes.contains(key(t + 1)) || t + 2 < range.upperBound && Self.theKey == key(t + 1)
                        && Self.commonFoes.contains(key(t + 2)) { return nil }
                    // "demanded (that) Japan retract the remarks": the same with a clause.
                    var governing = s.tokens.lowerBound - 1
                    if governing > range.lowerBound, key(governing) == Self.thatKey { governing -= 1 }
                    if governing >= range.lowerBound, Self.requestVerbs.contains(key(governing)) { return nil }
                    if pattern.elements[0] == .target {
                        // "Ukraine received weapons from Germany": the subject is the target.
                        guard beForm == false else { return nil }
                        targets = s.actors
                        targetTokens = s.tokens
                        guard !sources.isEmpty else { return nil }
                    } else {
                        sources = s.actors
                    }
                    if demonstrativeTarget {
                        // Only a first-person speaker ("we", "our country") in a two-sided story: "this" is the
                        // other side's doing, so the other side is the target.
                        guard s.actors.count == 1, isFirstPerson(s), let other = counterpart(of: s.actors[0]) else { return nil }
                        targets = [other]
                    }
                } else if sources.isEmpty {
                    // A noun trigger without its own source: the clause's subject; after "during", "after" ...
                    // the sentence's first actor ("Blinken urged Israel ... during a meeting with Netanyahu").
                    var d = back - 1
                    while d > range.lowerBound, Self.determiners.contains(key(d)) { d -= 1 }
                    // (Not in a sentence that quotes: its first actor may be inside the quotation.)
                    let circumstance = d > range.lowerBound && Self.circumstanceWords.contains(key(d))
                        && !(range.lowerBound..<d).contains(where: { tokens[$0].has(.quote) && !tokens[$0].has(.possessive) })
                    let opening: Slot? = circumstance ? (range.lowerBound..<d).lazy.compactMap { starting[$0]?.first }.first
                        .map { preferPerson($0, limit: d) } : nil
                    // ("On a visit to Chisinau on Thursday, the EU's commissioner, Marta Kos, pledged": a noun in the phrase
                    // that opens the sentence, no actor before it, is the act of the subject after the phrase's comma.)
                    var leading: Slot?
                    if opening == nil, Self.prepositionKeys.contains(key(range.lowerBound)) || Self.circumstanceWords.contains(key(range.lowerBound)),
                       !(range.lowerBound..<t).contains(where: { starting[$0] != nil || tokens[$0].has(.comma) || tokens[$0].has(.quote) }),
                       let comma = (t..<min(range.upperBound, t + 12)).first(where: { tokens[$0].has(.comma) }),
                       let first = ((comma + 1)..<min(range.upperBound, comma + 6)).lazy.compactMap({ starting[$0]?.first }).first {
                        leading = preferPerson(first, limit: range.upperBound)
                    }
                    guard let s = opening ?? leading ?? subject(before: back, floor: range.lowerBound, verb: false) else { return nil }
                    sources = s.actors
                    borrowedSource = true
                }
                // "Russia and China held talks": a symmetric pattern pairs coordinated sources.
                if targets.isEmpty, pattern.symmetric, sources.count >= 2 {
                    targets = Array(sources.dropFirst())
                    sources = [sources[0]]
                }
                guard !sources.isEmpty, !targets.isEmpty || pattern.noTarget else { return nil }
                // ("a Chinese attack on Taiwan could justify a response": an act named by a noun that a modal follows
                // is the subject of what may be, not something that happened.)
                if !pattern.isVerb, modality == .asserted, pos < range.upperBound, Self.nounModals.contains(key(pos)) {
                    modality = .hypothetical
                }
                var present = false
                if pattern.isVerb, g == t {
                    // "set fire on Friday": a verb whose past is its base form is not a present.
                    present = pattern.baseFormKeys.contains(keys[t]) && !tokens[t].has(.capitalized)
                        && !Inflection.unchangedPastKeys.contains(keys[t])
                }
                return Candidate(pattern: p, sources: sources, targets: targets, anchor: t, negated: negated,
                                 modality: modality, literals: literals, sentence: sentence, intent: intent,
                                 refusal: negated && (refusing || future),
                                 infinitiveObject: infinitiveObject, future: present, span: min(back, t)..<max(pos, t + 1),
                                 targetTokens: targetTokens, borrowedSource: borrowedSource, aside: aside)
            }

            // A trigger inside a longer match is part of it ("military cooperation between X and Y"
            // is 062, not also 060 for "cooperation"; "urged Y to release Z" is not also Y releasing Z).
            // Filters compare candidates of one sentence only.
            // (First the triggers that are words of a match with more of them: "set off bombs and attacked police": "bombs"
            // is no verb whose longer span could swallow "attacked".)
            var sameSentence = Dictionary(grouping: candidates, by: \.sentence)
            candidates = candidates.filter { c in
                !(sameSentence[c.sentence] ?? []).contains { o in
                    o.anchor != c.anchor && o.covers(c.anchor) && o.literals > c.literals && o.anchor < c.anchor
                }
            }
            sameSentence = Dictionary(grouping: candidates, by: \.sentence)
            candidates = candidates.filter { c in
                !(sameSentence[c.sentence] ?? []).contains { o in
                    guard o.anchor != c.anchor else { return false }
                    if o.covers(c.anchor)
                        && (o.literals > c.literals || (o.span.count > c.span.count && !c.span.contains(o.anchor))) {
                        return true
                    }
                    // Two noun triggers over one phrase: the head noun wins ("trade negotiations with X").
                    return !patterns.patterns[c.pattern].isVerb && !patterns.patterns[o.pattern].isVerb
                        && c.span.contains(o.anchor) && o.anchor > c.anchor && o.literals == c.literals
                        && o.targets.sorted() == c.targets.sorted()
                }
            }

            // "Amnesty condemned the arrest of activists": a noun trigger that borrowed the clause's subject
            // but is the object of another event's verb is what that event is about, not the subject's act.
            sameSentence = Dictionary(grouping: candidates, by: \.sentence)
            candidates = candidates.filter { c in
                guard c.borrowedSource else { return true }
                if (sameSentence[c.sentence] ?? []).contains(where: { o in
                    o.anchor < c.anchor && o.covers(c.anchor) && patterns.patterns[o.pattern].isVerb
                }) { return false }
                // The same when the verb that governs the noun reacts to it ("condemned the arrest of",
                // "called for the release of") even if that reaction is not coded.
                var k = c.span.lowerBound - 1
                var steps = 0
                while k >= 0, steps < 3, !Self.reactionVerbs.contains(key(k)), !isStop(k) {
                    k -= 1
                    steps += 1
                }
                // (A meeting "for talks with" is held, unless called for: "called for talks with".)
                if k >= 0, key(k) == Self.forKey, patterns.patterns[c.pattern].code.hasPrefix("04"),
                   !(k > 0 && Self.callVerbs.contains(key(k - 1))) {
                    return true
                }
                return !(k >= 0 && Self.reactionVerbs.contains(key(k)))
            }

            // An infinitive whose subject is another event's target is part of that request
            // ("We urge Armenia to observe a ceasefire" is an appeal, not Armenia observing one).
            sameSentence = Dictionary(grouping: candidates, by: \.sentence)
            // The same when the request itself names no actor ("Rights groups urged Egypt to free ...").
            candidates = candidates.filter { c in
                guard let object = c.infinitiveObject else { return true }
                if let start = ending[object]?.map(\.tokens.lowerBound).min() {
                    var before = start - 1
                    if before > 0, Self.callParticles.contains(key(before)) { before -= 1 }
                    if before >= 0, Self.requestVerbs.contains(key(before)) { return false }
                }
                return !(sameSentence[c.sentence] ?? []).contains { o in o.anchor != c.anchor && o.span.contains(object) }
            }

            // ("Petro, who has clashed repeatedly with Trump": a clash between two people is one of words, no fight; so with
            // the state a title names beside the person, "clashed with U.S. President Donald Trump".)
            candidates = candidates.filter { c in
                !(patterns.patterns[c.pattern].code == "190" && !c.sources.isEmpty && !c.targets.isEmpty
                    && c.sources.contains { layer.actors[$0].kind == .person } && c.targets.contains { layer.actors[$0].kind == .person })
            }
            // ("Protesters marched on the palace. Police fired tear gas and arrested dozens.": police or troops that
            // disperse or arrest with no one named are acting against the protesters of their state named last, in the
            // sentence or the two before.)
            for n in candidates.indices where candidates[n].targets.isEmpty && !candidates[n].sources.isEmpty {
                let code = patterns.patterns[candidates[n].pattern].code
                guard Self.crowdControlCodes.contains(code), let sourceCountry = layer.actors[candidates[n].sources[0]].country,
                      candidates[n].sources.allSatisfy({ layer.actors[$0].roles.first.map(Self.securityRoles.contains) == true })
                else { continue }
                let anchor = candidates[n].anchor
                let firstSentence = max(0, candidates[n].sentence - 2)
                let floor = segmentation.sentences[firstSentence].tokens.lowerBound
                if let protesters = mentionOrder.last(where: { m in
                    m.token < anchor && m.token >= floor && layer.actors[m.actor].kind == .group
                        && layer.actors[m.actor].roles.first == "OPP" && layer.actors[m.actor].country == sourceCountry
                }) {
                    candidates[n].targets = [protesters.actor]
                }
            }
            // ("An official, who declined to be named": a catch-all before asking not to be named is anonymity, no
            // refusal.)
            candidates = candidates.filter { c in
                let after = c.span.upperBound
                return !(patterns.patterns[c.pattern].fallback && after + 1 < tokens.count && key(after) == Self.beKey
                    && Self.anonymityWords.contains(key(after + 1)))
            }

            // Statements (01) only when nothing more specific has the same source in the sentence.
            sameSentence = Dictionary(grouping: candidates, by: \.sentence)
            // Statements and catch-all patterns ("{S} agree to") give way to any other event of the same
            // source in the sentence ("agreed to withdraw its troops" is the intent to withdraw).
            // (Not a denial, an admission or a symbolic act, acts of their own: "rejected the Indian allegations ... and
            // accused Indian troops of" is both.)
            func yields(_ p: EventPattern) -> Bool { p.code.hasPrefix("01") && !Self.statementActs.contains(p.code) || p.fallback }
            candidates = candidates.filter { c in
                guard yields(patterns.patterns[c.pattern]) else { return true }
                return !(sameSentence[c.sentence] ?? []).contains { o in
                    !yields(patterns.patterns[o.pattern]) && o.sources.contains(where: c.sources.contains)
                }
            }

            // ("Israel and Hamas agreed to a US-brokered ceasefire": a side that heads a compound in "-brokered" or
            // "-mediated" before a deal's noun mediates the deal, the pattern "deal brokered by {S}" written as one word
            // (read after the filters: it names no act of its own that a longer match could hold);
            // aimed at the sides named after "between", else at those of another event over the same words.)
            if let brokeredBy {
                for (a, actor) in layer.actors.enumerated() {
                    for m in actor.mentions {
                        guard let after = Self.brokeredCompoundEnd(after: m.range.upperBound, bytes) else { continue }
                        let sentence = segmentation.sentences[m.sentence]
                        let range = sentence.tokens
                        // (The token after the compound, however the tokenizer split it: "US-brokered", "U.S.-brokered".)
                        guard !sentence.isHeading,
                              let next = (m.tokens.upperBound..<range.upperBound).first(where: { Int(tokens[$0].start) >= after }),
                              let noun = (next..<min(range.upperBound, next + 2)).first(where: { Self.dealNouns.contains(key($0)) })
                        else { continue }
                        var targets: [Int] = []
                        if noun + 2 < range.upperBound, key(noun + 1) == Self.betweenKey,
                           let first = starting[noun + 2]?.max(by: { $0.tokens.count < $1.tokens.count }) {
                            targets = extend(first, limit: range.upperBound).actors
                        } else {
                            for c in candidates where c.sentence == m.sentence && c.span.contains(m.tokens.lowerBound) {
                                for t in c.sources + c.targets where !targets.contains(t) { targets.append(t) }
                            }
                        }
                        targets.removeAll { $0 == a }
                        candidates.append(Candidate(pattern: brokeredBy, sources: [a], targets: targets, anchor: m.tokens.lowerBound,
                                                    negated: false, modality: .asserted, literals: 2, sentence: m.sentence,
                                                    span: m.tokens.lowerBound..<(noun + 1)))
                    }
                }
            }

            // A catch-all's target: the first actor after it in the clause that a preposition introduces
            // ("offered to hand over to Great Britain", "threatened to deliver blows to the United States"),
            // not past a condition or another clause ("if", "unless", "that", "which").
            for n in candidates.indices where patterns.patterns[candidates[n].pattern].fallback && candidates[n].targets.isEmpty {
                let c = candidates[n]
                let end = min(segmentation.sentences[c.sentence].tokens.upperBound, c.span.upperBound + 14)
                var j = c.span.upperBound
                while j < end, !isStop(j), !Self.clauseBreaks.contains(key(j)) {
                    if let slot = starting[j]?.max(by: { $0.tokens.count < $1.tokens.count }) {
                        var p = j - 1
                        while p > c.span.upperBound, Self.determiners.contains(key(p)) { p -= 1 }
                        if Self.prepositionKeys.contains(key(p)), !slot.actors.contains(where: c.sources.contains) {
                            let list = extend(slot, limit: segmentation.sentences[c.sentence].tokens.upperBound)
                            candidates[n].targets = list.actors
                            candidates[n].targetTokens = list.tokens
                        }
                        break
                    }
                    j += 1
                }
            }

            // Any other pattern complete without a target takes the actor a preposition introduces right
            // after its words ("refusing to lift the curfew on Palestinians", "declared a truce with").
            for n in candidates.indices where !patterns.patterns[candidates[n].pattern].fallback && candidates[n].targets.isEmpty
                && patterns.patterns[candidates[n].pattern].noTarget && !patterns.patterns[candidates[n].pattern].symmetric {
                let c = candidates[n]
                let limit = segmentation.sentences[c.sentence].tokens.upperBound
                var j = c.span.upperBound
                guard j + 1 < limit, Self.objectPrepositions.contains(key(j)) else { continue }
                j += 1
                while j < limit, Self.determiners.contains(key(j)) { j += 1 }
                guard let slot = starting[j]?.max(by: { $0.tokens.count < $1.tokens.count }), !placeStarts.contains(j),
                      !slot.actors.contains(where: c.sources.contains) else { continue }
                let list = extend(slot, limit: limit)
                candidates[n].targets = list.actors
                candidates[n].targetTokens = list.tokens
            }

            // A noun that borrows its source from a planned act is planned too ("will travel to Beijing for
            // talks with Xi"); so is an act of the same source in an infinitive after it ("would travel to Washington next
            // week to meet Rubio").
            sameSentence = Dictionary(grouping: candidates, by: \.sentence)
            for n in candidates.indices where candidates[n].modality == .asserted
                && (candidates[n].borrowedSource || candidates[n].anchor > 0 && key(candidates[n].anchor - 1) == Self.toKey) {
                let c = candidates[n]
                if (sameSentence[c.sentence] ?? []).contains(where: { o in
                    o.modality == .intended && o.anchor < c.anchor && o.sources.contains(where: c.sources.contains)
                }) {
                    candidates[n].modality = .intended
                }
            }

            // What a condition states has not happened: "if the United States deploys missiles".
            for n in candidates.indices where candidates[n].modality == .asserted {
                let c = candidates[n]
                let start = segmentation.sentences[c.sentence].tokens.lowerBound
                var i = c.anchor - 1
                while i >= start, !tokens[i].has(.comma), !tokens[i].has(.colon), !Self.clauseStarters.contains(key(i)) {
                    if Self.conditionKeys.contains(key(i)) { candidates[n].modality = .hypothetical; break }
                    i -= 1
                }
            }

            // A threat's target is the one its condition is put to ("threatened to stop the talks if the
            // United States goes ahead", "... unless Israel rescinded").
            for n in candidates.indices where patterns.patterns[candidates[n].pattern].code.hasPrefix("13")
                && candidates[n].targets.isEmpty {
                let c = candidates[n]
                let end = segmentation.sentences[c.sentence].tokens.upperBound
                guard let condition = (c.span.upperBound..<end).first(where: { Self.conditionKeys.contains(key($0)) }) else { continue }
                var j = condition + 1
                while j < min(end, condition + 4), starting[j] == nil { j += 1 }
                if let slot = starting[j]?.max(by: { $0.tokens.count < $1.tokens.count }),
                   !slot.actors.contains(where: c.sources.contains) {
                    candidates[n].targets = slot.actors
                    candidates[n].targetTokens = slot.tokens
                }
            }

            // Dates and places.
            let published = document.metadata.published
            var sentenceDates: [Int: [DateResolver.Found]] = [:]
            if let published {
                for s in segmentation.sentences {
                    let found = DateResolver.find(in: s.tokens, tokens: tokens, keys: keys, bytes: bytes, published: published)
                    if !found.isEmpty { sentenceDates[s.index] = found }
                }
            }
            // For each sentence, the last date stated earlier in its paragraph (one pass).
            var datedContext = [CalendarDate?](repeating: nil, count: segmentation.sentences.count)
            var running: (paragraph: Int, date: CalendarDate?) = (-1, nil)
            for sentence in segmentation.sentences {
                if sentence.paragraph != running.paragraph { running = (sentence.paragraph, nil) }
                datedContext[sentence.index] = running.date
                if let d = sentenceDates[sentence.index]?.last { running.date = d.date }
            }
            // A sentence whose verb is scheduled ("travels on Wednesday to Bangkok for talks") puts its
            // weekday ahead for every event in it.
            let futureSentences = Set(candidates.filter { $0.future || $0.modality == .intended }.map(\.sentence))
            /// The code of a weapon that an act of force's clause names: in the three words before the act
            /// ("Israeli airstrikes killed"), or within six words after it, before a comma ("killed 20
            /// people in an air raid").
            func weaponCode(for c: Candidate) -> String? {
                let sentence = segmentation.sentences[c.sentence].tokens
                var k = c.anchor
                // (Not before a verb that "and" joins to another: "set off car bombs and attacked police stations" is
                // two acts.)
                if !(k > sentence.lowerBound && key(k - 1) == Self.andKey) {
                    while k > max(sentence.lowerBound, c.anchor - 3), !tokens[k - 1].has(.comma) { k -= 1 }
                    k = min(k, c.span.lowerBound)
                }
                let end = min(sentence.upperBound, max(c.span.upperBound, c.anchor + 1) + 6)
                while k < end {
                    if k > c.anchor, tokens[k].has(.comma) || tokens[k].has(.sentenceFinal) { break }
                    if let code = weapons.code(at: k, keys: keys, limit: sentence.upperBound) { return code }
                    k += 1
                }
                return nil
            }
            func date(for c: Candidate) -> CalendarDate? {
                if let here = sentenceDates[c.sentence],
                   let nearest = here.min(by: { abs($0.tokens.lowerBound - c.anchor) < abs($1.tokens.lowerBound - c.anchor) }) {
                    // "travels on Wednesday", "will meet on Friday": the coming weekday.
                    if let weekday = nearest.weekday, let published,
                       c.modality == .intended || c.modality == .hypothetical || c.future || futureSentences.contains(c.sentence) {
                        return DateResolver.next(weekday, from: published)
                    }
                    return nearest.date
                }
                // ("fought a border war between 1998 and 2000", "signed a peace deal in 2018": an act of another year,
                // whose day the text does not give, has no date; never the publication's.)
                // (Not an act told in the present: "prosecutors investigate her over the deaths in 2022".)
                if let published, !c.future, otherYear(in: c.sentence, than: published.year) { return nil }
                // The nearest dated sentence before it in the paragraph, else publication.
                return datedContext[c.sentence] ?? published
            }
            /// Whether sentence `s` names a year other than `year` after "in", "since", "between" ... or a month.
            func otherYear(in s: Int, than year: Int) -> Bool {
                let range = segmentation.sentences[s].tokens
                for k in range where k > range.lowerBound && tokens[k].has(.number) && tokens[k].end - tokens[k].start == 4 {
                    var value = 0
                    for b in bytes[Int(tokens[k].start)..<Int(tokens[k].end)] {
                        guard b >= 48, b <= 57 else { value = -1; break }
                        value = value * 10 + Int(b) - 48
                    }
                    guard (1900...2099).contains(value), value != year else { continue }
                    if Self.yearPrepositions.contains(key(k - 1)) || DateResolver.months[key(k - 1)] != nil
                        || key(k - 1) == Self.andKey && k - 2 > range.lowerBound && tokens[k - 2].has(.number) {
                        return true
                    }
                }
                return false
            }
            // Places by sentence, and each country's places in the document, computed once.
            let placesBySentence = Dictionary(grouping: layer.places, by: \.sentence)
            // Per country: its first place of each distinct name.
            var placesByCountry: [String: [PlaceMention]] = [:]
            for p in layer.places where !(placesByCountry[p.country] ?? []).contains(where: { $0.name == p.name }) {
                placesByCountry[p.country, default: []].append(p)
            }
            func place(for c: Candidate, source: Int, target: Int?, inherit: Bool = true) -> EventPlace? {
                if let t = c.targetTokens, let n = candidateAt[t.lowerBound] {
                    let p = layer.placeCandidates[n]
                    return EventPlace(name: p.name, country: p.country, latitude: p.latitude, longitude: p.longitude)
                }
                let chosen: PlaceMention?
                // The nearest place in the sentence, a town before a country ("in Bam, Iran"), where something is before
                // a place it is measured from ("in Reynosa, across the river from McAllen").
                func origin(_ p: PlaceMention) -> Int { p.tokens.lowerBound > 0 && key(p.tokens.lowerBound - 1) == Self.fromKey ? 1 : 0 }
                if let p = placesBySentence[c.sentence]?.min(by: {
                    ($0.latitude == nil ? 1 : 0, origin($0), abs($0.tokens.lowerBound - c.anchor))
                        < ($1.latitude == nil ? 1 : 0, origin($1), abs($1.tokens.lowerBound - c.anchor))
                }) {
                    chosen = p
                } else if !inherit {
                    chosen = nil
                } else {
                    // The one place named earlier in the document in one of the two countries (a later one
                    // is where something else happens: "... during a meeting in Jerusalem" three paragraphs on).
                    let countries = Set([layer.actors[source].country, target.flatMap { layer.actors[$0].country }].compactMap { $0 })
                    var found: PlaceMention?
                    var ambiguous = false
                    for country in countries {
                        for p in placesByCountry[country] ?? [] where found?.name != p.name && p.sentence < c.sentence {
                            if found == nil { found = p } else { ambiguous = true; break }
                        }
                    }
                    chosen = ambiguous ? nil : found
                }
                return chosen.map { EventPlace(name: $0.name, country: $0.country, latitude: $0.latitude, longitude: $0.longitude) }
            }

            /// The state of a place named in the candidate's own sentence, when it is not the source's.
            func territoryTarget(_ c: Candidate, source: Int) -> Int? {
                // "bombed villages in northern Iraq": a state named after "in" once the pattern's words end.
                let sentenceEnd = segmentation.sentences[c.sentence].tokens.upperBound
                var i = max(c.span.upperBound, c.anchor + 1)
                while i + 1 < sentenceEnd, !tokens[i].has(.comma), !tokens[i].has(.sentenceFinal) {
                    if Self.territoryPrepositions.contains(key(i)) {
                        var j = i + 1
                        while j < sentenceEnd, Self.compassKeys.contains(key(j)) || key(j) == Self.theKey
                            || Self.placeModifierKeys.contains(key(j)) { j += 1 }
                        if let slot = starting[j]?.first, slot.actors.count == 1, layer.actors[slot.actors[0]].kind == .state,
                           layer.actors[slot.actors[0]].country != layer.actors[source].country {
                            return slot.actors[0]
                        }
                    }
                    i += 1
                }
                guard let p = place(for: c, source: source, target: nil),
                      placesBySentence[c.sentence]?.contains(where: { $0.name == p.name }) == true
                        || c.targetTokens.flatMap({ candidateAt[$0.lowerBound] }) != nil,
                      p.country != layer.actors[source].country else { return nil }
                // Not a place past the clause's end ("..., killing 20 people, officials in Nairobi said").
                if let mention = placesBySentence[c.sentence]?.first(where: { $0.name == p.name }),
                   mention.tokens.lowerBound > c.anchor,
                   (c.anchor..<mention.tokens.lowerBound).contains(where: { tokens[$0].has(.comma) }) {
                    return nil
                }
                return layer.actors.indices.first { layer.actors[$0].kind == .state && layer.actors[$0].code == p.country }
            }

            var merged: [MergeKey: [Int]] = [:]
            var seenMentions = Set<[Int]>()
            for c in candidates {
                let pattern = patterns.patterns[c.pattern]
                // A promised action is coded as the statement of intent; a conflictual act forecast ("will
                // attack", "would boycott") as the threat of it (CAMEO 1.1b3, code 130).
                let forecast = c.modality == .intended && !c.negated
                    && IntentCodes.conflictRoots.contains(String(pattern.code.prefix(2)))
                // Cooperation in the future tense keeps its code, marked intended: "will" or "would" alone never
                // makes a statement of intent.
                // A refused cooperative act is a rejection (CAMEO 1.1b3, 12): "the UNITA militarist wing refused to
                // allow United Nations planes to land" is 1245; "will not accept any more refugees" 1223.
                let refusal = c.refusal ? intents.refusal(for: pattern.code) : nil
                var code = refusal
                    ?? (c.intent || forecast ? intents.intent(for: pattern.code) ?? pattern.code : pattern.code)
                // "Israeli airstrikes killed ...", "... killed 20 people in an air raid": the weapon's code.
                if code == "190", let weapon = weaponCode(for: c) { code = weapon }
                guard let info = cameo[code] else { continue }
                let modality = refusal != nil || (forecast && code != pattern.code) ? Modality.asserted : c.modality
                var pairs: [(Int, Int?)] = []
                // A place of the source's own state names no target ("India beefed up security in Kashmir");
                // of its own country it does ("Thai authorities declared a state of emergency in Bangkok").
                let placeTarget = c.targetTokens.map { placeStarts.contains($0.lowerBound) } ?? false
                let force = Self.forceRoots.contains(info.code.prefix(2))
                for s in c.sources {
                    // (Of two sides using force, the one of the victims' own state is not the one that struck: "India
                    // and Pakistan exchanged fire, killing two Indian soldiers".)
                    // (Nor is a state's force aimed at its own army, government or police: "the U.S.-Philippines treaty
                    // extends to attacks on Philippine coast guard vessels" names the state inside another phrase.)
                    let targets = c.targets.filter { t in
                        t != s && layer.actors[t].code != layer.actors[s].code
                            && !(force && layer.actors[s].kind == .state && layer.actors[t].country == layer.actors[s].code
                                 && Self.stateOrganRoles.contains(String(layer.actors[t].code.dropFirst(layer.actors[s].code.count).prefix(3))))
                            && !(force && c.sources.count > 1 && layer.actors[t].country != nil
                                 && layer.actors[t].country == layer.actors[s].country
                                 && c.sources.contains { layer.actors[$0].country != layer.actors[t].country })
                            // (Two sides acting on two sides act each on the other: "both ministers praised cooperation between
                            // the two countries" is no praise of their own.)
                            && !(c.sources.count > 1 && c.targets.count > 1 && layer.actors[t].country != nil
                                 && (layer.actors[t].country ?? layer.actors[t].code) == (layer.actors[s].country ?? layer.actors[s].code))
                    }
                    if targets.isEmpty, placeTarget || c.targets.isEmpty {
                        // Force used in another state's territory is used against that state ("bombers blew
                        // themselves up in Tel Aviv", "fired shells at targets in Jericho").
                        let territorial = Self.forceRoots.contains(info.code.prefix(2)) || Self.territorialCodes.contains(where: info.code.hasPrefix)
                        pairs.append((s, territorial ? territoryTarget(c, source: s) : nil))
                    }
                    for t in targets {
                        pairs.append((s, t))
                        // (A promise or threat is its speaker's alone: "Russia wants to expand cooperation with Iran".)
                        if pattern.symmetric, code == pattern.code { pairs.append((t, s)) }
                    }
                }
                let sentence = segmentation.sentences[c.sentence]
                let mention = EventMention(sentence: c.sentence, range: sentence.range, trigger: tokens[c.anchor].range,
                                           rule: pattern.rule, pattern: pattern.text)
                let when = date(for: c)
                // (The rejection happened: it is not a denied act.)
                let negated = c.negated && refusal == nil
                for (s, t) in pairs {
                    // (What is only said — praise, appeals, threats — happens where its speaker is, which an
                    // earlier place does not tell.)
                    let wherePlace = place(for: c, source: s, target: t, inherit: Self.locatedRoots.contains(String(info.code.prefix(2))))
                    // One event, many reports: same dyad, code family, date and compatible place.
                    let mergeKey = MergeKey(source: s, target: t, family: String(info.code.prefix(3)), date: when, negated: negated)
                    if let e = merged[mergeKey]?.first(where: { e in
                        events[e].place == nil || wherePlace == nil || events[e].place == wherePlace
                    }) {
                        if seenMentions.insert([e, mention.sentence, mention.trigger.lowerBound]).inserted {
                            events[e].mentions.append(mention)
                        }
                        if events[e].place == nil { events[e].place = wherePlace }
                        continue
                    }
                    merged[mergeKey, default: []].append(events.count)
                    seenMentions.insert([events.count, mention.sentence, mention.trigger.lowerBound])
                    events.append(Event(source: s, target: t, code: info, date: when, negated: negated,
                                        modality: modality, place: wherePlace, mentions: [mention]))
                }
            }

            // Bare event nouns that point back ("today's negotiations", "the talks"): one more mention
            // of the latest event of their family reported before them, and of its reverse.
            guard hasAnaphoricAnchors, !events.isEmpty else { return }
            let anchored = Set(candidates.map(\.anchor))
            var latest: [String: (event: Int, token: Int)] = [:]
            var mentionTokens: [(token: Int, event: Int)] = []
            for (e, event) in events.enumerated() {
                for m in event.mentions {
                    // The trigger's token, by binary search over token starts.
                    var lo = 0, hi = tokens.count
                    while lo < hi {
                        let mid = (lo + hi) / 2
                        if Int(tokens[mid].start) < m.trigger.lowerBound { lo = mid + 1 } else { hi = mid }
                    }
                    if lo < tokens.count { mentionTokens.append((lo, e)) }
                }
            }
            mentionTokens.sort { $0.token < $1.token }
            var next = 0
            for sentence in segmentation.sentences where !sentence.isHeading {
                for t in sentence.tokens {
                    while next < mentionTokens.count, mentionTokens[next].token < t {
                        let (token, e) = mentionTokens[next]
                        latest[String(events[e].code.code.prefix(3)), default: (e, token)] = (e, token)
                        next += 1
                    }
                    guard let p = anaphoricAnchors[key(t)].map(Int.init), !anchored.contains(t), t - 1 >= sentence.tokens.lowerBound else {
                        continue
                    }
                    let pointing = Self.pointingWords.contains(key(t - 1))
                        || (tokens[t - 1].has(.possessive) && t - 2 >= sentence.tokens.lowerBound && Self.pointingTimes.contains(key(t - 2)))
                    guard pointing else { continue }
                    let pattern = patterns.patterns[p]
                    let family = String(pattern.code.prefix(3))
                    guard let (e, _) = latest.filter({ $0.key.hasPrefix(family) }).max(by: { $0.value.token < $1.value.token })?.value
                    else { continue }
                    let mention = EventMention(sentence: sentence.index, range: sentence.range, trigger: tokens[t].range,
                                               rule: pattern.rule, pattern: pattern.text)
                    for r in events.indices where r == e || (events[r].source == events[e].target && events[r].target == events[e].source
                                                             && events[r].code.code == events[e].code.code) {
                        if !events[r].mentions.contains(where: { $0.trigger == mention.trigger }) { events[r].mentions.append(mention) }
                    }
                }
            }
        }
        aimReactionsAtAuthors(&events, segmentation: segmentation, document: document, layer: layer)
        aimAppealsForCalmAtTheFighters(&events, layer: layer)
        aimInsurgentForceAtItsState(&events, layer: layer)
        // "Israel killed 20 people in an air raid on Gaza": an event without a target is dropped when each
        // of its reports also reports one of the same source, root and modality with a target.
        let targeted = events.filter { $0.target != nil }
        events.removeAll { e in
            e.target == nil && e.mentions.allSatisfy { m in
                targeted.contains { o in
                    o.source == e.source && o.code.root == e.code.root && o.modality == e.modality
                        && o.mentions.contains { $0.sentence == m.sentence }
                }
            }
        }
        // (After that: an arrest aimed so stands beside its sentence's other acts, "fired tear gas and detained 12".)
        aimDomesticArrestsAtTheirState(&events, layer: layer)
        return events
    }
}

extension EventCoder {
    /// CAMEO roots of force (coerce, assault, fight, mass violence): used in a territory, against its state.
    static let forceRoots: Set<Substring> = ["17", "18", "19", "20"]
    /// Also aimed at the state whose territory they happen in: riots (145), shows of force (15), curfews
    /// and states of emergency (172) and threats of them (132).
    static let territorialCodes = ["145", "15", "172", "132"]
    static let indefiniteArticles = KeySet(words: ["a", "an"])
    /// Foes that sides named together may fight together ("Haitian police and a Kenyan-led force fought gangs").
    static let commonFoes = KeySet(words: ["gangs", "militants", "rebels", "insurgents", "jihadists", "terrorists", "extremists",
                                           "separatists", "bandits", "pirates", "smugglers", "traffickers", "cartels", "militias"])
    static let forKey = TokenKey.of("for")
    /// Prepositions that introduce the party an act is aimed at, right after the act's words.
    static let objectPrepositions = KeySet(words: ["on", "against", "with", "toward", "towards", "upon"])
    /// Verbs that call for something: the noun after their "for" is what they ask, not an act.
    static let callVerbs = KeySet(words: ["call", "calls", "called", "calling", "press", "pressed", "presses", "pressing", "push",
                                          "pushed", "pushes", "pushing", "appeal", "appealed", "appeals", "appealing", "ask",
                                          "asked", "asks", "asking", "plead", "pleaded", "pleads", "lobby", "lobbied",
                                          "campaign", "campaigned", "wait", "waiting", "waited", "hope", "hoped", "hopes", "hoping"])
    /// Words before a noun trigger that set it beside the clause's act ("during a meeting with").
    static let circumstanceWords = KeySet(words: ["during", "after", "before", "following", "amid", "ahead", "at"])

    /// A lower-case word that may describe a partner in a coordination ("the evil Gondor"): not a
    /// preposition, auxiliary, relative pronoun or speech verb.
    static let borderNouns = KeySet(words: ["border", "borders", "frontier", "frontiers", "side", "border-line"])
    static let borderLocatives = KeySet(words: ["near", "along", "across", "on", "at", "over", "toward", "towards", "to",
                                                "from", "close", "beyond", "behind", "inside", "within"])

    /// A word that may describe a noun between a conjunction and the mention after it ("and the evil Gondor"):
    /// no preposition, auxiliary, speech verb or word that opens a clause ("and as France's envoy arrived").
    static func descriptiveWord(_ k: UInt64) -> Bool {
        !prepositionKeys.contains(k) && !auxiliaries.contains(k) && !relativePronouns.contains(k)
            && !ActorRecognizer.speechVerbKeys.contains(k) && !clauseStarters.contains(k) && !clauseBreaks.contains(k)
    }
    static let conditionKeys = KeySet(words: ["if", "unless"])
    /// CAMEO roots of acts that happen somewhere (meetings, aid, force, protest), as against what is only
    /// said: an event of one of them may take a place named earlier in the document.
    static let locatedRoots: Set<String> = ["04", "06", "07", "08", "14", "15", "16", "17", "18", "19", "20"]
    /// Words that open another clause: a condition before one of them does not reach past it.
    static let clauseStarters = KeySet(words: ["and", "but", "then", "that", "which", "who", "because", "while", "when"])
    /// Words that open a condition or another clause: a catch-all's target is not looked for past them.
    static let clauseBreaks = KeySet(words: ["if", "unless", "that", "which", "who", "whose", "because", "while", "when",
                                             "as", "but", "after", "before", "until", "whether", "so"])
    static let territoryPrepositions = KeySet(words: ["in", "inside", "across", "into"])
    static let placeModifierKeys = KeySet(words: ["occupied", "disputed", "annexed", "besieged", "restive", "war-torn",
                                                  "rebel-held", "breakaway", "embattled", "neighbouring", "neighboring"])
    static let compassKeys = KeySet(words: ["northern", "southern", "eastern", "western", "north", "south", "east", "west",
                                            "northeastern", "northwestern", "southeastern", "southwestern", "central"])
}

extension Inflection {
    static let irregularPast: Set<String> = Set(irregular.values.flatMap { $0 })
    /// Verbs whose past is their base form ("set", "cut", "hit").
    static let unchangedPastKeys = KeySet(irregular.filter { $0.value.isEmpty }.map { TokenKey.of($0.key) })
    /// Token keys of the irregular past forms (not -ing or -s forms).
    static let irregularPastKeys = KeySet(irregularPast.filter { !$0.hasSuffix("ing") && !$0.hasSuffix("s") }.map(TokenKey.of))
}

/// One flag per token, for the per-document look-ups of the coder.
struct TokenFlagsSet {
    private var flags: [Bool]
    init(count: Int) { flags = Array(repeating: false, count: count) }
    @inline(__always) func contains(_ i: Int) -> Bool { i >= 0 && i < flags.count && flags[i] }
    @inline(__always) mutating func insert(_ i: Int) { if i >= 0 && i < flags.count { flags[i] = true } }
}

/// Actor mentions by token (where they start or end), for the coder's look-ups.
struct TokenSlots {
    private var slots: [[EventCoder.Slot]?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    subscript(i: Int) -> [EventCoder.Slot]? { i >= 0 && i < slots.count ? slots[i] : nil }
    mutating func append(_ slot: EventCoder.Slot, at i: Int) {
        guard i >= 0 && i < slots.count else { return }
        if slots[i] == nil { slots[i] = [slot] } else { slots[i]!.append(slot) }
    }
}

extension EventCoder {
    /// The roles of a state's own organs: its army, government and police.
    static let stateOrganRoles: Set<String> = ["MIL", "GOV", "COP"]
    /// Roles that make a side of their own within a state ("Congolese troops and M23 rebels").
    static let insurgentRoles: Set<String> = ["REB", "INS", "SEP", "OPP", "UAF"]
    /// The insurgent role of an actor, if its code has one after its country.
    static func insurgentSide(_ actor: Actor) -> String? {
        guard let country = actor.country, actor.code.hasPrefix(country) else { return nil }
        let roles = actor.code.dropFirst(country.count)
        let first = String(roles.prefix(3))
        return insurgentRoles.contains(first) ? first : nil
    }
    /// The side an actor stands on in a conflict: its state, or its state's insurgents, or its own code.
    static func side(_ actor: Actor) -> String {
        guard let country = actor.country else { return actor.code }
        return insurgentSide(actor).map { country + $0 } ?? country
    }

    /// Nouns for an act of force, and the roots of the events they point back to.
    static let forceNouns = KeySet(words: ["attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "shelling",
                                           "bombing", "bombings", "raid", "raids", "assault", "killing", "killings",
                                           "incursion", "incursions", "offensive", "ambush", "massacre", "kidnapping",
                                           "kidnappings", "abduction", "abductions"])
    static let forceNounRoots: Set<String> = ["18", "19", "20"]
    /// Force nouns in the singular: "the attack" of a story is its lead's.
    static let singularForceNouns = KeySet(words: ["attack", "bombing", "raid", "assault", "massacre", "ambush"])
    /// Nouns for a show of force, and the root of the events they point back to ("condemned the launch").
    static let postureNouns = KeySet(words: ["launch", "launches", "test", "tests", "drills", "exercises", "buildup",
                                             "deployment", "mobilisation", "mobilization", "blockade"])
    static let postureNounRoots: Set<String> = ["15"]
    /// Nouns for an act of coercion, and the roots of the events they point back to ("condemned the expulsion", "the
    /// detentions").
    static let coercionNouns: [UInt64: Set<String>] = {
        var table: [UInt64: Set<String>] = [:]
        for w in ["expulsion", "expulsions"] { table[TokenKey.of(w)] = ["16", "17"] }
        for w in ["arrest", "arrests", "detention", "detentions", "crackdown", "jailing"] { table[TokenKey.of(w)] = ["17"] }
        return table
    }()
    /// Stems of strikes: "strikes", "struck", "airstrikes".
    static let strikeStems: Set<String> = ["stri", "stru", "airs"]
    /// Nouns for an accusation, and the roots of the events they point back to.
    /// (A protest or criticism rejected answers the disapproval it names: "Japan lodged a protest ... The Russian embassy
    /// rejected the protest".)
    static let accusationNouns = KeySet(words: ["accusation", "accusations", "allegation", "allegations", "charge", "charges",
                                                "claim", "claims", "protest", "protests", "criticism", "criticisms",
                                                "complaint", "complaints"])
    static let accusationNounRoots: Set<String> = ["11"]
    /// Nouns for one's own part in an act that a denial or a rejection names ("denied any involvement", "rejected
    /// responsibility"): they answer an accusation as "the accusations" do.
    static let deniedPartNouns = KeySet(words: ["involvement", "responsibility", "role", "wrongdoing", "complicity", "link",
                                                "links", "part"])
    /// Words that open another clause, where a slot after the trigger's words is no longer looked for.
    static let slotClauseOpeners = KeySet(words: ["since", "after", "before", "because", "while", "when", "until", "unless",
                                                  "if", "whether", "although", "though", "whereas"])
    /// Statements that are acts of their own and do not give way to another event of their source: acknowledging
    /// or denying responsibility, symbolic acts.
    static let statementActs: Set<String> = ["015", "016", "017"]
    /// Roots of hostile acts, from disapproval to force: an accusation may come with any of them.
    static let hostileRoots: Set<String> = ["11", "12", "13", "16", "17", "18", "19", "20"]
    /// Nouns for a demand or an appeal, and the roots of the events they point back to ("rejected the demand").
    static let demandNouns = KeySet(words: ["demand", "demands", "request", "requests", "call", "calls", "appeal", "appeals",
                                            "ultimatum"])
    static let demandNounRoots: Set<String> = ["02", "10"]
    /// Roots of reactions to another's act: disapprove, reject, and statements (denials).
    static let reactionRoots: Set<String> = ["01", "11", "12"]
    /// (And the words that describe an attack condemned: "the heinous terrorist attack".)
    static let reactionDeterminers = KeySet(words: ["the", "these", "those", "this", "that", "its", "their", "such", "any",
                                                    "all", "latest", "recent", "deadly", "fresh", "new", "heinous", "terrorist",
                                                    "cowardly", "barbaric", "brutal", "horrific", "despicable", "senseless",
                                                    "criminal", "dastardly", "vile", "suicide", "deadliest", "abhorrent",
                                                    "unprovoked", "bloody", "treacherous"])

    /// The nouns of a deal a third side may broker ("a US-brokered ceasefire").
    static let dealNouns = KeySet(words: ["ceasefire", "cease-fire", "truce", "deal", "agreement", "accord", "accords", "talks",
                                          "negotiations", "swap", "exchange", "peace"])

    /// The endings of a compound whose first part brokers a deal, as bytes (read for every actor's mention).
    static let brokeredSuffixes: [[UInt8]] = [Array("-brokered".utf8), Array("-mediated".utf8)]
    /// The end of "-brokered" or "-mediated" when the text at `position` goes on with it ("US-brokered").
    static func brokeredCompoundEnd(after position: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        for s in brokeredSuffixes {
            guard position + s.count <= bytes.count else { continue }
            if s.indices.allSatisfy({ bytes[position + $0] | 0x20 == s[$0] | 0x20 }) { return position + s.count }
        }
        return nil
    }

    /// Appeals for calm (0256) and offers to mediate (039, 045): aimed at the two sides that fought.
    static let calmingCodes: Set<String> = ["0256", "039", "045"]

    /// An appeal for calm or a ceasefire, or an offer to mediate, without a target ("China urged restraint", "the United
    /// States called for an end to the hostilities", "Qatar offered to host talks") is aimed at the two states that used
    /// force against each other in the story, when there are just two such states and the appeal is neither's: one event
    /// for each. Force without a target by one of them, the state or its army, is aimed at the other.
    func aimAppealsForCalmAtTheFighters(_ events: inout [Event], layer: ActorLayer) {
        guard events.contains(where: { $0.target == nil && (Self.calmingCodes.contains($0.code.code)
            || Self.forceNounRoots.contains($0.code.root)) }) else { return }
        func side(_ a: Int) -> String { layer.actors[a].country ?? layer.actors[a].code }
        var fighters: [String] = []
        for e in events where e.target != nil && Self.forceNounRoots.contains(e.code.root) {
            for s in [side(e.source), side(e.target!)] where !fighters.contains(s) { fighters.append(s) }
        }
        guard fighters.count == 2, fighters[0] != fighters[1] else { return }
        let states = fighters.compactMap { code in layer.actors.indices.first { layer.actors[$0].kind == .state && layer.actors[$0].code == code } }
        guard states.count == 2 else { return }
        var added: [Event] = []
        for e in events.indices where events[e].target == nil && Self.calmingCodes.contains(events[e].code.code)
            && !fighters.contains(side(events[e].source)) {
            var second = events[e]
            events[e].target = states[0]
            second.target = states[1]
            added.append(second)
        }
        // ("Pakistani troops opened fire" in a story of India's and Pakistan's fighting: a state's force, or its army's,
        // without a target is aimed at the other side.)
        for e in events.indices where events[e].target == nil && Self.forceNounRoots.contains(events[e].code.root) {
            let source = layer.actors[events[e].source]
            guard let i = fighters.firstIndex(of: side(events[e].source)),
                  source.code == fighters[i] || source.code == fighters[i] + "MIL" else { continue }
            events[e].target = states[1 - i]
        }
        events += added
    }

    /// "Al-Shabaab fighters stormed a hotel in Mogadishu, killing 11 people": force used by a state's insurgents at home (the
    /// event's place lies in their state) with no one named as its target is aimed at their state, when the story names it
    /// and shows them acting against no other state.
    func aimInsurgentForceAtItsState(_ events: inout [Event], layer: ActorLayer) {
        // (Not a group the story shows fighting another state: "hostilities between Hezbollah and Israel".)
        let abroad = Set(events.filter { e in
            e.target.map { t in layer.actors[t].country != nil && layer.actors[t].country != layer.actors[e.source].country } ?? false
        }.map(\.source))
        for e in events.indices where events[e].target == nil && Self.forceNounRoots.contains(events[e].code.root)
            && !abroad.contains(events[e].source) {
            let source = layer.actors[events[e].source]
            // (At home: the event's place lies in their state. "The Hezbollah attack" across a border is no attack on Lebanon.)
            guard source.kind != .state, source.kind != .person, Self.insurgentSide(source) != nil, let country = source.country,
                  events[e].place?.country == country,
                  let state = layer.actors.indices.first(where: {
                      layer.actors[$0].kind == .state && layer.actors[$0].code == country && !layer.actors[$0].mentions.isEmpty
                  })
            else { continue }
            events[e].target = state
        }
    }

    /// Whether a word of more than four letters ends in "-ing" ("starting", "arming").
    static func endsInIng(_ t: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        t.end - t.start > 4 && bytes[Int(t.end) - 3] == UInt8(ascii: "i") && bytes[Int(t.end) - 2] == UInt8(ascii: "n")
            && bytes[Int(t.end) - 1] == UInt8(ascii: "g")
    }

    /// A denial of an act ("denied that it had fired into Chad", "denied arming the RSF") without a target: aimed at the one
    /// side that accused the denier before, else at the one state other than the denier's that the denied clause names.
    func aimDenial(_ events: inout [Event], _ e: Int, clause: Int, mention: EventMention, segmentation: Segmentation,
                   layer: ActorLayer, side: (Int) -> String) {
        var accusers = Set<String>()
        var best: (at: Int, source: Int)?
        for o in events.indices where o != e && Self.accusationNounRoots.contains(String(events[o].code.code.prefix(2)))
            && side(events[o].source) != side(events[e].source) && events[o].target.map(side) == side(events[e].source) {
            for m in events[o].mentions where m.trigger.lowerBound < mention.trigger.lowerBound {
                accusers.insert(side(events[o].source))
                if best == nil || m.trigger.lowerBound > best!.at { best = (m.trigger.lowerBound, events[o].source) }
            }
        }
        if accusers.count == 1, let best {
            events[e].target = best.source
            return
        }
        guard accusers.isEmpty else { return }
        // The clause: from the word after the trigger to its sentence's end.
        let tokens = segmentation.tokens
        let sentence = segmentation.sentences[mention.sentence].tokens
        guard sentence.contains(clause) else { return }
        let end = ((clause + 1)..<sentence.upperBound).first { tokens[$0].has(.sentenceFinal) || tokens[$0].has(.colon) }
            ?? sentence.upperBound
        var named: Int?
        for a in layer.actors.indices where layer.actors[a].kind == .state && layer.actors[a].code != side(events[e].source)
            && layer.actors[a].mentions.contains(where: { (clause..<end).contains($0.tokens.lowerBound) }) {
            guard named == nil else { return }
            named = a
        }
        if let named { events[e].target = named }
    }

    /// "Ecuador's police arrested 143 suspects in overnight raids": an arrest (173) without a named target, by a state's
    /// police, forces or officials at home (where the story places it, when it does, lies in their state), is aimed at
    /// their state, whose people they hold. (Not by a movement's fighters, nor by a state named as such.)
    func aimDomesticArrestsAtTheirState(_ events: inout [Event], layer: ActorLayer) {
        for e in events.indices where events[e].target == nil && events[e].code.code == "173" {
            let source = layer.actors[events[e].source]
            guard source.kind != .state, Self.insurgentSide(source) == nil, let country = source.country,
                  events[e].place.map({ $0.country == country }) ?? true,
                  let state = layer.actors.indices.first(where: { layer.actors[$0].kind == .state && layer.actors[$0].code == country })
            else { continue }
            events[e].target = state
        }
    }

    /// "Lebanon's president condemned the strikes", "Minsk rejected the accusations": a reaction without a target,
    /// whose object points back to an act of force or an accusation reported before, is aimed at that act's source:
    /// the accuser of the one who reacts, or the one side that used force against someone before.
    func aimReactionsAtAuthors(_ events: inout [Event], segmentation: Segmentation, document: Document, layer: ActorLayer) {
        guard !events.isEmpty else { return }
        let tokens = segmentation.tokens, keys = segmentation.keys
        // (Sides compared by state: "Belarus" accused, "the Belarusian foreign ministry" rejects.)
        func side(_ a: Int) -> String { layer.actors[a].country ?? layer.actors[a].code }
        // The first four letters of a word, lower-cased ("strikes" and "struck" differ there: `strikeStems` joins them).
        func stem(_ range: Range<Int>) -> String { String(document.text(bytes: range).lowercased().prefix(4)) }
        func token(at byte: Int) -> Int {
            var lo = 0, hi = tokens.count
            while lo < hi { let mid = (lo + hi) / 2; if Int(tokens[mid].start) < byte { lo = mid + 1 } else { hi = mid } }
            return lo
        }
        for e in events.indices where events[e].target == nil && Self.reactionRoots.contains(String(events[e].code.code.prefix(2))) {
            guard let mention = events[e].mentions.first else { continue }
            var k = token(at: mention.trigger.upperBound)
            // ("Moscow denied that it had targeted Poland", "The army denied starting the fighting": a denial of an act answers
            // the accusation of it, else it is aimed at the one state its clause names.)
            if events[e].code.code.hasPrefix("016"), k < tokens.count,
               keys[k] == Self.thatKey
                || tokens[k].has(.lowercase) && document.utf8.withUnsafeBufferPointer({ Self.endsInIng(tokens[k], $0) }) {
                aimDenial(&events, e, clause: k, mention: mention, segmentation: segmentation, layer: layer, side: side)
                continue
            }
            var words = 0
            while k < tokens.count, words < 4, Self.reactionDeterminers.contains(keys[k]) { k += 1; words += 1 }
            guard k < tokens.count, tokens[k].has(.lowercase) else { continue }
            // ("The EU condemned the expulsion", "the detentions": an act of coercion by any word, as a show of force.)
            let coercionRoots = Self.coercionNouns[keys[k]]
            let posture = Self.postureNouns.contains(keys[k]) || coercionRoots != nil
            // ("Minsk denied any involvement": what a denial or a rejection names of its own part answers an accusation.)
            let code = events[e].code.code
            let deniedPart = Self.deniedPartNouns.contains(keys[k]) && (code.hasPrefix("016") || code.hasPrefix("12"))
            let roots = Self.forceNouns.contains(keys[k]) ? Self.forceNounRoots
                : Self.accusationNouns.contains(keys[k]) || deniedPart ? Self.accusationNounRoots
                : coercionRoots ?? (posture ? Self.postureNounRoots : Self.demandNouns.contains(keys[k]) ? Self.demandNounRoots : [])
            guard !roots.isEmpty else { continue }
            // An accusation: the latest one aimed at this source. An act of force: the one act against someone reported
            // before by another source, when only one source did so ("the strikes" of a story of one side's strikes).
            // (A demand or an appeal rejected is, like an accusation, the latest one aimed at the one who rejects it:
            // "Poland demanded that Berlin open talks on compensation ... Germany rejected the demand".)
            let demand = roots == Self.demandNounRoots
            let accusation = roots == Self.accusationNounRoots || demand
            // (An act of force named by a word of its own trigger's: "the strikes" after "struck", "the attack" after
            // "attacked".)
            let nounStem = stem(Int(tokens[k].start)..<Int(tokens[k].end))
            let stems: Set<String> = Self.strikeStems.contains(nounStem) ? Self.strikeStems : [nounStem]
            var best: (at: Int, source: Int)?
            var sources = Set<String>()
            for o in events.indices where o != e && roots.contains(String(events[o].code.code.prefix(2)))
                && side(events[o].source) != side(events[e].source)
                && (accusation ? events[o].target.map(side) == side(events[e].source) : posture || events[o].target != nil) {
                // (A show of force by any word: "condemned the launch" after "fired a ballistic missile".)
                for m in events[o].mentions where m.trigger.lowerBound < mention.trigger.lowerBound
                    && (accusation || posture || stems.contains(stem(m.trigger))) {
                    sources.insert(side(events[o].source))
                    if best == nil || m.trigger.lowerBound > best!.at { best = (m.trigger.lowerBound, events[o].source) }
                }
            }
            // ("Israeli air strikes and tank fire have killed at least 11 Palestinians ... Qatar condemned the latest strikes": an
            // act of force by any word, when one side alone used force against someone before.)
            if roots == Self.forceNounRoots, best == nil {
                // (Force without a target counts as a side that used it: "Al-Shabaab fighters attacked a base. US forces
                // struck militants ... Ethiopia condemned the attacks" names no one.)
                for o in events.indices where o != e && roots.contains(String(events[o].code.code.prefix(2)))
                    && side(events[o].source) != side(events[e].source) {
                    for m in events[o].mentions where m.trigger.lowerBound < mention.trigger.lowerBound {
                        sources.insert(side(events[o].source))
                        if events[o].target != nil, best == nil || m.trigger.lowerBound > best!.at {
                            best = (m.trigger.lowerBound, events[o].source)
                        }
                    }
                }
            }
            // ("Niger ordered Germany's ambassador to leave ... Berlin rejected the accusations": with no accusation
            // coded, the accuser is the one side whose hostile act against the one who denies came before.)
            if accusation, !demand, best == nil {
                for o in events.indices where o != e && Self.hostileRoots.contains(String(events[o].code.code.prefix(2)))
                    && side(events[o].source) != side(events[e].source) && events[o].target.map(side) == side(events[e].source) {
                    for m in events[o].mentions where m.trigger.lowerBound < mention.trigger.lowerBound {
                        sources.insert(side(events[o].source))
                        if best == nil || m.trigger.lowerBound > best!.at { best = (m.trigger.lowerBound, events[o].source) }
                    }
                }
                guard sources.count == 1 else { continue }
            }
            // ("Al-Shabaab fighters stormed a hotel ... US forces struck militants ... Qatar condemned the attack": when several
            // sides used force, or none by a word of the noun's, "the attack" alone is the story's first, of its lead.)
            if !accusation, !posture, sources.count > 1 || best == nil, Self.singularForceNouns.contains(keys[k]),
               let first = events.indices.filter({ o in
                   // (Sides with their insurgents apart: "President Mohamud condemned the attack" of al-Shabaab.)
                   o != e && Self.forceNounRoots.contains(events[o].code.root)
                       && Self.side(layer.actors[events[o].source]) != Self.side(layer.actors[events[e].source])
                       && events[o].mentions.contains { $0.trigger.lowerBound < mention.trigger.lowerBound }
               }).min(by: { events[$0].mentions[0].trigger.lowerBound < events[$1].mentions[0].trigger.lowerBound }) {
                events[e].target = events[first].source
                continue
            }
            guard accusation || sources.count == 1 else { continue }
            if let best { events[e].target = best.source }
        }
    }
}
