/// Splits a paragraph's bytes into tokens with shape flags.
///
/// Rules, in the order they apply:
/// - words run over letters, digits and combining marks, and over inner
///   periods (U.S, 3.5, example.com), hyphens (Russian-Korean, flagged
///   `hyphenated`), apostrophes (O'Brien) and digit separators (1,000, 10:30);
/// - the possessive and clitics are split off: Russia's → Russia 's,
///   didn't → did n't, they'll → they 'll;
/// - a trailing period joins its word when the word is an abbreviation: a
///   listed one (Mr., Jan.; No. only before a number), a single capital
///   (initials), or a letter-period sequence (U.S., a.m., Ph.D.);
/// - runs of . ! ? and ellipses are single sentence-final tokens, runs of
///   dashes single dash tokens; every other mark is a token of its own;
/// - a quotation mark is opening or closing by the spaces around it, and
///   by the open/closed state of the paragraph when the spaces don't tell.
struct Tokenizer {
    let reader: ScalarReader
    var bytes: UnsafeBufferPointer<UInt8> { reader.bytes }

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.reader = ScalarReader(bytes)
    }

    /// Appends the tokens of `range` (one paragraph) to `tokens`.
    func tokenize(_ range: Range<Int>, into tokens: inout [Token]) {
        var i = range.lowerBound
        let end = range.upperBound
        var doubleQuoteOpen = false
        var singleQuoteOpen = false
        var previousWasSpace = true
        while i < end {
            let r = reader.read(i)
            let spaceFlag: TokenFlags = previousWasSpace ? .spaceBefore : []
            switch r.cls {
            case .space, .newline:
                i += r.length
                previousWasSpace = true
                continue
            case .letter, .digit, .mark, .joiner:
                if let clitic = cliticLength(at: i, end: end, afterWord: !previousWasSpace) {
                    tokens.append(Token(start: i, end: i + clitic, flags: [.word, .clitic, .lowercase]))
                    i += clitic
                } else {
                    let (wordEnd, flags) = scanWord(from: i, end: end)
                    tokens.append(Token(start: i, end: wordEnd, flags: flags.union(spaceFlag)))
                    i = wordEnd
                }
            case .period, .exclamation, .question, .ellipsis:
                var j = i
                var isEllipsis = false
                var periods = 0
                while j < end {
                    let s = reader.read(j)
                    guard s.cls == .period || s.cls == .exclamation || s.cls == .question
                        || s.cls == .ellipsis else { break }
                    if s.cls == .ellipsis { isEllipsis = true }
                    if s.cls == .period { periods += 1 }
                    j += s.length
                }
                if periods >= 2 { isEllipsis = true }
                var flags: TokenFlags = [.punctuation, .sentenceFinal]
                if isEllipsis { flags.insert(.ellipsis) }
                tokens.append(Token(start: i, end: j, flags: flags.union(spaceFlag)))
                i = j
            case .hyphen, .dash:
                var j = i
                while j < end {
                    let s = reader.read(j)
                    guard s.cls == .hyphen || s.cls == .dash else { break }
                    j += s.length
                }
                tokens.append(Token(start: i, end: j, flags: [.punctuation, .dash, spaceFlag]))
                i = j
            case .doubleQuote, .doubleQuoteOpening, .doubleQuoteClosing:
                let opening = isOpeningQuote(at: i, length: r.length, range: range, cls: r.cls,
                                             currentlyOpen: doubleQuoteOpen)
                doubleQuoteOpen = opening
                let dir: TokenFlags = opening ? .openingQuote : .closingQuote
                tokens.append(Token(start: i, end: i + r.length, flags: [.punctuation, .quote, dir, spaceFlag]))
                i += r.length
            case .apostrophe, .singleQuoteOpening:
                var flags: TokenFlags = [.punctuation, .quote, .singleQuote, spaceFlag]
                let after = i + r.length
                let prev = reader.readBefore(i)
                let prevIsWordEnd = prev.map { $0.isAlphanumeric || $0.cls == .mark } ?? false
                if r.cls == .apostrophe, prevIsWordEnd, !previousWasSpace,
                   let n = possessiveLength(at: after, end: end) {
                    // Russia's, NATO’s: the possessive (or "it's") clitic.
                    tokens.append(Token(start: i, end: after + n, flags: [.word, .possessive, .clitic, .lowercase]))
                    i = after + n
                    previousWasSpace = false
                    continue
                }
                if r.cls == .apostrophe, prevIsWordEnd, !previousWasSpace,
                   let n = cliticSuffixLength(at: after, end: end) {
                    tokens.append(Token(start: i, end: after + n, flags: [.word, .clitic, .lowercase]))
                    i = after + n
                    previousWasSpace = false
                    continue
                }
                let opening = isOpeningQuote(at: i, length: r.length, range: range,
                                             cls: r.cls == .singleQuoteOpening ? .doubleQuoteOpening : .doubleQuote,
                                             currentlyOpen: singleQuoteOpen)
                if opening {
                    flags.insert(.openingQuote)
                } else {
                    flags.insert(.closingQuote)
                    // nations' armed forces: after a plural, possibly possessive.
                    if let p = prev, p.cls == .letter, i > 0,
                       bytes[i - 1] == UInt8(ascii: "s") || bytes[i - 1] == UInt8(ascii: "S") {
                        flags.insert(.possessive)
                    }
                }
                singleQuoteOpen = opening
                tokens.append(Token(start: i, end: after, flags: flags))
                i = after
            case .openBracket:
                tokens.append(Token(start: i, end: i + r.length, flags: [.punctuation, .openBracket, spaceFlag]))
                i += r.length
            case .closeBracket:
                tokens.append(Token(start: i, end: i + r.length, flags: [.punctuation, .closeBracket, spaceFlag]))
                i += r.length
            case .comma:
                tokens.append(Token(start: i, end: i + r.length, flags: [.punctuation, .comma, spaceFlag]))
                i += r.length
            case .colon, .semicolon:
                tokens.append(Token(start: i, end: i + r.length, flags: [.punctuation, .colon, spaceFlag]))
                i += r.length
            case .slash, .ampersand, .otherPunctuation:
                tokens.append(Token(start: i, end: i + r.length, flags: [.punctuation, spaceFlag]))
                i += r.length
            case .symbol, .control:
                // A symbol keeps its modifiers and joined symbols (emoji sequences).
                var j = i + r.length
                while j < end {
                    let s = reader.read(j)
                    if s.cls == .mark { j += s.length; continue }
                    if s.cls == .joiner, j + s.length < end {
                        j += s.length
                        j += reader.read(j).length
                        continue
                    }
                    break
                }
                let kind: TokenFlags = r.cls == .control ? [.control, .symbol] : .symbol
                tokens.append(Token(start: i, end: j, flags: kind.union(spaceFlag)))
                i = j
            }
            previousWasSpace = false
        }
    }

    // MARK: Words

    @inline(__always)
    private func isAlnum(_ i: Int, _ end: Int) -> Bool {
        i < end && reader.read(i).isAlphanumeric
    }

    /// Scans a word (or number) from `start`; returns its end and flags.
    private func scanWord(from start: Int, end: Int) -> (Int, TokenFlags) {
        var j = start
        var letters = 0, uppers = 0, digits = 0
        var firstLetter: ScalarReading?
        var innerPeriod = false
        var hyphenated = false
        var lastWasDigit = false
        scan: while j < end {
            let r = reader.read(j)
            switch r.cls {
            case .letter:
                letters += 1
                if r.isUpper { uppers += 1 }
                if firstLetter == nil { firstLetter = r }
                lastWasDigit = false
                j += r.length
            case .digit:
                digits += 1
                lastWasDigit = true
                j += r.length
            case .mark, .joiner:
                j += r.length
            case .period:
                guard j > start, isAlnum(j + 1, end) else { break scan }
                innerPeriod = true
                lastWasDigit = false
                j += 1
            case .comma, .colon, .slash:
                guard lastWasDigit, j + 1 < end, reader.read(j + 1).cls == .digit else { break scan }
                j += r.length
            case .hyphen:
                guard j > start, isAlnum(j + r.length, end) else { break scan }
                hyphenated = true
                lastWasDigit = false
                j += r.length
            case .ampersand:
                // AT&T, S&P: an ampersand between capitals.
                guard j > start, bytes[j - 1] >= 65, bytes[j - 1] <= 90, j + 1 < end,
                      bytes[j + 1] >= 65, bytes[j + 1] <= 90 else { break scan }
                j += 1
            case .apostrophe:
                let after = j + r.length
                // Split before 's, 'll, 're ... and before n't.
                if possessiveLength(at: after, end: end) != nil { break scan }
                if cliticSuffixLength(at: after, end: end) != nil { break scan }
                guard j > start, isAlnum(after, end) else { break scan }
                if bytes[j - 1] == UInt8(ascii: "n"), j - 1 > start,
                   after < end, bytes[after] == UInt8(ascii: "t") || bytes[after] == UInt8(ascii: "T"),
                   !isAlnum(after + 1, end) {
                    j -= 1  // did|n't
                    letters -= 1
                    break scan
                }
                j = after  // O'Brien, rock'n'roll
            default:
                break scan
            }
        }
        var flags: TokenFlags = []
        if letters > 0 { flags.insert(.word) }
        if digits > 0 { flags.insert(.hasDigit) }
        if digits > 0 && letters == 0 { flags.insert(.number) }
        if let f = firstLetter {
            if f.isUpper { flags.insert(.capitalized) } else if f.isLower { flags.insert(.lowercase) }
        }
        if letters >= 2 && uppers == letters { flags.insert(.allCaps) }
        if hyphenated { flags.insert(.hyphenated) }
        // An abbreviation takes its trailing period.
        if j < end, bytes[j] == UInt8(ascii: "."), letters > 0, digits == 0,
           !(j + 1 < end && bytes[j + 1] == UInt8(ascii: ".")) {
            var abbreviation = false
            if innerPeriod {
                // Letter-period sequences: U.S, a.m, Ph.D (segments of 1-3 letters).
                var segment = 0
                var ok = true
                for k in start..<j {
                    if bytes[k] == UInt8(ascii: ".") {
                        if segment == 0 || segment > 3 { ok = false; break }
                        segment = 0
                    } else {
                        segment += 1
                    }
                }
                abbreviation = ok && segment >= 1 && segment <= 3
            } else if letters == 1 && uppers == 1 && j - start <= 2 {
                abbreviation = true
                flags.insert(.initial)
            } else if let kind = Abbreviations.kind(of: bytes, start..<j) {
                switch kind {
                case .title:
                    abbreviation = true
                    if flags.contains(.capitalized) { flags.insert(.title) }
                case .month, .ordinary:
                    abbreviation = true
                case .beforeNumber:
                    abbreviation = nextNonSpaceIsDigit(after: j + 1, end: end)
                }
            }
            if abbreviation {
                j += 1
                flags.insert(.abbreviation)
            }
        }
        return (j, flags)
    }

    private func nextNonSpaceIsDigit(after i: Int, end: Int) -> Bool {
        var k = i
        var sawSpace = false
        while k < end {
            let r = reader.read(k)
            if r.cls == .space { sawSpace = true; k += r.length; continue }
            return sawSpace && r.cls == .digit
        }
        return false
    }

    /// `s` after an apostrophe, ending the word: the possessive or "it's".
    private func possessiveLength(at i: Int, end: Int) -> Int? {
        guard i < end, bytes[i] == UInt8(ascii: "s") || bytes[i] == UInt8(ascii: "S"),
              !isAlnum(i + 1, end) else { return nil }
        return 1
    }

    /// ll, re, ve, d, m after an apostrophe, ending the word.
    private func cliticSuffixLength(at i: Int, end: Int) -> Int? {
        func lower(_ k: Int) -> UInt8? { k < end ? bytes[k] | 0x20 : nil }
        let a = lower(i), b = lower(i + 1)
        if (a == UInt8(ascii: "l") && b == UInt8(ascii: "l")) || (a == UInt8(ascii: "r") && b == UInt8(ascii: "e"))
            || (a == UInt8(ascii: "v") && b == UInt8(ascii: "e")) {
            return isAlnum(i + 2, end) ? nil : 2
        }
        if a == UInt8(ascii: "d") || a == UInt8(ascii: "m") {
            return isAlnum(i + 1, end) ? nil : 1
        }
        return nil
    }

    /// `n't` right after a word (did|n't), as a token of its own.
    private func cliticLength(at i: Int, end: Int, afterWord: Bool) -> Int? {
        guard afterWord, bytes[i] == UInt8(ascii: "n") || bytes[i] == UInt8(ascii: "N"), i + 1 < end else { return nil }
        let r = reader.read(i + 1)
        guard r.cls == .apostrophe else { return nil }
        let t = i + 1 + r.length
        guard t < end, bytes[t] | 0x20 == UInt8(ascii: "t"), !isAlnum(t + 1, end) else { return nil }
        return t + 1 - i
    }

    // MARK: Quotes

    /// Whether a quotation mark at `i` opens a quotation.
    private func isOpeningQuote(at i: Int, length: Int, range: Range<Int>, cls: CharacterClass,
                                currentlyOpen: Bool) -> Bool {
        let prev = i > range.lowerBound ? reader.readBefore(i) : nil
        let next = i + length < range.upperBound ? reader.read(i + length) : nil
        let spaceBefore = prev.map { $0.isSpaceOrNewline || $0.cls == .openBracket || $0.cls == .dash
            || $0.cls == .doubleQuoteOpening || $0.cls == .singleQuoteOpening || $0.cls == .colon } ?? true
        let spaceAfter = next.map { n in
            n.isSpaceOrNewline || n.cls == .comma || n.cls == .period || n.cls == .semicolon
                || n.cls == .colon || n.cls == .exclamation || n.cls == .question || n.cls == .closeBracket
                || n.cls == .doubleQuoteClosing || n.cls == .ellipsis || n.cls == .dash
        } ?? true
        switch cls {
        case .doubleQuoteOpening:
            return !(spaceAfter && !spaceBefore)
        case .doubleQuoteClosing:
            return spaceBefore && !spaceAfter
        default:
            if spaceBefore && !spaceAfter { return true }
            if spaceAfter && !spaceBefore { return false }
            return !currentlyOpen
        }
    }
}
