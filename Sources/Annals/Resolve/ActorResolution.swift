/// One document's resolution in progress: what the resolver has built so far (the actors layer,
/// the people named, the states weighed) and the steps that build it, from the recognizer's findings
/// to one record per real-world actor.
///
/// (The steps are methods of one object made per document rather than one function's nested
/// closures, and the state they share is not checked for exclusive access on every read: nothing
/// else sees the object while it works, and a captured local variable would be checked each time.)
final class ActorResolution {
    let resolver: ActorResolver
    let knowledge: KnowledgeBase
    let variants: NameVariants
    let directory: PersonDirectory
    let isCounterpart: [Bool]
    let roleCodeLists: [[String]]
    let findings: ActorRecognizer.Findings
    let document: Document
    let segmentation: Segmentation
    let tokens: [Token]
    let keys: [UInt64]
    let published: CalendarDate?

    /// What the resolution returns.
    @exclusivity(unchecked) var layer = ActorLayer()
    /// Actor per state, organisation, dictionary actor and well-known person; group actor per code.
    @exclusivity(unchecked) var stateActor = SmallMap()
    @exclusivity(unchecked) var organizationActor = SmallMap()
    @exclusivity(unchecked) var namedActor = SmallMap()
    @exclusivity(unchecked) var directoryActor = SmallMap()
    @exclusivity(unchecked) var groupActor = SmallStringMap()
    /// Which states the document is about: unambiguous mentions per state.
    @exclusivity(unchecked) var weight = SmallMap()
    /// A dictionary actor's code where its name is a titled person's name.
    @exclusivity(unchecked) var namedCodeAt: [Int: String] = [:]
    /// Wire datelines' tokens: no actors there.
    @exclusivity(unchecked) var datelines: [Range<Int>] = []
    /// People named so far, with their name keys.
    @exclusivity(unchecked) var people: [(actor: Int, name: NameHashes)] = []
    /// People introduced with "a" and no name, by code and description.
    @exclusivity(unchecked) var unnamedActor = SmallStringMap()
    /// "The group" where a group named by that noun came last: its title's tokens, resolved after the titles.
    @exclusivity(unchecked) var groupAnaphors: [(tokens: Range<Int>, sentence: Int, title: Range<Int>)] = []
    /// "the party" and where the party's name before it ends, for `resolvePartyAnaphors`.
    @exclusivity(unchecked) var partyAnaphors: [(tokens: Range<Int>, sentence: Int, nameEnd: Int)] = []
    /// Titles without a name, resolved once every named person is known.
    @exclusivity(unchecked) var deferredTitles: [ActorRecognizer.TitledCandidate] = []
    /// Name keys of known people's surnames and first words.
    @exclusivity(unchecked) var knownWords: [UInt64] = []
    @exclusivity(unchecked) var scratch: [UInt8] = []
    @exclusivity(unchecked) var wordBuffers: [UnsafeBufferPointer<UInt8>] = []
    /// The head role of each person introduced with a title, by actor.
    @exclusivity(unchecked) var personRole = SmallMap()
    /// Made when the first word is keyed.
    @exclusivity(unchecked) var wordKeys: WordKeyMemo?

    init(resolver: ActorResolver, findings: ActorRecognizer.Findings, document: Document, segmentation: Segmentation) {
        self.resolver = resolver
        knowledge = resolver.knowledge
        variants = resolver.variants
        directory = resolver.directory
        isCounterpart = resolver.isCounterpart
        roleCodeLists = resolver.roleCodeLists
        self.findings = findings
        self.document = document
        self.segmentation = segmentation
        tokens = segmentation.tokens
        keys = segmentation.keys
        published = document.metadata.published
        layer.actors.reserveCapacity(16)
        people.reserveCapacity(8)
        scratch.reserveCapacity(128)
        // (Titled people's surnames, gathered at the first capital only: most documents name none.)
        var titledSurnames: Set<UInt64>?
        for e in findings.entities {
            guard case .country(let cs, let form) = e.entry, cs.count == 1 else { continue }
            // ("Justice Minister Ivan Lima ... Lima said": a capital's name that is a titled person's surname tells no
            // state; see `linkSurnamesWrittenAsCapitals`.)
            if form == .capital {
                if titledSurnames == nil {
                    titledSurnames = Set(findings.titled.compactMap { t in t.name.flatMap { $0.count >= 2 ? keys[$0.upperBound - 1] : nil } })
                }
                if titledSurnames!.contains(keys[e.match.tokens.lowerBound]) { continue }
            }
            weight.add(1, to: cs[0])
        }
        for t in findings.titled where t.countries.count == 1 { weight.add(1, to: t.countries[0]) }
        // A dateline ("MOSCOW (Reuters) -") names where the report was filed: no actor, no event's place.
        for p in segmentation.paragraphs { if let d = Dateline.tokens(of: p, in: segmentation) { datelines.append(d) } }
    }

    /// Runs every step; the resolution is used up afterwards.
    func run() -> ActorLayer {
        resolveEntities()
        resolveBodyAnaphors()
        linkBodiesToGroups()
        linkShortNames()
        resolveTitles()
        resolveGroupAnaphors()
        resolveSpeakers()
        resolvePartyAnaphors()
        collectKnownWords()
        resolveNames()
        linkSurnamesWrittenAsCapitals()
        resolveBareGroups()
        linkDepartmentAnaphors()
        linkGroupHeadAnaphors()
        resolveDeferredTitles()
        resolveVacantOffices()
        linkDefinedAcronyms()
        linkAppositiveGroups()
        resolveNeighbours()
        resolveCompassStates()
        finish()
        wordKeys?.deallocate()
        return layer
    }

    /// The one state the document is about: at least `minimum` unambiguous mentions, and twice the next
    /// (with `alone`, no other state named at all).
    func dominantState(minimum: Int = 2, alone: Bool = false, ratio: Int = 2) -> Int? {
        guard let top = weight.leader() else { return nil }
        return top.value >= minimum && (alone ? top.second == 0 : top.second * ratio <= top.value) ? top.key : nil
    }

    /// The state a story happens in when it names no other: every place of the story (`ActorLayer.places`: after a
    /// locative, beside its country, "the Kyrgyz capital") lies there, or the one state it names is named after a locative ("Thousands marched in Tbilisi. Police fired tear gas",
    /// "Militants attacked a convoy in northern Burkina Faso, the army said"). A state named only as a party
    /// ("spying for Iran") tells nothing of where the story is.
    /// (`minimum`: how many mentions of the state and places in it the story needs; a person may be a visitor,
    /// so "Colonel X spoke in La Paz" alone does not make X Bolivian.)
    func locatedState(minimum: Int = 1) -> Int? {
        located.evidence >= minimum ? located.state : nil
    }

    /// The story's located state and the evidence for it, once: its inputs do not change after the entities.
    lazy var located: (state: Int?, evidence: Int) = computeLocatedState()

    private func computeLocatedState() -> (state: Int?, evidence: Int) {
        var state: Int?
        var evidence = 0
        for (c, n) in weight {
            if state != nil { return (nil, 0) }
            state = c
            evidence += n
        }
        var located = false
        for p in layer.places {
            guard let c = knowledge.countries.index[p.country] else { continue }
            if let state, state != c { return (nil, 0) }
            state = c
            located = true
            // (A capital as a place is counted among the state's mentions already.)
            if let e = entity(startingAt: p.tokens.lowerBound), case .country = findings.entities[e].entry { continue }
            evidence += 1
        }
        guard let state else { return (nil, 0) }
        if !located, let a = stateActor[state] {
            located = layer.actors[a].mentions.contains { $0.form == .name && isLocative($0.tokens.lowerBound, $0.sentence, ActorResolver.wherePrepositions) }
        }
        return located ? (state, evidence) : (nil, 0)
    }

    /// The side of an official whose title names no state or body, read from the context (nil, nil when it
    /// cannot tell):
    /// - "The bloc was consulting member states ..., spokeswoman Kirsten Lindqvist told reporters": an official named
    ///   after a clause speaks for the body or state that opens it;
    /// - "Opposition leader X": an opposition is at home where the story is, as collectives are, whatever state
    ///   spoke in the sentence before;
    /// - "Tokyo reacted sharply. Trade Minister Kenji Morimoto told reporters ...": the state that opens the sentence
    ///   before ("In Kinshasa, Communications Minister Grace Mbuyi told ...": or the place that opens its own);
    /// - a domestic title ("Colonel X", "opposition politician Y") is of the one state the story is about, as
    ///   collectives are, on more evidence: the only state named, at least three times (in a story of two states,
    ///   "Deputy Treasury Secretary X" may be of either), or named at least five times, four times as often as any
    ///   other, or the one state where everything named happens; else the state whose officials the story names
    ///   most, else (`guessing`) the state of the lead's subject;
    /// - before all these: "Its" opening the sentence is the subject of the sentence before, and an office of one state
    ///   named before without a name ("Greenland's premier ... Premier X") gives that state.
    /// Ambassadors and envoys serve abroad: neither the story's state nor the one that opens the sentence before says
    /// anything of theirs (the subject of their own clause still does).
    func contextSide(of t: ActorRecognizer.TitledCandidate, guessing: Bool = true) -> (country: String?, organization: String?) {
        // "The ELN has about 6,000 fighters. Its delegation chief, Julian Becerra, said": the subject of the sentence
        // before, when "its" opens the sentence.
        let start = segmentation.sentences[t.sentence].tokens.lowerBound
        if t.roleTokens.lowerBound == start + 1, keys[start] == ActorResolver.itsKey, t.sentence > 0,
           let a = subjectActor(of: t.sentence - 1) {
            return layer.actors[a].kind == .state ? (layer.actors[a].code, nil) : (nil, layer.actors[a].code)
        }
        // ("Hamas rejected the plan, its spokesman X said", '"...," its coordinator X told reporters': or within the
        // sentence, the first state or body named before "its" in it, else the sentence before's subject.)
        if t.roleTokens.lowerBound > start + 1, keys[t.roleTokens.lowerBound - 1] == ActorResolver.itsKey,
           let a = firstBody(in: start..<(t.roleTokens.lowerBound - 1)) ?? (t.sentence > 0 ? subjectActor(of: t.sentence - 1) : nil) {
            return layer.actors[a].kind == .state ? (layer.actors[a].code, nil) : (nil, layer.actors[a].code)
        }
        if let opener = clauseOpener(before: t) {
            return layer.actors[opener].kind == .state ? (layer.actors[opener].code, nil) : (nil, layer.actors[opener].code)
        }
        // ("Guterres was alarmed, his spokesman Stephane Dujarric said": an office after "his" or "her" is of the side of
        // the person it refers to.)
        if t.roleTokens.lowerBound > start, Self.personalPossessiveKeys.contains(keys[t.roleTokens.lowerBound - 1]) {
            // (A titled person opening the sentence first, whose side the title tells, resolved yet or not.)
            if let titled = possessingTitle(of: t) {
                if let o = titled.organization { return (nil, knowledge.organizations.organizations[o].code) }
                if titled.countries.count == 1 { return (knowledge.countries.countries[titled.countries[0]].code, nil) }
            }
            if let a = possessor(before: t.roleTokens.lowerBound - 1, sentence: t.sentence) {
                let p = layer.actors[a]
                if let country = p.country { return (country, nil) }
                let body = String(p.code.dropLast(3 * p.roles.count))
                if body.count >= 3, body != "---" { return (nil, body) }
            }
        }
        // ("a month after soldiers in Niger toppled President Mohamed Bazoum", "after the army ousted President X": whom a
        // coup removes holds office in the state of those who remove him.)
        if let state = couperState(before: t) { return (knowledge.countries.countries[state].code, nil) }
        // ("The European Union's foreign policy chief, Kaja Kallas, and Enlargement Commissioner Marta Kos": an office
        // joined by "and" to an official named right before it is of that official's state or body.)
        if let partner = titledPartner(before: t) {
            if let o = partner.organization { return (nil, knowledge.organizations.organizations[o].code) }
            if partner.countries.count == 1, let c = partner.countries.first { return (knowledge.countries.countries[c].code, nil) }
        }
        // ("In N'Djamena, government spokesman X rejected the accusations": the place that opens the sentence, before an
        // office of another state named earlier; not for an office served abroad, "In Kyiv, Ambassador X".)
        if let head = headRole(t.roles), !resolver.servesAbroad[head], let c = openingPlace(of: t.sentence, before: t.tokens.lowerBound) {
            return (knowledge.countries.countries[c].code, nil)
        }
        // ("Greenland's premier on Tuesday rejected ... Premier Jens-Frederik Nielsen told": the office named before
        // without a name, of one state.)
        if let head = headRole(t.roles) {
            // (A bounded look back over the offices in text order: long documents stay linear.)
            let offices = unnamedOffices
            var lo = 0, hi = offices.count
            while lo < hi { let mid = (lo + hi) / 2; if offices[mid].end <= t.tokens.lowerBound { lo = mid + 1 } else { hi = mid } }
            if let before = offices[max(0, lo - 64)..<lo].last(where: { $0.role == head }) {
                return (knowledge.countries.countries[before.country].code, nil)
            }
        }
        // ("The European Commission said ... a Commission spokeswoman, Kerstin Lund,": a word of a body's name named
        // before heads the role.)
        let before = t.roleTokens.lowerBound - 1
        if before > start, tokens[before].has(.capitalized), ActorRecognizer.determinerKeys.contains(keys[before - 1]) {
            var body: (at: Int, actor: Int)?
            for (o, a) in organizationActor where resolver.organizationNameWords[o].contains(keys[before])
                && knowledge.organizations.organizations[o].name.split(separator: " ").last.map({ TokenKey.of(String($0)) }) == keys[before] {
                if let first = layer.actors[a].mentions.first, (first.tokens.lowerBound < before), first.tokens.lowerBound > (body?.at ?? -1) {
                    body = (first.tokens.lowerBound, a)
                }
            }
            if let body { return (nil, layer.actors[body.actor].code) }
        }
        // ("The ministry said ... ministry spokesman Maj. Gen. X told": a body's word in lower case heading the role is the
        // body of that word named last before.)
        // ("X, a spokeswoman for the presidential office, said": or after "for" or "of" behind the role.)
        // (The office in apposition after a rank's name: "Lt. Col. X, a military spokesman".)
        let office = t.officeTokens ?? t.roleTokens
        let first = office.lowerBound
        var bodyWord: UInt64?
        // ("The Israeli military said ... Lt. Col. X, a military spokesman": so does the word for the armed forces.)
        if office.count >= 2, tokens[first].has(.lowercase),
           ActorResolver.bodyHeads.contains(keys[first]) || ActorResolver.forcesWords.contains(keys[first]) {
            bodyWord = keys[first]
        } else if t.roleTokens.upperBound + 1 < segmentation.sentences[t.sentence].tokens.upperBound,
                  keys[t.roleTokens.upperBound] == ActorResolver.forKey || keys[t.roleTokens.upperBound] == ActorResolver.ofKey {
            let end = segmentation.sentences[t.sentence].tokens.upperBound
            var k = t.roleTokens.upperBound + 1
            if keys[k] == ActorResolver.theKey { k += 1 }
            while k < min(end, t.roleTokens.upperBound + 5), tokens[k].has(.lowercase), tokens[k].has(.word) {
                if ActorResolver.bodyHeads.contains(keys[k]) { bodyWord = keys[k]; break }
                k += 1
            }
        }
        if let bodyWord {
            let limit = min(first, t.tokens.lowerBound)
            var body: (at: Int, actor: Int)?
            for a in layer.actors.indices where layer.actors[a].kind == .group || layer.actors[a].kind == .organization {
                for m in layer.actors[a].mentions where m.tokens.upperBound <= limit && m.tokens.lowerBound > (body?.at ?? -1)
                    && (keys[m.tokens.upperBound - 1] == bodyWord || headBeforeOf(m.tokens) == bodyWord) {
                    body = (m.tokens.lowerBound, a)
                }
            }
            if let body {
                let actor = layer.actors[body.actor]
                return actor.kind == .organization ? (nil, actor.code) : (actor.country, actor.country == nil ? actor.code : nil)
            }
            // ("X, a coordinator for the group,": a group no name has given yet is no state's office; nothing is guessed.)
            if ActorRecognizer.movementAnaphorKeys.contains(bodyWord) { return (nil, nil) }
        }
        // ("Speaking at the AU's headquarters in the Ethiopian capital, Commission Chairperson X": the body named in
        // the phrase that opens the official's sentence, before the place.)
        if let body = openingBody(of: t.sentence, before: t.tokens.lowerBound) { return (nil, layer.actors[body].code) }
        let posted = headRole(t.roles).map { resolver.servesAbroad[$0] } ?? false
        let local = headRole(t.roles).map { resolver.isLocalRole[$0] } ?? false
        if local, let d = dominantState() ?? locatedState() { return (knowledge.countries.countries[d].code, nil) }
        // ("police spokesman Abdifatah Warsame": the police are where the report was filed.)
        // (Unless the paragraph has moved to another place: "In Yerevan, thousands gathered ... Police detained 27 people,
        // police spokesman X said", in a report filed in Washington.)
        // (So are a governor, a mayor and a chief minister, where the report was filed first: "CHENNAI (PTI) - The Sri Lankan
        // Navy arrested 14 fishermen, prompting Chief Minister M K Stalin to urge".)
        if headRole(t.roles).map({ ActorResolver.subnationalTitleWords.contains(resolver.roles[$0].name) }) == true,
           let d = datelineState {
            return (knowledge.countries.countries[d].code, nil)
        }
        if headRole(t.roles).map({ roleCodeLists[$0].first == "COP" || ActorResolver.subnationalTitleWords.contains(resolver.roles[$0].name) }) == true,
           let d = openingPlace(of: t.sentence, before: t.tokens.lowerBound)
            ?? stride(from: t.sentence - 1, through: max(0, t.sentence - 3), by: -1).lazy.compactMap({ s in
                segmentation.sentences[t.sentence].paragraph - segmentation.sentences[s].paragraph <= 1
                    ? self.openingPlace(of: s, before: segmentation.sentences[s].tokens.upperBound) : nil
            }).first
            ?? datelineState ?? dominantState() ?? locatedState() {
            return (knowledge.countries.countries[d].code, nil)
        }
        guard !posted else { return (nil, nil) }
        if let c = portfolioState(of: t) { return (c, nil) }
        if let c = openingPlace(of: t.sentence, before: t.tokens.lowerBound) ?? speakingPlace(after: t)
            ?? (t.sentence > 0 && segmentation.sentences[t.sentence - 1].paragraph + 1 >= segmentation.sentences[t.sentence].paragraph
                && !opensWithOtherOfficial(t) ? openingState(of: t.sentence - 1) : nil)
            ?? dominantState(minimum: 3, alone: true) ?? sideDatelineState ?? dominantState(minimum: 5, ratio: 4) ?? locatedState(minimum: 2)
            ?? officialsState(minimum: 3) ?? (guessing ? leadSubjectState : nil) {
            // ("Foreign Minister Cho Hyun, who arrived in Tokyo, held talks with his Japanese counterpart": not the state
            // of the counterpart's; the state the story pairs with it, else the one it names most after it.)
            if let foreign = counterpartState(after: t), c == foreign {
                let other = partnerState(of: foreign, before: t.tokens.lowerBound) ?? weight.leader(excluding: foreign)?.key
                return (other.map { knowledge.countries.countries[$0].code }, nil)
            }
            return (knowledge.countries.countries[c].code, nil)
        }
        return (nil, nil)
    }

    /// "his", "her": a person's possessive.
    static let personalPossessiveKeys = KeySet(words: ["his", "her"])

    /// The named, titled person with a side named last before title `t` in its sentence: whom "his" or "her" before `t`
    /// refers to ("Brazilian President Lula sent his foreign policy adviser").
    func possessingTitle(of t: ActorRecognizer.TitledCandidate) -> ActorRecognizer.TitledCandidate? {
        findings.titled.last(where: { $0.isPerson && $0.name != nil && $0.sentence == t.sentence
            && $0.tokens.upperBound < t.roleTokens.lowerBound && ($0.organization != nil || $0.countries.count == 1) })
    }

    /// The person "his" or "her" at token `k` refers to: the last person with a side named before it in its sentence
    /// ("Guterres was alarmed, his spokesman said"), else the first in the sentence before (its subject).
    func possessor(before k: Int, sentence: Int) -> Int? {
        let from = segmentation.sentences[max(0, sentence - 1)].tokens.lowerBound
        var best: (at: Int, actor: Int)?
        for a in layer.actors.indices where layer.actors[a].kind == .person && layer.actors[a].code != "---" {
            for m in layer.actors[a].mentions where m.tokens.lowerBound >= from && m.tokens.upperBound <= k
                && (m.form == .personName || m.form == .title) {
                // (Rank: its own sentence first, the later mention there; then the earlier mention in the sentence before.)
                let rank = m.sentence == sentence ? k - m.tokens.lowerBound : 1_000_000 + m.tokens.lowerBound
                if rank < best?.at ?? Int.max { best = (rank, a) }
            }
        }
        return best?.actor
    }

    /// Verbs of a coup ("toppled", "ousted").
    static let coupVerbKeys = KeySet(words: ["oust", "ousts", "ousted", "topple", "topples", "toppled", "overthrow", "overthrows",
                                             "overthrew", "overthrown", "depose", "deposes", "deposed"])

    /// The state of the soldiers, rebels or state named right before a coup's verb that title `t` follows ("soldiers in
    /// Niger toppled", "Gabon's army ousted"); nil when none.
    func couperState(before t: ActorRecognizer.TitledCandidate) -> Int? {
        let verb = t.tokens.lowerBound - 1
        guard verb - 1 >= segmentation.sentences[t.sentence].tokens.lowerBound, Self.coupVerbKeys.contains(keys[verb]) else { return nil }
        for actor in layer.actors where actor.kind == .state || actor.kind == .group && actor.roles.contains(where: { ["MIL", "REB"].contains($0) }) {
            guard actor.mentions.contains(where: { $0.tokens.upperBound == verb }),
                  let country = actor.country.flatMap({ knowledge.countries.index[$0] }) else { continue }
            return country
        }
        return nil
    }

