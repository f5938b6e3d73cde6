/// Compares people's names across spellings: case, diacritics, hyphens and
/// spaces inside given names (Kwang-chol = Kwang Chol), Russian endings
/// (Andrey = Andrei, Dmitriy = Dmitry), and the variant groups of
/// `name-variants.tsv` (Mohammed = Muhammad).
public struct NameVariants: Sendable {
    /// Normalised spelling → the normalised preferred spelling of its group.
    private var preferred: [String: String] = [:]
    /// The same map on bytes: hash of a normalised spelling → index of the preferred spelling's
    /// bytes in `heads`.
    private var preferredBytes = KeyMap([])
    private var heads: [[UInt8]] = []

    public init() {}

    init(file: String, text: String) throws {
        let table = try TSVTable(file: file, text: text, columns: ["variants", "origin"])
        var seen: [String: Int] = [:]
        var pairs: [(UInt64, Int32)] = []
        for row in table.rows {
            let variants = row.list(0)
            guard variants.count >= 2 else { throw table.error(row, "a group needs at least two spellings") }
            let head = NameVariants.fold(variants[0])
            heads.append(Array(head.utf8))
            for v in variants {
                let key = v.lowercased()
                if let line = seen[key] { throw table.error(row, "\"\(v)\" is already in the group on line \(line)") }
                seen[key] = row.line
                preferred[NameVariants.fold(v)] = head
                pairs.append((NameVariants.hash(Array(NameVariants.fold(v).utf8)[...]), Int32(heads.count - 1)))
            }
        }
        preferredBytes = KeyMap(pairs)
    }

    /// FNV-1a over bytes.
    @inline(__always)
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// FNV-1a over bytes, as `hash(_:)` on an array slice.
    @inline(__always)
    static func hash(_ bytes: UnsafeMutableBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for i in range { h = (h ^ UInt64(bytes[i])) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// Appends the comparison key of one name part (no hyphens inside) to `buffer`:
    /// the same bytes as `key(_:)` gives, without building strings for ASCII names.
    func appendKey(part: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) {
        var ascii = true
        for b in part where b >= 0x80 { ascii = false; break }
        guard ascii else {
            // A name with other letters is folded through Unicode tables first.
            var folded = Array(NameVariants.fold(String(decoding: part, as: UTF8.self)).utf8)
            let count = folded.count
            folded.withUnsafeMutableBufferPointer { appendNormalized($0, count: count, to: &buffer) }
            return
        }
        // ASCII in one pass, lower case, without separators, in a temporary buffer.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(part.count, 1)) { out in
            appendNormalized(out, count: NameVariants.foldASCII(part, into: out), to: &buffer)
        }
    }

    /// Writes an ASCII part lower-cased and without separators (- ' space .) into `out`; returns the count.
    @inline(__always)
    static func foldASCII(_ part: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var n = 0
        for b in part {
            switch b {
            case UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: " "), UInt8(ascii: "."): continue
            case 65...90: out[n] = b | 0x20
            default: out[n] = b
            }
            n += 1
        }
        return n
    }

    /// Appends the folded part `out[..<count]` after its variant group's preferred spelling, Russian
    /// transliteration endings (-iy, -yi, -ey, -y → -i) and initial ye- (as in `key(_:)`). Rewrites `out`.
    private func appendNormalized(_ out: UnsafeMutableBufferPointer<UInt8>, count: Int, to buffer: inout [UInt8]) {
        switch normalize(out, count: count) {
        case .preferred(let head): buffer.append(contentsOf: heads[head])
        case .bytes(let range): buffer.append(contentsOf: UnsafeBufferPointer(rebasing: out[range]))
        }
    }

    /// A normalised part: a variant group's preferred spelling, or bytes of the rewritten buffer.
    private enum Normalized {
        case preferred(Int)
        case bytes(Range<Int>)
    }

    private func normalize(_ out: UnsafeMutableBufferPointer<UInt8>, count: Int) -> Normalized {
        if let head = preferredBytes[NameVariants.hash(out, 0..<count)] { return .preferred(Int(head)) }
        var n = count
        let last = n > 0 ? out[n - 1] : 0
        let before = n > 1 ? out[n - 2] : 0
        let y = UInt8(ascii: "y"), i = UInt8(ascii: "i"), e = UInt8(ascii: "e")
        if n >= 2, (before == i && last == y) || (before == y && last == i) {
            n -= 1
            out[n - 1] = i
        } else if n >= 2, before == e, last == y {
            out[n - 1] = i
        } else if last == y, n > 3 {
            out[n - 1] = i
        }
        let start = n > 4 && out[0] == y && out[1] == e ? 1 : 0
        if let head = preferredBytes[NameVariants.hash(out, start..<n)] { return .preferred(Int(head)) }
        return .bytes(start..<n)
    }

