/// A paragraph: a block of text between line breaks (or blank lines, in
/// hard-wrapped text). A heading is a paragraph of one short line without
/// final punctuation that introduces the text after it.
public struct Paragraph: Hashable, Sendable {
    public var index: Int
    /// Byte range, from its first to its last non-space character.
    public var range: Range<Int>
    /// Indices into `Segmentation.tokens`.
    public var tokens: Range<Int>
    public var isHeading: Bool
}

/// A sentence of prose, or a heading (one unit, flagged `isHeading`).
///
/// Sentences never cross paragraphs; together they cover every token.
public struct Sentence: Hashable, Sendable {
    public var index: Int
    /// Byte range, from the start of its first token to the end of its last.
    public var range: Range<Int>
    /// Indices into `Segmentation.tokens`.
    public var tokens: Range<Int>
    /// Index of the paragraph that holds it.
    public var paragraph: Int
    public var isHeading: Bool
}

/// The text layer of a document: tokens, paragraphs and sentences, all as
/// byte ranges of `Document.utf8`. Later stages add layers over the same
/// tokens; nothing is copied.
public struct Segmentation: Sendable {
    public var tokens: [Token]
    /// Each token's dictionary key (`TokenKey`), computed once for every stage's look-ups.
    public var keys: [UInt64]
    public var paragraphs: [Paragraph]
    public var sentences: [Sentence]

    public init(tokens: [Token] = [], keys: [UInt64] = [], paragraphs: [Paragraph] = [], sentences: [Sentence] = []) {
        self.tokens = tokens
        self.keys = keys
        self.paragraphs = paragraphs
        self.sentences = sentences
    }

    /// The byte ranges of the parts of a hyphenated token ("Russian-Korean"
    /// → "Russian", "Korean"); the token's own range otherwise.
    public func parts(of token: Token, in document: Document) -> [Range<Int>] {
        document.utf8.withUnsafeBufferPointer { Segmentation.hyphenParts(of: token, in: $0) }
    }

    /// The byte ranges between the hyphens of a token.
    static func hyphenParts(of token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard token.has(.hyphenated) else { return [token.range] }
        var parts: [Range<Int>] = []
        forEachHyphenPart(of: token, in: bytes) { parts.append($0) }
        return parts
    }

    /// Calls `body` with the byte range of each part between the hyphens of a hyphenated token,
    /// without building an array (the phrase matcher's path).
    @inline(__always)
    static func forEachHyphenPart(of token: Token, in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        let reader = ScalarReader(bytes)
        var partStart = Int(token.start)
        var i = partStart
        while i < Int(token.end) {
            let r = reader.read(i)
            if r.cls == .hyphen {
                if i > partStart { body(partStart..<i) }
                partStart = i + r.length
            }
            i += r.length
        }
        if partStart < Int(token.end) { body(partStart..<Int(token.end)) }
    }
}
