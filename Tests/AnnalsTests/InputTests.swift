import Foundation
import Testing
@testable import Annals

/// Reading text files, sidecars and JSON Lines, with their errors.
struct InputTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("annals-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func textFileWithSidecar() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Talks began.".write(to: dir.appendingPathComponent("talks.txt"), atomically: true, encoding: .utf8)
        try #"{"id": "t-1", "published": "2024-02-29", "source": "Wire", "extra": 1}"#
            .write(to: dir.appendingPathComponent("talks.meta.json"), atomically: true, encoding: .utf8)
        let doc = try TextFileReader.load(path: dir.appendingPathComponent("talks.txt").path)
        #expect(doc.metadata == DocumentMetadata(id: "t-1", published: CalendarDate(year: 2024, month: 2, day: 29), source: "Wire"))
        // An explicit date overrides the sidecar.
        let overridden = try TextFileReader.load(path: dir.appendingPathComponent("talks.txt").path,
                                                 published: CalendarDate(year: 2025, month: 1, day: 1))
        #expect(overridden.metadata.published?.description == "2025-01-01")
    }

    @Test func fileWithoutSidecarTakesItsNameAsID() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("report.2024.txt").path
        try "x".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try TextFileReader.load(path: path).metadata.id == "report.2024")
    }

    @Test func missingFileAndBadSidecarAreReported() throws {
        #expect(throws: InputError.fileNotFound(path: "/nonexistent/x.txt")) {
            try TextFileReader.load(path: "/nonexistent/x.txt")
        }
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "x".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try #"{"published": "29/11/2024"}"#.write(to: dir.appendingPathComponent("a.meta.json"), atomically: true, encoding: .utf8)
        do {
            _ = try TextFileReader.load(path: dir.appendingPathComponent("a.txt").path)
            Issue.record("a malformed date must be an error")
        } catch let error as InputError {
            #expect(error.exitStatus == 65)
            #expect(error.description.contains("published"))
        }
    }

    @Test func jsonLinesReportsBadLinesAndCodesTheRest() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("feed.jsonl").path
        let lines = [
            #"{"id": "a", "text": "One.", "published": "2024-11-29", "unknown": [1, 2]}"#,
            #"not json"#,
            "",
            #"{"id": "c"}"#,
            #"{"id": "d", "text": "Four.", "published": "2024-13-01"}"#,
            #"[1, 2]"#,
            #"{"text": "No id.", "source": "Wire"}"#,
            #"{"id": 7, "text": "Numeric id.", "published": null}"#,
        ]
        try (lines.joined(separator: "\r\n")).write(toFile: path, atomically: true, encoding: .utf8)
        let items = Array(try JSONLinesReader(path: path))
        #expect(items.map(\.line) == [1, 2, 4, 5, 6, 7, 8])
        let ok = items.compactMap { try? $0.result.get() }
        #expect(ok.map(\.metadata.id) == ["a", "feed-7", "7"])
        #expect(ok[0].metadata.published?.description == "2024-11-29")
        #expect(ok[1].metadata.source == "Wire")
        let errors = items.compactMap { item -> InputError? in
            if case .failure(let e) = item.result { return e } else { return nil }
        }
        #expect(errors.count == 4)
        #expect(errors[0].description.hasSuffix("feed.jsonl:2: not a JSON object: invalid JSON"))
        #expect(errors[1] == .missingText(source: path, line: 4))
        #expect(errors[2].description.contains(":5: field \"published\""))
    }

    @Test func jsonLinesWithALongLineAcrossReadChunks() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("big.jsonl").path
        let long = String(repeating: "Talks went on. ", count: 200_000)  // 3 MB, several read chunks
        try "{\"text\": \"\(long)\"}\n{\"text\": \"Short.\"}\n".write(toFile: path, atomically: true, encoding: .utf8)
        let docs = try JSONLinesReader(path: path).compactMap { try? $0.result.get() }
        #expect(docs.count == 2)
        #expect(docs[0].text == long)
        #expect(docs[1].text == "Short.")
    }

    @Test func calendarDates() {
        #expect(CalendarDate(iso: "2024-11-29")?.weekday == 5)  // a Friday
        #expect(CalendarDate(iso: "2024-02-30") == nil)
        #expect(CalendarDate(iso: "2024-1-5") == nil)
        #expect(CalendarDate(iso: "2024-11-29")?.adding(days: -366).description == "2023-11-29")
        #expect(CalendarDate(daysSinceEpoch: 0).description == "1970-01-01")
    }
}
