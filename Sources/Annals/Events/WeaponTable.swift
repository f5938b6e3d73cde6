/// Weapons named near an act of force (`weapons.tsv`): "Israeli airstrikes
/// killed ...", "... killed 20 people in an air raid". An event coded 190
/// (conventional military force) takes the weapon's code (195, 194, 193, or a
/// bombing of root 18).
public struct WeaponTable: Sendable {
    /// One-word forms by token key, and two-word forms by the pair's combined key: the code.
    private var codes: [UInt64: String] = [:]
    /// First words of two-word forms ("air", "car").
    private var firstWords = KeySet([])

    public init() {}

    init(file: String, text: String, cameo: CAMEOTable) throws {
        let table = try TSVTable(file: file, text: text, columns: ["word", "code"])
        var firsts: [UInt64] = []
        for row in table.rows {
            let words = row(0).split(separator: " ").map(String.init)
            guard (1...2).contains(words.count), words.allSatisfy({ $0 == $0.lowercased() }) else {
                throw table.error(row, "a weapon is one or two words in lower case, found \"\(row(0))\"")
            }
            guard let code = cameo[row(1)]?.code, code.hasPrefix("18") || code.hasPrefix("19") else {
                throw table.error(row, "\"\(row(1))\" is not a CAMEO code of roots 18 or 19")
            }
            let key = words.count == 1 ? TokenKey.of(words[0]) : Self.pair(TokenKey.of(words[0]), TokenKey.of(words[1]))
            guard codes.updateValue(code, forKey: key) == nil else { throw table.error(row, "\"\(row(0))\" is listed twice") }
            if words.count == 2 { firsts.append(TokenKey.of(words[0])) }
        }
        firstWords = KeySet(firsts)
    }

    @inline(__always)
    static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 { (a &* 0x100_0000_01B3) ^ b }

    /// The code of the weapon named at token `k` (two words before one), if any.
    func code(at k: Int, keys: [UInt64], limit: Int) -> String? {
        if k + 1 < limit, firstWords.contains(keys[k]), let code = codes[Self.pair(keys[k], keys[k + 1])] { return code }
        return codes[keys[k]]
    }
}
