/// A tab-separated knowledge file: `#` comments and blank lines skipped, a
/// header line naming the columns, then one record a line.
struct TSVTable {
    struct Row {
        var line: Int
        /// The fields, trimmed of spaces and tabs.
        var fields: [String]
        /// The field for a column; empty when the row is short.
        func callAsFunction(_ column: Int) -> String {
            column < fields.count ? fields[column] : ""
        }
        /// A `|`-separated list field, trimmed, empty items dropped.
        func list(_ column: Int) -> [String] {
            guard column < fields.count else { return [] }
            // (On UTF-8 bytes: "|" is never part of a multi-byte character.)
            var items: [String] = []
            let utf8 = fields[column].utf8
            var start = utf8.startIndex
            var index = start
            while true {
                if index == utf8.endIndex || utf8[index] == 0x7C {
                    var lower = start, upper = index
                    while lower < upper, utf8[lower] == 0x20 || utf8[lower] == 0x09 { lower = utf8.index(after: lower) }
                    while upper > lower, utf8[utf8.index(before: upper)] == 0x20 || utf8[utf8.index(before: upper)] == 0x09 {
                        upper = utf8.index(before: upper)
                    }
                    if lower < upper { items.append(String(Substring(utf8[lower..<upper]))) }
                    if index == utf8.endIndex { break }
                    start = utf8.index(after: index)
                }
                index = utf8.index(after: index)
            }
            return items
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
        // (Lines and fields are cut on UTF-8 bytes: a tab, a newline and a carriage return are never
        // part of a multi-byte character, and places.tsv alone has tens of thousands of rows.)
        var text = text
        try text.withUTF8 { bytes in
            func field(_ range: Range<Int>) -> String {
                var lower = range.lowerBound, upper = range.upperBound
                while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
                while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
            }
            var lineStart = 0
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                let next = lineEnd + 1
                defer { lineStart = next }
                number += 1
                if lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                var firstVisible = lineStart
                while firstVisible < lineEnd, bytes[firstVisible] == 0x20 || bytes[firstVisible] == 0x09 { firstVisible += 1 }
                if firstVisible == lineEnd || bytes[lineStart] == 0x23 { continue }
                var fields: [String] = []
                var fieldStart = lineStart
                for k in lineStart...lineEnd where k == lineEnd || bytes[k] == 0x09 {
                    fields.append(field(fieldStart..<k))
                    fieldStart = k + 1
                }
                if !sawHeader {
                    guard fields == columns else {
                        throw KnowledgeError(file: file, line: number,
                                             reason: "header must be \"\(columns.joined(separator: "\\t"))\", found \"\(fields.joined(separator: "\\t"))\"")
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
