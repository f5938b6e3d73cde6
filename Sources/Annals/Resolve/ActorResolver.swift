/// Turns mentions into actors, one record per real-world actor:
/// - an ambiguous demonym ("Korean") takes the state the document is about
///   (the candidate with most unambiguous mentions), or none when it can't tell;
/// - a capital after a locative preposition ("talks in Pyongyang") is a place,
///   otherwise it stands for its state ("Moscow said");
/// - people are one actor across spellings (Andrei = Andrey) and surnames;
/// - a title without a name ("Russia's Defense Minister") is the person of
///   that state and role introduced in the document, the nearest one first.
final class ActorResolver: Sendable {
    let knowledge: KnowledgeBase
    let variants: NameVariants
    let roles: [AgentRole]
    let directory: PersonDirectory

    /// Per role: true for "counterpart", whose office is that of the person named before it.
    let isCounterpart: [Bool]
    /// Per role: its CAMEO codes, without repeats.
    let roleCodeLists: [[String]]
    /// The token keys of `given-names.tsv`: 0 for a woman's name, 1 for a man's.
    let givenNameKeys: KeyMap
    /// Per role: its name is generic (`genericTitleWords`).
    let isGenericTitle: [Bool]
    /// Per role: its name tells a calling (`callingWords`).
    let isCalling: [Bool]
    /// Per role: its name is also an honorific (`honorificRoleWords`).
    let isHonorific: [Bool]
    /// Per role: it heads a state, a government or a movement (`headOfficeWords`): what "the leader" may stand for.
    let isHeadOffice: [Bool]
    /// Per role: the head word of its name ("minister" of "foreign minister" and "minister of defence").
    let officeHeads: [String]
    /// Role name → its index in `roles` (the first role of that name).
    let roleIndex: [String: Int]
    /// Per role: its holders serve abroad (ambassadors, envoys, consuls), so a story's own state is not theirs.
    let servesAbroad: [Bool]
    /// Per role: a post that armed forces or police hold ("army base", "police station"), named by one of `postHeads`.
    let isPost: [Bool]
    static let postHeads: Set<String> = ["station", "stations", "base", "bases", "airbase", "airbases", "post", "posts",
                                         "barracks", "camp", "camps", "checkpoint", "checkpoints", "headquarters",
                                         "garrison", "garrisons"]
    /// Per role: its people are where they act (opposition, residents): the recognizer's `isLocalRole`.
    let isLocalRole: [Bool]
    /// Per organisation: the keys of the words of its name ("mission" of the UN Assistance Mission in Afghanistan).
    let organizationNameWords: [KeySet]
    /// Per organisation: an armed movement or faction ("the group" may stand for it): a group whose code has a
    /// rebel, insurgent, irregular, criminal, opposition or party role.
    let isMovement: [Bool]
    /// Per organisation: a capital stands for it (`seats.tsv`) in a document that names it.
    let isSeated: [Bool]

    /// Heads of the names of public institutions: two bodies with such names are two actors even when they share
    /// a code ("the Interior Ministry" and "the electoral commission" are both GOV).
    static let institutionHeads: Set<String> = ["ministry", "commission", "authority", "council", "office", "department",
                                                "agency", "committee", "court", "tribunal", "board", "bureau", "government"]

    /// The keys of `institutionHeads`, for the hot path.
    static let institutionHeadKeys = KeySet(words: Array(institutionHeads))

    /// Per role: what a group's key adds to its code. Empty for collectives ("troops", "police", "the ministry"),
    /// the role's number for a named institution ("interior ministry").
    let groupKeySuffix: [String]

    /// The role codes of armed movements and factions.
    static let movementRoles: Set<String> = ["REB", "INS", "UAF", "CRM", "OPP", "PTY", "RAD"]

    /// The role blocks after a code's first block ("RUSGOVMIL" → GOV, MIL).
    static func roleBlocks(_ code: String) -> [String] {
        stride(from: 3, to: code.count, by: 3).map { String(code.dropFirst($0).prefix(3)) }
    }

    /// States with a name that opens with "North" or "South" ("the North", "the South" in a story about them).
    let northStates: Set<String>
    let southStates: Set<String>

