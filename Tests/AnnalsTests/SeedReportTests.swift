import Foundation
import Testing
@testable import Annals

/// The first real report (read from the shared reference folder when it is
/// present; skipped otherwise — it is never copied into the project).
@Suite(.enabled(if: TestSupport.sharedFile("corpus/belousov-pyongyang.txt") != nil))
struct SeedReportTests {
    let document: Document
    let segmentation: Segmentation

    init() throws {
        let url = try #require(TestSupport.sharedFile("corpus/belousov-pyongyang.txt"))
        document = try TextFileReader.load(path: url.path)
        segmentation = Segmenter.segment(document)
    }

    @Test func sidecarMetadataIsRead() {
        #expect(document.metadata.id == "belousov-pyongyang")
        #expect(document.metadata.published == CalendarDate(year: 2024, month: 11, day: 29))
    }

    @Test func nineParagraphsOfProseAndOneHeading() {
        #expect(segmentation.paragraphs.count == 10)
        #expect(segmentation.paragraphs.filter { !$0.isHeading }.count == 9)
        let headings = segmentation.paragraphs.filter(\.isHeading)
        #expect(headings.map { document.text(bytes: $0.range) } == ["Expansion of Miliitary Cooperation"])
    }

    /// Where a careful reader starts each sentence, paragraph by paragraph.
    /// The two-sentence quotations of paragraphs 2 and 4 split inside the
    /// quotation; their speaker tags stay with the second sentence.
    @Test func sentenceBoundaries() {
        let expected: [(paragraph: Int, heading: Bool, starts: String, ends: String)] = [
            (0, false, "The treaty on comprehensive", "Andrei Belousov said on Friday."),
            (1, false, "\"It is aimed at playing", "a relapse of war on the peninsula."),
            (1, false, "And, of course, it aims", "Belousov said during talks with North Korean Defense Minister No Kwang Chol in Pyongyang."),
            (2, true, "Expansion of Miliitary Cooperation", "Expansion of Miliitary Cooperation"),
            (3, false, "Military cooperation between Moscow", "Andrey Belousov stated on Friday."),
            (4, false, "\"Today, the friendly ties", "including military cooperation."),
            (4, false, "We are committed to implementing", "Belousov said during talks with North Korean Defense Minister No Kwang Chol in Pyongyang."),
            (5, false, "The Russian Defense Minister expressed", "in the defense sector.\""),
            (6, false, "In response, North Korea's", "the two nations' armed forces."),
            (7, false, "\"Continuously reinforcing", "\" he underlined."),
            (8, false, "He also noted that", "high-level delegation exchanges.\""),
            (9, false, "\"We highly value this,\" the minister added", "valuable and constructive proposals."),
            (9, false, "These will enhance", "between their armed forces.\""),
        ]
        let actual = segmentation.sentences
        #expect(actual.count == expected.count)
        for (sentence, want) in zip(actual, expected) {
            let text = document.text(bytes: sentence.range)
            #expect(sentence.paragraph == want.paragraph, "\(text)")
            #expect(sentence.isHeading == want.heading, "\(text)")
            #expect(text.hasPrefix(want.starts), "\(text)")
            #expect(text.hasSuffix(want.ends), "\(text)")
        }
    }

    @Test func possessivesAndTheHyphenatedPairAreReachable() {
        let texts = segmentation.tokens.map { document.text(bytes: $0.range) }
        #expect(texts.contains("Russian-Korean"))
        let korea = texts.indices.filter { texts[$0] == "Korea" && texts[$0 + 1] == "'s" }
        #expect(korea.count == 1)
        let pair = segmentation.tokens[texts.firstIndex(of: "Russian-Korean")!]
        #expect(segmentation.parts(of: pair, in: document).map { document.text(bytes: $0) } == ["Russian", "Korean"])
    }
}

/// The seed's actors table (`spec/seed.md`), as far as the actors stage
/// reaches: names, demonyms, capitals, titles; pronouns come with quotations.
@Suite(.enabled(if: TestSupport.sharedFile("corpus/belousov-pyongyang.txt") != nil))
struct SeedActorTests {
    let document: Document
    let layer: ActorLayer

    init() throws {
        let url = try #require(TestSupport.sharedFile("corpus/belousov-pyongyang.txt"))
        document = try TextFileReader.load(path: url.path)
        layer = TestSupport.pipeline.recognizeActors(in: document, Segmenter.segment(document))
    }

