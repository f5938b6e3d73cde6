/// A wire report's dateline: the place (and agency) that opens a story's
/// first paragraph before a dash — "MOSCOW (Reuters) -", "KYIV, Ukraine (AP) —",
/// "BEIJING, March 3 (Xinhua) --", "Peshawar, Pakistan (AFP) -", "CHENNAI, Jan 20 (PTI)". It names where the report
/// was filed, not an actor, and it is not part of what anybody said.
public enum Dateline {
    /// The tokens of the dateline that opens `paragraph`, through its dash; nil when the
    /// paragraph has none. The dateline starts with a word in capitals of two or more letters, or a
    /// capitalised word when an agency in brackets follows, and ends at a dash within twelve tokens,
    /// with only capitalised words, numbers, commas and a bracketed agency between.
    /// A place in capitals alone on the line under the headline ("ANKARA") is a dateline too, and so is
    /// one closed by an agency between slashes ("MOSCOW, March 4. /TASS/.").
    public static func tokens(of paragraph: Paragraph, in segmentation: Segmentation) -> Range<Int>? {
        let tokens = segmentation.tokens
        let start = paragraph.tokens.lowerBound
        guard start < paragraph.tokens.upperBound else { return nil }
        if paragraph.isHeading {
            let words = paragraph.tokens
            guard paragraph.index > 0, paragraph.index <= 2, words.count <= 4,
                  words.allSatisfy({ tokens[$0].has(.allCaps) || tokens[$0].has(.comma) }) else { return nil }
            return words
        }
        guard tokens[start].has(.allCaps) || tokens[start].has(.capitalized) else { return nil }
        // A place in capitals, or capitalised with the agency in brackets ("Peshawar, Pakistan (AFP) -").
        let capitals = tokens[start].has(.allCaps)
        var agency = false
        var inBrackets = false
        var k = start + 1
        while k < min(paragraph.tokens.upperBound, start + 12) {
            let t = tokens[k]
            if t.has(.dash) { return k > start && (capitals || agency) ? start..<(k + 1) : nil }
            if segmentation.keys[k] == Self.slashKey {
                // "/TASS/.": the agency between slashes, and the stop after them ends the dateline.
                if inBrackets, k + 1 < paragraph.tokens.upperBound, tokens[k + 1].has(.sentenceFinal) {
                    return capitals ? start..<(k + 2) : nil
                }
                inBrackets = true
                agency = true
                k += 1
                continue
            }
            // ("March 4." before the agency's slash.)
            if t.has(.sentenceFinal), k + 1 < paragraph.tokens.upperBound, segmentation.keys[k + 1] == Self.slashKey {
                k += 1
                continue
            }
            if t.has(.openBracket) { inBrackets = true; agency = true }
            else if t.has(.closeBracket) {
                inBrackets = false
                // ("CHENNAI, Jan 20 (PTI) The navy ...": in capitals, closed by the agency's bracket without a dash.)
                if capitals, k + 1 < paragraph.tokens.upperBound, !tokens[k + 1].has(.dash), tokens[k + 1].has(.capitalized)
                    || tokens[k + 1].has(.allCaps) {
                    return start..<(k + 1)
                }
            }
            else if !(inBrackets || t.has(.comma) || t.has(.capitalized) || t.has(.allCaps) || t.has(.number)) { return nil }
            k += 1
        }
        return nil
    }

    private static let slashKey = TokenKey.of("/")
}