    init(knowledge: KnowledgeBase, variants: NameVariants, roles: [AgentRole], isLocalRole: [Bool], directory: PersonDirectory) {
        self.knowledge = knowledge
        self.variants = variants
        self.roles = roles
        self.directory = directory
        isCounterpart = roles.map { $0.name == "counterpart" }
        northStates = Set(knowledge.countries.countries.filter { c in ([c.name] + c.aliases).contains { $0.hasPrefix("North ") } }.map(\.code))
        southStates = Set(knowledge.countries.countries.filter { c in ([c.name] + c.aliases).contains { $0.hasPrefix("South ") } }.map(\.code))
        isGenericTitle = roles.map { Self.genericTitleWords.contains($0.name) }
        isCalling = roles.map { Self.callingWords.contains($0.name) }
        isHonorific = roles.map { Self.honorificRoleWords.contains($0.name) }
        roleIndex = Dictionary(roles.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { first, _ in first })
        self.isLocalRole = isLocalRole
        isPost = roles.map { role in
            !role.isPerson && role.codes.first.map { ["MIL", "COP"].contains($0) } == true
                && role.name.split(separator: " ").last.map { Self.postHeads.contains(String($0)) } == true
        }
        servesAbroad = roles.map { Self.postedAbroadWords.contains($0.name) }
        groupKeySuffix = roles.enumerated().map { n, role in
            let words = role.name.split(separator: " ")
            return !role.isPerson && words.count >= 2 && words.last.map({ Self.institutionHeads.contains(String($0)) }) == true
                ? "#\(n)" : ""
        }
        isHeadOffice = roles.map { role in role.forms.contains(where: Self.headOfficeWords.contains) }
        officeHeads = roles.map { role in
            role.name.split(separator: " ").prefix { $0 != "of" && $0 != "for" }.last.map(String.init) ?? role.name
        }
        // (Keys fold ASCII case only: "Élise" is keyed as written too.)
        givenNameKeys = KeyMap(knowledge.givenNames.flatMap { name, gender -> [(UInt64, Int32)] in
            let value: Int32 = gender == .female ? 0 : 1
            return [(TokenKey.of(name), value), (TokenKey.of(name.prefix(1).uppercased() + name.dropFirst()), value)]
        })
        organizationNameWords = knowledge.organizations.organizations.map { KeySet(words: $0.name.split(separator: " ").map(String.init)) }
        isMovement = knowledge.organizations.organizations.map { org in
            // (International militarized groups, "IMG...", are movements too: Islamic State, JNIM.)
            org.kind == "group" && (Self.roleBlocks(org.code).contains(where: Self.movementRoles.contains) || org.code.hasPrefix("IMG"))
        }
        let seatCodes = Set(knowledge.seats.values)
        isSeated = knowledge.organizations.organizations.map { seatCodes.contains($0.code) }
        roleCodeLists = roles.map { role in
            var codes: [String] = []
            for c in role.codes where !codes.contains(c) { codes.append(c) }
            return codes
        }
    }

    static let leaderKeys = KeySet(words: ["leader"])

