/// The word keys of one sentence as 512 bits (a one-hash Bloom filter): tells in a few
/// instructions that a pattern cannot match because a word it needs is nowhere in the
/// sentence. A set bit may be another word's (the pattern is then tried and fails as
/// before); a clear bit is certain.
struct SentenceKeyFilter {
    private var bits = SIMD8<UInt64>()

    init(keys: [UInt64], _ range: Range<Int>) {
        var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &words) { raw in
            let lanes = raw.bindMemory(to: UInt64.self)
            for t in range { lanes[Int((keys[t] >> 6) & 7)] |= 1 << (keys[t] & 63) }
        }
        bits = SIMD8(words.0, words.1, words.2, words.3, words.4, words.5, words.6, words.7)
    }

    /// The bits of alternatives, any one of which will do.
    static func mask(of keys: [UInt64]) -> SIMD8<UInt64> {
        var m = SIMD8<UInt64>()
        for key in keys { m[Int((key >> 6) & 7)] |= 1 << (key & 63) }
        return m
    }

    /// Whether each mask in `masks[range]` meets the sentence's bits.
    @inline(__always)
    func mayHoldAll(_ masks: [SIMD8<UInt64>], _ range: Range<Int32>) -> Bool {
        var i = Int(range.lowerBound)
        let end = Int(range.upperBound)
        while i < end {
            if (masks[i] & bits) == SIMD8<UInt64>() { return false }
            i += 1
        }
        return true
    }
}
