/// The name keys of the words one document has already hashed (a story names its people again and
/// again), looked up by token key and byte length: two tokens with the same key and length differ
/// at most in ASCII case, which name keys fold too.
///
/// A fixed open-addressing table behind a pointer, so that the resolver's nested readers can share
/// it without exclusivity checks; when it is full, words are hashed again rather than remembered.
struct WordKeyMemo {
    private static let capacity = 64
    private let slots: UnsafeMutablePointer<(token: UInt64, length: Int, key: UInt64)>
    private let used: UnsafeMutablePointer<Int>

    init() {
        slots = .allocate(capacity: Self.capacity)
        slots.initialize(repeating: (0, 0, 0), count: Self.capacity)
        used = .allocate(capacity: 1)
        used.initialize(to: 0)
    }

    /// Frees the table; the memo must not be used afterwards.
    func deallocate() {
        slots.deallocate()
        used.deallocate()
    }

    /// The remembered key of a token, or the one `compute` gives (then remembered).
    @inline(__always)
    func key(token: UInt64, length: Int, _ compute: () -> UInt64) -> UInt64 {
        guard token != 0 else { return compute() }
        var i = Int(truncatingIfNeeded: (token ^ UInt64(length) &* 0x9E37_79B9_7F4A_7C15) >> 40) & (Self.capacity - 1)
        while slots[i].token != 0 {
            if slots[i].token == token && slots[i].length == length { return slots[i].key }
            i = (i + 1) & (Self.capacity - 1)
        }
        let key = compute()
        // (Three quarters full at most: a look-up always meets an empty slot.)
        if used.pointee < Self.capacity * 3 / 4 {
            slots[i] = (token, length, key)
            used.pointee += 1
        }
        return key
    }
}