    /// Words that make armed forces a state's own government's ("government forces", "regime troops").
    static let domesticForceKeys = KeySet(words: ["government", "regime", "pro-government", "loyalist"])
    /// Role words of who serves a person, whose state is that person's ("an adviser to President X"; an envoy "to" a
    /// state is not of it).
    static let aideKeys = KeySet(words: ["adviser", "advisers", "advisor", "advisors", "aide", "aides", "assistant",
                                         "assistants", "counsellor", "counselor"])
    /// Titles of who leads a body, whose holder takes the body's own code ("DP leader X": KOROPP).
    static let leaderTitles: Set<String> = ["leader", "chief", "head", "chairman", "chairwoman", "chairperson", "chair"]
    static let capitalKey = TokenKey.of("capital")
    /// Prepositions of a place that opens a sentence ("In Tokyo, ...").
    static let openingPrepositions = KeySet(words: ["in", "from", "at"])
    /// "a spokesperson", "an official": someone not named before.
    static let indefiniteArticles = KeySet(words: ["a", "an", "another"])
    static let oneKey = TokenKey.of("one")
    /// Role names general enough to stand for any office of their codes in a title without a name (a
    /// counterpart holds the office of the person named before it).
    static let genericTitleWords: Set<String> = ["official", "leader", "counterpart", "head"]
    /// Kinds of geographic feature whose names may start with a town's ("Delft Island", "Kazinga Channel").
    static let featureNouns = KeySet(words: ["island", "islands", "river", "lake", "bay", "strait", "straits", "channel",
                                             "peninsula", "mountains", "mountain", "valley", "reef", "atoll", "canal", "desert",
                                             "plateau", "basin", "dam", "pass"])
    /// Role names (first forms in `agents.tsv`) of someone sent on a mission, which stories use for one another
    /// ("special representative" and "the envoy") and which the holder of any office may be.
    static let envoyWords: Set<String> = ["envoy", "representative", "negotiator"]
    /// Role names that tell a person's calling, not an office: "the Argentine diplomat" may describe someone
    /// named before who holds an office of another body.
    static let callingWords: Set<String> = ["diplomat", "politician", "economist", "lawyer", "academic", "scholar",
                                            "activist", "banker", "businessman", "businesswoman", "veteran"]
    /// Role names that, after another role in a title, are honorifics and add no code ("Chief Adviser Professor
    /// Muhammad Yunus" is no academic; "Saudi Foreign Minister Prince Faisal" is later "the Saudi minister").
    static let honorificRoleWords: Set<String> = ["professor", "doctor", "prince"]
    /// Roles of people who represent their state abroad.
    /// Heads of a province or a city, who hold office where the report was filed when no state is named
    /// ("CHENNAI (PTI) - Chief Minister M K Stalin urged").
    static let subnationalTitleWords: Set<String> = ["governor", "mayor", "chief minister"]
    static let postedAbroadWords: Set<String> = ["ambassador", "envoy", "deputy ambassador", "consul"]
    static let headOfficeWords: Set<String> = ["president", "prime minister", "premier", "chancellor", "king", "queen", "emir",
                                               "sultan", "supreme leader", "leader", "head of state", "crown prince", "monarch",
                                               "ruler", "taoiseach", "head of government", "chairman",
                                               // (heads of international bodies: "the IAEA chief" is its director general)
                                               "director general", "director-general", "secretary-general", "secretary general",
                                               "executive secretary", "executive director"]
    /// CAMEO's primary domestic roles: a code that has one takes no other.
    static let primaryRoles: Set<String> = ["GOV", "MIL", "REB", "OPP", "UAF", "COP", "JUD", "SPY", "INS"]
    static let primaryRoleKeys: [UInt64] = primaryRoles.map { codeKey($0) }
    /// Blocks of a code that make it an armed or governing actor's: its fighters or leader are that actor
    /// (the primary roles, and "IMG", an international militarized group).
    static let primaryPrefixKeys: [UInt64] = primaryRoleKeys + [codeKey("IMG")]
    static let radicalKey = codeKey("RAD")

    /// A code block of up to seven bytes packed into an integer, its length in the top byte.
    static func codeKey(_ code: String) -> UInt64 {
        var key: UInt64 = 0, length: UInt64 = 0
        for b in code.utf8.prefix(7) { key = key << 8 | UInt64(b); length += 1 }
        return key | length << 56
    }

    /// The same key of the bytes `range` of a buffer.
    static func codeKey(_ bytes: UnsafeMutableBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var key: UInt64 = 0, length: UInt64 = 0
        for i in range.prefix(7) { key = key << 8 | UInt64(bytes[i]); length += 1 }
        return key | length << 56
    }
    /// "U.S.-backed", "Iranian-made": a country in such a compound describes, it does not act
    /// ("Saudi-led coalition" keeps Saudi Arabia: the coalition acts as the state leading it; so does "US-brokered": the
    /// state mediates the deal it qualifies, as the events stage reads it).
    static let compoundModifiers: [String] = ["-backed", "-based", "-made", "-born", "-funded",
                                              "-supported", "-allied", "-aligned", "-sponsored", "-controlled", "-held",
                                              "-occupied", "-friendly", "-built", "-owned", "-run", "-trained", "-armed",
                                              "-style", "-like", "-type", "-era", "-inspired"]
    /// "pro-Russian", "anti-American": a stance towards a state, not the state.
    static let stancePrefixes: [String] = ["pro-", "anti-"]
    static let compoundModifierBytes = compoundModifiers.map { Array($0.utf8) }
    /// "Inter-American", "Pan-African", "trans-Atlantic": a scope across states, not the state; "ex-Soviet", "post-Soviet":
    /// what states were, not a state.
    static let scopePrefixes: [String] = ["inter-", "intra-", "pan-", "trans-", "sub-", "ex-", "post-"]
    static let stancePrefixBytes = (stancePrefixes + scopePrefixes).map { Array($0.utf8) }

    /// Whether the bytes in `range` end with `suffix` (ASCII letters in any case; `suffix` in lower case).
    static func endsWith(_ utf8: [UInt8], _ range: Range<Int>, _ suffix: [UInt8]) -> Bool {
        guard range.count >= suffix.count else { return false }
        let start = range.upperBound - suffix.count
        for k in suffix.indices where lowerASCII(utf8[start + k]) != suffix[k] { return false }
        return true
    }

