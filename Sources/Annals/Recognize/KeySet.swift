/// A set of token keys for the hot path: open addressing over the keys'
/// own bits (they are FNV-1a hashes already), so a look-up costs one or two
/// array reads instead of a SipHash round as `Set<UInt64>` does.
/// Built once; read-only afterwards.
public struct KeySet: Sendable, ExpressibleByArrayLiteral {
    private var slots: [UInt64]
    private var mask: Int
    /// Zero marks an empty slot; a key that is zero is remembered apart.
    private var hasZero = false
    public private(set) var count = 0
    /// The keys, in no particular order.
    public private(set) var members: [UInt64] = []

    public init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        let unique = Set(keys)
        members = Array(unique)
        var capacity = 8
        while capacity < unique.count * 2 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for k in unique { insert(k) }
    }

    public init(arrayLiteral elements: UInt64...) { self.init(elements) }

    /// The keys of words as the tokenizer reads them.
    public init(words: [String]) { self.init(words.map(TokenKey.of)) }

    @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    private mutating func insert(_ key: UInt64) {
        count += 1
        if key == 0 { hasZero = true; return }
        var i = Self.slot(key, mask)
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = key
    }

    @inline(__always)
    public func contains(_ key: UInt64) -> Bool {
        if key == 0 { return hasZero }
        var i = Self.slot(key, mask)
        while true {
            let s = slots[i]
            if s == key { return true }
            if s == 0 { return false }
            i = (i + 1) & mask
        }
    }
}

/// The edges of a token trie in one open-addressing table: (node, token key)
/// → child node. Same idea as `KeySet`: no per-node dictionaries, no SipHash.
struct TrieEdges: Sendable {
    private var keys: [UInt64]
    private var parents: [Int32]
    private var children: [Int32]
    private var mask: Int
    private(set) var count = 0

    init() {
        keys = Array(repeating: 0, count: 1024)
        parents = Array(repeating: -1, count: 1024)
        children = Array(repeating: -1, count: 1024)
        mask = 1023
    }

    @inline(__always)
    private static func slot(_ parent: Int32, _ key: UInt64, _ mask: Int) -> Int {
        let mixed = (key ^ (UInt64(UInt32(bitPattern: parent)) &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 32) & mask
    }

    @inline(__always)
    func child(of parent: Int32, key: UInt64) -> Int32? {
        var i = Self.slot(parent, key, mask)
        while true {
            let p = parents[i]
            if p == -1 { return nil }
            if p == parent && keys[i] == key { return children[i] }
            i = (i + 1) & mask
        }
    }

    mutating func insert(parent: Int32, key: UInt64, child: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        var i = Self.slot(parent, key, mask)
        while parents[i] != -1 {
            if parents[i] == parent && keys[i] == key { children[i] = child; return }
            i = (i + 1) & mask
        }
        keys[i] = key
        parents[i] = parent
        children[i] = child
        count += 1
    }

    private mutating func grow() {
        let old = (keys, parents, children)
        let capacity = keys.count * 2
        keys = Array(repeating: 0, count: capacity)
        parents = Array(repeating: -1, count: capacity)
        children = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        count = 0
        for i in old.0.indices where old.1[i] != -1 { insert(parent: old.1[i], key: old.0[i], child: old.2[i]) }
    }
}

/// A map from hashed keys to small values, built once and read on the hot
/// path: open addressing as in `KeySet`, with the value beside each key.
struct KeyMap: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    /// The value for key zero, which marks empty slots.
    private var zeroValue: Int32?

    init<S: Sequence>(_ pairs: S) where S.Element == (UInt64, Int32) {
        let all = Array(pairs)
        var capacity = 8
        while capacity < all.count * 2 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        // A later pair for the same key replaces an earlier one, as a dictionary's assignment does.
        for (k, v) in all {
            if k == 0 { zeroValue = v; continue }
            var i = KeySet.slot(k, mask)
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
            keys[i] = k
            values[i] = v
        }
    }

    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        if key == 0 { return zeroValue }
        var i = KeySet.slot(key, mask)
        while true {
            let s = keys[i]
            if s == key { return values[i] }
            if s == 0 { return nil }
            i = (i + 1) & mask
        }
    }
}