    /// Appends the key of one written word ("Kwang-chol" = "Kwang" + "chol") to `buffer`.
    func appendKey(word: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) {
        var partStart = 0
        for k in 0...word.count where k == word.count || word[k] == UInt8(ascii: "-") {
            // The Arabic article before a hyphen is left out: "al-Sisi" = "el-Sisi" = "Sisi".
            if k > partStart, !(partStart == 0 && k < word.count && Self.isArticle(UnsafeBufferPointer(rebasing: word[0..<k]))) {
                appendKey(part: UnsafeBufferPointer(rebasing: word[partStart..<k]), to: &buffer)
            }
            partStart = k + 1
        }
    }

    /// al, el, ad, as, ash, at, ar, an, az, ud, ul, ed, es, et: the Arabic article as transliterated.
    static func isArticle(_ part: UnsafeBufferPointer<UInt8>) -> Bool {
        guard part.count == 2 || part.count == 3 else { return false }
        return articles.contains(part.map { $0 | 0x20 })
    }
    private static let articles: [[UInt8]] = ["al", "el", "ad", "as", "ash", "at", "ar", "an", "az", "ud", "ul", "ed", "es", "et"]
        .map { Array($0.utf8) }

    /// The hash of a joined key, after its group's preferred spelling if it has one.
    @inline(__always)
    private func preferredHash(_ key: ArraySlice<UInt8>) -> UInt64 {
        let h = NameVariants.hash(key)
        if let head = preferredBytes[h] { return NameVariants.hash(heads[Int(head)][...]) }
        return h
    }