    /// The official's title joined by "and" right before title `t`, over a portfolio's capitalised words before `t` and a
    /// name set off by commas after the official's title ("X's foreign policy chief, Y, and Enlargement Commissioner Z").
    func titledPartner(before t: ActorRecognizer.TitledCandidate) -> ActorRecognizer.TitledCandidate? {
        let start = segmentation.sentences[t.sentence].tokens.lowerBound
        var andAt = t.tokens.lowerBound - 1
        while andAt > start, t.tokens.lowerBound - andAt <= 3, tokens[andAt].has(.capitalized), keys[andAt] != ActorRecognizer.andWordKey {
            andAt -= 1
        }
        guard andAt - 1 > start, keys[andAt] == ActorRecognizer.andWordKey else { return nil }
        let end = tokens[andAt - 1].has(.comma) ? andAt - 1 : andAt
        return findings.titled.last { p in
            guard p.isPerson, p.sentence == t.sentence, p.tokens.upperBound <= end else { return false }
            if p.tokens.upperBound == end { return true }
            // (Or its name in apposition: "chief, Kaja Kallas,".)
            let k = p.tokens.upperBound
            return tokens[k].has(.comma) && k + 1 < end && ((k + 1)..<end).allSatisfy { tokens[$0].has(.capitalized) }
        }
    }

    /// The state first joined to `foreign` by "and" before token `limit` ("The top diplomats of South Korea and Japan",
    /// "Seoul and Tokyo"): the other side of a pair.
    func partnerState(of foreign: Int, before limit: Int) -> Int? {
        var spans: [(start: Int, end: Int, state: Int)] = []
        for actor in layer.actors {
            guard let country = actor.country, let c = knowledge.countries.index[country] else { continue }
            for m in actor.mentions where m.tokens.upperBound < limit { spans.append((m.tokens.lowerBound, m.tokens.upperBound, c)) }
        }
        spans.sort { $0.start < $1.start }
        for (a, b) in zip(spans, spans.dropFirst()) where b.start == a.end + 1 && keys[a.end] == ActorRecognizer.andWordKey
            && a.state != b.state && (a.state == foreign || b.state == foreign) {
            return a.state == foreign ? b.state : a.state
        }
        return nil
    }

    /// The state of a counterpart named after title `t` in its sentence ("held talks with his Japanese counterpart"): a
    /// state the titled person is not of.
    func counterpartState(after t: ActorRecognizer.TitledCandidate) -> Int? {
        findings.titled.first { o in
            o.sentence == t.sentence && o.tokens.lowerBound >= t.tokens.upperBound && o.countries.count == 1
                && o.roles.contains { isCounterpart[$0] }
        }?.countries.first
    }

    /// Whether the sentence before a title opens with a named person of another office, whose state its possessive or
    /// demonym gives ("Russia's foreign ministry spokeswoman Maria Zakharova went further. ... Prime Minister Alexandru
    /// Munteanu said"): that state is the other official's, not a subject the title takes up.
    func opensWithOtherOfficial(_ t: ActorRecognizer.TitledCandidate) -> Bool {
        let before = segmentation.sentences[t.sentence - 1].tokens
        return findings.titled.contains { o in
            o.sentence == t.sentence - 1 && o.isPerson && o.name != nil && o.tokens.lowerBound <= before.lowerBound + 1
                && headRole(o.roles) != headRole(t.roles)
        }
    }

    /// The state of a minister or secretary whose ministry of the same portfolio was named last before the title, in the
    /// three paragraphs before or its own ("Taiwan's defence ministry said ... Defence Minister Wellington Koo told").
    func portfolioState(of t: ActorRecognizer.TitledCandidate) -> String? {
        let codes = titleCodes(t)
        guard codes.count >= 2, let head = headRole(t.roles),
              ["minister", "secretary"].contains(resolver.officeHeads[head]) else { return nil }
        let floor = segmentation.sentences[t.sentence].paragraph - 3
        var latest: (at: Int, country: String)?
        for actor in layer.actors where actor.kind == .group && actor.roles == codes {
            guard let country = actor.country else { continue }
            for m in actor.mentions where m.tokens.lowerBound < t.tokens.lowerBound && m.tokens.lowerBound > (latest?.at ?? -1)
                && segmentation.sentences[m.sentence].paragraph >= floor && ActorResolver.ministryKeys.contains(keys[m.tokens.upperBound - 1]) {
                latest = (m.tokens.lowerBound, country)
            }
        }
        return latest?.country
    }

    /// The international body named in the phrase that opens sentence `s`, up to its comma before token `limit`
    /// ("Speaking at the AU's headquarters in Addis Ababa, ..."), if one is.
    func openingBody(of s: Int, before limit: Int) -> Int? {
        let start = segmentation.sentences[s].tokens.lowerBound
        // (A phrase opened by a preposition or a participle: "At ...", "Speaking at ...".)
        guard start < limit, ActorRecognizer.prepositionKeys.contains(keys[start]) || tokens[start].has(.capitalized)
                && tokens[start].range.count > 4 && document.utf8[Int(tokens[start].end) - 3...Int(tokens[start].end) - 1].elementsEqual("ing".utf8),
              let comma = (start..<min(limit, start + 11)).first(where: { tokens[$0].has(.comma) }) else { return nil }
        for (_, a) in organizationActor where layer.actors[a].kind == .organization {
            if layer.actors[a].mentions.contains(where: { $0.sentence == s && $0.tokens.lowerBound > start && $0.tokens.upperBound <= comma + 1 }) {
                return a
            }
        }
        return nil
    }

    /// The state or body that opens the sentence of title `t` as its subject, when the title follows a comma
    /// after that clause ("The bloc was consulting member states, spokeswoman X told reporters").
    func clauseOpener(before t: ActorRecognizer.TitledCandidate) -> Int? {
        let start = segmentation.sentences[t.sentence].tokens.lowerBound
        guard t.tokens.lowerBound > start + 1, tokens[t.tokens.lowerBound - 1].has(.comma) else { return nil }
        let first = keys[start] == ActorResolver.theKey ? start + 1 : start
        return sentenceOpeners[start] ?? sentenceOpeners[first]
    }

    /// The state or body whose mention starts at the first or second token of its sentence, by that token (the
    /// first such actor): built once, when the states, bodies and "the bloc"s are known.
    lazy var sentenceOpeners: [Int: Int] = {
        var openers: [Int: Int] = [:]
        for a in layer.actors.indices where layer.actors[a].kind == .state || layer.actors[a].kind == .organization {
            for m in layer.actors[a].mentions where m.tokens.lowerBound <= segmentation.sentences[m.sentence].tokens.lowerBound + 1 {
                if openers[m.tokens.lowerBound] == nil { openers[m.tokens.lowerBound] = a }
            }
        }
        return openers
    }()

    /// The end of a body's name that follows an organisation's ("Verification Mission" after "UN"): capitalised words
    /// ending in a body's head word, no other entity among them; nil when none follows.
    func bodyNameEnd(after k: Int, sentence: Int) -> Int? {
        let limit = min(segmentation.sentences[sentence].tokens.upperBound, k + 5)
        var j = k
        var end: Int?
        // (A town's name may be a word of it: "Mission", Texas.)
        func otherEntity(_ j: Int) -> Bool {
            guard let n = entity(startingAt: j) else { return false }
            if case .place = findings.entities[n].entry { return false }
            return true
        }
        while j < limit, tokens[j].has(.capitalized), tokens[j].has(.spaceBefore), !tokens[j].has(.possessive), !otherEntity(j) {
            if ActorResolver.bodyHeads.contains(keys[j]) || ActorResolver.subsidiaryHeads.contains(keys[j]) { end = j + 1 }
            j += 1
        }
        return end
    }

    /// People's offices titled with one state and no name ("Greenland's premier"), in text order.
    lazy var unnamedOffices: [(end: Int, role: Int, country: Int)] = findings.titled.compactMap { t in
        guard t.name == nil, t.isPerson, t.countries.count == 1, let role = t.roles.last else { return nil }
        return (t.tokens.upperBound, role, t.countries[0])
    }.sorted { $0.end < $1.end }

    /// The body a title's "the group's", "the agency's" stands for: the organisation named last before it.
    func possessingBody(_ t: ActorRecognizer.TitledCandidate) -> Int? {
        let r = t.roleTokens.lowerBound
        let start = segmentation.sentences[t.sentence].tokens.lowerBound
        guard let clitic = stride(from: r - 1, through: max(start + 2, r - 3), by: -1).first(where: {
            tokens[$0].has(.possessive) && tokens[$0].has(.clitic)
        }), keys[clitic - 2] == ActorResolver.theKey else { return nil }
        var body: (at: Int, actor: Int)?
        guard ActorResolver.bodyNouns.contains(keys[clitic - 1]) else {
            // ("Viktor Kozlov, the embassy's press secretary,": a state's body named before whose name ends in the noun.)
            guard ActorResolver.stateBodyNouns.contains(keys[clitic - 1]) else { return nil }
            for a in layer.actors.indices where layer.actors[a].kind == .group {
                for m in layer.actors[a].mentions where m.tokens.upperBound <= clitic - 2 && m.tokens.lowerBound > (body?.at ?? -1)
                    && m.tokens.count > 1 && keys[m.tokens.upperBound - 1] == keys[clitic - 1] {
                    body = (m.tokens.lowerBound, a)
                }
            }
            return body?.actor
        }
        for (_, a) in organizationActor {
            for m in layer.actors[a].mentions where m.tokens.upperBound <= clitic - 2 && m.tokens.lowerBound > (body?.at ?? -1) {
                body = (m.tokens.lowerBound, a)
            }
        }
        return body?.actor
    }

    /// The state or body (no person) whose mention comes first in `range`.
    func firstBody(in range: Range<Int>) -> Int? {
        var first: (at: Int, actor: Int)?
        for a in layer.actors.indices where layer.actors[a].kind != .person {
            for m in layer.actors[a].mentions where range.contains(m.tokens.lowerBound) && m.tokens.lowerBound < first?.at ?? Int.max {
                first = (m.tokens.lowerBound, a)
            }
        }
        return first?.actor
    }

    /// The state, body or armed movement whose name opens sentence `s` (after "The"), as its subject.
    func subjectActor(of s: Int) -> Int? {
        var k = segmentation.sentences[s].tokens.lowerBound
        let end = segmentation.sentences[s].tokens.upperBound
        // (Over an opening phrase: "In Washington, the Organization of American States said".)
        if k < end, ActorRecognizer.prepositionKeys.contains(keys[k]),
           let comma = (k..<min(end, k + 7)).first(where: { tokens[$0].has(.comma) }) {
            k = comma + 1
        }
        guard k < end else { return nil }
        if keys[k] == ActorResolver.theKey { k += 1 }
        for a in layer.actors.indices where layer.actors[a].kind != .person {
            if layer.actors[a].mentions.contains(where: { $0.tokens.lowerBound == k }) { return a }
        }
        return nil
    }

    /// The state of the person with a state and the role codes `codes` whose mention opens sentence `s` (over quotation
    /// marks, an article and a title of up to four words).
    func openingOfficialState(of s: Int, codes: [String]) -> Int? {
        var k = segmentation.sentences[s].tokens.lowerBound
        let end = segmentation.sentences[s].tokens.upperBound
        while k < end, tokens[k].has(.quote) || keys[k] == ActorResolver.theKey { k += 1 }
        for a in layer.actors.indices where layer.actors[a].kind == .person {
            guard let country = layer.actors[a].country, codes.allSatisfy(layer.actors[a].roles.contains),
                  layer.actors[a].mentions.contains(where: { $0.sentence == s && $0.tokens.lowerBound >= k && $0.tokens.lowerBound <= k + 4
                      && (k..<$0.tokens.lowerBound).allSatisfy { tokens[$0].has(.capitalized) } }) else { continue }
            return knowledge.countries.index[country]
        }
        // ("Serbia's foreign minister, Marko Djuric, summoned ..., the foreign ministry said": or the office of one state set
        // before the name that opens the sentence, whose mention is added later.)
        if let t = findings.titled.first(where: { t in
            t.sentence == s && t.isPerson && t.countries.count == 1 && t.name != nil && t.roleTokens.lowerBound >= k
                && t.roleTokens.lowerBound <= k + 3 && (k..<t.roleTokens.lowerBound).allSatisfy { tokens[$0].has(.capitalized) || tokens[$0].has(.clitic) }
                && codes.allSatisfy(roleCodes(t.roles).contains)
        }) {
            return t.countries.first
        }
        return nil
    }

    /// The state whose name or capital opens sentence `s` (over quotation marks), as its subject, or
    /// names where it happens ("In Tokyo, Japan's defence ministry said").
    func openingState(of s: Int) -> Int? {
        openingPlace(of: s, before: segmentation.sentences[s].tokens.upperBound) ?? {
            var k = segmentation.sentences[s].tokens.lowerBound
            let end = segmentation.sentences[s].tokens.upperBound
            // (Over an opening phrase: "In a statement, the Belarusian Foreign Ministry called ...".)
            if k < end, ActorRecognizer.prepositionKeys.contains(keys[k]),
               let comma = (k..<min(end, k + 7)).first(where: { tokens[$0].has(.comma) }) {
                k = comma + 1
            } else if let comma = (k..<min(end, k + 4)).first(where: { tokens[$0].has(.comma) }), comma - k >= 2,
                      !(k..<comma).contains(where: { entity(startingAt: $0) != nil }) {
                // (Or a phrase of time: "Hours later, Pakistan's military accused ..."; not a word that turns to another
                // matter, "Separately, French reporter X".)
                k = comma + 1
            }
            // (Not the words of a quotation that opens the sentence: ""Israel's continued aggression is a violation," the
            // ministry said" has no state for its subject.)
            if k == segmentation.sentences[s].tokens.lowerBound, k < end, tokens[k].has(.quote), !tokens[k].has(.possessive) { return nil }
            while k < end, tokens[k].has(.quote) || keys[k] == ActorResolver.theKey { k += 1 }
            guard k < end else { return nil }
            // (A possessive or a demonym opening the subject counts: "Iran's foreign ministry summoned ...".)
            return stateNamed(at: k, subject: true)
        }()
    }

    /// The state of "In Tokyo," opening sentence `s`, when its comma comes before token `limit`.
    /// ("At a regular briefing in Beijing, ...": the place may close a longer opening phrase.)
    func openingPlace(of s: Int, before limit: Int) -> Int? {
        let k = segmentation.sentences[s].tokens.lowerBound
        guard k + 2 < limit, ActorResolver.openingPrepositions.contains(keys[k]) else { return nil }
        // The opening phrase up to its comma, at most eight tokens; the state or capital that ends it, after a preposition.
        guard let comma = (k + 2..<min(limit, k + 9)).first(where: { tokens[$0].has(.comma) }) else { return nil }
        var at = k + 1
        if comma - k > 2 {
            guard let p = (k..<(comma - 1)).last(where: { ActorResolver.openingPrepositions.contains(keys[$0]) }) else { return nil }
            at = p + 1
        }
        guard let e = entity(startingAt: at), findings.entities[e].match.tokens.upperBound == comma else { return nil }
        // ("In Ismailia, Suez Canal Authority chairman X": a city of one state.)
        if case .place(let f) = findings.entities[e].entry { return knowledge.places.leadingCountry(ofForm: f) }
        return stateNamed(at: at)
    }

    /// The state where an official speaks, from the place after the verb: "spokesperson X told reporters in New Delhi",
    /// "said in Dhaka" (a capital or a state's name after "in", within six words of the title).
    func speakingPlace(after t: ActorRecognizer.TitledCandidate) -> Int? {
        let end = segmentation.sentences[t.sentence].tokens.upperBound
        // ("X, the Foreign Office spokesperson, told a briefing in Islamabad": after an office set off after the name.)
        var from = max(t.tokens.upperBound, t.roleTokens.upperBound)
        if from < end, t.roleTokens.lowerBound > t.tokens.upperBound, tokens[from].has(.comma) { from += 1 }
        guard from + 2 < end, ActorRecognizer.speechVerbKeys.contains(keys[from]) else { return nil }
        for k in (from + 1)..<min(end - 1, from + 6) where keys[k] == ActorResolver.inKey {
            // ("said in a statement in Dhaka": the first "in" that names a state.)
            if let state = stateNamed(at: k + 1) { return state }
        }
        return nil
    }

    /// The one state named by the entity starting at token `k`: by its name or capital, not as a possessive; or,
    /// for a sentence's `subject`, in any form ("Iran's foreign ministry", "Venezuelan authorities").
    func stateNamed(at k: Int, subject: Bool = false) -> Int? {
        guard let e = entity(startingAt: k), case .country(let cs, let form) = findings.entities[e].entry, cs.count == 1,
              subject ? form != .people : (form == .name || form == .capital) && !findings.entities[e].possessive else { return nil }
        return cs[0]
    }

