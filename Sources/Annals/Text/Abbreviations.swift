/// English abbreviations that take a period, by how they behave at a
/// possible sentence end. Written for news prose; lower case, without the
/// period. (Letter-period sequences such as U.S., U.N., a.m. and single
/// initials are recognised by shape, not listed.)
enum AbbreviationKind: Sendable {
    /// Titles and ranks before a name: never end a sentence (Mr. Smith).
    /// Only when written with a capital; a lower-case form is `ordinary`.
    case title
    /// Only an abbreviation before a number (No. 5, Art. 51, p. 12).
    case beforeNumber
    /// Months: never end a sentence before a number (Nov. 29); before a word
    /// they end one only when that word usually starts sentences.
    case month
    /// Can end a sentence (Inc., Ltd., etc., Jr.): a boundary when the next
    /// word usually starts sentences.
    case ordinary
}

enum Abbreviations {
    static let titles = [
        "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "gen", "lt", "col", "maj", "capt",
        "cpt", "cmdr", "cdr", "adm", "sgt", "cpl", "pvt", "brig", "lieut", "gens", "cmdt", "gov",
        "sen", "rep", "reps", "sens", "rev", "fr", "st", "ste", "hon", "pres", "supt", "insp", "amb",
        "atty", "mt", "asst", "assoc",
    ]
    static let beforeNumber = [
        "no", "nos", "art", "arts", "vol", "vols", "fig", "figs", "p", "pp", "ch", "para", "sect",
        "ed", "nr", "op", "cf",
    ]
    static let months = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    static let ordinary = [
        "inc", "ltd", "co", "corp", "bros", "plc", "llc", "jr", "sr", "etc", "vs", "approx", "dept",
        "al", "govt", "intl", "assn", "univ", "ave", "blvd", "km", "ft", "sec", "tues", "thur",
        "thurs", "viz", "incl", "excl", "natl",
    ]

    /// Lower-cased ASCII bytes packed into a 64-bit key (abbreviations are
    /// at most eight bytes), so look-ups on the hot path allocate nothing.
    static let table: [UInt64: AbbreviationKind] = {
        var table: [UInt64: AbbreviationKind] = [:]
        func add(_ words: [String], _ kind: AbbreviationKind) {
            for w in words { if let k = key(Array(w.utf8)[...]) { table[k] = kind } }
        }
        add(ordinary, .ordinary)
        add(months, .month)
        add(beforeNumber, .beforeNumber)
        add(titles, .title)
        return table
    }()

    @inline(__always)
    static func key<C: Collection>(_ bytes: C) -> UInt64? where C.Element == UInt8 {
        guard !bytes.isEmpty, bytes.count <= 8 else { return nil }
        var k: UInt64 = 0
        for b in bytes {
            guard b < 0x80 else { return nil }
            let lower = (b >= 65 && b <= 90) ? b + 32 : b
            k = k << 8 | UInt64(lower)
        }
        return k
    }

    static func kind(of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> AbbreviationKind? {
        guard let k = key(UnsafeBufferPointer(rebasing: bytes[range])) else { return nil }
        return table[k]
    }

    /// Capitalised words that usually open a sentence rather than continue a
    /// name: after an abbreviation that can end a sentence ("in the U.S. The
    /// talks..."), such a word makes the period a sentence boundary.
    static let sentenceStarters: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
        "i", "you", "his", "her", "their", "our", "my", "but", "and", "or", "so", "yet", "however",
        "in", "on", "at", "for", "after", "before", "when", "while", "if", "as", "there", "here",
        "what", "who", "why", "how", "where", "which", "meanwhile", "also", "then", "still", "some",
        "many", "most", "all", "both", "each", "one", "two", "three", "last", "earlier", "later",
        "since", "although", "though", "despite", "according", "under", "over", "from", "with", "by",
        "to", "now", "today", "yesterday", "tomorrow", "thus", "moreover", "furthermore", "instead",
        "nevertheless", "nonetheless", "such", "other", "another", "officials", "no", "not", "during",
        "until", "because", "further", "addition", "separately", "asked", "speaking",
    ]

    /// Verbs that introduce a speaker after a quotation ("Why?" Smith asked):
    /// a name followed by one of them continues the sentence.
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "asked", "asks", "added", "adds", "told", "replied", "replies", "wrote",
        "writes", "noted", "stated", "declared", "shouted", "cried", "exclaimed", "continued",
        "insisted", "warned", "explained", "answered", "underlined", "stressed", "emphasized",
        "emphasised", "argued", "recalled", "tweeted", "posted",
    ]
}
