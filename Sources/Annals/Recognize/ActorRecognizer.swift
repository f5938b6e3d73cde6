/// Finds actor mentions in one pass of one compiled matcher, then reads
/// the title patterns that make people and groups:
/// - `[demonym|Country('s)] [role] [Name]`: "Russian Defense Minister Andrei Belousov";
/// - `[role] [Name] (of [Country])`: "President Emmanuel Macron of France";
/// - `[Name], the [country's|demonym] [role]`: "Belousov, the Russian defence minister";
/// - `[demonym|Country('s)] [role]` alone: "North Korea's Defense Minister";
/// - `[demonym|Country('s)] [collective role]`: "Russian troops" (a group).
/// Everything else capitalised is a candidate name for the resolver.
public final class ActorRecognizer: Sendable {
    public let knowledge: KnowledgeBase
    let matcher: PhraseMatcher<DictionaryEntry>
    /// Role words: a user dictionary's first, then the shipped ones.
    public let roles: [AgentRole]
    /// Last words of the people in `people.tsv`: a town of that name before a role is the person's
    /// ("the Bush administration"), not the town's.
    let surnameKeys: KeySet
    /// Per role: whether its people are where they act (protesters, residents: `localRoleCodes`).
    let isLocalRole: [Bool]
    /// Per role: armed forces, police, rebels, militias, spies (who may be an act's object without a state of
    /// their own: "attacked troops", "accused the army of").
    let isArmedRole: [Bool]
    /// Per role: whether a singular form names one person; whether it is police (read per match: no copy of the role).
    let isPersonRole: [Bool]
    /// Per role: a legislature's, a government's or armed forces', which may be told or urged as a body ("told lawmakers",
    /// "urging the army to").
    let isHearerBody: [Bool]
    let isPoliceRole: [Bool]
    /// Per role: the opposition and protesters (OPP), who may be an act's object ("accused the opposition of").
    let isOppositionRole: [Bool]
    /// The role of a leader ("leader"), for a person titled by what they lead.
    let leaderRole: Int?
    static let armedRoleCodes: Set<String> = ["MIL", "COP", "REB", "UAF", "INS", "SPY"]