    func mentions(_ code: String) -> [String] {
        layer.actors.first { $0.code == code }?.mentions.map { document.text(bytes: $0.range) } ?? []
    }

    @Test func oneRecordPerActor() {
        #expect(layer.actors.map(\.code).sorted() == ["PRK", "PRKGOVMIL", "RUS", "RUSGOVMIL"])
    }

    @Test func russia() {
        let m = mentions("RUS")
        for form in ["Russia", "Russian", "Russia's", "Moscow"] { #expect(m.contains(form), "\(form)") }
        #expect(m.filter { $0 == "Russian" }.count == 4)  // three titles and Russian-Korean
    }

    @Test func northKorea() {
        let m = mentions("PRK")
        for form in ["North Korea", "North Korea's", "North Korean", "DPRK", "Pyongyang", "Korean"] {
            #expect(m.contains(form), "\(form)")
        }
        // "in Pyongyang" is where the talks were, not the state.
        #expect(m.filter { $0 == "Pyongyang" }.count == 1)
    }

    @Test func belousov() {
        let person = layer.actors.first { $0.code == "RUSGOVMIL" }
        #expect(person?.name == "Andrei Belousov")
        #expect(person?.title == "Defense Minister")
        #expect(person?.roles == ["GOV", "MIL"])
        let m = mentions("RUSGOVMIL")
        for form in ["Andrei Belousov", "Andrey Belousov", "Belousov", "The Russian Defense Minister", "Russia's Defense Minister"] {
            #expect(m.contains(form), "\(form)")
        }
    }

    @Test func noKwangChol() {
        #expect(layer.actors.first { $0.code == "PRKGOVMIL" }?.name == "No Kwang Chol")
        let m = mentions("PRKGOVMIL")
        #expect(m.contains("No Kwang Chol"))
        #expect(m.contains("North Korea's Defense Minister"))
    }
}

/// The seed's quotations and reported statements (`spec/seed.md`) with
/// their speakers and cues.
@Suite(.enabled(if: TestSupport.sharedFile("corpus/belousov-pyongyang.txt") != nil))
struct SeedQuotationTests {
    let document: Document
    let analysis: Analysis

    init() throws {
        let url = try #require(TestSupport.sharedFile("corpus/belousov-pyongyang.txt"))
        document = try TextFileReader.load(path: url.path)
        analysis = TestSupport.pipeline.analyze(document)
    }

    func speakerName(_ q: QuoteRecord) -> String? {
        analysis.actors.first { $0.id == q.speaker }?.actor.name
    }

    @Test func sevenQuotationsWithTheirSpeakers() {
        let expected: [(starts: String, speaker: String, speakerText: String, cue: String)] = [
            ("It is aimed at playing a stabilizing role", "Andrei Belousov", "Belousov", "said"),
            ("Today, the friendly ties between Russia", "Andrei Belousov", "Belousov", "said"),
            ("today's negotiations will further strengthen", "Andrei Belousov", "The Russian Defense Minister", "expressed confidence"),
            ("Continuously reinforcing and developing", "No Kwang Chol", "he", "underlined"),
            ("active exchanges and cooperation", "No Kwang Chol", "He", "noted"),
            ("We highly value this", "No Kwang Chol", "the minister", "added"),
            ("marks a key moment for exchanging", "No Kwang Chol", "the minister", "expressing confidence"),
        ]
        let quoted = analysis.quotes.filter { $0.kind != .indirect }
        #expect(quoted.count == expected.count)
        for (q, want) in zip(quoted, expected) {
            #expect(q.text.hasPrefix(want.starts), "\(q.text)")
            #expect(speakerName(q) == want.speaker, "\(want.starts)")
            #expect(q.speakerMention?.text == want.speakerText, "\(want.starts)")
            #expect(q.cue == want.cue, "\(want.starts)")
            // Offsets slice the original text exactly.
            #expect(TestSupport.slice(document.text, q.start, q.end) == q.text)
        }
        #expect(quoted.map(\.kind) == [.direct, .direct, .mixed, .direct, .mixed, .direct, .mixed])
    }

