/// Shape and role flags of a token, set by the tokenizer.
public struct TokenFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Contains at least one letter.
    public static let word = TokenFlags(rawValue: 1 << 0)
    /// Contains at least one digit.
    public static let hasDigit = TokenFlags(rawValue: 1 << 1)
    /// Digits (with decimal points, separators) and no letters: 3.5, 1,000, 10:30.
    public static let number = TokenFlags(rawValue: 1 << 2)
    public static let punctuation = TokenFlags(rawValue: 1 << 3)
    public static let symbol = TokenFlags(rawValue: 1 << 4)
    /// The first letter is upper case.
    public static let capitalized = TokenFlags(rawValue: 1 << 5)
    /// At least two letters, all upper case (DPRK, NATO).
    public static let allCaps = TokenFlags(rawValue: 1 << 6)
    /// The first letter is lower case.
    public static let lowercase = TokenFlags(rawValue: 1 << 7)
    /// A quotation mark (single or double; see `openingQuote`, `closingQuote`).
    public static let quote = TokenFlags(rawValue: 1 << 8)
    public static let openingQuote = TokenFlags(rawValue: 1 << 9)
    public static let closingQuote = TokenFlags(rawValue: 1 << 10)
    /// A single quotation mark or apostrophe rather than a double one.
    public static let singleQuote = TokenFlags(rawValue: 1 << 11)
    /// The possessive `'s`, or a bare `'` after a plural ("nations'"), which
    /// may still be a closing single quote: the quotation stage decides.
    public static let possessive = TokenFlags(rawValue: 1 << 12)
    /// A clitic split off its host: 's (as in "it's"), n't, 'll, 're, 've, 'd, 'm.
    public static let clitic = TokenFlags(rawValue: 1 << 13)
    /// A word joined by hyphens ("Russian-Korean"); `Segmentation.parts(of:)`
    /// gives its parts.
    public static let hyphenated = TokenFlags(rawValue: 1 << 14)
    /// A word with its abbreviation period (Mr., U.S., Jan.).
    public static let abbreviation = TokenFlags(rawValue: 1 << 15)
    /// A single capital letter with a period (the J. of J. R. R. Tolkien).
    public static let initial = TokenFlags(rawValue: 1 << 16)
    /// A title abbreviation that never ends a sentence before a name (Mr., Gen.).
    public static let title = TokenFlags(rawValue: 1 << 17)
    /// Ends a sentence when the next token allows it: . ! ? … and runs of them.
    public static let sentenceFinal = TokenFlags(rawValue: 1 << 18)
    public static let ellipsis = TokenFlags(rawValue: 1 << 19)
    public static let openBracket = TokenFlags(rawValue: 1 << 20)
    public static let closeBracket = TokenFlags(rawValue: 1 << 21)
    /// A dash or a free-standing hyphen: – — -- -.
    public static let dash = TokenFlags(rawValue: 1 << 22)
    public static let comma = TokenFlags(rawValue: 1 << 23)
    /// A colon or semicolon.
    public static let colon = TokenFlags(rawValue: 1 << 24)
    /// A control character (NUL and the like) kept as a token of its own.
    public static let control = TokenFlags(rawValue: 1 << 25)
    /// Preceded by whitespace or the start of its paragraph.
    public static let spaceBefore = TokenFlags(rawValue: 1 << 26)
}

/// A token: a byte range of the document's UTF-8 text and its flags.
///
/// Offsets are 32-bit to keep the token array small (12 bytes a token);
/// documents are limited to 4 GiB.
public struct Token: Hashable, Sendable {
    public var start: UInt32
    public var end: UInt32
    public var flags: TokenFlags

    public init(start: Int, end: Int, flags: TokenFlags) {
        self.start = UInt32(start)
        self.end = UInt32(end)
        self.flags = flags
    }

    /// The byte range in `Document.utf8`.
    @inlinable public var range: Range<Int> { Int(start)..<Int(end) }
    @inlinable @inline(__always) public func has(_ f: TokenFlags) -> Bool { flags.contains(f) }
}