    /// Words between a country and a role that do not change who is meant.
    static let titleModifiers = KeySet([
        "former", "then", "acting", "new", "incoming", "outgoing", "interim", "caretaker", "top", "senior",
        "newly", "appointed", "elected", "current", "ex", "first", "second", "chief", "powerful", "veteran", "deputy",
        "national", "federal",
        "junior", "longtime", "long-time", "embattled", "ousted", "deposed", "exiled", "influential", "outspoken",
        "hardline", "hard-line", "retired", "late", "visiting", "designate", "provisional", "transitional",
        // Of groups: "Irish nationalist guerrillas", "Syrian armed forces", "Bosnian Muslim militiamen".
        "nationalist", "nationalists", "armed", "militant", "islamist", "muslim", "christian", "shiite", "shia",
        "sunni", "radical", "paramilitary", "ethnic", "civilian", "regular",
    ].map(TokenKey.of))
    /// Words of faith, creed or arms before a collective's role that describe it ("Islamist insurgents", "Shiite militiamen").
    static let groupModifierKeys = KeySet(words: ["nationalist", "islamist", "muslim", "christian", "shiite", "shia", "sunni",
                                                  "radical", "paramilitary", "militant", "hardline", "hard-line", "tribal",
                                                  "rival"])
    static let sentenceStarterKeys = KeySet(Abbreviations.sentenceStarters.map(TokenKey.of))
    static let determinerKeys = KeySet(["the", "a", "an"].map(TokenKey.of))
    /// "His Azerbaijani counterpart, Farid Huseynov,": a possessive opens a title as an article does.
    static let possessivePronouns = KeySet(words: ["his", "her", "its", "their"])
    /// A person's possessive pronouns.
    static let personalPossessives = KeySet(words: ["his", "her"])
    /// "the council, whose coordinator, X,": a relative possessive opens a title as an article does.
    static let whoseKey = TokenKey.of("whose")
    static let ofKey = TokenKey.of("of")
    static let northKey = TokenKey.of("north")
    static let southKey = TokenKey.of("south")
    static let officialKey = TokenKey.of("official")
    static let itsKey = TokenKey.of("its")
    static let toKey = TokenKey.of("to")
    /// Nouns that a person's role word before them only describes ("terrorist infrastructure", "militant positions").
    static let roleModifiedNouns = KeySet(words: [
        "infrastructure", "targets", "target", "positions", "position", "sites", "site", "cell", "cells", "network", "networks",
        "activity", "activities", "organization", "organisation", "organizations", "organisations", "hideouts", "hideout",
        "training", "recruitment", "financing", "funding", "attack", "attacks", "plot", "plots", "threat", "threats",
    ])
    /// Roles whose words are those of whom they speak for ("a spokesman for Secretary-General X said").
    static let spokespersonKeys = KeySet(words: ["spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen",
                                                 "representative", "envoy"])
    /// Roles that speak or act for a body named after them ("a spokeswoman for the opposition coalition").
    static let agentHeads = KeySet(words: ["spokesman", "spokeswoman", "spokesperson", "official", "representative", "envoy",
                                           "adviser", "advisor", "aide", "member", "leader", "negotiator", "chief", "head"])
    /// Words that deny what follows ("made no official comment"): no portfolio's.
    static let negationKeys = KeySet(words: ["no", "not", "never", "nor", "any"])
    /// Nouns that "official" describes rather than names a person before ("official figures", "Chinese official media").
    static let describedNouns = KeySet(words: [
        "data", "figures", "figure", "statistics", "media", "news", "agency", "visit", "visits", "statement", "statements",
        "sources", "documents", "document", "channels", "results", "estimates", "estimate", "count", "tally", "toll",
        "website", "account", "language", "ceremony", "trip", "residence", "records", "record", "report", "reports",
        "line", "position", "gazette", "response", "rate", "rates", "newspaper", "broadcaster", "television", "tv",
        "comment", "comments", "reaction", "confirmation", "announcement", "business", "duties", "capacity",
    ])
    /// Lower-case words inside a body's name ("Commission on Human Rights", "Bank for International Settlements").
    static let nameConnectors = KeySet(words: ["of", "on", "for", "and", "de", "du", "des", "del", "la"])
    static let prepositionKeys = KeySet(words: ["to", "of", "for", "in", "on", "by", "with", "from", "at", "about", "into",
                                                "over", "under", "against", "without", "through", "per"])
    /// The last two letters of an ordinal number, lower case ("st", "nd", "rd", "th").
    static let ordinalSuffixes: Set<UInt16> = Set(["st", "nd", "rd", "th"].map { w in
        let b = Array(w.utf8)
        return UInt16(b[0]) << 8 | UInt16(b[1])
    })
    /// Words that end the name of an armed unit ("the 77th Brigade"); such a unit of a state is its military.
    static let unitHeads = KeySet(words: ["brigade", "brigades", "battalion", "battalions", "regiment", "division", "corps",
                                          "army", "fleet", "squadron"])
    /// Words that make a number approximate ("some 5,000", "at least 200", "more than a thousand").
    static let approximateWords = KeySet(words: ["a", "about", "some", "around", "nearly", "almost", "roughly", "approximately",
                                                 "at", "least", "more", "than", "over", "up", "to", "an", "estimated"])
    /// Quantities that open a noun phrase with "of" ("hundreds of", "tens of thousands of").
    static let quantityKeys = KeySet(words: ["hundreds", "thousands", "dozens", "scores", "tens", "millions", "hundred",
                                            "thousand", "dozen"])
    /// Numbers written as words, and words of number, before the opposition ("five opposition leaders"; others counted so
    /// are mostly victims, of no state the sentence tells).
    static let numberWords = KeySet(words: ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                                            "twelve", "fifteen", "twenty", "several", "many"])
    /// Roles of people who are where they act: protesters (OPP), residents and crowds (CVL).
    static let localRoleCodes: Set<String> = ["OPP", "CVL"]
    static let inKey = TokenKey.of("in")
    /// Words for a state's rulers that, like a body, belong to the state whose capital follows "in" ("the authorities in Kabul").
    static let seatedRulerWords = KeySet(words: ["authorities", "regime", "leadership", "rulers"])
    static let byKey = TokenKey.of("by")
    static let forKey = TokenKey.of("for")
    static let theKey = TokenKey.of("the")
    static let whoKey = TokenKey.of("who")
    /// Verbs of leading in a relative clause after a name ("X, who leads the opposition coalition,").
    static let leadVerbKeys = KeySet(words: ["leads", "heads", "chairs", "commands", "led", "headed", "chaired", "commanded"])
    /// Relative pronouns after a body's name ("The Awami League, whose ...").
    static let relativeBodyKeys = KeySet(words: ["whose", "which"])
    static let fromKey = TokenKey.of("from")
    static let andWordKey = TokenKey.of("and")
    static let ethnicKey = TokenKey.of("ethnic")
    static let dollarKeys = KeySet(words: ["$", "dollar", "dollars"])
    /// Words after a demonym that make it no actor: currencies, languages and the forms of a name in a language.
    /// Adverbs that open a sentence before its subject without a comma ("Later the ministry said").
    static let openingAdverbs = KeySet(words: ["later", "earlier", "meanwhile", "separately", "subsequently", "afterwards",
                                               "previously", "then", "also"])
    /// Conjunctions and adverbs that open a sentence and no name ("But Karimov said", "Yesterday Karimov said").
    static let openingConjunctions = KeySet(words: ["but", "and", "or", "so", "yet", "however", "still", "now", "today",
                                                    "yesterday", "thus", "moreover", "furthermore", "instead", "nevertheless",
                                                    "nonetheless", "further"])
    static let nonActorHeads = KeySet(words: [
        "$", "dollar", "dollars", "pound", "pounds", "sterling", "yen", "yuan", "renminbi", "rouble", "roubles", "ruble",
        "rubles", "rupee", "rupees", "peso", "pesos", "franc", "francs", "lira", "dinar", "dinars", "riyal", "riyals", "rial",
        "rials", "rand", "shekel", "shekels", "naira", "krona", "krone", "hryvnia", "lari", "dram", "manat", "taka",
        "baht", "ringgit", "rupiah", "dong", "currency", "language", "languages",
        // (A name's letters in a language: "as the rebel group is known by its Spanish initials".)
        "initials", "acronym", "abbreviation", "spelling", "translation", "transliteration",
        // (A region's adjective that is also a state's: "the oil-rich Central African country" is Gabon.)
        "country", "countries",
    ])
    /// Speech verbs after which a reported clause, and its subject, begins ("said troops had killed").
    /// Words before a collective that is an act's object: prepositions of conflict and past forms without "-ed".
    static let objectWords = KeySet(words: ["with", "against", "targeting", "struck", "hit", "shot", "fought", "sent", "urged",
                                            "led", "beat", "caught", "held"])
    static let withKey = TokenKey.of("with")
    /// Prepositions before the collective an act is aimed at ("at protesters", "against civilians").
    static let targetPrepositions = KeySet(words: ["at", "on", "upon", "against"])
    static let intelligenceKey = TokenKey.of("intelligence")
    static let reportingVerbs = KeySet(words: ["said", "says", "say", "added", "stated", "announced", "reported"])
    /// Conjunctions after which a clause, and so a subject, begins.
    static let clauseOpeners = KeySet(words: ["as", "while", "when", "after", "before", "because", "and", "but", "since",
                                              "although", "though", "whereas", "until", "where", "that"])
    static let speechVerbKeys = KeySet(Abbreviations.speechVerbs.map(TokenKey.of))
    /// Speech verbs and verbs of a stance taken in words: a full name as their subject is someone who acts
    /// ("Vladimir Medinsky claimed", "The Awami League ... accused"), and such a verb joined by "and" after a speech
    /// verb is the speaker's act ("said ... and urged").
    static let stanceVerbKeys = KeySet(Abbreviations.speechVerbs.map(TokenKey.of) + [
        "accused", "accuses", "urged", "urges", "rejected", "rejects", "denied", "denies", "condemned", "condemns", "claimed",
        "claims", "criticised", "criticized", "criticises", "criticizes", "demanded", "demands", "dismissed", "dismisses",
        "welcomed", "welcomes", "vowed", "vows", "pledged", "pledges", "blamed", "blames", "announced", "announces",
        "called", "calls", "described", "describes", "threatened", "threatens", "appealed", "appeals", "asked", "asks",
        "praised", "praises", "insisted", "insists",
    ].map(TokenKey.of))
    /// Speech verbs whose object is the hearer ("told Al Jazeera", "assured Kyiv").
    static let hearerVerbKeys = KeySet(words: ["told", "tells", "tell", "telling", "assured", "assures", "informed", "informs",
                                               "reminded", "reminds", "warned", "warns", "urged", "urges", "urging", "briefed", "briefs"])
    /// Nouns that make a role word a modifier ("police station", "army base").
    static let compoundHeads = KeySet(words: ["station", "stations", "headquarters", "building", "buildings", "compound",
                                              "vehicle", "vehicles", "car", "cars", "academy", "barracks", "base", "bases",
                                              "camp", "camps", "post", "posts", "checkpoint", "checkpoints", "convoy",
                                              "convoys", "unit", "units", "spokesman", "spokeswoman", "spokesperson",
                                              "source", "sources", "statement", "chief", "chiefs", "brutality", "violence",
                                              "abuse", "abuses", "repression", "misconduct", "custody", "aid", "assistance",
                                              "equipment", "hardware", "exercises", "drills", "spending", "budget",
                                              "cooperation", "ties", "support", "operation", "operations", "presence",
                                              "buildup", "deployment", "deployments", "sharing", "reports", "report",
                                              "ceremony", "ceremonies", "parade", "parades", "honours", "honors",
                                              "hospital", "hospitals", "school", "schools", "college", "aircraft", "plane",
                                              "planes", "helicopter", "helicopters", "jet", "jets", "ship", "ships", "vessel",
                                              "vessels", "boat", "boats", "training", "exercise", "facility",
                                              "facilities", "site", "sites", "installation", "installations", "zone", "zones",
                                              "action", "actions", "intervention", "option", "options", "capability",
                                              "capabilities", "offensive", "campaign", "infrastructure",
                                              "threat", "threats", "doctrine", "expenditure"])
    /// Capitalised words of a portfolio after "for" between a role and a name ("Under-Secretary-General for
    /// Humanitarian Affairs Tom Fletcher", "Cabinet Secretary for Interior Kipchumba Murkomen").
    static let portfolioWords = KeySet(words: [
        "affairs", "interior", "defence", "defense", "security", "trade", "finance", "health", "education", "development",
        "refugees", "human", "rights", "humanitarian", "relief", "justice", "energy", "environment", "agriculture",
        "transport", "information", "foreign", "home", "economic", "political", "peacekeeping", "peacebuilding",
        "operations", "public", "internal", "international", "cooperation", "investment", "industry", "labour", "labor",
        "employment", "migration", "immigration", "planning", "infrastructure", "communications", "culture", "tourism",
        "water", "mining", "petroleum", "lands", "housing", "women", "youth", "social", "welfare", "disaster",
        "management", "emergency", "coordination", "legal", "commerce", "treasury", "budget", "science", "technology",
        "digital", "climate", "intelligence", "veterans", "policy", "counter-terrorism", "counterterrorism", "arms",
        "control", "disarmament", "europe", "asia", "africa", "americas", "multilateral", "strategic",
    ])
    /// Words between an article and a noun that say which or how many, not what ("the same people", "the other ministry").
    static let quantifierWords = KeySet(words: ["same", "other", "whole", "entire", "only", "next", "last", "few", "many",
                                                "several", "various", "own", "such", "both", "all", "each", "every", "very",
                                                "two", "three", "four", "five", "relevant", "respective"])
    static let partyKey = TokenKey.of("party")
    static let honorificKeys = KeySet(words: ["dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "sir", "dame", "u", "daw"])
    static let appositionLinks = KeySet(["of", "for", "at", "in"].map(TokenKey.of))
    /// Nouns that stand for a state named before them, after "the" and before "'s" and a role.
    static let stateAnaphors = ["country", "nation", "island", "kingdom", "republic", "emirate"]
    /// Nouns that stand for the international body named last before them, after "the". ("The
    /// watchdog" or "the agency" would too often be another body than the one named last.)
    static let organizationAnaphors = ["bloc", "alliance"]
    /// Nouns that stand for the body named last before them whose name has that word, after "the" ("the mission"
    /// after the UN Assistance Mission in Afghanistan).
    /// ("the commission" after "the AU Commission": or whose mention ends with that word.)
    static let namedBodyAnaphors = ["mission", "agency", "organisation", "organization", "programme", "fund", "command", "office",
                                    "commission", "council", "party"]
    /// Nouns that stand for the armed movement or faction named last before them, after "the" ("the group said").
    static let movementAnaphors = ["group", "movement"]
    static let movementAnaphorKeys = KeySet(words: movementAnaphors)
    /// Words that describe an armed movement between "the" and "group" ("the armed group", "the Islamist group").
    static let movementDescriptions = KeySet(words: ["armed", "militant", "rebel", "insurgent", "jihadist", "islamist",
                                                     "extremist", "separatist", "militia", "terrorist", "paramilitary",
                                                     "guerrilla", "guerilla", "radical", "al", "qaeda", "islamic", "state"])
    static let namedBodyAnaphorKeys = KeySet(words: namedBodyAnaphors)

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
        var matcher = PhraseMatcher<DictionaryEntry>()
        for form in knowledge.countries.forms {
            matcher.add(form.text, payload: .country(CountryCandidates(form.countries), form.kind))
        }
        for (text, organization) in knowledge.organizations.forms {
            matcher.add(text, payload: .organization(organization))
        }
        var roles: [AgentRole] = []
        if let extra = knowledge.extraAgents {
            roles = extra.roles
            for (text, role) in extra.forms { matcher.add(text, payload: .role(role)) }
        }
        let offset = roles.count
        roles += knowledge.agents.roles
        for (text, role) in knowledge.agents.forms {
            matcher.add(text, payload: .role(offset + role))
        }
        for (n, named) in knowledge.namedActors.actors.enumerated() {
            for form in [named.name] + named.aliases { matcher.add(form, payload: .named(n)) }
        }
        // Places last: a form that is also a state's, a body's or a role's keeps that meaning.
        for (n, form) in knowledge.places.forms.enumerated() { matcher.add(form.text, payload: .place(n)) }
        for name in knowledge.notActors { matcher.add(name, payload: .ignored) }
        for noun in Self.stateAnaphors { matcher.add(noun, payload: .stateAnaphor) }
        for noun in ["neighbour", "neighbor"] { matcher.add(noun, payload: .neighbour) }
        for noun in Self.organizationAnaphors + Self.namedBodyAnaphors + Self.movementAnaphors {
            matcher.add(noun, payload: .organizationAnaphor)
        }
        self.matcher = matcher
        surnameKeys = KeySet(knowledge.people.actors.flatMap { person in
            ([person.name] + person.aliases).compactMap { $0.split(separator: " ").last.map { TokenKey.of(String($0)) } }
        })
        self.roles = roles
        isLocalRole = roles.map { $0.codes.contains(where: Self.localRoleCodes.contains) }
        isArmedRole = roles.map { $0.codes.first.map(Self.armedRoleCodes.contains) ?? false }
        isPersonRole = roles.map(\.isPerson)
        isHearerBody = roles.map { ["LEG", "GOV", "MIL", "COP"].contains($0.codes.first ?? "") }
        isPoliceRole = roles.map { $0.codes.first == "COP" }
        isOppositionRole = roles.map { $0.codes.first == "OPP" }
        leaderRole = roles.firstIndex { $0.name == "leader" }
    }

    /// A person or group read from a title pattern.
    struct TitledCandidate {
        /// Candidate states (several for an ambiguous demonym such as "Korean").
        var countries: CountryCandidates
        var organization: Int?
        /// A named actor from a user dictionary heading the title.
        var named: Int? = nil
        var roles: RoleList
        var name: Range<Int>?
        /// The whole phrase ("Russian Defense Minister Andrei Belousov").
        var tokens: Range<Int>
        /// The role words as written ("Defense Minister").
        var roleTokens: Range<Int>
        /// An office in apposition after a rank's name ("Colonel X, the army spokesman,": "army spokesman").
        var officeTokens: Range<Int>? = nil
        var sentence: Int
        var isPerson: Bool
        /// The state is the one named last before the title ("the country's president").
        var anaphoric = false
        /// After "his" or "her": the state is that of the person named last before ("his spokesman X").
        var possessed = false
        /// After "its": the state that opens the sentence ("China will ..., its Commerce Ministry said").
        var ofSubject = false
        /// After a person's possessive ("X, Lee's national security adviser,"): the token of the possessor's last word,
        /// whose state is the title's.
        var possessor: Int? = nil
    }

    /// A collective named by its role, with a country after "of" if any; `listEnd` closes a list of states after "of";
    /// `ownWords`: a word of its own before the role's ("the unification ministry").
    /// `possessed`: after "his" or "her", the group of the person named last ("his government").
    /// `compass`: after "the North's" (true) or "the South's" (false), the body of the state that word stands for.
    typealias BareGroup = (roles: RoleList, tokens: Range<Int>, country: Int?, sentence: Int, listEnd: Int?, ownWords: Bool, possessed: Bool,
                           compass: Bool?)

    /// Everything the recognizer found in a document, before resolution.
    struct Findings {
        var entities: [(match: PhraseMatcher<DictionaryEntry>.Match, entry: DictionaryEntry, sentence: Int, possessive: Bool)] = []
        var titled: [TitledCandidate] = []
        var names: [(tokens: Range<Int>, sentence: Int)] = []
        /// Full names next to a speech verb: people even without a title.
        var speakers: [(tokens: Range<Int>, sentence: Int)] = []
        var nominals: [NominalMention] = []
        /// "the bloc", "the alliance": the body named last before them.
        /// "the mission": with `head`, only a body whose name has that word.
        var bodyAnaphors: [(tokens: Range<Int>, sentence: Int, head: UInt64?)] = []
        /// "its (western) neighbour": the other state named most before it.
        var neighbours: [(tokens: Range<Int>, sentence: Int)] = []
        /// "the North", "the South": the story's state whose name opens with that word (North Korea, South Sudan).
        var compassStates: [(tokens: Range<Int>, sentence: Int, north: Bool)] = []
        /// Acronyms in brackets ("(SAC)"), by token, in text order.
        var bracketAcronyms: [Int] = []
        /// Collectives named by their role alone ("police", "the army"), with a country after "of" if any.
        /// Collectives without a country of their own; `listEnd` closes a list of states after "of"
        /// ("the foreign ministers of Russia and China"), which belongs to the mention of each.
        var bareGroups: [BareGroup] = []
    }

    func find(in document: Document, _ segmentation: Segmentation) -> Findings {
        var findings = Findings()
        // (The word sets and keys read per token, as locals: a static is checked for its first use on every read.)
        let agentHeads = Self.agentHeads
        let ministryHeads = ActorResolver.ministryKeys
        let andWordKey = Self.andWordKey
        let appositionLinks = Self.appositionLinks
        let byKey = Self.byKey
        let clauseOpeners = Self.clauseOpeners
        let compoundHeads = Self.compoundHeads
        let describedNouns = Self.describedNouns
        let determinerKeys = Self.determinerKeys
        let dollarKeys = Self.dollarKeys
        let ethnicKey = Self.ethnicKey
        let forKey = Self.forKey
        let fromKey = Self.fromKey
        let hearerVerbKeys = Self.hearerVerbKeys
        let honorificKeys = Self.honorificKeys
        let inKey = Self.inKey
        let intelligenceKey = Self.intelligenceKey
        let itsKey = Self.itsKey
        let movementAnaphorKeys = Self.movementAnaphorKeys
        let movementDescriptions = Self.movementDescriptions
        let nameConnectors = Self.nameConnectors
        let namedBodyAnaphorKeys = Self.namedBodyAnaphorKeys
        let nonActorHeads = Self.nonActorHeads
        let objectWords = Self.objectWords
        let ofKey = Self.ofKey
        let officialKey = Self.officialKey
        let possessivePronouns = Self.possessivePronouns
        let portfolioWords = Self.portfolioWords
        let isOppositionRole = self.isOppositionRole
        let isHearerBody = self.isHearerBody
        let quantifierWords = Self.quantifierWords
        let prepositionKeys = Self.prepositionKeys
        let quantityKeys = Self.quantityKeys
        let reportingVerbs = Self.reportingVerbs
        let roleModifiedNouns = Self.roleModifiedNouns
        let sentenceStarterKeys = Self.sentenceStarterKeys
        let speechVerbKeys = Self.speechVerbKeys
        let targetPrepositions = Self.targetPrepositions
        let theKey = Self.theKey
        let titleModifiers = Self.titleModifiers
        let rankWords = Self.rankWords
        let toKey = Self.toKey
        let whoKey = Self.whoKey
        let relativeBodyKeys = Self.relativeBodyKeys
        let bodyHeadKeys = ActorResolver.bodyHeads
        let seatedRulerWords = Self.seatedRulerWords
        let withKey = Self.withKey
        findings.entities.reserveCapacity(64)
        findings.names.reserveCapacity(32)
        findings.titled.reserveCapacity(16)
        let tokens = segmentation.tokens
        document.utf8.withUnsafeBufferPointer { bytes in
            func text(_ t: Token) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[t.range]), as: UTF8.self) }
            let keys = segmentation.keys
            func key(_ i: Int) -> UInt64 { keys[i] }
            // Per token, for the whole document (sentences never share tokens): covered by a
            // title, and the match starting there (an index into its sentence's matches).
            // (Buffers, not arrays: the nested readers below capture them, and a captured array would be
            // checked for exclusive access on every read.)
            let coveredFlags = UnsafeMutableBufferPointer<Bool>.allocate(capacity: tokens.count)
            coveredFlags.initialize(repeating: false)
            defer { coveredFlags.deallocate() }
            /// Demonyms that follow a state's name or demonym ("Bosnian Serbs"): ethnicities.
            let ethnicityStart = UnsafeMutableBufferPointer<Bool>.allocate(capacity: tokens.count)
            ethnicityStart.initialize(repeating: false)
            defer { ethnicityStart.deallocate() }
            /// For the second demonym of "US and British forces", where the shared title starts.
            var listTitleStart: [Int: Int] = [:]
            let startingMatch = UnsafeMutableBufferPointer<Int32>.allocate(capacity: tokens.count)
            startingMatch.initialize(repeating: -1)
            defer { startingMatch.deallocate() }
            // Every sentence's matches in one buffer, read through a view per sentence.
            var allMatches: [PhraseMatcher<DictionaryEntry>.Match] = []
            // (News has about one match in ten tokens: one allocation for most documents.)
            allMatches.reserveCapacity(max(16, tokens.count / 8))
            var matchBounds: [Range<Int>] = []
            matchBounds.reserveCapacity(segmentation.sentences.count)
            for sentence in segmentation.sentences {
                let start = allMatches.count
                matcher.matches(in: sentence.tokens, tokens: tokens, keys: keys, bytes: bytes, appendingTo: &allMatches)
                matchBounds.append(start..<allMatches.count)
            }
            // (The tokens and keys read through buffers from here on: the nested readers below run per token.)
            segmentation.tokens.withUnsafeBufferPointer { tokens in
            keys.withUnsafeBufferPointer { keys in
            func key(_ i: Int) -> UInt64 { keys[i] }
            allMatches.withUnsafeBufferPointer { all in
                for (s, sentence) in segmentation.sentences.enumerated() {
                    let matches = UnsafeBufferPointer(rebasing: all[matchBounds[s]])
                    let range = sentence.tokens
                    for (n, m) in matches.enumerated() where m.bytes.lowerBound == Int(tokens[m.tokens.lowerBound].start) {
                        startingMatch[m.tokens.lowerBound] = Int32(n)
                    }
                    func matchStarting(_ k: Int) -> Int? {
                        k < range.upperBound && startingMatch[k] >= 0 ? Int(startingMatch[k]) : nil
                    }
                    func isCovered(_ k: Int) -> Bool { coveredFlags[k] }
                    func cover(_ r: Range<Int>) { for k in r { coveredFlags[k] = true } }
                    func entry(_ m: PhraseMatcher<DictionaryEntry>.Match) -> DictionaryEntry { m.payload }
                    func isRole(_ n: Int?) -> Int? {
                        guard let n else { return nil }
                        if case .role(let r) = entry(matches[n]) { return r }
                        return nil
                    }
                    /// Consecutive role matches from token k: their indices and end.
                    func roles(from k: Int) -> (roles: RoleList, end: Int)? {
                        var k = k
                        var found = RoleList()
                        while k < range.upperBound, !found.isFull, let n = matchStarting(k), let r = isRole(n) {
                            // ("leader of the opposition People's Democratic Alliance": a name's word ends the roles.)
                            if !found.isEmpty, tokens[k].has(.capitalized), matches[n].tokens.upperBound + 1 < range.upperBound,
                               tokens[matches[n].tokens.upperBound].has(.possessive),
                               tokens[matches[n].tokens.upperBound + 1].has(.capitalized) { break }
                            // ("Defence Minister Amir Ben-Ari": a ruler's title in capitals after an office, before a name,
                            // is the name's first word.)
                            if let last = found.last, isPersonRole[last], self.roles[r].name == "king", tokens[k].has(.capitalized),
                               !tokens[k].has(.allCaps), matches[n].tokens.count == 1, k + 1 < range.upperBound,
                               tokens[k + 1].has(.capitalized) { break }
                            // ("after soldiers ousted President Mohamed Bazoum": a word in -ed after people's role is their verb,
                            // not the start of the next office; "an ethnic minority armed group" is one.)
                            if let last = found.last, isPersonRole[last], tokens[k].has(.lowercase), Self.endsInEd(tokens[k], bytes) { break }
                            found.append(r)
                            k = matches[n].tokens.upperBound
                        }
                        return found.isEmpty ? nil : (found, k)
                    }
                    /// ("ECOWAS Commission President X": an organ of a body, between the body's name and a role, that is the body's.)
                    func isOrganBeforeRole(_ j: Int) -> Bool {
                        j + 1 < range.upperBound && tokens[j].has(.capitalized) && bodyHeadKeys.contains(key(j))
                            && roles(from: j) == nil && roles(from: j + 1) != nil
                    }
                    func skipModifiers(_ k: Int) -> Int {
                        var k = k
                        while k < range.upperBound {
                            // (Not a modifier that starts a role of its own: "senior official", "chief of staff".)
                            if titleModifiers.contains(key(k)), isRole(matchStarting(k)) == nil {
                                k += 1
                            } else if ethnicityStart[k], let n = matchStarting(k) {
                                // "Croatian Serb refugees": the ethnicity describes the group.
                                k = matches[n].tokens.upperBound
                            } else {
                                break
                            }
                        }
                        return k
                    }
                    /// Where a person's role starts after one or two words in lower case no dictionary knows ("the UN
                    /// emergency relief coordinator", "Russia's human rights commissioner"), when `closes` accepts the token
                    /// after the role; nil otherwise.
                    func personRole(afterUnknownWordsAt j: Int, limit: Int, closes: (Int) -> Bool) -> Int? {
                        for extra in 1...2 where j + extra < limit
                            && (j..<(j + extra)).allSatisfy({ tokens[$0].has(.lowercase) && tokens[$0].has(.word)
                                && !tokens[$0].has(.hyphenated) && matchStarting($0) == nil }) {
                            if let (roleList, roleEnd) = roles(from: j + extra), isPersonRole[roleList.last!], closes(roleEnd) {
                                return j + extra
                            }
                        }
                        return nil
                    }
                    /// Where a capitalised person's role starts after up to three capitalised words no dictionary
                    /// knows, the name of a portfolio ("Disaster Management Minister", "Mining Minister"); nil otherwise.
                    /// ("EU foreign policy spokesman Markus Heller": or up to two words in lower case before a spokesperson's or
                    /// an official's role, that no verb or small word is among.)
                    /// A party's name over the capitalised role words that open it ("People Power Party", "Workers Party").
                    func partyName(_ chain: Range<Int>) -> Range<Int> {
                        var start = chain.lowerBound
                        while start - 1 >= range.lowerBound, chain.lowerBound - start < 2, tokens[start - 1].has(.capitalized),
                              !tokens[start - 1].has(.allCaps), tokens[start - 1].has(.word), !tokens[start - 1].has(.possessive),
                              let n = matchStarting(start - 1), matches[n].tokens.upperBound == start, isRole(n) != nil,
                              !isCovered(start - 1) {
                            start -= 1
                        }
                        return start..<chain.upperBound
                    }
                    func portfolioRole(at k: Int) -> Int? {
                        guard k < range.upperBound else { return nil }
                        var j = k
                        if tokens[k].has(.lowercase) {
                            while j < range.upperBound, j - k < 2, tokens[j].has(.lowercase), tokens[j].has(.word), matchStarting(j) == nil,
                                  !Self.endsInEd(tokens[j], bytes), !Self.isFunctionWord(key(j)), !Self.negationKeys.contains(key(j)) { j += 1 }
                            // (Most words after a demonym are no portfolio: a role must follow within two words.)
                            guard j > k, j < range.upperBound, matchStarting(j) != nil else { return nil }
                            // ("Seoul's unification ministry", "Russia's emergencies ministry": or a ministry's.)
                            // ("Kenya's main opposition coalition", "Algeria's leading human rights activist": or a body or a
                            // person after words of rank; not "Ukraine's second-largest military backer".)
                            guard j > k, let (found, end) = roles(from: j),
                                  agentHeads.contains(key(end - 1)) || ministryHeads.contains(key(end - 1))
                                    || (bodyHeadKeys.contains(key(end - 1)) || isPersonRole[found.last!])
                                        && (k..<j).allSatisfy({ rankWords.contains(key($0)) || Self.endsInEst(tokens[$0], bytes) })
                            else { return nil }
                            return j
                        }
                        while j < range.upperBound, j - k < 3, tokens[j].has(.capitalized) || tokens[j].has(.allCaps),
                              matchStarting(j) == nil, !tokens[j].has(.possessive), !tokens[j].has(.comma) { j += 1 }
                        guard j > k, j < range.upperBound, tokens[j].has(.capitalized), let r = isRole(matchStarting(j)),
                              isPersonRole[r] else { return nil }
                        return j
                    }
                    /// An ordinal and capitalised words ending in a unit's word ("77th Brigade", "47th Mechanized Brigade",
                    /// "3rd Army Corps"), if one starts at token `k`.
                    func numberedUnit(at k: Int) -> Range<Int>? {
                        let t = tokens[k]
                        let start = Int(t.start), end = Int(t.end)
                        guard end - start >= 3, end - start <= 6, (48...57).contains(bytes[start]),
                              Self.ordinalSuffixes.contains(UInt16(bytes[end - 2] | 0x20) << 8 | UInt16(bytes[end - 1] | 0x20))
                        else { return nil }
                        var e = k + 1
                        while e < range.upperBound, e < k + 5, tokens[e].has(.capitalized) { e += 1 }
                        guard e > k + 1, Self.unitHeads.contains(key(e - 1)) else { return nil }
                        return k..<e
                    }
                    func name(at k: Int, afterTitle: Bool = false) -> Range<Int>? {
                        guard k < range.upperBound else { return nil }
                        // A dictionary's named actor may be the name ("President Romendacil"), and so may a
                        // country's name that a surname follows ("Defence Minister Israel Katz").
                        return NameChain.chain(at: k, limit: range.upperBound, tokens: tokens, key: key,
                                               blocked: { n in
                                                   guard let m = matchStarting(n) else { return false }
                                                   switch entry(matches[m]) {
                                                   case .named, .place, .stateAnaphor, .organizationAnaphor, .neighbour: return false
                                                   // ("Hossein Amir-Abdollahian": a role's word that opens a hyphenated name is the name's.)
                                                   case .role where tokens[n].has(.hyphenated)
                                                       && matches[m].bytes.upperBound < Int(tokens[n].end):
                                                       return false
                                                   // ("Defence Minister Amir Ben-Ari": a ruler's title that opens a name after an
                                                   // office is the name's, as `roles(from:)` leaves it.)
                                                   case .role(let r) where afterTitle && n == k && self.roles[r].name == "king"
                                                       && matches[m].tokens.count == 1 && !tokens[n].has(.allCaps)
                                                       && n + 1 < range.upperBound && tokens[n + 1].has(.capitalized):
                                                       return false
                                                   case .country where afterTitle && n == k && matches[m].tokens.count == 1 && n + 1 < range.upperBound
                                                       && tokens[n + 1].has(.capitalized) && !tokens[n].has(.possessive)
                                                       && matchStarting(n + 1) == nil && !tokens[n + 1].has(.possessive):
                                                       return false
                                                   // ("U.N. human rights chief Volker Turk", "Volker Turk said": a people's singular
                                                   // name after a given name is a surname.)
                                                   // ("Bill English": or an adjective's, when no capital follows.)
                                                   case .country(_, let form) where form != .name && form != .capital && n > k
                                                       && matches[m].tokens.count == 1 && !tokens[n].has(.possessive)
                                                       && (n + 1 >= range.upperBound || !tokens[n + 1].has(.capitalized))
                                                       && (afterTitle || knowledge.givenNames[text(tokens[k]).lowercased()] != nil):
                                                       return false
                                                   // ("Justice Minister Ivan Lima": a capital's name after a title and a given name is a
                                                   // surname.)
                                                   case .country(_, .capital) where afterTitle && n == k + 1 && matches[m].tokens.count == 1
                                                       && !tokens[n].has(.possessive) && (n + 1 >= range.upperBound || !tokens[n + 1].has(.capitalized))
                                                       && knowledge.givenNames[text(tokens[k]).lowercased()] != nil:
                                                       return false
                                                   default: return true
                                                   }
                                               },
                                               particleCompound: { j in Self.isParticleCompound(tokens[j], bytes) })
                    }
                    /// What may come before a role in an apposition: a determiner, a country ("Russia's",
                    /// "Dutch") and modifiers; the countries and where the role should start.
                    /// ... or an organisation ("The United Nations envoy for Sudan, Ramtane Lamamra,").
                    /// ... or "the country's" (`anaphoric`: the state named last before it).
                    func roleLead(at start: Int) -> (countries: CountryCandidates, organization: Int?, anaphoric: Bool, roleStart: Int) {
                        var j = start
                        let determiner = j < range.upperBound && (determinerKeys.contains(key(j)) || possessivePronouns.contains(key(j))
                            || key(j) == Self.whoseKey)
                        if determiner { j += 1 }
                        // ("The 15-member bloc's secretary-general": over a number's compound.)
                        if determiner, j + 1 < range.upperBound, tokens[j].has(.hyphenated),
                           (48...57).contains(bytes[Int(tokens[j].start)]) { j += 1 }
                        // "the union's commissioner", "the group's advocacy director": a body's possessive, as "its".
                        // (Not a person's role: "the minister's aide" is no body's.)
                        let possessor = j < range.upperBound ? matchStarting(j) : nil
                        // ("the group's Libya researcher", "the agency's deputy representative": a body's noun too.)
                        if determiner, j + 2 < range.upperBound, tokens[j].has(.lowercase), tokens[j + 1].has(.possessive),
                           tokens[j + 1].has(.clitic), possessor == nil || isRole(possessor).map({ !isPersonRole[$0] }) == true
                            || possessor.map({ if case .organizationAnaphor = entry(matches[$0]) { true } else { false } }) == true {
                            j += 2
                        }
                        // A person's possessive as a determiner: "Navalny's spokeswoman, Kira Yarmysh,".
                        else if j + 2 < range.upperBound, tokens[j].has(.capitalized), matchStarting(j) == nil,
                                tokens[j + 1].has(.possessive), tokens[j + 1].has(.clitic) {
                            j += 2
                        }
                        // An office's possessive before another role: "the secretary-general's special envoy for Haiti" is
                        // the envoy, whose state is not named.
                        else if determiner, let p = possessor, isRole(p) != nil, matches[p].tokens.upperBound + 1 < range.upperBound,
                                tokens[matches[p].tokens.upperBound].has(.possessive), tokens[matches[p].tokens.upperBound].has(.clitic),
                                roles(from: skipModifiers(matches[p].tokens.upperBound + 1)) != nil {
                            j = matches[p].tokens.upperBound + 1
                        }
                        // Modifiers may come first too: "a senior Hamas official", "the former Russian president".
                        let afterModifiers = skipModifiers(j)
                        if afterModifiers > j, let cn = matchStarting(afterModifiers) {
                            switch entry(matches[cn]) {
                            case .country(_, let form) where form != .capital: j = afterModifiers
                            case .organization: j = afterModifiers
                            default: break
                            }
                        }
                        var countries = CountryCandidates.none
                        var organization: Int?
                        var anaphoric = false
                        if let cn = matchStarting(j) {
                            // ("Seoul's foreign ministry", "Moscow's ambassador": a capital's possessive before a role is its state's.)
                            let end = matches[cn].tokens.upperBound
                            let possessive = tokens[end - 1].has(.possessive) || end < range.upperBound && tokens[end].has(.possessive)
                            switch entry(matches[cn]) {
                            case .country(let cs, let form) where form != .capital || possessive && !determiner:
                                countries = cs
                            case .organization(let o):
                                organization = o
                            case .stateAnaphor where determiner && matches[cn].tokens.upperBound < range.upperBound
                                && tokens[matches[cn].tokens.upperBound].has(.possessive):
                                anaphoric = true
                            // ("Lt Col X, the Jammu-based defence spokesperson": the place an office is based in gives its state.)
                            case .place(let f) where determiner && Self.isBasedCompound(matches[cn], tokens, bytes)
                                && leadingPlaceCountry(f) != nil:
                                countries = CountryCandidates(leadingPlaceCountry(f)!)
                            default:
                                return (countries, nil, false, skipModifiers(j))
                            }
                            j = matches[cn].tokens.upperBound
                            if j < range.upperBound, tokens[j].has(.possessive) { j += 1 }
                            if organization != nil, isOrganBeforeRole(j) { j += 1 }
                        }
                        // ("X, 34, an investigative reporter for ...": one describing word before the role.)
                        let k = skipModifiers(j)
                        // ("the U.N. secretary-general's special representative": the office of a side's head is the side's.)
                        if organization != nil || !countries.isEmpty, let p = matchStarting(k), isRole(p) != nil,
                           case let end = matches[p].tokens.upperBound, end + 1 < range.upperBound,
                           tokens[end].has(.possessive), tokens[end].has(.clitic), roles(from: skipModifiers(end + 1)) != nil {
                            return (countries, organization, anaphoric, skipModifiers(end + 1))
                        }
                        if roles(from: k) == nil, k + 1 < range.upperBound, tokens[k].has(.lowercase), tokens[k].has(.word),
                           matchStarting(k) == nil, !Self.isFunctionWord(key(k)), !Self.endsInEd(tokens[k], bytes), roles(from: k + 1) != nil {
                            return (countries, organization, anaphoric, k + 1)
                        }
                        return (countries, organization, anaphoric, k)
                    }
                    /// "Taiwan's official Central News Agency", "Iran's official IRNA news agency": "official" describes a
                    /// name whose last word, or the word after it, is one of `describedNouns`.
                    func officialDescribesName(_ roleEnd: Int) -> Bool {
                        guard key(roleEnd - 1) == officialKey, roleEnd < range.upperBound, tokens[roleEnd].has(.capitalized) else { return false }
                        var j = roleEnd
                        while j < min(range.upperBound, roleEnd + 4), tokens[j].has(.capitalized) { j += 1 }
                        return describedNouns.contains(key(j - 1)) || j < range.upperBound && describedNouns.contains(key(j))
                    }
                    /// After a title's roles: the person's name if the head role is a person's, the title's end, and
                    /// whether it names a person ("Israeli soldiers": a plural role without a name is a group).
                    func titleTail(_ roleList: RoleList, _ roleEnd: Int) -> (name: Range<Int>?, end: Int, isPerson: Bool) {
                        let headIsPerson = isPersonRole[roleList.last!]
                        if headIsPerson, let chain = nameAfterTitle(roleEnd) { return (chain, chain.upperBound, true) }
                        // ("Ethiopia's Ministry of Water and Energy": an institution's portfolio in capitals after "of".)
                        // ("Moldova's Bureau for Reintegration Policies", "Sweden's Ministry for Foreign Affairs": or "for".)
                        if !headIsPerson, roleEnd + 1 < range.upperBound, key(roleEnd) == ofKey || key(roleEnd) == forKey,
                           tokens[roleEnd].has(.lowercase),
                           tokens[roleEnd + 1].has(.capitalized), tokens[roleEnd - 1].has(.capitalized),
                           ActorResolver.institutionHeadKeys.contains(key(roleEnd - 1)) {
                            var j = roleEnd + 1
                            while j < range.upperBound, tokens[j].has(.capitalized) && !tokens[j].has(.possessive)
                                    || j + 1 < range.upperBound && tokens[j].has(.lowercase) && nameConnectors.contains(key(j))
                                    && tokens[j + 1].has(.capitalized) { j += 1 }
                            return (nil, j, false)
                        }
                        // ("Syria's Ministry of Foreign Affairs and Expatriates": a last word of the name after "and", that
                        // opens no name of its own.)
                        if !headIsPerson, roleEnd + 1 < range.upperBound, key(roleEnd) == andWordKey, tokens[roleEnd].has(.lowercase),
                           tokens[roleEnd - 1].has(.capitalized), tokens[roleEnd + 1].has(.capitalized), matchStarting(roleEnd + 1) == nil,
                           roleEnd + 2 >= range.upperBound || !tokens[roleEnd + 2].has(.capitalized) {
                            return (nil, roleEnd + 2, false)
                        }
                        return (nil, roleEnd, headIsPerson && !knowledge.agents.pluralWords.contains(key(roleEnd - 1)))
                    }
                    /// The name after a person's role, over a portfolio after "for" ("Under-Secretary-General for
                    /// Humanitarian Affairs Tom Fletcher"): only words of `portfolioWords`, so that no name is taken for one.
                    func nameAfterTitle(_ roleEnd: Int) -> Range<Int>? {
                        if let chain = name(at: roleEnd, afterTitle: true) { return chain }
                        // ("U.S. Ambassador to Japan Robert Whitfield", "Special Envoy for Syria X", "China's Ambassador to the United
                        // Nations Fu Cong": over the state or body the office is accredited to, before a full name.)
                        if roleEnd + 2 < range.upperBound, key(roleEnd) == toKey || key(roleEnd) == forKey, tokens[roleEnd].has(.lowercase) {
                            let at = key(roleEnd + 1) == theKey ? roleEnd + 2 : roleEnd + 1
                            if let n = matchStarting(at) {
                                switch entry(matches[n]) {
                                case .country(_, .name), .organization:
                                    let after = matches[n].tokens.upperBound
                                    if after < range.upperBound, matchStarting(after) == nil,
                                       let chain = name(at: after, afterTitle: true), chain.count >= 2 { return chain }
                                default: break
                                }
                            }
                        }
                        guard roleEnd + 2 < range.upperBound, key(roleEnd) == forKey else { return nil }
                        var j = roleEnd + 1
                        while j < range.upperBound, j - roleEnd <= 5,
                              tokens[j].has(.capitalized) && portfolioWords.contains(key(j))
                                || tokens[j].has(.lowercase) && key(j) == andWordKey && j > roleEnd + 1 { j += 1 }
                        guard j > roleEnd + 1, j < range.upperBound, key(j - 1) != andWordKey, matchStarting(j) == nil,
                              let chain = name(at: j, afterTitle: true), chain.count >= 2 else { return nil }
                        return chain
                    }
                    /// What opens the phrase after an apposition's link at `link` ("for the Afghan foreign ministry",
                    /// "at Human Rights Watch", "for the opposition coalition"): a body, a state, or a collective's role.
                    func afterLink(_ link: Int, anyLink: Bool = false) -> (organization: Int?, countries: CountryCandidates, role: Int?) {
                        guard link + 1 < range.upperBound, anyLink || appositionLinks.contains(key(link)) else { return (nil, .none, nil) }
                        let at = link + 1 < range.upperBound - 1 && key(link + 1) == theKey ? link + 2 : link + 1
                        guard let n = matchStarting(at) else { return (nil, .none, nil) }
                        switch entry(matches[n]) {
                        case .organization(let o): return (o, .none, nil)
                        case .country(let cs, let form) where form == .name || form == .adjective:
                            // ("X, the leader of Kenya's opposition coalition": a collective of the state after it.)
                            var after = matches[n].tokens.upperBound
                            if after < range.upperBound, tokens[after].has(.possessive) { after += 1 }
                            if let r = matchStarting(after), case .role(let role) = entry(matches[r]), !isPersonRole[role] {
                                return (nil, cs, role)
                            }
                            return (nil, cs, nil)
                        case .role(let r) where !isPersonRole[r]: return (nil, .none, r)
                        // ("X, the governor of Saratov", "the mayor of Kyiv": the state of the place the office is of.)
                        case .country(let cs, .capital) where key(link) == ofKey: return (nil, cs, nil)
                        case .place(let f) where key(link) == ofKey:
                            return (nil, leadingPlaceCountry(f).map { CountryCandidates($0) } ?? .none, nil)
                        default: return (nil, .none, nil)
                        }
                    }
                    func countryAfterOf(_ k: Int, ofAt: Int? = nil) -> Int? {
                        guard k + 1 < range.upperBound, key(ofAt ?? k) == ofKey, let n = matchStarting(k + 1),
                              case .country(let cs, let form) = entry(matches[n]), form == .name, cs.count == 1 else { return nil }
                        return cs[0]
                    }

                    /// The state of the country or place named at token `j` ("the West Bank", "Baghdad"), with
                    /// the end of its name.
                    func placeCountry(at j: Int) -> (country: Int, end: Int)? {
                        var j = j
                        if j < range.upperBound, determinerKeys.contains(key(j)), j + 1 < range.upperBound { j += 1 }
                        guard j < range.upperBound, let n = matchStarting(j) else { return nil }
                        let end = matches[n].tokens.upperBound
                        switch entry(matches[n]) {
                        case .country(let cs, let form) where cs.count == 1 && (form == .name || form == .capital):
                            // A capital that is also a city elsewhere ("Tripoli") needs the story's context; a small
                            // town of the name (Moscow, Idaho) does not count.
                            if form == .capital {
                                if let f = knowledge.places.form(bytes: UnsafeBufferPointer(rebasing: bytes[matches[n].bytes])),
                                   knowledge.places.forms[f].places.contains(where: { knowledge.places.places[$0].population >= 100_000 }) {
                                    return nil
                                }
                            }
                            return (cs[0], end)
                        case .place(let f):
                            // ("the Abu Salim district": a town's name heading a longer name is not the town.)
                            if end < range.upperBound, tokens[end].has(.capitalized), tokens[end].has(.spaceBefore), matchStarting(end) == nil {
                                return nil
                            }
                            return leadingPlaceCountry(f).map { ($0, end) }
                        default:
                            return nil
                        }
                    }
                    /// "Demonstrators in Baghdad", "police in the West Bank", "troops from Chad and Niger": the
                    /// states of the places after "in" or "from".
                    func countriesAfterIn(_ k: Int, of: Bool = false) -> (countries: CountryCandidates, end: Int) {
                        guard k + 1 < range.upperBound, of ? key(k) == ofKey : key(k) == inKey || key(k) == fromKey,
                              var found = placeCountry(at: k + 1) else { return (.none, k) }
                        var countries = CountryCandidates(found.country)
                        while found.end + 1 < range.upperBound {
                            var next = found.end
                            guard key(next) == andWordKey || tokens[next].has(.comma) else { break }
                            next += 1
                            if tokens[next - 1].has(.comma), next < range.upperBound, key(next) == andWordKey { next += 1 }
                            guard let more = placeCountry(at: next) else { break }
                            if !countries.contains(more.country) { countries.append(more.country) }
                            found = more
                        }
                        return (countries, found.end)
                    }

                    var n = 0
                    while n < matches.count {
                        let m = matches[n]
                        let e = entry(m)
                        var possessive = false
                        // ("The Philippines' National Security Council": a plural's apostrophe is its possessive too.)
                        if m.tokens.upperBound < range.upperBound, tokens[m.tokens.upperBound].has(.possessive),
                           tokens[m.tokens.upperBound].has(.clitic) || !tokens[m.tokens.upperBound].has(.word)
                            && m.bytes.upperBound == Int(tokens[m.tokens.upperBound].start) {
                            possessive = true
                        }
                        // "Uganda People's Defence Force": a state's name heading the name of a body of another state is
                        // the first state's own body, not that one (Myanmar's People's Defence Force).
                        if case .organization(let o) = e, n > 0, matches[n - 1].tokens.upperBound == m.tokens.lowerBound,
                           case .country(let states, .name) = entry(matches[n - 1]), m.tokens.lowerBound > range.lowerBound,
                           !tokens[m.tokens.lowerBound - 1].has(.possessive),
                           let own = knowledge.countries.index[String(knowledge.organizations.organizations[o].code.prefix(3))],
                           !states.contains(own) {
                            n += 1
                            continue
                        }
                        if case .country(_, let form) = e, m.tokens.upperBound <= range.upperBound {
                            // "Amnesty International Kenya", "Save the Children UK": a body's national branch, not the state.
                            if form == .name, n > 0, matches[n - 1].tokens.upperBound == m.tokens.lowerBound,
                               case .organization = entry(matches[n - 1]), tokens[m.tokens.lowerBound].has(.capitalized),
                               m.bytes.lowerBound == Int(tokens[m.tokens.lowerBound].start) {
                                n += 1
                                continue
                            }
                            let next = m.tokens.upperBound
                            // "The Bishkek Declaration", "the Minsk Agreements": a capital heading a name no dictionary
                            // knows is part of that name, not its state.
                            if form == .capital, !possessive, next < range.upperBound, tokens[next].has(.capitalized),
                               tokens[next].has(.spaceBefore), matchStarting(next) == nil,
                               m.bytes.lowerBound == Int(tokens[m.tokens.lowerBound].start) {
                                n += 1
                                continue
                            }
                            // ("attend the Brussels meeting", "the Doha talks": a capital after an article that describes a
                            // noun no dictionary knows is where, not who.)
                            if form == .capital, !possessive, m.tokens.lowerBound > range.lowerBound,
                               determinerKeys.contains(key(m.tokens.lowerBound - 1)), next < range.upperBound,
                               tokens[next].has(.lowercase), tokens[next].has(.word), matchStarting(next) == nil,
                               !Self.isFunctionWord(key(next)) {
                                n += 1
                                continue
                            }
                            // "the US dollar", "US $50 million", "the Russian language": no actor.
                            if next < range.upperBound, nonActorHeads.contains(key(next)),
                               form == .adjective || form == .people || dollarKeys.contains(key(next)) { n += 1; continue }
                            // "ethnic Albanians": an ethnicity, not the state; "Bosnian Serbs", "Kosovo Albanians":
                            // the first word is the state, the second an ethnicity within it.
                            let ethnic = m.tokens.lowerBound > range.lowerBound && key(m.tokens.lowerBound - 1) == ethnicKey
                            let afterState = (form == .adjective || form == .people) && m.tokens.lowerBound > range.lowerBound
                                && ethnicityStart[m.tokens.lowerBound]
                            if ethnic || afterState { n += 1; continue }
                            if form != .capital, form != .people, let following = matchStarting(next),
                               case .country(_, let nextForm) = entry(matches[following]),
                               nextForm == .adjective || nextForm == .people, !tokens[m.tokens.upperBound - 1].has(.possessive) {
                                ethnicityStart[next] = true
                            }
                        }
                        switch e {
                        case .ignored:
                            break
                        case .neighbour:
                            // "its neighbour", "its eastern neighbour"
                            var its = m.tokens.lowerBound - 1
                            if its > range.lowerBound, key(its) != itsKey, tokens[its].has(.lowercase) { its -= 1 }
                            guard its >= range.lowerBound, key(its) == itsKey, m.tokens.count == 1 else { break }
                            findings.neighbours.append((its..<m.tokens.upperBound, sentence.index))
                        case .organizationAnaphor:
                            // "the bloc", "the alliance's": resolved to the body named last before it.
                            // ("The al Qaeda-linked group", "the armed group": over a compound or a describing word.)
                            var the = m.tokens.lowerBound - 1
                            let head = key(m.tokens.lowerBound)
                            // ("the 16-member bloc", "the 27-nation union": over a compound before any body's noun.)
                            while the > range.lowerBound, m.tokens.lowerBound - the <= 3, key(the) != theKey,
                                  tokens[the].has(.hyphenated) || movementAnaphorKeys.contains(head) && movementDescriptions.contains(key(the)) {
                                the -= 1
                            }
                            guard the >= range.lowerBound, key(the) == theKey,
                                  m.tokens.count == 1, !tokens[m.tokens.lowerBound].has(.capitalized) else { break }
                            findings.bodyAnaphors.append((the..<m.tokens.upperBound, sentence.index,
                                                          namedBodyAnaphorKeys.contains(head) || movementAnaphorKeys.contains(head)
                                                              ? head : nil))
                        case .stateAnaphor:
                            // "the country's president", "the island's defence ministry": a title whose state is the
                            // one named last before it.
                            guard possessive, m.tokens.lowerBound > range.lowerBound,
                                  determinerKeys.contains(key(m.tokens.lowerBound - 1)),
                                  !tokens[m.tokens.lowerBound].has(.capitalized) || m.tokens.lowerBound - 1 == range.lowerBound
                            else { break }
                            let roleStart = skipModifiers(m.tokens.upperBound + 1)
                            guard let (roleList, roleEnd) = roles(from: roleStart) else { break }
                            let (personName, end, isPerson) = titleTail(roleList, roleEnd)
                            findings.titled.append(TitledCandidate(
                                countries: .none, organization: nil, roles: roleList, name: personName,
                                tokens: (m.tokens.lowerBound - 1)..<end, roleTokens: roleStart..<roleEnd, sentence: sentence.index,
                                isPerson: isPerson, anaphoric: true))
                            cover((m.tokens.lowerBound - 1)..<end)
                            while n + 1 < matches.count, matches[n + 1].tokens.lowerBound < roleEnd { n += 1 }
                        case .country, .organization, .named, .place:
                            findings.entities.append((m, e, sentence.index, possessive))
                            // A whole token (not a hyphen part) may head a title, and not the first part of a
                            // compound that describes ("Turkish-backed forces" are not Turkey's).
                            guard m.bytes.lowerBound == Int(tokens[m.tokens.lowerBound].start),
                                  !Self.describesOnly(m, tokens, bytes) else { break }
                            var countries = CountryCandidates.none
                            var organization: Int?
                            var named: Int?
                            if case .country(let cs, let form) = e, form != .capital, form != .people { countries = cs }
                            // ("Seoul's foreign ministry", "Moscow's ambassador": a capital's possessive before a role is its state's.)
                            if case .country(let cs, .capital) = e, possessive { countries = cs }
                            // ("The Seoul High Court said", "the Seoul Central District Prosecutors' Office": a capital before a
                            // body's capitalised name is the body's state.)
                            var capitalLed = false
                            if case .country(let cs, .capital) = e, !possessive, m.tokens.upperBound < range.upperBound,
                               tokens[m.tokens.upperBound].has(.capitalized) {
                                countries = cs
                                capitalLed = true
                            }
                            if case .organization(let o) = e { organization = o }
                            if case .named(let a) = e { named = a }
                            // "Darfur rebels", "Gaza residents": a place before a role gives its state.
                            if case .place(let f) = e, m.tokens.count > 1 || !surnameKeys.contains(key(m.tokens.lowerBound)),
                               let country = leadingPlaceCountry(f) {
                                countries = CountryCandidates(country)
                            }
                            guard !countries.isEmpty || organization != nil || named != nil else { break }
                            var roleStart = skipModifiers(m.tokens.upperBound + (possessive ? 1 : 0))
                            var found = roles(from: roleStart)
                            if found == nil, organization != nil, isOrganBeforeRole(roleStart) {
                                roleStart += 1
                                found = roles(from: roleStart)
                            }
                            // "Bangladeshi Disaster Management Minister Farid Rahman": a portfolio's words before the role.
                            let portfolioStart = roleStart
                            if found == nil, let start = portfolioRole(at: roleStart) {
                                roleStart = start
                                found = roles(from: start)
                            }
                            // ("UNIFIL force commander Aroldo Lazaro": a word no dictionary knows between a body's name and
                            // the office of the person named after it.)
                            if found == nil, organization != nil, roleStart + 2 < range.upperBound, tokens[roleStart].has(.lowercase),
                               tokens[roleStart].has(.word), matchStarting(roleStart) == nil, !Self.isFunctionWord(key(roleStart)),
                               !Self.endsInEd(tokens[roleStart], bytes), let (roleList, roleEnd) = roles(from: roleStart + 1),
                               isPersonRole[roleList.last!], nameAfterTitle(roleEnd) != nil {
                                roleStart += 1
                                found = roles(from: roleStart)
                            }
                            if capitalLed {
                                // (Over up to two words of the body's name before its head: "Central District".)
                                var start = roleStart
                                while found == nil, start - roleStart < 2, start + 1 < range.upperBound, tokens[start].has(.capitalized) {
                                    start += 1
                                    found = roles(from: start)
                                }
                                guard let (roleList, roleEnd) = found, !isPersonRole[roleList.last!],
                                      (m.tokens.upperBound..<roleEnd).allSatisfy({ tokens[$0].has(.capitalized) || tokens[$0].has(.clitic)
                                          || !tokens[$0].has(.word) || (portfolioStart..<roleStart).contains($0) }) else { break }
                                findings.titled.append(TitledCandidate(
                                    countries: countries, organization: nil, named: nil, roles: roleList, name: nil,
                                    tokens: m.tokens.lowerBound..<roleEnd, roleTokens: start..<roleEnd, sentence: sentence.index,
                                    isPerson: false))
                                cover(m.tokens.lowerBound..<roleEnd)
                                while n + 1 < matches.count, matches[n + 1].tokens.lowerBound < roleEnd { n += 1 }
                                break
                            }
                            guard let (roleList, roleEnd) = found else {
                                // "US and British forces", "Japanese and South Korean officials": a demonym joined by
                                // "and" to one that heads a plural role shares that role, over the whole phrase.
                                // (A full name does not: "Israel and Palestinian militants" are two sides.)
                                let and = m.tokens.upperBound
                                let firstIsModifier: Bool = {
                                    guard case .country(_, let form) = e else { return false }
                                    return form == .adjective || form == .name && (tokens[m.tokens.lowerBound].has(.allCaps)
                                        || bytes[Int(tokens[m.tokens.upperBound - 1].end) - 1] == UInt8(ascii: "."))
                                }()
                                guard !countries.isEmpty, !possessive, firstIsModifier, and + 1 < range.upperBound, key(and) == andWordKey,
                                      let second = matchStarting(and + 1), case .country(_, let secondForm) = entry(matches[second]),
                                      secondForm == .adjective || secondForm == .name,
                                      let (sharedRoles, sharedEnd) = roles(from: skipModifiers(matches[second].tokens.upperBound)),
                                      knowledge.agents.pluralWords.contains(key(sharedEnd - 1)) else { break }
                                listTitleStart[and + 1] = m.tokens.lowerBound
                                findings.titled.append(TitledCandidate(
                                    countries: countries, organization: nil, named: nil, roles: sharedRoles, name: nil,
                                    tokens: m.tokens.lowerBound..<sharedEnd, roleTokens: skipModifiers(matches[second].tokens.upperBound)..<sharedEnd,
                                    sentence: sentence.index, isPerson: false))
                                break
                            }
                            // "according to Turkish official data": "official" before such a noun describes it.
                            // ("Hezbollah terrorist infrastructure": a person's role before such a noun describes it too.)
                            if roleEnd < range.upperBound, tokens[roleEnd].has(.lowercase),
                               describedNouns.contains(key(roleEnd)) && key(roleEnd - 1) == officialKey
                                || roleModifiedNouns.contains(key(roleEnd)) && isPersonRole[roleList.last!] { break }
                            if officialDescribesName(roleEnd) { break }
                            let (personName, end, isPerson) = titleTail(roleList, roleEnd)
                            let plural = personName == nil && knowledge.agents.pluralWords.contains(key(roleEnd - 1))
                            // (The second of "US and British forces" spans the whole phrase, as the first does.)
                            let titleStart = plural ? listTitleStart[m.tokens.lowerBound] ?? m.tokens.lowerBound : m.tokens.lowerBound
                            findings.titled.append(TitledCandidate(
                                countries: countries, organization: organization, named: named, roles: roleList, name: personName,
                                tokens: titleStart..<end, roleTokens: portfolioStart..<roleEnd, sentence: sentence.index,
                                isPerson: isPerson))
                            cover(m.tokens.lowerBound..<end)
                            // Skip the role matches consumed by the title.
                            while n + 1 < matches.count, matches[n + 1].tokens.lowerBound < roleEnd { n += 1 }
                        case .role:
                            // ("The army-aligned government": a role that only describes the noun after it.)
                            guard !isCovered(m.tokens.lowerBound),
                                  m.bytes.lowerBound == Int(tokens[m.tokens.lowerBound].start),
                                  !Self.describesOnly(m, tokens, bytes),
                                  let (roleList, roleEnd) = roles(from: m.tokens.lowerBound), !officialDescribesName(roleEnd) else { break }
                            // "the opposition People's Democratic Alliance": a capitalised word of a name, not the role.
                            if m.tokens.lowerBound > range.lowerBound, tokens[m.tokens.lowerBound].has(.capitalized),
                               roleEnd + 1 < range.upperBound, tokens[roleEnd].has(.possessive), tokens[roleEnd].has(.clitic),
                               tokens[roleEnd + 1].has(.capitalized), !isPersonRole[roleList.last!] { break }
                            let headIsPerson = isPersonRole[roleList.last!]
                            // ("the Refugee Rights Network": a body's name that a role word opens.)
                            if headIsPerson, let chain = nameAfterTitle(roleEnd),
                               !(tokens[m.tokens.lowerBound].has(.capitalized) && ActorResolver.bodyHeads.contains(key(chain.upperBound - 1))) {
                                var end = chain.upperBound
                                let country = countryAfterOf(end)
                                if country != nil { end += 2 }
                                // "his spokesman X": the office is in the service of the person named before.
                                let possessed = m.tokens.lowerBound > range.lowerBound
                                    && possessivePronouns.contains(key(m.tokens.lowerBound - 1))
                                // "Commodore Arnel Santos, a spokesman for the Philippine coast guard": the apposition's state or body.
                                var countries = country.map { CountryCandidates($0) } ?? .none
                                var organization: Int?
                                var office: Range<Int>?
                                if country == nil, !possessed, chain.upperBound + 2 < range.upperBound, tokens[chain.upperBound].has(.comma) {
                                    let lead = roleLead(at: chain.upperBound + 1)
                                    // (Not a speaker of the words before: "talks with Aoun and Prime Minister Nawaf Salam, a US
                                    // embassy spokesperson said.")
                                    if let (_, leadRoleEnd) = roles(from: lead.roleStart), !lead.anaphoric,
                                       leadRoleEnd >= range.upperBound || !speechVerbKeys.contains(key(leadRoleEnd)) {
                                        countries = lead.countries
                                        organization = lead.organization
                                        // ("Colonel X, the army spokesman, told": the office in apposition is the person's title
                                        // too, for "the spokesman" later; the rank's codes stay the person's.)
                                        // (Or closing the sentence: `said Lt. Col. X, a military spokesman.`)
                                        if leadRoleEnd < range.upperBound, tokens[leadRoleEnd].has(.comma) || tokens[leadRoleEnd].has(.sentenceFinal) {
                                            office = lead.roleStart..<leadRoleEnd
                                        }
                                        if countries.isEmpty, organization == nil {
                                            (organization, countries, _) = afterLink(leadRoleEnd)
                                        }
                                    }
                                }
                                findings.titled.append(TitledCandidate(
                                    countries: countries, organization: organization, roles: roleList, name: chain,
                                    tokens: m.tokens.lowerBound..<end, roleTokens: m.tokens.lowerBound..<roleEnd, officeTokens: office,
                                    sentence: sentence.index, isPerson: true, possessed: possessed))
                                cover(m.tokens.lowerBound..<end)
                            } else if headIsPerson && !knowledge.agents.pluralWords.contains(key(roleEnd - 1))
                                        // ("the Border Guard said": a person's role written as an institution's name is
                                        // the institution, a collective.)
                                        && !(m.tokens.lowerBound > range.lowerBound
                                             && (m.tokens.lowerBound..<roleEnd).allSatisfy({ tokens[$0].has(.capitalized) })
                                             && key(m.tokens.lowerBound - 1) == theKey && tokens[m.tokens.lowerBound - 1].has(.lowercase)) {
                                // After a preposition a person needs an article ("to the official"): "according to
                                // official Kazakh figures" names no one.
                                var before = m.tokens.lowerBound - 1
                                while before > range.lowerBound, titleModifiers.contains(key(before)) { before -= 1 }
                                if before >= range.lowerBound, tokens[before].has(.lowercase), prepositionKeys.contains(key(before)) { break }
                                findings.nominals.append(NominalMention(
                                    role: self.roles[roleList.last!], range: Int(tokens[m.tokens.lowerBound].start)..<Int(tokens[roleEnd - 1].end),
                                    tokens: m.tokens.lowerBound..<roleEnd, sentence: sentence.index))
                            } else if m.tokens.lowerBound > range.lowerBound, key(m.tokens.lowerBound - 1) == itsKey,
                                      roleEnd < range.upperBound, speechVerbKeys.contains(key(roleEnd)) {
                                // "China will require licences ..., its Commerce Ministry said": the body of the state
                                // that opens the sentence.
                                findings.titled.append(TitledCandidate(
                                    countries: .none, organization: nil, roles: roleList, name: nil,
                                    tokens: m.tokens.lowerBound..<roleEnd, roleTokens: m.tokens.lowerBound..<roleEnd,
                                    sentence: sentence.index, isPerson: false, anaphoric: true, ofSubject: true))
                                cover(m.tokens.lowerBound..<roleEnd)
                            } else {
                                // "Police fired tear gas", "The army said": a collective without a country of its own,
                                // as a clause's subject (at the sentence's start or after a comma), not a compound's
                                // first word ("police station").
                                var before = m.tokens.lowerBound - 1
                                // ("The unification ministry said": a body's portfolio no dictionary knows, between the article
                                // and the body's word, is part of its name.)
                                var groupStart = m.tokens.lowerBound
                                if !isPersonRole[roleList.last!], before - 1 >= range.lowerBound, tokens[before].has(.lowercase),
                                   tokens[before].has(.word), !tokens[before].has(.hyphenated), matchStarting(before) == nil,
                                   !Self.isFunctionWord(key(before)), !Self.endsInEd(tokens[before], bytes),
                                   !titleModifiers.contains(key(before)), !quantifierWords.contains(key(before)),
                                   determinerKeys.contains(key(before - 1)) {
                                    groupStart = before
                                    before -= 1
                                }
                                // ("the eastern-based House of Representatives": over a compound that describes it.)
                                if before > range.lowerBound, tokens[before].has(.hyphenated), tokens[before].has(.lowercase),
                                   determinerKeys.contains(key(before - 1)) { before -= 1 }
                                // ("Islamist insurgents attacked", "the Shiite militiamen": over a word of faith, creed or arms
                                // that describes the group.)
                                while groupStart == before + 1, before >= range.lowerBound,
                                      Self.groupModifierKeys.contains(key(before)), tokens[before].has(.word) {
                                    groupStart = before
                                    before -= 1
                                }
                                if before >= range.lowerBound, determinerKeys.contains(key(before)) { before -= 1 }
                                // ("His government expelled": "his" or "her" as an article, the group of the person named last.)
                                var possessed = before >= range.lowerBound && groupStart == m.tokens.lowerBound && before == groupStart - 1
                                    && Self.personalPossessives.contains(key(before))
                                if possessed { before -= 1 }
                                // ("Hasina's government had imposed", "Sharaa's commanders said": so is a name in the possessive
                                // that no dictionary knows, or knows only as a town's.)
                                if !possessed, before - 1 >= range.lowerBound, before == groupStart - 1, tokens[before].has(.possessive),
                                   tokens[before].has(.clitic) {
                                    var nameStart = before
                                    while nameStart - 1 >= range.lowerBound, before - nameStart < 4, tokens[nameStart - 1].has(.word),
                                          tokens[nameStart - 1].has(.capitalized), !tokens[nameStart - 1].has(.allCaps),
                                          matchStarting(nameStart - 1).map({ if case .place = entry(matches[$0]) { true } else { false } }) ?? true,
                                          !NameChain.notNameKeys.contains(key(nameStart - 1)) {
                                        nameStart -= 1
                                    }
                                    if nameStart < before, nameStart - 1 < range.lowerBound || !tokens[nameStart - 1].has(.capitalized) {
                                        possessed = true
                                        before = nameStart - 1
                                    }
                                }
                                // ("Heavily armed gangs attacked", "Suspected militants": a clause's first word, capitalised only
                                // by where it stands, that ends in -ly or -ed describes the group.)
                                if before == groupStart - 1, before >= range.lowerBound, tokens[before].has(.capitalized),
                                   tokens[m.tokens.lowerBound].has(.lowercase),
                                   !tokens[before].has(.allCaps), matchStarting(before) == nil,
                                   before == range.lowerBound || tokens[before - 1].has(.comma) || tokens[before - 1].has(.dash),
                                   Self.endsInEd(tokens[before], bytes) || Self.endsInLy(tokens[before], bytes) {
                                    groupStart = before
                                    before -= 1
                                }
                                // "Hundreds of protesters", "tens of thousands of demonstrators": a quantity opens the phrase.
                                while before - 1 >= range.lowerBound, key(before) == ofKey, quantityKeys.contains(key(before - 1)) {
                                    before -= 2
                                }
                                // ("Several thousand protesters", "at least 5,000 demonstrators": or a number right before it; not
                                // for civilians, whose numbers are mostly of victims, of no state the sentence tells.)
                                if before >= range.lowerBound, quantityKeys.contains(key(before)) || tokens[before].has(.number)
                                    || Self.numberWords.contains(key(before)) && isOppositionRole[roleList.last!],
                                   !isLocalRole[roleList.last!] || isOppositionRole[roleList.last!] {
                                    before -= 1
                                    while before >= range.lowerBound, tokens[before].has(.number) || quantityKeys.contains(key(before))
                                            || Self.approximateWords.contains(key(before)) || quantifierWords.contains(key(before)) {
                                        before -= 1
                                    }
                                }
                                // (Also after a quotation's closing mark: `"...," the ministry added`.)
                                let subjectPosition = before < range.lowerBound || tokens[before].has(.comma) || tokens[before].has(.dash)
                                    || tokens[before].has(.quote) && !tokens[before].has(.possessive)
                                    // ("Later the unification ministry said": or after an adverb of time that opens the sentence.)
                                    || before == range.lowerBound && tokens[before].has(.capitalized) && Self.openingAdverbs.contains(key(before))
                                let compound = roleEnd < range.upperBound && tokens[roleEnd].has(.lowercase)
                                    && compoundHeads.contains(key(roleEnd))
                                // Or after a conjunction that opens a clause ("as authorities in Croatia cracked down").
                                // (Or as a passive's agent: "was arrested by police in Baku".)
                                // (Or as a verb's object: "accused the army of", "clashed with police", "attacked troops".)
                                // (Armed forces and police only: a state's civilians, migrants or reporters as an object
                                // are as often another state's. Not police "clashed with" by protesters, who riot.)
                                // ("shared intelligence": what spies gather, not who they are.)
                                // (Protesters and civilians too, after "at", "on" or "against": "fired tear gas at
                                // protesters", "cracked down on demonstrators".)
                                // (The opposition too: "accused the opposition of", "arrested protesters" are the story's own.)
                                let object = before > range.lowerBound && tokens[before].has(.lowercase)
                                    && ((isArmedRole[roleList.last!] || isOppositionRole[roleList.last!])
                                        && key(m.tokens.lowerBound) != intelligenceKey
                                        && (Self.endsInEd(tokens[before], bytes) || objectWords.contains(key(before)))
                                        && !(key(before) == withKey && isPoliceRole[roleList.last!])
                                        || isLocalRole[roleList.last!] && targetPrepositions.contains(key(before))
                                        // ("Pashinyan told lawmakers", "urged parliament", "urging the army to": a legislature,
                                        // a government or armed forces as a hearer.)
                                        || hearerVerbKeys.contains(key(before)) && isHearerBody[roleList.last!])
                                // ("The North's foreign ministry said": a body of the state "the North" stands for, wherever
                                // it stands.)
                                // ("The South's unification ministry": over a word of the body's own.)
                                let ownWord = groupStart == m.tokens.lowerBound && before - 1 >= range.lowerBound
                                    && tokens[before].has(.lowercase) && tokens[before].has(.word) && !tokens[before].has(.hyphenated)
                                    && !Self.isFunctionWord(key(before)) && !Self.endsInEd(tokens[before], bytes)
                                    && tokens[before - 1].has(.possessive)
                                let owner = ownWord ? before - 1 : before
                                if groupStart == m.tokens.lowerBound, owner - 2 >= range.lowerBound, tokens[owner].has(.possessive),
                                   tokens[owner].has(.clitic), key(owner - 2) == theKey,
                                   key(owner - 1) == Self.northKey || key(owner - 1) == Self.southKey, !compound {
                                    findings.bareGroups.append((roles: roleList, tokens: (owner - 2)..<roleEnd, country: nil,
                                                                sentence: sentence.index, listEnd: nil, ownWords: ownWord, possessed: false,
                                                                compass: key(owner - 1) == Self.northKey))
                                    while n + 1 < matches.count, matches[n + 1].tokens.lowerBound < roleEnd { n += 1 }
                                    n += 1
                                    continue
                                }
                                let clauseStart = subjectPosition || clauseOpeners.contains(key(before))
                                    || reportingVerbs.contains(key(before)) || key(before) == byKey || object
                                // ("was summoned to the foreign ministry in Dhaka": a body whose capital follows is that state's
                                // wherever it stands.)
                                // (After "the": "its forces in Lebanon" are its own.)
                                // ("asked the authorities in Kabul to act": and a state's rulers named by where they sit.)
                                let locatedBody = (bodyHeadKeys.contains(key(roleEnd - 1)) || seatedRulerWords.contains(key(roleEnd - 1)))
                                    && !isArmedRole[roleList.last!]
                                    && roleEnd + 1 < range.upperBound
                                    && groupStart > range.lowerBound && key(groupStart - 1) == theKey
                                    && key(roleEnd) == inKey && countriesAfterIn(roleEnd).countries.count == 1
                                // "the foreign ministers of Russia and China": one group per state of a list after "of".
                                if (clauseStart || locatedBody) && !compound {
                                    let ofList: (countries: CountryCandidates, end: Int) = countryAfterOf(roleEnd) != nil
                                        ? countriesAfterIn(roleEnd, of: true) : (.none, roleEnd)
                                    // The group's states; none found leaves one group without a state.
                                    var countries = CountryCandidates.none
                                    if ofList.countries.count > 1 {
                                        countries = ofList.countries
                                    } else if let single = countryAfterOf(roleEnd) {
                                        countries = CountryCandidates(single)
                                    } else if roleEnd + 2 < range.upperBound, key(roleEnd + 1) == theKey,
                                              let single = countryAfterOf(roleEnd + 1, ofAt: roleEnd),
                                              let n = matchStarting(roleEnd + 2),
                                              matches[n].tokens.upperBound >= range.upperBound
                                                || !tokens[matches[n].tokens.upperBound].has(.capitalized) {
                                        // ("The Armed Forces of the Philippines": over the article; not a name that goes on,
                                        // "officials of the Kenya National Union of Teachers".)
                                        countries = CountryCandidates(single)
                                    } else {
                                        countries = countriesAfterIn(roleEnd).countries
                                    }
                                    // ("In Berlin, the foreign ministry said": a collective right after an opening "In" and a place is
                                    // of the place's state; not when its words say where it is from: "In Niamey, defence ministers from
                                    // the Alliance of Sahel States".)
                                    let clauseAt = groupStart > range.lowerBound && key(groupStart - 1) == theKey ? groupStart - 1 : groupStart
                                    if countries.isEmpty, clauseAt - 3 >= range.lowerBound, tokens[clauseAt - 1].has(.comma),
                                       key(range.lowerBound) == inKey, tokens[range.lowerBound].has(.capitalized),
                                       roleEnd >= range.upperBound || key(roleEnd) != fromKey && key(roleEnd) != ofKey,
                                       let place = placeCountry(at: range.lowerBound + 1), place.end == clauseAt - 1 {
                                        countries = CountryCandidates(place.country)
                                    }
                                    // Protesters and residents are where their clause says they are: "Protesters rallied
                                    // outside the U.S. embassy in Baghdad" (the first place after "in").
                                    if countries.isEmpty, isLocalRole[roleList.last!] {
                                        var k = roleEnd
                                        while k + 1 < range.upperBound, !tokens[k].has(.sentenceFinal) {
                                            // (Not in a relative clause about someone else: "..., who lives in Moscow".)
                                            if tokens[k].has(.comma), ActorResolver.relativeWords.contains(key(k + 1)) { break }
                                            if key(k) == inKey, let place = placeCountry(at: k + 1) {
                                                countries = CountryCandidates(place.country)
                                                break
                                            }
                                            k += 1
                                        }
                                    }
                                    let listEnd = ofList.countries.count > 1 ? ofList.end : nil
                                    if countries.isEmpty {
                                        findings.bareGroups.append((roles: roleList, tokens: groupStart..<roleEnd, country: nil,
                                                                    sentence: sentence.index, listEnd: listEnd,
                                                                    ownWords: groupStart < m.tokens.lowerBound, possessed: possessed, compass: nil))
                                    }
                                    for country in countries {
                                        findings.bareGroups.append((roles: roleList, tokens: groupStart..<roleEnd, country: country,
                                                                    sentence: sentence.index, listEnd: listEnd,
                                                                    ownWords: groupStart < m.tokens.lowerBound, possessed: possessed, compass: nil))
                                    }
                                }
                            }
                            while n + 1 < matches.count, matches[n + 1].tokens.lowerBound < roleEnd { n += 1 }
                        }
                        n += 1
                    }

                    // Names not inside a title: appositions ("X, the Russian minister") or bare names.
                    var k = range.lowerBound
                    while k < range.upperBound {
                        // A name starts with a capital or an initial: most tokens are rejected here.
                        if !tokens[k].has(.capitalized) && !tokens[k].has(.initial)
                            && !(tokens[k].has(.hyphenated) && tokens[k].has(.lowercase) && Self.isParticleCompound(tokens[k], bytes)) {
                            // ("A spokesman for the 77th Brigade told": a unit named by its number is a body.)
                            if tokens[k].has(.hasDigit), let unit = numberedUnit(at: k) {
                                findings.speakers.append((unit, sentence.index))
                                k = unit.upperBound
                                continue
                            }
                            k += 1
                            continue
                        }
                        // "The North has sent troops": "the North" or "the South" alone, no name's first word ("the North
                        // Atlantic") and no compass point of a place ("the south of Lebanon" is in lower case).
                        if k > range.lowerBound, key(k) == Self.northKey || key(k) == Self.southKey, key(k - 1) == theKey,
                           k + 1 >= range.upperBound || !tokens[k + 1].has(.capitalized) {
                            findings.compassStates.append(((k - 1)..<(k + 1), sentence.index, key(k) == Self.northKey))
                            k += 1
                            continue
                        }
                        // (An acronym in brackets, "(SAC)", for the resolver's defined acronyms.)
                        if k > range.lowerBound, k + 1 < range.upperBound, tokens[k].has(.allCaps), tokens[k - 1].has(.openBracket),
                           tokens[k + 1].has(.closeBracket) {
                            findings.bracketAcronyms.append(k)
                        }
                        // Inside a dictionary match ("World Food Programme") no name starts.
                        if let n = matchStarting(k), matches[n].tokens.count > 1 {
                            if case .place = entry(matches[n]) {} else {
                                k = matches[n].tokens.upperBound
                                continue
                            }
                        }
                        guard !isCovered(k), matchStarting(k).map({ if case .place = entry(matches[$0]) { true } else { false } }) ?? true,
                              let chain = name(at: k), !chain.contains(where: { isCovered($0) }) else {
                            k += 1
                            continue
                        }
                        // "The PDCI said": an article opens no name.
                        // ("In Geneva, ...": nor does a preposition.)
                        // ("Later Rustam Karimov joined them", "But Karimov said": nor an adverb or a conjunction.)
                        if chain.count > 1, determinerKeys.contains(key(chain.lowerBound)) || prepositionKeys.contains(key(chain.lowerBound))
                            || Self.openingAdverbs.contains(key(chain.lowerBound)) || Self.openingConjunctions.contains(key(chain.lowerBound)) {
                            k += 1
                            continue
                        }
                        let single = chain.count == 1
                        if single && (sentenceStarterKeys.contains(key(chain.lowerBound)) || tokens[chain.lowerBound].has(.allCaps)) {
                            // "The PDCI said": an acronym no dictionary knows that speaks is a body of its own.
                            if tokens[chain.lowerBound].has(.allCaps), matchStarting(chain.lowerBound) == nil,
                               chain.upperBound < range.upperBound, tokens[chain.upperBound].has(.lowercase),
                               speechVerbKeys.contains(key(chain.upperBound)) {
                                findings.speakers.append((chain, sentence.index))
                            }
                            k = chain.upperBound
                            continue
                        }
                        // Preposed apposition: "A spokeswoman for the Dutch Foreign Ministry, Eva de Jong, said";
                        // "Russia's envoy to the UN, Vasily Nebenzia, told".
                        // ("said the group's director, Isa Sanusi.": or the name closes the sentence.)
                        if chain.count >= 2, chain.lowerBound - 2 >= range.lowerBound, tokens[chain.lowerBound - 1].has(.comma),
                           chain.upperBound < range.upperBound, tokens[chain.upperBound].has(.comma)
                            || speechVerbKeys.contains(key(chain.upperBound)) || tokens[chain.upperBound].has(.sentenceFinal) {
                            var start = chain.lowerBound - 2
                            while start > range.lowerBound, !tokens[start - 1].has(.comma), !tokens[start - 1].has(.quote), !tokens[start - 1].has(.colon),
                                  chain.lowerBound - start < 12 { start -= 1 }
                            // The role heads the phrase: after a determiner, modifiers or a country.
                            var (countries, organization, anaphoric, j) = roleLead(at: start)
                            // ("received the ASEAN special envoy on Myanmar, Othman Hashim,": or after the last article
                            // of the clause, as its object.)
                            // ("at the invitation of Pakistan's foreign minister, Nadia Rehman,", "met X and Kosovo's prime
                            // minister, Arben Krasniqi,": or after the last state's name that opens a role.)
                            // (Also over a role word that does not reach the name, for a person's role that does: "for a two-day
                            // official visit at the invitation of Pakistan's foreign minister, X," is no official's title.)
                            let leadEnd = roles(from: j)?.1
                            if leadEnd != chain.lowerBound - 1, start + 1 < chain.lowerBound - 2,
                               let article = ((start + 1)..<(chain.lowerBound - 2)).last(where: {
                                   determinerKeys.contains(key($0)) || possessivePronouns.contains(key($0))
                                       || matchStarting($0).map { if case .country = entry(matches[$0]) { true } else { false } } == true
                               }),
                               case let lead = roleLead(at: article), let (leadRoles, end) = roles(from: lead.roleStart),
                               leadEnd == nil || end == chain.lowerBound - 1 && isPersonRole[leadRoles.last!] {
                                (countries, organization, anaphoric, j) = lead
                            }
                            // ("Russia's human rights commissioner, Tatiana Moskalkova,": over one or two words in lower case no
                            // dictionary knows before a person's role that ends the phrase.)
                            if roles(from: j) == nil, let start = personRole(afterUnknownWordsAt: j, limit: chain.lowerBound - 1,
                                                                            closes: { $0 == chain.lowerBound - 1 }) {
                                j = start
                            }
                            // ("a Department of Homeland Security spokeswoman, Karen Aldana,": the name of a body no
                            // dictionary knows before the role, which ends the phrase.)
                            if roles(from: j) == nil, j < chain.lowerBound - 2, tokens[j].has(.capitalized) {
                                var r = j + 1
                                while r < chain.lowerBound - 1 {
                                    // ("Indonesia's Coordinating Minister for Infrastructure and Regional Development, X,": or a
                                    // portfolio's capitalised words after "for".)
                                    if let (_, end) = roles(from: r), end == chain.lowerBound - 1
                                        || end + 1 < chain.lowerBound - 1 && key(end) == forKey
                                        && ((end + 1)..<(chain.lowerBound - 1)).allSatisfy({ tokens[$0].has(.capitalized)
                                            || nameConnectors.contains(key($0)) && tokens[$0].has(.lowercase) }) { j = r; break }
                                    guard tokens[r].has(.capitalized) || nameConnectors.contains(key(r)) && tokens[r].has(.lowercase)
                                    else { break }
                                    r += 1
                                }
                            }
                            if let (roleList, roleEnd) = roles(from: j), isPersonRole[roleList.last!], roleEnd < chain.lowerBound {
                                // A country named later in the phrase ("for the Dutch Foreign Ministry"), unless a body
                                // heads it ("The United Nations envoy for Sudan": the envoy is the UN's).
                                // (Not the state an envoy is sent for: "the secretary-general's special envoy for Haiti".)
                                let posted = ActorResolver.postedAbroadWords.contains(self.roles[roleList.last!].name)
                                if countries.isEmpty && organization == nil && !anaphoric
                                    && !(posted && roleEnd < chain.lowerBound - 1 && (key(roleEnd) == toKey || key(roleEnd) == forKey)) {
                                    for c in roleEnd..<(chain.lowerBound - 1) {
                                        if let cn = matchStarting(c), case .country(let cs, let form) = entry(matches[cn]), form != .capital {
                                            countries = cs
                                            break
                                        }
                                    }
                                    // ("A spokesman for the African Union mission, Moses Kibirige,": or the body after "for"; "The
                                    // president of the ECOWAS Commission, Omar Alieu Touray,": or after "of".)
                                    if countries.isEmpty, roleEnd < chain.lowerBound - 2, key(roleEnd) == forKey || key(roleEnd) == ofKey {
                                        let at = key(roleEnd + 1) == theKey ? roleEnd + 2 : roleEnd + 1
                                        if at < chain.lowerBound - 1, let n = matchStarting(at), case .organization(let o) = entry(matches[n]) {
                                            organization = o
                                        }
                                    }
                                }
                                // ("Lula sent his chief foreign policy adviser, Celso Amorim,": after "his" or "her", the state of
                                // the person named last before.)
                                var owner = j - 1
                                while owner > start, titleModifiers.contains(key(owner)) { owner -= 1 }
                                let possessed = owner >= start && Self.personalPossessives.contains(key(owner))
                                    && countries.isEmpty && organization == nil
                                findings.titled.append(TitledCandidate(
                                    countries: countries, organization: organization, roles: roleList, name: chain,
                                    tokens: chain, roleTokens: j..<roleEnd, sentence: sentence.index, isPerson: true,
                                    anaphoric: anaphoric && countries.isEmpty, possessed: possessed))
                                cover(chain)
                                k = chain.upperBound
                                continue
                            }
                        }
                        // Apposition: Name , (the|a|an) [Country('s)] role
                        // (over an age: "Sevinj Rzayeva, 34, a reporter for ...")
                        // (Not a place opened by a preposition: "In Kirkuk, officials of the regional government said".)
                        var j = chain.upperBound
                        if j + 4 < range.upperBound, tokens[j].has(.comma), tokens[j + 1].has(.number), tokens[j + 2].has(.comma) { j += 2 }
                        // "X, who leads the opposition coalition,", "X, who heads Kenya's opposition alliance,": a relative clause
                        // of leading is the person's title, as "leader of" is, for a collective or a body led.
                        if j + 3 < range.upperBound, tokens[j].has(.comma), key(j + 1) == whoKey, Self.leadVerbKeys.contains(key(j + 2)),
                           let leaderRole {
                            let (organization, countries, side) = afterLink(j + 2, anyLink: true)
                            let at = key(j + 3) == theKey ? j + 4 : j + 3
                            if organization != nil || side != nil, let led = matchStarting(at) {
                                var ledEnd = matches[led].tokens.upperBound
                                if side != nil, ledEnd < range.upperBound, tokens[ledEnd].has(.possessive),
                                   let r = matchStarting(ledEnd + 1) { ledEnd = matches[r].tokens.upperBound }
                                findings.titled.append(TitledCandidate(
                                    countries: countries, organization: organization, roles: RoleList(side ?? leaderRole), name: chain,
                                    tokens: chain, roleTokens: matches[led].tokens.lowerBound..<ledEnd, sentence: sentence.index,
                                    isPerson: true))
                                cover(chain)
                                k = chain.upperBound
                                continue
                            }
                        }
                        // ("Leonid Slutsky, who heads the foreign affairs committee of Russia's lower house, suggested": "who" after a
                        // full name no dictionary knows makes it a person's.)
                        if chain.count >= 2, j + 2 < range.upperBound, tokens[j].has(.comma), key(j + 1) == whoKey,
                           tokens[j + 1].has(.lowercase), matchStarting(chain.lowerBound) == nil {
                            findings.speakers.append((chain, sentence.index))
                        }
                        if j + 2 < range.upperBound, tokens[j].has(.comma),
                           !(chain.lowerBound == range.lowerBound + 1 && ActorResolver.openingPrepositions.contains(key(range.lowerBound))) {
                            let countries: CountryCandidates
                            let organization: Int?
                            let anaphoric: Bool
                            (countries, organization, anaphoric, j) = roleLead(at: j + 1)
                            // ("Martin Griffiths, the UN emergency relief coordinator,": over one or two words in lower case no
                            // dictionary knows before a person's role that closes the apposition.)
                            if roles(from: j) == nil, let start = personRole(afterUnknownWordsAt: j, limit: range.upperBound, closes: {
                                $0 >= range.upperBound || tokens[$0].has(.comma) || tokens[$0].has(.sentenceFinal)
                            }) {
                                j = start
                            }
                            // The role must not have a name of its own ("X, Russian Defense Minister Y said").
                            // And the apposition closes after the role ("X, the minister, said" / "... of Y").
                            // (Nor be a title's that has one after a portfolio: "In Geneva, U.N. Under-Secretary-General for
                            // Humanitarian Affairs Tom Fletcher said".)
                            if let (roleList, roleEnd) = roles(from: j), isPersonRole[roleList.last!],
                               nameAfterTitle(roleEnd) == nil,
                               roleEnd >= range.upperBound || tokens[roleEnd].has(.comma) || tokens[roleEnd].has(.sentenceFinal)
                                || tokens[roleEnd].has(.closeBracket) || appositionLinks.contains(key(roleEnd))
                                // ("X, a senior adviser to the president": whom the office serves, not whose it is.)
                                || key(roleEnd) == toKey
                                // ("Valeria Rinaldi, a freelance photographer who was hit": a relative clause about the person.)
                                || key(roleEnd) == whoKey
                                // ("Ali Lamine Zeine, the prime minister appointed by the junta,": a participle with its agent.)
                                || roleEnd + 1 < range.upperBound && tokens[roleEnd].has(.lowercase)
                                    && Self.endsInEd(tokens[roleEnd], bytes) && key(roleEnd + 1) == byKey
                                // ("X, the Congolese communications minister and government spokesman, told": a second
                                // office after "and".)
                                // ("Lars Klingbeil, the finance minister and co-leader of the Social Democrats (SPD), struck": the
                                // second office may be of a body.)
                                || key(roleEnd) == andWordKey && roles(from: skipModifiers(roleEnd + 1)).map({ second in
                                    second.end >= range.upperBound || tokens[second.end].has(.comma)
                                        || appositionLinks.contains(key(second.end)) && tokens[second.end].has(.lowercase)
                                }) == true {
                                // "X, a senior researcher at Human Rights Watch": the body after the link is the person's.
                                // ("X, a spokesman for the Afghan foreign ministry", "X, secretary of Ukraine's ...": the
                                // state that opens that phrase.)
                                // ("X, a spokeswoman for the opposition coalition": a spokesperson's or official's side is
                                // the collective named there.)
                                var organization = organization
                                var countries = countries
                                var roleList = roleList
                                if organization == nil, countries.isEmpty {
                                    let side: Int?
                                    (organization, countries, side) = afterLink(roleEnd)
                                    if let side, agentHeads.contains(key(roleEnd - 1)) { roleList = RoleList(side) }
                                }
                                // ("Wi Sung-lac, Lee's national security adviser,": a person's possessive before the office.)
                                var lead = j
                                while lead > chain.upperBound + 2, !tokens[lead - 1].has(.possessive) { lead -= 1 }
                                let possessor = lead > chain.upperBound + 2 && tokens[lead - 1].has(.possessive) && tokens[lead - 1].has(.clitic)
                                    && tokens[lead - 2].has(.capitalized) && matchStarting(lead - 2) == nil ? lead - 2 : nil
                                findings.titled.append(TitledCandidate(
                                    countries: countries, organization: organization, roles: roleList, name: chain,
                                    tokens: chain, roleTokens: j..<roleEnd, sentence: sentence.index, isPerson: true,
                                    anaphoric: anaphoric, possessor: possessor))
                                k = chain.upperBound
                                continue
                            }
                        }
                        // A full name next to a speech verb is a person even without a title
                        // ("said Claudia Moretti", "Claudia Moretti said").
                        // "said Dr Hana Yousef": an honorific may stand between the verb and the name.
                        var before = chain.lowerBound - 1
                        if before > range.lowerBound, honorificKeys.contains(key(before)) { before -= 1 }
                        var after = chain.upperBound
                        // ("Fatima Abakar, 34, who reached Tine on Sunday, said", "Tran Van Nghia, 46, said": over an age set
                        // off by commas.)
                        if after + 3 < range.upperBound, tokens[after].has(.comma), tokens[after + 1].has(.number),
                           tokens[after + 2].has(.comma) {
                            after += 2
                        }
                        // "Ferenc Halasz, who has long opposed the sanctions, said": a relative clause between.
                        // ("The Awami League, whose activities the government banned, accused": a body's, with "whose" or
                        // "which".)
                        let stanceVerbKeys = Self.stanceVerbKeys
                        let bodyName = bodyHeadKeys.contains(key(chain.upperBound - 1))
                        func relativeThenSpeech() -> Bool {
                            after + 3 < range.upperBound && tokens[after].has(.comma)
                            && (key(after + 1) == whoKey || bodyName && relativeBodyKeys.contains(key(after + 1)))
                            && ((after + 2)..<(range.upperBound - 1)).contains { tokens[$0].has(.comma) && stanceVerbKeys.contains(key($0 + 1)) }
                        }
                        // "Luisa Ferrer, an energy analyst at a consultancy, told AFP": an apposition between.
                        // ("Petar Nikolov, co-chair of the We Continue the Change party, said": or a bare role.)
                        // ("Jimmy Cherizier, a former police officer known as "Barbecue", warned": over a nickname or a few
                        // words in quotation marks.)
                        func appositionThenSpeech() -> Bool {
                            guard after + 3 < range.upperBound, tokens[after].has(.comma),
                                  determinerKeys.contains(key(after + 1)) || tokens[after + 1].has(.lowercase) && tokens[after + 1].has(.word)
                                    // ("Wi Sung-lac, President Lee Jae Myung's national security adviser, told": or a title.)
                                    || isRole(matchStarting(after + 1)) != nil
                            else { return false }
                            let limit = min(range.upperBound - 1, after + 24)
                            var j = after + 2
                            while j < limit {
                                if tokens[j].has(.comma) { return stanceVerbKeys.contains(key(j + 1)) }
                                // (A plural's apostrophe is no quotation mark: "the Greens' co-leader".)
                                if tokens[j].has(.quote), !tokens[j].has(.possessive) {
                                    guard j + 2 < min(limit, j + 6),
                                          let close = ((j + 2)..<min(limit, j + 6)).first(where: { tokens[$0].has(.quote) }),
                                          !((j + 1)..<close).contains(where: { !tokens[$0].has(.word) }) else { return false }
                                    j = close
                                }
                                j += 1
                            }
                            return false
                        }
                        // (After "told", "assured" the name is the hearer: "told Al Jazeera".)
                        // (Not the end of a longer name: "The Kenya National Commission on Human Rights said".)
                        let endsLongerName = chain.lowerBound - 2 >= range.lowerBound && tokens[chain.lowerBound - 1].has(.lowercase)
                            && nameConnectors.contains(key(chain.lowerBound - 1)) && tokens[chain.lowerBound - 2].has(.capitalized)
                        if chain.count >= 2, !endsLongerName,
                           (after < range.upperBound && stanceVerbKeys.contains(key(after)))
                            || (after > chain.upperBound && stanceVerbKeys.contains(key(after + 1)))
                            // ("Foro Penal's director, Alfredo Romero, told EFE": a name set off before the verb.)
                            || (after + 1 < range.upperBound && tokens[after].has(.comma) && stanceVerbKeys.contains(key(after + 1))
                                && chain.lowerBound > range.lowerBound && tokens[chain.lowerBound - 1].has(.comma))
                            || (before >= range.lowerBound && speechVerbKeys.contains(key(before)) && !hearerVerbKeys.contains(key(before)))
                            || relativeThenSpeech() || appositionThenSpeech()
                            // ("Mirlande Joseph, a 38-year-old street vendor, watched", "Tran Van Nghia, 46, fled": a name
                            // given an age is a person's, whatever the verb; a pronoun may speak for them next.)
                            || chain.upperBound + 2 < range.upperBound && tokens[chain.upperBound].has(.comma)
                                && (tokens[chain.upperBound + 1].has(.number) && tokens[chain.upperBound + 2].has(.comma)
                                    || ActorResolver.indefiniteArticles.contains(key(chain.upperBound + 1))
                                        && Self.isAgeWord(tokens[chain.upperBound + 2], bytes)) {
                            findings.speakers.append((chain, sentence.index))
                        } else if chain.count == 1, !endsLongerName, before >= range.lowerBound, tokens[before].has(.lowercase),
                                  speechVerbKeys.contains(key(before)), !hearerVerbKeys.contains(key(before)),
                                  after + 2 < range.upperBound, tokens[after].has(.comma), ActorResolver.indefiniteArticles.contains(key(after + 1)),
                                  tokens[chain.lowerBound].has(.capitalized), !tokens[chain.lowerBound].has(.allCaps) {
                            // (`," said Mirlande, a 38-year-old vegetable vendor`: one name after the verb, then an apposition
                            // with "a", is someone who gave only that name.)
                            findings.speakers.append((chain, sentence.index))
                        } else if key(chain.upperBound - 1) == Self.partyKey, tokens[chain.upperBound - 1].has(.capitalized),
                                  case let party = partyName(chain), party.count >= 2,
                                  !endsLongerName, chain.upperBound >= range.upperBound || !tokens[chain.upperBound].has(.openBracket) {
                            // ("The Bangladesh Nationalist Party boycotted the vote": a name that ends in "Party" is a party's,
                            // whatever the verb; with its acronym after it, the resolver's defined acronyms make it.)
                            findings.speakers.append((party, sentence.index))
                        }
                        findings.names.append((chain, sentence.index))
                        k = chain.upperBound
                    }
                }
            }
            }
            }
        }
        return findings
    }
}

