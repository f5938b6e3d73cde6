import Foundation
import Testing
@testable import Annals

/// Towns and cities from `places.tsv` and regions from `regions.tsv`: recognised where something happens,
/// chosen by the document's countries when a name is shared, validated at load.
struct PlaceTests {
    func places(_ text: String) -> [PlaceMention] {
        let doc = TestSupport.document(text)
        return TestSupport.pipeline.recognizeActors(in: doc, Segmenter.segment(doc)).places
    }

    @Test func aTownAfterALocativePrepositionIsAPlace() throws {
        let found = places("Fighting resumed near Aleppo on Friday.")
        let aleppo = try #require(found.first)
        #expect(aleppo.name == "Aleppo" && aleppo.country == "SYR")
        #expect(abs((aleppo.latitude ?? 0) - 36.2) < 0.1)
    }

    @Test func aTownNamedWithItsCountry() {
        #expect(places("Aid workers reached Bam, Iran, after the earthquake.").first?.country == "IRN")
    }

    @Test func aSharedNameTakesTheDocumentsCountry() {
        #expect(places("Libya's envoy said talks in Tripoli would resume.").first?.country == "LBY")
        #expect(places("Lebanon's army deployed in Tripoli after the clashes.").first?.country == "LBN")
    }

    @Test func aTownNameElsewhereIsNotAPlace() {
        // Not after a preposition: no place, and the name stays free for people ("President Jackson").
        #expect(places("Aleppo was quiet.").isEmpty)
        let doc = TestSupport.document("U.S. President Jackson met reporters.")
        let layer = TestSupport.pipeline.recognizeActors(in: doc, Segmenter.segment(doc))
        #expect(layer.actors.contains { $0.code == "USAGOV" && $0.name == "Jackson" })
    }

    @Test func eventsTakeTheTownAsTheirPlace() {
        var doc = TestSupport.document("Turkish troops shelled Kurdish positions near Manbij on Tuesday.")
        doc.metadata.published = CalendarDate(iso: "2024-06-14")
        let analysis = TestSupport.pipeline.analyze(doc)
        #expect(analysis.events.contains { $0.event.place?.name == "Manbij" }, "\(analysis.events.map(\.event.place))")
    }

    @Test func onlyActsThatHappenSomewhereTakeAPlaceNamedBefore() {
        let analysis = TestSupport.pipeline.analyze(TestSupport.document("""
            Gunmen attacked a market in Mopti on Sunday. Niger praised Mali for its response. \
            Malian and Nigerien ministers met on Monday.
            """))
        // Praise is only said: where it was said is not told.
        #expect(analysis.events.contains { $0.sourceCode == "NER" && $0.event.code.code.hasPrefix("051") && $0.event.place == nil },
                "\(analysis.events.map { ($0.sourceCode, $0.event.code.code, $0.event.place?.name) })")
        // A meeting takes the one place named before in its states.
        #expect(analysis.events.contains { $0.event.code.code.hasPrefix("04") && $0.event.place?.name == "Mopti" },
                "\(analysis.events.map { ($0.sourceCode, $0.event.code.code, $0.event.place?.name) })")
    }

    @Test func aCapitalWithAPossessiveIsItsStateNotAPlace() {
        let doc = TestSupport.document("Serbia protested at Podgorica's support for the resolution.")
        let layer = TestSupport.pipeline.recognizeActors(in: doc, Segmenter.segment(doc))
        #expect(layer.places.isEmpty, "\(layer.places.map(\.name))")
        #expect(layer.actors.first { $0.code == "MNE" }?.mentions.count == 1)
    }

    @Test func aTownAsTheObjectOfAnEvent() {
        let analysis = TestSupport.pipeline.analyze(TestSupport.document("Russian forces shelled Kherson overnight."))
        #expect(analysis.events.contains { $0.targetCode == "UKR" && $0.event.place?.name == "Kherson" },
                "\(analysis.events.map { ($0.targetCode, $0.event.place?.name) })")
        // Not a place where it only names someone.
        let named = TestSupport.pipeline.analyze(TestSupport.document("U.S. spokesman Jackson said talks would resume."))
        #expect(named.events.allSatisfy { $0.event.place == nil })
    }

    @Test func regionsArePlacesAndGiveGroupsTheirState() {
        let found = places("Fighting spread across Tigray and into the West Bank.")
        #expect(found.contains { $0.name == "Tigray" && $0.country == "ETH" }, "\(found.map(\.name))")
        #expect(found.contains { $0.name == "West Bank" && $0.country == "PSE" })
        let doc = TestSupport.document("The government accused Darfur rebels of breaking the truce.")
        let layer = TestSupport.pipeline.recognizeActors(in: doc, Segmenter.segment(doc))
        #expect(layer.actors.contains { $0.code == "SDNREB" }, "\(layer.actors.map(\.code))")
        let analysis = TestSupport.pipeline.analyze(TestSupport.document("Israeli troops raided homes in the West Bank."))
        #expect(analysis.events.contains { $0.sourceCode == "ISRMIL" && $0.targetCode == "PSE" },
                "\(analysis.events.map { ($0.sourceCode, $0.targetCode) })")
    }

    @Test func aTownHeadingALongerNameIsNotTheTown() {
        // "Bay" is a town in the Philippines; "the Bay of Bengal" is not.
        #expect(places("Ships gathered in the Bay of Bengal.").allSatisfy { $0.country != "PHL" })
    }

    @Test func commonEnglishSpellingsOfTowns() {
        #expect(places("Protesters gathered in Basra on Friday.").first?.country == "IRQ")
        #expect(places("Shelling resumed near Kharkov overnight.").first?.country == "UKR")
        #expect(places("Fighting resumed near Misrata.").first?.country == "LBY")
    }

    @Test func aRegionsRowIsValidatedWithItsFileAndLine() throws {
        let countries = try KnowledgeBase.bundled.get().countries
        let header = "name\taliases\tcountry\tlat\tlon\tpopulation\n"
        do {
            _ = try PlaceTable(files: [("places.tsv", header + "Kobani\t\tSYR\t36.9\t38.3\t44000\n"),
                                       ("regions.tsv", header + "Tigray\t\tETH\t14.0\t39.0\tmany\n")], countries: countries)
            Issue.record("a population that is not a number accepted")
        } catch let error as KnowledgeError {
            #expect(error.file == "regions.tsv" && error.line == 2, "\(error)")
        }
    }

    @Test func malformedRowsAreRejectedWithTheirLine() throws {
        let countries = try KnowledgeBase.bundled.get().countries
        let header = "name\taliases\tcountry\tlat\tlon\tpopulation\n"
        #expect(throws: KnowledgeError.self) { try PlaceTable(file: "places.tsv", text: header + "Atlantis\t\tXXX\t1\t2\t300\n", countries: countries) }
        do {
            _ = try PlaceTable(file: "places.tsv", text: header + "Kobani\t\tSYR\t91\t38\t44000\n", countries: countries)
            Issue.record("latitude 91 accepted")
        } catch let error as KnowledgeError {
            #expect(error.line == 2 && error.reason.contains("lat/lon"))
        }
    }
}