    /// The hashed key of one written word, as the surname of `hashes(words:)` would be.
    func wordHash(_ word: UnsafeBufferPointer<UInt8>, scratch buffer: inout [UInt8]) -> UInt64 {
        // A word of ASCII letters without hyphens, the common case, is folded in a temporary buffer.
        if !word.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "-") }) {
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(word.count, 1)) { out in
                let n = NameVariants.foldASCII(word, into: out)
                let h: UInt64
                switch normalize(out, count: n) {
                case .preferred(let head): h = NameVariants.hash(heads[head][...])
                case .bytes(let range): h = NameVariants.hash(out, range)
                }
                if let head = preferredBytes[h] { return NameVariants.hash(heads[Int(head)][...]) }
                return h
            }
        }
        buffer.removeAll(keepingCapacity: true)
        appendKey(word: word, to: &buffer)
        return preferredHash(buffer[...])
    }

    /// The hashed keys of a name given as its words' bytes, as `key(words:)` compares them:
    /// the whole name, its surname (last word), its given names (0 when there are none),
    /// and, with `prefixes`, the whole name cut after each word but the last (for "given names alone") and its
    /// tails of two words or more (for "Abu Hatab").
    func hashes(words: [UnsafeBufferPointer<UInt8>], scratch buffer: inout [UInt8], prefixes: Bool = false) -> NameHashes {
        buffer.removeAll(keepingCapacity: true)
        var cuts = NameCuts()
        var given: UInt64 = 0
        var first: UInt64 = 0
        var start = 0
        var previousStart = 0
        var starts = NameCuts()
        for (n, word) in words.enumerated() {
            if n == words.count - 1, n > 0 { given = preferredHash(buffer[...]) }
            previousStart = start
            start = buffer.count
            if prefixes, n > 0, n < words.count - 1 { starts.append(UInt64(start)) }
            appendKey(word: word, to: &buffer)
            if n == 0, words.count > 1 { first = preferredHash(buffer[...]) }
            if prefixes, n < words.count - 1 { cuts.append(NameVariants.hash(buffer[...])) }
        }
        guard !words.isEmpty else { return NameHashes(full: 0, surname: 0, given: 0, first: 0, cuts: NameCuts()) }
        var tails = NameCuts()
        for s in starts { tails.append(NameVariants.hash(buffer[Int(s)...])) }
        // ("Vargas" for Raul Vargas Cuellar: the first of two surnames.)
        let penultimate = prefixes && words.count >= 3 ? preferredHash(buffer[previousStart..<start]) : 0
        return NameHashes(full: preferredHash(buffer[...]), surname: preferredHash(buffer[start...]), given: given,
                          first: first, cuts: cuts, tails: tails, penultimate: penultimate)
    }

    /// Lower case, Latin letters without diacritics, no hyphens or apostrophes.
    static func fold(_ s: String) -> String {
        // ASCII names (most of them): lower-case, drop separators, no Unicode tables.
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(s.utf8.count)
            for b in s.utf8 {
                switch b {
                case UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: " "), UInt8(ascii: "."): continue
                case 65...90: bytes.append(b | 0x20)
                default: bytes.append(b)
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = ""
        for scalar in s.lowercased().unicodeScalars {
            if let plain = plainLatin[scalar] { out.append(plain); continue }
            if scalar == "-" || scalar == "'" || scalar == "\u{2019}" || scalar == " " || scalar == "." { continue }
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    private static let plainLatin: [Unicode.Scalar: String] = {
        var map: [Unicode.Scalar: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("çćčĉċ", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
            ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"),
            ("źżž", "z"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"),
        ]
        for (letters, plain) in groups { for s in letters.unicodeScalars { map[s] = plain } }
        return map
    }()

    /// The comparison key of one given name or surname.
    public func key(_ name: String) -> String {
        var s = NameVariants.fold(name)
        if let p = preferred[s] { return p }
        // Russian transliteration endings and initial ye-/e-.
        if s.hasSuffix("iy") || s.hasSuffix("yi") { s = String(s.dropLast(2)) + "i" }
        else if s.hasSuffix("ey") { s = String(s.dropLast(2)) + "ei" }
        else if s.hasSuffix("y"), s.count > 3 { s = String(s.dropLast()) + "i" }
        if s.hasPrefix("ye"), s.count > 4 { s = String(s.dropFirst()) }
        return preferred[s] ?? s
    }

    /// The comparison key of a whole name: the keys of its words joined.
    /// Hyphenated and spaced given names give the same key because the
    /// words are folded without separators.
    public func key(words: [String]) -> String {
        // (The Arabic article before a hyphen is left out, as on bytes: "al-Sisi" = "Sisi".)
        let joined = words.flatMap { word -> [String] in
            let parts = word.split(separator: "-").map(String.init)
            let article = parts.count > 1 && word.first != "-"
                && Array(parts[0].utf8).withUnsafeBufferPointer { NameVariants.isArticle($0) }
            return Array(parts.dropFirst(article ? 1 : 0))
        }.map { key($0) }.joined()
        return preferred[joined] ?? joined
    }
}

/// A person's name as hashed comparison keys (see `NameVariants.hashes(words:scratch:prefixes:)`).
struct NameHashes: Sendable {
    var full: UInt64
    var surname: UInt64
    /// 0 when the name has one word.
    var given: UInt64
    /// The first word alone (0 when the name has one word): the family name where it comes first
    /// ("Zhou" of Zhou Ming).
    var first: UInt64
    /// The whole name's key cut after each word but the last.
    var cuts: NameCuts
    /// The keys of the name's last words from its second word on, two words or more ("Abu Hatab" of Sami Abu
    /// Hatab): with `prefixes` only.
    var tails = NameCuts()
    /// The word before the last in a name of three words or more ("Vargas" of Raul Vargas Cuellar, "Lula" of Luiz
    /// Inacio Lula da Silva), 0 otherwise: with `prefixes` only.
    var penultimate: UInt64 = 0
}

/// The keys of a name cut after each of its first words, held inline: a name chain has at most five
/// words, so four cuts; more are dropped.
struct NameCuts: Sendable, RandomAccessCollection {
    private var storage: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private(set) var count = 0

    init() {}

    mutating func append(_ key: UInt64) {
        switch count {
        case 0: storage.0 = key
        case 1: storage.1 = key
        case 2: storage.2 = key
        case 3: storage.3 = key
        default: return
        }
        count += 1
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }
    subscript(i: Int) -> UInt64 {
        switch i {
        case 0: return storage.0
        case 1: return storage.1
        case 2: return storage.2
        default: return storage.3
        }
    }
}