extension ActorRecognizer {
    /// Whether a match is the first part of a compound such as "Turkish-backed", "U.S.-made"
    /// (`ActorResolver.compoundModifiers`): the state describes, it does not act.
    static func describesOnly(_ m: PhraseMatcher<DictionaryEntry>.Match, _ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[m.tokens.upperBound - 1]
        guard m.bytes.upperBound < Int(token.end) else { return false }
        let rest = String(decoding: UnsafeBufferPointer(rebasing: bytes[m.bytes.upperBound..<Int(token.end)]), as: UTF8.self).lowercased()
        return ActorResolver.compoundModifiers.contains { rest.hasPrefix($0) }
    }

    /// Whether a match is the first part of a "-based" compound ("Jammu-based").
    static func isBasedCompound(_ m: PhraseMatcher<DictionaryEntry>.Match, _ tokens: UnsafeBufferPointer<Token>,
                                _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[m.tokens.upperBound - 1]
        let suffix = Array("-based".utf8)
        guard Int(token.end) - m.bytes.upperBound == suffix.count else { return false }
        return suffix.indices.allSatisfy { bytes[m.bytes.upperBound + $0] | 0x20 == suffix[$0] | 0x20 }
    }

    /// Small words and verbs of speech that no portfolio's name has ("said", "of", "the", "and", "told").
    static func isFunctionWord(_ key: UInt64) -> Bool { functionWordKeys.contains(key) }
    /// The words `isFunctionWord` accepts, in one set (one look-up, not six).
    static let functionWordKeys = KeySet(speechVerbKeys.members + prepositionKeys.members + determinerKeys.members
        + clauseOpeners.members + hearerVerbKeys.members + possessivePronouns.members)

