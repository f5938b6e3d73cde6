/// A map from short strings (actor codes) to integers for the handful of keys
/// one document has: a linear scan compares small strings by their inline bits,
/// cheaper than hashing every key into a `Dictionary`. Past `linearLimit` keys a
/// dictionary takes over, so a long document's look-ups stay constant-time.
struct SmallStringMap {
    static let linearLimit = 16
    private var pairs: [(key: String, value: Int)] = []
    private var index: [String: Int]?

    init() {}

    subscript(key: String) -> Int? {
        get {
            if let index { return index[key] }
            for p in pairs where p.key == key { return p.value }
            return nil
        }
        set {
            if index != nil {
                index![key] = newValue
                return
            }
            if let i = pairs.firstIndex(where: { $0.key == key }) {
                if let newValue { pairs[i].value = newValue } else { pairs.remove(at: i) }
            } else if let newValue {
                pairs.append((key, newValue))
                if pairs.count > Self.linearLimit {
                    index = Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
                    pairs = []
                }
            }
        }
    }
}
