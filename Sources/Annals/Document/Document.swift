/// One news report: its text exactly as given, its UTF-8 bytes, its metadata
/// and the map from byte offsets to the code-point offsets of the contract.
///
/// Every later stage reads `utf8`; nothing rewrites the text. Normalisation
/// (curly quotes, dashes, odd spaces) happens in how the tokenizer *reads*
/// bytes, so every span found anywhere maps back to the original exactly.
public struct Document: Sendable {
    public var metadata: DocumentMetadata
    /// The text as given (after decoding; see `decodingWarnings`).
    public let text: String
    /// The UTF-8 encoding of `text`, which all stages index by byte offset.
    public let utf8: [UInt8]
    public let offsets: OffsetMap
    /// Problems met while decoding the input bytes (invalid UTF-8), for the
    /// caller to report; the text is still complete and its offsets valid.
    public let decodingWarnings: [String]

    /// A document from text that is already a Swift string.
    public init(text: String, metadata: DocumentMetadata) {
        self.init(text: text, metadata: metadata, warnings: [])
    }

    private init(text: String, metadata: DocumentMetadata, warnings: [String]) {
        self.metadata = metadata
        self.text = text
        self.utf8 = Array(text.utf8)
        self.offsets = OffsetMap(utf8: utf8)
        self.decodingWarnings = warnings
    }

    /// A document from raw bytes. Invalid UTF-8 sequences are replaced by
    /// U+FFFD (as every conforming decoder does) and reported in
    /// `decodingWarnings`; offsets then refer to the repaired text.
    public init(bytes: [UInt8], metadata: DocumentMetadata) {
        if let valid = String(validating: bytes, as: UTF8.self) {
            self.init(text: valid, metadata: metadata, warnings: [])
        } else {
            let first = TextDecoding.firstInvalidByte(in: bytes) ?? 0
            self.init(text: String(decoding: bytes, as: UTF8.self), metadata: metadata, warnings: [
                "invalid UTF-8 (first at byte \(first)) replaced by U+FFFD; offsets refer to the repaired text"
            ])
        }
    }

    /// The text between two byte offsets.
    public func text(bytes range: Range<Int>) -> String {
        String(decoding: utf8[range], as: UTF8.self)
    }

    /// A byte range expressed in the contract's code-point offsets.
    public func codePoints(bytes range: Range<Int>) -> Range<Int> {
        offsets.codePoint(atByte: range.lowerBound)..<offsets.codePoint(atByte: range.upperBound)
    }
}

/// UTF-8 validation helpers.
enum TextDecoding {
    /// The offset of the first byte that starts an invalid UTF-8 sequence.
    static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            let scalarBytes = bytes[i..<(i + length)]
            if String(validating: scalarBytes, as: UTF8.self) == nil { return i }
            i += length
        }
        return nil
    }
}
