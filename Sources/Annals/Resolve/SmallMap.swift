/// A map from small integers to integers for the handful of keys one
/// document has (its states, its bodies): a linear scan over pairs held
/// inline costs less than hashing into a `Dictionary`, and the first
/// `inlineCapacity` pairs allocate nothing.
struct SmallMap: Sequence {
    static let inlineCapacity = 8
    private var inline: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32,
                         Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    /// Pairs beyond the inline ones.
    private var overflow: [(key: Int, value: Int)] = []
    private(set) var count = 0

    init() {}

    @inline(__always)
    private func inlinePair(_ i: Int) -> (key: Int, value: Int) {
        withUnsafeBytes(of: inline) { raw in
            let p = raw.bindMemory(to: Int32.self)
            return (Int(p[2 * i]), Int(p[2 * i + 1]))
        }
    }

    @inline(__always)
    private mutating func setInline(_ i: Int, key: Int, value: Int) {
        withUnsafeMutableBytes(of: &inline) { raw in
            let p = raw.bindMemory(to: Int32.self)
            p[2 * i] = Int32(truncatingIfNeeded: key)
            p[2 * i + 1] = Int32(truncatingIfNeeded: value)
        }
    }

    /// The pair at position `i` in insertion order.
    private func pair(_ i: Int) -> (key: Int, value: Int) {
        i < Self.inlineCapacity ? inlinePair(i) : overflow[i - Self.inlineCapacity]
    }

    private func position(of key: Int) -> Int? {
        for i in 0..<count where pair(i).key == key { return i }
        return nil
    }

    private mutating func set(_ i: Int, key: Int, value: Int) {
        if i < Self.inlineCapacity { setInline(i, key: key, value: value) } else { overflow[i - Self.inlineCapacity] = (key, value) }
    }

    private mutating func append(key: Int, value: Int) {
        if count < Self.inlineCapacity { setInline(count, key: key, value: value) } else { overflow.append((key, value)) }
        count += 1
    }

    subscript(key: Int) -> Int? {
        get { position(of: key).map { pair($0).value } }
        set {
            if let i = position(of: key) {
                if let newValue {
                    set(i, key: key, value: newValue)
                } else {
                    // Removal keeps insertion order: the later pairs move down by one.
                    for j in i..<(count - 1) { let p = pair(j + 1); set(j, key: p.key, value: p.value) }
                    if count > Self.inlineCapacity { overflow.removeLast() }
                    count -= 1
                }
            } else if let newValue {
                append(key: key, value: newValue)
            }
        }
    }

    /// Adds `amount` to the key's value (zero when absent).
    mutating func add(_ amount: Int, to key: Int) {
        if let i = position(of: key) { set(i, key: key, value: pair(i).value + amount) } else { append(key: key, value: amount) }
    }

    /// The key with the largest value (the smaller key on a tie), its value, and the largest value of any other
    /// key (0 when none); `excluding` a key; nil when no key is left.
    func leader(excluding excluded: Int? = nil) -> (key: Int, value: Int, second: Int)? {
        var top: (key: Int, value: Int)?
        var second = 0
        for (key, value) in self where key != excluded {
            if let t = top, (value, -key) <= (t.value, -t.key) {
                second = Swift.max(second, value)
            } else {
                if let t = top { second = Swift.max(second, t.value) }
                top = (key, value)
            }
        }
        return top.map { ($0.key, $0.value, second) }
    }

    /// The pairs in insertion order.
    func makeIterator() -> Iterator { Iterator(map: self) }

    struct Iterator: IteratorProtocol {
        let map: SmallMap
        var i = 0

        mutating func next() -> (key: Int, value: Int)? {
            guard i < map.count else { return nil }
            defer { i += 1 }
            return map.pair(i)
        }
    }
}
