/// Compares people's names across spellings: case, diacritics, hyphens and
/// spaces inside given names (Kwang-chol = Kwang Chol), Russian endings
/// (Andrey = Andrei, Dmitriy = Dmitry), and the variant groups of
/// `name-variants.tsv` (Mohammed = Muhammad).
public struct NameVariants: Sendable {
    /// Normalised spelling → the normalised preferred spelling of its group.
    private var preferred: [String: String] = [:]

    public init() {}

    init(file: String, text: String) throws {
        let table = try TSVTable(file: file, text: text, columns: ["variants", "origin"])
        var seen: [String: Int] = [:]
        for row in table.rows {
            let variants = row.list(0)
            guard variants.count >= 2 else { throw table.error(row, "a group needs at least two spellings") }
            let head = NameVariants.fold(variants[0])
            for v in variants {
                let key = v.lowercased()
                if let line = seen[key] { throw table.error(row, "\"\(v)\" is already in the group on line \(line)") }
                seen[key] = row.line
                preferred[NameVariants.fold(v)] = head
            }
        }
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
        let joined = words.flatMap { $0.split(separator: "-").map(String.init) }.map { key($0) }.joined()
        return preferred[joined] ?? joined
    }
}
