/// A wire report's dateline: the place (and agency) that opens a story's
/// first paragraph before a dash — "MOSCOW (Reuters) -", "KYIV, Ukraine (AP) —",
/// "BEIJING, March 3 (Xinhua) --", "Peshawar, Pakistan (AFP) -". It names where the report was filed, not
/// an actor, and it is not part of what anybody said.
public enum Dateline {
    /// The tokens of the dateline that opens `paragraph`, through its dash; nil when the
    /// paragraph has none. The dateline starts with a word in capitals of two or more letters, or a
    /// capitalised word when an agency in brackets follows, and ends at a dash within twelve tokens,
    /// with only capitalised words, numbers, commas and a bracketed agency between.
    public static func tokens(of paragraph: Paragraph, in segmentation: Segmentation) -> Range<Int>? {
        let tokens = segmentation.tokens
        let start = paragraph.tokens.lowerBound
        guard !paragraph.isHeading, start < paragraph.tokens.upperBound,
              tokens[start].has(.allCaps) || tokens[start].has(.capitalized) else { return nil }
        // A place in capitals, or capitalised with the agency in brackets ("Peshawar, Pakistan (AFP) -").
        let capitals = tokens[start].has(.allCaps)
        var agency = false
        var inBrackets = false
        var k = start + 1
        while k < min(paragraph.tokens.upperBound, start + 12) {
            let t = tokens[k]
            if t.has(.dash) { return k > start && (capitals || agency) ? start..<(k + 1) : nil }
            if t.has(.openBracket) { inBrackets = true; agency = true }
            else if t.has(.closeBracket) { inBrackets = false }
            else if !(inBrackets || t.has(.comma) || t.has(.capitalized) || t.has(.allCaps) || t.has(.number)) { return nil }
            k += 1
        }
        return nil
    }
}
