/// Finds quotations and reported speech and attributes each to a coded
/// actor.
///
/// Speakers are found next to a cue: before it ("Belousov said", "he
/// underlined"), after it ("said the minister"), or, for a participle
/// ("..., expressing confidence that ..."), in the clause it hangs on.
/// The speaker's words are resolved through the actors layer: names and
/// titles directly; "he"/"she" to the current speaker, else the latest
/// person; "the minister" to the current speaker when the role fits, else
/// the latest person with that role. Inside a quotation, first-person words
/// stand for the speaker's side ("our army", "we").
struct QuoteAttributor {
    let cues: SpeechCueTable
    let cueMatcher: PhraseMatcher<Int32>
    let recognizer: ActorRecognizer
    /// The cue whose forms are clauses of anonymity ("who asked not to be named"), if the table has it.
    let anonymityCue: Int?

    init(cues: SpeechCueTable, recognizer: ActorRecognizer) {
        self.cues = cues
        self.recognizer = recognizer
        anonymityCue = cues.cues.firstIndex { $0.cue == SpeechCueTable.anonymityCue }
        var matcher = PhraseMatcher<Int32>()
        for (n, form) in cues.forms.enumerated() { matcher.add(form.text, payload: Int32(n)) }
        self.cueMatcher = matcher
    }

