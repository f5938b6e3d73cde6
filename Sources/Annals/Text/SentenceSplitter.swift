/// Draws sentence boundaries inside a paragraph from its tokens.
///
/// A boundary follows a sentence-final token (. ! ? …), together with the
/// closing quotation marks and brackets that hug it, when whitespace and
/// then a token that can open a sentence come next:
/// - after a plain period, anything but a lower-case word or a comma-like mark;
/// - after an abbreviation, only a word that usually opens sentences ("The",
///   "He") or an opening quote — never after a title (Mr., Gen.), and never
///   before a number after a month or No.;
/// - after ! or ? closed by a quotation mark, not before a speaker tag
///   ("Why?" Smith asked), so the tag stays with its quotation;
/// - after an ellipsis, only a capitalised word.
/// A quotation of several sentences is split like any text; its closing
/// speaker tag ("...," Belousov said) stays in its last sentence because a
/// comma never ends one.
struct SentenceSplitter {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]

    /// Token indices after which a sentence ends, within `range`.
    func boundaries(in range: Range<Int>) -> [Int] {
        var ends: [Int] = []
        var k = range.lowerBound
        while k < range.upperBound {
            let t = tokens[k]
            guard t.has(.sentenceFinal) || t.has(.abbreviation) else { k += 1; continue }
            // Closing quotes and brackets that hug the final mark belong to it.
            var last = k
            while last + 1 < range.upperBound {
                let n = tokens[last + 1]
                guard n.start == tokens[last].end,
                      (n.has(.closingQuote) && !n.has(.possessive)) || n.has(.closeBracket) else { break }
                last += 1
            }
            let nextIndex = last + 1
            if nextIndex >= range.upperBound { break }
            let next = tokens[nextIndex]
            if next.has(.spaceBefore), endsSentence(final: k, closedBy: last, next: nextIndex, in: range) {
                ends.append(last)
            }
            k = nextIndex
        }
        return ends
    }

    private func text(_ t: Token) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[t.range]), as: UTF8.self)
    }

    private func lowerWord(_ t: Token) -> String {
        var s = text(t)
        if s.hasSuffix(".") { s.removeLast() }
        return s.lowercased()
    }

    private func startsLikeSentence(_ next: Token) -> Bool {
        if next.has(.lowercase) { return false }
        if next.has(.comma) || next.has(.colon) || next.has(.sentenceFinal) || next.has(.closeBracket)
            || next.has(.closingQuote) || next.has(.clitic) || next.has(.dash) {
            return false
        }
        return true
    }

    private func isStarterWord(_ next: Token) -> Bool {
        next.has(.capitalized) && Abbreviations.sentenceStarters.contains(lowerWord(next))
    }

    private func endsSentence(final k: Int, closedBy last: Int, next n: Int, in range: Range<Int>) -> Bool {
        let t = tokens[k]
        let next = tokens[n]
        if t.has(.abbreviation) {
            if t.has(.title) { return false }
            if next.has(.number) || next.has(.hasDigit) {
                // Nov. 29, No. 5: a number continues; after U.S. or Inc. a number may open.
                let kind = Abbreviations.kind(of: bytes, Int(t.start)..<(Int(t.end) - 1))
                if kind == .month || kind == .beforeNumber || t.has(.initial) { return false }
            }
            // (An initial before quoted words is a name's ("Robert J. \"Bob\" Smith"), unless a word in lower case comes
            // before it: "in a post on X. \"We seek ...\"" ends there.)
            if next.has(.openingQuote) { return !t.has(.initial) || k > range.lowerBound && tokens[k - 1].has(.lowercase) }
            return isStarterWord(next)
        }
        guard startsLikeSentence(next) else { return false }
        if t.has(.ellipsis) {
            return next.has(.capitalized) || next.has(.openingQuote)
        }
        let closedByQuote = last > k && tokens[k + 1...last].contains { $0.has(.closingQuote) }
        let mark = bytes[Int(t.end) - 1]
        if closedByQuote && (mark == UInt8(ascii: "?") || mark == UInt8(ascii: "!")) && isSpeakerTag(at: n, in: range) {
            return false
        }
        return true
    }

    /// One to four capitalised words and then a speech verb: "Smith asked".
    private func isSpeakerTag(at n: Int, in range: Range<Int>) -> Bool {
        var i = n
        var names = 0
        while i < range.upperBound, names <= 4 {
            let t = tokens[i]
            if t.has(.capitalized) || t.has(.title) || t.has(.initial) {
                names += 1
                i += 1
                continue
            }
            return names > 0 && t.has(.lowercase) && Abbreviations.speechVerbs.contains(lowerWord(t))
        }
        return false
    }
}

/// Segments a document into paragraphs, headings, sentences and tokens.
public enum Segmenter {
    /// The text layer of `document`, computed in two passes over its bytes.
    public static func segment(_ document: Document) -> Segmentation {
        document.utf8.withUnsafeBufferPointer { buf in
            segment(bytes: buf)
        }
    }

    static func segment(bytes buf: UnsafeBufferPointer<UInt8>) -> Segmentation {
        let reader = ScalarReader(buf)
        let splitter = ParagraphSplitter(reader: reader)
        let paragraphRanges = splitter.paragraphs(in: 0..<buf.count)
        let tokenizer = Tokenizer(bytes: buf)
        var tokens: [Token] = []
        tokens.reserveCapacity(buf.count / 5)
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(paragraphRanges.count)
        for (index, range) in paragraphRanges.enumerated() {
            let first = tokens.count
            tokenizer.tokenize(range, into: &tokens)
            paragraphs.append(Paragraph(index: index, range: range, tokens: first..<tokens.count, isHeading: false))
        }
        // A heading introduces text: something must follow it.
        for p in paragraphs.indices.dropLast() where splitter.looksLikeHeading(paragraphs[p].range) {
            paragraphs[p].isHeading = true
        }
        var sentences: [Sentence] = []
        let sentenceSplitter = SentenceSplitter(bytes: buf, tokens: tokens)
        for p in paragraphs where !p.tokens.isEmpty {
            func add(_ tokenRange: Range<Int>) {
                let range = Int(tokens[tokenRange.lowerBound].start)..<Int(tokens[tokenRange.upperBound - 1].end)
                sentences.append(Sentence(index: sentences.count, range: range, tokens: tokenRange,
                                          paragraph: p.index, isHeading: p.isHeading))
            }
            if p.isHeading {
                add(p.tokens)
                continue
            }
            var start = p.tokens.lowerBound
            for end in sentenceSplitter.boundaries(in: p.tokens) {
                add(start..<(end + 1))
                start = end + 1
            }
            if start < p.tokens.upperBound { add(start..<p.tokens.upperBound) }
        }
        let keys = tokens.map { TokenKey.hash(buf, $0.range) }
        return Segmentation(tokens: tokens, keys: keys, paragraphs: paragraphs, sentences: sentences)
    }
}
