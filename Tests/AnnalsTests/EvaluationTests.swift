import Foundation
import Testing
@testable import Annals
@testable import AnnalsEval

/// The readers and scores behind `annals eval`, on records of our own, and the
/// figures on the reference data when it is present beside the repository.
struct EvaluationTests {
    @Test func ploverRecordsAreReadAndNormalised() throws {
        let lines = """
            {"id": "doc", "event": "DOCUMENT", "comment": "skipped"}
            {"id": "r1", "date": "2001-05-02", "event": "CONSULT", "text": "Kenya and Uganda held talks on Tuesday.", \
            "source": [{"actorText": "Kenya", "code": "KEN"}], "target": {"actorText": "Uganda", "code": "UGAGOV"}}
            {"id": "r2", "event": "AID", "text": "The UN sent food to Japan.", "source": [{"code": "IGOUNO"}], \
            "target": [{"code": "JAP"}]}
            """
        let records = try PloverGold.read(lines, file: "gold.jsonl")
        #expect(records.count == 2)
        #expect(records[0].countries == ["KEN", "UGA"] && records[0].published == CalendarDate(iso: "2001-05-02"))
        #expect(records[1].countries == ["JPN"])
        #expect(throws: EvaluationError.self) { try PloverGold.read("{\"id\": 1}\nnot json", file: "bad.jsonl") }
    }

    @Test func countryScoreIsMicroAveraged() {
        var score = CountryScore()
        score.add(found: ["KEN", "UGA"], expected: ["KEN"])
        score.add(found: [], expected: ["TZA"])
        #expect(score.truePositives == 1 && score.falsePositives == 1 && score.falseNegatives == 1)
        #expect(abs(score.f1 - 0.5) < 1e-9)
    }

    @Test func ploverEvaluationCodesEachRecord() throws {
        let records = try PloverGold.read("""
            {"id": "a", "event": "CONSULT", "text": "Kenya and Uganda held talks on Tuesday.", "source": [{"code": "KEN"}], "target": [{"code": "UGA"}]}
            """, file: "gold.jsonl")
        let result = PloverGold.evaluate(records, pipeline: TestSupport.pipeline)
        #expect(result.typed == 1 && result.coded == 1)
        #expect(result.events.f1 == 1)
    }

    @Test func suiteSentencesAreReadWithTheirCodings() {
        let xml = """
            <Sentences>
            <Sentence date="19950103" id="T-1" category="DEMO" sentence="true">
            <EventCoding sourcecode="KEN" targetcode="UGA" eventcode="046"/>
            <EventCoding sourcecode="UGA" targetcode="" eventcode="046"/>
            <Text>
            Kenya and Uganda held
            talks on Tuesday.
            </Text>
            </Sentence>
            </Sentences>
            """
        let sentences = PetrarchSuite.read(xml: xml)
        #expect(sentences.count == 1)
        #expect(sentences[0].text == "Kenya and Uganda held talks on Tuesday.")
        #expect(sentences[0].published == CalendarDate(iso: "1995-01-03") && sentences[0].category == "DEMO")
        #expect(sentences[0].expected == [.init(source: "KEN", target: "UGA", code: "046"), .init(source: "UGA", target: "---", code: "046")])
        let result = PetrarchSuite.evaluate(sentences, pipeline: TestSupport.pipeline)
        #expect(result.all.expected == 2 && result.all.correct == 1 && result.all.missed == 1 && result.all.extra == 1)
        #expect(result.dyads.correct == 1)
    }

    /// Floors under today's figures on the reference data (skipped without it).
    @Test func figuresOnTheReferenceData() throws {
        guard let url = TestSupport.sharedFile("data/plover/PLOVER_GSR_CAMEO.jsonl") else { return }
        let records = try PloverGold.read(try String(contentsOf: url, encoding: .utf8), file: url.path)
        let result = PloverGold.evaluate(records, pipeline: TestSupport.pipeline)
        #expect(result.records == 322)
        #expect(result.actors.f1 >= 0.89, "all actors F1 \(result.actors.f1)")
        #expect(result.events.f1 >= 0.915, "event actors F1 \(result.events.f1)")
        #expect(result.typeAccuracy >= 0.62, "event type accuracy \(result.typeAccuracy)")
    }
}
