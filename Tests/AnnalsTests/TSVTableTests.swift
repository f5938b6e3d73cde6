import Testing
@testable import Annals

/// The tab-separated reader under every knowledge file: comments, blank lines, Windows line ends,
/// trimmed fields and lists, and line numbers in its errors.
struct TSVTableTests {
    @Test func rowsKeepTheirLineNumbersAndTrimmedFields() throws {
        let text = "# a comment\n\nname\taliases\tcode\r\n  Côte d'Ivoire \t Ivory Coast | | Elfenbeinküste \tCIV\r\n   \t \n# another\nNorth Korea\tDPRK\tPRK"
        let table = try TSVTable(file: "t.tsv", text: text, columns: ["name", "aliases", "code"])
        #expect(table.rows.map(\.line) == [4, 7])
        #expect(table.rows[0](0) == "Côte d'Ivoire")
        #expect(table.rows[0](2) == "CIV")
        #expect(table.rows[0].list(1) == ["Ivory Coast", "Elfenbeinküste"])
        #expect(table.rows[1].list(1) == ["DPRK"])
        #expect(table.rows[1](5) == "" && table.rows[1].list(5).isEmpty)
    }

    @Test func shortRowsReadAsEmptyFields() throws {
        let table = try TSVTable(file: "t.tsv", text: "a\tb\tc\nx\n", columns: ["a", "b", "c"])
        #expect(table.rows.count == 1 && table.rows[0](0) == "x" && table.rows[0](1) == "" && table.rows[0].list(2).isEmpty)
    }

    @Test func errorsNameTheLine() {
        do {
            _ = try TSVTable(file: "t.tsv", text: "# c\na\tb\nx\ty\nx\ty\tz\n", columns: ["a", "b"])
            Issue.record("a row of three fields under two columns was accepted")
        } catch let error as KnowledgeError {
            #expect(error.file == "t.tsv" && error.line == 4 && error.reason.contains("3 fields"), "\(error)")
        } catch { Issue.record("\(error)") }
        do {
            _ = try TSVTable(file: "t.tsv", text: "\n\na\tc\n", columns: ["a", "b"])
            Issue.record("a wrong header was accepted")
        } catch let error as KnowledgeError {
            #expect(error.line == 3 && error.reason.contains("header"), "\(error)")
        } catch { Issue.record("\(error)") }
        #expect(throws: KnowledgeError.self) { try TSVTable(file: "t.tsv", text: "# only a comment\n", columns: ["a"]) }
        #expect(throws: KnowledgeError.self) { try TSVTable(file: "t.tsv", text: "", columns: ["a"]) }
    }
}
