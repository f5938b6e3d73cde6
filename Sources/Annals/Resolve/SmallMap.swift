/// A map from small integers to integers for the handful of keys one
/// document has (its states, its bodies): a linear scan over two short
/// arrays costs less than hashing into a `Dictionary` on the hot path.
struct SmallMap: Sequence {
    private var keys: [Int] = []
    private var values: [Int] = []

    init() {}

    subscript(key: Int) -> Int? {
        get {
            for i in keys.indices where keys[i] == key { return values[i] }
            return nil
        }
        set {
            if let i = keys.firstIndex(of: key) {
                if let newValue { values[i] = newValue } else { keys.remove(at: i); values.remove(at: i) }
            } else if let newValue {
                if keys.isEmpty { keys.reserveCapacity(8); values.reserveCapacity(8) }
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    /// Adds `amount` to the key's value (zero when absent).
    mutating func add(_ amount: Int, to key: Int) {
        if let i = keys.firstIndex(of: key) {
            values[i] += amount
        } else {
            if keys.isEmpty { keys.reserveCapacity(8); values.reserveCapacity(8) }
            keys.append(key)
            values.append(amount)
        }
    }

    /// The pairs in insertion order.
    func makeIterator() -> Iterator { Iterator(map: self) }

    struct Iterator: IteratorProtocol {
        let map: SmallMap
        var i = 0

        mutating func next() -> (key: Int, value: Int)? {
            guard i < map.keys.count else { return nil }
            defer { i += 1 }
            return (map.keys[i], map.values[i])
        }
    }
}