    @Test func threeReportedStatements() {
        let reported = analysis.quotes.filter { $0.kind == .indirect }
        let expected: [(starts: String, speaker: String, cue: String)] = [
            ("The treaty on comprehensive strategic partnership", "Andrei Belousov", "said"),
            ("Military cooperation between Moscow and Pyongyang is actively expanding", "Andrei Belousov", "stated"),
            ("the priority of combat friendship and cooperation", "No Kwang Chol", "emphasized"),
        ]
        #expect(reported.count == expected.count)
        for (q, want) in zip(reported, expected) {
            #expect(q.text.hasPrefix(want.starts), "\(q.text)")
            #expect(speakerName(q) == want.speaker)
            #expect(q.cue == want.cue)
        }
        #expect(reported.first?.text.hasSuffix("Northeast Asia") == true)
    }

    @Test func pronounsRoleNounsAndFirstPersonWordsAreMentions() {
        func mentions(_ code: String) -> [String] {
            analysis.actors.first { $0.actor.code == code }?.mentions.map(\.text) ?? []
        }
        let no = mentions("PRKGOVMIL")
        #expect(no.filter { $0 == "he" || $0 == "He" }.count == 2)
        #expect(no.contains("the minister"))
        #expect(!mentions("RUSGOVMIL").contains("the minister"))
        #expect(mentions("PRKMIL") == ["our army"])
        for phrase in ["our countries", "both nations", "the two nations"] {
            #expect(mentions("RUS").contains(phrase) && mentions("PRK").contains(phrase), "\(phrase)")
        }
    }
}

/// The seed's events (`spec/seed.md`): the visit, the talks, military
/// cooperation both ways, the intent to cooperate, optimistic comments.
@Suite(.enabled(if: TestSupport.sharedFile("corpus/belousov-pyongyang.txt") != nil))
struct SeedEventTests {
    let analysis: Analysis

    init() throws {
        let url = try #require(TestSupport.sharedFile("corpus/belousov-pyongyang.txt"))
        analysis = TestSupport.pipeline.analyze(try TextFileReader.load(path: url.path))
    }

    func find(_ cameo: Set<String>, from source: String, to target: String?) -> [EventRecord] {
        analysis.events.filter {
            cameo.contains($0.event.code.code) && $0.sourceCode.hasPrefix(source)
                && (target == nil ? $0.targetCode == nil : $0.targetCode?.hasPrefix(target!) == true)
        }
    }

    @Test func theVisit() throws {
        let visit = try #require(find(["042"], from: "RUS", to: "PRK").first)
        #expect(visit.sourceCode == "RUSGOVMIL")
        #expect(visit.event.place?.name == "Pyongyang")
        #expect(visit.event.code.ploverType == "CONSULT" && visit.event.code.ploverMode == "visit")
        #expect(visit.mentions.first?.trigger == "visit")
    }

    @Test func theTalksInBothDirectionsWithSeveralMentions() throws {
        let there = try #require(find(["046", "040"], from: "RUS", to: "PRK").first)
        #expect(!find(["046", "040"], from: "PRK", to: "RUS").isEmpty)
        // Paragraph 2, paragraph 4 and "today's negotiations" in the minister's quotation.
        #expect(there.mentions.map(\.trigger) == ["talks", "talks", "negotiations"], "\(there.mentions.map(\.trigger))")
        let back = try #require(find(["046", "040"], from: "PRK", to: "RUS").first)
        #expect(back.mentions.count == 3)
        #expect(there.event.place?.name == "Pyongyang")
    }

    @Test func militaryCooperationBothWays() {
        #expect(!find(["062"], from: "RUS", to: "PRK").isEmpty)
        #expect(!find(["062"], from: "PRK", to: "RUS").isEmpty)
    }

    @Test func intentToCooperate() {
        #expect(!find(["030", "031", "0312"], from: "RUS", to: "PRK").isEmpty)
    }

    @Test func northKoreaPraisesRussia() {
        // "We highly value this": the speaker's side praises the other side of the story.
        #expect(!find(["051"], from: "PRK", to: "RUS").isEmpty)
    }

    @Test func optimisticCommentsByEachSide() {
        #expect(!find(["013"], from: "RUS", to: nil).isEmpty)
        #expect(!find(["013"], from: "PRK", to: nil).isEmpty)
    }

    @Test func datedByPublicationAndNoTreatySigning() {
        #expect(analysis.events.allSatisfy { $0.event.date?.description == "2024-11-29" })
        #expect(analysis.events.allSatisfy { $0.event.code.code != "057" })
        #expect(analysis.events.allSatisfy { e in e.mentions.allSatisfy { $0.rule.hasPrefix("events/") } })
    }
}
