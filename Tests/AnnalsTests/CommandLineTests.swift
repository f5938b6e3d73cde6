import Foundation
import Testing
@testable import Annals

/// The `annals` binary as a user runs it: output, errors and exit status.
struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL? {
        let candidates = [".build/debug/annals", ".build/release/annals"]
            .map { TestSupport.repositoryRoot.appendingPathComponent($0) }
        let fromBundle = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("annals")
        return ([fromBundle] + candidates).first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    func run(_ arguments: [String], stdin: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = try #require(Self.binary)
        process.arguments = arguments
        process.currentDirectoryURL = TestSupport.repositoryRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                   stderr: String(decoding: e, as: UTF8.self))
    }

    func objects(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test func codesTheExampleArticle() throws {
        let r = try run(["code", "Examples/envoy-visit.txt"])
        #expect(r.status == 0)
        let docs = try objects(r.stdout)
        #expect(docs.count == 1)
        let doc = docs[0]
        #expect(doc["schema"] as? String == "annals/1")
        let meta = try #require(doc["document"] as? [String: Any])
        #expect(meta["id"] as? String == "envoy-visit")
        #expect(meta["published"] as? String == "2025-03-04")
        // Every event carries its evidence: the sentence, the trigger and the rule that fired.
        let events = try #require(doc["events"] as? [[String: Any]])
        for event in events {
            let mentions = try #require(event["mentions"] as? [[String: Any]])
            #expect(!mentions.isEmpty)
            #expect(mentions.allSatisfy { ($0["rule"] as? String)?.hasPrefix("events/") == true })
        }
        let quotes = try #require(doc["quotes"] as? [[String: Any]])
        #expect(quotes.contains { $0["kind"] as? String == "direct" && $0["cue"] as? String == "told" })
        let actors = try #require(doc["actors"] as? [[String: Any]])
        #expect(actors.contains { $0["code"] as? String == "JPNGOV" && $0["name"] as? String == "Haruto Sato" })
        let sentences = try #require(doc["sentences"] as? [[String: Any]])
        #expect(sentences.count > 5)
        #expect(sentences.contains { $0["heading"] as? Bool == true })
        // The output's keys come in the contract's order.
        #expect(r.stdout.hasPrefix(#"{"schema":"annals/1","document":{"id":"envoy-visit","published":"2025-03-04""#))
    }

    @Test func everyRunCodesTheSame() throws {
        // Each process hashes with its own seed: nothing may depend on the order of a dictionary.
        let text = [
            "Kenyan police and Ugandan troops met Tanzanian officials, while Sudanese rebels and Chadian forces clashed.",
            "Bree Prime Minister Romendacil will meet Kenyan and Ugandan leaders during a visit to Kenya on Sunday.",
            "Israeli troops and Palestinian militants exchanged fire as Egyptian and Qatari mediators met Hamas leaders.",
        ].joined(separator: "\n\n")
        let first = try run(["code", "-"], stdin: text)
        #expect(first.status == 0)
        for _ in 0..<5 { #expect(try run(["code", "-"], stdin: text).stdout == first.stdout) }
    }

    @Test func readsStandardInputAndSetsTheDate() throws {
        let r = try run(["code", "--published", "2024-11-29", "-"], stdin: "Moscow said so. Seoul agreed.")
        #expect(r.status == 0)
        let doc = try #require(try objects(r.stdout).first)
        #expect((doc["document"] as? [String: Any])?["id"] as? String == "stdin")
        #expect((doc["document"] as? [String: Any])?["published"] as? String == "2024-11-29")
        #expect((doc["sentences"] as? [Any])?.count == 2)
    }

    @Test func jsonLinesWithBadLinesExitWith65() throws {
        let input = """
        {"id": "a", "text": "One."}
        {broken
        {"id": "c", "text": "Three.", "published": "yesterday"}
        {"id": "d", "text": "Four."}
        """
        let r = try run(["code", "--jsonl", "-"], stdin: input)
        #expect(r.status == 65)
        #expect(try objects(r.stdout).compactMap { ($0["document"] as? [String: Any])?["id"] as? String } == ["a", "d"])
        #expect(r.stderr.contains("stdin:2:"))
        #expect(r.stderr.contains("stdin:3:"))
    }

    @Test func missingFileExitsWith66AndOtherFilesAreStillCoded() throws {
        let r = try run(["code", "no-such-file.txt", "Examples/envoy-visit.txt"])
        #expect(r.status == 66)
        #expect(r.stderr.contains("no-such-file.txt: no such file"))
        #expect(try objects(r.stdout).count == 1)
    }

    @Test func evalListsTheRecordsItCountsAsWrong() throws {
        // Two gold records of our own: one Annals gets right, one whose gold names a third state.
        let gold = FileManager.default.temporaryDirectory.appendingPathComponent("annals-gold-\(getpid()).jsonl")
        let lines = [
            #"{"id": "right-1", "event": "ASSAULT", "text": "Russian forces shelled Kharkiv overnight.", "source": {"code": "RUSMIL"}, "target": {"code": "UKR"}}"#,
            #"{"id": "wrong-1", "event": "CONSULT", "text": "Japan and Australia held talks in Canberra.", "source": {"code": "JPN"}, "target": {"code": "NZL"}}"#,
        ]
        try (lines.joined(separator: "\n") + "\n").write(to: gold, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: gold) }
        let result = try run(["eval", "actors", "--plover", gold.path, "--errors"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("wrong-1") && result.stdout.contains("gold: JPN NZL"), "\(result.stdout)")
        #expect(!result.stdout.contains("right-1"), "\(result.stdout)")
        #expect(result.stdout.contains("PLOVER gold records: 2"))
    }

    @Test func evalNamesAMissingOrMalformedReferenceFile() throws {
        let missing = try run(["eval", "actors", "--plover", "no-such-gold.jsonl"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("no-such-gold.jsonl: no such file"))
        let bad = FileManager.default.temporaryDirectory.appendingPathComponent("annals-bad-gold-\(getpid()).jsonl")
        try "{\"id\": \"a\", \"event\": \"DOCUMENT\"}\nnot json\n".write(to: bad, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: bad) }
        let malformed = try run(["eval", "actors", "--plover", bad.path])
        #expect(malformed.status == 65)
        #expect(malformed.stderr.contains(":2: not a JSON object"))
    }

    @Test func badDateOptionIsAUsageError() throws {
        let r = try run(["code", "--published", "29.11.2024", "Examples/envoy-visit.txt"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("not a date"))
    }

    @Test func prettyOutputIsValidJSON() throws {
        let r = try run(["code", "--pretty", "Examples/envoy-visit.txt"])
        #expect(r.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(object?["schema"] as? String == "annals/1")
    }
}

/// `annals ingest`, `query` and `export` as a user runs them.
struct StoreCommandLineTests {
    let cli = CommandLineTests()

    @Test func ingestQueryExport() throws {
        let db = FileManager.default.temporaryDirectory.appendingPathComponent("annals-cli-\(UUID().uuidString).sqlite").path
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + s) } }
        var r = try cli.run(["ingest", "Examples", "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("4 added"))
        r = try cli.run(["ingest", "Examples", "--db", db])
        #expect(r.stderr.contains("4 unchanged"))
        r = try cli.run(["query", "events", "--db", db, "--source", "JPN", "--format", "json"])
        #expect(r.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(!rows.isEmpty && rows.allSatisfy { ($0["source_code"] as? String)?.hasPrefix("JPN") == true })
        r = try cli.run(["query", "quotes", "--db", db, "--speaker", "JPNGOV", "--format", "csv"])
        #expect(r.stdout.hasPrefix("document,published,speaker_name"))
        r = try cli.run(["export", "--format", "gdelt", "--db", db])
        #expect(r.status == 0 && !r.stdout.isEmpty)
        r = try cli.run(["query", "events", "--db", db, "--cameo", "999"])
        #expect(r.status == 64 && r.stderr.contains("unknown CAMEO code"))
        r = try cli.run(["query", "events", "--db", db + ".missing"])
        #expect(r.status == 66 && r.stderr.contains("no store here"))
    }
}
