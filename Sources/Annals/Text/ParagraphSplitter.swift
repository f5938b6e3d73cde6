/// Finds paragraphs and headings.
///
/// Two layouts are recognised. In the common one every line is a paragraph
/// (wire copy, JSON text fields). In hard-wrapped text (most lines filled to
/// a similar width of at most about 100 characters) a line break inside a
/// block is only a wrap, and a paragraph ends at a blank line or at a line
/// that stops well short of the wrap width.
struct ParagraphSplitter {
    let reader: ScalarReader

    /// A line of text without its terminator, trimmed of surrounding spaces.
    struct Line {
        var range: Range<Int>
        var length: Int  // code points, approximately (bytes minus continuation bytes)
        var isBlank: Bool { range.isEmpty }
    }

    func lines(in all: Range<Int>) -> [Line] {
        var lines: [Line] = []
        var i = all.lowerBound
        let end = all.upperBound
        var lineStart = i
        var firstNonSpace = -1, lastNonSpaceEnd = -1
        var count = 0
        func finish() {
            if firstNonSpace >= 0 {
                lines.append(Line(range: firstNonSpace..<lastNonSpaceEnd, length: count))
            } else {
                lines.append(Line(range: lineStart..<lineStart, length: 0))
            }
        }
        let bytes = reader.bytes
        while i < end {
            let b = bytes[i]
            // ASCII fast path: most bytes are letters or spaces.
            if b >= 0x21 && b < 0x7F {
                if firstNonSpace < 0 { firstNonSpace = i }
                lastNonSpaceEnd = i + 1
                count += 1
                i += 1
                continue
            }
            if b == 0x20 || b == 0x09 {
                if firstNonSpace >= 0 { count += 1 }
                i += 1
                continue
            }
            let r = reader.read(i)
            if r.cls == .newline {
                finish()
                // \r\n is one break.
                if b == 0x0D, i + 1 < end, bytes[i + 1] == 0x0A { i += 1 }
                i += r.length
                lineStart = i
                firstNonSpace = -1; lastNonSpaceEnd = -1; count = 0
                continue
            }
            if r.cls != .space {
                if firstNonSpace < 0 { firstNonSpace = i }
                lastNonSpaceEnd = i + r.length
            }
            if firstNonSpace >= 0 { count += 1 }
            i += r.length
        }
        finish()
        return lines
    }

    /// The width text is wrapped at, or nil when lines are not hard-wrapped.
    static func wrapWidth(of lines: [Line]) -> Int? {
        let lengths = lines.filter { !$0.isBlank }.map(\.length).sorted()
        guard lengths.count >= 4 else { return nil }
        let width = lengths[(lengths.count * 9) / 10]
        guard width >= 40, width <= 110 else { return nil }
        let near = lengths.filter { $0 >= width - 25 && $0 <= width }.count
        // Most lines of a wrapped text fill the width; the rest end paragraphs.
        return near * 10 >= lengths.count * 6 ? width : nil
    }

    /// Groups lines into paragraph byte ranges.
    func paragraphs(in all: Range<Int>) -> [Range<Int>] {
        let lines = lines(in: all)
        let width = ParagraphSplitter.wrapWidth(of: lines)
        var result: [Range<Int>] = []
        var current: Range<Int>?
        var previousLine: Line?
        for line in lines {
            if line.isBlank {
                if let c = current { result.append(c) }
                current = nil
                previousLine = nil
                continue
            }
            if let c = current, let w = width, let prev = previousLine, prev.length >= w - 20,
               !looksLikeHeading(prev.range, maxWords: 12) {
                current = c.lowerBound..<line.range.upperBound  // a soft wrap
            } else {
                if let c = current { result.append(c) }
                current = line.range
            }
            previousLine = line
        }
        if let c = current { result.append(c) }
        return result
    }

    /// A short line (at most `maxWords` words) that starts with a capital or a digit and ends without
    /// sentence punctuation or a quotation mark. A paragraph of its own may be a news headline of up to 16
    /// words; a line that may be a wrapped part of a paragraph is a heading only up to 12.
    func looksLikeHeading(_ range: Range<Int>, maxWords: Int = 16) -> Bool {
        guard !range.isEmpty, range.count <= 160 else { return false }
        let first = reader.read(range.lowerBound)
        guard (first.cls == .letter && first.isUpper) || first.cls == .digit else { return false }
        // The last scalar.
        guard let last = reader.readBefore(range.upperBound) else { return false }
        switch last.cls {
        case .period, .exclamation, .question, .ellipsis, .comma, .colon, .semicolon,
             .doubleQuote, .doubleQuoteClosing, .doubleQuoteOpening, .apostrophe, .singleQuoteOpening,
             .hyphen, .dash:
            return false
        default: break
        }
        var words = 0
        var inWord = false
        var i = range.lowerBound
        while i < range.upperBound {
            let r = reader.read(i)
            if r.cls == .space {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
            i += r.length
        }
        return words <= maxWords
    }
}
