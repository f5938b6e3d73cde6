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
    /// One slot per edge, key, parent and child side by side: a probe reads one cache line.
    struct Slot: Sendable {
        var key: UInt64 = 0
        var parent: Int32 = -1
        var child: Int32 = -1
    }
    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init() {
        slots = Array(repeating: Slot(), count: 1024)
        mask = 1023
    }

    @inline(__always)
    private static func slot(_ parent: Int32, _ key: UInt64, _ mask: Int) -> Int {
        let mixed = (key ^ (UInt64(UInt32(bitPattern: parent)) &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 32) & mask
    }

    @inline(__always)
    func child(of parent: Int32, key: UInt64) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            var i = Self.slot(parent, key, mask)
            while true {
                let s = slots[i]
                if s.parent == -1 { return nil }
                if s.parent == parent && s.key == key { return s.child }
                i = (i + 1) & mask
            }
        }
    }

    mutating func insert(parent: Int32, key: UInt64, child: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        var i = Self.slot(parent, key, mask)
        while slots[i].parent != -1 {
            if slots[i].parent == parent && slots[i].key == key { slots[i].child = child; return }
            i = (i + 1) & mask
        }
        slots[i] = Slot(key: key, parent: parent, child: child)
        count += 1
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(), count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for s in old where s.parent != -1 { insert(parent: s.parent, key: s.key, child: s.child) }
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
