import Foundation
import Testing
@testable import Annals

/// Sentences of our own for the pattern files, one fixture file per CAMEO
/// root (`Fixtures/events/NN.tsv`): each must be coded with the stated
/// source, target and code, and a `none` row with no event at all.
struct EventSentenceTests {
    struct Row: CustomStringConvertible {
        var file: String
        var line: Int
        var sentence: String
        var source: String
        var target: String?
        var code: String
        var description: String { "\(file):\(line)" }
    }

    static func rows() throws -> [Row] {
        let folder = TestSupport.repositoryRoot.appendingPathComponent("Tests/AnnalsTests/Fixtures/events")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tsv") }.sorted()
        var rows: [Row] = []
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            var header = false
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard !line.hasPrefix("#"), !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
                guard header else { header = true; continue }
                let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard cells.count == 4 else {
                    Issue.record("\(name):\(n + 1): expected 4 tab-separated cells, found \(cells.count)")
                    continue
                }
                rows.append(Row(file: name, line: n + 1, sentence: cells[0], source: cells[1],
                                target: cells[2] == "-" ? nil : cells[2], code: cells[3]))
            }
        }
        return rows
    }

    @Test func everyRootHasSentences() throws {
        let files = Set(try Self.rows().map(\.file))
        #expect(files.count >= 20, "fixture files: \(files.sorted())")
    }

    @Test func sentencesAreCodedAsWritten() throws {
        var failures: [String] = []
        let rows = try Self.rows()
        for row in rows {
            var document = TestSupport.document(row.sentence)
            document.metadata.published = CalendarDate(iso: "2024-06-14")
            let analysis = TestSupport.pipeline.analyze(document)
            let found = analysis.events.map { "\($0.sourceCode)→\($0.targetCode ?? "-") \($0.event.code.code)" }
            if row.code == "none" {
                if !found.isEmpty { failures.append("\(row): expected no event, found \(found) | \(row.sentence)") }
                continue
            }
            let ok = analysis.events.contains {
                $0.sourceCode == row.source && $0.targetCode == row.target && $0.event.code.code == row.code
            }
            if !ok {
                failures.append("\(row): expected \(row.source)→\(row.target ?? "-") \(row.code), found \(found) | \(row.sentence)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(rows.count) sentences:\n\(failures.joined(separator: "\n"))")
    }
}