    /// Whether the bytes in `range` start with `prefix` (ASCII letters in any case; `prefix` in lower case).
    static func startsWith(_ utf8: [UInt8], _ range: Range<Int>, _ prefix: [UInt8]) -> Bool {
        guard range.count >= prefix.count else { return false }
        for k in prefix.indices where lowerASCII(utf8[range.lowerBound + k]) != prefix[k] { return false }
        return true
    }

    @inline(__always)
    static func lowerASCII(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }

    static let locativePrepositions = KeySet(words: [
        "in", "at", "to", "from", "near", "into", "outside", "inside", "across", "around", "toward",
        "towards", "via", "through", "visiting", "visited", "reached", "left", "leaving", "arrived",
        "within", "throughout", "of",
    ])
    /// Nouns of what a government sends or says: "suggestions from Washington" is the state, not a place.
    static let sentNouns = KeySet(words: [
        "suggestion", "suggestions", "proposal", "proposals", "call", "calls", "demand", "demands", "warning", "warnings",
        "criticism", "pressure", "request", "requests", "offer", "offers", "message", "messages", "letter", "letters",
        "signal", "signals", "threat", "threats", "support", "aid", "assistance", "funding", "objection", "objections",
        "complaint", "complaints", "response", "reaction", "approval", "backing", "condemnation", "protests", "invitation",
    ])
    static let fromKey = TokenKey.of("from")
    static let officeKey = TokenKey.of("office")
    /// Heads of a ministry's name: a minister's portfolio is that of the ministry named before.
    static let ministryKeys = KeySet(words: ["ministry", "ministries", "department"])
    /// The role a body's noun gives the name after it ("the volunteer network X": NGO; "the party X": PTY).
    static let bodyNounRoles: [UInt64: String] = Dictionary(uniqueKeysWithValues: [
        ("party", "PTY"), ("group", "NGO"), ("network", "NGO"), ("association", "NGO"), ("foundation", "NGO"),
        ("organisation", "NGO"), ("organization", "NGO"), ("coalition", "NGO"), ("union", "LAB"),
    ].map { (TokenKey.of($0.0), $0.1) })
    /// Nouns of a state's bodies whose officials speak for them ("the embassy's press secretary", "the ministry's spokesman").
    static let stateBodyNouns = KeySet(words: ["embassy", "consulate", "ministry", "office", "commission", "council", "committee",
                                               "court", "agency", "army", "government", "presidency"])
    /// Lower-case words inside a title and a body's name ("of", "the", "for").
    static let nameLinks = KeySet(words: ["of", "the", "for", "and"])
    /// Nouns that stand for a body named before ("the group's researcher", "the agency's representative").
    static let bodyNouns = KeySet(words: ["group", "agency", "organisation", "organization", "body", "mission", "bloc",
                                          "alliance", "union", "coalition", "network", "charity", "movement", "fund"])
    static let relativeWords = KeySet(words: ["who", "whose", "which", "where", "whom"])
    /// Head words of an organisation's own bodies besides `bodyHeads` ("the UN Verification Mission").
    static let subsidiaryHeads = KeySet(words: ["mission", "delegation", "programme", "program", "force", "observers"])
    /// Words before "the" and a river's name ("across the Rio Grande").
    static let riverPrepositions = KeySet(words: ["across", "along", "beyond", "upstream", "downstream", "crossed", "crossing", "cross"])
    /// Prepositions that say where something happens ("in northern Burkina Faso"), not whose it is ("of").
    static let wherePrepositions = KeySet(words: ["in", "at", "near", "across", "throughout", "inside", "outside", "within",
                                                  "around"])
    static let theKey = TokenKey.of("the")
    /// Last words of the names of bodies ("... Liberation Council", "... Patriotic Front").
    static let bodyHeads = KeySet(words: ["council", "councils", "front", "party", "army", "movement", "union", "committee",
                                          "commission", "ministry", "agency", "organization", "organisation", "association",
                                          "alliance", "league", "coalition", "federation", "congress", "assembly", "court",
                                          "bank", "institute", "foundation", "group", "brigade", "brigades", "forces", "corps",
                                          "authority", "office", "service", "centre", "center", "company", "corporation",
                                          "fund", "network", "tribunal", "government", "board", "bureau", "secretariat",
                                          "community", "force", "battalion", "battalions", "regiment", "division",
                                          "militia", "fleet", "squadron"])
    /// A word for a state's armed forces that heads an office's role ("military spokesman").
    static let forcesWords = KeySet(words: ["military"])
    static let ofKey = TokenKey.of("of")
    static let forKey = TokenKey.of("for")
    static let onKey = TokenKey.of("on")
    static let toKey = TokenKey.of("to")
    static let departmentKey = TokenKey.of("department")
    static let numberWords = KeySet(words: ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen"])
    static let inKey = TokenKey.of("in")
    static let itsKey = TokenKey.of("its")

    static let smallTitleWords = KeySet(words: ["of", "for", "the", "and", "on", "in"])
    /// Words that describe a place's state between the article and its name ("the occupied West Bank").
    static let placeModifiers = KeySet(words: ["occupied", "disputed", "annexed", "besieged", "restive", "war-torn",
                                               "northern", "southern", "eastern", "western", "central", "northeastern",
                                               "northwestern", "southeastern", "southwestern", "north-eastern",
                                               "north-western", "south-eastern", "south-western",
                                               "rebel-held", "breakaway", "embattled", "neighbouring", "neighboring"])

    func resolve(_ findings: ActorRecognizer.Findings, document: Document, segmentation: Segmentation) -> ActorLayer {
        let resolution = ActorResolution(resolver: self, findings: findings, document: document, segmentation: segmentation)
        return resolution.run()
    }
}

extension ActorResolver {
    /// Honorifics and title words that tell a person's gender (English words, not world knowledge).
    static let femaleWords: Set<String> = ["mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "mme", "mme.", "dame",
                                           "lady", "queen", "princess", "duchess", "empress", "countess", "baroness",
                                           "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman",
                                           "stateswoman", "sister", "mother", "wife", "widow", "daughter", "actress"]
    static let maleWords: Set<String> = ["mr", "mr.", "sir", "lord", "king", "prince", "duke", "emperor", "baron",
                                         "spokesman", "chairman", "congressman", "businessman", "councilman", "statesman",
                                         "brother", "father", "husband", "widower", "son", "sheikh", "emir", "sultan",
                                         "ayatollah", "pope", "cardinal"]
    static let femaleKeys = KeySet(words: Array(femaleWords))
    static let maleKeys = KeySet(words: Array(maleWords))

