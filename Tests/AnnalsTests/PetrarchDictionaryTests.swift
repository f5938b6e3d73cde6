import Foundation
import Testing
@testable import Annals

/// Converting PETRARCH dictionaries, and using them with dated codes.
struct PetrarchDictionaryTests {
    @Test func actorsKeepSynonymsAndDatedCodes() throws {
        let text = """
            # comment
            <!-- a comment line -->
            ZEDLAND_ [ZED]
            +ZEDISH
            OLGA_KARPOVA_  # invented
            +KARPOVA_
            \t[ZEDELI 950101-080507]
            \t[ZEDGOV >080507]
            """
        let converted = PetrarchDictionary.convertActors(text)
        #expect(converted.entries == 2)
        #expect(converted.text.contains("Zedland\tZedish\tZED\n"))
        #expect(converted.text.contains("Olga Karpova\tKarpova\tZEDELI 1995-01-01..2008-05-07|ZEDGOV 2008-05-07..\n"))
        let table = try NamedActorTable(file: "actors.tsv", text: converted.text)
        let olga = try #require(table.actors.first { $0.name == "Olga Karpova" })
        #expect(olga.code(on: CalendarDate(iso: "2000-06-01")) == "ZEDELI")
        #expect(olga.code(on: CalendarDate(iso: "2012-06-01")) == "ZEDGOV")
    }

    @Test func agentsExpandMacrosAndPlurals() throws {
        let text = """
            !PERSON! = MAN, WOMAN
            SPOKES!PERSON! [~GOV]
            WAR_MINISTER {WAR_MINISTERS} [~GOVMIL]
            """
        let converted = PetrarchDictionary.convertAgents(text)
        #expect(converted.text.contains("spokesman|spokesmans|spokeswoman|spokeswomans\tGOV\tperson"))
        #expect(converted.text.contains("war minister|war ministers\tGOV MIL\tperson"))
        _ = try AgentTable(file: "agents.tsv", text: converted.text, strict: false)
    }

    @Test func aDictionaryFolderCodesPeopleByDate() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("annals-dict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "name\taliases\tcodes\nOlga Karpova\tKarpova\tRUSELI ..2008-05-07|RUSGOV 2008-05-07..\n"
            .write(to: dir.appendingPathComponent("actors.tsv"), atomically: true, encoding: .utf8)
        var knowledge = try KnowledgeBase.bundled.get()
        try knowledge.add(dictionary: dir)
        let pipeline = Pipeline(knowledge: knowledge)
        func code(_ published: String) -> [String] {
            let doc = Document(text: "Olga Karpova criticised Germany.",
                               metadata: DocumentMetadata(id: "d", published: CalendarDate(iso: published)))
            return pipeline.analyze(doc).actors.map(\.actor.code)
        }
        #expect(code("2005-01-01").contains("RUSELI"))
        #expect(code("2010-01-01").contains("RUSGOV"))
    }
}
