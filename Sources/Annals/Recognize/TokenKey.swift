/// A 64-bit key for a token's normalised text, used by every dictionary
/// look-up: ASCII lower-cased, curly apostrophes read as ', Unicode hyphens
/// as -. Non-ASCII letters are kept as they are (case-sensitive).
public enum TokenKey {
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            var b = bytes[i]
            if b < 0x80 {
                if b >= 65 && b <= 90 { b |= 0x20 }
            } else if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80 {
                // U+2018/2019/201B → ', U+2010/2011 → -
                switch bytes[i + 2] {
                case 0x98, 0x99, 0x9B: b = UInt8(ascii: "'"); i += 2
                case 0x90, 0x91: b = UInt8(ascii: "-"); i += 2
                default: break
                }
            }
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
            i += 1
        }
        return h
    }

    /// The key of a string (as the tokenizer would read it as one token).
    public static func of(_ text: String) -> UInt64 {
        var copy = Array(text.utf8)
        return copy.withUnsafeMutableBufferPointer { hash(UnsafeBufferPointer($0), 0..<$0.count) }
    }
}
