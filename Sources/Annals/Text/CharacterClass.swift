/// How the tokenizer reads one Unicode scalar: its class after normalisation
/// and its case. Curly quotes read as quotes, dashes as dashes, non-breaking
/// and zero-width spaces as spaces; the bytes themselves are never changed.
@usableFromInline
enum CharacterClass: UInt8, Sendable {
    case space, newline, letter, digit
    /// Combining marks and variation selectors: part of the preceding token.
    case mark
    /// Zero-width joiner and non-joiner: keep the surrounding run together.
    case joiner
    case period, comma, colon, semicolon, exclamation, question, ellipsis
    /// Hyphen-minus, U+2010 hyphen and U+2011 non-breaking hyphen.
    case hyphen
    /// En and em dashes, the horizontal bar, the minus sign.
    case dash
    /// A straight double quote, or a double prime read as one.
    case doubleQuote
    /// “ „ ‟ «
    case doubleQuoteOpening
    /// ” »
    case doubleQuoteClosing
    /// A straight single quote, ’ and the prime: apostrophe or closing quote.
    case apostrophe
    /// ‘ ‛ ‹ : an opening single quote.
    case singleQuoteOpening
    case openBracket, closeBracket, slash, ampersand
    case otherPunctuation, symbol
    /// C0 and C1 control characters other than whitespace (NUL and the like).
    case control
}

/// One scalar as read at a byte offset.
@usableFromInline
struct ScalarReading: Sendable {
    @usableFromInline var cls: CharacterClass
    @usableFromInline var isUpper: Bool
    @usableFromInline var isLower: Bool
    @usableFromInline var length: Int

    @usableFromInline
    init(_ cls: CharacterClass, upper: Bool = false, lower: Bool = false, length: Int = 1) {
        self.cls = cls
        self.isUpper = upper
        self.isLower = lower
        self.length = length
    }

    @inlinable var isAlphanumeric: Bool { cls == .letter || cls == .digit }
    @inlinable var isSpaceOrNewline: Bool { cls == .space || cls == .newline }
}

/// Reads scalars from a UTF-8 buffer with an ASCII fast path.
@usableFromInline
struct ScalarReader {
    @usableFromInline let bytes: UnsafeBufferPointer<UInt8>
    /// The ASCII table, held here so that reads skip the global's lazy check.
    @usableFromInline let ascii: [ScalarReading]

