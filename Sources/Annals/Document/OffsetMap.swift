/// Turns UTF-8 byte offsets into the Unicode code-point offsets of the output
/// contract (the way Python indexes a `str`), and back.
///
/// Every stage works on bytes; only output converts. The map keeps one
/// checkpoint per 64 bytes, so it costs an eighth of the text in memory and a
/// look-up scans at most 63 bytes. Pure-ASCII texts skip the table entirely.
public struct OffsetMap: Sendable {
    private static let blockShift = 6
    private let utf8: [UInt8]
    /// Code points before byte `k << blockShift`; empty for ASCII texts.
    private let checkpoints: [Int]
    /// True when every byte is ASCII, so byte and code-point offsets agree.
    public let isASCII: Bool
    /// The number of code points in the text.
    public let codePointCount: Int

    public init(utf8: [UInt8]) {
        self.utf8 = utf8
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(utf8.count >> OffsetMap.blockShift + 1)
        var count = 0
        var ascii = true
        utf8.withUnsafeBufferPointer { buf in
            let mask = (1 << OffsetMap.blockShift) - 1
            for i in 0..<buf.count {
                if i & mask == 0 { checkpoints.append(count) }
                let b = buf[i]
                if b >= 0x80 { ascii = false }
                if b & 0xC0 != 0x80 { count += 1 }
            }
        }
        checkpoints.append(count)
        self.isASCII = ascii
        self.codePointCount = count
        self.checkpoints = ascii ? [] : checkpoints
    }

    /// The code-point offset of a byte offset that lies on a scalar boundary
    /// (or at the end of the text).
    @inlinable
    public func codePoint(atByte offset: Int) -> Int {
        isASCII ? offset : slowCodePoint(atByte: offset)
    }

    @usableFromInline
    func slowCodePoint(atByte offset: Int) -> Int {
        precondition(offset >= 0 && offset <= utf8.count, "byte offset out of range")
        if offset == utf8.count { return codePointCount }
        let block = offset >> OffsetMap.blockShift
        var count = checkpoints[block]
        var i = block << OffsetMap.blockShift
        while i < offset {
            if utf8[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    /// The byte offset at which the code point with the given offset starts
    /// (the end of the text for `codePointCount`).
    public func byte(atCodePoint target: Int) -> Int {
        precondition(target >= 0 && target <= codePointCount, "code-point offset out of range")
        if isASCII { return target }
        if target == codePointCount { return utf8.count }
        // The last block whose checkpoint is <= target.
        var lo = 0, hi = checkpoints.count - 2
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if checkpoints[mid] <= target { lo = mid } else { hi = mid - 1 }
        }
        var count = checkpoints[lo]
        var i = lo << OffsetMap.blockShift
        while i < utf8.count {
            if utf8[i] & 0xC0 != 0x80 {
                if count == target { return i }
                count += 1
            }
            i += 1
        }
        return utf8.count
    }
}
