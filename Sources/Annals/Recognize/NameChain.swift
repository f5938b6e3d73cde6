/// Finds runs of capitalised words that can be people's names: "Andrei
/// Belousov", "No Kwang Chol", "J. R. R. Tolkien", "Mohammed bin Salman".
enum NameChain {
    /// Lower-case particles allowed inside a name when a capital follows.
    static let particles: Set<String> = [
        "bin", "bint", "ibn", "al", "el", "de", "da", "do", "dos", "das", "di", "du", "van", "von", "der",
        "den", "la", "le", "ben", "abu", "abd", "ould", "y", "del", "los", "las", "dela",
    ]

    /// Capitalised words that are not names on their own.
    static let notNames: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "mr", "mrs", "ms", "dr",
        // Burmese honorifics before a name ("U Kyaw Zin Htet", "Daw Aung San Suu Kyi").
        "u", "daw",
        // Heads of places' names ("Okinawa Prefecture", "Kherson Oblast", "Senkaku Islands"): no person's.
        "prefecture", "province", "governorate", "county", "district", "oblast", "krai", "canton", "municipality",
        "island", "islands", "peninsula", "strait", "airport",
        // Heads of streets' and squares' names ("Rustaveli Avenue", "Tahrir Square").
        "avenue", "street", "square", "boulevard", "highway",
        // Prepositions and conjunctions written with a capital in a body's name or a headline ("Students Against
        // Discrimination"): no person's. (Not "To", "An" or "In": Vietnamese and Korean names.)
        "against", "for", "with", "without", "from", "into", "across", "toward", "towards", "under", "among", "amid",
        "between", "within", "of", "the", "and", "or",
        // Adverbs that open a sentence ("Even Han Dong-hoon, the leader of the ruling party, had called").
        "even", "also", "only", "meanwhile", "however", "still", "yet", "then", "later", "earlier", "now", "instead",
    ]

    static let particleKeys = KeySet(particles.map(TokenKey.of))
    static let notNameKeys = KeySet(notNames.flatMap { [TokenKey.of($0), TokenKey.of($0 + ".")] })

    /// The longest name chain starting at token `i` (at most five words),
    /// stopping before `limit` and before any token in `blocked`.
    @inline(__always)
    static func chain(at i: Int, limit: Int, tokens: UnsafeBufferPointer<Token>, key: (Int) -> UInt64,
                      blocked: (Int) -> Bool, particleCompound: (Int) -> Bool = { _ in false }) -> Range<Int>? {
        var j = i
        var words = 0
        // (The cheap case and capital tests come before `blocked`, which most tokens never reach.)
        while j < limit, words < 5 {
            let t = tokens[j]
            if j > i, !t.has(.spaceBefore) { break }
            if t.has(.word) && (t.has(.capitalized) || t.has(.initial)) && !t.has(.clitic) {
                if blocked(j) || notNameKeys.contains(key(j)) { break }
                words += 1
                j += 1
                continue
            }
            // "al-Sisi", "bin-Ali": a particle joined to a name by a hyphen is a word of the name (also its first:
            // "al-Sisi said").
            if t.has(.lowercase), t.has(.hyphenated), particleCompound(j), !blocked(j) {
                words += 1
                j += 1
                continue
            }
            if j > i, t.has(.lowercase), particleKeys.contains(key(j)), j + 1 < limit,
               tokens[j + 1].has(.capitalized), !blocked(j), !blocked(j + 1) {
                j += 1
                continue
            }
            // ('Ronald "Bato" dela Rosa', 'Ferdinand "Bongbong" Marcos'): a nickname in quotation marks between words
            // of the name.
            if j > i, words < 4, t.has(.quote), t.has(.spaceBefore), j + 3 < limit, tokens[j + 1].has(.word),
               tokens[j + 1].has(.capitalized), !tokens[j + 1].has(.spaceBefore), tokens[j + 2].has(.quote),
               !tokens[j + 2].has(.spaceBefore), tokens[j + 3].has(.spaceBefore),
               tokens[j + 3].has(.capitalized) || tokens[j + 3].has(.lowercase) && particleKeys.contains(key(j + 3)) {
                j += 3
                continue
            }
            // "Juan Ramón de la Fuente", "Rafael van der Vaart": two particles before the capital.
            if j > i, t.has(.lowercase), particleKeys.contains(key(j)), j + 2 < limit, tokens[j + 1].has(.lowercase),
               particleKeys.contains(key(j + 1)), tokens[j + 2].has(.capitalized), !blocked(j), !blocked(j + 2) {
                j += 2
                continue
            }
            break
        }
        return words > 0 ? i..<j : nil
    }
}
