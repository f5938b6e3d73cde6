import Annals
import AnnalsStore
import Foundation
import GRDB
import Testing

/// The event store against real SQLite files in a temporary folder, removed after each test.
final class StoreTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("annals-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func store(_ name: String = "test.sqlite") throws -> EventStore {
        try EventStore(path: folder.appendingPathComponent(name).path)
    }

    func coded(_ id: String, _ text: String, published: String, source: String? = nil) -> (document: Document, analysis: Analysis) {
        let document = Document(text: text, metadata: DocumentMetadata(id: id, published: CalendarDate(iso: published), source: source))
        return (document, TestSupport.pipeline.analyze(document))
    }

    func eventRows(_ store: EventStore, _ filter: EventFilter = EventFilter()) throws -> [[String: JSON]] {
        let result = try store.events(filter)
        return result.rows.map { Dictionary(uniqueKeysWithValues: zip(result.columns, $0)) }
    }

    @Test func ingestIsIdempotentAndReplacesChangedDocuments() throws {
        let s = try store()
        let first = coded("d1", "Japan criticised China on Monday.", published: "2024-11-29")
        var summary = try s.ingest([first])
        #expect(summary.added == 1)
        summary = try s.ingest([first])
        #expect(summary.unchanged == 1 && summary.added == 0)
        #expect(try s.counts().documents == 1)
        let events = try s.counts().events
        #expect(events >= 1)
        // Same id, new text: the old records go, the new ones come.
        let changed = coded("d1", "Egypt hosted Sudan on Monday.", published: "2024-11-29")
        summary = try s.ingest([changed])
        #expect(summary.replaced == 1)
        let rows = try eventRows(s)
        #expect(!rows.contains { $0["source_code"] == .string("JPN") })
        #expect(rows.contains { $0["source_code"] == .string("EGY") })
        #expect(try s.counts().documents == 1)
    }

    @Test func reportsOfOneEventMergeAcrossDocuments() throws {
        let s = try store()
        try s.ingest([
            coded("a", "Japan criticised China on Monday over the air defence zone.", published: "2024-11-26", source: "Wire A"),
            coded("b", "On Monday Japan criticised China sharply.", published: "2024-11-26", source: "Wire B"),
            coded("c", "Japan criticised China again.", published: "2024-11-26", source: "Wire B"),
        ])
        let rows = try eventRows(s).filter { $0["source_code"] == .string("JPN") && $0["target_code"] == .string("CHN") }
        #expect(rows.count == 1)
        #expect(rows.first?["num_mentions"] == .int(3))
        #expect(rows.first?["num_documents"] == .int(3))
        #expect(rows.first?["num_sources"] == .int(2))
    }

    @Test func differentEventsOrDatesDoNotMerge() throws {
        let s = try store()
        try s.ingest([
            coded("a", "Japan criticised China on Monday.", published: "2024-11-26"),
            coded("b", "Japan held talks with China on Monday.", published: "2024-11-26"),
            coded("c", "Japan criticised China on Monday.", published: "2024-12-03"),
        ])
        let rows = try eventRows(s).filter { $0["source_code"] == .string("JPN") && $0["target_code"] == .string("CHN") }
        let dates = Set(rows.compactMap { row -> String? in if case .string(let d) = row["date"] { return d } else { return nil } })
        #expect(rows.count >= 3, "\(rows)")
        #expect(dates == ["2024-11-25", "2024-12-02"])
    }

    @Test func queriesFilterAndAggregate() throws {
        let s = try store()
        try s.ingest([
            coded("a", "\"We will respond,\" Iranian Foreign Minister Ali Karimi said. Iran condemned Israel on Monday.",
                  published: "2024-11-29"),
            coded("b", "Turkey held talks with Syria in Damascus on Tuesday.", published: "2024-11-29"),
        ])
        var f = EventFilter()
        f.source = "IRN"
        #expect(try eventRows(s, f).allSatisfy { row in
            if case .string(let code) = row["source_code"] { return code.hasPrefix("IRN") } else { return false }
        })
        f = EventFilter()
        f.cameo = "04"
        #expect(try eventRows(s, f).contains { $0["place_name"] == .string("Damascus") })
        f = EventFilter()
        f.text = "Damascus"
        #expect(try eventRows(s, f).allSatisfy { $0["source_code"] == .string("TUR") || $0["source_code"] == .string("SYR") })
        let quotes = try s.quotes(speaker: nil, country: "IRN", text: "respond", limit: 10)
        #expect(quotes.rows.count == 1)
        #expect(try s.actors(limit: 50).rows.count >= 4)
        #expect(try s.dyads(EventFilter()).rows.count >= 2)
        let series = try s.series(between: "TUR", and: "SYR", by: .week, filter: EventFilter())
        #expect(series.rows.first?.first == .string("2024-11-25"))
    }

    @Test func filtersThatMakeNoSenseAreRefused() throws {
        let codes: Set<String> = ["04", "042"]
        var f = EventFilter()
        f.cameo = "999"
        #expect(throws: StoreError.invalidFilter("unknown CAMEO code \"999\"")) { try f.validate(cameoCodes: codes) }
        f = EventFilter()
        f.from = CalendarDate(iso: "2024-12-01")
        f.to = CalendarDate(iso: "2024-11-01")
        #expect(throws: StoreError.self) { try f.validate(cameoCodes: codes) }
        f = EventFilter()
        f.source = "rus'; DROP TABLE event; --"
        #expect(throws: StoreError.self) { try f.validate(cameoCodes: codes) }
        // Parameterised SQL: hostile text is only text.
        let s = try store()
        try s.ingest([coded("a", "Japan criticised China.", published: "2024-11-29")])
        f = EventFilter()
        f.text = "x\" OR 1=1; DROP TABLE event; --"
        #expect(try eventRows(s, f).isEmpty)
        #expect(try s.counts().events >= 1)
    }

    @Test func exportsInEveryFormat() throws {
        let s = try store()
        try s.ingest([coded("a", "Japan criticised China on Monday. Egypt hosted Sudan in Cairo.", published: "2024-11-29")])
        var gdelt: [String] = []
        try s.export(.gdelt) { gdelt.append($0) }
        #expect(!gdelt.isEmpty)
        #expect(gdelt.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 61 })
        var csv: [String] = []
        try s.export(.csv) { csv.append($0) }
        #expect(csv.first?.hasPrefix("id,date,source_code") == true)
        #expect(csv.count == gdelt.count + 1)
        var plover: [String] = []
        try s.export(.plover) { plover.append($0) }
        let record = try #require(try JSONSerialization.jsonObject(with: Data(plover[0].utf8)) as? [String: Any])
        #expect(record["event"] != nil && record["text"] != nil)
        var jsonl: [String] = []
        try s.export(.jsonl) { jsonl.append($0) }
        #expect(jsonl.count == 1 && jsonl[0].hasPrefix("{\"schema\":\"annals/1\""))
    }

    @Test func corruptAndForeignFilesAreRefused() throws {
        let corrupt = folder.appendingPathComponent("corrupt.sqlite")
        try Data(repeating: 0x41, count: 4096).write(to: corrupt)
        #expect(throws: StoreError.notADatabase(path: corrupt.path)) { try EventStore(path: corrupt.path) }
        let foreign = folder.appendingPathComponent("foreign.sqlite")
        let queue = try DatabaseQueue(path: foreign.path)
        try queue.write { try $0.execute(sql: "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)") }
        #expect(throws: StoreError.foreignDatabase(path: foreign.path)) { try EventStore(path: foreign.path) }
    }

    @Test func aKilledIngestLeavesAConsistentStore() throws {
        let binary = try #require(CommandLineTests.binary)
        let feed = folder.appendingPathComponent("feed.jsonl")
        var lines = ""
        for n in 0..<1200 {
            let text = "Japan criticised China on Monday, officials said. Egypt hosted Sudan in Cairo. Report \(n)."
            lines += "{\"id\": \"doc-\(n)\", \"text\": \"\(text)\", \"published\": \"2024-11-29\", \"source\": \"S\(n % 7)\"}\n"
        }
        try lines.write(to: feed, atomically: true, encoding: .utf8)
        let db = folder.appendingPathComponent("killed.sqlite").path
        let process = Process()
        process.executableURL = binary
        process.arguments = ["ingest", feed.path, "--db", db, "--batch", "25", "--jobs", "1"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it once some batches are in (a debug build loading its knowledge beside other tests may
        // take a while to start; the loop leaves as soon as 50 documents are stored).
        let deadline = Date().addingTimeInterval(90)
        while Date() < deadline, process.isRunning {
            Thread.sleep(forTimeInterval: 0.05)
            // (Read-only, without the store's set-up, which must not race the ingest's own.)
            var readOnly = Configuration()
            readOnly.readonly = true
            if FileManager.default.fileExists(atPath: db), let q = try? DatabaseQueue(path: db, configuration: readOnly),
               let count = try? q.read({ try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM document") }), count >= 50 { break }
        }
        let killedMidway = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let queue = try DatabaseQueue(path: db)
        try queue.read { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            #expect(try Int.fetchOne(db, sql: "PRAGMA foreign_key_check") == nil)
            let documents = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document") ?? 0
            #expect(documents > 0)
            if killedMidway { #expect(documents < 1200, "the ingest was killed after \(documents) documents") }
            // Whole documents only: every stored document has all its events' mentions and quotes.
            let partial = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM document d
                WHERE (SELECT COUNT(*) FROM event_mention m WHERE m.document_pk = d.pk) = 0
                   OR (SELECT COUNT(*) FROM actor a WHERE a.document_pk = d.pk) = 0
                """) ?? -1
            #expect(partial == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event WHERE num_mentions = 0") == 0)
        }
        // And ingesting again finishes the job without duplicating anything.
        let again = Process()
        again.executableURL = binary
        again.arguments = ["ingest", feed.path, "--db", db]
        again.standardError = FileHandle.nullDevice
        try again.run()
        again.waitUntilExit()
        #expect(again.terminationStatus == 0)
        #expect(try EventStore(path: db).counts().documents == 1200)
    }
}
