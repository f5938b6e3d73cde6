import Testing
@testable import Annals

/// Sentence boundaries a careful reader would draw, one case per rule.
struct SentenceBoundaryTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let expected: [String]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // Titles and ranks never end a sentence.
        Case(text: "Mr. Smith arrived. He sat down.", expected: ["Mr. Smith arrived.", "He sat down."]),
        Case(text: "Dr. Jane Roe and Prof. Ali spoke.", expected: ["Dr. Jane Roe and Prof. Ali spoke."]),
        Case(text: "Gen. Mark Milley met Lt. Col. Anna Petrova on Monday.",
             expected: ["Gen. Mark Milley met Lt. Col. Anna Petrova on Monday."]),
        Case(text: "They met at St. Peter's Square. The pope spoke.",
             expected: ["They met at St. Peter's Square.", "The pope spoke."]),
        Case(text: "Sen. Warren and Rep. Ocasio-Cortez voted no.", expected: ["Sen. Warren and Rep. Ocasio-Cortez voted no."]),
        // Letter-period acronyms: inside a sentence, and at its end.
        Case(text: "The U.S. Navy sent two ships.", expected: ["The U.S. Navy sent two ships."]),
        Case(text: "The ships sailed to the U.S. The crews rested.",
             expected: ["The ships sailed to the U.S.", "The crews rested."]),
        Case(text: "The U.N. Security Council met. It adopted a resolution.",
             expected: ["The U.N. Security Council met.", "It adopted a resolution."]),
        Case(text: "Talks began at 9 a.m. and ended at 5 p.m. on Friday.",
             expected: ["Talks began at 9 a.m. and ended at 5 p.m. on Friday."]),
        Case(text: "The vote was held at 10 p.m. The result came at midnight.",
             expected: ["The vote was held at 10 p.m.", "The result came at midnight."]),
        // Months and numbers.
        Case(text: "The deal was signed on Jan. 5 in Geneva.", expected: ["The deal was signed on Jan. 5 in Geneva."]),
        Case(text: "Talks resume on Nov. 29, officials said.", expected: ["Talks resume on Nov. 29, officials said."]),
        Case(text: "Resolution No. 2231 was cited.", expected: ["Resolution No. 2231 was cited."]),
        Case(text: "The answer was no. The talks failed.", expected: ["The answer was no.", "The talks failed."]),
        Case(text: "See Art. 51 of the Charter.", expected: ["See Art. 51 of the Charter."]),
        // Initials.
        Case(text: "J. R. R. Tolkien wrote it. Readers loved it.",
             expected: ["J. R. R. Tolkien wrote it.", "Readers loved it."]),
        // A capital letter after a word in lower case is no name's initial: quoted words after it open a sentence.
        Case(text: "He struck a conciliatory tone in a post on X. \"We seek the sea through cooperation,\" he wrote.",
             expected: ["He struck a conciliatory tone in a post on X.", "\"We seek the sea through cooperation,\" he wrote."]),
        Case(text: "Robert J. \"Bob\" Smith spoke.", expected: ["Robert J. \"Bob\" Smith spoke."]),
        Case(text: "George W. Bush met Kim Jong Un.", expected: ["George W. Bush met Kim Jong Un."]),
        // Decimals, times, amounts, ellipses.
        Case(text: "Growth was 3.5 percent. Prices rose 1.2 percent.",
             expected: ["Growth was 3.5 percent.", "Prices rose 1.2 percent."]),
        Case(text: "The meeting started at 10.30 and lasted until 12:45. Nobody left.",
             expected: ["The meeting started at 10.30 and lasted until 12:45.", "Nobody left."]),
        Case(text: "It cost $1,000.50 in total. That was cheap.", expected: ["It cost $1,000.50 in total.", "That was cheap."]),
        Case(text: "He paused... and then went on.", expected: ["He paused... and then went on."]),
        Case(text: "We waited… Nothing happened.", expected: ["We waited…", "Nothing happened."]),
        // Companies and other abbreviations that may end a sentence.
        Case(text: "Shares of Acme Inc. rose. Rivals fell.", expected: ["Shares of Acme Inc. rose.", "Rivals fell."]),
        Case(text: "He bought apples, pears, etc. But he forgot milk.",
             expected: ["He bought apples, pears, etc.", "But he forgot milk."]),
        Case(text: "Acme Corp. Chief Executive Jo Lee resigned.", expected: ["Acme Corp. Chief Executive Jo Lee resigned."]),
        // Quotations: multi-sentence quotes keep their speaker tag in the last sentence.
        Case(text: "\"We are ready. We will act,\" the minister said.",
             expected: ["\"We are ready.", "We will act,\" the minister said."]),
        Case(text: "\u{201C}Why now?\u{201D} Smith asked. Nobody answered.",
             expected: ["\u{201C}Why now?\u{201D} Smith asked.", "Nobody answered."]),
        Case(text: "\"Stop!\" shouted the guard.", expected: ["\"Stop!\" shouted the guard."]),
        Case(text: "\"Go home!\" he said. Then he left.", expected: ["\"Go home!\" he said.", "Then he left."]),
        Case(text: "She said: \"It is over.\" Then she left.", expected: ["She said: \"It is over.\"", "Then she left."]),
        Case(text: "He called it \"a new era.\" Critics disagreed.",
             expected: ["He called it \"a new era.\"", "Critics disagreed."]),
        Case(text: "Is this the end? No, officials said.", expected: ["Is this the end?", "No, officials said."]),
        // Brackets, lower-case continuations, exclamations.
        Case(text: "The army (which denied it.) withdrew. Fighting stopped.",
             expected: ["The army (which denied it.) withdrew.", "Fighting stopped."]),
        Case(text: "Prices rose sharply (by 5%). Markets fell.", expected: ["Prices rose sharply (by 5%).", "Markets fell."]),
        Case(text: "Yahoo! announced results.", expected: ["Yahoo! announced results."]),
        Case(text: "Visit example.com for details. It is free.", expected: ["Visit example.com for details.", "It is free."]),
        // Paragraphs and headings.
        Case(text: "First paragraph ends here.\nSecond one starts", expected: ["First paragraph ends here.", "Second one starts"]),
        Case(text: "Talks Stall in Geneva\nThe talks stalled on Monday.",
             expected: ["Talks Stall in Geneva", "The talks stalled on Monday."]),
        Case(text: "Russia's troops withdrew. NATO's chief welcomed it.",
             expected: ["Russia's troops withdrew.", "NATO's chief welcomed it."]),
        Case(text: "In 2023. 2024 was different.", expected: ["In 2023.", "2024 was different."]),
        Case(text: "", expected: []),
        Case(text: "   \n\n  ", expected: []),
    ]

    @Test("sentence boundaries", arguments: cases)
    func boundaries(_ c: Case) {
        #expect(TestSupport.sentences(c.text) == c.expected)
    }

    @Test func headingsAreFlaggedAndNeverProse() {
        let doc = TestSupport.document("Talks Stall in Geneva\nThe talks stalled. Both sides left.\nWhat Comes Next\nNobody knows.")
        let seg = Segmenter.segment(doc)
        #expect(seg.paragraphs.map(\.isHeading) == [true, false, true, false])
        #expect(seg.sentences.map(\.isHeading) == [true, false, false, true, false])
    }

    @Test func aLongNewsHeadlineIsAHeading() {
        // Sixteen words without sentence punctuation: a headline.
        let seg = Segmenter.segment(TestSupport.document("""
            Iran seizes foreign oil tanker in Gulf of Oman, accuses crew of smuggling fuel to Qatar
            DUBAI (Reuters) - Iran seized a tanker on Thursday.
            """))
        #expect(seg.paragraphs.map(\.isHeading) == [true, false])
        let long = Segmenter.segment(TestSupport.document("""
            One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
            The talks stalled.
            """))
        #expect(long.paragraphs.map(\.isHeading) == [false, false])
    }

    @Test func lastShortLineIsNotAHeading() {
        let seg = Segmenter.segment(TestSupport.document("The talks stalled.\nReporting by Jo Lee"))
        #expect(seg.paragraphs.map(\.isHeading) == [false, false])
    }

    @Test func hardWrappedTextJoinsLinesIntoParagraphs() {
        let text = """
        The foreign ministers of the two countries met in Geneva on Monday to
        discuss the ceasefire, officials said. They agreed to meet again next
        week, according to a statement released after the talks had ended.
        Both sides said the talks were useful.

        A second paragraph follows the blank line here and it is also wrapped
        at about seventy characters, as plain-text wire copy often is.
        """
        let seg = Segmenter.segment(TestSupport.document(text))
        #expect(seg.paragraphs.count == 2)
        #expect(TestSupport.sentences(text).count == 4)
    }
}