    /// Whether a word gives an age ("38-year-old").
    static func isAgeWord(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let suffix = "-year-old".utf8
        let start = Int(token.start), end = Int(token.end)
        guard token.has(.hasDigit), end - start > suffix.count, (48...57).contains(bytes[start]) else { return false }
        var i = end - suffix.count
        for b in suffix {
            guard bytes[i] | 0x20 == b | 0x20 else { return false }
            i += 1
        }
        return true
    }

    /// Whether a word ends in "ed" ("accused", "killed"): a verb's form more often than a portfolio's word.
    static func endsInEd(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = Int(token.end)
        return end - Int(token.start) > 3 && bytes[end - 2] | 0x20 == UInt8(ascii: "e") && bytes[end - 1] | 0x20 == UInt8(ascii: "d")
    }

    /// Whether a word of more than four letters ends in "est" ("largest", "biggest"): a superlative more often than not.
    static func endsInEst(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = Int(token.end)
        return end - Int(token.start) > 4 && bytes[end - 3] | 0x20 == UInt8(ascii: "e") && bytes[end - 2] | 0x20 == UInt8(ascii: "s")
            && bytes[end - 1] | 0x20 == UInt8(ascii: "t")
    }

    /// Words of rank between a state and its body's role ("Kenya's main opposition coalition").
    static let rankWords = KeySet(words: ["main", "leading", "principal"])