    /// A person's gender from the word right before a mention of the name (an honorific or a title word:
    /// "Mrs Meloni", "spokeswoman Ana Lopes"), the words of a title mention ("the spokeswoman"), or the
    /// given name (`given-names.tsv`); nil when none tells. Read on token keys, without building strings.
    func gender(of person: Actor, tokens: [Token], keys: [UInt64]) -> Gender? {
        func told(_ k: Int) -> Gender? {
            Self.femaleKeys.contains(keys[k]) ? .female : Self.maleKeys.contains(keys[k]) ? .male : nil
        }
        for m in person.mentions {
            switch m.form {
            case .personName:
                // (Only the word right before: in "the king's adviser Ana Silva" the king is someone else.)
                if m.tokens.lowerBound > 0, let g = told(m.tokens.lowerBound - 1) { return g }
            case .title, .nominal:
                for k in m.tokens { if let g = told(k) { return g } }
            default:
                continue
            }
        }
        // (The given name comes last where the family name comes first: "Xi Jinping".)
        guard let name = person.mentions.first(where: { $0.form == .personName && $0.tokens.count > 1 })?.tokens else { return nil }
        let familyFirst = person.country.map { knowledge.familyNameFirst.contains($0) } ?? false
        return givenNameKeys[keys[familyFirst ? name.upperBound - 1 : name.lowerBound]].map { $0 == 0 ? .female : .male }
    }

    /// An actor's mention list, with room for a few mentions so that most actors' lists never grow.
    /// (States are named most often: their lists start larger.)
    static func mentionList(_ first: ActorMention? = nil, capacity: Int = 4) -> [ActorMention] {
        var mentions: [ActorMention] = []
        mentions.reserveCapacity(capacity)
        if let first { mentions.append(first) }
        return mentions
    }

    /// Whether mentions are in text order.
    static func inOrder(_ mentions: [ActorMention]) -> Bool {
        var last = -1
        for m in mentions {
            if m.range.lowerBound < last { return false }
            last = m.range.lowerBound
        }
        return true
    }

    /// Whether the text at byte `i` starts with a hyphen or a Unicode hyphen (U+2010, U+2011):
    /// the only way a compound such as "U.S.-backed" continues.
    static func startsWithHyphen(_ utf8: [UInt8], _ i: Int) -> Bool {
        guard i < utf8.count else { return false }
        if utf8[i] == UInt8(ascii: "-") { return true }
        return utf8[i] == 0xE2 && i + 2 < utf8.count && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0x90 || utf8[i + 2] == 0x91)
    }
}