    /// The entity whose match starts at token `k` with the token itself (not a hyphen part), if any.
    /// (Entities are in text order: a binary search.)
    func entity(startingAt k: Int) -> Int? {
        let entities = findings.entities
        var lo = 0, hi = entities.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if entities[mid].match.tokens.lowerBound < k { lo = mid + 1 } else { hi = mid }
        }
        while lo < entities.count, entities[lo].match.tokens.lowerBound == k {
            if entities[lo].match.bytes.lowerBound == Int(tokens[k].start) { return lo }
            lo += 1
        }
        return nil
    }


    func text(_ range: Range<Int>) -> String { document.text(bytes: range) }
    func bytes(_ r: Range<Int>) -> Range<Int> { Int(tokens[r.lowerBound].start)..<Int(tokens[r.upperBound - 1].end) }


    /// The code of a named dictionary actor on the document's date, and its actor.
    func named(_ n: Int) -> (code: String, actor: Int)? {
        let entry = knowledge.namedActors.actors[n]
        guard let code = entry.code(on: published) else { return nil }
        if let a = namedActor[n] { return (code, a) }
        if code.count == 3, let c = knowledge.countries.index[code] {
            namedActor[n] = state(c)
            return (code, namedActor[n]!)
        }
        let kind: ActorKind = code.count == 3 ? .state
            : ["IGO", "NGO", "MNC"].contains(String(code.prefix(3))) ? .organization : .group
        let country = knowledge.countries.index[String(code.prefix(3))] != nil ? String(code.prefix(3)) : nil
        let roleCodes = stride(from: 3, to: code.count, by: 3).map { String(code.dropFirst($0).prefix(3)) }
        layer.actors.append(Actor(kind: kind, code: code, name: entry.name, country: country ?? (kind == .state ? code : nil),
                                  roles: roleCodes, title: nil, mentions: ActorResolver.mentionList()))
        namedActor[n] = layer.actors.count - 1
        return (code, layer.actors.count - 1)
    }

    func pick(_ candidates: CountryCandidates) -> Int? {
        if candidates.count == 1 { return candidates[0] }
        // The candidate with most mentions, if no other has as many.
        var best: (country: Int, weight: Int)?
        var tied = false
        for c in candidates {
            let w = weight[c] ?? 0
            guard w > 0 else { continue }
            if let b = best, w <= b.weight {
                if w == b.weight { tied = true }
                continue
            }
            best = (c, w)
            tied = false
        }
        if tied { return nil }
        if let best { return best.country }
        // ("Congo and the M23 signed": none named, the one candidate that a movement or body of the story is coded under.)
        let supported = candidates.filter { organizationStates.contains($0) }
        return supported.count == 1 ? supported[0] : nil
    }

    /// The states that the movements and bodies of the document are coded under ("CODREBMTT": DR Congo).
    lazy var organizationStates: Set<Int> = {
        var states = Set<Int>()
        for e in findings.entities {
            guard case .organization(let o) = e.entry else { continue }
            let code = knowledge.organizations.organizations[o].code
            guard code.utf8.count >= 3, let c = knowledge.countries.index[String(code.prefix(3))] else { continue }
            states.insert(c)
        }
        return states
    }()

    func state(_ c: Int) -> Int {
        if let a = stateActor[c] { return a }
        let code = knowledge.countries.countries[c].code
        let mentions = ActorResolver.mentionList(capacity: 12)
        layer.actors.append(Actor(kind: .state, code: code, name: knowledge.countries.countries[c].name, country: code,
                                  roles: [], title: nil, mentions: mentions))
        stateActor[c] = layer.actors.count - 1
        return layer.actors.count - 1
    }

    /// The actor of organisation `o`, made at its first mention.
    func organization(_ o: Int) -> Int {
        if let existing = organizationActor[o] { return existing }
        let org = knowledge.organizations.organizations[o]
        // A movement coded under a state (PSEREBHMS, LBNREBHEZ) belongs to that state.
        let prefix = String(org.code.prefix(3))
        let country = org.kind == "group" && knowledge.countries.index[prefix] != nil ? prefix : nil
        layer.actors.append(Actor(kind: org.kind == "group" ? .group : .organization, code: org.code,
                                  name: org.name, country: country, roles: [], title: nil, mentions: ActorResolver.mentionList()))
        organizationActor[o] = layer.actors.count - 1
        return layer.actors.count - 1
    }

    /// Whether the document names a body that a capital may stand for (most name none).
    lazy var namesSeatedBody: Bool = findings.entities.contains { e in
        if case .organization(let o) = e.entry { return resolver.isSeated[o] }
        return false
    }

    /// The body (`seats.tsv`) a capital stands for, if the document names that body.
    /// (The capital's text is made only when the story names such a body.)
    func seatedBody(_ capital: Range<Int>) -> Int? {
        guard namesSeatedBody, let code = knowledge.seats[text(capital)] else { return nil }
        for e in findings.entities {
            if case .organization(let o) = e.entry, knowledge.organizations.organizations[o].code == code { return o }
        }
        return nil
    }

    /// A locative preposition right before token `k` in its sentence.
    func isLocative(_ k: Int, _ sentence: Int, _ words: KeySet) -> Bool {
        var before = k - 1
        let start = segmentation.sentences[sentence].tokens.lowerBound
        // Regions take the article and a state's word: "in the West Bank", "in the occupied West Bank".
        if before > start, ActorResolver.placeModifiers.contains(keys[before]) { before -= 1 }
        if before > start, keys[before] == ActorResolver.theKey, tokens[before].has(.lowercase) { before -= 1 }
        return before >= start && words.contains(keys[before])
    }

    /// A title's office: its last role that is no honorific ("Chief Adviser Professor X" is a chief adviser).
    func headRole(_ roles: RoleList) -> Int? {
        guard let last = roles.last else { return nil }
        guard roles.count > 1, resolver.isHonorific[last] else { return last }
        return roles.dropLast().last(where: { !resolver.isHonorific[$0] }) ?? last
    }

    func roleCodes(_ roles: RoleList) -> [String] {
        if roles.count == 1 { return roleCodeLists[roles[0]] }
        var codes: [String] = []
        for (n, r) in roles.enumerated() where n == 0 || !resolver.isHonorific[r] {
            for c in roleCodeLists[r] where !codes.contains(c) { codes.append(c) }
        }
        return codes
    }

    /// A title's role codes; a counterpart ("her German counterpart Jonas Keller") holds the office
    /// of the person last named before it.
    func titleCodes(_ t: ActorRecognizer.TitledCandidate) -> [String] {
        // ("former Nigerian leader Abdulsalami Abubakar", "Former US President Bill Clinton", "former Vice President Jorge
        // Glas": a state's officer no longer in office is an elite, as "former president" and "former minister" are.)
        if let head = headRole(t.roles), resolver.isHeadOffice[head] && !resolver.servesAbroad[head]
            || roleCodeLists[head].contains(where: Self.stateOfficeCodes.contains),
           Self.formerKeys.contains(keys[t.tokens.lowerBound])
            || t.tokens.lowerBound > 0 && Self.formerKeys.contains(keys[t.tokens.lowerBound - 1]) {
            return ["ELI"]
        }
        let codes = roleCodes(t.roles)
        guard t.roles.contains(where: { isCounterpart[$0] }) else { return codes }
        var best: (start: Int, roles: [String])?
        for a in layer.actors.indices where layer.actors[a].kind == .person && !layer.actors[a].roles.isEmpty {
            for m in layer.actors[a].mentions where m.tokens.lowerBound < t.tokens.lowerBound && m.tokens.lowerBound > (best?.start ?? -1) {
                best = (m.tokens.lowerBound, layer.actors[a].roles)
            }
        }
        return best?.roles ?? codes
    }

    /// Role codes of a standing in politics rather than a state's office: a well-known person titled so keeps their state.
    static let standingRoles: Set<String> = ["PTY", "OPP", "ELI"]

    /// Role codes of a state's offices: what "former" makes an elite.
    static let stateOfficeCodes: Set<String> = ["GOV", "MIL", "LEG", "JUD", "COP", "SPY"]

    /// Words of an office no longer held, before a title.
    static let formerKeys = KeySet(words: ["former", "ex"])

    /// The office a counterpart holds: the head role of the titled person last named before it ("Turkish President
    /// Erdogan and his Egyptian counterpart al-Sisi": a president, so "the Egyptian president" later is al-Sisi).
    func counterpartOffice(_ t: ActorRecognizer.TitledCandidate) -> Int? {
        var best: (start: Int, role: Int)?
        for (a, role) in personRole {
            for m in layer.actors[a].mentions where m.tokens.lowerBound < t.tokens.lowerBound && m.tokens.lowerBound > (best?.start ?? -1) {
                best = (m.tokens.lowerBound, role)
            }
        }
        return best?.role
    }

    /// A title as a name: words capitalised, small words in lower case ("Minister of Defence").
    /// A titled person's title: the role words, and an office in apposition after them ("Colonel, Army Spokesman").
    func title(of t: ActorRecognizer.TitledCandidate) -> String {
        guard let office = t.officeTokens else { return titleText(t.roleTokens) }
        return titleText(t.roleTokens) + ", " + titleText(office)
    }

    func titleText(_ r: Range<Int>) -> String {
        var length = 0
        for i in r { length += tokens[i].range.count + 1 }
        // (Built in a temporary buffer: a short title becomes a string without any allocation.)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { out in
            var count = 0
            for i in r {
                let t = tokens[i]
                if count > 0, !t.has(.clitic) { out[count] = UInt8(ascii: " "); count += 1 }
                let small = ActorResolver.smallTitleWords.contains(segmentation.keys[i])
                var n = 0
                for k in t.range {
                    let b = document.utf8[k]
                    if small, b >= 65, b <= 90 { out[count] = b | 0x20 }
                    else if n == 0, !small, b >= 97, b <= 122 { out[count] = b & 0xDF }
                    else { out[count] = b }
                    count += 1
                    n += 1
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: out[..<count]), as: UTF8.self)
        }
    }

    /// The words of a name: no particles ("bin", "al"), no initials ("J.").
    func isNameWord(_ i: Int) -> Bool {
        let t = tokens[i]
        if t.has(.lowercase), NameChain.particleKeys.contains(segmentation.keys[i]) { return false }
        // ("De la Fuente" opening a sentence: the capital of a particle before another is no name's.)
        if i + 1 < tokens.count, tokens[i + 1].has(.lowercase), NameChain.particleKeys.contains(keys[i + 1]),
           NameChain.particleKeys.contains(keys[i]) { return false }
        return document.utf8[Int(t.end) - 1] != UInt8(ascii: ".")
    }

    /// The name key of the word at token `i` (as a surname is keyed).
    func wordHash(_ i: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if wordKeys == nil { wordKeys = WordKeyMemo() }
        return wordKeys!.key(token: keys[i], length: tokens[i].range.count) {
            variants.wordHash(UnsafeBufferPointer(rebasing: bytes[tokens[i].range]), scratch: &scratch)
        }
    }

    /// The hashed comparison keys of the name in tokens `r`, nil when it has no words.
    func nameHashes(_ r: Range<Int>, prefixes: Bool = false) -> NameHashes? {
        document.utf8.withUnsafeBufferPointer { bytes in
            wordBuffers.removeAll(keepingCapacity: true)
            for i in r where isNameWord(i) {
                wordBuffers.append(UnsafeBufferPointer(rebasing: bytes[tokens[i].range]))
            }
            guard !wordBuffers.isEmpty else { return nil }
            return variants.hashes(words: wordBuffers, scratch: &scratch, prefixes: prefixes)
        }
    }

    /// A code from a prefix and role codes, without repeating a role the prefix has ("RUSGOV" + GOV).
    /// (Built on bytes in a temporary buffer: a code of up to 15 letters becomes a string without allocation.)
    func compose(_ prefix: String, _ codes: [String]) -> String {
        if codes.isEmpty { return prefix }
        let n = prefix.utf8.count
        // (A state and one role, the common case: nothing to leave out.)
        if n <= 3, codes.count == 1 { return prefix + codes[0] }
        var capacity = n
        for code in codes { capacity += code.utf8.count }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { out in
            var count = 0
            for b in prefix.utf8 { out[count] = b; count += 1 }
            // A movement's fighters or leader are the movement ("Hamas fighters": PSEREBHMS, not PSEREBHMSUAF).
            var primary = false
            if n > 3 {
                for block in stride(from: 0, to: n, by: 3) where ActorResolver.primaryPrefixKeys.contains(ActorResolver.codeKey(out, block..<min(n, block + 3))) {
                    primary = true
                }
            }
            for code in codes {
                if n > 3 {
                    let key = ActorResolver.codeKey(code)
                    // ("Boko Haram extremists": the movement too.)
                    if primary && (ActorResolver.primaryRoleKeys.contains(key) || key == ActorResolver.radicalKey) { continue }
                    var repeated = false
                    for block in stride(from: 0, to: n, by: 3) where ActorResolver.codeKey(out, block..<min(n, block + 3)) == key { repeated = true }
                    if repeated { continue }
                }
                for b in code.utf8 { out[count] = b; count += 1 }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: out[..<count]), as: UTF8.self)
        }
    }

    /// The role blocks after a code's first block ("RUSGOVMIL" → GOV, MIL).
    func roleBlocks(_ code: String) -> [String] { ActorResolver.roleBlocks(code) }

    /// The state of a code's first block, if it is one ("RUSGOV" → RUS).
    func stateOf(_ code: String?) -> String? {
        guard let prefix = code?.prefix(3), knowledge.countries.index[String(prefix)] != nil else { return nil }
        return String(prefix)
    }

    /// The first word of a person's name when their state writes the family name first, else 0.
    func familyName(of p: (actor: Int, name: NameHashes)) -> UInt64 {
        guard p.name.first != 0, let country = layer.actors[p.actor].country,
              knowledge.familyNameFirst.contains(country) else { return 0 }
        return p.name.first
    }

    /// The country whose name starts at token `k` ("Iran" in "Bam, Iran").
    func countryNamed(at k: Int) -> String? {
        guard let n = entity(startingAt: k), case .country(let cs, .name) = findings.entities[n].entry, cs.count == 1
        else { return nil }
        return knowledge.countries.countries[cs[0]].code
    }

    /// Whether a title without a name, whose role word is `role`, may be person `a`: the same office,
    /// a generic word ("the Russian official", "leader"), or the head word of the person's office ("the
    /// minister" for a foreign minister). "The French ambassador" is not the French foreign minister,
    /// though both are government people.
    func mayHold(_ a: Int, _ role: Int?) -> Bool {
        guard let role, let held = personRole[a], role != held else { return true }
        // ("Ethiopia's leader" is its head of state or government, not its government spokesman.)
        if resolver.roles[role].name == "leader" || resolver.roles[role].name == "head" { return resolver.isHeadOffice[held] }
        // ("the EU's special representative for the dialogue, X, ... the envoy said": an envoy and a representative are
        // one office's words.)
        if ActorResolver.envoyWords.contains(resolver.roles[role].name), ActorResolver.envoyWords.contains(resolver.roles[held].name) {
            return true
        }
        return resolver.isGenericTitle[role] || resolver.roles[role].name == resolver.officeHeads[held]
    }

    /// The state of a title: its country, or for "the country's" the state named last before it.
    func titleCountry(_ t: ActorRecognizer.TitledCandidate) -> Int? {
        if !t.countries.isEmpty { return pick(t.countries) }
        if let c = ledTeamState(before: t.tokens.lowerBound, sentence: t.sentence) { return c }
        // ("Wi Sung-lac, Lee's national security adviser": the state of the person of that surname named before.)
        if let p = t.possessor {
            var latest: (at: Int, country: String)?
            for a in layer.actors.indices where layer.actors[a].kind == .person {
                guard let country = layer.actors[a].country else { continue }
                for m in layer.actors[a].mentions where m.tokens.upperBound <= p && m.tokens.lowerBound > (latest?.at ?? -1)
                    && m.tokens.contains(where: { keys[$0] == keys[p] }) {
                    latest = (m.tokens.lowerBound, country)
                }
            }
            if let latest { return knowledge.countries.index[latest.country] }
        }
        if let served = servedState(of: t) { return served }
        guard t.anaphoric || t.possessed else { return nil }
        // "its Commerce Ministry said": the state that opens the sentence, its subject, when one does.
        if t.ofSubject {
            let start = segmentation.sentences[t.sentence].tokens.lowerBound
            var first: (at: Int, code: String)?
            for a in layer.actors.indices where layer.actors[a].kind == .state {
                for m in layer.actors[a].mentions where m.tokens.lowerBound >= start && m.tokens.lowerBound < t.tokens.lowerBound
                    && m.tokens.lowerBound < (first?.at ?? Int.max) {
                    first = (m.tokens.lowerBound, layer.actors[a].code)
                }
            }
            if let first { return knowledge.countries.index[first.code] }
        }
        // ("MOGADISHU (Reuters) - ... The country's defence minister": a story filed from the state it is about means
        // that state, whatever other state was named last.)
        if t.anaphoric, let filed = datelineState, filed == dominantState() { return filed }
        // ("U.N. Secretary-General Antonio Guterres condemned the attack, and his spokesman": the side of a titled person
        // opening the sentence, a body's official of no state; see `contextSide`.)
        if !t.anaphoric, let titled = possessingTitle(of: t) {
            return titled.organization == nil && titled.countries.count == 1 ? titled.countries[0] : nil
        }
        // ("his spokesman": the state of the person named last, if it is known.)
        guard t.anaphoric else { return statePossessing(before: t.tokens.lowerBound) }
        var latest: (at: Int, code: String, sentence: Int)?
        for a in layer.actors.indices where layer.actors[a].kind == .state {
            for m in layer.actors[a].mentions where m.tokens.lowerBound < t.tokens.lowerBound && m.tokens.lowerBound > (latest?.at ?? -1) {
                latest = (m.tokens.lowerBound, layer.actors[a].code, m.sentence)
            }
        }
        // ("... landed near New Delhi. [New paragraph] ... a statue of her father, Sheikh Mujibur Rahman, the country's
        // founding leader": a state named last in an earlier paragraph gives way to the one the story is about.)
        if let latest, segmentation.sentences[latest.sentence].paragraph != segmentation.sentences[t.sentence].paragraph,
           let d = dominantState() {
            return d
        }
        return latest.flatMap { knowledge.countries.index[$0.code] }
    }

    /// The state of the person an aide serves, named right after "to": by a demonym or a state's name ("an aide to
    /// the Azerbaijani president", "adviser to Azerbaijan's president"), the title's own state, or a well-known person
    /// ("X, an adviser to President Ilham Aliyev").
    func servedState(of t: ActorRecognizer.TitledCandidate) -> Int? {
        let end = segmentation.sentences[t.sentence].tokens.upperBound
        var j = t.roleTokens.upperBound + 1
        guard j < end, ActorResolver.aideKeys.contains(keys[t.roleTokens.upperBound - 1]),
              keys[j - 1] == ActorResolver.toKey else { return nil }
        if keys[j] == ActorResolver.theKey { j += 1 }
        guard j < end else { return nil }
        if let n = entity(startingAt: j), case .country(let cs, _) = findings.entities[n].entry, cs.count == 1 { return cs[0] }
        guard let other = findings.titled.first(where: { $0.tokens.lowerBound == j && $0.isPerson }) else { return nil }
        if !other.countries.isEmpty { return pick(other.countries) }
        guard let name = other.name, let key = nameHashes(name, prefixes: true), let n = directory.person(named: key.full),
              let state = stateOf(directory.code(of: n, on: published)) else { return nil }
        return knowledge.countries.index[state]
    }

    /// The person with a known state named last before token `k` ("his commanders").
    func personPossessing(before k: Int) -> Int? {
        var latest: (at: Int, actor: Int)?
        for a in layer.actors.indices where layer.actors[a].kind == .person && layer.actors[a].country != nil {
            for m in layer.actors[a].mentions where m.tokens.lowerBound < k && m.tokens.lowerBound > (latest?.at ?? -1) {
                latest = (m.tokens.lowerBound, a)
            }
        }
        return latest?.actor
    }

    /// The state of the person named last before token `k`, when it is known ("his government", "his spokesman").
    func statePossessing(before k: Int, inSentence sentence: Int? = nil) -> Int? {
        var latest: (at: Int, code: String, sentence: Int)?
        for a in layer.actors.indices where layer.actors[a].kind == .person {
            guard let country = layer.actors[a].country else { continue }
            for m in layer.actors[a].mentions where m.tokens.lowerBound < k && m.tokens.lowerBound > (latest?.at ?? -1) {
                latest = (m.tokens.lowerBound, country, m.sentence)
            }
        }
        if let sentence, latest?.sentence != sentence { return nil }
        return latest.flatMap { knowledge.countries.index[$0.code] }
    }

    /// "the Israeli team, headed by deputy national security adviser X": the state of a team or delegation that the
    /// title after "led by" or "headed by" leads, named at most four words before the comma.
    func ledTeamState(before title: Int, sentence: Int) -> Int? {
        let start = segmentation.sentences[sentence].tokens.lowerBound
        // (Over the modifiers before the office: "deputy", "senior".)
        var k = title
        while k - 1 > start, tokens[k - 1].has(.lowercase), ActorRecognizer.titleModifiers.contains(keys[k - 1]) { k -= 1 }
        guard k - 4 >= start, keys[k - 1] == ActorRecognizer.byKey, Self.leadVerbs.contains(keys[k - 2]), tokens[k - 3].has(.comma)
        else { return nil }
        for j in stride(from: k - 4, through: max(start, k - 7), by: -1) {
            if let e = entity(startingAt: j), case .country(let cs, let form) = findings.entities[e].entry, form != .capital,
               ((findings.entities[e].match.tokens.upperBound)..<(k - 3)).allSatisfy({ tokens[$0].has(.lowercase) }) {
                return pick(cs)
            }
            if tokens[j].has(.comma) || !tokens[j].has(.word) { return nil }
        }
        return nil
    }
    static let leadVerbs = KeySet(words: ["led", "headed"])

    /// The index of a place's country in the countries table.
    func placeCountry(_ place: Int) -> Int { Int(knowledge.places.countryIndices[place]) }

    /// "Reporters Without Borders (RSF)": an acronym in brackets right after a body's name is that body's in this
    /// document, whatever else the dictionary says it stands for (the Rapid Support Forces).
    func bracketedAcronyms() -> [Int: Int] {
        var redirect: [Int: Int] = [:]
        let entities = findings.entities
        for i in entities.indices.dropFirst() {
            guard case .organization(let o) = entities[i].entry, case .organization(let named) = entities[i - 1].entry,
                  o != named else { continue }
            let k = entities[i].match.tokens.lowerBound
            guard entities[i].match.tokens.count == 1, k >= 1, k + 1 < tokens.count, tokens[k - 1].has(.openBracket),
                  tokens[k + 1].has(.closeBracket), entities[i - 1].match.tokens.upperBound == k - 1 else { continue }
            redirect[o] = named
        }
        return redirect
    }

    /// States, organisations and places.
    func resolveEntities() {
        let redirect = findings.entities.count > 1 ? bracketedAcronyms() : [:]
        // Datelines, and titled people's names: a dictionary name inside one is the person's ("Defence
        // Minister Israel Katz"). (Entities come in text order: a cursor walks each list once.)
        var inDateline = RangeCursor(datelines)
        var inTitledName = RangeCursor(findings.titled.compactMap(\.name))
        // ("Volker Turk said": a people's word after a given name ends the name, as the recognizer read it.)
        var inNameTail = RangeCursor(findings.names.compactMap { $0.tokens.count > 1 ? ($0.tokens.lowerBound + 1)..<$0.tokens.upperBound : nil })
        for e in findings.entities {
            let m = e.match
            if inDateline.contains(m.tokens.lowerBound) { continue }
            let isTitledName = inTitledName.contains(m.tokens.lowerBound)
            let wholeToken = m.bytes.lowerBound == Int(tokens[m.tokens.lowerBound].start)
                && m.bytes.upperBound == Int(tokens[m.tokens.upperBound - 1].end)
            var range = m.bytes
            var tokenRange = m.tokens
            if e.possessive && wholeToken {
                range = range.lowerBound..<Int(tokens[m.tokens.upperBound].end)
                tokenRange = tokenRange.lowerBound..<(tokenRange.upperBound + 1)
            }
            // "U.S.-backed forces": a hyphen part of such a compound is no mention.
            if !wholeToken {
                let token = tokens[m.tokens.lowerBound].range
                if ActorResolver.compoundModifierBytes.contains(where: { ActorResolver.endsWith(document.utf8, token, $0) }) { continue }
                // "pro-Russian separatists", "an anti-Syria journalist": the state is what they are for or
                // against, not who they are. ("The Inter-American Commission": nor is a scope across states.)
                if m.bytes.lowerBound > token.lowerBound,
                   ActorResolver.stancePrefixBytes.contains(where: { ActorResolver.startsWith(document.utf8, token, $0) }) { continue }
            } else if m.tokens.upperBound < tokens.count, !tokens[m.tokens.upperBound].has(.spaceBefore),
                      ActorResolver.startsWithHyphen(document.utf8, Int(tokens[m.tokens.upperBound].start)) {
                // "U.S." "-backed" read as two tokens.
                let after = m.tokens.upperBound
                var next = text(tokens[after].range).lowercased()
                if next == "-", after + 1 < tokens.count, !tokens[after + 1].has(.spaceBefore) {
                    next += text(tokens[after + 1].range).lowercased()
                }
                if ActorResolver.compoundModifiers.contains(where: { next.hasPrefix($0) }) { continue }
            }
            switch e.entry {
            case .country(let cs, let form):
                // "Defence Minister Israel Katz": the country's name is the person's.
                if isTitledName { continue }
                if form != .name, form != .capital, inNameTail.contains(m.tokens.lowerBound) { continue }
                guard let c = cs.count == 1 ? cs[0] : pick(cs) else { continue }
                // ("in protest at Podgorica's support": a capital with a possessive is its state, not a place.)
                if form == .capital, !e.possessive {
                    let before = m.tokens.lowerBound - 1
                    let sentenceStart = segmentation.sentences[e.sentence].tokens.lowerBound
                    // ("suggestions from Washington", "pressure from Moscow": what a government sends, not a place.)
                    let sentBy = before > sentenceStart && keys[before] == ActorResolver.fromKey
                        && ActorResolver.sentNouns.contains(keys[before - 1])
                    if before >= sentenceStart, !sentBy, ActorResolver.locativePrepositions.contains(keys[before]) {
                        // A town of the same name in a country the document is more about ("Tripoli" in Lebanon),
                        // if it is a city of its own (not Moscow, Idaho, for a court in Moscow).
                        let name = text(m.bytes)
                        if let f = document.utf8.withUnsafeBufferPointer({ knowledge.places.form(bytes: UnsafeBufferPointer(rebasing: $0[m.bytes])) }),
                           let other = knowledge.places.forms[f].places.filter({ knowledge.places.places[$0].population >= 100_000 }).max(by: {
                               (weight[placeCountry($0)] ?? 0)
                                   < (weight[placeCountry($1)] ?? 0)
                           }),
                           (weight[placeCountry(other)] ?? 0) > (weight[c] ?? 0) {
                            let place = knowledge.places.places[other]
                            layer.places.append(PlaceMention(name: name, country: place.country, latitude: place.latitude,
                                                             longitude: place.longitude, range: m.bytes, tokens: m.tokens,
                                                             sentence: e.sentence))
                            continue
                        }
                        let country = knowledge.countries.countries[c]
                        layer.places.append(PlaceMention(
                            name: name, country: country.code,
                            latitude: name == country.capital ? country.latitude : nil,
                            longitude: name == country.capital ? country.longitude : nil,
                            range: m.bytes, tokens: m.tokens, sentence: e.sentence))
                        continue
                    }
                }
                let mentionForm: MentionForm = form == .capital ? .capital : form == .name ? .name : .adjective
                // "talks in the Kyrgyz capital": the capital is a place too (the state stays the act's other side).
                if form == .adjective, m.tokens.upperBound < tokens.count, keys[m.tokens.upperBound] == ActorResolver.capitalKey,
                   let capital = knowledge.countries.countries[c].capital {
                    let country = knowledge.countries.countries[c]
                    let span = m.tokens.lowerBound..<(m.tokens.upperBound + 1)
                    layer.places.append(PlaceMention(name: capital, country: country.code, latitude: country.latitude,
                                                     longitude: country.longitude, range: bytes(span), tokens: span, sentence: e.sentence))
                }
                // "Brussels warned London": the body seated in a capital, in a story that names the body.
                if form == .capital, let o = seatedBody(m.bytes) {
                    let a = organization(o)
                    layer.actors[a].mentions.append(ActorMention(range: range, tokens: tokenRange, sentence: e.sentence, form: .capital))
                    continue
                }
                let a = state(c)
                layer.actors[a].mentions.append(
                    ActorMention(range: range, tokens: tokenRange, sentence: e.sentence, form: mentionForm))
            case .organization(let o):
                let a = organization(redirect[o] ?? o)
                // "the UN Verification Mission in Colombia", "the EU Delegation": a body of the organisation whose name it
                // heads is the organisation, over the whole name.
                if !e.possessive, let end = bodyNameEnd(after: tokenRange.upperBound, sentence: e.sentence) {
                    tokenRange = tokenRange.lowerBound..<end
                    range = bytes(tokenRange)
                }
                layer.actors[a].mentions.append(ActorMention(range: range, tokens: tokenRange, sentence: e.sentence, form: .name))
            case .named(let n):
                if isTitledName {
                    if let code = knowledge.namedActors.actors[n].code(on: published) { namedCodeAt[m.tokens.lowerBound] = code }
                    continue
                }
                guard let (_, a) = named(n) else { continue }
                layer.actors[a].mentions.append(ActorMention(range: range, tokens: tokenRange, sentence: e.sentence, form: .name))
            case .place(let f):
                // "the Bay of Bengal", "Gulf of Aden": a town's name heading a longer name is not the town.
                let next = m.tokens.upperBound
                if next + 1 < segmentation.sentences[e.sentence].tokens.upperBound, keys[next] == ActorResolver.ofKey, tokens[next].has(.lowercase),
                   tokens[next + 1].has(.capitalized) {
                    continue
                }
                // ("near Delft Island", "the Kazinga Channel": nor one that a capitalised word of a feature's kind follows.)
                if next < segmentation.sentences[e.sentence].tokens.upperBound, tokens[next].has(.capitalized),
                   ActorResolver.featureNouns.contains(keys[next]) {
                    continue
                }
                // ("the Abu Salim district": nor a one-word town after "the", or a name's particle, that a capitalised
                // word no dictionary knows goes on.)
                let start = m.tokens.lowerBound
                if next < segmentation.sentences[e.sentence].tokens.upperBound, m.tokens.count == 1, tokens[next].has(.capitalized),
                   tokens[next].has(.spaceBefore), !tokens[start].has(.possessive), entity(startingAt: next) == nil,
                   NameChain.particleKeys.contains(keys[start]) || start > 0 && keys[start - 1] == ActorResolver.theKey {
                    continue
                }
                // A city after a locative preposition ("near Aleppo"), or named with its country ("Bam, Iran").
                let candidates = knowledge.places.forms[f].places
                var chosen: Int?
                let after = m.tokens.upperBound
                if after + 1 < segmentation.sentences[e.sentence].tokens.upperBound, tokens[after].has(.comma),
                   let country = countryNamed(at: after + 1) {
                    chosen = candidates.first { knowledge.places.places[$0].country == country }
                }
                // ("across the Rio Grande", "along the Orinoco": a town's name after "the" and such a word is a river's.)
                let river = m.tokens.lowerBound > 1 && keys[m.tokens.lowerBound - 1] == ActorResolver.theKey
                    && tokens[m.tokens.lowerBound - 1].has(.lowercase) && ActorResolver.riverPrepositions.contains(keys[m.tokens.lowerBound - 2])
                let locative = chosen != nil || !river && isLocative(m.tokens.lowerBound, e.sentence, ActorResolver.locativePrepositions)
                // Without a preposition a town may only be a verb's object: after a lower-case word, before no name.
                if !locative, !(m.tokens.lowerBound > segmentation.sentences[e.sentence].tokens.lowerBound
                                && tokens[m.tokens.lowerBound - 1].has(.lowercase)
                                && (m.tokens.upperBound >= tokens.count || !tokens[m.tokens.upperBound].has(.capitalized))) {
                    continue
                }
                if chosen == nil {
                    // The place in a country the document is about, else the most populous.
                    chosen = candidates.max { a, b in
                        (weight[placeCountry(a)] ?? 0)
                            < (weight[placeCountry(b)] ?? 0)
                    }.flatMap { best in (weight[placeCountry(best)] ?? 0) > 0 ? best : nil }
                        ?? candidates.first
                }
                guard let chosen else { continue }
                let place = knowledge.places.places[chosen]
                let mention = PlaceMention(name: text(m.bytes), country: place.country, latitude: place.latitude,
                                           longitude: place.longitude, range: m.bytes, tokens: m.tokens, sentence: e.sentence)
                if locative { layer.places.append(mention) } else { layer.placeCandidates.append(mention) }
            case .role, .ignored, .stateAnaphor, .organizationAnaphor, .neighbour:
                continue
            }
        }
    }

    /// "The Department of Foreign Affairs said ... "...," the department said": "the department" in lower case is the
    /// body named last before it with "Department" in its name ("State Department", "Department of Justice").
    func linkDepartmentAnaphors() {
        let departmentKey = ActorResolver.departmentKey
        var named: [(end: Int, actor: Int)] = []
        for a in layer.actors.indices where layer.actors[a].kind == .organization || layer.actors[a].kind == .group {
            for m in layer.actors[a].mentions
            where m.tokens.contains(where: { keys[$0] == departmentKey && tokens[$0].has(.capitalized) }) {
                named.append((m.tokens.upperBound, a))
            }
        }
        guard !named.isEmpty else { return }
        named.sort { $0.end < $1.end }
        // (In text order: the bodies named before walked once alongside; what mentions cover built at the first candidate.)
        var sentence = 0, before = 0
        var covered: [Bool] = []
        for k in 1..<tokens.count where keys[k] == departmentKey && keys[k - 1] == ActorResolver.theKey
            && tokens[k].has(.lowercase) {
            while before < named.count, named[before].end < k { before += 1 }
            guard before > 0 else { continue }
            if covered.isEmpty { covered = coveredTokens() }
            guard !covered[k] else { continue }
            while sentence + 1 < segmentation.sentences.count, segmentation.sentences[sentence].tokens.upperBound <= k { sentence += 1 }
            guard segmentation.sentences[sentence].tokens.contains(k - 1) else { continue }
            layer.actors[named[before - 1].actor].mentions.append(ActorMention(range: bytes((k - 1)..<(k + 1)), tokens: (k - 1)..<(k + 1),
                                                                               sentence: sentence, form: .name))
        }
    }

    /// Which tokens some actor's mention covers.
    func coveredTokens() -> [Bool] {
        var covered = [Bool](repeating: false, count: tokens.count)
        for actor in layer.actors { for m in actor.mentions { for j in m.tokens { covered[j] = true } } }
        return covered
    }

    /// "The National Alliance for Change (ANC), Togo's main opposition party, whose leader ...": a group of the same code
    /// set off by commas right after a body's name (and its acronym in brackets) is that body; "state broadcaster CCTV",
    /// "the rebel group M23": a collective named by its role right before a body's name, whose code has the role's last
    /// code, is that body too.
    func linkAppositiveGroups() {
        var after: [(actor: Int, mention: Int, comma: Int)] = []
        var before: [(actor: Int, mention: Int)] = []
        for a in layer.actors.indices where layer.actors[a].kind == .group {
            for (n, m) in layer.actors[a].mentions.enumerated() where m.tokens.upperBound < tokens.count {
                if m.tokens.lowerBound >= 2, tokens[m.tokens.lowerBound - 1].has(.comma), tokens[m.tokens.upperBound].has(.comma) {
                    after.append((a, n, m.tokens.lowerBound - 1))
                } else if m.form != .name, tokens[m.tokens.upperBound - 1].has(.lowercase), tokens[m.tokens.upperBound].has(.capitalized) {
                    before.append((a, n))
                }
            }
        }
        guard !after.isEmpty || !before.isEmpty else { return }
        // (The bodies' names by the token after them and by their first token, once: a long document stays linear.)
        var namedBefore: [Int: Int] = [:]
        var namedAt: [Int: Int] = [:]
        for b in layer.actors.indices where layer.actors[b].kind == .group || layer.actors[b].kind == .organization {
            for m in layer.actors[b].mentions where m.form == .name {
                namedBefore[m.tokens.upperBound] = b
                namedAt[m.tokens.lowerBound] = b
            }
        }
        var moves: [(actor: Int, mention: Int, body: Int)] = []
        for c in after {
            var end = c.comma
            // (Over an acronym in brackets: "(ANC)".)
            if end >= 3, tokens[end - 1].has(.closeBracket), tokens[end - 3].has(.openBracket) { end -= 3 }
            guard let body = namedBefore[end], body != c.actor, layer.actors[body].code == layer.actors[c.actor].code else { continue }
            moves.append((c.actor, c.mention, body))
        }
        for c in before {
            let m = layer.actors[c.actor].mentions[c.mention]
            guard let body = namedAt[m.tokens.upperBound], body != c.actor, let role = layer.actors[c.actor].roles.last,
                  ActorResolver.roleBlocks(layer.actors[body].code).contains(role) || layer.actors[body].code.hasPrefix(role)
            else { continue }
            moves.append((c.actor, c.mention, body))
        }
        for move in moves { layer.actors[move.body].mentions.append(layer.actors[move.actor].mentions[move.mention]) }
        // (Each group's moved mentions leave it from the last.)
        for move in moves.sorted(by: { $0.actor == $1.actor ? $0.mention > $1.mention : $0.actor > $1.actor }) {
            layer.actors[move.actor].mentions.remove(at: move.mention)
        }
    }

    /// "Serbian police arrested three Kosovo police officers ... detained the officers", "the three officers": "the"
    /// (and a number) before the last word of a group's earlier name in lower case is that group, the one so named last.
    func linkGroupHeadAnaphors() {
        // (The names' last words by key, each list in text order: a look-up per candidate, not a search of all.)
        var heads: [UInt64: [(end: Int, actor: Int)]] = [:]
        for a in layer.actors.indices where layer.actors[a].kind == .group {
            for m in layer.actors[a].mentions where m.tokens.count >= 2 && tokens[m.tokens.upperBound - 1].has(.lowercase)
                && !tokens[m.tokens.upperBound - 1].has(.possessive) {
                heads[keys[m.tokens.upperBound - 1], default: []].append((m.tokens.upperBound, a))
            }
        }
        guard !heads.isEmpty, tokens.count >= 2 else { return }
        for key in heads.keys { heads[key]!.sort { $0.end < $1.end } }
        var covered: [Bool] = []
        var sentence = 0
        let theKey = ActorResolver.theKey
        for start in 0..<(tokens.count - 1) where keys[start] == theKey {
            var k = start + 1
            if k + 1 < tokens.count, tokens[k].has(.number) || ActorResolver.numberWords.contains(keys[k]) { k += 1 }
            guard tokens[k].has(.lowercase), let list = heads[keys[k]] else { continue }
            // The last name ending at or before "the".
            var lo = 0, hi = list.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if list[mid].end <= start { lo = mid + 1 } else { hi = mid }
            }
            guard lo > 0 else { continue }
            if covered.isEmpty { covered = coveredTokens() }
            guard !covered[start], !covered[k] else { continue }
            while sentence + 1 < segmentation.sentences.count, segmentation.sentences[sentence].tokens.upperBound <= k { sentence += 1 }
            guard segmentation.sentences[sentence].tokens.contains(start) else { continue }
            layer.actors[list[lo - 1].actor].mentions.append(ActorMention(range: bytes(start..<(k + 1)), tokens: start..<(k + 1),
                                                                          sentence: sentence, form: .nominal))
        }
    }

    /// The body named right after a title's office by "for" or "of" ("a spokeswoman for the Commission"), when a mention of a
    /// body or group starts there.
    func bodyAfterOffice(_ t: ActorRecognizer.TitledCandidate) -> Int? {
        let j = t.roleTokens.upperBound
        guard j + 1 < segmentation.sentences[t.sentence].tokens.upperBound,
              keys[j] == ActorResolver.forKey || keys[j] == ActorResolver.ofKey else { return nil }
        return layer.actors.indices.first { a in
            (layer.actors[a].kind == .organization || layer.actors[a].kind == .group)
                && layer.actors[a].mentions.contains { $0.tokens.lowerBound == j + 1 }
        }
    }

    /// "The European Commission said ... The Commission urged", "Iran's Revolutionary Guards ... the Guards' ground forces":
    /// "the" and the last word of a body's name of several words, written as in the name, is that body, the one so named
    /// last before it.
    func linkShortNames() {
        var heads: [(key: UInt64, end: Int, actor: Int)] = []
        for a in layer.actors.indices where layer.actors[a].kind == .organization || layer.actors[a].kind == .group {
            for m in layer.actors[a].mentions where m.tokens.count >= 2 && tokens[m.tokens.upperBound - 1].has(.capitalized) {
                heads.append((keys[m.tokens.upperBound - 1], m.tokens.upperBound, a))
            }
        }
        guard !heads.isEmpty else { return }
        // (The few candidates first, over buffers and a local key: the mentions are read only for them.)
        var candidates: [Int] = []
        let theKey = ActorResolver.theKey
        segmentation.keys.withUnsafeBufferPointer { keys in
            segmentation.tokens.withUnsafeBufferPointer { tokens in
                for k in 1..<tokens.count where keys[k - 1] == theKey && tokens[k].has(.capitalized)
                    && (k + 1 == tokens.count || !tokens[k + 1].has(.capitalized)) && heads.contains(where: { $0.key == keys[k] && $0.end < k }) {
                    candidates.append(k)
                }
            }
        }
        guard !candidates.isEmpty else { return }
        var sentence = 0
        for k in candidates where !layer.actors.contains(where: { $0.mentions.contains { $0.tokens.contains(k) || $0.tokens.contains(k - 1) } }) {
            guard let named = heads.filter({ $0.key == keys[k] && $0.end <= k - 1 }).max(by: { $0.end < $1.end }) else { continue }
            while sentence + 1 < segmentation.sentences.count, segmentation.sentences[sentence].tokens.upperBound <= k { sentence += 1 }
            guard segmentation.sentences[sentence].tokens.contains(k - 1) else { continue }
            layer.actors[named.actor].mentions.append(ActorMention(range: bytes((k - 1)..<(k + 1)), tokens: (k - 1)..<(k + 1),
                                                                   sentence: sentence, form: .name))
        }
    }

    /// "the bloc", "the alliance": the international body named last before them. "the mission", "the agency":
    /// the body named last before them whose name has that word ("United Nations Assistance Mission in Afghanistan").
    /// Whether a body's code is that of a court or of the UN and its agencies: no bloc or alliance of states.
    static func isUnitaryBody(_ code: String) -> Bool {
        code.hasPrefix("IGOUNO") || ActorResolver.roleBlocks(code).contains("JUD")
    }

    func resolveBodyAnaphors() {
        guard !findings.bodyAnaphors.isEmpty else { return }
        // The bodies' mentions in text order, walked once alongside the anaphors (also in text order).
        // (Bodies of the organisations table, international or not: "the command" may be a state's.)
        var bodyOf = [Int](repeating: -1, count: layer.actors.count)
        for (o, a) in organizationActor { bodyOf[a] = o }
        var named: [(at: Int, end: Int, actor: Int)] = []
        named.reserveCapacity(32)
        for a in layer.actors.indices where layer.actors[a].kind == .organization || bodyOf[a] >= 0 {
            for m in layer.actors[a].mentions { named.append((m.tokens.lowerBound, m.tokens.upperBound, a)) }
        }
        named.sort { $0.at < $1.at }
        // Campaigning bodies (NGO or HRI codes: "Amnesty International", "the volunteer network Grupa Granica").
        // (Only when a movement's noun stands for a body: "the group".)
        var campaigns: [(at: Int, end: Int, actor: Int)] = []
        if findings.bodyAnaphors.contains(where: { $0.head.map(ActorRecognizer.movementAnaphorKeys.contains) ?? false }) {
            for a in layer.actors.indices where layer.actors[a].kind != .person && layer.actors[a].kind != .state
                && Self.isCampaign(layer.actors[a].code) {
                for m in layer.actors[a].mentions { campaigns.append((m.tokens.lowerBound, m.tokens.upperBound, a)) }
            }
            campaigns.sort { $0.at < $1.at }
        }
        var next = 0, nextCampaign = 0
        for (r, sentence, head) in findings.bodyAnaphors {
            while next < named.count, named[next].end <= r.lowerBound { next += 1 }
            while nextCampaign < campaigns.count, campaigns[nextCampaign].end <= r.lowerBound { nextCampaign += 1 }
            // (A word of the name: the last such body, looking back a bounded way.)
            let found = named[max(0, next - 64)..<next].last { n in
                // ("the bloc", "the alliance": a body of states, not a court or a body of the UN's named since: "to respect the
                // orders of the International Court of Justice," the bloc said.)
                guard let head else { return layer.actors[n.actor].kind == .organization && !Self.isUnitaryBody(layer.actors[n.actor].code) }
                let o = bodyOf[n.actor]
                guard o >= 0 else { return false }
                // ("the group said": an armed movement or faction, "Hamas", "the RSF".)
                // (Not one whose possessive opens an apposition to another: "JNIM, Al-Qaeda's affiliate in the Sahel".)
                if ActorRecognizer.movementAnaphorKeys.contains(head) {
                    let describes = n.at > 0 && tokens[n.at - 1].has(.comma)
                        && (tokens[n.end - 1].has(.possessive) || n.end < tokens.count && tokens[n.end].has(.possessive) && tokens[n.end].has(.clitic))
                    return resolver.isMovement[o] && !describes
                }
                return resolver.organizationNameWords[o].contains(head) || keys[n.end - 1] == head
            }
            // ("..., according to the Emergency Lawyers, a Sudanese rights group. ... the group said": a group named by its
            // noun after the movement is the nearer one, once the titles are read.)
            if let head, ActorRecognizer.movementAnaphorKeys.contains(head),
               let titled = findings.titled.last(where: { t in
                   !t.isPerson && t.tokens.upperBound <= r.lowerBound && t.tokens.lowerBound >= (found?.end ?? 0)
                       && keys[t.tokens.upperBound - 1] == head
               }) {
                groupAnaphors.append((r, sentence, titled.tokens))
                continue
            }
            // ("The Seoul Central District Prosecutors' Office said ... the office said": a body of no table, named by a
            // title with that head word after the last such body of the table, once the titles are read.)
            if let head, !ActorRecognizer.movementAnaphorKeys.contains(head),
               let titled = findings.titled.last(where: { t in
                   !t.isPerson && t.tokens.upperBound <= r.lowerBound && t.tokens.lowerBound >= (found?.end ?? 0)
                       && keys[t.tokens.upperBound - 1] == head && tokens[t.tokens.upperBound - 1].has(.capitalized)
               }) {
                groupAnaphors.append((r, sentence, titled.tokens))
                continue
            }
            // ("Amnesty International ... accused the authorities. ... said the group's director": a campaigning
            // body named after the movement is the nearer group.)
            var chosen = found
            if let head, ActorRecognizer.movementAnaphorKeys.contains(head),
               nextCampaign > 0, case let campaign = campaigns[nextCampaign - 1], campaign.at > (found?.at ?? -1) {
                chosen = campaign
            }
            // ("The Bangladesh Nationalist Party boycotted the vote. The party said": a party named since, once its name is
            // read as a body's.)
            if head == ActorRecognizer.partyKey, let chain = findings.speakers.last(where: { s in
                s.tokens.upperBound <= r.lowerBound && s.tokens.lowerBound >= (chosen?.end ?? 0)
                    && keys[s.tokens.upperBound - 1] == ActorRecognizer.partyKey && tokens[s.tokens.upperBound - 1].has(.capitalized)
            }) {
                partyAnaphors.append((r, sentence, chain.tokens.upperBound))
                continue
            }
            guard let found = chosen else { continue }
            layer.actors[found.actor].mentions.append(ActorMention(range: bytes(r), tokens: r, sentence: sentence, form: .nominal))
        }
    }

    /// "the party" after a party's name that no table knows: the name's body, made when the speakers' names are read.
    func resolvePartyAnaphors() {
        for (r, sentence, nameEnd) in partyAnaphors {
            guard let a = layer.actors.firstIndex(where: { $0.kind == .group && $0.mentions.contains { $0.tokens.upperBound == nameEnd } })
            else { continue }
            layer.actors[a].mentions.append(ActorMention(range: bytes(r), tokens: r, sentence: sentence, form: .nominal))
        }
    }

    /// Whether a code has an NGO or HRI block after its first ("POLNGO", "NGOHRIAMN"), read from its bytes.
    static func isCampaign(_ code: String) -> Bool {
        var (a, b, n): (UInt8, UInt8, Int) = (0, 0, 0)
        for c in code.utf8 {
            if n % 3 == 2, n > 2, a == 0x4E && b == 0x47 && c == 0x4F || a == 0x48 && b == 0x52 && c == 0x49 { return true }
            (a, b) = (b, c)
            n += 1
        }
        return false
    }

    /// "The group" after a group named by that noun: the group's title's actor, once titles are resolved.
    func resolveGroupAnaphors() {
        guard !groupAnaphors.isEmpty else { return }
        // (Groups' mentions by their tokens, built once: a search per anaphor would grow with the square of a long text.)
        var groupAt: [Range<Int>: Int] = [:]
        for a in layer.actors.indices where layer.actors[a].kind == .group {
            for m in layer.actors[a].mentions where groupAt[m.tokens] == nil { groupAt[m.tokens] = a }
        }
        for (r, sentence, title) in groupAnaphors {
            guard let a = groupAt[title] else { continue }
            layer.actors[a].mentions.append(ActorMention(range: bytes(r), tokens: r, sentence: sentence, form: .nominal))
        }
    }

    /// A group titled with a body's own code ("Hamas militants") is that body.
    func linkBodiesToGroups() {
        for (_, a) in organizationActor where groupActor[layer.actors[a].code] == nil { groupActor[layer.actors[a].code] = a }
    }

    /// People and groups from titles.
    func resolveTitles() {
        for t in findings.titled {
            let country = titleCountry(t)
            var orgCode = t.organization.map { knowledge.organizations.organizations[$0].code }
                ?? t.named.flatMap { named($0)?.code }
                ?? t.name.flatMap { namedCodeAt[$0.lowerBound] }.map { String($0.prefix(3)) }
            // "Kremlin spokesman": a state body gives its state.
            var countryCode = country.map { knowledge.countries.countries[$0].code }
                ?? (t.organization.map { knowledge.organizations.organizations[$0].kind == "group" } == true ? stateOf(orgCode) : nil)
            let codes = titleCodes(t)
            // ("Yasmin Ouerghi, the group's Libya researcher": the body the possessive stands for, not the state the
            // portfolio names.)
            if t.isPerson, let body = possessingBody(t) {
                orgCode = layer.actors[body].code
                countryCode = nil
            }
            if !t.isPerson {
                guard let prefix = orgCode.flatMap({ stateOf($0) == countryCode ? $0 : nil }) ?? countryCode ?? orgCode
                else { continue }
                let code = compose(prefix, codes)
                let groupKey = code + resolver.groupKeySuffix[t.roles.last!]
                let a: Int
                if let existing = groupActor[groupKey] {
                    a = existing
                } else {
                    layer.actors.append(Actor(kind: .group, code: code, name: text(bytes(t.tokens)), country: countryCode,
                                              roles: codes, title: nil, mentions: ActorResolver.mentionList()))
                    a = layer.actors.count - 1
                    groupActor[groupKey] = a
                }
                layer.actors[a].mentions.append(ActorMention(range: bytes(t.tokens), tokens: t.tokens, sentence: t.sentence, form: .title))
                continue
            }
            guard let name = t.name else {
                deferredTitles.append(t)
                continue
            }
            guard let key = nameHashes(name, prefixes: true) else { continue }
            // "President Vladimir Putin": a well-known person's country when the title gives none, and
            // the person's own code when the title is a bare role ("Far-right leader Marine Le Pen").
            var directoryCode: String?
            // (Not when the title is another office in a story about another state: "Defence Minister Pedro Sanchez"
            // in a Colombian story is not Spain's prime minister.)
            if countryCode == nil, orgCode == nil, let n = directory.person(named: key.full),
               let code = directory.code(of: n, on: published),
               codes.allSatisfy({ ActorResolver.roleBlocks(code).contains($0) }) || sidesWith(directoryState: stateOf(code))
                // ("Labour Party leader Keir Starmer" in a story of Korea: a party's, an opposition's or a former office
                // is no other state's office that a namesake could hold.)
                || !codes.isEmpty && codes.allSatisfy({ Self.standingRoles.contains($0) }) {
                directoryCode = code
                countryCode = stateOf(directoryCode)
                // ("Secretary-General Mark Rutte": an international official is the body's.)
                if countryCode == nil { orgCode = code }
            } else if countryCode == nil, orgCode == nil, let shared = directory.sharedState(named: key.full) {
                countryCode = stateOf(shared)
            }
            let mention = ActorMention(range: bytes(name), tokens: name, sentence: t.sentence, form: .personName)
            if let p = people.first(where: { p in
                (p.name.full == key.full
                    || (p.name.surname == key.surname && (p.name.given == 0 || key.given == 0 || p.name.given == key.given))
                    || (key.given == 0 && familyName(of: p) == key.full)
                    // "Prince Mohammed" after Mohammed bin Salman: a title with a given name alone.
                    || (key.given == 0 && p.name.cuts.first == key.full)
                    // ("President Ali Bongo ... Ali Bongo Ondimba, president of Gabon": a known name of two words or more
                    // that opens a longer one.)
                    || (p.name.given != 0 && key.cuts.count >= 2 && key.cuts.dropFirst().contains(p.name.full))
                    // "ex-President Kang" (a headline) before "former President Kang Min-seok": the family name first.
                    || (p.name.given == 0 && key.first != 0 && key.first == p.name.full
                        && (countryCode ?? layer.actors[p.actor].country).map { knowledge.familyNameFirst.contains($0) } == true))
                    && (countryCode == nil || layer.actors[p.actor].country == nil || layer.actors[p.actor].country == countryCode)
            }) {
                // The full name names the person from now on.
                if p.name.given == 0, key.given != 0, let i = people.firstIndex(where: { $0.actor == p.actor }) {
                    layer.actors[p.actor].name = text(bytes(name))
                    people[i].name = key
                }
                layer.actors[p.actor].mentions.append(mention)
                if layer.actors[p.actor].country == nil, let countryCode {
                    layer.actors[p.actor].country = countryCode
                    layer.actors[p.actor].code = compose(countryCode, layer.actors[p.actor].roles)
                }
                continue
            }
            // ("Eva Lindqvist, a spokeswoman for the Commission,": the body a short name after the office stands for.)
            if countryCode == nil, orgCode == nil, directoryCode == nil, let body = bodyAfterOffice(t) {
                orgCode = layer.actors[body].code
                countryCode = layer.actors[body].country
            }
            if countryCode == nil, orgCode == nil, directoryCode == nil { (countryCode, orgCode) = contextSide(of: t) }
            let personPrefix = orgCode.flatMap { stateOf($0) == countryCode ? $0 : nil } ?? countryCode ?? orgCode ?? "---"
            // A title names the office ("former President": ELI) except "leader", which may lead a
            // government or an opposition: then the person's own code says which.
            let bareLeader = t.roleTokens.count == 1 && ActorResolver.leaderKeys.contains(segmentation.keys[t.roleTokens.lowerBound])
            let personCode = (bareLeader ? directoryCode.flatMap { $0.count > 3 ? $0 : nil } : nil) ?? compose(personPrefix, codes)
            layer.actors.append(Actor(kind: .person, code: personCode,
                                      name: text(bytes(name)), country: countryCode, roles: codes,
                                      title: title(of: t), mentions: ActorResolver.mentionList(mention)))
            people.append((layer.actors.count - 1, key))
            if let head = headRole(t.roles) { personRole[layer.actors.count - 1] = isCounterpart[head] ? counterpartOffice(t) ?? head : head }
            // ("Brazilian President Luiz Inacio Lula da Silva ... Lula said": the well-known person is this one.)
            if let n = directory.person(named: key.full), directoryActor[n] == nil { directoryActor[n] = layer.actors.count - 1 }
        }
    }

    /// Untitled people named beside a speech verb, unless already known.
    func resolveSpeakers() {
        for (chain, sentence) in findings.speakers {
            // "The Moro Liberation Council told us": a name that ends in a body's word names a body, not a person.
            // ("the Polish volunteer network Grupa Granica said": so does a name after a body's noun.)
            let named = chain.lowerBound > 0 && tokens[chain.lowerBound - 1].has(.lowercase) && ActorResolver.bodyHeads.contains(keys[chain.lowerBound - 1])
            if ActorResolver.bodyHeads.contains(keys[chain.upperBound - 1]) || chain.count == 1 && tokens[chain.lowerBound].has(.allCaps) || named {
                var chain = chain
                if chain.count > 1, keys[chain.lowerBound] == ActorResolver.theKey { chain = (chain.lowerBound + 1)..<chain.upperBound }
                let name = text(bytes(chain))
                let mention = ActorMention(range: bytes(chain), tokens: chain, sentence: sentence, form: .name)
                // ("Belarus's State Border Committee said": a body a state's possessive or demonym opens is that state's.)
                var owner: String?
                // (A party's name: over the words that say its place, "Japan's ruling Liberal Democratic Party", "the main
                // opposition Bangladesh Nationalist Party".)
                let party = keys[chain.upperBound - 1] == ActorRecognizer.partyKey
                var open = chain.lowerBound
                while party, open > segmentation.sentences[sentence].tokens.lowerBound, chain.lowerBound - open < 2,
                      tokens[open - 1].has(.lowercase), Self.partyStandings.contains(keys[open - 1]) { open -= 1 }
                // (Or that opens the phrase of the body's noun: "the Polish volunteer network".)
                let reach = named ? max(segmentation.sentences[sentence].tokens.lowerBound, chain.lowerBound - 4) : open
                for a in layer.actors.indices where layer.actors[a].kind == .state
                    && layer.actors[a].mentions.contains(where: {
                        $0.sentence == sentence && $0.tokens.upperBound <= chain.lowerBound && $0.tokens.upperBound >= reach
                            && (named || $0.tokens.upperBound == open
                                // ("The Philippines' National Security Council": over a plural's apostrophe.)
                                || $0.tokens.upperBound + 1 == chain.lowerBound && tokens[chain.lowerBound - 1].has(.possessive)
                                && !tokens[chain.lowerBound - 1].has(.word))
                    }) {
                    owner = layer.actors[a].code
                    break
                }
                // (After a body's noun the noun tells its kind: "the volunteer network X" is no state body.)
                // ("Ukraine's 47th Mechanized Brigade": a state's numbered unit is its military; not a named army of
                // its own, "Myanmar's Kachin Independence Army".)
                // (A party's state may follow its name, "the Communist Party of Vietnam"; else it is the story's.)
                if party, owner == nil, chain.upperBound + 1 < tokens.count, keys[chain.upperBound] == ActorResolver.ofKey,
                   let a = layer.actors.firstIndex(where: { $0.kind == .state && $0.mentions.contains { $0.tokens.lowerBound == chain.upperBound + 1 } }) {
                    owner = layer.actors[a].code
                }
                // ("Saddam Hussein's Ba'ath Party": or the state of the person whose possessive opens it.)
                if party, owner == nil, open > 0, tokens[open - 1].has(.possessive),
                   let person = findings.names.last(where: { $0.tokens.upperBound == open
                       || $0.tokens.upperBound == open - 1 && tokens[open - 1].has(.clitic) })?.tokens,
                   let key = nameHashes(person, prefixes: true) {
                    owner = stateOf(directory.person(named: key.full).flatMap { directory.code(of: $0, on: published) })
                }
                // (Else the story's state, or where it was filed: "SEOUL (AFP) - ... The Democratic Party demanded".)
                if party, owner == nil, let d = dominantState() ?? locatedState() ?? datelineState { owner = knowledge.countries.countries[d].code }
                let role = party ? ((open..<chain.lowerBound).contains { keys[$0] == Self.oppositionKey } ? "OPP" : "PTY")
                    : named ? ActorResolver.bodyNounRoles[keys[chain.lowerBound - 1]]
                    : tokens[chain.lowerBound].has(.hasDigit) && ActorRecognizer.unitHeads.contains(keys[chain.upperBound - 1]) ? "MIL" : "GOV"
                let code = owner.flatMap { owner in role.map { owner + $0 } } ?? "---"
                if let a = layer.actors.firstIndex(where: { $0.kind == .group && $0.code == code && $0.name == name }) {
                    layer.actors[a].mentions.append(mention)
                } else {
                    layer.actors.append(Actor(kind: .group, code: code, name: name, country: code == "---" ? nil : owner,
                                              roles: code == "---" ? [] : role.map { [$0] } ?? [],
                                              title: nil, mentions: ActorResolver.mentionList(mention)))
                }
                continue
            }
            // (A single name only as the recognizer passes it: someone who gave only that name.)
            guard let key = nameHashes(chain, prefixes: true), key.given != 0 || chain.count == 1 else { continue }
            // (Or the last words of a known name: "Garcia Harfuch said" for Omar Garcia Harfuch.)
            // (Given names alone only after the person: "said Ahmed, a shopkeeper" is someone else than the Ahmed
            // al-Mismari named later.)
            if people.contains(where: { p in
                p.name.full == key.full || (p.name.surname == key.surname && (p.name.given == 0 || p.name.given == key.given))
                    || p.name.tails.contains(key.full)
                    || p.name.cuts.contains(key.full) && layer.actors[p.actor].mentions.contains { $0.tokens.lowerBound < chain.lowerBound || $0.sentence == sentence }
            }) {
                continue
            }
            let known = directory.person(named: key.full).flatMap { directory.code(of: $0, on: published) }
            // ("said Mamadou Bah, a 30-year-old motorbike taxi driver", "Fatima Abakar, 34, said": someone given an age and
            // no office is a civilian of the state the story happens in.)
            let end = chain.upperBound
            let aged = end + 2 < tokens.count && tokens[end].has(.comma)
                && (tokens[end + 1].has(.number) && tokens[end + 2].has(.comma)
                    || ActorResolver.indefiniteArticles.contains(keys[end + 1]) && tokens[end + 2].has(.hasDigit)
                        && tokens[end + 2].has(.hyphenated))
            if known == nil, aged, let c = locatedState() ?? dominantState() {
                let state = knowledge.countries.countries[c].code
                layer.actors.append(Actor(kind: .person, code: state + "CVL", name: text(bytes(chain)), country: state,
                                          roles: ["CVL"], title: nil, mentions: ActorResolver.mentionList()))
                people.append((layer.actors.count - 1, key))
                continue
            }
            layer.actors.append(Actor(kind: .person, code: known ?? "---", name: text(bytes(chain)), country: stateOf(known),
                                      roles: known.map(roleBlocks) ?? [], title: nil, mentions: ActorResolver.mentionList()))
            people.append((layer.actors.count - 1, key))
        }
    }

    /// Bare names: full names and surnames of people already known. A name can only be
    /// someone's if its last word is a known surname or its first word a known first word.
    func collectKnownWords() {
        if !people.isEmpty {
            document.utf8.withUnsafeBufferPointer { bytes in
                for p in people where p.name.full != 0 {
                    knownWords.append(p.name.surname)
                    if p.name.penultimate != 0 { knownWords.append(p.name.penultimate) }
                    let mentions = layer.actors[p.actor].mentions
                    if let m = mentions.first(where: { $0.form == .personName }),
                       let first = m.tokens.first(where: isNameWord) {
                        knownWords.append(wordHash(first, bytes))
                    }
                }
            }
        }
    }

    /// Bare names: known people's full names and surnames, and well-known people named without a title.
    func resolveNames() {
        for (chain, sentence) in findings.names {
            // A well-known person named without a title ("Putin said"), unless someone known has that name.
            if directory.mayContain(first: segmentation.keys[chain.lowerBound], last: segmentation.keys[chain.upperBound - 1]),
               let key = nameHashes(chain), !people.contains(where: { $0.name.full == key.full || $0.name.surname == key.surname }),
               let n = directory.person(named: key.full), let code = directory.code(of: n, on: published) {
                let a: Int
                if let existing = directoryActor[n] {
                    a = existing
                } else {
                    layer.actors.append(Actor(kind: .person, code: code, name: directory.people[n].name, country: stateOf(code),
                                              roles: roleBlocks(code), title: nil, mentions: ActorResolver.mentionList()))
                    a = layer.actors.count - 1
                    directoryActor[n] = a
                    // Named later by one word ("Putin", "Kim"), as titled people are.
                    people.append((a, key))
                    knownWords.append(key.surname)
                    if key.first != 0 { knownWords.append(key.first) }
                }
                layer.actors[a].mentions.append(ActorMention(range: bytes(chain), tokens: chain, sentence: sentence, form: .personName))
                continue
            }
            guard !knownWords.isEmpty else { continue }
            let possible: Bool = document.utf8.withUnsafeBufferPointer { bytes in
                guard let first = chain.first(where: isNameWord), let last = chain.last(where: isNameWord) else { return false }
                if knownWords.contains(wordHash(last, bytes)) { return true }
                guard first != last else { return false }
                return knownWords.contains(wordHash(first, bytes))
            }
            guard possible, let key = nameHashes(chain) else { continue }
            let several = key.given != 0
            guard let p = people.first(where: { $0.name.full == key.full })
                    ?? people.first(where: { $0.name.surname == key.surname
                        && (key.given == 0 || $0.name.given == 0 || $0.name.given == key.given) })
                    // Given names alone ("Nurul Aisyah" for Nurul Aisyah Kamal).
                    ?? (several ? people.first(where: { $0.name.cuts.contains(key.full) }) : nil)
                    // The last words ("Abu Hatab" for Sami Abu Hatab).
                    ?? (several ? people.first(where: { $0.name.tails.contains(key.full) }) : nil)
                    // The first of two surnames ("Vargas" for Raul Vargas Cuellar).
                    ?? (several ? nil : people.first(where: { $0.name.penultimate == key.full }))
                    // A family name that comes first ("Zhou" for Zhou Ming).
                    ?? (several ? nil : people.first(where: { familyName(of: $0) == key.full }))
                    // A given name that only one person has ("Othman told reporters" for Othman Hashim), of a state
                    // whose people are named so (Malay, Indonesian, Thai) or of no state given.
                    // (Or a family name written first: "Iwaya" for Iwaya Takeshi, a word no given name.)
                    // (Named so after the person or in the same sentence, not before: "said Ahmed, a shopkeeper" is
                    // not the spokesman Ahmed al-Mismari named later.)
                    ?? (several ? nil : onlyPerson(firstWord: key.full, knownGivenName: knowledge.givenNames[text(bytes(chain)).lowercased()] != nil)
                        .flatMap { p in layer.actors[p.actor].mentions.contains { $0.tokens.lowerBound < chain.lowerBound || $0.sentence == sentence } ? p : nil })
            else { continue }
            layer.actors[p.actor].mentions.append(
                ActorMention(range: bytes(chain), tokens: chain, sentence: sentence, form: .personName))
        }
    }

    /// A capital's name that is the surname of a person named before it is that person ("Justice Minister Ivan Lima ...
    /// Lima said"), not the state; so is a state's name or demonym when the state is named no other way ("Volker Turk
    /// ... Turk said").
    func linkSurnamesWrittenAsCapitals() {
        guard !people.isEmpty else { return }
        // (People of two words or more by surname, once: a long document with many capitals and people stays linear.)
        var bySurname: [UInt64: [(actor: Int, name: NameHashes)]] = [:]
        for p in people where p.name.given != 0 { bySurname[p.name.surname, default: []].append(p) }
        guard !bySurname.isEmpty else { return }
        for a in layer.actors.indices where layer.actors[a].kind == .state {
            var n = 0
            while n < layer.actors[a].mentions.count {
                let m = layer.actors[a].mentions[n]
                // (Not the city described as one: "Lima, the capital of Peru,".)
                let described = m.tokens.upperBound + 1 < tokens.count && tokens[m.tokens.upperBound].has(.comma)
                    && keys[m.tokens.upperBound + 1] == ActorResolver.theKey
                guard m.form == .capital || m.form == .adjective || m.form == .name, m.tokens.count == 1,
                      !tokens[m.tokens.lowerBound].has(.possessive), !described else {
                    n += 1
                    continue
                }
                let key = document.utf8.withUnsafeBufferPointer { wordHash(m.tokens.lowerBound, $0) }
                // ("UN rights chief Volker Turk ... Turk said": a state's name or demonym is the surname only when the
                // state is named no other way, so "Israel" stays the state in a story that also says "Israeli".)
                if m.form != .capital {
                    let alone = layer.actors[a].mentions.allSatisfy { other in
                        other.tokens.count == 1 && document.utf8.withUnsafeBufferPointer { wordHash(other.tokens.lowerBound, $0) } == key
                    }
                    let determined = m.tokens.lowerBound > 0 && ActorRecognizer.determinerKeys.contains(keys[m.tokens.lowerBound - 1])
                    guard alone, !determined else { n += 1; continue }
                }
                guard let p = bySurname[key]?.first(where: { p in
                    layer.actors[p.actor].mentions.contains { $0.tokens.upperBound <= m.tokens.lowerBound }
                }) else { n += 1; continue }
                layer.actors[p.actor].mentions.append(ActorMention(range: m.range, tokens: m.tokens, sentence: m.sentence, form: .personName))
                layer.actors[a].mentions.remove(at: n)
            }
        }
    }

    /// The one person whose name of two words or more opens with this word, when it is no person's surname and, for a
    /// known given name, the person's state, if known, names people by their given name (`name-order.tsv`).
    func onlyPerson(firstWord key: UInt64, knownGivenName: Bool) -> (actor: Int, name: NameHashes)? {
        var found: (actor: Int, name: NameHashes)?
        for p in people where p.name.first == key || p.name.surname == key {
            guard found == nil, p.name.surname != key, p.name.given != 0 else { return nil }
            found = p
        }
        guard let found else { return nil }
        guard knownGivenName else { return found }
        return layer.actors[found.actor].country.map { knowledge.givenNameAlone.contains($0) } ?? true ? found : nil
    }

    /// Collectives without a country ("police fired tear gas"): the country of "of X" (or of the person after it,
    /// "the government of Alexander Lukashenko"), the one state the sentence names for people who are where they act
    /// (residents, protesters), else the one state the document is about (at least two mentions, twice the next; or
    /// the one state where everything it names happens); none when it can't tell.
    func resolveBareGroups() {
        guard !findings.bareGroups.isEmpty else { return }
        let dominant = dominantState() ?? locatedState() ?? leadSubjectState ?? officialsState()
        // Bodies' and groups' mentions by their last word, in text order: one index for a document with many
        // collectives, where a search per collective would grow with the square of its length; a plain search
        // otherwise (building the index costs more than a few searches).
        let indexed = findings.bareGroups.count > 16
        var byHead: [UInt64: [(start: Int, end: Int, actor: Int)]] = [:]
        if indexed {
            for a in layer.actors.indices where layer.actors[a].kind == .group || layer.actors[a].kind == .organization {
                for m in layer.actors[a].mentions {
                    byHead[keys[m.tokens.upperBound - 1], default: []].append((m.tokens.lowerBound, m.tokens.upperBound, a))
                    if let k = headBeforeOf(m.tokens) { byHead[k, default: []].append((m.tokens.lowerBound, m.tokens.upperBound, a)) }
                }
            }
            for k in byHead.keys { byHead[k]!.sort { $0.start < $1.start } }
        }
        for g in findings.bareGroups {
            let codes = roleCodes(g.roles)
            // "The North's foreign ministry": the body of the state "the North" stands for.
            if g.country == nil, let north = g.compass {
                if let a = compassState(north: north, before: g.tokens.lowerBound),
                   let c = knowledge.countries.index[layer.actors[a].code] {
                    var group = g
                    group.country = c
                    addGroup(group, codes: codes, indexed: indexed, byHead: &byHead, countryNamed: true)
                }
                continue
            }
            // "His government expelled": the state of the person named last before it, when it is known.
            if g.country == nil, g.possessed, let c = statePossessing(before: g.tokens.lowerBound) {
                var group = g
                group.country = c
                // ("Rebel leader X ... X's commanders said": the fighters of a movement's leader are the movement's.)
                var own = codes
                if codes.contains("MIL"), let p = personPossessing(before: g.tokens.lowerBound),
                   layer.actors[p].roles.contains(where: ActorResolver.movementRoles.contains) {
                    own = layer.actors[p].roles
                }
                addGroup(group, codes: own, indexed: indexed, byHead: &byHead)
                continue
            }
            // ("Somalia's prime minister, Hamza Abdi Barre, told lawmakers": a legislature told is that of the person who
            // tells it, named before in the sentence; a government or an army urged is as often another state's.)
            if g.country == nil, g.tokens.lowerBound > 0, codes.contains("LEG"),
               ActorRecognizer.hearerVerbKeys.contains(keys[g.tokens.lowerBound - 1]),
               let c = statePossessing(before: g.tokens.lowerBound, inSentence: g.sentence) {
                var group = g
                group.country = c
                addGroup(group, codes: codes, indexed: indexed, byHead: &byHead)
                continue
            }
            // "the government of Alexander Lukashenko": the state of the person after "of".
            if g.country == nil, let c = stateOfPersonAfterOf(g.tokens.upperBound, sentence: g.sentence) {
                var group = g
                group.country = c
                addGroup(group, codes: codes, indexed: indexed, byHead: &byHead)
                continue
            }
            // "The ministry added": a collective without a country is the group of its roles named last
            // before it ("the Iranian Foreign Ministry said ... The ministry added").
            // (Not diplomats or envoys, who serve abroad: "Diplomats said" are not the Lebanese leaders named before.)
            let abroad = g.roles.last.map { resolver.servesAbroad[$0] || resolver.roles[$0].name == "diplomat" } ?? false
            // (But one named with the same head word is still the one meant: "the Chinese Embassy in the Philippines said
            // the embassy had".)
            if g.country == nil, !codes.isEmpty {
                var antecedent: (actor: Int, at: Int)?
                // A body named with the same head word comes first ("the US Treasury imposed ... the Treasury said").
                let head = keys[g.tokens.upperBound - 1]
                let institution = ActorResolver.institutionHeadKeys.contains(head)
                // ("the National Liberation Army (ELN) ... the army said": a state's forces in lower case are not the movement
                // whose name ends in their word.)
                let stateForces = tokens[g.tokens.upperBound - 1].has(.lowercase) && codes.contains("MIL")
                // (Then they are the forces of the movement's state, which they fight: "the army" in a story of the ELN is
                // Colombia's.)
                var passedMovement: Int?
                func mayShareHead(_ a: Int) -> Bool {
                    let movement = stateForces && layer.actors[a].kind != .organization
                        && ActorResolver.roleBlocks(layer.actors[a].code).contains { ["REB", "INS", "UAF", "OPP"].contains($0) }
                    if movement, passedMovement == nil { passedMovement = a }
                    return !movement
                }
                if indexed {
                    let named = byHead[head] ?? []
                    var lo = 0, hi = named.count
                    while lo < hi { let mid = (lo + hi) / 2; if named[mid].start < g.tokens.lowerBound { lo = mid + 1 } else { hi = mid } }
                    // (Looking back a bounded way: the index keeps long documents linear.)
                    if let last = named[max(0, lo - 64)..<lo].last(where: {
                        $0.end <= g.tokens.lowerBound && wordsRepeated(g.tokens, in: $0.start..<$0.end) && mayShareHead($0.actor)
                    }) {
                        antecedent = (last.actor, last.start)
                    }
                } else {
                    for a in layer.actors.indices where layer.actors[a].kind == .group || layer.actors[a].kind == .organization {
                        for m in layer.actors[a].mentions where m.tokens.upperBound <= g.tokens.lowerBound
                            && (keys[m.tokens.upperBound - 1] == head || headBeforeOf(m.tokens) == head)
                            && m.tokens.lowerBound > (antecedent?.at ?? -1)
                            && wordsRepeated(g.tokens, in: m.tokens) && mayShareHead(a) {
                            antecedent = (a, m.tokens.lowerBound)
                        }
                    }
                }
                let namedByHead = antecedent != nil
                if antecedent == nil, let movement = passedMovement,
                   let state = layer.actors[movement].country ?? (layer.actors[movement].code.count >= 3
                       ? String(layer.actors[movement].code.prefix(3)) : nil),
                   let c = knowledge.countries.index[state] {
                    var group = g
                    group.country = c
                    // (With its article, as a collective named again is: "the army" opens the clause it is subject of.)
                    if g.tokens.lowerBound > segmentation.sentences[g.sentence].tokens.lowerBound, keys[g.tokens.lowerBound - 1] == ActorResolver.theKey {
                        group.tokens = (g.tokens.lowerBound - 1)..<g.tokens.upperBound
                    }
                    addGroup(group, codes: codes, indexed: indexed, byHead: &byHead)
                    continue
                }
                // (Not for a named institution: "the Interior Ministry" is not the electoral commission named before.)
                // (Nor for a body with a word of its own before its role's: "the unification ministry" is no other GOV body.)
                if antecedent == nil, !abroad, g.roles.last.map({ resolver.groupKeySuffix[$0].isEmpty }) ?? true,
                   !g.ownWords {
                    // (An institution is one named by the same head: "the court" is not the prosecutors' office, "the
                    // ministry" not the officials named before.)
                    // ("U.S. forces carried out strikes ... with government forces offering little resistance": a government's
                    // own forces are those of the state the story is about, not foreign forces named before.)
                    let domestic = codes.contains("MIL") && g.tokens.contains { ActorResolver.domesticForceKeys.contains(keys[$0]) }
                    let home = domestic ? dominant.map { knowledge.countries.countries[$0].code } : nil
                    for a in layer.actors.indices where layer.actors[a].kind == .group && layer.actors[a].roles == codes
                        && (home == nil || layer.actors[a].country == home) {
                        for m in layer.actors[a].mentions where m.tokens.upperBound <= g.tokens.lowerBound
                            && m.tokens.lowerBound > (antecedent?.at ?? -1)
                            && !(institution && keys[m.tokens.upperBound - 1] != head) {
                            antecedent = (a, m.tokens.lowerBound)
                        }
                    }
                }
                // ("The Department of Foreign Affairs summoned China's ambassador": not the body of the state whose envoy
                // its sentence names.)
                // (Unless the body is named by the same word in that sentence: "the Chinese Embassy in Manila said the embassy".)
                if let a = antecedent?.actor, let country = layer.actors[a].country, envoyStates(in: g.sentence).contains(country),
                   !(namedByHead && layer.actors[a].mentions.contains { $0.sentence == g.sentence }) {
                    antecedent = nil
                }
                // ("In Taipei, Presidential Office spokeswoman Karen Kuo said the government regretted Beijing's decision": the
                // state of the place that opens the sentence, when no body was named before or it is another state's and is
                // not named in this sentence.)
                if let place = openingPlace(of: g.sentence, before: g.tokens.lowerBound),
                   antecedent.map({ antecedent in
                       layer.actors[antecedent.actor].country.map { $0 != knowledge.countries.countries[place].code } ?? false
                           && !layer.actors[antecedent.actor].mentions.contains(where: { $0.sentence == g.sentence })
                   }) ?? true {
                    var group = g
                    group.country = place
                    addGroup(group, codes: codes, indexed: indexed, byHead: &byHead)
                    continue
                }
                // ("Brazil urged restraint. '...,' the foreign ministry said": the state that opens the sentence before,
                // when the body named before is another state's and neither sentence names that state or body.)
                if let antecedent, g.sentence > 0, let subject = openingState(of: g.sentence - 1),
                   let other = layer.actors[antecedent.actor].country, other != knowledge.countries.countries[subject].code,
                   !layer.actors[antecedent.actor].mentions.contains(where: { $0.sentence + 1 >= g.sentence && $0.sentence <= g.sentence }),
                   !(knowledge.countries.index[other].flatMap { stateActor[$0] }.map { a in
                       layer.actors[a].mentions.contains { $0.sentence + 1 >= g.sentence && $0.sentence <= g.sentence }
                   } ?? false) {
                    var group = g
                    group.country = subject
                    addGroup(group, codes: codes, indexed: indexed, byHead: &byHead)
                    continue
                }
                // ("Pakistan's Foreign Office spokesperson, X, said ... The Foreign Office said": a capitalised institution named
                // by no body before is that of the state of the last title that names it.)
                if antecedent == nil, institution, !abroad, tokens[g.tokens.upperBound - 1].has(.capitalized),
                   let t = findings.titled.last(where: { t in
                       t.tokens.upperBound <= g.tokens.lowerBound && t.countries.count == 1 && t.roleTokens.count > g.tokens.count
                           && wordsRepeated(g.tokens, in: t.roleTokens)
                   }) {
                    var group = g
                    group.country = t.countries.first
                    addGroup(group, codes: codes, indexed: indexed, byHead: &byHead)
                    continue
                }
                // ("Foreign Minister Wang Yi held calls with ..., the ministry said": an institution named by no body before is
                // that of the official of its codes who opens the sentence.)
                if antecedent == nil, institution, !abroad, let c = openingOfficialState(of: g.sentence, codes: codes) {
                    var group = g
                    group.country = c
                    addGroup(group, codes: codes, indexed: indexed, byHead: &byHead)
                    continue
                }
                if let antecedent {
                    var start = g.tokens.lowerBound
                    if start > segmentation.sentences[g.sentence].tokens.lowerBound, keys[start - 1] == ActorResolver.theKey { start -= 1 }
                    let span = start..<g.tokens.upperBound
                    layer.actors[antecedent.actor].mentions.append(
                        ActorMention(range: bytes(span), tokens: span, sentence: g.sentence, form: .nominal))
                    // (Named again: later collectives of the same word find it.)
                    if indexed { byHead[head, default: []].insertSorted((span.lowerBound, span.upperBound, antecedent.actor)) }
                    continue
                }
            }
            // ("Residents and a local administrator said" in a sentence about a town in Congo's North Kivu: people who
            // are where they act are of the one state their sentence names.)
            let local = g.roles.last.map { resolver.isLocalRole[$0] } ?? false
            // (Police and residents are where the report was filed, when nothing closer says: not of the state whose
            // officials the story quotes most.)
            // (So are the posts armed forces hold, "an army base", "a police station": where the story happens, else of the
            // state the story is about.)
            let post = g.roles.last.map { resolver.isPost[$0] } ?? false
            let police = codes.first == "COP" || post
            // (Not a dateline's state the story never names again: "CAIRO (AP) — A drone strike on a market in central
            // Sudan killed ...; residents said".)
            let filed = datelineState.flatMap { (weight[$0] ?? 0) >= 2 ? $0 : nil }
            // (Insurgents too are of the one state where their sentence places them: "jihadists stormed a military base near
            // Djibo" in a story of Burkina Faso's quarrel with France.)
            let insurgent = codes.first.map { $0 == "REB" || $0 == "INS" } ?? false
            // (Gangs and smugglers are where the report was filed, as police are: "PORT-AU-PRINCE (Reuters) - Kenyan police
            // landed in Haiti's capital to wrest control of Port-au-Prince from heavily armed gangs"; not of the state their
            // sentence names, often their victims', "hackers defaced nearly 3,000 Danish Web sites".)
            let criminal = codes.first == "CRM"
            guard var c = g.country ?? (local || insurgent ? sentenceState(g.sentence) : nil)
                    ?? (local || police || criminal ? filed : nil)
                    ?? (local || police ? dominantState() ?? locatedState() : abroad ? nil : dominant)
                    ?? (post ? dominant : nil) else { continue }
            // ("The Department of Foreign Affairs summoned China's ambassador": a body of no named state is not the state
            // whose envoy its sentence names; the other state the story names most.)
            if g.country == nil, !abroad, case let envoys = envoyStates(in: g.sentence),
               envoys.contains(knowledge.countries.countries[c].code) {
                guard let other = weight.leader(excluding: c), !envoys.contains(knowledge.countries.countries[other.key].code)
                else { continue }
                c = other.key
            }
            var group = g
            group.country = c
            addGroup(group, codes: codes, indexed: indexed, byHead: &byHead, countryNamed: g.country != nil)
        }
    }

    /// The collective `g` of its country: its group actor (made at its first mention) gets the mention.
    func addGroup(_ g: ActorRecognizer.BareGroup, codes: [String],
                  indexed: Bool, byHead: inout [UInt64: [(start: Int, end: Int, actor: Int)]], countryNamed: Bool = false) {
        guard let c = g.country else { return }
        let countryCode = knowledge.countries.countries[c].code
        let code = compose(countryCode, codes)
        var groupKey = g.roles.last.map { code + resolver.groupKeySuffix[$0] } ?? code
        // ("The unification ministry": a body with a word of its own is that body, not the state's others.)
        if g.ownWords { groupKey += " " + text(bytes(g.tokens)).lowercased() }
        let a: Int
        if let existing = groupActor[groupKey] {
            a = existing
        } else {
            layer.actors.append(Actor(kind: .group, code: code, name: titleText(g.tokens), country: countryCode,
                                      roles: codes, title: nil, mentions: ActorResolver.mentionList()))
            a = layer.actors.count - 1
            groupActor[groupKey] = a
        }
        // "of X" belongs to the mention; "in X" only says where the group is.
        let ofCountry = countryNamed && g.tokens.upperBound < segmentation.tokens.count
            && keys[g.tokens.upperBound] == ActorResolver.ofKey
        let overThe = ofCountry && g.tokens.upperBound + 2 < segmentation.tokens.count && keys[g.tokens.upperBound + 1] == ActorResolver.theKey
        var end = g.listEnd ?? (ofCountry ? g.tokens.upperBound + (overThe ? 3 : 2) : g.tokens.upperBound)
        // ("the main opposition Democratic Party (DP)": a body's name right after its role is the same body.)
        let sentenceEnd = segmentation.sentences[g.sentence].tokens.upperBound
        // (A town's name among its words is the body's: "the Liberty Party".)
        func namesActor(_ j: Int) -> Bool {
            guard let e = entity(startingAt: j) else { return false }
            if case .place = findings.entities[e].entry { return false }
            return true
        }
        if end == g.tokens.upperBound, end < sentenceEnd, tokens[end].has(.capitalized), !namesActor(end) {
            var k = end
            while k < min(sentenceEnd, end + 5), tokens[k].has(.capitalized), !tokens[k].has(.possessive) { k += 1 }
            if k > end + 1, ActorResolver.bodyHeads.contains(keys[k - 1]), !(end..<k).contains(where: namesActor) {
                if layer.actors[a].mentions.isEmpty { layer.actors[a].name = text(bytes(end..<k)) }
                end = k
            }
        }
        let span = g.tokens.lowerBound..<min(end, sentenceEnd)
        layer.actors[a].mentions.append(ActorMention(range: bytes(span), tokens: span, sentence: g.sentence, form: .title))
        if indexed { byHead[keys[span.upperBound - 1], default: []].insertSorted((span.lowerBound, span.upperBound, a)) }
    }

    /// Whether a well-known person's state fits the story when the title gives the person another office: the story is
    /// about that state, or names no state at all.
    func sidesWith(directoryState code: String?) -> Bool {
        // (An international body's official is no state's: "Secretary-General Mark Rutte".)
        guard let code else { return true }
        if let story = dominantState() ?? locatedState() { return knowledge.countries.countries[story].code == code }
        guard let c = knowledge.countries.index[code] else { return false }
        return weight[c] != nil || weight.count == 0
    }

    /// The state whose people and bodies the story names most, when it has at least two and twice as many as any
    /// other ("Colombia's government", "President Gustavo Petro" and "Colombia's chief negotiator" against Venezuela's
    /// foreign minister, in talks held in Caracas): whose "defence ministry" a story means without saying.
    func officialsState(minimum: Int = 2) -> Int? {
        var counts = SmallMap()
        for actor in layer.actors where actor.kind == .person || actor.kind == .group {
            if let country = actor.country, let c = knowledge.countries.index[country] { counts.add(1, to: c) }
        }
        guard let top = counts.leader(), top.value >= minimum, top.value >= 2 * top.second else { return nil }
        return top.key
    }

    /// The states whose envoys or missions sentence `s` names ("China's ambassador", "the Ethiopian embassy").
    func envoyStates(in s: Int) -> [String] {
        var found: [String] = []
        for (_, a) in stateActor {
            for m in layer.actors[a].mentions where m.sentence == s && m.tokens.upperBound < tokens.count
                && (Self.missionNouns.contains(keys[m.tokens.upperBound]) || isEnvoyNoun(at: m.tokens.upperBound)) {
                let c = layer.actors[a].country ?? layer.actors[a].code
                if !found.contains(c) { found.append(c) }
            }
        }
        return found
    }
    /// Envoys of a state abroad.
    /// (Not "charge" without its accent alone: "Iran's charge that ..." is an accusation; "charge d'affaires" is an envoy.)
    static let envoyNouns = KeySet(words: ["ambassador", "ambassadors", "envoy", "envoys", "chargé", "consul"])
    static let chargeKey = TokenKey.of("charge")
    static let affairesKeys = KeySet(words: ["d'affaires", "d’affaires"])
    func isEnvoyNoun(at j: Int) -> Bool {
        Self.envoyNouns.contains(keys[j])
            || keys[j] == Self.chargeKey && j + 1 < tokens.count && Self.affairesKeys.contains(keys[j + 1])
    }

    /// A state's missions abroad: a state named right before one of them is where the mission comes from, not where
    /// the sentence happens.
    static let missionNouns = KeySet(words: ["embassy", "embassies", "consulate", "consulates", "mission"])
    /// Nouns of a relation between states that a state's name or demonym before them describes ("a key US ally").
    static let relationNouns = KeySet(words: ["ally", "allies", "partner", "partners", "rival", "rivals", "neighbour", "neighbours",
                                              "neighbor", "neighbors", "backer", "backers", "adversary", "adversaries", "foe", "foes",
                                              "enemy", "enemies", "friend", "friends"])

    /// The one state that sentence `s` names, by name, demonym or capital, or by a place in it; nil when it names
    /// none or several.
    func sentenceState(_ s: Int) -> Int? {
        sentenceStates[s].flatMap { $0 }
    }

    /// Whether token `k` stands inside quotation marks opened in its sentence (an odd number of marks before it).
    func isQuoted(_ k: Int, _ sentence: Int) -> Bool {
        var marks = 0
        for j in segmentation.sentences[sentence].tokens.lowerBound..<k where tokens[j].has(.quote) && !tokens[j].has(.possessive) {
            marks += 1
        }
        return marks % 2 == 1
    }

    /// Per sentence that names a state or a place: the one state it names, or nil for several. Built once, when
    /// the states and places are known (a table rather than a search per collective: long documents have many).
    lazy var sentenceStates: [Int: Int?] = {
        var table: [Int: Int?] = [:]
        func add(_ c: Int, _ s: Int) {
            if let known = table[s] { if known != c { table[s] = .some(nil) } } else { table[s] = c }
        }
        // (Not in a relative clause about someone: "on behalf of businessman Ilan Shor, who lives in Moscow".)
        // (Nor a state named for its embassy: "protesters who tried to march towards the Ethiopian embassy" are not Ethiopians.)
        // (Nor a state in quoted words: 'demonstrators chanted "No to the Russian law!"' are not Russians.)
        // (Nor a state that describes a relation: "a key US ally" says nothing of where its sentence happens.)
        for (c, a) in stateActor {
            for m in layer.actors[a].mentions where !inRelativeClause(m.tokens.lowerBound, m.sentence)
                && !(m.tokens.upperBound < tokens.count && (Self.missionNouns.contains(keys[m.tokens.upperBound])
                    || Self.relationNouns.contains(keys[m.tokens.upperBound])))
                && !isQuoted(m.tokens.lowerBound, m.sentence) {
                add(c, m.sentence)
            }
        }
        for p in layer.places where !inRelativeClause(p.tokens.lowerBound, p.sentence) {
            if let c = knowledge.countries.index[p.country] { add(c, p.sentence) }
        }
        return table
    }()

    /// The state of the actor that opens the story's first sentence after the headline and dateline, its subject
    /// ("Moldova accused Russia ...", "Colombia's government and the ELN resumed talks"): whose unnamed bodies a story
    /// of two states means.
    lazy var leadSubjectState: Int? = {
        guard let lead = segmentation.sentences.first(where: { !segmentation.paragraphs[$0.paragraph].isHeading }) else { return nil }
        var start = lead.tokens.lowerBound
        if let dateline = datelines.first, dateline.contains(start) { start = dateline.upperBound }
        var first: (at: Int, actor: Int)?
        for a in layer.actors.indices {
            for m in layer.actors[a].mentions where m.sentence == lead.index && m.tokens.lowerBound >= start
                && m.tokens.lowerBound < (first?.at ?? Int.max) {
                first = (m.tokens.lowerBound, a)
            }
        }
        // (The subject opens the sentence: at most "The" and a word before it.)
        guard let first, first.at <= start + 2, let country = layer.actors[first.actor].country else { return nil }
        return knowledge.countries.index[country]
    }()

    /// The dateline's state when it is one of the two states the story names most, and about as often as the first
    /// ("BEIRUT (AFP) — ... President Michel Haddad", "WARSAW ... Deputy Foreign Minister X"): where officials named
    /// without a state most likely serve. Not a venue the story only passes through ("JEDDAH ... talks between the army
    /// and the RSF").
    lazy var sideDatelineState: Int? = {
        guard let filed = datelineState, let top = weight.leader() else { return nil }
        if top.key == filed { return filed }
        // (The second, and named about as often: at least twice, and a third as often as the first.)
        guard let named = weight[filed], named >= 2, named * 3 >= top.value else { return nil }
        return weight.leader(excluding: top.key)?.key == filed ? filed : nil
    }()

    /// The state of the place of the report's dateline ("CHISINAU, Sept 12 (Reuters) -"), when the place is a capital
    /// or a city of one state.
    lazy var datelineState: Int? = {
        guard let dateline = datelines.first else { return nil }
        for e in findings.entities where dateline.contains(e.match.tokens.lowerBound) {
            switch e.entry {
            case .country(let cs, .capital) where cs.count == 1: return cs[0]
            case .place(let f): if let c = knowledge.places.leadingCountry(ofForm: f) { return c }
            default: continue
            }
        }
        // A place in capitals ("LA PAZ", "MEXICO CITY"), as the tables write it.
        var words: [String] = []
        for k in dateline {
            guard tokens[k].has(.word), !tokens[k].has(.comma) else { break }
            let word = text(tokens[k].range)
            words.append(word.prefix(1) + word.dropFirst().lowercased())
        }
        guard !words.isEmpty else { return nil }
        let name = words.joined(separator: " ")
        if let c = knowledge.countries.countries.firstIndex(where: { $0.capital == name }) { return c }
        var bytes = Array(name.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            knowledge.places.form(bytes: UnsafeBufferPointer(buffer)).flatMap { knowledge.places.leadingCountry(ofForm: $0) }
        }
    }()

    /// Whether token `k` is inside a relative clause set off by a comma (", who lives in Moscow").
    func inRelativeClause(_ k: Int, _ sentence: Int) -> Bool {
        var j = k - 1
        let start = segmentation.sentences[sentence].tokens.lowerBound
        while j > start, k - j < 16 {
            if tokens[j].has(.comma) { return ActorResolver.relativeWords.contains(keys[j + 1]) }
            j -= 1
        }
        return false
    }

    /// The state of a person named right after "of" at token `k` ("the government of Alexander Lukashenko", "the
    /// government of President X").
    func stateOfPersonAfterOf(_ k: Int, sentence: Int) -> Int? {
        let end = segmentation.sentences[sentence].tokens.upperBound
        guard k + 1 < end, keys[k] == ActorResolver.ofKey, tokens[k + 1].has(.capitalized) else { return nil }
        for j in (k + 1)...min(k + 3, end - 1) {
            if let a = personNameStarts[j], let country = layer.actors[a].country { return knowledge.countries.index[country] }
        }
        return nil
    }

    /// People's name mentions by their first token: built once, when the names are resolved.
    lazy var personNameStarts: [Int: Int] = {
        var starts: [Int: Int] = [:]
        for a in layer.actors.indices where layer.actors[a].kind == .person {
            for m in layer.actors[a].mentions where m.form == .personName && starts[m.tokens.lowerBound] == nil { starts[m.tokens.lowerBound] = a }
        }
        return starts
    }()

    /// Whether every word of a collective's words is in an earlier mention's ("the interior ministry" is not
    /// "the Russian defence ministry"; "the ministry" and "the defence ministry" are).
    /// The head word of a body's name written with "of" ("Ministry of National Defense": ministry), if it is one.
    func headBeforeOf(_ mention: Range<Int>) -> UInt64? {
        guard mention.count >= 3, let of = mention.dropFirst().first(where: { keys[$0] == ActorResolver.ofKey && tokens[$0].has(.lowercase) }),
              ActorResolver.bodyHeads.contains(keys[of - 1]) else { return nil }
        return keys[of - 1]
    }

    func wordsRepeated(_ words: Range<Int>, in mention: Range<Int>) -> Bool {
        words.allSatisfy { w in mention.contains { keys[$0] == keys[w] } }
    }

    /// Titles without names: the person of that state and role, nearest first.
    func resolveDeferredTitles() {
        var sortedStarts: [Int: [Int]] = [:]
        if !deferredTitles.isEmpty {
            for p in people { sortedStarts[p.actor] = layer.actors[p.actor].mentions.map(\.tokens.lowerBound).sorted() }
        }
        for t in deferredTitles {
            let country = titleCountry(t)
            var countryCode = country.map { knowledge.countries.countries[$0].code }
            let codes = titleCodes(t)
            var start = t.tokens.lowerBound
            let sentenceStart = segmentation.sentences[t.sentence].tokens.lowerBound
            if start > sentenceStart, keys[start - 1] == ActorResolver.theKey { start -= 1 }
            let span = start..<t.tokens.upperBound
            let mention = ActorMention(range: bytes(span), tokens: span, sentence: t.sentence, form: .title)
            // (A movement's leader is not "Lebanon's president": with a country, the codes must agree too.)
            // (A body's official is that body's: "a Hamas official" is not the UN's Secretary-General.)
            let orgCode = t.organization.map { knowledge.organizations.organizations[$0].code }
            let composed = countryCode.map { compose($0, codes) }
            // "A Japanese government official said": an indefinite article introduces someone new.
            var before = t.tokens.lowerBound - 1
            while before > sentenceStart, ActorRecognizer.titleModifiers.contains(keys[before]) { before -= 1 }
            // (Unless a name follows in apposition: "An EU spokeswoman, Marta Lindqvist, said".)
            var end = t.tokens.upperBound
            // ("the ASEAN special envoy on Myanmar, Othman Hashim,": over the state the office is for.)
            if end + 2 < segmentation.sentences[t.sentence].tokens.upperBound,
               [ActorResolver.onKey, ActorResolver.forKey, ActorResolver.toKey].contains(keys[end]),
               let e = entity(startingAt: end + 1), case .country = findings.entities[e].entry,
               findings.entities[e].match.tokens.upperBound < segmentation.sentences[t.sentence].tokens.upperBound,
               tokens[findings.entities[e].match.tokens.upperBound].has(.comma) {
                end = findings.entities[e].match.tokens.upperBound
            }
            let namedAfter = end + 1 < segmentation.sentences[t.sentence].tokens.upperBound && tokens[end].has(.comma)
                && tokens[end + 1].has(.capitalized)
            // ("said the head of one international charity": so does an office of a body introduced so.)
            let ofSomeone = end + 1 < segmentation.sentences[t.sentence].tokens.upperBound && keys[end] == ActorResolver.ofKey
                && (ActorResolver.indefiniteArticles.contains(keys[end + 1]) || keys[end + 1] == ActorResolver.oneKey)
            let indefinite = !namedAfter && (before >= sentenceStart && ActorResolver.indefiniteArticles.contains(keys[before]) || ofSomeone)
            // ("Qatar's chief mediator, Minister of State Mohammed Al-Khulaifi,": the titled person set off after it is the
            // title's, and takes its state.)
            // (When the person is introduced there, the title's side is the person's: "the Taliban's acting foreign
            // minister, Amir Khan Muttaqi,".)
            if namedAfter, let p = people.first(where: { p in
                layer.actors[p.actor].mentions.contains { m in
                    m.sentence == t.sentence && m.form == .personName && m.tokens.lowerBound > end && m.tokens.lowerBound <= end + 6
                        && ((end + 1)..<m.tokens.lowerBound).allSatisfy {
                            tokens[$0].has(.capitalized) || tokens[$0].has(.lowercase) && ActorResolver.smallTitleWords.contains(keys[$0])
                        }
                }
            }) {
                let a = p.actor
                let introduced = layer.actors[a].mentions.allSatisfy { $0.tokens.lowerBound > end }
                layer.actors[a].mentions.append(mention)
                if countryCode != nil || orgCode != nil, introduced || layer.actors[a].country == nil || layer.actors[a].code.hasPrefix("---") {
                    let prefix = orgCode.flatMap { stateOf($0) == countryCode ? $0 : nil } ?? countryCode ?? orgCode!
                    layer.actors[a].country = countryCode
                    layer.actors[a].code = compose(prefix, codes)
                    layer.actors[a].roles = codes
                }
                continue
            }
            // ("Lula spoke with his Guyanese counterpart": a counterpart holds the office of the person named before it.)
            let office = headRole(t.roles).map { isCounterpart[$0] ? counterpartOffice(t) ?? $0 : $0 }
            let candidates = indefinite ? [] : people.map(\.actor).filter { a in
                let exact = layer.actors[a].roles == codes && (countryCode == nil || layer.actors[a].country == countryCode
                    && layer.actors[a].code == composed)
                // ("Turkish Defence Minister X ... the Turkish minister": the head word of the person's office, whose
                // codes it holds.)
                let head = !exact && countryCode != nil && layer.actors[a].country == countryCode
                    && codes.allSatisfy(layer.actors[a].roles.contains)
                    && office.map { o in personRole[a].map { $0 != o && resolver.roles[o].name == resolver.officeHeads[$0] } ?? false } ?? false
                return (exact || head) && mayHold(a, office) && (orgCode == nil || layer.actors[a].code.hasPrefix(orgCode!))
            }
            func distance(_ a: Int) -> Int {
                let starts = sortedStarts[a] ?? []
                var lo = 0, hi = starts.count
                while lo < hi { let mid = (lo + hi) / 2; if starts[mid] < t.tokens.lowerBound { lo = mid + 1 } else { hi = mid } }
                var best = Int.max
                if lo - 1 >= 0 { best = min(best, abs(starts[lo - 1] - t.tokens.lowerBound)) }
                if lo < starts.count { best = min(best, abs(starts[lo] - t.tokens.lowerBound)) }
                return best
            }
            if let best = candidates.min(by: { distance($0) < distance($1) }),
               countryCode != nil || candidates.count == 1 {
                layer.actors[best].mentions.append(mention)
                continue
            }
            // "Kazakhstan's foreign minister held talks ... Foreign Minister Yerlan Sadykov met ...": the one person of
            // that office whose state is not known is the title's, and takes its state.
            // ("the European Union's ambassador ... Ambassador Joaquim Leite": so for a body's office.)
            if let prefix = orgCode == nil ? countryCode : countryCode == nil ? orgCode : nil, candidates.isEmpty, !indefinite {
                let stateless = people.map(\.actor).filter { a in
                    layer.actors[a].country == nil && layer.actors[a].roles == codes && mayHold(a, office)
                        && layer.actors[a].code.hasPrefix("---")
                }
                if stateless.count == 1 {
                    let a = stateless[0]
                    layer.actors[a].country = countryCode
                    layer.actors[a].code = composed ?? compose(prefix, codes)
                    layer.actors[a].mentions.append(mention)
                    continue
                }
            }
            // "The head of the UN nuclear watchdog, Rafael Grossi, ... The Argentine diplomat said": a calling of a
            // state the story names nowhere else describes the person of no state named just before.
            if let a = describedByCalling(t, country: country, office: office, indefinite: indefinite) {
                layer.actors[a].mentions.append(mention)
                continue
            }
            var prefix = countryCode ?? t.organization.map { knowledge.organizations.organizations[$0].code }
                ?? t.named.flatMap { named($0)?.code }
            // ("In Tokyo, the defence ministry said ... the defence minister told reporters": a title that names no one
            // known and no side takes its side from the context, as a named official's does.)
            if prefix == nil {
                let side = contextSide(of: t)
                countryCode = side.country
                prefix = side.country ?? side.organization
            }
            guard let prefix else { continue }
            let name = titleText(t.tokens.lowerBound..<t.tokens.upperBound)
            let code = compose(prefix, codes)
            // Someone introduced with "a" is not one of the people named: one record per such description
            // ("a Japanese government official" again is that record), kept out of the people later titles may be.
            if indefinite, let a = unnamedActor["\(code) \(name)"] {
                layer.actors[a].mentions.append(mention)
                continue
            }
            layer.actors.append(Actor(kind: .person, code: code, name: name, country: countryCode,
                                      roles: codes, title: title(of: t), mentions: ActorResolver.mentionList(mention)))
            if indefinite {
                unnamedActor["\(code) \(name)"] = layer.actors.count - 1
                continue
            }
            people.append((layer.actors.count - 1, NameHashes(full: 0, surname: 0, given: 0, first: 0, cuts: NameCuts())))
            if let office { personRole[layer.actors.count - 1] = office }
        }
    }

    /// The person whose mention an apposition of office `role` follows last before the title at token `title` (", the ministry's
    /// spokeswoman"), within the ten sentences before; nil when a definite article does not open the title.
    func describedInApposition(before title: Int, sentence: Int, role: Int) -> Int? {
        guard title > 0, keys[title - 1] == ActorResolver.theKey else { return nil }
        let floor = segmentation.sentences[max(0, sentence - 10)].tokens.lowerBound
        var best: (at: Int, actor: Int)?
        for nominal in findings.nominals where nominal.tokens.lowerBound >= floor && nominal.tokens.lowerBound < title
            && nominal.role.name == resolver.roles[role].name && nominal.tokens.lowerBound > (best?.at ?? -1) {
            let start = nominal.tokens.lowerBound
            // ("Its spokesman, Lieutenant Colonel X, denied": or the role before the name it sets off, over a title.)
            let end = nominal.tokens.upperBound
            if end + 1 < title, tokens[end].has(.comma) {
                for p in people where layer.actors[p.actor].kind == .person
                    && layer.actors[p.actor].mentions.contains(where: { m in
                        m.form == .personName && m.tokens.lowerBound > end && m.tokens.lowerBound <= end + 4
                            && ((end + 1)..<m.tokens.lowerBound).allSatisfy { tokens[$0].has(.capitalized) }
                    }) {
                    best = (start, p.actor)
                }
                if best?.at == start { continue }
            }
            // The comma that opens the apposition, at most four words before the role ("the ministry's").
            guard let comma = stride(from: start - 1, through: max(floor, start - 5), by: -1).first(where: { tokens[$0].has(.comma) }),
                  !((comma + 1)..<start).contains(where: { tokens[$0].has(.comma) || tokens[$0].has(.quote) }) else { continue }
            for p in people where layer.actors[p.actor].kind == .person
                && layer.actors[p.actor].mentions.contains(where: { $0.tokens.upperBound == comma && $0.form == .personName }) {
                best = (start, p.actor)
            }
        }
        // (Not when someone titled with that office is named since: "Spokeswoman Maria Zakharova said ... the spokeswoman".)
        guard let best else { return nil }
        // (Any form of the office: "Foreign Ministry Spokesperson" holds the spokesman's.)
        let forms = resolver.roles[role].forms
        let since = people.contains { p in
            p.actor != best.actor && (layer.actors[p.actor].title.map { t in forms.contains { t.lowercased().hasSuffix($0) } } ?? false)
                && layer.actors[p.actor].mentions.contains { $0.tokens.lowerBound > best.at && $0.tokens.lowerBound < title }
        }
        return since ? nil : best.actor
    }

    /// The token after a clause that keeps a speaker unnamed starting at `k` ("who asked not to be named", or
    /// ", who spoke on condition of anonymity,"), with the commas that set it off; `k` when none starts there.
    func afterAnonymity(_ k: Int, sentenceEnd: Int) -> Int {
        let start = k < sentenceEnd && tokens[k].has(.comma) ? k + 1 : k
        guard let after = knowledge.speechCues.anonymityClauseEnd(startingAt: start, keys: keys, limit: sentenceEnd) else { return k }
        if start > k { return after < sentenceEnd && tokens[after].has(.comma) ? after + 1 : k }
        return after
    }

    /// The person a definite title of a calling describes ("the Argentine diplomat"): the person named last within
    /// the two sentences before, when that person has no state and the title's state is named nowhere else.
    func describedByCalling(_ t: ActorRecognizer.TitledCandidate, country: Int?, office: Int?, indefinite: Bool) -> Int? {
        guard !indefinite, let country, let office, resolver.isCalling[office], t.name == nil,
              t.tokens.lowerBound > 0, keys[t.tokens.lowerBound - 1] == ActorResolver.theKey else { return nil }
        let code = knowledge.countries.countries[country].code
        if layer.actors.contains(where: { a in
            a.kind == .state && a.code == code && a.mentions.contains { !t.tokens.contains($0.tokens.lowerBound) }
        }) { return nil }
        let earliest = segmentation.sentences[max(0, t.sentence - 2)].tokens.lowerBound
        var latest: (at: Int, actor: Int)?
        for p in people {
            for m in layer.actors[p.actor].mentions where m.tokens.lowerBound >= earliest && m.tokens.lowerBound < t.tokens.lowerBound
                && m.tokens.lowerBound > (latest?.at ?? -1) {
                latest = (m.tokens.lowerBound, p.actor)
            }
        }
        guard let latest, layer.actors[latest.actor].country == nil else { return nil }
        return latest.actor
    }

    /// "In Tokyo, Japan's defence ministry said ... the defence minister told reporters": a definite office that speaks
    /// and that no person of the story holds (no person of the same role codes, none whose title has its word) is a
    /// person of its own, of the side the context gives, as a title without a name is. Other role nouns are left to
    /// the quotation stage.
    func resolveVacantOffices() {
        guard !findings.nominals.isEmpty else { return }
        // The offices held: people's role codes, and the words of their titles (built at the first office that speaks,
        // grown as people are added).
        var heldCodes: [[String]] = []
        var heldWords = Set<UInt64>()
        var built = false
        func hold(_ a: Int) {
            if !heldCodes.contains(layer.actors[a].roles) { heldCodes.append(layer.actors[a].roles) }
            for m in layer.actors[a].mentions where m.form != .personName { for k in m.tokens { heldWords.insert(keys[k]) } }
        }
        for nominal in findings.nominals where nominal.role.isPerson {
            let start = nominal.tokens.lowerBound
            let sentenceStart = segmentation.sentences[nominal.sentence].tokens.lowerBound
            // (A speaker: "the defence minister told reporters", "said the minister". Elsewhere a role noun may
            // describe another ("the migrant camp").)
            let end = nominal.tokens.upperBound
            let sentenceEnd = segmentation.sentences[nominal.sentence].tokens.upperBound
            // ("A government spokeswoman in Kigali said": someone new, of the state of the place after the role.)
            let place = end + 2 < sentenceEnd && keys[end] == ActorResolver.inKey ? stateNamed(at: end + 1) : nil
            // ("A police commander who asked not to be named said", "an officer, who spoke on condition of anonymity,
            // said": over a clause that keeps the speaker unnamed.)
            var verb = place != nil ? end + 2 : afterAnonymity(end, sentenceEnd: sentenceEnd)
            // ("The chairperson of the African Union Commission urged": the office of the body after "of".)
            var body: String?
            if place == nil, end + 1 < sentenceEnd, keys[end] == ActorResolver.ofKey {
                let at = keys[end + 1] == ActorResolver.theKey ? end + 2 : end + 1
                if at < sentenceEnd, let e = entity(startingAt: at), case .organization(let o) = findings.entities[e].entry {
                    body = knowledge.organizations.organizations[o].code
                    verb = findings.entities[e].match.tokens.upperBound
                }
            }
            let speaks = verb < sentenceEnd && ActorRecognizer.speechVerbKeys.contains(keys[verb])
                || start - 2 >= sentenceStart && ActorRecognizer.speechVerbKeys.contains(keys[start - 2])
                // (An office of a body is someone as any verb's subject: "The chairperson of the AU Commission urged".)
                || body != nil && verb < sentenceEnd && tokens[verb].has(.lowercase) && tokens[verb].has(.word)
            let indefinite = start > sentenceStart && ActorResolver.indefiniteArticles.contains(keys[start - 1])
            // (After the verb, someone new closes the clause: "..., said a government spokesman." — not "said a suicide
            // bomber drove", "asked a judge to".)
            let inverted = !(verb < sentenceEnd && ActorRecognizer.speechVerbKeys.contains(keys[verb]))
            if indefinite, inverted, verb < sentenceEnd, !tokens[verb].has(.comma), !tokens[verb].has(.sentenceFinal) { continue }
            guard speaks, start > sentenceStart, keys[start - 1] == ActorResolver.theKey || indefinite,
                  !knowledge.agents.pluralWords.contains(keys[nominal.tokens.upperBound - 1]),
                  let role = resolver.roleIndex[nominal.role.name] else { continue }
            let codes = roleCodeLists[role]
            let head = keys[nominal.tokens.upperBound - 1]
            // (Generic words and counterparts stand for someone named, or for no one.)
            if resolver.isGenericTitle[role] { continue }
            // ("said Lieutenant General X, the ministry's spokeswoman. ... The spokeswoman said": X.)
            if !indefinite, body == nil, let a = describedInApposition(before: start, sentence: nominal.sentence, role: role) {
                let span = (start - 1)..<nominal.tokens.upperBound
                layer.actors[a].mentions.append(ActorMention(range: bytes(span), tokens: span, sentence: nominal.sentence, form: .title))
                continue
            }
            if !built {
                for a in layer.actors.indices where layer.actors[a].kind == .person { hold(a) }
                built = true
            }
            if let body {
                // (Held when a person of that body has the office's codes.)
                if !indefinite, layer.actors.contains(where: { $0.kind == .person && $0.code.hasPrefix(body) && $0.roles == codes }) { continue }
            } else if !indefinite, heldCodes.contains(codes) || heldWords.contains(head) { continue }
            let title = ActorRecognizer.TitledCandidate(countries: .none, organization: nil, roles: RoleList(role), name: nil,
                                                        tokens: nominal.tokens, roleTokens: nominal.tokens,
                                                        sentence: nominal.sentence, isPerson: true)
            // (An office nobody holds is someone new only on firm evidence, not on the lead's subject alone.)
            let side = body.map { (country: String?.none, organization: Optional($0)) }
                ?? place.map { (country: Optional(knowledge.countries.countries[$0].code), organization: String?.none) }
                ?? contextSide(of: title, guessing: false)
            guard let prefix = side.country ?? side.organization else { continue }
            let span = (start - 1)..<nominal.tokens.upperBound
            // (Someone introduced with "a" again is that record: "a government spokeswoman" twice is one person.)
            let description = "\(compose(prefix, codes)) \(titleText(nominal.tokens))"
            if indefinite, let a = unnamedActor[description] {
                layer.actors[a].mentions.append(ActorMention(range: bytes(span), tokens: span, sentence: nominal.sentence, form: .title))
                continue
            }
            layer.actors.append(Actor(kind: .person, code: compose(prefix, codes),
                                      name: titleText(body != nil ? nominal.tokens.lowerBound..<verb : nominal.tokens),
                                      country: side.country, roles: codes, title: titleText(nominal.tokens),
                                      mentions: ActorResolver.mentionList(ActorMention(range: bytes(span), tokens: span,
                                                                                        sentence: nominal.sentence, form: .title))))
            if indefinite {
                unnamedActor[description] = layer.actors.count - 1
                layer.actors[layer.actors.count - 1].gender = resolver.gender(of: layer.actors[layer.actors.count - 1], tokens: tokens, keys: keys)
                continue
            }
            personRole[layer.actors.count - 1] = role
            hold(layer.actors.count - 1)
        }
    }

    /// Words that make a body's name one of a party or a civil movement ("Union of Democratic Forces of Guinea").
    static let partyHeads = KeySet(words: ["party", "front", "movement", "alliance", "union", "league", "congress", "rally",
                                           "coalition", "convention", "platform", "bloc"])
    /// Words that make an army's name ("... Liberation Army") one of rebels. ("National" is no such word: "the Somali
    /// National Army" is a state's.)
    static let rebelNameWords = KeySet(words: ["liberation", "revolutionary", "resistance", "popular", "patriotic", "islamic"])
    static let armedHeads = KeySet(words: ["army", "forces", "brigades", "brigade", "militia"])
    static let oppositionKey = TokenKey.of("opposition")
    /// Words between a state and its party's name that say where the party stands ("Japan's ruling Liberal Democratic Party").
    static let partyStandings = KeySet(words: ["ruling", "governing", "opposition", "main", "largest", "biggest", "own"])
    static let unionKey = TokenKey.of("union")
    /// Words of a trade's or a calling's body ("Trade Unions", "Teachers").
    static let tradeNameWords = KeySet(words: ["trade", "unions", "workers", "teachers", "employees", "labour", "labor", "journalists",
                                               "doctors", "nurses", "students", "farmers", "miners", "lawyers", "traders", "drivers"])
    /// Words of politics in a party's name ("Democratic", "Forces", "Republicans").
    static let politicalNameWords = KeySet(words: ["democratic", "democrats", "democracy", "forces", "republican", "republicans",
                                                   "republic", "national", "socialist", "socialists", "progressive", "progress",
                                                   "liberal", "liberals", "popular", "patriotic", "independence",
                                                   "freedom", "unity", "change", "solidarity", "justice", "renewal", "rally"])

    /// "The Union of Democratic Forces of Guinea (UFDG)", "the National Front for the Defence of the Constitution (FNDC)":
    /// a name of capitalised words no dictionary knows, headed by a party's or an armed movement's word and defined by an
    /// acronym of its words' initials (in any order: a name may be translated), is a group of its own, not the state it
    /// names; a party is its state's opposition when its sentence says "opposition", else a party (PTY), an army of rebels
    /// REB.
    func nameBodiesDefinedByAcronym(_ definitions: [Int]) {
        for k in definitions.sorted() where k >= 3 && tokens[k - 1].has(.openBracket) {
            let end = k - 1
            guard let sentence = segmentation.sentences.firstIndex(where: { $0.tokens.contains(k) }) else { continue }
            let floor = segmentation.sentences[sentence].tokens.lowerBound
            // Back over capitalised words and the small words between them, to the name's start.
            // ("Sudan People's Liberation Army": over a possessive that names no owner, a state or a person: not over
            // "Mr Khan's" in "Mr Khan's Pakistan Tehreek-e-Insaf (PTI)".)
            func namesAnOwner(_ j: Int) -> Bool {
                j - 1 >= floor && ActorRecognizer.honorificKeys.contains(keys[j - 1])
                    || layer.actors.contains { ($0.kind == .state || $0.kind == .person) && $0.mentions.contains { $0.tokens.contains(j) } }
            }
            var start = end
            while start - 1 >= floor, start > end - 12 {
                let t = tokens[start - 1]
                if t.has(.capitalized) && t.has(.word) && !(t.has(.possessive) && namesAnOwner(start - 1)) { start -= 1; continue }
                if t.has(.clitic), t.has(.possessive), start - 2 >= floor, tokens[start - 2].has(.capitalized), !namesAnOwner(start - 2) {
                    start -= 2
                    continue
                }
                // ("... for the Defence of the Constitution": over the small words between capitalised ones.)
                var j = start - 1
                while j >= floor, tokens[j].has(.lowercase), ActorResolver.nameLinks.contains(keys[j]) { j -= 1 }
                if j < start - 1, j >= floor, tokens[j].has(.capitalized), !tokens[j].has(.possessive) { start = j + 1; continue }
                break
            }
            if start < end, keys[start] == ActorResolver.theKey { start += 1 }
            guard end - start >= 2, tokens[start].has(.capitalized) else { continue }
            // (Not a name a dictionary or an earlier rule made a body of.)
            if layer.actors.contains(where: { $0.kind != .state && $0.mentions.contains { $0.tokens.upperBound == end && $0.tokens.count > 1 } }) {
                continue
            }
            let words = (start..<end).filter { tokens[$0].has(.capitalized) }
            // The head: the word before the first "of" or "for", else the last word.
            let head = (start..<end).first { ActorResolver.nameLinks.contains(keys[$0]) && tokens[$0].has(.lowercase) && $0 > start }
                .map { $0 - 1 } ?? end - 1
            // (A union is a party's only with a word of politics in its name, and no name of a trade's: "the Nigerian Union of
            // Teachers (NUT)" is a trade union.)
            guard !words.contains(where: { Self.tradeNameWords.contains(keys[$0]) }) else { continue }
            // (Or a party's word right after the bracket: "Pakistan Tehreek-e-Insaf (PTI) party".)
            let partyAfter = k + 2 < tokens.count && tokens[k + 1].has(.closeBracket) && tokens[k + 2].has(.lowercase)
                && Self.partyHeads.contains(keys[k + 2]) && keys[k + 2] != Self.unionKey
            let party = partyAfter || Self.partyHeads.contains(keys[head])
                && (keys[head] != Self.unionKey || words.contains { Self.politicalNameWords.contains(keys[$0]) })
            let armed = Self.armedHeads.contains(keys[head]) && words.contains { Self.rebelNameWords.contains(keys[$0]) }
            guard party || armed else { continue }
            // The acronym's letters, each the initial of a distinct word.
            // (A capital after a hyphen inside a word opens a word of its own: "Tehreek-e-Insaf" gives T and I.)
            var initials: [UInt8] = []
            for w in words {
                var previous: UInt8 = 0
                for i in tokens[w].range {
                    let b = document.utf8[i]
                    if i == Int(tokens[w].start) || previous == UInt8(ascii: "-") && b >= 65 && b <= 90 { initials.append(ActorResolver.lowerASCII(b)) }
                    previous = b
                }
            }
            var letters = 0
            var matched = true
            for i in tokens[k].range {
                let b = document.utf8[i]
                guard b >= 65 && b <= 90 else { continue }
                letters += 1
                if let at = initials.firstIndex(of: b | 0x20) { initials.remove(at: at) } else { matched = false; break }
            }
            guard matched, letters >= 2, letters * 2 >= words.count else { continue }
            // The state the name names, whose mention inside the name is no mention of the state.
            var country: String?
            for a in layer.actors.indices where layer.actors[a].kind == .state {
                let inside = layer.actors[a].mentions.filter { $0.tokens.lowerBound >= start && $0.tokens.upperBound <= end }
                guard !inside.isEmpty else { continue }
                country = country ?? layer.actors[a].code
                layer.actors[a].mentions.removeAll { $0.tokens.lowerBound >= start && $0.tokens.upperBound <= end }
            }
            // (Else the state whose possessive or demonym opens the name, "Zimbabwe's Movement for Democratic Change", or
            // the one the story is about.)
            if country == nil, start > floor, let a = layer.actors.firstIndex(where: {
                $0.kind == .state && $0.mentions.contains { $0.tokens.upperBound == start }
            }) {
                country = layer.actors[a].code
            }
            if country == nil, let d = dominantState() ?? locatedState() { country = knowledge.countries.countries[d].code }
            // (A body an earlier rule made of the name's first words, "the opposition National League", is this one.)
            for a in layer.actors.indices where layer.actors[a].kind == .group || layer.actors[a].kind == .organization {
                layer.actors[a].mentions.removeAll { $0.tokens.lowerBound >= start - 1 && $0.tokens.upperBound <= end }
            }
            let sentenceTokens = segmentation.sentences[sentence].tokens
            let role = armed ? "REB" : sentenceTokens.contains(where: { keys[$0] == Self.oppositionKey }) ? "OPP" : "PTY"
            let code = country.map { $0 + role } ?? "---"
            let span = start..<end
            var mentions = ActorResolver.mentionList(ActorMention(range: bytes(span), tokens: span, sentence: sentence, form: .name))
            // The acronym is this body's in this text, though a dictionary gives it to another ("PTI" is the Press Trust
            // of India elsewhere): its single-word mentions move here.
            // (Also with a clitic, "the PTI's"; and a person it titled takes this body's code for the other's: "Salman
            // Akram Raja, the PTI's secretary general".)
            func isAcronym(_ m: ActorMention) -> Bool {
                keys[m.tokens.lowerBound] == keys[k] && (m.tokens.count == 1 || m.tokens.count == 2 && tokens[m.tokens.upperBound - 1].has(.clitic))
            }
            for a in layer.actors.indices where layer.actors[a].kind != .state && layer.actors[a].kind != .person {
                let moved = layer.actors[a].mentions.filter(isAcronym)
                guard !moved.isEmpty else { continue }
                layer.actors[a].mentions.removeAll(where: isAcronym)
                mentions += moved
                let old = layer.actors[a].code
                for p in layer.actors.indices where layer.actors[p].kind == .person && layer.actors[p].code.hasPrefix(old)
                    && layer.actors[p].mentions.contains(where: { m in m.tokens.contains { keys[$0] == keys[k] && tokens[$0].has(.allCaps) } }) {
                    layer.actors[p].code = code + layer.actors[p].code.dropFirst(old.count)
                    layer.actors[p].country = country
                    if country != nil { layer.actors[p].roles = ActorResolver.roleBlocks(layer.actors[p].code) }
                }
            }
            mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            layer.actors.append(Actor(kind: .group, code: code, name: text(bytes(span)), country: country,
                                      roles: country == nil ? [] : [role], title: nil, mentions: mentions))
        }
    }

    /// "The Joint Chiefs of Staff (JCS) said ... the JCS said": an acronym no dictionary knows, defined in brackets
    /// right after an actor's mention, is that actor; its body of its own ("---") is merged into it.
    func linkDefinedAcronyms() {
        // Acronyms in brackets, by key: their first definition (one pass over the tokens).
        guard !findings.bracketAcronyms.isEmpty else { return }
        var defined: [UInt64: Int] = [:]
        for k in findings.bracketAcronyms where defined[keys[k]] == nil { defined[keys[k]] = k }
        let unknown = layer.actors.indices.filter {
            layer.actors[$0].kind == .group && layer.actors[$0].code == "---" && layer.actors[$0].mentions.count > 0
                && layer.actors[$0].mentions.allSatisfy { $0.tokens.count == 1 && tokens[$0.tokens.lowerBound].has(.allCaps) }
        }
        // ("DP leader Lee Jae-myung": a person whose title opens with an acronym no dictionary knows, by the name's start.)
        var headed: [(person: Int, acronym: Int, sentence: Int)] = []
        for a in layer.actors.indices where layer.actors[a].kind == .person && layer.actors[a].title != nil {
            guard let m = layer.actors[a].mentions.first(where: { $0.form == .personName }) else { continue }
            var k = m.tokens.lowerBound - 1
            while k > m.tokens.lowerBound - 4, k > 0, tokens[k].has(.lowercase) { k -= 1 }
            if k < m.tokens.lowerBound - 1, k >= 0, tokens[k].has(.allCaps), entity(startingAt: k) == nil { headed.append((a, k, m.sentence)) }
        }
        nameBodiesDefinedByAcronym(Array(defined.values))
        // The actor whose mention ends right before each definition's bracket, for "X (ACR)" (a few definitions: a list).
        let definitions = Array(defined.values)
        var definedFor: [(at: Int, actor: Int)] = []
        for a in layer.actors.indices where !unknown.contains(a) {
            for m in layer.actors[a].mentions where definitions.contains(m.tokens.upperBound + 1)
                && !definedFor.contains(where: { $0.at == m.tokens.upperBound + 1 }) {
                definedFor.append((m.tokens.upperBound + 1, a))
            }
        }
        func endingBefore(_ d: Int) -> Int? { definedFor.first { $0.at == d }?.actor }
        // ("the State Administration Council (SAC) ... The SAC on Tuesday extended": a later use of an acronym defined for
        // an actor, that no dictionary knows and no mention covers, is a mention of that actor.)
        var uses: [(token: Int, actor: Int)] = []
        for k in 1..<tokens.count where tokens[k].has(.allCaps) && !tokens[k - 1].has(.openBracket) {
            guard entity(startingAt: k) == nil, let d = defined[keys[k]], d < k, let a = endingBefore(d) else { continue }
            uses.append((k, a))
        }
        if !uses.isEmpty {
            // (The tokens any mention covers, marked once.)
            var covered = [Bool](repeating: false, count: tokens.count)
            for actor in layer.actors { for m in actor.mentions { for k in m.tokens where k < covered.count { covered[k] = true } } }
            var sentence = 0
            for (k, a) in uses where !covered[k] {
                while sentence + 1 < segmentation.sentences.count, segmentation.sentences[sentence].tokens.upperBound <= k { sentence += 1 }
                layer.actors[a].mentions.append(ActorMention(range: bytes(k..<(k + 1)), tokens: k..<(k + 1), sentence: sentence, form: .name))
            }
        }
        for u in unknown {
            guard let k = defined[keys[layer.actors[u].mentions[0].tokens.lowerBound]], let a = endingBefore(k) else { continue }
            layer.actors[a].mentions += layer.actors[u].mentions
            layer.actors[u].mentions = []
        }
        // The person is of the body the acronym was defined for: a leader or head is the body's own code.
        for (p, acronym, sentence) in headed {
            guard let k = defined[keys[acronym]], k < acronym, let a = endingBefore(k),
                  layer.actors[a].kind == .group || layer.actors[a].kind == .organization else { continue }
            let body = layer.actors[a]
            let generic = layer.actors[p].title.map { ActorResolver.leaderTitles.contains($0.lowercased()) } ?? false
            layer.actors[p].code = generic ? body.code : compose(body.code, layer.actors[p].roles)
            layer.actors[p].country = body.country
            // (The acronym names the body there.)
            layer.actors[a].mentions.append(ActorMention(range: bytes(acronym..<(acronym + 1)), tokens: acronym..<(acronym + 1),
                                                         sentence: sentence, form: .name))
        }
    }

    /// Nominals, genders, text order, and the states of places.
    /// "Kinshasa accused its neighbour of ...": "its (western) neighbour" is the state other than the possessor's that
    /// the story has named most before it, when one state leads; among states that border the possessor's, when the
    /// story has named any (`borders.tsv`).
    func resolveNeighbours() {
        guard !findings.neighbours.isEmpty else { return }
        // (One walk over the mentions in text order, counting as it goes: long documents stay linear.)
        var mentions: [(at: Int, end: Int, actor: Int, sentence: Int)] = []
        for a in layer.actors.indices {
            for m in layer.actors[a].mentions { mentions.append((m.tokens.lowerBound, m.tokens.upperBound, a, m.sentence)) }
        }
        mentions.sort { $0.at < $1.at }
        var counts = SmallMap()
        var possessor: (sentence: Int, country: String)?
        var next = 0
        for (span, sentence) in findings.neighbours {
            let its = span.lowerBound
            while next < mentions.count, mentions[next].end <= its {
                let a = mentions[next].actor
                if layer.actors[a].kind == .state, let c = knowledge.countries.index[layer.actors[a].code] { counts.add(1, to: c) }
                // (Not a preposition's object: "ordered its border with Benin closed, accusing its southern neighbour" is Niger's.)
                let object = mentions[next].at > 0 && tokens[mentions[next].at - 1].has(.lowercase)
                    && ActorRecognizer.prepositionKeys.contains(keys[mentions[next].at - 1])
                if let country = layer.actors[a].country, !object { possessor = (mentions[next].sentence, country) }
                next += 1
            }
            // The possessor: the actor named last before "its" in the sentence, but a preposition's object.
            guard let possessor, possessor.sentence == sentence, let own = knowledge.countries.index[possessor.country] else { continue }
            // ("Cotonou has asked its neighbour to reopen the crossing" in a story full of French troops is Niger: of the
            // states named before, those that border the possessor's come first, when any does.)
            var bordering = SmallMap()
            if let neighbours = knowledge.borders[possessor.country] {
                for (country, count) in counts where neighbours.contains(knowledge.countries.countries[country].code) {
                    bordering.add(count, to: country)
                }
            }
            guard let top = bordering.leader() ?? counts.leader(excluding: own), top.value > top.second,
                  let a = stateActor[top.key] else { continue }
            layer.actors[a].mentions.append(ActorMention(range: bytes(span), tokens: span, sentence: sentence, form: .nominal))
        }
    }

    /// "The North has since sent troops to Russia": "the North" and "the South" stand for the state of the story whose
    /// name opens with that word, when one is named before them (North Korea, South Korea, South Sudan, South Africa);
    /// of two, the one named more.
    func resolveCompassStates() {
        guard !findings.compassStates.isEmpty else { return }
        for (span, sentence, north) in findings.compassStates {
            guard let a = compassState(north: north, before: span.lowerBound) else { continue }
            layer.actors[a].mentions.append(ActorMention(range: bytes(span), tokens: span, sentence: sentence, form: .nominal))
        }
    }

    /// The state actor "the North" (or "the South") before token `end` stands for: of the story's states whose name opens
    /// with that word and that are named before it, the one named most, when no other is named as often.
    func compassState(north: Bool, before end: Int) -> Int? {
        let codes = north ? resolver.northStates : resolver.southStates
        var best: (actor: Int, count: Int, second: Int)?
        for a in layer.actors.indices where layer.actors[a].kind == .state && codes.contains(layer.actors[a].code) {
            let count = layer.actors[a].mentions.count { $0.tokens.upperBound <= end }
            guard count > 0 else { continue }
            if let b = best {
                best = count > b.count ? (a, count, b.count) : (b.actor, b.count, max(b.second, count))
            } else {
                best = (a, count, 0)
            }
        }
        guard let best, best.count > best.second else { return nil }
        return best.actor
    }

    func finish() {
        layer.nominals = findings.nominals
        // "Dbeibah's office said", "the president's office": a person's office speaks for the person.
        for a in layer.actors.indices where layer.actors[a].kind == .person {
            for (n, m) in layer.actors[a].mentions.enumerated() where m.tokens.upperBound + 1 < tokens.count
                && tokens[m.tokens.upperBound].has(.possessive) && tokens[m.tokens.upperBound].has(.clitic)
                && keys[m.tokens.upperBound + 1] == ActorResolver.officeKey && tokens[m.tokens.upperBound + 1].has(.lowercase) {
                let span = m.tokens.lowerBound..<(m.tokens.upperBound + 2)
                layer.actors[a].mentions[n] = ActorMention(range: bytes(span), tokens: span, sentence: m.sentence, form: m.form)
            }
        }
        for a in layer.actors.indices where layer.actors[a].kind == .person {
            layer.actors[a].gender = resolver.gender(of: layer.actors[a], tokens: tokens, keys: keys)
        }

        // Mentions in text order; actors by first mention.
        // (Most are in order already; sorting only when not saves most of the work.)
        for a in layer.actors.indices where !ActorResolver.inOrder(layer.actors[a].mentions) {
            layer.actors[a].mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        // (One mention per span: two rules may reach the same words, "the Army" as a short name and as a bare army.)
        for a in layer.actors.indices where layer.actors[a].mentions.count > 1 {
            var n = 1
            while n < layer.actors[a].mentions.count {
                if layer.actors[a].mentions[n].tokens == layer.actors[a].mentions[n - 1].tokens {
                    layer.actors[a].mentions.remove(at: n)
                } else {
                    n += 1
                }
            }
        }
        layer.actors.removeAll { $0.mentions.isEmpty }
        if !layer.actors.indices.dropFirst().allSatisfy({
            layer.actors[$0 - 1].mentions[0].range.lowerBound <= layer.actors[$0].mentions[0].range.lowerBound
        }) {
            // (Keys read once, and the order taken by index: a comparison reads no actor, a move copies none.)
            let firsts = layer.actors.map { $0.mentions[0].range.lowerBound }
            let order = layer.actors.indices.sorted { firsts[$0] != firsts[$1] ? firsts[$0] < firsts[$1] : $0 < $1 }
            layer.actors = order.map { layer.actors[$0] }
        }
        // A place's state is an actor too (events take "arrived in Amman" as a visit to Jordan),
        // listed without mentions when the text never names it otherwise.
        var states: [String] = []
        for a in layer.actors.indices where layer.actors[a].kind == .state { states.append(layer.actors[a].code) }
        for place in layer.places + layer.placeCandidates where !states.contains(place.country) {
            let country = knowledge.countries[place.country]
            layer.actors.append(Actor(kind: .state, code: place.country, name: country?.name ?? place.country,
                                      country: place.country, roles: [], title: nil, mentions: []))
            states.append(place.country)
        }
    }
}

extension Array where Element == (start: Int, end: Int, actor: Int) {
    /// Inserts a mention after every one that starts before or with it (a binary search: the list stays in text order).
    mutating func insertSorted(_ mention: Element) {
        var lo = 0, hi = count
        while lo < hi { let mid = (lo + hi) / 2; if self[mid].start <= mention.start { lo = mid + 1 } else { hi = mid } }
        insert(mention, at: lo)
    }
}