    @usableFromInline
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.ascii = ScalarReader.asciiTable
    }

    @usableFromInline
    static let asciiTable: [ScalarReading] = (0..<128).map { ScalarReader.classifyASCII(UInt8($0)) }

    @inlinable
    func read(_ i: Int) -> ScalarReading {
        let b = bytes[i]
        if b < 0x80 { return ascii.withUnsafeBufferPointer { $0[Int(b)] } }
        return readNonASCII(i)
    }

    /// The reading of the scalar that ends just before byte `i`.
    @inlinable
    func readBefore(_ i: Int) -> ScalarReading? {
        guard i > 0 else { return nil }
        var j = i - 1
        while j > 0 && bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return read(j)
    }

    static func classifyASCII(_ b: UInt8) -> ScalarReading {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return ScalarReading(.letter, lower: true)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return ScalarReading(.letter, upper: true)
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return ScalarReading(.digit)
        case 0x20, 0x09: return ScalarReading(.space)
        case 0x0A, 0x0B, 0x0C, 0x0D: return ScalarReading(.newline)
        case 0x00...0x1F, 0x7F: return ScalarReading(.control)
        case UInt8(ascii: "."): return ScalarReading(.period)
        case UInt8(ascii: ","): return ScalarReading(.comma)
        case UInt8(ascii: ":"): return ScalarReading(.colon)
        case UInt8(ascii: ";"): return ScalarReading(.semicolon)
        case UInt8(ascii: "!"): return ScalarReading(.exclamation)
        case UInt8(ascii: "?"): return ScalarReading(.question)
        case UInt8(ascii: "-"): return ScalarReading(.hyphen)
        case UInt8(ascii: "\""): return ScalarReading(.doubleQuote)
        case UInt8(ascii: "'"): return ScalarReading(.apostrophe)
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): return ScalarReading(.openBracket)
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): return ScalarReading(.closeBracket)
        case UInt8(ascii: "/"): return ScalarReading(.slash)
        case UInt8(ascii: "&"): return ScalarReading(.ampersand)
        case UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "+"), UInt8(ascii: "<"),
             UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "^"), UInt8(ascii: "|"),
             UInt8(ascii: "~"), UInt8(ascii: "`"):
            return ScalarReading(.symbol)
        default: return ScalarReading(.otherPunctuation)  // # * @ \ _
        }
    }

    @usableFromInline
    func readNonASCII(_ i: Int) -> ScalarReading {
        let b0 = UInt32(bytes[i])
        var value: UInt32
        var length: Int
        // The document's bytes are valid UTF-8 (Document repairs them).
        if b0 & 0xE0 == 0xC0 {
            length = 2; value = b0 & 0x1F
        } else if b0 & 0xF0 == 0xE0 {
            length = 3; value = b0 & 0x0F
        } else if b0 & 0xF8 == 0xF0 {
            length = 4; value = b0 & 0x07
        } else {
            return ScalarReading(.symbol)  // a stray continuation byte: cannot happen in valid UTF-8
        }
        if i + length > bytes.count { return ScalarReading(.symbol, length: bytes.count - i) }
        for k in 1..<length { value = value << 6 | (UInt32(bytes[i + k]) & 0x3F) }
        var reading = ScalarReader.classify(scalar: value)
        reading.length = length
        return reading
    }

    static func classify(scalar value: UInt32) -> ScalarReading {
        switch value {
        case 0x85, 0x2028, 0x2029: return ScalarReading(.newline)
        case 0x80...0x9F: return ScalarReading(.control)
        case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF, 0x180E:
            return ScalarReading(.space)
        case 0x200C, 0x200D: return ScalarReading(.joiner)
        case 0x2010, 0x2011: return ScalarReading(.hyphen)
        case 0x2012...0x2015, 0x2212, 0x2E3A, 0x2E3B, 0xFE58, 0xFE63, 0xFF0D: return ScalarReading(.dash)
        case 0x2018, 0x201B, 0x2039: return ScalarReading(.singleQuoteOpening)
        case 0x2019, 0x2032, 0x02BC: return ScalarReading(.apostrophe)
        case 0x201A: return ScalarReading(.singleQuoteOpening)
        case 0x201C, 0x201E, 0x201F, 0xAB: return ScalarReading(.doubleQuoteOpening)
        case 0x201D, 0xBB: return ScalarReading(.doubleQuoteClosing)
        case 0x203A: return ScalarReading(.apostrophe)
        case 0x2033, 0xFF02: return ScalarReading(.doubleQuote)
        case 0x2026: return ScalarReading(.ellipsis)
        case 0xFF0E, 0x3002: return ScalarReading(.period)
        case 0xFF0C, 0x3001: return ScalarReading(.comma)
        case 0xFF01: return ScalarReading(.exclamation)
        case 0xFF1F: return ScalarReading(.question)
        default: break
        }
        guard let scalar = Unicode.Scalar(value) else { return ScalarReading(.symbol) }
        let p = scalar.properties
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return ScalarReading(.mark)
        case .decimalNumber: return ScalarReading(.digit)
        case .uppercaseLetter, .titlecaseLetter: return ScalarReading(.letter, upper: true)
        case .lowercaseLetter: return ScalarReading(.letter, lower: true)
        case .modifierLetter, .otherLetter, .letterNumber, .otherNumber: return ScalarReading(.letter)
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return ScalarReading(.space)
        case .control: return ScalarReading(.control)
        case .openPunctuation, .initialPunctuation: return ScalarReading(.openBracket)
        case .closePunctuation, .finalPunctuation: return ScalarReading(.closeBracket)
        case .dashPunctuation: return ScalarReading(.dash)
        case .connectorPunctuation, .otherPunctuation: return ScalarReading(.otherPunctuation)
        case .format: return ScalarReading(.joiner)
        default: return ScalarReading(.symbol)
        }
    }
}