    static let adverbs = KeySet(["also", "again", "further", "later", "repeatedly", "then", "once", "earlier", "had",
                              "has", "have", "was", "reportedly", "previously", "publicly", "separately",
                              "recently", "has", "firmly", "strongly", "clearly"].map(TokenKey.of))
    /// Words in -ly that are nouns or adjectives, not adverbs: a subject's last word may be one ("the assembly said").
    static let lyNouns = KeySet(words: ["ally", "rally", "assembly", "supply", "reply", "family", "anomaly", "monopoly",
                                        "daily", "weekly", "monthly", "early", "only", "holy", "homily", "italy", "july"])
    /// Adverbs set off by commas between a subject and its verb ("The embassy, meanwhile, rejected").
    static let setOffAdverbs = KeySet(words: ["meanwhile", "however", "though", "too", "also", "separately", "instead",
                                              "nevertheless", "likewise", "similarly", "for", "its", "part", "in", "turn"])
    static let personPronouns = KeySet(["he", "she", "him", "her"].map(TokenKey.of))
    /// "he", "she": a person as a clause's subject.
    static let clauseSubjectPronouns = KeySet(["he", "she"].map(TokenKey.of))
    /// Conjunctions that open a clause whose subject may be a pronoun ("after he traveled", "when she arrived").
    static let clauseConjunctions = KeySet(["after", "before", "when", "while", "as", "because", "since", "until", "once",
                                            "although", "though", "and", "but"].map(TokenKey.of))
    /// Verbs that open a clause after its subject ("said Cabral had been taken").
    static let auxiliaries = KeySet(words: ["had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "should",
                                            "might", "may", "must", "can", "did", "does"])
    static let thatKey = TokenKey.of("that")
    /// CAMEO's primary domestic roles (as the resolver's): a movement's fighters are the movement.
    static let primaryRoles: Set<String> = ["GOV", "MIL", "REB", "OPP", "UAF", "COP", "JUD", "SPY", "INS"]
    /// Words of a time phrase between a cue and its "that" ("said on Tuesday that", "added last week that").
    static let timeWords = KeySet(words: ["on", "in", "at", "last", "this", "earlier", "later", "yesterday", "today",
                                          "week", "month", "year", "morning", "afternoon", "evening", "night", "tonight",
                                          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
    static let andKey = TokenKey.of("and")
    static let inKey = TokenKey.of("in")
    static let atKey = TokenKey.of("at")
    static let ofKey = TokenKey.of("of")
    static let knownKey = TokenKey.of("known")
    /// Nouns for an unnamed source of what is said ("a security source told", "sources said").
    static let sourceKeys = KeySet(words: ["source", "sources", "insider", "insiders"])
    /// Plural people of no side who speak unnamed at the head of a sentence ("Diplomats said", "Western sources said").
    static let unnamedSourceKeys = KeySet(words: ["sources", "diplomats", "insiders", "analysts", "observers", "witnesses"])
    static let nicknamedKeys = KeySet(words: ["nicknamed", "code-named", "codenamed", "dubbed", "named"])
    /// Links between a person's role and whom the role serves ("an adviser to", "a spokesman for", "a member of").
    static let agentLinks = KeySet(words: ["to", "for", "of"])
    static let onKey = TokenKey.of("on")
    static let orKey = TokenKey.of("or")
    static let alsoKey = TokenKey.of("also")
    static let asKey = TokenKey.of("as")
    static let sayKeys = KeySet(words: ["said", "says", "say"])
    /// Verbs of acts done in words beside the recognizer's speech and stance verbs ("al-Sharaa thanked Türkiye for its
    /// "support"").
    static let moreWordActVerbs = KeySet(words: ["thanked", "expressed", "reaffirmed", "voiced", "hailed", "denounced", "assured"])
    /// Whether a word is a verb of an act done in words: a speech verb, a stance taken in words, or one of `moreWordActVerbs`.
    /// Whether a title names an office held before ("Former President", "ex-minister", "the late king").
    static func isFormerTitle(_ title: String) -> Bool {
        let t = title.lowercased()
        return t.hasPrefix("former ") || t.hasPrefix("ex-") || t.hasPrefix("late ") || t.hasPrefix("then-")
    }

    static func isWordActVerb(_ key: UInt64) -> Bool {
        ActorRecognizer.stanceVerbKeys.contains(key) || moreWordActVerbs.contains(key)
    }
    /// Nouns of a demand, call or offer whose words may follow in quotation marks ("a demand by X for the "...").
    static let speechNouns = KeySet(words: ["demand", "demands", "call", "calls", "appeal", "appeals", "request", "requests",
                                            "plea", "pleas", "offer", "offers", "proposal", "proposals", "pledge", "pledges",
                                            "promise", "promises", "warning", "warnings", "vow", "vows"])
    static let speechNounLinks = KeySet(words: ["for", "of", "to"])
    /// Nouns of a written text a body issues, that may be the subject of a cue ("The statement said").
    static let documentNouns = KeySet(words: ["statement", "communique", "communiqué", "letter", "declaration", "note",
                                              "readout", "notice", "memo", "memorandum", "post"])
    static let quotedKeys = KeySet(words: ["quoted", "cited"])
    /// Lower-case words inside a title and a body's name ("of", "the", "for").
    static let nameLinks = ActorResolver.nameLinks
    static let beKeys = KeySet(words: ["was", "is", "were", "are", "been", "being", "be"])
    /// Times written without a preposition after a cue ("said Sunday", "said yesterday").
    static let bareTimes = KeySet(words: ["yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday",
                                          "friday", "saturday", "sunday"])
    /// Cues followed by the hearer, not the speaker.
    static let hearerCues: Set<String> = ["tell", "inform", "brief", "assure", "remind", "advise", "notify"]
    /// News outlets of several words, after "the" ("told The Associated Press", "told the New York Times").
    static let outletNames: [[UInt64]] = [["associated", "press"], ["new", "york", "times"], ["washington", "post"],
                                          ["wall", "street", "journal"], ["financial", "times"], ["guardian"],
                                          ["times"], ["telegraph"], ["economist"]].map { $0.map(TokenKey.of) }
    /// News outlets that are told things ("told AFP", "told Reuters").
    static let outletKeys = KeySet(words: ["Reuters", "AFP", "AP", "Bloomberg", "BBC", "CNN", "dpa", "EFE", "ANSA", "Axios",
                                           "Politico", "NHK", "CCTV", "Interfax", "RIA", "Sputnik", "NPR", "ABC", "CBS", "NBC"])
    static let feminine = KeySet(["she", "her"].map(TokenKey.of))
    static let conjunctions = KeySet(["and", "but"].map(TokenKey.of))
    /// Words that open a clause of its own after a quotation: a cue beyond them is that clause's.
    static let clauseLinks = KeySet(words: ["and", "but", "while", "whereas", "whilst"])
    /// Participles that open a phrase with "by" set off after a subject ("The delegation, led by X, said", "run by",
    /// "founded by"): those not in -ed, and a few that are.
    static let ledParticiples = KeySet(words: ["led", "headed", "chaired", "accompanied", "joined", "represented", "run", "held",
                                               "known", "set", "built", "made", "founded", "backed", "chosen", "seen", "written",
                                               "given", "taken", "driven"])
    /// Signs carried at a protest, and the verbs that introduce their words (placards reading "Germany out!").
    static let signNouns = KeySet(words: ["placard", "placards", "banner", "banners", "sign", "signs", "poster", "posters",
                                          "slogan", "slogans", "t-shirts", "flags"])
    static let signVerbs = KeySet(words: ["reading", "read", "saying", "bearing"])
    /// Words that open what a hearer is told after it ("urged Niamey to", "warned Moscow that").
    static let hearerClauseOpeners = KeySet(words: ["to", "that", "of", "against", "about", "not"])
    /// A body's people sent to talk for it ("the RSF delegation").
    static let delegationNouns = KeySet(words: ["delegation", "team", "negotiators", "side"])
    /// Words that open a clause of time, cause or condition, or a relative clause: a cue after one is that clause's.
    static let subordinators = KeySet(words: ["after", "before", "since", "until", "because", "although", "when", "once",
                                              "which", "if", "unless"])
    static let theyKey = TokenKey.of("they")
    static let himKey = TokenKey.of("him")
    /// Auxiliaries and common irregular verb forms that follow a subject.
    static let finiteVerbKeys = KeySet(words: ["has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "can",
                                               "may", "might", "must", "should", "also", "did", "does", "said", "says", "told",
                                               "made", "took", "gave", "held", "met", "sent", "struck", "began", "fought", "led",
                                               "won", "lost", "went", "came", "saw", "spoke", "wrote", "put", "set", "cut", "hit"])
    /// Pronouns that may open a sentence as its subject.
    static let subjectPronounKeys = KeySet(["he", "she", "it", "they"].map(TokenKey.of))
    static let itKey = TokenKey.of("it")
    /// Words for who speaks for a body ("the spokesperson added").
    static let agentWords = KeySet(words: ["spokesperson", "spokesman", "spokeswoman", "official", "representative"])
    /// Words that link an unnamed agent to the body it speaks for ("an official at the ministry").
    static let agentBodyLinks = KeySet(words: ["at", "of", "from"])
    static let questionKey = TokenKey.of("q")
    static let answerKey = TokenKey.of("a")
    /// Words that introduce an interviewee before a transcript ("an interview with", "remarks by").
    static let interviewWords = KeySet(words: ["interview", "interviewed", "remarks", "conversation", "transcript", "excerpt",
                                               "excerpts", "spoke", "talked", "q&a"])
    /// Words between "according to a statement" and its author.
    static let sourceLinks = KeySet(["from", "by", "of", "issued"].map(TokenKey.of))
    static let prepositions = KeySet(["on", "in", "at", "during", "after", "before", "while", "when", "to", "from",
                                   "with", "late", "earlier", "ahead", "as", "via", "through", "following"].map(TokenKey.of))
    /// Other words that open a phrase set off before a sentence's subject ("Across the island, X ordered", "Amid
    /// the fighting, ...", "Meanwhile, ...").
    static let phraseOpeners = KeySet(["across", "amid", "amidst", "despite", "near", "along", "inside", "outside", "beyond",
                                       "within", "meanwhile", "separately", "elsewhere", "later", "since", "until"].map(TokenKey.of))
    static let theKey = TokenKey.of("the")
    static let oneKey = TokenKey.of("one")
    static let weKey = TokenKey.of("we")
    static let iKey = TokenKey.of("i")
    static let whatKey = TokenKey.of("what")
    static let usKey = TokenKey.of("us")
    static let ourKeys = KeySet(["our", "my"].map(TokenKey.of))
    static let bothWords = KeySet(["both", "two"].map(TokenKey.of))
    /// Verbs of an appeal to a hearer, and the words that may link them to it ("called on both sides").
    static let appealVerbs = KeySet(words: ["urged", "urges", "urging", "called", "calls", "calling", "appealed", "appeals",
                                            "asked", "asks", "pressed", "presses", "encouraged", "encourages", "told", "invited"])
    static let appealLinks = KeySet(words: ["on", "upon", "to"])
    static let sidesKey = TokenKey.of("sides")
    static let bothKey = TokenKey.of("both")
    static let relativePronouns = KeySet(words: ["who", "whom", "which", "whose"])
    static let pairNouns = KeySet(["nations", "countries", "states", "sides", "peoples"].map(TokenKey.of))
    /// Nouns for the sides of a story as speakers ("the two sides said").
    static let sideNouns = KeySet(words: ["nations", "countries", "states", "sides", "governments", "leaders", "parties", "juntas",
                                          "regimes", "neighbours", "neighbors", "allies"])
    /// How many sides a number word before them counts.
    static let sideCounts: [UInt64: Int] = [TokenKey.of("both"): 2, TokenKey.of("two"): 2, TokenKey.of("three"): 3,
                                            TokenKey.of("four"): 4, TokenKey.of("five"): 5]
    static let countryNouns = KeySet(["country", "nation", "state", "homeland", "motherland"].map(TokenKey.of))
    static let subjectNPWords = KeySet(["the", "a", "an", "of", "for", "'s", "and", "former", "top", "senior", "deputy", "his", "her",
                                        "its", "their"].map(TokenKey.of))

    /// Verbs and nouns of a sentence that names who said the quoted words before it ("X made the remarks at a news
    /// conference", "X gave that warning"), the determiners between them, and the links of a sentence that opens with
    /// the words themselves ("That message came from X", "The remarks were made by X", "That was how X summed up").
    static let remarkVerbs = KeySet(words: ["made", "gave", "delivered", "issued", "offered", "voiced", "sounded"])
    static let remarkNouns = KeySet(words: ["remarks", "remark", "comments", "comment", "warning", "warnings", "message",
                                            "statement", "assessment", "pledge", "appeal", "plea", "speech", "threat", "vow",
                                            "promise", "accusation", "criticism", "prediction", "admission", "claim", "call"])
    static let remarkDeterminers = KeySet(words: ["the", "that", "this", "those", "these", "his", "her", "their", "its"])
    static let remarkOpeners = KeySet(words: ["that", "this", "the", "those", "these", "such"])
    static let remarkLinks: [UInt64: KeySet] = [
        TokenKey.of("from"): KeySet(words: ["came", "come", "comes"]),
        TokenKey.of("by"): KeySet(words: ["made", "delivered", "given", "issued", "voiced", "sounded", "offered"]),
        TokenKey.of("how"): KeySet(words: ["was", "is"]),
    ]
    static let speakingWords = KeySet(words: ["spoke", "speaking"])
    static let speakingLinks = KeySet(words: ["at", "to", "in", "during", "after", "alongside", "before", "on", "while", "from", "with"])

    /// A resolved mention: actor index and byte range.
    struct SpeakerMention {
        var actor: Int?
        var range: Range<Int>
        var tokens: Range<Int>
        var form: MentionForm
        /// The actors of a coordinated subject ("Chile and Peru said"), in text order, when `actor` is nil.
        var several: [Int] = []

        /// Every speaking actor.
        var speakers: [Int] { actor.map { [$0] } ?? several }
    }

    struct CueHit {
        var cue: Int
        var participle: Bool
        var tokens: Range<Int>
        var range: Range<Int>
    }

    func attribute(document: Document, segmentation: Segmentation, actors layer: inout ActorLayer) -> [Quotation] {
        let tokens = segmentation.tokens
        guard !tokens.isEmpty else { return [] }
        var quotations: [Quotation] = []
        document.utf8.withUnsafeBufferPointer { bytes in
            let keys = segmentation.keys
            func key(_ i: Int) -> UInt64 { keys[i] }
            func span(_ r: Range<Int>) -> Range<Int> { Int(tokens[r.lowerBound].start)..<Int(tokens[r.upperBound - 1].end) }
            /// Token `k`, or the token after the comma that closes a short phrase opening there ("In Kigali, ...",
            /// "After the meeting, ..."), the comma before `limit`.
            func afterOpeningPhrase(_ k: Int, limit: Int) -> Int {
                guard k < limit, ActorRecognizer.prepositionKeys.contains(key(k)) || Self.prepositions.contains(key(k))
                        || Self.phraseOpeners.contains(key(k)),
                      let comma = (k..<min(limit, k + 7)).first(where: { tokens[$0].has(.comma) }) else { return k }
                return comma + 1
            }

            // Which actor mention covers each token (people over states).
            var mentionAt = [Int32](repeating: -1, count: tokens.count)
            var mentionList: [(actor: Int, tokens: Range<Int>)] = []
            func indexMentions() {
                mentionAt = [Int32](repeating: -1, count: tokens.count)
                mentionList = []
                for pass in 0..<2 {
                    for (a, actor) in layer.actors.enumerated() where (actor.kind == .person) == (pass == 1) {
                        for m in actor.mentions {
                            mentionList.append((a, m.tokens))
                            for k in m.tokens where k < tokens.count { mentionAt[k] = Int32(mentionList.count - 1) }
                        }
                    }
                }
            }
            indexMentions()
            var nominalAt: [Int: Int] = [:]  // token → nominal index, for the nominal's last token
            for (n, nominal) in layer.nominals.enumerated() { nominalAt[nominal.tokens.upperBound - 1] = n }

            var lastSpeaker: Int?
            /// The sides of the last coordinated subject ("The United States, South Korea and Japan condemned ...").
            var lastSeveral: [Int] = []
            var lastSpeakerSentence = -10
            /// The head word and sentence of the last speaker introduced with "a" and left unnamed ("a Joint Staff
            /// official said"), if no one has been recorded as speaking since.
            var lastUnnamed: (head: UInt64, sentence: Int)?

            var gender: [Int: Bool] = [:]  // actor → referred to as "she" (true) or "he" (false)
            // What the text or the name tells comes first ("Mrs", "spokeswoman", a given name).
            for (a, actor) in layer.actors.enumerated() { if let g = actor.gender { gender[a] = g == .female } }
            // Each person's mention starts, sorted, for "the latest person before" in log time.
            var resolvedStarts: [Int: [Int]] = [:]
            let personStarts: [(actor: Int, starts: [Int])] = layer.actors.enumerated()
                .filter { $0.element.kind == .person }
                .map { ($0.offset, $0.element.mentions.map(\.tokens.lowerBound).sorted()) }
            var sentenceOfToken = [Int32](repeating: 0, count: tokens.count)
            for s in segmentation.sentences { for k in s.tokens { sentenceOfToken[k] = Int32(s.index) } }
            /// The person named last before `position`: of the latest sentence naming one, the first
            /// named there, the clause's subject more often than not ("Egypt's foreign minister received
            /// his Sudanese counterpart. ... the minister said": Egypt's).
            func latestPerson(before position: Int, roles: [String]?, where accept: (Int) -> Bool = { _ in true }) -> Int? {
                var best: (actor: Int, at: Int)?
                func better(_ at: Int, than other: Int) -> Bool {
                    let (s, o) = (sentenceOfToken[at], sentenceOfToken[other])
                    return s != o ? s > o : at < other
                }
                func lastBefore(_ starts: [Int]) -> Int? {
                    var lo = 0, hi = starts.count
                    while lo < hi { let mid = (lo + hi) / 2; if starts[mid] < position { lo = mid + 1 } else { hi = mid } }
                    return lo > 0 ? starts[lo - 1] : nil
                }
                for (a, starts) in personStarts where accept(a) {
                    if let roles, !roles.allSatisfy(layer.actors[a].roles.contains) { continue }
                    let at = [lastBefore(starts), resolvedStarts[a].flatMap(lastBefore)].compactMap { $0 }.max()
                    if let at, best == nil || better(at, than: best!.at) { best = (a, at) }
                }
                return best?.actor
            }

            /// The person first named after `position`, in that sentence or the next two, whose roles hold `roles`, when
            /// no person is named before `position`.
            func nextPerson(after position: Int, roles: [String], sentence: Int) -> Int? {
                guard !roles.isEmpty, let last = segmentation.sentences[..<min(segmentation.sentences.count, sentence + 3)].last
                else { return nil }
                var best: (actor: Int, at: Int)?
                for (a, starts) in personStarts {
                    guard let first = starts.first else { continue }
                    if first < position { return nil }
                    if first < last.tokens.upperBound, roles.allSatisfy(layer.actors[a].roles.contains), first < (best?.at ?? Int.max) {
                        best = (a, first)
                    }
                }
                return best?.actor
            }

            /// The speaker named by the words ending at token `end - 1`.
            func mention(endingAt end: Int, sentence: Sentence) -> SpeakerMention? {
                let k = end - 1
                guard k >= sentence.tokens.lowerBound else { return nil }
                if mentionAt[k] >= 0 {
                    let m = mentionList[Int(mentionAt[k])]
                    return SpeakerMention(actor: m.actor, range: span(m.tokens), tokens: m.tokens, form: .name)
                }
                return resolvedWord(at: k, sentence: sentence)
            }
            /// Where the clause goes on after a person's mention ending at `after`: over their name set off by commas
            /// after a title ("The Emirates' foreign minister, Sheikh Abdullah, received").
            func appositionEnd(after: Int, of actor: Int, limit: Int) -> Int {
                guard after + 1 < limit, tokens[after].has(.comma), mentionAt[after + 1] >= 0,
                      case let name = mentionList[Int(mentionAt[after + 1])], name.actor == actor,
                      name.tokens.upperBound < limit, tokens[name.tokens.upperBound].has(.comma) else { return after }
                return name.tokens.upperBound + 1
            }
            /// Whether a speech verb follows at token `k`, over an adverb ("the agency said", "officials also said").
            func speaksAfter(_ k: Int) -> Bool {
                let verb = k < tokens.count && Self.adverbs.contains(key(k)) ? k + 1 : k
                return verb < tokens.count && ActorRecognizer.speechVerbKeys.contains(key(verb))
            }
            /// The speaker named by the noun phrase starting at token `start`
            /// ("Nigerian police spokesman Ahmed Lawal": the person, not the state).
            func mention(startingAt start: Int, sentence: Sentence) -> SpeakerMention? {
                guard start < sentence.tokens.upperBound else { return nil }
                // ("said a senior EU diplomat", "said one senior official": over the article and modifiers before a title.)
                if mentionAt[start] < 0, ActorResolver.indefiniteArticles.contains(key(start)) || key(start) == Self.oneKey {
                    var k = start + 1
                    while k < sentence.tokens.upperBound, k - start <= 3, ActorRecognizer.titleModifiers.contains(key(k)) { k += 1 }
                    if k < sentence.tokens.upperBound, mentionAt[k] >= 0, layer.actors[mentionList[Int(mentionAt[k])].actor].kind == .person {
                        return mention(startingAt: k, sentence: sentence)
                    }
                }
                // ("said former Nigerian president Olusegun Obasanjo": over a modifier before the title.)
                if mentionAt[start] < 0, tokens[start].has(.lowercase), ActorRecognizer.titleModifiers.contains(key(start)),
                   start + 1 < sentence.tokens.upperBound, start + 1 < tokens.count, !tokens[start + 1].has(.comma) {
                    return mention(startingAt: start + 1, sentence: sentence)
                }
                // "said Dr Hana Yousef": over an honorific.
                if mentionAt[start] < 0, ActorRecognizer.honorificKeys.contains(key(start)) {
                    return mention(startingAt: start + 1, sentence: sentence)
                }
                // "said President Joseph Aoun": over a title that is no part of the person's mention.
                // ("said police spokesman Fritznel Auguste": or titles in lower case, one after another.)
                if mentionAt[start] < 0, tokens[start].has(.capitalized) || tokens[start].has(.lowercase) {
                    var end = start
                    while end < min(sentence.tokens.upperBound, start + 6), mentionAt[end] < 0,
                          let next = recognizer.role(at: end, limit: min(sentence.tokens.upperBound, start + 6), tokens: tokens,
                                                     keys: keys, bytes: bytes)?.1 {
                        end = next
                    }
                    if end > start, end < sentence.tokens.upperBound, mentionAt[end] >= 0,
                       layer.actors[mentionList[Int(mentionAt[end])].actor].kind == .person {
                        return mention(startingAt: end, sentence: sentence)
                    }
                }
                // ("said Karapatan secretary general Cristina Palabay": over a body's name no one knows and the title.)
                if mentionAt[start] < 0, tokens[start].has(.capitalized),
                   let named = ((start + 1)..<min(sentence.tokens.upperBound, start + 6)).first(where: { mentionAt[$0] >= 0 }),
                   layer.actors[mentionList[Int(mentionAt[named])].actor].kind == .person,
                   !(start..<named).contains(where: { !tokens[$0].has(.word) || tokens[$0].has(.comma) || tokens[$0].has(.quote) }),
                   ((start + 1)..<named).contains(where: { j in
                       recognizer.role(at: j, limit: named, tokens: tokens, keys: keys, bytes: bytes)?.1 == named
                   }) {
                    return mention(startingAt: named, sentence: sentence)
                }
                if mentionAt[start] >= 0 {
                    var best = mentionList[Int(mentionAt[start])]
                    var k = start
                    while k < min(sentence.tokens.upperBound, start + 8), !tokens[k].has(.comma),
                          !tokens[k].has(.sentenceFinal), !tokens[k].has(.quote) || tokens[k].has(.possessive) {
                        if mentionAt[k] >= 0 {
                            let m = mentionList[Int(mentionAt[k])]
                            if layer.actors[m.actor].kind == .person && layer.actors[best.actor].kind != .person { best = m }
                        } else if !tokens[k].has(.capitalized) && !tokens[k].has(.possessive) && k > start,
                                  nominalAt[k] == nil, recognizer.role(at: k, limit: k + 1, tokens: tokens, keys: keys, bytes: bytes) == nil {
                            break
                        }
                        k += 1
                    }
                    return SpeakerMention(actor: best.actor, range: span(best.tokens), tokens: best.tokens, form: .name)
                }
                if key(start) == Self.theKey, start + 1 < sentence.tokens.upperBound {
                    // the minister / the Russian official
                    for k in (start + 1)..<min(start + 4, sentence.tokens.upperBound) where nominalAt[k] != nil {
                        // ("said the head of one international charity": an office of a body introduced so is someone new.)
                        if k + 2 < sentence.tokens.upperBound, key(k + 1) == Self.ofKey,
                           ActorResolver.indefiniteArticles.contains(key(k + 2)) || key(k + 2) == Self.oneKey {
                            return nil
                        }
                        return resolvedWord(at: k, sentence: sentence)
                    }
                }
                return resolvedWord(at: start, sentence: sentence)
            }
            /// A pronoun or a nominal ("the minister") ending at token k.
            /// The states of the last list of `count` of them named within 150 tokens before `position` ("Canada,
            /// Mexico and Chile"), in text order.
            func stateList(of count: Int, before position: Int) -> [Int]? {
                var t = position - 1
                while t > max(0, position - 150) {
                    defer { t -= 1 }
                    guard mentionAt[t] >= 0 else { continue }
                    let last = mentionList[Int(mentionAt[t])]
                    guard last.tokens.upperBound - 1 == t, layer.actors[last.actor].kind == .state else { continue }
                    var list = [last.actor]
                    var p = last.tokens.lowerBound - 1
                    var joiner = Self.andKey
                    while p > 0, list.count < count, key(p) == joiner || (joiner != Self.andKey && tokens[p].has(.comma)),
                          mentionAt[p - 1] >= 0 {
                        let m = mentionList[Int(mentionAt[p - 1])]
                        guard m.tokens.upperBound == p, layer.actors[m.actor].kind == .state, !list.contains(m.actor) else { break }
                        list.insert(m.actor, at: 0)
                        p = m.tokens.lowerBound - 1
                        joiner = 0  // after the "and", commas
                    }
                    if list.count == count { return list }
                }
                return nil
            }
            func resolvedWord(at k: Int, sentence: Sentence) -> SpeakerMention? {
                // "the three countries said", "the two sides said": the sides of the last coordinated subject of as
                // many, else for two the story's two main states.
                if Self.sideNouns.contains(key(k)), k > sentence.tokens.lowerBound, let count = Self.sideCounts[key(k - 1)] {
                    var start = k - 1
                    if start > sentence.tokens.lowerBound, key(start - 1) == Self.theKey { start -= 1 }
                    var several: [Int] = []
                    if lastSeveral.count == count {
                        several = lastSeveral
                    } else if let list = stateList(of: count, before: start) {
                        several = list
                    } else if count == 2, let pair = sides(for: "", layer: layer, before: k), let first = pair.0 {
                        several = [first, pair.1]
                    }
                    guard !several.isEmpty else { return nil }
                    return SpeakerMention(actor: nil, range: span(start..<(k + 1)), tokens: start..<(k + 1), form: .nominal,
                                          several: several)
                }
                let recent = lastSpeaker.flatMap { sentence.index - lastSpeakerSentence <= 3 ? $0 : nil }
                if Self.personPronouns.contains(key(k)) {
                    // "he" and "she" keep to people already referred to that way.
                    let female = Self.feminine.contains(key(k))
                    func fits(_ a: Int) -> Bool { gender[a].map { $0 == female } ?? true }
                    var actor: Int?
                    // A person opening the pronoun's own sentence comes first ("Sudan's ambassador rejected what he
                    // described as ..."), unless quoted words stand between.
                    var subject: Int?
                    if !(sentence.tokens.lowerBound..<k).contains(where: { tokens[$0].has(.quote) }) {
                        for t in sentence.tokens.lowerBound..<k where mentionAt[t] >= 0 {
                            let a = mentionList[Int(mentionAt[t])].actor
                            if layer.actors[a].kind == .person, fits(a),
                               t == sentence.tokens.lowerBound || !Self.prepositions.contains(key(t - 1)) {
                                subject = a
                                break
                            }
                        }
                    }
                    // Then the person who opens the sentence before, when no quotation is there ("Bayramov was less
                    // upbeat. In a statement ..., he accused").
                    // (Before the sentence the quoted words began in, when they ran over several: `"Mr X is a tourist. His
                    // measures mean nothing," he told reporters` looks back from where the words began.)
                    var prior = sentence.index - 1
                    if let close = (sentence.tokens.lowerBound..<k).last(where: { tokens[$0].has(.closingQuote) }),
                       let open = stride(from: close - 1, through: max(0, close - 400), by: -1).first(where: {
                           tokens[$0].has(.openingQuote) || tokens[$0].has(.closingQuote)
                       }), tokens[open].has(.openingQuote), Int(sentenceOfToken[open]) < sentence.index {
                        prior = Int(sentenceOfToken[open]) - 1
                    }
                    if subject == nil, prior >= 0 {
                        let before = segmentation.sentences[prior].tokens
                        var first = before.lowerBound
                        // ("Meanwhile, the U.S. special envoy ..., Daniel Harrow, arrived": over an adverb set off by a comma.)
                        if first + 2 < before.upperBound, mentionAt[first] < 0, tokens[first + 1].has(.comma), tokens[first].has(.word) {
                            first += 2
                        } else if mentionAt[first] < 0 {
                            // ("In Kigali, Foreign Minister X rejected the accusations": over a short opening phrase.)
                            first = afterOpeningPhrase(first, limit: before.upperBound)
                        }
                        // ("Prime Minister Abiy Ahmed, who ..., struck a conciliatory tone": over the title before the name.)
                        if first < before.upperBound, mentionAt[first] < 0, tokens[first].has(.capitalized),
                           let at = (first..<min(before.upperBound, first + 5)).first(where: { mentionAt[$0] >= 0 }),
                           (first..<at).allSatisfy({ tokens[$0].has(.capitalized) }) {
                            first = at
                        } else if first < before.upperBound, mentionAt[first] < 0, tokens[first].has(.lowercase),
                                  let at = (first..<min(before.upperBound, first + 5)).first(where: { mentionAt[$0] >= 0 }),
                                  layer.actors[mentionList[Int(mentionAt[at])].actor].kind == .person,
                                  recognizer.role(at: first, limit: at, tokens: tokens, keys: keys, bytes: bytes)?.1 == at {
                            // ("In N'Djamena, government spokesman X rejected the accusations": over a title in lower case.)
                            first = at
                        }
                        // ("Hamas spokesman Hazem Abu Shanab rejected ...": over the body and the role that title the name.)
                        if first < before.upperBound, mentionAt[first] >= 0,
                           layer.actors[mentionList[Int(mentionAt[first])].actor].kind != .person,
                           case let end = mentionList[Int(mentionAt[first])].tokens.upperBound,
                           let at = (end..<min(before.upperBound, end + 4)).first(where: { mentionAt[$0] >= 0 }), at > end,
                           layer.actors[mentionList[Int(mentionAt[at])].actor].kind == .person,
                           // ("EU foreign policy chief Kaja Kallas warned": or a role after words of its portfolio in lower case.)
                           (end..<at).contains(where: { j in
                               (end..<j).allSatisfy { tokens[$0].has(.lowercase) && !tokens[$0].has(.quote) }
                                   && recognizer.role(at: j, limit: at, tokens: tokens, keys: keys, bytes: bytes)?.1 == at
                           }) {
                            first = at
                        }
                        if first < before.upperBound, mentionAt[first] < 0, key(first) == Self.theKey {
                            first += 1
                            // ("The commander of the navy, Admiral X, went further": the person its office opens with.)
                            if first < before.upperBound, mentionAt[first] < 0, tokens[first].has(.lowercase),
                               let comma = (first..<min(before.upperBound, first + 8)).first(where: { tokens[$0].has(.comma) }),
                               let at = ((comma + 1)..<min(before.upperBound, comma + 5)).first(where: { mentionAt[$0] >= 0 }),
                               ((comma + 1)..<at).allSatisfy({ tokens[$0].has(.capitalized) }),
                               case let named = mentionList[Int(mentionAt[at])].tokens,
                               named.upperBound < before.upperBound, tokens[named.upperBound].has(.comma) {
                                first = at
                            }
                        }
                        if first < before.upperBound, mentionAt[first] >= 0, !before.contains(where: { tokens[$0].has(.quote) }) {
                            let a = mentionList[Int(mentionAt[first])].actor
                            if layer.actors[a].kind == .person, fits(a) { subject = a }
                        }
                    }
                    if let subject { actor = subject }
                    else if let r = recent, layer.actors[r].kind == .person, fits(r) { actor = r }
                    else { actor = latestPerson(before: k, roles: nil, where: fits) }
                    if let a = actor, gender[a] == nil { gender[a] = female }
                    return SpeakerMention(actor: actor, range: span(k..<(k + 1)), tokens: k..<(k + 1), form: .pronoun)
                }
                // "they said": the group or body that opens this sentence or the one before (its subject),
                // when a group or body does ("Officials of the teachers' union walked out ... they said").
                // ("what it called": so for "it", a state too.)
                if key(k) == Self.theyKey || key(k) == Self.itKey {
                    // (Otherwise "they" still speaks, unnamed.)
                    var actor: Int?
                    for s in stride(from: sentence.index, through: max(0, sentence.index - 1), by: -1) {
                        let opening = segmentation.sentences[s].tokens
                        // (In the sentence before, the body that opens it or speaks in it: "The two ministers described the
                        // launch as a violation of U.N. Security Council resolutions. They also agreed" is no word of the
                        // Council's.)
                        let opener = s == sentence.index ? opening.lowerBound : afterOpeningPhrase(opening.lowerBound, limit: opening.upperBound)
                        guard let first = opening.first(where: { $0 < k && mentionAt[$0] >= 0 && (s == sentence.index
                            || $0 <= opener + 3 || speaksAfter(mentionList[Int(mentionAt[$0])].tokens.upperBound)) })
                        else { continue }
                        let m = mentionList[Int(mentionAt[first])]
                        let kind = layer.actors[m.actor].kind
                        // (And for "it" a person's office: "Dbeibah's office said ... It blamed".)
                        let office = kind == .person && key(k) == Self.itKey && m.tokens.count >= 3
                            && key(m.tokens.upperBound - 1) == ActorResolver.officeKey
                        if kind == .group || kind == .organization || kind == .state && key(k) == Self.itKey || office { actor = m.actor }
                        break
                    }
                    return SpeakerMention(actor: actor, range: span(k..<(k + 1)), tokens: k..<(k + 1), form: .pronoun)
                }
                if let n = nominalAt[k] {
                    let nominal = layer.nominals[n]
                    var start = nominal.tokens.lowerBound
                    if start > sentence.tokens.lowerBound, key(start - 1) == Self.theKey { start -= 1 }
                    let roles = nominal.role.codes
                    var actor: Int?
                    let words = document.text(bytes: nominal.range).lowercased()
                    let singular = nominal.role.forms.first ?? ""
                    // The office's words the title of the person meant must end with: the role's form the words end
                    // with ("the prime minister" is no foreign minister), else their last word.
                    let head = nominal.role.forms.filter { words.hasSuffix($0) }.max { $0.count < $1.count }
                        ?? words.split(separator: " ").last.map(String.init) ?? words
                    /// Whether person `a` may be meant by the office's words: a title of another office is not ("the
                    /// president" is no spokeswoman of the same codes); a generic word or a person without a title may be.
                    func mayBeTitled(_ a: Int) -> Bool {
                        // (Nor is a word of what someone does, which any office may be doing: "the diplomat", "the envoy",
                        // "the negotiator"; and a counterpart holds the office of whom they meet.)
                        guard let title = layer.actors[a].title?.lowercased(),
                              !ActorResolver.genericTitleWords.contains(nominal.role.name),
                              !ActorResolver.callingWords.contains(nominal.role.name),
                              !ActorResolver.envoyWords.contains(nominal.role.name) else { return true }
                        return nominal.role.forms.contains { title.containsLiterally($0) } || title.containsLiterally(head)
                            || title.containsLiterally("counterpart")
                    }
                    // ("A department spokesperson said": an indefinite article introduces someone new.)
                    let indefinite = (max(sentence.tokens.lowerBound, start - 3)..<start).contains {
                        ActorResolver.indefiniteArticles.contains(key($0)) && !((($0 + 1)..<start).contains { tokens[$0].has(.comma) || !tokens[$0].has(.word) })
                    }
                    if words != singular, words.hasSuffix("s"), !singular.hasSuffix("s") {
                        // "officials", "ministers": not one person already introduced.
                        actor = nil
                    } else if indefinite {
                        actor = nil
                    } else if let u = lastUnnamed, u.head == key(k), sentence.index - u.sentence <= 3 {
                        // ("a Joint Staff official said ... the official said": the one "a" introduced last, still unnamed.)
                        actor = nil
                    } else if let r = recent, sentence.index == lastSpeakerSentence, layer.actors[r].kind == .organization
                                || layer.actors[r].kind == .group, Self.agentWords.contains(key(k)) {
                        // ("a spokesperson for China's Foreign Ministry said ... what the spokesperson called": the body
                        // that spoke in this very sentence, through the spokesperson it named.)
                        actor = r
                    } else if words.utf8.contains(0x20), let same = latestPerson(before: start, roles: nil, where: { a in
                        // (Another form of several words, over an honorific after the office: "Chief Adviser Professor
                        // Muhammad Yunus"; a title of one word is left to the head word's rule below.)
                        layer.actors[a].title.map { title in
                            let t = title.lowercased()
                            return t != words && nominal.role.forms.contains { $0.utf8.contains(0x20) && (t == $0 || t.hasPrefix($0 + " ")) }
                        } ?? false
                    }) {
                        // "the top government spokesman said": the person last titled with a form of that office
                        // ("Chief Cabinet Secretary Yoshimasa Hayashi").
                        actor = same
                    } else if let r = recent, layer.actors[r].kind == .person,
                              layer.actors[r].title?.lowercased().hasSuffix(head) ?? false {
                        // "police spokesman Narek Sargsyan said. ..., the spokesman added": who just spoke under that title.
                        actor = r
                    } else if let r = recent, layer.actors[r].kind == .state, !roles.isEmpty,
                              let own = latestPerson(before: start, roles: nil, where: { a in
                                  layer.actors[a].country == layer.actors[r].code && roles.allSatisfy(layer.actors[a].roles.contains)
                                      && layer.actors[a].title.map { title in
                                          let t = title.lowercased()
                                          return !Self.isFormerTitle(t) && (t.containsLiterally(head) || t.containsLiterally("counterpart"))
                                      } ?? false
                              }) {
                        // ("Bayramov said Baku's position had not changed. Azerbaijan insists ... "...," the minister said": after
                        // a state's words, its own holder of the office, over another state's named since.)
                        actor = own
                    } else if let titled = latestPerson(before: start, roles: nil, where: { a in
                                  // (A former holder is not "the president": "former president Alpha Conde".)
                                  layer.actors[a].title.map { t in
                                      t.lowercased().hasSuffix(head) && (words.hasPrefix("former") || !Self.isFormerTitle(t))
                                  } ?? false
                              }), titled != recent,
                              recent.flatMap({ layer.actors[$0].title?.lowercased() }).map({ !$0.hasSuffix(head) && !$0.hasSuffix("counterpart") }) ?? true {
                        // "the spokesman said": the person last titled so ("Foreign Ministry spokesman Ahmed Fouad"),
                        // before someone who spoke recently under another title.
                        actor = titled
                    } else if let r = recent, layer.actors[r].kind == .person, roles.allSatisfy(layer.actors[r].roles.contains),
                              mayBeTitled(r) {
                        actor = r
                    } else if let r = recent, sentence.index - lastSpeakerSentence <= 1, layer.actors[r].kind == .organization
                                || layer.actors[r].kind == .group, Self.agentWords.contains(key(k)) {
                        // ("A spokesperson for China's finance ministry said ... the spokesperson added": the body that
                        // spoke just before, through the spokesperson it named.)
                        actor = r
                    } else {
                        actor = latestPerson(before: start, roles: roles, where: mayBeTitled)
                            // ("Rafael Grossi said ... the director general said": someone who just spoke, of an office
                            // the text never named, is the one its title stands for.)
                            // (Not for a word of what someone does, which tells no office: "Ondo Ossa told reporters. The
                            // envoy urged".)
                            ?? recent.flatMap { layer.actors[$0].kind == .person && layer.actors[$0].title == nil
                                && !ActorResolver.envoyWords.contains(nominal.role.name) && !ActorResolver.callingWords.contains(nominal.role.name)
                                ? $0 : nil }
                            // ("Japan has lodged a protest ..., the top government spokesman said. ... Chief Cabinet
                            // Secretary Yoshimasa Hayashi told": a lead's office is the person of its codes named next.)
                            ?? nextPerson(after: k, roles: roles, sentence: sentence.index)
                    }
                    return SpeakerMention(actor: actor, range: span(start..<(k + 1)), tokens: start..<(k + 1), form: .nominal)
                }
                return nil
            }
            /// Whether the mention right after a cue that takes a hearer is its hearer: a to-clause or a that-clause
            /// follows it ("called on Venezuela to", "warned Moscow that"); "..., warned the minister." closes on the speaker.
            func isHearer(_ m: SpeakerMention, of hit: CueHit) -> Bool {
                guard cues.cues[hit.cue].takesHearer || Self.hearerCues.contains(cues.cues[hit.cue].cue) else { return false }
                // ("told Anadolu on condition of anonymity that": "told" and its kin never come before their speaker.)
                if Self.hearerCues.contains(cues.cues[hit.cue].cue) { return true }
                // ("urged China in a Facebook post to": nor does any cue that takes a hearer, unless it follows quoted words,
                // `"...," warned the minister`.)
                let b = hit.tokens.lowerBound - 1
                if b >= 0, !(tokens[b].has(.quote) || tokens[b].has(.comma) && b > 0 && tokens[b - 1].has(.quote)) { return true }
                let k = m.tokens.upperBound
                return k < tokens.count && Self.hearerClauseOpeners.contains(key(k))
            }
            /// Whether token `k` may follow the speaker of "..., said X": no word but a preposition, an adverb
            /// or a time ("said Cabral had been taken" names the reported clause's subject, not the speaker).
            func closesInvertedSpeaker(_ k: Int) -> Bool {
                k >= tokens.count || !tokens[k].has(.word) || Self.prepositions.contains(key(k))
                    || Self.adverbs.contains(key(k)) && !Self.auxiliaries.contains(key(k)) || Self.bareTimes.contains(key(k))
            }
            /// "An adviser to RSF commander X said": the person's role that opens the sentence and governs the mention
            /// after "to", "for" or "of" speaks, not the mention; someone unnamed (no actor).
            func agentBefore(_ m: SpeakerMention, sentence: Sentence) -> SpeakerMention? {
                var k = sentence.tokens.lowerBound
                while k < m.tokens.lowerBound, tokens[k].has(.quote) { k += 1 }
                let open = k
                // (A body's spokesman speaks for the body: "A spokesman for the Sudanese army said".)
                guard let a = m.actor, layer.actors[a].kind == .person,
                      k < m.tokens.lowerBound, ActorResolver.indefiniteArticles.contains(key(k)) else { return nil }
                k += 1
                while k < m.tokens.lowerBound, ActorRecognizer.titleModifiers.contains(key(k)) { k += 1 }
                // (A spokesperson speaks for whom the role serves: "A spokesman for Secretary-General X said" is X's word.)
                guard let (role, end) = recognizer.role(at: k, limit: m.tokens.lowerBound, tokens: tokens, keys: keys, bytes: bytes),
                      role.isPerson, end < m.tokens.lowerBound, Self.agentLinks.contains(key(end)),
                      !ActorRecognizer.spokespersonKeys.contains(key(end - 1)) else { return nil }
                return SpeakerMention(actor: nil, range: span(open..<end), tokens: open..<end, form: .nominal)
            }
            /// The subject before a cue at token c: skips adverbs ("he also noted").
            /// Whether the word at `k` reads as a finite verb after a subject: a past in -ed, an auxiliary or a common past
            /// or present form ("accused", "has", "said", "says").
            func isFiniteVerb(_ k: Int) -> Bool {
                let t = tokens[k]
                guard t.has(.lowercase), t.has(.word) else { return false }
                return Self.finiteVerbKeys.contains(key(k)) || ActorRecognizer.endsInEd(t, bytes)
            }
            /// A lower-case word in -ly that names no actor and is no noun of that ending ("swiftly", not "ally").
            func isLyAdverb(_ k: Int) -> Bool {
                let t = tokens[k]
                guard t.has(.lowercase), t.range.count >= 5, mentionAt[k] < 0, !Self.lyNouns.contains(key(k)) else { return false }
                return bytes[Int(t.end) - 2] == UInt8(ascii: "l") && bytes[Int(t.end) - 1] == UInt8(ascii: "y")
            }
            /// The author named in a noun phrase of speech that quoted words at `open` complete: "a demand by Gil for
            /// the "...", "Gil's call for "..."".
            func speechNounAuthor(before open: Int, sentence: Sentence) -> SpeakerMention? {
                var k = open - 1
                if k > sentence.tokens.lowerBound, ActorRecognizer.determinerKeys.contains(key(k)) { k -= 1 }
                guard k - 2 > sentence.tokens.lowerBound, Self.speechNounLinks.contains(key(k)) else { return nil }
                if Self.speechNouns.contains(key(k - 1)), tokens[k - 2].has(.possessive),
                   let m = mention(endingAt: k - 1, sentence: sentence) ?? mention(endingAt: k - 2, sentence: sentence), m.actor != nil {
                    return m
                }
                guard let m = mention(endingAt: k, sentence: sentence), m.actor != nil, m.tokens.lowerBound - 2 >= sentence.tokens.lowerBound,
                      key(m.tokens.lowerBound - 1) == ActorRecognizer.byKey, Self.speechNouns.contains(key(m.tokens.lowerBound - 2)) else { return nil }
                return m
            }
            func subject(beforeCue c: Int, sentence: Sentence) -> SpeakerMention? {
                // ("The Chinese Embassy in Manila, meanwhile, rejected": over an adverb set off by commas, "for its
                // part" and "in turn" too.)
                if c - 3 > sentence.tokens.lowerBound, tokens[c - 1].has(.comma) {
                    var k = c - 2
                    while k > c - 5, k > sentence.tokens.lowerBound, Self.setOffAdverbs.contains(key(k)), tokens[k].has(.lowercase) { k -= 1 }
                    if k < c - 2, k > sentence.tokens.lowerBound, tokens[k].has(.comma) {
                        return subject(beforeCue: k, sentence: sentence)
                    }
                }
                // ("The Alliance of Sahel States (AES), the confederation grouping Burkina Faso, Mali and Niger, expressed": over
                // an apposition opened by an article and a common noun, back to the body it describes; not over a name: "Pakistan's
                // military media wing, the Inter-Services Public Relations (ISPR), said".)
                if c - 4 > sentence.tokens.lowerBound, tokens[c - 1].has(.comma),
                   let open = stride(from: c - 3, through: max(sentence.tokens.lowerBound + 1, c - 16), by: -1).first(where: {
                       tokens[$0].has(.comma) && ActorResolver.indefiniteArticles.contains(key($0 + 1)) || tokens[$0].has(.comma) && key($0 + 1) == Self.theKey
                   }), open + 2 < c - 1, tokens[open + 2].has(.lowercase),
                   !((open + 1)..<(c - 1)).contains(where: { tokens[$0].has(.quote) }),
                   let m = subject(beforeCue: open, sentence: sentence), m.actor != nil, m.tokens.upperBound >= open - 3 {
                    return m
                }
                // ("A police commander who asked not to be named said", "an officer, who spoke on condition of anonymity,
                // said": over a clause that keeps the speaker unnamed.)
                let comma = c - 1 > sentence.tokens.lowerBound && tokens[c - 1].has(.comma) ? c - 1 : c
                if let open = cues.anonymityClauseStart(endingAt: comma, keys: keys, floor: sentence.tokens.lowerBound + 1) {
                    let before = tokens[open - 1].has(.comma) ? open - 1 : open
                    if (before < open) == (comma < c), before > sentence.tokens.lowerBound {
                        return subject(beforeCue: before, sentence: sentence)
                    }
                }
                // ("X was quoted by the state news agency BelTA as saying": the passive's subject, over who quoted.)
                // ("X was quoted in the statement as saying": or over where it was quoted.)
                if key(c) == Self.asKey,
                   let quoted = stride(from: c - 1, through: max(sentence.tokens.lowerBound + 1, c - 8), by: -1).first(where: {
                       Self.quotedKeys.contains(key($0)) && Self.beKeys.contains(key($0 - 1))
                   }), !((quoted + 1)..<c).contains(where: { tokens[$0].has(.comma) || tokens[$0].has(.quote) }) {
                    return subject(beforeCue: quoted - 1, sentence: sentence)
                }
                // ("Diplomats said Paris was pushing ...", "Sources said": unnamed people of no side speak; no actor stands
                // for them, and the words are still reported.)
                if c - 1 >= sentence.tokens.lowerBound, Self.unnamedSourceKeys.contains(key(c - 1)), mentionAt[c - 1] < 0,
                   ((sentence.tokens.lowerBound..<(c - 1)).allSatisfy { tokens[$0].has(.word) && !tokens[$0].has(.quote) && mentionAt[$0] < 0 }),
                   c - 1 - sentence.tokens.lowerBound <= 2 {
                    return SpeakerMention(actor: nil, range: span(sentence.tokens.lowerBound..<c), tokens: sentence.tokens.lowerBound..<c,
                                          form: .nominal)
                }
                var end = c
                // (And any adverb in -ly: "Abidjan swiftly rejected the accusations, calling them ...".)
                while end > sentence.tokens.lowerBound, Self.adverbs.contains(key(end - 1)) || isLyAdverb(end - 1) { end -= 1 }
                // ("KCNA on Wednesday called": over a day, with "on" or without.)
                if end - 1 > sentence.tokens.lowerBound, Self.bareTimes.contains(key(end - 1)) {
                    end -= 1
                    if end - 1 > sentence.tokens.lowerBound, key(end - 1) == Self.onKey { end -= 1 }
                    while end > sentence.tokens.lowerBound, Self.adverbs.contains(key(end - 1)) { end -= 1 }
                }
                // ("A statement by the Guards' ground forces said": the author a statement names speaks.)
                if end - 2 > sentence.tokens.lowerBound, let d = (max(sentence.tokens.lowerBound, end - 12)..<(end - 2)).first(where: {
                       Self.documentNouns.contains(key($0)) && (key($0 + 1) == ActorRecognizer.byKey || key($0 + 1) == ActorResolver.fromKey)
                   }), d > sentence.tokens.lowerBound, ActorResolver.indefiniteArticles.contains(key(d - 1)) || key(d - 1) == Self.theKey,
                   !((d + 2)..<end).contains(where: { tokens[$0].has(.comma) || tokens[$0].has(.quote) && !tokens[$0].has(.possessive) }),
                   let at = ((d + 2)..<end).first(where: { mentionAt[$0] >= 0 }),
                   let m = mention(startingAt: at, sentence: sentence), m.actor != nil {
                    return m
                }
                // ("X said in a statement. ... The statement said": the one who spoke last, in this sentence or the two before.)
                // (`"...," the statement said`: or right after the quotation it tags; with no one who spoke, the body or
                // person that opens the sentence before: "Sudan's foreign ministry accused the RSF ... "...," the
                // statement said".)
                if end - 2 >= sentence.tokens.lowerBound, Self.documentNouns.contains(key(end - 1)), key(end - 2) == Self.theKey {
                    let opens = (sentence.tokens.lowerBound..<(end - 2)).allSatisfy({ !tokens[$0].has(.word) })
                    let tags = !opens && end - 3 > sentence.tokens.lowerBound
                        && (tokens[end - 3].has(.quote) || tokens[end - 3].has(.comma) && tokens[end - 4].has(.quote))
                    if opens || tags {
                        if let r = lastSpeaker, sentence.index - lastSpeakerSentence <= 2 {
                            return SpeakerMention(actor: r, range: span((end - 2)..<end), tokens: (end - 2)..<end, form: .name)
                        }
                        if tags, sentence.index > 0, case let before = segmentation.sentences[sentence.index - 1],
                           let m = sentenceSubject(before)
                            ?? mention(startingAt: afterOpeningPhrase(before.tokens.lowerBound, limit: before.tokens.upperBound), sentence: before),
                           let a = m.actor, layer.actors[a].kind != .state {
                            return SpeakerMention(actor: a, range: span((end - 2)..<end), tokens: (end - 2)..<end, form: .name)
                        }
                    }
                }
                // ("the Organization of American States (OAS) said": over an acronym in brackets.)
                if end - 3 >= sentence.tokens.lowerBound, tokens[end - 1].has(.closeBracket), tokens[end - 3].has(.openBracket) {
                    end -= 3
                }
                if end > sentence.tokens.lowerBound, Self.conjunctions.contains(key(end - 1)) {
                    // "X welcomed the visit ... and said": the clause's subject opens the sentence.
                    var s = sentence.tokens.lowerBound
                    while s < end, tokens[s].has(.quote) { s += 1 }
                    // (Over a title before the name: "Foreign Minister Yvan Gil, writing on Telegram, dismissed ... and said".)
                    if mentionAt[s] < 0, nominalAt[s] == nil,
                       let named = (s..<min(end, s + 6)).first(where: { mentionAt[$0] >= 0 }),
                       (s..<named).allSatisfy({ tokens[$0].has(.capitalized) && !tokens[$0].has(.comma) }) {
                        s = named
                    }
                    return mention(startingAt: s, sentence: sentence)
                }
                // "That force, known as KFOR, said": the name it is known by, or what it names ("the foreign ministry,
                // known as Itamaraty, said").
                if end - 5 > sentence.tokens.lowerBound, tokens[end - 1].has(.comma),
                   let open = (max(sentence.tokens.lowerBound + 1, end - 9)..<(end - 3)).last(where: { tokens[$0].has(.comma) }),
                   key(open + 1) == Self.knownKey || key(open + 1) == Self.alsoKey && key(open + 2) == Self.knownKey {
                    let name = key(open + 1) == Self.knownKey ? open + 2 : open + 3
                    if key(name) == Self.asKey {
                        let before = mention(endingAt: open, sentence: sentence)
                        // (Not the name of someone the subject serves: "An adviser to commander X, known as Y, said".)
                        if let before, let agent = agentBefore(before, sentence: sentence) { return agent }
                        if let m = mention(endingAt: end - 1, sentence: sentence), m.tokens.lowerBound > name, m.actor != nil { return m }
                        if let before { return before }
                    }
                }
                // ("The Philippines' National Security Council, or NSC, said": over the acronym it goes by.)
                if end - 4 > sentence.tokens.lowerBound, tokens[end - 1].has(.comma), tokens[end - 2].has(.allCaps),
                   key(end - 3) == Self.orKey, tokens[end - 4].has(.comma),
                   let m = mention(endingAt: end - 4, sentence: sentence), m.actor != nil {
                    return m
                }
                // ("Ethiopia's foreign ministry, which said ...": the cue inside a relative clause is its antecedent's.)
                if end - 2 > sentence.tokens.lowerBound, Self.relativePronouns.contains(key(end - 1)), tokens[end - 2].has(.comma),
                   let m = mention(endingAt: end - 2, sentence: sentence), m.actor != nil {
                    return m
                }
                // ("The RSF delegation, led by adviser X, said": the subject before a participle's phrase of who leads it.)
                // ("The governing party, founded by billionaire X, said", "..., backed largely by Y, said": any participle's
                // phrase with "by", whose agent is not who speaks.)
                if end - 4 > sentence.tokens.lowerBound, tokens[end - 1].has(.comma),
                   let open = (sentence.tokens.lowerBound..<(end - 3)).last(where: {
                       tokens[$0].has(.comma) && tokens[$0 + 1].has(.lowercase)
                           && (Self.ledParticiples.contains(key($0 + 1)) || ActorRecognizer.endsInEd(tokens[$0 + 1], bytes))
                           && (key($0 + 2) == ActorRecognizer.byKey || $0 + 3 < end && key($0 + 3) == ActorRecognizer.byKey)
                   }), open > sentence.tokens.lowerBound,
                   !((open + 1)..<(end - 1)).contains(where: { tokens[$0].has(.comma) || tokens[$0].has(.quote) }),
                   let m = mention(endingAt: open, sentence: sentence)
                    // (Or the body whose delegation it is: "The Chinese delegation, headed by X, said".)
                    ?? (Self.delegationNouns.contains(key(open - 1)) ? mention(endingAt: open - 1, sentence: sentence) : nil) {
                    return m
                }
                // "Orban, who has close ties to Moscow, said": the subject before a relative clause.
                // ("the Libyan National Army (LNA), which controls the east, said": over an acronym in brackets.)
                if end - 3 > sentence.tokens.lowerBound, tokens[end - 1].has(.comma),
                   let open = (sentence.tokens.lowerBound..<(end - 2)).last(where: {
                       tokens[$0].has(.comma) && Self.relativePronouns.contains(key($0 + 1))
                   }), open > sentence.tokens.lowerBound,
                   let m = mention(endingAt: open - 3 > sentence.tokens.lowerBound && tokens[open - 1].has(.closeBracket)
                                   && tokens[open - 3].has(.openBracket) ? open - 3 : open, sentence: sentence)
                    // ("The UFDG, the main opposition party, whose leader X has lived in exile, said": or the subject before
                    // what comes between.)
                    ?? subject(beforeCue: open + 1, sentence: sentence).flatMap({ $0.actor == nil ? nil : $0 }) {
                    return m
                }
                // "A spokeswoman for the ministry, Eva de Jong, said": a name set off by commas before the cue.
                // ("Its spokesman, Colonel Tural Mammadli, said": a rank may stand before the name.)
                // ("Pakistan's military media wing, the Inter-Services Public Relations (ISPR), said": a body's name, over
                // "the" and its acronym in brackets.)
                if end - 2 > sentence.tokens.lowerBound, tokens[end - 1].has(.comma) {
                    let bracketed = end - 5 > sentence.tokens.lowerBound && tokens[end - 2].has(.closeBracket) && tokens[end - 4].has(.openBracket)
                    if let m = mention(endingAt: bracketed ? end - 4 : end - 1, sentence: sentence), m.form == .name || m.form == .personName {
                        var before = m.tokens.lowerBound - 1
                        while before > m.tokens.lowerBound - 3, before > sentence.tokens.lowerBound, tokens[before].has(.capitalized) { before -= 1 }
                        if before > sentence.tokens.lowerBound + 1, key(before) == Self.theKey, let a = m.actor,
                           layer.actors[a].kind != .person { before -= 1 }
                        if before > sentence.tokens.lowerBound, tokens[before].has(.comma) { return m }
                    }
                }
                // ("the Arakan Army (AA), an ethnic armed group that controls most of the state, said": a body before an
                // apposition that opens with "a" or "an", over its acronym in brackets.)
                if end - 4 > sentence.tokens.lowerBound, tokens[end - 1].has(.comma),
                   let open = (sentence.tokens.lowerBound..<(end - 2)).last(where: { tokens[$0].has(.comma) }),
                   open >= sentence.tokens.lowerBound,
                   ActorResolver.indefiniteArticles.contains(key(open + 1))
                    // ("The Group for the Support of Islam and Muslims (JNIM), Al-Qaeda's affiliate in the Sahel, claimed":
                    // or with another's possessive.)
                    || tokens[open + 1].has(.capitalized) && open + 2 < min(end - 2, open + 5)
                    && ((open + 2)..<min(end - 2, open + 5)).contains(where: { p in
                        tokens[p].has(.possessive) && tokens[p + 1].has(.lowercase) && tokens[p + 1].has(.word)
                    }),
                   !((open + 1)..<(end - 1)).contains(where: { tokens[$0].has(.quote) && !tokens[$0].has(.possessive) }) {
                    let last = open - 3 > sentence.tokens.lowerBound && tokens[open - 1].has(.closeBracket)
                        && tokens[open - 3].has(.openBracket) ? open - 3 : open
                    // (A state only as the sentence's subject: "Cairo, a key backer of Haftar, also warned".)
                    if let m = mention(endingAt: last, sentence: sentence), let a = m.actor,
                       layer.actors[a].kind != .state || m.tokens.lowerBound == sentence.tokens.lowerBound {
                        return m
                    }
                }
                // ("Al-Shabaab, in a claim broadcast on its radio, said": the sentence's subject before a phrase set off by
                // commas that opens with a preposition.)
                if end - 3 > sentence.tokens.lowerBound, tokens[end - 1].has(.comma),
                   let open = (sentence.tokens.lowerBound..<(end - 2)).last(where: { tokens[$0].has(.comma) }),
                   Self.prepositions.contains(key(open + 1)), !((open + 1)..<(end - 1)).contains(where: { tokens[$0].has(.quote) }),
                   let m = mention(endingAt: open, sentence: sentence), m.actor != nil,
                   m.tokens.lowerBound == sentence.tokens.lowerBound
                    || m.tokens.lowerBound == sentence.tokens.lowerBound + 1 && key(sentence.tokens.lowerBound) == Self.theKey {
                    return m
                }
                // "Richard Gowan, an analyst at the Crisis Group, said": a person before an apposition.
                if end - 3 > sentence.tokens.lowerBound, tokens[end - 1].has(.comma),
                   let open = (sentence.tokens.lowerBound..<(end - 2)).last(where: { tokens[$0].has(.comma) }),
                   open > sentence.tokens.lowerBound,
                   !((open + 1)..<(end - 1)).contains(where: { tokens[$0].has(.quote) && !tokens[$0].has(.possessive) }),
                   let m = mention(endingAt: open, sentence: sentence), let a = m.actor, layer.actors[a].kind == .person {
                    return m
                }
                // "Japan's ambassador in Manila wrote": capitalised words after "in" or "at" (a place) say where the
                // speaker is; the speaker is the mention before them ("the Chinese Embassy in the Philippines said").
                if end - 3 > sentence.tokens.lowerBound,
                   let p = stride(from: end - 2, through: max(sentence.tokens.lowerBound + 1, end - 4), by: -1).first(where: {
                       key($0) == Self.inKey || key($0) == Self.atKey
                   }), ((p + 1)..<end).allSatisfy({ tokens[$0].has(.capitalized) || $0 == p + 1 && key($0) == Self.theKey && $0 + 1 < end }),
                   // ("The Ministry of External Affairs (MEA) in New Delhi said": over an acronym in brackets.)
                   case let named = p - 3 > sentence.tokens.lowerBound && tokens[p - 1].has(.closeBracket) && tokens[p - 3].has(.openBracket) ? p - 3 : p,
                   let m = mention(endingAt: named, sentence: sentence), m.actor != nil {
                    return m
                }
                // "Sen. Marcos Urrutia of the opposition National Action Party called": a person's party or body after
                // "of" (a name, after "the" and a word in lower case at most).
                // ("Detective Chief Inspector Sami Rautio of the National Bureau of Investigation told": the body's name
                // may hold an "of" of its own.)
                if end - 3 > sentence.tokens.lowerBound, tokens[end - 1].has(.capitalized) || ActorResolver.bodyHeads.contains(key(end - 1)) {
                    for p in stride(from: end - 2, through: max(sentence.tokens.lowerBound + 1, end - 9), by: -1)
                    where key(p) == Self.ofKey && tokens[p].has(.lowercase) {
                        guard ((p + 1)..<end).allSatisfy({ k in
                            tokens[k].has(.capitalized) || k <= p + 2 && tokens[k].has(.lowercase) && tokens[k].has(.word) && !Self.conjunctions.contains(key(k))
                                || k == end - 1 && ActorResolver.bodyHeads.contains(key(k)) || key(k) == Self.ofKey && tokens[k].has(.lowercase)
                        }) else { break }
                        if let m = mention(endingAt: p, sentence: sentence), let a = m.actor, layer.actors[a].kind == .person { return m }
                    }
                }
                // ("Amnesty International Nigeria accused": a body's national branch, a capitalised word after its name, is
                // the body.)
                // (Not a title after the body's name: "WHO Director-General said".)
                if end - 2 >= sentence.tokens.lowerBound, mentionAt[end - 1] < 0, tokens[end - 1].has(.capitalized),
                   mentionAt[end - 2] >= 0, !tokens[end - 2].has(.possessive), nominalAt[end - 1] == nil,
                   recognizer.role(at: end - 1, limit: end, tokens: tokens, keys: keys, bytes: bytes) == nil,
                   layer.actors[mentionList[Int(mentionAt[end - 2])].actor].kind == .organization,
                   let body = mention(endingAt: end - 1, sentence: sentence) {
                    return body
                }
                // "police and residents said": several speakers, none of them alone (no speaker is better than half);
                // each is listed ("France, Britain and Germany said").
                if let m = mention(endingAt: end, sentence: sentence) {
                    if let agent = agentBefore(m, sentence: sentence) { return agent }
                    var b = m.tokens.lowerBound - 1
                    if b > sentence.tokens.lowerBound, key(b) == Self.theKey { b -= 1 }
                    if b > sentence.tokens.lowerBound, Self.conjunctions.contains(key(b)), key(b) == Self.andKey,
                       let second = mention(endingAt: b, sentence: sentence) {
                        var several = [second, m].compactMap(\.actor)
                        var start = second.tokens.lowerBound
                        // Back over a list: "France, Britain and Germany".
                        while start - 2 >= sentence.tokens.lowerBound, tokens[start - 1].has(.comma),
                              let more = mention(endingAt: start - 1, sentence: sentence), more.tokens.upperBound == start - 1 {
                            if let a = more.actor { several.insert(a, at: 0) }
                            start = more.tokens.lowerBound
                        }
                        var unique: [Int] = []
                        for a in several where !unique.contains(a) { unique.append(a) }
                        if unique.count > 1 { lastSeveral = unique }
                        return SpeakerMention(actor: nil, range: m.range, tokens: m.tokens, form: m.form,
                                              several: unique.count > 1 ? unique : [])
                    }
                    return m
                }
                // "the military's media wing said": the possessor speaks through a part of itself.
                if let b = stride(from: end - 2, through: max(sentence.tokens.lowerBound + 1, end - 5), by: -1).first(where: {
                       tokens[$0].has(.possessive) && tokens[$0].has(.clitic)
                   }), ((b + 1)..<end).allSatisfy({ tokens[$0].has(.lowercase) }),
                   let m = mention(endingAt: b, sentence: sentence) ?? mention(endingAt: b + 1, sentence: sentence),
                   m.form == .name, let a = m.actor, layer.actors[a].kind != .person {
                    return m
                }
                return nil
            }

            var recorded = Set<[Int]>()
            /// The first tokens of the pronouns recorded as mentions.
            var pronounsRecorded = Set<Int>()
            func record(_ m: SpeakerMention?, sentence: Int) {
                guard let m else { return }
                guard let a = m.actor else {
                    if m.form == .nominal, m.several.isEmpty { lastUnnamed = (key(m.tokens.upperBound - 1), sentence) }
                    return
                }
                lastUnnamed = nil
                if m.form == .pronoun { pronounsRecorded.insert(m.tokens.lowerBound) }
                lastSpeaker = a
                lastSpeakerSentence = sentence
                if m.form == .pronoun || m.form == .nominal, recorded.insert([a, m.range.lowerBound, m.range.upperBound]).inserted {
                    layer.actors[a].mentions.append(ActorMention(range: m.range, tokens: m.tokens, sentence: sentence, form: m.form))
                    // Pronouns and role nouns resolved so far, in reading order, for later look-ups.
                    let at = m.tokens.lowerBound
                    if (resolvedStarts[a]?.last ?? Int.min) <= at { resolvedStarts[a, default: []].append(at) }
                }
            }

            var spans = QuotationSpan.find(in: segmentation)
            // An opening mark never closed ("We have done everything ..., Finance Minister Asad Malik said on
            // Monday. The rupee fell ...") ends where its sentence hands over to a named speaker: at the comma
            // before "[speaker] said" or "said [speaker]".
            for i in spans.indices where spans[i].close == nil {
                let q = spans[i]
                let opening = segmentation.sentences[Int(sentenceOfToken[q.open])]
                guard opening.tokens.upperBound < q.content.upperBound else { continue }
                for hit in cueMatcher.matches(in: opening.tokens, tokens: tokens, keys: keys, bytes: bytes)
                where hit.tokens.lowerBound > q.open + 2 {
                    guard let comma = (max(q.open + 2, hit.tokens.lowerBound - 8)..<hit.tokens.lowerBound)
                        .last(where: { tokens[$0].has(.comma) }) else { continue }
                    let named = ((comma + 1)..<hit.tokens.lowerBound).contains { mentionAt[$0] >= 0 }
                        || (hit.tokens.upperBound < opening.tokens.upperBound && mentionAt[hit.tokens.upperBound] >= 0)
                    guard named else { continue }
                    spans[i] = QuotationSpan(open: q.open, close: comma, content: (q.open + 1)..<comma, paragraph: q.paragraph)
                    break
                }
            }
            var spansBySentence: [Int: [QuotationSpan]] = [:]
            for q in spans { spansBySentence[Int(sentenceOfToken[q.open]), default: []].append(q) }

            // Which sentences start inside a quotation (one sweep, not a search per sentence).
            var startsInsideQuote = [Bool](repeating: false, count: segmentation.sentences.count)
            for q in spans where !q.content.isEmpty {
                var s = Int(sentenceOfToken[q.content.lowerBound])
                while s < segmentation.sentences.count, q.content.contains(segmentation.sentences[s].tokens.lowerBound) {
                    startsInsideQuote[s] = true
                    s += 1
                }
            }

            var previousQuoteSpeaker: (actor: Int?, mention: SpeakerMention?, paragraph: Int, sentence: Int)?
            /// The last quotation, when it opened its paragraph, was left open there and has no speaker.
            var unclosedQuotation: (index: Int, paragraph: Int)?

            // Interview transcripts: "Q: ... A: ..." — every answer, up to the next question or the paragraph's
            // end, is the interviewee's own words: the person named after "interview with", "remarks by" and
            // the like before the first question, else the first person named there.
            func marker(_ s: Sentence, _ letter: UInt64) -> Bool {
                s.tokens.count > 2 && keys[s.tokens.lowerBound] == letter && tokens[s.tokens.lowerBound].has(.capitalized)
                    && tokens[s.tokens.lowerBound + 1].has(.colon)
            }
            if let firstQuestion = segmentation.sentences.first(where: { marker($0, Self.questionKey) }) {
                let lead = 0..<firstQuestion.tokens.lowerBound
                var interviewee: (actor: Int, tokens: Range<Int>)?
                if let cue = lead.first(where: { Self.interviewWords.contains(keys[$0]) }) {
                    interviewee = mentionList.filter { layer.actors[$0.actor].kind == .person && $0.tokens.lowerBound > cue
                        && $0.tokens.lowerBound < firstQuestion.tokens.lowerBound }.min { $0.tokens.lowerBound < $1.tokens.lowerBound }
                }
                if interviewee == nil {
                    interviewee = mentionList.filter { layer.actors[$0.actor].kind == .person && $0.tokens.upperBound <= lead.upperBound }
                        .min { $0.tokens.lowerBound < $1.tokens.lowerBound }
                }
                var n = firstQuestion.index
                while n < segmentation.sentences.count {
                    let answer = segmentation.sentences[n]
                    n += 1
                    guard marker(answer, Self.answerKey) else { continue }
                    var last = answer
                    while n < segmentation.sentences.count, segmentation.sentences[n].paragraph == answer.paragraph,
                          !marker(segmentation.sentences[n], Self.questionKey) {
                        last = segmentation.sentences[n]
                        n += 1
                    }
                    var end = last.tokens.upperBound
                    while end > answer.tokens.lowerBound + 2, tokens[end - 1].has(.sentenceFinal) { end -= 1 }
                    let content = (answer.tokens.lowerBound + 2)..<end
                    guard !content.isEmpty else { continue }
                    quotations.append(Quotation(
                        kind: .direct, range: span(content), tokens: content, sentence: answer.index,
                        speaker: interviewee?.actor, speakerRange: interviewee.map { span($0.tokens) }, cue: nil, cueRange: nil,
                        speakers: interviewee.map { [$0.actor] } ?? []))
                }
            }

            for sentence in segmentation.sentences where !sentence.isHeading {
                let cueHits = closeCues(sentence)
                let quotesHere = spansBySentence[sentence.index] ?? []
                var sentenceSpeaker: SpeakerMention?
                var sentenceCue: CueHit?

                for q in quotesHere {
                    // (A nickname inside a name is no quotation: 'Ronald "Bato" dela Rosa'.)
                    if mentionAt[q.open] >= 0, let close = q.close, mentionAt[close] == mentionAt[q.open] { continue }
                    // (Nor a name someone goes by: 'a former police officer known as "Barbecue"', 'nicknamed "El Mencho"'.)
                    // (A comma inside the marks is no word of the name: 'known as "Ti Wil,"'.)
                    let nameWords = q.content.last.map { tokens[$0].has(.comma) } == true ? q.content.dropLast() : q.content[...]
                    if q.close != nil, !nameWords.isEmpty, nameWords.count <= 3, nameWords.allSatisfy({ tokens[$0].has(.capitalized) }),
                       q.open - 1 >= sentence.tokens.lowerBound,
                       Self.nicknamedKeys.contains(key(q.open - 1))
                        || key(q.open - 1) == Self.asKey && q.open - 2 >= sentence.tokens.lowerBound && key(q.open - 2) == Self.knownKey {
                        continue
                    }
                    let closeEnd = q.close.map { $0 + 1 } ?? q.content.upperBound
                    let closeSentence = segmentation.sentences[Int(sentenceOfToken[closeEnd - 1])]
                    var speaker: SpeakerMention?
                    var cue: CueHit?
                    // 1. After the closing mark: `," Belousov said` / `," said the minister`.
                    if q.close != nil {
                        var k = closeEnd
                        if k < closeSentence.tokens.upperBound, tokens[k].has(.comma) { k += 1 }
                        // Each cue within ten words ("State Bank of Pakistan Governor Sana Qadir said"), in order, until one has a speaker.
                        // (Not a cue in a clause of its own: `"unacceptable" and urged Iran` is the subject's.)
                        // (Twenty when a name and an apposition come first: `," Anna Lindqvist, the WFP's country
                        // director in Myanmar, said`.)
                        // (Sixteen over a title, a name and a body's: `," Detective Chief Inspector Sami Rautio of the National
                        // Bureau of Investigation told`.)
                        var named = k
                        while named < min(k + 16, closeSentence.tokens.upperBound),
                              tokens[named].has(.capitalized)
                                || (Self.nameLinks.contains(key(named)) || NameChain.particleKeys.contains(key(named))) && tokens[named].has(.lowercase)
                                || tokens[named].has(.possessive) && tokens[named].has(.clitic) {
                            named += 1
                            // ("Lt Gen (retd) Ashok Kumar Bhandari": over a word in brackets.)
                            if named + 2 < closeSentence.tokens.upperBound, tokens[named].has(.openBracket), tokens[named + 2].has(.closeBracket) {
                                named += 3
                            }
                        }
                        // (Sixteen over who quoted: `," X was quoted by state news agency BelTA as saying`.)
                        // (And twelve past a long title and name, over a clause set off after it: `," Qatar's Minister of State
                        // Mohammed bin Abdulaziz Al-Khulaifi, who has led the mediation, said`.)
                        // (And twenty past a name that an apposition follows: `," Lt Gen (retd) Ashok Kumar Bhandari, a former
                        // commander of the Leh-based 14 Corps, told PTI`.)
                        let reach = (k..<min(k + 6, closeSentence.tokens.upperBound)).contains { tokens[$0].has(.comma) } ? 20
                            : named > k + 2 && named < closeSentence.tokens.upperBound && tokens[named].has(.comma) ? named - k + 20
                            : named - k > 8 || (k..<min(k + 8, closeSentence.tokens.upperBound)).contains { Self.quotedKeys.contains(key($0)) }
                            ? max(16, named - k + 12) : 10
                        let near = (closeSentence.index == sentence.index ? cueHits : closeCues(closeSentence))
                            .filter { $0.tokens.lowerBound >= k && $0.tokens.lowerBound <= k + reach && cues.cues[$0.cue].kind != .noun }
                        // (Nor in a clause of time or cause after it: `a "joint blockade" on the island, less than a week after
                        // President X pledged`.)
                        // (Nor "what he called", which names the words after it: `a "just and necessary" response to what he
                        // called repeated provocations`.)
                        let hits = near.filter { hit in
                            !(k..<hit.tokens.lowerBound).contains { Self.clauseLinks.contains(key($0)) || Self.subordinators.contains(key($0)) }
                                && !(max(k, hit.tokens.lowerBound - 2)..<hit.tokens.lowerBound).contains { key($0) == Self.whatKey }
                        }
                        for hit in hits {
                            // (Not the object of a preposition: `its "total solidarity" with Ouagadougou in a statement`.)
                            // (Nor a demonym after an article, which makes the cue's form a noun: `rejected as "false" the
                            // Colombian claims that`.)
                            if let m = subject(beforeCue: hit.tokens.lowerBound, sentence: closeSentence), m.tokens.lowerBound >= k,
                               !(m.tokens.lowerBound > k && Self.prepositions.contains(key(m.tokens.lowerBound - 1))) {
                                if let a = m.actor, m.tokens.lowerBound > k, ActorRecognizer.determinerKeys.contains(key(m.tokens.lowerBound - 1)),
                                   layer.actors[a].mentions.contains(where: { $0.tokens == m.tokens && $0.form == .adjective }) {
                                    continue
                                }
                                speaker = m; cue = hit
                            } else if !Self.hearerCues.contains(cues.cues[hit.cue].cue), !hit.participle,
                                      var m = mention(startingAt: hit.tokens.upperBound, sentence: closeSentence), !isHearer(m, of: hit) {
                                // "said the minister" — but after "told" comes the hearer ("told reporters"), and after
                                // "saying" the reported clause's subject (`"foreign mercenaries," saying it had failed`).
                                // ("said the force's spokesman, Lieutenant Colonel Olaniyi Osoba": the person named in
                                // apposition to an office.)
                                // ("said the group's director, Isa Sanusi": over the office's words after a body's possessive.)
                                var after = m.tokens.upperBound
                                let clitic = after < closeSentence.tokens.upperBound && tokens[after].has(.possessive) && tokens[after].has(.clitic)
                                if m.form != .nominal, tokens[after - 1].has(.possessive) || clitic {
                                    if clitic { after += 1 }
                                    while after < min(closeSentence.tokens.upperBound, m.tokens.upperBound + 4), tokens[after].has(.lowercase),
                                          tokens[after].has(.word) { after += 1 }
                                }
                                if m.form == .nominal || after > m.tokens.upperBound, after + 1 < closeSentence.tokens.upperBound,
                                   tokens[after].has(.comma),
                                   let named = ((after + 1)..<min(closeSentence.tokens.upperBound, after + 5)).first(where: { mentionAt[$0] >= 0 }),
                                   ((after + 1)..<named).allSatisfy({ tokens[$0].has(.capitalized) }),
                                   layer.actors[mentionList[Int(mentionAt[named])].actor].kind == .person,
                                   let person = mention(startingAt: named, sentence: closeSentence) {
                                    m = person
                                }
                                speaker = m; cue = hit
                            }
                            if speaker != nil { break }
                        }
                        // (`," said one resident, who asked not to be named`: someone unnamed, whom no actor stands for,
                        // speaks after the cue; the quotation is not the previous speaker's.)
                        if speaker == nil, let hit = hits.first, hit.tokens.lowerBound == k, cues.cues[hit.cue].kind == .verb,
                           !hit.participle, !Self.hearerCues.contains(cues.cues[hit.cue].cue),
                           case let who = hit.tokens.upperBound, who + 1 < closeSentence.tokens.upperBound,
                           ActorResolver.indefiniteArticles.contains(key(who)) || key(who) == Self.oneKey
                            // (`," said the head of one international charity`: or an office of a body introduced so.)
                            || key(who) == Self.theKey && who + 3 < closeSentence.tokens.upperBound && key(who + 2) == Self.ofKey
                                && (ActorResolver.indefiniteArticles.contains(key(who + 3)) || key(who + 3) == Self.oneKey),
                           tokens[who + 1].has(.lowercase), tokens[who + 1].has(.word), mentionAt[who + 1] < 0 {
                            var end = who + 2
                            while end < min(closeSentence.tokens.upperBound, who + 5), tokens[end].has(.lowercase), tokens[end].has(.word),
                                  !Self.prepositions.contains(key(end)), !Self.conjunctions.contains(key(end)) { end += 1 }
                            speaker = SpeakerMention(actor: nil, range: span(who..<end), tokens: who..<end, form: .nominal)
                            // (`," said an official at Nigeria's power ministry`: an agent of a body named after "at", "of" or
                            // "from" speaks for it.)
                            if end + 1 < closeSentence.tokens.upperBound, Self.agentWords.contains(key(end - 1)),
                               Self.agentBodyLinks.contains(key(end)),
                               let at = ((end + 1)..<min(closeSentence.tokens.upperBound, end + 5)).first(where: { mentionAt[$0] >= 0 }),
                               case let body = mentionList[Int(mentionAt[at])],
                               [.group, .organization].contains(layer.actors[body.actor].kind),
                               ((end + 1)..<at).allSatisfy({ key($0) == Self.theKey || tokens[$0].has(.capitalized) || tokens[$0].has(.possessive) }) {
                                speaker = SpeakerMention(actor: body.actor, range: span(body.tokens), tokens: body.tokens, form: .name)
                            }
                            cue = hit
                        }
                        // `," Amina Tchoumi, the AU's commissioner for political affairs, peace and security, told`: a
                        // person right after the quotation, set off by a comma, and a cue after the next comma.
                        if speaker == nil, k < closeSentence.tokens.upperBound,
                           let first = mention(startingAt: k, sentence: closeSentence), first.tokens.lowerBound == k,
                           let a = first.actor, layer.actors[a].kind == .person,
                           first.tokens.upperBound < closeSentence.tokens.upperBound, tokens[first.tokens.upperBound].has(.comma),
                           let hit = near.first(where: { $0.tokens.lowerBound > first.tokens.upperBound + 1 && tokens[$0.tokens.lowerBound - 1].has(.comma) }) {
                            speaker = first; cue = hit
                        }
                        // (`," a security source told AFP`, `," one source said`: someone unnamed, whom no actor stands for,
                        // speaks; the quotation is not the previous speaker's.)
                        if speaker == nil, let hit = hits.first, hit.tokens.lowerBound - k >= 1, hit.tokens.lowerBound - k <= 5,
                           cues.cues[hit.cue].kind == .verb, !hit.participle,
                           (ActorResolver.indefiniteArticles.contains(key(k)) || key(k) == Self.oneKey) && hit.tokens.lowerBound - k >= 2
                            || Self.sourceKeys.contains(key(hit.tokens.lowerBound - 1)),
                           (k..<hit.tokens.lowerBound).allSatisfy({ tokens[$0].has(.word) && !tokens[$0].has(.quote) }) {
                            speaker = SpeakerMention(actor: nil, range: span(k..<hit.tokens.lowerBound), tokens: k..<hit.tokens.lowerBound,
                                                     form: .nominal)
                            cue = hit
                        }
                    }
                    // 2. Before the opening mark: the nearest cue in the sentence that has a speaker; a cue inside a
                    //    reported clause may have none ("warned Islamabad that New Delhi would respond "firmly"").
                    for hit in cueHits.filter({ $0.tokens.upperBound <= q.open }).reversed() where speaker == nil {
                        if cue != nil, hit.participle { continue }
                        // (Not a cue in the passive, whose subject is told, not telling: "the envoy was called to the
                        // ministry and India's "deep concern" was conveyed to him".)
                        if hit.tokens.lowerBound > sentence.tokens.lowerBound, Self.beKeys.contains(key(hit.tokens.lowerBound - 1)),
                           hit.tokens.upperBound < sentence.tokens.upperBound, key(hit.tokens.upperBound) != Self.asKey { continue }
                        cue = cue ?? hit
                        if hit.participle, let s = sentenceSpeaker {
                            speaker = s
                        } else if cues.cues[hit.cue].kind == .source, cues.cues[hit.cue].speakerAfter {
                            // ("According to a statement by the ministry, ... were "repelled with heavy losses."")
                            speaker = sourceAuthor(after: hit, sentence: sentence, last: q.open)
                            // ("According to a statement from the presidency, al-Sharaa thanked Türkiye for its "sincere
                            // support"": a person who opens the clause after the source's phrase says the words the source
                            // reports.)
                            if let comma = (hit.tokens.upperBound..<q.open).first(where: { tokens[$0].has(.comma) }),
                               let person = mention(startingAt: comma + 1, sentence: sentence), let a = person.actor,
                               layer.actors[a].kind == .person, person.tokens.upperBound < q.open,
                               Self.isWordActVerb(key(person.tokens.upperBound)),
                               !(person.tokens.upperBound..<q.open).contains(where: { tokens[$0].has(.comma) || tokens[$0].has(.quote) }) {
                                speaker = person
                            }
                        } else if !(hit.participle && hit.tokens.lowerBound > sentence.tokens.lowerBound
                                        && tokens[hit.tokens.lowerBound - 1].has(.comma)),
                                  let m = subject(beforeCue: hit.tokens.lowerBound, sentence: sentence) {
                            // (Not the words before a participle's comma: "had written to the World Bank, ..., asking it
                            // to" is the writer's request.)
                            speaker = m
                            // ("Kihara told a press conference that Tokyo had conveyed its position "firmly and calmly"":
                            // quoted words in a that-clause of an earlier cue are that cue's speaker's.)
                            if let outer = cueHits.first(where: { outer in
                                   !outer.participle && outer.tokens.upperBound < m.tokens.lowerBound
                                       && (outer.tokens.upperBound..<min(m.tokens.lowerBound, outer.tokens.upperBound + 6)).contains {
                                           key($0) == Self.thatKey && $0 + 1 == m.tokens.lowerBound
                                               || key($0) == Self.thatKey && key($0 + 1) == Self.theKey && $0 + 2 == m.tokens.lowerBound
                                       }
                                       // ("said Doha condemned the attack "in the strongest terms"": or with no "that" after "said".)
                                       || outer.tokens.upperBound == m.tokens.lowerBound && Self.sayKeys.contains(key(outer.tokens.lowerBound))
                               }), let o = subject(beforeCue: outer.tokens.lowerBound, sentence: sentence), let outerActor = o.actor,
                               outerActor != m.actor,
                               // (Not a body reporting a person's words: "The presidency said al-Sharaa condemned the
                               // "repeated Israeli violations"" are al-Sharaa's.)
                               !(m.actor.map({ layer.actors[$0].kind == .person }) == true && layer.actors[outerActor].kind != .person) {
                                speaker = o
                            }
                        } else if hit.participle {
                            // ", adding that ...": the speaker of the clause it hangs on — the subject of an
                            // earlier speech verb, else the sentence's subject.
                            /// The mention that opens the sentence, after a dateline and over "The" before a body ("The
                            /// interior ministry banned the march, citing "..."").
                            func openingMention() -> SpeakerMention? {
                                var opening = sentence.tokens.lowerBound
                                let paragraph = segmentation.paragraphs[sentence.paragraph]
                                // (After a dateline: "Dhaka, June 10 (BSS) - Bangladesh has summoned ..., calling".)
                                if opening == paragraph.tokens.lowerBound, let dateline = Dateline.tokens(of: paragraph, in: segmentation),
                                   dateline.upperBound < hit.tokens.lowerBound {
                                    opening = dateline.upperBound
                                }
                                if let m = mention(startingAt: opening, sentence: sentence)
                                    ?? (key(opening) == Self.theKey ? mention(startingAt: opening + 1, sentence: sentence) : nil) {
                                    // ("North Korea's official Korean Central News Agency (KCNA) lashed out ..., calling": the body
                                    // a state's possessive opens, not the state.)
                                    if let a = m.actor, layer.actors[a].kind == .state, case let end = m.tokens.upperBound,
                                       tokens[end - 1].has(.possessive) || end < hit.tokens.lowerBound && tokens[end].has(.possessive),
                                       let at = (end..<min(hit.tokens.lowerBound, end + 4)).first(where: { mentionAt[$0] >= 0 }),
                                       case let body = mentionList[Int(mentionAt[at])], body.actor != a,
                                       [.group, .organization].contains(layer.actors[body.actor].kind),
                                       (end..<at).allSatisfy({ tokens[$0].has(.word) && !tokens[$0].has(.comma) }),
                                       let named = mention(startingAt: at, sentence: sentence) {
                                        return named
                                    }
                                    // ("Russian foreign ministry spokeswoman Maria Zakharova sided with ..., saying": the person the
                                    // state's word and the title open, not the state.)
                                    if let a = m.actor, layer.actors[a].kind != .person, case let end = m.tokens.upperBound,
                                       let at = (end..<min(hit.tokens.lowerBound, end + 5)).first(where: { mentionAt[$0] >= 0 }), at > end,
                                       layer.actors[mentionList[Int(mentionAt[at])].actor].kind == .person,
                                       recognizer.role(at: end, limit: at, tokens: tokens, keys: keys, bytes: bytes) != nil,
                                       (end..<at).allSatisfy({ tokens[$0].has(.word) && !tokens[$0].has(.comma) }),
                                       let person = mention(startingAt: at, sentence: sentence) {
                                        return person
                                    }
                                    return m
                                }
                                // ("By afternoon, several hundred parents and residents had marched ..., chanting "...": a group
                                // after an opening phrase and words of number or kind in lower case.)
                                let k = afterOpeningPhrase(opening, limit: hit.tokens.lowerBound)
                                guard let at = (k..<min(hit.tokens.lowerBound, k + 6)).first(where: { mentionAt[$0] >= 0 }),
                                      (k..<at).allSatisfy({ tokens[$0].has(.lowercase) || tokens[$0].has(.number) }),
                                      layer.actors[mentionList[Int(mentionAt[at])].actor].kind == .group else { return nil }
                                return mention(startingAt: at, sentence: sentence)
                            }
                            if previousQuoteSpeaker?.sentence == sentence.index {
                                speaker = previousQuoteSpeaker?.mention
                            } else if let main = cueHits.last(where: {
                                // (Not a cue's form used as a noun: "rejected Tokyo's remarks, saying".)
                                !$0.participle && $0.tokens.upperBound <= hit.tokens.lowerBound
                                    && !($0.tokens.lowerBound > sentence.tokens.lowerBound
                                         && (tokens[$0.tokens.lowerBound - 1].has(.possessive)
                                             || ActorRecognizer.determinerKeys.contains(key($0.tokens.lowerBound - 1))))
                            }) {
                                // ("The ministry banned the march in a statement read on television, citing "...": a source's
                                // phrase names no one, and the sentence's subject speaks.)
                                // ("..., he said in a post on X, reaffirming": a source's phrase after a speech verb is where
                                // that verb's subject spoke.)
                                let verb = cues.cues[main.cue].kind == .source ? cueHits.last(where: {
                                    !$0.participle && cues.cues[$0.cue].kind == .verb && $0.tokens.upperBound <= main.tokens.lowerBound
                                        && main.tokens.lowerBound - $0.tokens.upperBound <= 2
                                }) : nil
                                speaker = verb.flatMap { subject(beforeCue: $0.tokens.lowerBound, sentence: sentence) }
                                    ?? subject(beforeCue: main.tokens.lowerBound, sentence: sentence)
                                    ?? mention(startingAt: main.tokens.upperBound, sentence: sentence)
                                    ?? (cues.cues[main.cue].kind == .source ? openingMention() : nil)
                            } else {
                                speaker = openingMention()
                            }
                        } else if let m = mention(startingAt: hit.tokens.upperBound, sentence: sentence), !isHearer(m, of: hit),
                                  m.tokens.upperBound <= q.open, !tokens[m.tokens.upperBound - 1].has(.possessive),
                                  closesInvertedSpeaker(m.tokens.upperBound) {
                            // (Not "said they would "...": a subject that a verb follows opens the reported clause; nor
                            // "called on Venezuela to "..."": after a cue that takes a hearer comes the hearer.)
                            speaker = m
                        }
                        // ("The statement was dismissed as "baseless propaganda" by Ethiopia's foreign ministry": a passive's
                        // agent after the quotation.)
                        if speaker == nil, !hit.participle, hit.tokens.lowerBound > sentence.tokens.lowerBound,
                           Self.beKeys.contains(key(hit.tokens.lowerBound - 1)), closeEnd + 1 < closeSentence.tokens.upperBound,
                           key(closeEnd) == ActorRecognizer.byKey,
                           let m = mention(startingAt: key(closeEnd + 1) == Self.theKey ? closeEnd + 2 : closeEnd + 1, sentence: closeSentence),
                           m.actor != nil {
                            speaker = m
                        }
                        if speaker != nil { cue = hit }
                    }
                    // 3. Quoted words inside a reported clause tagged at its end:
                    //    Tehran "firmly rejects" the claim, the ministry said in a statement.
                    //    (Also after a cue before the words that found no speaker: "X ... asked China to play a "constructive
                    //    role", the ministry said", where China is the hearer.)
                    if cue == nil || speaker == nil, let reported = reportedSpeech(sentence: closeSentence,
                                                                 cueHits: closeSentence.index == sentence.index ? cueHits : closeCues(closeSentence)),
                       reported.content.contains(q.open), cue == nil || reported.speaker != nil {
                        speaker = reported.speaker
                        cue = reported.cue
                    }
                    // 4. After a colon, without a cue: the person (else the body) the clause before it names ("The
                    //    message from Prime Minister X to his partners was unambiguous: "...").
                    if cue == nil, speaker == nil, q.open > sentence.tokens.lowerBound + 2, tokens[q.open - 1].has(.colon) {
                        let before = mentionList.filter { sentence.tokens.contains($0.tokens.lowerBound) && $0.tokens.upperBound < q.open }
                        let named = before.first { layer.actors[$0.actor].kind == .person }
                            ?? before.first { [.group, .organization].contains(layer.actors[$0.actor].kind) }
                        if let named {
                            speaker = SpeakerMention(actor: named.actor, range: span(named.tokens), tokens: named.tokens, form: .name)
                        }
                    }
                    // 4a. A quotation that opens its paragraph after one that ends in a verb of speech and a colon: that verb's
                    //    speaker ("Speaking to reporters at a command post, he said:" / ""I have ordered our troops ..."").
                    if cue == nil, speaker == nil, q.open == sentence.tokens.lowerBound, sentence.index > 0,
                       case let before = segmentation.sentences[sentence.index - 1], before.paragraph != sentence.paragraph,
                       before.tokens.count >= 3, tokens[before.tokens.upperBound - 1].has(.colon),
                       (spansBySentence[before.index] ?? []).isEmpty,
                       let hit = closeCues(before).last(where: {
                           $0.tokens.upperBound == before.tokens.upperBound - 1 && !$0.participle && cues.cues[$0.cue].kind == .verb
                       }),
                       let m = subject(beforeCue: hit.tokens.lowerBound, sentence: before) {
                        speaker = m
                        cue = hit
                    }
                    // 4b. A quotation that opens its sentence without a cue, after a sentence of the same paragraph that
                    //    opens with a person and holds no quotation: that person ("Eslami, the head of the atomic agency,
                    //    took an even harder line. "Until the security of our sites is guaranteed, ..."").
                    if cue == nil, speaker == nil, q.open == sentence.tokens.lowerBound, sentence.index > 0,
                       case let before = segmentation.sentences[sentence.index - 1], before.paragraph == sentence.paragraph,
                       (spansBySentence[before.index] ?? []).isEmpty, !startsInsideQuote[before.index] {
                        let k = afterOpeningPhrase(before.tokens.lowerBound, limit: before.tokens.upperBound)
                        if k < before.tokens.upperBound, mentionAt[k] >= 0 {
                            let m = mentionList[Int(mentionAt[k])]
                            if layer.actors[m.actor].kind == .person {
                                speaker = SpeakerMention(actor: m.actor, range: span(m.tokens), tokens: m.tokens, form: .name)
                            }
                        }
                    }
                    // ("placards reading "Germany out!"": the words of a sign are its bearers', not the last speaker's: the
                    // group named right before the sign ("protesters carrying placards"), or no one.)
                    let signWords = cue == nil && speaker == nil && q.open - 2 >= sentence.tokens.lowerBound
                        && Self.signVerbs.contains(key(q.open - 1))
                        && ((q.open - 3)...(q.open - 2)).contains { $0 >= sentence.tokens.lowerBound && Self.signNouns.contains(key($0)) }
                    if signWords, let sign = ((q.open - 3)...(q.open - 2)).last(where: { $0 >= sentence.tokens.lowerBound && Self.signNouns.contains(key($0)) }),
                       let bearers = mentionList.last(where: {
                           $0.tokens.lowerBound >= sentence.tokens.lowerBound && $0.tokens.upperBound <= sign
                               && sign - $0.tokens.upperBound <= 3 && layer.actors[$0.actor].kind == .group
                       }) {
                        speaker = SpeakerMention(actor: bearers.actor, range: span(bearers.tokens), tokens: bearers.tokens, form: .name)
                    }
                    // 4c. Quoted words inside a sentence without a cue, whose sentence a person opens and no other actor
                    //    is named before them: that person's ("Prime Minister X ordered all units to cease fire
                    //    "immediately and unconditionally"").
                    if cue == nil, speaker == nil, !signWords, q.open > sentence.tokens.lowerBound {
                        let k = afterOpeningPhrase(sentence.tokens.lowerBound, limit: q.open)
                        // (Over a demonym in capitals before the title: "Ugandan President X".)
                        if let at = (k..<min(q.open, k + 5)).first(where: {
                               mentionAt[$0] >= 0 && layer.actors[mentionList[Int(mentionAt[$0])].actor].kind == .person
                           }),
                           (k..<at).allSatisfy({ tokens[$0].has(.capitalized) }) {
                            let m = mentionList[Int(mentionAt[at])]
                            // (Or others named after a verb of an act in words: "Karki thanked India for its "consistent
                            // support"".)
                            let clause = appositionEnd(after: m.tokens.upperBound, of: m.actor, limit: q.open)
                            let verb = clause < q.open && Self.adverbs.contains(key(clause)) ? clause + 1 : clause
                            if layer.actors[m.actor].kind == .person,
                               verb < q.open && tokens[verb].has(.lowercase) && Self.isWordActVerb(key(verb))
                                || !(m.tokens.upperBound..<q.open).contains(where: { mentionAt[$0] >= 0 && mentionList[Int(mentionAt[$0])].actor != m.actor }) {
                                speaker = SpeakerMention(actor: m.actor, range: span(m.tokens), tokens: m.tokens, form: .name)
                            }
                        }
                    }
                    // 4c. (A body or a state that opens the sentence, right before a verb of an act in words the words follow:
                    //     "The Economic Community of West African States (ECOWAS) voiced "deep concern"".)
                    if cue == nil, speaker == nil, !signWords, q.open - 1 > sentence.tokens.lowerBound,
                       tokens[q.open - 1].has(.lowercase), Self.isWordActVerb(key(q.open - 1)) {
                        var k = afterOpeningPhrase(sentence.tokens.lowerBound, limit: q.open)
                        if k < q.open, mentionAt[k] < 0, key(k) == Self.theKey { k += 1 }
                        if k < q.open, mentionAt[k] >= 0, case let m = mentionList[Int(mentionAt[k])],
                           layer.actors[m.actor].kind != .person, m.tokens.upperBound < q.open,
                           (m.tokens.upperBound..<(q.open - 1)).allSatisfy({
                               tokens[$0].has(.openBracket) || tokens[$0].has(.closeBracket) || tokens[$0].has(.allCaps)
                           }) {
                            speaker = SpeakerMention(actor: m.actor, range: span(m.tokens), tokens: m.tokens, form: .name)
                        }
                    }
                    // 4b. The quoted words of a demand, call or offer whose author the phrase names, whatever cue the
                    //     sentence has ("rejecting a demand by Gil for the "immediate withdrawal"", "Gil's call for
                    //     "restraint"").
                    if let author = speechNounAuthor(before: q.open, sentence: sentence) {
                        speaker = author
                    }
                    // 4c. ("Funakoshi urged the envoy to ensure such incidents "never happen again," the ministry said": a body
                    //     reporting what its person did in words gives the words to the person who opens the sentence.)
                    //     (Over the person's name set off after their title, and over an act before the one in words: "The
                    //     Emirates' foreign minister, Sheikh Abdullah, received both delegations and urged them to "seize
                    //     this window", the state news agency reported".)
                    //     (After a dateline, and over another's name set off by commas: "BEIJING (Yonhap) -- Foreign Minister
                    //     X held talks with his Chinese counterpart, Wang Yi, and asked China to play a "constructive role",
                    //     the ministry said".)
                    let paragraph = segmentation.paragraphs[sentence.paragraph]
                    let opening = sentence.tokens.lowerBound == paragraph.tokens.lowerBound
                        ? Dateline.tokens(of: paragraph, in: segmentation).map { $0.upperBound } ?? sentence.tokens.lowerBound
                        : sentence.tokens.lowerBound
                    if let body = speaker?.actor, layer.actors[body].kind != .person, q.open > opening,
                       let person = mention(startingAt: opening, sentence: sentence), let a = person.actor,
                       layer.actors[a].kind == .person, person.tokens.upperBound < q.open,
                       case let clause = appositionEnd(after: person.tokens.upperBound, of: a, limit: q.open),
                       case let verb = Self.adverbs.contains(key(clause)) ? clause + 1 : clause,
                       verb < q.open, Self.isWordActVerb(key(verb))
                        || (verb..<(q.open - 1)).contains(where: { key($0) == Self.andKey && Self.isWordActVerb(key($0 + 1)) }),
                       !(clause..<q.open).contains(where: {
                           tokens[$0].has(.quote) || tokens[$0].has(.comma) && !($0 > clause && mentionAt[$0 + 1] >= 0
                               || $0 > clause && mentionAt[$0 - 1] >= 0 && tokens[$0 + 1].has(.lowercase))
                       }) {
                        speaker = person
                    }
                    // 4d. A paragraph of quoted words alone whose speaker the next paragraph names ("..." ¶ "X made the
                    //     remarks at a news conference", "That message came from X"): that speaker, not the last one.
                    if cue == nil, speaker == nil, !signWords, let close = q.close,
                       case let paragraph = segmentation.paragraphs[q.paragraph], q.open == paragraph.tokens.lowerBound,
                       close + 2 >= paragraph.tokens.upperBound, let author = remarksAuthor(afterParagraph: q.paragraph) {
                        speaker = author
                    }
                    // 5. A quotation that stands alone continues the previous speaker's.
                    if cue == nil, speaker == nil, !signWords, let previous = previousQuoteSpeaker,
                       previous.paragraph == q.paragraph || previous.paragraph + 1 == q.paragraph {
                        speaker = previous.mention.map { SpeakerMention(actor: $0.actor, range: $0.range, tokens: $0.tokens, form: .name) }
                    }
                    // ("a governor of "Guayana Esequiba"": a name in quotation marks after a preposition is named, not said.)
                    let quotedName = q.open > sentence.tokens.lowerBound && ActorRecognizer.prepositionKeys.contains(key(q.open - 1))
                        && !q.content.isEmpty && q.content.count <= 5
                        && q.content.allSatisfy { tokens[$0].has(.capitalized) || !tokens[$0].has(.word) }
                        && q.content.contains { tokens[$0].has(.word) }
                    if quotedName {
                        speaker = nil
                        cue = nil
                    }
                    let startsSentence = q.open == sentence.tokens.lowerBound
                        || (q.open > sentence.tokens.lowerBound && tokens[q.open - 1].has(.colon))
                    let kind: Quotation.Kind = startsSentence ? .direct : .mixed
                    var content = q.content
                    while content.count > 1, tokens[content.upperBound - 1].has(.comma) { content = content.dropLast() }
                    let contentRange = span(content)
                    if cue != nil { record(speaker, sentence: sentence.index) }
                    if !quotedName {
                        if sentenceSpeaker == nil { sentenceSpeaker = speaker }
                        if sentenceCue == nil { sentenceCue = cue }
                        previousQuoteSpeaker = (speaker?.actor, speaker, q.paragraph, sentence.index)
                    }
                    // (A paragraph of quoted words left open and without a speaker, the next paragraph's opening quotation
                    // tagged: the same speaker's words, `"For thirty years, ... the Serbs. ¶ "Now the people will decide,"
                    // Dodik said.`)
                    if let open = unclosedQuotation, q.paragraph == open.paragraph + 1, let speaker, speaker.actor != nil,
                       q.open == segmentation.paragraphs[q.paragraph].tokens.lowerBound {
                        quotations[open.index].speaker = speaker.actor
                        quotations[open.index].speakerRange = speaker.range
                        quotations[open.index].speakers = speaker.speakers
                    }
                    unclosedQuotation = cue == nil && speaker == nil && q.close == nil && !quotedName
                        && q.open == segmentation.paragraphs[q.paragraph].tokens.lowerBound ? (quotations.count, q.paragraph) : nil
                    quotations.append(Quotation(
                        kind: kind, range: contentRange, tokens: content, sentence: sentence.index,
                        speaker: speaker?.actor, speakerRange: speaker?.range,
                        cue: cue.map { cues.cues[$0.cue].cue }, cueRange: cue?.range, speakers: speaker?.speakers ?? []))
                }
                if startsInsideQuote[sentence.index] { continue }

                // Reported speech without quotation marks, also beside a quotation that it does not
                // contain ("Talks will resume, the minister said, adding that a deal was "within reach."").
                var reportedHere: Range<Int>?
                // (A cue whose words hold a quotation gives way to a later one: "X warned that Malaysia would "respond in
                // kind", and officials said the government had drawn up a list".)
                var reported = reportedSpeech(sentence: sentence, cueHits: cueHits)
                while let r = reported, quotesHere.contains(where: { q in r.content.overlaps(q.open..<((q.close ?? q.content.upperBound) + 1)) }) {
                    let later = cueHits.filter { $0.tokens.lowerBound > r.cue.tokens.lowerBound }
                    reported = later.isEmpty ? nil : reportedSpeech(sentence: sentence, cueHits: later)
                }
                if var reported, !reported.content.isEmpty {
                    // "MOSCOW (Reuters) - Talks will resume, the minister said": the dateline is not said.
                    if reported.content.lowerBound == segmentation.paragraphs[sentence.paragraph].tokens.lowerBound,
                       let dateline = Dateline.tokens(of: segmentation.paragraphs[sentence.paragraph], in: segmentation),
                       dateline.upperBound < reported.content.upperBound {
                        reported.content = dateline.upperBound..<reported.content.upperBound
                    }
                    record(reported.speaker, sentence: sentence.index)
                    if sentenceSpeaker == nil { sentenceSpeaker = reported.speaker }
                    if sentenceCue == nil { sentenceCue = reported.cue }
                    reportedHere = reported.content
                    quotations.append(Quotation(
                        kind: .indirect, range: span(reported.content), tokens: reported.content, sentence: sentence.index,
                        speaker: reported.speaker?.actor, speakerRange: reported.speaker?.range,
                        cue: cues.cues[reported.cue.cue].cue, cueRange: reported.cue.range, speakers: reported.speaker?.speakers ?? []))
                }
                // More reported speech of the sentence's speaker after what was attributed:
                // - a participle's that-clause: "..., the minister said in Warsaw, adding that the forces were on alert";
                // - a coordinated cue: "stressed that the crisis "will not be solved overnight" but promised that ...";
                // - a coordinated that-clause of the same cue: "told a forum that "the era ... is over" and that ...".
                // ("Kobakhidze rejected the criticism, saying that ...": the sentence's subject, when nothing else spoke.)
                // (Sought only when a cue opens such a clause: most sentences have none.)
                let opensClause = cueHits.contains { hit in
                    hit.tokens.lowerBound > sentence.tokens.lowerBound && (hit.participle ? tokens[hit.tokens.lowerBound - 1].has(.comma)
                        : Self.conjunctions.contains(key(hit.tokens.lowerBound - 1)))
                }
                if let speaker = sentenceSpeaker
                    ?? (opensClause && reportedHere == nil && quotesHere.isEmpty ? sentenceSubject(sentence) : nil) {
                    var last = sentence.tokens.upperBound
                    while last > sentence.tokens.lowerBound, tokens[last - 1].has(.sentenceFinal) { last -= 1 }
                    var clauses: [(that: Int, cue: CueHit)] = []
                    for hit in cueHits where hit.tokens.lowerBound > sentence.tokens.lowerBound {
                        let before = hit.tokens.lowerBound - 1
                        if hit.participle ? tokens[before].has(.comma) : Self.conjunctions.contains(key(before)) {
                            clauses.append((hit.tokens.upperBound, hit))
                        }
                    }
                    if let cue = sentenceCue {
                        for k in sentence.tokens.lowerBound..<max(sentence.tokens.lowerBound, last - 1)
                        where Self.conjunctions.contains(key(k)) && key(k + 1) == Self.thatKey && k > cue.tokens.upperBound {
                            clauses.append((k + 1, cue))
                        }
                    }
                    for (clause, hit) in clauses.sorted(by: { $0.that < $1.that }) {
                        // (", saying in a statement that": over a short phrase without a comma before "that".)
                        var that = clause
                        if that < last, key(that) != Self.thatKey, let t = (that..<min(last, that + 5)).first(where: { key($0) == Self.thatKey }),
                           Self.prepositions.contains(key(that)), !(that..<t).contains(where: { tokens[$0].has(.comma) || tokens[$0].has(.quote) }) {
                            that = t
                        }
                        let start = that + 1
                        guard start < last, key(that) == Self.thatKey, last - start >= 3 else { continue }
                        let content = start..<last
                        guard !(reportedHere?.overlaps(content) ?? false),
                              !quotesHere.contains(where: { q in content.overlaps(q.open..<((q.close ?? q.content.upperBound) + 1)) })
                        else { continue }
                        // ("Lee stressed that ..., a senior official told reporters, adding that ...": a participle hangs on
                        // the nearest cue before it, whose subject speaks.)
                        var speaker = speaker
                        if hit.participle, let main = cueHits.last(where: { !$0.participle && $0.tokens.upperBound < hit.tokens.lowerBound }),
                           main.tokens.lowerBound > sentence.tokens.lowerBound, tokens[main.tokens.lowerBound - 1].has(.comma) == false,
                           let s = subject(beforeCue: main.tokens.lowerBound, sentence: sentence), s.actor != nil {
                            speaker = s
                        }
                        // (The subject who spoke is the one "he" stands for next.)
                        if sentenceSpeaker == nil { record(speaker, sentence: sentence.index) }
                        quotations.append(Quotation(
                            kind: .indirect, range: span(content), tokens: content, sentence: sentence.index,
                            speaker: speaker.actor, speakerRange: speaker.range,
                            cue: cues.cues[hit.cue].cue, cueRange: hit.range, speakers: speaker.speakers))
                        break
                    }
                }
                // A pronoun that opens the sentence and names no speaker here is still a mention of whom it stands for
                // ("The Israeli military said ... It accused Hamas of violating the agreement"): its clause's events need it.
                // ("It" and "they" only for the subject of the sentence before whose verb follows it: not "It is a question of",
                // nor "The Doha agreement ... It followed".)
                let first = sentence.tokens.lowerBound
                if first + 1 < sentence.tokens.upperBound, tokens[first].has(.capitalized), mentionAt[first] < 0,
                   !pronounsRecorded.contains(first), Self.subjectPronounKeys.contains(key(first)), !startsInsideQuote[sentence.index],
                   sentence.index > 0, case let before = segmentation.sentences[sentence.index - 1],
                   before.paragraph == sentence.paragraph || !Self.personPronouns.contains(key(first)) {
                    var found: Int?
                    if Self.personPronouns.contains(key(first)) {
                        found = resolvedWord(at: first, sentence: sentence)?.actor
                    } else if !Self.beKeys.contains(key(first + 1)), let m = sentenceSubject(before), let a = m.actor,
                              m.tokens.upperBound < before.tokens.upperBound, isFiniteVerb(m.tokens.upperBound),
                              layer.actors[a].kind == .group || layer.actors[a].kind == .organization
                                || layer.actors[a].kind == .state && key(first) == Self.itKey {
                        found = a
                    }
                    if let a = found {
                        let r = first..<(first + 1)
                        layer.actors[a].mentions.append(ActorMention(range: span(r), tokens: r, sentence: sentence.index, form: .pronoun))
                        pronounsRecorded.insert(first)
                    }
                }
                // ("The visit came days after he traveled to Kyiv to meet Zelenskyy": so is "he" or "she" opening a clause after
                // a conjunction, outside quoted words, when a verb follows.)
                for k in sentence.tokens where k > sentence.tokens.lowerBound && k + 1 < sentence.tokens.upperBound
                    && Self.clauseSubjectPronouns.contains(key(k)) && tokens[k].has(.lowercase) && mentionAt[k] < 0
                    && !pronounsRecorded.contains(k) && Self.clauseConjunctions.contains(key(k - 1))
                    && tokens[k + 1].has(.lowercase) && tokens[k + 1].has(.word)
                    && !quotesHere.contains(where: { q in (q.open...(q.close ?? q.content.upperBound)).contains(k) }) {
                    if let a = resolvedWord(at: k, sentence: sentence)?.actor {
                        let r = k..<(k + 1)
                        layer.actors[a].mentions.append(ActorMention(range: span(r), tokens: r, sentence: sentence.index, form: .pronoun))
                        pronounsRecorded.insert(k)
                    }
                }
                // "him" outside quoted words is the man named last before it, in this sentence or the one before, other than
                // the verb's subject ("prosecutors charged Machar with treason, and Kiir suspended him").
                for k in sentence.tokens where key(k) == Self.himKey && mentionAt[k] < 0 && !pronounsRecorded.contains(k)
                    && !quotesHere.contains(where: { q in (q.open...(q.close ?? q.content.upperBound)).contains(k) }) {
                    let floor = sentence.index > 0 ? segmentation.sentences[sentence.index - 1].tokens.lowerBound : sentence.tokens.lowerBound
                    // (Not the verb's own subject, right before its verb group: "Kiir suspended him", "Kiir has suspended him".)
                    var subject: Int?
                    var v = k - 1
                    while v > sentence.tokens.lowerBound, k - v <= 3, mentionAt[v] < 0, tokens[v].has(.lowercase), tokens[v].has(.word),
                          key(v) != ActorRecognizer.andWordKey { v -= 1 }
                    if v < k - 1, v >= sentence.tokens.lowerBound, mentionAt[v] >= 0 { subject = mentionList[Int(mentionAt[v])].actor }
                    // (A verb joined by "and" shares the sentence's subject: "Putin met Xi and thanked him".)
                    if v < k - 1, key(v) == ActorRecognizer.andWordKey { subject = sentenceSubject(sentence)?.actor }
                    // (Nor a man of the subject's own state, when the state itself acts: "Petro has clashed with U.S.
                    // President Donald Trump, and Washington imposed sanctions on him" is Petro; a state's court or
                    // government may still act on its own people.)
                    let subjectState = subject.flatMap { layer.actors[$0].kind == .state ? layer.actors[$0].country : nil }
                    var best: (at: Int, actor: Int)?
                    for (a, starts) in personStarts where a != subject && gender[a] != true
                        && (subjectState == nil || layer.actors[a].country != subjectState) {
                        if let at = starts.last(where: { $0 < k && $0 >= floor }), best.map({ at > $0.at }) ?? true { best = (at, a) }
                    }
                    if let b = best {
                        let r = k..<(k + 1)
                        layer.actors[b.actor].mentions.append(ActorMention(range: span(r), tokens: r, sentence: sentence.index, form: .pronoun))
                        pronounsRecorded.insert(k)
                    }
                }
            }

            /// The actor that opens sentence `s` as its subject ("Georgian Prime Minister Irakli Kobakhidze rejected
            /// ..."): the mention that ends the words before its first lower-case word that is no determiner and no role.
            func sentenceSubject(_ s: Sentence) -> SpeakerMention? {
                var k = s.tokens.lowerBound
                while k < s.tokens.upperBound, tokens[k].has(.quote) { k += 1 }
                var v = k
                while v < s.tokens.upperBound, v - k < 10,
                      mentionAt[v] >= 0 || tokens[v].has(.capitalized) || tokens[v].has(.allCaps) || Self.subjectNPWords.contains(key(v))
                        || recognizer.role(at: v, limit: v + 1, tokens: tokens, keys: keys, bytes: bytes) != nil { v += 1 }
                guard v > k, v < s.tokens.upperBound, tokens[v].has(.lowercase) else { return nil }
                guard let m = mention(endingAt: v, sentence: s), m.actor != nil, m.tokens.lowerBound <= k + 4 else { return nil }
                return m
            }

            /// The speaker of a paragraph of quoted words alone, named by the first sentence of the next paragraph:
            /// "X made the remarks|comments ...", "X gave that warning ...", "X was speaking at ...", "That message came
            /// from X", "The remarks were made by X", "That was how X summed up ...".
            func remarksAuthor(afterParagraph p: Int) -> SpeakerMention? {
                guard p + 1 < segmentation.paragraphs.count, case let next = segmentation.paragraphs[p + 1], !next.tokens.isEmpty
                else { return nil }
                let s = segmentation.sentences[Int(sentenceOfToken[next.tokens.lowerBound])]
                guard (spansBySentence[s.index] ?? []).isEmpty, s.tokens.count >= 4 else { return nil }
                let first = s.tokens.lowerBound, end = s.tokens.upperBound
                if Self.remarkOpeners.contains(key(first)) {
                    for j in (first + 1)..<min(end - 1, first + 5) where tokens[j].has(.lowercase) {
                        if let verbs = Self.remarkLinks[key(j)], verbs.contains(key(j - 1)) {
                            return mention(startingAt: j + 1, sentence: s)
                        }
                    }
                }
                for v in (first + 1)..<min(end - 1, first + 40) where tokens[v].has(.lowercase) {
                    if tokens[v].has(.quote) || tokens[v].has(.sentenceFinal) { return nil }
                    var cue: Int?
                    if Self.remarkVerbs.contains(key(v)) {
                        var n = v + 1
                        if n < end, Self.remarkDeterminers.contains(key(n)) { n += 1 }
                        if n < end, Self.remarkNouns.contains(key(n)) || n + 1 < end && tokens[n].has(.lowercase)
                            && Self.remarkNouns.contains(key(n + 1)) {
                            cue = v
                        }
                    } else if Self.speakingWords.contains(key(v)), Self.speakingLinks.contains(key(v + 1)) {
                        cue = v > first && Self.beKeys.contains(key(v - 1)) ? v - 1 : v
                    }
                    if let cue {
                        guard let m = subject(beforeCue: cue, sentence: s), m.actor != nil else { return nil }
                        return m
                    }
                }
                return nil
            }

            func closeCues(_ s: Sentence) -> [CueHit] {
                var hits: [CueHit] = cueMatcher.matches(in: s.tokens, tokens: tokens, keys: keys, bytes: bytes).map {
                    let form = cues.forms[Int($0.payload)]
                    return CueHit(cue: form.cue, participle: form.participle, tokens: $0.tokens, range: $0.bytes)
                }
                // ("A commander who asked not to be named said:", "an official, speaking on condition of anonymity, told":
                // the verb after a clause of anonymity is the cue; the clause only says the speaker is unnamed.)
                if let anonymity = anonymityCue, hits.count > 1 {
                    let all = hits
                    hits.removeAll { hit in
                        guard hit.cue == anonymity else { return false }
                        var next = hit.tokens.upperBound
                        if next < s.tokens.upperBound, tokens[next].has(.comma) { next += 1 }
                        // (Or right after the verb and its hearer: "told Anadolu on condition of anonymity that".)
                        return all.contains { $0.tokens.lowerBound == next && cues.cues[$0.cue].kind == .verb }
                            || all.contains { $0.cue != anonymity && cues.cues[$0.cue].kind == .verb
                                && $0.tokens.upperBound <= hit.tokens.lowerBound && hit.tokens.lowerBound - $0.tokens.upperBound <= 4 }
                    }
                }
                return hits
            }

            /// "CONTENT, SPEAKER said (...)." / "SPEAKER said (that) CONTENT." /
            /// "according to SPEAKER, CONTENT".
            /// Who a source cue names after it: "according to the ministry", "according to a statement from the ministry"
            /// (over the words naming the text).
            func sourceAuthor(after hit: CueHit, sentence: Sentence, last: Int) -> SpeakerMention? {
                if let m = mention(startingAt: hit.tokens.upperBound, sentence: sentence) { return m }
                guard let of = (hit.tokens.upperBound..<min(hit.tokens.upperBound + 5, last)).first(where: {
                    Self.sourceLinks.contains(key($0))
                }), (hit.tokens.upperBound..<of).allSatisfy({ tokens[$0].has(.lowercase) }) else { return nil }
                let author = of + 1 < last && key(of + 1) == Self.theKey ? of + 2 : of + 1
                // (A name first, over words that describe it: "a readout carried by the official Xinhua news agency" is
                // the agency's, not an official's.)
                if let named = (author..<min(last, author + 4)).first(where: { mentionAt[$0] >= 0 }),
                   (author..<named).allSatisfy({ tokens[$0].has(.lowercase) && tokens[$0].has(.word) }) {
                    return mention(startingAt: named, sentence: sentence)
                }
                return mention(startingAt: author, sentence: sentence)
            }

            func reportedSpeech(sentence: Sentence, cueHits: [CueHit])
                -> (content: Range<Int>, speaker: SpeakerMention?, cue: CueHit)? {
                let range = sentence.tokens
                var last = range.upperBound
                while last > range.lowerBound, tokens[last - 1].has(.sentenceFinal) { last -= 1 }
                // ("MOSCOW (Reuters) - Russia's foreign ministry said that ...": the sentence's words start after a dateline.)
                let paragraph = segmentation.paragraphs[sentence.paragraph]
                let opening = range.lowerBound == paragraph.tokens.lowerBound
                    ? Dateline.tokens(of: paragraph, in: segmentation)?.upperBound ?? range.lowerBound : range.lowerBound
                for hit in cueHits where !hit.participle && !cues.cues[hit.cue].quoteOnly {
                    let kind = cues.cues[hit.cue].kind
                    if kind == .source {
                        if cues.cues[hit.cue].speakerBefore {
                            // SPEAKER was quoted as saying (on Friday) (that) CONTENT
                            var b = hit.tokens.lowerBound
                            if b > range.lowerBound, Self.beKeys.contains(key(b - 1)) { b -= 1 }
                            guard let m = subject(beforeCue: b, sentence: sentence) else { continue }
                            var start = hit.tokens.upperBound
                            if let that = (start..<min(last, start + 6)).first(where: { key($0) == Self.thatKey }),
                               !(start..<that).contains(where: { tokens[$0].has(.comma) || tokens[$0].has(.quote) }) {
                                start = that + 1
                            }
                            // ("was quoted as saying by the RIA Novosti news agency": who quoted, not what was said.)
                            if start < last, key(start) == ActorRecognizer.byKey { continue }
                            if last - start >= 3 { return (start..<last, m, hit) }
                            continue
                        }
                        guard cues.cues[hit.cue].speakerAfter else { continue }
                        // according to SPEAKER, CONTENT  |  CONTENT, according to SPEAKER
                        // (Also "according to a statement from the ministry": over the words naming the text.)
                        guard let m = sourceAuthor(after: hit, sentence: sentence, last: last) else { continue }
                        if hit.tokens.lowerBound == range.lowerBound, m.tokens.upperBound + 1 < last,
                           tokens[m.tokens.upperBound].has(.comma) {
                            return ((m.tokens.upperBound + 1)..<last, m, hit)
                        }
                        if hit.tokens.lowerBound > range.lowerBound + 1, tokens[hit.tokens.lowerBound - 1].has(.comma) {
                            return (range.lowerBound..<(hit.tokens.lowerBound - 1), m, hit)
                        }
                        continue
                    }
                    guard kind == .verb || kind == .phrase else { continue }
                    // CONTENT, [SPEAKER NP] CUE ...
                    if let m = subject(beforeCue: hit.tokens.lowerBound, sentence: sentence) {
                        var c = m.tokens.lowerBound
                        // Back over the rest of the subject: titles, role words ("army spokesman"), determiners.
                        while c > range.lowerBound, !tokens[c - 1].has(.comma) {
                            if mentionAt[c - 1] >= 0 || tokens[c - 1].has(.capitalized) || Self.subjectNPWords.contains(key(c - 1))
                                || ActorRecognizer.titleModifiers.contains(key(c - 1)) {
                                c -= 1
                                continue
                            }
                            // A role of one or more words ending here ("chief cabinet secretary", "army spokesman").
                            guard let length = (1...3).reversed().first(where: { n in
                                c - n >= range.lowerBound && !(c - n..<c).contains { tokens[$0].has(.comma) }
                                    && recognizer.role(at: c - n, limit: c, tokens: tokens, keys: keys, bytes: bytes)?.1 == c
                            }) else { break }
                            c -= length
                        }
                        // The speaker's own title set off before the name is the subject's too ("The UN's envoy to Haiti,
                        // William O'Neill, warned"; "..., the UN's envoy to Yemen, Hans Grundberg, said").
                        if let speaker = m.actor, c > range.lowerBound + 1, tokens[c - 1].has(.comma) {
                            var p = c - 1
                            while p > range.lowerBound, !tokens[p - 1].has(.comma) { p -= 1 }
                            if (p..<min(p + 2, c - 1)).contains(where: { mentionAt[$0] >= 0 && mentionList[Int(mentionAt[$0])].actor == speaker }) {
                                c = p
                            }
                        }
                        // The cue closes the clause ("said on Friday", "stated.") or opens its object.
                        var after = hit.tokens.upperBound
                        // (Over adverbs and a time: "said Sunday", "said late on Friday.")
                        while after < last, Self.adverbs.contains(key(after)) || Self.bareTimes.contains(key(after)) { after += 1 }
                        // ("..., the defence minister told reporters.": over the hearer, which may close the clause too.)
                        if cues.cues[hit.cue].takesHearer, after < last, key(after) != Self.thatKey {
                            var h = after
                            if ActorRecognizer.determinerKeys.contains(key(h)) { h += 1 }
                            if h < last, mentionAt[h] >= 0 {
                                h = mentionList[Int(mentionAt[h])].tokens.upperBound
                            } else {
                                while h < last, h - after < 3, tokens[h].has(.lowercase), tokens[h].has(.word), key(h) != Self.thatKey,
                                      !Self.prepositions.contains(key(h)) { h += 1 }
                            }
                            // (Not "urged member states to reject": an infinitive goes on.)
                            if h > after, h >= last || tokens[h].has(.comma) || Self.prepositions.contains(key(h)) && key(h) != ActorRecognizer.toKey {
                                after = min(h, last)
                            }
                        }
                        // (Not "said on X that ...": a place or time before "that" leads to the reported clause.)
                        let thatFollows = (after..<min(last, after + 6)).first { key($0) == Self.thatKey || tokens[$0].has(.comma) }
                            .map { key($0) == Self.thatKey } ?? false
                        let cueEndsClause = after >= last || tokens[after].has(.comma)
                            || Self.prepositions.contains(key(after)) && !thatFollows
                        // (Not a phrase that only sets the scene: "In it, X warned the government".)
                        let sceneOnly = c - 1 - range.lowerBound <= 3 && Self.prepositions.contains(key(range.lowerBound))
                        if cueEndsClause, c > range.lowerBound + 2, tokens[c - 1].has(.comma), !sceneOnly {
                            // "The government, he said, would raise the matter": a cue set off inside the clause; the
                            // words are the whole sentence.
                            if c - 1 - range.lowerBound <= 8, after + 1 < last, tokens[after].has(.comma), tokens[after + 1].has(.lowercase),
                               !Self.conjunctions.contains(key(after + 1)), !cueHits.contains(where: { $0.tokens.lowerBound == after + 1 }),
                               last - (after + 1) >= 3 {
                                return (range.lowerBound..<last, m, hit)
                            }
                            return (range.lowerBound..<(c - 1), m, hit)
                        }
                        // SPEAKER CUE (that) CONTENT, the speaker opening the sentence or a clause ("A: The council told us ...").
                        if c == range.lowerBound || c == opening || tokens[c - 1].has(.comma) || tokens[c - 1].has(.colon) {
                            var start = hit.tokens.upperBound
                            // (Or a news outlet: "told AFP the Kremlin's reaction ...".)
                            if start < last, cues.cues[hit.cue].cue == "tell",
                               mentionAt[start] >= 0 || tokens[start].has(.lowercase) || Self.outletKeys.contains(key(start)) {
                                start += 1  // told reporters
                            } else if start + 3 < last, cues.cues[hit.cue].cue == "tell", key(start) == Self.theKey,
                                      let outlet = Self.outletNames.first(where: { name in
                                          name.indices.allSatisfy { start + 1 + $0 < last && key(start + 1 + $0) == name[$0] }
                                      }) {
                                // ("told The Associated Press the test had been planned": an outlet of several words.)
                                start += 1 + outlet.count
                            }
                            // ("said Wednesday it had test-fired": a bare day is no part of what was said.)
                            while start < last, Self.bareTimes.contains(key(start)) { start += 1 }
                            // "announced on Tuesday that": a time between the cue and "that"; "told a regular briefing
                            // that", "warned Islamabad that": the hearer; "said in his evening address that": a phrase
                            // opened by a preposition.
                            if start < last, key(start) != Self.thatKey,
                               let that = (start..<min(last, start + 6)).first(where: { key($0) == Self.thatKey }),
                               (start..<that).allSatisfy({
                                   Self.timeWords.contains(key($0)) || NameChain.notNameKeys.contains(key($0)) || Self.adverbs.contains(key($0))
                                       || ((cues.cues[hit.cue].takesHearer || mentionAt[$0] >= 0) && !tokens[$0].has(.comma) && !tokens[$0].has(.quote))
                               }) || Self.prepositions.contains(key(start)) && key(start) != ActorRecognizer.toKey
                                    && (start..<that).allSatisfy({ !tokens[$0].has(.comma) && !tokens[$0].has(.quote) }) {
                                start = that
                            }
                            let hasThat = start < last && key(start) == Self.thatKey
                            if hasThat { start += 1 }
                            if (cues.cues[hit.cue].thatOnly || kind == .phrase) && !hasThat { continue }
                            if start < last, last - start >= 3 { return (start..<last, m, hit) }
                        }
                    }
                    // CONTENT, CUE SPEAKER.  ("..., said the minister")
                    // (Not "..., said she would appeal": a pronoun that a verb follows opens the reported clause.)
                    // (Nor "..., urged Niamey to": after a cue that takes a hearer comes the hearer.)
                    if hit.tokens.lowerBound > range.lowerBound + 2, tokens[hit.tokens.lowerBound - 1].has(.comma),
                       let m = mention(startingAt: hit.tokens.upperBound, sentence: sentence), !isHearer(m, of: hit),
                       !tokens[m.tokens.upperBound - 1].has(.possessive),
                       m.tokens.upperBound >= last || closesInvertedSpeaker(m.tokens.upperBound) {
                        return (range.lowerBound..<(hit.tokens.lowerBound - 1), m, hit)
                    }
                    // "A senior aide, who asked not to be named, said Vaz had been taken": someone not named speaks;
                    // the words are reported all the same, without a speaker.
                    if kind == .verb, !cues.cues[hit.cue].thatOnly, hit.tokens.lowerBound > range.lowerBound + 2,
                       ActorResolver.indefiniteArticles.contains(key(range.lowerBound)) || key(range.lowerBound) == Self.oneKey,
                       (range.lowerBound..<hit.tokens.lowerBound).contains(where: { nominalAt[$0] != nil }),
                       !(range.lowerBound..<hit.tokens.lowerBound).contains(where: { tokens[$0].has(.quote) }) {
                        var start = hit.tokens.upperBound
                        if start < last, cues.cues[hit.cue].cue == "tell", tokens[start].has(.lowercase) || mentionAt[start] >= 0 { start += 1 }
                        if start < last, key(start) == Self.thatKey { start += 1 }
                        if last - start >= 3, !tokens[start].has(.comma) {
                            return (start..<last, nil, hit)
                        }
                    }
                }
                return nil
            }

            // First-person words inside quotations stand for the speaker's side.
            var changed = false
            for q in quotations {
                guard let speaker = q.speaker else { continue }
                let firstPerson = q.kind != .indirect
                // ("I call on Iran once again to give our inspectors access," Grossi said: "I" is the speaker.)
                if firstPerson, layer.actors[speaker].kind == .person {
                    for k in q.tokens where key(k) == Self.iKey && tokens[k].has(.capitalized) && k + 1 < q.tokens.upperBound
                        && tokens[k + 1].has(.lowercase) && tokens[k + 1].has(.word) {
                        layer.actors[speaker].mentions.append(ActorMention(range: span(k..<(k + 1)), tokens: k..<(k + 1),
                                                                           sentence: q.sentence, form: .firstPerson))
                        changed = true
                    }
                }
                guard let countryCode = layer.actors[speaker].country else { continue }
                var k = q.tokens.lowerBound
                while k < q.tokens.upperBound {
                    let kk = key(k)
                    // our countries / both nations / the two nations: the two sides of the story.
                    if (Self.ourKeys.contains(kk) || Self.bothWords.contains(kk) || kk == Self.theKey), k + 1 < q.tokens.upperBound {
                        var n = k + 1
                        if n < q.tokens.upperBound, Self.bothWords.contains(key(n)) { n += 1 }
                        if n < q.tokens.upperBound, Self.pairNouns.contains(key(n)), n > k + (kk == Self.theKey ? 1 : 0) {
                            if let sides = sides(for: countryCode, layer: layer, before: n) {
                                let r = k..<(n + 1)
                                for a in [sides.0 ?? stateActor(countryCode, &layer), sides.1] {
                                    layer.actors[a].mentions.append(ActorMention(range: span(r), tokens: r, sentence: q.sentence, form: .firstPerson))
                                }
                                changed = true
                                k = n + 1
                                continue
                            }
                        }
                    }
                    if firstPerson, Self.ourKeys.contains(kk), k + 1 < q.tokens.upperBound {
                        if let (role, end) = recognizer.role(at: k + 1, limit: q.tokens.upperBound, tokens: tokens, keys: keys, bytes: bytes) {
                            let a = groupActor(countryCode, role: role, &layer, name: document.text(bytes: span((k + 1)..<end)),
                                               speakerCode: layer.actors[speaker].code)
                            layer.actors[a].mentions.append(ActorMention(range: span(k..<end), tokens: k..<end, sentence: q.sentence, form: .firstPerson))
                            changed = true
                            k = end
                            continue
                        }
                        if Self.countryNouns.contains(key(k + 1)) {
                            let a = stateActor(countryCode, &layer)
                            layer.actors[a].mentions.append(ActorMention(range: span(k..<(k + 2)), tokens: k..<(k + 2), sentence: q.sentence, form: .firstPerson))
                            changed = true
                            k += 2
                            continue
                        }
                    }
                    // ("We lost everything," said X, a 30-year-old taxi driver: a civilian's "we" is no state's.)
                    if firstPerson, kk == Self.weKey || kk == Self.usKey, layer.actors[speaker].roles.first != "CVL" {
                        // A movement's speaker ("Hezbollah leader Naim Qassem") speaks for the movement.
                        let code = layer.actors[speaker].code
                        // (By index: a closure over the elements would copy every actor it looks at.)
                        let movement = layer.actors.indices.first { a in
                            layer.actors[a].kind != .person && layer.actors[a].kind != .state && code.hasPrefix(layer.actors[a].code)
                                && layer.actors[a].code.utf8.count > 3
                                && stride(from: 3, to: layer.actors[a].code.utf8.count, by: 3).contains {
                                    Self.movementRoles.contains(String(layer.actors[a].code.dropFirst($0).prefix(3)))
                                }
                        }
                        let a = movement ?? stateActor(countryCode, &layer)
                        layer.actors[a].mentions.append(ActorMention(range: span(k..<(k + 1)), tokens: k..<(k + 1), sentence: q.sentence, form: .firstPerson))
                        changed = true
                    }
                    k += 1
                }
            }
            if changed { indexMentions() }

            // "The United Nations called on both countries to exercise restraint": outside what anyone says, "both
            // countries" are the story's two main states (or a bloc and a state) named so far.
            let both = Self.bothKey
            var found: [Int] = []
            for k in 1..<tokens.count where key(k - 1) == both && mentionAt[k] < 0 && Self.pairNouns.contains(key(k)) { found.append(k) }
            if !found.isEmpty {
                // (One walk over the sides' mentions in text order, counting as it goes: long documents stay linear.)
                var sideMentions: [(at: Int, actor: Int)] = []
                // (And an armed movement: "urged both sides" in a story of Sudan's army and the RSF.)
                for a in layer.actors.indices where layer.actors[a].kind == .state || layer.actors[a].kind == .organization
                    || layer.actors[a].kind == .group && ActorResolver.roleBlocks(layer.actors[a].code).contains(where: { $0 == "REB" || $0 == "INS" }) {
                    for m in layer.actors[a].mentions { sideMentions.append((m.tokens.lowerBound, a)) }
                }
                sideMentions.sort { $0.at < $1.at }
                let quoted = quotations.map(\.tokens).sorted { $0.lowerBound < $1.lowerBound }
                var counts: [Int: Int] = [:]
                var next = 0, q = 0, s = 0
                for k in found {
                    while next < sideMentions.count, sideMentions[next].at < k { counts[sideMentions[next].actor, default: 0] += 1; next += 1 }
                    while q < quoted.count, quoted[q].upperBound <= k { q += 1 }
                    if q < quoted.count, quoted[q].contains(k) { continue }
                    while s + 1 < segmentation.sentences.count, segmentation.sentences[s].tokens.upperBound <= k { s += 1 }
                    // ("The Saudi foreign ministry urged both sides": who appeals to the sides is none of them.)
                    var verb = k - 2
                    if verb > segmentation.sentences[s].tokens.lowerBound, Self.appealLinks.contains(key(verb)) { verb -= 1 }
                    // (Its state, or the body its code opens: a UN coordinator's appeal is none of the UN's.)
                    var addresser: (state: String?, code: String)?
                    // (Only for "sides": "urged both countries" may come from a side the text named before.)
                    if key(k) == Self.sidesKey, verb > segmentation.sentences[s].tokens.lowerBound, Self.appealVerbs.contains(key(verb)),
                       case let open = afterOpeningPhrase(segmentation.sentences[s].tokens.lowerBound, limit: verb),
                       let at = (open..<verb).first(where: { mentionAt[$0] >= 0 }) {
                        let a = layer.actors[mentionList[Int(mentionAt[at])].actor]
                        addresser = (a.kind == .state ? a.code : a.country, a.code)
                    }
                    func addresses(_ b: Int) -> Bool {
                        guard let addresser else { return false }
                        let code = layer.actors[b].code
                        return code == addresser.state || code.count >= 3 && code != "---" && addresser.code.hasPrefix(code)
                    }
                    // The two named most, each more than any third.
                    // (On a tie a state or bloc comes before a movement: "Pakistan and Afghanistan", whose story also
                    // names the Pakistani Taliban as often.)
                    func rank(_ e: (actor: Int, count: Int)) -> (Int, Int, Int) {
                        (e.count, layer.actors[e.actor].kind == .group ? 0 : 1, -e.actor)
                    }
                    var top: [(actor: Int, count: Int)] = []
                    for (a, n) in counts where !addresses(a) {
                        top.append((a, n))
                        top.sort { rank($0) > rank($1) }
                        if top.count > 3 { top.removeLast() }
                    }
                    guard top.count >= 2, top.count == 2 || top[1].count > top[2].count
                            || layer.actors[top[1].actor].kind != .group && layer.actors[top[2].actor].kind == .group else { continue }
                    let r = (k - 1)..<(k + 1)
                    for a in [top[0].actor, top[1].actor] {
                        layer.actors[a].mentions.append(ActorMention(range: span(r), tokens: r, sentence: s, form: .nominal))
                    }
                }
            }
        }
        // In text order (interview answers are found before the rest); a stable sort keeps ties as found.
        if !quotations.indices.dropFirst().allSatisfy({ quotations[$0 - 1].range.lowerBound <= quotations[$0].range.lowerBound }) {
            quotations = quotations.enumerated().sorted { ($0.element.range.lowerBound, $0.offset) < ($1.element.range.lowerBound, $1.offset) }
                .map(\.element)
        }
        return quotations
    }

    /// Role blocks of movements that are not their state: rebels, insurgents, radicals, parties.
    static let movementRoles: Set<String> = ["REB", "INS", "RAD", "SEP", "UAF", "OPP", "PTY"]

    /// The state actor for a code, created when the document had no mention of it.
    func stateActor(_ code: String, _ layer: inout ActorLayer) -> Int {
        // (By index: a closure over the elements would copy every actor it looks at.)
        if let a = layer.actors.indices.first(where: { layer.actors[$0].kind == .state && layer.actors[$0].code == code }) { return a }
        let name = recognizer.knowledge.countries[code]?.name ?? code
        layer.actors.append(Actor(kind: .state, code: code, name: name, country: code, roles: [], title: nil, mentions: []))
        return layer.actors.count - 1
    }

    func groupActor(_ country: String, role: AgentRole, _ layer: inout ActorLayer, name: String, speakerCode: String) -> Int {
        var code = country + role.codes.joined()
        // A movement's "our fighters" are the movement (PSEREBHMS), not the state's forces: its code
        // carries a non-state role, and a primary role adds nothing to it.
        let blocks = stride(from: 3, to: speakerCode.utf8.count, by: 3).map { String(speakerCode.dropFirst($0).prefix(3)) }
        if blocks.contains(where: Self.movementRoles.contains) {
            code = speakerCode + role.codes.filter { !blocks.contains($0) && !Self.primaryRoles.contains($0) }.joined()
        }
        if let a = layer.actors.indices.first(where: { layer.actors[$0].code == code && layer.actors[$0].kind != .person }) { return a }
        let countryName = recognizer.knowledge.countries[country]?.name ?? country
        layer.actors.append(Actor(kind: .group, code: code, name: "\(countryName) \(name)", country: country,
                                  roles: role.codes, title: nil, mentions: []))
        return layer.actors.count - 1
    }

    /// The other state most mentioned before a position: "both nations" are
    /// the speaker's and this one.
    /// The two sides of "both countries", "the two nations" in what a state's speaker says: the
    /// speaker's state (nil) and its counterpart; or, when the speaker's state is a third party (it is
    /// named less than the story's two main states), those two ("China urged both countries").
    func sides(for code: String, layer: ActorLayer, before position: Int) -> (Int?, Int)? {
        var counts: [(actor: Int, count: Int)] = []
        var own = 0
        // (A bloc may be a side: the EU and Malaysia.)
        for (a, actor) in layer.actors.enumerated() where actor.kind == .state || actor.kind == .organization {
            let n = actor.mentions.reduce(0) { $0 + ($1.tokens.lowerBound < position ? 1 : 0) }
            if actor.code == code { own = n } else if n > 0 { counts.append((a, n)) }
        }
        counts.sort { $0.count > $1.count }
        if counts.count >= 2, own < counts[1].count, counts.count == 2 || counts[1].count > counts[2].count {
            return (counts[0].actor, counts[1].actor)
        }
        return counterpart(of: code, layer: layer, before: position).map { (nil, $0) }
    }

    func counterpart(of code: String, layer: ActorLayer, before position: Int) -> Int? {
        let states = layer.actors.enumerated().filter { $0.element.kind == .state && $0.element.code != code }
            .map { ($0.offset, $0.element.mentions.filter { $0.tokens.lowerBound < position }.count) }
            .filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }
        guard let first = states.first, states.count == 1 || states[1].1 < first.1 else { return nil }
        return first.0
    }
}
