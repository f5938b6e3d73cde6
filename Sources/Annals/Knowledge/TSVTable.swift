/// A tab-separated knowledge file: `#` comments and blank lines skipped, a
/// header line naming the columns, then one record a line.
struct TSVTable {
    struct Row {
        var line: Int
        var fields: [String]
        /// The field for a column, trimmed; empty when the row is short.
        func callAsFunction(_ column: Int) -> String {
            column < fields.count ? fields[column].trimmingSpaces : ""
        }
        /// A `|`-separated list field, trimmed, empty items dropped.
        func list(_ column: Int) -> [String] {
            self(column).split(separator: "|").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        }
    }

    var file: String
    var rows: [Row]

    /// Parses `text`; the header must be exactly `columns`.
    init(file: String, text: String, columns: [String]) throws {
        self.file = file
        self.rows = []
        var sawHeader = false
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.trimmingSpaces.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if !sawHeader {
                let header = fields.map(\.trimmingSpaces)
                guard header == columns else {
                    throw KnowledgeError(file: file, line: number,
                                         reason: "header must be \"\(columns.joined(separator: "\\t"))\", found \"\(header.joined(separator: "\\t"))\"")
                }
                sawHeader = true
                continue
            }
            guard fields.count <= columns.count else {
                throw KnowledgeError(file: file, line: number,
                                     reason: "\(fields.count) fields, expected at most \(columns.count) (\(columns.joined(separator: ", ")))")
            }
            rows.append(Row(line: number, fields: fields))
        }
        guard sawHeader else { throw KnowledgeError(file: file, line: number, reason: "no header line") }
    }

    func error(_ row: Row, _ reason: String) -> KnowledgeError {
        KnowledgeError(file: file, line: row.line, reason: reason)
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}

/// Code validation shared by the tables.
enum CAMEOCode {
    /// True for one or more blocks of three upper-case letters (RUS, IGOUNO, GOVMIL).
    static func isBlocks(_ s: String) -> Bool {
        let b = Array(s.utf8)
        return !b.isEmpty && b.count % 3 == 0 && b.allSatisfy { $0 >= 65 && $0 <= 90 }
    }
}