    /// Whether a word of more than four letters ends in "ly" ("Heavily", "Reportedly").
    static func endsInLy(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = Int(token.end)
        return end - Int(token.start) > 4 && bytes[end - 2] | 0x20 == UInt8(ascii: "l") && bytes[end - 1] | 0x20 == UInt8(ascii: "y")
    }

    /// Whether a hyphenated token is a name particle joined to a capitalised name ("al-Sisi", "el-Baradei").
    static func isParticleCompound(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(token.start), end = Int(token.end)
        guard let hyphen = (start..<min(end, start + 5)).first(where: { bytes[$0] == UInt8(ascii: "-") }),
              hyphen + 1 < end, (65...90).contains(bytes[hyphen + 1]) else { return false }
        return NameChain.particleKeys.contains(TokenKey.hash(bytes, start..<hyphen))
    }

    /// The state of a place form that may stand for a group's home ("Darfur rebels", "demonstrators in
    /// Basra"): all places of that name lie in one state, and the largest is a city of 100,000 or a
    /// region (small towns share their names with words and surnames: "Federal", "Bush").
    func leadingPlaceCountry(_ form: Int) -> Int? { knowledge.places.leadingCountry(ofForm: form) }

    /// The role named by the words starting at token `k` ("army",
    /// "armed forces"), with the end of its words.
    func role(at k: Int, limit: Int, tokens: [Token], keys: [UInt64], bytes: UnsafeBufferPointer<UInt8>) -> (AgentRole, Int)? {
        let found = matcher.matches(in: k..<min(limit, k + 4), tokens: tokens, keys: keys, bytes: bytes)
        guard let first = found.first, first.tokens.lowerBound == k, case .role(let r) = first.payload else { return nil }
        return (self.roles[r], first.tokens.upperBound)
    }
}
