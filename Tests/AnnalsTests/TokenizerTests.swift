import Testing
@testable import Annals

/// Token boundaries and shape flags.
struct TokenizerTests {
    func flags(_ text: String) -> [(String, TokenFlags)] {
        let doc = TestSupport.document(text)
        return Segmenter.segment(doc).tokens.map { (doc.text(bytes: $0.range), $0.flags) }
    }

    @Test func possessivesAndCliticsAreSplitOff() {
        #expect(TestSupport.tokens("Russia's army") == ["Russia", "'s", "army"])
        #expect(TestSupport.tokens("North Korea\u{2019}s minister") == ["North", "Korea", "\u{2019}s", "minister"])
        #expect(TestSupport.tokens("They didn't go, they'll stay") == ["They", "did", "n't", "go", ",", "they", "'ll", "stay"])
        #expect(TestSupport.tokens("O'Brien and rock'n'roll") == ["O'Brien", "and", "rock'n'roll"])
        let t = flags("the two nations' armed forces")
        #expect(t[3].0 == "'")
        #expect(t[3].1.contains(.possessive))
    }

    @Test func hyphenatedCompoundsKeepTheirParts() {
        let doc = TestSupport.document("the Russian-Korean strategic partnership")
        let seg = Segmenter.segment(doc)
        let token = seg.tokens[1]
        #expect(doc.text(bytes: token.range) == "Russian-Korean")
        #expect(token.has(.hyphenated))
        #expect(seg.parts(of: token, in: doc).map { doc.text(bytes: $0) } == ["Russian", "Korean"])
        #expect(TestSupport.tokens("well\u{2011}known") == ["well\u{2011}known"])
        #expect(TestSupport.tokens("2020\u{2013}2024 and -5") == ["2020", "\u{2013}", "2024", "and", "-", "5"])
    }

    @Test func shapeFlags() {
        let t = flags("DPRK troops, Moscow 2024 3.5 I")
        #expect(t[0].1.isSuperset(of: [.word, .capitalized, .allCaps]))
        #expect(t[1].1.contains(.lowercase))
        #expect(t[2].1.contains(.comma))
        #expect(t[3].1.contains(.capitalized) && !t[3].1.contains(.allCaps))
        #expect(t[4].1.contains(.number))
        #expect(t[5].0 == "3.5" && t[5].1.contains(.number))
        #expect(!t[6].1.contains(.allCaps))
    }

    @Test func quotationMarksKnowTheirDirection() {
        let t = flags("\"Go,\" he said. \u{201C}Now\u{201D} and \u{00AB}here\u{00BB} and 'there'")
        let quotes = t.filter { $0.1.contains(.quote) }
        #expect(quotes.map { $0.1.contains(.openingQuote) } == [true, false, true, false, true, false, true, false])
        #expect(quotes[6].1.contains(.singleQuote))
    }

    @Test func normalisedFormsAreReadWithoutMovingOffsets() {
        // Non-breaking and zero-width spaces separate words; the tokens still slice the original.
        #expect(TestSupport.tokens("Kim\u{00A0}Jong\u{200B}Un") == ["Kim", "Jong", "Un"])
        // Em dashes and en dashes are tokens of their own.
        #expect(TestSupport.tokens("talks\u{2014}the first") == ["talks", "\u{2014}", "the", "first"])
    }

    @Test func abbreviationsKeepTheirPeriod() {
        #expect(TestSupport.tokens("Mr. Kim of the U.S. and U.N. left at 5 p.m.")
            == ["Mr.", "Kim", "of", "the", "U.S.", "and", "U.N.", "left", "at", "5", "p.m."])
        #expect(TestSupport.tokens("No. 5 but no.") == ["No.", "5", "but", "no", "."])
    }

    @Test func controlCharactersAndEmojiPassThroughAsTokens() {
        #expect(TestSupport.tokens("a\u{0000}b 👩‍👩‍👧!") == ["a", "\u{0000}", "b", "👩‍👩‍👧", "!"])
    }
}
