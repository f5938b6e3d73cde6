/// A quotation: what was said, by whom (when it can be told), and the cue
/// that ties the two.
public struct Quotation: Sendable {
    public enum Kind: String, Sendable {
        /// A whole quoted utterance.
        case direct
        /// Quoted words inside reported speech: expressed confidence that "...".
        case mixed
        /// Reported speech without quotation marks.
        case indirect
    }

    public var kind: Kind
    /// The quoted text (without quotation marks), as a byte range.
    public var range: Range<Int>
    public var tokens: Range<Int>
    /// The sentence where the quotation starts.
    public var sentence: Int
    /// The speaking actor (an index into `ActorLayer.actors`), nil when no
    /// speaker can be found.
    public var speaker: Int?
    /// The words that name the speaker here ("he", "the minister", "Belousov").
    public var speakerRange: Range<Int>?
    /// The cue's lemma ("say", "express confidence") and its words in the text.
    public var cue: String?
    public var cueRange: Range<Int>?
    /// Every speaking actor: the speaker alone, or each side of a coordinated subject ("France,
    /// Britain and Germany said"), which has no single `speaker`.
    public var speakers: [Int] = []
}

/// A quotation-mark span found in a paragraph.
struct QuotationSpan {
    /// Token index of the opening mark.
    var open: Int
    /// Token index of the closing mark; nil when the paragraph ends first.
    var close: Int?
    /// Tokens between the marks.
    var content: Range<Int>
    var paragraph: Int

    /// Finds quotation spans in each paragraph: double quotes (straight,
    /// curly, guillemets) and single quotes used as quotation marks outside
    /// them. A possessive apostrophe ("nations'") never closes a quote
    /// that is not open. A quotation still open at the end of its paragraph
    /// ends there (the news convention when the next paragraph reopens it,
    /// and recovery from an unbalanced mark otherwise), so a stray mark never
    /// swallows the rest of a document.
    static func find(in segmentation: Segmentation) -> [QuotationSpan] {
        let tokens = segmentation.tokens
        var spans: [QuotationSpan] = []
        for paragraph in segmentation.paragraphs where !paragraph.isHeading {
            var openDouble: Int?
            var openSingle: Int?
            for k in paragraph.tokens {
                let t = tokens[k]
                guard t.has(.quote) else { continue }
                if !t.has(.singleQuote) {
                    if t.has(.openingQuote) {
                        if let o = openDouble, k > o + 1 {
                            // Two openings in a row: the first ended unmarked.
                            spans.append(QuotationSpan(open: o, close: nil, content: (o + 1)..<k, paragraph: paragraph.index))
                        }
                        openDouble = k
                        openSingle = nil
                    } else if let o = openDouble {
                        if k > o + 1 {
                            spans.append(QuotationSpan(open: o, close: k, content: (o + 1)..<k, paragraph: paragraph.index))
                        }
                        openDouble = nil
                        openSingle = nil
                    }
                } else if openDouble == nil {
                    if t.has(.openingQuote) {
                        // Not '90s or 'n' (rock 'n' roll): a quote opens before a word of two letters or more.
                        let next = k + 1 < paragraph.tokens.upperBound ? tokens[k + 1] : nil
                        if let next, next.has(.word), next.end - next.start >= 2 { openSingle = k }
                    } else if let o = openSingle, k > o + 1 {
                        spans.append(QuotationSpan(open: o, close: k, content: (o + 1)..<k, paragraph: paragraph.index))
                        openSingle = nil
                    }
                }
            }
            if let o = openDouble, o + 1 < paragraph.tokens.upperBound {
                spans.append(QuotationSpan(open: o, close: nil, content: (o + 1)..<paragraph.tokens.upperBound,
                                           paragraph: paragraph.index))
            }
        }
        return spans
    }
}
